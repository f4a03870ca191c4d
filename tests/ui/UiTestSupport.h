#pragma once

// Helpers shared by the widget test suites (header-only: every tests/**/test_*.cpp is its own
// executable).

#include "tests/support/TestFiles.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QString>
#include <QTimer>

#include <functional>

namespace steward::uitest {

// Keeps the tests away from the user's real settings.
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

using testsupport::encode;
using testsupport::writeFile;

// A synthetic extract: id (integer), name (Chinese text), admitted (date), fee (decimal).
inline QString patientCsv(int rows, QChar delimiter = QLatin1Char(','), bool header = true)
{
    static const QString names[] = {QStringLiteral("张伟"), QStringLiteral("王芳"),
                                    QStringLiteral("李娜"), QStringLiteral("刘洋")};
    QString text;
    text.reserve(rows * 32);
    const QString d(delimiter);
    if (header)
        text += QStringLiteral("id") + d + QStringLiteral("name") + d + QStringLiteral("admitted")
                + d + QStringLiteral("fee\n");
    for (int i = 1; i <= rows; ++i) {
        text += QString::number(i) + d + names[i % 4] + d
                + QStringLiteral("2024-%1-%2")
                      .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                      .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                + d + QString::number(100 + i % 1000) + QStringLiteral(".5\n");
    }
    return text;
}

// Puts Qt's model tester on every item model below `root` (a view or dialog and the models it
// made), for as long as each model lives: a broken model contract (rows, parents, signals) fails
// the running test. Models that already have one are left alone, so it can be called again after
// a view made new models.
inline void attachModelTesters(QObject *root)
{
    const QList<QAbstractItemModel *> models = root->findChildren<QAbstractItemModel *>();
    for (QAbstractItemModel *model : models) {
        if (model->findChild<QAbstractItemModelTester *>(QString(), Qt::FindDirectChildrenOnly))
            continue;
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     model);
    }
}

// Watches for the next QMessageBox (a modal dialog run with exec()), records what it says and
// answers it, so that tests can drive code paths that ask the user.
class MessageBoxCatcher final {
public:
    // `answer` chooses the button to press; by default the escape/cancel button.
    explicit MessageBoxCatcher(std::function<QAbstractButton *(QMessageBox *)> answer = {})
        : m_answer(std::move(answer))
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { poll(); });
        m_timer.start();
    }

    bool seen() const { return m_seen; }
    QString text() const { return m_text; }
    QString informativeText() const { return m_informativeText; }
    QString objectName() const { return m_objectName; }

private:
    void poll()
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        m_timer.stop();
        m_seen = true;
        m_text = box->text();
        m_informativeText = box->informativeText();
        m_objectName = box->objectName();
        QAbstractButton *button = m_answer ? m_answer(box) : nullptr;
        if (button)
            button->click();
        else
            box->reject();
    }

    std::function<QAbstractButton *(QMessageBox *)> m_answer;
    QTimer m_timer;
    bool m_seen = false;
    QString m_text;
    QString m_informativeText;
    QString m_objectName;
};

} // namespace steward::uitest
