#pragma once

#include "core/classify/RuleSet.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

#include <initializer_list>

namespace steward {

// Internal to RuleSet: reads one rule file into a copy of the target set, validating everything
// the file introduces, so that a failing file changes nothing.
class RuleFileParser final {
    Q_DECLARE_TR_FUNCTIONS(steward::RuleFileParser)
public:
    RuleFileParser(const RuleSet &base, const QByteArray &raw, const QString &file)
        : m_set(base), m_raw(raw), m_file(file)
    {
    }

    Status run();
    RuleSet &result() { return m_set; }

private:
    Error error(const QString &message, const QString &needle = {}) const;
    Error errorAtOffset(const QString &message, qint64 offset) const;
    static QString quoted(const QString &text);

    Status checkKeys(const QJsonObject &object, std::initializer_list<const char *> allowed,
                     const QString &where) const;
    Status readString(const QJsonObject &o, const char *key, QString *out) const;
    Status readStringList(const QJsonObject &o, const char *key, QStringList *out) const;
    Status readLabel(const QJsonObject &o, const char *key, LocalizedText *out) const;
    Status readGrade(const QJsonObject &o, std::optional<int> *out) const;
    Status readRole(const QJsonObject &o, std::optional<FieldRole> *out) const;
    Status readCategory(const QJsonObject &o, std::optional<DataCategory> *out) const;
    Status readBool(const QJsonObject &o, const char *key, std::optional<bool> *out) const;
    Status readNumber(const QJsonObject &o, const char *key, double min, double max,
                      std::optional<double> *out) const;
    Status readPatterns(const QJsonObject &o, const char *key, bool anchored,
                        QList<PatternRule> *out) const;
    Status readPattern(const QJsonValue &value, bool anchored, PatternRule *out) const;
    Status readRange(const QJsonObject &o, const char *key, int *min, int *max) const;
    Status readValidator(const QString &name) const;

    Status parseConcept(const QJsonObject &o);
    Status parseDetector(const QJsonObject &o);
    Status parseSensitiveGroup(const QJsonObject &o);
    Status parseLists(const QJsonObject &o);
    Status checkReferences() const;

    RuleSet m_set;
    const QByteArray &m_raw;
    QString m_file;
    QSet<QString> m_newConcepts;
    QSet<QString> m_newDetectors;
};

} // namespace steward
