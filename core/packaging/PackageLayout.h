#pragma once

#include <QString>

namespace steward {

// Where things are in the two packages Steward writes. Both are BagIt 1.0 bags (RFC 8493) zipped
// with one top-level folder <BAG>/ (the bag's name):
//
//   <BAG>/bagit.txt                   "BagIt-Version: 1.0" / "Tag-File-Character-Encoding: UTF-8"
//   <BAG>/bag-info.txt                Source-Organization, External-Identifier (release),
//                                     Steward-Recipient, Steward-Mode, Steward-Package (export|review),
//                                     Bagging-Date, Payload-Oxum, Bag-Software-Agent
//   <BAG>/manifest-sha256.txt         every payload file ("HEX  data/…", LF, sorted by path)
//   <BAG>/tagmanifest-sha256.txt      bagit.txt, bag-info.txt, manifest-sha256.txt and every other
//                                     tag file below except the steward signature
//   <BAG>/data/<dataset>.csv          masked data, UTF-8, header row, formula-like cells neutralised
//   <BAG>/data/dictionary/<dataset>.csv   the data dictionary
//   <BAG>/data/datapackage.json       Frictionless Data Package (a Table Schema per dataset)
//   <BAG>/data/DSA.pdf, data/DPIA.pdf
//   <BAG>/data/release.json           (export) release, recipient, purpose, mode, policy, rules,
//                                     risk, consent exclusions, content hash, approvals
//   <BAG>/data/review.json            (review) see ReviewPackage.h
//   <BAG>/data/DSA.json, DPIA.json, DSA.html, DPIA.html   (review only)
//   <BAG>/approvals/<role>-<fingerprint>.json, .json.minisig, .pub   (export) each current approval
//   <BAG>/steward.pub                 (export) the steward's public key (minisign format)
//   <BAG>/tagmanifest-sha256.txt.minisig  (export) the steward's minisign signature over the tag
//                                     manifest; the one file not listed in it
//
// So: `sha256sum -c manifest-sha256.txt` (in <BAG>/), `minisign -Vm tagmanifest-sha256.txt -p
// steward.pub` and bagit.py --validate work on an unzipped package. An encrypted package is the
// whole zip encrypted with age (FILE.zip.age).
namespace PackageLayout {
inline const QString bagitTxt = QStringLiteral("bagit.txt");
inline const QString bagInfoTxt = QStringLiteral("bag-info.txt");
inline const QString manifest = QStringLiteral("manifest-sha256.txt");
inline const QString tagManifest = QStringLiteral("tagmanifest-sha256.txt");
inline const QString stewardSignature = QStringLiteral("tagmanifest-sha256.txt.minisig");
inline const QString stewardPublicKey = QStringLiteral("steward.pub");
inline const QString releaseJson = QStringLiteral("data/release.json");
inline const QString reviewJson = QStringLiteral("data/review.json");
inline const QString dataPackageJson = QStringLiteral("data/datapackage.json");
inline const QString dsaPdf = QStringLiteral("data/DSA.pdf");
inline const QString dpiaPdf = QStringLiteral("data/DPIA.pdf");
inline const QString approvalsDir = QStringLiteral("approvals/");
// A file name made safe for every file system from a dataset or release name (keeps letters of
// any script, digits, '-', '_', '.'; others become '_').
QString safeName(const QString &name);
// The untrusted comment of the steward's signature over the tag manifest. It is the one line of a
// package no hash or signature covers, so the verifier requires exactly this text.
QString signatureComment(const QString &fingerprint);
} // namespace PackageLayout

} // namespace steward
