#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <string>
#include <vector>

namespace steward {

// How a built-in generalisation hierarchy is built: a builder and its parameters, fixed once
// chosen (interval breaks computed from a data range are stored as explicit numbers), so that the
// same spec generalises next month's extract the same way. Every builder is a pure function of
// the value (see Generalizer), so a spec is all a mask rule needs (`hierarchy:builder=SPEC,…`).
//
// Text form (CLI `--hierarchy FIELD=…`, `hierarchy --builder …`, the `builder` parameter of the
// `hierarchy` mask rule); an optional `builtin:` prefix is accepted and dropped:
//   date[:decade]                 day → month → quarter → year → 5-year [→ decade] → *
//   interval:LEVEL,LEVEL,…[;top=T][;bottom=B]
//                                 numbers: LEVEL is a width (5) or explicit breaks (0|18|45|65);
//                                 every level's breaks include the previous level's (nesting);
//                                 values ≥ T become "T+" and values < B "<B" at every level ≥ 1
//   redact:N,N,…                  codes: keep the first N characters, the rest become '*'
//                                 (lengths strictly decreasing), then *  e.g. redact:4,3,2
//   region                        resident ID or GB/T 2260 code: county (6) → city (4) →
//                                 province (2) → *
//   icd10                         code → 3-character category → block → chapter → *
//   flat                          value → *
//   groups:LABEL=V|V|…;LABEL=V|…[;other=LABEL]
//                                 value → its group's label → *; values in no group → `other`
//                                 (default "Other")
//   (no text form) Table           an imported hierarchy file's rows, stored in the project;
//                                 unlisted values go to "*" above level 0
// Values and labels containing ',', ';', '|', '=' or '\' are escaped with '\'.
struct HierarchySpec {
    Q_DECLARE_TR_FUNCTIONS(steward::HierarchySpec)
public:
    enum class Kind { Date, Interval, Redact, Region, Icd10, Flat, Groups, Table };

    struct IntervalLevel {
        std::optional<double> width; // a width, intervals [bottom + i·w, bottom + (i+1)·w)
        std::vector<double> breaks;  // or explicit ascending breaks
        bool operator==(const IntervalLevel &) const = default;
    };
    struct Group {
        QString label;
        QStringList values;
        bool operator==(const Group &) const = default;
    };

    Kind kind = Kind::Flat;
    bool decade = false;                // Date
    std::vector<IntervalLevel> levels;  // Interval
    std::optional<double> top;          // Interval
    std::optional<double> bottom;       // Interval
    std::vector<int> keep;              // Redact: characters kept per level
    QList<Group> groups;                // Groups
    QString otherLabel;                 // Groups: empty = tr("Other")
    std::vector<std::vector<std::string>> rows; // Table: value;level1;…;* (validated)

    // Usage errors say which part of `text` is wrong (never echoing values).
    static Result<HierarchySpec> parse(QStringView text);
    // Whether `text` names a builder (date, interval:…, builtin:…) rather than a hierarchy file.
    static bool isBuilderText(QStringView text);
    QString format() const; // parse(format()) == *this
    QJsonObject toJson() const;
    static Result<HierarchySpec> fromJson(const QJsonObject &json);
    // The builder's name as in the text form ("date", "interval", …).
    QString builderName() const;

    bool operator==(const HierarchySpec &) const = default;
};

} // namespace steward
