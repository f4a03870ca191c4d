#include "core/sample/SampleRandom.h"

namespace steward {

namespace {

quint64 splitmix64(quint64 &state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

inline quint64 rotl(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

SampleRandom::SampleRandom(quint64 seed)
{
    quint64 state = seed;
    for (quint64 &s : m_s)
        s = splitmix64(state);
}

quint64 SampleRandom::next()
{
    const quint64 result = rotl(m_s[1] * 5, 7) * 9;
    const quint64 t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

quint32 SampleRandom::below(quint32 n)
{
    return static_cast<quint32>(((next() >> 32) * n) >> 32);
}

int SampleRandom::range(int low, int high)
{
    if (high <= low)
        return low;
    return low + static_cast<int>(below(static_cast<quint32>(high - low + 1)));
}

bool SampleRandom::chance(int perMille)
{
    return static_cast<int>(below(1000)) < perMille;
}

} // namespace steward
