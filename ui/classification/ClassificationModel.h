#pragma once

#include "core/classify/DatasetClassification.h"

#include <QAbstractTableModel>

namespace steward::ui {

// The fields of one dataset as the classification view lists them: one row per field (column
// order) with type, sample values (the most frequent values), the role, category and grade in
// force (the confirmed decision, else the suggestion, shown in italics), the suggestion's
// confidence and evidence, the decision and its reason. Rows are tinted by grade (GradeStyle);
// fields that need a decision carry a marker icon and a bold "Needs decision".
class ClassificationModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        FieldColumn,
        TypeColumn,
        SampleColumn,
        RoleColumn,
        CategoryColumn,
        GradeColumn,
        ConfidenceColumn,
        DecisionColumn,
        EvidenceColumn, // long texts last: the short columns stay in view
        ReasonColumn,
        ColumnCount
    };
    enum Roles {
        NeedsDecisionRole = Qt::UserRole + 1, // bool
        GradeRole,                            // int: grade in force, 0 when none
        FieldNameRole,                        // QString
        SortRole,                             // a value that sorts the column naturally
    };

    static constexpr int kSampleValues = 5;

    // What a row shows as the field's role, category and grade: the suggestion while the field
    // needs a decision (what Confirm accepts; a stale decision is shown as the previous one),
    // else the confirmed decision.
    struct Rating {
        bool valid = false;   // false: not profiled and never decided
        bool decided = false; // a confirmed decision in force (not a suggestion)
        FieldRole role = FieldRole::Other;
        DataCategory category = DataCategory::MedicalApplication;
        int grade = 0;
    };
    static Rating shownRating(const FieldClassification &field);

    explicit ClassificationModel(QObject *parent = nullptr);

    // Replaces what is shown. When the fields are the same (names, in order) the rows are
    // updated in place, so a view keeps its selection and current row; otherwise the model is
    // reset.
    void setClassification(const DatasetClassification &classification);
    void clear();
    const DatasetClassification &classification() const { return m_classification; }

    const FieldClassification *field(int row) const;
    int rowOf(const QString &fieldName) const; // -1 when unknown
    int needsDecisionCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Texts shared with the side panel.
    static QString typeText(const QString &typeName);
    static QString sampleText(const FieldClassification &field);
    static QString decisionText(const FieldClassification &field);
    static QString decisionToolTip(const FieldClassification &field);
    static QString confidenceText(double confidence);
    static QString decidedAtText(const QString &isoUtc);

private:
    QVariant display(const FieldClassification &f, int column) const;
    QVariant toolTip(const FieldClassification &f, int column) const;
    QVariant sortKey(const FieldClassification &f, int column) const;

    DatasetClassification m_classification;
};

} // namespace steward::ui
