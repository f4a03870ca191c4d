#pragma once

#include "core/store/DatasetInfo.h"

#include <QStringList>

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace steward {

// Decides whether a cell counts as missing: empty (after trimming), or one of the markers
// (NULL, N/A, 不详, 未知, -, ...), compared case-insensitively after trimming. Trimming removes
// ASCII white space, U+00A0 and U+3000 (ideographic space); case folding is ASCII only.
class MissingValues final {
public:
    explicit MissingValues(const QStringList &markers);
    bool isMissing(std::string_view utf8) const;

private:
    bool matchesMarker(const char *p, size_t n) const; // p..p+n trimmed
    std::vector<std::string> m_markers; // trimmed, ASCII lower-cased UTF-8
    std::array<bool, 256> m_firstByte{}; // first bytes (both ASCII cases) of the markers
    size_t m_maxLength = 0;
};

// Infers each column's type over every value it observes. A column's type is the most specific
// type that all its non-missing values satisfy (integer < decimal; date forms; datetime;
// boolean; otherwise text). A column with only missing values is text. The accepted forms are
// described in TypeInference.cpp; values are matched exactly as stored (no trimming).
class TypeInference final {
public:
    TypeInference(int columnCount, const MissingValues *missing);

    void observe(int column, std::string_view utf8);
    void observeRow(const std::vector<std::string_view> &cells);

    ColumnType type(int column) const;
    qint64 missingCount(int column) const;
    int columnCount() const;

    // Single-value classification helpers, also used by detectors and tests.
    static bool isInteger(std::string_view s);
    static bool isDecimal(std::string_view s);
    static bool isDate(std::string_view s);     // 2024-01-02, 2024/1/2, 2024年1月2日, 20240102, ...
    static bool isDateTime(std::string_view s); // date + time (T or space separated, seconds optional)
    static bool isBoolean(std::string_view s);  // true/false, yes/no, 是/否, Y/N

private:
    struct Column {
        unsigned candidates;
        qint64 missing = 0;
        qint64 nonMissing = 0;
    };
    std::vector<Column> m_columns;
    const MissingValues *m_missing;
};

} // namespace steward
