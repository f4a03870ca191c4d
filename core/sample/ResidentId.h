#pragma once

#include <QChar>
#include <QStringView>

namespace steward {

// GB 11643 resident identity numbers: 6-digit region code, YYYYMMDD birth date, 3-digit
// sequence (odd = male) and a check character over the first 17 digits
// (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2; S mod 11 -> "10X98765432").

// The check character for 17 leading digits; a null QChar when the input is not 17 ASCII digits.
QChar residentIdCheckCharacter(QStringView first17);

// True for 18 characters whose first 17 are digits, whose birth date is a real date and whose
// last character is the right check character (upper- or lower-case x accepted).
bool isValidResidentId(QStringView id);

} // namespace steward
