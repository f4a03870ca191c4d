#include "ui/datasets/DatasetCellDelegate.h"

namespace steward::ui {

void DatasetCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    // Cell rectangles are in viewport coordinates: a negative left edge is the clipped part.
    if (option.rect.left() >= 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem visible(option);
    visible.rect.setLeft(0);
    visible.textElideMode = Qt::ElideLeft;
    QStyledItemDelegate::paint(painter, visible, index);
}

} // namespace steward::ui
