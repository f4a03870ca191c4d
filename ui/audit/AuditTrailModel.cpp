#include "ui/audit/AuditTrailModel.h"

#include "core/audit/AuditLog.h"
#include "ui/widgets/Icons.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace steward::ui {

namespace {

constexpr int kSummaryMaxLength = 160;

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)))
            return QLocale().toString(qint64(d));
        return QLocale().toString(d, 'g', 6);
    }
    case QJsonValue::String:
        return value.toString().isEmpty() ? QStringLiteral("“”") : value.toString();
    case QJsonValue::Null: return QStringLiteral("—");
    default: return {};
    }
}

QString inlineText(const QJsonValue &value)
{
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts << inlineText(v);
        return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral(", "));
    }
    if (value.isObject()) {
        QStringList parts;
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            parts << it.key() + QStringLiteral(": ") + inlineText(it.value());
        return QStringLiteral("{") + parts.join(QStringLiteral(", ")) + QStringLiteral("}");
    }
    return scalarText(value);
}

void appendLines(QStringList &lines, const QString &indent, const QString &key,
                 const QJsonValue &value)
{
    const QString label = key.isEmpty() ? indent : indent + key + QStringLiteral(": ");
    const bool simpleArray = value.isArray() && [&] {
        for (const QJsonValue &v : value.toArray())
            if (v.isArray() || v.isObject())
                return false;
        return true;
    }();
    if (value.isObject()) {
        lines << indent + key + QStringLiteral(":");
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            appendLines(lines, indent + QStringLiteral("    "), it.key(), it.value());
    } else if (value.isArray() && !simpleArray) {
        lines << indent + key + QStringLiteral(":");
        for (const QJsonValue &v : value.toArray()) {
            if (v.isObject()) {
                const QJsonObject o = v.toObject();
                bool first = true;
                for (auto it = o.begin(); it != o.end(); ++it) {
                    appendLines(lines,
                                indent + (first ? QStringLiteral("  • ") : QStringLiteral("    ")),
                                it.key(), it.value());
                    first = false;
                }
            } else {
                appendLines(lines, indent + QStringLiteral("  • "), {}, v);
            }
        }
    } else {
        lines << label + inlineText(value);
    }
}

} // namespace

AuditTrailModel::AuditTrailModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditTrailModel::setEntries(const QList<AuditEntry> &entries, qint64 firstBrokenId)
{
    beginResetModel();
    m_entries = entries;
    m_firstBrokenId = firstBrokenId;
    // Named once here rather than on every paint and every filter pass.
    m_actionNames.clear();
    m_actionNames.reserve(m_entries.size());
    for (const AuditEntry &e : m_entries)
        m_actionNames.append(AuditLog::actionName(e.action));
    endResetModel();
}

const AuditEntry *AuditTrailModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int AuditTrailModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries.at(row).id == id)
            return row;
    return -1;
}

int AuditTrailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTrailModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTrailModel::data(const QModelIndex &index, int role) const
{
    const AuditEntry *e = index.isValid() ? entry(index.row()) : nullptr;
    if (!e)
        return {};
    const bool broken = m_firstBrokenId > 0 && e->id >= m_firstBrokenId;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn: return QLocale().toString(e->id);
        case TimeColumn: return timeText(e->at);
        case UserColumn: return e->user;
        case ActionColumn: return m_actionNames.at(index.row());
        case ActionIdColumn: return e->action;
        case TargetColumn: return e->target;
        case DetailColumn: return detailSummary(e->detail);
        default: return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case IdColumn:
            if (e->id == m_firstBrokenId)
                return tr("The hash chain breaks here: this entry, or the link to the one before "
                          "it, was altered outside Steward.");
            if (broken)
                return tr("After the break in the hash chain: this entry cannot be trusted.");
            return {};
        case TimeColumn: return tr("Stored as %1 (UTC)").arg(e->at);
        case DetailColumn: return e->detail.isEmpty() ? QVariant() : detailText(e->detail);
        default: return {};
        }
    case Qt::DecorationRole:
        if (index.column() == IdColumn && e->id == m_firstBrokenId)
            return icon(IconId::Error);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawRole:
        switch (index.column()) {
        case ActionColumn:
        case ActionIdColumn: return e->action;
        case TargetColumn: return e->target;
        case UserColumn: return e->user;
        default: return {};
        }
    case IdRole: return e->id;
    case SearchRole:
        return QStringList{e->user, e->action, m_actionNames.at(index.row()), e->target,
                           e->detail, timeText(e->at)}
            .join(QLatin1Char('\n'));
    default: return {};
    }
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn: return tr("#");
    case TimeColumn: return tr("Time");
    case UserColumn: return tr("User");
    case ActionColumn: return tr("Action");
    case ActionIdColumn: return tr("Action ID");
    case TargetColumn: return tr("Target");
    case DetailColumn: return tr("Details");
    default: return {};
    }
}

QString AuditTrailModel::timeText(const QString &storedUtc)
{
    QDateTime at = QDateTime::fromString(storedUtc, Qt::ISODateWithMs);
    if (!at.isValid())
        return storedUtc;
    at = at.toLocalTime();
    const QLocale locale;
    // An audit entry is read to the second: the locale's short time with seconds added.
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    if (!timeFormat.contains(QLatin1String("ss"))) {
        const qsizetype mm = timeFormat.indexOf(QLatin1String("mm"));
        if (mm >= 0)
            timeFormat.insert(mm + 2, QStringLiteral(":ss"));
    }
    return locale.toString(at.date(), QLocale::ShortFormat) + QLatin1Char(' ')
           + locale.toString(at.time(), timeFormat);
}

QString AuditTrailModel::detailSummary(const QString &detailJson)
{
    if (detailJson.isEmpty())
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(detailJson.toUtf8());
    QString text;
    if (doc.isObject()) {
        QStringList parts;
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it)
            parts << it.key() + QStringLiteral(": ") + inlineText(it.value());
        text = parts.join(QStringLiteral(" · "));
    } else if (doc.isArray()) {
        text = inlineText(doc.array());
    } else {
        text = detailJson;
    }
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (text.size() > kSummaryMaxLength)
        text = text.left(kSummaryMaxLength - 1) + QChar(0x2026);
    return text;
}

QString AuditTrailModel::detailText(const QString &detailJson)
{
    if (detailJson.isEmpty())
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(detailJson.toUtf8());
    if (!doc.isObject() && !doc.isArray())
        return detailJson;
    QStringList lines;
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it)
            appendLines(lines, {}, it.key(), it.value());
    } else {
        for (const QJsonValue &v : doc.array())
            appendLines(lines, QStringLiteral("• "), {}, v);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace steward::ui
