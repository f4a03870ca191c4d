#pragma once

#include "core/store/DatasetInfo.h"

#include <QChar>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace steward::ui {

// Translated, human-readable names and counts shared by the views.
class DisplayNames final {
    Q_DECLARE_TR_FUNCTIONS(steward::ui::DisplayNames)
public:
    // Names for the machine names the core stores ("gb18030", ...); column types and delimiters:
    // columnTypeText(), delimiterText() in core.
    static QString encodingDisplayName(const QString &encodingName);

    // "1 row" / "1,234 rows" and "1 column" / "18 columns", numbers formatted for the locale.
    static QString rowCountText(qint64 rows);
    static QString columnCountText(qint64 columns);

    // The fields an action applies to, for messages and undo texts: “名称” for one, else
    // "3 fields".
    static QString fieldListText(const QStringList &fields);
};

// A core error message (a lower-case fragment meant for "FILE: error: …") as a sentence for a
// dialog: first letter capitalised, final full stop.
QString errorSentence(const QString &message);

} // namespace steward::ui
