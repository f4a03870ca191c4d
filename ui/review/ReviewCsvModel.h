#pragma once

#include "core/common/Result.h"

#include <QAbstractTableModel>
#include <QIODevice>
#include <QList>
#include <QStringList>

#include <functional>
#include <memory>

namespace steward::ui {

class ReviewCsvReader;

// A read-only table over a CSV file of a package: the header row names the columns and records
// are read in blocks as the view scrolls to them (canFetchMore/fetchMore), never the whole file
// at once. Nothing can be edited.
class ReviewCsvModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kBlock = 500;

    explicit ReviewCsvModel(QObject *parent = nullptr);
    ~ReviewCsvModel() override;

    // Starts over on the device (header row, then the first block). An error when it cannot be
    // opened; the model is then empty.
    Status setDevice(Result<std::unique_ptr<QIODevice>> device);
    void clear();
    // Every record read so far (the end of the file reached).
    bool isComplete() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void rowsLoaded(int rows, bool complete);

private:
    std::unique_ptr<ReviewCsvReader> m_reader;
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace steward::ui
