#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <utility>

namespace steward {

// The masking operators of the command-line contract (shared/docs/cli.md, `rules --set`).
enum class MaskOperator {
    Keep, // unchanged
    Drop, // the field is left out of the result
    Redact, // text=…: every non-empty value becomes the fixed text
    Mask, // first=N,last=N,char=C: partial mask, keeping the first/last characters
    Pseudonym, // prefix=…: keyed token (HMAC-SHA256 with the project secret) of the normalised
               // value
    Bands, // width=N | breaks="a,b,c": numeric bands
    Date, // to=year|month|quarter: date generalisation
    Shift, // days=N,subject=FIELD: per-subject date shift
    TopCode, // max=N,label=…: values ≥ max become the label
    BottomCode, // min=N,label=…: values ≤ min become the label
    Truncate, // keep=N: leading digits/characters (postal codes, resident ID region)
    Recode, // table=FILE|builtin:icd10-category|builtin:icd10-chapter,unmatched=suppress|keep
    Hierarchy, // file=FILE | builder=SPEC,level=N: a level of a value hierarchy (value;level1;…;*)
               // or of a built-in one (HierarchySpec text form); neither: the hierarchy stored
               // in the project for the field
    Scrub, // identifiers inside free text become placeholders such as [PHONE]
    Suppress, // every non-empty value is suppressed (null)
};

QString maskOperatorName(MaskOperator op); // "keep", "drop", …
std::optional<MaskOperator> maskOperatorFromName(QStringView name); // case-insensitive
QStringList maskOperatorNames();
// Whether the operator needs the project secret (pseudonym, shift).
bool maskOperatorNeedsSecret(MaskOperator op);

// One field's masking rule: an operator and its parameters, as written on the command line
// (`OPERATOR[:K=V,K=V…]`, values containing commas, quotes or surrounding spaces in double quotes
// with inner quotes doubled) and as stored in JSON (`{"operator": "bands", "params": {"width":
// 10}}`).
//
// Parsing checks everything that can be checked without data or files: the operator name, that
// every parameter is known for it, given once, and well-formed (numbers, ranges, enumerations).
// Missing optional parameters take their documented defaults when the rule is compiled
// (MaskPlan); params() holds only what was given. Errors are ErrorCode::Usage and name the
// operator and the parameter, never its value.
class MaskRule final {
    Q_DECLARE_TR_FUNCTIONS(steward::MaskRule)

public:
    MaskRule() = default; // keep
    // A rule without parameters (every parameter takes its default).
    explicit MaskRule(MaskOperator op) : m_op(op) { }
    // Checks the parameters as parse() does (known names, given once, well-formed values) and
    // stores them with numbers in canonical form ("010" → "10").
    static Result<MaskRule> create(MaskOperator op, QList<std::pair<QString, QString>> params);

    // `text` is `OPERATOR[:K=V,…]`; syntax errors say at which character of `text` they are.
    static Result<MaskRule> parse(QStringView text);
    // `FIELD=OPERATOR[:K=V,…]` (the `rules --set` argument). The field is everything before the
    // first '=' that is followed by an operator name, so field names may contain '='.
    static Result<std::pair<QString, MaskRule>> parseAssignment(QStringView text);
    // {"operator": name, "params": {…}}; numeric parameters may be JSON numbers or strings.
    static Result<MaskRule> fromJson(const QJsonObject &json);

    // The command-line form, parameters in the order given; parse(format()) == *this.
    QString format() const;
    // Numeric parameters as JSON numbers, the others as strings.
    QJsonObject toJson() const;

    MaskOperator op() const { return m_op; }
    const QList<std::pair<QString, QString>> &params() const { return m_params; }
    bool hasParam(QStringView name) const;
    // The parameter's text, or `fallback` when it was not given.
    QString param(QStringView name, const QString &fallback = {}) const;
    bool needsSecret() const { return maskOperatorNeedsSecret(m_op); }

    bool operator==(const MaskRule &other) const = default;

private:
    static Result<MaskRule> parseAt(QStringView text, qsizetype offset);

    MaskOperator m_op = MaskOperator::Keep;
    QList<std::pair<QString, QString>> m_params;
};

} // namespace steward
