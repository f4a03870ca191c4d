#pragma once

#include "core/import/ImportOptions.h"
#include "core/import/Importer.h"
#include "core/store/DatasetInfo.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QStringList>
#include <QTimer>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace steward::ui {

class ImportPreviewModel;
class InlineMessage;

// Chooses how a file is read before anything is written: encoding, delimiter, header row and
// sheet, with a live preview of the first rows that follows every change (debounced, read off
// the UI thread so a big workbook never freezes the window; results of superseded options are
// dropped). The Import button is enabled only when the preview of the current options
// succeeded and the dataset name is acceptable. Options left on "Auto" are returned as what was
// detected, so the import reads the file exactly as previewed.
class ImportDialog final : public QDialog {
    Q_OBJECT
public:
    static constexpr int kPreviewRows = 100;
    static constexpr int kDebounceMs = 150;

    // `existingNames`: the project's dataset names (a new dataset's name must differ).
    explicit ImportDialog(const QStringList &existingNames, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setFilePath(const QString &path);
    QString filePath() const;
    // Replace mode: the file becomes the next version of `target` (name fixed).
    void setReplaceTarget(const DatasetInfo &target);
    bool isReplacing() const { return m_replaceTarget.has_value(); }

    // What to import (valid after the dialog was accepted).
    ImportOptions options() const;

    // For tests: whether a preview is scheduled or being read, and the shown preview.
    bool isPreviewPending() const;
    ImportPreviewModel *previewModel() const { return m_previewModel; }
    QString detectedText() const;

signals:
    // A preview for the current options was shown (ok) or failed (!ok).
    void previewUpdated(bool ok);

public slots:
    void done(int result) override;

private:
    struct PreviewOutcome {
        quint64 generation = 0;
        std::optional<ImportPreview> preview;
        Error error;
    };

    void browse();
    void optionsChanged();
    void startPreview();
    void previewFinished();
    void showPreview(const ImportPreview &preview);
    void showPreviewError(const Error &error);
    void updateNotices();
    void updateSpreadsheetMode();
    void validate();
    bool isSpreadsheet() const;
    ImportOptions readingOptions() const;

    QStringList m_existingNames;
    std::optional<DatasetInfo> m_replaceTarget;

    QLineEdit *m_pathEdit;
    QPushButton *m_browseButton;
    QComboBox *m_encodingCombo;
    QComboBox *m_delimiterCombo;
    QComboBox *m_headerCombo;
    QComboBox *m_sheetCombo;
    // "Label: [combo]" groups, hidden as a whole when they do not apply to the file.
    QWidget *m_encodingBox = nullptr;
    QWidget *m_delimiterBox = nullptr;
    QWidget *m_sheetBox = nullptr;
    QLineEdit *m_nameEdit;
    QLabel *m_nameProblem;
    QLabel *m_replaceNote;
    QLabel *m_detectedLabel;
    InlineMessage *m_notice;
    InlineMessage *m_error;
    QTableView *m_previewTable;
    ImportPreviewModel *m_previewModel;
    QLabel *m_footer;
    QDialogButtonBox *m_buttons;
    QPushButton *m_importButton;

    QTimer m_debounce;
    QTimer m_busyDelay;
    QFutureWatcher<PreviewOutcome> m_watcher;
    quint64 m_requested = 0;      // generation of the current options
    quint64 m_shown = 0;          // generation of the preview (or error) on screen
    bool m_running = false;
    bool m_previewOk = false;
    bool m_nameEdited = false;
    std::optional<ImportPreview> m_preview;
};

} // namespace steward::ui
