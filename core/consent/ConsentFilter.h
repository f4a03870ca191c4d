#pragma once

#include "core/common/Result.h"
#include "core/consent/ConsentRegister.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <optional>

namespace steward {

class ProjectStore;

// Which records of a dataset may leave for a purpose: built once per dataset and release from the
// stored register (the set of subject keys with valid consent for the purpose), then asked per row
// while streaming. Used by ReleaseMeasurement (risk is measured on the records that leave), by the
// export and review packages, and counted into ConsentExclusion for the DPIA, release.json and the
// release view. Thread-safe to read once built.
class ConsentFilter final {
    Q_DECLARE_TR_FUNCTIONS(steward::ConsentFilter)
public:
    // nullopt when the dataset has no register (every record may leave). `purpose` is the
    // release's consent purpose (Release::consentPurpose); an empty purpose with a register
    // attached keeps no record (the gate says to set it).
    static Result<std::optional<ConsentFilter>> load(ProjectStore &store, qint64 datasetId,
                                                     const QString &purpose);

    const QString &subjectField() const { return m_subjectField; }
    // Whether the record whose subject field holds `subjectValue` may leave; counts it.
    bool keep(const QString &subjectValue);
    const ConsentExclusion &counts() const { return m_counts; }

private:
    QString m_subjectField;
    QSet<QString> m_granted;      // normalised keys with valid consent for the purpose
    QSet<QString> m_withdrawn;    // latest decision withdrawn
    QSet<QString> m_refused;
    QSet<QString> m_outOfScope;   // granted, other purposes
    ConsentExclusion m_counts;
};

} // namespace steward
