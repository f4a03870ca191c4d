#pragma once

// A document state made by hand (release, facts, content) for the rendering tests: no project,
// so the tests exercise the composer and the exporter alone.

#include "core/documents/DocumentService.h"
#include "core/documents/DocumentTemplate.h"

#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTimeZone>
#include <QString>

namespace steward::render_fixture {

inline QString fieldName(int i)
{
    return QStringLiteral("field_%1").arg(i, 3, 10, QLatin1Char('0'));
}

// `fields` fields in one dataset "inpatient": every 7th dropped, a cycle of categories, grades,
// roles and rules.
inline DocumentState state(DocumentKind kind, const QString &language, int fields = 18)
{
    DocumentState s;
    s.kind = kind;
    Release &r = s.release;
    r.id = 1;
    r.name = QStringLiteral("Cardiology 2026");
    r.datasets = {QStringLiteral("inpatient")};
    r.providerOrganisation = QStringLiteral("Riverside General Hospital");
    r.recipientOrganisation = QStringLiteral("Northbridge Heart Institute");
    r.recipientContact = QStringLiteral("Dr. Ada Chen, research office");
    r.users = {QStringLiteral("Ada Chen"), QStringLiteral("Ben Okafor")};
    r.purpose = QStringLiteral("a retrospective study of readmissions after heart failure");
    r.legalBasis = LegalBasis::PublicInterestResearch;
    r.legalBasisText = QStringLiteral("Ethics approval 2026-041");
    r.mode = SharingMode::Bilateral;
    r.retentionMonths = 36;
    r.startDate = QDate(2026, 1, 1);
    r.endDate = QDate(2028, 12, 31);
    r.language = language;

    DocumentFacts &f = s.version.facts;
    FactDataset d;
    d.name = QStringLiteral("inpatient");
    d.version = 2;
    d.records = 5000;
    d.subjects = 4210;
    d.grade = 4;
    d.quasi = {fieldName(2), fieldName(3)};
    d.sensitive = {fieldName(4)};
    d.before = {5, 5000, 3120, 1, 2400, 1.0, 0.62, 0.41, 0, {{fieldName(4), 1}}};
    d.after = {5, 4980, 180, 5, 0, 0.2, 0.031, 0.0, 20, {{fieldName(4), 3}}};
    f.datasets = {d};
    const QStringList categories{QStringLiteral("personal_attribute"), QStringLiteral("health_status"),
                                 QStringLiteral("medical_application"), QStringLiteral("medical_payment")};
    const QStringList roles{QStringLiteral("direct"), QStringLiteral("quasi"), QStringLiteral("sensitive"),
                            QStringLiteral("other")};
    const QStringList rules{QStringLiteral("pseudonym"), QStringLiteral("bands:width=5"), QStringLiteral("keep"),
                            QStringLiteral("keep"), QStringLiteral("date:precision=year")};
    for (int i = 1; i <= fields; ++i) {
        FactField ff;
        ff.dataset = d.name;
        ff.field = fieldName(i);
        ff.type = QStringLiteral("text");
        ff.role = roles.at(i % roles.size());
        ff.category = categories.at(i % categories.size());
        ff.grade = 1 + i % 4;
        ff.confirmed = true;
        ff.rule = rules.at(i % rules.size());
        ff.released = i % 7 != 0;
        ff.generalised = ff.rule.startsWith(QLatin1String("bands")) || ff.rule.startsWith(QLatin1String("date"));
        f.fields.append(ff);
    }
    f.releaseGrade = 4;
    f.measures = {QStringLiteral("pseudonymisation"), QStringLiteral("generalisation"), QStringLiteral("minimisation"),
                  QStringLiteral("audit_trail"), QStringLiteral("encryption")};
    f.reidentificationBefore = 4;
    f.reidentificationAfter = 2;
    s.currentFacts = f;

    DocumentContent &c = s.version.content;
    c.texts.insert(QStringLiteral("breach.hours"), QStringLiteral("72"));
    c.texts.insert(QStringLiteral("context.controller"), QStringLiteral("Riverside General Hospital, Office of Data Governance"));
    c.texts.insert(QStringLiteral("parties.provider_representative"), QStringLiteral("Wang Li, data steward"));
    if (kind == DocumentKind::Assessment) {
        const QStringList keys{QStringLiteral("illegitimate_access"), QStringLiteral("unwanted_modification"),
                               QStringLiteral("disappearance"), QStringLiteral("reidentification"),
                               QStringLiteral("onward_sharing"), QStringLiteral("use_beyond_purpose")};
        int n = 0;
        for (const QString &key : keys) {
            RiskEntry risk;
            risk.key = key;
            risk.severityBefore = 3 + n % 2;
            risk.likelihoodBefore = 2 + n % 3;
            risk.severityAfter = 2 + n % 2;
            risk.likelihoodAfter = 1 + n % 2;
            risk.likelihoodDerived = key == QLatin1String("reidentification");
            c.risks.append(risk);
            ++n;
        }
        c.actions = {{QStringLiteral("Train the named users"), QStringLiteral("Ben Okafor"), QDate(2026, 3, 1)},
                     {QStringLiteral("Review output checking"), QStringLiteral("Wang Li"), QDate(2026, 6, 30)}};
    }
    s.version.kind = kind;
    s.version.releaseId = 1;
    s.version.version = 3;
    s.version.action = QStringLiteral("edit");
    s.version.savedBy = QStringLiteral("steward");
    s.version.savedAt = QDateTime(QDate(2026, 1, 15), QTime(9, 30), Qt::UTC);
    return s;
}

inline bool haveTool(const QString &name)
{
    return !QStandardPaths::findExecutable(name).isEmpty();
}

// Text as compared: NFKC (pdftotext extracts some ideographs as Kangxi radicals, 人 → ⼈) and the
// simplified radicals NFKC leaves alone (页 → ⻚).
inline QString normalised(const QString &text)
{
    static const QHash<char16_t, char16_t> radicals{
        {0x2ec5, 0x89c1}, {0x2ec6, 0x89d2}, {0x2ec8, 0x8ba0}, {0x2ecb, 0x8f66}, {0x2ed7, 0x96e8}, {0x2ed8, 0x9752},
        {0x2eda, 0x9875}, {0x2edb, 0x98ce}, {0x2edc, 0x98de}, {0x2edd, 0x98df}, {0x2ee2, 0x9a6c}, {0x2ee5, 0x9c7c},
        {0x2ee9, 0x9ec4}, {0x2eeb, 0x9f50}, {0x2eed, 0x9f7f}, {0x2eef, 0x9f99}, {0x2ef2, 0x9f9f}, {0x2ea0, 0x6c11},
        {0x2ecf, 0x961d}};
    QString out = text.normalized(QString::NormalizationForm_KC);
    for (QChar &c : out) {
        const auto it = radicals.constFind(c.unicode());
        if (it != radicals.constEnd())
            c = QChar(it.value());
    }
    return out;
}

// Text of a PDF (or of pages first–last), normalised.
inline QString pdfText(const QString &pdf, int first = 0, int last = 0, bool layout = false)
{
    QStringList args;
    if (first > 0)
        args << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l") << QString::number(last);
    if (layout)
        args << QStringLiteral("-layout");
    args << pdf << QStringLiteral("-");
    QProcess p;
    p.start(QStringLiteral("pdftotext"), args);
    p.waitForFinished(60000);
    return normalised(QString::fromUtf8(p.readAllStandardOutput()));
}

inline QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace steward::render_fixture
