#pragma once

#include "core/import/Importer.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace steward::ui {

// The first rows of a file as the import would store them, with each column's name and the type
// guessed from these rows in the header ("name" over "integer").
class ImportPreviewModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setPreview(const ImportPreview &preview);
    void clear();
    const ImportPreview &preview() const { return m_preview; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ColumnType typeOf(int column) const;

    ImportPreview m_preview;
    QLocale m_locale;
};

} // namespace steward::ui
