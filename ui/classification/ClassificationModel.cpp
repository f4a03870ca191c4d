#include "ui/classification/ClassificationModel.h"

#include "ui/widgets/DisplayNames.h"
#include "ui/widgets/GradeStyle.h"
#include "ui/widgets/Icons.h"

#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace steward::ui {

namespace {

constexpr int kSampleValueChars = 24;

QString elided(const QString &text, int chars)
{
    QString oneLine = text.simplified();
    if (oneLine.size() <= chars)
        return oneLine;
    return oneLine.left(chars - 1) + QChar(0x2026);
}

QString originText(const QString &origin)
{
    if (origin.startsWith(QLatin1String("dataset:")))
        return ClassificationModel::tr("applied from dataset “%1”").arg(origin.mid(8));
    if (origin.startsWith(QLatin1String("template:")))
        return ClassificationModel::tr("applied from template “%1”").arg(origin.mid(9));
    return {};
}

QString ratingText(FieldRole role, DataCategory category, int grade)
{
    return ClassificationModel::tr("%1, %2, grade %3")
        .arg(Taxonomy::fieldRoleLabel(role), Taxonomy::dataCategoryLabel(category),
             QLocale().toString(grade));
}

} // namespace

ClassificationModel::Rating ClassificationModel::shownRating(const FieldClassification &f)
{
    Rating r;
    if (f.hasSuggestion && f.needsDecision()) {
        r.valid = true;
        r.role = f.suggestion.role;
        r.category = f.suggestion.category;
        r.grade = f.suggestion.grade;
    } else if (f.decision.confirmed && f.decision.hasValues) {
        r.valid = true;
        r.decided = true;
        r.role = f.decision.role;
        r.category = f.decision.category;
        r.grade = f.decision.grade;
    } else if (f.hasSuggestion) {
        r.valid = true;
        r.role = f.suggestion.role;
        r.category = f.suggestion.category;
        r.grade = f.suggestion.grade;
    }
    return r;
}

ClassificationModel::ClassificationModel(QObject *parent) : QAbstractTableModel(parent)
{
    setObjectName(QStringLiteral("classificationModel"));
}

void ClassificationModel::setClassification(const DatasetClassification &classification)
{
    bool sameFields = classification.dataset.id == m_classification.dataset.id
                      && classification.fields.size() == m_classification.fields.size();
    for (qsizetype i = 0; sameFields && i < classification.fields.size(); ++i)
        sameFields = classification.fields.at(i).name == m_classification.fields.at(i).name;
    if (!sameFields) {
        beginResetModel();
        m_classification = classification;
        endResetModel();
        return;
    }
    m_classification = classification;
    if (!m_classification.fields.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ClassificationModel::clear()
{
    beginResetModel();
    m_classification = DatasetClassification{};
    endResetModel();
}

const FieldClassification *ClassificationModel::field(int row) const
{
    if (row < 0 || row >= m_classification.fields.size())
        return nullptr;
    return &m_classification.fields.at(row);
}

int ClassificationModel::rowOf(const QString &fieldName) const
{
    return m_classification.indexOf(fieldName);
}

int ClassificationModel::needsDecisionCount() const
{
    int count = 0;
    for (const FieldClassification &f : m_classification.fields)
        count += f.needsDecision() ? 1 : 0;
    return count;
}

int ClassificationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_classification.fields.size());
}

int ClassificationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags ClassificationModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QString ClassificationModel::typeText(const QString &typeName)
{
    if (const std::optional<ColumnType> type = columnTypeFromName(typeName))
        return columnTypeText(*type);
    return typeName;
}

QString ClassificationModel::sampleText(const FieldClassification &field)
{
    QStringList values;
    for (const ValueCount &v : field.profile.topValues) {
        if (values.size() == kSampleValues)
            break;
        values << elided(v.value, kSampleValueChars);
    }
    return values.join(tr(" · "));
}

QString ClassificationModel::decisionText(const FieldClassification &field)
{
    if (!field.hasSuggestion && !field.decision.confirmed)
        return tr("Not profiled");
    if (field.stale)
        return tr("Changed — needs decision");
    switch (field.status()) {
    case DecisionStatus::Confirmed: return tr("Confirmed");
    case DecisionStatus::Overridden: return tr("Overridden");
    case DecisionStatus::Unconfirmed: break;
    }
    return tr("Needs decision");
}

QString ClassificationModel::decidedAtText(const QString &isoUtc)
{
    QDateTime when = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (!when.isValid())
        return isoUtc;
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

QString ClassificationModel::decisionToolTip(const FieldClassification &field)
{
    QStringList lines;
    const FieldDecision &d = field.decision;
    if (d.confirmed) {
        lines << (d.decidedBy.isEmpty()
                      ? tr("Decided on %1").arg(decidedAtText(d.decidedAt))
                      : tr("Decided by %1 on %2").arg(d.decidedBy, decidedAtText(d.decidedAt)));
        const QString origin = originText(d.origin);
        if (!origin.isEmpty())
            lines << origin;
    } else if (d.hasValues) {
        lines << tr("Previous decision: %1").arg(ratingText(d.role, d.category, d.grade));
        const QString origin = originText(d.origin);
        if (!origin.isEmpty())
            lines << origin;
    } else if (field.hasSuggestion) {
        lines << tr("Confirm the suggestion or override it with a reason.");
    } else {
        lines << tr("Run “Profile & Suggest” to get a suggestion for this field.");
    }
    if (field.stale && !field.staleReason.isEmpty())
        lines << field.staleReason;
    return lines.join(QLatin1Char('\n'));
}

QString ClassificationModel::confidenceText(double confidence)
{
    const QLocale locale;
    return tr("%1%").arg(locale.toString(qRound(confidence * 100.0)));
}

QVariant ClassificationModel::display(const FieldClassification &f, int column) const
{
    const Rating r = shownRating(f);
    switch (column) {
    case FieldColumn: return f.name;
    case TypeColumn: return typeText(f.type);
    case SampleColumn: return sampleText(f);
    case RoleColumn: return r.valid ? Taxonomy::fieldRoleLabel(r.role) : QString();
    case CategoryColumn: return r.valid ? Taxonomy::dataCategoryLabel(r.category) : QString();
    case GradeColumn: return r.valid ? QLocale().toString(r.grade) : QString();
    case ConfidenceColumn:
        return f.hasSuggestion ? confidenceText(f.suggestion.confidence) : QString();
    case EvidenceColumn: return f.hasSuggestion ? f.suggestion.evidence : QString();
    case DecisionColumn: return decisionText(f);
    case ReasonColumn: return f.decision.confirmed ? f.decision.reason : QString();
    default: break;
    }
    return {};
}

QVariant ClassificationModel::toolTip(const FieldClassification &f, int column) const
{
    switch (column) {
    case FieldColumn: return tr("%1 — %2").arg(f.name, decisionText(f));
    case SampleColumn: {
        QStringList lines;
        const QLocale locale;
        for (const ValueCount &v : f.profile.topValues)
            lines << tr("%1 (%2)").arg(elided(v.value, 60), locale.toString(v.count));
        return lines.join(QLatin1Char('\n'));
    }
    case RoleColumn:
    case CategoryColumn:
    case GradeColumn: {
        const Rating r = shownRating(f);
        if (!r.valid)
            return {};
        QString text;
        if (r.decided && f.status() == DecisionStatus::Overridden && f.hasSuggestion)
            text = tr("Suggested: %1").arg(ratingText(f.suggestion.role, f.suggestion.category,
                                                       f.suggestion.grade));
        else if (!r.decided)
            text = tr("Suggested, not yet confirmed");
        if (!r.decided && f.decision.hasValues)
            text += QLatin1Char('\n')
                    + tr("Previous decision: %1")
                          .arg(ratingText(f.decision.role, f.decision.category, f.decision.grade));
        if (column == GradeColumn) {
            const QString scope = GradeStyle::scopeText(r.grade);
            text = text.isEmpty() ? scope : scope + QLatin1Char('\n') + text;
        }
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case EvidenceColumn: return f.hasSuggestion ? f.suggestion.evidence : QString();
    case DecisionColumn: return decisionToolTip(f);
    case ReasonColumn: return f.decision.confirmed ? f.decision.reason : QString();
    default: break;
    }
    return {};
}

QVariant ClassificationModel::sortKey(const FieldClassification &f, int column) const
{
    switch (column) {
    case FieldColumn: return f.position;
    case GradeColumn: return shownRating(f).grade;
    case ConfidenceColumn: return f.hasSuggestion ? f.suggestion.confidence : -1.0;
    case DecisionColumn: return f.needsDecision() ? 0 : (f.status() == DecisionStatus::Overridden ? 1 : 2);
    default: break;
    }
    return display(f, column);
}

QVariant ClassificationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const FieldClassification &f = m_classification.fields.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return display(f, column);
    case Qt::ToolTipRole: return toolTip(f, column);
    case Qt::DecorationRole:
        if (column != FieldColumn)
            return {};
        if (f.needsDecision())
            return icon(IconId::NeedsDecision);
        return icon(f.status() == DecisionStatus::Overridden ? IconId::Overridden
                                                             : IconId::Confirmed);
    case Qt::BackgroundRole: {
        const Rating r = shownRating(f);
        if (!r.valid)
            return {};
        const QColor tint = GradeStyle::rowBackground(r.grade, QGuiApplication::palette());
        return tint.isValid() ? QVariant(tint) : QVariant();
    }
    case Qt::FontRole: {
        const bool suggestionOnly = !shownRating(f).decided
                                    && (column == RoleColumn || column == CategoryColumn
                                        || column == GradeColumn);
        const bool marker = f.needsDecision() && column == DecisionColumn;
        if (!suggestionOnly && !marker)
            return {};
        QFont font;
        font.setItalic(suggestionOnly);
        font.setBold(marker);
        return font;
    }
    case Qt::TextAlignmentRole:
        if (column == GradeColumn)
            return int(Qt::AlignCenter);
        if (column == ConfidenceColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case NeedsDecisionRole: return f.needsDecision();
    case GradeRole: return shownRating(f).grade;
    case FieldNameRole: return f.name;
    case SortRole: return sortKey(f, column);
    default: break;
    }
    return {};
}

QVariant ClassificationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        if (role == Qt::DisplayRole)
            return QLocale().toString(section + 1);
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case FieldColumn: return tr("Field");
        case TypeColumn: return tr("Type");
        case SampleColumn: return tr("Sample values");
        case RoleColumn: return tr("Role");
        case CategoryColumn: return tr("Category");
        case GradeColumn: return tr("Grade");
        case ConfidenceColumn: return tr("Confidence");
        case EvidenceColumn: return tr("Evidence");
        case DecisionColumn: return tr("Decision");
        case ReasonColumn: return tr("Reason");
        default: break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case SampleColumn: return tr("The most frequent values of the field");
        case RoleColumn:
        case CategoryColumn:
        case GradeColumn:
            return tr("The confirmed decision; in italics, the suggestion still to be confirmed");
        case ConfidenceColumn: return tr("How sure the suggestion is");
        case EvidenceColumn: return tr("What the suggestion is based on");
        default: break;
        }
    }
    return {};
}

} // namespace steward::ui
