#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QListWidget;
class QPushButton;

namespace steward::ui {

// A pop-up list of the dataset's fields with a check box each, for choosing several fields in a
// row: ticking a field keeps the list open (a menu would close after every click). "All of the
// classification" ticks exactly the fields the classification gives the role; "None" clears.
// The checked fields are reported in column order, so that what is measured never depends on
// the order of the clicks.
class FieldChecklist final : public QFrame {
    Q_OBJECT
public:
    explicit FieldChecklist(QWidget *parent = nullptr);

    // `fields` in column order; `classified` the classification's choice for "All".
    void setFields(const QStringList &fields, const QStringList &checked,
                   const QStringList &classified);
    void setChecked(const QStringList &checked);
    QStringList checked() const;
    // The texts: what the list is for and the "All … of the classification" button.
    void setTexts(const QString &title, const QString &allText);
    // Shows the list as a pop-up below `anchor`.
    void popup(QWidget *anchor);

signals:
    // The steward changed the checked fields (not emitted by setFields/setChecked).
    void checkedChanged(const QStringList &fields);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QListWidget *m_list;
    QPushButton *m_all;
    QPushButton *m_none;
    QStringList m_classified;
    bool m_updating = false;
};

} // namespace steward::ui
