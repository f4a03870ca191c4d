#include "core/hierarchy/HierarchyBuilder.h"

#include "core/hierarchy/Generalizer.h"
#include "core/hierarchy/LevelText.h"

#include <QSaveFile>

#include <unordered_set>

namespace steward {

namespace {

bool needsQuotes(std::string_view cell)
{
    return cell.find_first_of(";\"\r\n") != std::string_view::npos;
}

} // namespace

Result<std::vector<std::vector<std::string>>>
HierarchyBuilder::rows(const HierarchySpec &spec, const std::vector<std::string_view> &values,
                       HierarchyBuildReport *report)
{
    Result<Generalizer> generalizer = Generalizer::create(spec);
    if (!generalizer)
        return generalizer.error();
    HierarchyBuildReport counts;
    std::vector<std::vector<std::string>> rows;
    std::unordered_set<std::string_view> seen;
    const int height = generalizer->height();
    for (const std::string_view value : values) {
        if (!seen.insert(value).second)
            continue;
        ++counts.values;
        if (leveltext::trim(value).empty())
            ++counts.missing;
        else if (!generalizer->readable(value))
            ++counts.unreadable;
        std::vector<std::string> row;
        row.reserve(size_t(height) + 1);
        for (int level = 0; level <= height; ++level)
            row.push_back(generalizer->label(value, level));
        rows.push_back(std::move(row));
    }
    if (!rows.empty()) {
        // The builders are trees by construction; this catches a builder bug before a search
        // relies on it.
        Result<Hierarchy> check = Hierarchy::fromRows(rows, tr("built hierarchy"));
        if (!check)
            return check.error();
    }
    if (report)
        *report = counts;
    return rows;
}

Result<Hierarchy> HierarchyBuilder::build(const HierarchySpec &spec,
                                          const std::vector<std::string_view> &values,
                                          HierarchyBuildReport *report)
{
    Result<std::vector<std::vector<std::string>>> built = rows(spec, values, report);
    if (!built)
        return built.error();
    return Hierarchy::fromRows(*built, tr("built hierarchy"));
}

Status HierarchyBuilder::writeCsv(const std::vector<std::vector<std::string>> &rows,
                                  const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::badInput(tr("cannot write the hierarchy file: %1").arg(file.errorString()),
                               path);
    std::string line;
    for (const auto &row : rows) {
        line.clear();
        for (size_t i = 0; i < row.size(); ++i) {
            if (i > 0)
                line.push_back(';');
            const std::string &cell = row[i];
            if (needsQuotes(cell)) {
                line.push_back('"');
                for (const char c : cell) {
                    if (c == '"')
                        line.push_back('"');
                    line.push_back(c);
                }
                line.push_back('"');
            } else {
                line.append(cell);
            }
        }
        line.push_back('\n');
        if (file.write(line.data(), qint64(line.size())) != qint64(line.size()))
            return Error::internal(
                tr("cannot write the hierarchy file: %1").arg(file.errorString()));
    }
    if (!file.commit())
        return Error::internal(tr("cannot write the hierarchy file: %1").arg(file.errorString()));
    return Status::success();
}

} // namespace steward
