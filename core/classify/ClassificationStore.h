#pragma once

#include "core/classify/DatasetAnalysis.h"
#include "core/classify/FieldDecision.h"
#include "core/classify/FieldProfile.h"
#include "core/classify/Suggestion.h"
#include "core/common/Result.h"
#include "core/store/Sqlite.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace steward {

// A stored suggestion with the dataset version and field type it was made for.
struct StoredSuggestion {
    int datasetVersion = 0;
    QString type;
    Suggestion suggestion;
};

// A row of `field_classifications` (schema v2): suggestion and decision of one field, keyed by
// (dataset id, field name).
struct StoredClassification {
    QString field;
    std::optional<StoredSuggestion> suggestion;
    FieldDecision decision;
};

// The classification tables of a project (schema v2): `field_profiles` (profile cache per dataset
// version and column), `field_classifications` and `classification_templates`. Like
// DatasetCatalog it has no transactions of its own: callers group its writes with their audit
// entry. Rows go away with their dataset (triggers); profiles also when the dataset version
// changes (replace).
class ClassificationStore final {
public:
    explicit ClassificationStore(sql::Database &db) : m_db(db) {}

    // Cached profiles of the given version by column position (empty when not cached).
    Result<QHash<int, FieldProfile>> profiles(qint64 datasetId, int datasetVersion);
    Status storeProfiles(qint64 datasetId, int datasetVersion, const QList<FieldProfile> &profiles);

    Result<QHash<QString, StoredClassification>> classifications(qint64 datasetId);
    Status storeSuggestions(qint64 datasetId, int datasetVersion, const QList<FieldProfile> &profiles,
                            const QList<Suggestion> &suggestions);
    // Writes the decision columns of one field (creating the row when needed).
    Status storeDecision(qint64 datasetId, const QString &field, const FieldDecision &decision);

    Result<QStringList> templateNames();
    Result<std::optional<QByteArray>> templateJson(const QString &name);
    Status storeTemplate(const QString &name, const QByteArray &json);
    Status removeTemplate(const QString &name); // no error when absent

private:
    sql::Database &m_db;
};

} // namespace steward
