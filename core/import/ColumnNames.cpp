#include "core/import/ColumnNames.h"

#include "core/import/ImportOptions.h"
#include "core/import/TypeInference.h"

#include <QCoreApplication>
#include <QSet>

#include <string>
#include <vector>

namespace steward {

namespace {

QString generatedName(int position)
{
    return QStringLiteral("column_%1").arg(position + 1);
}

// Names are compared case-insensitively: SQL identifiers and people do.
QString key(const QString &name)
{
    return name.toCaseFolded();
}

bool conforms(const std::string &value, ColumnType type)
{
    switch (type) {
    case ColumnType::Integer: return TypeInference::isInteger(value);
    case ColumnType::Decimal: return TypeInference::isDecimal(value);
    case ColumnType::Date: return TypeInference::isDate(value);
    case ColumnType::DateTime:
        return TypeInference::isDate(value) || TypeInference::isDateTime(value);
    case ColumnType::Boolean: return TypeInference::isBoolean(value);
    case ColumnType::Text: return true;
    }
    return true;
}

bool looksLikeValue(const std::string &value)
{
    return TypeInference::isDecimal(value) || TypeInference::isDate(value)
        || TypeInference::isDateTime(value);
}

} // namespace

ColumnNames makeColumnNames(const QStringList &header)
{
    ColumnNames result;
    QStringList base;
    base.reserve(header.size());
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed();
        if (name.isEmpty()) {
            base.append(generatedName(i));
            result.problems.append(ColumnNames::tr("column %1 has no name; it is named \"%2\"")
                                       .arg(i + 1)
                                       .arg(base.last()));
        } else {
            base.append(name);
        }
    }

    // A repeated name becomes name_2, name_3, ..., skipping any name some column already has.
    QSet<QString> reserved;
    for (const QString &name : std::as_const(base))
        reserved.insert(key(name));
    QSet<QString> used;
    for (int i = 0; i < base.size(); ++i) {
        const QString &name = base.at(i);
        if (!used.contains(key(name))) {
            used.insert(key(name));
            result.names.append(name);
            continue;
        }
        QString unique;
        for (int n = 2;; ++n) {
            unique = name + QLatin1Char('_') + QString::number(n);
            if (!used.contains(key(unique)) && !reserved.contains(key(unique)))
                break;
        }
        used.insert(key(unique));
        result.names.append(unique);
        result.problems.append(
            ColumnNames::tr("column %1 repeats the name \"%2\"; it is named \"%3\"")
                .arg(i + 1)
                .arg(name, unique));
    }
    return result;
}

QStringList generatedColumnNames(int count)
{
    QStringList names;
    names.reserve(count);
    for (int i = 0; i < count; ++i)
        names.append(generatedName(i));
    return names;
}

// The first record is taken for a header when:
//  1. every cell is non-empty, not a missing-value marker, and the cells are unique; and then
//  2. with no following records: no cell looks like a number or a date;
//  3. else, when some column whose following values have a type (integer, decimal, date,
//     datetime, boolean) has a first cell not of that type ("age" above numbers): a header;
//  4. else, when some typed column's first cell is of that type ("42" above numbers): data;
//  5. else (only text columns): a header when no first cell repeats in the following values
//     of its column ("sex" above 男/女 is a header, "男" above 男/女 is data).
bool looksLikeHeader(const QStringList &first, const QList<QStringList> &following)
{
    if (first.isEmpty())
        return false;
    const MissingValues missing(defaultMissingMarkers());
    std::vector<std::string> header;
    QSet<QString> seen;
    for (const QString &cell : first) {
        const QString trimmed = cell.trimmed();
        header.push_back(trimmed.toStdString());
        if (missing.isMissing(header.back()) || seen.contains(trimmed))
            return false;
        seen.insert(trimmed);
    }

    const int columns = int(header.size());
    if (following.isEmpty()) {
        for (const std::string &cell : header) {
            if (looksLikeValue(cell))
                return false;
        }
        return true;
    }

    TypeInference inference(columns, &missing);
    for (const QStringList &row : following) {
        for (int c = 0; c < columns && c < row.size(); ++c)
            inference.observe(c, row.at(c).toStdString());
    }

    bool typedAndConforming = false;
    for (int c = 0; c < columns; ++c) {
        const ColumnType type = inference.type(c);
        if (type == ColumnType::Text)
            continue;
        if (!conforms(header[size_t(c)], type))
            return true;
        typedAndConforming = true;
    }
    if (typedAndConforming)
        return false;

    for (int c = 0; c < columns; ++c) {
        for (const QStringList &row : following) {
            if (c < row.size() && row.at(c).trimmed() == first.at(c).trimmed())
                return false;
        }
    }
    return true;
}

} // namespace steward
