#pragma once

#include "core/classify/FieldDecision.h"
#include "core/classify/FieldProfile.h"
#include "core/classify/Suggestion.h"

#include <QCoreApplication>
#include <QString>

namespace steward {

// How a field stands: no confirmed decision, a confirmed suggestion, or a confirmed override.
enum class DecisionStatus { Unconfirmed, Confirmed, Overridden };
QString decisionStatusName(DecisionStatus status);  // "unconfirmed", "confirmed", "overridden"
QString decisionStatusLabel(DecisionStatus status); // translated

// One field of a dataset as the classification view shows it: profile, suggestion, decision.
struct FieldClassification {
    Q_DECLARE_TR_FUNCTIONS(steward::FieldClassification)
public:
    QString name;        // column name (decisions are keyed by it)
    int position = 0;    // 0-based column position in the current dataset version
    QString type;        // contract type name of the current version

    bool hasProfile = false; // profile is cached for the current dataset version
    FieldProfile profile;    // top values serve as the "sample values" of the view

    bool hasSuggestion = false; // suggestion was made for the current dataset version
    Suggestion suggestion;

    FieldDecision decision;
    // The decision was made against another suggestion or type than the current one (e.g. a
    // replaced extract now holds an HIV code); staleReason says what changed (translated).
    bool stale = false;
    QString staleReason;

    // Not confirmed, or confirmed but stale.
    bool needsDecision() const;
    DecisionStatus status() const; // Unconfirmed when !decision.confirmed

    // The decision when confirmed, else the suggestion (what a release would use now).
    FieldRole effectiveRole() const;
    DataCategory effectiveCategory() const;
    int effectiveGrade() const;
};

// Whether each value of the field stands for one person: a direct identifier whose concept is a
// resident id, passport or social security number, or a medical record / inpatient / outpatient
// / health card / insurance number (a record number or a free-text column does not). The
// release's subject count and the consent register's subject field are this field.
bool isPersonIdentifier(const FieldClassification &field);

} // namespace steward
