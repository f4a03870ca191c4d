#pragma once

#include <QTableView>

class QLabel;

namespace steward::ui {

class ClassificationFilterModel;
class ClassificationModel;

// The classification table: one row per field shown by the filter model, whole rows selected,
// in column order until the user sorts, columns sized for their content. Fields are addressed
// by name, whatever the sorting and filtering.
class ClassificationTable final : public QTableView {
    Q_OBJECT
public:
    ClassificationTable(ClassificationModel *model, ClassificationFilterModel *filter,
                        QWidget *parent = nullptr);

    // Selected fields (by name, in table order); the current field when nothing is selected.
    QStringList selectedFields() const;
    QString currentField() const; // "" when none
    // Makes the field current and the only one selected; false when it is not shown.
    bool selectField(const QString &name);
    // selectField(name), else the first row when there is one.
    void selectFieldOrFirstRow(const QString &name);
    // The first field after the last selected row that needs a decision and is not in
    // `excluded`, in table order, wrapping around; "" when none.
    QString nextNeedingDecision(const QStringList &excluded) const;
    // What the table says in place of rows when the filter hides every field ("Every field is
    // decided."); "" when rows are shown or there are no fields at all.
    QString emptyText() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateEmptyState();

    QLabel *m_emptyLabel;
    ClassificationModel *m_model;
    ClassificationFilterModel *m_filter;
};

} // namespace steward::ui
