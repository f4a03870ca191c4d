#include "core/classify/RuleSet.h"

#include "core/classify/RuleFileParser.h"

#include <QCoreApplication>
#include <QFile>

namespace steward {

QString LocalizedText::text(const QLocale &locale) const
{
    if (locale.language() == QLocale::Chinese && !zh.isEmpty())
        return zh;
    return en.isEmpty() ? zh : en;
}

QString RuleSet::builtinPath()
{
    return QStringLiteral(":/rules/builtin.json");
}

Result<RuleSet> RuleSet::builtin()
{
    RuleSet set;
    if (Status s = set.mergeFile(builtinPath()); !s)
        return s.error();
    return set;
}

Result<RuleSet> RuleSet::load(const QStringList &ruleFiles)
{
    Result<RuleSet> set = builtin();
    if (!set)
        return set;
    for (const QString &file : ruleFiles) {
        if (Status s = set->mergeFile(file); !s)
            return s.error();
    }
    return set;
}

Status RuleSet::mergeFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::badInput(tr("cannot read the rule file: %1")
                                   .arg(file.errorString()),
                               path);
    }
    return mergeJson(file.readAll(), path);
}

Status RuleSet::mergeJson(const QByteArray &json, const QString &fileName)
{
    RuleFileParser parser(*this, json, fileName);
    if (Status s = parser.run(); !s)
        return s;
    *this = std::move(parser.result());
    m_sourceFiles.append(fileName);
    return {};
}

int RuleSet::conceptIndex(QStringView id) const
{
    for (int i = 0; i < m_concepts.size(); ++i) {
        if (m_concepts[i].id == id)
            return i;
    }
    return -1;
}

int RuleSet::detectorIndex(QStringView id) const
{
    for (int i = 0; i < m_detectors.size(); ++i) {
        if (m_detectors[i].id == id)
            return i;
    }
    return -1;
}

int RuleSet::sensitiveGroupIndex(QStringView id) const
{
    for (int i = 0; i < m_sensitiveGroups.size(); ++i) {
        if (m_sensitiveGroups[i].id == id)
            return i;
    }
    return -1;
}

} // namespace steward
