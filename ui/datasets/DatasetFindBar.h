#pragma once

#include <QStringList>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace steward::ui {

// The Data tab's find bar (Ctrl+F): a text, the field it looks in ("All columns" or one field)
// and how many rows match. It only collects the filter: the browser runs it. Typing settles for
// kSettleMs before filterChanged(); Esc clears the text, and a second Esc closes the bar.
class DatasetFindBar final : public QWidget {
    Q_OBJECT
public:
    static constexpr int kSettleMs = 250;

    explicit DatasetFindBar(QWidget *parent = nullptr);

    // The fields of the shown dataset (clears the filter).
    void setFields(const QStringList &names);
    QString text() const;
    // -1: every field.
    int column() const;
    void setColumn(int column);
    // Shows the bar and puts the cursor in the text.
    void activate();
    // Clears the text (filterChanged() follows at once when it was not empty).
    void clear();
    // "N of M rows", or empty while no filter is applied.
    void setCountText(const QString &text);

    QLineEdit *lineEdit() const { return m_edit; }
    QComboBox *columnBox() const { return m_columns; }
    QLabel *countLabel() const { return m_count; }

signals:
    void filterChanged();
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_edit;
    QComboBox *m_columns;
    QLabel *m_count;
    QToolButton *m_close;
    QTimer m_settle;
};

} // namespace steward::ui
