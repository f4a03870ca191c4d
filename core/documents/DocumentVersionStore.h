#pragma once

#include "core/common/Result.h"
#include "core/documents/DocumentKind.h"
#include "core/documents/DocumentVersion.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace steward {

class ProjectStore;

// The versions of a release's documents in the project (table release_documents, schema v5):
// the SQL behind DocumentService, which owns the transactions and the audit entries.
class DocumentVersionStore final {
    Q_DECLARE_TR_FUNCTIONS(steward::DocumentVersionStore)
public:
    explicit DocumentVersionStore(ProjectStore &store) : m_store(store) {}

    // The newest version; nullopt when the document was never saved.
    Result<std::optional<DocumentVersion>> latest(qint64 releaseId, DocumentKind kind);
    // nullopt when there is no such version.
    Result<std::optional<DocumentVersion>> find(qint64 releaseId, DocumentKind kind, int version);
    // Every version, newest first.
    Result<QList<DocumentVersion>> all(qint64 releaseId, DocumentKind kind);
    // Stores a new version (its number, who and when already set). Joins the caller's transaction.
    Status insert(const DocumentVersion &version);

private:
    ProjectStore &m_store;
};

} // namespace steward
