// ReleaseService: releases stored in the project (schema v5), every change one transaction with
// its audit entry, loosening the policy only with a reason (refused: nothing changes), datasets
// followed through a rename and kept by name when deleted.

#include "tests/core/CoreTestSupport.h"
#include "tests/support/TempProject.h"

#include "core/release/ReleaseService.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sqlite.h"
#include "core/store/StoreAccess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <memory>

using namespace steward;

namespace {

QJsonObject lastDetail(ProjectStore &store)
{
    auto entries = store.auditEntries();
    if (!entries || entries->isEmpty())
        qFatal("no audit entries");
    return QJsonDocument::fromJson(entries->last().detail.toUtf8()).object();
}

// The message of a failed result, for QVERIFY2 (which evaluates it even on success).
template <class R>
QString why(const R &result)
{
    return result.ok() ? QString() : result.error().message;
}

} // namespace

class TestReleaseService final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TempProject> m_project;

    ProjectStore &store() { return m_project->store(); }

    Release draft(const QString &name = QStringLiteral("Cardiology study"))
    {
        Release r;
        r.name = name;
        r.datasets = {QStringLiteral("inpatient")};
        r.recipientOrganisation = QStringLiteral("Example University");
        r.purpose = QStringLiteral("Outcome research");
        r.mode = SharingMode::Bilateral;
        r.policy = ReleasePolicy::defaultsFor(r.mode);
        return r;
    }

    qint64 auditCount()
    {
        return m_project->auditActions().size();
    }

private slots:
    void init()
    {
        m_project = std::make_unique<testsupport::TempProject>(QStringLiteral("p.steward"),
                                                               QStringLiteral("City Hospital"));
        coretest::importCsv(store(), m_project->dir(), QStringLiteral("inpatient"),
                            coretest::sixRecordTable());
        coretest::importCsv(store(), m_project->dir(), QStringLiteral("outpatient"),
                            coretest::sixRecordTable());
    }
    void cleanup() { m_project.reset(); }

    void createAndLoad()
    {
        ReleaseService service(store());
        Release d = draft();
        d.datasets = {QStringLiteral("outpatient"), QStringLiteral("inpatient")};
        d.startDate = QDate(2026, 1, 1);
        d.legalBasis = LegalBasis::Consent;
        d.users = {QStringLiteral("Wang Fang")};
        auto created = service.create(d);
        QVERIFY2(created.ok(), qPrintable(why(created)));
        QVERIFY(created->id > 0);
        QCOMPARE(created->state, QStringLiteral("draft"));
        // The provider defaults to the project's title.
        QCOMPARE(created->providerOrganisation, QStringLiteral("City Hospital"));
        QCOMPARE(m_project->auditActions().last(), QStringLiteral("release.create"));
        const QJsonObject detail = lastDetail(store());
        QCOMPARE(detail.value(QStringLiteral("mode")).toString(), QStringLiteral("bilateral"));
        QVERIFY(!QJsonDocument(detail).toJson().contains("Outcome research"));
        QVERIFY(!QJsonDocument(detail).toJson().contains("Example University"));

        QVERIFY(service.exists(QStringLiteral("Cardiology study")));
        QVERIFY(!service.exists(QStringLiteral("Other")));
        auto loaded = service.load(QStringLiteral("Cardiology study"));
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->datasets, d.datasets); // in the order given
        QCOMPARE(loaded->recipientOrganisation, d.recipientOrganisation);
        QCOMPARE(loaded->purpose, d.purpose);
        QCOMPARE(loaded->users, d.users);
        QCOMPARE(loaded->legalBasis, std::optional(LegalBasis::Consent));
        QCOMPARE(loaded->startDate, QDate(2026, 1, 1));
        QCOMPARE(loaded->policy, ReleasePolicy::defaultsFor(SharingMode::Bilateral));
        QCOMPARE(loaded->language, QStringLiteral("zh_CN"));
        QVERIFY(loaded->createdAt.isValid());
        QVERIFY(!loaded->createdBy.isEmpty());
        QCOMPARE(loaded->toJson(), created->toJson());

        auto missing = service.load(QStringLiteral("Other"));
        QCOMPARE(missing.error().code, ErrorCode::BadInput);

        QVERIFY(service.create(draft(QStringLiteral("A second"))).ok());
        auto all = service.list();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).name, QStringLiteral("A second"));
    }

    void createRefuses()
    {
        ReleaseService service(store());
        const qint64 before = auditCount();
        Release d = draft();
        d.datasets = {QStringLiteral("nowhere")};
        QCOMPARE(service.create(d).error().code, ErrorCode::BadInput);
        d.datasets.clear();
        QCOMPARE(service.create(d).error().code, ErrorCode::BadInput);
        d = draft(QStringLiteral("   "));
        QCOMPARE(service.create(d).error().code, ErrorCode::BadInput);
        d = draft(QString(201, QLatin1Char('x')));
        QCOMPARE(service.create(d).error().code, ErrorCode::BadInput);
        d = draft();
        d.datasets = {QStringLiteral("inpatient"), QStringLiteral("inpatient")};
        QCOMPARE(service.create(d).error().code, ErrorCode::BadInput);
        d = draft();
        d.startDate = QDate(2026, 5, 1);
        d.endDate = QDate(2026, 4, 1);
        QCOMPARE(service.create(d).error().code, ErrorCode::BadInput);
        // A policy looser than the mode's defaults needs a reason.
        d = draft();
        d.policy.minK = 3;
        const auto loose = service.create(d);
        QCOMPARE(loose.error().code, ErrorCode::Policy);
        QVERIFY(loose.error().message.contains(QLatin1String("min_k")));
        QCOMPARE(auditCount(), before);
        QVERIFY(!service.exists(QStringLiteral("Cardiology study")));
        QVERIFY(service.create(d, QStringLiteral("ethics board allows k=3")).ok());
        QCOMPARE(lastDetail(store()).value(QStringLiteral("reason")).toString(),
                 QStringLiteral("ethics board allows k=3"));
        // Names are unique (after trimming).
        const auto twice = service.create(draft(QStringLiteral(" Cardiology study ")));
        QCOMPARE(twice.error().code, ErrorCode::BadInput);
    }

    void updateAndSet()
    {
        ReleaseService service(store());
        QVERIFY(service.create(draft()).ok());
        // Tightening needs no reason.
        auto tight = service.set(QStringLiteral("Cardiology study"),
                                 {{QStringLiteral("min_k"), QStringLiteral("11")},
                                  {QStringLiteral("purpose"), QStringLiteral("Something else")}});
        QVERIFY2(tight.ok(), qPrintable(why(tight)));
        QCOMPARE(tight->changedKeys,
                 QStringList({QStringLiteral("purpose"), QStringLiteral("min_k")}));
        QVERIFY(tight->loosenedKeys.isEmpty());
        QCOMPARE(tight->after.policy.minK, 11);
        QCOMPARE(tight->after.policy.maxProsecutorRisk, 0.2); // untouched
        QCOMPARE(m_project->auditActions().last(), QStringLiteral("release.update"));
        const QJsonObject detail = lastDetail(store());
        QCOMPARE(detail.value(QStringLiteral("policy"))
                     .toObject()
                     .value(QStringLiteral("min_k"))
                     .toObject()
                     .value(QStringLiteral("from"))
                     .toInt(),
                 5);
        QVERIFY(!QJsonDocument(detail).toJson().contains("Something else"));

        // Loosening without a reason: refused, nothing changes, nothing audited.
        const qint64 before = auditCount();
        auto refused = service.set(QStringLiteral("Cardiology study"),
                                   {{QStringLiteral("purpose"), QStringLiteral("Changed")},
                                    {QStringLiteral("max_prosecutor_risk"), QStringLiteral("0.5")},
                                    {QStringLiteral("free_text_allowed"), QStringLiteral("yes")}});
        QCOMPARE(refused.error().code, ErrorCode::Policy);
        QVERIFY(refused.error().message.contains(QLatin1String("max_prosecutor_risk")));
        QVERIFY(refused.error().message.contains(QLatin1String("free_text_allowed")));
        QCOMPARE(auditCount(), before);
        auto unchanged = service.load(QStringLiteral("Cardiology study"));
        QCOMPARE(unchanged->purpose, QStringLiteral("Something else"));
        QCOMPARE(unchanged->policy.maxProsecutorRisk, 0.2);

        // With a reason it is recorded.
        auto loosened = service.set(QStringLiteral("Cardiology study"),
                                    {{QStringLiteral("max_prosecutor_risk"), QStringLiteral("1/3")}},
                                    QStringLiteral("the enclave reviews outputs"));
        QVERIFY(loosened.ok());
        QCOMPARE(loosened->loosenedKeys, QStringList{QStringLiteral("max_prosecutor_risk")});
        const QJsonObject d2 = lastDetail(store());
        QCOMPARE(d2.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("the enclave reviews outputs"));
        QCOMPARE(d2.value(QStringLiteral("loosened")).toArray().size(), 1);

        // No change at all: nothing written.
        const qint64 now = auditCount();
        auto same = service.set(QStringLiteral("Cardiology study"),
                                {{QStringLiteral("purpose"), QStringLiteral("Something else")}});
        QVERIFY(same.ok());
        QVERIFY(same->changedKeys.isEmpty());
        QCOMPARE(auditCount(), now);

        // A usage error from a setting changes nothing either.
        auto bad = service.set(QStringLiteral("Cardiology study"),
                               {{QStringLiteral("purpose"), QStringLiteral("x")},
                                {QStringLiteral("min_k"), QStringLiteral("one")}});
        QCOMPARE(bad.error().code, ErrorCode::Usage);
        QCOMPARE(service.load(QStringLiteral("Cardiology study"))->purpose,
                 QStringLiteral("Something else"));

        // Changing the mode sets its policy: public is tighter, back to bilateral is looser.
        auto pub = service.set(QStringLiteral("Cardiology study"),
                               {{QStringLiteral("mode"), QStringLiteral("public")}});
        QVERIFY(pub.ok());
        QCOMPARE(pub->after.policy, ReleasePolicy::defaultsFor(SharingMode::Public));
        auto back = service.set(QStringLiteral("Cardiology study"),
                                {{QStringLiteral("mode"), QStringLiteral("bilateral")}});
        QCOMPARE(back.error().code, ErrorCode::Policy);

        // Rename, and a name taken by another release.
        QVERIFY(service.create(draft(QStringLiteral("Other"))).ok());
        QCOMPARE(service.set(QStringLiteral("Cardiology study"),
                             {{QStringLiteral("name"), QStringLiteral("Other")}})
                     .error()
                     .code,
                 ErrorCode::BadInput);
        auto renamed = service.set(QStringLiteral("Cardiology study"),
                                   {{QStringLiteral("name"), QStringLiteral("Cardiology 2026")}});
        QVERIFY(renamed.ok());
        QVERIFY(service.exists(QStringLiteral("Cardiology 2026")));
        QVERIFY(!service.exists(QStringLiteral("Cardiology study")));
        QCOMPARE(lastDetail(store()).value(QStringLiteral("renamed_from")).toString(),
                 QStringLiteral("Cardiology study"));
        QCOMPARE(service.set(QStringLiteral("Nope"), {}).error().code, ErrorCode::BadInput);
    }

    // A refused change inside the caller's transaction leaves the caller's transaction usable.
    void nestedInCallerTransaction()
    {
        ReleaseService service(store());
        QVERIFY(service.create(draft()).ok());
        sql::Database &db = StoreAccess::db(store());
        {
            sql::Transaction outer(db);
            QVERIFY(outer.beginStatus().ok());
            QVERIFY(service.set(QStringLiteral("Cardiology study"),
                                {{QStringLiteral("min_k"), QStringLiteral("9")}})
                        .ok());
            outer.rollback();
        }
        QCOMPARE(service.load(QStringLiteral("Cardiology study"))->policy.minK, 5);
    }

    void datasetsFollowRenameAndDeletion()
    {
        ReleaseService service(store());
        Release d = draft();
        d.datasets = {QStringLiteral("inpatient"), QStringLiteral("outpatient")};
        QVERIFY(service.create(d).ok());
        QVERIFY(store().renameDataset(QStringLiteral("inpatient"), QStringLiteral("admissions")).ok());
        QCOMPARE(service.load(QStringLiteral("Cardiology study"))->datasets,
                 QStringList({QStringLiteral("admissions"), QStringLiteral("outpatient")}));
        // An update writes the current name, so that a later deletion keeps it.
        QVERIFY(service.set(QStringLiteral("Cardiology study"),
                            {{QStringLiteral("purpose"), QStringLiteral("p")}})
                    .ok());
        QVERIFY(store().deleteDataset(QStringLiteral("admissions")).ok());
        auto loaded = service.load(QStringLiteral("Cardiology study"));
        QCOMPARE(loaded->datasets,
                 QStringList({QStringLiteral("admissions"), QStringLiteral("outpatient")}));
        // Updating other settings keeps the deleted dataset in the list.
        auto kept = service.set(QStringLiteral("Cardiology study"),
                                {{QStringLiteral("recipient"), QStringLiteral("Another")}});
        QVERIFY2(kept.ok(), qPrintable(why(kept)));
        QCOMPARE(kept->after.datasets, loaded->datasets);
        QVERIFY(!kept->changedKeys.contains(QStringLiteral("datasets")));
        // ...but a deleted dataset cannot be added anew.
        Release other = draft(QStringLiteral("Other"));
        other.datasets = {QStringLiteral("admissions")};
        QCOMPARE(service.create(other).error().code, ErrorCode::BadInput);
        // A new extract imported under the deleted one's name takes its place.
        coretest::importCsv(store(), m_project->dir(), QStringLiteral("admissions"),
                            coretest::sixRecordTable());
        auto relinked = service.set(QStringLiteral("Cardiology study"),
                                    {{QStringLiteral("purpose"), QStringLiteral("again")}});
        QVERIFY2(relinked.ok(), qPrintable(why(relinked)));
        QVERIFY(store().renameDataset(QStringLiteral("admissions"), QStringLiteral("stays")).ok());
        QCOMPARE(service.load(QStringLiteral("Cardiology study"))->datasets,
                 QStringList({QStringLiteral("stays"), QStringLiteral("outpatient")}));
        QVERIFY(store().deleteDataset(QStringLiteral("stays")).ok());
        // Removing it from the release is a change like any other.
        auto dropped = service.set(QStringLiteral("Cardiology study"),
                                   {{QStringLiteral("datasets"), QStringLiteral("outpatient")}});
        QVERIFY(dropped.ok());
        QCOMPARE(dropped->after.datasets, QStringList{QStringLiteral("outpatient")});
    }

    void remove()
    {
        ReleaseService service(store());
        QVERIFY(service.create(draft()).ok());
        QVERIFY(service.remove(QStringLiteral("Cardiology study")).ok());
        QVERIFY(!service.exists(QStringLiteral("Cardiology study")));
        QCOMPARE(m_project->auditActions().last(), QStringLiteral("release.delete"));
        QCOMPARE(service.remove(QStringLiteral("Cardiology study")).error().code, ErrorCode::BadInput);

        // Only drafts can be deleted.
        auto created = service.create(draft());
        QVERIFY(created.ok());
        sql::Database &db = StoreAccess::db(store());
        QVERIFY(db.exec("UPDATE releases SET state = 'submitted'").ok());
        const qint64 before = auditCount();
        const Status refused = service.remove(QStringLiteral("Cardiology study"));
        QCOMPARE(refused.error().code, ErrorCode::Policy);
        QVERIFY(service.exists(QStringLiteral("Cardiology study")));
        QCOMPARE(auditCount(), before);
    }

    void exportsNewestFirst()
    {
        ReleaseService service(store());
        auto created = service.create(draft());
        QVERIFY(created.ok());
        sql::Database &db = StoreAccess::db(store());
        QVERIFY(db.exec(QStringLiteral(
                            "INSERT INTO release_exports (release_id, at, sha256, file, signer) "
                            "VALUES (%1, '2026-01-01T00:00:00.000Z', 'aa', 'old.zip', NULL), "
                            "(%1, '2026-03-01T00:00:00.000Z', 'bb', 'new.zip', 'Li')")
                            .arg(created->id))
                    .ok());
        auto loaded = service.load(QStringLiteral("Cardiology study"));
        QCOMPARE(loaded->exports.size(), 2);
        QCOMPARE(loaded->exports.at(0).file, QStringLiteral("new.zip"));
        QCOMPARE(loaded->exports.at(0).signer, QStringLiteral("Li"));
        QCOMPARE(loaded->exports.at(1).sha256, QStringLiteral("aa"));
        QCOMPARE(loaded->exports.at(0).at, QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC));
        // An exported release stays in the register.
        QCOMPARE(service.remove(QStringLiteral("Cardiology study")).error().code, ErrorCode::Policy);
    }
};

QTEST_GUILESS_MAIN(TestReleaseService)
#include "test_releaseservice.moc"
