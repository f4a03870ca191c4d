#pragma once

// Fixtures of the document suites: a release stored in a project and hand-made facts, so that
// the document model is tested on its own (the facts builder has its own suite).

#include "core/documents/DocumentFacts.h"
#include "core/documents/DocumentTemplate.h"
#include "core/release/Release.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sqlite.h"
#include "core/store/StoreAccess.h"

#include <QString>

namespace steward::doctest {

// A release row in the project (what ReleaseService writes, reduced to what documents need: the
// id the versions refer to), with settings that make the release items complete.
inline Release storeRelease(ProjectStore &store, const QString &name,
                            const QString &language = QStringLiteral("en"))
{
    sql::Database &db = StoreAccess::db(store);
    auto stmt = db.prepare(
        "INSERT INTO releases (name, mode, settings, policy, created_by, created_at, updated_at) "
        "VALUES (?1, 'bilateral', '{}', '{}', 'test', '2026-01-01T00:00:00Z', "
        "'2026-01-01T00:00:00Z')");
    if (!stmt)
        qFatal("prepare release: %s", qPrintable(stmt.error().message));
    stmt->bind(1, name);
    if (Status s = stmt->run(db.handle(), QStringLiteral("store release")); !s)
        qFatal("store release: %s", qPrintable(s.error().message));
    Release release;
    release.id = db.lastInsertRowId();
    release.name = name;
    release.datasets = {QStringLiteral("inpatient")};
    release.providerOrganisation = QStringLiteral("Provider Hospital");
    release.recipientOrganisation = QStringLiteral("Research Institute");
    release.recipientContact = QStringLiteral("Dr. Wang");
    release.users = {QStringLiteral("Li Lei"), QStringLiteral("Han Meimei")};
    release.purpose = QStringLiteral("a study of readmissions");
    release.legalBasis = LegalBasis::PublicInterestResearch;
    release.retentionMonths = 24;
    release.startDate = QDate(2027, 1, 1);
    release.endDate = QDate(2028, 12, 31);
    release.language = language;
    return release;
}

inline FactField field(const QString &name, const QString &category, int grade,
                       const QString &rule)
{
    FactField f;
    f.dataset = QStringLiteral("inpatient");
    f.field = name;
    f.type = QStringLiteral("text");
    f.role = QStringLiteral("quasi_identifier");
    f.category = category;
    f.grade = grade;
    f.confirmed = true;
    f.rule = rule;
    f.released = rule != QLatin1String("drop");
    f.generalised = rule.startsWith(QLatin1String("bands"));
    return f;
}

// One measured dataset of three fields; `ageRule` varies to stand for a rule change.
inline DocumentFacts facts(const QString &ageRule = QStringLiteral("bands:width=5"))
{
    DocumentFacts facts;
    FactDataset d;
    d.name = QStringLiteral("inpatient");
    d.version = 1;
    d.records = 5000;
    d.subjects = 4200;
    d.subjectField = QStringLiteral("mrn");
    d.grade = 4;
    d.quasi = {QStringLiteral("age"), QStringLiteral("sex")};
    d.before.k = 5;
    d.before.records = 5000;
    d.before.classes = 900;
    d.before.minClass = 1;
    d.before.prosecutorMax = 1.0;
    d.before.prosecutorAvg = 0.3;
    d.after.k = 5;
    d.after.records = 5000;
    d.after.classes = 40;
    d.after.minClass = 8;
    d.after.prosecutorMax = 0.125;
    d.after.prosecutorAvg = 0.02;
    facts.datasets = {d};
    facts.fields = {field(QStringLiteral("mrn"), QStringLiteral("identifier"), 4,
                          QStringLiteral("pseudonym")),
                    field(QStringLiteral("age"), QStringLiteral("demographic"), 2, ageRule),
                    field(QStringLiteral("name"), QStringLiteral("identifier"), 4,
                          QStringLiteral("drop"))};
    facts.releaseGrade = 4;
    facts.measures = {QStringLiteral("pseudonymisation"), QStringLiteral("minimisation"),
                      QStringLiteral("audit_trail"), QStringLiteral("encryption")};
    if (ageRule.startsWith(QLatin1String("bands")))
        facts.measures.append(QStringLiteral("generalisation"));
    facts.reidentificationBefore = 4;
    facts.reidentificationAfter = 2;
    return facts;
}

inline DocumentTemplate tmpl(DocumentKind kind, const QString &language = QStringLiteral("en"))
{
    auto t = DocumentTemplate::load(kind, language);
    if (!t)
        qFatal("template: %s", qPrintable(t.error().message));
    return *t;
}

} // namespace steward::doctest
