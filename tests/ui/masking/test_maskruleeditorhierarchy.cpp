// The Masking tab's rule editor keeps a hierarchy rule's built-in hierarchy (builder=SPEC): shown
// in its own field, applied unchanged, editable, and refused together with a file.

#include "core/mask/MaskRule.h"
#include "ui/masking/MaskRuleEditor.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace steward;
using namespace Qt::Literals::StringLiterals;
using steward::ui::MaskRuleEditor;

class TestMaskRuleEditorHierarchy : public QObject {
    Q_OBJECT

private slots:
    void keepsTheBuilder();
    void editsTheBuilder();
    void refusesFileAndBuilder();
};

void TestMaskRuleEditorHierarchy::keepsTheBuilder()
{
    MaskRuleEditor editor;
    const MaskRule rule = *MaskRule::parse(u"hierarchy:builder=\"interval:5,10;top=90\",level=2");
    editor.setFields({u"age"_s}, rule);
    auto *builder = qobject_cast<QLineEdit *>(editor.parameterWidget(u"builder"_s));
    QVERIFY(builder);
    QCOMPARE(builder->text(), u"interval:5,10;top=90"_s);
    QSignalSpy applied(&editor, &MaskRuleEditor::applyRequested);
    QTest::mouseClick(editor.applyButton(), Qt::LeftButton);
    QCOMPARE(applied.size(), 1);
    QCOMPARE(applied.front().at(1).value<MaskRule>(), rule);
}

void TestMaskRuleEditorHierarchy::editsTheBuilder()
{
    MaskRuleEditor editor;
    editor.setFields({u"dx"_s}, MaskRule(MaskOperator::Keep));
    editor.setOperator(MaskOperator::Hierarchy);
    auto *builder = qobject_cast<QLineEdit *>(editor.parameterWidget(u"builder"_s));
    QVERIFY(builder);
    QTest::keyClicks(builder, u"icd10"_s);
    QSignalSpy applied(&editor, &MaskRuleEditor::applyRequested);
    QTest::keyClick(builder, Qt::Key_Return);
    QCOMPARE(applied.size(), 1);
    QCOMPARE(applied.front().at(1).value<MaskRule>().format(), u"hierarchy:builder=icd10,level=1"_s);

    // A builder that does not parse is shown inline and nothing is applied.
    builder->clear();
    QTest::keyClicks(builder, u"icd11"_s);
    QTest::mouseClick(editor.applyButton(), Qt::LeftButton);
    QCOMPARE(applied.size(), 1);
    QVERIFY2(editor.errorText().contains(u"builder"_s), qPrintable(editor.errorText()));
}

void TestMaskRuleEditorHierarchy::refusesFileAndBuilder()
{
    MaskRuleEditor editor;
    editor.setFields({u"age"_s}, *MaskRule::parse(u"hierarchy:file=/tmp/age.csv,level=1"));
    auto *builder = qobject_cast<QLineEdit *>(editor.parameterWidget(u"builder"_s));
    QVERIFY(builder);
    QVERIFY(builder->text().isEmpty());
    QTest::keyClicks(builder, u"date"_s);
    QSignalSpy applied(&editor, &MaskRuleEditor::applyRequested);
    QTest::mouseClick(editor.applyButton(), Qt::LeftButton);
    QCOMPARE(applied.size(), 0);
    QVERIFY2(editor.errorText().contains(u"not both"_s), qPrintable(editor.errorText()));
}

QTEST_MAIN(TestMaskRuleEditorHierarchy)
#include "test_maskruleeditorhierarchy.moc"
