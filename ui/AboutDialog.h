#pragma once

#include <QDialog>

namespace steward::ui {

// Help → About Steward: version, the Qt it runs on, and the libraries Steward is built on with
// their licences. "Copy Version Info" puts the versions on the clipboard for a support request.
class AboutDialog final : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // Plain-text summary of versions (application, Qt, libraries, system).
    static QString versionInfo();
};

} // namespace steward::ui
