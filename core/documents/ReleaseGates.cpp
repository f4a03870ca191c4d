#include "core/release/ReleaseStatus.h"

#include "core/documents/DocumentCompleteness.h"
#include "core/documents/DocumentFactsBuilder.h"
#include "core/documents/DocumentKind.h"
#include "core/documents/DocumentService.h"
#include "core/documents/DocumentTemplate.h"
#include "core/release/PolicyCheck.h"

#include <QLocale>

// The gates of a release (declared with ReleaseStatus in core/release): here because the document
// gates need the document service, and core/documents builds on core/release.

namespace steward {

namespace {

// How many missing items or violations a detail names before "and N more".
constexpr int kNamed = 3;

QString uiLanguage()
{
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

} // namespace

Result<QList<ReleaseGate>> ReleaseStatus::gates(ProjectStore &store, const Release &release,
                                                const QList<DatasetMeasurement> &measurements)
{
    QList<ReleaseGate> gates;

    const QList<PolicyViolation> violations = PolicyCheck::evaluate(release, measurements);
    ReleaseGate policy;
    policy.name = QStringLiteral("policy");
    policy.ok = violations.isEmpty();
    if (policy.ok) {
        policy.detail = tr("The release's data meets its policy.");
    } else {
        QStringList named;
        for (qsizetype i = 0; i < violations.size() && i < kNamed; ++i)
            named.append(violations.at(i).detail);
        policy.detail = tr("%Ln violation(s): %1", nullptr, int(violations.size()))
                            .arg(named.join(QStringLiteral("; ")));
        if (violations.size() > kNamed)
            policy.detail += QLatin1Char(' ')
                + tr("and %Ln more", nullptr, int(violations.size() - kNamed));
    }
    gates.append(policy);

    // Both documents quote the same facts: the release's measurements now.
    const DocumentFacts facts = DocumentFactsBuilder::build(release, measurements);
    DocumentService service(store);
    for (DocumentKind kind : {DocumentKind::Agreement, DocumentKind::Assessment}) {
        auto state = service.state(release, kind, facts);
        if (!state)
            return state.error();
        const QString prefix = documentKindName(kind);
        const QString label = DocumentKinds::label(kind);

        ReleaseGate complete;
        complete.name = prefix + QStringLiteral("_complete");
        const Completeness &c = state->completeness;
        complete.ok = c.complete();
        if (complete.ok) {
            complete.detail = tr("%1: all %Ln required item(s) are filled.", nullptr, c.required).arg(label);
        } else {
            // The detail is read in the UI's language, the document may be in the other: the
            // same check against that language's template names the same items in it.
            QList<MissingItem> missing = c.missing;
            if (const QString language = uiLanguage(); language != release.language) {
                if (const auto uiTemplate = DocumentTemplate::load(kind, language))
                    missing = DocumentCompleteness::check(*uiTemplate, release, state->version.content,
                                                          state->version.facts)
                                  .missing;
            }
            QStringList named;
            for (qsizetype i = 0; i < missing.size() && i < kNamed; ++i) {
                const MissingItem &m = missing.at(i);
                named.append(m.label.isEmpty() ? m.item : m.label);
            }
            complete.detail = tr("%1: %2 of %3 required items missing: %4")
                                  .arg(label, QString::number(c.missing.size()),
                                       QString::number(c.required), named.join(QStringLiteral("; ")));
            if (c.missing.size() > kNamed)
                complete.detail += QLatin1Char(' ')
                    + tr("and %Ln more", nullptr, int(c.missing.size() - kNamed));
        }
        gates.append(complete);

        ReleaseGate upToDate;
        upToDate.name = prefix + QStringLiteral("_up_to_date");
        upToDate.ok = !state->outOfDate;
        if (state->version.version == 0)
            upToDate.detail = tr("%1: not saved yet; drafted from the project as it is now.").arg(label);
        else if (upToDate.ok)
            upToDate.detail = tr("%1: version %2 quotes the project as it is now.")
                                  .arg(label, QString::number(state->version.version));
        else
            upToDate.detail = tr("%1: version %2 is out of date: %3")
                                  .arg(label, QString::number(state->version.version),
                                       state->changes.join(QStringLiteral("; ")));
        gates.append(upToDate);
    }
    return gates;
}

} // namespace steward
