#pragma once

// Helpers shared by the core test suites (header-only: every tests/**/test_*.cpp is its own
// executable). Fixture failures stop the suite with qFatal: a test that cannot set up proves
// nothing.

#include "core/import/Importer.h"
#include "core/mask/MaskRule.h"
#include "core/store/ProjectStore.h"
#include "tests/support/TestFiles.h"

#include <QString>
#include <QTemporaryDir>

namespace steward::coretest {

// A rule in the CLI's text form ("bands:width=10").
inline MaskRule rule(const QString &text)
{
    Result<MaskRule> r = MaskRule::parse(text);
    if (!r)
        qFatal("rule: %s", qPrintable(r.error().message));
    return *r;
}

// Writes `content` to a new file in `dir` and imports it into `store` as dataset `name`.
inline DatasetInfo importCsv(ProjectStore &store, const QTemporaryDir &dir, const QString &name,
                             const QByteArray &content, bool replace = false)
{
    static int files = 0;
    const QString file =
        testsupport::writeFixture(dir, QStringLiteral("fixture%1.csv").arg(++files), content);
    ImportOptions options;
    options.datasetName = name;
    options.replaceExisting = replace;
    auto info = importFile(store, file, options);
    if (!info)
        qFatal("import: %s", qPrintable(info.error().toString()));
    return *info;
}

// A six-record table whose risk and loss are computed by hand in the risk suites. Ages 34/36/38
// and 51/55/59 fall in two bands of width 10; postal codes 310… and 320… in two 3-digit prefixes.
// With sixRecordRules() the masked classes over (age, sex, zip) are {1,2} {3} {4,5} {6}.
inline QByteArray sixRecordTable()
{
    return "id,age,sex,zip,dx\n"
           "1,34,M,310012,A\n"
           "2,36,M,310013,B\n"
           "3,38,F,310014,A\n"
           "4,51,F,320001,C\n"
           "5,55,F,320002,C\n"
           "6,59,M,320003,A\n";
}

inline QList<std::pair<QString, MaskRule>> sixRecordRules()
{
    return {{QStringLiteral("id"), rule(QStringLiteral("drop"))},
            {QStringLiteral("age"), rule(QStringLiteral("bands:width=10"))},
            {QStringLiteral("zip"), rule(QStringLiteral("truncate:keep=3"))}};
}

} // namespace steward::coretest
