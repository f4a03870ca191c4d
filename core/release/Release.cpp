#include "core/release/Release.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QLocale>

namespace steward {

namespace {

// Names of a comma-separated list, trimmed, empty items left out.
QStringList commaList(const QString &value)
{
    QStringList items;
    for (const QString &item : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            items.append(trimmed);
    }
    return items;
}

QJsonValue dateJson(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue timeJson(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs))
                        : QJsonValue(QJsonValue::Null);
}

} // namespace

QStringList Release::settingKeys()
{
    return {QStringLiteral("name"),     QStringLiteral("datasets"),
            QStringLiteral("provider"), QStringLiteral("recipient"),
            QStringLiteral("contact"),  QStringLiteral("users"),
            QStringLiteral("purpose"),  QStringLiteral("legal_basis"),
            QStringLiteral("legal_basis_text"), QStringLiteral("mode"),
            QStringLiteral("retention_months"), QStringLiteral("start"),
            QStringLiteral("end"),      QStringLiteral("lang"),
            QStringLiteral("consent_purpose")};
}

Status Release::set(const QString &key, const QString &value)
{
    if (ReleasePolicy::keys().contains(key))
        return policy.setValue(key, value);

    const QString trimmed = value.trimmed();
    if (key == QLatin1String("name")) {
        if (trimmed.isEmpty())
            return Error::usage(tr("name must not be empty"));
        name = trimmed;
    } else if (key == QLatin1String("datasets")) {
        const QStringList names = commaList(value);
        if (names.isEmpty())
            return Error::usage(tr("datasets must name at least one dataset (comma-separated)"));
        datasets = names;
    } else if (key == QLatin1String("provider")) {
        providerOrganisation = trimmed;
    } else if (key == QLatin1String("recipient")) {
        recipientOrganisation = trimmed;
    } else if (key == QLatin1String("contact")) {
        recipientContact = trimmed;
    } else if (key == QLatin1String("users")) {
        users = commaList(value);
    } else if (key == QLatin1String("purpose")) {
        purpose = trimmed;
    } else if (key == QLatin1String("legal_basis")) {
        if (trimmed.isEmpty()) {
            legalBasis.reset();
        } else {
            const auto basis = legalBasisFromName(trimmed);
            if (!basis) {
                QStringList names;
                for (LegalBasis b : allLegalBases())
                    names << legalBasisName(b);
                return Error::usage(tr("legal_basis must be one of %1, or empty")
                                        .arg(names.join(QLatin1String(", "))));
            }
            legalBasis = *basis;
        }
    } else if (key == QLatin1String("consent_purpose")) {
        consentPurpose = trimmed;
    } else if (key == QLatin1String("legal_basis_text")) {
        legalBasisText = trimmed;
    } else if (key == QLatin1String("mode")) {
        const auto parsed = sharingModeFromName(trimmed);
        if (!parsed) {
            QStringList names;
            for (SharingMode m : allSharingModes())
                names << sharingModeName(m);
            return Error::usage(
                tr("mode must be one of %1").arg(names.join(QLatin1String(", "))));
        }
        // The mode sets the policy: its defaults replace the values set before.
        mode = *parsed;
        policy = ReleasePolicy::defaultsFor(mode);
    } else if (key == QLatin1String("retention_months")) {
        if (trimmed.isEmpty()) {
            retentionMonths = 0;
        } else {
            bool ok = false;
            const int months = QLocale::c().toInt(trimmed, &ok);
            if (!ok || months < 0 || months > 1200)
                return Error::usage(tr("retention_months must be a whole number of months from 0 "
                                       "to 1200 (0 or empty: not set)"));
            retentionMonths = months;
        }
    } else if (key == QLatin1String("start") || key == QLatin1String("end")) {
        QDate date;
        if (!trimmed.isEmpty()) {
            date = QDate::fromString(trimmed, Qt::ISODate);
            if (!date.isValid() || trimmed.size() != 10)
                return Error::usage(
                    tr("%1 must be a date written YYYY-MM-DD, or empty").arg(key));
        }
        (key == QLatin1String("start") ? startDate : endDate) = date;
    } else if (key == QLatin1String("lang")) {
        if (trimmed.compare(QLatin1String("zh_CN"), Qt::CaseInsensitive) == 0
            || trimmed.compare(QLatin1String("zh-CN"), Qt::CaseInsensitive) == 0)
            language = QStringLiteral("zh_CN");
        else if (trimmed.compare(QLatin1String("en"), Qt::CaseInsensitive) == 0)
            language = QStringLiteral("en");
        else
            return Error::usage(tr("lang must be zh_CN or en"));
    } else {
        return Error::usage(tr("unknown setting %1; the settings are %2")
                                .arg(key, (settingKeys() + ReleasePolicy::keys())
                                              .join(QLatin1String(", "))));
    }
    return {};
}

QJsonObject Release::toJson() const
{
    QJsonArray exportList;
    for (const ReleaseExport &e : exports) {
        exportList.append(QJsonObject{{QStringLiteral("at"), timeJson(e.at)},
                                      {QStringLiteral("sha256"), e.sha256},
                                      {QStringLiteral("file"), e.file},
                                      {QStringLiteral("signer"), e.signer.isEmpty()
                                                                     ? QJsonValue(QJsonValue::Null)
                                                                     : QJsonValue(e.signer)}});
    }
    return QJsonObject{
        {QStringLiteral("release"), name},
        {QStringLiteral("state"), state},
        {QStringLiteral("mode"), sharingModeName(mode)},
        {QStringLiteral("datasets"), QJsonArray::fromStringList(datasets)},
        {QStringLiteral("provider"), providerOrganisation},
        {QStringLiteral("recipient"), recipientOrganisation},
        {QStringLiteral("contact"), recipientContact},
        {QStringLiteral("users"), QJsonArray::fromStringList(users)},
        {QStringLiteral("purpose"), purpose},
        {QStringLiteral("legal_basis"), legalBasis ? QJsonValue(legalBasisName(*legalBasis))
                                                   : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("legal_basis_text"), legalBasisText},
        {QStringLiteral("retention_months"),
         retentionMonths > 0 ? QJsonValue(retentionMonths) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("start"), dateJson(startDate)},
        {QStringLiteral("end"), dateJson(endDate)},
        {QStringLiteral("lang"), language},
        {QStringLiteral("consent_purpose"), consentPurpose},
        {QStringLiteral("policy"), policy.toJson()},
        {QStringLiteral("created_by"), createdBy},
        {QStringLiteral("created_at"), timeJson(createdAt)},
        {QStringLiteral("updated_at"), timeJson(updatedAt)},
        {QStringLiteral("exports"), exportList},
    };
}

} // namespace steward
