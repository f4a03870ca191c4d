#pragma once

#include "core/hierarchy/StringDictionary.h"

#include <QString>

#include <cstdint>
#include <utility>
#include <vector>

namespace steward {

// One dictionary-encoded column: a uint32 code per record and the dictionary of distinct values
// (UTF-8, exact text; the empty value — a missing cell — is a value like any other).
class EncodedColumn final {
public:
    explicit EncodedColumn(QString name = {}) : m_name(std::move(name)) {}

    const QString &name() const { return m_name; }
    size_t size() const { return m_codes.size(); }
    uint32_t code(size_t record) const { return m_codes[record]; }
    const std::vector<uint32_t> &codes() const { return m_codes; }
    const StringDictionary &dictionary() const { return m_dictionary; }
    // Distinct values in the dictionary (all of them occur in the column when it was built by
    // EncodedTableBuilder).
    uint32_t distinctCount() const { return m_dictionary.size(); }
    size_t memoryBytes() const
    {
        return m_codes.capacity() * sizeof(uint32_t) + m_dictionary.memoryBytes();
    }

    void append(std::string_view value) { m_codes.push_back(m_dictionary.intern(value)); }
    void reserve(size_t records) { m_codes.reserve(records); }
    void shrinkToFit() { m_codes.shrink_to_fit(); }

private:
    QString m_name;
    std::vector<uint32_t> m_codes;
    StringDictionary m_dictionary;
};

} // namespace steward
