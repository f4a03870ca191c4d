// The public transparency report: every release with its recipient, purpose, categories of data,
// mode, dates, approvals by role and exports — and no cell value, no named user, no signer name.

#include "tests/core/CoreTestSupport.h"
#include "tests/support/TempProject.h"

#include "core/classify/ClassificationService.h"
#include "core/mask/MaskRuleService.h"
#include "core/packaging/TransparencyReport.h"
#include "core/release/ReleaseService.h"
#include "core/store/Sqlite.h"
#include "core/store/StoreAccess.h"

#include <QFile>
#include <QtTest>

#include <memory>

using namespace steward;

namespace {

template <class R>
QString why(const R &result)
{
    return result.ok() ? QString() : result.error().message;
}

QByteArray fixture()
{
    return "住院号,姓名,性别,年龄,诊断\n"
           "ZY0001,张伟,男,31,I10\n"
           "ZY0002,王芳,女,33,J45\n"
           "ZY0003,李娜,女,35,K29\n"
           "ZY0004,刘洋,男,36,I10\n";
}

void exec(ProjectStore &store, const QString &sql)
{
    const Status s = StoreAccess::db(store).exec(sql);
    if (!s)
        qFatal("sql: %s", qPrintable(s.error().message));
}

} // namespace

class TestTransparencyReport final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TempProject> m_project;
    ProjectStore &store() { return m_project->store(); }

    Release create(const QString &name, const QString &recipient, const QString &purpose,
                   SharingMode mode)
    {
        Release draft;
        draft.name = name;
        draft.datasets = {QStringLiteral("inpatient")};
        draft.mode = mode;
        draft.policy = ReleasePolicy::defaultsFor(mode);
        draft.recipientOrganisation = recipient;
        draft.recipientContact = QStringLiteral("Dr. Secretcontact");
        draft.users = {QStringLiteral("Named Researcher")};
        draft.purpose = purpose;
        draft.startDate = QDate(2027, 1, 1);
        draft.endDate = QDate(2027, 12, 31);
        auto created = ReleaseService(store()).create(draft);
        if (!created)
            qFatal("create: %s", qPrintable(created.error().message));
        return *created;
    }

private slots:
    void init()
    {
        m_project = std::make_unique<testsupport::TempProject>(QStringLiteral("p.steward"),
                                                               QStringLiteral("City Hospital"));
        const DatasetInfo info =
            coretest::importCsv(store(), m_project->dir(), QStringLiteral("inpatient"), fixture());
        auto classified = ClassificationService(store()).analyzeNow(QStringLiteral("inpatient"));
        QVERIFY2(classified.ok(), qPrintable(why(classified)));
        const Status s = MaskRuleService(store()).setRules(
            info,
            {{QStringLiteral("姓名"), coretest::rule(QStringLiteral("drop"))},
             {QStringLiteral("住院号"), coretest::rule(QStringLiteral("drop"))}});
        QVERIFY2(s.ok(), qPrintable(why(s)));
    }
    void cleanup() { m_project.reset(); }

    void listsReleasesWithoutValues()
    {
        const Release exported =
            create(QStringLiteral("readmissions-2027"), QStringLiteral("Institute of Cardiology"),
                   QStringLiteral("a study of readmissions"), SharingMode::Bilateral);
        const Release open = create(QStringLiteral("open-data"), QStringLiteral("The public"),
                                    QStringLiteral("open statistics"), SharingMode::Public);
        // Approved once, then changed: the approval no longer counts.
        exec(store(),
             QStringLiteral("INSERT INTO release_submissions (release_id, content_hash, "
                            "content, submitted_at, submitted_by, invalidated_at) VALUES "
                            "(%1, 'old', '{}', '2027-01-05T10:00:00Z', 'steward', "
                            "'2027-01-06T10:00:00Z')")
                 .arg(open.id));
        exec(store(),
             QStringLiteral("INSERT INTO release_decisions (release_id, submission_id, "
                            "content_hash, approve, role, fingerprint, signer, decided_at, "
                            "recorded_at, recorded_by, decision, signature, public_key) "
                            "VALUES (%1, 1, 'old', 1, 'ethics', 'FPX', 'Someone', "
                            "'2027-01-05T12:00:00Z', '2027-01-05T12:00:00Z', 'steward', "
                            "'{}', 'sig', 'pub')")
                 .arg(open.id));

        // A submission, two approvals by role and one export, as the workflow and export record
        // them.
        const QString id = QString::number(exported.id);
        exec(store(),
             QStringLiteral("INSERT INTO release_submissions (release_id, content_hash, content, "
                            "submitted_at, submitted_by) "
                            "VALUES (%1, 'abc', '{}', '2027-01-05T10:00:00Z', 'steward')")
                 .arg(id));
        for (const QString &role : {QStringLiteral("compliance"), QStringLiteral("ethics")})
            exec(store(),
                 QStringLiteral("INSERT INTO release_decisions (release_id, submission_id, "
                                "content_hash, approve, role, "
                                "fingerprint, signer, decided_at, recorded_at, recorded_by, "
                                "decision, signature, public_key) "
                                "VALUES (%1, 1, 'abc', 1, '%2', 'FP%2', 'Reviewer Secretname', "
                                "'2027-01-06T10:00:00Z', "
                                "'2027-01-06T10:00:00Z', 'steward', '{}', 'sig', 'pub')")
                     .arg(id, role));
        exec(store(),
             QStringLiteral("UPDATE releases SET state = 'approved' WHERE id = %1").arg(id));
        const QString sha =
            QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        exec(
            store(),
            QStringLiteral(
                "INSERT INTO release_exports (release_id, at, sha256, file, signer, recipient, "
                "signer_fingerprint, encryption, content_hash) VALUES (%1, '2027-01-07T09:00:00Z', "
                "'%2', '/secret/path/readmissions-2027-2027-01-07.zip', 'Steward Secretname', "
                "'Institute of Cardiology', 'ABCDEF0123456789', 'passphrase', 'abc')")
                .arg(id, sha));

        const QString path = m_project->filePath(QStringLiteral("report.html"));
        auto written = TransparencyReport::writeHtml(store(), path);
        QVERIFY2(written.ok(), qPrintable(why(written)));
        QCOMPARE(*written, 2);

        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(f.readAll());
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("</html>")));
        // Standalone: nothing fetched from elsewhere.
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(!html.contains(QStringLiteral("http://"))
                && !html.contains(QStringLiteral("https://")));
        QVERIFY(!html.contains(QStringLiteral("<link")));

        for (const QString &expected :
             {QStringLiteral("readmissions-2027"), QStringLiteral("open-data"),
              QStringLiteral("Institute of Cardiology"), QStringLiteral("a study of readmissions"),
              QStringLiteral("City Hospital"), sha})
            QVERIFY2(html.contains(expected), qPrintable(expected));
        // Categories of the fields that leave, in words.
        QVERIFY2(html.contains(QStringLiteral("field")), "categories counted in fields");
        QVERIFY(html.contains(QStringLiteral("compliance")));
        QVERIFY(html.contains(QStringLiteral("ethics")));
        const QString openSection = html.mid(html.indexOf(QStringLiteral("<h2>open-data")));
        QVERIFY(openSection.left(openSection.indexOf(QStringLiteral("</section>")))
                    .contains(QStringLiteral("none yet")));

        // No cell value, no named person, no file path.
        for (const QString &secret :
             {QStringLiteral("ZY0001"), QStringLiteral("张伟"), QStringLiteral("王芳"),
              QStringLiteral("I10"), QStringLiteral("J45"), QStringLiteral("Secretname"),
              QStringLiteral("Secretcontact"), QStringLiteral("Named Researcher"),
              QStringLiteral("/secret/path")})
            QVERIFY2(!html.contains(secret), qPrintable(secret));
    }

    // A project without a title: the report names the provider of its releases, or nobody —
    // never "data releases of " with nothing after it.
    void untitledProjectNamesTheProvider()
    {
        m_project = std::make_unique<testsupport::TempProject>();
        QVERIFY(store().title().isEmpty());
        coretest::importCsv(store(), m_project->dir(), QStringLiteral("inpatient"), fixture());
        const QString path = m_project->filePath(QStringLiteral("r.html"));
        auto readTitle = [&path]() {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                return QString();
            const QString html = QString::fromUtf8(f.readAll());
            const qsizetype at = html.indexOf(QStringLiteral("<h1>"));
            return html.mid(at + 4, html.indexOf(QStringLiteral("</h1>")) - at - 4);
        };

        create(QStringLiteral("r1"), QStringLiteral("Institute"), QStringLiteral("a study"),
               SharingMode::Bilateral);
        QVERIFY(TransparencyReport::writeHtml(store(), path).ok());
        QCOMPARE(readTitle(), QStringLiteral("Transparency report: data releases"));

        Release named;
        named.name = QStringLiteral("r2");
        named.datasets = {QStringLiteral("inpatient")};
        named.mode = SharingMode::Bilateral;
        named.policy = ReleasePolicy::defaultsFor(SharingMode::Bilateral);
        named.providerOrganisation = QStringLiteral("North Hospital");
        QVERIFY(ReleaseService(store()).create(named).ok());
        QVERIFY(TransparencyReport::writeHtml(store(), path).ok());
        QCOMPARE(readTitle(), QStringLiteral("Transparency report: data releases of North Hospital"));
    }

    void emptyProjectAndEscaping()
    {
        const QString path = m_project->filePath(QStringLiteral("empty.html"));
        auto none = TransparencyReport::writeHtml(store(), path);
        QVERIFY2(none.ok(), qPrintable(why(none)));
        QCOMPARE(*none, 0);

        create(QStringLiteral("r1"), QStringLiteral("<b>Evil & Co</b>"), QStringLiteral("x < y"),
               SharingMode::Bilateral);
        auto one = TransparencyReport::writeHtml(store(), path);
        QVERIFY(one.ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(f.readAll());
        QVERIFY(!html.contains(QStringLiteral("<b>Evil")));
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;Evil &amp; Co&lt;/b&gt;")));

        // A folder that does not exist: an error, no file.
        auto failed = TransparencyReport::writeHtml(
            store(), m_project->filePath(QStringLiteral("no/such/dir/r.html")));
        QVERIFY(!failed.ok());
    }
};

QTEST_GUILESS_MAIN(TestTransparencyReport)
#include "test_transparencyreport.moc"
