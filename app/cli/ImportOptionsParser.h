#pragma once

#include "app/cli/Command.h"

#include "core/import/ImportOptions.h"

#include <QCoreApplication>

namespace steward::cli {

// The reading options shared by `import` and `preview`: --encoding, --delimiter, --no-header,
// --sheet, --missing.
class ImportOptionsParser final {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::ImportOptionsParser)

public:
    static void addOptions(po::options_description &options);
    static Result<ImportOptions> parse(const po::variables_map &vm);
};

} // namespace steward::cli
