#pragma once

#include <span>

namespace steward::icd10 {

struct Block {
    char letter;
    int first; // first and last category number within the letter (a block never spans letters,
    int last;  // except where `lastLetter` says so)
    char lastLetter;
    const char *label;
};

// The blocks of WHO ICD-10 (2019), the finest level of the tabular list, in code order.
std::span<const Block> blocks();

} // namespace steward::icd10
