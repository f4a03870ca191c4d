#pragma once

#include "core/store/AuditEntry.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QFileDialog;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace steward {
class ProjectStore;
}

namespace steward::ui {

class AuditFilterModel;
class AuditTrailModel;

// The audit trail of the open project in a window of its own: who did what, when, to which
// dataset, with the details of the selected entry and the check of the hash chain. It follows
// the project: new entries appear while it is open, and it empties when the project closes.
class AuditTrailWindow final : public QDialog {
    Q_OBJECT
public:
    // `project` returns the open project, or nullptr; it is asked again on every refresh.
    explicit AuditTrailWindow(std::function<ProjectStore *()> project, QWidget *parent = nullptr);

    // Reads the trail again (keeping the selected entry) when it changed or another project was
    // opened; `force` reads it in any case.
    void refresh(bool force = false);
    // Writes the entries shown (in the filters' selection, oldest first) as CSV; says why not.
    bool exportCsv(const QString &path);

    AuditTrailModel *model() const { return m_model; }
    AuditFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }
    // The entry selected in the table, 0 when none.
    qint64 selectedId() const;
    bool selectEntry(qint64 id);
    const AuditVerification &verification() const { return m_verification; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildUi();
    void load(ProjectStore *store);
    void clearProject();
    void rebuildFilterChoices();
    void updateVerification();
    void updateDetail();
    void updateCount();
    void askExportPath();
    void showBrokenEntry();

    std::function<ProjectStore *()> m_project;
    ProjectStore *m_store = nullptr;
    QString m_path;
    qint64 m_lastId = -1;
    qint64 m_shownBreak = 0;
    bool m_columnsSized = false;
    AuditVerification m_verification;

    AuditTrailModel *m_model;
    AuditFilterModel *m_filter;
    QTimer *m_poll;
    QLabel *m_verificationIcon = nullptr;
    QLabel *m_verificationText = nullptr;
    QPushButton *m_showBrokenButton = nullptr;
    QComboBox *m_actionCombo = nullptr;
    QComboBox *m_targetCombo = nullptr; // datasets (and the other targets but releases)
    QComboBox *m_releaseCombo = nullptr;
    QComboBox *m_userCombo = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_clearFilters = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_detail = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_exportStatus = nullptr;
    QPushButton *m_exportButton = nullptr;
};

} // namespace steward::ui
