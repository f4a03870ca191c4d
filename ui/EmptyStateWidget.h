#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace steward::ui {

// What the central area shows when there is nothing to browse: a short explanation and the one or
// two actions that get the user going.
class EmptyStateWidget final : public QWidget {
    Q_OBJECT
public:
    enum class State {
        NoProject,      // "Create or open a project"
        EmptyProject,   // project without datasets: "Import data"
        NothingSelected // datasets exist, none selected
    };

    explicit EmptyStateWidget(QWidget *parent = nullptr);
    ~EmptyStateWidget() override;

    void setState(State state);
    State state() const { return m_state; }
    // Re-reads the recent projects from the settings (also done whenever the start page shows).
    void refreshRecentProjects();

signals:
    void newProjectRequested();
    void openProjectRequested();
    void importRequested();
    // A recent project whose file exists was clicked or activated with the keyboard.
    void recentProjectRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void openRecent(QListWidgetItem *item);
    void removeCurrentRecent();
    void updateRemoveButton();

    State m_state = State::NoProject;
    QLabel *m_logo;
    QLabel *m_title;
    QLabel *m_body;
    QPushButton *m_newButton;
    QPushButton *m_openButton;
    QPushButton *m_importButton;
    QLabel *m_recentTitle;
    QListWidget *m_recentList;
    QPushButton *m_removeRecentButton;
    QWidget *m_recentBox = nullptr;
    QAction *m_removeAction = nullptr;
};

} // namespace steward::ui
