#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <utility>

namespace steward {

// Writes a BagIt 1.0 bag as a zip (QuaZip), streaming: each file is written once, hashed (SHA-256)
// and counted while it is written, then the manifests, bag-info (with Payload-Oxum) and the tag
// manifest are added at finish(). Paths are relative to the bag folder ("data/x.csv", "approvals/…").
class BagWriter final {
    Q_DECLARE_TR_FUNCTIONS(steward::BagWriter)
public:
    // `zipPath` is created (the caller picks a temporary name); `bagName` is the top-level folder.
    BagWriter(const QString &zipPath, const QString &bagName);
    ~BagWriter();
    Status open();

    // A payload or tag file whose bytes `write` produces into the device it is given (stream it).
    Status addFile(const QString &path, const std::function<Status(QIODevice &)> &write);
    Status addFile(const QString &path, const QByteArray &bytes);
    // bag-info.txt's lines besides Payload-Oxum and Bagging-Date (added here), in order.
    void setBagInfo(const QList<std::pair<QString, QString>> &fields);
    // Writes bag-info.txt, manifest-sha256.txt, tagmanifest-sha256.txt; then, when `sign` is given,
    // the file it returns for the tag manifest's bytes (path, content), not listed in the tag
    // manifest. Closes the zip.
    Status finish(const std::function<Result<std::pair<QString, QByteArray>>(const QByteArray &tagManifest)> &sign = {});
    int fileCount() const; // every file in the bag so far

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace steward
