#include "app/cli/CliContext.h"
#include "app/cli/CommandLine.h"
#include "core/common/HeapPolicy.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>
#include <string>
#include <vector>

namespace {

// Rendering documents (fonts, QPdfWriter, the risk map) needs a QGuiApplication (dsa, dpia and
// the review package of release submit); every other command starts faster with a
// QCoreApplication. The command is the first word that is not an option.
bool rendersDocuments(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (argv[i][0] == '-')
            continue;
        if (std::strcmp(argv[i], "release") == 0) {
            // `release submit --out` renders the documents into the review package.
            for (int j = i + 1; j < argc; ++j) {
                if (argv[j][0] != '-')
                    return std::strcmp(argv[j], "submit") == 0;
            }
            return false;
        }
        return std::strcmp(argv[i], "dsa") == 0 || std::strcmp(argv[i], "dpia") == 0
            || std::strcmp(argv[i], "export") == 0;
    }
    return false;
}

// Qt's notes while a platform starts without a session (no runtime directory, font fallbacks)
// are not the command's errors; stderr keeps the contract's one line per error.
QtMessageHandler g_defaultHandler = nullptr;

void quietPlatformNotes(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg || type == QtWarningMsg)
        return;
    if (g_defaultHandler != nullptr)
        g_defaultHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    steward::useCompactHeap();
    std::unique_ptr<QCoreApplication> app;
    if (rendersDocuments(argc, argv)) {
        // No display is needed to render to a file.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIsEmpty("STEWARD_DEBUG"))
            g_defaultHandler = qInstallMessageHandler(quietPlatformNotes);
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("steward-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Steward"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STEWARD_VERSION));
    steward::cli::CliContext::installTranslator(*app);

    std::vector<std::string> args;
    for (int i = 1; i < argc; ++i)
        args.emplace_back(argv[i]);
    steward::cli::CommandLine commandLine(std::move(args));
    steward::cli::CliContext cli(commandLine.jsonRequested());
    const int code = commandLine.run(cli);
    cli.flush();
    return code;
}
