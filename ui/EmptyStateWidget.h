#pragma once

#include <QWidget>

class QLabel;
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

    void setState(State state);
    State state() const { return m_state; }

signals:
    void newProjectRequested();
    void openProjectRequested();
    void importRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    State m_state = State::NoProject;
    QLabel *m_logo;
    QLabel *m_title;
    QLabel *m_body;
    QPushButton *m_newButton;
    QPushButton *m_openButton;
    QPushButton *m_importButton;
};

} // namespace steward::ui
