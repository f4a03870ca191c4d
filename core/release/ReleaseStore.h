#pragma once

#include "core/common/Result.h"
#include "core/release/Release.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace steward {

class ProjectStore;

// A dataset of a release as stored: by id, so that a rename follows, with the name it had when
// last written, which is what a deleted dataset is still called.
struct ReleaseDatasetRef {
    qint64 id = 0;
    QString name;
    bool exists = false; // the dataset is still in the project
};

// The SQL of releases (schema v5: releases, release_datasets, release_exports), for
// ReleaseService only. Writes run inside the service's transaction; they write no audit entry.
class ReleaseStore final {
    Q_DECLARE_TR_FUNCTIONS(steward::ReleaseStore)
public:
    explicit ReleaseStore(ProjectStore &store) : m_store(store) {}

    Result<QStringList> names(); // by name
    // The release with its datasets (current names; a deleted one keeps its stored name) and its
    // exports (newest first); nullopt when there is none of that name.
    Result<std::optional<Release>> load(const QString &name);
    Result<QList<ReleaseDatasetRef>> datasetRefs(qint64 releaseId);
    // The dataset of that name in the project now; nullopt when there is none.
    Result<std::optional<ReleaseDatasetRef>> findDataset(const QString &name);
    // Another release than `exceptId` has this name.
    Result<bool> nameTaken(const QString &name, qint64 exceptId);

    // Inserts the release (its id is returned) or, with release.id set, replaces its row and its
    // dataset list.
    Result<qint64> save(const Release &release, const QList<ReleaseDatasetRef> &datasets);
    Status remove(qint64 releaseId);
    Result<qint64> exportCount(qint64 releaseId);

private:
    ProjectStore &m_store;
};

} // namespace steward
