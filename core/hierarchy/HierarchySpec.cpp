#include "core/hierarchy/HierarchySpec.h"

#include "core/hierarchy/Hierarchy.h"
#include "core/hierarchy/IntervalLevels.h"
#include "core/hierarchy/LevelText.h"
#include "core/hierarchy/SpecCheck.h"

#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace steward {

namespace {

constexpr QLatin1StringView kBuiltin("builtin:");
const char *const kNames[] = {"date", "interval", "redact", "region", "icd10", "flat", "groups"};

// A part of the text being parsed: [begin, end) in the user's text.
struct Piece {
    qsizetype begin = 0;
    qsizetype end = 0;
};

bool isSpecial(QChar c)
{
    return c == u',' || c == u';' || c == u'|' || c == u'=' || c == u'\\';
}

Error errorAt(const QString &message, qsizetype position)
{
    return Error::usage(HierarchySpec::tr("%1 (at character %2)").arg(message).arg(position + 1));
}

Piece trimmed(const QString &text, Piece piece)
{
    while (piece.begin < piece.end && text[piece.begin].isSpace())
        ++piece.begin;
    // A space after a backslash is escaped: keep it.
    while (piece.end > piece.begin && text[piece.end - 1].isSpace()
           && !(piece.end - 2 >= piece.begin && text[piece.end - 2] == u'\\'))
        --piece.end;
    return piece;
}

QStringView view(const QString &text, Piece piece)
{
    return QStringView(text).mid(piece.begin, piece.end - piece.begin);
}

// Splits at every unescaped `separator`; the pieces keep their escapes.
QList<Piece> split(const QString &text, Piece piece, QChar separator)
{
    QList<Piece> pieces;
    qsizetype start = piece.begin;
    for (qsizetype i = piece.begin; i < piece.end; ++i) {
        if (text[i] == u'\\') {
            ++i;
            continue;
        }
        if (text[i] == separator) {
            pieces.append({start, i});
            start = i + 1;
        }
    }
    pieces.append({start, piece.end});
    return pieces;
}

qsizetype findUnescaped(const QString &text, Piece piece, QChar wanted)
{
    for (qsizetype i = piece.begin; i < piece.end; ++i) {
        if (text[i] == u'\\')
            ++i;
        else if (text[i] == wanted)
            return i;
    }
    return -1;
}

Result<QString> unescape(const QString &text, Piece piece)
{
    QString out;
    for (qsizetype i = piece.begin; i < piece.end; ++i) {
        if (text[i] == u'\\') {
            if (i + 1 >= piece.end)
                return errorAt(HierarchySpec::tr("a '\\' must be followed by the character it "
                                                 "escapes"),
                               i);
            ++i;
        }
        out += text[i];
    }
    return out;
}

QString escape(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (isSpecial(c))
            out += u'\\';
        out += c;
    }
    return out;
}

Result<double> numberAt(const QString &text, Piece piece, const QString &what)
{
    const QByteArray bytes = view(text, piece).toUtf8();
    const std::optional<double> n
        = leveltext::parseNumber(std::string_view(bytes.constData(), size_t(bytes.size())));
    if (!n)
        return errorAt(HierarchySpec::tr("%1 must be a number").arg(what), piece.begin);
    return *n;
}

QJsonArray rowsToJson(const std::vector<std::vector<std::string>> &rows)
{
    QJsonArray array;
    for (const auto &row : rows) {
        QJsonArray cells;
        for (const std::string &cell : row)
            cells.append(QString::fromUtf8(cell.data(), qsizetype(cell.size())));
        array.append(cells);
    }
    return array;
}

Result<HierarchySpec> parseInterval(const QString &text, Piece params)
{
    HierarchySpec spec;
    spec.kind = HierarchySpec::Kind::Interval;
    const QList<Piece> parts = split(text, params, u';');
    QList<Piece> levelPieces = split(text, parts.front(), u',');
    for (Piece &levelPiece : levelPieces) {
        levelPiece = trimmed(text, levelPiece);
        if (levelPiece.begin == levelPiece.end)
            return errorAt(HierarchySpec::tr("expected a width (5) or breaks (0|18|65) for each "
                                             "level, separated by ','"),
                           levelPiece.begin);
        HierarchySpec::IntervalLevel level;
        if (findUnescaped(text, levelPiece, u'|') >= 0) {
            for (Piece b : split(text, levelPiece, u'|')) {
                b = trimmed(text, b);
                Result<double> n = numberAt(text, b, HierarchySpec::tr("a break"));
                if (!n)
                    return n.error();
                level.breaks.push_back(*n);
            }
        } else {
            Result<double> n = numberAt(text, levelPiece, HierarchySpec::tr("a width"));
            if (!n)
                return n.error();
            level.width = *n;
        }
        spec.levels.push_back(std::move(level));
    }
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const Piece part = trimmed(text, parts[i]);
        const qsizetype eq = findUnescaped(text, part, u'=');
        const QString key
            = eq < 0 ? QString() : view(text, trimmed(text, {part.begin, eq})).toString().toLower();
        if (key != u"top" && key != u"bottom")
            return errorAt(HierarchySpec::tr("expected top=N or bottom=N after ';'"), part.begin);
        std::optional<double> &target = key == u"top" ? spec.top : spec.bottom;
        if (target)
            return errorAt(HierarchySpec::tr("'%1' is given twice").arg(key), part.begin);
        Result<double> n = numberAt(text, trimmed(text, {eq + 1, part.end}), key);
        if (!n)
            return n.error();
        target = *n;
    }
    if (const std::optional<SpecProblem> problem = IntervalLevels::check(spec)) {
        const qsizetype at = problem->item >= 0 && problem->item < levelPieces.size()
            ? levelPieces[problem->item].begin
            : params.begin;
        return errorAt(problem->message, at);
    }
    return spec;
}

Result<HierarchySpec> parseRedact(const QString &text, Piece params)
{
    HierarchySpec spec;
    spec.kind = HierarchySpec::Kind::Redact;
    const QList<Piece> pieces = split(text, params, u',');
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const Piece piece = trimmed(text, pieces[i]);
        Result<double> n = numberAt(text, piece, HierarchySpec::tr("a number of characters"));
        if (!n)
            return n.error();
        if (*n < 0 || *n > 1000 || std::trunc(*n) != *n)
            return errorAt(HierarchySpec::tr("a number of characters kept must be a whole number "
                                             "from 0 to 1000"),
                           piece.begin);
        if (!spec.keep.empty() && int(*n) >= spec.keep.back())
            return errorAt(HierarchySpec::tr("each level must keep fewer characters than the one "
                                             "before it"),
                           piece.begin);
        spec.keep.push_back(int(*n));
    }
    return spec;
}

Result<HierarchySpec> parseGroups(const QString &text, Piece params)
{
    HierarchySpec spec;
    spec.kind = HierarchySpec::Kind::Groups;
    bool otherGiven = false;
    QList<qsizetype> groupStarts; // where each group is written, for errors
    for (const Piece rawPart : split(text, params, u';')) {
        const Piece part = trimmed(text, rawPart);
        const qsizetype eq = findUnescaped(text, part, u'=');
        if (eq < 0)
            return errorAt(HierarchySpec::tr("expected LABEL=VALUE|VALUE|… for each group"),
                           part.begin);
        const Piece labelPiece = trimmed(text, {part.begin, eq});
        const Piece valuesPiece = trimmed(text, {eq + 1, part.end});
        if (view(text, labelPiece) == u"other") {
            if (otherGiven)
                return errorAt(HierarchySpec::tr("'other' is given twice"), part.begin);
            otherGiven = true;
            Result<QString> other = unescape(text, valuesPiece);
            if (!other)
                return other.error();
            spec.otherLabel = *other;
            continue;
        }
        HierarchySpec::Group group;
        Result<QString> label = unescape(text, labelPiece);
        if (!label)
            return label.error();
        group.label = *label;
        if (valuesPiece.begin < valuesPiece.end) {
            for (Piece valuePiece : split(text, valuesPiece, u'|')) {
                valuePiece = trimmed(text, valuePiece);
                Result<QString> value = unescape(text, valuePiece);
                if (!value)
                    return value.error();
                group.values << *value;
            }
        }
        spec.groups.append(group);
        groupStarts.append(part.begin);
    }
    if (const std::optional<SpecProblem> problem = checkSpec(spec)) {
        const qsizetype at = problem->item >= 0 && problem->item < groupStarts.size()
            ? groupStarts[problem->item]
            : params.begin;
        return errorAt(problem->message, at);
    }
    return spec;
}

} // namespace

std::optional<SpecProblem> checkSpec(const HierarchySpec &spec)
{
    switch (spec.kind) {
    case HierarchySpec::Kind::Interval:
        return IntervalLevels::check(spec);
    case HierarchySpec::Kind::Redact:
        if (spec.keep.empty())
            return SpecProblem{-1, HierarchySpec::tr("a redaction hierarchy needs at least one "
                                                     "level (redact:4,3,2)")};
        for (size_t i = 0; i < spec.keep.size(); ++i) {
            if (spec.keep[i] < 0 || spec.keep[i] > 1000 || (i > 0 && spec.keep[i] >= spec.keep[i - 1]))
                return SpecProblem{int(i), HierarchySpec::tr("redaction level %1 must keep fewer "
                                                             "characters than the one before it")
                                               .arg(i + 1)};
        }
        return std::nullopt;
    case HierarchySpec::Kind::Groups: {
        if (spec.groups.isEmpty())
            return SpecProblem{-1, HierarchySpec::tr("a grouping needs at least one group")};
        QSet<QString> labels;
        QSet<QString> values;
        for (qsizetype i = 0; i < spec.groups.size(); ++i) {
            const HierarchySpec::Group &group = spec.groups[i];
            if (group.label.trimmed().isEmpty())
                return SpecProblem{int(i), HierarchySpec::tr("group %1 has no label").arg(i + 1)};
            if (labels.contains(group.label))
                return SpecProblem{int(i), HierarchySpec::tr("group %1 has the label of an earlier "
                                                             "group")
                                               .arg(i + 1)};
            labels.insert(group.label);
            if (group.values.isEmpty())
                return SpecProblem{int(i), HierarchySpec::tr("group %1 has no values").arg(i + 1)};
            for (const QString &value : group.values) {
                if (value.trimmed().isEmpty())
                    return SpecProblem{int(i),
                                       HierarchySpec::tr("group %1 lists an empty value").arg(i + 1)};
                if (values.contains(value))
                    return SpecProblem{int(i), HierarchySpec::tr("group %1 lists a value that is "
                                                                 "already in another group")
                                                   .arg(i + 1)};
                values.insert(value);
            }
        }
        return std::nullopt;
    }
    case HierarchySpec::Kind::Table:
        if (spec.rows.empty())
            return SpecProblem{-1, HierarchySpec::tr("the hierarchy has no rows")};
        return std::nullopt;
    case HierarchySpec::Kind::Date:
    case HierarchySpec::Kind::Region:
    case HierarchySpec::Kind::Icd10:
    case HierarchySpec::Kind::Flat:
        return std::nullopt;
    }
    return std::nullopt;
}

Result<HierarchySpec> HierarchySpec::parse(QStringView input)
{
    const QString text = input.toString();
    Piece all = trimmed(text, {0, text.size()});
    if (view(text, all).startsWith(kBuiltin, Qt::CaseInsensitive))
        all.begin += kBuiltin.size();
    const qsizetype colon = text.indexOf(u':', all.begin);
    const bool hasParams = colon >= 0 && colon < all.end;
    const Piece namePiece = trimmed(text, {all.begin, hasParams ? colon : all.end});
    const QString name = view(text, namePiece).toString().toLower();
    const Piece params = hasParams ? trimmed(text, {colon + 1, all.end}) : Piece{all.end, all.end};
    const bool empty = params.begin == params.end;
    auto noParams = [&](Kind kind) -> Result<HierarchySpec> {
        if (!empty)
            return errorAt(tr("%1 takes no parameters").arg(name), params.begin);
        HierarchySpec spec;
        spec.kind = kind;
        return spec;
    };
    if (name == u"date") {
        HierarchySpec spec;
        spec.kind = Kind::Date;
        if (!empty) {
            if (view(text, params).compare(u"decade", Qt::CaseInsensitive) != 0)
                return errorAt(tr("date takes no parameter or 'decade' (date:decade)"),
                               params.begin);
            spec.decade = true;
        }
        return spec;
    }
    if (name == u"interval") {
        if (empty)
            return errorAt(tr("interval needs its levels, e.g. interval:5,10,20;top=90 or "
                              "interval:0|18|45|65"),
                           params.begin);
        return parseInterval(text, params);
    }
    if (name == u"redact") {
        if (empty)
            return errorAt(tr("redact needs the characters kept per level, e.g. redact:4,3,2"),
                           params.begin);
        return parseRedact(text, params);
    }
    if (name == u"groups") {
        if (empty)
            return errorAt(tr("groups needs its groups, e.g. groups:Surgery=Orthopaedics|"
                              "Urology;Medicine=Cardiology"),
                           params.begin);
        return parseGroups(text, params);
    }
    if (name == u"region")
        return noParams(Kind::Region);
    if (name == u"icd10")
        return noParams(Kind::Icd10);
    if (name == u"flat")
        return noParams(Kind::Flat);
    if (name == u"table")
        return errorAt(tr("an imported hierarchy has no text form: import its file instead"),
                       namePiece.begin);
    QStringList names;
    for (const char *known : kNames)
        names << QLatin1String(known);
    if (name.isEmpty())
        return errorAt(tr("expected a hierarchy builder (one of: %1)")
                           .arg(names.join(QStringLiteral(", "))),
                       namePiece.begin);
    return errorAt(tr("unknown hierarchy builder '%1' (expected one of: %2)")
                       .arg(name, names.join(QStringLiteral(", "))),
                   namePiece.begin);
}

bool HierarchySpec::isBuilderText(QStringView text)
{
    text = text.trimmed();
    if (text.startsWith(kBuiltin, Qt::CaseInsensitive))
        return true;
    const qsizetype colon = text.indexOf(u':');
    const QStringView name = (colon < 0 ? text : text.left(colon)).trimmed();
    for (const char *known : kNames) {
        if (name.compare(QLatin1String(known), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString HierarchySpec::builderName() const
{
    switch (kind) {
    case Kind::Date:
        return QStringLiteral("date");
    case Kind::Interval:
        return QStringLiteral("interval");
    case Kind::Redact:
        return QStringLiteral("redact");
    case Kind::Region:
        return QStringLiteral("region");
    case Kind::Icd10:
        return QStringLiteral("icd10");
    case Kind::Flat:
        return QStringLiteral("flat");
    case Kind::Groups:
        return QStringLiteral("groups");
    case Kind::Table:
        return QStringLiteral("table");
    }
    return {};
}

QString HierarchySpec::format() const
{
    QString text = builderName();
    switch (kind) {
    case Kind::Date:
        if (decade)
            text += QStringLiteral(":decade");
        break;
    case Kind::Interval: {
        QStringList parts;
        for (const IntervalLevel &level : levels) {
            if (level.width) {
                parts << leveltext::numberQText(*level.width);
            } else {
                QStringList breakTexts;
                for (const double b : level.breaks)
                    breakTexts << leveltext::numberQText(b);
                parts << breakTexts.join(u'|');
            }
        }
        text += u':' + parts.join(u',');
        if (top)
            text += QStringLiteral(";top=") + leveltext::numberQText(*top);
        if (bottom)
            text += QStringLiteral(";bottom=") + leveltext::numberQText(*bottom);
        break;
    }
    case Kind::Redact: {
        QStringList parts;
        for (const int n : keep)
            parts << QString::number(n);
        text += u':' + parts.join(u',');
        break;
    }
    case Kind::Groups: {
        QStringList parts;
        for (const Group &group : groups) {
            QStringList values;
            for (const QString &value : group.values)
                values << escape(value);
            // A group named "other" is escaped so that it does not read as the `other` label.
            const QString label
                = group.label == u"other" ? QStringLiteral("\\other") : escape(group.label);
            parts << label + u'=' + values.join(u'|');
        }
        if (!otherLabel.isEmpty())
            parts << QStringLiteral("other=") + escape(otherLabel);
        text += u':' + parts.join(u';');
        break;
    }
    case Kind::Region:
    case Kind::Icd10:
    case Kind::Flat:
    case Kind::Table:
        break;
    }
    return text;
}

QJsonObject HierarchySpec::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("builder"), builderName());
    if (kind == Kind::Table)
        json.insert(QStringLiteral("rows"), rowsToJson(rows));
    else
        json.insert(QStringLiteral("spec"), format());
    return json;
}

Result<HierarchySpec> HierarchySpec::fromJson(const QJsonObject &json)
{
    const QString builder = json.value(QStringLiteral("builder")).toString();
    if (builder == u"table") {
        const QJsonValue rowsValue = json.value(QStringLiteral("rows"));
        if (!rowsValue.isArray())
            return Error::badInput(tr("a stored table hierarchy needs \"rows\""));
        HierarchySpec spec;
        spec.kind = Kind::Table;
        for (const QJsonValue rowValue : rowsValue.toArray()) {
            if (!rowValue.isArray())
                return Error::badInput(tr("each row of a stored hierarchy must be a list of "
                                          "labels"));
            std::vector<std::string> row;
            for (const QJsonValue cell : rowValue.toArray()) {
                if (!cell.isString())
                    return Error::badInput(tr("each row of a stored hierarchy must be a list of "
                                              "labels"));
                const QByteArray bytes = cell.toString().toUtf8();
                row.emplace_back(bytes.constData(), size_t(bytes.size()));
            }
            spec.rows.push_back(std::move(row));
        }
        if (spec.rows.empty())
            return Error::badInput(tr("the hierarchy has no rows"));
        Result<Hierarchy> check = Hierarchy::fromRows(spec.rows, tr("stored hierarchy"));
        if (!check)
            return check.error();
        return spec;
    }
    const QJsonValue text = json.value(QStringLiteral("spec"));
    if (!text.isString())
        return Error::badInput(tr("a stored hierarchy needs \"spec\" (its builder and parameters)"));
    Result<HierarchySpec> spec = parse(text.toString());
    if (!spec) {
        Error error = spec.error();
        error.code = ErrorCode::BadInput;
        return error;
    }
    return spec;
}

} // namespace steward
