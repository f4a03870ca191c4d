#include "core/documents/DocumentFacts.h"

#include "core/classify/Taxonomy.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace steward {

namespace {

// ---- JSON -------------------------------------------------------------------------------------

QJsonObject riskToJson(const FactRisk &risk)
{
    QJsonObject l;
    for (auto it = risk.lDiversity.cbegin(); it != risk.lDiversity.cend(); ++it)
        l.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("k"), risk.k},
        {QStringLiteral("records"), double(risk.records)},
        {QStringLiteral("classes"), double(risk.classes)},
        {QStringLiteral("min_class"), double(risk.minClass)},
        {QStringLiteral("records_below_k"), double(risk.recordsBelowK)},
        {QStringLiteral("prosecutor_max"), risk.prosecutorMax},
        {QStringLiteral("prosecutor_avg"), risk.prosecutorAvg},
        {QStringLiteral("sample_uniques"), risk.sampleUniques},
        {QStringLiteral("suppressed_records"), double(risk.suppressedRecords)},
        {QStringLiteral("l_diversity"), l},
    };
}

QJsonArray stringsToJson(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

// Reads the stored facts strictly: a missing or mistyped member is a damaged record, reported
// by name (the facts hold no personal data, but the message quotes only member names anyway).
class Reader {
public:
    explicit Reader(QString where) : m_where(std::move(where)) {}

    bool failed() const { return !m_error.isEmpty(); }
    Error error() const { return Error::badInput(DocumentFacts::tr("stored document facts are damaged: %1").arg(m_error)); }

    QJsonValue member(const QJsonObject &object, const QString &name, QJsonValue::Type type)
    {
        const QJsonValue value = object.value(name);
        if (value.type() != type && !failed())
            m_error = DocumentFacts::tr("\"%1\" of %2 is missing or of the wrong type").arg(name, m_where);
        return value;
    }
    qint64 integer(const QJsonObject &object, const QString &name)
    {
        return qint64(member(object, name, QJsonValue::Double).toDouble());
    }
    double real(const QJsonObject &object, const QString &name)
    {
        return member(object, name, QJsonValue::Double).toDouble();
    }
    QString text(const QJsonObject &object, const QString &name)
    {
        return member(object, name, QJsonValue::String).toString();
    }
    bool boolean(const QJsonObject &object, const QString &name)
    {
        return member(object, name, QJsonValue::Bool).toBool();
    }
    QStringList strings(const QJsonObject &object, const QString &name)
    {
        QStringList list;
        for (const QJsonValue &value : member(object, name, QJsonValue::Array).toArray()) {
            if (!value.isString() && !failed())
                m_error = DocumentFacts::tr("\"%1\" of %2 should hold texts").arg(name, m_where);
            list << value.toString();
        }
        return list;
    }
    void setWhere(const QString &where) { m_where = where; }

private:
    QString m_where;
    QString m_error;
};

FactRisk riskFromJson(Reader &reader, const QJsonObject &json)
{
    FactRisk risk;
    risk.k = int(reader.integer(json, QStringLiteral("k")));
    risk.records = reader.integer(json, QStringLiteral("records"));
    risk.classes = reader.integer(json, QStringLiteral("classes"));
    risk.minClass = reader.integer(json, QStringLiteral("min_class"));
    risk.recordsBelowK = reader.integer(json, QStringLiteral("records_below_k"));
    risk.prosecutorMax = reader.real(json, QStringLiteral("prosecutor_max"));
    risk.prosecutorAvg = reader.real(json, QStringLiteral("prosecutor_avg"));
    risk.sampleUniques = reader.real(json, QStringLiteral("sample_uniques"));
    risk.suppressedRecords = reader.integer(json, QStringLiteral("suppressed_records"));
    const QJsonObject l = reader.member(json, QStringLiteral("l_diversity"), QJsonValue::Object).toObject();
    for (auto it = l.begin(); it != l.end(); ++it)
        risk.lDiversity.insert(it.key(), it.value().toInt());
    return risk;
}

// ---- changes ----------------------------------------------------------------------------------

QString numberText(double value)
{
    return QLocale().toString(value, 'g', 3);
}

QString countText(qint64 value)
{
    return value < 0 ? DocumentFacts::tr("unknown") : QLocale().toString(value);
}

QString measureLabel(const QString &measure)
{
    if (measure == QLatin1String("pseudonymisation"))
        return DocumentFacts::tr("pseudonymisation");
    if (measure == QLatin1String("generalisation"))
        return DocumentFacts::tr("generalisation");
    if (measure == QLatin1String("suppression"))
        return DocumentFacts::tr("suppression");
    if (measure == QLatin1String("masking"))
        return DocumentFacts::tr("masking");
    if (measure == QLatin1String("date_shift"))
        return DocumentFacts::tr("date shifting");
    if (measure == QLatin1String("minimisation"))
        return DocumentFacts::tr("minimisation");
    if (measure == QLatin1String("k_anonymity"))
        return DocumentFacts::tr("k-anonymity");
    if (measure == QLatin1String("audit_trail"))
        return DocumentFacts::tr("audit trail");
    if (measure == QLatin1String("encryption"))
        return DocumentFacts::tr("encryption");
    if (measure == QLatin1String("access_control"))
        return DocumentFacts::tr("access control");
    return measure;
}

// Roles and categories are stored by machine name; people read them in the UI language.
QString roleText(const QString &name)
{
    const std::optional<FieldRole> role = fieldRoleFromName(name);
    return role ? Taxonomy::fieldRoleLabel(*role) : name;
}

QString categoryText(const QString &name)
{
    const std::optional<DataCategory> category = dataCategoryFromName(name);
    return category ? Taxonomy::dataCategoryLabel(*category) : name;
}

QString fieldKey(const FactField &field)
{
    return field.dataset + QLatin1Char('.') + field.field;
}

void riskChanges(const QString &dataset, const FactRisk &older, const FactRisk &newer, bool after,
                 QStringList *changes)
{
    if (older == newer)
        return;
    const QString before = after ? QString() : DocumentFacts::tr(" (before measures)");
    const qsizetype count = changes->size();
    if (older.k != newer.k)
        *changes << DocumentFacts::tr("k used for %1: %2 → %3").arg(dataset, QString::number(older.k), QString::number(newer.k));
    if (older.prosecutorMax != newer.prosecutorMax)
        *changes << DocumentFacts::tr("Highest prosecutor risk of %1%2: %3 → %4")
                        .arg(dataset, before, numberText(older.prosecutorMax), numberText(newer.prosecutorMax));
    if (older.minClass != newer.minClass)
        *changes << DocumentFacts::tr("Smallest class of %1%2: %3 → %4")
                        .arg(dataset, before, countText(older.minClass), countText(newer.minClass));
    if (older.recordsBelowK != newer.recordsBelowK)
        *changes << DocumentFacts::tr("Records below k in %1%2: %3 → %4")
                        .arg(dataset, before, countText(older.recordsBelowK), countText(newer.recordsBelowK));
    if (older.suppressedRecords != newer.suppressedRecords)
        *changes << DocumentFacts::tr("Records suppressed in %1%2: %3 → %4")
                        .arg(dataset, before, countText(older.suppressedRecords), countText(newer.suppressedRecords));
    if (older.lDiversity != newer.lDiversity)
        *changes << DocumentFacts::tr("l-diversity of %1%2 changed").arg(dataset, before);
    // Classes, averages and uniques move with the figures above; one sentence says they changed
    // when nothing above did.
    if (changes->size() == count)
        *changes << DocumentFacts::tr("Risk figures of %1%2 changed").arg(dataset, before);
}

} // namespace

QJsonObject DocumentFacts::toJson() const
{
    QJsonArray datasetArray;
    for (const FactDataset &dataset : datasets) {
        QJsonObject object{
            {QStringLiteral("name"), dataset.name},
            {QStringLiteral("version"), dataset.version},
            {QStringLiteral("records"), double(dataset.records)},
            {QStringLiteral("subjects"), double(dataset.subjects)},
            {QStringLiteral("subject_field"), dataset.subjectField},
            {QStringLiteral("grade"), dataset.grade},
            {QStringLiteral("quasi"), stringsToJson(dataset.quasi)},
            {QStringLiteral("sensitive"), stringsToJson(dataset.sensitive)},
            {QStringLiteral("before"), riskToJson(dataset.before)},
            {QStringLiteral("after"), riskToJson(dataset.after)},
        };
        // Only with a register, so that the facts of a release without one stay as they were.
        if (dataset.consent)
            object.insert(QStringLiteral("consent"), dataset.consent->toJson());
        datasetArray.append(object);
    }
    QJsonArray fieldArray;
    for (const FactField &field : fields) {
        fieldArray.append(QJsonObject{
            {QStringLiteral("dataset"), field.dataset},
            {QStringLiteral("field"), field.field},
            {QStringLiteral("type"), field.type},
            {QStringLiteral("role"), field.role},
            {QStringLiteral("category"), field.category},
            {QStringLiteral("grade"), field.grade},
            {QStringLiteral("confirmed"), field.confirmed},
            {QStringLiteral("rule"), field.rule},
            {QStringLiteral("released"), field.released},
            {QStringLiteral("generalised"), field.generalised},
        });
    }
    return QJsonObject{
        {QStringLiteral("datasets"), datasetArray},
        {QStringLiteral("fields"), fieldArray},
        {QStringLiteral("release_grade"), releaseGrade},
        {QStringLiteral("measures"), stringsToJson(measures)},
        {QStringLiteral("reidentification_before"), reidentificationBefore},
        {QStringLiteral("reidentification_after"), reidentificationAfter},
    };
}

Result<DocumentFacts> DocumentFacts::fromJson(const QJsonObject &json)
{
    Reader reader(tr("the facts"));
    DocumentFacts facts;
    const QJsonArray datasetArray = reader.member(json, QStringLiteral("datasets"), QJsonValue::Array).toArray();
    const QJsonArray fieldArray = reader.member(json, QStringLiteral("fields"), QJsonValue::Array).toArray();
    facts.releaseGrade = int(reader.integer(json, QStringLiteral("release_grade")));
    facts.measures = reader.strings(json, QStringLiteral("measures"));
    facts.reidentificationBefore = int(reader.integer(json, QStringLiteral("reidentification_before")));
    facts.reidentificationAfter = int(reader.integer(json, QStringLiteral("reidentification_after")));
    for (qsizetype i = 0; i < datasetArray.size() && !reader.failed(); ++i) {
        reader.setWhere(tr("dataset %1").arg(i + 1));
        if (!datasetArray.at(i).isObject())
            return Error::badInput(tr("stored document facts are damaged: dataset %1 is not an object").arg(i + 1));
        const QJsonObject object = datasetArray.at(i).toObject();
        FactDataset dataset;
        dataset.name = reader.text(object, QStringLiteral("name"));
        dataset.version = int(reader.integer(object, QStringLiteral("version")));
        dataset.records = reader.integer(object, QStringLiteral("records"));
        dataset.subjects = reader.integer(object, QStringLiteral("subjects"));
        dataset.subjectField = reader.text(object, QStringLiteral("subject_field"));
        dataset.grade = int(reader.integer(object, QStringLiteral("grade")));
        dataset.quasi = reader.strings(object, QStringLiteral("quasi"));
        dataset.sensitive = reader.strings(object, QStringLiteral("sensitive"));
        dataset.before = riskFromJson(reader, reader.member(object, QStringLiteral("before"), QJsonValue::Object).toObject());
        dataset.after = riskFromJson(reader, reader.member(object, QStringLiteral("after"), QJsonValue::Object).toObject());
        if (object.contains(QStringLiteral("consent"))) {
            dataset.consent = ConsentExclusion::fromJson(object.value(QStringLiteral("consent")).toObject());
            if (!dataset.consent)
                return Error::badInput(tr("stored document facts are damaged: the consent counts of dataset %1 are not readable").arg(i + 1));
        }
        facts.datasets.append(dataset);
    }
    for (qsizetype i = 0; i < fieldArray.size() && !reader.failed(); ++i) {
        reader.setWhere(tr("field %1").arg(i + 1));
        if (!fieldArray.at(i).isObject())
            return Error::badInput(tr("stored document facts are damaged: field %1 is not an object").arg(i + 1));
        const QJsonObject object = fieldArray.at(i).toObject();
        FactField field;
        field.dataset = reader.text(object, QStringLiteral("dataset"));
        field.field = reader.text(object, QStringLiteral("field"));
        field.type = reader.text(object, QStringLiteral("type"));
        field.role = reader.text(object, QStringLiteral("role"));
        field.category = reader.text(object, QStringLiteral("category"));
        field.grade = int(reader.integer(object, QStringLiteral("grade")));
        field.confirmed = reader.boolean(object, QStringLiteral("confirmed"));
        field.rule = reader.text(object, QStringLiteral("rule"));
        field.released = reader.boolean(object, QStringLiteral("released"));
        field.generalised = reader.boolean(object, QStringLiteral("generalised"));
        facts.fields.append(field);
    }
    if (reader.failed())
        return reader.error();
    return facts;
}

QStringList DocumentFacts::changesSince(const DocumentFacts &older) const
{
    QStringList changes;
    if (older == *this)
        return changes;

    // Datasets, in the order of the newer facts; removed ones after.
    for (const FactDataset &dataset : datasets) {
        const auto old = std::find_if(older.datasets.cbegin(), older.datasets.cend(),
                                      [&](const FactDataset &d) { return d.name == dataset.name; });
        if (old == older.datasets.cend()) {
            changes << tr("Dataset %1 added").arg(dataset.name);
            continue;
        }
        if (old->version != dataset.version)
            changes << tr("%1 is now version %2 (was %3)").arg(dataset.name, QString::number(dataset.version), QString::number(old->version));
        if (old->records != dataset.records)
            changes << tr("Records of %1: %2 → %3").arg(dataset.name, countText(old->records), countText(dataset.records));
        if (old->subjects != dataset.subjects || old->subjectField != dataset.subjectField)
            changes << tr("Persons in %1: %2 → %3").arg(dataset.name, countText(old->subjects), countText(dataset.subjects));
        if (old->grade != dataset.grade)
            changes << tr("Grade of dataset %1: %2 → %3").arg(dataset.name, QString::number(old->grade), QString::number(dataset.grade));
        if (old->quasi != dataset.quasi)
            changes << tr("Quasi-identifiers of %1: %2 → %3")
                           .arg(dataset.name, old->quasi.join(QStringLiteral(", ")), dataset.quasi.join(QStringLiteral(", ")));
        if (old->sensitive != dataset.sensitive)
            changes << tr("Sensitive attributes of %1: %2 → %3")
                           .arg(dataset.name, old->sensitive.join(QStringLiteral(", ")),
                                dataset.sensitive.join(QStringLiteral(", ")));
        if (old->consent != dataset.consent) {
            if (!dataset.consent)
                changes << tr("Consent register of %1 removed").arg(dataset.name);
            else if (!old->consent)
                changes << tr("Consent register of %1 attached: %2 records left out")
                               .arg(dataset.name, countText(dataset.consent->excludedTotal()));
            else
                changes << tr("Records of %1 left out for want of consent: %2 → %3")
                               .arg(dataset.name, countText(old->consent->excludedTotal()),
                                    countText(dataset.consent->excludedTotal()));
        }
        riskChanges(dataset.name, old->after, dataset.after, true, &changes);
        riskChanges(dataset.name, old->before, dataset.before, false, &changes);
    }
    for (const FactDataset &dataset : older.datasets) {
        const bool kept = std::any_of(datasets.cbegin(), datasets.cend(),
                                      [&](const FactDataset &d) { return d.name == dataset.name; });
        if (!kept)
            changes << tr("Dataset %1 removed").arg(dataset.name);
    }

    // Fields of the datasets both facts hold (a whole dataset added or removed said so above).
    QSet<QString> bothDatasets;
    for (const FactDataset &dataset : datasets) {
        if (std::any_of(older.datasets.cbegin(), older.datasets.cend(),
                        [&](const FactDataset &d) { return d.name == dataset.name; }))
            bothDatasets.insert(dataset.name);
    }
    QHash<QString, const FactField *> oldFields;
    for (const FactField &field : older.fields)
        oldFields.insert(fieldKey(field), &field);
    QSet<QString> newKeys;
    for (const FactField &field : fields) {
        const QString key = fieldKey(field);
        newKeys.insert(key);
        if (!bothDatasets.contains(field.dataset))
            continue;
        const FactField *old = oldFields.value(key);
        if (!old) {
            changes << tr("Field %1 added").arg(key);
            continue;
        }
        if (old->rule != field.rule)
            changes << tr("Rule of %1 changed: %2 → %3").arg(key, old->rule, field.rule);
        if (old->role != field.role)
            changes << tr("Role of %1 changed: %2 → %3").arg(key, roleText(old->role), roleText(field.role));
        if (old->category != field.category)
            changes << tr("Category of %1 changed: %2 → %3").arg(key, categoryText(old->category), categoryText(field.category));
        if (old->grade != field.grade)
            changes << tr("Grade of %1 changed: %2 → %3").arg(key, QString::number(old->grade), QString::number(field.grade));
        if (old->type != field.type)
            changes << tr("Type of %1 changed: %2 → %3").arg(key, old->type, field.type);
        if (old->confirmed != field.confirmed)
            changes << (field.confirmed ? tr("Classification of %1 confirmed").arg(key)
                                        : tr("Classification of %1 needs a decision again").arg(key));
    }
    for (const FactField &field : older.fields) {
        const QString key = fieldKey(field);
        if (bothDatasets.contains(field.dataset) && !newKeys.contains(key))
            changes << tr("Field %1 removed").arg(key);
    }

    if (older.releaseGrade != releaseGrade)
        changes << tr("Highest grade released: %1 → %2").arg(older.releaseGrade).arg(releaseGrade);
    for (const QString &measure : measures) {
        if (!older.measures.contains(measure))
            changes << tr("Measure now in place: %1").arg(measureLabel(measure));
    }
    for (const QString &measure : older.measures) {
        if (!measures.contains(measure))
            changes << tr("Measure no longer in place: %1").arg(measureLabel(measure));
    }
    if (older.reidentificationBefore != reidentificationBefore)
        changes << tr("Likelihood of re-identification before measures: %1 → %2")
                       .arg(older.reidentificationBefore)
                       .arg(reidentificationBefore);
    if (older.reidentificationAfter != reidentificationAfter)
        changes << tr("Likelihood of re-identification after measures: %1 → %2")
                       .arg(older.reidentificationAfter)
                       .arg(reidentificationAfter);
    // Field order (a reordered extract) is all that can be left: the annex lists fields in order.
    if (changes.isEmpty())
        changes << tr("The order of the fields changed");
    return changes;
}

} // namespace steward
