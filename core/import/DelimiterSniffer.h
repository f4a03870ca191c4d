#pragma once

#include <QChar>

#include <string_view>

namespace steward {

// Chooses the delimiter of delimited text from its first records (up to 100), given as UTF-8
// (decode first: GBK trail bytes include '|'). `complete` says the sample is the whole file;
// otherwise its last, possibly cut, record is ignored. Quote-aware. Among comma, tab, semicolon
// and pipe it prefers, in this order: the same field count (>1) in every record; the largest
// share of records having the most common count; the larger field count; comma, tab, semicolon,
// pipe. A sample where no candidate gives more than one field is a single-column file: comma.
QChar sniffDelimiter(std::string_view utf8, bool complete);

} // namespace steward
