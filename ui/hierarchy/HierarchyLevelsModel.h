#pragma once

#include "ui/hierarchy/HierarchyFieldValues.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QStringList>

#include <string>
#include <vector>

namespace steward::ui {

// The levels of a hierarchy as a table: one row per distinct value of the field, one column per
// level (the value itself first, "*" last), each cell the value's label at that level with the
// number of records that label covers. Rows arrive in windows as the view scrolls (a field may
// have tens of thousands of values); the counts are computed once per hierarchy.
class HierarchyLevelsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kFetchSize = 500;
    enum Role { RecordsRole = Qt::UserRole + 1, LabelRole };

    explicit HierarchyLevelsModel(QObject *parent = nullptr);

    // `rows` as HierarchyBuilder::rows gives them (value;level1;…;*), in the order of
    // `values.values`; `levelNames` one per column.
    void setLevels(const std::vector<std::vector<std::string>> &rows,
                   const HierarchyFieldValues &values, const QStringList &levelNames);
    void clear();

    int levelCount() const { return static_cast<int>(m_levelNames.size()); }
    qint64 valueCount() const { return static_cast<qint64>(m_rows.size()); }
    // Records covered by the label of row `row` at `level`.
    qint64 records(int row, int level) const;
    QString label(int row, int level) const;
    // Distinct labels at a level.
    int labelCount(int level) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct Row {
        std::vector<std::string> labels;
        std::vector<qint64> covered; // per level
    };
    std::vector<Row> m_rows; // sorted for display
    QStringList m_levelNames;
    std::vector<int> m_labelCounts;
    int m_shown = 0;
};

} // namespace steward::ui
