#include "ui/consent/ConsentPanel.h"

#include "ui/consent/ConsentAttachRunner.h"
#include "core/consent/ConsentService.h"
#include "core/store/ProjectStore.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QToolButton>

#include <algorithm>
#include <climits>

namespace steward::ui {

ConsentPanel::ConsentPanel(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_button(new QToolButton(this)),
      m_attachAction(new QAction(tr("Attach Consent &Register…"), this)),
      m_detachAction(new QAction(tr("Detach Consent Register"), this)),
      m_runner(new ConsentAttachRunner(this))
{
    setObjectName(QStringLiteral("consentPanel"));
    m_label->setObjectName(QStringLiteral("consentSummary"));
    m_button->setObjectName(QStringLiteral("consentButton"));
    m_attachAction->setObjectName(QStringLiteral("attachConsentAction"));
    m_detachAction->setObjectName(QStringLiteral("detachConsentAction"));
    m_attachAction->setToolTip(
        tr("Attach a consent register (CSV or Excel: subject, status, scope, date) to this "
           "dataset; a release leaves out the persons without valid consent for its purpose"));
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *menu = new QMenu(this);
    menu->addAction(m_attachAction);
    menu->addAction(m_detachAction);
    m_button->setDefaultAction(m_attachAction);
    m_button->setMenu(menu);
    m_button->setPopupMode(QToolButton::MenuButtonPopup);
    m_button->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_button);

    connect(m_attachAction, &QAction::triggered, this, &ConsentPanel::chooseAndAttach);
    connect(m_detachAction, &QAction::triggered, this, &ConsentPanel::detach);
    connect(m_runner, &ConsentAttachRunner::progressChanged, this, [this](qint64 done, qint64 total) {
        if (!m_progress)
            return;
        // The total is an estimate from the bytes read: keep the bar below 100 % until the end.
        if (total > 0) {
            m_progress->setMaximum(1000);
            m_progress->setValue(int(std::min<qint64>(999, done * 1000 / total)));
        }
        m_progress->setLabelText(tr("Attaching the consent register: %1 rows read…")
                                     .arg(QLocale().toString(done)));
    });
    connect(m_runner, &ConsentAttachRunner::succeeded, this, [this](const ConsentRegisterInfo &info) {
        emit message(tr("Consent register %1 attached to %2: %Ln person(s).", nullptr,
                        int(std::min<qint64>(info.subjects, INT_MAX)))
                         .arg(info.sourceFile, info.dataset));
        emit registerChanged(info.dataset);
    });
    connect(m_runner, &ConsentAttachRunner::failed, this, &ConsentPanel::showError);
    connect(m_runner, &ConsentAttachRunner::cancelled, this,
            [this] { emit message(tr("Attaching the consent register was cancelled; nothing changed.")); });
    connect(m_runner, &ConsentAttachRunner::finished, this, &ConsentPanel::attachFinished);
    refresh();
}

ConsentPanel::~ConsentPanel()
{
    m_runner->stop();
}

QString ConsentPanel::summaryText() const
{
    return m_label->text();
}

void ConsentPanel::setProject(ProjectStore *store)
{
    if (!store && m_runner->isRunning())
        m_runner->stop();
    m_store = store;
    if (!store)
        m_dataset.reset();
    refresh();
}

void ConsentPanel::showDataset(const std::optional<DatasetInfo> &dataset)
{
    m_dataset = dataset;
    refresh();
}

void ConsentPanel::refresh()
{
    m_register.reset();
    m_label->setToolTip(QString());
    if (!m_store || !m_dataset) {
        m_label->clear();
        updateActions();
        return;
    }
    const Result<std::optional<ConsentRegisterInfo>> shown = ConsentService(*m_store).show(m_dataset->name);
    if (!shown) {
        m_label->setText(tr("Consent register not readable"));
        m_label->setToolTip(shown.error().message);
    } else if (!*shown) {
        m_label->setText(tr("No consent register"));
    } else {
        m_register = **shown;
        const QLocale locale;
        m_label->setText(tr("Consent: %1 persons — %2 granted, %3 withdrawn, %4 refused")
                             .arg(locale.toString(m_register->subjects),
                                  locale.toString(m_register->granted),
                                  locale.toString(m_register->withdrawn),
                                  locale.toString(m_register->refused)));
        m_label->setToolTip(tr("%1 (sha256 %2…), matched on field %3, attached %4 by %5")
                                .arg(m_register->sourceFile, m_register->sha256.left(16),
                                     m_register->subjectField,
                                     locale.toString(m_register->attachedAt.toLocalTime(),
                                                     QLocale::ShortFormat),
                                     m_register->attachedBy));
    }
    updateActions();
}

void ConsentPanel::updateActions()
{
    const bool ready = m_store && m_dataset && !m_runner->isRunning();
    m_attachAction->setEnabled(ready);
    m_detachAction->setEnabled(ready && m_register.has_value());
    m_attachAction->setText(m_register ? tr("Replace Consent &Register…")
                                       : tr("Attach Consent &Register…"));
}

void ConsentPanel::chooseAndAttach()
{
    if (!m_store || !m_dataset)
        return;
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Attach Consent Register"), QString(),
        tr("Consent registers (*.csv *.tsv *.txt *.xlsx *.xls);;All files (*)"));
    if (file.isEmpty())
        return;
    // The field matched against the register: automatic (the classified patient identifier)
    // unless the user names one.
    const QString automatic = tr("Automatic (the field classified as the patient identifier)");
    QStringList choices{automatic};
    for (const ColumnInfo &c : m_dataset->columns)
        choices.append(c.name);
    const QString current = m_register ? m_register->subjectField : QString();
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Attach Consent Register"),
        tr("Match the register's subjects on this field of %1 (before masking):").arg(m_dataset->name),
        choices, std::max<int>(0, int(choices.indexOf(current))), false, &ok);
    if (!ok)
        return;
    attachFile(file, chosen == automatic ? QString() : chosen);
}

bool ConsentPanel::attachFile(const QString &file, const QString &subjectField)
{
    if (!m_store || !m_dataset || m_runner->isRunning())
        return false;
    m_attaching = m_dataset->name;
    if (!m_runner->start(*m_store, m_attaching, file, subjectField))
        return false;
    updateActions();
    m_progress = new QProgressDialog(tr("Attaching the consent register…"), tr("Cancel"), 0, 0, this);
    m_progress->setObjectName(QStringLiteral("consentProgress"));
    m_progress->setWindowTitle(QFileInfo(file).fileName());
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_runner, &ConsentAttachRunner::cancel);
    return true;
}

void ConsentPanel::attachFinished()
{
    if (m_progress) {
        m_progress->disconnect(this);
        m_progress->disconnect(m_runner);
        m_progress->close();
        m_progress->deleteLater();
    }
    m_attaching.clear();
    refresh();
}

void ConsentPanel::detach()
{
    if (!m_store || !m_dataset || m_runner->isRunning())
        return;
    const QString name = m_dataset->name;
    if (const Status detached = ConsentService(*m_store).detach(name); !detached) {
        showError(detached.error());
        return;
    }
    refresh();
    emit message(tr("Consent register of %1 detached.").arg(name));
    emit registerChanged(name);
}

void ConsentPanel::showError(const Error &error)
{
    // File, line and column of a malformed register; the message never quotes a cell.
    QString text = error.message;
    if (!error.file.isEmpty() && error.line > 0)
        text = tr("%1, line %2, column %3: %4")
                   .arg(QFileInfo(error.file).fileName(), QLocale().toString(error.line),
                        QLocale().toString(error.column), error.message);
    emit message(tr("The consent register was not attached: %1").arg(text));
    QMessageBox box(QMessageBox::Warning, tr("Attach Consent Register"),
                    tr("The consent register was not attached; nothing changed."), QMessageBox::Ok,
                    this);
    box.setObjectName(QStringLiteral("consentErrorBox"));
    box.setInformativeText(text);
    box.exec();
}

} // namespace steward::ui
