#include "core/hierarchy/Icd10Codes.h"

#include "core/hierarchy/Icd10Blocks.h"
#include "core/hierarchy/LevelText.h"

#include <algorithm>
#include <iterator>

namespace steward::icd10 {

namespace {

struct Chapter {
    int start; // key of its first category
    const char *label;
};

// WHO ICD-10 (2019) chapters by their first category, sorted.
constexpr Chapter kChapters[] = {
    {categoryKey('A', 0), "A00-B99"}, {categoryKey('C', 0), "C00-D48"},
    {categoryKey('D', 50), "D50-D89"}, {categoryKey('E', 0), "E00-E90"},
    {categoryKey('F', 0), "F00-F99"}, {categoryKey('G', 0), "G00-G99"},
    {categoryKey('H', 0), "H00-H59"}, {categoryKey('H', 60), "H60-H95"},
    {categoryKey('I', 0), "I00-I99"}, {categoryKey('J', 0), "J00-J99"},
    {categoryKey('K', 0), "K00-K93"}, {categoryKey('L', 0), "L00-L99"},
    {categoryKey('M', 0), "M00-M99"}, {categoryKey('N', 0), "N00-N99"},
    {categoryKey('O', 0), "O00-O99"}, {categoryKey('P', 0), "P00-P96"},
    {categoryKey('Q', 0), "Q00-Q99"}, {categoryKey('R', 0), "R00-R99"},
    {categoryKey('S', 0), "S00-T98"}, {categoryKey('U', 0), "U00-U85"},
    {categoryKey('V', 0), "V01-Y98"}, {categoryKey('Z', 0), "Z00-Z99"},
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isAsciiAlnum(char c)
{
    return isDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

} // namespace

std::optional<int> category(std::string_view value, char category[3])
{
    value = leveltext::trim(value);
    if (value.size() < 3)
        return std::nullopt;
    char letter = value[0];
    if (letter >= 'a' && letter <= 'z')
        letter = char(letter - 'a' + 'A');
    if (letter < 'A' || letter > 'Z' || !isDigit(value[1]) || !isDigit(value[2]))
        return std::nullopt;
    for (size_t i = 3; i < value.size(); ++i) {
        const char c = value[i];
        if (isAsciiAlnum(c) || c == '.' || c == '+' || c == '-' || c == '*' || c == '/')
            continue;
        if (value.substr(i, 3) == "\xE2\x80\xA0") { // †
            i += 2;
            continue;
        }
        return std::nullopt;
    }
    category[0] = letter;
    category[1] = value[1];
    category[2] = value[2];
    return categoryKey(letter, (value[1] - '0') * 10 + (value[2] - '0'));
}

const char *chapter(int key)
{
    const auto it = std::upper_bound(std::begin(kChapters), std::end(kChapters), key,
                                     [](int k, const Chapter &c) { return k < c.start; });
    if (it == std::begin(kChapters))
        return nullptr;
    return std::prev(it)->label;
}

const char *block(int key)
{
    const std::span<const Block> all = blocks();
    const auto it = std::upper_bound(all.begin(), all.end(), key, [](int k, const Block &b) {
        return k < categoryKey(b.letter, b.first);
    });
    if (it == all.begin())
        return nullptr;
    const Block &candidate = *std::prev(it);
    if (key > categoryKey(candidate.lastLetter, candidate.last))
        return nullptr;
    return candidate.label;
}

} // namespace steward::icd10
