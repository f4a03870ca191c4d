#include "core/workflow/ReleaseGates.h"

#include "core/consent/ConsentFilter.h"
#include "core/documents/DocumentCompleteness.h"
#include "core/documents/DocumentFactsBuilder.h"
#include "core/documents/DocumentKind.h"
#include "core/documents/DocumentService.h"
#include "core/documents/DocumentTemplate.h"
#include "core/release/PolicyCheck.h"
#include "core/workflow/WorkflowService.h"

#include <QLocale>

namespace steward {

namespace {

// How many missing items or violations a detail names before "and N more".
constexpr int kNamed = 3;

QString uiLanguage()
{
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

// "a; b; c and 2 more"
QString named(const QStringList &items)
{
    QStringList first = items.mid(0, kNamed);
    for (QString &item : first) {
        // Sentences joined into one: their full stops would read ".;".
        if (item.endsWith(QLatin1Char('.')) || item.endsWith(QChar(0x3002)))
            item.chop(1);
    }
    QString text = first.join(QStringLiteral("; "));
    if (items.size() > kNamed)
        text += QLatin1Char(' ') + ReleaseStatus::tr("and %Ln more", nullptr, int(items.size() - kNamed));
    return text;
}

// A gate from the policy violations of some rules: passes without any.
ReleaseGate violationGate(const char *name, const QList<PolicyViolation> &violations,
                          std::initializer_list<const char *> rules, const QString &passed)
{
    QStringList details;
    for (const PolicyViolation &v : violations) {
        for (const char *rule : rules) {
            if (v.rule == QLatin1String(rule))
                details << v.detail;
        }
    }
    ReleaseGate gate;
    gate.name = QLatin1String(name);
    gate.ok = details.isEmpty();
    gate.detail = gate.ok ? passed
                          : ReleaseStatus::tr("%Ln problem(s): %1", nullptr, int(details.size()))
                                .arg(named(details));
    return gate;
}

ReleaseGate classificationGate(const QList<DatasetMeasurement> &measurements)
{
    QStringList open;
    int fields = 0;
    for (const DatasetMeasurement &m : measurements) {
        for (const FieldClassification &f : m.classification.fields) {
            ++fields;
            if (f.needsDecision())
                open << ReleaseStatus::tr("%1 of %2").arg(f.name, m.dataset.name);
        }
    }
    ReleaseGate gate;
    gate.name = QStringLiteral("classification");
    gate.ok = open.isEmpty();
    gate.detail = gate.ok
        ? ReleaseStatus::tr("All %Ln field(s) are classified and confirmed.", nullptr, fields)
        : ReleaseStatus::tr("%Ln field(s) need a confirmed classification: %1", nullptr,
                            int(open.size()))
              .arg(named(open));
    return gate;
}

Result<ReleaseGate> consentGate(ProjectStore &store, const Release &release,
                                const QList<DatasetMeasurement> &measurements)
{
    QStringList problems;
    QStringList applied;
    for (const DatasetMeasurement &m : measurements) {
        auto filter = ConsentFilter::load(store, m.dataset.id, release.consentPurpose);
        if (!filter)
            return filter.error();
        if (!*filter)
            continue;
        const QString &subject = (*filter)->subjectField();
        bool isColumn = false;
        for (const ColumnInfo &c : m.dataset.columns)
            isColumn = isColumn || c.name == subject;
        if (release.consentPurpose.trimmed().isEmpty())
            problems << ReleaseStatus::tr("%1 has a consent register but the release names no "
                                          "purpose to match (set consent_purpose)")
                            .arg(m.dataset.name);
        else if (!isColumn)
            problems << ReleaseStatus::tr("the consent register of %1 matches field %2, which the "
                                          "dataset no longer has")
                            .arg(m.dataset.name, subject);
        else if (m.consent)
            applied << ReleaseStatus::tr("%1 (%2 of %3 records left out)")
                           .arg(m.dataset.name, QLocale().toString(m.consent->excludedTotal()),
                                QLocale().toString(m.consent->excludedTotal() + m.consent->recordsKept));
        else
            applied << m.dataset.name;
    }
    ReleaseGate gate;
    gate.name = QStringLiteral("consent");
    gate.ok = problems.isEmpty();
    if (!gate.ok)
        gate.detail = named(problems);
    else if (applied.isEmpty())
        gate.detail = ReleaseStatus::tr("No consent register is attached to the release's datasets.");
    else
        gate.detail = ReleaseStatus::tr("Records without valid consent for \"%1\" are left out: %2.")
                          .arg(release.consentPurpose, applied.join(QStringLiteral("; ")));
    return gate;
}

Result<ReleaseGate> approvalsGate(ProjectStore &store, const Release &release)
{
    auto state = WorkflowService(store).inspect(release.name);
    if (!state)
        return state.error();
    ReleaseGate gate;
    gate.name = QStringLiteral("approvals");
    gate.ok = state->currentCompliance >= state->requiredCompliance
              && state->currentEthics >= state->requiredEthics;
    gate.detail = ReleaseStatus::tr("%1 of %2 compliance and %3 of %4 ethics approvals signed over "
                                    "the current content.")
                      .arg(QString::number(state->currentCompliance),
                           QString::number(state->requiredCompliance),
                           QString::number(state->currentEthics),
                           QString::number(state->requiredEthics));
    if (!state->invalidatedBy.isEmpty())
        gate.detail += QLatin1Char(' ')
            + ReleaseStatus::tr("Earlier decisions no longer count; changed since the submission: %1.")
                  .arg(state->invalidatedBy.join(QStringLiteral(", ")));
    else if (state->submittedHash.isEmpty())
        gate.detail += QLatin1Char(' ') + ReleaseStatus::tr("Not submitted for review yet.");
    return gate;
}

} // namespace

QJsonObject ReleaseGate::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("ok"), ok},
            {QStringLiteral("detail"), detail}};
}

QStringList ReleaseStatus::gateNames()
{
    return {QStringLiteral("datasets"),        QStringLiteral("classification"),
            QStringLiteral("direct_identifiers"), QStringLiteral("grade_ceiling"),
            QStringLiteral("risk"),            QStringLiteral("consent"),
            QStringLiteral("dsa_complete"),    QStringLiteral("dsa_up_to_date"),
            QStringLiteral("dpia_complete"),   QStringLiteral("dpia_up_to_date"),
            QStringLiteral("approvals")};
}

QString ReleaseStatus::gateLabel(const QString &name)
{
    if (name == QLatin1String("datasets"))
        return tr("Datasets");
    if (name == QLatin1String("classification"))
        return tr("Classification confirmed");
    if (name == QLatin1String("direct_identifiers"))
        return tr("No direct identifier unmasked");
    if (name == QLatin1String("grade_ceiling"))
        return tr("Grade ceiling");
    if (name == QLatin1String("risk"))
        return tr("Re-identification risk");
    if (name == QLatin1String("consent"))
        return tr("Consent");
    if (name == QLatin1String("dsa_complete"))
        return tr("Agreement complete");
    if (name == QLatin1String("dsa_up_to_date"))
        return tr("Agreement up to date");
    if (name == QLatin1String("dpia_complete"))
        return tr("Impact assessment complete");
    if (name == QLatin1String("dpia_up_to_date"))
        return tr("Impact assessment up to date");
    if (name == QLatin1String("approvals"))
        return tr("Approvals");
    return name;
}

QStringList ReleaseStatus::failing(const QList<ReleaseGate> &gates)
{
    QStringList names;
    for (const ReleaseGate &g : gates) {
        if (!g.ok)
            names << g.name;
    }
    return names;
}

Result<QList<ReleaseGate>> ReleaseStatus::gates(ProjectStore &store, const Release &release,
                                                const QList<DatasetMeasurement> &measurements)
{
    QList<ReleaseGate> gates;

    const QList<PolicyViolation> violations = PolicyCheck::evaluate(release, measurements);
    gates.append(violationGate("datasets", violations, {"no_datasets", "dataset_missing"},
                               tr("%Ln dataset(s), all in the project.", nullptr,
                                  int(release.datasets.size()))));
    gates.append(classificationGate(measurements));
    // Free text is where identifiers hide (a phone number in a note): it counts with them.
    gates.append(violationGate("direct_identifiers", violations, {"direct_identifier", "free_text"},
                               tr("No direct identifier or forbidden free text leaves unmasked.")));
    gates.append(violationGate("grade_ceiling", violations, {"unmasked_grade"},
                               tr("No field above grade %1 leaves unmasked.")
                                   .arg(QLocale().toString(release.policy.maxUnmaskedGrade))));
    gates.append(violationGate("risk", violations, {"min_k", "max_risk"},
                               tr("The masked data meets minimum k %1 and prosecutor risk %2.")
                                   .arg(QLocale().toString(release.policy.minK),
                                        QLocale().toString(release.policy.maxProsecutorRisk, 'g', 3))));
    auto consent = consentGate(store, release, measurements);
    if (!consent)
        return consent.error();
    gates.append(*consent);

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

    auto approvals = approvalsGate(store, release);
    if (!approvals)
        return approvals.error();
    gates.append(*approvals);
    return gates;
}

} // namespace steward
