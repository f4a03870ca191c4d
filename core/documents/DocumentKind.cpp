#include "core/documents/DocumentKind.h"

namespace steward {

QString documentKindName(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Agreement: return QStringLiteral("dsa");
    case DocumentKind::Assessment: return QStringLiteral("dpia");
    }
    return QStringLiteral("dsa");
}

std::optional<DocumentKind> documentKindFromName(QStringView name)
{
    if (name.compare(u"dsa", Qt::CaseInsensitive) == 0)
        return DocumentKind::Agreement;
    if (name.compare(u"dpia", Qt::CaseInsensitive) == 0)
        return DocumentKind::Assessment;
    return std::nullopt;
}

QString DocumentKinds::label(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Agreement: return tr("Data sharing agreement");
    case DocumentKind::Assessment: return tr("Impact assessment");
    }
    return {};
}

} // namespace steward
