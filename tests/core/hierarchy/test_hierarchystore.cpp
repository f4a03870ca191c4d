// HierarchyService and HierarchyStore: a field's hierarchy is stored per field name (it survives
// import --replace, goes with delete), every change is one audited transaction whose detail names
// the field and the builder, never a value, and a field that is not a column is refused.

#include "tests/core/CoreTestSupport.h"

#include "core/hierarchy/HierarchyService.h"
#include "core/hierarchy/HierarchyStore.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sqlite.h"
#include "core/store/StoreAccess.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace steward;

namespace {

HierarchySpec spec(const QString &text)
{
    auto s = HierarchySpec::parse(text);
    if (!s)
        qFatal("spec: %s", qPrintable(s.error().message));
    return *s;
}

// The JSON form compares every member (HierarchySpec's own == is not usable: its nested structs
// have none).
QJsonObject json(const HierarchySpec &s)
{
    return s.toJson();
}

} // namespace

class TestHierarchyStore final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<ProjectStore> m_store;

    DatasetInfo import(const QString &name, const QByteArray &csv, bool replace = false)
    {
        return coretest::importCsv(*m_store, m_tmp, name, csv, replace);
    }

private slots:
    void init()
    {
        QVERIFY(m_tmp.isValid());
        static int n = 0;
        auto store = ProjectStore::create(m_tmp.filePath(u"p%1.steward"_s.arg(++n)));
        QVERIFY(store);
        m_store = std::move(*store);
    }
    void cleanup() { m_store.reset(); }

    void setLoadClear()
    {
        const DatasetInfo d = import(u"t"_s, coretest::sixRecordTable());
        HierarchyService service(*m_store);
        QCOMPARE(service.load(d, u"zip"_s)->has_value(), false);
        QVERIFY(service.set(d, u"zip"_s, spec(u"redact:4,2"_s)));
        QVERIFY(service.set(d, u"age"_s, spec(u"interval:10,20;top=90"_s)));
        auto zip = service.load(d, u"zip"_s);
        QVERIFY(zip && *zip);
        QCOMPARE(json((*zip)->spec), json(spec(u"redact:4,2"_s)));
        QCOMPARE((*zip)->field, u"zip"_s);
        QVERIFY(!(*zip)->setBy.isEmpty());
        QVERIFY((*zip)->setAt.isValid());
        // Column order, whatever the order they were set in.
        auto all = service.loadAll(d);
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).field, u"age"_s);
        QCOMPARE(all->at(1).field, u"zip"_s);
        // Replacing, then clearing.
        QVERIFY(service.set(d, u"zip"_s, spec(u"flat"_s)));
        QCOMPARE(json((*service.load(d, u"zip"_s))->spec), json(spec(u"flat"_s)));
        QVERIFY(service.set(d, u"zip"_s, std::nullopt));
        QCOMPARE(service.load(d, u"zip"_s)->has_value(), false);
        QCOMPARE(service.loadAll(d)->size(), 1);
    }

    void tableSpecRoundTrips()
    {
        const DatasetInfo d = import(u"t"_s, coretest::sixRecordTable());
        HierarchySpec table;
        table.kind = HierarchySpec::Kind::Table;
        table.rows = {{"M", "*"}, {"F", "*"}};
        QVERIFY(HierarchyService(*m_store).set(d, u"sex"_s, table));
        QCOMPARE(json((*HierarchyService(*m_store).load(d, u"sex"_s))->spec), json(table));
    }

    void auditedWithoutValues()
    {
        const DatasetInfo d = import(u"t"_s, coretest::sixRecordTable());
        HierarchyService service(*m_store);
        QVERIFY(service.set(d, u"sex"_s, spec(u"groups:Men=M;Women=F"_s)));
        QVERIFY(service.set(d, u"sex"_s, std::nullopt));
        const auto entries = m_store->auditEntries();
        QVERIFY(entries);
        const AuditEntry &set = entries->at(entries->size() - 2);
        const AuditEntry &clear = entries->last();
        QCOMPARE(set.action, u"hierarchy.set"_s);
        QCOMPARE(set.target, u"t"_s);
        QVERIFY(set.detail.contains(u"\"field\":\"sex\""_s));
        QVERIFY(set.detail.contains(u"groups"_s));
        QVERIFY(!set.detail.contains(u"Women"_s)); // labels and values stay out of the trail
        QCOMPARE(clear.action, u"hierarchy.clear"_s);
    }

    void unknownFieldIsRefused()
    {
        const DatasetInfo d = import(u"t"_s, coretest::sixRecordTable());
        const Status s = HierarchyService(*m_store).set(d, u"nosuch"_s, spec(u"flat"_s));
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::BadInput);
    }

    void survivesReplaceGoesWithDelete()
    {
        const DatasetInfo d = import(u"t"_s, coretest::sixRecordTable());
        QVERIFY(HierarchyService(*m_store).set(d, u"zip"_s, spec(u"redact:3"_s)));
        const DatasetInfo next = import(u"t"_s, coretest::sixRecordTable(), true);
        QVERIFY(next.version > d.version);
        QCOMPARE(json((*HierarchyService(*m_store).load(next, u"zip"_s))->spec), json(spec(u"redact:3"_s)));
        QVERIFY(m_store->deleteDataset(u"t"_s));
        QCOMPARE(*StoreAccess::db(*m_store).queryInt("SELECT count(*) FROM field_hierarchies"),
                 qint64(0));
        const DatasetInfo again = import(u"t"_s, coretest::sixRecordTable());
        QCOMPARE(HierarchyService(*m_store).loadAll(again)->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHierarchyStore)
#include "test_hierarchystore.moc"
