#pragma once

#include "core/common/Cancellation.h"
#include "core/common/Result.h"
#include "core/consent/ConsentRegister.h"
#include "core/import/ImportOptions.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace steward {

class ProjectStore;

// Attaching, replacing and reading consent registers, for both shells. attach() reads the whole
// file first, then stores it in one transaction with its audit entry ("consent.attach", detail:
// dataset, file name, sha256, counts — never a subject key); a malformed file (FILE:LINE:COLUMN,
// what was expected) changes nothing. Attaching again replaces the register: the release gates and
// measurements that use it re-evaluate (the release's content hash includes the register's sha256).
class ConsentService final {
    Q_DECLARE_TR_FUNCTIONS(steward::ConsentService)
public:
    explicit ConsentService(ProjectStore &store) : m_store(store) {}

    // `subjectField` empty: the dataset's direct identifier naming a person (isPersonIdentifier,
    // as DatasetMeasurement::subjectField) whose name is the register's subject column header,
    // else the first such field, else a direct identifier named like that header, else BadInput
    // asking for --subject. Progress counts rows read, with the total estimated from the bytes.
    // Cancelled: Error::cancelled(), nothing changed.
    Result<ConsentRegisterInfo> attach(const QString &dataset, const QString &path,
                                       const QString &subjectField = {},
                                       const ProgressCallback &progress = {},
                                       const CancellationToken *cancel = nullptr);
    // nullopt when the dataset has no register. BadInput for an unknown dataset.
    Result<std::optional<ConsentRegisterInfo>> show(const QString &dataset);
    // The same, reading the file with `readOptions` (its encoding, delimiter or sheet; the
    // header is always the first row).
    Result<ConsentRegisterInfo> attach(const QString &dataset, const QString &path,
                                       const QString &subjectField,
                                       const ImportOptions &readOptions,
                                       const ProgressCallback &progress = {},
                                       const CancellationToken *cancel = nullptr);
    // Detaches (audited "consent.detach").
    Status detach(const QString &dataset);

private:
    ProjectStore &m_store;
};

} // namespace steward
