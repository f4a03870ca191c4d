#include "core/classify/DataDictionary.h"

#include "core/common/CsvText.h"
#include "core/common/WholeFile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace steward {

namespace {

const QStringList &columns()
{
    static const QStringList keys = {
        QStringLiteral("field"),      QStringLiteral("type"),     QStringLiteral("role"),
        QStringLiteral("category"),   QStringLiteral("grade"),    QStringLiteral("confidence"),
        QStringLiteral("evidence"),   QStringLiteral("decision"), QStringLiteral("reason"),
        QStringLiteral("decided_by"), QStringLiteral("decided_at"), QStringLiteral("needs_decision"),
    };
    return keys;
}

// The entry of one field; role, category and grade are empty when nothing is known yet.
QJsonObject entry(const FieldClassification &f)
{
    const bool known = f.decision.confirmed || f.hasSuggestion;
    QJsonObject o{
        {QStringLiteral("field"), f.name},
        {QStringLiteral("type"), f.type},
        {QStringLiteral("role"), known ? QJsonValue(fieldRoleName(f.effectiveRole())) : QJsonValue()},
        {QStringLiteral("category"),
         known ? QJsonValue(dataCategoryName(f.effectiveCategory())) : QJsonValue()},
        {QStringLiteral("grade"), known ? QJsonValue(f.effectiveGrade()) : QJsonValue()},
        {QStringLiteral("confidence"),
         f.hasSuggestion ? QJsonValue(f.suggestion.confidence) : QJsonValue()},
        {QStringLiteral("evidence"), f.hasSuggestion ? f.suggestion.evidence : QString()},
        {QStringLiteral("decision"), decisionStatusName(f.status())},
        {QStringLiteral("reason"), f.decision.confirmed ? f.decision.reason : QString()},
        {QStringLiteral("decided_by"), f.decision.confirmed ? f.decision.decidedBy : QString()},
        {QStringLiteral("decided_at"), f.decision.confirmed ? f.decision.decidedAt : QString()},
        {QStringLiteral("needs_decision"), f.needsDecision()},
    };
    return o;
}

// One CSV field of a JSON value (see CsvText::field).
QByteArray csvField(const QJsonValue &value)
{
    QString text;
    if (value.isBool())
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (value.isDouble())
        text = QString::number(value.toDouble(), 'g', 15);
    else
        text = value.toString();
    return CsvText::field(text, value.isDouble());
}

} // namespace

std::optional<DataDictionary::Format> DataDictionary::formatFromName(QStringView name)
{
    if (name.compare(u"csv", Qt::CaseInsensitive) == 0)
        return Format::Csv;
    if (name.compare(u"json", Qt::CaseInsensitive) == 0)
        return Format::Json;
    return std::nullopt;
}

QString DataDictionary::formatName(Format format)
{
    return format == Format::Csv ? QStringLiteral("csv") : QStringLiteral("json");
}

QByteArray DataDictionary::toCsv(const DatasetClassification &classification)
{
    QByteArray out = CsvText::byteOrderMark();
    out += columns().join(QLatin1Char(',')).toUtf8();
    out += "\r\n";
    for (const FieldClassification &f : classification.fields) {
        const QJsonObject o = entry(f);
        bool first = true;
        for (const QString &key : columns()) {
            if (!first)
                out += ',';
            first = false;
            out += csvField(o.value(key));
        }
        out += "\r\n";
    }
    return out;
}

QByteArray DataDictionary::toJson(const DatasetClassification &classification)
{
    QJsonArray fields;
    for (const FieldClassification &f : classification.fields)
        fields.append(entry(f));
    const DatasetGrade grade = classification.grade();
    QJsonObject root{
        {QStringLiteral("dataset"), classification.dataset.name},
        {QStringLiteral("version"), classification.dataset.version},
        {QStringLiteral("rows"), classification.dataset.rowCount},
        {QStringLiteral("grade"), grade.grade > 0 ? QJsonValue(grade.grade) : QJsonValue()},
        {QStringLiteral("needs_decision"), QJsonArray::fromStringList(grade.needsDecision)},
        {QStringLiteral("fields"), fields},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status DataDictionary::write(const DatasetClassification &classification, const QString &path,
                             Format format)
{
    const QByteArray bytes = format == Format::Csv ? toCsv(classification) : toJson(classification);
    return WholeFile::write(path, bytes);
}

} // namespace steward
