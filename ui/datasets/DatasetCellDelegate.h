#pragma once

#include <QStyledItemDelegate>

namespace steward::ui {

// Paints a cell of the dataset table. A cell cut off at the left edge of the view (scrolled
// sideways by pixels) is drawn in the part that shows, with its usual margin and an ellipsis on
// the left, so that its last characters never sit against the row numbers and read as part of
// them ("402" + "1").
class DatasetCellDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace steward::ui
