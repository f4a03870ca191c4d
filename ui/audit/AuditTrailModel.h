#pragma once

#include "core/store/AuditEntry.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace steward::ui {

// The entries of a project's audit trail, oldest first, one row each. Audit trails are small
// (one entry per change a person made), so the model holds them all; the view filters and sorts
// them through a QSortFilterProxyModel.
class AuditTrailModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { IdColumn, TimeColumn, UserColumn, ActionColumn, ActionIdColumn, TargetColumn,
                  DetailColumn, ColumnCount };
    enum Roles {
        // The raw value a filter compares: the action id, the target, the user.
        RawRole = Qt::UserRole + 1,
        // The entry's id (qint64), also the sort key of the time column.
        IdRole,
        // Everything the text filter searches in one string.
        SearchRole,
    };

    explicit AuditTrailModel(QObject *parent = nullptr);

    // Replaces the entries; `firstBrokenId` (0 when the chain is intact) marks the entry from
    // which the hash chain no longer holds.
    void setEntries(const QList<AuditEntry> &entries, qint64 firstBrokenId);
    const QList<AuditEntry> &entries() const { return m_entries; }
    const AuditEntry *entry(int row) const;
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The stored UTC time in the user's locale and time zone, with seconds; the stored text when
    // it is not a time.
    static QString timeText(const QString &storedUtc);
    // The detail JSON in one line ("version: 2 · fields: age, sex") and as indented lines for
    // the detail pane; text that is not JSON is shown as it is.
    static QString detailSummary(const QString &detailJson);
    static QString detailText(const QString &detailJson);

private:
    QList<AuditEntry> m_entries;
    QStringList m_actionNames; // AuditLog::actionName of each entry
    qint64 m_firstBrokenId = 0;
};

} // namespace steward::ui
