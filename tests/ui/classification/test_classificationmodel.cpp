#include "ui/classification/ClassificationFilterModel.h"
#include "ui/classification/ClassificationModel.h"
#include "ui/widgets/GradeStyle.h"
#include "tests/ui/UiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QIcon>
#include <QPalette>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace steward;
using namespace Qt::StringLiterals;
using steward::ui::ClassificationFilterModel;
using steward::ui::ClassificationModel;
using steward::ui::GradeStyle;

// The classification table model over hand-made classifications: one row per field, texts and
// markers per decision state, tint by grade readable in light and dark palettes, updates in
// place (the view keeps its selection), and the needs-decision/text filter.
class TestClassificationModel final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void passesModelTester();
    void shapeAndHeaders();
    void decisionStates_data();
    void decisionStates();
    void shownRatingIsWhatConfirmAccepts();
    void sampleValuesAreTopValues();
    void evidenceHasToolTip();
    void unconfirmedIsMarked();
    void gradeTintIsReadable_data();
    void gradeTintIsReadable();
    void higherGradeIsStrongerTint();
    void sameFieldsUpdateInPlace();
    void otherFieldsReset();
    void filterNeedsDecisionOnly();
    void filterText_data();
    void filterText();
    void sortByGrade();

private:
    static FieldClassification field(const QString &name, FieldRole role, int grade,
                                     const QString &state);
    static DatasetClassification sample();
};

namespace {

double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette palette(bool dark)
{
    QPalette p;
    p.setColor(QPalette::Base, dark ? QColor(0x1e, 0x1e, 0x1e) : QColor(Qt::white));
    p.setColor(QPalette::Text, dark ? QColor(0xe8, 0xe8, 0xe8) : QColor(0x1a, 0x1a, 0x1a));
    return p;
}

} // namespace

FieldClassification TestClassificationModel::field(const QString &name, FieldRole role, int grade,
                                                   const QString &state)
{
    static int position = 0;
    FieldClassification f;
    f.name = name;
    f.position = position++;
    f.type = u"text"_s;
    f.hasProfile = state != u"unprofiled";
    f.profile.name = name;
    f.profile.type = f.type;
    f.profile.nonEmpty = 100;
    f.profile.distinct = 3;
    f.profile.topValues = {{name + u"-a"_s, 50}, {name + u"-b"_s, 30}, {name + u"-c"_s, 20}};
    f.hasSuggestion = state != u"unprofiled";
    f.suggestion.role = role;
    f.suggestion.category = DataCategory::PersonalAttribute;
    f.suggestion.grade = grade;
    f.suggestion.confidence = 0.9;
    f.suggestion.evidence = u"98 of 100 values of %1 match"_s.arg(name);
    FieldDecision &d = f.decision;
    const auto basis = [&] {
        d.hasBasis = true;
        d.basisRole = role;
        d.basisCategory = DataCategory::PersonalAttribute;
        d.basisGrade = grade;
        d.basisType = f.type;
    };
    if (state == u"confirmed" || state == u"stale") {
        d.confirmed = true;
        d.hasValues = true;
        d.role = role;
        d.category = DataCategory::PersonalAttribute;
        d.grade = grade;
        d.decidedBy = u"steward"_s;
        d.decidedAt = u"2024-03-01T10:00:00.000Z"_s;
        d.origin = u"manual"_s;
        basis();
        if (state == u"stale") {
            f.suggestion.grade = 5; // the new extract holds an HIV code
            f.stale = true;
            f.staleReason = u"The suggestion changed."_s;
        }
    } else if (state == u"overridden") {
        d.confirmed = true;
        d.hasValues = true;
        d.role = FieldRole::Sensitive;
        d.category = DataCategory::HealthStatus;
        d.grade = 5;
        d.reason = u"holds diagnoses"_s;
        d.decidedBy = u"steward"_s;
        d.decidedAt = u"2024-03-01T10:00:00.000Z"_s;
        d.origin = u"template:monthly"_s;
        basis();
    } else if (state == u"previous") {
        d.hasValues = true;
        d.role = FieldRole::Direct;
        d.category = DataCategory::PersonalAttribute;
        d.grade = 4;
        d.origin = u"dataset:january"_s;
    }
    return f;
}

DatasetClassification TestClassificationModel::sample()
{
    DatasetClassification c;
    c.dataset.id = 7;
    c.dataset.name = u"patients"_s;
    c.dataset.version = 1;
    c.analyzed = true;
    c.fields = {
        field(u"name"_s, FieldRole::Direct, 4, u"open"_s),
        field(u"sex"_s, FieldRole::Quasi, 3, u"confirmed"_s),
        field(u"diagnosis"_s, FieldRole::Sensitive, 2, u"overridden"_s),
        field(u"ward"_s, FieldRole::Other, 1, u"confirmed"_s),
        field(u"phone"_s, FieldRole::Direct, 4, u"stale"_s),
        field(u"mrn"_s, FieldRole::Direct, 4, u"previous"_s),
    };
    return c;
}

void TestClassificationModel::initTestCase()
{
    uitest::isolateSettings();
}

void TestClassificationModel::passesModelTester()
{
    ClassificationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClassification(sample());
    model.setClassification(sample()); // in place
    DatasetClassification fewer = sample();
    fewer.fields.removeLast();
    model.setClassification(fewer); // reset
    model.clear();

    ClassificationFilterModel filter;
    QAbstractItemModelTester proxyTester(&filter,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    model.setClassification(sample());
    filter.setNeedsDecisionOnly(true);
    filter.sort(ClassificationModel::GradeColumn, Qt::DescendingOrder);
    filter.setText(u"a"_s);
    filter.setNeedsDecisionOnly(false);
}

void TestClassificationModel::shapeAndHeaders()
{
    ClassificationModel model;
    model.setClassification(sample());
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), int(ClassificationModel::ColumnCount));
    QCOMPARE(model.headerData(ClassificationModel::FieldColumn, Qt::Horizontal).toString(), u"Field"_s);
    QCOMPARE(model.headerData(ClassificationModel::DecisionColumn, Qt::Horizontal).toString(),
             u"Decision"_s);
    QCOMPARE(model.index(0, ClassificationModel::FieldColumn).data().toString(), u"name"_s);
    QCOMPARE(model.index(0, ClassificationModel::TypeColumn).data().toString(), u"text"_s);
    QCOMPARE(model.rowOf(u"ward"_s), 3);
    QCOMPARE(model.rowOf(u"nothing"_s), -1);
    QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
    QCOMPARE(model.needsDecisionCount(), 3); // name, phone (stale), mrn
}

void TestClassificationModel::decisionStates_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("decision");
    QTest::addColumn<bool>("needsDecision");
    QTest::addColumn<QString>("role");
    QTest::addColumn<int>("grade");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("toolTipPart");

    QTest::newRow("open suggestion") << 0 << u"Needs decision"_s << true
                                     << Taxonomy::fieldRoleLabel(FieldRole::Direct) << 4 << QString()
                                     << u"Confirm the suggestion"_s;
    QTest::newRow("confirmed") << 1 << u"Confirmed"_s << false << Taxonomy::fieldRoleLabel(FieldRole::Quasi)
                               << 3 << QString() << u"Decided by steward"_s;
    QTest::newRow("overridden") << 2 << u"Overridden"_s << false
                                << Taxonomy::fieldRoleLabel(FieldRole::Sensitive) << 5 << u"holds diagnoses"_s
                                << u"applied from template “monthly”"_s;
    QTest::newRow("stale decision shows the new suggestion")
        << 4 << u"Changed — needs decision"_s << true << Taxonomy::fieldRoleLabel(FieldRole::Direct) << 5
        << QString() << u"The suggestion changed."_s;
    QTest::newRow("carried-over decision") << 5 << u"Needs decision"_s << true
                                           << Taxonomy::fieldRoleLabel(FieldRole::Direct) << 4 << QString()
                                           << u"Previous decision"_s;
}

void TestClassificationModel::decisionStates()
{
    QFETCH(int, row);
    QFETCH(QString, decision);
    QFETCH(bool, needsDecision);
    QFETCH(QString, role);
    QFETCH(int, grade);
    QFETCH(QString, reason);
    QFETCH(QString, toolTipPart);

    ClassificationModel model;
    model.setClassification(sample());
    QCOMPARE(model.index(row, ClassificationModel::DecisionColumn).data().toString(), decision);
    QCOMPARE(model.index(row, 0).data(ClassificationModel::NeedsDecisionRole).toBool(), needsDecision);
    QCOMPARE(model.index(row, ClassificationModel::RoleColumn).data().toString(), role);
    QCOMPARE(model.index(row, ClassificationModel::GradeColumn).data().toString(),
             QLocale().toString(grade));
    QCOMPARE(model.index(row, 0).data(ClassificationModel::GradeRole).toInt(), grade);
    QCOMPARE(model.index(row, ClassificationModel::ReasonColumn).data().toString(), reason);
    const QString tip = model.index(row, ClassificationModel::DecisionColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(toolTipPart), qPrintable(tip));
}

void TestClassificationModel::shownRatingIsWhatConfirmAccepts()
{
    DatasetClassification c = sample();
    // Overridden: the decision, not the suggestion.
    const ClassificationModel::Rating overridden = ClassificationModel::shownRating(c.fields.at(2));
    QVERIFY(overridden.valid && overridden.decided);
    QCOMPARE(overridden.role, FieldRole::Sensitive);
    QCOMPARE(overridden.grade, 5);
    // Stale: the new suggestion (grade 5), not the old decision (grade 4).
    const ClassificationModel::Rating stale = ClassificationModel::shownRating(c.fields.at(4));
    QVERIFY(stale.valid && !stale.decided);
    QCOMPARE(stale.grade, 5);
    // Never profiled: nothing to show.
    FieldClassification unprofiled = field(u"x"_s, FieldRole::Other, 1, u"unprofiled"_s);
    QVERIFY(!ClassificationModel::shownRating(unprofiled).valid);
    c.fields << unprofiled;
    ClassificationModel model;
    model.setClassification(c);
    const int row = model.rowCount() - 1;
    QCOMPARE(model.index(row, ClassificationModel::DecisionColumn).data().toString(), u"Not profiled"_s);
    QVERIFY(model.index(row, ClassificationModel::GradeColumn).data().toString().isEmpty());
    QVERIFY(!model.index(row, 0).data(Qt::BackgroundRole).isValid());
}

void TestClassificationModel::sampleValuesAreTopValues()
{
    ClassificationModel model;
    model.setClassification(sample());
    const QString samples = model.index(0, ClassificationModel::SampleColumn).data().toString();
    QVERIFY2(samples.startsWith(u"name-a"_s) && samples.contains(u"name-c"_s), qPrintable(samples));
    const QString tip = model.index(0, ClassificationModel::SampleColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"name-a (50)"_s), qPrintable(tip));
}

void TestClassificationModel::evidenceHasToolTip()
{
    ClassificationModel model;
    model.setClassification(sample());
    const QModelIndex evidence = model.index(1, ClassificationModel::EvidenceColumn);
    QCOMPARE(evidence.data().toString(), u"98 of 100 values of sex match"_s);
    QCOMPARE(evidence.data(Qt::ToolTipRole).toString(), evidence.data().toString());
    QCOMPARE(model.index(1, ClassificationModel::ConfidenceColumn).data().toString(),
             ClassificationModel::confidenceText(0.9));
}

void TestClassificationModel::unconfirmedIsMarked()
{
    ClassificationModel model;
    model.setClassification(sample());
    const QModelIndex open = model.index(0, ClassificationModel::FieldColumn);
    const QModelIndex confirmed = model.index(1, ClassificationModel::FieldColumn);
    QVERIFY(!open.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!confirmed.data(Qt::DecorationRole).value<QIcon>().isNull());
    // The marker differs between open and decided fields.
    QVERIFY(open.data(Qt::DecorationRole).value<QIcon>().cacheKey()
            != confirmed.data(Qt::DecorationRole).value<QIcon>().cacheKey());
    // Bold "Needs decision"; suggestion values in italics until confirmed.
    QVERIFY(model.index(0, ClassificationModel::DecisionColumn).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(model.index(0, ClassificationModel::RoleColumn).data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(!model.index(1, ClassificationModel::DecisionColumn).data(Qt::FontRole).isValid());
    QVERIFY(!model.index(1, ClassificationModel::RoleColumn).data(Qt::FontRole).isValid());
}

void TestClassificationModel::gradeTintIsReadable_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<int>("grade");
    for (bool dark : {false, true}) {
        for (int grade = 1; grade <= 5; ++grade)
            QTest::addRow("%s grade %d", dark ? "dark" : "light", grade) << dark << grade;
    }
}

void TestClassificationModel::gradeTintIsReadable()
{
    QFETCH(bool, dark);
    QFETCH(int, grade);
    const QPalette p = palette(dark);
    QColor background = GradeStyle::rowBackground(grade, p);
    if (grade == 1) {
        QVERIFY(!background.isValid()); // grade 1 stays neutral
        background = p.color(QPalette::Base);
    }
    QVERIFY(background.isValid());
    const double ratio = contrast(background, p.color(QPalette::Text));
    QVERIFY2(ratio >= 7.0, qPrintable(u"contrast %1"_s.arg(ratio)));
}

void TestClassificationModel::higherGradeIsStrongerTint()
{
    for (bool dark : {false, true}) {
        const QPalette p = palette(dark);
        const QColor base = p.color(QPalette::Base);
        double previous = 0.0;
        for (int grade = 2; grade <= 5; ++grade) {
            const QColor tint = GradeStyle::rowBackground(grade, p);
            const double distance = std::hypot(tint.redF() - base.redF(), tint.greenF() - base.greenF(),
                                               tint.blueF() - base.blueF());
            QVERIFY2(distance > previous, qPrintable(u"grade %1"_s.arg(grade)));
            previous = distance;
        }
    }
    // Grade 5 is red-ish.
    const QColor five = GradeStyle::accent(5);
    QVERIFY(five.red() > five.green() * 2 && five.red() > five.blue() * 2);
}

void TestClassificationModel::sameFieldsUpdateInPlace()
{
    ClassificationModel model;
    model.setClassification(sample());
    const QPersistentModelIndex kept = model.index(2, ClassificationModel::DecisionColumn);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    DatasetClassification next = sample();
    next.fields[0].decision.confirmed = true;
    next.fields[0].decision.hasValues = true;
    next.fields[0].decision.role = FieldRole::Direct;
    next.fields[0].decision.grade = 4;
    model.setClassification(next);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.row(), 2);
    QCOMPARE(model.index(0, ClassificationModel::DecisionColumn).data().toString(), u"Confirmed"_s);
}

void TestClassificationModel::otherFieldsReset()
{
    ClassificationModel model;
    model.setClassification(sample());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    DatasetClassification other = sample();
    other.dataset.id = 8;
    model.setClassification(other);
    QCOMPARE(reset.count(), 1);
    DatasetClassification renamed = other;
    renamed.fields[1].name = u"gender"_s;
    model.setClassification(renamed);
    QCOMPARE(reset.count(), 2);
}

void TestClassificationModel::filterNeedsDecisionOnly()
{
    ClassificationModel model;
    ClassificationFilterModel filter;
    filter.setSourceModel(&model);
    model.setClassification(sample());
    QCOMPARE(filter.rowCount(), 6);
    filter.setNeedsDecisionOnly(true);
    QCOMPARE(filter.rowCount(), 3);
    QStringList names;
    for (int row = 0; row < filter.rowCount(); ++row)
        names << filter.index(row, 0).data().toString();
    QCOMPARE(names, (QStringList{u"name"_s, u"phone"_s, u"mrn"_s}));
    // Confirming a field takes it out of the filtered rows.
    DatasetClassification next = sample();
    next.fields[0].decision.confirmed = true;
    next.fields[0].decision.hasValues = true;
    model.setClassification(next);
    QCOMPARE(filter.rowCount(), 2);
    filter.setNeedsDecisionOnly(false);
    QCOMPARE(filter.rowCount(), 6);
}

void TestClassificationModel::filterText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("rows");
    QTest::newRow("empty") << QString() << 6;
    QTest::newRow("field name") << u"PHONE"_s << 1;
    QTest::newRow("sample value") << u"ward-b"_s << 1;
    QTest::newRow("role label") << Taxonomy::fieldRoleLabel(FieldRole::Direct) << 3;
    QTest::newRow("no match") << u"zzz"_s << 0;
}

void TestClassificationModel::filterText()
{
    QFETCH(QString, text);
    QFETCH(int, rows);
    ClassificationModel model;
    ClassificationFilterModel filter;
    filter.setSourceModel(&model);
    model.setClassification(sample());
    filter.setText(text);
    QCOMPARE(filter.rowCount(), rows);
}

void TestClassificationModel::sortByGrade()
{
    ClassificationModel model;
    ClassificationFilterModel filter;
    filter.setSourceModel(&model);
    model.setClassification(sample());
    filter.sort(ClassificationModel::GradeColumn, Qt::DescendingOrder);
    QList<int> grades;
    for (int row = 0; row < filter.rowCount(); ++row)
        grades << filter.index(row, 0).data(ClassificationModel::GradeRole).toInt();
    QList<int> sorted = grades;
    std::sort(sorted.begin(), sorted.end(), std::greater<int>());
    QCOMPARE(grades, sorted);
    QCOMPARE(grades.first(), 5);
    QCOMPARE(grades.last(), 1);
}

QTEST_MAIN(TestClassificationModel)
#include "test_classificationmodel.moc"
