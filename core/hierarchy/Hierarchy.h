#pragma once

#include "core/common/Result.h"
#include "core/hierarchy/StringDictionary.h"

#include <QCoreApplication>
#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace steward {

// A generalisation hierarchy for one attribute, as ARX distributes them: one row per original
// value, `value;level1;level2;…;*` (no header, UTF-8, optional BOM). Column 0 is level 0 (the
// original value), each further column one level coarser. Every row has the same number of
// levels and the rows form a tree: a label at level L always generalises to the same label at
// level L+1. Labels are identified per level by their exact text (no trimming); empty labels are
// allowed (a row `;…;*` generalises the empty value, i.e. missing data). Blank lines are skipped;
// a row repeating an earlier value with the same generalisations is accepted.
class Hierarchy final {
    Q_DECLARE_TR_FUNCTIONS(steward::Hierarchy)
public:
    // Errors are BadInput located at FILE:LINE:COLUMN (1-based physical line, character column).
    static Result<Hierarchy> load(const QString &path, char delimiter = ';');
    // The same validation for rows built in memory; errors are located as if the rows were the
    // lines 1, 2, … of a ';'-separated file named `source`.
    static Result<Hierarchy> fromRows(const std::vector<std::vector<std::string>> &rows,
                                      const QString &source = {});

    int levelCount() const { return static_cast<int>(m_levels.size()); }
    int height() const { return levelCount() - 1; }
    // Distinct labels at `level`.
    uint32_t size(int level) const { return m_levels[level].size(); }
    // Level-0 code of an original value, or StringDictionary::kNotFound.
    uint32_t find(std::string_view value) const { return m_levels[0].find(value); }
    // The code at level + 1 that `code` (at `level` < height()) generalises to.
    uint32_t parent(int level, uint32_t code) const { return m_parents[level][code]; }
    std::string_view label(int level, uint32_t code) const { return m_levels[level].value(code); }
    // The file (or the name given to fromRows) for messages.
    const QString &source() const { return m_source; }

private:
    Hierarchy() = default;
    // Adds one row; `line` is the physical line, `text` the line itself (for columns).
    Status addRow(const std::vector<std::string_view> &cells, const std::vector<size_t> &offsets,
                  std::string_view text, qint64 line);
    Status finish();

    QString m_source;
    std::vector<StringDictionary> m_levels;
    std::vector<std::vector<uint32_t>> m_parents;    // per level < height: code → parent code
    std::vector<std::vector<qint64>> m_parentLines;  // where each parent was first given
    qint64 m_firstLine = 0;
};

} // namespace steward
