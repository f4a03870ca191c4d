#pragma once

#include "core/release/Release.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;

namespace steward {
class ProjectStore;
}

namespace steward::ui {

class InlineMessage;

// File → New Release (Ctrl+Shift+N): a short form — name, datasets (the current one ticked),
// recipient, purpose, the consent purpose (when a ticked dataset has a consent register), sharing
// mode with the policy it sets, legal basis and the language of the
// documents (the UI language by default). Create stays disabled, with the reason beside it,
// until the form is valid; it creates the release through ReleaseService and closes, or shows
// why the project refused.
class NewReleaseDialog final : public QDialog {
    Q_OBJECT
public:
    NewReleaseDialog(ProjectStore &store, const QString &currentDataset, QWidget *parent = nullptr);

    Release draft() const;
    // The release created (after accept()).
    QString createdName() const { return m_created; }
    // Why Create is disabled ("" when it is not).
    QString problemText() const;

    void accept() override;

private:
    void validate();
    void updateModeSummary();
    // Whether a ticked dataset has a consent register (the consent purpose row shows then).
    bool consentApplies() const;

    ProjectStore &m_store;
    QStringList m_existing;
    QString m_created;
    QLineEdit *m_name;
    QListWidget *m_datasets;
    QLineEdit *m_recipient;
    QLineEdit *m_purpose;
    QLineEdit *m_consentPurpose = nullptr;
    QStringList m_consentDatasets; // datasets with a consent register
    QFormLayout *m_form = nullptr;
    QComboBox *m_mode;
    QLabel *m_modeSummary;
    QComboBox *m_basis;
    QComboBox *m_language;
    InlineMessage *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace steward::ui
