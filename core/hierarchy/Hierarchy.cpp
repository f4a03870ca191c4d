#include "core/hierarchy/Hierarchy.h"

#include "core/hierarchy/DelimitedLineSplitter.h"
#include "core/hierarchy/Utf8Check.h"

#include <QCoreApplication>
#include <QFile>

namespace steward {

namespace {

constexpr uint32_t kNoParent = 0xFFFFFFFFu;

} // namespace

Status Hierarchy::addRow(const std::vector<std::string_view> &cells,
                         const std::vector<size_t> &offsets, std::string_view text, qint64 line)
{
    if (m_levels.empty()) {
        m_levels.resize(cells.size());
        m_parents.resize(cells.size() - 1);
        m_parentLines.resize(cells.size() - 1);
        m_firstLine = line;
    }
    const size_t depth = m_levels.size();
    if (cells.size() != depth) {
        const size_t offset = cells.size() > depth ? offsets[depth] : text.size();
        return Error::badInput(
            tr("%1 levels on this line but %2 on line %3: every row of a hierarchy needs the same "
               "number of levels")
                .arg(cells.size())
                .arg(depth)
                .arg(m_firstLine),
            m_source, line, DelimitedLineSplitter::characterColumn(text, offset));
    }
    uint32_t code = m_levels[0].intern(cells[0]);
    for (size_t level = 0; level + 1 < depth; ++level) {
        const uint32_t parent = m_levels[level + 1].intern(cells[level + 1]);
        auto &parents = m_parents[level];
        if (parents.size() <= code) {
            parents.resize(code + 1, kNoParent);
            m_parentLines[level].resize(code + 1, 0);
        }
        if (parents[code] == kNoParent) {
            parents[code] = parent;
            m_parentLines[level][code] = line;
        } else if (parents[code] != parent) {
            // Labels are (generalised) cell values: the message names the level and lines only.
            return Error::badInput(
                tr("the label at level %1 generalises to a different label at level %2 here than "
                   "on line %3: a hierarchy must be a tree")
                    .arg(level)
                    .arg(level + 1)
                    .arg(m_parentLines[level][code]),
                m_source, line, DelimitedLineSplitter::characterColumn(text, offsets[level + 1]));
        }
        code = parent;
    }
    return Status::success();
}

Status Hierarchy::finish()
{
    if (m_levels.empty())
        return Error::badInput(tr("the hierarchy has no rows"), m_source);
    m_parentLines.clear();
    m_parentLines.shrink_to_fit();
    return Status::success();
}

Result<Hierarchy> Hierarchy::load(const QString &path, char delimiter)
{
    Hierarchy hierarchy;
    hierarchy.m_source = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(tr("cannot open the hierarchy file: %1").arg(file.errorString()),
                               path);
    DelimitedLineSplitter splitter(delimiter);
    qint64 lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray bytes = file.readLine();
        ++lineNumber;
        std::string_view line(bytes.constData(), static_cast<size_t>(bytes.size()));
        while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
            line.remove_suffix(1);
        if (lineNumber == 1 && line.substr(0, 3) == "\xEF\xBB\xBF")
            line.remove_prefix(3);
        if (line.empty())
            continue;
        const size_t invalid = findInvalidUtf8(line);
        if (invalid != std::string_view::npos) {
            return Error::badInput(tr("the hierarchy is not valid UTF-8"), path, lineNumber,
                                   DelimitedLineSplitter::characterColumn(line, invalid));
        }
        if (!splitter.split(line)) {
            return Error::badInput(tr("malformed quoted label"), path, lineNumber,
                                   DelimitedLineSplitter::characterColumn(
                                       line, splitter.errorOffset()));
        }
        if (Status status = hierarchy.addRow(splitter.cells(), splitter.offsets(), line,
                                             lineNumber);
            !status) {
            return status.error();
        }
    }
    if (file.error() != QFileDevice::NoError)
        return Error::badInput(tr("cannot read the hierarchy file: %1").arg(file.errorString()),
                               path);
    if (Status status = hierarchy.finish(); !status)
        return status.error();
    return hierarchy;
}

Result<Hierarchy> Hierarchy::fromRows(const std::vector<std::vector<std::string>> &rows,
                                      const QString &source)
{
    Hierarchy hierarchy;
    hierarchy.m_source = source;
    std::string text;
    std::vector<std::string_view> cells;
    std::vector<size_t> offsets;
    qint64 lineNumber = 0;
    for (const auto &row : rows) {
        ++lineNumber;
        if (row.empty())
            continue;
        text.clear();
        cells.clear();
        offsets.clear();
        for (const auto &cell : row) {
            if (!offsets.empty())
                text.push_back(';');
            offsets.push_back(text.size());
            text.append(cell);
        }
        for (size_t i = 0; i < row.size(); ++i)
            cells.emplace_back(text.data() + offsets[i], row[i].size());
        if (Status status = hierarchy.addRow(cells, offsets, text, lineNumber); !status)
            return status.error();
    }
    if (Status status = hierarchy.finish(); !status)
        return status.error();
    return hierarchy;
}

} // namespace steward
