#pragma once

#include "core/age/AgeFile.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <memory>

namespace steward {

// Reads a zipped BagIt bag (an export or review package), decrypting an age-encrypted one first
// into a temporary file (removed on destruction). Never extracts outside a temporary folder it
// owns; rejects entry names with "..", absolute paths or more than one top-level folder.
class BagReader final {
    Q_DECLARE_TR_FUNCTIONS(steward::BagReader)
public:
    BagReader();
    ~BagReader();
    // BadInput: not a zip / not a bag; Verification: cannot decrypt (see AgeFile::decrypt).
    // Usage error when the file is encrypted and `key` is empty.
    Status open(const QString &path, const AgeDecryptionKey &key = {});
    bool wasEncrypted() const;
    QString bagName() const;
    QStringList files() const;                 // paths relative to the bag folder, sorted
    Result<QByteArray> read(const QString &path) const;           // small files (JSON, manifests)
    Result<std::unique_ptr<QIODevice>> openFile(const QString &path) const; // stream big ones
    // Hash checks of the bag itself: every manifest line's file exists with that SHA-256, every
    // payload file is in the manifest, Payload-Oxum matches, the tag manifest matches.
    // Each failure: {file, reason}. Empty list = the bag is intact.
    struct Failure { QString file; QString reason; };
    QList<Failure> checkBag(const ProgressCallback &progress = {}, const CancellationToken *cancel = nullptr) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace steward
