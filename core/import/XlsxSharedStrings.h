#pragma once

#include "core/common/Result.h"

#include <QString>

#include <string>
#include <string_view>
#include <vector>

class QuaZip;

namespace steward {

// The shared-string table of an xlsx workbook, held in memory as one UTF-8 buffer plus offsets
// (the only thing the xlsx reader keeps that grows with the file). Rich-text runs are
// concatenated; phonetic guides (<rPh>) are left out; _xHHHH_ escapes are decoded.
class XlsxSharedStrings final {
public:
    Status load(QuaZip &zip, const QString &part, const QString &filePath);

    qsizetype size() const { return qsizetype(m_offsets.size()) - 1; }
    std::string_view at(qsizetype index) const
    {
        return std::string_view(m_data).substr(m_offsets[size_t(index)],
                                               m_offsets[size_t(index) + 1]
                                                   - m_offsets[size_t(index)]);
    }

private:
    std::string m_data;
    std::vector<size_t> m_offsets{0};
};

} // namespace steward
