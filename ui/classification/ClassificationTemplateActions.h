#pragma once

#include "core/classify/DecisionBatch.h"
#include "core/common/Result.h"

#include <QObject>

class QAction;
class QMenu;
class QToolBar;

namespace steward {
struct ClassificationTemplate;
} // namespace steward

namespace steward::ui {

class ClassificationView;

// The Classification tab's reuse actions: take over the confirmed decisions of another dataset
// for fields with the same name, apply a stored template (or one from a file), save the
// confirmed decisions as a template or write them to a template file. Each application is one
// undoable step of the tab, after which only the new and changed fields are shown.
class ClassificationTemplateActions final : public QObject {
    Q_OBJECT
public:
    explicit ClassificationTemplateActions(ClassificationView *view);

    // Adds "Apply from Dataset" and the Templates menu button to the view's tool bar.
    void addToToolBar(QToolBar *toolBar);
    // Enables the actions for what the view shows.
    void updateActions();

    // The operations behind the actions, without dialogs (also for tests).
    bool applyFromDataset(const QString &source);
    bool applyTemplate(const ClassificationTemplate &tmpl);
    bool saveTemplate(const QString &name);
    bool exportTemplate(const QString &path);

    QAction *applyDatasetAction() const { return m_applyDatasetAction; }
    QAction *applyTemplateAction() const { return m_applyTemplateAction; }
    QAction *saveTemplateAction() const { return m_saveTemplateAction; }
    QAction *exportTemplateAction() const { return m_exportTemplateAction; }

signals:
    // A short sentence for the status bar.
    void message(const QString &text);

private:
    // Records what the service applied as one undo step of the view, or shows why nothing was.
    bool recordApplied(const Result<DecisionBatch> &batch, const QString &failure,
                       const QString &undoText, const QString &source);
    void applyFromDatasetWithDialog();
    void applyTemplateWithDialog();
    void saveTemplateWithDialog();
    void exportTemplateWithDialog();

    ClassificationView *m_view;
    QMenu *m_templateMenu;
    QAction *m_applyDatasetAction;
    QAction *m_applyTemplateAction;
    QAction *m_saveTemplateAction;
    QAction *m_exportTemplateAction;
};

} // namespace steward::ui
