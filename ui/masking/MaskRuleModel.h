#pragma once

#include "core/classify/DatasetClassification.h"
#include "core/common/Result.h"
#include "core/mask/MaskRule.h"
#include "core/mask/MaskRuleStore.h"
#include "core/store/DatasetInfo.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace steward {
class ProjectStore;
}

namespace steward::ui {

// The masking rules of one dataset as the Masking tab lists them: one row per column (column
// order) with the field's role and grade in force (from the STORED classification: nothing is
// analysed here), the rule stored for it (none = keep), its parameters and the rule RuleSuggester
// proposes, so that the steward sees where the rules deviate from the suggestion (bold).
class MaskRuleModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        FieldColumn,
        RoleColumn,
        GradeColumn,
        OperatorColumn,
        ParametersColumn,
        SuggestedColumn,
        ColumnCount
    };
    enum Roles {
        FieldNameRole = Qt::UserRole + 1, // QString
        DeviatesRole,                     // bool: the rule in force differs from the suggestion
        HasStoredRuleRole,                // bool
        GradeRole,                        // int, 0 when the field was never classified
    };

    struct Field {
        QString name;
        ColumnType type = ColumnType::Text;
        bool rated = false; // role and grade known (classified or decided)
        FieldRole role = FieldRole::Other;
        int grade = 0;
        std::optional<MaskRule> stored; // none: no rule stored, the field is kept
        MaskRule suggested;

        MaskRule rule() const { return stored.value_or(MaskRule()); }
    };

    explicit MaskRuleModel(QObject *parent = nullptr);

    // Reads the dataset's stored classification and masking rules. On error nothing changes.
    Status load(ProjectStore &store, const DatasetInfo &dataset);
    // Replaces what is shown. When the fields are the same (names, in order) the rows are updated
    // in place, so that a view keeps its selection.
    void setContents(const DatasetInfo &dataset, const DatasetClassification &classification,
                     const QList<StoredMaskRule> &stored);
    void clear();

    const DatasetInfo &dataset() const { return m_dataset; }
    const DatasetClassification &classification() const { return m_classification; }
    const Field *field(int row) const;
    int rowOf(const QString &fieldName) const; // -1 when unknown
    QStringList fieldNames() const;
    // Fields whose role and grade are not known yet (neither analysed nor decided), in column
    // order: what the Masking tab asks to classify first.
    QStringList unratedFields() const;
    // Every column with the rule in force (keep when none is stored), in column order.
    QList<std::pair<QString, MaskRule>> rules() const;
    // RuleSuggester's rules of every column, in column order.
    QList<std::pair<QString, MaskRule>> suggestedRules() const;
    std::optional<MaskRule> storedRule(const QString &fieldName) const;
    // The field RuleSuggester pseudonymises as the subject key ("" when none).
    QString subjectKey() const { return m_subjectKey; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Texts shared with the editor and the preview.
    static QString operatorText(MaskOperator op);        // "Partial mask"
    static QString operatorDescription(MaskOperator op); // one sentence
    static QString parametersText(const MaskRule &rule); // "first=1,last=2" ("" when none)
    static QString ruleText(const MaskRule &rule);       // "Partial mask (first=1,last=2)"

private:
    QVariant display(const Field &f, int column) const;
    QVariant toolTip(const Field &f, int column) const;

    DatasetInfo m_dataset;
    DatasetClassification m_classification;
    QList<Field> m_fields;
    QString m_subjectKey;
};

} // namespace steward::ui
