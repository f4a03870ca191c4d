#pragma once

// File and text helpers shared by the test suites (core, CLI and widget suites alike).

#include <QByteArray>
#include <QJsonArray>
#include <QString>
#include <QStringList>

#include <string>

class QTemporaryDir;

namespace steward::testsupport {

// Writes `bytes` to `path` (replacing it); true when every byte was written.
bool writeFile(const QString &path, const QByteArray &bytes);
// Writes a fixture file `name` into `dir` and returns its path; a fixture that cannot be written
// stops the suite (qFatal): a test that cannot set up proves nothing.
QString writeFixture(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes);
// The whole file, or empty when it cannot be read.
QByteArray readFile(const QString &path);
// Hex SHA-256 of the file, or empty when it cannot be read: "the file was not modified" checks.
QByteArray sha256(const QString &path);

// `text` in the named encoding ("GB18030", "UTF-16LE").
QByteArray encode(const QString &text, const char *codec);
std::string utf8(const QString &text);
// The string elements of a JSON array.
QStringList strings(const QJsonArray &array);

// A file below tests/data (the source tree's fixtures; never written).
QString testDataFile(const QString &relativePath);
// A file of the Adult benchmark data set (tests/data/adult).
QString adultFile(const QString &name);

} // namespace steward::testsupport
