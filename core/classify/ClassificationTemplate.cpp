#include "core/classify/ClassificationTemplate.h"

#include "core/common/JsonText.h"
#include "core/common/WholeFile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace steward {

namespace {

constexpr const char *kFormat = "steward-classification-template";
constexpr int kVersion = 1;

QJsonObject classification(FieldRole role, DataCategory category, int grade)
{
    return {{QStringLiteral("role"), fieldRoleName(role)},
            {QStringLiteral("category"), dataCategoryName(category)},
            {QStringLiteral("grade"), grade}};
}

// Reads role/category/grade of an object; the error names the field.
bool readClassification(const QJsonObject &o, const QString &field, FieldRole *role,
                        DataCategory *category, int *grade, QString *error)
{
    const auto r = fieldRoleFromName(o.value(QLatin1String("role")).toString());
    const auto c = dataCategoryFromName(o.value(QLatin1String("category")).toString());
    const int g = o.value(QLatin1String("grade")).toInt(0);
    if (!r) {
        *error = ClassificationTemplate::tr("field %1: \"role\" must be one of direct, quasi, sensitive, other").arg(field);
        return false;
    }
    if (!c) {
        *error = ClassificationTemplate::tr("field %1: \"category\" must be one of the six category names").arg(field);
        return false;
    }
    if (g < kMinGrade || g > kMaxGrade) {
        *error = ClassificationTemplate::tr("field %1: \"grade\" must be a number from 1 to 5").arg(field);
        return false;
    }
    *role = *r;
    *category = *c;
    *grade = g;
    return true;
}

} // namespace

QByteArray ClassificationTemplate::toJson() const
{
    QJsonArray list;
    for (const TemplateField &f : fields) {
        QJsonObject o = classification(f.role, f.category, f.grade);
        o.insert(QStringLiteral("name"), f.name);
        if (!f.type.isEmpty())
            o.insert(QStringLiteral("type"), f.type);
        if (!f.reason.isEmpty())
            o.insert(QStringLiteral("reason"), f.reason);
        if (f.hasBasis)
            o.insert(QStringLiteral("suggested"),
                     classification(f.basisRole, f.basisCategory, f.basisGrade));
        list.append(o);
    }
    QJsonObject root{{QStringLiteral("format"), QLatin1String(kFormat)},
                     {QStringLiteral("version"), kVersion},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("fields"), list}};
    if (!sourceDataset.isEmpty())
        root.insert(QStringLiteral("source_dataset"), sourceDataset);
    if (!savedAt.isEmpty())
        root.insert(QStringLiteral("saved_at"), savedAt);
    if (!savedBy.isEmpty())
        root.insert(QStringLiteral("saved_by"), savedBy);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<ClassificationTemplate> ClassificationTemplate::fromJson(const QByteArray &json,
                                                               const QString &fileName)
{
    auto parsed = JsonText::parseObject(json, fileName);
    if (!parsed)
        return parsed.error();
    const QJsonObject &root = *parsed;
    if (root.value(QLatin1String("format")).toString() != QLatin1String(kFormat))
        return Error::badInput(tr("not a Steward classification template"), fileName);
    if (root.value(QLatin1String("version")).toInt() > kVersion)
        return Error::badInput(
            tr("the template was written by a newer Steward (template version %1)")
                .arg(root.value(QLatin1String("version")).toInt()),
            fileName);
    ClassificationTemplate t;
    t.name = root.value(QLatin1String("name")).toString();
    t.sourceDataset = root.value(QLatin1String("source_dataset")).toString();
    t.savedAt = root.value(QLatin1String("saved_at")).toString();
    t.savedBy = root.value(QLatin1String("saved_by")).toString();
    if (!root.value(QLatin1String("fields")).isArray())
        return Error::badInput(tr("\"fields\" must be a list"), fileName);
    for (const QJsonValue v : root.value(QLatin1String("fields")).toArray()) {
        const QJsonObject o = v.toObject();
        TemplateField f;
        f.name = o.value(QLatin1String("name")).toString();
        if (f.name.isEmpty())
            return Error::badInput(tr("every field needs a \"name\""), fileName);
        if (t.field(f.name))
            return Error::badInput(tr("field %1 is listed twice").arg(f.name), fileName);
        f.type = o.value(QLatin1String("type")).toString();
        f.reason = o.value(QLatin1String("reason")).toString();
        QString error;
        if (!readClassification(o, f.name, &f.role, &f.category, &f.grade, &error))
            return Error::badInput(error, fileName);
        if (o.value(QLatin1String("suggested")).isObject()) {
            f.hasBasis = true;
            if (!readClassification(o.value(QLatin1String("suggested")).toObject(), f.name,
                                    &f.basisRole, &f.basisCategory, &f.basisGrade, &error))
                return Error::badInput(error, fileName);
        }
        t.fields.append(std::move(f));
    }
    return t;
}

Status ClassificationTemplate::saveFile(const QString &path) const
{
    return WholeFile::write(path, toJson());
}

Result<ClassificationTemplate> ClassificationTemplate::loadFile(const QString &path)
{
    auto bytes = WholeFile::read(path);
    if (!bytes)
        return bytes.error();
    return fromJson(*bytes, path);
}

const TemplateField *ClassificationTemplate::field(const QString &fieldName) const
{
    for (const TemplateField &f : fields) {
        if (f.name == fieldName)
            return &f;
    }
    return nullptr;
}

} // namespace steward
