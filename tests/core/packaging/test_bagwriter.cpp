#include "core/packaging/BagWriter.h"
#include "core/packaging/PackageLayout.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;

namespace {

QString validatorScript()
{
    return QStringLiteral(STEWARD_TEST_DATA_DIR "/../tools/bagit_validate.py");
}

struct Run {
    int exitCode = -1;
    QByteArray out;
};

Run run(const QString &program, const QStringList &args, const QString &workDir = {})
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAll()};
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace

class TestBagWriter : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A bag with a streamed payload file, a small one, a Chinese file name, a tag file and a
    // signature added at finish; unzipped into `folder`.
    QString writeBag(const QString &folder, bool sign = true)
    {
        const QString zip = m_dir.filePath(folder + QStringLiteral(".zip"));
        BagWriter writer(zip, QStringLiteral("release-2026"));
        if (!writer.open())
            return {};
        writer.setBagInfo({{QStringLiteral("Source-Organization"), QStringLiteral("Hospital\nNorth")},
                           {QStringLiteral("External-Identifier"), QStringLiteral("release")},
                           {QStringLiteral("Steward-Recipient"), QStringLiteral(" ")}});
        Status s = writer.addFile(QStringLiteral("data/big.csv"), [](QIODevice &out) -> Status {
            for (int i = 0; i < 20000; ++i)
                out.write(QByteArray::number(i) + ",value\r\n");
            return {};
        });
        if (!s)
            return {};
        if (!writer.addFile(QStringLiteral("data/dictionary/住院.csv"), QByteArray("field,type\n")))
            return {};
        if (!writer.addFile(QStringLiteral("approvals/ethics-0011223344556677.json"), QByteArray("{}")))
            return {};
        std::function<Result<std::pair<QString, QByteArray>>(const QByteArray &)> signer;
        if (sign)
            signer = [this](const QByteArray &tagManifest) -> Result<std::pair<QString, QByteArray>> {
                m_signed = tagManifest;
                return std::make_pair(PackageLayout::stewardSignature, QByteArray("signature\n"));
            };
        if (!writer.finish(signer))
            return {};
        m_fileCount = writer.fileCount();
        const QString out = m_dir.filePath(folder);
        QDir().mkpath(out);
        if (run(QStringLiteral("unzip"), {QStringLiteral("-q"), zip, QStringLiteral("-d"), out}).exitCode != 0)
            return {};
        return out + QStringLiteral("/release-2026");
    }

    QByteArray m_signed;
    int m_fileCount = 0;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void layoutAndManifests()
    {
        const QString bag = writeBag(QStringLiteral("a"));
        QVERIFY(!bag.isEmpty());
        QCOMPARE(readFile(bag + QStringLiteral("/bagit.txt")),
                 QByteArray("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"));
        const QByteArray manifest = readFile(bag + QStringLiteral("/manifest-sha256.txt"));
        const QList<QByteArray> lines = manifest.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).endsWith("  data/big.csv"));
        QVERIFY(lines.at(1).endsWith(QStringLiteral("  data/dictionary/住院.csv").toUtf8()));
        const QByteArray big = readFile(bag + QStringLiteral("/data/big.csv"));
        QCOMPARE(lines.at(0).left(64), QCryptographicHash::hash(big, QCryptographicHash::Sha256).toHex());

        const QByteArray info = readFile(bag + QStringLiteral("/bag-info.txt"));
        const qint64 octets = big.size() + QByteArray("field,type\n").size();
        QVERIFY2(info.contains("Payload-Oxum: " + QByteArray::number(octets) + ".2\n"), info.constData());
        QVERIFY(info.contains("Source-Organization: Hospital North\n"));
        // An empty value: the line is left out.
        QVERIFY2(!info.contains("Steward-Recipient"), info.constData());
        QVERIFY(info.contains("Bagging-Date: "));
        QVERIFY(info.contains("Bag-Software-Agent: Steward"));

        // The tag manifest covers every tag file but itself and the signature, which signs it.
        const QByteArray tags = readFile(bag + QStringLiteral("/tagmanifest-sha256.txt"));
        QCOMPARE(tags, m_signed);
        for (const char *name : {"bagit.txt", "bag-info.txt", "manifest-sha256.txt",
                                 "approvals/ethics-0011223344556677.json"})
            QVERIFY2(tags.contains(QByteArray("  ") + name + '\n'), name);
        QVERIFY(!tags.contains("minisig"));
        QCOMPARE(readFile(bag + QStringLiteral("/tagmanifest-sha256.txt.minisig")), QByteArray("signature\n"));
        QCOMPARE(m_fileCount, 8);
    }

    void standardToolsAccept()
    {
        const QString bag = writeBag(QStringLiteral("b"));
        QVERIFY(!bag.isEmpty());
        for (const char *m : {"manifest-sha256.txt", "tagmanifest-sha256.txt"}) {
            const Run r = run(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QString::fromLatin1(m)}, bag);
            QVERIFY2(r.exitCode == 0, r.out.constData());
        }
        const Run valid = run(QStringLiteral("python3"), {validatorScript(), bag});
        QVERIFY2(valid.exitCode == 0, valid.out.constData());
        QCOMPARE(valid.out.trimmed(), QByteArray("valid"));
        const Run zipValid = run(QStringLiteral("python3"), {validatorScript(), m_dir.filePath(QStringLiteral("b.zip"))});
        QVERIFY2(zipValid.exitCode == 0, zipValid.out.constData());
    }

    // The independent validator is itself checked: it finds a changed, an extra and a missing file.
    void validatorFindsDamage()
    {
        const QString bag = writeBag(QStringLiteral("c"), false);
        QVERIFY(!bag.isEmpty());
        {
            QFile f(bag + QStringLiteral("/data/big.csv"));
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(5);
            f.write("X");
        }
        Run r = run(QStringLiteral("python3"), {validatorScript(), bag});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("data/big.csv: sha256 does not match"), r.out.constData());
        QVERIFY(r.out.contains("Payload-Oxum") == false);

        QFile extra(bag + QStringLiteral("/data/extra.txt"));
        QVERIFY(extra.open(QIODevice::WriteOnly));
        extra.write("x");
        extra.close();
        QVERIFY(QFile::remove(bag + QStringLiteral("/data/dictionary/住院.csv")));
        r = run(QStringLiteral("python3"), {validatorScript(), bag});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("data/extra.txt: not listed"), r.out.constData());
        QVERIFY2(r.out.contains(QStringLiteral("data/dictionary/住院.csv: listed in manifest-sha256.txt but missing").toUtf8()),
                 r.out.constData());
    }

    void refusesPathsOutsideTheBag_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("parent") << QStringLiteral("../x.csv");
        QTest::newRow("nested parent") << QStringLiteral("data/../../x.csv");
        QTest::newRow("absolute") << QStringLiteral("/etc/x");
        QTest::newRow("backslash") << QStringLiteral("data\\x.csv");
        QTest::newRow("empty part") << QStringLiteral("data//x.csv");
        QTest::newRow("manifest") << QStringLiteral("manifest-sha256.txt");
        QTest::newRow("bag-info") << QStringLiteral("bag-info.txt");
        QTest::newRow("newline") << QStringLiteral("data/a\nb.csv");
    }

    void refusesPathsOutsideTheBag()
    {
        QFETCH(QString, path);
        BagWriter writer(m_dir.filePath(QStringLiteral("bad.zip")), QStringLiteral("bag"));
        QVERIFY(writer.open());
        const Status s = writer.addFile(path, QByteArray("x"));
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::Usage);
        QVERIFY(writer.addFile(QStringLiteral("data/ok.csv"), QByteArray("x")));
        QVERIFY(!writer.addFile(QStringLiteral("data/ok.csv"), QByteArray("y")));
    }

    // A file whose writer fails leaves the bag unfinishable (the caller removes the zip).
    void failedFileStopsTheBag()
    {
        BagWriter writer(m_dir.filePath(QStringLiteral("failed.zip")), QStringLiteral("bag"));
        QVERIFY(writer.open());
        const Status s = writer.addFile(QStringLiteral("data/x.csv"),
                                        [](QIODevice &) -> Status { return Error::cancelled(); });
        QCOMPARE(s.error().code, ErrorCode::Cancelled);
        QVERIFY(!writer.finish());
    }

    void safeNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("safe");
        QTest::newRow("plain") << QStringLiteral("inpatient_2024-v1.0") << QStringLiteral("inpatient_2024-v1.0");
        QTest::newRow("chinese") << QStringLiteral("住院 病历") << QStringLiteral("住院_病历");
        QTest::newRow("separators") << QStringLiteral("a/b\\c:d*e?f\"g<h>i|j") << QStringLiteral("a_b_c_d_e_f_g_h_i_j");
        QTest::newRow("parent") << QStringLiteral("..") << QStringLiteral("__");
        QTest::newRow("hidden") << QStringLiteral(".secret") << QStringLiteral("_secret");
        QTest::newRow("trailing dot") << QStringLiteral("name.") << QStringLiteral("name_");
        QTest::newRow("empty") << QString() << QStringLiteral("_");
        QTest::newRow("control") << QStringLiteral("a\tb\nc") << QStringLiteral("a_b_c");
    }

    void safeNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, safe);
        QCOMPARE(PackageLayout::safeName(name), safe);
    }
};

QTEST_GUILESS_MAIN(TestBagWriter)
#include "test_bagwriter.moc"
