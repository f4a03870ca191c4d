#include "core/packaging/MaskedCsvWriter.h"

#include "core/common/CsvText.h"
#include "core/consent/ConsentFilter.h"
#include "core/mask/MaskPlan.h"
#include "core/mask/MaskRuleService.h"
#include "core/mask/MaskRuleStore.h"
#include "core/mask/MaskWorker.h"
#include "core/mask/RecordSuppressionStore.h"
#include "core/release/Release.h"
#include "core/risk/DatasetRiskAnalysis.h"
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

Result<MaskedCsvWriter> MaskedCsvWriter::prepare(ProjectStore &store, const DatasetInfo &dataset,
                                                 const Release &release,
                                                 const std::optional<ProjectSecret> &secret,
                                                 const std::function<Result<QString>()> &passphrase,
                                                 const CancellationToken *cancel)
{
    MaskRuleService service(store);
    QList<std::pair<QString, MaskRule>> rules;
    std::optional<RecordSuppression> recordSuppression;
    MaskEnvironment environment;
    if (secret) {
        auto env = service.environment(dataset);
        if (!env)
            return env.error();
        auto planned = MaskRuleStore(store).planRules(dataset);
        if (!planned)
            return planned.error();
        auto suppression = RecordSuppressionStore(store).load(dataset);
        if (!suppression)
            return suppression.error();
        environment = std::move(*env);
        environment.secret = *secret;
        rules = std::move(*planned);
        recordSuppression = std::move(*suppression);
    } else {
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
        rules = std::move(setup->rules);
        recordSuppression = std::move(setup->recordSuppression);
    }
    if (environment.baseDirectory.isEmpty())
        environment.baseDirectory = QFileInfo(store.path()).absolutePath();

    QStringList columns;
    for (const ColumnInfo &c : dataset.columns)
        columns.append(c.name);
    auto plan = MaskPlan::compile(columns, rules, environment);
    if (!plan)
        return plan.error();
    auto worker = MaskWorker::create(*plan);
    if (!worker)
        return worker.error();

    MaskedCsvWriter writer;
    writer.d->dataset = dataset;
    for (int input : plan->outputColumns()) {
        const ColumnType type = dataset.columns.at(input).type;
        writer.d->numericColumn.push_back(type == ColumnType::Integer || type == ColumnType::Decimal);
    }
    writer.d->worker.emplace(std::move(*worker));

    // The records the stored record suppression leaves out, as `show --masked` and `risk` find
    // them: the classes over its quasi-identifiers after the rules.
    if (recordSuppression) {
        DatasetRiskOptions options;
        options.quasi = recordSuppression->quasi;
        options.k = recordSuppression->k;
        options.masked = true;
        options.rules = rules;
        options.environment = environment;
        options.recordSuppression = recordSuppression;
        auto result = DatasetRiskAnalysis::run(store, dataset, options, {}, cancel);
        if (!result)
            return result.error();
        writer.d->suppressed = std::move(result->report.suppressed);
    }

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
            if (!d->suppressed.empty() && size_t(record) < d->suppressed.size() && d->suppressed[size_t(record)]) {
                ++d->suppressedRecords;
                continue;
            }
            if (d->consent) {
                const QString subject = d->subjectColumn >= 0 && d->subjectColumn < row.size()
                    ? row.at(d->subjectColumn) : QString();
                if (!d->consent->keep(subject))
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
                const QString value = QString::fromUtf8(cell.text.data(), qsizetype(cell.text.size()));
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
