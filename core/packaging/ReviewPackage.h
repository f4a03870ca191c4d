#pragma once

#include "core/common/Result.h"
#include "core/packaging/BagReader.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace steward {

// A review package opened for review (the `review` command and the GUI's review mode): read-only,
// no project needed. data/review.json:
//
//   {"format": "steward-review/1",
//    "release": Release::toJson() without exports,
//    "content_hash": HEX, "content": the ContentManifest's JSON (hash(content) == content_hash),
//    "submitted_at", "submitted_by",
//    "summary": {"what", "to_whom", "why", "mode", "risk"}   (plain sentences, submitter's language),
//    "datasets": [{"name", "file": "data/x.csv", "dictionary": "data/dictionary/x.csv",
//                  "records", "fields",
//                  "risk": {"k", "classes", "min_class", "records_below_k", "prosecutor_max",
//                           "prosecutor_avg", "sample_uniques", "suppressed", "l_diversity"},
//                  "risk_before": {same keys}, "class_sizes": [[size, count]…] (histogram for charts),
//                  "class_sizes_before": [[size, count]…] (the data as stored), "quasi": [fields],
//                  "sensitive": [fields], "consent": ConsentExclusion JSON | null}],
//    (each "risk" also has "records"; "records" of a dataset counts the rows of its CSV)
//    "policy": ReleasePolicy JSON, "gates": [{"name", "ok", "detail"}],
//    "approvals_required": {"compliance", "ethics"},
//    "documents": {"dsa": {"pdf", "json", "html"}, "dpia": {…}},
//    "dpia_sections": [{"key", "title"}], "dsa_sections": [{"key", "title"}],
//    "language": the documents' language ("zh_CN" or "en")}
//
// open() refuses (Verification, naming the files) a package whose bag or content hash does not
// check: a reviewer never sees, nor signs, content that changed on its way.
class ReviewPackage final {
    Q_DECLARE_TR_FUNCTIONS(steward::ReviewPackage)
public:
    ReviewPackage();
    ~ReviewPackage();
    // BadInput when it is not a review package (no data/review.json, wrong format);
    // Verification when check() finds anything (the package is then not kept open).
    Status open(const QString &path);
    // The bag's own check (BagReader::checkBag) and content_hash == hash(content).
    QList<BagReader::Failure> check() const;
    const QJsonObject &review() const;
    QString releaseName() const;
    QString contentHash() const;
    const BagReader &bag() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace steward
