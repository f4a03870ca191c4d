#include "ui/datasets/DatasetNameRules.h"

namespace steward::ui {

QString DatasetNameRules::problem(const QString &name, const QStringList &existing,
                                  const QString &allowed)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter a name for the dataset.");
    if (trimmed.size() > kMaxDatasetNameLength)
        return tr("The name is too long (at most %1 characters).")
            .arg(kMaxDatasetNameLength);
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control)
            return tr("The name cannot contain control characters.");
    }
    if (!allowed.isEmpty() && trimmed.compare(allowed, Qt::CaseInsensitive) == 0)
        return {};
    for (const QString &other : existing) {
        if (trimmed.compare(other, Qt::CaseInsensitive) == 0)
            return tr("The project already has a dataset named “%1”.")
                .arg(other);
    }
    return {};
}

} // namespace steward::ui
