#pragma once

#include "core/classify/FieldClassification.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace steward::ui {

class InlineMessage;

// Overrides the classification of one or several fields: role, grade and category, with the
// reason the steward gives (required whenever the choice differs from a field's suggestion).
// Filled with the first field's classification in force.
class OverrideDialog final : public QDialog {
    Q_OBJECT
public:
    explicit OverrideDialog(const QList<FieldClassification> &fields, QWidget *parent = nullptr);

    QStringList fieldNames() const { return m_names; }
    FieldRole role() const;
    int grade() const;
    // Empty: each field keeps its suggested category.
    std::optional<DataCategory> category() const;
    QString reason() const;

    void setRole(FieldRole role);
    void setGrade(int grade);
    void setReason(const QString &reason);

    // Whether the choice differs from a field's suggestion (then a reason is required).
    bool needsReason() const;

private:
    void updateState();

    QList<FieldClassification> m_fields;
    QStringList m_names;
    QComboBox *m_roleCombo;
    QComboBox *m_gradeCombo;
    QComboBox *m_categoryCombo;
    QLineEdit *m_reasonEdit;
    QLabel *m_reasonHint;
    QPushButton *m_okButton;
};

} // namespace steward::ui
