#pragma once

#include "core/common/Result.h"
#include "core/mask/MaskRule.h"
#include "core/mask/RecordSuppression.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace steward {

// What applying a template to a dataset's columns gives, and what it could not match: the steward
// must see what next month's extract changed before releasing it.
struct MaskTemplateApplication {
    // The template's rules of the fields that are columns of the dataset, in column order.
    QList<std::pair<QString, MaskRule>> rules;
    // Fields the template has a rule for that are not columns of the dataset (template order).
    QStringList missing;
    // Columns of the dataset the template has no rule for (column order): new fields, which
    // keep their current rule or none (kept) until the steward decides.
    QStringList uncovered;
    // The template's record suppression restricted to the quasi-identifiers that are columns;
    // nullopt when the template has none or none of its quasi-identifiers is a column.
    std::optional<RecordSuppression> suppression;
    // Quasi-identifiers of the template's record suppression that are not columns.
    QStringList suppressionMissing;
};

// A named masking rule set: the rules of a dataset by field name (MaskRule's JSON form) and its
// record suppression, saved to reapply to next month's extract (MaskTemplateStore keeps them in
// the project; a file carries one to another project). File format (UTF-8 JSON):
//   {"format": "steward-mask-template", "version": 1, "name": "...", "source_dataset": "...",
//    "saved_at": "...", "saved_by": "...", "description": "...",
//    "rules": [{"field": "年龄", "operator": "bands", "params": {"width": 5}}, ...],
//    "record_suppression": {"k": 5, "quasi": [...], "max_fraction": 0.01}}
// Rules are a list so that their order (the source's column order) survives.
class MaskTemplate final {
    Q_DECLARE_TR_FUNCTIONS(steward::MaskTemplate)

public:
    static constexpr const char *kFormat = "steward-mask-template";
    static constexpr int kVersion = 1;

    QString name;
    QString description;
    QString sourceDataset;
    QString savedAt; // ISO 8601 UTC
    QString savedBy; // OS user
    QList<std::pair<QString, MaskRule>> rules; // one per field
    std::optional<RecordSuppression> suppression;

    QByteArray toJson() const;
    // `fileName` is only used in error messages (the Error's file; line/column for malformed
    // JSON). Errors are BadInput and say which entry is wrong (rule number and field), never a
    // cell value.
    static Result<MaskTemplate> fromJson(const QByteArray &json, const QString &fileName);

    // Written whole with QSaveFile.
    Status saveFile(const QString &path) const;
    static Result<MaskTemplate> loadFile(const QString &path);

    const MaskRule *rule(const QString &field) const; // nullptr when the template has none

    // Matches the template to a dataset's columns (pure: nothing is written). Recode tables and
    // hierarchy files are checked to exist; relative paths are taken against `baseDirectory`
    // (e.g. the template file's folder) and, when it is given, returned absolute. A file that
    // does not exist is BadInput naming the field and the file. A shift whose subject field is not a
    // column is BadInput too. Fields only one side has are reported, not errors.
    Result<MaskTemplateApplication> apply(const QStringList &columns,
                                          const QString &baseDirectory = {}) const;
};

} // namespace steward
