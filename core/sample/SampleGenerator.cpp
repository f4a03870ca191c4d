#include "core/sample/SampleGenerator.h"

#include "core/sample/SampleRecordBuilder.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QStringEncoder>

namespace steward {

namespace {

constexpr qsizetype kChunkChars = 256 * 1024; // encode and write in chunks of about this size
constexpr qint64 kProgressEvery = 4096;        // rows between progress reports and cancel checks

Error writeError(const QString &path, const QString &reason)
{
    return Error::internal(SampleOptions::tr("Cannot write %1: %2").arg(path, reason));
}

} // namespace

QStringList sampleColumnNames()
{
    return SampleRecordBuilder::columnNames();
}

Status writeSample(const QString &path, const SampleOptions &options,
                   const ProgressCallback &progress, const CancellationToken *cancel)
{
    if (options.rows < 0)
        return Error::usage(SampleOptions::tr("The number of rows must not be negative."));

    QStringEncoder encoder(options.gb18030 ? "GB18030" : "UTF-8", QStringConverter::Flag::Stateless);
    if (!encoder.isValid())
        return Error::internal(
            SampleOptions::tr("The GB18030 encoder is not available in this Qt build."));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());

    SampleRecordBuilder builder(options.seed);
    QString chunk;
    chunk.reserve(kChunkChars + 4096);
    const auto flush = [&]() -> bool {
        const QByteArray bytes = encoder.encode(chunk);
        chunk.clear();
        return file.write(bytes) == bytes.size();
    };

    SampleRecordBuilder::appendHeader(chunk);
    for (qint64 row = 0; row < options.rows; ++row) {
        builder.appendRecord(chunk);
        if (chunk.size() >= kChunkChars && !flush())
            return writeError(path, file.errorString());
        if ((row + 1) % kProgressEvery == 0) {
            if (cancel && cancel->isCancelled()) {
                file.cancelWriting();
                return Error::cancelled();
            }
            if (progress)
                progress(Progress{row + 1, options.rows});
        }
    }
    if (!flush())
        return writeError(path, file.errorString());
    if (cancel && cancel->isCancelled()) {
        file.cancelWriting();
        return Error::cancelled();
    }
    if (!file.commit())
        return writeError(path, file.errorString());
    if (progress)
        progress(Progress{options.rows, options.rows});
    return Status::success();
}

} // namespace steward
