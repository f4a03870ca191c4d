#pragma once

#include <span>

namespace steward {

// Chinese surnames weighted roughly by frequency (including a few double surnames such as
// 欧阳 and 司马) and given-name characters typical for men and women.
struct SampleSurname {
    const char16_t *text;
    int weight; // per ten thousand people, roughly
};

std::span<const SampleSurname> sampleSurnames();
int sampleSurnameWeightTotal();
std::span<const char16_t> sampleMaleGivenCharacters();
std::span<const char16_t> sampleFemaleGivenCharacters();

} // namespace steward
