#pragma once

#include "core/common/Result.h"
#include "core/mask/MaskRule.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace steward::ui {

class InlineMessage;

// The rule of the selected field(s) of the Masking tab: an operator (every MaskOperator, by its
// translated name) and a parameter form rebuilt for it — spin boxes for counts, line edits for
// texts and numbers (empty = the documented default, shown as placeholder), choices for
// enumerations (date to=, recode unmatched=), the built-in recode tables or a file, a hierarchy
// file or built-in hierarchy, the subject field of a date shift. Apply (or Return anywhere in the editor) checks the
// rule with MaskRule::create and asks for it to be applied to every selected field; an invalid
// value shows the error inline and nothing is applied.
class MaskRuleEditor final : public QWidget {
    Q_OBJECT
public:
    explicit MaskRuleEditor(QWidget *parent = nullptr);

    // The dataset's fields (for shift subject=) and the field suggested as subject key.
    void setColumns(const QStringList &columns, const QString &subjectKey);
    // Where the file dialogs start.
    void setBaseDirectory(const QString &directory) { m_baseDirectory = directory; }
    // The fields the editor is for (none: disabled) and the rule it shows (their common rule).
    void setFields(const QStringList &fields, const MaskRule &rule);
    QStringList fields() const { return m_fields; }

    // Shows `rule` in the form (operator and parameters).
    void showRule(const MaskRule &rule);
    MaskOperator currentOperator() const;
    // Selects an operator and rebuilds the form with its defaults.
    void setOperator(MaskOperator op);
    // The rule as entered (usage error naming the parameter when a value is invalid).
    Result<MaskRule> rule() const;

    void showError(const QString &text);
    void clearError();
    QString errorText() const; // "" when none

    QComboBox *operatorCombo() const { return m_operator; }
    QPushButton *applyButton() const { return m_apply; }
    // The input of a parameter ("first", "width", …; object name "maskParam_<name>"), null when
    // the current operator has no such parameter.
    QWidget *parameterWidget(const QString &name) const;

public slots:
    // Checks the rule; emits applyRequested or shows the error.
    void apply();

signals:
    void applyRequested(const QStringList &fields, const MaskRule &rule);

protected:
    // Return in any input that does not use it itself (line edits, spin boxes, a closed combo
    // box) applies, as in a dialog; an open combo popup keeps Return for choosing its item.
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum class Input { Line, Spin, Choice, EditableChoice };
    struct Param {
        QString name;
        Input input = Input::Line;
        QWidget *widget = nullptr;
    };

    void rebuildForm(MaskOperator op);
    void addLine(const QString &name, const QString &label, const QString &placeholder,
                 const QString &toolTip = {});
    void addSpin(const QString &name, const QString &label, int min, int max, int value);
    void addChoice(const QString &name, const QString &label,
                   const QList<std::pair<QString, QString>> &choices, int current = 0);
    void addFileChoice(const QString &name, const QString &label,
                       const QList<std::pair<QString, QString>> &builtins,
                       const QString &fileFilter);
    void setParamValue(const Param &param, const QString &value);
    QString paramValue(const Param &param) const;
    void updateTitle();

    QStringList m_fields;
    QStringList m_columns;
    QString m_subjectKey;
    QString m_baseDirectory;

    QLabel *m_title;
    QComboBox *m_operator;
    QLabel *m_description;
    QWidget *m_formHost;
    QWidget *m_form = nullptr;
    QFormLayout *m_formLayout = nullptr;
    QList<Param> m_params;
    InlineMessage *m_error;
    QPushButton *m_apply;
};

} // namespace steward::ui
