#pragma once

#include "core/mask/MaskEnvironment.h"
#include "core/mask/MaskPlan.h"
#include "core/mask/MaskRule.h"
#include "core/mask/MaskWorker.h"
#include "core/store/DatasetInfo.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace steward {
class ProjectStore;
}

namespace steward::ui {

// The side-by-side masking preview of one dataset: columns [0, N) are the original fields,
// columns [N, 2N) the same fields masked with the CURRENT rules (the Masking tab shows the two
// halves in two table views that hide the other half and share this model, selection and
// vertical scrolling).
//
// Rows are fetched lazily in pages of kPageRows through ProjectStore::rows() (the table is never
// loaded; at most kMaxPages pages are kept, least recently used dropped). The masked cells are
// computed in memory, for the cached pages only, by a MaskWorker over a MaskPlan compiled from
// the rules; nothing is written. A rule change recompiles the plan and recomputes, lazily when a
// page is painted, only the columns whose rule (or the secret behind it) changed; the original
// rows stay cached.
//
// What the masked half shows: a changed value highlighted (tooltip naming the operator), a
// suppressed value as a greyed "∅", a dropped field as a greyed "(dropped)" header over empty
// cells, a field whose rule needs the project secret while it is locked as "(locked)", a rule
// that does not compile (e.g. a recode table that went missing) as "(rule error)". Records
// suppressed by the risk pass (setSuppressedRecords) are struck out and greyed.
class MaskPreviewModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kPageRows = 256;
    static constexpr int kMaxPages = 16;

    enum class CellState {
        Original,   // a cell of the original half
        Unchanged,  // masked half: the value is the original one
        Changed,    // masked half: the operator changed the value
        Suppressed, // masked half: no value
        Dropped,    // masked half: the field is left out of the result
        Locked,     // masked half: the rule needs the project secret, which is locked
        Failed,     // masked half: the field's rule does not compile
    };
    Q_ENUM(CellState)

    enum Roles {
        CellStateRole = Qt::UserRole + 1, // CellState as int
        RecordSuppressedRole,             // bool: the risk pass suppresses the row's record
        FieldIndexRole,                   // int: the field (column of the dataset) of the cell
    };

    explicit MaskPreviewModel(QObject *parent = nullptr);
    ~MaskPreviewModel() override;

    // Shows a dataset (nullptr store: nothing). Drops the cached rows and the rules.
    void setSource(ProjectStore *store, const DatasetInfo &dataset);
    // Forgets the store (before the project closes).
    void detach() { setSource(nullptr, DatasetInfo{}); }
    const DatasetInfo &dataset() const { return m_dataset; }

    // The rules to preview (fields of the dataset; others are kept). Rules that need the secret
    // while `environment` has none are shown locked; rules that do not compile are reported by
    // ruleErrors() and shown as failed. Only the masked half of changed fields is recomputed.
    void setRules(const QList<std::pair<QString, MaskRule>> &rules,
                  const MaskEnvironment &environment);

    // Record suppression of the risk pass: flag i (non-zero) suppresses the record at 0-based row
    // i of ProjectStore::rows order; null clears it.
    void setSuppressedRecords(std::shared_ptr<const std::vector<uint8_t>> flagsByRowIndex);
    void setSuppressionPending(bool pending);
    bool isSuppressionPending() const { return m_suppressionPending; }
    bool isRecordSuppressed(int row) const;
    int suppressedRecordCount() const;

    int fieldCount() const { return int(m_dataset.columns.size()); }
    int originalColumn(int field) const { return field; }
    int maskedColumn(int field) const { return fieldCount() + field; }
    bool isMaskedColumn(int column) const { return column >= fieldCount(); }
    int fieldOfColumn(int column) const
    {
        return isMaskedColumn(column) ? column - fieldCount() : column;
    }

    // Fields shown "(locked)" (their rule needs the project secret) in column order.
    QStringList lockedFields() const;
    // "FIELD: message" of each rule that does not compile ("" when all compile).
    QStringList ruleErrors() const;
    const MaskRule &ruleOf(int field) const;

    // Cell contents without the view roles (fetching the row's page when needed).
    QString originalText(int row, int field) const;
    QString maskedText(int row, int field) const;
    CellState maskedState(int row, int field) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Instrumentation for tests and diagnostics.
    int cachedPageCount() const { return int(m_pages.size()); }
    qint64 fetchCount() const { return m_fetchCount; }
    qint64 maskedCellCount() const { return m_maskedCells; } // cells masked since setSource
    QString lastError() const { return m_lastError; }

signals:
    // A page could not be read (the message never contains cell values); emitted once, queued.
    void fetchFailed(const QString &message);
    void suppressionPendingChanged(bool pending);
    // The rules were compiled again (locked fields or rule errors may have changed).
    void rulesApplied();

private:
    enum class Kind { Keep, Masked, Dropped, Locked, Failed };
    struct FieldPlan {
        MaskRule rule;
        Kind kind = Kind::Keep;
        QString signature; // what the masked values depend on besides the cells
        quint64 version = 0;
        QString error;
    };
    struct MaskedValue {
        QString text;
        CellState state = CellState::Unchanged;
    };
    struct Page {
        qint64 index = 0;
        int rows = 0;
        QList<QStringList> original;
        std::vector<std::string> utf8;       // rows × fields, what the masker reads
        std::vector<MaskedValue> masked;     // rows × fields
        std::vector<quint64> maskedVersion;  // per field: FieldPlan::version computed
        quint64 lastUsed = 0;
    };

    Page *page(qint64 pageIndex) const;
    Page *pageOfRow(int row) const;
    void ensureMasked(Page &page) const;
    const MaskedValue *masked(int row, int field) const;
    QVariant originalData(int row, int field, int role) const;
    QVariant maskedData(int row, int field, int role) const;
    QString changeToolTip(int field) const;

    ProjectStore *m_store = nullptr;
    DatasetInfo m_dataset;
    int m_rowCount = 0;
    QLocale m_locale;

    std::vector<FieldPlan> m_fields;
    quint64 m_versionClock = 0;
    std::optional<MaskPlan> m_plan;
    mutable std::optional<MaskWorker> m_worker;

    std::shared_ptr<const std::vector<uint8_t>> m_suppressed;
    bool m_suppressionPending = false;

    mutable std::vector<Page> m_pages;
    mutable quint64 m_clock = 0;
    mutable qint64 m_fetchCount = 0;
    mutable qint64 m_maskedCells = 0;
    mutable QString m_lastError;
};

} // namespace steward::ui
