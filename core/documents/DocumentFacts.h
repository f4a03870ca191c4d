#pragma once

#include "core/common/Result.h"
#include "core/consent/ConsentRegister.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace steward {

// One field of a released dataset as the documents quote it.
struct FactField {
    QString dataset;
    QString field;
    QString type;      // contract column type name
    QString role;      // fieldRoleName of the effective role
    QString category;  // dataCategoryName
    int grade = 0;
    bool confirmed = false;
    QString rule;      // MaskRule::format(); "keep" when no rule
    bool released = true; // false when dropped
    bool generalised = false; // bands, date, topcode/bottomcode, truncate, recode, hierarchy

    bool operator==(const FactField &other) const = default;
};

// Risk figures of one dataset: the masked data as released ("after") and as stored ("before").
struct FactRisk {
    int k = 0;                    // the policy's minimum k the figures were measured with
    qint64 records = 0;           // records measured (after record suppression)
    qint64 classes = 0;
    qint64 minClass = 0;
    qint64 recordsBelowK = 0;
    double prosecutorMax = 0.0;
    double prosecutorAvg = 0.0;
    double sampleUniques = 0.0;   // fraction
    qint64 suppressedRecords = 0;
    QMap<QString, int> lDiversity; // sensitive field → smallest distinct l

    bool operator==(const FactRisk &other) const = default;
};

struct FactDataset {
    QString name;
    int version = 0;        // dataset version (a new extract is a new version)
    qint64 records = 0;     // rows stored
    qint64 subjects = -1;   // distinct subjects; -1 unknown
    QString subjectField;
    int grade = 0;          // highest effective grade of its fields
    QStringList quasi;      // quasi-identifiers measured
    QStringList sensitive;
    FactRisk before;        // stored data
    FactRisk after;         // masked data
    // With a consent register attached: the records left out for want of valid consent for the
    // release's purpose, by reason (the risk figures are of the records that remain).
    std::optional<ConsentExclusion> consent;

    bool operator==(const FactDataset &other) const = default;
};

// Everything generated that a document quotes: computed from a release's measurements
// (DocumentFactsBuilder), stored with each document version, and compared with the project's
// current facts to tell that a document is out of date and what changed. Holds names, grades,
// rules and figures; never cell values.
struct DocumentFacts {
    Q_DECLARE_TR_FUNCTIONS(steward::DocumentFacts)
public:
    QList<FactDataset> datasets;
    QList<FactField> fields;   // every field of every dataset, in release then column order
    int releaseGrade = 0;      // highest grade among released fields
    // What the project really does, to pre-tick the measures catalogue: "pseudonymisation",
    // "generalisation", "suppression" (cells or records), "masking" (redact/mask/scrub),
    // "date_shift", "minimisation" (a field dropped), "k_anonymity" (min class ≥ policy k),
    // "audit_trail" (always), "encryption" (package encryption is offered: always),
    // "access_control" (named users listed).
    QStringList measures;
    // Likelihood (1–4) of re-identification before and after measures, derived from the highest
    // prosecutor risk over the datasets (ReidentificationLikelihood); 0 when nothing was measured.
    int reidentificationBefore = 0;
    int reidentificationAfter = 0;

    bool isEmpty() const { return datasets.isEmpty(); }
    // Translated sentences (UI language) naming what differs between `older` (what a document
    // quotes) and *this (the project now): "Rule of inpatient.age changed: keep → bands:width=5",
    // "inpatient is now version 3", "Highest prosecutor risk 0.2 → 0.33", "Field x added".
    // Empty when nothing a document quotes changed.
    QStringList changesSince(const DocumentFacts &older) const;

    QJsonObject toJson() const;
    static Result<DocumentFacts> fromJson(const QJsonObject &json);

    bool operator==(const DocumentFacts &other) const = default;
};

} // namespace steward
