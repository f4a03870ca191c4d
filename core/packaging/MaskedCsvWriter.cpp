#include "core/packaging/MaskedCsvWriter.h"

#include "core/common/CsvText.h"
#include "core/consent/ConsentFilter.h"
#include "core/mask/MaskPlan.h"
#include "core/mask/MaskRuleService.h"
#include "core/mask/MaskWorker.h"
#include "core/release/Release.h"
#include "core/release/ReleaseMeasurement.h"
#include "core/store/ProjectStore.h"

#include <QFileInfo>

#include <string_view>
#include <vector>

namespace steward {

namespace {

constexpr int kPageRows = 2000; // rows read per query

bool looksNumeric(const QString &value)
{
    if (value.isEmpty())
        return false;
    bool ok = false;
    value.toDouble(&ok);
    return ok;
}

} // namespace

struct MaskedCsvWriter::Private {
    DatasetInfo dataset;
    std::optional<MaskWorker> worker;
    std::vector<uint8_t> suppressed; // 1 per stored record left out; empty when none
    std::optional<ConsentFilter> consent;
    int subjectColumn = -1;
    qint64 rowsWritten = 0;
    qint64 suppressedRecords = 0;
    std::vector<bool> numericColumn; // per output column
};

MaskedCsvWriter::MaskedCsvWriter() : d(std::make_unique<Private>()) {}
MaskedCsvWriter::MaskedCsvWriter(MaskedCsvWriter &&) noexcept = default;
MaskedCsvWriter &MaskedCsvWriter::operator=(MaskedCsvWriter &&) noexcept = default;
MaskedCsvWriter::~MaskedCsvWriter() = default;

Result<MaskedCsvWriter> MaskedCsvWriter::prepare(ProjectStore &store,
                                                 const DatasetMeasurement &measurement,
                                                 const Release &release,
                                                 const std::optional<ProjectSecret> &secret,
                                                 const std::function<Result<QString>()> &passphrase)
{
    const DatasetInfo &dataset = measurement.dataset;
    MaskRuleService service(store);
    MaskEnvironment environment;
    if (secret || !MaskPlan::needsSecret(measurement.rules)) {
        auto env = service.environment(dataset);
        if (!env)
            return env.error();
        environment = std::move(*env);
        if (secret)
            environment.secret = *secret;
    } else {
        // The measurement may have done without the secret (a pseudonym changes no figure);
        // the data itself needs it.
        auto setup = service.loadSetup(dataset, [&passphrase]() -> Result<QString> {
            if (!passphrase) {
                Error e;
                e.code = ErrorCode::Verification;
                e.message = tr("the project secret is locked");
                return e;
            }
            return passphrase();
        });
        if (!setup)
            return setup.error();
        environment = std::move(setup->environment);
    }
    if (environment.baseDirectory.isEmpty())
        environment.baseDirectory = QFileInfo(store.path()).absolutePath();

    QStringList columns;
    for (const ColumnInfo &c : dataset.columns)
        columns.append(c.name);
    auto plan = MaskPlan::compile(columns, measurement.rules, environment);
    if (!plan)
        return plan.error();
    auto worker = MaskWorker::create(*plan);
    if (!worker)
        return worker.error();

    MaskedCsvWriter writer;
    writer.d->dataset = dataset;
    for (int input : plan->outputColumns()) {
        const ColumnType type = dataset.columns.at(input).type;
        writer.d->numericColumn.push_back(type == ColumnType::Integer
                                          || type == ColumnType::Decimal);
    }
    writer.d->worker.emplace(std::move(*worker));
    writer.d->suppressed = measurement.risk.report.suppressed;

    auto consent = ConsentFilter::load(store, dataset.id, release.consentPurpose);
    if (!consent)
        return consent.error();
    if (*consent) {
        writer.d->consent = std::move(**consent);
        for (const ColumnInfo &c : dataset.columns) {
            if (c.name == writer.d->consent->subjectField())
                writer.d->subjectColumn = c.position;
        }
    }
    return writer;
}

QStringList MaskedCsvWriter::columns() const
{
    return d->worker->plan().outputColumnNames();
}

Status MaskedCsvWriter::write(ProjectStore &store, QIODevice &out, const ProgressCallback &progress,
                              const CancellationToken *cancel)
{
    auto put = [&out](const QByteArray &bytes) -> Status {
        if (out.write(bytes) != bytes.size())
            return Error::internal(tr("cannot write the masked data: %1").arg(out.errorString()));
        return {};
    };

    QByteArray line;
    const QStringList names = columns();
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (i > 0)
            line += ',';
        line += CsvText::field(names.at(i));
    }
    line += "\r\n";
    if (Status s = put(line); !s)
        return s;

    d->rowsWritten = 0;
    d->suppressedRecords = 0;
    std::vector<QByteArray> utf8;
    std::vector<std::string_view> views;
    qint64 index = 0;
    qint64 kept = 0;
    const bool byStoredRecord = d->suppressed.size() == size_t(d->dataset.rowCount);
    while (index < d->dataset.rowCount) {
        if (cancel && cancel->isCancelled())
            return Error::cancelled();
        const int count = int(std::min<qint64>(kPageRows, d->dataset.rowCount - index));
        auto page = store.rows(d->dataset, index, count);
        if (!page)
            return page.error();
        if (page->isEmpty())
            break;
        QByteArray chunk;
        for (const QStringList &row : std::as_const(*page)) {
            const qint64 record = index++;
            if (d->consent) {
                const QString subject = d->subjectColumn >= 0 && d->subjectColumn < row.size()
                    ? row.at(d->subjectColumn)
                    : QString();
                if (!d->consent->keep(subject))
                    continue;
            }
            // The measurement flags the stored records, or — when consent left some out before
            // it measured — the records it kept, in stored order.
            const qint64 keptIndex = kept++;
            const size_t flag = size_t(byStoredRecord ? record : keptIndex);
            if (!d->suppressed.empty() && flag < d->suppressed.size() && d->suppressed[flag]) {
                ++d->suppressedRecords;
                continue;
            }
            utf8.clear();
            views.clear();
            for (const QString &cell : row)
                utf8.push_back(cell.toUtf8());
            for (const QByteArray &b : utf8)
                views.emplace_back(b.constData(), size_t(b.size()));
            const std::vector<MaskedCell> &masked = d->worker->maskRow(views);
            for (size_t i = 0; i < masked.size(); ++i) {
                if (i > 0)
                    chunk += ',';
                const MaskedCell &cell = masked[i];
                if (cell.isSuppressed())
                    continue;
                const QString value =
                    QString::fromUtf8(cell.text.data(), qsizetype(cell.text.size()));
                chunk += CsvText::field(value, d->numericColumn[i] && looksNumeric(value));
            }
            chunk += "\r\n";
            ++d->rowsWritten;
        }
        if (Status s = put(chunk); !s)
            return s;
        if (progress)
            progress(Progress{index, d->dataset.rowCount});
    }
    return {};
}

qint64 MaskedCsvWriter::rowsWritten() const
{
    return d->rowsWritten;
}

qint64 MaskedCsvWriter::suppressedRecords() const
{
    return d->suppressedRecords;
}

std::optional<ConsentExclusion> MaskedCsvWriter::consent() const
{
    if (!d->consent)
        return std::nullopt;
    ConsentExclusion counts = d->consent->counts();
    if (counts.dataset.isEmpty())
        counts.dataset = d->dataset.name;
    return counts;
}

} // namespace steward
