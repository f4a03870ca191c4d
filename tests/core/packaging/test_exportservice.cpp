// ExportService on a real (small) project taken through the whole review: an approved release
// exports a package that verifies, whose register entry and audit entry say what left; the raw
// values of direct identifiers planted in the data (inside free text too) appear in no byte of any
// file of the package, plain or age-encrypted; a refused, untrusted or cancelled export leaves
// nothing in the target folder.

#include "tests/core/CoreTestSupport.h"
#include "tests/core/packaging/PackagingTestSupport.h"
#include "tests/support/TempProject.h"

#include "core/age/AgeFile.h"
#include "core/classify/ClassificationService.h"
#include "core/documents/DocumentContent.h"
#include "core/documents/DocumentFactsBuilder.h"
#include "core/documents/DocumentService.h"
#include "core/documents/DocumentTemplate.h"
#include "core/mask/MaskRuleService.h"
#include "core/mask/ProjectSecretStore.h"
#include "core/packaging/BagReader.h"
#include "core/packaging/ExportService.h"
#include "core/packaging/PackageLayout.h"
#include "core/packaging/PackageVerifier.h"
#include "core/release/ReleaseMeasurement.h"
#include "core/release/ReleaseService.h"
#include "core/workflow/ReleaseGates.h"
#include "core/sample/ResidentId.h"
#include "core/signing/SigningIdentity.h"
#include "core/signing/TrustService.h"
#include "core/workflow/WorkflowService.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace steward;
using namespace steward::packtest;

namespace {

constexpr int kRows = 60;

struct Planted {
    QStringList names;
    QStringList ids;
    QStringList phones;
    QStringList all() const { return names + ids + phones; }
};

// Inpatients with a name, a valid resident id and a mobile, each repeated inside the free-text
// note the way a ward writes it.
QByteArray plantedTable(Planted &planted)
{
    const QStringList surnames = {u"张"_s, u"王"_s, u"李"_s, u"赵"_s, u"刘"_s, u"陈"_s};
    const QStringList given = {u"伟明"_s, u"秀英"_s, u"建国"_s, u"丽华"_s, u"志强"_s,
                               u"海燕"_s, u"国庆"_s, u"玉兰"_s, u"文博"_s, u"思远"_s};
    QString csv = u"住院号,姓名,身份证号,联系电话,性别,年龄,诊断,备注\n"_s;
    for (int i = 0; i < kRows; ++i) {
        const QString name = surnames.at(i % surnames.size()) + given.at(i / surnames.size());
        const int age = 20 + (i * 7) % 60;
        const QString first17 = u"110101"_s + QString::number(2026 - age) + u"0307"_s
            + QString::number(100 + i).rightJustified(3, u'0');
        const QString id = first17 + residentIdCheckCharacter(first17);
        const QString phone = u"138"_s + QString::number(10000000 + i * 7919);
        planted.names.append(name);
        planted.ids.append(id);
        planted.phones.append(phone);
        csv += u"ZY%1,%2,%3,%4,%5,%6,%7,"_s.arg(QString::number(500000 + i), name, id, phone,
                                                 i % 2 ? u"男"_s : u"女"_s, QString::number(age),
                                                 i % 3 ? u"I50.9"_s : u"E11.9"_s);
        csv += u"\"联系人%1，电话%2，身份证号%3。\"\n"_s.arg(name, phone, id);
    }
    return csv.toUtf8();
}

// Every required field of a template filled with a value its format accepts, every risk rated.
DocumentContent filled(const DocumentTemplate &tmpl, const DocumentContent &from)
{
    DocumentContent content = from;
    for (const TemplateSection &s : tmpl.sections) {
        for (const TemplateItem &i : s.items) {
            if (i.type != TemplateItemType::Field || i.key == u"onward.cross_border"_s)
                continue;
            if (i.format == u"date"_s)
                content.texts.insert(i.key, u"2027-01-15"_s);
            else if (i.format == u"integer"_s)
                content.texts.insert(i.key, u"72"_s);
            else if (!i.choices.isEmpty())
                content.texts.insert(i.key, i.choices.first());
            else
                content.texts.insert(i.key, u"Completed for the test."_s);
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

SigningIdentity identity(const QString &name, SignerRole role)
{
    auto made = SigningIdentity::generate(name, role);
    if (!made)
        qFatal("generate: %s", qPrintable(made.error().message));
    return std::move(*made);
}

QString describe(const Error &e)
{
    return e.message;
}

} // namespace

class TestExportService final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TempProject> m_project;
    Planted m_planted;
    std::optional<ProjectSecret> m_secret;
    std::optional<SigningIdentity> m_steward;
    QString m_out;

    ProjectStore &store() { return m_project->store(); }

    Release release()
    {
        auto r = ReleaseService(store()).load(u"study"_s);
        if (!r)
            qFatal("load: %s", qPrintable(r.error().message));
        return *r;
    }

    QList<DatasetMeasurement> measure()
    {
        auto m = ReleaseMeasurement::run(store(), release(), m_secret, {});
        if (!m)
            qFatal("measure: %s", qPrintable(m.error().message));
        return *m;
    }

    QStringList failingGates()
    {
        auto gates = ReleaseStatus::gates(store(), release(), measure());
        if (!gates)
            qFatal("gates: %s", qPrintable(gates.error().message));
        QStringList failing;
        for (const ReleaseGate &g : *gates) {
            if (!g.ok)
                failing.append(g.name + u": "_s + g.detail);
        }
        return failing;
    }

    Result<ExportResult> exportTo(const QString &path, std::optional<AgeEncryptionTarget> encryption = {},
                                  const SigningIdentity *steward = nullptr, const ProgressCallback &progress = {},
                                  const CancellationToken *cancel = nullptr)
    {
        ExportRequest request;
        request.release = u"study"_s;
        request.outPath = path;
        request.steward = steward ? steward : &*m_steward;
        request.encryption = std::move(encryption);
        request.passphrase = [] { return Result<QString>(u"project passphrase"_s); };
        return ExportService(store()).exportRelease(request, progress, cancel);
    }

    // Files in the output folder (a failed export must leave none, temporary ones included).
    QStringList outFiles() { return QDir(m_out).entryList(QDir::Files | QDir::Hidden); }

private slots:
    void init()
    {
        m_project = std::make_unique<testsupport::TempProject>();
        m_planted = {};
        const DatasetInfo info = coretest::importCsv(store(), m_project->dir(), u"inpatient"_s, plantedTable(m_planted));
        m_out = m_project->filePath(u"out"_s);
        QVERIFY(QDir().mkpath(m_out));

        // Classified and confirmed field by field.
        ClassificationService classification(store());
        QVERIFY(classification.analyzeNow(u"inpatient"_s).ok());
        auto decide = [](const char16_t *field, FieldRole role, int grade, DataCategory category) {
            DecisionRequest r;
            r.field = QString::fromUtf16(field);
            r.kind = DecisionRequest::Kind::Override;
            r.role = role;
            r.grade = grade;
            r.category = category;
            r.reason = u"reviewed for the test"_s;
            return r;
        };
        auto decided = classification.decide(
            u"inpatient"_s,
            {decide(u"住院号", FieldRole::Direct, 4, DataCategory::PersonalAttribute),
             decide(u"姓名", FieldRole::Direct, 4, DataCategory::PersonalAttribute),
             decide(u"身份证号", FieldRole::Direct, 4, DataCategory::PersonalAttribute),
             decide(u"联系电话", FieldRole::Direct, 4, DataCategory::PersonalAttribute),
             decide(u"性别", FieldRole::Quasi, 2, DataCategory::PersonalAttribute),
             decide(u"年龄", FieldRole::Quasi, 2, DataCategory::PersonalAttribute),
             decide(u"诊断", FieldRole::Sensitive, 3, DataCategory::HealthStatus),
             decide(u"备注", FieldRole::Other, 3, DataCategory::MedicalApplication)});
        QVERIFY2(decided.ok(), qPrintable(decided ? QString() : describe(decided.error())));

        // The secret exists before the export (the export never makes one).
        auto secret = ProjectSecretStore(store()).obtain(u"project passphrase"_s);
        QVERIFY(secret.ok());
        m_secret = *secret;
        QVERIFY(MaskRuleService(store())
                    .setRules(info, {{u"住院号"_s, coretest::rule(u"pseudonym"_s)},
                                     {u"姓名"_s, coretest::rule(u"drop"_s)},
                                     {u"身份证号"_s, coretest::rule(u"drop"_s)},
                                     {u"联系电话"_s, coretest::rule(u"drop"_s)},
                                     {u"年龄"_s, coretest::rule(u"bands:width=50"_s)},
                                     {u"备注"_s, coretest::rule(u"scrub"_s)}})
                    .ok());

        Release draft;
        draft.name = u"study"_s;
        draft.datasets = {u"inpatient"_s};
        draft.mode = SharingMode::Controlled;
        draft.policy = ReleasePolicy::defaultsFor(SharingMode::Controlled);
        draft.providerOrganisation = u"City Hospital"_s;
        draft.recipientOrganisation = u"Research Institute"_s;
        draft.recipientContact = u"office@example.org"_s;
        draft.users = {u"Li Lei"_s};
        draft.purpose = u"a readmission study"_s;
        draft.legalBasis = LegalBasis::PublicInterestResearch;
        draft.retentionMonths = 12;
        draft.startDate = QDate(2027, 1, 1);
        draft.endDate = QDate(2027, 12, 31);
        draft.language = u"en"_s;
        auto created = ReleaseService(store()).create(draft);
        QVERIFY2(created.ok(), qPrintable(created ? QString() : describe(created.error())));

        const DocumentFacts facts = DocumentFactsBuilder::build(release(), measure());
        DocumentService documents(store());
        for (DocumentKind kind : {DocumentKind::Agreement, DocumentKind::Assessment}) {
            auto state = documents.state(release(), kind, facts);
            QVERIFY(state.ok());
            auto tmpl = DocumentTemplate::load(kind, u"en"_s);
            QVERIFY(tmpl.ok());
            QVERIFY(documents.save(release(), kind, filled(*tmpl, state->version.content), facts).ok());
        }

        m_steward.emplace(identity(u"Steward Wang"_s, SignerRole::Steward));
        const SigningIdentity compliance = identity(u"Compliance Zhao"_s, SignerRole::Compliance);
        const SigningIdentity ethics = identity(u"Ethics Li"_s, SignerRole::Ethics);
        TrustService trust(store());
        QVERIFY(trust.add(m_steward->publicKey(), SignerRole::Steward).ok());
        QVERIFY(trust.add(compliance.publicKey(), SignerRole::Compliance).ok());
        QVERIFY(trust.add(ethics.publicKey(), SignerRole::Ethics).ok());

        QStringList failing;
        for (const QString &g : failingGates()) {
            if (!g.startsWith(u"approvals"_s))
                failing.append(g);
        }
        QVERIFY2(failing.isEmpty(), qPrintable(failing.join(u'\n')));
        WorkflowService flow(store());
        auto submitted = flow.submit(u"study"_s, {});
        QVERIFY2(submitted.ok(), qPrintable(submitted ? QString() : describe(submitted.error())));
        QVERIFY(flow.decide(u"study"_s, compliance, true, u"fine"_s).ok());
        auto approved = flow.decide(u"study"_s, ethics, true, u"approved by the committee"_s);
        QVERIFY2(approved.ok(), qPrintable(approved ? QString() : describe(approved.error())));
        QCOMPARE(approved->state, u"approved"_s);
    }

    void cleanup() { m_project.reset(); }

    void exportsAVerifiablePackage()
    {
        const QString path = m_out + u"/study-2026.zip"_s;
        auto exported = exportTo(path);
        QVERIFY2(exported.ok(), qPrintable(exported ? QString() : describe(exported.error())));
        QCOMPARE(exported->package, QFileInfo(path).absoluteFilePath());
        QCOMPARE(outFiles(), QStringList{u"study-2026.zip"_s});
        QCOMPARE(exported->sha256,
                 QString::fromLatin1(QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex()));
        QCOMPARE(exported->toJson().value(u"files"_s).toInt(), exported->files);

        auto report = PackageVerifier::verify(path);
        QVERIFY(report.ok());
        QStringList problems;
        for (const auto &f : report->failures)
            problems.append(f.file + u": "_s + f.reason);
        QVERIFY2(report->ok, qPrintable(problems.join(u'\n')));
        QCOMPARE(report->signatures.size(), 3);
        QCOMPARE(report->files, exported->files);

        BagReader bag;
        QVERIFY(bag.open(path).ok());
        const QStringList files = bag.files();
        for (const QString &f : {u"data/inpatient.csv"_s, u"data/dictionary/inpatient.csv"_s, PackageLayout::dataPackageJson,
                                 PackageLayout::dsaPdf, PackageLayout::dpiaPdf, PackageLayout::releaseJson,
                                 PackageLayout::stewardPublicKey, PackageLayout::stewardSignature})
            QVERIFY2(files.contains(f), qPrintable(f));
        QVERIFY(readAll(path).size() > 0);
        QVERIFY(bag.read(PackageLayout::dsaPdf)->startsWith("%PDF"));

        // The data as it leaves: dropped fields absent, the free text scrubbed.
        const QByteArray csv = *bag.read(u"data/inpatient.csv"_s);
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.first(), QStringLiteral("住院号,性别,年龄,诊断,备注\r").toUtf8());
        QCOMPARE(lines.size(), kRows + 2); // header, rows, the empty piece after the last CRLF

        const QJsonObject rel = QJsonDocument::fromJson(*bag.read(PackageLayout::releaseJson)).object();
        auto state = WorkflowService(store()).state(u"study"_s);
        QVERIFY(state.ok());
        QCOMPARE(rel.value(u"content_hash"_s).toString(), state->contentHash);
        QCOMPARE(rel.value(u"release"_s).toString(), u"study"_s);
        QCOMPARE(rel.value(u"mode"_s).toString(), u"controlled"_s);
        QCOMPARE(rel.value(u"approvals"_s).toArray().size(), 2);
        const QJsonObject dataset = rel.value(u"datasets"_s).toArray().first().toObject();
        QCOMPARE(dataset.value(u"records"_s).toInt(), kRows);
        QCOMPARE(dataset.value(u"rules"_s).toObject().value(u"姓名"_s).toString(), u"drop"_s);
        QVERIFY(dataset.value(u"risk"_s).toObject().contains(u"min_class"_s));

        const QJsonObject pkg = QJsonDocument::fromJson(*bag.read(PackageLayout::dataPackageJson)).object();
        QCOMPARE(pkg.value(u"profile"_s).toString(), u"tabular-data-package"_s);
        const QJsonObject resource = pkg.value(u"resources"_s).toArray().first().toObject();
        QCOMPARE(resource.value(u"path"_s).toString(), u"inpatient.csv"_s);
        const QJsonArray fields = resource.value(u"schema"_s).toObject().value(u"fields"_s).toArray();
        QCOMPARE(fields.size(), 5);
        const QJsonObject age = fields.at(2).toObject();
        QCOMPARE(age.value(u"name"_s).toString(), u"年龄"_s);
        QCOMPARE(age.value(u"type"_s).toString(), u"string"_s);
        QVERIFY2(age.value(u"description"_s).toString().contains(u"grade: 2"_s), qPrintable(age.value(u"description"_s).toString()));
        QVERIFY(age.value(u"description"_s).toString().contains(u"bands:width=50"_s));

        // The register and the audit trail.
        const Release after = release();
        QCOMPARE(after.exports.size(), 1);
        QCOMPARE(after.exports.first().sha256, exported->sha256);
        QCOMPARE(after.exports.first().signerFingerprint, m_steward->fingerprint());
        QCOMPARE(after.exports.first().encryption, u"none"_s);
        QCOMPARE(after.exports.first().contentHash, state->contentHash);
        QCOMPARE(after.exports.first().recipient, u"Research Institute"_s);
        QCOMPARE(m_project->auditActions().count(u"release.export"_s), 1);
    }

    // A real export (PDFs, data package, approvals): one flipped byte in any file is named.
    void everyFlippedByteIsNamed()
    {
        const QString path = m_out + u"/study.zip"_s;
        QVERIFY(exportTo(path).ok());
        const QString bag = unzipBag(path, m_project->filePath(u"list"_s));
        QVERIFY(!bag.isEmpty());
        const QStringList files = bagFiles(bag);
        QCOMPARE(files.size(), 18);
        for (const QString &file : files) {
            const QString flipped = m_project->filePath(u"flipped.zip"_s);
            QVERIFY2(flipByte(path, file, m_project->filePath(u"flip"_s), flipped), qPrintable(file));
            auto report = PackageVerifier::verify(flipped);
            QVERIFY2(report.ok(), qPrintable(file));
            QStringList named;
            for (const auto &f : report->failures)
                named.append(f.file);
            QVERIFY2(!report->ok && named.contains(file), qPrintable(u"flipped "_s + file + u", named: "_s + named.join(u", "_s)));
        }
    }

    // No byte of any file of the package holds a planted direct identifier: plain (unzipped by
    // unzip) and encrypted (decrypted by age, then unzipped).
    void noDirectIdentifierLeaves()
    {
        const QString plain = m_out + u"/plain.zip"_s;
        QVERIFY(exportTo(plain).ok());
        const AgeIdentity recipient = AgeIdentity::generate();
        AgeEncryptionTarget target;
        target.recipients = {recipient.recipient()};
        const QString sealed = m_out + u"/sealed.zip.age"_s;
        auto encrypted = exportTo(sealed, target);
        QVERIFY2(encrypted.ok(), qPrintable(encrypted ? QString() : describe(encrypted.error())));
        QVERIFY(AgeFile::looksEncrypted(sealed));
        QCOMPARE(release().exports.first().encryption, u"recipients"_s);

        const QString identityFile = m_project->filePath(u"age.txt"_s);
        QVERIFY(writeAll(identityFile, recipient.toString().toLatin1() + "\n"));
        const QString opened = m_project->filePath(u"opened.zip"_s);
        const ToolRun age = runTool(u"age"_s, {u"-d"_s, u"-i"_s, identityFile, u"-o"_s, opened, sealed});
        QVERIFY2(age.exitCode == 0, age.out.constData());

        int scanned = 0;
        for (const QString &zip : {plain, opened}) {
            const QString bag = unzipBag(zip, m_project->filePath(QFileInfo(zip).baseName() + u"-files"_s));
            QVERIFY(!bag.isEmpty());
            for (const QString &file : bagFiles(bag)) {
                const QByteArray bytes = readAll(bag + u'/' + file);
                for (const QString &value : m_planted.all())
                    QVERIFY2(!bytes.contains(value.toUtf8()), qPrintable(file + u" holds a planted identifier"_s));
                ++scanned;
            }
        }
        QVERIFY(scanned >= 20);
        // The scan looks for what is there: the stored data holds the planted values.
        auto info = store().dataset(u"inpatient"_s);
        QVERIFY(info.ok());
        auto stored = store().rows(*info, 0, 1);
        QVERIFY(stored.ok());
        QCOMPARE(stored->first().at(1), m_planted.names.first());
        QVERIFY(stored->first().at(7).contains(m_planted.phones.first()));

        AgeDecryptionKey key;
        key.identities = {recipient};
        auto report = PackageVerifier::verify(sealed, key);
        QVERIFY(report.ok());
        QVERIFY(report->ok);
        QVERIFY(report->encrypted);
    }

    void refusedUnlessEveryGateHolds()
    {
        // A later rule change sends the release back to draft: its approvals no longer count.
        auto info = store().dataset(u"inpatient"_s);
        QVERIFY(info.ok());
        QVERIFY(MaskRuleService(store()).setRules(*info, {{u"年龄"_s, coretest::rule(u"bands:width=20"_s)}}).ok());
        auto refused = exportTo(m_out + u"/refused.zip"_s);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Policy);
        QVERIFY2(refused.error().message.contains(u"approvals"_s), qPrintable(refused.error().message));
        QVERIFY(outFiles().isEmpty());
        QVERIFY(release().exports.isEmpty());
        QCOMPARE(m_project->auditActions().count(u"release.export"_s), 0);
    }

    void refusedForAnUntrustedStewardKey()
    {
        const SigningIdentity stranger = identity(u"Someone"_s, SignerRole::Steward);
        auto refused = exportTo(m_out + u"/refused.zip"_s, {}, &stranger);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Policy);
        QVERIFY(outFiles().isEmpty());
    }

    void cancelledLeavesNothing()
    {
        CancellationToken token;
        qint64 calls = 0;
        auto cancelled = exportTo(m_out + u"/cancelled.zip"_s, {}, nullptr,
                                  [&](const Progress &p) {
                                      // Cancel once writing has begun (after the measurement).
                                      if (++calls > 1 && p.done > kRows)
                                          token.cancel();
                                  },
                                  &token);
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
        QVERIFY2(outFiles().isEmpty(), qPrintable(outFiles().join(u", "_s)));
        QVERIFY(release().exports.isEmpty());
    }
};

// The documents are rendered to PDF: QTEST_MAIN makes the QGuiApplication that needs.
QTEST_MAIN(TestExportService)
#include "test_exportservice.moc"
