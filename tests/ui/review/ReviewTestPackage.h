#pragma once

// Review and export packages made by the tests themselves (BagWriter), so the GUI suites do not
// need a whole project: a release with one dataset of `rows` masked records, documents in HTML
// with numbered sections, risk figures, gates and a content manifest whose hash the decision signs.

#include "core/packaging/BagWriter.h"
#include "core/workflow/ContentManifest.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QString>

namespace steward::reviewtest {

inline const QString kRelease = QStringLiteral("Cardiology registry 2026");
inline const QString kRecipient = QStringLiteral("University Heart Institute");
inline const QString kBag = QStringLiteral("Cardiology_registry_2026");

inline QByteArray maskedCsv(int rows)
{
    QByteArray csv = "pseudonym,age_band,sex,diagnosis,note\n";
    for (int i = 0; i < rows; ++i) {
        csv += "P" + QByteArray::number(1000 + i) + "," + QByteArray::number(20 + (i % 6) * 10)
               + "-" + QByteArray::number(29 + (i % 6) * 10) + "," + (i % 2 ? "F" : "M") + ",I50,"
               + (i % 7 == 0 ? "\"two lines,\nquoted\"" : "ok") + "\n";
    }
    return csv;
}

inline QJsonObject content()
{
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("steward-content/1")},
                       {QStringLiteral("release"),
                        QJsonObject{{QStringLiteral("release"), kRelease},
                                    {QStringLiteral("recipient"), kRecipient}}}};
}

inline QJsonObject reviewJson(int rows)
{
    const QJsonObject risk{{QStringLiteral("k"), 5},
                           {QStringLiteral("classes"), 12},
                           {QStringLiteral("min_class"), 6},
                           {QStringLiteral("records_below_k"), 0},
                           {QStringLiteral("prosecutor_max"), 1.0 / 6},
                           {QStringLiteral("prosecutor_avg"), 0.08},
                           {QStringLiteral("sample_uniques"), 0.0},
                           {QStringLiteral("suppressed"), 0}};
    const QJsonObject before{{QStringLiteral("k"), 5},
                             {QStringLiteral("classes"), 900},
                             {QStringLiteral("min_class"), 1},
                             {QStringLiteral("records_below_k"), 800},
                             {QStringLiteral("prosecutor_max"), 1.0},
                             {QStringLiteral("prosecutor_avg"), 0.7},
                             {QStringLiteral("sample_uniques"), 0.6},
                             {QStringLiteral("suppressed"), 0}};
    const QJsonObject dataset{
        {QStringLiteral("name"), QStringLiteral("inpatient")},
        {QStringLiteral("file"), QStringLiteral("data/inpatient.csv")},
        {QStringLiteral("dictionary"), QStringLiteral("data/dictionary/inpatient.csv")},
        {QStringLiteral("records"), rows},
        {QStringLiteral("fields"), 5},
        {QStringLiteral("risk"), risk},
        {QStringLiteral("risk_before"), before},
        {QStringLiteral("class_sizes"), QJsonArray{QJsonArray{6, 2}, QJsonArray{100, 1}}},
        {QStringLiteral("class_sizes_before"), QJsonArray{QJsonArray{1, 50}, QJsonArray{2, 10}}},
        {QStringLiteral("consent"), QJsonValue()}};
    auto sections = [](const QStringList &keys) {
        QJsonArray array;
        for (const QString &key : keys)
            array.append(QJsonObject{{QStringLiteral("key"), key},
                                     {QStringLiteral("title"), QStringLiteral("Section ") + key}});
        return array;
    };
    QJsonArray gates;
    for (const char *gate : {"datasets", "classification", "direct_identifiers", "grade_ceiling",
                             "risk", "consent", "dsa_complete", "dsa_up_to_date", "dpia_complete",
                             "dpia_up_to_date"})
        gates.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(gate)},
                                 {QStringLiteral("ok"), true},
                                 {QStringLiteral("detail"), QStringLiteral("fine")}});
    gates.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("approvals")},
                             {QStringLiteral("ok"), false},
                             {QStringLiteral("detail"), QStringLiteral("0 of 1 ethics")}});
    const QJsonObject c = content();
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("steward-review/1")},
        {QStringLiteral("release"),
         QJsonObject{{QStringLiteral("release"), kRelease},
                     {QStringLiteral("recipient"), kRecipient},
                     {QStringLiteral("purpose"), QStringLiteral("Outcomes of heart failure")},
                     {QStringLiteral("mode"), QStringLiteral("controlled")}}},
        {QStringLiteral("content_hash"), ContentManifest::hashOf(c)},
        {QStringLiteral("content"), c},
        {QStringLiteral("submitted_at"), QStringLiteral("2026-12-07T10:00:00Z")},
        {QStringLiteral("submitted_by"), QStringLiteral("steward")},
        {QStringLiteral("summary"),
         QJsonObject{{QStringLiteral("what"), QStringLiteral("Masked admissions of inpatient")},
                     {QStringLiteral("to_whom"), kRecipient + QStringLiteral(" (Dr. Li)")},
                     {QStringLiteral("why"), QStringLiteral("Outcomes of heart failure")},
                     {QStringLiteral("mode"), QStringLiteral("Controlled access")},
                     {QStringLiteral("risk"), QStringLiteral("Low")}}},
        {QStringLiteral("datasets"), QJsonArray{dataset}},
        {QStringLiteral("policy"), QJsonObject{{QStringLiteral("min_k"), 5}}},
        {QStringLiteral("gates"), gates},
        {QStringLiteral("approvals_required"),
         QJsonObject{{QStringLiteral("compliance"), 1}, {QStringLiteral("ethics"), 1}}},
        {QStringLiteral("documents"),
         QJsonObject{{QStringLiteral("dsa"),
                      QJsonObject{{QStringLiteral("html"), QStringLiteral("data/DSA.html")}}},
                     {QStringLiteral("dpia"),
                      QJsonObject{{QStringLiteral("html"), QStringLiteral("data/DPIA.html")}}}}},
        {QStringLiteral("dpia_sections"), sections({QStringLiteral("context"), QStringLiteral("data"),
                                                    QStringLiteral("risks")})},
        {QStringLiteral("dsa_sections"), sections({QStringLiteral("parties"), QStringLiteral("purpose")})}};
}

// Writes `<dir>/<name>`; false when BagWriter fails.
inline bool writeReviewPackage(const QString &path, int rows)
{
    BagWriter bag(path, kBag);
    if (!bag.open())
        return false;
    bag.setBagInfo({{QStringLiteral("External-Identifier"), kRelease},
                    {QStringLiteral("Steward-Package"), QStringLiteral("review")}});
    const QByteArray html = "<h1>Impact assessment</h1><h2><a name=\"sec-context\"></a>1. Context</h2>"
                            "<p>What and why.</p><h2><a name=\"sec-risks\"></a>3. Risks</h2><p>Low.</p>";
    return bag.addFile(QStringLiteral("data/inpatient.csv"), maskedCsv(rows))
           && bag.addFile(QStringLiteral("data/dictionary/inpatient.csv"),
                          "field,category,grade,masking\npseudonym,personal attribute,4,keyed pseudonym\n")
           && bag.addFile(QStringLiteral("data/DPIA.html"), html)
           && bag.addFile(QStringLiteral("data/DSA.html"), "<h1>Data sharing agreement</h1>")
           && bag.addFile(QStringLiteral("data/review.json"),
                          QJsonDocument(reviewJson(rows)).toJson(QJsonDocument::Compact))
           && bag.finish();
}

// An export-like bag (no signatures): enough for the verifier to check every payload hash.
inline bool writeExportPackage(const QString &path)
{
    BagWriter bag(path, kBag);
    if (!bag.open())
        return false;
    bag.setBagInfo({{QStringLiteral("External-Identifier"), kRelease},
                    {QStringLiteral("Steward-Package"), QStringLiteral("export")}});
    return bag.addFile(QStringLiteral("data/inpatient.csv"), maskedCsv(20))
           && bag.addFile(QStringLiteral("data/release.json"),
                          QJsonDocument(QJsonObject{{QStringLiteral("release"), kRelease}})
                              .toJson(QJsonDocument::Compact))
           && bag.finish();
}

// Unzips `zip`, replaces one file of the bag with `bytes` and zips it again as `out` (the standard
// zip tools, as an attacker would); false when they are missing or fail.
inline bool tamper(const QString &zip, const QString &file, const QByteArray &bytes,
                   const QString &out, const QString &workDir)
{
    const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
    const QString zipTool = QStandardPaths::findExecutable(QStringLiteral("zip"));
    if (unzip.isEmpty() || zipTool.isEmpty())
        return false;
    QDir(workDir).mkpath(QStringLiteral("x"));
    const QString x = QDir(workDir).filePath(QStringLiteral("x"));
    if (QProcess::execute(unzip, {QStringLiteral("-q"), QStringLiteral("-o"), zip, QStringLiteral("-d"), x}) != 0)
        return false;
    QFile f(QDir(x).filePath(kBag + QLatin1Char('/') + file));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        return false;
    f.close();
    QProcess process;
    process.setWorkingDirectory(x);
    process.start(zipTool, {QStringLiteral("-q"), QStringLiteral("-r"), QStringLiteral("-D"), out, kBag});
    return process.waitForFinished() && process.exitCode() == 0;
}

} // namespace steward::reviewtest
