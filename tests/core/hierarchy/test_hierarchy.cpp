// Generalisation hierarchies: loading the ARX CSV format, validation errors with their location,
// and binding a hierarchy to the values of a column.

#include "core/risk/AttributeGeneralization.h"
#include "core/risk/EncodedTableBuilder.h"
#include "core/hierarchy/Hierarchy.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace Qt::Literals::StringLiterals;

namespace {

QString adultDir()
{
    return QStringLiteral(STEWARD_TEST_DATA_DIR "/adult");
}

EncodedTable singleColumn(const std::vector<std::string> &values)
{
    EncodedTableBuilder builder({QStringLiteral("field")});
    for (const std::string &value : values)
        (void)builder.addRow({std::string_view(value)});
    return builder.finish();
}

} // namespace

class TestHierarchy : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsAdultHierarchies_data();
    void loadsAdultHierarchies();
    void generalisesUpTheTree();
    void acceptsFormVariants_data();
    void acceptsFormVariants();
    void rejectsMalformedFiles_data();
    void rejectsMalformedFiles();
    void rejectsMissingFile();
    void fromRowsValidatesToo();
    void bindsToPresentValues();
    void missingValuesNameFieldAndCountOnly();
    void withoutHierarchyOnlyLevelZero();

private:
    QString write(const QByteArray &content);
    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestHierarchy::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QStringList names = QDir(adultDir()).entryList({QStringLiteral("adult_hierarchy_*.csv")});
    QCOMPARE(names.size(), 9);
    for (const QString &name : names)
        QVERIFY(QFile::copy(adultDir() + QLatin1Char('/') + name, m_dir.filePath(name)));
}

QString TestHierarchy::write(const QByteArray &content)
{
    const QString path = m_dir.filePath(QStringLiteral("h%1.csv").arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write the fixture");
    return path;
}

void TestHierarchy::loadsAdultHierarchies_data()
{
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<QList<int>>("sizes"); // distinct labels per level

    QTest::newRow("age") << u"age"_s << QList<int>{100, 20, 10, 5, 1};
    QTest::newRow("education") << u"education"_s << QList<int>{16, 5, 3, 1};
    QTest::newRow("marital-status") << u"marital-status"_s << QList<int>{7, 2, 1};
    QTest::newRow("native-country") << u"native-country"_s << QList<int>{41, 5, 1};
    QTest::newRow("occupation") << u"occupation"_s << QList<int>{14, 3, 1};
    QTest::newRow("race") << u"race"_s << QList<int>{5, 1};
    QTest::newRow("salary-class") << u"salary-class"_s << QList<int>{2, 1};
    QTest::newRow("sex") << u"sex"_s << QList<int>{2, 1};
    QTest::newRow("workclass") << u"workclass"_s << QList<int>{8, 3, 1};
}

void TestHierarchy::loadsAdultHierarchies()
{
    QFETCH(QString, attribute);
    QFETCH(QList<int>, sizes);
    const auto hierarchy = Hierarchy::load(
        m_dir.filePath(QStringLiteral("adult_hierarchy_%1.csv").arg(attribute)));
    QVERIFY2(hierarchy.ok(), qPrintable(hierarchy ? QString() : hierarchy.error().toString()));
    QCOMPARE(hierarchy->levelCount(), sizes.size());
    QCOMPARE(hierarchy->height(), sizes.size() - 1);
    for (int level = 0; level < sizes.size(); ++level)
        QCOMPARE(int(hierarchy->size(level)), sizes[level]);
    QCOMPARE(hierarchy->label(hierarchy->height(), 0), std::string_view("*"));
}

void TestHierarchy::generalisesUpTheTree()
{
    const auto hierarchy = Hierarchy::load(m_dir.filePath(u"adult_hierarchy_education.csv"_s));
    QVERIFY(hierarchy.ok());
    uint32_t code = hierarchy->find("Masters");
    QVERIFY(code != StringDictionary::kNotFound);
    const std::vector<std::string_view> expected = {"Masters", "Graduate", "Higher education", "*"};
    for (int level = 0; level <= hierarchy->height(); ++level) {
        QCOMPARE(hierarchy->label(level, code), expected[level]);
        if (level < hierarchy->height())
            code = hierarchy->parent(level, code);
    }
    QCOMPARE(hierarchy->find("masters"), StringDictionary::kNotFound); // exact text
}

void TestHierarchy::acceptsFormVariants_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QByteArray>("value"); // a level-0 value that must be found
    QTest::addColumn<int>("values");       // distinct level-0 values

    QTest::newRow("lf") << QByteArray("a;x;*\nb;x;*\n") << QByteArray("b") << 2;
    QTest::newRow("crlf, no final newline") << QByteArray("a;x;*\r\nb;x;*") << QByteArray("b") << 2;
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF" "a;x;*\nb;x;*\n") << QByteArray("a") << 2;
    QTest::newRow("blank lines skipped") << QByteArray("\na;x;*\n\n\nb;x;*\n\n") << QByteArray("b")
                                         << 2;
    QTest::newRow("identical duplicate row") << QByteArray("a;x;*\na;x;*\n") << QByteArray("a") << 1;
    QTest::newRow("quoted label with delimiter")
        << QByteArray("\"a;1\";x;*\n\"say \"\"hi\"\"\";x;*\n") << QByteArray("a;1") << 2;
    QTest::newRow("empty value (missing data)") << QByteArray(";x;*\nb;x;*\n") << QByteArray("") << 2;
    QTest::newRow("unicode") << QByteArray("北京;华北;*\n上海;华东;*\n") << QByteArray("上海") << 2;
    QTest::newRow("height 0") << QByteArray("a\nb\nc\n") << QByteArray("c") << 3;
}

void TestHierarchy::acceptsFormVariants()
{
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, value);
    QFETCH(int, values);
    const auto hierarchy = Hierarchy::load(write(content));
    QVERIFY2(hierarchy.ok(), qPrintable(hierarchy ? QString() : hierarchy.error().toString()));
    QCOMPARE(int(hierarchy->size(0)), values);
    QVERIFY(hierarchy->find(std::string_view(value.constData(), value.size()))
            != StringDictionary::kNotFound);
}

void TestHierarchy::rejectsMalformedFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fragment"); // part of the message

    QTest::newRow("ragged: extra level") << QByteArray("a;x;*\nb;y;*;extra\n") << 2 << 7
                                         << u"same number of levels"_s;
    QTest::newRow("ragged: missing level") << QByteArray("a;x;*\nb;y\n") << 2 << 4
                                           << u"2 levels on this line but 3 on line 1"_s;
    QTest::newRow("ragged after blank lines") << QByteArray("\na;x;*\n\nb;y\n") << 4 << 4
                                              << u"on line 2"_s;
    QTest::newRow("ragged, crlf") << QByteArray("a;x;*\r\nb;y\r\n") << 2 << 4
                                  << u"same number of levels"_s;
    QTest::newRow("not a tree at level 1") << QByteArray("a;x;*\nb;x;T\n") << 2 << 5
                                           << u"the label at level 1 generalises to a different label at level 2 here than on line 1"_s;
    QTest::newRow("not a tree at level 0") << QByteArray("a;x;*\nc;z;*\na;y;*\n") << 3 << 3
                                           << u"must be a tree"_s;
    QTest::newRow("not a tree, columns in characters")
        << QByteArray("é;x;*\né;y;*\n") << 2 << 3 << u"must be a tree"_s;
    QTest::newRow("unterminated quote") << QByteArray("a;x;*\n\"b;x;*\n") << 2 << 1
                                        << u"quoted"_s;
    QTest::newRow("text after closing quote") << QByteArray("\"a\"b;x;*\n") << 1 << 4 << u"quoted"_s;
    QTest::newRow("invalid utf-8") << QByteArray("a;x;*\nb\xFF;x;*\n") << 2 << 2 << u"UTF-8"_s;
    QTest::newRow("empty file") << QByteArray() << 0 << 0 << u"no rows"_s;
    QTest::newRow("only blank lines") << QByteArray("\n\r\n\n") << 0 << 0 << u"no rows"_s;
}

void TestHierarchy::rejectsMalformedFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, fragment);
    const QString path = write(content);
    const auto hierarchy = Hierarchy::load(path);
    QVERIFY(!hierarchy.ok());
    const Error &error = hierarchy.error();
    QCOMPARE(error.code, ErrorCode::BadInput);
    QCOMPARE(error.file, path);
    QCOMPARE(error.line, qint64(line));
    QCOMPARE(error.column, qint64(column));
    QVERIFY2(error.message.contains(fragment), qPrintable(error.message));
    if (line > 0) {
        QVERIFY(error.toString().startsWith(
            QStringLiteral("%1:%2:%3: error: ").arg(path).arg(line).arg(column)));
    }
}

void TestHierarchy::rejectsMissingFile()
{
    const QString path = m_dir.filePath(u"does-not-exist.csv"_s);
    const auto hierarchy = Hierarchy::load(path);
    QVERIFY(!hierarchy.ok());
    QCOMPARE(hierarchy.error().code, ErrorCode::BadInput);
    QCOMPARE(hierarchy.error().file, path);
}

void TestHierarchy::fromRowsValidatesToo()
{
    const auto good = Hierarchy::fromRows({{"a", "x", "*"}, {"b", "x", "*"}}, u"mem"_s);
    QVERIFY(good.ok());
    QCOMPARE(good->height(), 2);

    const auto ragged = Hierarchy::fromRows({{"a", "x", "*"}, {"bb", "y"}}, u"mem"_s);
    QVERIFY(!ragged.ok());
    QCOMPARE(ragged.error().line, qint64(2));
    QCOMPARE(ragged.error().column, qint64(5)); // end of "bb;y"

    const auto notTree = Hierarchy::fromRows({{"a", "x", "*"}, {"b", "x", "X"}}, u"mem"_s);
    QVERIFY(!notTree.ok());
    QCOMPARE(notTree.error().line, qint64(2));
    QCOMPARE(notTree.error().column, qint64(5));
    QCOMPARE(notTree.error().file, u"mem"_s);
}

void TestHierarchy::bindsToPresentValues()
{
    // The hierarchy knows 5 values, the data uses 3 of them (b twice): loss counts only what is
    // present, N = 3.
    const auto hierarchy = Hierarchy::fromRows({{"a", "ab", "*"},
                                                {"b", "ab", "*"},
                                                {"c", "cde", "*"},
                                                {"d", "cde", "*"},
                                                {"e", "cde", "*"}});
    QVERIFY(hierarchy.ok());
    const EncodedTable table = singleColumn({"b", "c", "a", "b"});
    const auto attribute = AttributeGeneralization::create(table, 0, &*hierarchy);
    QVERIFY(attribute.ok());
    QCOMPARE(attribute->height(), 2);
    QCOMPARE(attribute->distinctValues(), 3u);
    QCOMPARE(attribute->full(), 2u);
    QCOMPARE(attribute->domainSize(0), 3u);
    QCOMPARE(attribute->domainSize(1), 2u); // "ab" and "cde" (covering only c)
    QCOMPARE(attribute->domainSize(2), 1u);
    // Level 1: b, a → "ab" covers 2 present values (numerator 1); c → "cde" covers 1 (0).
    QCOMPARE(attribute->levelLossSum(0), quint64(0));
    QCOMPARE(attribute->levelLossSum(1), quint64(3)); // b, a, b
    QCOMPARE(attribute->levelLossSum(2), quint64(8)); // 4 records × (3 − 1)
    const auto &level1 = attribute->dataToLevel(1);
    const uint32_t bCode = table.column(0).dictionary().find("b");
    QCOMPARE(attribute->label(table, 1, level1[bCode]), std::string("ab"));
    QCOMPARE(attribute->label(table, 0, attribute->dataToLevel(0)[bCode]), std::string("b"));
    QCOMPARE(attribute->levelToLevel(0, 2)[attribute->dataToLevel(0)[bCode]], 0u);
}

void TestHierarchy::missingValuesNameFieldAndCountOnly()
{
    const auto hierarchy = Hierarchy::fromRows({{"a", "*"}, {"b", "*"}}, u"h.csv"_s);
    QVERIFY(hierarchy.ok());
    const EncodedTable table =
        singleColumn({"a", "Zhang Wei 110101199003077777", "b", "Li Na 13800138000",
                      "Zhang Wei 110101199003077777", ""});
    const auto attribute = AttributeGeneralization::create(table, 0, &*hierarchy);
    QVERIFY(!attribute.ok());
    const Error &error = attribute.error();
    QCOMPARE(error.code, ErrorCode::BadInput);
    QCOMPARE(error.file, u"h.csv"_s);
    QVERIFY2(error.message.contains(u"'field'"_s), qPrintable(error.message));
    QVERIFY2(error.message.contains(u"3 distinct"_s), qPrintable(error.message)); // incl. empty
    QVERIFY(!error.message.contains(u"Zhang"_s));
    QVERIFY(!error.message.contains(u"1101"_s));
    QVERIFY(!error.message.contains(u"Li Na"_s));
}

void TestHierarchy::withoutHierarchyOnlyLevelZero()
{
    const EncodedTable table = singleColumn({"x", "y", "x", ""});
    const auto attribute = AttributeGeneralization::create(table, 0, nullptr);
    QVERIFY(attribute.ok());
    QCOMPARE(attribute->height(), 0);
    QCOMPARE(attribute->distinctValues(), 3u); // the empty value is a value
    QCOMPARE(attribute->levelLossSum(0), quint64(0));
}

QTEST_GUILESS_MAIN(TestHierarchy)
#include "test_hierarchy.moc"
