#include "MainWindow.h"

namespace steward::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Steward"));
}

MainWindow::~MainWindow() = default;

bool MainWindow::openProject(const QString &)
{
    return false;
}

} // namespace steward::ui
