#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace steward::ui {

// Review packages in words for a reader with no other context (UI language, numbers through
// QLocale): gate names, section marks, sharing modes and risk figures.
class ReviewText final {
    Q_DECLARE_TR_FUNCTIONS(steward::ui::ReviewText)
public:
    // "dsa_complete" → "The data sharing agreement is complete"; an unknown id is shown as it is.
    static QString gate(const QString &id);
    // "acceptable", "improvable", "to_correct" and "" (not marked).
    static QStringList markKeys();
    static QString mark(const QString &key);
    // A sharing mode's name ("controlled") as its label; unknown names as they are.
    static QString mode(const QString &name);
    // Plain sentences about one dataset's risk object (review.json's "risk"/"risk_before").
    static QString riskInWords(const QJsonObject &risk);
    // "12.5 %" for 0.125; "—" when absent.
    static QString percent(const QJsonValue &fraction);
    static QString count(const QJsonValue &value);
    // A signer role's name ("ethics") as a label ("Ethics committee").
    static QString role(const QString &name);
};

} // namespace steward::ui
