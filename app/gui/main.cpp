#include "app/gui/GuiCommandLine.h"
#include "core/common/HeapPolicy.h"
#include "core/common/Translations.h"
#include "ui/MainWindow.h"
#include "ui/review/PackageFileKind.h"
#include "ui/review/PackageVerifyWindow.h"
#include "ui/review/ReviewWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

int main(int argc, char *argv[])
{
    steward::useCompactHeap();
    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Steward"));
    QApplication::setApplicationName(QStringLiteral("Steward"));
    QApplication::setApplicationVersion(QStringLiteral(STEWARD_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/steward.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("steward"));

    // The language first, so that the translators are in place before --help is printed.
    const QString language = steward::app::GuiCommandLine::requestedLanguage(app.arguments());
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (steward::loadStewardTranslation(translator, QLocale()))
        QApplication::installTranslator(&translator);

    steward::app::GuiCommandLine commandLine;
    commandLine.process(app);

    const QStringList args = commandLine.projects();
    // A review package opens review mode and an export package its check, each in a window of
    // its own: a reviewer or recipient has no project.
    if (!args.isEmpty() && !commandLine.benchmarkOpen()) {
        switch (steward::ui::packageFileKind(args.first())) {
        case steward::ui::PackageFileKind::ReviewPackage:
            steward::ui::ReviewWindow::openInNewWindow(args.first());
            return QApplication::exec();
        case steward::ui::PackageFileKind::ExportPackage:
            steward::ui::PackageVerifyWindow::openInNewWindow(args.first());
            return QApplication::exec();
        case steward::ui::PackageFileKind::Project:
        case steward::ui::PackageFileKind::Other:
            break;
        }
    }

    steward::ui::MainWindow window;
    window.show();
    const bool opened = !args.isEmpty() && window.openProject(args.first());
    if (commandLine.benchmarkOpen()) {
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
