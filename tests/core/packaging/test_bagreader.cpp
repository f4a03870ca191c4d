// BagReader: reads what BagWriter wrote (listing, whole files, streams), checks the bag and names
// the file at fault, and refuses zips whose entries would land outside one bag folder.

#include "tests/core/packaging/PackagingTestSupport.h"

#include "core/packaging/BagReader.h"
#include "core/packaging/BagWriter.h"
#include "core/packaging/PackageLayout.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace steward;
using namespace steward::packtest;

class TestBagReader final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_zip;

    static QStringList failingFiles(const QList<BagReader::Failure> &failures)
    {
        QStringList files;
        for (const BagReader::Failure &f : failures)
            files.append(f.file);
        return files;
    }

    // A zip written by Python's zipfile with the given entry names (each holding "x").
    QString craftedZip(const QString &name, const QStringList &entries)
    {
        const QString zip = m_dir.filePath(name);
        QString script = u"import zipfile,sys\nz=zipfile.ZipFile(sys.argv[1],'w')\n"_s;
        for (const QString &e : entries)
            script += u"z.writestr(%1,'x')\n"_s.arg(u"'"_s + e + u"'"_s);
        script += u"z.close()\n"_s;
        const ToolRun r = runTool(u"python3"_s, {u"-c"_s, script, zip});
        return r.exitCode == 0 ? zip : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_zip = m_dir.filePath(u"bag.zip"_s);
        BagWriter writer(m_zip, u"住院-2026"_s);
        QVERIFY(writer.open());
        QVERIFY(writer.addFile(u"data/住院.csv"_s, [](QIODevice &out) -> Status {
            for (int i = 0; i < 10000; ++i)
                out.write("row," + QByteArray::number(i) + "\n");
            return {};
        }));
        QVERIFY(writer.addFile(u"data/release.json"_s, QByteArray("{}")));
        QVERIFY(writer.addFile(u"steward.pub"_s, QByteArray("key\n")));
        QVERIFY(writer.finish());
    }

    void readsWhatWasWritten()
    {
        BagReader reader;
        QVERIFY(reader.open(m_zip).ok());
        QVERIFY(!reader.wasEncrypted());
        QCOMPARE(reader.bagName(), u"住院-2026"_s);
        QCOMPARE(reader.files(), QStringList({u"bag-info.txt"_s, u"bagit.txt"_s, u"data/release.json"_s,
                                              u"data/住院.csv"_s, u"manifest-sha256.txt"_s,
                                              u"steward.pub"_s, u"tagmanifest-sha256.txt"_s}));
        QCOMPARE(*reader.read(u"data/release.json"_s), QByteArray("{}"));
        auto stream = reader.openFile(u"data/住院.csv"_s);
        QVERIFY(stream.ok());
        QCOMPARE((*stream)->readLine(), QByteArray("row,0\n"));
        QVERIFY(!reader.read(u"data/none.csv"_s).ok());
        const QList<BagReader::Failure> failures = reader.checkBag();
        QVERIFY2(failures.isEmpty(), qPrintable(failingFiles(failures).join(u", "_s)));
    }

    void checkNamesTheDamage()
    {
        const QString changed = m_dir.filePath(u"changed.zip"_s);
        QVERIFY(flipByte(m_zip, u"data/住院.csv"_s, m_dir.filePath(u"flip"_s), changed));
        BagReader reader;
        QVERIFY(reader.open(changed).ok());
        QCOMPARE(failingFiles(reader.checkBag()), QStringList{u"data/住院.csv"_s});

        // An extra payload file is not in the manifest, and Payload-Oxum no longer adds up.
        const QString bag = unzipBag(m_zip, m_dir.filePath(u"extra"_s));
        QVERIFY(writeAll(bag + u"/data/extra.csv"_s, "x"));
        const QString extra = m_dir.filePath(u"extra.zip"_s);
        QVERIFY(zipBag(bag, extra));
        QVERIFY(reader.open(extra).ok());
        const QStringList files = failingFiles(reader.checkBag());
        QVERIFY(files.contains(u"data/extra.csv"_s));
        QVERIFY(files.contains(PackageLayout::bagInfoTxt));
    }

    void refusesUnsafeZips_data()
    {
        QTest::addColumn<QStringList>("entries");
        QTest::newRow("parent") << QStringList{u"bag/bagit.txt"_s, u"bag/../evil.txt"_s};
        QTest::newRow("absolute") << QStringList{u"bag/bagit.txt"_s, u"/tmp/evil.txt"_s};
        QTest::newRow("two folders") << QStringList{u"bag/bagit.txt"_s, u"other/x.txt"_s};
        QTest::newRow("top-level file") << QStringList{u"bag/bagit.txt"_s, u"x.txt"_s};
        QTest::newRow("no bagit.txt") << QStringList{u"bag/data/x.txt"_s};
    }

    void refusesUnsafeZips()
    {
        QFETCH(QStringList, entries);
        const QString zip = craftedZip(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_') + u".zip"_s, entries);
        QVERIFY(!zip.isEmpty());
        BagReader reader;
        const Status s = reader.open(zip);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::BadInput);
    }
};

QTEST_GUILESS_MAIN(TestBagReader)
#include "test_bagreader.moc"
