#include "core/packaging/ReviewPackageWriter.h"

#include "core/classify/DataDictionary.h"
#include "core/documents/DocumentExporter.h"
#include "core/documents/DocumentFactsBuilder.h"
#include "core/documents/DocumentKind.h"
#include "core/documents/DocumentService.h"
#include "core/documents/DocumentTemplate.h"
#include "core/packaging/BagWriter.h"
#include "core/packaging/MaskedCsvWriter.h"
#include "core/packaging/PackageLayout.h"
#include "core/release/ReleaseMeasurement.h"
#include "core/release/ReleaseService.h"
#include "core/store/ProjectStore.h"
#include "core/workflow/ContentManifest.h"
#include "core/workflow/ReleaseGates.h"
#include "core/workflow/WorkflowService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTemporaryFile>

#include <algorithm>
#include <climits>
#include <cmath>

namespace steward {

namespace {

QJsonValue fraction(double value)
{
    // Rounded so that the JSON reads as the CLI reports figures, not as 0.30000000000000004.
    return std::round(value * 1e6) / 1e6;
}

// The figures of one risk report in review.json's keys.
QJsonObject riskJson(const RiskReport &r, int k, const QStringList &sensitive)
{
    QJsonObject l;
    for (qsizetype i = 0; i < sensitive.size() && size_t(i) < r.lDiversity.size(); ++i)
        l.insert(sensitive.at(i), qint64(r.lDiversity[size_t(i)]));
    return QJsonObject{{QStringLiteral("k"), k},
                       {QStringLiteral("records"), qint64(r.records)},
                       {QStringLiteral("classes"), qint64(r.classes)},
                       {QStringLiteral("min_class"), qint64(r.minClass)},
                       {QStringLiteral("records_below_k"), qint64(r.recordsBelowK)},
                       {QStringLiteral("prosecutor_max"), fraction(r.prosecutorRiskMax)},
                       {QStringLiteral("prosecutor_avg"), fraction(r.prosecutorRiskAvg)},
                       {QStringLiteral("sample_uniques"), fraction(r.sampleUniques)},
                       {QStringLiteral("suppressed"), qint64(r.suppressedRecords)},
                       {QStringLiteral("l_diversity"), l}};
}

QJsonArray histogramJson(const RiskReport &r)
{
    QJsonArray sizes;
    for (const auto &[size, count] : r.classSizes)
        sizes.append(QJsonArray{qint64(size), qint64(count)});
    return sizes;
}

QJsonArray sectionsJson(const DocumentTemplate &tmpl)
{
    QJsonArray sections;
    for (const TemplateSection &s : tmpl.sections)
        sections.append(
            QJsonObject{{QStringLiteral("key"), s.key}, {QStringLiteral("title"), s.title}});
    return sections;
}

// The summary a reviewer with no other context reads first: plain sentences.
QJsonObject summaryJson(const Release &release, const QList<DatasetMeasurement> &measurements,
                        const QList<std::pair<qint64, qsizetype>> &written)
{
    const QLocale locale;
    QStringList parts;
    for (qsizetype i = 0; i < measurements.size(); ++i) {
        const DatasetMeasurement &m = measurements.at(i);
        const auto [records, fields] = written.value(i);
        parts.append(ReviewPackageWriter::tr("%1 (%2 records, %3 of its %4 fields)")
                         .arg(m.dataset.name, locale.toString(records), locale.toString(fields),
                              locale.toString(m.dataset.columns.size())));
    }
    const QString what = ReviewPackageWriter::tr("Masked health data from %Ln dataset(s): %1.",
                                                 nullptr, int(measurements.size()))
                             .arg(parts.join(QStringLiteral(", ")));

    QString toWhom = release.recipientOrganisation.isEmpty()
        ? ReviewPackageWriter::tr("The recipient is not named yet.")
        : ReviewPackageWriter::tr("To %1.").arg(release.recipientOrganisation);
    if (!release.users.isEmpty())
        toWhom += QLatin1Char(' ')
            + ReviewPackageWriter::tr("%Ln named user(s) at the recipient.", nullptr,
                                      int(release.users.size()));

    QString why = release.purpose.isEmpty()
        ? ReviewPackageWriter::tr("No purpose is stated.")
        : ReviewPackageWriter::tr("For: %1.").arg(release.purpose);
    if (release.legalBasis)
        why += QLatin1Char(' ')
            + ReviewPackageWriter::tr("Legal basis: %1.")
                  .arg(SharingModes::label(*release.legalBasis));

    const QString mode =
        ReviewPackageWriter::tr("%1: no field graded above %2 leaves unmasked, every "
                                "group of look-alike records must hold at least %3 "
                                "records, and the chance of picking out one person "
                                "must stay at or below %4.")
            .arg(SharingModes::label(release.mode),
                 locale.toString(release.policy.maxUnmaskedGrade),
                 locale.toString(release.policy.minK),
                 locale.toString(release.policy.maxProsecutorRisk, 'g', 3));

    quint64 minClass = 0;
    double worst = 0.0;
    bool any = false;
    for (const DatasetMeasurement &m : measurements) {
        const RiskReport &r = m.risk.report;
        if (r.retainedRecords == 0)
            continue;
        minClass = any ? std::min(minClass, r.minClass) : r.minClass;
        worst = std::max(worst, r.prosecutorRiskMax);
        any = true;
    }
    QString risk;
    if (!any) {
        risk = ReviewPackageWriter::tr(
            "No record is measured: there is no quasi-identifier or no record leaves.");
    } else {
        if (minClass <= 1)
            risk = ReviewPackageWriter::tr(
                       "After masking, some records are still unique on their identifying "
                       "characteristics: the highest chance of re-identifying someone is %1 (the "
                       "policy allows %2).")
                       .arg(locale.toString(worst, 'g', 3),
                            locale.toString(release.policy.maxProsecutorRisk, 'g', 3));
        else
            risk = ReviewPackageWriter::tr(
                       "After masking, every person shares their identifying characteristics with "
                       "at least %Ln other record(s); the highest chance of re-identifying someone "
                       "is %1 (the policy allows %2).",
                       nullptr, int(std::min<quint64>(minClass - 1, quint64(INT_MAX))))
                       .arg(locale.toString(worst, 'g', 3),
                            locale.toString(release.policy.maxProsecutorRisk, 'g', 3));
        if (worst > release.policy.maxProsecutorRisk)
            risk +=
                QLatin1Char(' ') + ReviewPackageWriter::tr("This is above what the policy allows.");
    }
    return QJsonObject{{QStringLiteral("what"), what},
                       {QStringLiteral("to_whom"), toWhom},
                       {QStringLiteral("why"), why},
                       {QStringLiteral("mode"), mode},
                       {QStringLiteral("risk"), risk}};
}

Result<QByteArray> readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::internal(
            ReviewPackageWriter::tr("cannot read %1: %2").arg(path, file.errorString()));
    return file.readAll();
}

QString upperName(DocumentKind kind)
{
    return kind == DocumentKind::Agreement ? QStringLiteral("DSA") : QStringLiteral("DPIA");
}

} // namespace

Status ReviewPackageWriter::write(ProjectStore &store, const QString &releaseName,
                                  const QString &outPath,
                                  const std::optional<ProjectSecret> &secret,
                                  const std::function<Result<QString>()> &passphrase,
                                  const ProgressCallback &progress, const CancellationToken *cancel)
{
    auto cancelled = [cancel] { return cancel && cancel->isCancelled(); };

    auto release = ReleaseService(store).load(releaseName);
    if (!release)
        return release.error();
    WorkflowService workflow(store);
    auto state = workflow.state(releaseName);
    if (!state)
        return state.error();
    if (state->state != QLatin1String("submitted") || state->submittedHash.isEmpty()) {
        Error e;
        e.code = ErrorCode::Policy;
        e.message =
            tr("release %1 is not submitted for review (it is %2)").arg(releaseName, state->state);
        return e;
    }
    auto content = workflow.submittedContent(releaseName);
    if (!content)
        return content.error();
    if (!*content) {
        Error e;
        e.code = ErrorCode::Policy;
        e.message = tr("release %1 has no submitted content").arg(releaseName);
        return e;
    }
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error::internal(
            tr("rendering the documents of a review package needs the graphical platform"));

    // Progress: measuring counts the rows once, writing the masked data once more.
    qint64 totalRows = 0;
    for (const QString &name : release->datasets) {
        if (store.hasDataset(name)) {
            auto info = store.dataset(name);
            if (info)
                totalRows += info->rowCount;
        }
    }
    const qint64 total = std::max<qint64>(1, totalRows * 2);
    ProgressCallback measureProgress;
    if (progress)
        measureProgress = [&progress, total](const Progress &p) {
            progress(Progress{p.done, total});
        };

    auto measurements =
        ReleaseMeasurement::run(store, *release, secret, passphrase, measureProgress, cancel);
    if (!measurements)
        return measurements.error();
    auto gates = ReleaseStatus::gates(store, *release, *measurements);
    if (!gates)
        return gates.error();
    if (cancelled())
        return Error::cancelled();
    // Measuring may analyse a dataset never classified, which changes the content: the package
    // must describe exactly what was submitted, so a release changed since is submitted again.
    auto now = workflow.inspect(releaseName);
    if (!now)
        return now.error();
    if (now->contentHash != state->submittedHash) {
        Error e;
        e.code = ErrorCode::Policy;
        e.message = tr("release %1 changed since it was submitted (%2): submit it again")
                        .arg(releaseName, now->invalidatedBy.join(QStringLiteral("; ")));
        return e;
    }

    // Rendered documents first: they are the slowest part that can fail for want of fonts.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error::internal(
            tr("cannot create a temporary folder: %1").arg(scratch.errorString()));
    const DocumentFacts facts = DocumentFactsBuilder::build(*release, *measurements);
    DocumentService documents(store);
    QList<std::pair<QString, QByteArray>> documentFiles;
    QJsonObject documentsJson;
    QJsonArray dsaSections;
    QJsonArray dpiaSections;
    for (DocumentKind kind : {DocumentKind::Agreement, DocumentKind::Assessment}) {
        auto docState = documents.state(*release, kind, facts);
        if (!docState)
            return docState.error();
        auto tmpl = DocumentTemplate::load(kind, release->language);
        if (!tmpl)
            return tmpl.error();
        (kind == DocumentKind::Agreement ? dsaSections : dpiaSections) = sectionsJson(*tmpl);
        QJsonObject files;
        const QList<std::pair<DocumentFormat, QString>> formats = {
            {DocumentFormat::Pdf, QStringLiteral("pdf")},
            {DocumentFormat::Json, QStringLiteral("json")},
            {DocumentFormat::Html, QStringLiteral("html")},
        };
        for (const auto &[format, extension] : formats) {
            if (cancelled())
                return Error::cancelled();
            const QString fileName = upperName(kind) + QLatin1Char('.') + extension;
            const QString path = scratch.filePath(fileName);
            auto written = DocumentExporter::write(*docState, *tmpl, format, path, {}, cancel);
            if (!written)
                return written.error();
            auto bytes = readAll(written->file.isEmpty() ? path : written->file);
            if (!bytes)
                return bytes.error();
            const QString bagPath = QStringLiteral("data/") + fileName;
            documentFiles.append({bagPath, std::move(*bytes)});
            files.insert(extension, bagPath);
        }
        documentsJson.insert(documentKindName(kind), files);
    }

    // The package is written beside its final name and renamed only when whole.
    const QFileInfo target(outPath);
    QTemporaryFile temporary(
        target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(target.fileName())));
    if (!temporary.open())
        return Error::internal(
            tr("cannot write in %1: %2").arg(target.absolutePath(), temporary.errorString()));
    const QString temporaryPath = temporary.fileName();
    temporary.close();

    const QString bagName = PackageLayout::safeName(release->name) + QStringLiteral("-review");
    Status written = [&]() -> Status {
        BagWriter bag(temporaryPath, bagName);
        if (Status s = bag.open(); !s)
            return s;

        QJsonArray datasetsJson;
        QList<std::pair<qint64, qsizetype>> counts; // records and fields written per dataset
        qint64 rowsBefore = totalRows;
        for (const DatasetMeasurement &m : std::as_const(*measurements)) {
            if (cancelled())
                return Error::cancelled();
            auto csv = MaskedCsvWriter::prepare(store, m, *release, secret, passphrase);
            if (!csv)
                return csv.error();
            const QString safe = PackageLayout::safeName(m.dataset.name);
            const QString dataPath = QStringLiteral("data/%1.csv").arg(safe);
            const QString dictionaryPath = QStringLiteral("data/dictionary/%1.csv").arg(safe);
            ProgressCallback rowProgress;
            if (progress)
                rowProgress = [&progress, rowsBefore, total](const Progress &p) {
                    progress(Progress{rowsBefore + p.done, total});
                };
            if (Status s = bag.addFile(
                    dataPath,
                    [&](QIODevice &out) { return csv->write(store, out, rowProgress, cancel); });
                !s)
                return s;
            rowsBefore += m.dataset.rowCount;
            if (Status s = bag.addFile(dictionaryPath, DataDictionary::toCsv(m.classification)); !s)
                return s;
            counts.append({csv->rowsWritten(), csv->columns().size()});

            const DatasetRiskResult &risk = m.risk;
            QJsonObject entry{
                {QStringLiteral("name"), m.dataset.name},
                {QStringLiteral("file"), dataPath},
                {QStringLiteral("dictionary"), dictionaryPath},
                {QStringLiteral("records"), csv->rowsWritten()},
                {QStringLiteral("fields"), int(csv->columns().size())},
                {QStringLiteral("risk"), riskJson(risk.report, risk.k, risk.sensitive)},
                {QStringLiteral("risk_before"),
                 risk.baseline ? QJsonValue(riskJson(*risk.baseline, risk.k, risk.sensitive))
                               : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("class_sizes"), histogramJson(risk.report)},
                {QStringLiteral("class_sizes_before"),
                 risk.baseline ? QJsonValue(histogramJson(*risk.baseline))
                               : QJsonValue(QJsonArray())},
                {QStringLiteral("quasi"), QJsonArray::fromStringList(risk.quasi)},
                {QStringLiteral("sensitive"), QJsonArray::fromStringList(risk.sensitive)},
            };
            const std::optional<ConsentExclusion> consent = csv->consent();
            entry.insert(QStringLiteral("consent"),
                         consent ? QJsonValue(consent->toJson()) : QJsonValue(QJsonValue::Null));
            datasetsJson.append(entry);
        }

        for (const auto &[path, bytes] : std::as_const(documentFiles)) {
            if (Status s = bag.addFile(path, bytes); !s)
                return s;
        }

        QJsonObject releaseJson = release->toJson();
        releaseJson.remove(QStringLiteral("exports"));
        QJsonArray gatesJson;
        for (const ReleaseGate &g : std::as_const(*gates))
            gatesJson.append(g.toJson());
        const QJsonObject review{
            {QStringLiteral("format"), QStringLiteral("steward-review/1")},
            {QStringLiteral("release"), releaseJson},
            {QStringLiteral("content_hash"), state->submittedHash},
            {QStringLiteral("content"), (*content)->content},
            {QStringLiteral("submitted_at"), state->submittedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("submitted_by"), state->submittedBy},
            {QStringLiteral("summary"), summaryJson(*release, *measurements, counts)},
            {QStringLiteral("datasets"), datasetsJson},
            {QStringLiteral("policy"), release->policy.toJson()},
            {QStringLiteral("gates"), gatesJson},
            {QStringLiteral("approvals_required"),
             QJsonObject{{QStringLiteral("compliance"), state->requiredCompliance},
                         {QStringLiteral("ethics"), state->requiredEthics}}},
            {QStringLiteral("documents"), documentsJson},
            {QStringLiteral("dpia_sections"), dpiaSections},
            {QStringLiteral("dsa_sections"), dsaSections},
            {QStringLiteral("language"), release->language},
        };
        if (Status s = bag.addFile(PackageLayout::reviewJson,
                                   QJsonDocument(review).toJson(QJsonDocument::Indented));
            !s)
            return s;

        bag.setBagInfo({
            {QStringLiteral("Source-Organization"),
             release->providerOrganisation.isEmpty() ? store.title()
                                                     : release->providerOrganisation},
            {QStringLiteral("External-Identifier"), release->name},
            {QStringLiteral("Steward-Recipient"), release->recipientOrganisation},
            {QStringLiteral("Steward-Mode"), sharingModeName(release->mode)},
            {QStringLiteral("Steward-Package"), QStringLiteral("review")},
            {QStringLiteral("Steward-Content-Hash"), state->submittedHash},
            {QStringLiteral("Bag-Software-Agent"),
             QStringLiteral("Steward %1").arg(QCoreApplication::applicationVersion())},
        });
        if (cancelled())
            return Error::cancelled();
        return bag.finish();
    }();

    if (!written) {
        QFile::remove(temporaryPath);
        return written;
    }
    if (QFile::exists(outPath) && !QFile::remove(outPath)) {
        QFile::remove(temporaryPath);
        return Error::internal(tr("cannot replace %1").arg(outPath));
    }
    if (!QFile::rename(temporaryPath, outPath)) {
        QFile::remove(temporaryPath);
        return Error::internal(tr("cannot write %1").arg(outPath));
    }
    if (progress)
        progress(Progress{total, total});
    return {};
}

} // namespace steward
