#pragma once

#include <optional>
#include <string_view>

// ICD-10 codes as masking (recode) and the icd10 hierarchy read them: the 3-character category,
// its block and its chapter in WHO ICD-10 (2019).
namespace steward::icd10 {

// A category as a number: (letter - 'A') * 100 + its two digits ("I21" → 821).
constexpr int categoryKey(char letter, int number)
{
    return (letter - 'A') * 100 + number;
}

// Parses an ICD-10 code (a letter, two digits, then only '.', letters, digits and the marks
// + - * / †, white space trimmed): "I21.901", "i21.9", "I219" and "I21.900x001" (a national
// extension) all have category "I21". Writes the upper-case category and returns its key.
std::optional<int> category(std::string_view value, char category[3]);

// The chapter's code range of a category ("I00-I99"); a category between two chapters belongs to
// the one before it. Null before A00.
const char *chapter(int key);

// The block's code range of a category ("I20-I25", "C50-C50"), or null for a category in no
// block of WHO ICD-10 2019 (unused ones, and A90-A91, replaced by A97 in 2016).
const char *block(int key);

} // namespace steward::icd10
