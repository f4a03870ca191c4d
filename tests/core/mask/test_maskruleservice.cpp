// MaskRuleService: each rule change stores its rules with the audit entries both shells write,
// in one transaction; a change that fails leaves neither rules nor audit entries behind.

#include "tests/core/CoreTestSupport.h"
#include "tests/support/TempProject.h"
#include "core/classify/ClassificationService.h"
#include "core/mask/MaskRuleService.h"
#include "core/mask/MaskRuleStore.h"
#include "core/mask/RecordSuppressionStore.h"
#include "core/mask/RuleSuggester.h"
#include "core/store/ProjectStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace steward;
using steward::coretest::rule;

class TestMaskRuleService final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TempProject> m_project;
    DatasetInfo m_dataset;

    QList<StoredMaskRule> stored() { return *MaskRuleStore(m_project->store()).load(m_dataset); }
    std::optional<RecordSuppression> storedSuppression()
    {
        return *RecordSuppressionStore(m_project->store()).load(m_dataset);
    }
    DatasetClassification classification()
    {
        auto c = ClassificationService(m_project->store()).analyzeNow(m_dataset.name);
        if (!c)
            qFatal("classification failed");
        return *c;
    }
    static QStringList fields(const QList<StoredMaskRule> &rules)
    {
        QStringList out;
        for (const StoredMaskRule &r : rules)
            out << r.field;
        return out;
    }

private slots:
    void init()
    {
        m_project = std::make_unique<testsupport::TempProject>();
        m_dataset = coretest::importCsv(m_project->store(), m_project->dir(), u"d"_s,
                                        "mrn,age,zip\nA1,34,310012\nA2,61,310013\nA3,47,310014\n");
    }
    void cleanup() { m_project.reset(); }

    void setAndClear()
    {
        MaskRuleService service(m_project->store());
        const QStringList before = m_project->auditActions();
        QVERIFY(service.setRules(m_dataset, {{u"zip"_s, rule(u"truncate:keep=3"_s)},
                                             {u"age"_s, rule(u"bands:width=10"_s)}}));
        QCOMPARE(m_project->auditActions(), (before + QStringList{u"rules.set"_s}));
        QCOMPARE(fields(stored()), (QStringList{u"age"_s, u"zip"_s}));

        QVERIFY(service.clear(m_dataset, {u"age"_s}));
        QCOMPARE(m_project->auditActions(), (before + QStringList{u"rules.set"_s, u"rules.set"_s}));
        QCOMPARE(fields(stored()), QStringList{u"zip"_s});

        // A field that is not a column: nothing written.
        QVERIFY(!service.setRules(m_dataset, {{u"age"_s, rule(u"drop"_s)},
                                              {u"nope"_s, rule(u"drop"_s)}}));
        QCOMPARE(m_project->auditActions().size(), before.size() + 2);
        QCOMPARE(fields(stored()), QStringList{u"zip"_s});
    }

    void fieldRulesAsUndoUses()
    {
        MaskRuleService service(m_project->store());
        const QStringList before = m_project->auditActions();
        QVERIFY(service.setFieldRules(m_dataset, {{u"mrn"_s, rule(u"pseudonym"_s)},
                                                  {u"zip"_s, std::nullopt}},
                                      MaskRuleStore::Action::Suggest));
        QCOMPARE(m_project->auditActions(), (before + QStringList{u"rules.suggest"_s}));
        QCOMPARE(fields(stored()), QStringList{u"mrn"_s});
        // Going back: the previous state (no rule) clears it.
        QVERIFY(service.setFieldRules(m_dataset, {{u"mrn"_s, std::nullopt}}));
        QCOMPARE(m_project->auditActions().last(), u"rules.set"_s);
        QVERIFY(stored().isEmpty());
    }

    void suggest()
    {
        const DatasetClassification c = classification();
        MaskRuleService service(m_project->store());
        QVERIFY(service.setRules(m_dataset, {{u"zip"_s, rule(u"redact"_s)}}));
        const QStringList before = m_project->auditActions();
        QVERIFY(service.suggest(m_dataset, c));
        QCOMPARE(m_project->auditActions(), (before + QStringList{u"rules.suggest"_s}));
        // Every rule is the suggestion: the earlier one is replaced.
        const auto suggested = RuleSuggester::suggest(c);
        const QList<StoredMaskRule> rules = stored();
        QCOMPARE(rules.size(), suggested.size());
        for (const StoredMaskRule &r : rules) {
            for (const auto &[field, expected] : suggested) {
                if (field == r.field)
                    QCOMPARE(r.rule, expected);
            }
        }
    }

    void preset()
    {
        const DatasetClassification c = classification();
        MaskRuleService service(m_project->store());
        const QStringList before = m_project->auditActions();
        MaskPresetOptions options;
        QVERIFY(service.applyPreset(m_dataset, c, MaskPreset::Gbt39725Controlled, options));
        QCOMPARE(m_project->auditActions(), (before + QStringList{u"rules.set"_s, u"rules.preset"_s}));
        const AuditEntry last = m_project->store().auditEntries()->last();
        QCOMPARE(last.target, m_dataset.name);
        QCOMPARE(QJsonDocument::fromJson(last.detail.toUtf8()).object(),
                 MaskRuleService::presetAuditDetail(MaskPreset::Gbt39725Controlled, options));
        QCOMPARE(last.detail, u"{\"preset\":\"gbt39725-controlled\",\"subject_pseudonym\":false}"_s);
        QCOMPARE(stored().size(),
                 MaskPresets::rules(MaskPreset::Gbt39725Controlled, c, options).size());
    }

    void templateApplied()
    {
        MaskRuleService service(m_project->store());
        MaskTemplate tmpl;
        tmpl.name = u"monthly"_s;
        tmpl.rules = {{u"zip"_s, rule(u"truncate:keep=3"_s)}, {u"gone"_s, rule(u"drop"_s)}};
        const QStringList before = m_project->auditActions();
        auto applied = service.applyTemplate(m_dataset, tmpl, {}, true);
        QVERIFY(applied);
        QCOMPARE(applied->missing, QStringList{u"gone"_s});
        QVERIFY(m_project->auditActions().contains(u"rules.template.apply"_s));
        QVERIFY(m_project->auditActions().size() > before.size());
        QCOMPARE(fields(stored()), QStringList{u"zip"_s});

        // A recode table that does not exist: nothing written.
        const QList<StoredMaskRule> rulesBefore = stored();
        const QStringList auditBefore = m_project->auditActions();
        tmpl.rules = {{u"age"_s, rule(u"drop"_s)},
                      {u"zip"_s, rule(u"recode:table=/no/such/table.csv"_s)}};
        QVERIFY(!service.applyTemplate(m_dataset, tmpl, {}, true));
        QCOMPARE(m_project->auditActions(), auditBefore);
        QCOMPARE(stored().size(), rulesBefore.size());
        QCOMPARE(stored().first().rule, rulesBefore.first().rule);
    }

    void anonymizationResult()
    {
        MaskRuleService service(m_project->store());
        RecordSuppression suppression;
        suppression.k = 2;
        suppression.quasi = {u"age"_s, u"zip"_s};
        const QStringList before = m_project->auditActions();
        QVERIFY(service.applyAnonymization(m_dataset, {{u"age"_s, rule(u"bands:width=10"_s)}},
                                           suppression));
        QCOMPARE(m_project->auditActions(), (before + QStringList{u"rules.set"_s, u"rules.suppression"_s}));
        QCOMPARE(fields(stored()), QStringList{u"age"_s});
        QCOMPARE(storedSuppression(), std::optional(suppression));

        // A suppression over a field that is not a column: the rules are not written either.
        RecordSuppression bad = suppression;
        bad.quasi = {u"nope"_s};
        QVERIFY(!service.applyAnonymization(m_dataset, {{u"zip"_s, rule(u"drop"_s)}}, bad));
        QCOMPARE(m_project->auditActions().size(), before.size() + 2);
        QCOMPARE(fields(stored()), QStringList{u"age"_s});
        QCOMPARE(storedSuppression(), std::optional(suppression));
    }

    void ruleSet()
    {
        MaskRuleService service(m_project->store());
        MaskRuleSet set;
        set.rules = {{u"zip"_s, rule(u"truncate:keep=3"_s)}, {u"age"_s, std::nullopt}};
        set.hasSuppression = true;
        set.suppression = RecordSuppression{2, {u"zip"_s}, std::nullopt, {}};
        set.auditAction = u"rules.template.apply"_s;
        set.auditDetail = u"{\"template\":\"t\"}"_s;
        const QStringList before = m_project->auditActions();
        QVERIFY(service.applyRuleSet(m_dataset, set));
        QCOMPARE(m_project->auditActions(), (before + QStringList{u"rules.set"_s, u"rules.suppression"_s,
                                                      u"rules.template.apply"_s}));
        QCOMPARE(m_project->store().auditEntries()->last().detail, set.auditDetail);
        QCOMPARE(fields(stored()), QStringList{u"zip"_s});

        // Invalid suppression (k below 2): the rules of the set are rolled back too.
        MaskRuleSet bad;
        bad.rules = {{u"mrn"_s, rule(u"drop"_s)}};
        bad.hasSuppression = true;
        bad.suppression = RecordSuppression{1, {u"zip"_s}, std::nullopt, {}};
        bad.auditAction = u"rules.preset"_s;
        const QStringList auditBefore = m_project->auditActions();
        QVERIFY(!service.applyRuleSet(m_dataset, bad));
        QCOMPARE(m_project->auditActions(), auditBefore);
        QCOMPARE(fields(stored()), QStringList{u"zip"_s});
    }

    void batchIsAllOrNothing()
    {
        MaskRuleService service(m_project->store());
        const QStringList before = m_project->auditActions();
        const Status failed = service.batch([&]() -> Status {
            if (Status s = service.setRules(m_dataset, {{u"zip"_s, rule(u"drop"_s)}}); !s)
                return s;
            return Error::usage(u"a later step failed"_s);
        });
        QVERIFY(!failed);
        QCOMPARE(failed.error().message, u"a later step failed"_s);
        QCOMPARE(m_project->auditActions(), before);
        QVERIFY(stored().isEmpty());

        QVERIFY(service.batch([&]() -> Status {
            if (Status s = service.setRules(m_dataset, {{u"zip"_s, rule(u"drop"_s)}}); !s)
                return s;
            return service.clear(m_dataset, {u"zip"_s});
        }));
        QCOMPARE(m_project->auditActions(), (before + QStringList{u"rules.set"_s, u"rules.set"_s}));
    }

    void validateWithStandInSecret()
    {
        const QStringList columns{u"mrn"_s, u"age"_s, u"zip"_s};
        // A pseudonym needs the secret: a stand-in is enough to check it.
        QVERIFY(MaskRuleService::validate(columns, {{u"mrn"_s, rule(u"pseudonym"_s)}}, {}));
        // A shift without its subject field does not compile, secret or not.
        const Status shift =
            MaskRuleService::validate(columns, {{u"age"_s, rule(u"shift"_s)}}, {});
        QVERIFY(!shift);
        QCOMPARE(shift.error().code, ErrorCode::Usage);
        QVERIFY(!MaskRuleService::validate(columns, {{u"nope"_s, rule(u"drop"_s)}}, {}));
    }

    void loadSetup()
    {
        MaskRuleService service(m_project->store());
        QVERIFY(service.setRules(m_dataset, {{u"zip"_s, rule(u"truncate:keep=3"_s)}}));
        int asked = 0;
        auto passphrase = [&asked]() -> Result<QString> {
            ++asked;
            return u"correct horse"_s;
        };
        auto setup = service.loadSetup(m_dataset, passphrase);
        QVERIFY(setup);
        QCOMPARE(asked, 0); // no rule needs the secret
        QCOMPARE(setup->rules.size(), 1);
        QVERIFY(!setup->environment.secret);
        QVERIFY(!setup->recordSuppression);

        QVERIFY(service.applyAnonymization(m_dataset, {{u"mrn"_s, rule(u"pseudonym"_s)}},
                                           RecordSuppression{2, {u"zip"_s}, std::nullopt, {}}));
        setup = service.loadSetup(m_dataset, passphrase);
        QVERIFY(setup);
        QCOMPARE(asked, 1);
        QVERIFY(setup->environment.secret);
        QVERIFY(setup->recordSuppression);
        QCOMPARE(setup->rules.size(), 2);

        // The passphrase's error is the setup's.
        auto refused = service.loadSetup(m_dataset, [] {
            return Result<QString>(Error::usage(u"no passphrase"_s));
        });
        QVERIFY(!refused);
        QCOMPARE(refused.error().message, u"no passphrase"_s);
    }
};

QTEST_GUILESS_MAIN(TestMaskRuleService)
#include "test_maskruleservice.moc"
