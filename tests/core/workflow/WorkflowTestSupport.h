#pragma once

// Fixtures of the workflow suites: a small imported dataset whose every field is classified and
// confirmed, masked so that each gate holds in bilateral mode, and a release over it.

#include "tests/core/CoreTestSupport.h"
#include "tests/support/TempProject.h"

#include "core/classify/ClassificationService.h"
#include "core/documents/DocumentFactsBuilder.h"
#include "core/documents/DocumentService.h"
#include "core/documents/DocumentTemplate.h"
#include "core/mask/MaskRuleService.h"
#include "core/release/ReleaseMeasurement.h"
#include "core/release/ReleaseService.h"

#include <QByteArray>
#include <QString>

namespace steward::workflowtest {

// Forty visits of forty patients: by sex and 10-year age band four classes of ten.
inline QByteArray table()
{
    QByteArray csv = "mrn,sex,age,dx\n";
    for (int i = 0; i < 40; ++i) {
        const int age = (i % 2 == 0 ? 30 : 50) + (i * 7) % 10;
        csv += "MRN" + QByteArray::number(1000 + i) + ',' + (i % 4 < 2 ? "M" : "F") + ','
               + QByteArray::number(age) + ',' + (i % 3 == 0 ? "I10" : "E11") + '\n';
    }
    return csv;
}

inline void check(const Status &s, const char *what)
{
    if (!s)
        qFatal("%s: %s", what, qPrintable(s.error().message));
}

// mrn a direct identifier (grade 4), sex and age quasi-identifiers (grade 3), dx sensitive.
inline void classify(ProjectStore &store, int dxGrade = 3)
{
    ClassificationService service(store);
    auto analyzed = service.analyzeNow(QStringLiteral("inpatient"));
    if (!analyzed)
        qFatal("analyze: %s", qPrintable(analyzed.error().message));
    const QString why = QStringLiteral("fixture");
    auto decided = service.decide(
        QStringLiteral("inpatient"),
        {DecisionRequest::set(QStringLiteral("mrn"), FieldRole::Direct, 4,
                              DataCategory::PersonalAttribute, why),
         DecisionRequest::set(QStringLiteral("sex"), FieldRole::Quasi, 3,
                              DataCategory::PersonalAttribute, why),
         DecisionRequest::set(QStringLiteral("age"), FieldRole::Quasi, 3,
                              DataCategory::PersonalAttribute, why),
         DecisionRequest::set(QStringLiteral("dx"), FieldRole::Sensitive, dxGrade,
                              DataCategory::HealthStatus, why)});
    if (!decided)
        qFatal("decide: %s", qPrintable(decided.error().message));
}

inline void setRules(ProjectStore &store, const QStringList &rules)
{
    QList<std::pair<QString, MaskRule>> parsed;
    for (const QString &text : rules) {
        auto assignment = MaskRule::parseAssignment(text);
        if (!assignment)
            qFatal("rule %s", qPrintable(text));
        parsed.append(*assignment);
    }
    auto info = store.dataset(QStringLiteral("inpatient"));
    if (!info)
        qFatal("dataset: %s", qPrintable(info.error().message));
    check(MaskRuleService(store).setRules(*info, parsed), "rules");
}

inline void standardRules(ProjectStore &store)
{
    setRules(store, {QStringLiteral("mrn=drop"), QStringLiteral("age=bands:width=10")});
}

inline Release createRelease(ProjectStore &store, const QString &name = QStringLiteral("study"))
{
    Release draft;
    draft.name = name;
    draft.datasets = {QStringLiteral("inpatient")};
    draft.mode = SharingMode::Bilateral;
    draft.policy = ReleasePolicy::defaultsFor(SharingMode::Bilateral);
    draft.recipientOrganisation = QStringLiteral("Research Institute");
    draft.purpose = QStringLiteral("a study of readmissions");
    draft.language = QStringLiteral("en");
    draft.providerOrganisation = QStringLiteral("Provider Hospital");
    draft.recipientContact = QStringLiteral("Dr. Wang");
    draft.users = {QStringLiteral("Li Lei")};
    draft.legalBasis = LegalBasis::PublicInterestResearch;
    draft.retentionMonths = 24;
    draft.startDate = QDate(2027, 1, 1);
    draft.endDate = QDate(2028, 12, 31);
    auto created = ReleaseService(store).create(draft);
    if (!created)
        qFatal("release: %s", qPrintable(created.error().message));
    return *created;
}

inline QList<DatasetMeasurement> measure(ProjectStore &store, const Release &release)
{
    auto measured = ReleaseMeasurement::run(store, release, std::nullopt,
                                            [] { return Result<QString>(QStringLiteral("pass")); });
    if (!measured)
        qFatal("measure: %s", qPrintable(measured.error().message));
    return *measured;
}

// Every field of both documents filled (as a compliance officer would), quoting the facts of now.
inline void fillDocuments(ProjectStore &store, const Release &release)
{
    const DocumentFacts facts = DocumentFactsBuilder::build(release, measure(store, release));
    for (DocumentKind kind : {DocumentKind::Agreement, DocumentKind::Assessment}) {
        auto tmpl = DocumentTemplate::load(kind, release.language);
        if (!tmpl)
            qFatal("template: %s", qPrintable(tmpl.error().message));
        DocumentContent content = DocumentContent::initial(*tmpl);
        for (const TemplateSection &s : tmpl->sections) {
            for (const TemplateItem &i : s.items) {
                if (i.type != TemplateItemType::Field)
                    continue;
                if (i.format == QLatin1String("date"))
                    content.texts.insert(i.key, QStringLiteral("2027-01-15"));
                else if (i.format == QLatin1String("integer"))
                    content.texts.insert(i.key, QStringLiteral("72"));
                else if (!i.choices.isEmpty())
                    content.texts.insert(i.key, i.choices.first());
                else if (i.key != QLatin1String("onward.cross_border"))
                    content.texts.insert(i.key, QStringLiteral("filled"));
            }
        }
        for (RiskEntry &r : content.risks) {
            r.severityBefore = r.severityBefore ? r.severityBefore : 2;
            r.severityAfter = r.severityAfter ? r.severityAfter : 2;
            if (!r.likelihoodDerived) {
                r.likelihoodBefore = r.likelihoodBefore ? r.likelihoodBefore : 2;
                r.likelihoodAfter = r.likelihoodAfter ? r.likelihoodAfter : 1;
            }
        }
        auto saved = DocumentService(store).save(release, kind, content, facts);
        if (!saved)
            qFatal("document: %s", qPrintable(saved.error().message));
    }
}

// Imports the table, classifies it, sets the standard rules and creates release "study".
inline Release standardProject(ProjectStore &store, const QTemporaryDir &dir)
{
    coretest::importCsv(store, dir, QStringLiteral("inpatient"), table());
    classify(store);
    standardRules(store);
    return createRelease(store);
}

inline Release standardProject(testsupport::TempProject &project)
{
    return standardProject(project.store(), project.dir());
}

} // namespace steward::workflowtest
