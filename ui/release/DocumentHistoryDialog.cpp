#include "ui/release/DocumentHistoryDialog.h"

#include "core/documents/DocumentComposer.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextCursor>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace steward::ui {

DocumentHistoryDialog::DocumentHistoryDialog(const DocumentState &state,
                                             const DocumentTemplate &tmpl,
                                             const QList<DocumentVersion> &versions,
                                             QWidget *parent)
    : QDialog(parent), m_state(state), m_tmpl(tmpl), m_versions(versions)
{
    setObjectName(QStringLiteral("documentHistoryDialog"));
    setWindowTitle(tr("History of %1").arg(DocumentKinds::label(state.kind)));
    resize(1000, 640);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("versionList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Version"), tr("Action"), tr("By"), tr("When")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    const QLocale locale;
    for (const DocumentVersion &version : std::as_const(m_versions)) {
        auto *row = new QTreeWidgetItem(m_list);
        row->setText(0, locale.toString(version.version));
        row->setData(0, Qt::UserRole, version.version);
        row->setText(1, actionText(version));
        row->setText(2, version.savedBy);
        row->setText(3, locale.toString(version.savedAt.toLocalTime(), QLocale::ShortFormat));
    }

    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("versionPreview"));
    m_preview->setOpenLinks(false);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({360, 640});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore This Version"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreVersionButton"));
    m_restore->setToolTip(
        tr("Saves the text of this version as a new version; the generated parts keep quoting "
           "the facts of the latest version"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const int version = selectedVersion();
        if (version > 0)
            emit restoreRequested(version);
    });

    auto *layout = new QVBoxLayout(this);
    if (m_versions.isEmpty()) {
        auto *none = new QLabel(tr("This document has not been saved yet."), this);
        layout->addWidget(none);
    }
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { showSelected(); });
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showSelected();
}

int DocumentHistoryDialog::selectedVersion() const
{
    const QTreeWidgetItem *row = m_list->currentItem();
    return row ? row->data(0, Qt::UserRole).toInt() : 0;
}

void DocumentHistoryDialog::selectVersion(int version)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toInt() == version)
            m_list->setCurrentItem(m_list->topLevelItem(i));
    }
}

QString DocumentHistoryDialog::actionText(const DocumentVersion &version)
{
    if (version.action == QLatin1String("create"))
        return tr("Created");
    if (version.action == QLatin1String("edit"))
        return tr("Edited");
    if (version.action == QLatin1String("refresh"))
        return tr("Refreshed from the project");
    if (version.action == QLatin1String("restore"))
        return version.restoredFrom > 0
                   ? tr("Restored version %1").arg(QLocale().toString(version.restoredFrom))
                   : tr("Restored");
    if (version.action == QLatin1String("import"))
        return tr("Imported from JSON");
    if (version.action == QLatin1String("set"))
        return tr("Set from the command line");
    return version.action;
}

void DocumentHistoryDialog::showSelected()
{
    const int number = selectedVersion();
    // The latest version cannot be restored onto itself.
    m_restore->setEnabled(number > 0 && !m_versions.isEmpty()
                          && number != m_versions.first().version);
    for (const DocumentVersion &version : std::as_const(m_versions)) {
        if (version.version != number)
            continue;
        DocumentState shown = m_state;
        shown.version = version;
        shown.outOfDate = false;
        shown.changes.clear();
        DocumentComposer(shown, m_tmpl).populate(*m_preview->document(),
                                                  DocumentComposer::Target::Preview);
        m_preview->setTextCursor(QTextCursor(m_preview->document()));
        m_preview->verticalScrollBar()->setValue(0);
        return;
    }
    m_preview->clear();
}

} // namespace steward::ui
