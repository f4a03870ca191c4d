#pragma once

#include <string>
#include <string_view>

namespace steward {

// Brings the spellings of one identifier to one form before it is hashed (keyed pseudonyms, the
// subject key of date shifts), so that one person gets one token:
//  1. surrounding white space (ASCII, U+00A0, U+3000) is trimmed;
//  2. full-width ASCII forms (U+FF01–U+FF5E, as typed with a Chinese input method) become ASCII
//     and U+3000 a space;
//  3. a resident ID number (17 digits and a check character) gets an upper-case check character
//     ("…123x" → "…123X");
//  4. a phone number written only with digits, spaces, '-', '.', '(' and ')' and an optional '+'
//     before the first digit loses its separators and a +86 / 0086 country code: a mainland mobile
//     becomes its 11 digits ("+86 138-0013-8000" → "13800138000"), a landline its trunk form with
//     the leading 0 ("+86 571 8888 1234" → "057188881234"). Anything else that merely contains
//     digits and separators (dates, codes) is left as it is.
// Nothing else changes (letter case, inner white space, Chinese text). Works on UTF-8 bytes.
class IdentifierNormalizer final {
public:
    // The normalised form of `value`; it is `value` itself (a sub-view) or lives in `scratch`.
    static std::string_view normalize(std::string_view value, std::string &scratch);
};

} // namespace steward
