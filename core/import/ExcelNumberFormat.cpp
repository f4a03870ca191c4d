#include "core/import/ExcelNumberFormat.h"

#include <QString>

#include <vector>

namespace steward {

ExcelDateKind excelBuiltinFormatKind(int numFmtId)
{
    switch (numFmtId) {
    case 14: case 15: case 16: case 17:
        return ExcelDateKind::Date;
    case 18: case 19: case 20: case 21:
        return ExcelDateKind::Time;
    case 22:
        return ExcelDateKind::DateTime;
    // East Asian built-ins (the zh-CN/zh-TW/ja-JP/ko-KR variants agree on date vs time).
    case 27: case 28: case 29: case 30: case 31: case 36:
    case 50: case 51: case 52: case 53: case 54: case 57: case 58:
        return ExcelDateKind::Date;
    case 32: case 33: case 34: case 35: case 55: case 56:
        return ExcelDateKind::Time;
    case 45: case 47:
        return ExcelDateKind::Time;
    case 46:
        return ExcelDateKind::Elapsed;
    default:
        return ExcelDateKind::None;
    }
}

namespace {

bool startsWithCaseless(QStringView code, qsizetype at, QLatin1String word)
{
    return code.mid(at, word.size()).compare(word, Qt::CaseInsensitive) == 0;
}

bool isElapsedToken(QStringView inside)
{
    if (inside.isEmpty())
        return false;
    const QChar first = inside.front().toLower();
    if (first != u'h' && first != u'm' && first != u's')
        return false;
    for (QChar c : inside) {
        if (c.toLower() != first)
            return false;
    }
    return true;
}

} // namespace

ExcelDateKind excelFormatCodeKind(QStringView code)
{
    std::vector<char16_t> tokens; // one entry per run of y/m/d/h/s letters, lower-cased
    bool elapsed = false;
    char16_t previousLetter = 0;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar ch = code[i];
        if (ch == u';')
            break; // only the first (positive numbers) section matters
        if (ch == u'"') {
            const qsizetype close = code.indexOf(u'"', i + 1);
            i = close < 0 ? code.size() : close;
            previousLetter = 0;
            continue;
        }
        if (ch == u'\\' || ch == u'_' || ch == u'*') {
            ++i; // escaped character, space of a character's width, fill character
            previousLetter = 0;
            continue;
        }
        if (ch == u'[') {
            const qsizetype close = code.indexOf(u']', i + 1);
            const QStringView inside = close < 0 ? code.mid(i + 1) : code.mid(i + 1, close - i - 1);
            if (isElapsedToken(inside)) {
                elapsed = true;
                tokens.push_back(inside.front().toLower().unicode());
            }
            i = close < 0 ? code.size() : close;
            previousLetter = 0;
            continue;
        }
        if (startsWithCaseless(code, i, QLatin1String("am/pm"))) {
            i += 4;
            previousLetter = 0;
            continue;
        }
        if (startsWithCaseless(code, i, QLatin1String("a/p"))) {
            i += 2;
            previousLetter = 0;
            continue;
        }
        if (startsWithCaseless(code, i, QLatin1String("general"))) {
            i += 6;
            previousLetter = 0;
            continue;
        }
        const char16_t lower = ch.toLower().unicode();
        if (lower == u'y' || lower == u'm' || lower == u'd' || lower == u'h' || lower == u's') {
            if (lower != previousLetter)
                tokens.push_back(lower);
            previousLetter = lower;
        } else {
            previousLetter = 0;
        }
    }

    bool hasDate = false;
    bool hasTime = false;
    for (size_t k = 0; k < tokens.size(); ++k) {
        switch (tokens[k]) {
        case u'y':
        case u'd':
            hasDate = true;
            break;
        case u'h':
        case u's':
            hasTime = true;
            break;
        case u'm': {
            const bool afterHour = k > 0 && tokens[k - 1] == u'h';
            const bool beforeSecond = k + 1 < tokens.size() && tokens[k + 1] == u's';
            if (afterHour || beforeSecond)
                hasTime = true;
            else
                hasDate = true;
            break;
        }
        default:
            break;
        }
    }
    if (hasDate && hasTime)
        return ExcelDateKind::DateTime;
    if (hasDate)
        return ExcelDateKind::Date;
    if (hasTime)
        return elapsed ? ExcelDateKind::Elapsed : ExcelDateKind::Time;
    return ExcelDateKind::None;
}

} // namespace steward
