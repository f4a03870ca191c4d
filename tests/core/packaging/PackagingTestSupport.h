#pragma once

// Helpers of the packaging suites (header-only): running the standard tools on a package,
// unzipping it, changing one byte of one file and zipping it again.

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace steward::packtest {

struct ToolRun {
    int exitCode = -1;
    QByteArray out; // stdout and stderr
};

inline ToolRun runTool(const QString &program, const QStringList &args, const QString &workDir = {})
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setStandardInputFile(QProcess::nullDevice());
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(program, args);
    if (!p.waitForStarted() || !p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAll()};
}

inline QString validatorScript()
{
    return QStringLiteral(STEWARD_TEST_DATA_DIR "/../tools/bagit_validate.py");
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// Unzips `zip` into the empty folder `into` (created); the bag's folder path, or empty.
inline QString unzipBag(const QString &zip, const QString &into)
{
    QDir().mkpath(into);
    if (runTool(QStringLiteral("unzip"), {QStringLiteral("-q"), zip, QStringLiteral("-d"), into}).exitCode != 0)
        return {};
    const QStringList top = QDir(into).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    return top.size() == 1 ? QDir(into).filePath(top.first()) : QString();
}

// Every file of an unzipped bag, relative to it, sorted.
inline QStringList bagFiles(const QString &bag)
{
    QStringList files;
    QDirIterator it(bag, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(bag).relativeFilePath(it.next()));
    files.sort();
    return files;
}

// Zips the bag folder `bag` (its parent becomes the zip's root) into `zip`.
inline bool zipBag(const QString &bag, const QString &zip)
{
    QFile::remove(zip);
    QDir parent(bag);
    const QString name = parent.dirName();
    parent.cdUp();
    return runTool(QStringLiteral("zip"), {QStringLiteral("-q"), QStringLiteral("-r"), QStringLiteral("-X"), zip, name},
                   parent.absolutePath())
               .exitCode
        == 0;
}

// A copy of the package `zip` with one byte (in the middle) of `file` flipped, as `out`.
inline bool flipByte(const QString &zip, const QString &file, const QString &scratch, const QString &out)
{
    QDir(scratch).removeRecursively();
    const QString bag = unzipBag(zip, scratch);
    if (bag.isEmpty())
        return false;
    QByteArray bytes = readAll(bag + QLatin1Char('/') + file);
    if (bytes.isEmpty())
        return false;
    const qsizetype at = bytes.size() / 2;
    bytes[at] = char(bytes.at(at) ^ 0x01);
    return writeAll(bag + QLatin1Char('/') + file, bytes) && zipBag(bag, out);
}

} // namespace steward::packtest
