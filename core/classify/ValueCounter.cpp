#include "core/classify/ValueCounter.h"

#include <QHashFunctions>

#include <cstring>

namespace steward {

namespace {

constexpr qsizetype kInitialSlots = 1024; // a power of two
constexpr qsizetype kBlockBytes = 1 << 20;
constexpr size_t kSeed = 0x5354574Du;

size_t hashOf(std::string_view v)
{
    return qHashBits(v.data(), v.size(), kSeed);
}

} // namespace

ValueCounter::ValueCounter() : m_slots(kInitialSlots) {}

const char *ValueCounter::store(std::string_view value)
{
    const qsizetype n = qsizetype(value.size());
    if (n == 0)
        return "";
    if (n > kBlockBytes / 4) { // large values get a block of their own
        m_large.push_back(std::make_unique<char[]>(size_t(n)));
        std::memcpy(m_large.back().get(), value.data(), size_t(n));
        m_arenaBytes += n;
        return m_large.back().get();
    }
    if (m_blocks.empty() || m_blockUsed + n > m_blockSize) {
        m_blocks.push_back(std::make_unique<char[]>(size_t(kBlockBytes)));
        m_blockSize = kBlockBytes;
        m_blockUsed = 0;
        m_arenaBytes += kBlockBytes;
    }
    char *p = m_blocks.back().get() + m_blockUsed;
    std::memcpy(p, value.data(), size_t(n));
    m_blockUsed += n;
    return p;
}

void ValueCounter::add(std::string_view value)
{
    const size_t h = hashOf(value);
    const auto tag = quint32(h >> 32) | 1u; // never 0: 0 marks an empty slot
    const size_t mask = m_slots.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        Slot &s = m_slots[i];
        if (s.tag == 0) {
            s.data = store(value);
            s.size = quint32(value.size());
            s.tag = tag;
            s.count = 1;
            if (++m_used * 2 > qsizetype(m_slots.size()))
                grow();
            return;
        }
        if (s.tag == tag && s.size == value.size()
            && std::memcmp(s.data, value.data(), value.size()) == 0) {
            ++s.count;
            return;
        }
    }
}

void ValueCounter::grow()
{
    std::vector<Slot> old(m_slots.size() * 2);
    old.swap(m_slots);
    const size_t mask = m_slots.size() - 1;
    for (const Slot &s : old) {
        if (s.tag == 0)
            continue;
        size_t i = hashOf(std::string_view(s.data, s.size)) & mask;
        while (m_slots[i].tag != 0)
            i = (i + 1) & mask;
        m_slots[i] = s;
    }
}

std::vector<ValueCounter::Entry> ValueCounter::entries() const
{
    std::vector<Entry> list;
    list.reserve(size_t(m_used));
    for (const Slot &s : m_slots) {
        if (s.tag != 0)
            list.push_back({std::string_view(s.data, s.size), s.count});
    }
    return list;
}

qsizetype ValueCounter::memoryUsed() const
{
    return qsizetype(m_slots.size() * sizeof(Slot)) + m_arenaBytes;
}

} // namespace steward
