#include "core/packaging/ExportService.h"

#include "core/classify/DataDictionary.h"
#include "core/classify/Taxonomy.h"
#include "core/common/OsUser.h"
#include "core/documents/DocumentExporter.h"
#include "core/documents/DocumentFactsBuilder.h"
#include "core/documents/DocumentKind.h"
#include "core/documents/DocumentService.h"
#include "core/documents/DocumentTemplate.h"
#include "core/mask/MaskPlan.h"
#include "core/mask/MaskRuleStore.h"
#include "core/mask/ProjectSecretStore.h"
#include "core/packaging/BagWriter.h"
#include "core/packaging/MaskedCsvWriter.h"
#include "core/packaging/PackageLayout.h"
#include "core/release/ReleaseMeasurement.h"
#include "core/release/ReleaseService.h"
#include "core/workflow/ReleaseGates.h"
#include "core/signing/Minisign.h"
#include "core/signing/SigningIdentity.h"
#include "core/signing/TrustService.h"
#include "core/store/ProjectStore.h"
#include "core/store/StoreAccess.h"
#include "core/store/WriteScope.h"
#include "core/workflow/WorkflowService.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTemporaryFile>

#include <filesystem>

namespace steward {

namespace {

Error policyError(const QString &message)
{
    Error e;
    e.code = ErrorCode::Policy;
    e.message = message;
    return e;
}

// A file in the target folder that is removed unless the export succeeds.
class TemporaryPath final {
public:
    explicit TemporaryPath(const QString &targetDir, const QString &suffix)
    {
        QTemporaryFile file(QDir(targetDir).filePath(QStringLiteral(".steward-export-XXXXXX") + suffix));
        file.setAutoRemove(false);
        if (file.open()) {
            m_path = file.fileName();
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
    }
    ~TemporaryPath()
    {
        if (!m_path.isEmpty() && !m_kept)
            QFile::remove(m_path);
    }
    TemporaryPath(const TemporaryPath &) = delete;
    TemporaryPath &operator=(const TemporaryPath &) = delete;
    const QString &path() const { return m_path; }
    bool valid() const { return !m_path.isEmpty(); }
    void keep() { m_kept = true; }

private:
    QString m_path;
    bool m_kept = false;
};

Result<QString> sha256OfFile(const QString &path, const CancellationToken *cancel)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::internal(ExportService::tr("cannot read %1").arg(path));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    for (;;) {
        if (cancel && cancel->isCancelled())
            return Error::cancelled();
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0)
            return Error::internal(ExportService::tr("cannot read %1").arg(path));
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
    }
    return QString::fromLatin1(hash.result().toHex());
}

Status copyInto(const QString &path, QIODevice &out)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return Error::internal(ExportService::tr("cannot read %1").arg(path));
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    for (;;) {
        const qint64 n = in.read(buffer.data(), buffer.size());
        if (n < 0)
            return Error::internal(ExportService::tr("cannot read %1").arg(path));
        if (n == 0)
            return {};
        if (out.write(buffer.constData(), n) != n)
            return Error::internal(ExportService::tr("cannot write to the package"));
    }
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Frictionless Table Schema type of a column as it leaves: a generalised or replaced value is
// text whatever the stored type was.
QString tableSchemaType(ColumnType type, const MaskRule &rule)
{
    if (rule.op() != MaskOperator::Keep)
        return QStringLiteral("string");
    switch (type) {
    case ColumnType::Integer:
        return QStringLiteral("integer");
    case ColumnType::Decimal:
        return QStringLiteral("number");
    case ColumnType::Date:
        return QStringLiteral("date");
    case ColumnType::DateTime:
        return QStringLiteral("datetime");
    case ColumnType::Boolean:
        return QStringLiteral("boolean");
    case ColumnType::Text:
        break;
    }
    return QStringLiteral("string");
}

// What one dataset's CSV became: for release.json.
struct WrittenDataset {
    QString name;
    QString file;
    QString dictionary;
    qint64 records = 0;
    qint64 suppressedRecords = 0;
    std::optional<ConsentExclusion> consent;
    QStringList columns;
};

QJsonObject riskJson(const DatasetRiskResult &risk)
{
    const RiskReport &r = risk.report;
    QJsonObject l;
    for (qsizetype i = 0; i < risk.sensitive.size() && size_t(i) < r.lDiversity.size(); ++i)
        l.insert(risk.sensitive.at(i), qint64(r.lDiversity[size_t(i)]));
    return QJsonObject{{QStringLiteral("k"), risk.k},
                       {QStringLiteral("quasi"), QJsonArray::fromStringList(risk.quasi)},
                       {QStringLiteral("records"), qint64(r.records)},
                       {QStringLiteral("classes"), qint64(r.classes)},
                       {QStringLiteral("min_class"), qint64(r.minClass)},
                       {QStringLiteral("records_below_k"), qint64(r.recordsBelowK)},
                       {QStringLiteral("sample_uniques"), r.sampleUniques},
                       {QStringLiteral("prosecutor_risk_max"), r.prosecutorRiskMax},
                       {QStringLiteral("prosecutor_risk_avg"), r.prosecutorRiskAvg},
                       {QStringLiteral("l_diversity"), l},
                       {QStringLiteral("suppressed_records"), qint64(r.suppressedRecords)}};
}

QByteArray jsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

// The Frictionless Data Package descriptor: one tabular resource with its Table Schema per dataset.
QJsonObject dataPackage(const Release &release, const QList<DatasetMeasurement> &measurements,
                        const QList<WrittenDataset> &written)
{
    QJsonArray resources;
    for (qsizetype i = 0; i < measurements.size(); ++i) {
        const DatasetMeasurement &m = measurements.at(i);
        QJsonArray fields;
        for (const QString &name : written.at(i).columns) {
            const auto column = std::find_if(m.dataset.columns.cbegin(), m.dataset.columns.cend(),
                                             [&name](const ColumnInfo &c) { return c.name == name; });
            if (column == m.dataset.columns.cend())
                continue;
            const ColumnInfo &c = *column;
            const MaskRule rule = m.ruleFor(c.name);
            QString category;
            QString role;
            int grade = 0;
            for (const FieldClassification &f : m.classification.fields) {
                if (f.name == c.name) {
                    category = dataCategoryName(f.effectiveCategory());
                    role = fieldRoleName(f.effectiveRole());
                    grade = f.effectiveGrade();
                }
            }
            const QString masking = rule.format();
            fields.append(QJsonObject{
                {QStringLiteral("name"), c.name},
                {QStringLiteral("type"), tableSchemaType(c.type, rule)},
                {QStringLiteral("format"), QStringLiteral("default")},
                {QStringLiteral("description"),
                 QStringLiteral("category: %1; grade: %2; masking: %3").arg(category, QString::number(grade), masking)},
                {QStringLiteral("steward:category"), category},
                {QStringLiteral("steward:role"), role},
                {QStringLiteral("steward:grade"), grade},
                {QStringLiteral("steward:masking"), masking},
                {QStringLiteral("steward:stored_type"), columnTypeName(c.type)},
            });
            if (tableSchemaType(c.type, rule) == QLatin1String("date")
                || tableSchemaType(c.type, rule) == QLatin1String("datetime")) {
                QJsonObject f = fields.last().toObject();
                f.insert(QStringLiteral("format"), QStringLiteral("any"));
                fields.replace(fields.size() - 1, f);
            }
        }
        const QString safe = PackageLayout::safeName(m.dataset.name);
        QString resourceName = safe.toLower();
        resourceName.replace(QRegularExpression(QStringLiteral("[^a-z0-9._-]")), QStringLiteral("_"));
        resources.append(QJsonObject{
            {QStringLiteral("name"), resourceName},
            {QStringLiteral("title"), m.dataset.name},
            {QStringLiteral("path"), safe + QStringLiteral(".csv")},
            {QStringLiteral("profile"), QStringLiteral("tabular-data-resource")},
            {QStringLiteral("format"), QStringLiteral("csv")},
            {QStringLiteral("mediatype"), QStringLiteral("text/csv")},
            {QStringLiteral("encoding"), QStringLiteral("utf-8")},
            {QStringLiteral("dialect"), QJsonObject{{QStringLiteral("delimiter"), QStringLiteral(",")},
                                                    {QStringLiteral("lineTerminator"), QStringLiteral("\r\n")},
                                                    {QStringLiteral("quoteChar"), QStringLiteral("\"")},
                                                    {QStringLiteral("doubleQuote"), true},
                                                    {QStringLiteral("header"), true}}},
            {QStringLiteral("schema"), QJsonObject{{QStringLiteral("fields"), fields},
                                                   {QStringLiteral("missingValues"), QJsonArray{QString()}}}},
            {QStringLiteral("steward:records"), written.at(i).records},
        });
    }
    QString name = PackageLayout::safeName(release.name).toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9._-]")), QStringLiteral("_"));
    return QJsonObject{{QStringLiteral("profile"), QStringLiteral("tabular-data-package")},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("title"), release.name},
                       {QStringLiteral("description"), release.purpose},
                       {QStringLiteral("created"), nowIso()},
                       {QStringLiteral("resources"), resources}};
}

} // namespace

Status ExportService::refuseUnapproved(const QString &name, const CancellationToken *cancel)
{
    auto state = WorkflowService(m_store).state(name);
    if (!state)
        return state.error();
    if (state->state == QLatin1String("approved"))
        return {};
    auto release = ReleaseService(m_store).load(name);
    if (!release)
        return release.error();
    // Measured without the secret and without asking for it: when a measured field's rule needs
    // it, only the approvals are named.
    QStringList failing;
    auto measured = ReleaseMeasurement::run(m_store, *release, std::nullopt, {}, {}, cancel);
    if (measured) {
        if (auto gates = ReleaseStatus::gates(m_store, *release, *measured))
            failing = ReleaseStatus::failing(*gates);
    } else if (measured.error().code == ErrorCode::Cancelled) {
        return measured.error();
    }
    if (!failing.contains(QStringLiteral("approvals")))
        failing.append(QStringLiteral("approvals"));
    return policyError(tr("release %1 cannot be exported: it is not approved; these gates do not "
                          "hold: %2")
                           .arg(release->name, failing.join(QStringLiteral(", "))));
}

Result<ExportResult> ExportService::exportRelease(const ExportRequest &request,
                                                  const ProgressCallback &progress,
                                                  const CancellationToken *cancel)
{
    if (Status refused = refuseUnapproved(request.release, cancel); !refused)
        return refused.error();
    auto cancelled = [cancel] { return cancel && cancel->isCancelled(); };
    if (!request.steward)
        return Error::usage(tr("an export needs the steward's signing key"));
    if (request.outPath.isEmpty())
        return Error::usage(tr("an export needs the file to write"));
    const SigningIdentity &steward = *request.steward;

    auto release = ReleaseService(m_store).load(request.release);
    if (!release)
        return release.error();

    // The steward's key must be one the project trusts as steward.
    auto roles = TrustService(m_store).find(steward.publicKey().keyId);
    if (!roles)
        return roles.error();
    const bool trustedSteward = std::any_of(roles->cbegin(), roles->cend(),
                                            [](const TrustedKey &k) { return k.role == SignerRole::Steward; });
    if (!trustedSteward)
        return policyError(tr("the key %1 (%2) is not trusted by the project for the role steward")
                               .arg(steward.fingerprint(), steward.name()));

    auto state = WorkflowService(m_store).state(release->name);
    if (!state)
        return state.error();
    // Content changes may have sent the release back to draft: read it again.
    release = ReleaseService(m_store).load(request.release);
    if (!release)
        return release.error();

    // The project secret, only when a rule needs it, and never made here: a new secret would
    // change every pseudonym the reviewers approved.
    std::optional<ProjectSecret> secret = request.secret;
    if (!secret) {
        bool needsSecret = false;
        for (const QString &name : std::as_const(release->datasets)) {
            if (!m_store.hasDataset(name))
                continue;
            auto info = m_store.dataset(name);
            if (!info)
                return info.error();
            auto rules = MaskRuleStore(m_store).planRules(*info);
            if (!rules)
                return rules.error();
            needsSecret = needsSecret || MaskPlan::needsSecret(*rules);
        }
        if (needsSecret) {
            if (!ProjectSecretStore(m_store).exists())
                return policyError(tr("the masking rules need the project secret, which the project does not have: it must "
                                      "exist before the release is submitted for review (masking the data "
                                      "creates it), then the release is submitted and approved again"));
            if (!request.passphrase)
                return Error::usage(tr("the masking rules need the project secret: give its passphrase"));
            auto passphrase = request.passphrase();
            if (!passphrase)
                return passphrase.error();
            auto obtained = ProjectSecretStore(m_store).obtain(*passphrase);
            if (!obtained)
                return obtained.error();
            secret = *obtained;
        }
    }

    // Measure the data as it leaves, then every gate on that measurement.
    qint64 totalRows = 0;
    for (const QString &name : std::as_const(release->datasets)) {
        if (m_store.hasDataset(name)) {
            if (auto info = m_store.dataset(name))
                totalRows += info->rowCount;
        }
    }
    const qint64 progressTotal = 2 * totalRows + 1;
    ProgressCallback measureProgress;
    if (progress)
        measureProgress = [&progress, progressTotal](const Progress &p) {
            progress(Progress{p.done, progressTotal});
        };
    auto measurements = ReleaseMeasurement::run(m_store, *release, secret, request.passphrase,
                                                 measureProgress, cancel);
    if (!measurements)
        return measurements.error();
    auto gates = ReleaseStatus::gates(m_store, *release, *measurements);
    if (!gates)
        return gates.error();
    QStringList failing = ReleaseStatus::failing(*gates);
    if (state->state != QLatin1String("approved") && !failing.contains(QStringLiteral("approvals")))
        failing.append(QStringLiteral("approvals"));
    if (!failing.isEmpty())
        return policyError(tr("release %1 cannot be exported: these gates do not hold: %2")
                               .arg(release->name, failing.join(QStringLiteral(", "))));
    if (cancelled())
        return Error::cancelled();

    // The approvals that count: current, approving, one per key and role (newest).
    QList<const Approval *> approvals;
    QSet<QString> seen;
    for (const Approval &a : std::as_const(state->decisions)) {
        const ReviewDecision &d = a.signedDecision.decision;
        const QString key = d.signerRole + QLatin1Char('-') + d.signerFingerprint;
        if (!a.current || !d.approve || seen.contains(key))
            continue;
        seen.insert(key);
        approvals.append(&a);
    }
    const QString contentHash = state->contentHash;

    // Write next to the target, then rename: nothing is left at the target unless all went well.
    const QFileInfo target(request.outPath);
    const QString targetDir = target.absolutePath();
    if (!QFileInfo(targetDir).isDir())
        return Error::badInput(tr("the folder %1 does not exist").arg(targetDir), request.outPath);
    TemporaryPath zipFile(targetDir, QStringLiteral(".zip"));
    if (!zipFile.valid())
        return Error::internal(tr("cannot create a file in %1").arg(targetDir));
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error::internal(tr("cannot create a temporary folder"));

    const QDateTime exportedAt = QDateTime::currentDateTimeUtc();
    const QString bagName = PackageLayout::safeName(release->name) + QLatin1Char('-')
        + exportedAt.date().toString(Qt::ISODate);
    BagWriter bag(zipFile.path(), bagName);
    if (const Status s = bag.open(); !s)
        return s.error();

    // The data, masked as it leaves: exactly the records measured (consent, record suppression).
    QList<WrittenDataset> written;
    qint64 rowsBefore = totalRows;
    for (const DatasetMeasurement &m : std::as_const(*measurements)) {
        auto csv = MaskedCsvWriter::prepare(m_store, m, *release, secret, request.passphrase);
        if (!csv)
            return csv.error();
        WrittenDataset w;
        w.name = m.dataset.name;
        const QString safe = PackageLayout::safeName(m.dataset.name);
        w.file = QStringLiteral("data/") + safe + QStringLiteral(".csv");
        w.dictionary = QStringLiteral("data/dictionary/") + safe + QStringLiteral(".csv");
        w.columns = csv->columns();
        ProgressCallback rowProgress;
        if (progress)
            rowProgress = [&progress, rowsBefore, progressTotal](const Progress &p) {
                progress(Progress{rowsBefore + p.done, progressTotal});
            };
        const Status data = bag.addFile(w.file, [&](QIODevice &out) {
            return csv->write(m_store, out, rowProgress, cancel);
        });
        if (!data)
            return data.error();
        if (cancelled())
            return Error::cancelled();
        w.records = csv->rowsWritten();
        w.suppressedRecords = csv->suppressedRecords();
        w.consent = csv->consent();
        rowsBefore += m.dataset.rowCount;
        if (const Status s = bag.addFile(w.dictionary, DataDictionary::toCsv(m.classification)); !s)
            return s.error();
        written.append(w);
    }

    if (const Status s = bag.addFile(PackageLayout::dataPackageJson,
                                     jsonBytes(dataPackage(*release, *measurements, written)));
        !s)
        return s.error();

    // The agreement and the impact assessment as the reviewers saw them.
    const DocumentFacts facts = DocumentFactsBuilder::build(*release, *measurements);
    DocumentService documents(m_store);
    for (DocumentKind kind : {DocumentKind::Agreement, DocumentKind::Assessment}) {
        if (cancelled())
            return Error::cancelled();
        auto docState = documents.state(*release, kind, facts);
        if (!docState)
            return docState.error();
        auto tmpl = DocumentTemplate::load(kind, release->language);
        if (!tmpl)
            return tmpl.error();
        const QString pdf = scratch.filePath(documentKindName(kind) + QStringLiteral(".pdf"));
        auto rendered = DocumentExporter::write(*docState, *tmpl, DocumentFormat::Pdf, pdf, {}, cancel);
        if (!rendered)
            return rendered.error();
        const QString path = kind == DocumentKind::Agreement ? PackageLayout::dsaPdf : PackageLayout::dpiaPdf;
        if (const Status s = bag.addFile(path, [&pdf](QIODevice &out) { return copyInto(pdf, out); }); !s)
            return s.error();
    }

    // release.json: what left, to whom, why, under which policy, approved by whom.
    QJsonArray datasetsJson;
    QJsonArray consentJson;
    for (qsizetype i = 0; i < measurements->size(); ++i) {
        const DatasetMeasurement &m = measurements->at(i);
        const WrittenDataset &w = written.at(i);
        QJsonObject rules;
        for (const auto &[field, rule] : m.rules)
            rules.insert(field, rule.format());
        QJsonObject d{{QStringLiteral("name"), w.name},
                      {QStringLiteral("file"), w.file},
                      {QStringLiteral("dictionary"), w.dictionary},
                      {QStringLiteral("records"), w.records},
                      {QStringLiteral("stored_records"), m.dataset.rowCount},
                      {QStringLiteral("suppressed_records"), w.suppressedRecords},
                      {QStringLiteral("columns"), QJsonArray::fromStringList(w.columns)},
                      {QStringLiteral("rules"), rules},
                      {QStringLiteral("risk"), riskJson(m.risk)},
                      {QStringLiteral("consent"), w.consent ? QJsonValue(w.consent->toJson()) : QJsonValue()}};
        datasetsJson.append(d);
        if (w.consent)
            consentJson.append(w.consent->toJson());
    }
    QJsonArray approvalsJson;
    for (const Approval *a : std::as_const(approvals)) {
        const ReviewDecision &d = a->signedDecision.decision;
        approvalsJson.append(QJsonObject{
            {QStringLiteral("signer"), d.signerName},
            {QStringLiteral("role"), d.signerRole},
            {QStringLiteral("fingerprint"), d.signerFingerprint},
            {QStringLiteral("at"), d.decidedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("file"), PackageLayout::approvalsDir + d.signerRole + QLatin1Char('-')
                                         + d.signerFingerprint + QStringLiteral(".json")}});
    }
    QJsonObject releaseJson = release->toJson();
    releaseJson.remove(QStringLiteral("exports"));
    releaseJson.remove(QStringLiteral("state"));
    releaseJson.remove(QStringLiteral("created_by"));
    releaseJson.remove(QStringLiteral("created_at"));
    releaseJson.remove(QStringLiteral("updated_at"));
    releaseJson.insert(QStringLiteral("format"), QStringLiteral("steward-release/1"));
    releaseJson.insert(QStringLiteral("content_hash"), contentHash);
    releaseJson.insert(QStringLiteral("datasets"), datasetsJson);
    releaseJson.insert(QStringLiteral("consent_exclusions"), consentJson);
    releaseJson.insert(QStringLiteral("approvals"), approvalsJson);
    releaseJson.insert(QStringLiteral("approvals_required"),
                       QJsonObject{{QStringLiteral("compliance"), state->requiredCompliance},
                                   {QStringLiteral("ethics"), state->requiredEthics}});
    releaseJson.insert(QStringLiteral("exported_at"), exportedAt.toString(Qt::ISODate));
    releaseJson.insert(QStringLiteral("steward"), QJsonObject{{QStringLiteral("name"), steward.name()},
                                                              {QStringLiteral("fingerprint"), steward.fingerprint()}});
    if (const Status s = bag.addFile(PackageLayout::releaseJson, jsonBytes(releaseJson)); !s)
        return s.error();

    // The signed decisions, byte for byte as signed, and the keys that check them.
    for (const Approval *a : std::as_const(approvals)) {
        const SignedDecision &sd = a->signedDecision;
        const QString base = PackageLayout::approvalsDir + sd.decision.signerRole + QLatin1Char('-')
            + sd.decision.signerFingerprint;
        if (const Status s = bag.addFile(base + QStringLiteral(".json"), sd.json); !s)
            return s.error();
        if (const Status s = bag.addFile(base + QStringLiteral(".json.minisig"), sd.signature.toText()); !s)
            return s.error();
        if (const Status s = bag.addFile(base + QStringLiteral(".pub"), sd.signer.toMinisignText().toUtf8()); !s)
            return s.error();
    }
    if (const Status s = bag.addFile(PackageLayout::stewardPublicKey, steward.publicKey().toMinisignText().toUtf8()); !s)
        return s.error();

    bag.setBagInfo({{QStringLiteral("Source-Organization"),
                     release->providerOrganisation.isEmpty() ? m_store.title() : release->providerOrganisation},
                    {QStringLiteral("External-Identifier"), release->name},
                    {QStringLiteral("Steward-Recipient"), release->recipientOrganisation},
                    {QStringLiteral("Steward-Mode"), sharingModeName(release->mode)},
                    {QStringLiteral("Steward-Package"), QStringLiteral("export")},
                    {QStringLiteral("Steward-Content-Hash"), contentHash}});
    const QString trustedComment = Minisign::trustedComment(QStringLiteral("package"), steward.name(),
                                                            QStringLiteral("steward"), release->name, exportedAt);
    const Status finished = bag.finish([&](const QByteArray &tagManifest) -> Result<std::pair<QString, QByteArray>> {
        const Minisignature signature = steward.sign(tagManifest, trustedComment,
                                                     PackageLayout::signatureComment(steward.fingerprint()));
        return std::make_pair(PackageLayout::stewardSignature, signature.toText());
    });
    if (!finished)
        return finished.error();
    const int files = bag.fileCount();
    if (cancelled())
        return Error::cancelled();

    // Encrypted for the recipient: the whole zip, as age writes it.
    QString encryption = QStringLiteral("none");
    std::optional<TemporaryPath> encrypted;
    QString finalTemp = zipFile.path();
    if (request.encryption) {
        encryption = request.encryption->passphrase ? QStringLiteral("passphrase") : QStringLiteral("recipients");
        encrypted.emplace(targetDir, QStringLiteral(".age"));
        if (!encrypted->valid())
            return Error::internal(tr("cannot create a file in %1").arg(targetDir));
        QFile in(zipFile.path());
        QFile out(encrypted->path());
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Error::internal(tr("cannot encrypt the package in %1").arg(targetDir));
        const Status s = AgeFile::encrypt(in, out, *request.encryption, {}, cancel);
        if (!s)
            return s.error();
        if (!out.flush())
            return Error::internal(tr("cannot write %1 (disk full?)").arg(encrypted->path()));
        out.close();
        finalTemp = encrypted->path();
    }
    auto sha256 = sha256OfFile(finalTemp, cancel);
    if (!sha256)
        return sha256.error();

    // The register and the audit trail in one transaction; the file takes its name inside it, so
    // a failed commit removes it again.
    sql::Database &db = StoreAccess::db(m_store);
    sql::WriteScope scope(db, "release_export");
    if (!scope.beginStatus())
        return scope.beginStatus().error();
    auto insert = db.prepare("INSERT INTO release_exports (release_id, at, sha256, file, signer, recipient, "
                             "signer_fingerprint, encryption, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    const QString absolute = target.absoluteFilePath();
    insert->bind(1, release->id);
    insert->bind(2, exportedAt.toString(Qt::ISODateWithMs));
    insert->bind(3, *sha256);
    insert->bind(4, target.fileName());
    insert->bind(5, steward.name());
    insert->bind(6, release->recipientOrganisation);
    insert->bind(7, steward.fingerprint());
    insert->bind(8, encryption);
    insert->bind(9, contentHash);
    if (insert->step() == sql::Statement::StepResult::Error)
        return db.lastError(QStringLiteral("record the export"));
    const QJsonObject detail{{QStringLiteral("release"), release->name},
                             {QStringLiteral("file"), target.fileName()},
                             {QStringLiteral("sha256"), *sha256},
                             {QStringLiteral("signer_fingerprint"), steward.fingerprint()},
                             {QStringLiteral("encryption"), encryption},
                             {QStringLiteral("content_hash"), contentHash},
                             {QStringLiteral("recipient"), release->recipientOrganisation}};
    if (const Status s = ProjectStore::appendAudit(db, QStringLiteral("release.export"), release->name,
                                                   QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
        !s)
        return s.error();
    std::error_code renameError;
    std::filesystem::rename(std::filesystem::path(finalTemp.toStdU16String()),
                            std::filesystem::path(absolute.toStdU16String()), renameError);
    if (renameError)
        return Error::internal(tr("cannot write %1").arg(absolute));
    if (const Status s = scope.commit(); !s) {
        QFile::remove(absolute);
        return s.error();
    }
    if (encrypted)
        encrypted->keep();
    else
        zipFile.keep();
    if (progress)
        progress(Progress{progressTotal, progressTotal});

    ExportResult result;
    result.package = absolute;
    result.files = files;
    result.sha256 = *sha256;
    return result;
}

QJsonObject ExportResult::toJson() const
{
    return QJsonObject{{QStringLiteral("package"), package},
                       {QStringLiteral("files"), files},
                       {QStringLiteral("sha256"), sha256}};
}

} // namespace steward
