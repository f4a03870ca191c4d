// errorSentence: core messages become sentences in the script they are written in.

#include "ui/widgets/DisplayNames.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class TestDisplayNames final : public QObject {
    Q_OBJECT

private slots:
    void errorSentence_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("english") << u"dataset d has no field named x"_s
                                 << u"Dataset d has no field named x."_s;
        QTest::newRow("chinese") << u"数据集 d 没有名为 x 的字段"_s << u"数据集 d 没有名为 x 的字段。"_s;
        QTest::newRow("english with a chinese name")
            << u"dataset 住院 has no field named 年龄"_s << u"Dataset 住院 has no field named 年龄."_s;
        QTest::newRow("already ended") << u"wrong passphrase!"_s << u"Wrong passphrase!"_s;
        QTest::newRow("chinese ended") << u"密码错误。"_s << u"密码错误。"_s;
        QTest::newRow("empty") << u"  "_s << QString();
    }
    void errorSentence()
    {
        QFETCH(QString, message);
        QFETCH(QString, sentence);
        QCOMPARE(steward::ui::errorSentence(message), sentence);
    }
};

QTEST_MAIN(TestDisplayNames)
#include "test_displaynames.moc"
