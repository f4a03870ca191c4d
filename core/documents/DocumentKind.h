#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace steward {

// The two documents a release carries: the data sharing agreement and the (PIPL personal
// information protection / GDPR data protection) impact assessment.
enum class DocumentKind { Agreement, Assessment };

QString documentKindName(DocumentKind kind); // "dsa", "dpia" (CLI commands, JSON, file names)
std::optional<DocumentKind> documentKindFromName(QStringView name);

class DocumentKinds final {
    Q_DECLARE_TR_FUNCTIONS(steward::DocumentKinds)
public:
    static QString label(DocumentKind kind); // translated: "Data sharing agreement", "Impact assessment"
};

} // namespace steward
