#pragma once

#include <QCoreApplication>
#include <QString>

namespace steward {
struct Error;
}

namespace steward::ui {

// A core error as the GUI shows it: a sentence without the command line's "error:" prefix, and
// the error's hint in terms of the GUI's controls ("choose GB18030 / GBK in the Encoding box")
// rather than its command-line options.
class ErrorText final {
    Q_DECLARE_TR_FUNCTIONS(steward::ui::ErrorText)
public:
    // The message as a sentence, followed by the hint's advice when it has one.
    static QString sentence(const Error &error);
    // The sentence after where it happened: "data.csv, line 12, column 4: …" (the file name
    // without its folder; only the parts the error knows).
    static QString located(const Error &error);
    // Only the hint's advice ("" without a hint).
    static QString hint(const Error &error);
};

} // namespace steward::ui
