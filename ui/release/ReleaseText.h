#pragma once

#include "core/release/ReleasePolicy.h"

#include <QCoreApplication>
#include <QString>

namespace steward::ui {

// A release in words for the GUI (UI language, numbers through QLocale): its state, one policy
// value, or the whole policy in one line for the New Release dialog.
class ReleaseText final {
    Q_DECLARE_TR_FUNCTIONS(steward::ui::ReleaseText)
public:
    static QString state(const QString &state); // "draft" → "Draft"
    static QString value(const ReleasePolicy &policy, const QString &key);
    static QString summary(const ReleasePolicy &policy);
    // "Minimum k: 5 → 3"
    static QString change(const QString &key, const ReleasePolicy &from, const ReleasePolicy &to);
};

} // namespace steward::ui
