#pragma once

#include <QDate>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace steward {

class SensitiveDiagnoses;

// The fixed registry of named validators: checks a regular expression cannot express (checksums,
// calendar dates, numeric ranges, word lists). Rule files refer to them by name.
enum class ValidatorKind {
    None,
    ResidentId,    // "gb11643": GB 11643 check character and a real birth date not in the future
    Uscc,          // "gb32100": Unified Social Credit Code check character
    Luhn,          // "luhn": bank card numbers (separators ignored)
    Date,          // "date": a real calendar date, year 1900-2100 (Y-M-D, Y年M月D日, YYYYMMDD, M/D/Y, D.M.Y)
    DateTime,      // "datetime": a real date plus a valid time of day
    Ipv4,          // "ipv4": four octets 0-255 without leading zeros
    Ipv6,          // "ipv6": RFC 4291 text forms, "::" compression, embedded IPv4
    Age,           // "age": a whole number of years 0-120 (unit suffix allowed)
    IcdSensitive,  // "icd10_sensitive": an ICD-10 code in an enabled highly sensitive range
    ChineseName,   // "cn_name": common surname (lists cn_surnames, cn_double_surnames) + 1-2 given characters
    ChineseMaskedName, // "cn_masked_name": surname followed by mask characters (张*, 李某某)
    LatinName,     // "latin_name": 2-3 capitalised words, a known first name or surname, no stop word
    InList,        // "in_list": the value (case-insensitive) is an entry of the detector's list
};

std::optional<ValidatorKind> validatorKindFromName(QStringView name); // "" and "none" → None
QString validatorKindName(ValidatorKind kind);
QStringList validatorKindNames();
bool validatorNeedsList(ValidatorKind kind); // in_list needs the detector's "list"

// Date helpers shared with the profiler (min/max of date columns).
std::optional<QDate> parseDateValue(QStringView value);
// Seconds since 1970-01-01T00:00 (no time zone) of a date or date-time value.
std::optional<qint64> parseDateTimeValue(QStringView value);
bool residentIdChecksumOk(QStringView value); // 18 characters, check character only
int ageValue(QStringView value);               // -1 when not an age

// The word lists and tables the validators consult, built once from a rule set's lists.
class ValidatorContext final {
public:
    ValidatorContext() = default;
    ValidatorContext(const QHash<QString, QStringList> &lists, const SensitiveDiagnoses *sensitive);

    // listIndex is from listIndex() (in_list only).
    bool validate(ValidatorKind kind, QStringView value, int listIndex = -1) const;
    int listIndex(const QString &name) const; // -1 when unknown

private:
    bool chineseName(QStringView value) const;
    bool chineseMaskedName(QStringView value) const;
    bool latinName(QStringView value) const;
    bool inList(QStringView value, int listIndex) const;
    int surnameLength(QStringView value) const; // 0 when the value does not start with a surname

    QDate m_today;
    QSet<QChar> m_surnames;
    QSet<QString> m_doubleSurnames;
    QSet<QChar> m_excludedGivenChars;
    QSet<QString> m_latinFirstNames; // lower case
    QSet<QString> m_latinSurnames;
    QSet<QString> m_latinStopwords;
    QStringList m_listNames;
    QList<QSet<QString>> m_lists; // lower case
    const SensitiveDiagnoses *m_sensitive = nullptr;
};

} // namespace steward
