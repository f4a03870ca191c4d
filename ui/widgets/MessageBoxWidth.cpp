#include "ui/widgets/MessageBoxWidth.h"

#include <QGridLayout>
#include <QMessageBox>
#include <QSpacerItem>

namespace steward::ui {

namespace {
constexpr int kReadableChars = 60;
} // namespace

void setReadableWidth(QMessageBox &box)
{
    auto *grid = qobject_cast<QGridLayout *>(box.layout());
    if (!grid)
        return;
    // QMessageBox takes its layout's minimum width into account: an invisible spacer across the
    // last row sets it.
    const int width = box.fontMetrics().averageCharWidth() * kReadableChars;
    grid->addItem(new QSpacerItem(width, 0, QSizePolicy::Minimum, QSizePolicy::Fixed),
                  grid->rowCount(), 0, 1, grid->columnCount());
}

} // namespace steward::ui
