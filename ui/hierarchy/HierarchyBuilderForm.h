#pragma once

#include "ui/hierarchy/HierarchyFieldValues.h"
#include "core/hierarchy/HierarchySpec.h"

#include <QStringList>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace steward::ui {

class HierarchyGroupsEditor;

// The builder of a hierarchy and its parameters: a box choosing the builder (date, intervals,
// redaction, region, ICD-10, flat, groups, or the table imported from a file) and below it the
// parameters of that builder. It shows a spec (setSpec) and asks for changes (specEdited, with
// the undo step's name) without keeping them: the dialog makes each an undoable step and shows
// the result. Parameters that do not parse are reported with specInvalid() instead.
class HierarchyBuilderForm final : public QWidget {
    Q_OBJECT
public:
    explicit HierarchyBuilderForm(QWidget *parent = nullptr);

    // The field's values (for the defaults of a builder chosen anew and the groups' value list)
    // and the suggested spec (what a builder of the suggested kind starts from).
    void setField(const HierarchyFieldValues &values, const std::optional<HierarchySpec> &suggested);
    void setSpec(const HierarchySpec &spec);
    const HierarchySpec &spec() const { return m_spec; }

    // Where a builder chosen in the box starts: the suggestion when it is of that kind, else
    // parameters from the field's values (interval widths from their range, redaction from
    // their length).
    HierarchySpec defaultSpec(HierarchySpec::Kind kind) const;
    static QString kindName(HierarchySpec::Kind kind);

    QComboBox *builderBox() const { return m_builder; }
    QCheckBox *decadeBox() const { return m_decade; }
    QLineEdit *intervalEdit() const { return m_intervals; }
    QCheckBox *topBox() const { return m_topCheck; }
    QLineEdit *topEdit() const { return m_top; }
    QCheckBox *bottomBox() const { return m_bottomCheck; }
    QLineEdit *bottomEdit() const { return m_bottom; }
    QLineEdit *redactEdit() const { return m_redact; }
    HierarchyGroupsEditor *groupsEditor() const { return m_groups; }

signals:
    void specEdited(const steward::HierarchySpec &spec, const QString &undoText);
    void specInvalid(const QString &message);

private:
    QWidget *makeDatePage();
    QWidget *makeIntervalPage();
    QWidget *makeRedactPage();
    QWidget *makeNotePage(const QString &text);
    void builderChosen(int index);
    void intervalEdited();
    void redactEdited();
    void propose(const HierarchySpec &spec, const QString &undoText);
    void updatePage();

    HierarchySpec m_spec;
    HierarchyFieldValues m_values;
    QStringList m_valueList;
    std::optional<HierarchySpec> m_suggested;
    bool m_updating = false;

    QComboBox *m_builder;
    QStackedWidget *m_pages;
    QCheckBox *m_decade = nullptr;
    QLabel *m_dateNote = nullptr;
    QLineEdit *m_intervals = nullptr;
    QCheckBox *m_topCheck = nullptr;
    QLineEdit *m_top = nullptr;
    QCheckBox *m_bottomCheck = nullptr;
    QLineEdit *m_bottom = nullptr;
    QLineEdit *m_redact = nullptr;
    QLabel *m_tableNote = nullptr;
    HierarchyGroupsEditor *m_groups = nullptr;
};

} // namespace steward::ui
