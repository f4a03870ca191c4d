// Detectors of the built-in rule set: whole values, text scanning, headers, sensitive diagnoses.
// Expected check characters were computed independently (GB 11643 / GB 32100 / Luhn by hand).

#include "core/classify/DetectorSet.h"
#include "core/classify/SensitiveDiagnoses.h"
#include "core/classify/Validators.h"

#include <QtTest>

using namespace steward;
using namespace Qt::StringLiterals;

class TestDetectors : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void builtinRules();
    void matchValue_data();
    void matchValue();
    void utf8MatchesQString();
    void scanFreeText_data();
    void scanFreeText();
    void header_data();
    void header();
    void sensitiveCode_data();
    void sensitiveCode();
    void sensitiveKeyword_data();
    void sensitiveKeyword();
    void dateParsing_data();
    void dateParsing();

private:
    std::shared_ptr<const DetectorSet> m_set;
};

void TestDetectors::initTestCase()
{
    m_set = DetectorSet::builtin();
    QVERIFY(m_set);
}

void TestDetectors::builtinRules()
{
    const Result<DetectorSet> loaded = DetectorSet::load({});
    QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().toString()));
    QVERIFY(m_set->detectorCount() >= 30);
    QVERIFY(m_set->conceptCount() >= 40);
    for (int i = 0; i < m_set->detectorCount(); ++i) {
        const DetectorRule &d = m_set->detector(i);
        QVERIFY2(!d.label.en.isEmpty() && !d.label.zh.isEmpty(), qPrintable(d.id));
    }
    for (int c = 0; c < m_set->conceptCount(); ++c) {
        const ConceptRule &rule = m_set->conceptRule(c);
        QVERIFY2(!rule.label.en.isEmpty() && !rule.label.zh.isEmpty(), qPrintable(rule.id));
        QVERIFY2(!rule.headers.isEmpty(), qPrintable(rule.id));
    }
}

void TestDetectors::matchValue_data()
{
    QTest::addColumn<QString>("detector");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("expected");

    auto row = [](const char *name, const char *detector, const QString &value, bool expected) {
        QTest::newRow(name) << QString::fromLatin1(detector) << value << expected;
    };
    // Resident identity number: checksum, real birth date, province code.
    row("id: domain example", "resident_id", u"110105198503121234"_s, true);
    row("id: check X", "resident_id", u"51010720000229111X"_s, true);
    row("id: check lower-case x", "resident_id", u"51010720000229111x"_s, true);
    row("id: leap day 2000 ok", "resident_id", u"51010720000229111X"_s, true);
    row("id: wrong checksum", "resident_id", u"110105198503121235"_s, false);
    row("id: impossible date 19990230", "resident_id", u"110105199902301237"_s, false);
    row("id: future birth date", "resident_id", u"110105209001011239"_s, false);
    row("id: unknown province 99", "resident_id", u"990105198503121238"_s, false);
    row("id: 17 digits", "resident_id", u"11010519850312123"_s, false);
    row("id: 19 digits", "resident_id", u"1101051985031212345"_s, false);
    row("id: 16-digit bank card", "resident_id", u"6222021234567890"_s, false);
    row("id: spaces trimmed", "resident_id", u"  440306199001010022 "_s, true);
    // Mainland mobile.
    row("mobile: plain", "mobile_cn", u"13812345678"_s, true);
    row("mobile: +86 spaced", "mobile_cn", u"+86 138 1234 5678"_s, true);
    row("mobile: 0086 dash", "mobile_cn", u"0086-13812345678"_s, true);
    row("mobile: dashes", "mobile_cn", u"138-1234-5678"_s, true);
    row("mobile: prefix 12", "mobile_cn", u"12345678901"_s, false);
    row("mobile: 10 digits", "mobile_cn", u"1381234567"_s, false);
    row("mobile: 12 digits", "mobile_cn", u"138123456789"_s, false);
    row("mobile: order number", "mobile_cn", u"20240102123"_s, false);
    row("mobile: 18-digit id", "mobile_cn", u"110105198503121234"_s, false);
    // Landline.
    row("landline: Beijing", "landline_cn", u"010-62345678"_s, true);
    row("landline: Shenzhen 7-digit", "landline_cn", u"0755-2345678"_s, true);
    row("landline: parentheses", "landline_cn", u"(021)62345678"_s, true);
    row("landline: extension", "landline_cn", u"010-62345678-801"_s, true);
    row("landline: no area code", "landline_cn", u"62345678"_s, false);
    row("landline: area 000", "landline_cn", u"000-12345678"_s, false);
    row("landline: mobile", "landline_cn", u"13812345678"_s, false);
    // North American and international phones.
    row("us: parentheses", "phone_us", u"(555) 123-4567"_s, true);
    row("us: dashes", "phone_us", u"555-123-4567"_s, true);
    row("us: +1 spaces", "phone_us", u"+1 555 123 4567"_s, true);
    row("us: dots", "phone_us", u"555.123.4567"_s, true);
    row("us: e164", "phone_us", u"+15551234567"_s, true);
    row("us: extension", "phone_us", u"555-123-4567x123"_s, true);
    row("us: 001 prefix", "phone_us", u"001-555-123-4567"_s, true);
    row("us: bare ten digits", "phone_us", u"5551234567"_s, false);
    row("us: ssn shape", "phone_us", u"123-45-6789"_s, false);
    row("us: date", "phone_us", u"2024-01-02"_s, false);
    row("intl: uk", "phone_intl", u"+44 20 7946 0958"_s, true);
    row("intl: japan", "phone_intl", u"+81-3-1234-5678"_s, true);
    row("intl: no plus", "phone_intl", u"44 20 7946 0958"_s, false);
    row("intl: too short", "phone_intl", u"+44 123"_s, false);
    // US SSN.
    row("ssn: valid", "ssn_us", u"123-45-6789"_s, true);
    row("ssn: spaces", "ssn_us", u"123 45 6789"_s, true);
    row("ssn: area 000", "ssn_us", u"000-12-3456"_s, false);
    row("ssn: area 666", "ssn_us", u"666-12-3456"_s, false);
    row("ssn: area 9xx", "ssn_us", u"912-12-3456"_s, false);
    row("ssn: group 00", "ssn_us", u"123-00-4567"_s, false);
    row("ssn: serial 0000", "ssn_us", u"123-45-0000"_s, false);
    row("ssn: mixed separators", "ssn_us", u"123-45 6789"_s, false);
    row("ssn: unformatted", "ssn_us", u"123456789"_s, false);
    // ZIP and Chinese postal codes (value shape only; the classifier needs a header too).
    row("zip: 5", "zip_us", u"12345"_s, true);
    row("zip: 5+4", "zip_us", u"12345-6789"_s, true);
    row("zip: leading zero lost", "zip_us", u"2139"_s, true);
    row("zip: 3 digits", "zip_us", u"213"_s, false);
    row("zip: 6 digits", "zip_us", u"123456"_s, false);
    row("postal: Beijing", "postal_cn", u"100020"_s, true);
    row("postal: 5 digits", "postal_cn", u"10002"_s, false);
    row("postal: starts with 9", "postal_cn", u"900000"_s, false);
    // Email, IP, URL, MAC.
    row("email: plain", "email", u"zhang.san@example.com"_s, true);
    row("email: plus and subdomain", "email", u"a+b@mail.example.co.uk"_s, true);
    row("email: no domain", "email", u"zhang@"_s, false);
    row("email: no tld", "email", u"zhang@example"_s, false);
    row("email: words", "email", u"zhang at example.com"_s, false);
    row("ipv4: private", "ipv4", u"192.168.1.1"_s, true);
    row("ipv4: octet 256", "ipv4", u"256.1.1.1"_s, false);
    row("ipv4: leading zero", "ipv4", u"192.168.01.1"_s, false);
    row("ipv4: date with dots", "ipv4", u"2024.1.2"_s, false);
    row("ipv6: compressed", "ipv6", u"2001:db8::1"_s, true);
    row("ipv6: loopback", "ipv6", u"::1"_s, true);
    row("ipv6: full", "ipv6", u"2001:0db8:85a3:0000:0000:8a2e:0370:7334"_s, true);
    row("ipv6: mapped ipv4", "ipv6", u"::ffff:192.168.1.1"_s, true);
    row("ipv6: time of day", "ipv6", u"12:30"_s, false);
    row("ipv6: two gaps", "ipv6", u"2001:db8::1::2"_s, false);
    row("ipv6: nine groups", "ipv6", u"1:2:3:4:5:6:7:8:9"_s, false);
    row("url: https", "url", u"https://www.example.com/path?q=1"_s, true);
    row("url: www", "url", u"www.example.cn"_s, true);
    row("url: bare domain", "url", u"example.com"_s, false);
    row("mac: colons", "mac_address", u"00:1A:2B:3C:4D:5E"_s, true);
    row("mac: mixed separators", "mac_address", u"00:1A-2B:3C:4D:5E"_s, false);
    // Unified Social Credit Code, bank cards, plates, passports.
    row("uscc: valid", "uscc", u"91350100M000100Y43"_s, true);
    row("uscc: valid 2", "uscc", u"91110000600037341L"_s, true);
    row("uscc: wrong check", "uscc", u"91350100M000100Y44"_s, false);
    row("uscc: letter I", "uscc", u"91350100I000100Y43"_s, false);
    row("card: 19 digits", "bank_card", u"6222021234567890128"_s, true);
    row("card: 16 digits grouped", "bank_card", u"4532 0151 1283 0366"_s, true);
    row("card: luhn fails", "bank_card", u"6222021234567890127"_s, false);
    row("plate: classic", "plate_cn", u"京A12345"_s, true);
    row("plate: new energy", "plate_cn", u"粤B·D12345"_s, true);
    row("plate: no province", "plate_cn", u"A12345"_s, false);
    row("passport: E + 8", "passport_cn", u"E12345678"_s, true);
    row("passport: E + 7", "passport_cn", u"E1234567"_s, false);
    // Chinese names.
    row("cn name: 2 chars", "name_cn", u"张三"_s, true);
    row("cn name: 3 chars", "name_cn", u"王小明"_s, true);
    row("cn name: double surname", "name_cn", u"欧阳娜娜"_s, true);
    row("cn name: double surname 3", "name_cn", u"司马懿"_s, true);
    row("cn name: transliterated", "name_cn", u"买买提·艾力"_s, true);
    row("cn name: diagnosis 高血压", "name_cn", u"高血压"_s, false);
    row("cn name: diagnosis 梅毒", "name_cn", u"梅毒"_s, false);
    row("cn name: department", "name_cn", u"心内科"_s, false);
    row("cn name: city", "name_cn", u"北京市"_s, false);
    row("cn name: one char", "name_cn", u"张"_s, false);
    row("cn name: 3 given chars", "name_cn", u"张三丰收"_s, false);
    row("cn name: no surname", "name_cn", u"肺炎"_s, false);
    row("masked: star", "masked_name_cn", u"张*"_s, true);
    row("masked: 某某", "masked_name_cn", u"李某某"_s, true);
    row("masked: double surname", "masked_name_cn", u"欧阳**"_s, true);
    row("masked: full name", "masked_name_cn", u"张三"_s, false);
    // Latin names.
    row("latin: first last", "name_latin", u"John Smith"_s, true);
    row("latin: middle initial", "name_latin", u"Mary Q. Johnson"_s, true);
    row("latin: last, first", "name_latin", u"Smith, John"_s, true);
    row("latin: capitals", "name_latin", u"JOHN SMITH"_s, true);
    row("latin: unknown first, known surname", "name_latin", u"Xavier Garcia"_s, true);
    row("latin: unknown names by shape", "name_latin", u"Brielle Okafor"_s, true);
    row("latin: capitals need a known name", "name_latin", u"CHEST PAIN"_s, false);
    row("latin: capitals with known name", "name_latin", u"MARY OKAFOR"_s, true);
    row("latin: diagnosis", "name_latin", u"Atrial Fibrillation"_s, false);
    row("latin: four words", "name_latin", u"Anna Maria Luisa Rossi"_s, false);
    row("latin: with title", "name_latin", u"Dr. Emily Chen"_s, true);
    row("latin: blood pressure", "name_latin", u"Blood Pressure"_s, false);
    row("latin: heart rate", "name_latin", u"Heart Rate"_s, false);
    row("latin: white blood cell", "name_latin", u"White Blood Cell"_s, false);
    row("latin: internal medicine", "name_latin", u"Internal Medicine"_s, false);
    row("latin: lower case", "name_latin", u"john smith"_s, false);
    row("latin: single word", "name_latin", u"John"_s, false);
    row("name word: given name", "name_word_latin", u"Brielle"_s, true);
    row("name word: O'Neil", "name_word_latin", u"O'Neil"_s, true);
    row("name word: lower case", "name_word_latin", u"brielle"_s, false);
    row("name word: digits", "name_word_latin", u"A123"_s, false);
    // Addresses: street level vs district level.
    row("street: building and room", "address_street_cn", u"北京市朝阳区建国路88号3栋501室"_s, true);
    row("street: road number", "address_street_cn", u"广东省广州市天河区天河路385号"_s, true);
    row("street: village", "address_street_cn", u"河北省保定市清苑县张家村"_s, true);
    row("street: no admin prefix", "address_street_cn", u"朝阳路12号"_s, true);
    row("street: boulevard", "address_street_cn", u"上海市浦东新区世纪大道100号"_s, true);
    row("street: district only", "address_street_cn", u"北京市朝阳区"_s, false);
    row("street: province city district", "address_street_cn", u"广东省广州市天河区"_s, false);
    row("street: sub-district office", "address_street_cn", u"深圳市南山区粤海街道"_s, false);
    row("street: 鼓楼区 is a district", "address_street_cn", u"江苏省南京市鼓楼区"_s, false);
    row("street: numbered building", "address_street_cn", u"江苏省南京市鼓楼区中山北路5号楼"_s, true);
    row("district: city district", "address_district_cn", u"北京市朝阳区"_s, true);
    row("district: province city district", "address_district_cn", u"浙江省杭州市西湖区"_s, true);
    row("district: county", "address_district_cn", u"河北省保定市清苑县"_s, true);
    row("district: 鼓楼区", "address_district_cn", u"江苏省南京市鼓楼区"_s, true);
    row("district: sub-district", "address_district_cn", u"深圳市南山区粤海街道"_s, true);
    row("district: street address", "address_district_cn", u"北京市朝阳区建国路88号"_s, false);
    row("district: a name", "address_district_cn", u"张三"_s, false);
    row("en street: st", "address_street_en", u"123 Main St"_s, true);
    row("en street: apartment", "address_street_en", u"4567 Oak Ridge Apt. 3"_s, true);
    row("en street: full", "address_street_en", u"500 W 5th Ave, New York, NY 10001"_s, true);
    row("en street: two lines", "address_street_en", u"12 Baker Street\nLondon"_s, true);
    row("en street: po box", "address_street_en", u"PO Box 123"_s, true);
    row("en street: dosage", "address_street_en", u"2 Tablets Daily"_s, false);
    row("en street: no number", "address_street_en", u"Main Street"_s, false);
    row("city state", "city_state_us", u"Springfield, IL"_s, true);
    row("city state: no state", "city_state_us", u"Springfield"_s, false);
    // Dates in every form the importer knows, and impossible ones.
    row("date: iso", "date", u"2024-01-02"_s, true);
    row("date: slashes", "date", u"2024/1/2"_s, true);
    row("date: dots", "date", u"2024.1.2"_s, true);
    row("date: chinese", "date", u"2024年1月2日"_s, true);
    row("date: compact", "date", u"20240102"_s, true);
    row("date: us", "date", u"01/02/2024"_s, true);
    row("date: day first", "date", u"31.12.2023"_s, true);
    row("date: 19990230", "date", u"19990230"_s, false);
    row("date: month 13", "date", u"2024-13-01"_s, false);
    row("date: feb 30", "date", u"2024-02-30"_s, false);
    row("date: 8-digit number", "date", u"12345678"_s, false);
    row("date: before 1900", "date", u"1850-01-01"_s, false);
    row("datetime: minutes", "datetime", u"2024-01-02 08:30"_s, true);
    row("datetime: T seconds", "datetime", u"2024-01-02T08:30:00"_s, true);
    row("datetime: fraction", "datetime", u"2024-01-02 08:30:00.123"_s, true);
    row("datetime: zone", "datetime", u"2024-01-02T08:30:00+08:00"_s, true);
    row("datetime: us pm", "datetime", u"01/02/2024 8:30 PM"_s, true);
    row("datetime: hour 25", "datetime", u"2024-01-02 25:00"_s, false);
    row("datetime: date only", "datetime", u"2024-01-02"_s, false);
    // Age and sex.
    row("age: 45", "age", u"45"_s, true);
    row("age: 0", "age", u"0"_s, true);
    row("age: 120", "age", u"120"_s, true);
    row("age: 121", "age", u"121"_s, false);
    row("age: decimal", "age", u"4.5"_s, false);
    row("age marked: 岁", "age_marked", u"45岁"_s, true);
    row("age marked: months", "age_marked", u"3个月"_s, true);
    row("age marked: years", "age_marked", u"45 years"_s, true);
    row("age marked: 130", "age_marked", u"130岁"_s, false);
    row("year-month: dash", "year_month", u"1985-03"_s, true);
    row("year-month: chinese", "year_month", u"1985年3月"_s, true);
    row("year-month: month 13", "year_month", u"1985-13"_s, false);
    row("phone digits", "phone_digits", u"5551234567"_s, true);
    row("phone digits: too short", "phone_digits", u"123456"_s, false);
    row("ssn digits", "ssn_digits", u"123456789"_s, true);
    row("ssn digits: area 666", "ssn_digits", u"666123456"_s, false);
    row("sex: 男", "sex", u"男"_s, true);
    row("sex: 女性", "sex", u"女性"_s, true);
    row("sex: M", "sex", u"M"_s, true);
    row("sex: female", "sex", u"FEMALE"_s, true);
    row("sex: both", "sex", u"男女"_s, false);
    row("sex: digit", "sex", u"1"_s, false);
    row("sex code: 1", "sex_code", u"1"_s, true);
    row("sex code: 3", "sex_code", u"3"_s, false);
    row("ethnicity: 汉族", "ethnicity_cn", u"汉族"_s, true);
    row("ethnicity: short form", "ethnicity_cn", u"维吾尔"_s, true);
    row("ethnicity: a name", "ethnicity_cn", u"张三"_s, false);
    row("race: white", "race_us", u"White"_s, true);
    row("race: long form", "race_us", u"Black or African American"_s, true);
    row("race: colour", "race_us", u"Blue"_s, false);
    row("occupation: 农民", "occupation", u"农民"_s, true);
    row("occupation: teacher", "occupation", u"Teacher"_s, true);
    row("marital: 已婚", "marital", u"已婚"_s, true);
    row("marital: happy", "marital", u"Happy"_s, false);
    // ICD-10 codes as seen in Chinese HIS exports.
    row("icd: category", "icd10", u"I10"_s, true);
    row("icd: his extension", "icd10", u"B20.001"_s, true);
    row("icd: x suffix", "icd10", u"K35.800x001"_s, true);
    row("icd: dagger asterisk", "icd10", u"A18.0†M49.0*"_s, true);
    row("icd: cm seventh char", "icd10", u"S72.001A"_s, true);
    row("icd: two chars", "icd10", u"B2"_s, false);
    row("icd: lower case", "icd10", u"b20"_s, false);
    row("icd: double letter", "icd10", u"BB20"_s, false);
    row("icd compact: F329", "icd10_compact", u"F329"_s, true);
    row("icd compact: 3 chars", "icd10_compact", u"F32"_s, false);
    row("sensitive: HIV", "icd10_sensitive", u"B20.001"_s, true);
    row("sensitive: Z21", "icd10_sensitive", u"Z21"_s, true);
    row("sensitive: depression", "icd10_sensitive", u"F32.900x003"_s, true);
    row("sensitive: abortion", "icd10_sensitive", u"O03.9"_s, true);
    row("sensitive: tuberculosis", "icd10_sensitive", u"A15.0"_s, true);
    row("sensitive: malignant (grade 4)", "icd10_sensitive", u"C34.9"_s, true);
    row("sensitive: compact", "icd10_sensitive", u"F329"_s, true);
    row("sensitive: hypertension", "icd10_sensitive", u"I10"_s, false);
    row("sensitive: pneumonia", "icd10_sensitive", u"J18.9"_s, false);
    row("sensitive: CMV B25 not HIV", "icd10_sensitive", u"B25.0"_s, false);
    // Hospital record codes by shape.
    row("code: ZY prefix", "hospital_code", u"ZY12345678"_s, true);
    row("code: zero padded", "hospital_code", u"000123456"_s, true);
    row("code: MRN dash", "hospital_code", u"MRN-0012345"_s, true);
    row("code: too short", "hospital_code", u"12345"_s, false);
    row("code: letters only", "hospital_code", u"ABCDEFG"_s, false);
    row("code: decimal", "hospital_code", u"12.345678"_s, false);
}

void TestDetectors::matchValue()
{
    QFETCH(QString, detector);
    QFETCH(QString, value);
    QFETCH(bool, expected);
    const int index = m_set->detectorIndex(detector);
    QVERIFY2(index >= 0, qPrintable(detector));
    QCOMPARE(m_set->matchValue(QStringView(value)).test(index), expected);
}

void TestDetectors::utf8MatchesQString()
{
    const QString value = u"王小明"_s;
    const QByteArray utf8 = value.toUtf8();
    QCOMPARE(m_set->matchValue(std::string_view(utf8.constData(), size_t(utf8.size()))),
             m_set->matchValue(QStringView(value)));
    QVERIFY(m_set->matchValue(QStringView()).none());
    QVERIFY(m_set->matchValue(QStringView(u"   ")).none());
}

void TestDetectors::scanFreeText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("detector");
    QTest::addColumn<bool>("expected");
    auto row = [](const char *name, const QString &text, const char *detector, bool expected) {
        QTest::newRow(name) << text << QString::fromLatin1(detector) << expected;
    };
    row("name after 患者", u"患者张三，男，45岁，因发热入院。"_s, "name_cn", true);
    row("name before sex", u"入院记录：李四，女，32岁。"_s, "name_cn", true);
    row("no name: 患者于昨日", u"患者于昨日入院，一般情况可。"_s, "name_cn", false);
    row("no name: symptom", u"患者诉头痛，伴恶心。"_s, "name_cn", false);
    row("mobile in text", u"家属联系电话13812345678，请随访。"_s, "mobile_cn", true);
    row("mobile inside long number", u"订单号2024013812345678901已支付"_s, "mobile_cn", false);
    row("landline in text", u"随访电话 010-62345678，工作日"_s, "landline_cn", true);
    row("resident id in text", u"身份证号110105198503121234，已核对"_s, "resident_id", true);
    row("bad id in text", u"编号110105198503121235，已核对"_s, "resident_id", false);
    row("vitals only", u"血压130/80mmHg，心率72次/分，体温36.5℃"_s, "mobile_cn", false);
    row("inpatient number", u"住院号：ZY20240001，转入心内科"_s, "hospital_code", true);
    row("us phone", u"Call patient at (555) 123-4567 tomorrow."_s, "phone_us", true);
    row("date is no phone", u"Follow-up on 2024-01-02 at clinic."_s, "phone_us", false);
    row("email", u"Results sent to john.smith@example.com today"_s, "email", true);
    row("title and name", u"Seen by Dr. Smith for follow-up."_s, "name_latin", true);
    row("labelled name", u"Patient: Maria Lopez, 45F"_s, "name_latin", true);
    row("no name", u"Patient stable, discharged home."_s, "name_latin", false);
    row("ssn", u"SSN 123-45-6789 on file"_s, "ssn_us", true);
    row("invalid ssn", u"ref 000-12-3456 on file"_s, "ssn_us", false);
    row("url", u"see https://portal.example.org/x for details"_s, "url", true);
    row("ip", u"login from 10.1.2.3 at night"_s, "ipv4", true);
}

void TestDetectors::scanFreeText()
{
    QFETCH(QString, text);
    QFETCH(QString, detector);
    QFETCH(bool, expected);
    const int index = m_set->detectorIndex(detector);
    QVERIFY2(index >= 0, qPrintable(detector));
    QCOMPARE(m_set->scanFreeText(QStringView(text)).test(index), expected);
}

void TestDetectors::header_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("expectedConcept"); // best concept, "" for none
    QTest::addColumn<QString>("notConcept"); // must not be among the hits
    auto row = [](const char *name, const QString &header, const char *concept_, const char *notConcept) {
        QTest::newRow(name) << header << QString::fromLatin1(concept_) << QString::fromLatin1(notConcept);
    };
    row("姓名", u"姓名"_s, "person_name", "");
    row("患者姓名", u"患者姓名"_s, "person_name", "");
    row("Patient Name", u"Patient Name"_s, "person_name", "");
    row("snake case", u"PATIENT_NAME"_s, "person_name", "");
    row("camel case", u"patientName"_s, "person_name", "");
    row("full-width", u"Ｎａｍｅ"_s, "person_name", "");
    row("身份证号", u"身份证号"_s, "identity_number", "");
    row("证件号码", u"证件号码"_s, "identity_number", "");
    row("联系电话", u"联系电话"_s, "phone", "");
    row("Phone (US)", u"Phone (US)"_s, "phone", "");
    row("DOB", u"DOB"_s, "birth_date", "");
    row("Date of Birth", u"Date of Birth"_s, "birth_date", "date");
    row("出生日期", u"出生日期"_s, "birth_date", "date");
    row("MRN", u"MRN"_s, "mrn", "");
    row("Medical Record Number", u"Medical Record Number"_s, "mrn", "");
    row("住院号", u"住院号"_s, "inpatient_no", "");
    row("门诊号", u"门诊号"_s, "outpatient_no", "");
    row("病案号", u"病案号"_s, "mrn", "");
    row("健康卡号", u"健康卡号"_s, "health_card_no", "");
    row("医保卡号", u"医保卡号"_s, "insurance_no", "");
    row("Insurance ID", u"Insurance ID"_s, "insurance_no", "");
    row("SSN", u"SSN"_s, "ssn", "");
    row("E-mail", u"E-mail"_s, "email", "");
    row("ZIP Code", u"ZIP Code"_s, "postal_code", "");
    row("邮政编码", u"邮政编码"_s, "postal_code", "");
    row("Hospital Name", u"Hospital Name"_s, "hospital", "person_name");
    row("Doctor Name", u"Doctor Name"_s, "doctor", "person_name");
    row("医生姓名", u"医生姓名"_s, "doctor", "person_name");
    row("科室", u"科室"_s, "department", "");
    row("总费用", u"总费用"_s, "fees", "");
    row("主要诊断编码", u"主要诊断编码"_s, "diagnosis_code", "");
    row("主要诊断名称", u"主要诊断名称"_s, "diagnosis_name", "");
    row("Admit Date", u"Admit Date"_s, "event_date", "");
    row("入院日期", u"入院日期"_s, "event_date", "date");
    row("现住址", u"现住址"_s, "address", "");
    row("备注", u"备注"_s, "notes", "");
    row("White Cell Count is no phone", u"White Cell Count"_s, "", "phone");
    row("username is no name", u"username"_s, "online_account", "person_name");
    row("column_3", u"column_3"_s, "", "");
    row("ID exact only", u"ID"_s, "mrn", "");
    row("Patient Type is no name", u"Patient Type"_s, "visit_info", "person_name");
}

void TestDetectors::header()
{
    QFETCH(QString, header);
    QFETCH(QString, expectedConcept);
    QFETCH(QString, notConcept);
    const QList<HeaderHit> hits = m_set->matchHeader(header);
    if (expectedConcept.isEmpty()) {
        for (const HeaderHit &h : hits)
            QVERIFY2(m_set->conceptRule(h.conceptIndex).id != notConcept, qPrintable(h.synonym));
        if (notConcept.isEmpty())
            QVERIFY(hits.isEmpty());
        return;
    }
    QVERIFY2(!hits.isEmpty(), qPrintable(header));
    QCOMPARE(m_set->conceptRule(hits.first().conceptIndex).id, expectedConcept);
    for (const HeaderHit &h : hits)
        QVERIFY2(m_set->conceptRule(h.conceptIndex).id != notConcept, qPrintable(h.synonym));
}

void TestDetectors::sensitiveCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("group"); // "" for none
    QTest::newRow("B20") << u"B20"_s << u"hiv"_s;
    QTest::newRow("B24 end of range") << u"B24"_s << u"hiv"_s;
    QTest::newRow("B20.001 HIS") << u"B20.001"_s << u"hiv"_s;
    QTest::newRow("Z21") << u"Z21"_s << u"hiv"_s;
    QTest::newRow("R75") << u"R75"_s << u"hiv"_s;
    QTest::newRow("A53.9 syphilis") << u"A53.9"_s << u"sexually_transmitted"_s;
    QTest::newRow("B18.1 hepatitis") << u"B18.1"_s << u"viral_hepatitis"_s;
    QTest::newRow("A15.0 TB") << u"A15.0"_s << u"tuberculosis"_s;
    QTest::newRow("F10.2 substance") << u"F10.2"_s << u"mental"_s;
    QTest::newRow("X70 self-harm") << u"X70"_s << u"self_harm"_s;
    QTest::newRow("O04.9 abortion") << u"O04.9"_s << u"reproductive"_s;
    QTest::newRow("N97 infertility") << u"N97.0"_s << u"reproductive"_s;
    QTest::newRow("Z30 contraception") << u"Z30.0"_s << u"reproductive"_s;
    QTest::newRow("Q21 congenital") << u"Q21.1"_s << u"congenital"_s;
    QTest::newRow("C34.9 malignant") << u"C34.9"_s << u"malignant"_s;
    QTest::newRow("dagger") << u"A18.0†"_s << u"tuberculosis"_s;
    QTest::newRow("compact F329") << u"F329"_s << u"mental"_s;
    QTest::newRow("I10") << u"I10"_s << QString();
    QTest::newRow("B25 just outside") << u"B25"_s << QString();
    QTest::newRow("X85 just outside") << u"X85"_s << QString();
    QTest::newRow("O80 birth") << u"O80"_s << QString();
    QTest::newRow("word starting with code") << u"F12abc-long-text"_s << QString();
    QTest::newRow("not a code") << u"HIV"_s << QString();
}

void TestDetectors::sensitiveCode()
{
    QFETCH(QString, code);
    QFETCH(QString, group);
    const SensitiveDiagnoses &s = m_set->sensitive();
    const int g = s.codeGroup(code);
    QCOMPARE(g >= 0 ? s.group(g).id : QString(), group);
}

void TestDetectors::sensitiveKeyword_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("group");
    QTest::newRow("艾滋病") << u"艾滋病"_s << u"hiv"_s;
    QTest::newRow("HIV before CJK") << u"HIV抗体阳性"_s << u"hiv"_s;
    QTest::newRow("HIV病 text") << u"人类免疫缺陷病毒[HIV]病"_s << u"hiv"_s;
    QTest::newRow("hiv lower case is not the acronym") << u"archive"_s << QString();
    QTest::newRow("hearing aids") << u"hearing aids fitted"_s << QString();
    QTest::newRow("梅毒") << u"原发性生殖器梅毒"_s << u"sexually_transmitted"_s;
    QTest::newRow("乙肝") << u"慢性乙型病毒性肝炎"_s << u"viral_hepatitis"_s;
    QTest::newRow("结核") << u"肺结核"_s << u"tuberculosis"_s;
    QTest::newRow("TB word") << u"history of TB, treated"_s << u"tuberculosis"_s;
    QTest::newRow("TBIL is no TB") << u"TBIL 12 umol/L"_s << QString();
    QTest::newRow("code starting with TB") << u"TB123456789"_s << QString();
    QTest::newRow("精神分裂") << u"精神分裂症"_s << u"mental"_s;
    QTest::newRow("schizophrenia stem") << u"Paranoid Schizophrenia"_s << u"mental"_s;
    QTest::newRow("流产") << u"自然流产"_s << u"reproductive"_s;
    QTest::newRow("cancer grade 4") << u"肺恶性肿瘤"_s << u"malignant"_s;
    QTest::newRow("HIV wins over cancer") << u"HIV相关淋巴瘤"_s << u"hiv"_s;
    QTest::newRow("ordinary") << u"原发性高血压"_s << QString();
    QTest::newRow("ST depression is not depressive") << u"ST depression in V4"_s << QString();
}

void TestDetectors::sensitiveKeyword()
{
    QFETCH(QString, text);
    QFETCH(QString, group);
    const SensitiveDiagnoses &s = m_set->sensitive();
    const int g = s.keywordGroup(text);
    QCOMPARE(g >= 0 ? s.group(g).id : QString(), group);
}

void TestDetectors::dateParsing_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("iso") << u"2024-01-02"_s << QDate(2024, 1, 2);
    QTest::newRow("chinese") << u"2024年1月2日"_s << QDate(2024, 1, 2);
    QTest::newRow("compact") << u"20240102"_s << QDate(2024, 1, 2);
    QTest::newRow("us month first") << u"01/02/2024"_s << QDate(2024, 1, 2);
    QTest::newRow("day first when month first is impossible") << u"31/12/2023"_s << QDate(2023, 12, 31);
    QTest::newRow("invalid") << u"2023-02-29"_s << QDate();
}

void TestDetectors::dateParsing()
{
    QFETCH(QString, value);
    QFETCH(QDate, expected);
    QCOMPARE(parseDateValue(value).value_or(QDate()), expected);
}

QTEST_GUILESS_MAIN(TestDetectors)
#include "test_detectors.moc"
