#pragma once

#include "core/classify/RuleDefinitions.h"

#include <QList>
#include <QStringView>

#include <vector>

namespace steward {

// The highly sensitive diagnosis groups of a rule set (domain.md): ICD-10 category ranges looked
// up in a table, and diagnosis-text keywords found by a first-character index. Both are cheap
// enough to run on every distinct value of a field. Disabled groups never match.
class SensitiveDiagnoses final {
public:
    SensitiveDiagnoses() = default;
    explicit SensitiveDiagnoses(const QList<SensitiveGroupRule> &groups);

    int groupCount() const { return int(m_groups.size()); }
    const SensitiveGroupRule &group(int index) const { return m_groups[index]; }
    int groupIndex(QStringView id) const;

    // The group of an ICD-10 code ("B20", "B20.001", "F32.900x003", "A18.0†", "F329"), -1 when the
    // value is no code of an enabled group. Where groups overlap the higher grade wins.
    int codeGroup(QStringView value) const;
    // The highest-grade group whose keywords the text mentions, -1 when none.
    int keywordGroup(QStringView text) const;

    // letter * 100 + two digits of the ICD-10 category the value starts with, -1 when none.
    static int icdCategory(QStringView value);

private:
    struct Keyword {
        QString text;
        int group = -1;
        bool ascii = false;         // word start required; case-insensitive prefix ("schizophreni")
        bool caseSensitive = false; // all-caps ASCII acronym: exact case, whole word ("HIV", "TB")
    };
    bool keywordAt(const Keyword &k, QStringView text, qsizetype at) const;

    QList<SensitiveGroupRule> m_groups;
    std::vector<qint16> m_codeGroup; // by icdCategory(), -1 none
    QList<Keyword> m_keywords;
    std::vector<quint16> m_bucketOf;        // first UTF-16 unit (lower case for ASCII) → bucket + 1
    std::vector<std::vector<int>> m_buckets; // keywords by first unit
};

} // namespace steward
