#include "core/browse/DatasetRowSelection.h"

#include "core/common/Error.h"
#include "core/import/DateText.h"
#include "core/import/ImportOptions.h"
#include "core/import/TypeInference.h"
#include "core/store/DatasetCatalog.h"
#include "core/store/DatasetWriter.h"
#include "core/store/StoreAccess.h"

#include <QCollator>

#include <sqlite3.h>

#include <algorithm>
#include <charconv>
#include <optional>
#include <string_view>

namespace steward {

namespace {

constexpr const char *kMissingFunction = "steward_missing";
constexpr const char *kKeyFunction = "steward_sort_key";
constexpr const char *kTextCollation = "steward_text";
// SQLite virtual machine steps between two looks at the cancellation token.
constexpr int kCancelCheckSteps = 10000;

struct SortContext {
    ColumnType type = ColumnType::Text;
    MissingValues missing;
    QCollator collator;
};

std::string_view valueText(sqlite3_value *value)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(value));
    return text ? std::string_view(text, size_t(sqlite3_value_bytes(value))) : std::string_view();
}

std::optional<double> numberKey(std::string_view s)
{
    if (!s.empty() && s.front() == '+')
        s.remove_prefix(1);
    double value = 0;
    const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (error != std::errc() || end != s.data() + s.size())
        return std::nullopt;
    return value;
}

// Seconds of "[ T]H:MM[:SS[.fraction]]..." (the zone offset is not applied: the key orders the
// values as written, which is how the extract was recorded).
double secondsOfDay(std::string_view time)
{
    double seconds = 0;
    int field = 0;
    double part = 0;
    double scale = 0; // > 0 inside a fraction
    for (size_t i = 1; i < time.size() && field < 3; ++i) {
        const char c = time[i];
        if (c >= '0' && c <= '9') {
            if (scale > 0) {
                part += (c - '0') * scale;
                scale /= 10;
            } else {
                part = part * 10 + (c - '0');
            }
        } else if (c == ':' || c == '.') {
            if (c == '.' && field == 2) {
                scale = 0.1;
                continue;
            }
            seconds += part * (field == 0 ? 3600 : field == 1 ? 60 : 1);
            part = 0;
            ++field;
        } else {
            break;
        }
    }
    if (field < 3)
        seconds += part * (field == 0 ? 3600 : field == 1 ? 60 : 1);
    return seconds;
}

std::optional<double> typedKey(ColumnType type, std::string_view s)
{
    switch (type) {
    case ColumnType::Integer:
    case ColumnType::Decimal:
        return numberKey(s);
    case ColumnType::Date:
    case ColumnType::DateTime: {
        const std::optional<DateText> date = DateText::parse(s);
        if (!date)
            return std::nullopt;
        return double(date->dayNumber()) * 86400.0 + secondsOfDay(date->timePart());
    }
    case ColumnType::Boolean: {
        if (s == "\xE6\x98\xAF") // 是
            return 1.0;
        const char first = s.empty() ? 'n' : char(s.front() | 0x20);
        return (first == 't' || first == 'y') ? 1.0 : 0.0;
    }
    case ColumnType::Text:
        break;
    }
    return std::nullopt;
}

void missingFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *sort = static_cast<const SortContext *>(sqlite3_user_data(context));
    sqlite3_result_int(context, sort->missing.isMissing(valueText(argv[0])) ? 1 : 0);
}

// The value's numeric key; a value the type does not read (it cannot be missing: missing values
// are ordered by steward_missing first) goes after those that it reads.
void keyFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *sort = static_cast<const SortContext *>(sqlite3_user_data(context));
    if (const std::optional<double> key = typedKey(sort->type, valueText(argv[0])))
        sqlite3_result_double(context, *key);
    else
        sqlite3_result_null(context);
}

int textCollation(void *data, int lengthA, const void *a, int lengthB, const void *b)
{
    const auto *sort = static_cast<const SortContext *>(data);
    const QString left = QString::fromUtf8(static_cast<const char *>(a), lengthA);
    const QString right = QString::fromUtf8(static_cast<const char *>(b), lengthB);
    return sort->collator.compare(left, right);
}

int cancelHandler(void *data)
{
    return static_cast<const CancellationToken *>(data)->isCancelled() ? 1 : 0;
}

// Registers the functions and the collation of one query on a connection, and removes them (and
// the cancellation handler) when the query is done.
class SortRegistration final {
public:
    SortRegistration(sqlite3 *db, SortContext *context, const CancellationToken *cancel) : m_db(db)
    {
        const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY;
        sqlite3_create_function_v2(db, kMissingFunction, 1, flags, context, missingFunction,
                                   nullptr, nullptr, nullptr);
        sqlite3_create_function_v2(db, kKeyFunction, 1, flags, context, keyFunction, nullptr,
                                   nullptr, nullptr);
        sqlite3_create_collation_v2(db, kTextCollation, SQLITE_UTF8, context, textCollation,
                                    nullptr);
        if (cancel)
            sqlite3_progress_handler(db, kCancelCheckSteps, cancelHandler,
                                     const_cast<CancellationToken *>(cancel));
    }
    ~SortRegistration()
    {
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
        sqlite3_create_function_v2(m_db, kMissingFunction, 1, SQLITE_UTF8, nullptr, nullptr,
                                   nullptr, nullptr, nullptr);
        sqlite3_create_function_v2(m_db, kKeyFunction, 1, SQLITE_UTF8, nullptr, nullptr, nullptr,
                                   nullptr, nullptr);
        sqlite3_create_collation_v2(m_db, kTextCollation, SQLITE_UTF8, nullptr, nullptr, nullptr);
    }
    SortRegistration(const SortRegistration &) = delete;
    SortRegistration &operator=(const SortRegistration &) = delete;

private:
    sqlite3 *m_db;
};

QString cell(int position)
{
    return sql::quoteIdentifier(DatasetCatalog::cellColumn(position));
}

QString filterSql(const DatasetInfo &dataset, const DatasetRowQuery &query)
{
    if (query.filterText.isEmpty())
        return {};
    QStringList terms;
    const auto term = [](int position) {
        return cell(position) + QLatin1String(" LIKE ?1 ESCAPE '\\'");
    };
    if (query.filterColumn >= 0) {
        terms << term(query.filterColumn);
    } else {
        for (int position = 0; position < dataset.columns.size(); ++position)
            terms << term(position);
    }
    return QLatin1String(" WHERE ") + terms.join(QLatin1String(" OR "));
}

QString orderSql(const DatasetInfo &dataset, const DatasetRowQuery &query)
{
    if (query.sortColumn < 0)
        return QStringLiteral(" ORDER BY rowid");
    const QString column = cell(query.sortColumn);
    const QString direction = query.descending ? QStringLiteral(" DESC") : QString();
    const bool text = dataset.columns.at(query.sortColumn).type == ColumnType::Text;
    const QString key = text ? column + QLatin1String(" COLLATE ") + QLatin1String(kTextCollation)
                             : QLatin1String(kKeyFunction) + QLatin1Char('(') + column
                                   + QLatin1Char(')');
    // A numeric key that does not parse is NULL: after those that do, in both directions.
    const QString unread = text ? QString()
                                : QLatin1String(kKeyFunction) + QLatin1Char('(') + column
                                      + QLatin1String(") IS NULL, ");
    return QLatin1String(" ORDER BY ") + QLatin1String(kMissingFunction) + QLatin1Char('(')
        + column + QLatin1String("), ") + unread + key + direction + QLatin1String(", rowid");
}

} // namespace

QString DatasetRowSelection::likePattern(const QString &text)
{
    QString pattern;
    pattern.reserve(text.size() + 2);
    pattern += QLatin1Char('%');
    for (const QChar c : text) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            pattern += QLatin1Char('\\');
        pattern += c;
    }
    pattern += QLatin1Char('%');
    return pattern;
}

Result<std::vector<qint64>> DatasetRowSelection::rowIds(ProjectStore &store,
                                                        const DatasetInfo &dataset,
                                                        const DatasetRowQuery &query,
                                                        const CancellationToken *cancel,
                                                        const QLocale &locale)
{
    const int columns = int(dataset.columns.size());
    if ((query.sortColumn >= columns) || (query.filterColumn >= columns))
        return Error::badInput(tr("The dataset \"%1\" has no field %2.")
                                   .arg(dataset.name)
                                   .arg(std::max(query.sortColumn, query.filterColumn) + 1));
    std::vector<qint64> ids;
    if (columns == 0 || dataset.rowCount == 0)
        return ids;

    sql::Database &db = StoreAccess::db(store);
    SortContext context{
        query.sortColumn >= 0 ? dataset.columns.at(query.sortColumn).type : ColumnType::Text,
        MissingValues(dataset.missingMarkers.value_or(defaultMissingMarkers())), QCollator(locale)};
    const SortRegistration registration(db.handle(), &context, cancel);

    const QString select = QLatin1String("SELECT rowid FROM ")
        + sql::quoteIdentifier(dataset.tableName) + filterSql(dataset, query)
        + orderSql(dataset, query);
    auto stmt = db.prepare(select);
    if (!stmt)
        return stmt.error();
    if (!query.filterText.isEmpty())
        stmt->bind(1, likePattern(query.filterText));
    ids.reserve(size_t(query.filterText.isEmpty() ? dataset.rowCount : 1024));
    for (;;) {
        const auto r = stmt->step();
        if (r == sql::Statement::StepResult::Done)
            break;
        if (r == sql::Statement::StepResult::Error) {
            if (cancel && cancel->isCancelled())
                return Error::cancelled();
            return db.lastError(QStringLiteral("select rows"));
        }
        ids.push_back(stmt->columnInt(0));
        if (cancel && (ids.size() & 0xFFFF) == 0 && cancel->isCancelled())
            return Error::cancelled();
    }
    return ids;
}

Result<QList<QStringList>> DatasetRowSelection::rows(ProjectStore &store, const DatasetInfo &dataset,
                                                     const qint64 *ids, int count)
{
    QList<QStringList> result;
    const int columns = int(dataset.columns.size());
    if (columns == 0 || count <= 0)
        return result;
    sql::Database &db = StoreAccess::db(store);
    auto stmt = db.prepare(DatasetWriter::selectColumnsSql(dataset.tableName, columns)
                           + QLatin1String(" WHERE rowid = ?"));
    if (!stmt)
        return stmt.error();
    result.reserve(count);
    for (int i = 0; i < count; ++i) {
        stmt->reset();
        stmt->bind(1, ids[i]);
        const auto r = stmt->step();
        if (r == sql::Statement::StepResult::Error)
            return db.lastError(QStringLiteral("read rows"));
        QStringList row;
        row.reserve(columns);
        if (r == sql::Statement::StepResult::Row) {
            for (int c = 0; c < columns; ++c)
                row.append(stmt->columnText(c));
        }
        result.append(std::move(row));
    }
    return result;
}

} // namespace steward
