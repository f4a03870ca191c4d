#include "core/import/DelimiterSniffer.h"

#include <algorithm>
#include <map>
#include <vector>

namespace steward {

namespace {

constexpr int kMaxRecords = 100;

// Field counts of the first records with `delimiter`; lenient (no errors), quote-aware.
std::vector<int> fieldCounts(std::string_view text, char delimiter, bool complete)
{
    std::vector<int> counts;
    const char *p = text.data();
    const char *end = p + text.size();
    while (p < end && int(counts.size()) <= kMaxRecords) {
        if (*p == '\n' || *p == '\r') { // blank line
            ++p;
            continue;
        }
        int fields = 1;
        bool cut = false;
        for (;;) {
            if (p < end && *p == '"') {
                ++p;
                for (;;) {
                    while (p < end && *p != '"')
                        ++p;
                    if (p + 1 < end && p[1] == '"') {
                        p += 2;
                        continue;
                    }
                    break;
                }
                if (p >= end) {
                    cut = true;
                    break;
                }
                ++p; // closing quote; anything up to the next delimiter belongs to the field
            }
            while (p < end && *p != delimiter && *p != '\n' && *p != '\r')
                ++p;
            if (p < end && *p == delimiter) {
                ++p;
                ++fields;
                continue;
            }
            if (p >= end)
                cut = !complete;
            break;
        }
        if (cut && !counts.empty())
            break;
        counts.push_back(fields);
    }
    return counts;
}

struct Score {
    bool uniform = false; // every record has the same count, > 1
    double share = 0;     // records with the most common count
    int fields = 1;       // the most common count
};

Score score(const std::vector<int> &counts)
{
    Score s;
    if (counts.empty())
        return s;
    std::map<int, int> frequency;
    for (int c : counts)
        ++frequency[c];
    int best = 0;
    for (const auto &[fields, n] : frequency) {
        if (fields > 1 && (n > best || (n == best && fields > s.fields))) {
            best = n;
            s.fields = fields;
        }
    }
    if (best == 0)
        return s;
    s.share = double(best) / double(counts.size());
    s.uniform = best == int(counts.size());
    return s;
}

bool better(const Score &a, const Score &b)
{
    if (a.uniform != b.uniform)
        return a.uniform;
    if (a.share != b.share)
        return a.share > b.share;
    return a.fields > b.fields;
}

} // namespace

QChar sniffDelimiter(std::string_view utf8, bool complete)
{
    QChar chosen = u',';
    Score bestScore;
    for (char d : {',', '\t', ';', '|'}) {
        const Score s = score(fieldCounts(utf8, d, complete));
        if (s.fields > 1 && better(s, bestScore)) {
            bestScore = s;
            chosen = QLatin1Char(d);
        }
    }
    return chosen;
}

} // namespace steward
