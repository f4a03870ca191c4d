#pragma once

// A project for the release GUI tests (header-only: every test_*.cpp is its own executable):
// the synthetic `sample` extract imported as "inpatients" and classified.

#include "core/classify/ClassificationService.h"
#include "core/import/Importer.h"
#include "core/sample/SampleGenerator.h"
#include "core/store/ProjectStore.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace steward::uitest {

inline std::unique_ptr<ProjectStore> createReleaseProject(const QTemporaryDir &dir,
                                                          qint64 rows = 400)
{
    const QString csv = dir.filePath(QStringLiteral("inpatients.csv"));
    SampleOptions sample;
    sample.rows = rows;
    sample.seed = 7;
    if (!writeSample(csv, sample))
        return nullptr;
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.steward")),
                                      QStringLiteral("City Hospital"));
    if (!store)
        return nullptr;
    ImportOptions options;
    options.datasetName = QStringLiteral("inpatients");
    if (!importFile(**store, csv, options))
        return nullptr;
    if (!ClassificationService(**store).analyzeNow(QStringLiteral("inpatients")))
        return nullptr;
    return std::move(*store);
}

} // namespace steward::uitest
