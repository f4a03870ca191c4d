// The embedded catalogues: Chinese for zh_CN, and English plural forms for English and every
// language without a catalogue ("%Ln field(s)" reads "1 field" / "2 fields", never "1 fields").

#include "core/classify/Taxonomy.h"
#include "core/common/Translations.h"
#include "core/import/ImportOptions.h"
#include "core/import/SheetSelection.h"
#include "core/risk/AnonymizationService.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

// The text the shared field list (Masking and Classification tabs) shows for n fields with the
// catalogue of `locale`.
QString fieldsText(const QLocale &locale, int n)
{
    QTranslator translator;
    if (!steward::loadStewardTranslation(translator, locale))
        return u"(no catalogue)"_s;
    QCoreApplication::installTranslator(&translator);
    QLocale::setDefault(locale);
    const QString text =
        QCoreApplication::translate("steward::ui::DisplayNames", "%Ln field(s)", nullptr, n);
    QCoreApplication::removeTranslator(&translator);
    QLocale::setDefault(QLocale::c());
    return text;
}

} // namespace

class TestTranslations final : public QObject {
    Q_OBJECT

private slots:
    void pluralForms_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en 0") << u"en_US"_s << 0 << u"0 fields"_s;
        QTest::newRow("en 1") << u"en_US"_s << 1 << u"1 field"_s;
        QTest::newRow("en 2") << u"en_US"_s << 2 << u"2 fields"_s;
        QTest::newRow("en 1234, grouped") << u"en_US"_s << 1234 << u"1,234 fields"_s;
        QTest::newRow("C 1") << u"C"_s << 1 << u"1 field"_s;
        QTest::newRow("fr (no catalogue) 1") << u"fr_FR"_s << 1 << u"1 field"_s;
        QTest::newRow("zh_CN 1") << u"zh_CN"_s << 1 << u"1 个字段"_s;
        QTest::newRow("zh_CN 2") << u"zh_CN"_s << 2 << u"2 个字段"_s;
    }
    void pluralForms()
    {
        QFETCH(QString, locale);
        QFETCH(int, n);
        QFETCH(QString, expected);
        QCOMPARE(fieldsText(QLocale(locale), n), expected);
    }

    // A class's own tr() finds its strings in the Chinese catalogue: the context lupdate files a
    // string under is the one the code looks it up in.
    void classesFindTheirStrings()
    {
        QTranslator translator;
        QVERIFY(steward::loadStewardTranslation(translator, QLocale(u"zh_CN"_s)));
        QCoreApplication::installTranslator(&translator);
        QCOMPARE(
            steward::AnonymizationService::tr("the weight of %1 must be a number of at least 0"),
            u"%1 的权重必须是不小于 0 的数"_s);
        QCOMPARE(steward::Taxonomy::fieldRoleLabel(steward::FieldRole::Quasi), u"准标识符"_s);
        QCOMPARE(steward::delimiterText(QLatin1Char(';')), u"分号"_s);
        QCOMPARE(steward::SheetSelection::tr("the workbook has no worksheet"),
                 u"工作簿中没有工作表"_s);
        QCoreApplication::removeTranslator(&translator);
    }

    // Every catalogue is complete for what it holds: a string whose plural forms are missing
    // falls back to the "(s)" source text.
    void cliAndCoreStringsHavePluralForms()
    {
        QTranslator translator;
        QVERIFY(steward::loadStewardTranslation(translator, QLocale(u"en"_s)));
        QCoreApplication::installTranslator(&translator);
        QCOMPARE(QCoreApplication::translate("steward::cli::AuditCommand",
                                             "Hash chain intact (%Ln entry(s) checked).", nullptr, 1),
                 u"Hash chain intact (1 entry checked)."_s);
        QCOMPARE(QCoreApplication::translate("steward::ui::DatasetWorkspace",
                                             "%Ln field(s) need a decision", nullptr, 1),
                 u"1 field needs a decision"_s);
        QCOMPARE(QCoreApplication::translate(
                     "steward::AttributeGeneralization",
                     "field '%1': %Ln distinct value(s) present in the data are missing from the "
                     "hierarchy",
                     nullptr, 3),
                 u"field '%1': 3 distinct values present in the data are missing from the "
                 "hierarchy"_s);
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
