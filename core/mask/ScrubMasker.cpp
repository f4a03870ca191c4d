#include "core/mask/ScrubMasker.h"

#include "core/mask/MaskCellContext.h"

#include <QStringDecoder>

#include <algorithm>

namespace steward {

ScrubMasker::ScrubMasker(std::shared_ptr<const DetectorSet> detectors)
    : m_detectors(std::move(detectors))
{
    for (int i = 0; i < m_detectors->detectorCount(); ++i)
        m_placeholders.push_back(placeholderFor(m_detectors->detector(i).conceptId));
}

QString ScrubMasker::placeholderFor(const QString &conceptId)
{
    static const std::pair<const char *, const char *> kKnown[] = {
        {"identity_number", "[ID]"},
        {"phone", "[PHONE]"},
        {"email", "[EMAIL]"},
        {"person_name", "[NAME]"},
        {"record_number", "[RECORD_NO]"},
        {"ip_address", "[IP]"},
        {"url", "[URL]"},
        {"ssn", "[SSN]"},
    };
    for (const auto &[id, placeholder] : kKnown) {
        if (conceptId == QLatin1String(id))
            return QLatin1String(placeholder);
    }
    return QLatin1Char('[') + conceptId.toUpper() + QLatin1Char(']');
}

MaskedCell ScrubMasker::apply(std::string_view value, MaskCellContext &context) const
{
    // Decode into the context's buffer (no allocation once it has grown): UTF-16 needs at most
    // as many code units as UTF-8 has bytes.
    QString &text = context.text();
    text.resize(qsizetype(value.size()));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QChar *begin = text.data();
    QChar *end
        = decoder.appendToBuffer(begin, QByteArrayView(value.data(), qsizetype(value.size())));
    text.truncate(end - begin);
    std::vector<FreeTextHit> &hits = context.hits();
    hits.clear();
    m_detectors->findInFreeText(text, hits);
    if (hits.empty())
        return MaskedCell::value(value);
    std::sort(hits.begin(), hits.end(), [](const FreeTextHit &a, const FreeTextHit &b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    QString result;
    result.reserve(text.size());
    qsizetype done = 0;
    size_t i = 0;
    while (i < hits.size()) {
        const qsizetype start = std::max(hits[i].start, done);
        qsizetype end = hits[i].start + hits[i].length;
        const int detector = hits[i].detector;
        ++i;
        while (i < hits.size() && hits[i].start < end) { // merge overlaps
            end = std::max(end, hits[i].start + hits[i].length);
            ++i;
        }
        if (end <= done)
            continue;
        result += QStringView(text).mid(done, start - done);
        result += m_placeholders[size_t(detector)];
        done = end;
    }
    result += QStringView(text).mid(done);
    const QByteArray utf8 = result.toUtf8();
    std::string &out = context.buffer();
    out.assign(utf8.constData(), size_t(utf8.size()));
    return MaskedCell::value(out);
}

} // namespace steward
