#pragma once

#include <span>

namespace steward {

// A county-level division with its real GB/T 2260 code and postal code, used by the sample
// generator for resident ID numbers, addresses and postal codes.
struct SampleRegion {
    const char16_t *code;     // 6-digit region code
    const char16_t *province; // empty for the four municipalities
    const char16_t *city;
    const char16_t *district;
    const char16_t *postcode;
    int weight;               // relative share of patients living there (the hospital is in Hangzhou)
    const char16_t *towns[3]; // rural counties: town names; urban districts: none
};

std::span<const SampleRegion> sampleRegions();
int sampleRegionWeightTotal();

// Address parts.
std::span<const char16_t *const> sampleRoads();
std::span<const char16_t *const> sampleCommunities();
std::span<const char16_t *const> sampleVillages();

} // namespace steward
