#pragma once

#include "app/cli/Command.h"

#include "core/classify/ClassificationService.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace steward::cli {

class CliContext;

// What the profile, classify and dictionary commands share: the --rules option, running the
// analysis with progress and Ctrl+C, and the JSON and text forms of a classification.
class ClassificationCli final {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::ClassificationCli)

public:
    // A repeatable string option (`--set A --set B`).
    static const po::value_semantic *repeatable(const char *placeholder);
    static QStringList texts(const po::variables_map &vm, const char *key);

    // --rules FILE (repeatable): user/project rule files merged over the built-in rules.
    static void addRulesOption(po::options_description &options);
    static Result<std::shared_ptr<const DetectorSet>> detectors(const po::variables_map &vm);

    using Analysis = ClassificationService::Analysis;
    // Runs the analysis on the service's project; "fields X of Y" on stderr when it is a
    // terminal; SIGINT/SIGTERM cancel (Error::cancelled, exit 130). *ran says whether anything
    // was profiled or classified.
    static Result<DatasetClassification> analyze(CliContext &cli, ClassificationService &service,
                                                 const QString &dataset, Analysis mode,
                                                 bool *ran = nullptr);
    // The same, then `work` with the classification, as one transaction of the service: when
    // either fails, the command changes nothing.
    static Status analyzeThen(CliContext &cli, ClassificationService &service,
                              const QString &dataset, Analysis mode,
                              const std::function<Status(const DatasetClassification &)> &work,
                              bool *ran = nullptr);

    // One field of `classify --json`.
    static QJsonObject fieldJson(const FieldClassification &field);
    // The dataset-level keys of `classify --json`: dataset, version, dataset_grade,
    // suggested_grade, confirmed, needs_decision.
    static QJsonObject summaryJson(const DatasetClassification &classification);
    // The readable classification table.
    static void printClassification(CliContext &cli, const DatasetClassification &classification);
    // "3 of 12" in the user's locale.
    static QString gradeText(int grade);
};

} // namespace steward::cli
