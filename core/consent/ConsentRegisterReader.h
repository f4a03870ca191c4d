#pragma once

#include "core/common/Result.h"
#include "core/import/ImportOptions.h"
#include "core/import/RowSource.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace steward {

enum class ConsentStatus { Granted, Withdrawn, Refused };

// "granted", "withdrawn", "refused": the names stored and shown in JSON.
QString consentStatusName(ConsentStatus status);
// A status as a register writes it: the names above and their usual variants in English and
// Chinese (granted/yes/agreed/同意/已同意, withdrawn/revoked/撤回/已撤回, refused/declined/拒绝…),
// case-insensitive, trimmed. nullopt for anything else.
std::optional<ConsentStatus> consentStatusFromText(QStringView text);

// A subject key as stored and matched: trimmed and upper-cased (resident ids end in 'x' or 'X',
// record numbers are written in either case).
QString normalizedSubjectKey(QStringView value);
// A purpose as matched against a scope: trimmed and case-folded.
QString normalizedPurpose(QStringView purpose);
// A scope cell as stored: its purposes separated by ';' or ',' (also '；', '，', '、', '|'),
// each normalised, duplicates removed, joined by ';'. "*" (alone among them) stands for any
// purpose and is stored as "*". Empty when the cell names no purpose.
QString normalizedScope(QStringView scope);
// Whether a stored (normalised) scope covers a normalised purpose. An empty purpose is covered
// by no scope, not even "*".
bool scopeCovers(QStringView storedScope, QStringView purpose);

// One decision of a register as read.
struct ConsentEntry {
    QString subject;      // normalised key
    ConsentStatus status = ConsentStatus::Granted;
    QString scope;        // normalised (see normalizedScope)
    QString decidedOn;    // ISO date (yyyy-MM-dd); empty when the register has no date
};

// Reads a consent register row by row through the importer's readers (CSV/TSV in any encoding
// the importer detects, XLSX, XLS): the first record is the header, whose columns are found by
// their names in English or Chinese (see ConsentRegister.h). Memory does not grow with the file.
// Errors are BadInput with the file, the line (row of a spreadsheet), the column (the 1-based
// field number) and what was expected; they never quote a cell.
class ConsentRegisterReader final {
    Q_DECLARE_TR_FUNCTIONS(steward::ConsentRegisterReader)
public:
    static Result<std::unique_ptr<ConsentRegisterReader>> open(const QString &path,
                                                              const ImportOptions &options = {});

    // The next decision; false at the end of the file.
    Result<bool> next(ConsentEntry &entry);

    // The header text of the register's subject column (to find the dataset field of the same name).
    const QString &subjectHeader() const { return m_subjectHeader; }
    qint64 consumed() const { return m_source->consumed(); }
    qint64 total() const { return m_source->total(); }
    QString encodingName() const { return m_source->encodingName(); }

    // The header names recognised for each column, for messages and help.
    static QStringList subjectHeaders();
    static QStringList statusHeaders();
    static QStringList scopeHeaders();
    static QStringList dateHeaders();

private:
    ConsentRegisterReader() = default;
    Status readHeader();
    Error cellError(int column, const QString &expected) const;

    QString m_path;
    QString m_fileName;
    std::unique_ptr<RowSource> m_source;
    std::vector<std::string_view> m_cells;
    QStringList m_headers;
    QString m_subjectHeader;
    int m_subject = -1;
    int m_status = -1;
    int m_scope = -1;
    int m_date = -1;
};

} // namespace steward
