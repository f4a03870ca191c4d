#include "ui/MainWindow.h"
#include "core/common/Translations.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

int main(int argc, char *argv[])
{
    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Steward"));
    QApplication::setApplicationName(QStringLiteral("Steward"));
    QApplication::setApplicationVersion(QStringLiteral(STEWARD_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/steward.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("steward"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Steward: a workstation for hospital data stewards."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QApplication::translate("main", "User interface language (for example zh_CN or en)."),
        QStringLiteral("language"));
    parser.addOption(langOption);
    const QCommandLineOption benchmarkOption(
        QStringLiteral("benchmark-open"),
        QApplication::translate("main", "Open the project, paint the first rows, print the time "
                                        "this took on standard error and quit (for benchmarks)."));
    parser.addOption(benchmarkOption);
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QApplication::translate("main", "A .steward project to open."),
                                 QStringLiteral("[project]"));
    parser.process(app);

    if (parser.isSet(langOption))
        QLocale::setDefault(QLocale(parser.value(langOption)));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (steward::loadStewardTranslation(translator, QLocale()))
        QApplication::installTranslator(&translator);

    steward::ui::MainWindow window;
    window.show();
    const QStringList args = parser.positionalArguments();
    const bool opened = !args.isEmpty() && window.openProject(args.first());
    if (parser.isSet(benchmarkOption)) {
        // Once the event loop has delivered the first events, render the window (which asks the
        // dataset model for the visible rows), report and leave.
        QTimer::singleShot(0, &window, [&window, &startup, opened, hasProject = !args.isEmpty()] {
            window.grab();
            std::fprintf(stderr, "steward: window painted after %lld ms\n",
                         static_cast<long long>(startup.elapsed()));
            QApplication::exit(hasProject && !opened ? 2 : 0);
        });
    }
    return QApplication::exec();
}
