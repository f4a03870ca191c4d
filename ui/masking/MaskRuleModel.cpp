#include "ui/masking/MaskRuleModel.h"

#include "ui/widgets/GradeStyle.h"
#include "core/classify/ClassificationService.h"
#include "core/mask/RuleSuggester.h"
#include "core/store/ProjectStore.h"

#include <QFont>
#include <QGuiApplication>
#include <QHash>
#include <QPalette>

namespace steward::ui {

MaskRuleModel::MaskRuleModel(QObject *parent) : QAbstractTableModel(parent)
{
    setObjectName(QStringLiteral("maskRuleModel"));
}

Status MaskRuleModel::load(ProjectStore &store, const DatasetInfo &dataset)
{
    // Only the stored classification: the Masking tab never starts profiling on its own.
    ClassificationService service(store);
    Result<DatasetClassification> classification = service.load(dataset.name);
    if (!classification)
        return classification.error();
    Result<QList<StoredMaskRule>> stored = MaskRuleStore(store).load(dataset);
    if (!stored)
        return stored.error();
    setContents(dataset, *classification, *stored);
    return {};
}

void MaskRuleModel::setContents(const DatasetInfo &dataset,
                                const DatasetClassification &classification,
                                const QList<StoredMaskRule> &stored)
{
    QHash<QString, MaskRule> byField;
    for (const StoredMaskRule &s : stored)
        byField.insert(s.field, s.rule);
    const QString subject = RuleSuggester::subjectKey(classification);

    QList<Field> fields;
    fields.reserve(dataset.columns.size());
    for (const ColumnInfo &column : dataset.columns) {
        Field f;
        f.name = column.name;
        f.type = column.type;
        const int at = classification.indexOf(column.name);
        if (at >= 0) {
            const FieldClassification &fc = classification.fields.at(at);
            // What the suggester works from: the confirmed decision, else the suggestion.
            f.rated = fc.hasSuggestion || (fc.decision.confirmed && fc.decision.hasValues);
            if (f.rated) {
                f.role = fc.effectiveRole();
                f.grade = fc.effectiveGrade();
            }
            f.suggested = RuleSuggester::suggestField(fc, subject);
        }
        if (auto it = byField.constFind(column.name); it != byField.constEnd())
            f.stored = *it;
        fields << f;
    }

    bool sameFields = dataset.id == m_dataset.id && fields.size() == m_fields.size();
    for (qsizetype i = 0; sameFields && i < fields.size(); ++i)
        sameFields = fields.at(i).name == m_fields.at(i).name;
    if (!sameFields)
        beginResetModel();
    m_dataset = dataset;
    m_classification = classification;
    m_fields = std::move(fields);
    m_subjectKey = subject;
    if (!sameFields)
        endResetModel();
    else if (!m_fields.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void MaskRuleModel::clear()
{
    beginResetModel();
    m_dataset = DatasetInfo{};
    m_classification = DatasetClassification{};
    m_fields.clear();
    m_subjectKey.clear();
    endResetModel();
}

const MaskRuleModel::Field *MaskRuleModel::field(int row) const
{
    if (row < 0 || row >= m_fields.size())
        return nullptr;
    return &m_fields.at(row);
}

int MaskRuleModel::rowOf(const QString &fieldName) const
{
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (m_fields.at(i).name == fieldName)
            return int(i);
    }
    return -1;
}

QStringList MaskRuleModel::fieldNames() const
{
    QStringList names;
    for (const Field &f : m_fields)
        names << f.name;
    return names;
}

QStringList MaskRuleModel::unratedFields() const
{
    QStringList names;
    for (const Field &f : m_fields) {
        if (!f.rated)
            names << f.name;
    }
    return names;
}

QList<std::pair<QString, MaskRule>> MaskRuleModel::rules() const
{
    QList<std::pair<QString, MaskRule>> list;
    for (const Field &f : m_fields)
        list.append({f.name, f.rule()});
    return list;
}

QList<std::pair<QString, MaskRule>> MaskRuleModel::suggestedRules() const
{
    QList<std::pair<QString, MaskRule>> list;
    for (const Field &f : m_fields)
        list.append({f.name, f.suggested});
    return list;
}

std::optional<MaskRule> MaskRuleModel::storedRule(const QString &fieldName) const
{
    const int row = rowOf(fieldName);
    return row < 0 ? std::nullopt : m_fields.at(row).stored;
}

int MaskRuleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int MaskRuleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags MaskRuleModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QVariant MaskRuleModel::display(const Field &f, int column) const
{
    switch (column) {
    case FieldColumn: return f.name;
    case RoleColumn: return f.rated ? Taxonomy::fieldRoleLabel(f.role) : QString();
    case GradeColumn: return f.rated ? GradeStyle::gradeText(f.grade) : QString();
    case OperatorColumn: return operatorText(f.rule().op());
    case ParametersColumn: return parametersText(f.rule());
    case SuggestedColumn: return ruleText(f.suggested);
    default: break;
    }
    return {};
}

QVariant MaskRuleModel::toolTip(const Field &f, int column) const
{
    switch (column) {
    case OperatorColumn:
        return f.stored ? operatorDescription(f.rule().op())
                        : tr("No rule stored: the field is kept unchanged.");
    case ParametersColumn: return f.stored ? f.rule().format() : QString();
    case SuggestedColumn:
        return f.rule() == f.suggested
                   ? tr("The rule in force is the suggested one.")
                   : tr("Suggested from the classification: %1. The rule in force differs.")
                         .arg(ruleText(f.suggested));
    case GradeColumn: return f.rated ? GradeStyle::scopeText(f.grade) : QString();
    case RoleColumn:
        return f.rated ? QString() : tr("Not classified yet: classify the dataset first.");
    default: break;
    }
    return {};
}

QVariant MaskRuleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const Field &f = m_fields.at(index.row());
    const int column = index.column();
    const bool deviates = !(f.rule() == f.suggested);
    switch (role) {
    case Qt::DisplayRole: return display(f, column);
    case Qt::ToolTipRole: return toolTip(f, column);
    case Qt::BackgroundRole:
        if (column == GradeColumn && f.rated)
            return GradeStyle::accent(f.grade);
        return {};
    case Qt::ForegroundRole:
        if (column == GradeColumn && f.rated)
            return GradeStyle::onAccent(f.grade);
        if (column == SuggestedColumn && !deviates)
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case Qt::FontRole:
        if (deviates && (column == OperatorColumn || column == ParametersColumn
                         || column == SuggestedColumn)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == GradeColumn)
            return int(Qt::AlignCenter);
        return {};
    case FieldNameRole: return f.name;
    case DeviatesRole: return deviates;
    case HasStoredRuleRole: return f.stored.has_value();
    case GradeRole: return f.rated ? f.grade : 0;
    default: break;
    }
    return {};
}

QVariant MaskRuleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case FieldColumn: return tr("Field");
        case RoleColumn: return tr("Role");
        case GradeColumn: return tr("Grade");
        case OperatorColumn: return tr("Operator");
        case ParametersColumn: return tr("Parameters");
        case SuggestedColumn: return tr("Suggested");
        default: break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case RoleColumn:
        case GradeColumn: return tr("From the stored classification (decision, else suggestion)");
        case SuggestedColumn:
            return tr("The rule suggested from the classification; bold where the rule in force "
                      "differs");
        default: break;
        }
    }
    return {};
}

QString MaskRuleModel::operatorText(MaskOperator op)
{
    switch (op) {
    case MaskOperator::Keep: return tr("Keep");
    case MaskOperator::Drop: return tr("Drop field");
    case MaskOperator::Redact: return tr("Redact");
    case MaskOperator::Mask: return tr("Partial mask");
    case MaskOperator::Pseudonym: return tr("Pseudonym");
    case MaskOperator::Bands: return tr("Numeric bands");
    case MaskOperator::Date: return tr("Generalise date");
    case MaskOperator::Shift: return tr("Shift date");
    case MaskOperator::TopCode: return tr("Top-code");
    case MaskOperator::BottomCode: return tr("Bottom-code");
    case MaskOperator::Truncate: return tr("Truncate");
    case MaskOperator::Recode: return tr("Recode");
    case MaskOperator::Hierarchy: return tr("Hierarchy level");
    case MaskOperator::Scrub: return tr("Scrub free text");
    case MaskOperator::Suppress: return tr("Suppress");
    }
    return maskOperatorName(op);
}

QString MaskRuleModel::operatorDescription(MaskOperator op)
{
    switch (op) {
    case MaskOperator::Keep: return tr("The values are kept unchanged.");
    case MaskOperator::Drop: return tr("The field is left out of the result.");
    case MaskOperator::Redact: return tr("Every non-empty value becomes a fixed text.");
    case MaskOperator::Mask:
        return tr("Keeps the first and last characters and masks the rest.");
    case MaskOperator::Pseudonym:
        return tr("A keyed token of the value: the same person gets the same token in every "
                  "dataset of the project. Needs the project passphrase.");
    case MaskOperator::Bands: return tr("Numbers become bands of a width or between breaks.");
    case MaskOperator::Date: return tr("Dates become their year, quarter or month.");
    case MaskOperator::Shift:
        return tr("Dates move by a per-subject offset, so intervals within a patient survive. "
                  "Needs the project passphrase.");
    case MaskOperator::TopCode: return tr("Values at or above the maximum become a label.");
    case MaskOperator::BottomCode: return tr("Values at or below the minimum become a label.");
    case MaskOperator::Truncate:
        return tr("Keeps the leading digits or characters (postal codes, ID regions).");
    case MaskOperator::Recode: return tr("Values are replaced through a table.");
    case MaskOperator::Hierarchy: return tr("Values become a level of a value hierarchy.");
    case MaskOperator::Scrub:
        return tr("Identifiers inside free text become placeholders such as [PHONE].");
    case MaskOperator::Suppress: return tr("Every non-empty value is suppressed.");
    }
    return {};
}

QString MaskRuleModel::parametersText(const MaskRule &rule)
{
    if (rule.params().isEmpty())
        return {};
    const QString text = rule.format();
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    return colon < 0 ? QString() : text.mid(colon + 1);
}

QString MaskRuleModel::ruleText(const MaskRule &rule)
{
    const QString params = parametersText(rule);
    if (params.isEmpty())
        return operatorText(rule.op());
    return tr("%1 (%2)").arg(operatorText(rule.op()), params);
}

} // namespace steward::ui
