#pragma once

#include "core/classify/RuleDefinitions.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>

namespace steward {

// The classification rules as data: concepts (what a field is, with header synonyms and the
// role/category/grade it implies), value detectors, word lists and sensitive diagnosis ranges.
// Built-in rules come from the resource :/rules/builtin.json; user and project rule files with
// the same schema are merged on top: they add concepts, detectors, patterns, header synonyms, list
// entries, keywords and code ranges, and may override scalar settings (grade, enabled, ...).
// A file that fails to parse or validate leaves the set unchanged (BadInput with file:line:column).
class RuleSet final {
    Q_DECLARE_TR_FUNCTIONS(steward::RuleSet)
public:
    static QString builtinPath(); // ":/rules/builtin.json"
    static Result<RuleSet> builtin();
    // The built-in rules with each file merged in order.
    static Result<RuleSet> load(const QStringList &ruleFiles);

    Status mergeFile(const QString &path);
    // fileName is only used in error messages.
    Status mergeJson(const QByteArray &json, const QString &fileName);

    const QList<ConceptRule> &concepts() const { return m_concepts; }
    const QList<DetectorRule> &detectors() const { return m_detectors; }
    const QList<SensitiveGroupRule> &sensitiveGroups() const { return m_sensitiveGroups; }
    const QHash<QString, QStringList> &lists() const { return m_lists; }
    QStringList list(const QString &name) const { return m_lists.value(name); }
    const QStringList &sourceFiles() const { return m_sourceFiles; }

    int conceptIndex(QStringView id) const;
    int detectorIndex(QStringView id) const;
    int sensitiveGroupIndex(QStringView id) const;

private:
    friend class RuleFileParser;
    QList<ConceptRule> m_concepts;
    QList<DetectorRule> m_detectors;
    QList<SensitiveGroupRule> m_sensitiveGroups;
    QHash<QString, QStringList> m_lists;
    QStringList m_sourceFiles;
};

} // namespace steward
