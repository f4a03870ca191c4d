#pragma once

#include "app/cli/Command.h"

#include "core/common/Result.h"
#include "core/release/Release.h"
#include "core/release/ReleaseMeasurement.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace steward {
class ProjectStore;
}

namespace steward::cli {

class CliContext;

// What the release, dsa and dpia commands share: measuring a release's datasets (progress on a
// terminal, Ctrl+C cancels, the passphrase only when a rule needs the project secret),
// KEY=VALUE parsing and the readable form of a release.
class ReleaseCli final {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::ReleaseCli)

public:
    static Result<QList<DatasetMeasurement>> measure(CliContext &cli, ProjectStore &store,
                                                     const Release &release,
                                                     const po::variables_map &vm);
    // "KEY=VALUE" split at the first "="; a usage error naming `what` (an option or argument)
    // when there is none or the key is empty. The value is never quoted back (it may be personal).
    static Result<QList<std::pair<QString, QString>>> assignments(const QStringList &texts,
                                                                  const QString &what);
    // The release's settings, one per line, for people.
    static void printRelease(CliContext &cli, const Release &release);
    static QString languageLabel(const QString &language);
    // "draft" and the review states, for people (JSON keeps the machine name).
    static QString stateLabel(const QString &state);
    // A policy value for people: yes/no for the true/false ones.
    static QString policyValue(const ReleasePolicy &policy, const QString &key);
};

} // namespace steward::cli
