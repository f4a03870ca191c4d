#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace steward::ui {

// The review and export side of a release in words for the GUI (UI language, times through
// QLocale): gate titles, signer roles, encryption kinds, times.
class WorkflowText final {
    Q_DECLARE_TR_FUNCTIONS(steward::ui::WorkflowText)
public:
    // "dsa_complete" → "Agreement complete" (ReleaseStatus::gateLabel); an unknown id as it is.
    static QString gate(const QString &id);
    // "compliance" → "Compliance"; an unknown role as it is.
    static QString role(const QString &role);
    // "none", "passphrase", "recipients" → words.
    static QString encryption(const QString &kind);
    // Local time, short format with seconds dropped; "—" for a null time.
    static QString time(const QDateTime &utc);
};

} // namespace steward::ui
