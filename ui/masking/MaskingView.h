#pragma once

#include "ui/datasets/DatasetUndoStacks.h"
#include "core/common/Result.h"
#include "core/mask/MaskEnvironment.h"
#include "core/mask/MaskRule.h"
#include "core/mask/ProjectSecret.h"
#include "core/mask/RecordSuppression.h"
#include "core/store/DatasetInfo.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>
#include <utility>

class QAction;
class QLabel;
class QMenu;
class QShowEvent;
class QTabWidget;
class QPushButton;
class QSplitter;
class QTableView;
class QUndoGroup;
class QToolBar;
class QUndoStack;

namespace steward {
class ProjectStore;
}

namespace steward::ui {

class InlineMessage;
class MaskPreviewModel;
class MaskRuleEditor;
class MaskRuleModel;
class MaskRuleSetActions;

// The "Masking" tab of a dataset: the fields' masking rules (role, grade, operator, parameters,
// the suggested rule) with the editor of the selected fields beside them, and below, in tabs, a
// preview of the first rows as they are (left) and masked with the current rules (right; or the
// masked half alone), computed in memory for the rows on screen only, and the side panel (the
// risk panel). The splitters' positions and the preview mode are remembered. Every change is stored at once (one audited
// transaction) and can be undone (one QUndoStack per dataset; Ctrl+Z / Ctrl+Shift+Z while the
// tab has focus). Rules that need the project secret (pseudonym, shift) preview as "(locked)"
// until the steward unlocks the secret with the project passphrase (created on first use);
// the secret then stays in memory until the project closes.
class MaskingView final : public QWidget {
    Q_OBJECT
public:
    explicit MaskingView(QWidget *parent = nullptr);
    ~MaskingView() override;

    // The project (nullptr when none: drops the undo history and the unlocked secret). The store
    // must stay open until setProject(nullptr).
    void setProject(ProjectStore *store);
    // Shows a dataset: reads its stored classification and rules (nothing is analysed).
    void showDataset(const DatasetInfo &dataset);
    void clearDataset();
    // Reads the shown dataset's classification and rules again (e.g. after decisions), keeping
    // the selection.
    void refresh();

    ProjectStore *store() const { return m_store; }
    bool hasDataset() const { return m_dataset.id != 0; }
    const DatasetInfo &dataset() const { return m_dataset; }
    // The rule in force of every column (keep when none is stored), in column order.
    QList<std::pair<QString, MaskRule>> currentRules() const;
    // The project secret once unlocked.
    std::optional<ProjectSecret> secret() const { return m_secret; }
    // What compiling the current rules needs (secret when unlocked, base directory for files).
    MaskEnvironment environment() const;
    QUndoStack *undoStack() const; // of the shown dataset, nullptr when none
    // The tab's undo stacks (one per dataset), for the main window's Edit menu.
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    MaskPreviewModel *previewModel() const { return m_preview; }
    // Puts `panel` in a tab next to the preview, below the rules. The view takes ownership; a
    // previous panel is deleted.
    void setSidePanel(QWidget *panel);
    void showSidePanel(); // brings the panel's tab to the front
    void showPreview();   // brings the preview's tab to the front
    // The preview shows the masked half only (twice the columns) or both halves side by side;
    // the choice is remembered.
    void setPreviewMaskedOnly(bool maskedOnly);
    bool isPreviewMaskedOnly() const;

    // Widgets and actions, for the main window and tests.
    MaskRuleModel *ruleModel() const { return m_rules; }
    QTableView *rulesTable() const { return m_rulesTable; }
    MaskRuleEditor *editor() const { return m_editor; }
    QTableView *originalView() const { return m_originalView; }
    QTableView *maskedView() const { return m_maskedView; }
    QAction *suggestAllAction() const { return m_suggestAllAction; }
    QAction *suggestSelectedAction() const { return m_suggestSelectedAction; }
    QAction *clearRuleAction() const { return m_clearAction; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QAction *unlockAction() const { return m_unlockAction; }
    QAction *editHierarchyAction() const { return m_editHierarchyAction; }
    QToolBar *toolBar() const { return m_toolBar; }
    QTabWidget *bottomTabs() const { return m_bottomTabs; } // preview, risk
    // Presets and templates.
    MaskRuleSetActions *ruleSetActions() const { return m_ruleSets; }
    QString messageText() const;     // the inline message shown, "" when none
    // What the tab says about fields without a role yet ("" when every field is classified or
    // decided); follows the stored classification at every reload.
    QString classificationNoticeText() const;
    QString lockMessageText() const; // the locked-preview message, "" when not shown
    bool isLockPromptVisible() const;

    // Selected fields (by name, in column order); the current field when nothing is selected.
    QStringList selectedFields() const;
    bool selectField(const QString &name);

    // The operations behind the actions, without dialogs (also for tests). Each stores the change
    // (one transaction), pushes it on the undo stack and emits rulesChanged(); false when nothing
    // was stored (the reason is shown).
    bool setRule(const QStringList &fields, const MaskRule &rule);
    bool applySuggested(bool selectedOnly);
    bool clearSelected();
    // Unlocks (or, the first time, creates) the project secret. A wrong passphrase shows an
    // inline error. The passphrase is never logged or kept.
    bool unlock(const QString &passphrase);
    // Applies a whole rule set as ONE undoable step (a k-anonymity result, a template, a preset):
    // the rules of the fields named (fields whose rule does not change are left out) and, when
    // `suppression` is given, the record suppression (the inner nullopt clears it). False when
    // nothing was stored (the reason is shown).
    // A `keep` rule means no stored rule. `auditAction`/`auditDetail` add an audit entry naming
    // what was applied (a template, a preset).
    bool applyRuleSet(const QList<std::pair<QString, MaskRule>> &rules,
                      const std::optional<std::optional<RecordSuppression>> &suppression,
                      const QString &undoText, const QString &auditAction = {},
                      const QJsonObject &auditDetail = {});
    // A notice above the rules (e.g. what a template did not cover).
    void showNotice(const QString &text);

public slots:
    // Asks for the passphrase (twice when the project has no secret yet).
    void unlockWithDialog();
    // Opens the hierarchy editor for the current field; a save is a step of this tab's undo
    // history.
    void editHierarchy();

signals:
    // A stored rule changed (set, cleared, suggested, undone or redone).
    void rulesChanged();
    // A short sentence for the status bar.
    void message(const QString &text);
    // The project secret was unlocked (rules that need it can now be measured).
    void secretUnlocked();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createLayout();
    QWidget *createPreviewPane();
    QWidget *createPreviewModeButtons();
    void reload();
    void updatePreviewRules();
    void updateLockPrompt();
    void updateClassificationNotice();
    void updatePreviewMessages();
    void updateEditor();
    void updateActions();
    void updatePreviewColumns();
    void scrollPreviewToField(const QString &field);
    bool push(const QList<std::pair<QString, std::optional<MaskRule>>> &after,
              const QString &undoText, bool suggestion);
    void written(const Status &status);
    void showError(const QString &what, const Error &error);

    ProjectStore *m_store = nullptr;
    DatasetInfo m_dataset;
    std::optional<ProjectSecret> m_secret;
    bool m_lastWriteOk = false;

    MaskRuleModel *m_rules;
    MaskPreviewModel *m_preview;
    DatasetUndoStacks *m_undoGroup;

    QLabel *m_titleLabel = nullptr;
    QToolBar *m_toolBar = nullptr;
    MaskRuleSetActions *m_ruleSets = nullptr;
    InlineMessage *m_message = nullptr;
    InlineMessage *m_classificationNotice = nullptr;
    QTableView *m_rulesTable = nullptr;
    MaskRuleEditor *m_editor = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_rulesSplitter = nullptr;
    QTabWidget *m_bottomTabs = nullptr;
    QWidget *m_originalBox = nullptr;
    QMenu *m_suggestMenu = nullptr;
    QAction *m_sideBySideAction = nullptr;
    QAction *m_maskedOnlyAction = nullptr;
    bool m_layoutRestored = false;
    bool m_defaultSizesPending = false;
    QPointer<QWidget> m_sidePanel;
    QWidget *m_lockRow = nullptr;
    QLabel *m_lockLabel = nullptr;
    QPushButton *m_unlockButton = nullptr;
    InlineMessage *m_lockError = nullptr;
    InlineMessage *m_suppressionMessage = nullptr;
    InlineMessage *m_previewMessage = nullptr;
    QTableView *m_originalView = nullptr;
    QTableView *m_maskedView = nullptr;

    QAction *m_suggestAllAction = nullptr;
    QAction *m_suggestSelectedAction = nullptr;
    QAction *m_clearAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_unlockAction = nullptr;
    QAction *m_editHierarchyAction = nullptr;
};

} // namespace steward::ui
