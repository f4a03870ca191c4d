#pragma once

#include "core/classify/Taxonomy.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace steward {

// One field's confirmed classification in a template.
struct TemplateField {
    QString name;
    QString type; // may be empty: then the type is not compared
    FieldRole role = FieldRole::Other;
    DataCategory category = DataCategory::MedicalApplication;
    int grade = 0;
    QString reason;
    // The suggestion the decision was made against; without it only name (and type) are compared.
    bool hasBasis = false;
    FieldRole basisRole = FieldRole::Other;
    DataCategory basisCategory = DataCategory::MedicalApplication;
    int basisGrade = 0;
};

// A saved classification: the confirmed decisions of a dataset, to apply to next month's extract
// (fields matched by name). Kept as a JSON file and/or inside the project
// (ClassificationService::saveTemplate()). File format (UTF-8 JSON):
//   {"format": "steward-classification-template", "version": 1, "name": "...",
//    "source_dataset": "...", "saved_at": "...", "saved_by": "...",
//    "fields": [{"name", "type", "role", "category", "grade", "reason",
//                "suggested": {"role", "category", "grade"}}]}
class ClassificationTemplate final {
    Q_DECLARE_TR_FUNCTIONS(steward::ClassificationTemplate)
public:
    QString name;
    QString sourceDataset;
    QString savedAt;
    QString savedBy;
    QList<TemplateField> fields;

    QByteArray toJson() const;
    // fileName is only used in error messages (BadInput with line/column for malformed JSON).
    static Result<ClassificationTemplate> fromJson(const QByteArray &json, const QString &fileName);

    // Written whole with QSaveFile.
    Status saveFile(const QString &path) const;
    static Result<ClassificationTemplate> loadFile(const QString &path);

    const TemplateField *field(const QString &name) const;
};

} // namespace steward
