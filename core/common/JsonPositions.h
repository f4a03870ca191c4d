#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <utility>

namespace steward {

// Where each value of a JSON text starts, so that a reader checking the meaning of a document
// (QJsonDocument keeps no positions) can say "line 12, column 20" of the offending value.
// Values are addressed by JSON Pointer ("/sections/3/items/0/text"; "" is the whole document).
class JsonPositions final {
public:
    // Scans `json`, which should be valid JSON (QJsonDocument accepted it); a malformed tail is
    // simply not indexed.
    explicit JsonPositions(const QByteArray &json);

    // 1-based line and column (in characters) where the value at `pointer` starts; for an absent
    // value, the nearest enclosing value that exists.
    std::pair<qint64, qint64> valueAt(const QString &pointer) const;
    // Where the member name of `pointer` starts (the "key" of "key": value); falls back to
    // valueAt for array elements and absent members.
    std::pair<qint64, qint64> nameAt(const QString &pointer) const;

    // A pointer one level down: escapes "~" and "/" in member names.
    static QString child(const QString &pointer, const QString &member);
    static QString child(const QString &pointer, qsizetype index);

    // 1-based line and column (characters, not bytes) of a byte offset in UTF-8 text.
    static std::pair<qint64, qint64> lineColumn(const QByteArray &text, qsizetype offset);

private:
    void scanValue(const QString &pointer);
    void skipSpace();
    bool scanString(QString *decoded);
    std::pair<qint64, qint64> at(qsizetype offset) const;
    qsizetype offsetOf(const QHash<QString, qsizetype> &table, QString pointer) const;

    QByteArray m_text;
    qsizetype m_pos = 0;
    int m_depth = 0;
    QHash<QString, qsizetype> m_values;
    QHash<QString, qsizetype> m_names;
};

} // namespace steward
