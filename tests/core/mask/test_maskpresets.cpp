// MaskPresets: the HIPAA Safe Harbor and GB/T 39725-style controlled-release rule of each field
// from its role and concept, per concept; and both presets on the classification of the sample
// extract, whose masked output must compile and hide what each preset says it hides.

#include "core/classify/ClassificationService.h"
#include "core/import/Importer.h"
#include "core/mask/MaskEnvironment.h"
#include "core/mask/MaskPlan.h"
#include "core/mask/MaskPresets.h"
#include "core/mask/MaskWorker.h"
#include "core/mask/ProjectSecret.h"
#include "core/sample/SampleGenerator.h"
#include "core/store/ProjectStore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace steward;

namespace {

FieldClassification field(const QString &name, FieldRole role, const QString &conceptId,
                          const QString &type = u"text"_s, const QString &detector = {})
{
    FieldClassification f;
    f.name = name;
    f.type = type;
    f.hasSuggestion = true;
    f.suggestion.role = role;
    f.suggestion.conceptId = conceptId;
    f.suggestion.detector = detector;
    return f;
}

const QString kAgeBands = uR"(bands:breaks="0,5,10,15,20,25,30,35,40,45,50,55,60,65,70,75,80,85,90")"_s;

} // namespace

class TestMaskPresets final : public QObject {
    Q_OBJECT

private slots:
    void names()
    {
        QCOMPARE(MaskPresets::names(),
                 (QStringList{u"hipaa-safe-harbor"_s, u"gbt39725-controlled"_s}));
        QCOMPARE(MaskPresets::fromName(u"HIPAA-Safe-Harbor"), MaskPreset::HipaaSafeHarbor);
        QCOMPARE(MaskPresets::fromName(u"gbt39725-controlled"), MaskPreset::Gbt39725Controlled);
        QVERIFY(!MaskPresets::fromName(u"gdpr"));
        QVERIFY(!MaskPresets::label(MaskPreset::HipaaSafeHarbor).isEmpty());
        QVERIFY(!MaskPresets::description(MaskPreset::Gbt39725Controlled).isEmpty());
    }

    void perConcept_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("conceptId");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("detector");
        QTest::addColumn<QString>("hipaa");
        QTest::addColumn<QString>("gbt");
        const int direct = int(FieldRole::Direct);
        const int quasi = int(FieldRole::Quasi);
        const int sensitive = int(FieldRole::Sensitive);
        const int other = int(FieldRole::Other);
        const QString text = u"text"_s;
        QTest::newRow("subject key") << direct << u"inpatient_no"_s << text << QString()
                                     << u"drop"_s << u"pseudonym"_s;
        QTest::newRow("name") << direct << u"person_name"_s << text << QString() << u"drop"_s << u"drop"_s;
        QTest::newRow("phone") << direct << u"phone"_s << text << QString() << u"drop"_s << u"drop"_s;
        QTest::newRow("email") << direct << u"email"_s << text << QString() << u"drop"_s << u"drop"_s;
        QTest::newRow("url") << direct << u"url"_s << text << QString() << u"drop"_s << u"drop"_s;
        QTest::newRow("ip") << direct << u"ip_address"_s << text << QString() << u"drop"_s << u"drop"_s;
        QTest::newRow("device") << direct << u"device_id"_s << text << QString() << u"drop"_s << u"drop"_s;
        QTest::newRow("account") << direct << u"bank_account"_s << text << QString() << u"drop"_s << u"drop"_s;
        QTest::newRow("licence") << direct << u"certificate_no"_s << text << QString() << u"drop"_s << u"drop"_s;
        QTest::newRow("vehicle") << direct << u"vehicle_plate"_s << text << QString() << u"drop"_s << u"drop"_s;
        QTest::newRow("ssn") << direct << u"ssn"_s << text << QString() << u"drop"_s << u"drop"_s;
        QTest::newRow("street address") << direct << u"address"_s << text << QString() << u"drop"_s << u"drop"_s;
        QTest::newRow("resident id, not the key")
            << direct << u"identity_number"_s << text << u"resident_id"_s << u"drop"_s << u"truncate:keep=4"_s;
        QTest::newRow("passport, not the key")
            << direct << u"identity_number"_s << text << u"passport_cn"_s << u"drop"_s << u"drop"_s;
        QTest::newRow("birth date") << quasi << u"birth_date"_s << u"date"_s << QString()
                                    << u"date:to=year"_s << u"date:to=year"_s;
        QTest::newRow("admission date") << quasi << u"event_date"_s << u"date"_s << QString()
                                        << u"date:to=year"_s << u"shift:days=30,subject=key"_s;
        QTest::newRow("death date") << quasi << u"death_date"_s << u"datetime"_s << QString()
                                    << u"date:to=year"_s << u"shift:days=30,subject=key"_s;
        QTest::newRow("untyped date") << quasi << QString() << u"datetime"_s << QString()
                                      << u"date:to=year"_s << u"shift:days=30,subject=key"_s;
        QTest::newRow("year-month") << quasi << u"date"_s << text << u"year_month"_s
                                    << u"truncate:keep=4"_s << u"keep"_s;
        QTest::newRow("age") << quasi << u"age"_s << u"integer"_s << QString()
                             << u"topcode:max=90,label=90+"_s << kAgeBands;
        QTest::newRow("postal code") << quasi << u"postal_code"_s << text << u"postal_cn"_s
                                     << u"truncate:keep=3"_s << u"truncate:keep=3"_s;
        QTest::newRow("district") << quasi << u"district"_s << text << QString() << u"drop"_s << u"redact"_s;
        QTest::newRow("city") << quasi << u"region"_s << text << QString() << u"drop"_s << u"keep"_s;
        QTest::newRow("masked name") << quasi << u"person_name"_s << text << QString() << u"drop"_s << u"drop"_s;
        QTest::newRow("employer") << quasi << u"employer"_s << text << QString() << u"drop"_s << u"keep"_s;
        QTest::newRow("sex") << quasi << u"sex"_s << text << QString() << u"keep"_s << u"keep"_s;
        QTest::newRow("department") << other << u"department"_s << text << QString() << u"keep"_s << u"keep"_s;
        QTest::newRow("icd-10 code") << sensitive << u"diagnosis_code"_s << text << u"icd10"_s
                                     << u"keep"_s << u"recode:table=builtin:icd10-category"_s;
        QTest::newRow("local diagnosis code") << sensitive << u"diagnosis_code"_s << text << QString()
                                              << u"keep"_s << u"keep"_s;
        QTest::newRow("diagnosis name") << sensitive << u"diagnosis_name"_s << text << QString()
                                        << u"keep"_s << u"keep"_s;
        QTest::newRow("notes") << sensitive << u"notes"_s << text << QString() << u"scrub"_s << u"scrub"_s;
        QTest::newRow("other notes") << other << u"notes"_s << text << QString() << u"scrub"_s << u"scrub"_s;
        QTest::newRow("fees") << other << u"fees"_s << u"decimal"_s << QString() << u"keep"_s << u"keep"_s;
    }
    void perConcept()
    {
        QFETCH(int, role);
        QFETCH(QString, conceptId);
        QFETCH(QString, type);
        QFETCH(QString, detector);
        QFETCH(QString, hipaa);
        QFETCH(QString, gbt);
        const FieldClassification f = field(conceptId == u"inpatient_no"_s ? u"key"_s : u"f"_s,
                                            FieldRole(role), conceptId, type, detector);
        QCOMPARE(MaskPresets::ruleFor(MaskPreset::HipaaSafeHarbor, f, u"key"_s).format(), hipaa);
        QCOMPARE(MaskPresets::ruleFor(MaskPreset::Gbt39725Controlled, f, u"key"_s).format(), gbt);
    }

    void subjectKeyOptionAndNoKey()
    {
        DatasetClassification c;
        c.fields = {field(u"name"_s, FieldRole::Direct, u"person_name"_s),
                    field(u"mrn"_s, FieldRole::Direct, u"mrn"_s),
                    field(u"admitted"_s, FieldRole::Quasi, u"event_date"_s, u"date"_s)};
        auto strict = MaskPresets::rules(MaskPreset::HipaaSafeHarbor, c);
        QCOMPARE(strict.size(), 3);
        QCOMPARE(strict.at(1).first, u"mrn"_s);
        QCOMPARE(strict.at(1).second.op(), MaskOperator::Drop);
        MaskPresetOptions keyed;
        keyed.subjectPseudonym = true;
        auto withCode = MaskPresets::rules(MaskPreset::HipaaSafeHarbor, c, keyed);
        QCOMPARE(withCode.at(0).second.op(), MaskOperator::Drop); // only the subject key
        QCOMPARE(withCode.at(1).second.op(), MaskOperator::Pseudonym);

        auto gbt = MaskPresets::rules(MaskPreset::Gbt39725Controlled, c);
        QCOMPARE(gbt.at(2).second.format(), u"shift:days=30,subject=mrn"_s);
        // Without a subject key dates cannot be shifted per subject: the month.
        c.fields.removeAt(1);
        gbt = MaskPresets::rules(MaskPreset::Gbt39725Controlled, c);
        QCOMPARE(gbt.at(1).second.format(), u"date:to=month"_s);
    }

    void confirmedRoleWins()
    {
        FieldClassification f = field(u"phone"_s, FieldRole::Direct, u"phone"_s);
        f.decision.confirmed = true;
        f.decision.hasValues = true;
        f.decision.role = FieldRole::Other; // the steward: a ward's extension, not a person's
        QCOMPARE(MaskPresets::ruleFor(MaskPreset::HipaaSafeHarbor, f, {}).op(), MaskOperator::Keep);
    }

    void icd10FromProfile()
    {
        FieldClassification f = field(u"dx"_s, FieldRole::Sensitive, u"diagnosis_code"_s);
        QVERIFY(!MaskPresets::isIcd10Field(f));
        f.hasProfile = true;
        f.profile.sampled = 100;
        f.profile.detectorHits.insert(u"icd10"_s, 30);
        QVERIFY(!MaskPresets::isIcd10Field(f));
        f.profile.detectorHits.insert(u"icd10"_s, 95);
        QVERIFY(MaskPresets::isIcd10Field(f));
    }

    // Both presets on the sample extract: every rule compiles and the masked rows hide what the
    // preset promises (checked on the values, independently of the rule texts).
    void onSampleExtract()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString csv = tmp.filePath(u"s.csv"_s);
        SampleOptions options;
        options.rows = 400;
        QVERIFY(writeSample(csv, options));
        auto store = ProjectStore::create(tmp.filePath(u"p.steward"_s));
        QVERIFY(store);
        ImportOptions importOptions;
        importOptions.datasetName = u"s"_s;
        auto info = importFile(**store, csv, importOptions);
        QVERIFY(info);
        ClassificationService service(**store);
        auto c = service.analyzeNow(u"s"_s);
        QVERIFY(c);

        QStringList columns;
        for (const ColumnInfo &col : info->columns)
            columns << col.name;
        MaskEnvironment env;
        env.secret = *ProjectSecret::fromBytes(QByteArray(ProjectSecret::kSize, '\x02'));

        for (MaskPreset preset : {MaskPreset::HipaaSafeHarbor, MaskPreset::Gbt39725Controlled}) {
            const auto rules = MaskPresets::rules(preset, *c);
            QCOMPARE(rules.size(), columns.size());
            auto plan = MaskPlan::compile(columns, rules, env);
            QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
            const QStringList out = plan->outputColumnNames();
            QVERIFY(!out.contains(u"姓名"_s));
            QVERIFY(!out.contains(u"联系电话"_s));
            QVERIFY(!out.contains(u"现住址"_s));
            QCOMPARE(out.contains(u"住院号"_s), preset == MaskPreset::Gbt39725Controlled);
            QCOMPARE(out.contains(u"身份证号"_s), preset == MaskPreset::Gbt39725Controlled);

            auto worker = MaskWorker::create(*plan);
            QVERIFY(worker);
            auto rows = (*store)->rows(*info, 0, 400);
            QVERIFY(rows);
            QCOMPARE(rows->size(), 400);
            const qsizetype birth = out.indexOf(u"出生日期"_s);
            const qsizetype admitted = out.indexOf(u"入院日期"_s);
            const qsizetype zip = out.indexOf(u"邮政编码"_s);
            const qsizetype dx = out.indexOf(u"主要诊断编码"_s);
            const QRegularExpression year(u"^\\d{4}$"_s);
            const QRegularExpression fullDate(u"^\\d{4}-\\d{2}-\\d{2}"_s);
            int shifted = 0;
            for (const QStringList &row : std::as_const(*rows)) {
                std::vector<QByteArray> utf8;
                for (const QString &cell : row)
                    utf8.push_back(cell.toUtf8());
                std::vector<std::string_view> views;
                for (const QByteArray &b : utf8)
                    views.emplace_back(b.constData(), size_t(b.size()));
                const auto &cells = worker->maskRow(views);
                QCOMPARE(cells.size(), size_t(out.size()));
                auto text = [&cells](qsizetype i) {
                    return QString::fromUtf8(cells.at(size_t(i)).text.data(),
                                             qsizetype(cells.at(size_t(i)).text.size()));
                };
                const QString rawAdmitted = row.at(columns.indexOf(u"入院日期"_s));
                if (!text(birth).isEmpty())
                    QVERIFY2(year.match(text(birth)).hasMatch(), qPrintable(text(birth)));
                if (!text(zip).isEmpty())
                    QVERIFY(text(zip).endsWith(u"000"_s));
                if (preset == MaskPreset::HipaaSafeHarbor) {
                    if (!text(admitted).isEmpty())
                        QVERIFY(year.match(text(admitted)).hasMatch());
                } else {
                    if (!text(admitted).isEmpty()) {
                        QVERIFY(fullDate.match(text(admitted)).hasMatch()); // shifted, not cut
                        shifted += text(admitted) != rawAdmitted ? 1 : 0;
                    }
                    if (!text(dx).isEmpty())
                        QCOMPARE(text(dx).size(), 3); // ICD-10 category
                }
            }
            if (preset == MaskPreset::Gbt39725Controlled)
                QVERIFY(shifted > 300);
        }
    }
};

QTEST_GUILESS_MAIN(TestMaskPresets)
#include "test_maskpresets.moc"
