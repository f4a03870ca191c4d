// MaskRuleStore and ProjectSecretStore: rules keyed by field name, one transaction and one audit
// entry per save, surviving a replaced extract, going away with their dataset; the project secret
// stored only in protected form.

#include "tests/core/CoreTestSupport.h"
#include "core/import/Importer.h"
#include "core/mask/MaskRuleStore.h"
#include "core/mask/ProjectSecretStore.h"
#include "core/store/ProjectStore.h"
#include "tests/support/TempProject.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace steward;
using steward::coretest::rule;

namespace {

} // namespace

class TestMaskRuleStore final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TempProject> m_project;

    DatasetInfo importCsv(const QString &name, const QByteArray &content, bool replace = false)
    {
        return coretest::importCsv(m_project->store(), m_project->dir(), name, content, replace);
    }
    qsizetype auditCount() { return m_project->store().auditEntries()->size(); }

private slots:
    void init()
    {
        m_project = std::make_unique<testsupport::TempProject>();
    }
    void cleanup() { m_project.reset(); }

    void saveAndLoad()
    {
        const DatasetInfo d = importCsv(u"d"_s, "mrn,age,zip\nA1,34,310012\nA2,61,310013\n");
        MaskRuleStore rules(m_project->store());
        const qsizetype before = auditCount();
        QVERIFY(rules.save(d, {{u"zip"_s, rule(u"truncate:keep=3"_s)},
                               {u"mrn"_s, rule(u"pseudonym"_s)}}));
        QCOMPARE(auditCount(), before + 1);
        QCOMPARE(m_project->store().auditEntries()->last().action, u"rules.set"_s);
        QVERIFY(!m_project->store().auditEntries()->last().detail.contains(u"310012"_s));
        auto loaded = rules.load(d);
        QVERIFY(loaded);
        QCOMPARE(loaded->size(), 2);
        QCOMPARE(loaded->at(0).field, u"mrn"_s); // column order
        QCOMPARE(loaded->at(0).rule, rule(u"pseudonym"_s));
        QCOMPARE(loaded->at(1).rule, rule(u"truncate:keep=3"_s));
        QVERIFY(!loaded->at(1).setBy.isEmpty());
        QVERIFY(!loaded->at(1).setAt.isEmpty());

        // Replace one, clear another.
        QVERIFY(rules.save(d, {{u"zip"_s, rule(u"redact:text=\"x, y\""_s)}}, {u"mrn"_s}));
        loaded = rules.load(d);
        QCOMPARE(loaded->size(), 1);
        QCOMPARE(loaded->at(0).rule.param(u"text"), u"x, y"_s);

        // replaceAll (suggest) removes the rest.
        QVERIFY(rules.save(d, {{u"age"_s, rule(u"bands:width=5"_s)}}, {},
                           MaskRuleStore::Action::Suggest, true));
        QCOMPARE(m_project->store().auditEntries()->last().action, u"rules.suggest"_s);
        auto plan = rules.planRules(d);
        QVERIFY(plan);
        QCOMPARE(plan->size(), 1);
        QCOMPARE(plan->at(0).first, u"age"_s);
    }

    void badFieldsChangeNothing_data()
    {
        QTest::addColumn<QStringList>("setFields");
        QTest::addColumn<QStringList>("cleared");
        QTest::newRow("unknown set") << QStringList{u"age"_s, u"nosuch"_s} << QStringList{};
        QTest::newRow("unknown clear") << QStringList{u"age"_s} << QStringList{u"nosuch"_s};
        QTest::newRow("twice") << QStringList{u"age"_s, u"age"_s} << QStringList{};
        QTest::newRow("set and clear") << QStringList{u"age"_s} << QStringList{u"age"_s};
    }
    void badFieldsChangeNothing()
    {
        QFETCH(QStringList, setFields);
        QFETCH(QStringList, cleared);
        const DatasetInfo d = importCsv(u"d"_s, "mrn,age\nA1,34\n");
        MaskRuleStore rules(m_project->store());
        QVERIFY(rules.save(d, {{u"mrn"_s, rule(u"drop"_s)}}));
        const qsizetype before = auditCount();
        QList<std::pair<QString, MaskRule>> sets;
        for (const QString &f : setFields)
            sets.append({f, rule(u"keep"_s)});
        const Status s = rules.save(d, sets, cleared);
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::BadInput);
        QCOMPARE(auditCount(), before);
        QCOMPARE(rules.load(d)->size(), 1);
    }

    void survivesReplaceGoesWithDelete()
    {
        DatasetInfo d = importCsv(u"d"_s, "mrn,age\nA1,34\n");
        MaskRuleStore rules(m_project->store());
        QVERIFY(rules.save(d, {{u"age"_s, rule(u"topcode:max=80"_s)}}));
        d = importCsv(u"d"_s, "age,mrn,extra\n50,B2,x\n", true);
        QCOMPARE(d.version, 2);
        auto loaded = rules.planRules(d);
        QCOMPARE(loaded->size(), 1);
        QCOMPARE(loaded->at(0).first, u"age"_s);
        // A rule of a field that disappeared stays stored but is not part of the plan.
        QVERIFY(rules.save(d, {{u"extra"_s, rule(u"drop"_s)}}));
        d = importCsv(u"d"_s, "age,mrn\n50,B2\n", true);
        QCOMPARE(rules.load(d)->size(), 2);
        QCOMPARE(rules.planRules(d)->size(), 1);
        QVERIFY(m_project->store().deleteDataset(u"d"_s));
        d = importCsv(u"d"_s, "age,mrn\n50,B2\n");
        QCOMPARE(rules.load(d)->size(), 0);
    }

    void secretCreatedOnceAndProtected()
    {
        ProjectSecretStore secrets(m_project->store());
        QVERIFY(!secrets.exists());
        auto first = secrets.obtain(u"pass phrase"_s);
        QVERIFY(first);
        QVERIFY(secrets.exists());
        QCOMPARE(m_project->store().auditEntries()->last().action, u"secret.create"_s);
        const QString stored = m_project->store().meta(u"secret"_s);
        QVERIFY(ProjectSecret::isProtectedDocument(stored.toUtf8()));
        auto again = secrets.obtain(u"pass phrase"_s);
        QVERIFY(again);
        QVERIFY(*again == *first);
        auto wrong = secrets.obtain(u"other"_s);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::Verification);
        QVERIFY(!wrong.error().message.contains(u"pass phrase"_s));
        // Restore replaces it (re-protected with the given passphrase).
        auto other = ProjectSecret::generate();
        QVERIFY(other);
        QVERIFY(secrets.store(*other, u"new"_s));
        QCOMPARE(m_project->store().auditEntries()->last().action, u"secret.restore"_s);
        QVERIFY(*secrets.obtain(u"new"_s) == *other);
    }
};

QTEST_GUILESS_MAIN(TestMaskRuleStore)
#include "test_maskrulestore.moc"
