#pragma once

#include "core/common/Result.h"
#include "core/hierarchy/StringDictionary.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace steward {

// What `recode` maps values through: a table file or a built-in ICD-10 grouping.
//
// A table file is delimited text (CSV, TSV, semicolon; any encoding the importer reads) with two
// columns, the original value and its replacement, one pair per row and no header (a header row
// is harmless: it only maps the first column's title). Values are compared after trimming white
// space. A value listed twice with different replacements is an error at FILE:LINE.
//
// Built-in tables (the `builtin:` prefix):
//  - builtin:icd10-category — an ICD-10 code to its 3-character category: "I21.901", "i21.9",
//    "I219" and "I21.900x001" (national extension) all become "I21".
//  - builtin:icd10-chapter — an ICD-10 code to its chapter's code range (WHO ICD-10 2019):
//    "I21.9" → "I00-I99", "C50.9" → "C00-D48", "O80" → "O00-O99", "U07.1" → "U00-U85".
// A value that is not an ICD-10 code (a letter, two digits, then only '.', letters, digits and
// the marks + - * / †) does not match.
class RecodeTable final {
    Q_DECLARE_TR_FUNCTIONS(steward::RecodeTable)

public:
    static constexpr const char *kBuiltinPrefix = "builtin:";

    // `spec` is a builtin: name or a file path (relative paths against `baseDirectory`).
    static Result<RecodeTable> open(const QString &spec, const QString &baseDirectory = {});
    static Result<RecodeTable> load(const QString &path);
    static Result<RecodeTable> builtin(const QString &name); // "icd10-category", "icd10-chapter"

    // The replacement of `value`, or nullopt when the table does not map it. The result views
    // the table or `scratch`.
    std::optional<std::string_view> lookup(std::string_view value, std::string &scratch) const;
    // Number of entries of a table file (0 for a built-in table).
    size_t size() const { return m_to.size(); }

private:
    enum class Kind { File, Icd10Category, Icd10Chapter };
    RecodeTable() = default;

    Kind m_kind = Kind::File;
    StringDictionary m_from;
    std::vector<std::string> m_to; // by m_from code
};

} // namespace steward
