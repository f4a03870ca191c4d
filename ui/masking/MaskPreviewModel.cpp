#include "ui/masking/MaskPreviewModel.h"

#include "ui/widgets/PaletteColors.h"

#include "ui/masking/MaskRuleModel.h"
#include "core/store/ProjectStore.h"

#include <QFont>
#include <QGuiApplication>
#include <QMetaObject>
#include <QPalette>

#include <algorithm>
#include <limits>

namespace steward::ui {

namespace {

// A changed cell: a green tint that keeps the palette's text readable in light and dark themes.
QColor changedBackground()
{
    const QPalette palette = QGuiApplication::palette();
    return PaletteColors::mix(palette.color(QPalette::Base), QColor(0x2e, 0x9d, 0x5b), PaletteColors::isDark(palette) ? 0.35 : 0.22);
}

// Cells without a value (suppressed, dropped, locked): a neutral grey.
QColor emptyBackground()
{
    const QPalette palette = QGuiApplication::palette();
    return PaletteColors::mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.08);
}

QColor greyText()
{
    return QGuiApplication::palette().color(QPalette::PlaceholderText);
}

bool isNumeric(ColumnType type)
{
    return type == ColumnType::Integer || type == ColumnType::Decimal;
}

const MaskRule &keepRule()
{
    static const MaskRule keep;
    return keep;
}

} // namespace

MaskPreviewModel::MaskPreviewModel(QObject *parent) : QAbstractTableModel(parent)
{
    setObjectName(QStringLiteral("maskPreviewModel"));
    m_pages.reserve(kMaxPages);
}

MaskPreviewModel::~MaskPreviewModel() = default;

void MaskPreviewModel::setSource(ProjectStore *store, const DatasetInfo &dataset)
{
    beginResetModel();
    m_store = store;
    m_dataset = store ? dataset : DatasetInfo{};
    m_rowCount = int(std::clamp<qint64>(m_dataset.rowCount, 0, std::numeric_limits<int>::max()));
    m_fields.assign(size_t(m_dataset.columns.size()), FieldPlan{});
    m_plan.reset();
    m_worker.reset();
    m_pages.clear();
    m_fetchCount = 0;
    m_maskedCells = 0;
    m_lastError.clear();
    m_suppressed.reset();
    endResetModel();
}

void MaskPreviewModel::setRules(const QList<std::pair<QString, MaskRule>> &rules,
                                const MaskEnvironment &environment)
{
    const int n = fieldCount();
    QStringList columns;
    for (const ColumnInfo &c : m_dataset.columns)
        columns << c.name;

    std::vector<FieldPlan> next(static_cast<size_t>(n));
    for (const auto &[name, rule] : rules) {
        const int field = int(columns.indexOf(name));
        if (field >= 0)
            next[size_t(field)].rule = rule;
    }
    for (FieldPlan &f : next) {
        if (f.rule.op() == MaskOperator::Keep)
            f.kind = Kind::Keep;
        else if (f.rule.op() == MaskOperator::Drop)
            f.kind = Kind::Dropped;
        else if (f.rule.needsSecret() && !environment.secret)
            f.kind = Kind::Locked;
        else
            f.kind = Kind::Masked;
    }

    // Compile what can be masked; when that fails, find the rules at fault one by one so that
    // the others still preview.
    auto masked = [&next, &columns] {
        QList<std::pair<QString, MaskRule>> list;
        for (size_t i = 0; i < next.size(); ++i) {
            if (next[i].kind == Kind::Masked)
                list.append({columns.at(qsizetype(i)), next[i].rule});
        }
        return list;
    };
    Result<MaskPlan> plan = MaskPlan::compile(columns, masked(), environment);
    if (!plan) {
        for (size_t i = 0; i < next.size(); ++i) {
            if (next[i].kind != Kind::Masked)
                continue;
            Result<MaskPlan> alone =
                MaskPlan::compile(columns, {{columns.at(qsizetype(i)), next[i].rule}}, environment);
            if (!alone) {
                next[i].kind = Kind::Failed;
                next[i].error = alone.error().message;
            }
        }
        plan = MaskPlan::compile(columns, masked(), environment);
        if (!plan) {
            for (FieldPlan &f : next) {
                if (f.kind == Kind::Masked) {
                    f.kind = Kind::Failed;
                    f.error = plan.error().message;
                }
            }
            plan = MaskPlan::compile(columns, {}, environment);
        }
    }
    m_plan.reset();
    m_worker.reset();
    if (plan) {
        Result<MaskWorker> worker = MaskWorker::create(*plan);
        if (worker) {
            m_plan = std::move(*plan);
            m_worker.emplace(std::move(*worker));
        } else {
            for (FieldPlan &f : next) {
                if (f.kind == Kind::Masked) {
                    f.kind = Kind::Failed;
                    f.error = worker.error().message;
                }
            }
        }
    }

    // Only fields whose rule or keyed secret changed get a new version (and are recomputed).
    const QString fingerprint = environment.secret ? environment.secret->fingerprint() : QString();
    bool changed = false;
    for (size_t i = 0; i < next.size(); ++i) {
        FieldPlan &f = next[i];
        f.signature = QString::number(int(f.kind)) + QLatin1Char('|') + f.rule.format()
                      + QLatin1Char('|') + environment.baseDirectory;
        if (f.kind == Kind::Masked && f.rule.needsSecret())
            f.signature += QLatin1Char('|') + fingerprint;
        const FieldPlan *old = i < m_fields.size() ? &m_fields[i] : nullptr;
        if (old && old->signature == f.signature && old->version != 0) {
            f.version = old->version;
        } else {
            f.version = ++m_versionClock;
            changed = true;
        }
    }
    m_fields = std::move(next);
    if (n > 0 && m_rowCount > 0 && changed)
        emit dataChanged(index(0, n), index(m_rowCount - 1, 2 * n - 1));
    if (n > 0)
        emit headerDataChanged(Qt::Horizontal, n, 2 * n - 1);
    emit rulesApplied();
}

void MaskPreviewModel::setSuppressedRecords(std::shared_ptr<const std::vector<uint8_t>> flags)
{
    m_suppressed = std::move(flags);
    const int n = fieldCount();
    if (n > 0 && m_rowCount > 0) {
        emit dataChanged(index(0, n), index(m_rowCount - 1, 2 * n - 1));
        emit headerDataChanged(Qt::Vertical, 0, m_rowCount - 1);
    }
}

void MaskPreviewModel::setSuppressionPending(bool pending)
{
    if (pending == m_suppressionPending)
        return;
    m_suppressionPending = pending;
    emit suppressionPendingChanged(pending);
}

bool MaskPreviewModel::isRecordSuppressed(int row) const
{
    return m_suppressed && row >= 0 && size_t(row) < m_suppressed->size()
           && (*m_suppressed)[size_t(row)] != 0;
}

int MaskPreviewModel::suppressedRecordCount() const
{
    if (!m_suppressed)
        return 0;
    return int(std::count_if(m_suppressed->begin(), m_suppressed->end(),
                             [](uint8_t flag) { return flag != 0; }));
}

QStringList MaskPreviewModel::lockedFields() const
{
    QStringList names;
    for (size_t i = 0; i < m_fields.size(); ++i) {
        if (m_fields[i].kind == Kind::Locked)
            names << m_dataset.columns.at(qsizetype(i)).name;
    }
    return names;
}

QStringList MaskPreviewModel::ruleErrors() const
{
    QStringList errors;
    for (size_t i = 0; i < m_fields.size(); ++i) {
        if (m_fields[i].kind == Kind::Failed)
            errors << tr("%1: %2").arg(m_dataset.columns.at(qsizetype(i)).name, m_fields[i].error);
    }
    return errors;
}

const MaskRule &MaskPreviewModel::ruleOf(int field) const
{
    if (field < 0 || size_t(field) >= m_fields.size())
        return keepRule();
    return m_fields[size_t(field)].rule;
}

int MaskPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int MaskPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 2 * fieldCount();
}

Qt::ItemFlags MaskPreviewModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

MaskPreviewModel::Page *MaskPreviewModel::page(qint64 pageIndex) const
{
    ++m_clock;
    for (Page &p : m_pages) {
        if (p.index == pageIndex) {
            p.lastUsed = m_clock;
            return &p;
        }
    }
    if (!m_store)
        return nullptr;

    const qint64 first = pageIndex * kPageRows;
    const int count = int(std::min<qint64>(kPageRows, m_rowCount - first));
    ++m_fetchCount;
    Result<QList<QStringList>> rows = m_store->rows(m_dataset, first, count);
    if (!rows) {
        // Keep the view usable (empty cells) and report once; never retry in a paint loop.
        if (m_lastError.isEmpty()) {
            m_lastError = rows.error().message;
            auto *self = const_cast<MaskPreviewModel *>(this);
            QMetaObject::invokeMethod(
                self, [self] { emit self->fetchFailed(self->m_lastError); }, Qt::QueuedConnection);
        }
        rows = QList<QStringList>();
    }

    const int n = fieldCount();
    Page fresh;
    fresh.index = pageIndex;
    fresh.original = std::move(rows).value();
    fresh.rows = int(fresh.original.size());
    fresh.utf8.resize(size_t(fresh.rows) * size_t(n));
    for (int r = 0; r < fresh.rows; ++r) {
        const QStringList &cells = fresh.original.at(r);
        for (int c = 0; c < n && c < cells.size(); ++c)
            fresh.utf8[size_t(r) * size_t(n) + size_t(c)] = cells.at(c).toStdString();
    }
    fresh.masked.resize(size_t(fresh.rows) * size_t(n));
    fresh.maskedVersion.assign(size_t(n), 0);
    fresh.lastUsed = m_clock;

    if (m_pages.size() < size_t(kMaxPages)) {
        m_pages.push_back(std::move(fresh));
        return &m_pages.back();
    }
    const auto oldest = std::min_element(m_pages.begin(), m_pages.end(),
                                         [](const Page &a, const Page &b) {
                                             return a.lastUsed < b.lastUsed;
                                         });
    *oldest = std::move(fresh);
    return &*oldest;
}

MaskPreviewModel::Page *MaskPreviewModel::pageOfRow(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    return page(row / kPageRows);
}

void MaskPreviewModel::ensureMasked(Page &p) const
{
    const int n = fieldCount();
    std::vector<int> stale;
    for (int c = 0; c < n; ++c) {
        if (p.maskedVersion[size_t(c)] != m_fields[size_t(c)].version)
            stale.push_back(c);
    }
    if (stale.empty())
        return;
    std::vector<std::string_view> views(static_cast<size_t>(n));
    for (int r = 0; r < p.rows; ++r) {
        const size_t base = size_t(r) * size_t(n);
        for (int c = 0; c < n; ++c)
            views[size_t(c)] = p.utf8[base + size_t(c)];
        const QStringList &original = p.original.at(r);
        for (const int c : stale) {
            MaskedValue &out = p.masked[base + size_t(c)];
            const FieldPlan &f = m_fields[size_t(c)];
            const QString originalText = c < original.size() ? original.at(c) : QString();
            switch (f.kind) {
            case Kind::Keep: out = {originalText, CellState::Unchanged}; break;
            case Kind::Dropped: out = {QString(), CellState::Dropped}; break;
            case Kind::Locked: out = {QString(), CellState::Locked}; break;
            case Kind::Failed: out = {QString(), CellState::Failed}; break;
            case Kind::Masked: {
                if (!m_worker) {
                    out = {QString(), CellState::Failed};
                    break;
                }
                ++m_maskedCells;
                const MaskedCell cell = m_worker->maskCell(c, views);
                if (cell.isSuppressed()) {
                    out = {QString(), CellState::Suppressed};
                } else {
                    QString text = QString::fromUtf8(cell.text.data(), qsizetype(cell.text.size()));
                    const CellState state =
                        text == originalText ? CellState::Unchanged : CellState::Changed;
                    out = {std::move(text), state};
                }
                break;
            }
            }
        }
    }
    for (const int c : stale)
        p.maskedVersion[size_t(c)] = m_fields[size_t(c)].version;
}

const MaskPreviewModel::MaskedValue *MaskPreviewModel::masked(int row, int field) const
{
    if (field < 0 || field >= fieldCount())
        return nullptr;
    Page *p = pageOfRow(row);
    if (!p)
        return nullptr;
    const int offset = row % kPageRows;
    if (offset >= p->rows)
        return nullptr;
    ensureMasked(*p);
    return &p->masked[size_t(offset) * size_t(fieldCount()) + size_t(field)];
}

QString MaskPreviewModel::originalText(int row, int field) const
{
    Page *p = pageOfRow(row);
    if (!p || field < 0)
        return {};
    const int offset = row % kPageRows;
    if (offset >= p->rows || field >= p->original.at(offset).size())
        return {};
    return p->original.at(offset).at(field);
}

QString MaskPreviewModel::maskedText(int row, int field) const
{
    const MaskedValue *v = masked(row, field);
    return v ? v->text : QString();
}

MaskPreviewModel::CellState MaskPreviewModel::maskedState(int row, int field) const
{
    const MaskedValue *v = masked(row, field);
    return v ? v->state : CellState::Unchanged;
}

QVariant MaskPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int field = fieldOfColumn(index.column());
    if (role == FieldIndexRole)
        return field;
    if (role == RecordSuppressedRole)
        return isRecordSuppressed(index.row());
    if (role == Qt::TextAlignmentRole) {
        // Masked values of a number field are text (bands, labels, tokens) unless it is kept.
        const bool numeric = isNumeric(m_dataset.columns.at(field).type)
                             && (!isMaskedColumn(index.column())
                                 || m_fields[size_t(field)].kind == Kind::Keep);
        const Qt::Alignment horizontal = numeric ? Qt::AlignRight : Qt::AlignLeft;
        return QVariant::fromValue(Qt::Alignment(horizontal | Qt::AlignVCenter));
    }
    if (isMaskedColumn(index.column()))
        return maskedData(index.row(), field, role);
    return originalData(index.row(), field, role);
}

QVariant MaskPreviewModel::originalData(int row, int field, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return originalText(row, field);
    case CellStateRole: return int(CellState::Original);
    default: break;
    }
    return {};
}

QString MaskPreviewModel::changeToolTip(int field) const
{
    return tr("Changed by %1").arg(MaskRuleModel::ruleText(ruleOf(field)));
}

QVariant MaskPreviewModel::maskedData(int row, int field, int role) const
{
    const MaskedValue *v = masked(row, field);
    if (!v)
        return {};
    const bool recordSuppressed = isRecordSuppressed(row);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (v->state) {
        case CellState::Suppressed: return tr("∅");
        case CellState::Locked: return tr("(locked)");
        case CellState::Failed: return tr("(rule error)");
        default: return v->text;
        }
    case CellStateRole: return int(v->state);
    case Qt::BackgroundRole:
        switch (v->state) {
        case CellState::Changed: return changedBackground();
        case CellState::Suppressed:
        case CellState::Dropped:
        case CellState::Locked:
        case CellState::Failed: return emptyBackground();
        default: return {};
        }
    case Qt::ForegroundRole:
        if (recordSuppressed || (v->state != CellState::Changed && v->state != CellState::Unchanged))
            return greyText();
        return {};
    case Qt::FontRole: {
        if (!recordSuppressed && v->state != CellState::Locked && v->state != CellState::Failed)
            return {};
        QFont font;
        font.setStrikeOut(recordSuppressed);
        font.setItalic(v->state == CellState::Locked || v->state == CellState::Failed);
        return font;
    }
    case Qt::ToolTipRole: {
        QString tip;
        switch (v->state) {
        case CellState::Changed: tip = changeToolTip(field); break;
        case CellState::Suppressed:
            tip = tr("Suppressed (no value) by %1").arg(MaskRuleModel::ruleText(ruleOf(field)));
            break;
        case CellState::Dropped: tip = tr("Dropped: the field is left out of the result"); break;
        case CellState::Locked:
            tip = tr("%1 needs the project secret: unlock it to preview this field")
                      .arg(MaskRuleModel::ruleText(ruleOf(field)));
            break;
        case CellState::Failed: tip = m_fields[size_t(field)].error; break;
        default: break;
        }
        if (recordSuppressed) {
            const QString record = tr("The risk pass suppresses this record");
            tip = tip.isEmpty() ? record : tip + QLatin1Char('\n') + record;
        }
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    default: break;
    }
    return {};
}

QVariant MaskPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_rowCount)
            return {};
        if (role == Qt::DisplayRole)
            return m_locale.toString(section + 1);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    const int field = fieldOfColumn(section);
    const QString name = m_dataset.columns.at(field).name;
    if (!isMaskedColumn(section))
        return role == Qt::DisplayRole ? QVariant(name) : QVariant();
    const FieldPlan &f = m_fields[size_t(field)];
    switch (role) {
    case Qt::DisplayRole:
        switch (f.kind) {
        case Kind::Dropped: return tr("%1 (dropped)").arg(name);
        case Kind::Locked: return tr("%1 (locked)").arg(name);
        default: return name;
        }
    case Qt::ForegroundRole:
        if (f.kind == Kind::Dropped || f.kind == Kind::Locked || f.kind == Kind::Failed)
            return greyText();
        return {};
    case Qt::FontRole: {
        if (f.kind == Kind::Keep)
            return {};
        QFont font;
        font.setItalic(f.kind == Kind::Dropped);
        font.setBold(f.kind == Kind::Masked);
        return font;
    }
    case Qt::ToolTipRole:
        if (f.kind == Kind::Keep)
            return tr("Kept unchanged");
        if (f.kind == Kind::Failed)
            return f.error;
        return MaskRuleModel::ruleText(f.rule);
    default: break;
    }
    return {};
}

} // namespace steward::ui
