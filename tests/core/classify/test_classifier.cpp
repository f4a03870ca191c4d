// Classifier on synthetic field profiles: a Chinese HIS export, an English export, a header-less
// extract, and the individual rules (free text, highly sensitive values, direct never `other`).

#include "core/classify/Classifier.h"
#include "core/classify/FieldProfileBuilder.h"
#include "core/classify/SensitiveDiagnoses.h"
#include "core/classify/Validators.h"

#include <QJsonDocument>
#include <QtTest>

#include <functional>

using namespace steward;
using namespace Qt::StringLiterals;

namespace {

// Deterministic values for the synthetic extracts (splitmix64).
class Rng {
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    QString pick(const QStringList &list) { return list[below(int(list.size()))]; }
    QString digits(int n)
    {
        QString s;
        for (int i = 0; i < n; ++i)
            s += QChar(u'0' + below(10));
        return s;
    }

private:
    quint64 m_state;
};

QStringList words(const QString &text)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString residentId(Rng &r, const QDate &birth)
{
    static const QStringList regions = words(u"110105 110108 310104 310115 440106 440305 420102 510107 330106 "
                                             "320102 370102 610113 500103 120101 210102 350203"_s);
    const QString first17 = r.pick(regions) + birth.toString(u"yyyyMMdd"_s) + r.digits(3);
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - '0') * weights[i];
    return first17 + QLatin1Char("10X98765432"[sum % 11]);
}

QString chineseName(Rng &r)
{
    static const QStringList surnames = words(u"王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 "
                                              "宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 蒋 蔡 余 欧阳 诸葛 禤"_s);
    static const QStringList given = words(u"伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀 霞 平 刚 桂 英 华 "
                                           "玉 兰 萍 红 鹏 飞 宇 浩 然 子 轩 梓 涵 欣 怡 雨 婷 晨 博 文 俊 佳 琪 思 "
                                           "嘉 诺 建 国 志 海 波 春 梅 琳 慧 鑫"_s);
    QString name = r.pick(surnames) + r.pick(given);
    if (r.below(3) > 0)
        name += r.pick(given);
    return name;
}

QString mobile(Rng &r)
{
    static const QStringList prefixes = words(u"130 131 132 133 135 136 137 138 139 150 151 152 155 158 159 166 "
                                              "177 180 181 186 187 188 189 199"_s);
    return r.pick(prefixes) + r.digits(8);
}

QString usPhone(Rng &r)
{
    const QString area = QString::number(r.between(201, 989));
    const QString exchange = QString::number(r.between(200, 999));
    const QString line = r.digits(4);
    switch (r.below(4)) {
    case 0: return u"(%1) %2-%3"_s.arg(area, exchange, line);
    case 1: return u"%1-%2-%3"_s.arg(area, exchange, line);
    case 2: return u"+1 %1 %2 %3"_s.arg(area, exchange, line);
    default: return u"%1.%2.%3"_s.arg(area, exchange, line);
    }
}

QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QString inferType(const QHash<QString, qint64> &values)
{
    bool integer = true;
    bool decimal = true;
    bool date = true;
    for (auto it = values.begin(); it != values.end(); ++it) {
        bool ok = false;
        it.key().toLongLong(&ok);
        integer = integer && ok;
        it.key().toDouble(&ok);
        decimal = decimal && ok;
        date = date && parseDateValue(it.key()).has_value() && it.key().size() >= 8;
    }
    return integer ? u"integer"_s : decimal ? u"decimal"_s : date ? u"date"_s : u"text"_s;
}

struct Expectation {
    QString column;
    FieldRole role;
    int gradeLow;
    int gradeHigh;
};

using RowGenerator = std::function<QStringList(Rng &, int)>;

// Profiles every column of a generated extract through FieldProfileBuilder (distinct values + counts).
QHash<QString, FieldProfile> profileExtract(const QStringList &header, int rows, quint64 seed,
                                            const RowGenerator &generate)
{
    Rng rng(seed);
    std::vector<QHash<QString, qint64>> counts(header.size());
    std::vector<qint64> missing(header.size(), 0);
    for (int i = 0; i < rows; ++i) {
        const QStringList row = generate(rng, i);
        for (int c = 0; c < header.size(); ++c) {
            if (row.value(c).trimmed().isEmpty())
                ++missing[c];
            else
                ++counts[c][row.value(c)];
        }
    }
    QHash<QString, FieldProfile> profiles;
    for (int c = 0; c < header.size(); ++c) {
        FieldProfileBuilder builder(DetectorSet::builtin(), header[c], inferType(counts[c]));
        for (auto it = counts[c].begin(); it != counts[c].end(); ++it)
            builder.addValue(QStringView(it.key()), it.value());
        builder.addMissing(missing[c]);
        profiles.insert(header[c], builder.finish());
    }
    return profiles;
}

QStringList chineseRow(Rng &r, int i)
{
    static const QStringList places = {
        u"北京市朝阳区"_s, u"北京市海淀区"_s, u"上海市浦东新区"_s, u"上海市徐汇区"_s, u"广东省广州市天河区"_s,
        u"广东省深圳市南山区"_s, u"湖北省武汉市江汉区"_s, u"四川省成都市武侯区"_s, u"浙江省杭州市西湖区"_s,
        u"江苏省南京市鼓楼区"_s, u"山东省济南市历下区"_s, u"河北省保定市清苑县"_s};
    static const QStringList roads = words(u"人民路 解放路 中山路 建设路 和平街 长江路 建国路 文化路 新华街 滨江大道 "
                                           "花园路 胜利街 学府路"_s);
    static const QStringList postcodes = words(u"100020 100080 200120 200030 510630 518052 430022 610041 "
                                               "310013 210009 250014 071100"_s);
    static const QStringList departments = words(u"心血管内科 神经内科 呼吸内科 消化内科 内分泌科 普外科 骨科 "
                                                 "妇科 产科 儿科 眼科 肿瘤科 感染科 肾内科 泌尿外科 皮肤科"_s);
    struct Dx {
        const char16_t *code;
        const char16_t *name;
    };
    static const Dx ordinary[] = {{u"I10", u"原发性高血压"}, {u"I25.1", u"动脉粥样硬化性心脏病"},
                                  {u"J18.9", u"肺炎"}, {u"E11.9", u"2型糖尿病"}, {u"K35.800x001", u"急性阑尾炎"},
                                  {u"K80.2", u"胆囊结石"}, {u"S72.0", u"股骨颈骨折"}, {u"I63.9", u"脑梗死"},
                                  {u"N20.0", u"肾结石"}, {u"H25.9", u"老年性白内障"}, {u"O80", u"单胎顺产"},
                                  {u"J44.1", u"慢性阻塞性肺病伴有急性加重"}, {u"M51.2", u"腰椎间盘突出症"}};
    const QDate birth = QDate(1935, 1, 1).addDays(r.below(365 * 85));
    const QDate admit = QDate(2023, 1, 1).addDays(r.below(700));
    const QDate discharge = admit.addDays(r.between(1, 30));
    const QString id = residentId(r, birth);
    const bool hiv = i == 1234; // one HIV patient among thousands
    const Dx dx = hiv ? Dx{u"B20.001", u"HIV病造成的肺孢子菌肺炎"} : ordinary[r.below(13)];
    const int place = r.below(int(places.size()));
    QString address = places[place] + r.pick(roads) + QString::number(r.between(1, 999)) + u"号"_s;
    if (r.below(2) == 0)
        address += QString::number(r.between(1, 30)) + u"栋"_s + QString::number(r.between(101, 2505)) + u"室"_s;
    QString phone = mobile(r);
    if (r.below(10) == 0)
        phone = u"0"_s + QString::number(r.between(20, 29)) + u"-"_s + QString::number(r.between(2, 8)) + r.digits(7);
    QString note;
    switch (r.below(6)) {
    case 0: note = u"患者入院后给予抗感染治疗，病情好转出院，嘱定期复查。"_s; break;
    case 1: note = u"术后恢复良好，切口愈合佳，出院带药，门诊随访。"_s; break;
    case 2: note = u"家属联系电话%1，已告知病情及注意事项。"_s.arg(mobile(r)); break;
    case 3: note = u"血压控制欠佳，调整降压方案，建议低盐饮食，两周后复诊。"_s; break;
    case 4: note = QString(); break;
    default: note = u"无特殊，按时服药，如有不适及时就诊，第%1次住院。"_s.arg(r.between(1, 9)); break;
    }
    QString lab = hiv ? u"HIV抗体阳性"_s
                      : u"白细胞 %1×10^9/L"_s.arg(QString::number(r.between(30, 150) / 10.0, 'f', 1));
    return {
        u"ZY"_s + QString::number(20230000 + i * 3 + r.below(3)).rightJustified(8, QLatin1Char('0')),
        QString::number(100000 + i * 7 + r.below(7)).rightJustified(8, QLatin1Char('0')),
        chineseName(r),
        ((id[16].unicode() - '0') % 2 == 1) ? u"男"_s : u"女"_s,
        isoDate(birth),
        QString::number(birth.daysTo(admit) / 365),
        id,
        phone,
        address,
        postcodes[place],
        r.below(2) == 0 ? id : u"H"_s + r.digits(11),
        isoDate(admit),
        isoDate(discharge),
        r.pick(departments),
        QString::fromUtf16(dx.code),
        QString::fromUtf16(dx.name),
        QString::number(r.between(2000, 90000) + r.below(100) / 100.0, 'f', 2),
        lab,
        note,
    };
}

QStringList englishRow(Rng &r, int i)
{
    // First names deliberately include many that no built-in list holds.
    static const QStringList first = words(u"James Mary Olivia Xavier Brielle Quinton Marisol Deshawn Keiko Anika "
                                           "Tobias Rosalind Emmett Ingrid Luca Priya Santiago Wren Dmitri Ayesha"_s);
    static const QStringList last = words(u"Smith Okafor Lindqvist Garcia Nakamura Brown Haddad Kowalski Johnson "
                                          "Abernathy Fitzgerald Ramirez Oyelaran Nguyen Whitfield Castellanos"_s);
    static const QStringList streets = words(u"Maple Oak Pine Cedar Elm Washington Lake Hill Sunset Main Park Ridge"_s);
    static const QStringList suffixes = words(u"St Ave Rd Blvd Ln Dr Ct Way"_s);
    static const QStringList cities = {u"Springfield, IL"_s, u"Columbus, OH"_s, u"Austin, TX"_s,
                                       u"Portland, OR"_s, u"Madison, WI"_s};
    static const QStringList races = {u"White"_s, u"Black or African American"_s, u"Asian"_s,
                                      u"Hispanic or Latino"_s, u"American Indian or Alaska Native"_s};
    static const QStringList jobs = {u"Teacher"_s, u"Registered nurse"_s, u"Software engineer"_s, u"Retired"_s,
                                     u"Dental hygienist"_s, u"Electrician"_s, u"Student"_s, u"Accountant"_s};
    static const QStringList dx = words(u"I10 E11.9 J18.9 M54.5 K21.9 N39.0 R07.9 J45.909 E78.5 I48.91"_s);
    const QString firstName = r.pick(first);
    const QString lastName = r.pick(last);
    const QDate birth = QDate(1930, 1, 1).addDays(r.below(365 * 90));
    const QDate admit = QDate(2022, 6, 1).addDays(r.below(900));
    QString zip = QString::number(r.between(10000, 99950));
    if (r.below(5) == 0)
        zip += u"-"_s + r.digits(4);
    QString note;
    switch (r.below(5)) {
    case 0: note = u"Patient stable, discharged home with instructions."_s; break;
    case 1: note = u"Call daughter at %1 before discharge."_s.arg(usPhone(r)); break;
    case 2: note = u"Seen by Dr. %1; blood pressure controlled on current regimen."_s.arg(r.pick(last)); break;
    case 3: note = u"Follow up with primary care in %1 weeks for repeat labs."_s.arg(r.between(1, 6)); break;
    default: note = QString(); break;
    }
    const QString diagnosis = (i == 77 || i == 1500) ? u"F32.9"_s : r.pick(dx);
    QString ssn;
    do {
        ssn = u"%1-%2-%3"_s.arg(r.between(1, 665), 3, 10, QLatin1Char('0'))
                  .arg(r.between(1, 99), 2, 10, QLatin1Char('0'))
                  .arg(r.between(1, 9999), 4, 10, QLatin1Char('0'));
    } while (ssn.startsWith(u"666"));
    return {
        QString::number(4000000 + i * 13 + r.below(13)).rightJustified(8, QLatin1Char('0')),
        firstName,
        lastName,
        birth.toString(u"MM/dd/yyyy"_s),
        r.below(2) == 0 ? u"M"_s : u"F"_s,
        zip,
        usPhone(r),
        u"%1.%2%3@example.com"_s.arg(firstName.toLower(), lastName.toLower()).arg(i),
        u"%1 %2 %3, %4 %5"_s.arg(QString::number(r.between(10, 9999)), r.pick(streets), r.pick(suffixes),
                                 r.pick(cities), zip.left(5)),
        isoDate(admit),
        diagnosis,
        note,
        QString::number(r.between(150, 250000) / 1.0 + r.below(100) / 100.0, 'f', 2),
        ssn,
        u"%1%2%3"_s.arg(QChar(u'A' + r.below(26))).arg(QChar(u'A' + r.below(26))).arg(r.digits(9)),
        r.pick(races),
        r.pick(jobs),
    };
}

QStringList headerlessRow(Rng &r, int i)
{
    static const QStringList districts = {u"北京市朝阳区"_s, u"上海市浦东新区"_s, u"广东省广州市天河区"_s,
                                          u"四川省成都市武侯区"_s, u"浙江省杭州市西湖区"_s, u"江苏省南京市鼓楼区"_s};
    static const QStringList ethnic = words(u"汉族 汉族 汉族 汉族 回族 满族 壮族 维吾尔族 苗族"_s);
    const QDate birth = QDate(1940, 1, 1).addDays(r.below(365 * 70));
    const QString name = chineseName(r);
    return {
        residentId(r, birth),
        mobile(r),
        u"user%1@mail.example.cn"_s.arg(i),
        i == 4321 ? u"Z21"_s : r.pick(words(u"I10 E11.9 J18.9 K29.7 N18.5 M17.9"_s)),
        isoDate(QDate(2024, 1, 1).addDays(r.below(300))),
        r.below(8) == 0 ? u"复诊时请联系%1预约。"_s.arg(mobile(r)) : u"病情平稳，继续当前治疗方案观察。"_s,
        name,
        name.left(1) + u"**"_s,
        r.pick(districts),
        usPhone(r),
        u"ZY"_s + QString::number(30000000 + i * 11 + r.below(11)),
        r.below(2) == 0 ? u"男"_s : u"女"_s,
        r.pick(ethnic),
        QString::number(r.between(100, 90000) + r.below(100) / 100.0, 'f', 2),
    };
}

} // namespace

class TestClassifier : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void extract_data();
    void extract();
    void extractAccuracy();
    void evidenceIsCheckable();
    void evidenceSaysWhenItCountedASample();
    void oneHivCodeAmongThousands();
    void oneHivCodeFoundWithoutSampling();
    void freeTextWithIdentifiers();
    void freeTextWithoutIdentifiers();
    void directNeverOther();
    void unknownIsOtherWithLowConfidence();
    void headerContradictedByValues();
    void maskedNamesAreQuasi();
    void districtAddressIsQuasi();
    void zipNeedsHeader();
    void departmentMentionIsANoteOnly();
    void malignantIsGradeFour();
    void headerMentioningHiv();
    void roomNumbersAreNotDiagnoses();
    void emptyField();
    void namesFollowTheContract();
    void builderStatistics();
    void profileJsonRoundTrip();

private:
    QHash<QString, QHash<QString, FieldProfile>> m_extracts;
    QList<QPair<QString, Expectation>> m_expectations;
    Classifier m_classifier{DetectorSet::builtin(), QLocale(QLocale::English, QLocale::UnitedStates)};
};

void TestClassifier::initTestCase()
{
    const QStringList chinese = words(u"住院号 病案号 姓名 性别 出生日期 年龄 身份证号 联系电话 现住址 邮政编码 医保卡号 "
                                      "入院日期 出院日期 科室 主要诊断编码 主要诊断名称 总费用 检验结果 备注"_s);
    m_extracts.insert(u"his"_s, profileExtract(chinese, 5000, 11, chineseRow));
    const QStringList englishHeader = {u"MRN"_s, u"First Name"_s, u"Last Name"_s, u"DOB"_s, u"Sex"_s, u"ZIP"_s,
                                 u"Phone (US)"_s, u"Email"_s, u"Address"_s, u"Admit Date"_s,
                                 u"Diagnosis (ICD-10)"_s, u"Notes"_s, u"Charges"_s, u"SSN"_s, u"Insurance ID"_s,
                                 u"Race"_s, u"Occupation"_s};
    m_extracts.insert(u"english"_s, profileExtract(englishHeader, 3000, 22, englishRow));
    QStringList unnamed;
    for (int i = 1; i <= 14; ++i)
        unnamed.append(u"column_%1"_s.arg(i));
    m_extracts.insert(u"headerless"_s, profileExtract(unnamed, 5000, 33, headerlessRow));

    const auto D = FieldRole::Direct;
    const auto Q = FieldRole::Quasi;
    const auto S = FieldRole::Sensitive;
    const auto O = FieldRole::Other;
    const QList<Expectation> his = {
        {u"住院号"_s, D, 4, 4}, {u"病案号"_s, D, 4, 4}, {u"姓名"_s, D, 4, 4}, {u"性别"_s, Q, 3, 3},
        {u"出生日期"_s, Q, 3, 3}, {u"年龄"_s, Q, 3, 3}, {u"身份证号"_s, D, 4, 4}, {u"联系电话"_s, D, 4, 4},
        {u"现住址"_s, D, 4, 4}, {u"邮政编码"_s, Q, 3, 3}, {u"医保卡号"_s, D, 4, 4}, {u"入院日期"_s, Q, 3, 3},
        {u"出院日期"_s, Q, 3, 3}, {u"科室"_s, O, 1, 2}, {u"主要诊断编码"_s, S, 5, 5}, {u"主要诊断名称"_s, S, 5, 5},
        {u"总费用"_s, O, 2, 3}, {u"检验结果"_s, S, 3, 5}, {u"备注"_s, S, 3, 4}};
    const QList<Expectation> english = {
        {u"MRN"_s, D, 4, 4}, {u"First Name"_s, D, 4, 4}, {u"Last Name"_s, D, 4, 4}, {u"DOB"_s, Q, 3, 3},
        {u"Sex"_s, Q, 3, 3}, {u"ZIP"_s, Q, 3, 3}, {u"Phone (US)"_s, D, 4, 4}, {u"Email"_s, D, 4, 4},
        {u"Address"_s, D, 4, 4}, {u"Admit Date"_s, Q, 3, 3}, {u"Diagnosis (ICD-10)"_s, S, 5, 5},
        {u"Notes"_s, S, 3, 4}, {u"Charges"_s, O, 2, 3}, {u"SSN"_s, D, 4, 4}, {u"Insurance ID"_s, D, 4, 4},
        {u"Race"_s, Q, 3, 3}, {u"Occupation"_s, Q, 3, 3}};
    const QList<Expectation> headerless = {
        {u"column_1"_s, D, 4, 4}, {u"column_2"_s, D, 4, 4}, {u"column_3"_s, D, 4, 4}, {u"column_4"_s, S, 5, 5},
        {u"column_5"_s, Q, 3, 3}, {u"column_6"_s, S, 3, 4}, {u"column_7"_s, D, 4, 4}, {u"column_8"_s, Q, 3, 3},
        {u"column_9"_s, Q, 3, 3}, {u"column_10"_s, D, 4, 4}, {u"column_11"_s, D, 4, 4},
        {u"column_12"_s, Q, 3, 3}, {u"column_13"_s, Q, 3, 3}, {u"column_14"_s, O, 1, 3}};
    for (const Expectation &e : his)
        m_expectations.append({u"his"_s, e});
    for (const Expectation &e : english)
        m_expectations.append({u"english"_s, e});
    for (const Expectation &e : headerless)
        m_expectations.append({u"headerless"_s, e});
}

void TestClassifier::extract_data()
{
    QTest::addColumn<QString>("dataset");
    QTest::addColumn<QString>("column");
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("gradeLow");
    QTest::addColumn<int>("gradeHigh");
    for (const auto &[dataset, e] : std::as_const(m_expectations)) {
        QTest::newRow(qPrintable(dataset + u"/"_s + e.column))
            << dataset << e.column << int(e.role) << e.gradeLow << e.gradeHigh;
    }
}

void TestClassifier::extract()
{
    QFETCH(QString, dataset);
    QFETCH(QString, column);
    QFETCH(int, role);
    QFETCH(int, gradeLow);
    QFETCH(int, gradeHigh);
    const FieldProfile profile = m_extracts.value(dataset).value(column);
    QVERIFY(profile.nonEmpty > 0);
    const Suggestion s = m_classifier.classify(profile);
    const QString why = u"%1 %2 grade %3 (%4): %5"_s.arg(fieldRoleName(s.role), dataCategoryName(s.category))
                            .arg(s.grade)
                            .arg(s.confidence)
                            .arg(s.evidence);
    QVERIFY2(int(s.role) == role, qPrintable(why));
    QVERIFY2(s.grade >= gradeLow && s.grade <= gradeHigh, qPrintable(why));
    QVERIFY2(!s.evidence.isEmpty(), qPrintable(why));
    QVERIFY(s.confidence >= 0.0 && s.confidence <= 1.0);
}

void TestClassifier::extractAccuracy()
{
    // The bar: >= 95% right role and grade in range, and no direct identifier as `other`.
    int right = 0;
    for (const auto &[dataset, e] : std::as_const(m_expectations)) {
        const Suggestion s = m_classifier.classify(m_extracts.value(dataset).value(e.column));
        right += (s.role == e.role && s.grade >= e.gradeLow && s.grade <= e.gradeHigh);
        if (e.role == FieldRole::Direct)
            QVERIFY2(s.role != FieldRole::Other, qPrintable(e.column));
    }
    QVERIFY2(right * 100 >= int(m_expectations.size()) * 95,
             qPrintable(u"%1 of %2"_s.arg(right).arg(m_expectations.size())));
}

void TestClassifier::evidenceIsCheckable()
{
    FieldProfile p;
    p.name = u"身份证号"_s;
    p.type = u"text"_s;
    p.nonEmpty = 5000;
    p.distinct = 4990;
    p.sampled = 5000;
    p.detectorHits = {{u"resident_id"_s, 4987}};
    const Suggestion s = m_classifier.classify(p);
    QCOMPARE(s.role, FieldRole::Direct);
    QCOMPARE(s.grade, 4);
    QCOMPARE(s.category, DataCategory::PersonalAttribute);
    QCOMPARE(s.detector, u"resident_id"_s);
    QCOMPARE(s.evidence, u"4,987 of 5,000 values are valid resident ID numbers (header “身份证号”)"_s);
    QVERIFY(s.confidence >= 0.9);

    p.name = u"column_7"_s; // value evidence alone
    const Suggestion alone = m_classifier.classify(p);
    QCOMPARE(alone.role, FieldRole::Direct);
    QCOMPARE(alone.evidence, u"4,987 of 5,000 values are valid resident ID numbers"_s);
    QVERIFY(alone.confidence < s.confidence);
}

void TestClassifier::evidenceSaysWhenItCountedASample()
{
    // 20,000 distinct record numbers: the detectors saw a sample of 10,000 of them, while the
    // profile beside the evidence counts all 20,000.
    FieldProfile p;
    p.name = u"身份证号"_s;
    p.type = u"text"_s;
    p.nonEmpty = 20000;
    p.distinct = 20000;
    p.sampled = 10000;
    p.detectorHits = {{u"resident_id"_s, 10000}};
    const Suggestion s = m_classifier.classify(p);
    QCOMPARE(s.detector, u"resident_id"_s);
    QCOMPARE(s.evidence, u"In a sample of 10,000 values, 10,000 are valid resident ID numbers (header “身份证号”)"_s);

    p.name = u"column_7"_s;
    QCOMPARE(m_classifier.classify(p).evidence,
             u"In a sample of 10,000 values, 10,000 are valid resident ID numbers"_s);

    // Every value sampled: the plain count.
    p.sampled = p.nonEmpty;
    p.detectorHits = {{u"resident_id"_s, 20000}};
    QCOMPARE(m_classifier.classify(p).evidence, u"20,000 of 20,000 values are valid resident ID numbers"_s);
}

void TestClassifier::oneHivCodeAmongThousands()
{
    FieldProfile p;
    p.name = u"Diagnosis"_s;
    p.type = u"text"_s;
    p.nonEmpty = 12000;
    p.distinct = 800;
    p.sampled = 12000;
    p.detectorHits = {{u"icd10"_s, 12000}, {u"icd10_sensitive"_s, 3}};
    p.sensitiveCodes = {{u"hiv"_s, 3}};
    const Suggestion s = m_classifier.classify(p);
    QCOMPARE(s.role, FieldRole::Sensitive);
    QCOMPARE(s.grade, 5);
    QCOMPARE(s.category, DataCategory::HealthStatus);
    QVERIFY2(s.evidence.startsWith(u"3 of 12,000 values are HIV/AIDS codes (B20–B24, Z21, R75)"_s),
             qPrintable(s.evidence));

    p.sensitiveCodes.insert(u"tuberculosis"_s, 12);
    const Suggestion two = m_classifier.classify(p);
    QCOMPARE(two.grade, 5);
    QVERIFY2(two.evidence.startsWith(u"15 of 12,000 values are highly sensitive codes: HIV/AIDS 3, tuberculosis 12"_s)
                 || two.evidence.startsWith(u"15 of 12,000 values are highly sensitive codes: tuberculosis 12, HIV/AIDS 3"_s),
             qPrintable(two.evidence));
}

void TestClassifier::oneHivCodeFoundWithoutSampling()
{
    // The sample is tiny; the sensitive check still sees every distinct value.
    ProfileOptions options;
    options.sampleSize = 50;
    FieldProfileBuilder builder(DetectorSet::builtin(), u"主要诊断编码"_s, u"text"_s, options);
    const QStringList ordinary = words(u"I10 E11.9 J18.9 K29.7 N18.5 M17.9 I25.1 I63.9"_s);
    for (int i = 0; i < 4000; ++i)
        builder.addValue(QStringView(u"%1.%2"_s.arg(ordinary[i % 8].left(3)).arg(i % 997, 3, 10, QLatin1Char('0'))), 3);
    builder.addValue(QStringView(u"B24"), 1);
    const FieldProfile p = builder.finish();
    QCOMPARE(p.sensitiveCodes.value(u"hiv"_s), 1);
    QVERIFY(p.sampled < p.nonEmpty);
    const Suggestion s = m_classifier.classify(p);
    QCOMPARE(s.grade, 5);
    QVERIFY2(s.evidence.startsWith(u"1 of 12,001 values are HIV/AIDS codes"_s), qPrintable(s.evidence));
}

void TestClassifier::freeTextWithIdentifiers()
{
    FieldProfileBuilder builder(DetectorSet::builtin(), u"Comments"_s, u"text"_s);
    for (int i = 0; i < 400; ++i) {
        const QString text = i % 20 == 0 ? u"Please call the patient's son on (555) 201-%1 after 5pm."_s.arg(1000 + i)
                                         : u"Uneventful recovery, wound clean and dry, day %1."_s.arg(i);
        builder.addValue(QStringView(text));
    }
    const Suggestion s = m_classifier.classify(builder.finish());
    QCOMPARE(s.role, FieldRole::Sensitive);
    QVERIFY(s.grade >= 3);
    QCOMPARE(s.grade, 4);
    QVERIFY2(s.evidence.contains(u"20 of 400 values contain North American phone numbers"_s), qPrintable(s.evidence));
}

void TestClassifier::freeTextWithoutIdentifiers()
{
    FieldProfileBuilder builder(DetectorSet::builtin(), u"column_9"_s, u"text"_s);
    for (int i = 0; i < 300; ++i)
        builder.addValue(QStringView(u"患者术后第%1天，体温正常，切口无渗出，继续观察。"_s.arg(i)));
    const Suggestion s = m_classifier.classify(builder.finish());
    QCOMPARE(s.role, FieldRole::Sensitive);
    QCOMPARE(s.grade, 3);
    QVERIFY2(s.evidence.startsWith(u"Free text"_s), qPrintable(s.evidence));
}

void TestClassifier::directNeverOther()
{
    // A header that means "other" does not hide a column full of phone numbers.
    Rng r(5);
    FieldProfileBuilder builder(DetectorSet::builtin(), u"科室"_s, u"text"_s);
    for (int i = 0; i < 500; ++i)
        builder.addValue(QStringView(mobile(r)));
    const Suggestion s = m_classifier.classify(builder.finish());
    QCOMPARE(s.role, FieldRole::Direct);
    QCOMPARE(s.grade, 4);
}

void TestClassifier::unknownIsOtherWithLowConfidence()
{
    FieldProfileBuilder builder(DetectorSet::builtin(), u"Widget Colour"_s, u"text"_s);
    for (const char16_t *v : {u"red", u"green", u"blue", u"teal"})
        builder.addValue(QStringView(v), 50);
    const Suggestion s = m_classifier.classify(builder.finish());
    QCOMPARE(s.role, FieldRole::Other);
    QVERIFY(s.confidence < 0.5);
    QVERIFY(s.conceptId.isEmpty());
}

void TestClassifier::headerContradictedByValues()
{
    FieldProfile p;
    p.name = u"Phone"_s;
    p.type = u"text"_s;
    p.nonEmpty = 1000;
    p.distinct = 12;
    p.sampled = 1000;
    const Suggestion s = m_classifier.classify(p);
    QCOMPARE(s.role, FieldRole::Direct); // the header still wins, with less confidence
    QVERIFY(s.confidence < 0.5);
    QVERIFY2(s.evidence.contains(u"but only 0 of 1,000 values match"_s), qPrintable(s.evidence));
}

void TestClassifier::maskedNamesAreQuasi()
{
    FieldProfile p;
    p.name = u"姓名"_s;
    p.type = u"text"_s;
    p.nonEmpty = 2000;
    p.distinct = 300;
    p.sampled = 2000;
    p.detectorHits = {{u"masked_name_cn"_s, 1990}};
    const Suggestion s = m_classifier.classify(p);
    QCOMPARE(s.role, FieldRole::Quasi);
    QCOMPARE(s.grade, 3);
    // A few unmasked names among them keep the field a direct identifier.
    p.detectorHits.insert(u"name_cn"_s, 300);
    const Suggestion mixed = m_classifier.classify(p);
    QCOMPARE(mixed.role, FieldRole::Direct);
    QCOMPARE(mixed.grade, 4);
    QCOMPARE(mixed.evidence, u"300 of 2,000 values are Chinese personal names (header “姓名”)"_s);
}

void TestClassifier::districtAddressIsQuasi()
{
    FieldProfile p;
    p.name = u"现住址"_s;
    p.type = u"text"_s;
    p.nonEmpty = 2000;
    p.distinct = 40;
    p.sampled = 2000;
    p.detectorHits = {{u"address_district_cn"_s, 2000}};
    Suggestion s = m_classifier.classify(p);
    QCOMPARE(s.role, FieldRole::Quasi);
    QCOMPARE(s.grade, 3);
    p.detectorHits = {{u"address_street_cn"_s, 1900}, {u"address_district_cn"_s, 100}};
    s = m_classifier.classify(p);
    QCOMPARE(s.role, FieldRole::Direct);
    QCOMPARE(s.grade, 4);
}

void TestClassifier::zipNeedsHeader()
{
    FieldProfile p;
    p.name = u"Visits"_s;
    p.type = u"integer"_s;
    p.nonEmpty = 1000;
    p.distinct = 900;
    p.sampled = 1000;
    p.detectorHits = {{u"zip_us"_s, 1000}, {u"age"_s, 0}};
    QVERIFY(m_classifier.classify(p).conceptId != u"postal_code"_s);
    p.name = u"Zip Code"_s;
    const Suggestion s = m_classifier.classify(p);
    QCOMPARE(s.conceptId, u"postal_code"_s);
    QCOMPARE(s.role, FieldRole::Quasi);
}

void TestClassifier::departmentMentionIsANoteOnly()
{
    FieldProfile p;
    p.name = u"科室"_s;
    p.type = u"text"_s;
    p.nonEmpty = 3000;
    p.distinct = 15;
    p.sampled = 3000;
    p.sensitiveMentions = {{u"sexually_transmitted"_s, 40}};
    const Suggestion s = m_classifier.classify(p);
    QCOMPARE(s.role, FieldRole::Other);
    QCOMPARE(s.category, DataCategory::MedicalApplication);
    QCOMPARE(s.grade, 2);
    QVERIFY2(s.evidence.contains(u"40 of 3,000 values mention sexually transmitted infections"_s), qPrintable(s.evidence));
}

void TestClassifier::malignantIsGradeFour()
{
    FieldProfile p;
    p.name = u"诊断编码"_s;
    p.type = u"text"_s;
    p.nonEmpty = 1000;
    p.distinct = 100;
    p.sampled = 1000;
    p.detectorHits = {{u"icd10"_s, 1000}};
    QCOMPARE(m_classifier.classify(p).grade, 2); // ordinary diagnoses (domain.md: grade 2)
    p.sensitiveCodes = {{u"malignant"_s, 80}};
    const Suggestion s = m_classifier.classify(p);
    QCOMPARE(s.grade, 4);
    QVERIFY2(s.evidence.startsWith(u"80 of 1,000 values are malignant neoplasms codes (C00–C97)"_s), qPrintable(s.evidence));
}

void TestClassifier::headerMentioningHiv()
{
    FieldProfile p;
    p.name = u"HIV抗体"_s;
    p.type = u"text"_s;
    p.nonEmpty = 500;
    p.distinct = 2;
    p.sampled = 500;
    const Suggestion s = m_classifier.classify(p);
    QCOMPARE(s.role, FieldRole::Sensitive);
    QCOMPARE(s.grade, 5);
    QCOMPARE(s.evidence, u"The header mentions HIV/AIDS; Header “HIV抗体” suggests test result"_s);
    p.name = u"HIV Status"_s; // not a known header: the mention alone
    QCOMPARE(m_classifier.classify(p).evidence, u"The header mentions HIV/AIDS"_s);
    QCOMPARE(m_classifier.classify(p).grade, 5);
}

void TestClassifier::roomNumbersAreNotDiagnoses()
{
    FieldProfile p;
    p.name = u"Room"_s;
    p.type = u"text"_s;
    p.nonEmpty = 1000;
    p.distinct = 40;
    p.sampled = 1000;
    p.detectorHits = {{u"icd10"_s, 1000}, {u"icd10_sensitive"_s, 200}};
    p.sensitiveCodes = {{u"mental"_s, 200}}; // "F12" is a room here, not a substance disorder
    const Suggestion s = m_classifier.classify(p);
    QCOMPARE(s.conceptId, u"bed"_s);
    QVERIFY(s.grade < 5);
}

void TestClassifier::emptyField()
{
    FieldProfile p;
    p.name = u"column_2"_s;
    const Suggestion s = m_classifier.classify(p);
    QCOMPARE(s.role, FieldRole::Other);
    QVERIFY(s.confidence <= 0.1);
    p.name = u"身份证号"_s;
    const Suggestion named = m_classifier.classify(p);
    QCOMPARE(named.role, FieldRole::Direct);
    QVERIFY2(named.evidence.contains(u"empty"_s), qPrintable(named.evidence));
}

void TestClassifier::namesFollowTheContract()
{
    QCOMPARE(fieldRoleName(FieldRole::Direct), u"direct"_s);
    QCOMPARE(fieldRoleName(FieldRole::Quasi), u"quasi"_s);
    QCOMPARE(fieldRoleName(FieldRole::Sensitive), u"sensitive"_s);
    QCOMPARE(fieldRoleName(FieldRole::Other), u"other"_s);
    const QStringList categories = words(u"personal_attribute health_status medical_application medical_payment "
                                         "health_resource public_health"_s);
    for (const QString &c : categories)
        QCOMPARE(dataCategoryName(*dataCategoryFromName(c)), c);
    QVERIFY(!fieldRoleFromName(u"secret").has_value());
    const auto set = DetectorSet::builtin();
    for (int c = 0; c < set->conceptCount(); ++c) {
        const int grade = set->conceptRule(c).grade;
        QVERIFY(grade >= 1 && grade <= 5);
    }
}

void TestClassifier::builderStatistics()
{
    FieldProfileBuilder builder(DetectorSet::builtin(), u"Charges"_s, u"decimal"_s);
    builder.addValue(QStringView(u"100.50"), 3);
    builder.addValue(QStringView(u"9.99"), 5);
    builder.addValue(QStringView(u"1200"), 1);
    builder.addMissing(2);
    const FieldProfile p = builder.finish();
    QCOMPARE(p.nonEmpty, 9);
    QCOMPARE(p.missing, 2);
    QCOMPARE(p.distinct, 3);
    QCOMPARE(p.sampled, 9);
    QCOMPARE(p.min, u"9.99"_s); // numeric order, not text order
    QCOMPARE(p.max, u"1200"_s);
    QCOMPARE(p.minLength, 4);
    QCOMPARE(p.maxLength, 6);
    QCOMPARE(p.topValues.first().value, u"9.99"_s);
    QCOMPARE(p.topValues.first().count, 5);
    QCOMPARE(p.patterns.first().value, u"9.99"_s);

    FieldProfileBuilder dates(DetectorSet::builtin(), u"入院日期"_s, u"date"_s);
    for (const char16_t *d : {u"2024/1/2", u"2023-12-31", u"2024年3月1日"})
        dates.addValue(QStringView(d));
    const FieldProfile dp = dates.finish();
    QCOMPARE(dp.min, u"2023-12-31"_s);
    QCOMPARE(dp.max, u"2024年3月1日"_s);
    QCOMPARE(dp.detectorHits.value(u"date"_s), 3);
    QCOMPARE(FieldProfileBuilder::valueShape(u"555-1234"), u"999-9999"_s);
    QCOMPARE(FieldProfileBuilder::valueShape(u"ZY12345678"), u"AA99999999"_s);
    QCOMPARE(FieldProfileBuilder::valueShape(u"张三"), u"汉汉"_s);
}

void TestClassifier::profileJsonRoundTrip()
{
    const FieldProfile p = m_extracts.value(u"his"_s).value(u"主要诊断编码"_s);
    const FieldProfile back = fieldProfileFromJson(fieldProfileToJson(p));
    QCOMPARE(QJsonDocument(fieldProfileToJson(back)).toJson(), QJsonDocument(fieldProfileToJson(p)).toJson());
    QCOMPARE(back.sensitiveCodes.value(u"hiv"_s), 1);
    QCOMPARE(m_classifier.classify(back).grade, m_classifier.classify(p).grade);
}

QTEST_GUILESS_MAIN(TestClassifier)
#include "test_classifier.moc"
