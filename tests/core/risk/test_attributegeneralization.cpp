// A built-in hierarchy bound straight from its generalizer must give the search exactly what the
// table of built rows gives (the empty value's row emptied, as the anonymization does): the same
// codes, labels and losses per level, so that results do not depend on the path.

#include "core/hierarchy/Generalizer.h"
#include "core/hierarchy/Hierarchy.h"
#include "core/hierarchy/HierarchyBuilder.h"
#include "core/hierarchy/HierarchySpec.h"
#include "core/risk/AttributeGeneralization.h"
#include "core/risk/EncodedTableBuilder.h"
#include "core/risk/FieldHierarchy.h"

#include <QTest>

using namespace steward;
using namespace Qt::Literals::StringLiterals;

namespace {

EncodedTable singleColumn(const QStringList &values)
{
    EncodedTableBuilder builder({QStringLiteral("field")});
    std::vector<std::string> utf8;
    for (const QString &value : values)
        utf8.push_back(value.toStdString());
    for (const std::string &value : utf8)
        (void)builder.addRow({std::string_view(value)});
    return builder.finish();
}

} // namespace

class TestAttributeGeneralization final : public QObject {
    Q_OBJECT
private slots:
    void sameAsBuiltRows_data();
    void sameAsBuiltRows();
};

void TestAttributeGeneralization::sameAsBuiltRows_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QStringList>("values");
    QTest::newRow("dates, missing and invalid")
        << QStringLiteral("date")
        << QStringList{u"2024-03-05"_s, u"2024-03-07"_s, u""_s, u"2023-12-31"_s,
                       u"not a date"_s, u"2024-03-05"_s, u"2019-01-01"_s, u""_s};
    QTest::newRow("amounts, nearly unique")
        << QStringLiteral("interval:10000,20000")
        << QStringList{u"123.45"_s, u"9999.99"_s, u"10000"_s, u"25000.5"_s, u"-3"_s,
                       u"x"_s, u""_s, u"123.45"_s, u"45000"_s};
    QTest::newRow("ages with top coding")
        << QStringLiteral("interval:5,10,20;top=90")
        << QStringList{u"0"_s, u"4"_s, u"5"_s, u"89"_s, u"90"_s, u"104"_s, u""_s};
    QTest::newRow("postal codes")
        << QStringLiteral("redact:4,3,2")
        << QStringList{u"100081"_s, u"100082"_s, u"100190"_s, u"200001"_s, u"12"_s,
                       u""_s};
    QTest::newRow("one distinct value") << QStringLiteral("flat") << QStringList{u"F"_s, u"F"_s};
}

void TestAttributeGeneralization::sameAsBuiltRows()
{
    QFETCH(QString, spec);
    QFETCH(QStringList, values);
    const auto parsed = HierarchySpec::parse(spec);
    QVERIFY(parsed.ok());
    const auto generalizer = Generalizer::create(*parsed);
    QVERIFY(generalizer.ok());
    const EncodedTable table = singleColumn(values);

    const StringDictionary &dictionary = table.column(0).dictionary();
    std::vector<std::string_view> distinct;
    for (uint32_t code = 0; code < dictionary.size(); ++code)
        distinct.push_back(dictionary.value(code));
    auto rows = HierarchyBuilder::rows(*parsed, distinct);
    QVERIFY(rows.ok());
    FieldHierarchy::keepMissingEmpty(*rows);
    const auto hierarchy = Hierarchy::fromRows(*rows);
    QVERIFY(hierarchy.ok());

    const auto expected = AttributeGeneralization::create(table, 0, &*hierarchy);
    const auto actual = AttributeGeneralization::create(table, 0, *generalizer);
    QVERIFY(expected.ok());
    QVERIFY(actual.ok());
    QCOMPARE(actual->height(), expected->height());
    QCOMPARE(actual->distinctValues(), expected->distinctValues());
    QCOMPARE(actual->full(), expected->full());
    for (int level = 0; level <= expected->height(); ++level) {
        QCOMPARE(actual->domainSize(level), expected->domainSize(level));
        QCOMPARE(actual->dataToLevel(level), expected->dataToLevel(level));
        QCOMPARE(actual->lossNumerators(level), expected->lossNumerators(level));
        QCOMPARE(actual->levelLossSum(level), expected->levelLossSum(level));
        for (uint32_t code = 0; code < expected->domainSize(level); ++code)
            QCOMPARE(actual->label(table, level, code), expected->label(table, level, code));
        for (int to = level; to <= expected->height(); ++to)
            QCOMPARE(actual->levelToLevel(level, to), expected->levelToLevel(level, to));
    }
}

QTEST_GUILESS_MAIN(TestAttributeGeneralization)
#include "test_attributegeneralization.moc"
