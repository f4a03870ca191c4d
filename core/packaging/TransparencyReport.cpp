#include "core/packaging/TransparencyReport.h"

#include "core/classify/ClassificationService.h"
#include "core/classify/Taxonomy.h"
#include "core/common/StoredTime.h"
#include "core/mask/MaskRuleStore.h"
#include "core/release/ReleaseService.h"
#include "core/release/ReleaseStore.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sqlite.h"
#include "core/store/StoreAccess.h"

#include <QDateTime>
#include <QLocale>
#include <QMap>
#include <QSaveFile>
#include <QSet>

#include <map>

namespace steward {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// What the workflow tables say about a release, counted without names: the latest submission
// and, per role, how many distinct keys approved that submission's content.
struct ReviewFacts {
    QDateTime submittedAt;
    QDateTime approvedAt; // the latest approval of the latest submission
    std::map<QString, int> approvalsByRole;
};

// The approvals counted are those of the content that left (the latest export's) or, before any
// export, of the current submission; approvals of content changed since count for nothing.
Result<ReviewFacts> reviewFacts(ProjectStore &store, const Release &release)
{
    const qint64 releaseId = release.id;
    ReviewFacts facts;
    sql::Database &db = StoreAccess::db(store);
    auto submission =
        db.prepare("SELECT content_hash, submitted_at, invalidated_at IS NOT NULL "
                   "FROM release_submissions WHERE release_id = ? ORDER BY id DESC LIMIT 1");
    if (!submission)
        return submission.error();
    submission->bind(1, releaseId);
    const auto step = submission->step();
    if (step == sql::Statement::StepResult::Error)
        return db.lastError(QStringLiteral("read release submissions"));
    if (step != sql::Statement::StepResult::Row)
        return facts;
    QString hash = submission->columnText(0);
    facts.submittedAt = storedUtcTime(submission->columnText(1));
    if (submission->columnInt(2) != 0)
        hash.clear();
    if (!release.exports.isEmpty() && !release.exports.first().contentHash.isEmpty())
        hash = release.exports.first().contentHash;
    if (hash.isEmpty())
        return facts;

    auto decisions = db.prepare("SELECT role, COUNT(DISTINCT fingerprint), MAX(decided_at) "
                                "FROM release_decisions WHERE release_id = ? AND content_hash = ? "
                                "AND approve = 1 GROUP BY role");
    if (!decisions)
        return decisions.error();
    decisions->bind(1, releaseId);
    decisions->bind(2, hash);
    for (;;) {
        const auto r = decisions->step();
        if (r == sql::Statement::StepResult::Done)
            break;
        if (r == sql::Statement::StepResult::Error)
            return db.lastError(QStringLiteral("read release decisions"));
        facts.approvalsByRole[decisions->columnText(0)] = int(decisions->columnInt(1));
        const QDateTime at = storedUtcTime(decisions->columnText(2));
        if (at.isValid() && (!facts.approvedAt.isValid() || at > facts.approvedAt))
            facts.approvedAt = at;
    }
    return facts;
}

// The categories of the fields that leave (every field whose rule is not "drop"), with how many
// fields of each; never a field's values.
Result<std::map<QString, int>> categoriesOf(ProjectStore &store, const Release &release)
{
    std::map<QString, int> categories;
    ClassificationService classifier(store);
    for (const QString &name : release.datasets) {
        if (!store.hasDataset(name))
            continue;
        auto info = store.dataset(name);
        if (!info)
            return info.error();
        auto classification = classifier.load(name);
        if (!classification)
            return classification.error();
        auto rules = MaskRuleStore(store).planRules(*info);
        if (!rules)
            return rules.error();
        QSet<QString> dropped;
        for (const auto &[field, rule] : std::as_const(*rules)) {
            if (rule.op() == MaskOperator::Drop)
                dropped.insert(field);
        }
        for (const FieldClassification &f : std::as_const(classification->fields)) {
            if (dropped.contains(f.name))
                continue;
            if (!f.hasSuggestion && !f.decision.confirmed)
                continue;
            ++categories[Taxonomy::dataCategoryLabel(f.effectiveCategory())];
        }
    }
    return categories;
}

QString stateText(const Release &release)
{
    if (!release.exports.isEmpty())
        return TransparencyReport::tr("released");
    if (release.state == QLatin1String("approved"))
        return TransparencyReport::tr("approved, not yet released");
    if (release.state == QLatin1String("submitted"))
        return TransparencyReport::tr("under review");
    return TransparencyReport::tr("in preparation");
}

QString roleText(const QString &role)
{
    if (role == QLatin1String("compliance"))
        return TransparencyReport::tr("compliance");
    if (role == QLatin1String("ethics"))
        return TransparencyReport::tr("ethics committee");
    if (role == QLatin1String("steward"))
        return TransparencyReport::tr("data steward");
    return role;
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><th scope=\"row\">%1</th><td>%2</td></tr>\n")
        .arg(esc(label), valueHtml);
}

const char *kStyle = R"css(
body { font-family: "Noto Sans CJK SC", "Noto Sans", "PingFang SC", "Microsoft YaHei", sans-serif;
       max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; line-height: 1.5; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ccc; padding-bottom: .2rem; }
p.lead { color: #444; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid #eee; }
th[scope=row] { width: 14rem; color: #444; font-weight: 600; }
table.exports th { background: #f4f4f4; }
code { font-family: "Noto Sans Mono", monospace; font-size: .85em; word-break: break-all; }
.state { display: inline-block; padding: 0 .5rem; border-radius: .3rem; background: #eef; }
footer { margin-top: 3rem; font-size: .85rem; color: #666; }
)css";

} // namespace

Result<int> TransparencyReport::writeHtml(ProjectStore &store, const QString &path)
{
    ReleaseService service(store);
    auto releases = service.list();
    if (!releases)
        return releases.error();

    const QLocale locale;
    auto date = [&locale](const QDateTime &at) {
        return at.isValid() ? locale.toString(at.toUTC().date(), QLocale::LongFormat) : QString();
    };
    auto day = [&locale](const QDate &d) {
        return d.isValid() ? locale.toString(d, QLocale::LongFormat) : QString();
    };
    const QString none = tr("not stated");

    QString html;
    // Whose releases: the project's title, else the one provider its releases name, else nobody
    // is named (never "data releases of " with nothing after it).
    QString owner = store.title().trimmed();
    if (owner.isEmpty()) {
        QSet<QString> providers;
        for (const Release &release : std::as_const(*releases)) {
            if (!release.providerOrganisation.trimmed().isEmpty())
                providers.insert(release.providerOrganisation.trimmed());
        }
        if (providers.size() == 1)
            owner = *providers.cbegin();
    }
    const QString title = owner.isEmpty() ? tr("Transparency report: data releases")
                                          : tr("Transparency report: data releases of %1").arg(owner);
    html +=
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       "<title>%2</title>\n<style>%3</style>\n</head>\n<body>\n")
            .arg(locale.bcp47Name(), esc(title), QString::fromLatin1(kStyle));
    html += QStringLiteral("<h1>%1</h1>\n").arg(esc(title));
    html += QStringLiteral("<p class=\"lead\">%1</p>\n")
                .arg(esc(tr("Every release of health data from this project: to whom it went, why, "
                            "which kinds of data, under which sharing arrangement, who approved it "
                            "(by role) and when it left. The report names no patient and contains "
                            "no value of the data.")));
    html += QStringLiteral("<p>%1</p>\n")
                .arg(esc(tr("%Ln release(s). Generated on %1.", nullptr, int(releases->size()))
                             .arg(date(QDateTime::currentDateTimeUtc()))));

    for (const Release &release : std::as_const(*releases)) {
        auto facts = reviewFacts(store, release);
        if (!facts)
            return facts.error();
        auto categories = categoriesOf(store, release);
        if (!categories)
            return categories.error();

        html += QStringLiteral("<section>\n<h2>%1 <span class=\"state\">%2</span></h2>\n<table>\n")
                    .arg(esc(release.name), esc(stateText(release)));
        html += row(
            tr("Recipient"),
            esc(release.recipientOrganisation.isEmpty() ? none : release.recipientOrganisation));
        QString provider = release.providerOrganisation.trimmed();
        if (provider.isEmpty())
            provider = store.title().trimmed();
        html += row(tr("Provider"), esc(provider.isEmpty() ? none : provider));
        html += row(tr("Purpose"), esc(release.purpose.isEmpty() ? none : release.purpose));
        html += row(tr("Legal basis"),
                    esc(release.legalBasis ? SharingModes::label(*release.legalBasis) : none));
        html += row(tr("Sharing mode"), esc(SharingModes::label(release.mode)));
        QStringList categoryItems;
        for (const auto &[label, fields] : *categories)
            categoryItems.append(esc(tr("%1 (%Ln field(s))", nullptr, fields).arg(label)));
        html +=
            row(tr("Categories of data"),
                categoryItems.isEmpty() ? esc(none) : categoryItems.join(QStringLiteral("<br>")));
        html += row(tr("Datasets"), esc(QString::number(release.datasets.size())));
        QString period;
        if (release.startDate.isValid() || release.endDate.isValid())
            period = tr("%1 to %2")
                         .arg(release.startDate.isValid() ? day(release.startDate) : none,
                              release.endDate.isValid() ? day(release.endDate) : none);
        html += row(tr("Period of use"), esc(period.isEmpty() ? none : period));
        if (release.retentionMonths > 0)
            html += row(tr("Retention"), esc(tr("%Ln month(s)", nullptr, release.retentionMonths)));
        html += row(tr("Prepared"), esc(date(release.createdAt)));
        html += row(tr("Submitted for review"),
                    esc(facts->submittedAt.isValid() ? date(facts->submittedAt) : tr("not yet")));
        QStringList approvals;
        for (const auto &[role, count] : facts->approvalsByRole)
            approvals.append(esc(tr("%1: %Ln approval(s)", nullptr, count).arg(roleText(role))));
        html +=
            row(tr("Approvals"),
                approvals.isEmpty() ? esc(tr("none yet")) : approvals.join(QStringLiteral("<br>")));
        if (facts->approvedAt.isValid())
            html += row(tr("Approved"), esc(date(facts->approvedAt)));
        html += QStringLiteral("</table>\n");

        if (release.exports.isEmpty()) {
            html +=
                QStringLiteral("<p>%1</p>\n").arg(esc(tr("No data has left for this release.")));
        } else {
            html +=
                QStringLiteral(
                    "<table class=\"exports\">\n<tr><th>%1</th><th>%2</th><th>%3</th></tr>\n")
                    .arg(esc(tr("Exported on")), esc(tr("Encryption")), esc(tr("Package SHA-256")));
            for (const ReleaseExport &e : release.exports) {
                QString encryption = tr("none");
                if (e.encryption == QLatin1String("passphrase"))
                    encryption = tr("passphrase");
                else if (e.encryption == QLatin1String("recipients"))
                    encryption = tr("recipient's key");
                html += QStringLiteral("<tr><td>%1</td><td>%2</td><td><code>%3</code></td></tr>\n")
                            .arg(esc(date(e.at)), esc(encryption), esc(e.sha256));
            }
            html += QStringLiteral("</table>\n");
        }
        html += QStringLiteral("</section>\n");
    }

    html += QStringLiteral("<footer>%1</footer>\n</body>\n</html>\n")
                .arg(esc(tr("Each exported package can be verified with its SHA-256 checksum and "
                            "the signatures it carries.")));

    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error::internal(tr("cannot write %1: %2").arg(path, out.errorString()));
    out.write(html.toUtf8());
    if (!out.commit())
        return Error::internal(tr("cannot write %1: %2").arg(path, out.errorString()));
    return int(releases->size());
}

} // namespace steward
