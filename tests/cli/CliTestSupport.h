#pragma once

// Running the built steward-cli from the end-to-end suites (header-only: every
// tests/**/test_*.cpp is its own executable).

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace steward::clitest {

struct CliRun {
    int code = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
    QJsonObject json;    // the parsed stdout, with --json
    QString jsonProblem; // why stdout is not exactly one JSON object, if it is not
};

// Runs steward-cli in `workingDirectory` with the system locale `locale` (the tool picks its
// catalogue from it), no terminal on stdin and, when given, the passphrase in STEWARD_PASSPHRASE.
inline CliRun runCli(const QStringList &args, const QString &workingDirectory,
                     const QString &passphrase = {}, int timeoutMs = 120000,
                     const QString &locale = QStringLiteral("C.UTF-8"))
{
    CliRun result;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.insert(QStringLiteral("LANG"), locale);
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("STEWARD_PASSPHRASE"));
    if (!passphrase.isEmpty())
        env.insert(QStringLiteral("STEWARD_PASSPHRASE"), passphrase);
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(workingDirectory);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(STEWARD_CLI_PATH), args);
    if (!process.waitForStarted() || !process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.crashed = true;
        return result;
    }
    result.crashed = process.exitStatus() != QProcess::NormalExit;
    result.code = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    if (args.contains(QStringLiteral("--json"))) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(result.out, &error);
        if (error.error != QJsonParseError::NoError)
            result.jsonProblem = error.errorString();
        else if (!doc.isObject())
            result.jsonProblem = QStringLiteral("not an object");
        else
            result.json = doc.object();
    }
    return result;
}

} // namespace steward::clitest
