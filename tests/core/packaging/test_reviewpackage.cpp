// The review package of a submitted release: written as a BagIt zip with the masked data, the
// dictionaries, both documents in three formats and review.json; opened read-only, refused when
// a single byte of it changed; and no raw value of a direct identifier anywhere in it, inside
// free text and the rendered PDFs included.

#include "tests/core/CoreTestSupport.h"
#include "tests/support/TempProject.h"

#include "core/classify/ClassificationService.h"
#include "core/consent/ConsentService.h"
#include "core/mask/MaskRuleService.h"
#include "core/mask/ProjectSecretStore.h"
#include "core/packaging/PackageLayout.h"
#include "core/packaging/ReviewPackage.h"
#include "core/packaging/ReviewPackageWriter.h"
#include "core/release/ReleaseService.h"
#include "core/workflow/ContentManifest.h"
#include "core/workflow/WorkflowService.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

#include <memory>

using namespace steward;

namespace {

template <class R>
QString why(const R &result)
{
    return result.ok() ? QString() : result.error().message;
}

// Planted identifiers: names, inpatient numbers and resident ids as fields, and an id and a
// phone number inside the notes.
QByteArray fixture()
{
    return "住院号,姓名,身份证号,性别,年龄,诊断,病程记录\n"
           "ZY0001,张伟,110101199003071233,男,31,I10,身份证110101199003071233，头痛三天\n"
           "ZY0002,王芳,440301198511204568,女,33,J45,联系电话13812345678，夜间咳嗽\n"
           "ZY0003,李娜,110101199003071233,女,35,K29,上腹不适一月余\n"
           "ZY0004,刘洋,440301198511204568,男,36,I10,体检发现血压升高\n"
           "ZY0005,陈静,110101199003071233,女,38,N39,尿频尿急三天\n"
           "ZY0006,杨磊,440301198511204568,男,39,M54,腰痛反复发作半年\n";
}

const QStringList kRawIdentifiers = {
    QStringLiteral("ZY0001"),
    QStringLiteral("ZY0004"),
    QStringLiteral("张伟"),
    QStringLiteral("王芳"),
    QStringLiteral("杨磊"),
    QStringLiteral("110101199003071233"),
    QStringLiteral("440301198511204568"),
    QStringLiteral("13812345678"),
};

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

bool runTool(const QString &program, const QStringList &args, const QString &workingDir = {})
{
    QProcess p;
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    p.start(program, args);
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

class TestReviewPackage final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TempProject> m_project;
    QString m_package;
    QString m_submittedHash;

    ProjectStore &store() { return m_project->store(); }

    // A copy of the package with one file changed by `edit`, zipped again as it was.
    QString tampered(const QString &name, const QString &file,
                     const std::function<void(QByteArray &)> &edit)
    {
        const QString work = m_project->filePath(name);
        QDir().mkpath(work);
        if (!runTool(QStringLiteral("unzip"),
                     {QStringLiteral("-q"), m_package, QStringLiteral("-d"), work}))
            return {};
        const QStringList top = QDir(work).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        if (top.size() != 1)
            return {};
        QFile f(QDir(work).filePath(top.first() + QLatin1Char('/') + file));
        if (!f.open(QIODevice::ReadWrite))
            return {};
        QByteArray bytes = f.readAll();
        edit(bytes);
        f.seek(0);
        f.resize(0);
        f.write(bytes);
        f.close();
        const QString zipPath = m_project->filePath(name + QStringLiteral(".review.zip"));
        if (!runTool(QStringLiteral("zip"),
                     {QStringLiteral("-q"), QStringLiteral("-r"), QStringLiteral("-X"), zipPath,
                      top.first()},
                     work))
            return {};
        return zipPath;
    }

private slots:
    void initTestCase()
    {
        m_project = std::make_unique<testsupport::TempProject>();
        const DatasetInfo info =
            coretest::importCsv(store(), m_project->dir(), QStringLiteral("inpatient"), fixture());
        QList<std::pair<QString, MaskRule>> rules;
        for (const QString &text :
             {QStringLiteral("姓名=drop"), QStringLiteral("住院号=pseudonym"),
              QStringLiteral("身份证号=drop"), QStringLiteral("年龄=bands:width=10"),
              QStringLiteral("病程记录=scrub")}) {
            auto assignment = MaskRule::parseAssignment(text);
            QVERIFY2(assignment.ok(), qPrintable(text));
            rules.append(*assignment);
        }
        const Status set = MaskRuleService(store()).setRules(info, rules);
        QVERIFY2(set.ok(), qPrintable(why(set)));
        QVERIFY(ProjectSecretStore(store()).obtain(QStringLiteral("pass")).ok());
        // Classified before it is submitted, as the classification gate asks.
        auto classified = ClassificationService(store()).analyzeNow(QStringLiteral("inpatient"));
        QVERIFY2(classified.ok(), qPrintable(why(classified)));

        Release draft;
        draft.name = QStringLiteral("study");
        draft.datasets = {QStringLiteral("inpatient")};
        draft.mode = SharingMode::Bilateral;
        draft.policy = ReleasePolicy::defaultsFor(SharingMode::Bilateral);
        draft.recipientOrganisation = QStringLiteral("Research Institute");
        draft.purpose = QStringLiteral("a study of readmissions");
        draft.language = QStringLiteral("en");
        auto created = ReleaseService(store()).create(draft);
        QVERIFY2(created.ok(), qPrintable(why(created)));

        // A draft has no review package: refused, nothing written.
        const QString early = m_project->filePath(QStringLiteral("early.review.zip"));
        const Status refused =
            ReviewPackageWriter::write(store(), QStringLiteral("study"), early, std::nullopt,
                                       [] { return Result<QString>(QStringLiteral("pass")); });
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Policy);
        QVERIFY(!QFile::exists(early));

        auto submitted = WorkflowService(store()).submit(QStringLiteral("study"), {});
        QVERIFY2(submitted.ok(), qPrintable(why(submitted)));
        m_submittedHash = submitted->submittedHash;
        QVERIFY(!m_submittedHash.isEmpty());

        m_package = m_project->filePath(QStringLiteral("study.review.zip"));
        QList<Progress> steps;
        const Status written = ReviewPackageWriter::write(
            store(), QStringLiteral("study"), m_package, std::nullopt,
            [] { return Result<QString>(QStringLiteral("pass")); },
            [&steps](const Progress &p) { steps.append(p); });
        QVERIFY2(written.ok(), qPrintable(why(written)));
        QVERIFY(QFile::exists(m_package));
        QVERIFY(!steps.isEmpty());
        QCOMPARE(steps.last().done, steps.last().estimatedTotal);
        // Nothing but the package is left beside it.
        const QStringList leftovers =
            QDir(m_project->dir().path())
                .entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(','))));
    }

    void cleanupTestCase() { m_project.reset(); }

    void writeThenOpen()
    {
        const QByteArray before = sha256(m_package);
        ReviewPackage package;
        const Status opened = package.open(m_package);
        QVERIFY2(opened.ok(), qPrintable(why(opened)));
        QVERIFY(package.check().isEmpty());
        QCOMPARE(package.releaseName(), QStringLiteral("study"));
        QCOMPARE(package.contentHash(), m_submittedHash);

        const QStringList files = package.bag().files();
        for (const QString &f :
             {PackageLayout::bagitTxt, PackageLayout::bagInfoTxt, PackageLayout::manifest,
              PackageLayout::tagManifest, PackageLayout::reviewJson, PackageLayout::dsaPdf,
              PackageLayout::dpiaPdf, QStringLiteral("data/DSA.json"),
              QStringLiteral("data/DPIA.json"), QStringLiteral("data/DSA.html"),
              QStringLiteral("data/DPIA.html"), QStringLiteral("data/inpatient.csv"),
              QStringLiteral("data/dictionary/inpatient.csv")})
            QVERIFY2(
                files.contains(f),
                qPrintable(f + QStringLiteral(" missing from ") + files.join(QLatin1Char(' '))));
        auto pdf = package.bag().read(PackageLayout::dpiaPdf);
        QVERIFY(pdf.ok());
        QVERIFY(pdf->startsWith("%PDF"));

        const QJsonObject review = package.review();
        QCOMPARE(review.value(QStringLiteral("format")).toString(),
                 QStringLiteral("steward-review/1"));
        QCOMPARE(ContentManifest::hashOf(review.value(QStringLiteral("content")).toObject()),
                 m_submittedHash);
        QCOMPARE(review.value(QStringLiteral("release"))
                     .toObject()
                     .value(QStringLiteral("release"))
                     .toString(),
                 QStringLiteral("study"));
        QVERIFY(!review.value(QStringLiteral("release"))
                     .toObject()
                     .contains(QStringLiteral("exports")));
        const QJsonObject summary = review.value(QStringLiteral("summary")).toObject();
        for (const char *key : {"what", "to_whom", "why", "mode", "risk"})
            QVERIFY2(!summary.value(QLatin1String(key)).toString().isEmpty(), key);
        QVERIFY(summary.value(QStringLiteral("to_whom"))
                    .toString()
                    .contains(QStringLiteral("Research Institute")));

        const QJsonArray datasets = review.value(QStringLiteral("datasets")).toArray();
        QCOMPARE(datasets.size(), 1);
        const QJsonObject d = datasets.first().toObject();
        QCOMPARE(d.value(QStringLiteral("name")).toString(), QStringLiteral("inpatient"));
        QCOMPARE(d.value(QStringLiteral("records")).toInt(), 6);
        QCOMPARE(d.value(QStringLiteral("fields")).toInt(), 5); // two of seven dropped
        const QJsonObject risk = d.value(QStringLiteral("risk")).toObject();
        const QJsonObject riskBefore = d.value(QStringLiteral("risk_before")).toObject();
        QCOMPARE(risk.value(QStringLiteral("k")).toInt(), 5);
        QVERIFY(risk.value(QStringLiteral("classes")).toInt()
                <= riskBefore.value(QStringLiteral("classes")).toInt());
        // The histograms of class sizes count every record kept, before and after.
        for (const char *key : {"class_sizes", "class_sizes_before"}) {
            qint64 records = 0;
            for (const QJsonValue &bin : d.value(QLatin1String(key)).toArray())
                records += bin.toArray().at(0).toInteger() * bin.toArray().at(1).toInteger();
            QCOMPARE(records, qint64(6));
        }
        QVERIFY(d.value(QStringLiteral("consent")).isNull());

        QVERIFY(!review.value(QStringLiteral("gates")).toArray().isEmpty());
        QVERIFY(!review.value(QStringLiteral("dpia_sections")).toArray().isEmpty());
        QVERIFY(!review.value(QStringLiteral("dsa_sections")).toArray().isEmpty());
        QCOMPARE(review.value(QStringLiteral("documents"))
                     .toObject()
                     .value(QStringLiteral("dpia"))
                     .toObject()
                     .value(QStringLiteral("pdf"))
                     .toString(),
                 PackageLayout::dpiaPdf);
        QCOMPARE(review.value(QStringLiteral("approvals_required"))
                     .toObject()
                     .value(QStringLiteral("ethics"))
                     .toInt(),
                 1);

        // The masked data: header of the fields that leave, one line per record.
        auto csv = package.bag().read(QStringLiteral("data/inpatient.csv"));
        QVERIFY(csv.ok());
        const QList<QByteArray> lines = csv->trimmed().split('\n');
        QCOMPARE(lines.size(), 7);
        QVERIFY(lines.first().startsWith("住院号,性别,年龄,诊断,病程记录"));
        QVERIFY(csv->contains("30-39") || csv->contains("[30"));

        // Opening reads only.
        QCOMPARE(sha256(m_package), before);
    }

    void tamperedByteRefused()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("zip")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
            QSKIP("zip and unzip are needed to alter a package");
        const QString data =
            tampered(QStringLiteral("data"), QStringLiteral("data/inpatient.csv"),
                     [](QByteArray &b) { b[b.size() - 3] = b[b.size() - 3] ^ 0x01; });
        QVERIFY(!data.isEmpty());
        ReviewPackage package;
        const Status s = package.open(data);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::Verification);
        QVERIFY2(s.error().message.contains(QStringLiteral("data/inpatient.csv")),
                 qPrintable(s.error().message));
        QVERIFY(package.review().isEmpty());

        // review.json itself, the one file a reviewer reads first.
        const QString json =
            tampered(QStringLiteral("json"), PackageLayout::reviewJson, [](QByteArray &b) {
                b.replace("\"steward-review/1\"", "\"steward-review/1\" ");
            });
        QVERIFY(!json.isEmpty());
        const Status j = ReviewPackage().open(json);
        QVERIFY(!j.ok());
        QCOMPARE(j.error().code, ErrorCode::Verification);
    }

    void notAReviewPackage()
    {
        const QString junk = m_project->filePath(QStringLiteral("junk.zip"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a zip at all");
        f.close();
        const Status s = ReviewPackage().open(junk);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::BadInput);
    }

    void noRawIdentifiers()
    {
        ReviewPackage package;
        QVERIFY(package.open(m_package).ok());
        const bool havePdfToText =
            !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
        int scanned = 0;
        for (const QString &file : package.bag().files()) {
            auto bytes = package.bag().read(file);
            QVERIFY2(bytes.ok(), qPrintable(file));
            QString text = QString::fromUtf8(*bytes);
            if (file.endsWith(QLatin1String(".pdf"))) {
                if (!havePdfToText)
                    continue;
                const QString pdf = m_project->filePath(QStringLiteral("scan.pdf"));
                QFile out(pdf);
                QVERIFY(out.open(QIODevice::WriteOnly));
                out.write(*bytes);
                out.close();
                const QString txt = m_project->filePath(QStringLiteral("scan.txt"));
                QVERIFY(runTool(QStringLiteral("pdftotext"),
                                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, txt}));
                QFile in(txt);
                QVERIFY(in.open(QIODevice::ReadOnly));
                text = QString::fromUtf8(in.readAll());
                QVERIFY(text.size() > 100);
            }
            for (const QString &raw : kRawIdentifiers)
                QVERIFY2(!text.contains(raw),
                         qPrintable(QStringLiteral("%1 holds a raw identifier").arg(file)));
            ++scanned;
        }
        QVERIFY(scanned >= 10);
    }

    // Last: a consent register changes the content. Only subjects with valid consent for the
    // release's purpose leave, and review.json counts the others by reason.
    void consentExclusions()
    {
        const QString registerFile = m_project->filePath(QStringLiteral("consent.csv"));
        QFile f(registerFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("subject,status,scope,date\n"
                "ZY0001,granted,research,2026-01-01\n"
                "ZY0002,withdrawn,research,2026-01-01\n"
                "ZY0003,granted,marketing,2026-01-01\n"
                "ZY0004,refused,research,2026-01-01\n"
                "ZY0005,granted,*,2026-01-01\n");
        f.close();
        auto attached = ConsentService(store()).attach(QStringLiteral("inpatient"), registerFile,
                                                       QStringLiteral("住院号"));
        QVERIFY2(attached.ok(), qPrintable(why(attached)));
        auto set = ReleaseService(store()).set(
            QStringLiteral("study"),
            {{QStringLiteral("consent_purpose"), QStringLiteral("research")}});
        QVERIFY2(set.ok(), qPrintable(why(set)));
        auto submitted = WorkflowService(store()).submit(QStringLiteral("study"), {});
        QVERIFY2(submitted.ok(), qPrintable(why(submitted)));

        const QString path = m_project->filePath(QStringLiteral("consented.review.zip"));
        const Status written =
            ReviewPackageWriter::write(store(), QStringLiteral("study"), path, std::nullopt,
                                       [] { return Result<QString>(QStringLiteral("pass")); });
        QVERIFY2(written.ok(), qPrintable(why(written)));
        ReviewPackage package;
        QVERIFY(package.open(path).ok());
        QCOMPARE(package.contentHash(), submitted->submittedHash);
        const QJsonObject d =
            package.review().value(QStringLiteral("datasets")).toArray().first().toObject();
        QCOMPARE(d.value(QStringLiteral("records")).toInt(), 2);
        auto csv = package.bag().read(QStringLiteral("data/inpatient.csv"));
        QVERIFY(csv.ok());
        QCOMPARE(csv->trimmed().split('\n').size(), 3);
        const QJsonObject consent = d.value(QStringLiteral("consent")).toObject();
        QCOMPARE(consent.value(QStringLiteral("kept")).toInt(), 2);
        const QJsonObject excluded = consent.value(QStringLiteral("excluded")).toObject();
        QCOMPARE(excluded.value(QStringLiteral("total")).toInt(), 4);
        QCOMPARE(excluded.value(QStringLiteral("withdrawn")).toInt(), 1);
        QCOMPARE(excluded.value(QStringLiteral("refused")).toInt(), 1);
        QCOMPARE(excluded.value(QStringLiteral("out_of_scope")).toInt(), 1);
        QCOMPARE(excluded.value(QStringLiteral("no_record")).toInt(), 1);
    }

    // Last: a rule changed after the submission. The package would no longer show what was
    // submitted: refused, nothing written.
    void changedSinceSubmission()
    {
        auto info = store().dataset(QStringLiteral("inpatient"));
        QVERIFY(info.ok());
        const Status s = MaskRuleService(store()).setRules(
            *info, {{QStringLiteral("年龄"), coretest::rule(QStringLiteral("bands:width=20"))}});
        QVERIFY2(s.ok(), qPrintable(why(s)));
        const QString path = m_project->filePath(QStringLiteral("stale.review.zip"));
        const Status written =
            ReviewPackageWriter::write(store(), QStringLiteral("study"), path, std::nullopt,
                                       [] { return Result<QString>(QStringLiteral("pass")); });
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, ErrorCode::Policy);
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestReviewPackage)
#include "test_reviewpackage.moc"
