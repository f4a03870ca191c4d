#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
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
    if (translator.load(QLocale(), QStringLiteral("steward"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    steward::ui::MainWindow window;
    window.show();
    const QStringList args = parser.positionalArguments();
    if (!args.isEmpty())
        window.openProject(args.first());
    return QApplication::exec();
}
