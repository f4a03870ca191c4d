#pragma once

#include "core/mask/MaskPresets.h"

#include <QObject>

class QAction;
class QMenu;

namespace steward::ui {

class MaskingView;

// The Masking tab's rule-set actions: apply a preset (HIPAA Safe Harbor, GB/T 39725-style
// controlled release; Safe Harbor also with the subject key kept as a keyed pseudonym, for a
// steward who documents it as a §164.514(c) re-identification code) computed from the classification, save the dataset's masking as a
// template, and apply a stored template (or one from a file) to this dataset — next month's
// extract. Each application is one undoable step of the tab; what a template did not cover (its
// fields the dataset lacks, the dataset's new fields) is shown above the rules.
class MaskRuleSetActions final : public QObject {
    Q_OBJECT
public:
    // Adds the actions to `view`'s toolbar: "Apply Preset" and "Templates" (apply, save), each a
    // button with a menu.
    explicit MaskRuleSetActions(MaskingView *view);

    // The operations behind the actions, without dialogs (also for tests).
    bool applyPreset(MaskPreset preset, const MaskPresetOptions &options = {});
    bool saveTemplate(const QString &name);
    // A stored template's name or a template file; false when nothing was applied.
    bool applyTemplate(const QString &nameOrFile);

    QAction *presetAction() const { return m_presetAction; }
    QAction *saveTemplateAction() const { return m_saveAction; }
    QAction *applyTemplateAction() const { return m_applyAction; }
    QMenu *templateMenu() const { return m_templateMenu; }

private:
    void saveTemplateWithDialog();
    void applyTemplateWithDialog();

    MaskingView *m_view;
    QMenu *m_presetMenu;
    QMenu *m_templateMenu = nullptr;
    QAction *m_presetAction;
    QAction *m_saveAction;
    QAction *m_applyAction;
};

} // namespace steward::ui
