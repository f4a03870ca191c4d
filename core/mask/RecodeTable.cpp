#include "core/mask/RecodeTable.h"

#include "core/import/CsvReader.h"
#include "core/mask/MaskText.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>
#include <iterator>

namespace steward {

namespace {

struct Chapter {
    int start; // (letter - 'A') * 100 + number of its first category
    const char *label;
};

constexpr int key(char letter, int number)
{
    return (letter - 'A') * 100 + number;
}

// WHO ICD-10 (2019) chapters by their first category, sorted. A code between two chapters (an
// unused category) belongs to the chapter before it.
constexpr Chapter kChapters[] = {
    {key('A', 0), "A00-B99"}, {key('C', 0), "C00-D48"},  {key('D', 50), "D50-D89"},
    {key('E', 0), "E00-E90"}, {key('F', 0), "F00-F99"},  {key('G', 0), "G00-G99"},
    {key('H', 0), "H00-H59"}, {key('H', 60), "H60-H95"}, {key('I', 0), "I00-I99"},
    {key('J', 0), "J00-J99"}, {key('K', 0), "K00-K93"},  {key('L', 0), "L00-L99"},
    {key('M', 0), "M00-M99"}, {key('N', 0), "N00-N99"},  {key('O', 0), "O00-O99"},
    {key('P', 0), "P00-P96"}, {key('Q', 0), "Q00-Q99"},  {key('R', 0), "R00-R99"},
    {key('S', 0), "S00-T98"}, {key('U', 0), "U00-U85"},  {key('V', 0), "V01-Y98"},
    {key('Z', 0), "Z00-Z99"},
};

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline bool isAsciiAlnum(char c)
{
    return isDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

// Parses an ICD-10 code: returns its category key and writes the upper-case category ("I21").
std::optional<int> icd10Category(std::string_view value, char category[3])
{
    value = masktext::trim(value);
    if (value.size() < 3)
        return std::nullopt;
    char letter = value[0];
    if (letter >= 'a' && letter <= 'z')
        letter = char(letter - 'a' + 'A');
    if (letter < 'A' || letter > 'Z' || !isDigit(value[1]) || !isDigit(value[2]))
        return std::nullopt;
    for (size_t i = 3; i < value.size(); ++i) {
        const char c = value[i];
        if (isAsciiAlnum(c) || c == '.' || c == '+' || c == '-' || c == '*' || c == '/')
            continue;
        if (value.substr(i, 3) == "\xE2\x80\xA0") { // †
            i += 2;
            continue;
        }
        return std::nullopt;
    }
    category[0] = letter;
    category[1] = value[1];
    category[2] = value[2];
    return key(letter, (value[1] - '0') * 10 + (value[2] - '0'));
}

} // namespace

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
        if (!icd10Category(value, category))
            return std::nullopt;
        scratch.assign(category, 3);
        return std::string_view(scratch);
    }
    case Kind::Icd10Chapter: {
        char category[3];
        const std::optional<int> k = icd10Category(value, category);
        if (!k)
            return std::nullopt;
        const auto it = std::upper_bound(std::begin(kChapters), std::end(kChapters), *k,
                                         [](int v, const Chapter &c) { return v < c.start; });
        if (it == std::begin(kChapters))
            return std::nullopt;
        return std::string_view(std::prev(it)->label);
    }
    }
    return std::nullopt;
}

} // namespace steward
