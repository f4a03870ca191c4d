#pragma once

// A project whose release can pass every gate, for the review and export GUI tests (header-only:
// every test_*.cpp is its own executable). A small extract without identifiers (ward × year,
// 20 records each), every field confirmed at grade 1, both documents filled in completely, and
// three signing identities (steward, compliance, ethics) with their public keys trusted.

#include "core/classify/ClassificationService.h"
#include "core/documents/DocumentCompleteness.h"
#include "core/documents/DocumentContent.h"
#include "core/documents/DocumentFactsBuilder.h"
#include "core/documents/DocumentKind.h"
#include "core/documents/DocumentService.h"
#include "core/documents/DocumentTemplate.h"
#include "core/import/Importer.h"
#include "core/release/ReleaseMeasurement.h"
#include "core/release/ReleaseService.h"
#include "core/signing/SigningIdentity.h"
#include "core/signing/TrustService.h"
#include "core/store/ProjectStore.h"
#include "tests/ui/UiTestSupport.h"

#include <QDate>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace steward::uitest {

inline const QString kKeyPassphrase = QStringLiteral("correct horse");
inline const QString kRelease = QStringLiteral("Ward study");

// Every required field of the template filled with a value its format accepts, every risk rated.
inline DocumentContent filledDocument(const DocumentTemplate &tmpl)
{
    DocumentContent content = DocumentContent::initial(tmpl);
    for (const TemplateSection &s : tmpl.sections) {
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
    return content;
}

// The release's documents saved complete against its facts now.
inline bool completeDocuments(ProjectStore &store, const QString &name)
{
    const Result<Release> release = ReleaseService(store).load(name);
    if (!release)
        return false;
    const auto measured = ReleaseMeasurement::run(store, *release, std::nullopt, {});
    if (!measured)
        return false;
    const DocumentFacts facts = DocumentFactsBuilder::build(*release, *measured);
    for (DocumentKind kind : {DocumentKind::Agreement, DocumentKind::Assessment}) {
        const Result<DocumentTemplate> tmpl = DocumentTemplate::load(kind, release->language);
        if (!tmpl)
            return false;
        if (!DocumentService(store).save(*release, kind, filledDocument(*tmpl), facts))
            return false;
    }
    return true;
}

struct WorkflowProject {
    std::unique_ptr<ProjectStore> store;
    QString stewardKey;
    QString complianceKey;
    QString ethicsKey;
};

inline QString makeIdentity(const QTemporaryDir &dir, const QString &file, const QString &name,
                            SignerRole role)
{
    Result<SigningIdentity> identity = SigningIdentity::generate(name, role);
    if (!identity)
        return {};
    const QString path = dir.filePath(file);
    if (!identity->save(path, kKeyPassphrase))
        return {};
    return path;
}

inline bool trust(ProjectStore &store, const QString &keyFile, SignerRole role)
{
    const Result<PublicKey> key = PublicKey::load(keyFile + QStringLiteral(".pub"));
    return key && TrustService(store).add(*key, role);
}

// `trustReviewers` false: only the steward's key is trusted (the trust dialog adds the others).
inline WorkflowProject createWorkflowProject(const QTemporaryDir &dir, bool trustReviewers = true)
{
    WorkflowProject project;
    QString csv = QStringLiteral("ward,year\n");
    const QStringList wards = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                               QStringLiteral("D")};
    for (int i = 0; i < 240; ++i)
        csv += wards.at(i % 4) + QLatin1Char(',') + QString::number(2021 + (i / 4) % 3)
            + QLatin1Char('\n');
    const QString csvPath = dir.filePath(QStringLiteral("wards.csv"));
    if (!writeFile(csvPath, csv.toUtf8()))
        return project;
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("w.steward")),
                                      QStringLiteral("City Hospital"));
    if (!store)
        return project;
    ImportOptions options;
    options.datasetName = QStringLiteral("wards");
    if (!importFile(**store, csvPath, options))
        return project;
    ClassificationService classification(**store);
    if (!classification.analyzeNow(QStringLiteral("wards")))
        return project;
    QList<DecisionRequest> decisions;
    for (const QString &field : {QStringLiteral("ward"), QStringLiteral("year")})
        decisions << DecisionRequest::set(field, FieldRole::Quasi, 1, DataCategory::HealthResource,
                                          QStringLiteral("Aggregated ward and year only"));
    if (!classification.decide(QStringLiteral("wards"), decisions))
        return project;

    Release release;
    release.name = kRelease;
    release.datasets = {QStringLiteral("wards")};
    release.recipientOrganisation = QStringLiteral("Research Institute");
    release.recipientContact = QStringLiteral("Dr. Li");
    release.users = {QStringLiteral("Li Lei")};
    release.purpose = QStringLiteral("Bed occupancy study");
    release.legalBasis = LegalBasis::PublicInterestResearch;
    release.legalBasisText = QStringLiteral("Contract 2027-1");
    release.retentionMonths = 12;
    release.startDate = QDate(2027, 1, 1);
    release.endDate = QDate(2027, 12, 31);
    release.language = QStringLiteral("en");
    release.consentPurpose = QStringLiteral("research");
    if (!ReleaseService(**store).create(release))
        return project;
    if (!completeDocuments(**store, kRelease))
        return project;

    project.stewardKey = makeIdentity(dir, QStringLiteral("steward.key"),
                                      QStringLiteral("Wang Steward"), SignerRole::Steward);
    project.complianceKey = makeIdentity(dir, QStringLiteral("compliance.key"),
                                         QStringLiteral("Zhao Compliance"), SignerRole::Compliance);
    project.ethicsKey = makeIdentity(dir, QStringLiteral("ethics.key"),
                                     QStringLiteral("Qian Ethics"), SignerRole::Ethics);
    if (project.stewardKey.isEmpty() || project.complianceKey.isEmpty()
        || project.ethicsKey.isEmpty())
        return project;
    if (!trust(**store, project.stewardKey, SignerRole::Steward))
        return project;
    if (trustReviewers
        && (!trust(**store, project.complianceKey, SignerRole::Compliance)
            || !trust(**store, project.ethicsKey, SignerRole::Ethics)))
        return project;
    project.store = std::move(*store);
    return project;
}

} // namespace steward::uitest
