// The reviewer's offline side: `review PACKAGE` checks and summarises a review package without a
// project; `review PACKAGE --key … --approve|--reject --out …` signs a decision file that `unzip`
// and `minisign -V` check without Steward. And `release report` writes the transparency report.

#include "tests/cli/CliTestSupport.h"
#include "tests/core/CoreTestSupport.h"
#include "tests/support/TempProject.h"

#include "core/classify/ClassificationService.h"
#include "core/mask/MaskRuleService.h"
#include "core/mask/ProjectSecretStore.h"
#include "core/packaging/ReviewPackageWriter.h"
#include "core/release/ReleaseService.h"
#include "core/signing/SigningIdentity.h"
#include "core/workflow/WorkflowService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

#include <memory>

using namespace steward;
using steward::clitest::runCli;

namespace {

QByteArray fixture()
{
    return "住院号,姓名,性别,年龄,诊断\n"
           "ZY0001,张伟,男,31,I10\n"
           "ZY0002,王芳,女,33,J45\n"
           "ZY0003,李娜,女,35,K29\n"
           "ZY0004,刘洋,男,36,I10\n"
           "ZY0005,陈静,女,38,N39\n";
}

bool runTool(const QString &program, const QStringList &args, const QString &workingDir = {},
             QByteArray *output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    p.start(program, args);
    const bool ok =
        p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (output)
        *output = p.readAll();
    return ok;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
}

} // namespace

class TestCliReview final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TempProject> m_project;
    QString m_dir;
    QString m_package;
    QString m_contentHash;
    QString m_key;
    QString m_keyPassphrase;
    QString m_fingerprint;

private slots:
    void initTestCase()
    {
        m_project = std::make_unique<testsupport::TempProject>();
        m_dir = m_project->dir().path();
        ProjectStore &store = m_project->store();
        const DatasetInfo info =
            coretest::importCsv(store, m_project->dir(), QStringLiteral("inpatient"), fixture());
        const Status rules = MaskRuleService(store).setRules(
            info,
            {{QStringLiteral("姓名"), coretest::rule(QStringLiteral("drop"))},
             {QStringLiteral("住院号"), coretest::rule(QStringLiteral("pseudonym"))},
             {QStringLiteral("年龄"), coretest::rule(QStringLiteral("bands:width=10"))}});
        QVERIFY(rules.ok());
        QVERIFY(ProjectSecretStore(store).obtain(QStringLiteral("pass")).ok());
        QVERIFY(ClassificationService(store).analyzeNow(QStringLiteral("inpatient")).ok());
        Release draft;
        draft.name = QStringLiteral("study");
        draft.datasets = {QStringLiteral("inpatient")};
        draft.recipientOrganisation = QStringLiteral("Research Institute");
        draft.purpose = QStringLiteral("a study of readmissions");
        draft.language = QStringLiteral("en");
        QVERIFY(ReleaseService(store).create(draft).ok());
        auto submitted = WorkflowService(store).submit(QStringLiteral("study"), {});
        QVERIFY2(submitted.ok(),
                 qPrintable(submitted.ok() ? QString() : submitted.error().message));
        m_contentHash = submitted->submittedHash;
        m_package = m_project->filePath(QStringLiteral("study.review.zip"));
        const Status written =
            ReviewPackageWriter::write(store, QStringLiteral("study"), m_package, std::nullopt,
                                       [] { return Result<QString>(QStringLiteral("pass")); });
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));

        auto identity = SigningIdentity::generate(QStringLiteral("Dr. Ethics"), SignerRole::Ethics);
        QVERIFY(identity.ok());
        m_key = m_project->filePath(QStringLiteral("ethics.key"));
        m_keyPassphrase = m_project->filePath(QStringLiteral("key-pass.txt"));
        writeFile(m_keyPassphrase, "correct horse\n");
        QVERIFY(identity->save(m_key, QStringLiteral("correct horse")).ok());
        m_fingerprint = identity->fingerprint();
    }

    void cleanupTestCase() { m_project.reset(); }

    void summary()
    {
        const auto json =
            runCli({QStringLiteral("review"), m_package, QStringLiteral("--json")}, m_dir);
        QVERIFY2(json.code == 0, json.err.constData());
        QVERIFY2(json.jsonProblem.isEmpty(), qPrintable(json.jsonProblem));
        QCOMPARE(json.json.value(QStringLiteral("release")).toString(), QStringLiteral("study"));
        QCOMPARE(json.json.value(QStringLiteral("content_hash")).toString(), m_contentHash);
        QCOMPARE(json.json.value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(
            json.json.value(QStringLiteral("summary")).toObject().contains(QStringLiteral("risk")));

        const auto text = runCli({QStringLiteral("review"), m_package}, m_dir);
        QCOMPARE(text.code, 0);
        const QString out = QString::fromUtf8(text.out);
        QVERIFY2(out.contains(QStringLiteral("study")), text.out.constData());
        QVERIFY2(out.contains(m_contentHash), text.out.constData());
        QVERIFY2(out.contains(QStringLiteral("Research Institute")), text.out.constData());
    }

    void tamperedPackage()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("zip")).isEmpty())
            QSKIP("zip and unzip are needed to alter a package");
        const QString work = m_project->filePath(QStringLiteral("tamper"));
        QDir().mkpath(work);
        QVERIFY(runTool(QStringLiteral("unzip"),
                        {QStringLiteral("-q"), m_package, QStringLiteral("-d"), work}));
        const QString top = QDir(work).entryList(QDir::Dirs | QDir::NoDotAndDotDot).value(0);
        QFile csv(QDir(work).filePath(top + QStringLiteral("/data/inpatient.csv")));
        QVERIFY(csv.open(QIODevice::ReadWrite));
        QByteArray bytes = csv.readAll();
        bytes[bytes.size() - 3] = char(bytes[bytes.size() - 3] ^ 0x01);
        csv.seek(0);
        csv.write(bytes);
        csv.close();
        const QString altered = m_project->filePath(QStringLiteral("altered.review.zip"));
        QVERIFY(runTool(
            QStringLiteral("zip"),
            {QStringLiteral("-q"), QStringLiteral("-r"), QStringLiteral("-X"), altered, top},
            work));

        const auto run =
            runCli({QStringLiteral("review"), altered, QStringLiteral("--json")}, m_dir);
        QCOMPARE(run.code, 4);
        QVERIFY(run.json.contains(QStringLiteral("error")));
        QVERIFY2(run.err.contains("data/inpatient.csv"), run.err.constData());
        // And no decision can be signed on it.
        const auto sign = runCli({QStringLiteral("review"), altered, QStringLiteral("--key"), m_key,
                                  QStringLiteral("--key-passphrase-file"), m_keyPassphrase,
                                  QStringLiteral("--approve"), QStringLiteral("--out"), m_dir},
                                 m_dir);
        QCOMPARE(sign.code, 4);
    }

    void usageErrors()
    {
        QCOMPARE(
            runCli({QStringLiteral("review"), m_package, QStringLiteral("--approve")}, m_dir).code,
            1);
        QCOMPARE(runCli({QStringLiteral("review"), m_package, QStringLiteral("--key"), m_key,
                         QStringLiteral("--out"), m_dir},
                        m_dir)
                     .code,
                 1);
        QCOMPARE(runCli({QStringLiteral("review"), m_package, QStringLiteral("--key"), m_key,
                         QStringLiteral("--approve"), QStringLiteral("--reject"),
                         QStringLiteral("--out"), m_dir},
                        m_dir)
                     .code,
                 1);
        QCOMPARE(runCli({QStringLiteral("review"), m_project->filePath(QStringLiteral("none.zip"))},
                        m_dir)
                     .code,
                 2);
    }

    void wrongPassphrase()
    {
        const QString bad = m_project->filePath(QStringLiteral("bad-pass.txt"));
        writeFile(bad, "wrong\n");
        const auto run =
            runCli({QStringLiteral("review"), m_package, QStringLiteral("--key"), m_key,
                    QStringLiteral("--key-passphrase-file"), bad, QStringLiteral("--approve"),
                    QStringLiteral("--out"), m_project->filePath(QStringLiteral("x.decision.zip"))},
                   m_dir);
        QCOMPARE(run.code, 4);
        QVERIFY(!QFile::exists(m_project->filePath(QStringLiteral("x.decision.zip"))));
    }

    void marksAreChecked()
    {
        const QString marks = m_project->filePath(QStringLiteral("marks.json"));
        writeFile(marks,
                  "[\n  {\"document\": \"dpia\", \"section\": \"nonexistent\", \"mark\": "
                  "\"acceptable\"}\n]\n");
        const auto run = runCli({QStringLiteral("review"), m_package, QStringLiteral("--key"),
                                 m_key, QStringLiteral("--key-passphrase-file"), m_keyPassphrase,
                                 QStringLiteral("--reject"), QStringLiteral("--marks"), marks,
                                 QStringLiteral("--out"), m_dir},
                                m_dir);
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains("marks.json:2:"), run.err.constData());
    }

    void approveWritesVerifiableDecision()
    {
        const QString outDir = m_project->filePath(QStringLiteral("decisions"));
        QDir().mkpath(outDir);
        const auto run = runCli({QStringLiteral("review"), m_package, QStringLiteral("--key"),
                                 m_key, QStringLiteral("--key-passphrase-file"), m_keyPassphrase,
                                 QStringLiteral("--approve"), QStringLiteral("--comment"),
                                 QStringLiteral("Proportionate; fine."), QStringLiteral("--out"),
                                 outDir, QStringLiteral("--json")},
                                m_dir);
        QVERIFY2(run.code == 0, run.err.constData());
        const QString decision = run.json.value(QStringLiteral("decision")).toString();
        QCOMPARE(QFileInfo(decision).fileName(),
                 QStringLiteral("study-ethics-%1.decision.zip").arg(m_fingerprint));
        QVERIFY(QFile::exists(decision));
        QCOMPARE(run.json.value(QStringLiteral("signer")).toString(), QStringLiteral("Dr. Ethics"));
        QCOMPARE(run.json.value(QStringLiteral("role")).toString(), QStringLiteral("ethics"));
        QCOMPARE(run.json.value(QStringLiteral("approve")).toBool(), true);

        // Checked by hand with standard tools.
        const QString unpacked = m_project->filePath(QStringLiteral("unpacked"));
        QDir().mkpath(unpacked);
        QVERIFY(runTool(QStringLiteral("unzip"),
                        {QStringLiteral("-q"), decision, QStringLiteral("-d"), unpacked}));
        for (const char *name : {"decision.json", "decision.json.minisig", "signer.pub"})
            QVERIFY2(QFile::exists(QDir(unpacked).filePath(QLatin1String(name))), name);
        QFile json(QDir(unpacked).filePath(QStringLiteral("decision.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject d = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(d.value(QStringLiteral("release")).toString(), QStringLiteral("study"));
        QCOMPARE(d.value(QStringLiteral("content_hash")).toString(), m_contentHash);
        QCOMPARE(d.value(QStringLiteral("approve")).toBool(), true);
        QCOMPARE(d.value(QStringLiteral("comment")).toString(),
                 QStringLiteral("Proportionate; fine."));
        if (QStandardPaths::findExecutable(QStringLiteral("minisign")).isEmpty())
            QSKIP("minisign is not installed");
        QByteArray output;
        QVERIFY2(runTool(QStringLiteral("minisign"),
                         {QStringLiteral("-Vm"), QStringLiteral("decision.json"),
                          QStringLiteral("-p"), QStringLiteral("signer.pub")},
                         unpacked, &output),
                 output.constData());
    }

    void rejectWithMarksToAFile()
    {
        const QString marks = m_project->filePath(QStringLiteral("good-marks.json"));
        writeFile(marks,
                  "[{\"document\": \"dpia\", \"section\": \"__FIRST__\", \"mark\": \"to_correct\", "
                  "\"comment\": \"say how long the data is kept\"}]");
        // The first DPIA section of this package, whatever the template calls it.
        QFile f(marks);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray text = f.readAll();
        text.replace("__FIRST__", firstDpiaSection().toUtf8());
        f.seek(0);
        f.resize(0);
        f.write(text);
        f.close();

        const QString out = m_project->filePath(QStringLiteral("rejection.decision.zip"));
        const auto run = runCli({QStringLiteral("review"), m_package, QStringLiteral("--key"),
                                 m_key, QStringLiteral("--key-passphrase-file"), m_keyPassphrase,
                                 QStringLiteral("--reject"), QStringLiteral("--marks"), marks,
                                 QStringLiteral("--out"), out, QStringLiteral("--json")},
                                m_dir);
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(run.json.value(QStringLiteral("approve")).toBool(), false);
        QCOMPARE(run.json.value(QStringLiteral("sections")).toInt(), 1);
        QVERIFY(QFile::exists(out));
    }

    void releaseReport()
    {
        const QString csv = m_project->filePath(QStringLiteral("report.csv"));
        writeFile(csv, fixture());
        const QString project = m_project->filePath(QStringLiteral("report.steward"));
        QCOMPARE(runCli({QStringLiteral("init"), project}, m_dir).code, 0);
        QCOMPARE(runCli({QStringLiteral("import"), project, csv, QStringLiteral("--name"),
                         QStringLiteral("inpatient")},
                        m_dir)
                     .code,
                 0);
        QCOMPARE(
            runCli({QStringLiteral("release"), QStringLiteral("create"), project,
                    QStringLiteral("r1"), QStringLiteral("--dataset"), QStringLiteral("inpatient"),
                    QStringLiteral("--mode"), QStringLiteral("bilateral"),
                    QStringLiteral("--recipient"), QStringLiteral("Cardio Institute"),
                    QStringLiteral("--purpose"), QStringLiteral("readmissions")},
                   m_dir)
                .code,
            0);
        const QString html = m_project->filePath(QStringLiteral("transparency.html"));
        const auto run = runCli({QStringLiteral("release"), QStringLiteral("report"), project,
                                 QStringLiteral("--html"), html, QStringLiteral("--json")},
                                m_dir);
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(run.json.value(QStringLiteral("releases")).toInt(), 1);
        QCOMPARE(run.json.value(QStringLiteral("file")).toString(),
                 QFileInfo(html).absoluteFilePath());
        QFile f(html);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray page = f.readAll();
        QVERIFY(page.contains("Cardio Institute"));
        QVERIFY(!page.contains("ZY0001"));
        QVERIFY(!page.contains("张伟"));
        // Without --html: a usage error.
        QCOMPARE(runCli({QStringLiteral("release"), QStringLiteral("report"), project}, m_dir).code,
                 1);
    }

private:
    QString firstDpiaSection()
    {
        // The package's review.json, read with unzip: the reviewer's own view of the sections.
        QProcess p;
        p.start(QStringLiteral("unzip"),
                {QStringLiteral("-p"), m_package, QStringLiteral("*/data/review.json")});
        p.waitForFinished(30000);
        const QJsonObject review = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        return review.value(QStringLiteral("dpia_sections"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("key"))
            .toString();
    }
};

QTEST_MAIN(TestCliReview)
#include "test_cli_review.moc"
