#include "app/cli/ProjectCommand.h"

#include "app/cli/CliContext.h"

#include "core/store/ProjectStore.h"

namespace steward::cli {

int ProjectCommand::run(CliContext &cli, const po::variables_map &vm)
{
    if (Status s = checkOptions(vm); !s)
        return cli.fail(s.error());
    auto store = ProjectStore::open(text(vm, "project"));
    if (!store)
        return cli.fail(store.error());
    return runWithProject(cli, vm, **store);
}

Status ProjectCommand::checkOptions(const po::variables_map &vm)
{
    Q_UNUSED(vm);
    return {};
}

} // namespace steward::cli
