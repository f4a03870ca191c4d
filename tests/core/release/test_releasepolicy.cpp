// ReleasePolicy and Release as values: the defaults per sharing mode, strict parsing of every
// policy key, what counts as loosening, the settings of `release set` and the JSON of
// `release show`.

#include "core/release/Release.h"
#include "core/release/ReleasePolicy.h"
#include "core/release/SharingMode.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace steward;

class TestReleasePolicy final : public QObject {
    Q_OBJECT

private slots:
    void modeNames()
    {
        for (SharingMode m : allSharingModes()) {
            QCOMPARE(sharingModeFromName(sharingModeName(m)), std::optional<SharingMode>(m));
            QVERIFY(!SharingModes::label(m).isEmpty());
            QVERIFY(!SharingModes::description(m).isEmpty());
        }
        QCOMPARE(allSharingModes().size(), 5);
        QCOMPARE(sharingModeFromName(u"Controlled"), std::optional(SharingMode::Controlled));
        QCOMPARE(sharingModeFromName(u"PUBLIC"), std::optional(SharingMode::Public));
        QVERIFY(!sharingModeFromName(u"enclave"));
        for (LegalBasis b : allLegalBases()) {
            QCOMPARE(legalBasisFromName(legalBasisName(b)), std::optional<LegalBasis>(b));
            QVERIFY(SharingModes::label(b).contains(QLatin1String("PIPL")));
        }
        QCOMPARE(allLegalBases().size(), 7);
        QCOMPARE(legalBasisName(LegalBasis::PublicHealthEmergency),
                 QStringLiteral("public_health_emergency"));
        QVERIFY(!legalBasisFromName(u"legitimate_interest"));
    }

    void defaults_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("grade");
        QTest::addColumn<int>("k");
        QTest::addColumn<double>("risk");
        QTest::addColumn<bool>("ethics");
        QTest::addColumn<bool>("freeText");
        QTest::newRow("public") << "public" << 2 << 20 << 0.05 << true << false;
        QTest::newRow("bilateral") << "bilateral" << 3 << 5 << 0.2 << true << false;
        QTest::newRow("multilateral") << "multilateral" << 3 << 10 << 0.1 << true << false;
        QTest::newRow("controlled") << "controlled" << 3 << 3 << 1.0 / 3.0 << true << true;
        QTest::newRow("federated") << "federated" << 3 << 3 << 1.0 / 3.0 << false << false;
    }
    void defaults()
    {
        QFETCH(QString, mode);
        QFETCH(int, grade);
        QFETCH(int, k);
        QFETCH(double, risk);
        QFETCH(bool, ethics);
        QFETCH(bool, freeText);
        const ReleasePolicy p = ReleasePolicy::defaultsFor(*sharingModeFromName(mode));
        QCOMPARE(p.maxUnmaskedGrade, grade);
        QCOMPARE(p.minK, k);
        QCOMPARE(p.maxProsecutorRisk, risk);
        QCOMPARE(p.ethicsApprovalRequired, ethics);
        QCOMPARE(p.freeTextAllowed, freeText);
        // The minimum k is the smallest k whose highest prosecutor risk 1/k meets the ceiling.
        QVERIFY(1.0 / k <= risk + 1e-12);
        QVERIFY(1.0 / (k - 1) > risk + 1e-12);
        // The JSON form reads back the same.
        QCOMPARE(*ReleasePolicy::fromJson(p.toJson()), p);
    }

    void setValue_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("valueText");
        QTest::newRow("grade 1") << "max_unmasked_grade" << "1" << true << "1";
        QTest::newRow("grade 5") << "max_unmasked_grade" << " 5 " << true << "5";
        QTest::newRow("grade 0") << "max_unmasked_grade" << "0" << false << "";
        QTest::newRow("grade 6") << "max_unmasked_grade" << "6" << false << "";
        QTest::newRow("grade 2.5") << "max_unmasked_grade" << "2.5" << false << "";
        QTest::newRow("grade word") << "max_unmasked_grade" << "three" << false << "";
        QTest::newRow("k 2") << "min_k" << "2" << true << "2";
        QTest::newRow("k 11") << "min_k" << "11" << true << "11";
        QTest::newRow("k 1") << "min_k" << "1" << false << "";
        QTest::newRow("k decimal") << "min_k" << "5.5" << false << "";
        QTest::newRow("k empty") << "min_k" << "" << false << "";
        QTest::newRow("risk 0.05") << "max_prosecutor_risk" << "0.05" << true << "0.05";
        QTest::newRow("risk 1") << "max_prosecutor_risk" << "1" << true << "1";
        QTest::newRow("risk 1/3") << "max_prosecutor_risk" << "1/3" << true << "1/3";
        QTest::newRow("risk 1/20") << "max_prosecutor_risk" << "1/20" << true << "0.05";
        QTest::newRow("risk 0") << "max_prosecutor_risk" << "0" << false << "";
        QTest::newRow("risk 1.5") << "max_prosecutor_risk" << "1.5" << false << "";
        QTest::newRow("risk -0.1") << "max_prosecutor_risk" << "-0.1" << false << "";
        QTest::newRow("risk 1/0") << "max_prosecutor_risk" << "1/0" << false << "";
        QTest::newRow("risk percent") << "max_prosecutor_risk" << "5%" << false << "";
        QTest::newRow("risk nan") << "max_prosecutor_risk" << "nan" << false << "";
        QTest::newRow("ethics false") << "ethics_approval_required" << "false" << true << "false";
        QTest::newRow("ethics no") << "ethics_approval_required" << "No" << true << "false";
        QTest::newRow("ethics 1") << "ethics_approval_required" << "1" << true << "true";
        QTest::newRow("ethics maybe") << "ethics_approval_required" << "maybe" << false << "";
        QTest::newRow("free text yes") << "free_text_allowed" << "yes" << true << "true";
        QTest::newRow("free text TRUE") << "free_text_allowed" << "TRUE" << true << "true";
        QTest::newRow("free text 0") << "free_text_allowed" << "0" << true << "false";
        QTest::newRow("free text empty") << "free_text_allowed" << "" << false << "";
        QTest::newRow("unknown key") << "max_k" << "5" << false << "";
    }
    void setValue()
    {
        QFETCH(QString, key);
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, valueText);
        ReleasePolicy p = ReleasePolicy::defaultsFor(SharingMode::Bilateral);
        const ReleasePolicy before = p;
        const Status s = p.setValue(key, text);
        QCOMPARE(s.ok(), ok);
        if (!ok) {
            QCOMPARE(s.error().code, ErrorCode::Usage);
            QVERIFY2(s.error().message.contains(key), qPrintable(s.error().message));
            QCOMPARE(p, before);
            return;
        }
        QCOMPARE(p.valueText(key), valueText);
        // The text form reads back as the same value.
        ReleasePolicy again = before;
        QVERIFY(again.setValue(key, p.valueText(key)).ok());
        QCOMPARE(again, p);
    }

    // k and the risk ceiling are separate values: setting one never moves the other.
    void kAndRiskIndependent()
    {
        ReleasePolicy p = ReleasePolicy::defaultsFor(SharingMode::Bilateral);
        QVERIFY(p.setValue(QStringLiteral("min_k"), QStringLiteral("11")).ok());
        QCOMPARE(p.maxProsecutorRisk, 0.2);
        QVERIFY(p.setValue(QStringLiteral("max_prosecutor_risk"), QStringLiteral("0.5")).ok());
        QCOMPARE(p.minK, 11);
    }

    void loosenedIn()
    {
        const ReleasePolicy base = ReleasePolicy::defaultsFor(SharingMode::Bilateral);
        QVERIFY(base.loosenedIn(base).isEmpty());
        // Tightening every value is never loosening.
        ReleasePolicy tight = base;
        tight.maxUnmaskedGrade = 1;
        tight.minK = 50;
        tight.maxProsecutorRisk = 0.01;
        QVERIFY(base.loosenedIn(tight).isEmpty());
        QCOMPARE(tight.loosenedIn(base),
                 QStringList({QStringLiteral("max_unmasked_grade"), QStringLiteral("min_k"),
                              QStringLiteral("max_prosecutor_risk")}));
        ReleasePolicy loose = base;
        loose.ethicsApprovalRequired = false;
        QCOMPARE(base.loosenedIn(loose), QStringList{QStringLiteral("ethics_approval_required")});
        loose = base;
        loose.freeTextAllowed = true;
        QCOMPARE(base.loosenedIn(loose), QStringList{QStringLiteral("free_text_allowed")});
        // The same ceiling written two ways is no change.
        ReleasePolicy third = ReleasePolicy::defaultsFor(SharingMode::Controlled);
        ReleasePolicy written = third;
        QVERIFY(written.setValue(QStringLiteral("max_prosecutor_risk"), QStringLiteral("1/3")).ok());
        QVERIFY(third.loosenedIn(written).isEmpty());
        // Public is the strictest mode: every other mode loosens something of it.
        const ReleasePolicy pub = ReleasePolicy::defaultsFor(SharingMode::Public);
        for (SharingMode m : allSharingModes()) {
            if (m != SharingMode::Public)
                QVERIFY(!pub.loosenedIn(ReleasePolicy::defaultsFor(m)).isEmpty());
        }
    }

    void fromJsonRefusesNonsense()
    {
        QVERIFY(!ReleasePolicy::fromJson(QJsonObject{{QStringLiteral("min_k"), 1}}));
        QVERIFY(!ReleasePolicy::fromJson(QJsonObject{{QStringLiteral("max_unmasked_grade"), 2.5}}));
        QVERIFY(!ReleasePolicy::fromJson(QJsonObject{{QStringLiteral("max_prosecutor_risk"), 0}}));
        QVERIFY(!ReleasePolicy::fromJson(
            QJsonObject{{QStringLiteral("free_text_allowed"), QStringLiteral("yes")}}));
        QVERIFY(ReleasePolicy::fromJson(QJsonObject{}).ok());
    }

    void releaseSet()
    {
        Release r;
        QVERIFY(r.set(QStringLiteral("datasets"), QStringLiteral(" inpatient , ,outpatient ")).ok());
        QCOMPARE(r.datasets, QStringList({QStringLiteral("inpatient"), QStringLiteral("outpatient")}));
        QCOMPARE(r.set(QStringLiteral("datasets"), QStringLiteral(" , ")).error().code,
                 ErrorCode::Usage);
        QVERIFY(r.set(QStringLiteral("users"), QStringLiteral("Wang Fang, Li Lei")).ok());
        QCOMPARE(r.users, QStringList({QStringLiteral("Wang Fang"), QStringLiteral("Li Lei")}));
        QVERIFY(r.set(QStringLiteral("users"), QString()).ok());
        QVERIFY(r.users.isEmpty());
        QVERIFY(r.set(QStringLiteral("start"), QStringLiteral("2026-01-31")).ok());
        QCOMPARE(r.startDate, QDate(2026, 1, 31));
        QVERIFY(!r.set(QStringLiteral("end"), QStringLiteral("2026-02-30")).ok());
        QVERIFY(!r.set(QStringLiteral("end"), QStringLiteral("31/01/2026")).ok());
        QVERIFY(r.set(QStringLiteral("start"), QString()).ok());
        QVERIFY(!r.startDate.isValid());
        QVERIFY(r.set(QStringLiteral("lang"), QStringLiteral("en")).ok());
        QCOMPARE(r.language, QStringLiteral("en"));
        QVERIFY(r.set(QStringLiteral("lang"), QStringLiteral("zh_CN")).ok());
        QCOMPARE(r.language, QStringLiteral("zh_CN"));
        QCOMPARE(r.set(QStringLiteral("lang"), QStringLiteral("fr")).error().code, ErrorCode::Usage);
        QVERIFY(r.set(QStringLiteral("legal_basis"), QStringLiteral("consent")).ok());
        QCOMPARE(r.legalBasis, std::optional(LegalBasis::Consent));
        QVERIFY(!r.set(QStringLiteral("legal_basis"), QStringLiteral("whim")).ok());
        QVERIFY(r.set(QStringLiteral("legal_basis"), QString()).ok());
        QVERIFY(!r.legalBasis);
        QVERIFY(r.set(QStringLiteral("retention_months"), QStringLiteral("36")).ok());
        QCOMPARE(r.retentionMonths, 36);
        QVERIFY(!r.set(QStringLiteral("retention_months"), QStringLiteral("-1")).ok());
        QVERIFY(!r.set(QStringLiteral("name"), QStringLiteral("  ")).ok());
        QVERIFY(r.set(QStringLiteral("min_k"), QStringLiteral("7")).ok());
        QCOMPARE(r.policy.minK, 7);
        const Status unknown = r.set(QStringLiteral("colour"), QStringLiteral("blue"));
        QCOMPARE(unknown.error().code, ErrorCode::Usage);
        QVERIFY(unknown.error().message.contains(QLatin1String("colour")));
        QVERIFY(!unknown.error().message.contains(QLatin1String("blue")));
        // The mode sets its default policy, replacing values set before.
        QVERIFY(r.set(QStringLiteral("mode"), QStringLiteral("Public")).ok());
        QCOMPARE(r.mode, SharingMode::Public);
        QCOMPARE(r.policy, ReleasePolicy::defaultsFor(SharingMode::Public));
        QVERIFY(!r.set(QStringLiteral("mode"), QStringLiteral("secret")).ok());
        for (const QString &key : Release::settingKeys())
            QVERIFY(!ReleasePolicy::keys().contains(key));
    }

    void releaseJson()
    {
        Release r;
        r.name = QStringLiteral("Cardiology 2026");
        r.datasets = {QStringLiteral("inpatient")};
        r.recipientOrganisation = QStringLiteral("University");
        r.mode = SharingMode::Controlled;
        r.policy = ReleasePolicy::defaultsFor(r.mode);
        r.endDate = QDate(2027, 6, 30);
        r.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        ReleaseExport exported;
        exported.at = QDateTime(QDate(2026, 2, 1), QTime(8, 0), Qt::UTC);
        exported.sha256 = QStringLiteral("ab");
        exported.file = QStringLiteral("p.zip");
        r.exports.append(exported);
        const QJsonObject j = r.toJson();
        for (const char *key : {"release", "state", "mode", "datasets", "provider", "recipient",
                                "contact", "users", "purpose", "legal_basis", "legal_basis_text",
                                "retention_months", "start", "end", "lang", "policy", "created_by",
                                "created_at", "updated_at", "exports"})
            QVERIFY2(j.contains(QLatin1String(key)), key);
        QCOMPARE(j.value(QStringLiteral("release")).toString(), r.name);
        QCOMPARE(j.value(QStringLiteral("state")).toString(), QStringLiteral("draft"));
        QCOMPARE(j.value(QStringLiteral("mode")).toString(), QStringLiteral("controlled"));
        QCOMPARE(j.value(QStringLiteral("lang")).toString(), QStringLiteral("zh_CN"));
        QVERIFY(j.value(QStringLiteral("start")).isNull());
        QCOMPARE(j.value(QStringLiteral("end")).toString(), QStringLiteral("2027-06-30"));
        QVERIFY(j.value(QStringLiteral("legal_basis")).isNull());
        QVERIFY(j.value(QStringLiteral("updated_at")).isNull());
        QCOMPARE(j.value(QStringLiteral("created_at")).toString(),
                 QStringLiteral("2026-01-02T03:04:05.000Z"));
        QCOMPARE(j.value(QStringLiteral("policy")).toObject().value(QStringLiteral("min_k")).toInt(), 3);
        const QJsonObject e = j.value(QStringLiteral("exports")).toArray().first().toObject();
        QCOMPARE(e.value(QStringLiteral("file")).toString(), QStringLiteral("p.zip"));
        QVERIFY(e.contains(QStringLiteral("signer")));
    }
};

QTEST_GUILESS_MAIN(TestReleasePolicy)
#include "test_releasepolicy.moc"
