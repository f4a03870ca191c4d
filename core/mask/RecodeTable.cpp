#include "core/mask/RecodeTable.h"

#include "core/hierarchy/Icd10Codes.h"
#include "core/import/CsvReader.h"
#include "core/mask/MaskText.h"

#include <QCoreApplication>
#include <QDir>

namespace steward {

Result<RecodeTable> RecodeTable::open(const QString &spec, const QString &baseDirectory)
{
    if (spec.startsWith(QLatin1String(kBuiltinPrefix)))
        return builtin(spec.mid(int(qstrlen(kBuiltinPrefix))));
    const QString path = baseDirectory.isEmpty() ? spec : QDir(baseDirectory).filePath(spec);
    return load(path);
}

Result<RecodeTable> RecodeTable::builtin(const QString &name)
{
    RecodeTable table;
    if (name == QLatin1String("icd10-category")) {
        table.m_kind = Kind::Icd10Category;
    } else if (name == QLatin1String("icd10-chapter")) {
        table.m_kind = Kind::Icd10Chapter;
    } else {
        return Error::usage(tr("unknown built-in recode table '%1' (known: builtin:icd10-category, "
                               "builtin:icd10-chapter)")
                                .arg(name));
    }
    return table;
}

Result<RecodeTable> RecodeTable::load(const QString &path)
{
    ImportOptions options;
    options.missingMarkers.clear();
    Result<std::unique_ptr<CsvReader>> reader = CsvReader::open(path, options);
    if (!reader)
        return reader.error();
    RecodeTable table;
    std::vector<std::string_view> cells;
    for (;;) {
        Result<bool> more = (*reader)->next(cells);
        if (!more)
            return more.error();
        if (!*more)
            break;
        const qint64 line = (*reader)->recordLine();
        if (cells.size() != 2) {
            return Error::badInput(tr("a recode table has two columns (the value and its "
                                      "replacement), this row has %1")
                                       .arg(cells.size()),
                                   path, line, 1);
        }
        const std::string_view from = masktext::trim(cells[0]);
        const std::string_view to = masktext::trim(cells[1]);
        const uint32_t existing = table.m_from.find(from);
        if (existing != StringDictionary::kNotFound) {
            if (table.m_to[existing] != to) {
                return Error::badInput(tr("this value is listed twice with different replacements"),
                                       path, line, 1);
            }
            continue;
        }
        table.m_from.intern(from);
        table.m_to.emplace_back(to);
    }
    return table;
}

std::optional<std::string_view> RecodeTable::lookup(std::string_view value,
                                                    std::string &scratch) const
{
    switch (m_kind) {
    case Kind::File: {
        const uint32_t code = m_from.find(masktext::trim(value));
        if (code == StringDictionary::kNotFound)
            return std::nullopt;
        return std::string_view(m_to[code]);
    }
    case Kind::Icd10Category: {
        char category[3];
        if (!icd10::category(value, category))
            return std::nullopt;
        scratch.assign(category, 3);
        return std::string_view(scratch);
    }
    case Kind::Icd10Chapter: {
        char category[3];
        const std::optional<int> key = icd10::category(value, category);
        const char *chapter = key ? icd10::chapter(*key) : nullptr;
        if (!chapter)
            return std::nullopt;
        return std::string_view(chapter);
    }
    }
    return std::nullopt;
}

} // namespace steward
