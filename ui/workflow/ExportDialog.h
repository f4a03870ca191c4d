#pragma once

#include "core/common/Error.h"
#include "core/mask/ProjectSecret.h"
#include "core/packaging/ExportService.h"

#include <QDialog>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace steward {
class ProjectStore;
}

namespace steward::ui {

template <typename Value>
class BackgroundJob;
class InlineMessage;

// Export Package: the steward's key and its passphrase, the output file, optional encryption for
// the recipient (a passphrase, or the recipient's age public key). ExportService runs off the UI
// thread on its own connection, with progress and Cancel; a failed or cancelled export leaves no
// file. Refused, with the failing gates listed, while any gate fails.
class ExportDialog final : public QDialog {
    Q_OBJECT
public:
    // `failing`: the failing gates in words ("Title: reason"), empty when every gate holds.
    ExportDialog(ProjectStore *store, const QString &release, const QStringList &failing,
                 std::function<std::optional<ProjectSecret>()> secretProvider,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setKeyFile(const QString &path);
    void setKeyPassphrase(const QString &passphrase);
    void setOutputPath(const QString &path);
    QString outputPath() const;
    void setNoEncryption();
    void setEncryptionPassphrase(const QString &passphrase);
    void setEncryptionRecipient(const QString &recipient);

    bool isRefused() const { return !m_failing.isEmpty(); }
    bool isRunning() const;
    // What is wrong with the form ("" when it may start).
    QString problem() const;
    // Starts the export (false with the reason shown when the form is incomplete or refused).
    bool startExport();
    void cancelExport();
    const std::optional<ExportResult> &result() const { return m_result; }

public slots:
    // Close while exporting cancels; the dialog closes once nothing is left behind.
    void reject() override;

signals:
    void exported(const steward::ExportResult &result);
    void exportFinished(bool ok);

private:
    void validate();
    void browseKey();
    void browseOutput();
    void encryptionChanged();
    void setRunning(bool running);

    ProjectStore *m_store;
    QString m_release;
    QStringList m_failing;
    std::function<std::optional<ProjectSecret>()> m_secretProvider;
    std::optional<ExportResult> m_result;
    std::unique_ptr<BackgroundJob<ExportResult>> m_job;

    InlineMessage *m_refusal = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_keyPassphrase = nullptr;
    QLineEdit *m_output = nullptr;
    QRadioButton *m_none = nullptr;
    QRadioButton *m_byPassphrase = nullptr;
    QRadioButton *m_byRecipient = nullptr;
    QLineEdit *m_encryptPassphrase = nullptr;
    QLineEdit *m_encryptRepeat = nullptr;
    QLineEdit *m_recipient = nullptr;
    QWidget *m_form = nullptr;
    QLabel *m_problem = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
    InlineMessage *m_outcome = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace steward::ui
