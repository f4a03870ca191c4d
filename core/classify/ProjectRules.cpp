#include "core/classify/ProjectRules.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace steward {

QString ProjectRules::userRuleFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("steward/rules.json"));
}

QString ProjectRules::projectRuleFile(const QString &projectPath)
{
    return projectPath + QStringLiteral(".rules.json");
}

QStringList ProjectRules::ruleFiles(const QString &projectPath, const QStringList &extraFiles)
{
    QStringList files;
    for (const QString &file : {userRuleFile(), projectRuleFile(projectPath)}) {
        if (QFileInfo(file).isFile())
            files.append(file);
    }
    files.append(extraFiles);
    return files;
}

Result<std::shared_ptr<const DetectorSet>> ProjectRules::detectors(const QString &projectPath,
                                                                   const QStringList &extraFiles)
{
    const QStringList files = ruleFiles(projectPath, extraFiles);
    if (files.isEmpty())
        return DetectorSet::builtin();
    auto set = DetectorSet::load(files);
    if (!set)
        return set.error();
    return std::shared_ptr<const DetectorSet>(std::make_shared<DetectorSet>(std::move(*set)));
}

} // namespace steward
