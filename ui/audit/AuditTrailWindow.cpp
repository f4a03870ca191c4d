#include "ui/audit/AuditTrailWindow.h"

#include "core/audit/AuditLog.h"
#include "core/store/ProjectStore.h"
#include "ui/audit/AuditFilterModel.h"
#include "ui/audit/AuditTrailModel.h"
#include "ui/widgets/DisplayNames.h"
#include "ui/widgets/Icons.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSet>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace steward::ui {

namespace {

// New entries appear within a second of an action; asking costs one index lookup.
constexpr int kPollMs = 1000;

// Fills `combo` with "all" and the given (value, text) choices sorted by text, keeping the
// chosen value when it is still offered.
void fillCombo(QComboBox *combo, const QString &allText, QList<QPair<QString, QString>> choices)
{
    const QString current = combo->currentData().toString();
    std::sort(choices.begin(), choices.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.second, b.second) < 0;
    });
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(allText, QString());
    for (const auto &[value, text] : choices) {
        combo->addItem(text, value);
        if (text != value)
            combo->setItemData(combo->count() - 1, value, Qt::ToolTipRole);
    }
    const int index = combo->findData(current);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

AuditTrailWindow::AuditTrailWindow(std::function<ProjectStore *()> project, QWidget *parent)
    : QDialog(parent),
      m_project(std::move(project)),
      m_model(new AuditTrailModel(this)),
      m_filter(new AuditFilterModel(this)),
      m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("auditTrailWindow"));
    setWindowTitle(tr("Audit Trail"));
    setWindowFlag(Qt::Window);
    setWindowFlag(Qt::WindowContextHelpButtonHint, false);
    setSizeGripEnabled(true);
    m_filter->setSourceModel(m_model);
    buildUi();

    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, [this] { refresh(); });

    // Fits a 1280×800 screen with room around it; larger screens get more rows.
    QSize size(1080, 640);
    if (const QScreen *screen = parent ? parent->screen() : this->screen()) {
        const QSize available = screen->availableSize();
        size = size.boundedTo(QSize(available.width() * 9 / 10, available.height() * 85 / 100));
    }
    resize(size);
}

void AuditTrailWindow::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    // The hash chain's state first: it says whether the rest can be trusted.
    auto *verification = new QFrame(this);
    verification->setObjectName(QStringLiteral("auditVerification"));
    verification->setFrameShape(QFrame::StyledPanel);
    m_verificationIcon = new QLabel(verification);
    m_verificationText = new QLabel(verification);
    m_verificationText->setObjectName(QStringLiteral("auditVerificationText"));
    m_verificationText->setWordWrap(true);
    m_verificationText->setTextFormat(Qt::PlainText);
    m_verificationText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_showBrokenButton = new QPushButton(verification);
    m_showBrokenButton->setObjectName(QStringLiteral("auditShowBrokenButton"));
    m_showBrokenButton->hide();
    connect(m_showBrokenButton, &QPushButton::clicked, this, &AuditTrailWindow::showBrokenEntry);
    auto *verificationLayout = new QHBoxLayout(verification);
    verificationLayout->setContentsMargins(8, 6, 8, 6);
    verificationLayout->addWidget(m_verificationIcon, 0, Qt::AlignTop);
    verificationLayout->addWidget(m_verificationText, 1);
    verificationLayout->addWidget(m_showBrokenButton, 0, Qt::AlignVCenter);
    layout->addWidget(verification);

    // Filters.
    auto *filters = new QHBoxLayout;
    const auto addCombo = [&](const QString &label, const char *name, const QString &tip) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QString::fromLatin1(name));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMinimumContentsLength(10);
        combo->setMaximumWidth(280);
        combo->setToolTip(tip);
        auto *caption = new QLabel(label, this);
        caption->setBuddy(combo);
        filters->addWidget(caption);
        filters->addWidget(combo);
        return combo;
    };
    m_actionCombo = addCombo(tr("&Action:"), "auditActionFilter", tr("Show one kind of action"));
    m_targetCombo = addCombo(tr("&Dataset:"), "auditTargetFilter",
                             tr("Show the actions on one dataset (or template, or the project)"));
    m_releaseCombo = addCombo(tr("&Release:"), "auditReleaseFilter",
                              tr("Show the actions on one release: its settings, documents, "
                                 "review and exports"));
    m_userCombo = addCombo(tr("&User:"), "auditUserFilter", tr("Show one person's actions"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("auditSearch"));
    m_search->setPlaceholderText(tr("Search users, targets, details…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(160);
    filters->addWidget(m_search, 1);
    m_clearFilters = new QPushButton(tr("Show &All"), this);
    m_clearFilters->setObjectName(QStringLiteral("auditClearFilters"));
    m_clearFilters->setEnabled(false);
    filters->addWidget(m_clearFilters);
    layout->addLayout(filters);

    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);

    connect(m_actionCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setActionFilter(m_actionCombo->currentData().toString()); });
    connect(m_targetCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setTargetFilter(m_targetCombo->currentData().toString()); });
    connect(m_releaseCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setReleaseFilter(m_releaseCombo->currentData().toString()); });
    connect(m_userCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setUserFilter(m_userCombo->currentData().toString()); });
    connect(m_search, &QLineEdit::textChanged, m_filter, &AuditFilterModel::setTextFilter);
    connect(m_clearFilters, &QPushButton::clicked, this, [this] {
        m_search->clear();
        m_actionCombo->setCurrentIndex(0);
        m_targetCombo->setCurrentIndex(0);
        m_releaseCombo->setCurrentIndex(0);
        m_userCombo->setCurrentIndex(0);
    });
    connect(m_filter, &AuditFilterModel::filtersChanged, this, [this] {
        m_clearFilters->setEnabled(m_filter->isFiltering());
        updateCount();
    });

    // The entries and, below, the selected one in full.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Newest first: the entry just written is the one a person looks for.
    m_table->sortByColumn(AuditTrailModel::IdColumn, Qt::DescendingOrder);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditTrailWindow::updateDetail);

    m_detail = new QPlainTextEdit(splitter);
    m_detail->setObjectName(QStringLiteral("auditDetail"));
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Select an entry to see its details."));
    m_detail->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    // Count, export, close.
    auto *bottom = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("auditCount"));
    bottom->addWidget(m_count);
    m_exportStatus = new QLabel(this);
    m_exportStatus->setObjectName(QStringLiteral("auditExportStatus"));
    m_exportStatus->setTextFormat(Qt::PlainText);
    m_exportStatus->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    bottom->addWidget(m_exportStatus, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_exportButton = buttons->addButton(tr("&Export CSV…"), QDialogButtonBox::ActionRole);
    m_exportButton->setObjectName(QStringLiteral("auditExportButton"));
    m_exportButton->setIcon(icon(IconId::Export));
    m_exportButton->setToolTip(
        tr("Save the entries shown (all of them when no filter is set) as a CSV file"));
    connect(m_exportButton, &QPushButton::clicked, this, &AuditTrailWindow::askExportPath);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
}

void AuditTrailWindow::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    refresh();
    m_poll->start();
}

void AuditTrailWindow::hideEvent(QHideEvent *event)
{
    m_poll->stop();
    QDialog::hideEvent(event);
}

void AuditTrailWindow::refresh(bool force)
{
    ProjectStore *store = m_project ? m_project() : nullptr;
    if (!store) {
        if (m_store || m_lastId != 0)
            clearProject();
        return;
    }
    // A project opened after another can live at the same address: the path tells them apart.
    const bool otherProject = store != m_store || store->path() != m_path;
    if (!otherProject && !force) {
        const Result<qint64> last = AuditLog(*store).lastId();
        if (last && *last == m_lastId)
            return;
    }
    if (otherProject) {
        m_shownBreak = 0;
        m_columnsSized = false;
        m_exportStatus->clear();
    }
    load(store);
}

void AuditTrailWindow::clearProject()
{
    m_store = nullptr;
    m_path.clear();
    m_lastId = 0;
    m_shownBreak = 0;
    m_verification = {};
    m_model->setEntries({}, 0);
    rebuildFilterChoices();
    m_verificationIcon->clear();
    m_verificationText->setText(tr("No project is open."));
    m_showBrokenButton->hide();
    m_exportStatus->clear();
    m_exportButton->setEnabled(false);
    updateDetail();
    updateCount();
}

void AuditTrailWindow::load(ProjectStore *store)
{
    const qint64 selected = selectedId();
    const Result<AuditLog::Snapshot> snapshot = AuditLog(*store).load();
    m_store = store;
    m_path = store->path();
    if (!snapshot) {
        m_model->setEntries({}, 0);
        m_lastId = -1;
        m_verification = {};
        m_verificationIcon->setPixmap(icon(IconId::Error).pixmap(
            style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this)));
        m_verificationText->setText(tr("The audit trail cannot be read: %1")
                                        .arg(errorSentence(snapshot.error().message)));
        m_showBrokenButton->hide();
        rebuildFilterChoices();
        updateCount();
        return;
    }
    m_verification = snapshot->verification;
    m_lastId = snapshot->entries.isEmpty() ? 0 : snapshot->entries.constLast().id;
    m_model->setEntries(snapshot->entries, m_verification.ok ? 0 : m_verification.firstBrokenId);
    m_exportButton->setEnabled(true);
    if (!m_columnsSized && !snapshot->entries.isEmpty()) {
        // Sized once per project to what it holds; afterwards the person's widths stay.
        m_columnsSized = true;
        m_table->resizeColumnsToContents();
        const int limit = m_table->fontMetrics().averageCharWidth() * 40;
        for (int c = 0; c < AuditTrailModel::DetailColumn; ++c)
            m_table->setColumnWidth(c, std::min(m_table->columnWidth(c) + 8, limit));
    }
    rebuildFilterChoices();
    updateVerification();
    updateCount();
    // A break is shown once, when it is first seen; afterwards the person's selection stays.
    if (!m_verification.ok && m_shownBreak != m_verification.firstBrokenId) {
        m_shownBreak = m_verification.firstBrokenId;
        showBrokenEntry();
    } else if (selected > 0) {
        selectEntry(selected);
    } else if (m_filter->rowCount() > 0 && !m_table->selectionModel()->hasSelection()) {
        // The details pane shows something useful from the start: the row on top.
        m_table->selectionModel()->setCurrentIndex(
            m_filter->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    updateDetail();
}

void AuditTrailWindow::rebuildFilterChoices()
{
    QSet<QString> actions, targets, releases, users;
    for (const AuditEntry &e : m_model->entries()) {
        actions.insert(e.action);
        if (!e.target.isEmpty())
            (AuditFilterModel::isReleaseAction(e.action) ? releases : targets).insert(e.target);
        users.insert(e.user);
    }
    QList<QPair<QString, QString>> actionChoices, targetChoices, releaseChoices, userChoices;
    for (const QString &a : std::as_const(actions))
        actionChoices.append({a, AuditLog::actionName(a)});
    for (const QString &t : std::as_const(targets))
        targetChoices.append({t, t});
    for (const QString &r : std::as_const(releases))
        releaseChoices.append({r, r});
    for (const QString &u : std::as_const(users))
        userChoices.append({u, u});
    fillCombo(m_actionCombo, tr("All actions"), actionChoices);
    fillCombo(m_targetCombo, tr("All datasets"), targetChoices);
    fillCombo(m_releaseCombo, tr("All releases"), releaseChoices);
    fillCombo(m_userCombo, tr("All users"), userChoices);
    // A chosen value that is gone (a new project) falls back to "all": the filter follows.
    m_filter->setActionFilter(m_actionCombo->currentData().toString());
    m_filter->setTargetFilter(m_targetCombo->currentData().toString());
    m_filter->setReleaseFilter(m_releaseCombo->currentData().toString());
    m_filter->setUserFilter(m_userCombo->currentData().toString());
}

void AuditTrailWindow::updateVerification()
{
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const QLocale locale;
    if (m_verification.ok) {
        m_verificationIcon->setPixmap(icon(IconId::Confirmed).pixmap(iconSize));
        m_verificationText->setText(
            m_verification.entries == 1
                ? tr("Hash chain intact: the entry is as Steward wrote it.")
                : tr("Hash chain intact: all %1 entries are as Steward wrote them.")
                      .arg(locale.toString(m_verification.entries)));
        m_showBrokenButton->hide();
        return;
    }
    m_verificationIcon->setPixmap(icon(IconId::Error).pixmap(iconSize));
    m_verificationText->setText(
        tr("Hash chain broken at entry %1: that entry, or its link to the one before, was altered "
           "outside Steward. Entries from %1 on cannot be trusted.")
            .arg(locale.toString(m_verification.firstBrokenId)));
    m_showBrokenButton->setText(
        tr("Show Entry %1").arg(locale.toString(m_verification.firstBrokenId)));
    m_showBrokenButton->show();
}

void AuditTrailWindow::showBrokenEntry()
{
    if (m_verification.ok)
        return;
    if (!selectEntry(m_verification.firstBrokenId)) {
        // Hidden by a filter: show everything rather than hide the problem.
        m_clearFilters->click();
        selectEntry(m_verification.firstBrokenId);
    }
}

qint64 AuditTrailWindow::selectedId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row()))
        return 0;
    return current.data(AuditTrailModel::IdRole).toLongLong();
}

bool AuditTrailWindow::selectEntry(qint64 id)
{
    const int sourceRow = m_model->rowOfId(id);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void AuditTrailWindow::updateDetail()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const AuditEntry *e =
        current.isValid() ? m_model->entry(m_filter->mapToSource(current).row()) : nullptr;
    if (!e) {
        m_detail->clear();
        return;
    }
    const QLocale locale;
    QStringList lines;
    lines << tr("Entry %1 — %2 (%3)")
                 .arg(locale.toString(e->id), AuditLog::actionName(e->action), e->action);
    lines << tr("Time: %1 (stored as %2 UTC)").arg(AuditTrailModel::timeText(e->at), e->at);
    lines << tr("User: %1").arg(e->user);
    if (!e->target.isEmpty())
        lines << tr("Target: %1").arg(e->target);
    if (!m_verification.ok && e->id >= m_verification.firstBrokenId)
        lines << (e->id == m_verification.firstBrokenId
                      ? tr("Warning: the hash chain breaks at this entry.")
                      : tr("Warning: this entry comes after the break in the hash chain."));
    if (!e->detail.isEmpty()) {
        lines << QString() << tr("Details:");
        lines << AuditTrailModel::detailText(e->detail);
    }
    lines << QString() << tr("Hash: %1").arg(e->hash) << tr("Previous hash: %1").arg(e->prevHash);
    m_detail->setPlainText(lines.join(QLatin1Char('\n')));
}

void AuditTrailWindow::updateCount()
{
    const QLocale locale;
    const qsizetype all = m_model->rowCount();
    const int shown = m_filter->rowCount();
    if (!m_store)
        m_count->clear();
    else if (shown == all)
        m_count->setText(all == 1 ? tr("1 entry") : tr("%1 entries").arg(locale.toString(all)));
    else
        m_count->setText(
            tr("%1 of %2 entries shown").arg(locale.toString(shown), locale.toString(all)));
}

void AuditTrailWindow::askExportPath()
{
    QString dir = QFileInfo(m_path).absolutePath();
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QFileInfo(m_path).completeBaseName() + QStringLiteral("-audit.csv");
    auto *dialog = new QFileDialog(this, tr("Export Audit Trail"), dir + QLatin1Char('/') + name,
                                   tr("CSV files (*.csv);;All files (*)"));
    dialog->setObjectName(QStringLiteral("auditExportDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(name);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { exportCsv(path); });
    dialog->open();
}

bool AuditTrailWindow::exportCsv(const QString &path)
{
    QList<std::pair<qint64, int>> rows; // (id, source row): the file runs oldest first
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const int source = m_filter->mapToSource(m_filter->index(row, 0)).row();
        rows.append({m_model->entries().at(source).id, source});
    }
    std::sort(rows.begin(), rows.end());
    QList<AuditEntry> entries;
    entries.reserve(rows.size());
    for (const auto &[id, source] : rows)
        entries.append(m_model->entries().at(source));

    const Status written = AuditLog::writeCsv(entries, path);
    if (!written) {
        m_exportStatus->clear();
        QMessageBox box(QMessageBox::Warning, tr("Cannot Export Audit Trail"),
                        tr("The audit trail was not exported."), QMessageBox::Ok, this);
        box.setInformativeText(errorSentence(written.error().message));
        box.exec();
        return false;
    }
    const QString file = QFileInfo(path).fileName();
    m_exportStatus->setText(
        entries.size() == 1
            ? tr("Exported 1 entry to %1.").arg(file)
            : tr("Exported %1 entries to %2.")
                  .arg(QLocale().toString(qsizetype(entries.size())), file));
    m_exportStatus->setToolTip(QDir::toNativeSeparators(path));
    return true;
}

} // namespace steward::ui
