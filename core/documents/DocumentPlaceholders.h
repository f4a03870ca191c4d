#pragma once

#include "core/documents/DocumentContent.h"
#include "core/documents/DocumentFacts.h"
#include "core/documents/DocumentTemplate.h"
#include "core/release/Release.h"

#include <QHash>
#include <QString>

namespace steward {

// The values of a template's {placeholders} (see DocumentTemplate) for one release, its facts and
// what people filled in, worded in the template's language: names from its phrases ("mode.*",
// "basis.*", "retention.*"), numbers and dates in that language's QLocale. Values that are not
// known yet are left out, so DocumentTemplate::fill shows a visible blank.
class DocumentPlaceholders final {
public:
    static QHash<QString, QString> values(const DocumentTemplate &tmpl, const Release &release,
                                          const DocumentFacts &facts,
                                          const DocumentContent &content);
    // The text a clause shows: what a person wrote, or the template's text filled.
    static QString clauseText(const TemplateItem &item, const DocumentContent &content,
                              const QHash<QString, QString> &values);
};

} // namespace steward
