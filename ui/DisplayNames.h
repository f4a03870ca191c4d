#pragma once

#include "store/DatasetInfo.h"

#include <QChar>
#include <QString>

namespace steward::ui {

// Translated, human-readable names for the machine names the core stores ("gb18030", ...); column
// types and delimiters: columnTypeText(), delimiterText() in core.
QString encodingDisplayName(const QString &encodingName);

// "1 row" / "1,234 rows" and "1 column" / "18 columns", numbers formatted for the locale.
QString rowCountText(qint64 rows);
QString columnCountText(qint64 columns);

// A core error message (a lower-case fragment meant for "FILE: error: …") as a sentence for a
// dialog: first letter capitalised, final full stop.
QString errorSentence(const QString &message);

} // namespace steward::ui
