#include "app/cli/Commands.h"

namespace steward::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(makeInitCommand());
    commands.push_back(makeSampleCommand());
    commands.push_back(makeImportCommand());
    commands.push_back(makePreviewCommand());
    commands.push_back(makeSheetsCommand());
    commands.push_back(makeDatasetsCommand());
    commands.push_back(makeShowCommand());
    commands.push_back(makeProfileCommand());
    commands.push_back(makeClassifyCommand());
    commands.push_back(makeDictionaryCommand());
    commands.push_back(makeRulesCommand());
    commands.push_back(makeRiskCommand());
    commands.push_back(makeAnonymizeCommand());
    commands.push_back(makeHierarchyCommand());
    commands.push_back(makeSecretCommand());
    commands.push_back(makeKeygenCommand());
    commands.push_back(makeTrustAddCommand());
    commands.push_back(makeTrustListCommand());
    commands.push_back(makeTrustRemoveCommand());
    commands.push_back(makeReleaseCreateCommand());
    commands.push_back(makeReleaseListCommand());
    commands.push_back(makeReleaseShowCommand());
    commands.push_back(makeReleaseSetCommand());
    commands.push_back(makeReleaseDeleteCommand());
    commands.push_back(makeReleaseCheckCommand());
    commands.push_back(makeReleaseStatusCommand());
    commands.push_back(makeReleaseSubmitCommand());
    commands.push_back(makeReleaseDecideCommand());
    commands.push_back(makeReleaseReportCommand());
    commands.push_back(makeDsaCommand());
    commands.push_back(makeDpiaCommand());
    commands.push_back(makeExportCommand());
    commands.push_back(makeReviewCommand());
    commands.push_back(makeVerifyCommand());
    commands.push_back(makeConsentAttachCommand());
    commands.push_back(makeConsentShowCommand());
    commands.push_back(makeConsentDetachCommand());
    commands.push_back(makeRenameCommand());
    commands.push_back(makeDeleteCommand());
    commands.push_back(makeCompactCommand());
    commands.push_back(makeAuditCommand());
    return commands;
}

} // namespace steward::cli
