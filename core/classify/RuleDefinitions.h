#pragma once

#include "core/classify/Taxonomy.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <climits>
#include <optional>

namespace steward {

// The plain data read from rule files (see core/classify/rules/README.md for the JSON schema).
// RuleSet merges them; DetectorSet compiles them for matching.

// A label in English and Chinese.
struct LocalizedText {
    QString en;
    QString zh;
    // Chinese for a Chinese locale (when given), otherwise English.
    QString text(const QLocale &locale = QLocale()) const;
};

// Cheap checks run before a pattern's regular expression; all must hold. Lengths are in UTF-16
// code units of the trimmed value.
struct Prefilter {
    enum FirstClass : unsigned {
        FirstDigit = 1u << 0,
        FirstUpper = 1u << 1, // ASCII A-Z
        FirstLower = 1u << 2, // ASCII a-z
        FirstCjk = 1u << 3,   // CJK unified ideograph
    };
    int minLength = 0;
    int maxLength = INT_MAX;
    int minDigits = 0; // ASCII digits
    int maxDigits = INT_MAX;
    int minCjk = 0;
    int maxCjk = INT_MAX;
    unsigned firstClasses = 0; // FirstClass bits; with firstChars empty too, any first character
    QString firstChars;        // literal first characters also accepted
    QString containsAny;       // when not empty, the value must contain one of these characters
};

struct PatternRule {
    QString regex; // value patterns are anchored by the engine; text patterns are searched
    Prefilter prefilter;
    std::optional<QString> validator; // overrides the detector's validator ("none": no validator)
};

struct DetectorRule {
    QString id;
    QString conceptId; // what a hit indicates
    LocalizedText label; // plural noun phrase: "4,987 of 5,000 values are <label>"
    QList<PatternRule> patterns;     // whole-value patterns
    QList<PatternRule> textPatterns; // searched inside free text; capture group 1 (if any) is validated
    QString validator;               // registry name, empty for none
    QString list;                    // list name for the in_list validator
    bool requiresHeader = false;     // value hits count only when the header names the concept
    double specificity = 0.8;        // 0-1: how much a value hit alone says about the concept
    double minDistinctRatio = 0.0;   // value evidence alone needs distinct/non-empty at least this
    std::optional<FieldRole> role;   // overrides the concept's hints
    std::optional<DataCategory> category;
    std::optional<int> grade;
    bool enabled = true;
};

struct ConceptRule {
    QString id;
    LocalizedText label; // singular noun phrase: "Header “…” suggests <label>"
    FieldRole role = FieldRole::Other;
    DataCategory category = DataCategory::MedicalApplication;
    int grade = 2;
    QStringList headers;   // synonyms; a leading '=' means "whole header only"
    QStringList detectors; // further detectors whose hits confirm this concept
    bool freeText = false; // the field holds narrative text: scanned for embedded identifiers
};

// A range of highly sensitive diagnoses (ICD-10 categories and diagnosis-text keywords).
struct SensitiveGroupRule {
    QString id;
    LocalizedText label; // "HIV/AIDS"
    int grade = 5;
    bool enabled = true;
    QStringList codes;    // "B20-B24", "Z21": three-character categories, ranges inclusive
    QStringList keywords; // Chinese substrings; ASCII words (all-caps: case-sensitive whole word)
};

} // namespace steward
