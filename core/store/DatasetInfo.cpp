#include "core/store/DatasetInfo.h"

#include <QCoreApplication>

namespace steward {

QString columnTypeName(ColumnType type)
{
    switch (type) {
    case ColumnType::Integer: return QStringLiteral("integer");
    case ColumnType::Decimal: return QStringLiteral("decimal");
    case ColumnType::Date: return QStringLiteral("date");
    case ColumnType::DateTime: return QStringLiteral("datetime");
    case ColumnType::Boolean: return QStringLiteral("boolean");
    case ColumnType::Text: return QStringLiteral("text");
    }
    return QStringLiteral("text");
}

std::optional<ColumnType> columnTypeFromName(const QString &name)
{
    for (ColumnType t : {ColumnType::Integer, ColumnType::Decimal, ColumnType::Date,
                         ColumnType::DateTime, ColumnType::Boolean, ColumnType::Text}) {
        if (columnTypeName(t) == name)
            return t;
    }
    return std::nullopt;
}

QString columnTypeText(ColumnType type)
{
    switch (type) {
    case ColumnType::Integer: return DatasetInfo::tr("integer");
    case ColumnType::Decimal: return DatasetInfo::tr("decimal");
    case ColumnType::Date: return DatasetInfo::tr("date");
    case ColumnType::DateTime: return DatasetInfo::tr("datetime");
    case ColumnType::Boolean: return DatasetInfo::tr("boolean");
    case ColumnType::Text: break;
    }
    return DatasetInfo::tr("text");
}

} // namespace steward
