#include "ui/risk/QuasiFieldTable.h"

#include "ui/risk/HierarchyText.h"

#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>

namespace steward::ui {

namespace {

constexpr int kMaxLevelLimit = 99;
constexpr double kMaxWeight = 1000.0;
constexpr int kFileColumnWidth = 170;
constexpr int kFloorColumnWidth = 150;

QWidget *cell(QWidget *parent, std::initializer_list<std::pair<QWidget *, int>> widgets)
{
    auto *w = new QWidget(parent);
    auto *layout = new QHBoxLayout(w);
    layout->setContentsMargins(4, 0, 2, 0);
    layout->setSpacing(4);
    for (const auto &[widget, stretch] : widgets) {
        widget->setParent(w);
        layout->addWidget(widget, stretch);
    }
    return w;
}

} // namespace

QuasiFieldTable::QuasiFieldTable(QWidget *parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("anonymizeFieldTable"));
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels({tr("Field"), tr("Quasi-identifier"), tr("Hierarchy"), QString(),
                               tr("Hierarchy file (optional)"), tr("At least"), tr("Weight"),
                               tr("Highest level")});
    horizontalHeaderItem(FloorColumn)
        ->setToolTip(tr("The field's stored rule: the result never generalises it less"));
    horizontalHeaderItem(HierarchyColumn)
        ->setToolTip(tr("The levels the search chooses from, finest first"));
    verticalHeader()->hide();
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    connect(this, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() != QuasiColumn)
            return;
        updateEnabled();
        emit quasiToggled();
        emit inputChanged();
    });
}

void QuasiFieldTable::setFields(const QStringList &fields)
{
    const QSignalBlocker blocker(this);
    m_rows.clear();
    clearContents();
    setRowCount(int(fields.size()));
    for (int row = 0; row < fields.size(); ++row) {
        Row r;
        r.name = fields.at(row);
        auto *name = new QTableWidgetItem(r.name);
        name->setFlags(Qt::ItemIsEnabled);
        setItem(row, NameColumn, name);
        auto *quasi = new QTableWidgetItem;
        quasi->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        quasi->setCheckState(Qt::Unchecked);
        quasi->setToolTip(tr("Generalise this field to reach the privacy models"));
        setItem(row, QuasiColumn, quasi);

        // Items, not labels: a long text is elided in its column, whole in the tooltip.
        for (int column : {int(HierarchyColumn), int(FloorColumn)}) {
            auto *text = new QTableWidgetItem;
            text->setFlags(Qt::ItemIsEnabled);
            setItem(row, column, text);
        }
        r.edit = new QToolButton;
        r.edit->setObjectName(QStringLiteral("anonymizeHierarchyButton_%1").arg(row));
        r.edit->setText(tr("Hierarchy…"));
        r.edit->setToolTip(tr("Build, edit or import the field's hierarchy; it is stored in the "
                              "project"));
        setCellWidget(row, EditColumn, cell(this, {{r.edit, 0}}));

        r.file = new QLineEdit;
        r.file->setObjectName(QStringLiteral("anonymizeHierarchyEdit_%1").arg(row));
        r.file->setPlaceholderText(tr("Built-in"));
        r.file->setClearButtonEnabled(true);
        r.browse = new QPushButton(tr("Browse…"));
        r.browse->setObjectName(QStringLiteral("anonymizeBrowseButton_%1").arg(row));
        setCellWidget(row, FileColumn, cell(this, {{r.file, 1}, {r.browse, 0}}));

        r.weight = new QDoubleSpinBox(this);
        r.weight->setObjectName(QStringLiteral("anonymizeWeightSpin_%1").arg(row));
        r.weight->setRange(0.0, kMaxWeight);
        r.weight->setDecimals(2);
        r.weight->setSingleStep(0.5);
        r.weight->setValue(1.0);
        r.weight->setToolTip(tr("How much this field's information loss counts"));
        setCellWidget(row, WeightColumn, r.weight);

        r.maxLevel = new QSpinBox(this);
        r.maxLevel->setObjectName(QStringLiteral("anonymizeMaxLevelSpin_%1").arg(row));
        r.maxLevel->setRange(-1, kMaxLevelLimit);
        r.maxLevel->setSpecialValueText(tr("No limit"));
        r.maxLevel->setValue(-1);
        setCellWidget(row, LevelColumn, r.maxLevel);

        connect(r.file, &QLineEdit::textChanged, this, [this, row](const QString &text) {
            // The cell shows the end of a long path; the tooltip all of it.
            m_rows[row].file->setToolTip(text);
            updateHierarchyText(row);
            emit inputChanged();
        });
        connect(r.browse, &QPushButton::clicked, this, [this, row] { browse(row); });
        connect(r.edit, &QToolButton::clicked, this, [this, row] { emit editHierarchyRequested(row); });
        connect(r.weight, &QDoubleSpinBox::valueChanged, this, &QuasiFieldTable::inputChanged);
        connect(r.maxLevel, &QSpinBox::valueChanged, this, &QuasiFieldTable::inputChanged);
        m_rows.append(r);
        updateHierarchyText(row);
        setFloor(row, {});
    }
    QHeaderView *header = horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(HierarchyColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(FileColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(FloorColumn, QHeaderView::Interactive);
    setColumnWidth(FileColumn, kFileColumnWidth);
    setColumnWidth(FloorColumn, kFloorColumnWidth);
    updateEnabled();
}

int QuasiFieldTable::fieldRow(const QString &field) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).name == field)
            return row;
    }
    return -1;
}

QString QuasiFieldTable::fieldName(int row) const
{
    return m_rows.at(row).name;
}

bool QuasiFieldTable::isQuasi(int row) const
{
    return item(row, QuasiColumn)->checkState() == Qt::Checked;
}

void QuasiFieldTable::setQuasi(int row, bool quasi)
{
    {
        const QSignalBlocker blocker(this);
        item(row, QuasiColumn)->setCheckState(quasi ? Qt::Checked : Qt::Unchecked);
    }
    updateEnabled();
}

QStringList QuasiFieldTable::quasiFields() const
{
    QStringList out;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (isQuasi(row))
            out.append(m_rows.at(row).name);
    }
    return out;
}

void QuasiFieldTable::setHierarchy(int row, const std::optional<HierarchySpec> &spec,
                                   Source source, const QString &reason)
{
    Row &r = m_rows[row];
    r.spec = spec;
    r.source = spec ? source : Source::Unknown;
    r.reason = reason;
    updateHierarchyText(row);
}

QuasiFieldTable::Source QuasiFieldTable::hierarchySource(int row) const
{
    return m_rows.at(row).source;
}

const std::optional<HierarchySpec> &QuasiFieldTable::hierarchy(int row) const
{
    return m_rows.at(row).spec;
}

void QuasiFieldTable::setFile(int row, const QString &file)
{
    m_rows[row].file->setText(file);
}

QString QuasiFieldTable::file(int row) const
{
    return m_rows.at(row).file->text().trimmed();
}

void QuasiFieldTable::setFloor(int row, const QString &floor)
{
    QTableWidgetItem *label = item(row, FloorColumn);
    const QSignalBlocker blocker(this);
    label->setText(floor.isEmpty() ? tr("—") : floor);
    label->setToolTip(floor.isEmpty() ? tr("No stored rule generalises this field")
                                      : tr("The stored rule generalises this field to %1: the "
                                           "result keeps at least that")
                                            .arg(floor));
}

QList<AnonymizationField> QuasiFieldTable::requestFields() const
{
    QList<AnonymizationField> out;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!isQuasi(row))
            continue;
        const Row &r = m_rows.at(row);
        AnonymizationField f;
        f.name = r.name;
        f.hierarchyFile = file(row);
        // A stored hierarchy is the service's own default; a suggestion or a rule's builder is
        // sent, so that the search uses exactly what the row shows.
        if (f.hierarchyFile.isEmpty()
            && (r.source == Source::Suggested || r.source == Source::Rule))
            f.builder = r.spec;
        f.weight = r.weight->value();
        f.maxLevel = r.maxLevel->value();
        out.append(f);
    }
    return out;
}

void QuasiFieldTable::setBusy(bool busy)
{
    m_busy = busy;
    updateEnabled();
}

void QuasiFieldTable::browse(int row)
{
    Row &r = m_rows[row];
    const QString current = file(row);
    const QString chosen = QFileDialog::getOpenFileName(
        this, tr("Hierarchy of “%1”").arg(r.name),
        current.isEmpty() ? QString() : QFileInfo(current).absolutePath(),
        tr("Hierarchies (*.csv *.txt);;All files (*)"));
    if (!chosen.isEmpty())
        r.file->setText(chosen);
}

void QuasiFieldTable::updateHierarchyText(int row)
{
    Row &r = m_rows[row];
    QString text;
    QString tip;
    if (const QString f = file(row); !f.isEmpty()) {
        text = tr("file: %1").arg(QFileInfo(f).fileName());
        tip = tr("The file takes precedence over the built-in hierarchy");
    } else if (!r.spec) {
        text = tr("suggested when the search runs");
        tip = tr("The field has no profile yet: Steward proposes a hierarchy from its values "
                 "when the search runs");
    } else {
        text = HierarchyText::levels(*r.spec);
        switch (r.source) {
        case Source::Stored:
            tip = tr("Stored in the project");
            break;
        case Source::Rule:
            tip = tr("From the field's stored rule");
            break;
        case Source::Suggested:
            tip = r.reason.isEmpty() ? tr("Suggested") : tr("Suggested: %1").arg(r.reason);
            break;
        case Source::Unknown:
            break;
        }
        if (r.source == Source::Suggested)
            text = tr("%1 (suggested)").arg(text);
    }
    const QSignalBlocker blocker(this);
    item(row, HierarchyColumn)->setText(text);
    item(row, HierarchyColumn)->setToolTip(tip.isEmpty() ? text : tr("%1\n%2").arg(text, tip));
}

void QuasiFieldTable::updateEnabled()
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row &r = m_rows.at(row);
        const bool on = isQuasi(row) && !m_busy;
        for (QWidget *w : {static_cast<QWidget *>(r.edit), static_cast<QWidget *>(r.file),
                           static_cast<QWidget *>(r.browse), static_cast<QWidget *>(r.weight),
                           static_cast<QWidget *>(r.maxLevel)})
            w->setEnabled(on);
        // Greyed like the inputs next to them, still showing their tooltips.
        const QSignalBlocker blocker(this);
        for (int column : {int(HierarchyColumn), int(FloorColumn)})
            item(row, column)->setForeground(palette().brush(on ? QPalette::Active : QPalette::Disabled,
                                                             QPalette::Text));
    }
}

} // namespace steward::ui
