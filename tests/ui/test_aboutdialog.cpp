// The About dialog names every component Steward is built on with the version it runs with
// (zlib included: it is QuaZip's compression library), and "Copy Version Info" says the same.

#include "core/common/ComponentVersions.h"
#include "ui/AboutDialog.h"

#include <QRegularExpression>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using steward::ComponentVersions;
using steward::ui::AboutDialog;

class TestAboutDialog final : public QObject {
    Q_OBJECT

private slots:
    void everyComponentHasAVersion();
};

void TestAboutDialog::everyComponentHasAVersion()
{
    const QRegularExpression version(u"^\\d+\\.\\d+"_s);
    for (const QString &v : {ComponentVersions::qt(), ComponentVersions::sqlite(),
                             ComponentVersions::openSsl(), ComponentVersions::freexl(),
                             ComponentVersions::quazip(), ComponentVersions::zlib()})
        QVERIFY2(version.match(v).hasMatch(), qPrintable(v));

    AboutDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString credits =
        dialog.findChild<QTextBrowser *>(u"aboutComponents"_s)->toPlainText();
    // One line per component: its name, then a version.
    for (const QString &name : {u"Qt"_s, u"SQLite"_s, u"OpenSSL"_s, u"QuaZip"_s, u"zlib"_s,
                                u"FreeXL"_s, u"Boost.Program_options"_s}) {
        const QRegularExpression row(u"(^|\\n)%1\\s+\\d+\\.\\d+"_s
                                         .arg(QRegularExpression::escape(name)));
        QVERIFY2(row.match(credits).hasMatch(), qPrintable(name + u": "_s + credits));
    }
    QVERIFY(AboutDialog::versionInfo().contains(u"zlib "_s + ComponentVersions::zlib()));
}

QTEST_MAIN(TestAboutDialog)
#include "test_aboutdialog.moc"
