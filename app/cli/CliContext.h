#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <QString>

#include <string_view>

namespace steward::cli {

// Where a command's output goes: with --json exactly one JSON document on stdout (on failure
// too), otherwise readable text; errors always as one line on stderr. Also the exit code.
class CliContext final {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::CliContext)

public:
    explicit CliContext(bool json);

    bool json() const { return m_json; }
    QLocale locale() const { return m_locale; }

    // Text mode: writes the text and a line break to stdout (nothing in JSON mode).
    void line(const QString &text = {});
    // Writes raw UTF-8 to stdout (for streamed output).
    void write(std::string_view utf8);
    void write(const QByteArray &utf8);
    void flush();

    // JSON mode: writes the one JSON document; returns exit code 0.
    int document(const QJsonObject &object);
    // Reports an error: one line on stderr and, in JSON mode, the error document on stdout
    // (unless a document was already started). Returns the error's exit code.
    int fail(const Error &error);
    // Marks that a streamed JSON document has begun on stdout.
    void beginStreamedDocument() { m_documentWritten = true; }

    // The {"code", "message", "file", "line", "column", "exit_code"} object of an error.
    static QJsonObject errorObject(const Error &error);
    // Writes a message line to stderr.
    static void warn(const QString &text);
    static bool stderrIsTerminal();

    // Number formatting in the user's locale.
    QString number(qint64 value) const { return m_locale.toString(value); }

    // Loads the "steward" catalogue for the system locale from :/i18n.
    static void installTranslator(QCoreApplication &app);

private:
    bool m_json;
    bool m_documentWritten = false;
    QLocale m_locale;
};

} // namespace steward::cli
