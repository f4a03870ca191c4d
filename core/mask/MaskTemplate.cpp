#include "core/mask/MaskTemplate.h"

#include "core/common/JsonText.h"
#include "core/common/WholeFile.h"
#include "core/mask/RecodeTable.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace steward {

namespace {

// The file a rule reads (recode table or hierarchy), empty when it reads none.
QString fileOf(const MaskRule &rule)
{
    if (rule.op() == MaskOperator::Recode) {
        const QString table = rule.param(u"table");
        if (table.startsWith(QLatin1String(RecodeTable::kBuiltinPrefix)))
            return {};
        return table;
    }
    if (rule.op() == MaskOperator::Hierarchy)
        return rule.param(u"file");
    return {};
}

} // namespace

QByteArray MaskTemplate::toJson() const
{
    QJsonArray list;
    for (const auto &[field, rule] : rules) {
        QJsonObject o = rule.toJson();
        o.insert(QStringLiteral("field"), field);
        list.append(o);
    }
    QJsonObject root{{QStringLiteral("format"), QLatin1String(kFormat)},
                     {QStringLiteral("version"), kVersion},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("rules"), list}};
    if (!description.isEmpty())
        root.insert(QStringLiteral("description"), description);
    if (!sourceDataset.isEmpty())
        root.insert(QStringLiteral("source_dataset"), sourceDataset);
    if (!savedAt.isEmpty())
        root.insert(QStringLiteral("saved_at"), savedAt);
    if (!savedBy.isEmpty())
        root.insert(QStringLiteral("saved_by"), savedBy);
    if (suppression)
        root.insert(QStringLiteral("record_suppression"), suppression->toJson());
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<MaskTemplate> MaskTemplate::fromJson(const QByteArray &json, const QString &fileName)
{
    auto parsed = JsonText::parseObject(json, fileName);
    if (!parsed)
        return parsed.error();
    const QJsonObject &root = *parsed;
    if (root.value(QLatin1String("format")).toString() != QLatin1String(kFormat))
        return Error::badInput(tr("not a Steward masking template (\"format\" must be \"%1\")")
                                   .arg(QLatin1String(kFormat)),
                               fileName);
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isDouble() || version.toInt() < 1)
        return Error::badInput(tr("\"version\" must be a whole number of at least 1"), fileName);
    if (version.toInt() > kVersion)
        return Error::badInput(
            tr("the template was written by a newer Steward (template version %1)")
                .arg(version.toInt()),
            fileName);
    for (const char *key : {"name", "description", "source_dataset", "saved_at", "saved_by"}) {
        const QJsonValue v = root.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isString())
            return Error::badInput(tr("\"%1\" must be text").arg(QLatin1String(key)), fileName);
    }
    MaskTemplate t;
    t.name = root.value(QLatin1String("name")).toString().trimmed();
    t.description = root.value(QLatin1String("description")).toString();
    t.sourceDataset = root.value(QLatin1String("source_dataset")).toString();
    t.savedAt = root.value(QLatin1String("saved_at")).toString();
    t.savedBy = root.value(QLatin1String("saved_by")).toString();

    if (!root.value(QLatin1String("rules")).isArray())
        return Error::badInput(tr("\"rules\" must be a list"), fileName);
    QSet<QString> seen;
    int number = 0;
    for (const QJsonValue v : root.value(QLatin1String("rules")).toArray()) {
        ++number;
        if (!v.isObject())
            return Error::badInput(tr("rule %1: must be an object with \"field\", \"operator\" "
                                      "and \"params\"")
                                       .arg(number),
                                   fileName);
        const QJsonObject o = v.toObject();
        const QString field = o.value(QLatin1String("field")).toString();
        if (field.isEmpty())
            return Error::badInput(tr("rule %1: needs a \"field\" (the field name)").arg(number),
                                   fileName);
        if (seen.contains(field))
            return Error::badInput(
                tr("rule %1: field %2 has a rule already").arg(number).arg(field), fileName);
        seen.insert(field);
        if (!o.value(QLatin1String("operator")).isString())
            return Error::badInput(
                tr("rule %1 (field %2): needs an \"operator\"").arg(number).arg(field), fileName);
        const QJsonValue params = o.value(QLatin1String("params"));
        if (!params.isUndefined() && !params.isObject())
            return Error::badInput(
                tr("rule %1 (field %2): \"params\" must be an object").arg(number).arg(field),
                fileName);
        auto rule = MaskRule::fromJson(o);
        if (!rule)
            return Error::badInput(tr("rule %1 (field %2): %3")
                                       .arg(number)
                                       .arg(field, rule.error().message),
                                   fileName);
        t.rules.append({field, *rule});
    }

    const QJsonValue suppression = root.value(QLatin1String("record_suppression"));
    if (!suppression.isUndefined() && !suppression.isNull()) {
        std::optional<RecordSuppression> s;
        if (suppression.isObject())
            s = RecordSuppression::fromJson(suppression.toObject());
        if (!s)
            return Error::badInput(tr("\"record_suppression\" needs \"k\" (a whole number of at "
                                      "least 2), \"quasi\" (a non-empty list of field names) "
                                      "and optionally \"max_fraction\" (0 to 1)"),
                                   fileName);
        t.suppression = std::move(*s);
    }
    return t;
}

Status MaskTemplate::saveFile(const QString &path) const
{
    return WholeFile::write(path, toJson());
}

Result<MaskTemplate> MaskTemplate::loadFile(const QString &path)
{
    auto bytes = WholeFile::read(path);
    if (!bytes)
        return bytes.error();
    return fromJson(*bytes, path);
}

const MaskRule *MaskTemplate::rule(const QString &field) const
{
    for (const auto &r : rules) {
        if (r.first == field)
            return &r.second;
    }
    return nullptr;
}

Result<MaskTemplateApplication> MaskTemplate::apply(const QStringList &columns,
                                                    const QString &baseDirectory) const
{
    const QSet<QString> columnSet(columns.begin(), columns.end());
    QHash<QString, const MaskRule *> byField;
    for (const auto &[field, rule] : rules)
        byField.insert(field, &rule);

    MaskTemplateApplication result;
    for (const QString &column : columns) {
        const MaskRule *rule = byField.value(column);
        if (!rule) {
            result.uncovered.append(column);
            continue;
        }
        // What would make the rules fail to compile later is said now, with the field: the
        // steward fixes the template (or restores the file) before anything is written.
        MaskRule resolved = *rule;
        if (const QString file = fileOf(*rule); !file.isEmpty()) {
            const bool relative = QFileInfo(file).isRelative() && !baseDirectory.isEmpty();
            const QString path = relative ? QFileInfo(QDir(baseDirectory).filePath(file)).absoluteFilePath()
                                          : file;
            if (!QFileInfo(path).isFile())
                return Error::badInput(
                    tr("template %1: the rule of field %2 reads %3, which does not exist (any "
                       "more)")
                        .arg(name, column, QDir::toNativeSeparators(path)));
            // Stored rules must not depend on where the next command runs: the file is stored
            // with its absolute path, as `rules --set` does.
            if (relative) {
                QList<std::pair<QString, QString>> params = rule->params();
                for (auto &[key, value] : params) {
                    if (value == file
                        && (key == QLatin1String("table") || key == QLatin1String("file")))
                        value = path;
                }
                if (auto made = MaskRule::create(rule->op(), params))
                    resolved = *made;
            }
        }
        if (rule->op() == MaskOperator::Shift) {
            const QString subject = rule->param(u"subject");
            if (!columnSet.contains(subject))
                return Error::badInput(tr("template %1: the rule of field %2 shifts dates per "
                                          "%3, which is not a field of the dataset")
                                           .arg(name, column, subject));
        }
        result.rules.append({column, resolved});
    }
    for (const auto &r : rules) {
        if (!columnSet.contains(r.first))
            result.missing.append(r.first);
    }
    // Equivalence classes over the quasi-identifiers that are still there are exactly the
    // classes of the released data (a vanished field is not released), so the suppression stays
    // right with the fields that remain.
    if (suppression) {
        RecordSuppression s = *suppression;
        s.quasi.clear();
        for (const QString &f : suppression->quasi) {
            if (columnSet.contains(f))
                s.quasi.append(f);
            else
                result.suppressionMissing.append(f);
        }
        // A sensitive field the extract no longer has is not released: nothing to check.
        s.models.removeIf([&columnSet](const SuppressionModel &m) {
            return !columnSet.contains(m.field);
        });
        if (!s.quasi.isEmpty())
            result.suppression = std::move(s);
    }
    return result;
}

} // namespace steward
