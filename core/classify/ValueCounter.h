#pragma once

#include <QtGlobal>

#include <memory>
#include <string_view>
#include <vector>

namespace steward {

// Counts how often each distinct UTF-8 value occurs: an open-addressing hash table over values
// copied into large arena blocks (no allocation per value). For profiling one column of a
// dataset in a single scan, instead of a sort (GROUP BY) in SQLite.
class ValueCounter final {
public:
    struct Entry {
        std::string_view value;
        qint64 count = 0;
    };

    ValueCounter();
    void add(std::string_view value);
    qsizetype distinct() const { return m_used; }
    // Every distinct value with its count, in table order (deterministic for the same input).
    std::vector<Entry> entries() const;
    // Bytes held (table and arena), for tests.
    qsizetype memoryUsed() const;

private:
    struct Slot {
        const char *data = nullptr;
        quint32 size = 0;
        quint32 tag = 0; // upper bits of the hash, to skip most comparisons
        qint64 count = 0;
    };
    const char *store(std::string_view value);
    void grow();

    std::vector<Slot> m_slots;
    qsizetype m_used = 0;
    std::vector<std::unique_ptr<char[]>> m_blocks; // shared blocks for small values
    std::vector<std::unique_ptr<char[]>> m_large;  // one per large value
    qsizetype m_blockUsed = 0;
    qsizetype m_blockSize = 0;
    qsizetype m_arenaBytes = 0;
};

} // namespace steward
