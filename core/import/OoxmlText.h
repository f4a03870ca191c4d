#pragma once

#include <QStringView>

#include <string>

namespace steward {

// Appends UTF-16 text (as QXmlStreamReader hands it out) to a UTF-8 buffer without a temporary
// allocation. Unpaired surrogates become U+FFFD.
void appendUtf8(std::string &out, QStringView text);

// Decodes OOXML's escapes of characters XML cannot hold, "_x000D_" (a carriage return) and
// "_x005F_" (a literal underscore before such a sequence), in UTF-8 text.
void decodeOoxmlEscapes(std::string &text);

} // namespace steward
