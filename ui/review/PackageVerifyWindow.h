#pragma once

#include "core/packaging/PackageVerifier.h"

#include <QMainWindow>
#include <QStringList>

#include <memory>
#include <optional>

class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace steward::ui {

template <typename Value>
class BackgroundJob;
class InlineMessage;

// Checks an export package (.zip, or .zip.age when encrypted) off the UI thread and shows what
// PackageVerifier found: the bag, every file, the steward's and each approval's signature with
// signer, role and fingerprint; anything that fails is marked and listed first. An encrypted
// package asks for its passphrase or an age identity file before anything is read.
class PackageVerifyWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit PackageVerifyWindow(QWidget *parent = nullptr);
    ~PackageVerifyWindow() override;

    static PackageVerifyWindow *openInNewWindow(const QString &path);
    // File → Verify Package…
    static void chooseAndOpen(QWidget *parent);

    // Verifies at once, or first asks for the key of an encrypted package.
    void openPackage(const QString &path);
    // Starts the check with the key given in the window (passphrase or identity file).
    void verify();
    bool isRunning() const;
    bool needsKey() const;
    const std::optional<VerificationReport> &report() const { return m_report; }
    QString statusText() const;
    QTableWidget *filesTable() const { return m_files; }
    QTableWidget *signaturesTable() const { return m_signatures; }
    // The key fields, for tests and the window's own use.
    void setPassphrase(const QString &passphrase);
    void setIdentityFile(const QString &path);
    // Public keys (.pub) the signers must be among; empty: every valid signature counts.
    void setTrustedKeys(const QList<PublicKey> &keys);
    const QList<PublicKey> &trustedKeys() const { return m_trusted; }

signals:
    void verified(bool ok);
    void verificationFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct Outcome;
    void createMenus();
    void showReport(const std::shared_ptr<Outcome> &outcome);
    void showStatus(bool ok, const QString &text);
    void setRunning(bool running);

    void chooseTrustedKeys();

    QString m_path;
    QList<PublicKey> m_trusted;
    std::optional<VerificationReport> m_report;
    std::unique_ptr<BackgroundJob<std::shared_ptr<Outcome>>> m_job;

    QLabel *m_pathLabel;
    QLabel *m_statusIcon;
    QLabel *m_status;
    QGroupBox *m_keyBox;
    QRadioButton *m_usePassphrase;
    QRadioButton *m_useIdentity;
    QLineEdit *m_passphrase;
    QLineEdit *m_identity;
    QPushButton *m_verifyButton;
    InlineMessage *m_keyProblem;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_facts;
    QLabel *m_trustedLabel;
    QTableWidget *m_signatures;
    QTableWidget *m_files;
};

} // namespace steward::ui
