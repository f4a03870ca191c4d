#pragma once

#include "core/common/Error.h"
#include "core/documents/DocumentExporter.h"
#include "core/documents/DocumentService.h"
#include "core/documents/DocumentTemplate.h"
#include "ui/widgets/BackgroundJob.h"

#include <QObject>
#include <QString>

namespace steward::ui {

// Writes a document (PDF, HTML or JSON through DocumentExporter) on a pool thread, reporting
// progress and accepting Cancel; exactly one of succeeded / failed / cancelled, then finished, on
// the UI thread. A cancelled export leaves no file behind (the exporter writes with QSaveFile and
// commits only when done; a cancel arriving after the commit removes what was written).
class DocumentExportRunner final : public QObject {
    Q_OBJECT
public:
    explicit DocumentExportRunner(QObject *parent = nullptr);
    ~DocumentExportRunner() override;

    bool isRunning() const { return m_job.isRunning(); }
    // Starts writing (copies of `state` and `tmpl` go to the worker); false while one runs.
    bool start(const DocumentState &state, const DocumentTemplate &tmpl, DocumentFormat format,
               const QString &path);
    void cancel() { m_job.cancel(); }
    // Cancels and waits, then cancelled() and finished().
    void stop() { m_job.stop(); }
    QString path() const { return m_path; }

signals:
    void started();
    void progressed(qint64 done, qint64 total);
    void succeeded(const steward::DocumentExportResult &result);
    void failed(const steward::Error &error);
    void cancelled();
    void finished();

private:
    QString m_path;
    BackgroundJob<DocumentExportResult> m_job;
};

} // namespace steward::ui
