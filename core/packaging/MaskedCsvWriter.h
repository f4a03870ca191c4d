#pragma once

#include "core/common/Cancellation.h"
#include "core/common/Result.h"
#include "core/consent/ConsentRegister.h"
#include "core/mask/ProjectSecret.h"
#include "core/store/DatasetInfo.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace steward {

class ProjectStore;
struct DatasetMeasurement;
struct Release;

// The masked data of one dataset of a release as it leaves in a package: the stored rules
// (compiled as `show --masked` does, the project secret only when a rule needs it), the records
// without valid consent for the release's purpose removed when the dataset has a consent register,
// and the records the stored record suppression leaves out removed. Written as
// UTF-8 CSV (header row, RFC 4180, a suppressed cell empty, formula-like text neutralised),
// streaming page by page: memory does not grow with the rows.
class MaskedCsvWriter final {
    Q_DECLARE_TR_FUNCTIONS(steward::MaskedCsvWriter)
public:
    MaskedCsvWriter(MaskedCsvWriter &&) noexcept;
    MaskedCsvWriter &operator=(MaskedCsvWriter &&) noexcept;
    ~MaskedCsvWriter();

    // Compiles the measured dataset's rules; the records its record suppression leaves out are
    // the measurement's (ReleaseMeasurement), so the data is exactly what was measured.
    // `passphrase` is asked only when a rule needs the secret and `secret` is empty.
    static Result<MaskedCsvWriter> prepare(ProjectStore &store,
                                           const DatasetMeasurement &measurement,
                                           const Release &release,
                                           const std::optional<ProjectSecret> &secret,
                                           const std::function<Result<QString>()> &passphrase);

    QStringList columns() const; // the columns that leave (dropped ones left out), in order
    // Streams the CSV into `out`. Progress counts stored rows.
    Status write(ProjectStore &store, QIODevice &out, const ProgressCallback &progress = {},
                 const CancellationToken *cancel = nullptr);
    qint64 rowsWritten() const;
    qint64 suppressedRecords() const; // left out by the record suppression
    // The consent counts after write(); nullopt when the dataset has no consent register.
    std::optional<ConsentExclusion> consent() const;

private:
    MaskedCsvWriter();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace steward
