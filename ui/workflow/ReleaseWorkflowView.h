#pragma once

#include "core/mask/ProjectSecret.h"
#include "core/release/Release.h"
#include "core/release/ReleaseMeasurement.h"
#include "core/workflow/ReleaseGates.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QPushButton;
class QTreeWidget;

namespace steward {
class ProjectStore;
}

namespace steward::ui {

class ExportDialog;
class GatesPanel;
class InlineMessage;
class ReviewPanel;

// The release view's Review and Export tab: the live gates (measured again whenever the project
// changes), the review (ReviewPanel), Export Package and the release register (every export:
// time, recipient, signer, encryption, SHA-256 of the package).
class ReleaseWorkflowView final : public QWidget {
    Q_OBJECT
public:
    explicit ReleaseWorkflowView(QWidget *parent = nullptr);
    ~ReleaseWorkflowView() override;

    void setProject(ProjectStore *store);
    void setSecretProvider(std::function<std::optional<ProjectSecret>()> provider);
    // The release shown (as stored); the gates wait for its measurements.
    void setRelease(const Release &release);
    void clear();
    // New figures of the release: the gates are evaluated again and the review state reconciled
    // (a change since the submission invalidates the approvals).
    void setMeasurements(const QList<DatasetMeasurement> &measurements);
    // No figures (measuring, locked secret): the gates say why.
    void setPending(const QString &text);
    // Reads the release, its review state and gates again.
    void refresh();

    GatesPanel *gatesPanel() const { return m_gates; }
    ReviewPanel *reviewPanel() const { return m_review; }
    QTreeWidget *registerList() const { return m_register; }
    QPushButton *exportButton() const { return m_export; }
    ExportDialog *exportDialog() const;
    // Opens Export Package (refused with the failing gates listed while any fails).
    ExportDialog *openExport();
    // Stops background work (the project closes).
    void stop();

signals:
    // The release's state or register changed: the release view and navigator follow.
    void releaseChanged();
    void message(const QString &text);

private:
    void evaluateGates();
    void fillRegister();
    void reviewChanged();

    ProjectStore *m_store = nullptr;
    std::function<std::optional<ProjectSecret>()> m_secretProvider;
    Release m_release;
    bool m_loaded = false;
    QList<DatasetMeasurement> m_measurements;
    bool m_measured = false;

    GatesPanel *m_gates;
    ReviewPanel *m_review;
    QPushButton *m_export;
    InlineMessage *m_exportMessage;
    QTreeWidget *m_register;
    QPointer<ExportDialog> m_exportDialog;
};

} // namespace steward::ui
