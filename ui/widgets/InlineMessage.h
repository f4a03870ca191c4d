#pragma once

#include <QFrame>

class QLabel;

namespace steward::ui {

// A one-line (wrapping) message with an icon inside a form: a problem with the input or a notice
// worth reading before going on. Hidden while it has no text. Its text can be selected and copied.
class InlineMessage final : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Notice, Error };

    explicit InlineMessage(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    void clearMessage();
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    Kind m_kind = Kind::Notice;
    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace steward::ui
