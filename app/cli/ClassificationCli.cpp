#include "app/cli/ClassificationCli.h"

#include "core/classify/ProjectRules.h"

#include "app/cli/CliContext.h"
#include "app/cli/SignalCancellation.h"
#include "app/cli/TextTable.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <boost/make_shared.hpp>

#include <cstdio>
#include <mutex>

namespace steward::cli {

namespace {

// "fields X of Y" on stderr, rewritten in place, only on a terminal. The profiler calls it from
// worker threads, one call at a time.
class FieldProgress final {
public:
    explicit FieldProgress(const QLocale &locale)
        : m_locale(locale), m_enabled(CliContext::stderrIsTerminal())
    {}
    ~FieldProgress() { finish(); }
    FieldProgress(const FieldProgress &) = delete;
    FieldProgress &operator=(const FieldProgress &) = delete;

    ProgressCallback callback()
    {
        if (!m_enabled)
            return {};
        return [this](const Progress &p) { show(p); };
    }
    void finish()
    {
        std::lock_guard lock(m_mutex);
        if (!m_width)
            return;
        const QByteArray blank = "\r" + QByteArray(m_width, ' ') + "\r";
        std::fwrite(blank.constData(), 1, size_t(blank.size()), stderr);
        std::fflush(stderr);
        m_width = 0;
    }

private:
    void show(const Progress &p)
    {
        std::lock_guard lock(m_mutex);
        const QString text = ClassificationCli::tr("profiling: fields %1 of %2")
                                 .arg(m_locale.toString(p.done), m_locale.toString(p.estimatedTotal));
        QByteArray bytes = "\r" + text.toLocal8Bit();
        if (text.size() < m_width)
            bytes += QByteArray(m_width - int(text.size()), ' ');
        m_width = std::max(m_width, int(text.size()));
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
        std::fflush(stderr);
    }

    std::mutex m_mutex;
    QLocale m_locale;
    bool m_enabled;
    int m_width = 0;
};

QJsonValue orNull(bool present, const QJsonValue &value)
{
    return present ? value : QJsonValue();
}

} // namespace

const po::value_semantic *ClassificationCli::repeatable(const char *placeholder)
{
    return po::value<std::vector<std::string>>()->value_name(placeholder)->composing();
}

QStringList ClassificationCli::texts(const po::variables_map &vm, const char *key)
{
    QStringList list;
    if (vm.count(key) == 0)
        return list;
    for (const std::string &s : vm[key].as<std::vector<std::string>>())
        list.append(QString::fromLocal8Bit(s));
    return list;
}

void ClassificationCli::addRulesOption(po::options_description &options)
{
    options.add(boost::make_shared<po::option_description>(
        "rules", repeatable("FILE"),
        tr("a rule file (JSON) adding detectors, patterns and header synonyms to the built-in "
           "rules, after ~/.config/steward/rules.json and PROJECT.rules.json when they exist; "
           "may be repeated")
            .toStdString()
            .c_str()));
}

Result<std::shared_ptr<const DetectorSet>> ClassificationCli::detectors(const po::variables_map &vm)
{
    // The user's and the project's rule files (ProjectRules), then those given with --rules.
    const QString project = vm.count("project") ? QString::fromLocal8Bit(vm["project"].as<std::string>())
                                                : QString();
    return ProjectRules::detectors(project, texts(vm, "rules"));
}

Result<DatasetClassification> ClassificationCli::analyze(CliContext &cli,
                                                         ClassificationService &service,
                                                         const QString &dataset, Analysis mode,
                                                         bool *ran)
{
    std::optional<DatasetClassification> classification;
    const Status status = analyzeThen(
        cli, service, dataset, mode,
        [&classification](const DatasetClassification &c) {
            classification = c;
            return Status();
        },
        ran);
    if (!status)
        return status.error();
    return std::move(*classification);
}

Status ClassificationCli::analyzeThen(CliContext &cli, ClassificationService &service,
                                      const QString &dataset, Analysis mode,
                                      const std::function<Status(const DatasetClassification &)> &work,
                                      bool *ran)
{
    // Signals cancel the analysis only: what follows it handles them itself (or not at all).
    std::optional<SignalCancellation> interrupts(std::in_place);
    FieldProgress progress(cli.locale());
    bool cancelled = false;
    auto analysisDone = [&] {
        progress.finish();
        cancelled = interrupts->token()->isCancelled();
        interrupts.reset();
    };
    const Status status = service.withClassification(
        dataset, mode,
        [&](const DatasetClassification &classification) -> Status {
            analysisDone();
            if (cancelled)
                return Error::cancelled();
            return work(classification);
        },
        progress.callback(), interrupts->token(), ran);
    if (interrupts) {
        analysisDone();
        if (cancelled)
            return Error::cancelled();
    }
    return status;
}

QJsonObject ClassificationCli::fieldJson(const FieldClassification &f)
{
    const bool known = f.decision.confirmed || f.hasSuggestion;
    const FieldDecision &d = f.decision;
    QJsonObject o{
        {QStringLiteral("name"), f.name},
        {QStringLiteral("type"), f.type},
        {QStringLiteral("role"), orNull(known, fieldRoleName(f.effectiveRole()))},
        {QStringLiteral("grade"), orNull(known, f.effectiveGrade())},
        {QStringLiteral("category"), orNull(known, dataCategoryName(f.effectiveCategory()))},
        {QStringLiteral("confidence"), orNull(f.hasSuggestion, f.suggestion.confidence)},
        {QStringLiteral("evidence"), orNull(f.hasSuggestion, f.suggestion.evidence)},
        {QStringLiteral("confirmed"), d.confirmed},
        {QStringLiteral("decision"), decisionStatusName(f.status())},
        {QStringLiteral("needs_decision"), f.needsDecision()},
        {QStringLiteral("stale"), f.stale},
    };
    if (f.stale)
        o.insert(QStringLiteral("stale_reason"), f.staleReason);
    if (f.hasSuggestion) {
        o.insert(QStringLiteral("suggested"),
                 QJsonObject{{QStringLiteral("role"), fieldRoleName(f.suggestion.role)},
                             {QStringLiteral("grade"), f.suggestion.grade},
                             {QStringLiteral("category"), dataCategoryName(f.suggestion.category)}});
        if (!f.suggestion.detector.isEmpty())
            o.insert(QStringLiteral("detector"), f.suggestion.detector);
        if (!f.suggestion.conceptId.isEmpty())
            o.insert(QStringLiteral("concept"), f.suggestion.conceptId);
    }
    if (d.hasValues) {
        o.insert(QStringLiteral("reason"), d.reason);
        o.insert(QStringLiteral("decided_by"), d.decidedBy);
        o.insert(QStringLiteral("decided_at"), d.decidedAt);
        o.insert(QStringLiteral("origin"), d.origin);
        if (!d.confirmed)
            o.insert(QStringLiteral("previous"),
                     QJsonObject{{QStringLiteral("role"), fieldRoleName(d.role)},
                                 {QStringLiteral("grade"), d.grade},
                                 {QStringLiteral("category"), dataCategoryName(d.category)}});
    }
    return o;
}

QJsonObject ClassificationCli::summaryJson(const DatasetClassification &c)
{
    const DatasetGrade g = c.grade();
    return QJsonObject{
        {QStringLiteral("dataset"), c.dataset.name},
        {QStringLiteral("version"), c.dataset.version},
        {QStringLiteral("dataset_grade"), orNull(g.grade > 0, g.grade)},
        {QStringLiteral("suggested_grade"), orNull(g.suggestedGrade > 0, g.suggestedGrade)},
        {QStringLiteral("confirmed"), g.confirmedCount},
        {QStringLiteral("needs_decision"), QJsonArray::fromStringList(g.needsDecision)},
    };
}

QString ClassificationCli::gradeText(int grade)
{
    return grade > 0 ? QString::number(grade) : tr("none");
}

void ClassificationCli::printClassification(CliContext &cli, const DatasetClassification &c)
{
    const DatasetGrade g = c.grade();
    cli.line(tr("Dataset %1 (version %2), %Ln field(s).", nullptr, int(g.fieldCount))
                 .arg(c.dataset.name)
                 .arg(c.dataset.version));
    if (g.grade > 0)
        cli.line(tr("Dataset grade: %1 (highest confirmed field grade).").arg(g.grade));
    else
        cli.line(tr("Dataset grade: none yet (no field is confirmed)."));
    if (g.needsDecision.isEmpty())
        cli.line(tr("Every field is confirmed."));
    else
        cli.line(tr("%1 of %2 fields need a decision (marked *).")
                     .arg(cli.number(g.needsDecision.size()), cli.number(g.fieldCount)));
    cli.line();
    TextTable table({QStringLiteral("#"), tr("Field"), tr("Role"), tr("Grade"), tr("Category"),
                     tr("Confidence"), tr("Decision"), tr("Evidence")});
    table.setRightAligned(0);
    table.setRightAligned(3);
    table.setRightAligned(5);
    table.setMaxCellWidth(60);
    for (const FieldClassification &f : c.fields) {
        const bool known = f.decision.confirmed || f.hasSuggestion;
        QString decision = decisionStatusLabel(f.status());
        if (f.stale)
            decision = tr("%1, changed").arg(decision);
        QString evidence = f.hasSuggestion ? f.suggestion.evidence : QString();
        if (f.stale)
            evidence = f.staleReason;
        else if (f.decision.confirmed && !f.decision.reason.isEmpty())
            evidence = tr("Reason: %1").arg(f.decision.reason);
        table.addRow({(f.needsDecision() ? QStringLiteral("*") : QString()) + cli.number(f.position + 1),
                      f.name, known ? Taxonomy::fieldRoleLabel(f.effectiveRole()) : QString(),
                      known ? QString::number(f.effectiveGrade()) : QString(),
                      known ? Taxonomy::dataCategoryLabel(f.effectiveCategory()) : QString(),
                      f.hasSuggestion ? cli.locale().toString(f.suggestion.confidence, 'f', 2) : QString(),
                      decision, evidence});
    }
    cli.write(table.render().toLocal8Bit());
}

} // namespace steward::cli
