#pragma once

#include "app/cli/Command.h"

#include <memory>
#include <vector>

namespace steward::cli {

// The registry of commands, in the order `steward-cli --help` lists them. Each factory lives in
// the command's own file.
std::unique_ptr<Command> makeInitCommand();
std::unique_ptr<Command> makeSampleCommand();
std::unique_ptr<Command> makeImportCommand();
std::unique_ptr<Command> makeDatasetsCommand();
std::unique_ptr<Command> makeShowCommand();
std::unique_ptr<Command> makeRenameCommand();
std::unique_ptr<Command> makeDeleteCommand();
std::unique_ptr<Command> makeCompactCommand();
std::unique_ptr<Command> makeAuditCommand();
std::unique_ptr<Command> makeSheetsCommand();
std::unique_ptr<Command> makePreviewCommand();
std::unique_ptr<Command> makeProfileCommand();
std::unique_ptr<Command> makeClassifyCommand();
std::unique_ptr<Command> makeDictionaryCommand();
std::unique_ptr<Command> makeRulesCommand();
std::unique_ptr<Command> makeRiskCommand();
std::unique_ptr<Command> makeAnonymizeCommand();
std::unique_ptr<Command> makeHierarchyCommand();
std::unique_ptr<Command> makeSecretCommand();
std::unique_ptr<Command> makeKeygenCommand();
std::unique_ptr<Command> makeTrustAddCommand();
std::unique_ptr<Command> makeTrustListCommand();
std::unique_ptr<Command> makeTrustRemoveCommand();
std::unique_ptr<Command> makeReleaseCreateCommand();
std::unique_ptr<Command> makeReleaseListCommand();
std::unique_ptr<Command> makeReleaseShowCommand();
std::unique_ptr<Command> makeReleaseSetCommand();
std::unique_ptr<Command> makeReleaseDeleteCommand();
std::unique_ptr<Command> makeReleaseCheckCommand();
std::unique_ptr<Command> makeReleaseStatusCommand();
std::unique_ptr<Command> makeReleaseSubmitCommand();
std::unique_ptr<Command> makeReleaseDecideCommand();
std::unique_ptr<Command> makeDsaCommand();
std::unique_ptr<Command> makeDpiaCommand();
std::unique_ptr<Command> makeExportCommand();
std::unique_ptr<Command> makeVerifyCommand();
std::unique_ptr<Command> makeReviewCommand();
std::unique_ptr<Command> makeReleaseReportCommand();
std::unique_ptr<Command> makeConsentAttachCommand();
std::unique_ptr<Command> makeConsentShowCommand();
std::unique_ptr<Command> makeConsentDetachCommand();

std::vector<std::unique_ptr<Command>> allCommands();

} // namespace steward::cli
