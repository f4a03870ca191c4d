#include "ui/import/ImportProgressDialog.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace steward::ui {

namespace {
constexpr int kBarMaximum = 1000;
}

ImportProgressDialog::ImportProgressDialog(const QString &fileName, QWidget *parent)
    : QDialog(parent),
      m_label(new QLabel(this)),
      m_bar(new QProgressBar(this)),
      m_cancelButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("importProgressDialog"));
    setWindowTitle(tr("Importing “%1”").arg(fileName));
    setWindowModality(Qt::WindowModal);
    setWindowFlag(Qt::WindowCloseButtonHint, false);
    setWindowFlag(Qt::WindowContextHelpButtonHint, false);

    m_label->setObjectName(QStringLiteral("importProgressLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    m_bar->setObjectName(QStringLiteral("importProgressBar"));
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    m_cancelButton->setObjectName(QStringLiteral("cancelImportButton"));
    m_cancelButton->setText(tr("Cancel"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_cancelButton, QDialogButtonBox::RejectRole);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportProgressDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(buttons);
    setProgress(0, 0);
}

void ImportProgressDialog::setProgress(qint64 done, qint64 estimatedTotal)
{
    if (m_cancelling)
        return;
    const QLocale locale;
    if (estimatedTotal > 0) {
        // The total is an estimate (from the file size) and may be passed before the end.
        const qint64 total = std::max(estimatedTotal, done);
        m_label->setText(tr("Importing rows %1 of ~%2")
                             .arg(locale.toString(done), locale.toString(total)));
        m_bar->setRange(0, kBarMaximum);
        m_bar->setValue(static_cast<int>(double(done) / double(total) * kBarMaximum));
    } else {
        m_label->setText(tr("Importing rows %1…").arg(locale.toString(done)));
        m_bar->setRange(0, 0);
    }
}

void ImportProgressDialog::setCancelling()
{
    m_cancelling = true;
    m_label->setText(tr("Cancelling… The project is left exactly as it was."));
    m_bar->setRange(0, 0);
    m_cancelButton->setEnabled(false);
}

QString ImportProgressDialog::labelText() const
{
    return m_label->text();
}

void ImportProgressDialog::reject()
{
    // Not closed here: the runner closes the dialog once the worker has stopped.
    if (!m_cancelling)
        emit cancelRequested();
}

void ImportProgressDialog::closeEvent(QCloseEvent *event)
{
    event->ignore();
    reject();
}

} // namespace steward::ui
