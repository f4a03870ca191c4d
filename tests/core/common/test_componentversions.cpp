// The versions core reports of the libraries it is built on (shown by the About dialog).

#include "core/common/ComponentVersions.h"

#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;
using steward::ComponentVersions;

class TestComponentVersions final : public QObject {
    Q_OBJECT

private slots:
    void versions_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("pattern");
        QTest::newRow("Qt") << ComponentVersions::qt() << u"^6\\.\\d+\\.\\d+"_s;
        QTest::newRow("SQLite") << ComponentVersions::sqlite() << u"^3\\.\\d+\\.\\d+$"_s;
        // The product name is dropped: the table already names the component.
        QTest::newRow("OpenSSL") << ComponentVersions::openSsl() << u"^\\d+\\.\\d+\\.\\d+"_s;
        QTest::newRow("FreeXL") << ComponentVersions::freexl() << u"^\\d+\\.\\d+"_s;
        QTest::newRow("QuaZip") << ComponentVersions::quazip() << u"^(\\d+\\.\\d+.*)?$"_s;
    }

    void versions()
    {
        QFETCH(QString, version);
        QFETCH(QString, pattern);
        QVERIFY2(QRegularExpression(pattern).match(version).hasMatch(), qPrintable(version));
    }

    void qtIsTheRuntimeQt()
    {
        QCOMPARE(ComponentVersions::qt(), QString::fromLatin1(qVersion()));
        QVERIFY(!ComponentVersions::openSsl().contains(u"OpenSSL"_s));
    }
};

QTEST_GUILESS_MAIN(TestComponentVersions)
#include "test_componentversions.moc"
