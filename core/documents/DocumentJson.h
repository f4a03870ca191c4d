#pragma once

#include "core/common/Result.h"
#include "core/documents/DocumentContent.h"
#include "core/documents/DocumentService.h"
#include "core/documents/DocumentTemplate.h"

#include <QByteArray>
#include <QString>

namespace steward {

// The exchange JSON of a document (`dsa|dpia … --json FILE`, read back by `--import`), for a
// compliance officer to edit offline:
//   {"format": "steward-document", "format_version": 1, "kind": "dsa", "release": "…",
//    "language": "en", "version": 3, "saved_by", "saved_at", "out_of_date": false,
//    "changes": [], "completeness": {…},
//    "sections": [{"key", "title", "items": [
//        {"key", "type": "clause", "label", "text", "edited": bool, "required": bool},
//        {"key", "type": "field", "label", "value", "required", "choices": [...]},
//        {"key", "type": "check", "label", "checked": bool, "pre_ticked": bool},
//        {"key", "type": "generated", "label", "generator", "content": {…}},   // read-only
//        {"key", "type": "risk_register", "risks": [{"key", "title", "impacts", "threats",
//             "sources", "measures", "severity_before", "likelihood_before", "severity_after",
//             "likelihood_after", "likelihood_derived"}]},
//        {"key", "type": "action_plan", "actions": [{"action", "owner", "due"}]}]}],
//    "facts": {…}}                                                             // read-only
// Reading takes only what people may change (clause text when it differs from the filled
// template text or "edited" is true, field values, checks, risks, actions) and ignores the rest.
class DocumentJson final {
    Q_DECLARE_TR_FUNCTIONS(steward::DocumentJson)
public:
    // `tmpl` is the language the document is rendered in.
    static QByteArray write(const DocumentState &state, const DocumentTemplate &tmpl);
    // BadInput with `file`, line and column (1-based) for malformed JSON, a wrong "format" or
    // "kind", an unknown item key, a wrong type, a rating outside 1–4 or an unreadable date.
    static Result<DocumentContent> read(const QByteArray &json, const QString &file,
                                        const DocumentTemplate &tmpl, const DocumentState &state);
};

} // namespace steward
