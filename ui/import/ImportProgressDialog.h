#pragma once

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

namespace steward::ui {

// "Importing rows X of ~Y" with a Cancel button. Closing the window or pressing Escape asks to
// cancel too; the dialog stays until the import has actually stopped.
class ImportProgressDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ImportProgressDialog(const QString &fileName, QWidget *parent = nullptr);

    void setProgress(qint64 done, qint64 estimatedTotal);
    // Shown after Cancel: the import is being rolled back.
    void setCancelling();
    QString labelText() const;

signals:
    void cancelRequested();

public slots:
    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancelButton;
    bool m_cancelling = false;
};

} // namespace steward::ui
