#pragma once

#include "core/classify/DataDictionary.h"

#include <QObject>

class QAction;

namespace steward::ui {

class ClassificationView;

// The Classification tab's "Export Dictionary" (Ctrl+Shift+E): the dataset's data dictionary
// (field, type, role, category, grade, evidence, decision, reason) written as CSV or JSON, the
// format chosen by the file dialog's filter or the file's suffix.
class DataDictionaryExport final : public QObject {
    Q_OBJECT
public:
    // Adds the action to `view` (for its shortcut); the view puts it on its tool bar.
    explicit DataDictionaryExport(ClassificationView *view);

    // Enables the action for what the view shows.
    void updateAction();
    // The export without its dialog (also for tests).
    bool exportDictionary(const QString &path, DataDictionary::Format format);

    QAction *exportAction() const { return m_action; }

signals:
    // A short sentence for the status bar.
    void message(const QString &text);

private:
    void exportWithDialog();

    ClassificationView *m_view;
    QAction *m_action;
};

} // namespace steward::ui
