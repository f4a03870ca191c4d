#pragma once

#include "core/packaging/BagReader.h"

#include <QHash>
#include <QList>
#include <QMainWindow>

#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QVBoxLayout;

namespace steward {
class ReviewPackage;
}

namespace steward::ui {

class ReviewCsvModel;
class ReviewRiskPage;
class ReviewSectionMarks;
template <typename Value>
class BackgroundJob;

// Review mode: one review package, read-only, no project. Built for a committee member who has
// nothing but this file: the summary first (what, to whom, why, mode, risk in plain words, gates),
// then the data, the documents (with a mark and a comment per section), the risk with charts and
// the gates. Approve / Reject signs a decision file with the reviewer's key; nothing in this window
// can change the package. A package whose checksums do not match is refused before anything of it
// is shown.
class ReviewWindow final : public QMainWindow {
    Q_OBJECT
public:
    enum Page { SummaryPage, DataPage, DocumentsPage, RiskPage, GatesPage };
    enum State { Empty, Loading, Refused, Open };

    explicit ReviewWindow(QWidget *parent = nullptr);
    ~ReviewWindow() override;

    // A new window (deleted when closed) that opens `path`.
    static ReviewWindow *openInNewWindow(const QString &path);
    // File → Open Review Package…: asks for the file, then a new window.
    static void chooseAndOpen(QWidget *parent);

    // Checks the package off the UI thread, then shows it (packageOpened) or the refusal
    // (packageRefused).
    void openPackage(const QString &path);
    State state() const { return m_state; }
    QString path() const { return m_path; }
    const ReviewPackage *package() const { return m_package.get(); }
    QString refusalText() const;

    void showPage(Page page);
    ReviewSectionMarks *dpiaMarks() const { return m_dpiaMarks; }
    ReviewSectionMarks *dsaMarks() const { return m_dsaMarks; }
    ReviewRiskPage *riskPage() const { return m_riskPage; }
    ReviewCsvModel *dataModel() const { return m_dataModel; }
    // The text of a summary row by its key ("release", "recipient", "what", "why", "mode", "risk",
    // "gates", "approvals", "submitted", "package").
    QString summaryText(const QString &key) const;

    // Approve / Reject: the decision dialog, then the key's passphrase, then the signed file.
    void requestDecision(bool approve);
    QString lastDecisionFile() const { return m_lastDecision; }
    // The name a decision file gets: `<release>-<role>-<fingerprint>.decision.zip`.
    static QString decisionFileName(const QString &release, const QString &role,
                                    const QString &fingerprint);

signals:
    void packageOpened();
    void packageRefused(const QString &reason);
    void decisionWritten(const QString &path);
    void decisionFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct Opened;
    QWidget *createLoadingPage();
    QWidget *createRefusalPage();
    QWidget *createReviewPage();
    QWidget *createSummaryPage();
    QWidget *createDataPage();
    QWidget *createDocumentsPage();
    QWidget *createGatesPage();
    void createMenus();
    void setState(State state);
    void opened(const std::shared_ptr<Opened> &result);
    void refuse(const QString &reason, const QStringList &details);
    static QString alteredText();
    void fillSummary();
    void fillData();
    void fillDocuments();
    void fillGates();
    void showDataset(int index);
    void attachDataModels();
    void updateMarks();
    void askPassphrase(bool approve, const QString &comment, const QString &keyFile,
                       const QString &folder);
    void sign(bool approve, const QString &comment, const QString &keyFile,
              const QString &folder, const QString &passphrase);
    void updateTitle();

    State m_state = Empty;
    QString m_path;
    std::shared_ptr<ReviewPackage> m_package;
    std::unique_ptr<BackgroundJob<std::shared_ptr<Opened>>> m_openJob;
    std::unique_ptr<BackgroundJob<QString>> m_signJob;
    QString m_lastDecision;
    QString m_lastKey;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_loadingLabel = nullptr;
    QProgressBar *m_loadingProgress = nullptr;
    QLabel *m_refusalText = nullptr;
    QLabel *m_refusalDetails = nullptr;
    QListWidget *m_pageList = nullptr;
    QStackedWidget *m_pages = nullptr;
    QHash<QString, QLabel *> m_summary;
    QLabel *m_summaryTitle = nullptr;
    QComboBox *m_dataset = nullptr;
    QLabel *m_datasetLabel = nullptr;
    QLabel *m_dataInfo = nullptr;
    QTableView *m_dataView = nullptr;
    QTableView *m_dictionaryView = nullptr;
    ReviewCsvModel *m_dataModel = nullptr;
    ReviewCsvModel *m_dictionaryModel = nullptr;
    QTabWidget *m_documents = nullptr;
    QTextBrowser *m_dpiaBrowser = nullptr;
    QTextBrowser *m_dsaBrowser = nullptr;
    ReviewSectionMarks *m_dpiaMarks = nullptr;
    ReviewSectionMarks *m_dsaMarks = nullptr;
    ReviewRiskPage *m_riskPage = nullptr;
    QVBoxLayout *m_gateRows = nullptr;
    QList<QWidget *> m_gateWidgets;
    QLabel *m_marksLabel = nullptr;
    QLabel *m_decisionLabel = nullptr;
    QPushButton *m_approveButton = nullptr;
    QPushButton *m_rejectButton = nullptr;
};

} // namespace steward::ui
