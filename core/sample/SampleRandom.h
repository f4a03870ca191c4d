#pragma once

#include <QtGlobal>

namespace steward {

// xoshiro256** seeded through splitmix64: the sample generator's own PRNG, so that a seed gives
// the same bytes on every platform and standard library (no std:: distributions).
class SampleRandom final {
public:
    explicit SampleRandom(quint64 seed);

    quint64 next();
    // Uniform in [0, n) for 0 < n < 2^32 (multiply-shift on the high 32 bits; n == 0 gives 0).
    quint32 below(quint32 n);
    // Uniform in [low, high], inclusive.
    int range(int low, int high);
    // True with probability perMille / 1000.
    bool chance(int perMille);

private:
    quint64 m_s[4];
};

} // namespace steward
