#pragma once

#include "core/common/Result.h"
#include "core/hierarchy/HierarchySpec.h"
#include "core/store/DatasetInfo.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <string>
#include <utility>
#include <vector>

namespace steward {

class Hierarchy;
class ProjectStore;

// A field's hierarchy measured on the data: its rows (value;level1;…;*) for the field's distinct
// values and how many records each generalised value covers. What `hierarchy` shows and writes.
struct FieldHierarchyTable {
    HierarchySpec spec;
    // Where the spec came from: "stored", "suggested", "builder" or "file".
    QString source;
    QStringList levelNames;                    // per level 0 … height (translated)
    std::vector<std::vector<std::string>> rows; // one per distinct value, by value
    std::vector<quint64> rowRecords;            // records of each row's value
    // Per level: (label, records), by label.
    std::vector<std::vector<std::pair<std::string, quint64>>> levels;
    quint64 records = 0;
    quint64 unreadable = 0; // distinct values the builder could not read (sent to "*")
};

// Reads and checks hierarchies against a stored dataset: read-only, one pass over the field.
// Errors never contain values: they name the field and how many values are concerned.
class FieldHierarchy final {
    Q_DECLARE_TR_FUNCTIONS(steward::FieldHierarchy)
public:
    // The field's stored hierarchy, else (or with `suggestedOnly`) the one HierarchySuggester
    // proposes from the field's profile.
    static Result<std::pair<HierarchySpec, QString>> effective(ProjectStore &store,
                                                               const DatasetInfo &dataset,
                                                               const QString &field,
                                                               bool suggestedOnly = false);
    // The hierarchy measured on the field's values (missing-value markers count as the empty
    // value, as in the risk measurement). BadInput when a Table spec lacks values of the data.
    static Result<FieldHierarchyTable> measure(ProjectStore &store, const DatasetInfo &dataset,
                                               const QString &field, const HierarchySpec &spec,
                                               const QString &source);
    // A hierarchy file (value;level1;…;*) as a Table spec, checked to cover every value of the
    // field. BadInput located in the file for a malformed one; BadInput naming how many values
    // are missing otherwise.
    static Result<HierarchySpec> import(ProjectStore &store, const DatasetInfo &dataset,
                                        const QString &field, const QString &path);
    // Masking leaves a missing cell empty whatever the rule (MaskWorker), so in the search and in
    // what `hierarchy` shows the empty value stays empty at every level, the top included.
    static void keepMissingEmpty(std::vector<std::vector<std::string>> &rows);
    // The rows of a validated hierarchy, one per level-0 value.
    static std::vector<std::vector<std::string>> rows(const Hierarchy &hierarchy);
};

} // namespace steward
