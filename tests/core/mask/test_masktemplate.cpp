// MaskTemplate and MaskTemplateStore: the versioned JSON form and its specific errors, matching a
// template to next month's columns (missing and uncovered fields, vanished files), and the
// project store (save/replace/list/remove/export/import, one audit entry each, apply).

#include "tests/core/CoreTestSupport.h"
#include "tests/support/TempProject.h"
#include "core/import/Importer.h"
#include "core/mask/MaskRuleStore.h"
#include "core/mask/MaskTemplate.h"
#include "core/mask/MaskTemplateStore.h"
#include "core/mask/RecordSuppressionStore.h"
#include "core/store/ProjectStore.h"
#include "core/store/StoreAccess.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace steward;
using steward::coretest::rule;

namespace {

MaskTemplate named(const QString &name)
{
    MaskTemplate t;
    t.name = name;
    return t;
}

MaskTemplate sampleTemplate()
{
    MaskTemplate t;
    t.name = u"月度模板"_s;
    t.description = u"inpatients, monthly"_s;
    t.sourceDataset = u"inpatients_2026_10"_s;
    t.savedAt = u"2026-11-01T08:00:00.000Z"_s;
    t.savedBy = u"steward"_s;
    t.rules = {{u"住院号"_s, rule(u"pseudonym"_s)},
               {u"年龄"_s, rule(u"bands:width=5"_s)},
               {u"邮政编码"_s, rule(u"truncate:keep=3"_s)},
               {u"入院日期"_s, rule(u"shift:days=30,subject=住院号"_s)},
               {u"诊断"_s, rule(u"recode:table=builtin:icd10-category"_s)},
               {u"备注"_s, rule(u"redact:text=\"a, \"\"b\"\"\""_s)}};
    RecordSuppression s;
    s.k = 5;
    s.quasi = {u"年龄"_s, u"邮政编码"_s};
    s.maxFraction = 0.01;
    t.suppression = s;
    return t;
}

QByteArray withRules(const QByteArray &rules)
{
    return R"({"format": "steward-mask-template", "version": 1, "name": "t", "rules": )" + rules
        + "}";
}

} // namespace

class TestMaskTemplate final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TempProject> m_project;

    DatasetInfo importCsv(const QString &name, const QByteArray &content)
    {
        return coretest::importCsv(m_project->store(), m_project->dir(), name, content);
    }

private slots:
    void init()
    {
        m_project = std::make_unique<testsupport::TempProject>();
    }
    void cleanup() { m_project.reset(); }

    void jsonRoundTrip()
    {
        const MaskTemplate t = sampleTemplate();
        const QByteArray json = t.toJson();
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(root.value(u"format"_s).toString(), u"steward-mask-template"_s);
        QCOMPARE(root.value(u"version"_s).toInt(), 1);
        auto back = MaskTemplate::fromJson(json, u"t.json"_s);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
        QCOMPARE(back->name, t.name);
        QCOMPARE(back->description, t.description);
        QCOMPARE(back->sourceDataset, t.sourceDataset);
        QCOMPARE(back->savedAt, t.savedAt);
        QCOMPARE(back->savedBy, t.savedBy);
        QCOMPARE(back->rules.size(), t.rules.size());
        for (qsizetype i = 0; i < t.rules.size(); ++i) {
            QCOMPARE(back->rules.at(i).first, t.rules.at(i).first); // order kept
            QCOMPARE(back->rules.at(i).second.format(), t.rules.at(i).second.format());
        }
        QVERIFY(back->suppression);
        QCOMPARE(*back->suppression, *t.suppression);
        QCOMPARE(back->rule(u"备注"_s)->param(u"text"), u"a, \"b\""_s);
        QCOMPARE(back->rule(u"nosuch"_s), nullptr);

        // Without suppression and optional texts.
        MaskTemplate bare;
        bare.rules = {{u"a"_s, rule(u"drop"_s)}};
        auto bareBack = MaskTemplate::fromJson(bare.toJson(), {});
        QVERIFY(bareBack);
        QVERIFY(!bareBack->suppression);
        QCOMPARE(bareBack->rules.size(), 1);
    }

    void fileRoundTrip()
    {
        const QString path = m_project->filePath(u"t.json"_s);
        QVERIFY(sampleTemplate().saveFile(path));
        auto back = MaskTemplate::loadFile(path);
        QVERIFY(back);
        QCOMPARE(back->rules.size(), 6);
        auto missing = MaskTemplate::loadFile(m_project->filePath(u"nosuch.json"_s));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::BadInput);
        QCOMPARE(missing.error().file, m_project->filePath(u"nosuch.json"_s));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected"); // a part of the message
        QTest::addColumn<int>("line");         // 0: no position
        QTest::newRow("not json") << QByteArray("{\n  \"format\": \n}") << u"not valid JSON"_s << 3;
        QTest::newRow("not an object") << QByteArray("[1, 2]") << u"not a Steward masking template"_s << 0;
        QTest::newRow("classification template")
            << QByteArray(R"({"format": "steward-classification-template", "version": 1, "fields": []})")
            << u"not a Steward masking template"_s << 0;
        QTest::newRow("newer")
            << QByteArray(R"({"format": "steward-mask-template", "version": 2, "rules": []})")
            << u"newer Steward (template version 2)"_s << 0;
        QTest::newRow("no version")
            << QByteArray(R"({"format": "steward-mask-template", "rules": []})") << u"\"version\""_s << 0;
        QTest::newRow("name not text")
            << QByteArray(R"({"format": "steward-mask-template", "version": 1, "name": 3, "rules": []})")
            << u"\"name\" must be text"_s << 0;
        QTest::newRow("rules not a list") << withRules(R"({"a": "drop"})") << u"\"rules\" must be a list"_s << 0;
        QTest::newRow("rule not an object") << withRules(R"([{"field": "a", "operator": "drop"}, "x"])")
                                            << u"rule 2:"_s << 0;
        QTest::newRow("no field") << withRules(R"([{"operator": "drop"}])") << u"rule 1: needs a \"field\""_s << 0;
        QTest::newRow("field twice")
            << withRules(R"([{"field": "a", "operator": "drop"}, {"field": "a", "operator": "keep"}])")
            << u"rule 2: field a has a rule already"_s << 0;
        QTest::newRow("no operator") << withRules(R"([{"field": "年龄", "params": {}}])")
                                     << u"rule 1 (field 年龄): needs an \"operator\""_s << 0;
        QTest::newRow("unknown operator") << withRules(R"([{"field": "年龄", "operator": "blur"}])")
                                          << u"rule 1 (field 年龄)"_s << 0;
        QTest::newRow("params not object")
            << withRules(R"([{"field": "年龄", "operator": "bands", "params": [5]}])")
            << u"rule 1 (field 年龄): \"params\" must be an object"_s << 0;
        QTest::newRow("bad parameter")
            << withRules(R"([{"field": "a", "operator": "keep"}, {"field": "年龄", "operator": "bands", "params": {"width": -5}}])")
            << u"rule 2 (field 年龄)"_s << 0;
        QTest::newRow("unknown parameter")
            << withRules(R"([{"field": "邮编", "operator": "truncate", "params": {"digits": 3}}])")
            << u"digits"_s << 0;
        QTest::newRow("suppression k")
            << QByteArray(R"({"format": "steward-mask-template", "version": 1, "rules": [],
                 "record_suppression": {"k": 1, "quasi": ["a"]}})")
            << u"\"record_suppression\""_s << 0;
        QTest::newRow("suppression quasi")
            << QByteArray(R"({"format": "steward-mask-template", "version": 1, "rules": [],
                 "record_suppression": {"k": 5, "quasi": []}})")
            << u"\"record_suppression\""_s << 0;
    }
    void malformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QFETCH(int, line);
        auto t = MaskTemplate::fromJson(json, u"next.json"_s);
        QVERIFY(!t);
        QCOMPARE(t.error().code, ErrorCode::BadInput);
        QCOMPARE(t.error().file, u"next.json"_s);
        QVERIFY2(t.error().message.contains(expected), qPrintable(t.error().message));
        QCOMPARE(int(t.error().line), line);
    }

    // Parameter values never appear in the message (a redact text may be anything).
    void errorsDoNotQuoteValues()
    {
        auto t = MaskTemplate::fromJson(
            withRules(R"([{"field": "a", "operator": "bands", "params": {"width": "张三13800138000"}}])"),
            {});
        QVERIFY(!t);
        QVERIFY(!t.error().message.contains(u"13800138000"_s));
    }

    void applyReportsDifferences_data()
    {
        QTest::addColumn<QStringList>("columns");
        QTest::addColumn<QStringList>("applied");
        QTest::addColumn<QStringList>("missing");
        QTest::addColumn<QStringList>("uncovered");
        QTest::addColumn<QStringList>("suppressionQuasi");
        QTest::addColumn<QStringList>("suppressionMissing");
        QTest::newRow("same extract")
            << QStringList{u"住院号"_s, u"年龄"_s, u"邮政编码"_s, u"入院日期"_s, u"诊断"_s, u"备注"_s}
            << QStringList{u"住院号"_s, u"年龄"_s, u"邮政编码"_s, u"入院日期"_s, u"诊断"_s, u"备注"_s}
            << QStringList{} << QStringList{} << QStringList{u"年龄"_s, u"邮政编码"_s} << QStringList{};
        QTest::newRow("reordered, one renamed")
            << QStringList{u"备注"_s, u"住院号"_s, u"入院日期"_s, u"年龄"_s, u"邮编"_s, u"诊断"_s}
            << QStringList{u"备注"_s, u"住院号"_s, u"入院日期"_s, u"年龄"_s, u"诊断"_s}
            << QStringList{u"邮政编码"_s} << QStringList{u"邮编"_s} << QStringList{u"年龄"_s}
            << QStringList{u"邮政编码"_s};
        QTest::newRow("new column, two gone")
            << QStringList{u"住院号"_s, u"年龄"_s, u"入院日期"_s, u"手机号"_s}
            << QStringList{u"住院号"_s, u"年龄"_s, u"入院日期"_s}
            << QStringList{u"邮政编码"_s, u"诊断"_s, u"备注"_s} << QStringList{u"手机号"_s}
            << QStringList{u"年龄"_s} << QStringList{u"邮政编码"_s};
        QTest::newRow("no quasi left")
            << QStringList{u"住院号"_s, u"备注"_s} << QStringList{u"住院号"_s, u"备注"_s}
            << QStringList{u"年龄"_s, u"邮政编码"_s, u"入院日期"_s, u"诊断"_s} << QStringList{}
            << QStringList{} << QStringList{u"年龄"_s, u"邮政编码"_s};
    }
    void applyReportsDifferences()
    {
        QFETCH(QStringList, columns);
        QFETCH(QStringList, applied);
        QFETCH(QStringList, missing);
        QFETCH(QStringList, uncovered);
        QFETCH(QStringList, suppressionQuasi);
        QFETCH(QStringList, suppressionMissing);
        const MaskTemplate t = sampleTemplate();
        auto a = t.apply(columns);
        QVERIFY2(a, qPrintable(a ? QString() : a.error().message));
        QStringList appliedFields;
        for (const auto &[field, r] : a->rules) {
            appliedFields << field;
            QCOMPARE(r, *t.rule(field));
        }
        QCOMPARE(appliedFields, applied);
        QCOMPARE(a->missing, missing);
        QCOMPARE(a->uncovered, uncovered);
        QCOMPARE(a->suppression.has_value(), !suppressionQuasi.isEmpty());
        if (a->suppression) {
            QCOMPARE(a->suppression->quasi, suppressionQuasi);
            QCOMPARE(a->suppression->k, 5);
        }
        QCOMPARE(a->suppressionMissing, suppressionMissing);
    }

    void applyChecksFilesAndSubjects()
    {
        const QString table = m_project->filePath(u"codes.csv"_s);
        QFile f(table);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("A,1\n");
        f.close();
        MaskTemplate t;
        t.name = u"t"_s;
        t.rules = {{u"code"_s, rule(u"recode:table=codes.csv"_s)}};
        // Relative to the base directory, returned absolute.
        auto a = t.apply({u"code"_s}, m_project->dir().path());
        QVERIFY2(a, qPrintable(a ? QString() : a.error().message));
        QCOMPARE(a->rules.at(0).second.param(u"table"), QFileInfo(table).absoluteFilePath());

        // The file has gone: an error naming the field; a field that is not there is no error.
        QVERIFY(QFile::remove(table));
        a = t.apply({u"code"_s}, m_project->dir().path());
        QVERIFY(!a);
        QCOMPARE(a.error().code, ErrorCode::BadInput);
        QVERIFY(a.error().message.contains(u"code"_s));
        QVERIFY(a.error().message.contains(u"codes.csv"_s));
        QVERIFY(t.apply({u"other"_s}, m_project->dir().path()));

        MaskTemplate h;
        h.rules = {{u"age"_s, rule(u"hierarchy:file=/nonexistent/age.csv,level=1"_s)}};
        QVERIFY(!h.apply({u"age"_s}));

        // The shift's subject must be a column.
        MaskTemplate s;
        s.rules = {{u"入院日期"_s, rule(u"shift:subject=住院号"_s)}};
        auto noSubject = s.apply({u"入院日期"_s, u"病案号"_s});
        QVERIFY(!noSubject);
        QVERIFY(noSubject.error().message.contains(u"住院号"_s));
        QVERIFY(s.apply({u"入院日期"_s, u"住院号"_s}));
    }

    void storeSaveReplaceListRemove()
    {
        MaskTemplateStore store(m_project->store());
        auto empty = store.list();
        QVERIFY(empty);
        QVERIFY(empty->isEmpty());

        MaskTemplate t = sampleTemplate();
        QVERIFY(store.save(t));
        QCOMPARE(m_project->auditActions().last(), u"rules.template.save"_s);
        const AuditEntry saved = m_project->store().auditEntries()->last();
        QCOMPARE(saved.target, t.name);
        QVERIFY(saved.detail.contains(u"\"replaced\":false"_s));
        QVERIFY(saved.detail.contains(u"pseudonym"_s));
        QVERIFY(!saved.detail.contains(u"a, "_s)); // no parameter values

        auto loaded = store.load(t.name);
        QVERIFY(loaded);
        QCOMPARE(loaded->toJson(), t.toJson());

        // Same name: replaced, not added.
        t.rules.removeLast();
        t.suppression.reset();
        QVERIFY(store.save(t));
        QVERIFY(m_project->store().auditEntries()->last().detail.contains(u"\"replaced\":true"_s));
        QVERIFY(store.save(named(u"  another "_s)));
        auto list = store.list();
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).name, u"another"_s); // trimmed, by name
        QCOMPARE(list->at(1).name, t.name);
        QCOMPARE(list->at(1).rules, 5);
        QCOMPARE(list->at(1).suppression, false);
        QCOMPARE(list->at(1).sourceDataset, u"inpatients_2026_10"_s);
        QVERIFY(!list->at(1).savedAt.isEmpty());
        QVERIFY(!list->at(1).savedBy.isEmpty());

        QVERIFY(store.remove(u"another"_s));
        QCOMPARE(m_project->auditActions().last(), u"rules.template.delete"_s);
        QCOMPARE(store.list()->size(), 1);
        QCOMPARE(*store.contains(u"another"_s), false);

        // Errors change nothing.
        const qsizetype before = m_project->auditActions().size();
        const Status noName = store.save(named(u" "_s));
        QVERIFY(!noName);
        QCOMPARE(noName.error().code, ErrorCode::Usage);
        const Status gone = store.remove(u"another"_s);
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, ErrorCode::BadInput);
        auto unknown = store.load(u"nosuch"_s);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::BadInput);
        QCOMPARE(m_project->auditActions().size(), before);
    }

    // A damaged stored template is listed as such and does not hide the others.
    void damagedTemplateDoesNotHideTheOthers()
    {
        MaskTemplateStore store(m_project->store());
        MaskTemplate t = sampleTemplate();
        QVERIFY(store.save(t));
        MaskTemplate other = sampleTemplate();
        other.name = u"zz other"_s;
        QVERIFY(store.save(other));
        QVERIFY(StoreAccess::db(m_project->store()).exec(
            QStringLiteral("UPDATE mask_templates SET content = '{broken' WHERE name = '%1'")
                .arg(t.name)));
        auto list = store.list();
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        for (const MaskTemplateInfo &info : std::as_const(*list))
            QCOMPARE(info.readable, info.name != t.name);
        QVERIFY(!store.load(t.name));
        QVERIFY(store.load(other.name));
    }

    void exportImport()
    {
        MaskTemplateStore store(m_project->store());
        QVERIFY(store.save(sampleTemplate()));
        const QString file = m_project->filePath(u"out.json"_s);
        QVERIFY(store.exportFile(sampleTemplate().name, file));
        QCOMPARE(m_project->auditActions().last(), u"rules.template.export"_s);
        QVERIFY(!store.exportFile(u"nosuch"_s, m_project->filePath(u"x.json"_s)));
        QVERIFY(!QFileInfo::exists(m_project->filePath(u"x.json"_s)));

        // Into another project, under another name.
        auto other = ProjectStore::create(m_project->filePath(u"q.steward"_s));
        QVERIFY(other);
        MaskTemplateStore otherStore(**other);
        auto imported = otherStore.importFile(file, u"from-p"_s);
        QVERIFY(imported);
        auto back = otherStore.load(u"from-p"_s);
        QVERIFY(back);
        QCOMPARE(back->rules.size(), 6);
        QCOMPARE(*back->suppression, *sampleTemplate().suppression);
        QVERIFY((*other)->auditEntries()->last().detail.contains(u"out.json"_s));

        // A broken file is not imported.
        QFile broken(m_project->filePath(u"broken.json"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(withRules(R"([{"field": "a"}])"));
        broken.close();
        auto bad = otherStore.importFile(broken.fileName());
        QVERIFY(!bad);
        QCOMPARE(bad.error().file, broken.fileName());
        QCOMPARE(otherStore.list()->size(), 1);
    }

    void fromDatasetAndApply()
    {
        const DatasetInfo oct = importCsv(u"oct"_s, "mrn,age,zip,note\nA1,34,310012,x\nA2,61,310013,y\n");
        QVERIFY(MaskRuleStore(m_project->store()).save(oct, {{u"mrn"_s, rule(u"pseudonym"_s)},
                                                   {u"age"_s, rule(u"bands:width=10"_s)},
                                                   {u"note"_s, rule(u"scrub"_s)}}));
        RecordSuppression s;
        s.k = 3;
        s.quasi = {u"age"_s, u"zip"_s};
        QVERIFY(RecordSuppressionStore(m_project->store()).save(oct, s));

        MaskTemplateStore store(m_project->store());
        auto made = store.fromDataset(oct, u"monthly"_s);
        QVERIFY(made);
        QCOMPARE(made->sourceDataset, u"oct"_s);
        QCOMPARE(made->rules.size(), 4); // every column, zip as keep
        QCOMPARE(made->rules.at(2).first, u"zip"_s);
        QCOMPARE(made->rules.at(2).second.op(), MaskOperator::Keep);
        QVERIFY(made->suppression);
        QCOMPARE(*made->suppression, s);
        QVERIFY(store.save(*made));

        // Next month: zip renamed to postcode, a phone column added, note gone.
        const DatasetInfo nov = importCsv(u"nov"_s, "mrn,phone,age,postcode\nB1,13800138000,50,310000\n");
        QVERIFY(MaskRuleStore(m_project->store()).save(nov, {{u"phone"_s, rule(u"drop"_s)}}));
        const qsizetype before = m_project->auditActions().size();
        auto applied = store.apply(nov, *store.load(u"monthly"_s));
        QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().message));
        QCOMPARE(applied->missing, (QStringList{u"zip"_s, u"note"_s}));
        QCOMPARE(applied->uncovered, (QStringList{u"phone"_s, u"postcode"_s}));
        QCOMPARE(applied->suppression->quasi, QStringList{u"age"_s});
        QCOMPARE(applied->suppressionMissing, QStringList{u"zip"_s});
        const QStringList actions = m_project->auditActions().mid(before);
        QCOMPARE(actions, (QStringList{u"rules.set"_s, u"rules.suppression"_s,
                                       u"rules.template.apply"_s}));
        QVERIFY(m_project->store().auditEntries()->last().detail.contains(u"postcode"_s));

        // replaceAll: the phone rule went, the template's rules are the dataset's.
        auto rules = MaskRuleStore(m_project->store()).planRules(nov);
        QVERIFY(rules);
        QCOMPARE(rules->size(), 2);
        QCOMPARE(rules->at(0), (std::pair{u"mrn"_s, rule(u"pseudonym"_s)}));
        QCOMPARE(rules->at(1), (std::pair{u"age"_s, rule(u"bands:width=10"_s)}));
        auto stored = RecordSuppressionStore(m_project->store()).load(nov);
        QVERIFY(stored && stored->has_value());
        QCOMPARE((*stored)->quasi, QStringList{u"age"_s});

        // Merging keeps the other rules.
        QVERIFY(MaskRuleStore(m_project->store()).save(nov, {{u"phone"_s, rule(u"drop"_s)}}));
        QVERIFY(store.apply(nov, *store.load(u"monthly"_s), {}, false));
        QCOMPARE(MaskRuleStore(m_project->store()).planRules(nov)->size(), 3);

        // A template that cannot apply writes nothing.
        MaskTemplate broken;
        broken.name = u"broken"_s;
        broken.rules = {{u"age"_s, rule(u"hierarchy:file=/nonexistent/h.csv"_s)}};
        const qsizetype beforeBroken = m_project->auditActions().size();
        QVERIFY(!store.apply(nov, broken));
        QCOMPARE(m_project->auditActions().size(), beforeBroken);
        QCOMPARE(MaskRuleStore(m_project->store()).planRules(nov)->size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestMaskTemplate)
#include "test_masktemplate.moc"
