#pragma once

#include "core/import/ImportOptions.h"

#include <QtGlobal>

namespace steward {

// Length of the byte order mark of `encoding` at the start of `data` (0 when there is none).
// UTF-8 EF BB BF, UTF-16LE FF FE, UTF-16BE FE FF, GB18030 84 31 95 33.
int byteOrderMarkLength(TextEncoding encoding, const char *data, qsizetype size);

// Guesses the encoding of a text file from its first bytes (about 64 KiB; `complete` when that is
// the whole file): a byte order mark; else UTF-16 by the pattern of zero bytes (ASCII characters
// have a zero high byte); else UTF-8 when the sample is valid UTF-8 (a character cut at the end
// of an incomplete sample does not count against it); else GB18030, a superset of GBK.
TextEncoding detectTextEncoding(const char *data, qsizetype size, bool complete);

// True when a sample in `encoding` (after its byte order mark) does not look like text: a NUL
// character, or more than 1% control characters other than tab, line feed, vertical tab, form
// feed and carriage return.
bool looksBinary(TextEncoding encoding, const char *data, qsizetype size);

} // namespace steward
