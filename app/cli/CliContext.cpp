#include "app/cli/CliContext.h"

#include "core/common/Translations.h"

#include <QJsonDocument>
#include <QTranslator>

#include <cstdio>
#include <unistd.h>

namespace steward::cli {

CliContext::CliContext(bool json) : m_json(json), m_locale(QLocale::system())
{
}

void CliContext::line(const QString &text)
{
    if (m_json)
        return;
    QByteArray bytes = text.toLocal8Bit();
    bytes += '\n';
    write(bytes);
}

void CliContext::write(std::string_view utf8)
{
    std::fwrite(utf8.data(), 1, utf8.size(), stdout);
}

void CliContext::write(const QByteArray &utf8)
{
    write(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
}

void CliContext::flush()
{
    std::fflush(stdout);
}

int CliContext::document(const QJsonObject &object)
{
    if (!m_json || m_documentWritten)
        return 0;
    m_documentWritten = true;
    QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
    bytes += '\n';
    write(bytes);
    flush();
    return 0;
}

QJsonObject CliContext::errorObject(const Error &error)
{
    QJsonObject object{{QStringLiteral("code"), error.codeName()},
                       {QStringLiteral("message"), error.commandLineMessage()},
                       {QStringLiteral("exit_code"), error.exitCode()}};
    if (!error.file.isEmpty())
        object.insert(QStringLiteral("file"), error.file);
    if (error.line > 0)
        object.insert(QStringLiteral("line"), error.line);
    if (error.column > 0)
        object.insert(QStringLiteral("column"), error.column);
    return object;
}

int CliContext::fail(const Error &error)
{
    flush();
    warn(error.toString());
    if (m_json && !m_documentWritten) {
        m_documentWritten = true;
        QByteArray bytes = QJsonDocument(QJsonObject{{QStringLiteral("error"), errorObject(error)}})
                               .toJson(QJsonDocument::Compact);
        bytes += '\n';
        write(bytes);
        flush();
    }
    return error.exitCode();
}

void CliContext::warn(const QString &text)
{
    QByteArray bytes = text.toLocal8Bit();
    bytes.replace('\n', ' ');
    bytes += '\n';
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

bool CliContext::stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

void CliContext::installTranslator(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    if (loadStewardTranslation(*translator, QLocale::system()))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace steward::cli
