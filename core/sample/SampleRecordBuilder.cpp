#include "core/sample/SampleRecordBuilder.h"

#include "core/sample/Icd10Data.h"
#include "core/sample/NameData.h"
#include "core/sample/RegionData.h"
#include "core/sample/ResidentId.h"

#include <QDate>

#include <algorithm>

namespace steward {

namespace {

constexpr const char16_t *kColumns[] = {
    u"住院号", u"姓名", u"性别", u"出生日期", u"年龄", u"身份证号", u"联系电话", u"现住址",
    u"邮政编码", u"医保卡号", u"入院日期", u"出院日期", u"科室", u"主要诊断编码",
    u"主要诊断名称", u"总费用", u"检验结果", u"备注",
};

constexpr int kFirstYear = 2019;
constexpr int kLastYear = 2024;

constexpr quint16 kMobilePrefixes[] = {
    130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 150, 151, 152, 153, 155, 156, 157, 158,
    159, 166, 173, 175, 176, 177, 178, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 191,
    198, 199,
};

constexpr const char16_t *kSymptoms[] = {
    u"胸闷", u"胸痛", u"咳嗽咳痰", u"发热", u"头晕", u"腹痛", u"乏力", u"呼吸困难", u"恶心呕吐",
    u"肢体麻木", u"视物模糊", u"腰痛", u"反复心悸",
};
constexpr const char16_t *kTreatments[] = {
    u"抗感染", u"降压", u"降糖", u"抗血小板聚集", u"补液", u"营养支持", u"护胃", u"镇痛",
    u"利尿", u"改善循环",
};
constexpr const char16_t *kHistories[] = {
    u"高血压", u"糖尿病", u"冠心病", u"慢性支气管炎", u"脑梗死", u"痛风",
};
constexpr const char16_t *kOccupations[] = {
    u"教师", u"司机", u"退休工人", u"个体经营者", u"公司职员", u"农民", u"学生", u"护士",
    u"工程师", u"厨师",
};

template <class T, std::size_t N>
const T &pick(SampleRandom &random, const T (&items)[N])
{
    return items[random.below(static_cast<quint32>(N))];
}

template <class T>
const T &pick(SampleRandom &random, std::span<const T> items)
{
    return items[random.below(static_cast<quint32>(items.size()))];
}

void appendNumber(QString &out, quint64 value, int width = 0)
{
    char16_t digits[24];
    int n = 0;
    do {
        digits[n++] = static_cast<char16_t>(u'0' + value % 10);
        value /= 10;
    } while (value != 0);
    while (n < width)
        digits[n++] = u'0';
    std::reverse(digits, digits + n);
    out.append(QStringView(digits, n));
}

// value / 10^decimals with exactly `decimals` digits after the point.
void appendFixed(QString &out, quint64 value, int decimals)
{
    quint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    appendNumber(out, value / scale);
    if (decimals > 0) {
        out += u'.';
        appendNumber(out, value % scale, decimals);
    }
}

void appendDate(QString &out, qint64 julianDay, bool separators)
{
    int y = 0, m = 0, d = 0;
    QDate::fromJulianDay(julianDay).getDate(&y, &m, &d);
    appendNumber(out, static_cast<quint64>(y), 4);
    if (separators)
        out += u'-';
    appendNumber(out, static_cast<quint64>(m), 2);
    if (separators)
        out += u'-';
    appendNumber(out, static_cast<quint64>(d), 2);
}

int ageAt(qint64 birthDay, qint64 day)
{
    int by = 0, bm = 0, bd = 0, y = 0, m = 0, d = 0;
    QDate::fromJulianDay(birthDay).getDate(&by, &bm, &bd);
    QDate::fromJulianDay(day).getDate(&y, &m, &d);
    int age = y - by;
    if (m < bm || (m == bm && d < bd))
        --age;
    return std::max(age, 0);
}

// RFC 4180: a field holding a comma, quote, CR or LF is quoted, inner quotes doubled.
void appendField(QString &out, QStringView field)
{
    const bool quote = std::any_of(field.begin(), field.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return u == u',' || u == u'"' || u == u'\n' || u == u'\r';
    });
    if (!quote) {
        out += field;
        return;
    }
    out += u'"';
    for (QChar c : field) {
        if (c == u'"')
            out += u'"';
        out += c;
    }
    out += u'"';
}

bool fits(const SampleDiagnosis &d, bool male, int age)
{
    return (d.sex == 0 || (d.sex == 'M') == male) && age >= d.minAge && age <= d.maxAge;
}

qint64 firstAdmissionDay()
{
    static const qint64 day = QDate(kFirstYear, 1, 1).toJulianDay();
    return day;
}

qint64 lastAdmissionDay()
{
    static const qint64 day = QDate(kLastYear, 12, 31).toJulianDay();
    return day;
}

} // namespace

SampleRecordBuilder::SampleRecordBuilder(quint64 seed) : m_random(seed)
{
    m_field.reserve(256);
    m_note.reserve(256);
}

QStringList SampleRecordBuilder::columnNames()
{
    QStringList names;
    for (const char16_t *c : kColumns)
        names << QString::fromUtf16(c);
    return names;
}

void SampleRecordBuilder::appendHeader(QString &out)
{
    bool first = true;
    for (const char16_t *c : kColumns) {
        if (!first)
            out += u',';
        first = false;
        out += QStringView(c);
    }
    out += u"\r\n";
}

int SampleRecordBuilder::pickDiagnosis()
{
    const auto diagnoses = sampleDiagnoses();
    int r = static_cast<int>(m_random.below(static_cast<quint32>(sampleDiagnosisWeightTotal())));
    for (std::size_t i = 0; i < diagnoses.size(); ++i) {
        r -= diagnoses[i].weight;
        if (r < 0)
            return static_cast<int>(i);
    }
    return 0;
}

int SampleRecordBuilder::pickCompatibleDiagnosis(const Patient &p, qint64 admission)
{
    const auto diagnoses = sampleDiagnoses();
    const int age = ageAt(p.birthDay, admission);
    for (int attempt = 0; attempt < 8; ++attempt) {
        const int i = pickDiagnosis();
        if (fits(diagnoses[i], p.male, age))
            return i;
    }
    return p.diagnosis;
}

const SampleRegion &SampleRecordBuilder::pickRegion()
{
    const auto regions = sampleRegions();
    int r = static_cast<int>(m_random.below(static_cast<quint32>(sampleRegionWeightTotal())));
    for (const SampleRegion &region : regions) {
        r -= region.weight;
        if (r < 0)
            return region;
    }
    return regions.front();
}

int SampleRecordBuilder::makeName(QString &out, bool male, QStringView surname)
{
    if (surname.isEmpty()) {
        int r = static_cast<int>(m_random.below(static_cast<quint32>(sampleSurnameWeightTotal())));
        for (const SampleSurname &s : sampleSurnames()) {
            r -= s.weight;
            if (r < 0) {
                surname = QStringView(s.text);
                break;
            }
        }
        if (surname.isEmpty())
            surname = QStringView(sampleSurnames().front().text);
    }
    out += surname;
    const auto given = male ? sampleMaleGivenCharacters() : sampleFemaleGivenCharacters();
    out += QChar(pick(m_random, given));
    if (m_random.chance(620))
        out += QChar(pick(m_random, given));
    return static_cast<int>(surname.size());
}

void SampleRecordBuilder::makeMobile(QString &out)
{
    appendNumber(out, pick(m_random, kMobilePrefixes));
    appendNumber(out, m_random.below(100000000), 8);
}

void SampleRecordBuilder::makePhoneField(QString &out)
{
    QString mobile;
    makeMobile(mobile);
    const int r = static_cast<int>(m_random.below(1000));
    const QStringView v(mobile);
    if (r < 800) {
        out += v;
    } else if (r < 860) {
        out += u"+86 ";
        out += v;
    } else if (r < 900) {
        out += u"+86-";
        out += v.first(3);
        out += u'-';
        out += v.mid(3, 4);
        out += u'-';
        out += v.mid(7);
    } else if (r < 940) {
        out += v.first(3);
        out += u'-';
        out += v.mid(3, 4);
        out += u'-';
        out += v.mid(7);
    } else if (r < 970) {
        out += v.first(3);
        out += u' ';
        out += v.mid(3, 4);
        out += u' ';
        out += v.mid(7);
    } else if (r < 980) {
        out += u"0086";
        out += v;
    } else if (r < 990) {
        out += u"不详";
    } // else: empty
}

void SampleRecordBuilder::makeAddress(QString &out, const SampleRegion &region)
{
    if (m_random.chance(8)) {
        out += u"不详";
        return;
    }
    out += QStringView(region.province);
    out += QStringView(region.city);
    out += QStringView(region.district);
    if (region.towns[0] != nullptr && m_random.chance(700)) {
        int towns = 0;
        while (towns < 3 && region.towns[towns] != nullptr)
            ++towns;
        out += QStringView(region.towns[m_random.below(static_cast<quint32>(towns))]);
        out += QStringView(pick(m_random, sampleVillages()));
        appendNumber(out, static_cast<quint64>(m_random.range(1, 12)));
        out += u"组";
        appendNumber(out, static_cast<quint64>(m_random.range(1, 120)));
        out += u"号";
        return;
    }
    out += QStringView(pick(m_random, sampleRoads()));
    const int form = static_cast<int>(m_random.below(10));
    if (form < 6) {
        appendNumber(out, static_cast<quint64>(m_random.range(1, 999)));
        out += u"号";
        out += QStringView(pick(m_random, sampleCommunities()));
        appendNumber(out, static_cast<quint64>(m_random.range(1, 30)));
        out += u"幢";
        appendNumber(out, static_cast<quint64>(m_random.range(1, 4)));
        out += u"单元";
        appendNumber(out, static_cast<quint64>(m_random.range(1, 28)));
        appendNumber(out, static_cast<quint64>(m_random.range(1, 4)), 2);
        out += u"室";
    } else if (form < 8) {
        appendNumber(out, static_cast<quint64>(m_random.range(1, 800)));
        out += u"弄";
        appendNumber(out, static_cast<quint64>(m_random.range(1, 60)));
        out += u"号";
        appendNumber(out, static_cast<quint64>(m_random.range(1, 6)));
        appendNumber(out, static_cast<quint64>(m_random.range(1, 4)), 2);
        out += u"室";
    } else {
        appendNumber(out, static_cast<quint64>(m_random.range(1, 999)));
        out += u"号";
        appendNumber(out, static_cast<quint64>(m_random.range(1, 20)));
        out += u"栋";
        appendNumber(out, static_cast<quint64>(m_random.range(1, 33)));
        appendNumber(out, static_cast<quint64>(m_random.range(1, 8)), 2);
        out += u"室";
    }
}

void SampleRecordBuilder::newPatient(Patient &p, int diagnosis, qint64 admission)
{
    const SampleDiagnosis &d = sampleDiagnoses()[diagnosis];
    p.diagnosis = diagnosis;
    p.male = d.sex == 'M' || (d.sex == 0 && m_random.chance(500));

    // Age at admission: triangular between the diagnosis's bounds; birth date to match.
    const int age1 = m_random.range(d.minAge, d.maxAge);
    const int age2 = m_random.range(d.minAge, d.maxAge);
    const int targetAge = (age1 + age2) / 2;
    const qint64 daysPastBirthday = m_random.below(365);
    p.birthDay = admission - (static_cast<qint64>(targetAge) * 36525 / 100) - daysPastBirthday;

    p.name.clear();
    p.surnameLength = makeName(p.name, p.male);

    // Most people live where they were registered at birth; some moved to the hospital's city.
    const SampleRegion &home = pickRegion();
    p.home = &home;
    const SampleRegion *birthRegion = &home;
    if (m_random.chance(150))
        birthRegion = &pick(m_random, sampleRegions());

    p.id.clear();
    p.id += QStringView(birthRegion->code);
    appendDate(p.id, p.birthDay, false);
    appendNumber(p.id, m_random.below(500) * 2 + (p.male ? 1 : 0), 3);
    p.id += residentIdCheckCharacter(p.id);

    p.phone.clear();
    makePhoneField(p.phone);
    p.address.clear();
    makeAddress(p.address, home);

    p.insurance.clear();
    const int insurance = static_cast<int>(m_random.below(1000));
    if (insurance < 550) {
        p.insurance = p.id;
    } else if (insurance < 880) {
        p.insurance += QStringView(home.code).first(4);
        p.insurance += u"00";
        appendNumber(p.insurance, m_random.below(100000), 5);
        appendNumber(p.insurance, m_random.below(100000), 5);
    } // else: self-paying patient, no insurance number
}

void SampleRecordBuilder::appendLab(QString &out, const SampleDiagnosis &d)
{
    if (m_random.chance(40))
        return; // not measured
    const bool abnormal = d.abnormalLab && m_random.chance(750);
    switch (d.lab) {
    case SampleLab::Hemoglobin:
        out += u"血红蛋白 ";
        appendNumber(out, static_cast<quint64>(abnormal ? m_random.range(48, 98) : m_random.range(110, 165)));
        out += u" g/L";
        break;
    case SampleLab::Glucose:
        out += u"空腹血糖 ";
        appendFixed(out, static_cast<quint64>(abnormal ? m_random.range(70, 185) : m_random.range(39, 61)), 1);
        out += u" mmol/L";
        break;
    case SampleLab::WhiteCells:
        out += u"白细胞 ";
        appendFixed(out, static_cast<quint64>(abnormal ? m_random.range(102, 260) : m_random.range(38, 98)), 1);
        out += u" ×10^9/L";
        break;
    case SampleLab::Creatinine:
        out += u"肌酐 ";
        appendNumber(out, static_cast<quint64>(abnormal ? m_random.range(280, 950) : m_random.range(45, 110)));
        out += u" μmol/L";
        break;
    case SampleLab::HivAntibody:
        out += abnormal ? QStringView(u"HIV抗体 阳性") : QStringView(u"HIV抗体 待复检");
        break;
    case SampleLab::HbsAg:
        out += abnormal ? QStringView(u"乙肝表面抗原 阳性") : QStringView(u"乙肝表面抗原 弱阳性");
        break;
    case SampleLab::HcvAntibody:
        out += u"丙肝抗体 阳性";
        break;
    case SampleLab::Syphilis:
        out += abnormal ? QStringView(u"梅毒螺旋体抗体 阳性") : QStringView(u"RPR 1:8");
        break;
    case SampleLab::Hcg:
        out += u"血HCG ";
        appendNumber(out, static_cast<quint64>(m_random.range(150, 45000)));
        out += u" mIU/mL";
        break;
    }
}

void SampleRecordBuilder::makeNote(QString &out, const Patient &p, const SampleDiagnosis &d, int stay)
{
    const QStringView code(d.code);
    if ((code.startsWith(u'F') || code.startsWith(u"B2") || code == u"Z21") && m_random.chance(400)) {
        if (code.startsWith(u'F'))
            out += u"有自伤史, 需家属24小时陪护, 出院后精神专科随访";
        else
            out += u"已按规定进行传染病报告, 注意保护患者隐私, 定期抗病毒治疗";
        return;
    }
    const int r = static_cast<int>(m_random.below(1000));
    if (r < 400)
        return; // most notes are empty
    if (r < 500) {
        out += u"患者入院后完善相关检查, 予";
        out += QStringView(pick(m_random, kTreatments));
        out += u"等对症支持治疗, 病情好转出院";
    } else if (r < 590) {
        out += u"门诊以\"";
        out += QStringView(d.name);
        out += u"\"收入院, 入院后予";
        out += QStringView(pick(m_random, kTreatments));
        out += u"治疗";
    } else if (r < 670) {
        out += u"患者因\"";
        out += QStringView(pick(m_random, kSymptoms));
        appendNumber(out, static_cast<quint64>(m_random.range(1, 14)));
        out += u"天\"入院, 既往";
        out += QStringView(pick(m_random, kHistories));
        out += u"病史";
        appendNumber(out, static_cast<quint64>(m_random.range(1, 20)));
        out += u"年";
    } else if (r < 730) {
        out += u"家属";
        // Arguments are evaluated in an unspecified order: draw the random numbers one by one.
        const bool male = m_random.chance(500);
        const bool sameSurname = m_random.chance(500);
        makeName(out, male, sameSurname ? QStringView(p.name).first(p.surnameLength) : QStringView());
        out += u"陪同, 联系电话";
        makeMobile(out);
    } else if (r < 790) {
        out += u"出院医嘱: 低盐低脂饮食, 规律服药, ";
        appendNumber(out, static_cast<quint64>(m_random.range(1, 4)));
        out += u"周后门诊复查";
    } else if (r < 830) {
        out += u"术后第";
        appendNumber(out, static_cast<quint64>(std::max(1, std::min(stay, m_random.range(5, 12)))));
        out += u"天拆线\n切口愈合良好, 无红肿渗出";
    } else if (r < 870) {
        out += u"请于";
        appendNumber(out, static_cast<quint64>(m_random.range(1, 4)));
        out += u"周后复诊，如有不适随时联系";
        makeMobile(out);
    } else if (r < 910) {
        out += u"青霉素过敏, 已告知患者及家属";
    } else if (r < 940) {
        out += u"患者为";
        out += QStringView(pick(m_random, kOccupations));
        out += u", 主治医师";
        makeName(out, m_random.chance(500));
    } else if (r < 970) {
        out += u"患者拒绝进一步检查, 签字后自动出院";
    } else {
        out += u"入院时血压";
        appendNumber(out, static_cast<quint64>(m_random.range(100, 190)));
        out += u'/';
        appendNumber(out, static_cast<quint64>(m_random.range(60, 110)));
        out += u"mmHg, 心率";
        appendNumber(out, static_cast<quint64>(m_random.range(55, 120)));
        out += u"次/分\r\n予心电监护";
    }
}

void SampleRecordBuilder::appendRecord(QString &out)
{
    const auto diagnoses = sampleDiagnoses();
    const qint64 first = firstAdmissionDay();
    const qint64 last = lastAdmissionDay();

    // About one admission in twelve is a patient seen before.
    Patient *patient = nullptr;
    qint64 admission = 0;
    if (m_patients > 0 && m_random.chance(80)) {
        const qint64 known = std::min<qint64>(m_patients, static_cast<qint64>(m_recent.size()));
        Patient &p = m_recent[m_random.below(static_cast<quint32>(known))];
        admission = p.lastDischarge + m_random.range(3, 120);
        if (admission <= last) {
            patient = &p;
            const bool same = m_random.chance(600)
                && fits(diagnoses[p.diagnosis], p.male, ageAt(p.birthDay, admission));
            if (!same)
                p.diagnosis = pickCompatibleDiagnosis(p, admission);
        }
    }
    if (patient == nullptr) {
        admission = first + m_random.below(static_cast<quint32>(last - first + 1));
        patient = &m_recent[static_cast<std::size_t>(m_patients % static_cast<qint64>(m_recent.size()))];
        ++m_patients;
        newPatient(*patient, pickDiagnosis(), admission);
    }
    Patient &p = *patient;
    const SampleDiagnosis &d = diagnoses[p.diagnosis];

    int stay = d.stayDays / 2 + static_cast<int>(m_random.below(static_cast<quint32>(d.stayDays + 1)));
    if (m_random.chance(40))
        stay += m_random.range(10, 40);
    if (m_random.chance(15))
        stay = 0; // discharged the same day
    const qint64 discharge = admission + stay;
    p.lastDischarge = discharge;

    // 住院号: two-digit admission year and a running number within that year.
    int year = 0, month = 0, day = 0;
    QDate::fromJulianDay(admission).getDate(&year, &month, &day);
    const std::size_t yearIndex = static_cast<std::size_t>(std::clamp(year - kFirstYear, 0, 7));
    appendNumber(out, static_cast<quint64>(year % 100), 2);
    appendNumber(out, static_cast<quint64>(++m_admissionCounter[yearIndex]), 8);
    out += u',';
    appendField(out, p.name);
    out += u',';
    out += p.male ? u'男' : u'女';
    out += u',';
    appendDate(out, p.birthDay, true);
    out += u',';
    appendNumber(out, static_cast<quint64>(ageAt(p.birthDay, admission)));
    out += u',';
    out += p.id;
    out += u',';
    appendField(out, p.phone);
    out += u',';
    appendField(out, p.address);
    out += u',';
    if (p.address != u"不详" && !m_random.chance(20))
        out += QStringView(p.home->postcode);
    out += u',';
    out += p.insurance;
    out += u',';
    appendDate(out, admission, true);
    out += u',';
    appendDate(out, discharge, true);
    out += u',';
    out += QStringView(d.department);
    out += u',';
    out += QStringView(d.code);
    out += u',';
    appendField(out, QStringView(d.name));
    out += u',';
    const quint64 basePercent = static_cast<quint64>(m_random.range(60, 160));
    const quint64 perDayFen = static_cast<quint64>(m_random.range(30000, 150000));
    const quint64 fen = m_random.below(100);
    const quint64 fee = static_cast<quint64>(d.baseFeeYuan) * basePercent
        + static_cast<quint64>(stay) * perDayFen + fen;
    appendFixed(out, fee, 2);
    out += u',';
    m_field.clear();
    appendLab(m_field, d);
    appendField(out, m_field);
    out += u',';
    m_note.clear();
    makeNote(m_note, p, d, stay);
    appendField(out, m_note);
    out += u"\r\n";
}

} // namespace steward
