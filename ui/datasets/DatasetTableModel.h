#pragma once

#include "core/classify/FieldClassification.h"
#include "core/store/DatasetInfo.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>
#include <QStringList>

#include <memory>
#include <vector>

namespace steward {
class ProjectStore;
}

namespace steward::ui {

// A read-only view of one dataset that never holds the table in memory: the row count comes from
// DatasetInfo (stored at import, never counted), rows are fetched on demand in windows of
// kWindowRows through ProjectStore::rows() (rowid ranges), and at most kMaxWindows windows are
// kept (least recently used is dropped). Scrolling fetches only the windows that are painted.
class DatasetTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kWindowRows = 512;
    static constexpr int kMaxWindows = 32;

    // The store must outlive the model (or be detached first with detach()).
    DatasetTableModel(ProjectStore *store, DatasetInfo dataset, QObject *parent = nullptr);
    ~DatasetTableModel() override;

    const DatasetInfo &dataset() const { return m_dataset; }
    // Forgets the store: the model then shows no rows. Used before the project closes.
    void detach();

    // Shows only the rows with these ids (1-based file rows), in this order; nullptr: every row in
    // file order.
    void setRowOrder(std::shared_ptr<const std::vector<qint64>> rowIds);
    bool isFileOrder() const { return !m_rowIds; }
    // The file row number (1-based) of the row shown at `row`, 0 when out of range.
    qint64 fileRow(int row) const;
    // Role and grade of each field by name, for the header tooltips (empty: not classified).
    void setFieldClassifications(const QList<FieldClassification> &fields);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The cell text as stored, fetching its window if needed (empty when out of range).
    QString cellText(int row, int column) const;

    // Instrumentation for tests and diagnostics.
    int cachedWindowCount() const { return static_cast<int>(m_windows.size()); }
    qint64 fetchCount() const { return m_fetchCount; }
    // The last fetch error ("" when none).
    QString lastError() const { return m_lastError; }

signals:
    // A window could not be read (the message never contains cell values). Emitted once per
    // model, queued, so that views are not re-entered while painting.
    void fetchFailed(const QString &message);

private:
    struct Window {
        qint64 index = 0;
        QList<QStringList> rows;
        quint64 lastUsed = 0;
    };

    const QStringList *rowAt(int row) const;
    const Window *window(qint64 windowIndex) const;
    QString headerToolTip(int section) const;

    ProjectStore *m_store;
    DatasetInfo m_dataset;
    int m_rowCount;
    std::shared_ptr<const std::vector<qint64>> m_rowIds;
    QHash<QString, FieldClassification> m_fields;
    QLocale m_locale;

    mutable std::vector<Window> m_windows;
    mutable quint64 m_clock = 0;
    mutable int m_lastHit = -1;
    mutable qint64 m_fetchCount = 0;
    mutable QString m_lastError;
};

} // namespace steward::ui
