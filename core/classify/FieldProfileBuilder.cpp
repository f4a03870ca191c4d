#include "core/classify/FieldProfileBuilder.h"

#include "core/classify/SensitiveDiagnoses.h"
#include "core/classify/Validators.h"

#include <QHash>

#include <algorithm>

namespace steward {

namespace {

bool heapOrder(qint64 countA, const QString &a, qint64 countB, const QString &b)
{
    // std heap keeps the "largest" on top: make it the least frequent (then the largest value).
    if (countA != countB)
        return countA > countB;
    return a < b;
}

int characterCount(QStringView v)
{
    int n = 0;
    for (QChar c : v)
        n += !c.isLowSurrogate();
    return n;
}

QChar shapeOf(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return QLatin1Char('9');
    if (u >= 'A' && u <= 'Z')
        return QLatin1Char('A');
    if (u >= 'a' && u <= 'z')
        return QLatin1Char('a');
    if ((u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF))
        return QChar(u'汉');
    if (c.isLetter())
        return QLatin1Char('a');
    if (c.isSpace())
        return QLatin1Char(' ');
    return c;
}

} // namespace

FieldProfileBuilder::FieldProfileBuilder(std::shared_ptr<const DetectorSet> detectors, const QString &name,
                                         const QString &type, const ProfileOptions &options)
    : m_detectors(std::move(detectors)), m_options(options), m_random(options.seed)
{
    m_profile.name = name;
    m_profile.type = type;
    if (type == QLatin1String("integer") || type == QLatin1String("decimal"))
        m_order = Order::Number;
    else if (type == QLatin1String("date") || type == QLatin1String("datetime"))
        m_order = Order::Time;
    m_text = type.isEmpty() || type == QLatin1String("text");
    const int groups = m_detectors->sensitive().groupCount();
    m_codeCounts.assign(groups, 0);
    m_mentionCounts.assign(groups, 0);
    m_sample.reserve(std::min(m_options.sampleSize, 1 << 16));
}

quint64 FieldProfileBuilder::nextRandom()
{
    // splitmix64: deterministic on every platform
    quint64 z = (m_random += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

void FieldProfileBuilder::addMissing(qint64 count)
{
    m_profile.missing += count;
}

void FieldProfileBuilder::addValue(std::string_view utf8, qint64 count)
{
    const QString value = QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
    addValue(QStringView(value), count);
}

void FieldProfileBuilder::addValue(QStringView value, qint64 count)
{
    if (count <= 0)
        return;
    const qint64 index = m_profile.distinct++;
    m_profile.nonEmpty += count;

    const int length = characterCount(value);
    if (index == 0 || length < m_profile.minLength)
        m_profile.minLength = length;
    m_profile.maxLength = std::max(m_profile.maxLength, length);
    m_lengthSum += qint64(length) * count;

    updateMinMax(value);
    offerTop(value, count);

    const SensitiveDiagnoses &sensitive = m_detectors->sensitive();
    const int codeGroup = sensitive.codeGroup(value);
    if (codeGroup >= 0)
        m_codeCounts[codeGroup] += count;
    if (m_text) {
        const int mention = sensitive.keywordGroup(value);
        if (mention >= 0)
            m_mentionCounts[mention] += count;
    }

    // Reservoir sampling (algorithm R) over distinct values.
    const qint64 capacity = m_options.sampleSize;
    if (index < capacity) {
        m_sample.push_back({value.toString(), count});
    } else if (capacity > 0) {
        const quint64 slot = nextRandom() % quint64(index + 1);
        if (slot < quint64(capacity))
            m_sample[slot] = {value.toString(), count};
    }
}

void FieldProfileBuilder::updateMinMax(QStringView value)
{
    std::optional<double> key;
    if (m_order == Order::Number) {
        bool ok = false;
        const double d = value.trimmed().toDouble(&ok);
        if (ok)
            key = d;
    } else if (m_order == Order::Time) {
        if (const std::optional<qint64> t = parseDateTimeValue(value))
            key = double(*t);
    }
    if (key) {
        if (!m_minKey || *key < *m_minKey) {
            m_minKey = key;
            m_profile.min = value.toString();
        }
        if (!m_maxKey || *key > *m_maxKey) {
            m_maxKey = key;
            m_profile.max = value.toString();
        }
        return;
    }
    if (m_minKey)
        return; // a typed column: text order only when no value parsed
    if (m_profile.distinct == 1 || value < QStringView(m_profile.min))
        m_profile.min = value.toString();
    if (m_profile.distinct == 1 || value > QStringView(m_profile.max))
        m_profile.max = value.toString();
}

void FieldProfileBuilder::offerTop(QStringView value, qint64 count)
{
    const size_t limit = size_t(std::max(0, m_options.topValues));
    auto less = [](const Sampled &a, const Sampled &b) { return heapOrder(a.count, a.value, b.count, b.value); };
    if (m_top.size() < limit) {
        m_top.push_back({value.toString(), count});
        std::push_heap(m_top.begin(), m_top.end(), less);
        return;
    }
    if (limit == 0)
        return;
    const Sampled &weakest = m_top.front();
    if (count < weakest.count || (count == weakest.count && value >= QStringView(weakest.value)))
        return;
    std::pop_heap(m_top.begin(), m_top.end(), less);
    m_top.back() = {value.toString(), count};
    std::push_heap(m_top.begin(), m_top.end(), less);
}

QString FieldProfileBuilder::valueShape(QStringView value)
{
    QString shape;
    if (value.size() <= 24) {
        shape.reserve(value.size());
        for (QChar c : value)
            shape += shapeOf(c);
        return shape;
    }
    // Long values: runs of one class become "9{11}"; capped.
    qsizetype i = 0;
    while (i < value.size() && shape.size() < 40) {
        const QChar s = shapeOf(value[i]);
        qsizetype run = 1;
        while (i + run < value.size() && shapeOf(value[i + run]) == s)
            ++run;
        shape += s;
        if (run > 3)
            shape += QLatin1Char('{') + QString::number(run) + QLatin1Char('}');
        else
            shape += QString(run - 1, s);
        i += run;
    }
    if (i < value.size())
        shape += QChar(0x2026);
    return shape;
}

FieldProfile FieldProfileBuilder::finish()
{
    FieldProfile p = m_profile;
    p.meanLength = p.nonEmpty > 0 ? double(m_lengthSum) / double(p.nonEmpty) : 0.0;

    std::sort(m_top.begin(), m_top.end(), [](const Sampled &a, const Sampled &b) {
        return a.count != b.count ? a.count > b.count : a.value < b.value;
    });
    for (const Sampled &s : m_top)
        p.topValues.append({s.value, s.count});

    std::vector<qint64> hits(m_detectors->detectorCount(), 0);
    std::vector<qint64> embedded(m_detectors->detectorCount(), 0);
    QHash<QString, qint64> shapes;
    for (const Sampled &s : m_sample) {
        p.sampled += s.count;
        const DetectorMask mask = m_detectors->matchValue(QStringView(s.value));
        for (int i = 0; i < m_detectors->detectorCount(); ++i) {
            if (mask.test(i))
                hits[i] += s.count;
        }
        if (m_text && m_options.scanFreeText && s.value.size() >= 12) {
            const DetectorMask found = m_detectors->scanFreeText(QStringView(s.value));
            if (found.any())
                p.embeddedAny += s.count;
            for (int i = 0; i < m_detectors->detectorCount(); ++i) {
                if (found.test(i))
                    embedded[i] += s.count;
            }
        }
        const QString shape = valueShape(s.value);
        if (shapes.size() < 5000 || shapes.contains(shape))
            shapes[shape] += s.count;
    }
    for (int i = 0; i < m_detectors->detectorCount(); ++i) {
        if (hits[i] > 0)
            p.detectorHits.insert(m_detectors->detector(i).id, hits[i]);
        if (embedded[i] > 0)
            p.embeddedHits.insert(m_detectors->detector(i).id, embedded[i]);
    }
    std::vector<ValueCount> shapeList;
    for (auto it = shapes.begin(); it != shapes.end(); ++it)
        shapeList.push_back({it.key(), it.value()});
    std::sort(shapeList.begin(), shapeList.end(), [](const ValueCount &a, const ValueCount &b) {
        return a.count != b.count ? a.count > b.count : a.value < b.value;
    });
    for (size_t i = 0; i < shapeList.size() && int(i) < m_options.topPatterns; ++i)
        p.patterns.append(shapeList[i]);

    const SensitiveDiagnoses &sensitive = m_detectors->sensitive();
    for (int g = 0; g < sensitive.groupCount(); ++g) {
        if (m_codeCounts[g] > 0)
            p.sensitiveCodes.insert(sensitive.group(g).id, m_codeCounts[g]);
        if (m_mentionCounts[g] > 0)
            p.sensitiveMentions.insert(sensitive.group(g).id, m_mentionCounts[g]);
    }
    return p;
}

} // namespace steward
