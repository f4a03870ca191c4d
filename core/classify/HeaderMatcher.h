#pragma once

#include <QList>
#include <QString>

#include <vector>

namespace steward {

// How well a column header names a concept.
struct HeaderHit {
    int conceptIndex = -1;
    double score = 0.0; // 1.0 for the whole header, less for a part of it
    bool exact = false;
    QString synonym;    // the synonym that matched, as written in the rules
};

// Matches column headers against concept synonyms in Chinese and English. Headers and synonyms
// are normalised alike: NFKC (full-width → ASCII), lower case, camelCase/digit/punctuation
// boundaries become token boundaries, then compared without separators ("Patient_Name",
// "patientName" and "PATIENT NAME" are one thing). A synonym matches the whole header (exact) or
// a part: Chinese anywhere, Latin on token boundaries (or anywhere when 5+ letters long). A
// synonym written with a leading '=' matches only the whole header. Where one concept's match lies
// inside another concept's longer match ("name" inside "hospital name"), the shorter one is dropped.
class HeaderMatcher final {
public:
    void addSynonym(const QString &synonym, int conceptIndex);
    // Best hit per concept, best first.
    QList<HeaderHit> match(const QString &header) const;

    struct Normalized {
        QString compact;             // tokens joined without separators
        std::vector<bool> boundary;  // boundary[i]: a token starts or ends at compact position i
        bool cjk = false;
    };
    static Normalized normalize(const QString &text);

private:
    struct Synonym {
        QString text;
        QString compact;
        bool cjk = false;
        bool exactOnly = false;
        int conceptIndex = -1;
    };
    std::vector<Synonym> m_synonyms;
};

} // namespace steward
