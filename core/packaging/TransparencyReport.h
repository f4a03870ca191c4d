#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace steward {

class ProjectStore;

// `release report --html FILE`: the public transparency report of every release that left (or,
// marked so, is under way): to whom, purpose, categories of data, sharing mode, dates, approvals
// by role, exports (date, package SHA-256) — no personal data, no field values, no named users.
// One self-contained HTML file in the UI's language, written through QSaveFile.
class TransparencyReport final {
    Q_DECLARE_TR_FUNCTIONS(steward::TransparencyReport)
public:
    // Returns the number of releases in the report.
    static Result<int> writeHtml(ProjectStore &store, const QString &path);
};

} // namespace steward
