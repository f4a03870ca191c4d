#pragma once

#include <QCoreApplication>
#include <QString>

namespace steward {

// Exit codes of the command-line contract (shared/docs/cli.md); the GUI maps them to messages.
enum class ErrorCode : int {
    Usage = 1,        // wrong options or arguments
    BadInput = 2,     // unreadable/malformed file, not a project, corrupt, newer, in use
    Policy = 3,       // refused by policy (release gates)
    Verification = 4, // integrity, signature, audit chain, passphrase
    Internal = 5,     // a bug or an environment failure (disk full, I/O)
    Cancelled = 130,  // the user cancelled
};

// Advice that depends on the shell showing the error: the command line names its options, the GUI
// names its controls. The message itself states only what went wrong.
enum class ErrorHint {
    None,
    TryGb18030,     // undecodable as UTF-8: the file may be GB18030 or GBK
    ChooseEncoding, // undecodable in the chosen encoding: another one may fit
};

// A failure with a translated message and, for input errors, where in the file it happened.
// Messages never contain cell values (patient data).
struct Error {
    Q_DECLARE_TR_FUNCTIONS(steward::Error)
public:
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString file;      // empty when the error has no file
    qint64 line = 0;   // 1-based physical line, 0 when unknown
    qint64 column = 0; // 1-based character position in that line, 0 when unknown
    ErrorHint hint = ErrorHint::None;

    // "FILE:LINE:COLUMN: error: message" for input errors, otherwise "error: message"; the
    // message carries the command line's advice (see commandLineMessage()).
    QString toString() const;
    // The message followed by the hint in command-line terms ("import it with --encoding
    // gb18030"); shells with controls render the hint themselves.
    QString commandLineMessage() const;
    int exitCode() const { return static_cast<int>(code); }
    // The contract's machine name of the code ("usage", "bad_input", ...).
    QString codeName() const;

    static Error badInput(const QString &message, const QString &file = {}, qint64 line = 0,
                          qint64 column = 0);
    static Error internal(const QString &message);
    static Error cancelled();
    static Error usage(const QString &message);
};

} // namespace steward
