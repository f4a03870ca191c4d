#pragma once

#include "app/cli/Command.h"

namespace steward {
class ProjectStore;
}

namespace steward::cli {

// A command on the project named by its "project" argument: checks the options that need no
// project, opens the project (a failure is reported the same way by every command), then runs
// with it. The project closes when the command returns.
class ProjectCommand : public Command {
public:
    int run(CliContext &cli, const po::variables_map &vm) final;

protected:
    // Options checked before the project is opened, so that their errors come first. A command
    // may keep what it parsed here in members for runWithProject().
    virtual Status checkOptions(const po::variables_map &vm);
    virtual int runWithProject(CliContext &cli, const po::variables_map &vm,
                               ProjectStore &store) = 0;
};

} // namespace steward::cli
