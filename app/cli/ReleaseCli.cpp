#include "app/cli/ReleaseCli.h"

#include "app/cli/CliContext.h"
#include "app/cli/PassphraseInput.h"
#include "app/cli/ProgressPrinter.h"
#include "app/cli/SignalCancellation.h"

#include "core/release/SharingMode.h"
#include "core/store/ProjectStore.h"

namespace steward::cli {

Result<QList<DatasetMeasurement>> ReleaseCli::measure(CliContext &cli, ProjectStore &store,
                                                      const Release &release,
                                                      const po::variables_map &vm)
{
    ProgressPrinter progress(cli.locale());
    SignalCancellation interrupts;
    auto measured = ReleaseMeasurement::run(
        store, release, std::nullopt, [&vm] { return PassphraseInput::read(vm); },
        progress.callback(), interrupts.token());
    progress.finish();
    return measured;
}

Result<QList<std::pair<QString, QString>>> ReleaseCli::assignments(const QStringList &texts,
                                                                   const QString &what)
{
    QList<std::pair<QString, QString>> list;
    for (const QString &text : texts) {
        const qsizetype equals = text.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return Error::usage(tr("%1 takes KEY=VALUE (a key, \"=\" and the value)").arg(what));
        list.append({text.left(equals).trimmed(), text.mid(equals + 1)});
    }
    return list;
}

QString ReleaseCli::languageLabel(const QString &language)
{
    if (language == QLatin1String("en"))
        return tr("English");
    if (language == QLatin1String("zh_CN"))
        return tr("Simplified Chinese");
    return language;
}

QString ReleaseCli::stateLabel(const QString &state)
{
    if (state == QLatin1String("draft"))
        return tr("draft");
    if (state == QLatin1String("submitted"))
        return tr("submitted for review");
    if (state == QLatin1String("approved"))
        return tr("approved");
    return state;
}

QString ReleaseCli::policyValue(const ReleasePolicy &policy, const QString &key)
{
    const QString value = policy.valueText(key);
    if (value == QLatin1String("true"))
        return tr("yes");
    if (value == QLatin1String("false"))
        return tr("no");
    return value;
}

void ReleaseCli::printRelease(CliContext &cli, const Release &release)
{
    const QLocale locale = cli.locale();
    const QString none = tr("(not set)");
    auto orNone = [&none](const QString &text) { return text.isEmpty() ? none : text; };
    auto dateText = [&](const QDate &date) {
        return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : none;
    };
    cli.line(tr("Release %1 (%2)").arg(release.name, stateLabel(release.state)));
    cli.line(tr("Datasets: %1").arg(release.datasets.join(QStringLiteral(", "))));
    cli.line(tr("Sharing mode: %1").arg(SharingModes::label(release.mode)));
    cli.line(tr("Provider: %1").arg(orNone(release.providerOrganisation)));
    cli.line(tr("Recipient: %1").arg(orNone(release.recipientOrganisation)));
    cli.line(tr("Contact: %1").arg(orNone(release.recipientContact)));
    cli.line(tr("Named users: %1").arg(orNone(release.users.join(QStringLiteral(", ")))));
    cli.line(tr("Purpose: %1").arg(orNone(release.purpose)));
    QString basis = release.legalBasis ? SharingModes::label(*release.legalBasis) : none;
    if (!release.legalBasisText.isEmpty())
        basis = tr("%1 (%2)").arg(basis, release.legalBasisText);
    cli.line(tr("Legal basis: %1").arg(basis));
    cli.line(tr("Retention: %1")
                 .arg(release.retentionMonths > 0
                          ? tr("%Ln month(s)", nullptr, release.retentionMonths)
                          : none));
    if (release.startDate.isValid() || release.endDate.isValid())
        cli.line(tr("Period: %1 to %2").arg(dateText(release.startDate), dateText(release.endDate)));
    else
        cli.line(tr("Period: %1").arg(none));
    cli.line(tr("Document language: %1").arg(languageLabel(release.language)));
    cli.line(tr("Consent purpose: %1").arg(orNone(release.consentPurpose)));
    cli.line(tr("Policy:"));
    for (const QString &key : ReleasePolicy::keys())
        cli.line(tr("  %1: %2").arg(ReleasePolicy::keyLabel(key), policyValue(release.policy, key)));
    if (release.exports.isEmpty()) {
        cli.line(tr("Exports: none"));
    } else {
        cli.line(tr("Exports:"));
        for (const ReleaseExport &e : release.exports)
            cli.line(tr("  %1  %2  %3")
                         .arg(locale.toString(e.at.toLocalTime(), QLocale::ShortFormat), e.sha256, e.file));
    }
}

} // namespace steward::cli
