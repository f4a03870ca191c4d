#pragma once

#include "core/common/Result.h"
#include "core/documents/DocumentCompleteness.h"
#include "core/documents/DocumentFacts.h"
#include "core/documents/DocumentKind.h"
#include "core/documents/DocumentVersion.h"
#include "core/release/Release.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace steward {

class ProjectStore;

// A document as the editors, the renderer and the CLI see it: the latest version, the facts of the
// project now, whether the version is out of date (and what changed) and its completeness.
struct DocumentState {
    Release release;
    DocumentKind kind = DocumentKind::Agreement;
    DocumentVersion version;   // latest saved, or version 0 (initial content, facts = now)
    DocumentFacts currentFacts;
    bool outOfDate = false;    // version.facts differ from currentFacts (never for version 0)
    QStringList changes;       // DocumentFacts::changesSince, translated
    Completeness completeness; // in the release's language template
};

// Every change to a release's documents, for both shells: one transaction per call, a new version
// and an audit entry ("document.save" with action edit/set/import/restore, "document.refresh";
// detail: release, kind, version, the item keys changed — never their text).
// Versions live in the project (schema v5, table release_documents).
class DocumentService final {
    Q_DECLARE_TR_FUNCTIONS(steward::DocumentService)
public:
    explicit DocumentService(ProjectStore &store) : m_store(store) {}

    // The latest version, or version 0 (DocumentContent::initial of the release's language
    // template, facts = currentFacts) when never saved; outOfDate/changes/completeness computed
    // against `currentFacts` (from DocumentFactsBuilder over ReleaseMeasurement).
    Result<DocumentState> state(const Release &release, DocumentKind kind,
                                const DocumentFacts &currentFacts);
    // Every version, newest first.
    Result<QList<DocumentVersion>> versions(const Release &release, DocumentKind kind);
    Result<DocumentVersion> version(const Release &release, DocumentKind kind, int version);

    // A new version with `content` (action "edit"), keeping the facts of the latest version (or
    // `currentFacts` for the first version). Content equal to the latest: no new version.
    Result<DocumentVersion> save(const Release &release, DocumentKind kind,
                                 const DocumentContent &content, const DocumentFacts &currentFacts,
                                 const QString &action = QStringLiteral("edit"));
    // A new version quoting `currentFacts`, the content unchanged (text people wrote is kept).
    Result<DocumentVersion> refresh(const Release &release, DocumentKind kind,
                                    const DocumentFacts &currentFacts);
    // A new version with the content of `version` (facts of the latest version kept).
    Result<DocumentVersion> restore(const Release &release, DocumentKind kind, int version,
                                    const DocumentFacts &currentFacts);
    // `--set KEY=VALUE…`: Clause/Field keys set text, Check keys take true/false,
    // "risk.<key>.<severity_before|likelihood_before|severity_after|likelihood_after>" take 1–4,
    // "risk.<key>.<title|impacts|threats|sources|measures>" text, "action.<n>.<action|owner|due>"
    // (n 1-based; n = count+1 appends). Usage error naming the key; nothing changed on error.
    Result<DocumentVersion> set(const Release &release, DocumentKind kind,
                                const QList<std::pair<QString, QString>> &assignments,
                                const DocumentFacts &currentFacts);
    // `--import FILE.json`: the exchange JSON (DocumentJson) replaces the editable content.
    // Malformed JSON or content: BadInput with file, line and column; nothing changed.
    Result<DocumentVersion> importJson(const Release &release, DocumentKind kind,
                                       const QByteArray &json, const QString &file,
                                       const DocumentFacts &currentFacts);

private:
    ProjectStore &m_store;
};

} // namespace steward
