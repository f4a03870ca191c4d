#include "core/classify/HeaderMatcher.h"

#include <algorithm>

namespace steward {

namespace {

enum class CharClass { Separator, Lower, Upper, Digit, Cjk, OtherLetter };

CharClass classOf(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 'a' && u <= 'z')
        return CharClass::Lower;
    if (u >= 'A' && u <= 'Z')
        return CharClass::Upper;
    if (u >= '0' && u <= '9')
        return CharClass::Digit;
    if ((u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF))
        return CharClass::Cjk;
    if (c.isLetter())
        return CharClass::OtherLetter;
    return CharClass::Separator;
}

bool isLatin(CharClass c)
{
    return c == CharClass::Lower || c == CharClass::Upper || c == CharClass::OtherLetter;
}

} // namespace

HeaderMatcher::Normalized HeaderMatcher::normalize(const QString &text)
{
    const QString s = text.normalized(QString::NormalizationForm_KC);
    Normalized n;
    n.compact.reserve(s.size());
    n.boundary.assign(1, true);
    CharClass previous = CharClass::Separator;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const CharClass c = classOf(s[i]);
        if (c == CharClass::Separator) {
            if (!n.compact.isEmpty())
                n.boundary.back() = true;
            previous = c;
            continue;
        }
        bool split = false;
        if (previous != CharClass::Separator && !n.compact.isEmpty()) {
            if (c == CharClass::Upper && previous == CharClass::Lower)
                split = true; // camelCase
            else if (c == CharClass::Upper && previous == CharClass::Upper && i + 1 < s.size()
                     && classOf(s[i + 1]) == CharClass::Lower)
                split = true; // "MRNNumber" → MRN Number
            else if ((c == CharClass::Digit) != (previous == CharClass::Digit))
                split = true; // "icd10", "address1"
            else if ((c == CharClass::Cjk) != (previous == CharClass::Cjk))
                split = true; // "患者ID"
            else if (isLatin(c) != isLatin(previous))
                split = true;
        }
        if (split)
            n.boundary.back() = true;
        n.cjk = n.cjk || c == CharClass::Cjk;
        n.compact += s[i].toLower();
        n.boundary.push_back(false);
        previous = c;
    }
    n.boundary.back() = true;
    return n;
}

void HeaderMatcher::addSynonym(const QString &synonym, int conceptIndex)
{
    Synonym s;
    s.text = synonym;
    s.exactOnly = synonym.startsWith(QLatin1Char('='));
    const Normalized n = normalize(s.exactOnly ? synonym.mid(1) : synonym);
    s.compact = n.compact;
    s.cjk = n.cjk;
    s.conceptIndex = conceptIndex;
    if (!s.compact.isEmpty())
        m_synonyms.push_back(s);
}

QList<HeaderHit> HeaderMatcher::match(const QString &header) const
{
    const Normalized h = normalize(header);
    if (h.compact.isEmpty())
        return {};
    struct Candidate {
        HeaderHit hit;
        qsizetype begin = 0;
        qsizetype end = 0;
    };
    std::vector<Candidate> best; // one per concept
    auto offer = [&best](const Candidate &c) {
        for (Candidate &existing : best) {
            if (existing.hit.conceptIndex == c.hit.conceptIndex) {
                if (c.hit.score > existing.hit.score)
                    existing = c;
                return;
            }
        }
        best.push_back(c);
    };
    const double length = double(h.compact.size());
    for (const Synonym &s : m_synonyms) {
        if (s.compact == h.compact) {
            offer({{s.conceptIndex, 1.0, true, s.text}, 0, h.compact.size()});
            continue;
        }
        if (s.exactOnly || s.compact.size() >= h.compact.size())
            continue;
        for (qsizetype at = h.compact.indexOf(s.compact); at >= 0; at = h.compact.indexOf(s.compact, at + 1)) {
            const qsizetype end = at + s.compact.size();
            const bool aligned = h.boundary[at] && h.boundary[end];
            if (s.cjk || aligned || s.compact.size() >= 5) {
                const double score = 0.55 + 0.4 * double(s.compact.size()) / length - (aligned ? 0.0 : 0.05);
                offer({{s.conceptIndex, score, false, s.text}, at, end});
                break;
            }
        }
    }
    QList<HeaderHit> hits;
    for (const Candidate &c : best) {
        bool dominated = false;
        for (const Candidate &other : best) {
            if (&other != &c && other.begin <= c.begin && other.end >= c.end
                && other.end - other.begin > c.end - c.begin)
                dominated = true;
        }
        if (!dominated)
            hits.append(c.hit);
    }
    std::stable_sort(hits.begin(), hits.end(),
                     [](const HeaderHit &a, const HeaderHit &b) { return a.score > b.score; });
    return hits;
}

} // namespace steward
