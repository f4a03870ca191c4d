// ClassificationService on real project files: analysis and its cache, decisions with reasons,
// undo/redo, the dataset grade, decisions surviving a replace, taking decisions over from another
// dataset or a template, the data dictionary, and that every write is one transaction with an
// audit entry (a failing call changes nothing).

#include "core/classify/ClassificationService.h"
#include "core/classify/ClassificationStore.h"
#include "core/common/Translations.h"
#include "core/import/Importer.h"
#include "core/sample/SampleGenerator.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sqlite.h"
#include "core/store/StoreAccess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace steward;
using namespace Qt::StringLiterals;

namespace {

QByteArray csvLine(const QStringList &cells)
{
    return cells.join(u',').toUtf8() + "\n";
}

const QStringList kHeader = {u"病案号"_s, u"主要诊断编码"_s, u"科室"_s};

// A small inpatient extract: record numbers, ordinary diagnosis codes (one HIV code when asked),
// departments; optionally a phone column.
QList<QStringList> extractRows(int n, bool hiv, bool phone, int seed = 0)
{
    static const QStringList codes = {u"I10"_s, u"E11.9"_s, u"J18.0"_s, u"K35.8"_s, u"I25.1"_s, u"N18.3"_s};
    static const QStringList departments = {u"心内科"_s, u"呼吸内科"_s, u"普外科"_s, u"肾内科"_s};
    QList<QStringList> rows;
    for (int i = 0; i < n; ++i) {
        QStringList r{u"ZY%1"_s.arg(200000 + seed * 10000 + i), codes[(i + seed) % codes.size()],
                      departments[(i * 3 + seed) % departments.size()]};
        if (hiv && i == n / 2)
            r[1] = u"B20.1"_s;
        if (phone)
            r << u"13%1"_s.arg(812340000 + i * 7 + seed, 9, 10, QLatin1Char('0'));
        rows << r;
    }
    return rows;
}

QStringList states(const QList<FieldDecisionState> &list)
{
    QStringList out;
    for (const FieldDecisionState &s : list)
        out << s.field + (s.decision.confirmed ? u"+"_s : u"-"_s);
    return out;
}

} // namespace

class TestClassificationService final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<ProjectStore> m_store;

    DatasetInfo importRows(const QString &name, const QStringList &header,
                           const QList<QStringList> &rows, bool replace = false)
    {
        static int files = 0;
        const QString file = m_tmp->filePath(u"f%1.csv"_s.arg(++files));
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write fixture");
        f.write(csvLine(header));
        for (const QStringList &r : rows)
            f.write(csvLine(r));
        f.close();
        return importPath(name, file, replace);
    }
    DatasetInfo importPath(const QString &name, const QString &file, bool replace = false)
    {
        ImportOptions options;
        options.datasetName = name;
        options.replaceExisting = replace;
        auto info = importFile(*m_store, file, options);
        if (!info)
            qFatal("import: %s", qPrintable(info.error().toString()));
        return *info;
    }
    DatasetInfo importSample(const QString &name, int rows, quint64 seed, bool replace = false)
    {
        const QString file = m_tmp->filePath(u"sample-%1.csv"_s.arg(seed));
        SampleOptions options;
        options.rows = rows;
        options.seed = seed;
        if (Status s = writeSample(file, options); !s)
            qFatal("sample: %s", qPrintable(s.error().toString()));
        return importPath(name, file, replace);
    }
    qint64 auditCount() { return m_store->auditEntries()->size(); }
    AuditEntry lastAudit() { return m_store->auditEntries()->last(); }

    // Analyzes and confirms every field of the dataset, with one override.
    void classifyAll(ClassificationService &service, const QString &dataset)
    {
        auto cls = service.analyzeNow(dataset);
        QVERIFY(cls && cls->analyzed);
        QList<DecisionRequest> requests;
        for (const FieldClassification &f : cls->fields) {
            if (f.name == u"科室"_s)
                requests << DecisionRequest::set(f.name, FieldRole::Quasi, 3,
                                                 DataCategory::HealthResource,
                                                 u"small departments identify patients"_s);
            else
                requests << DecisionRequest::confirm(f.name);
        }
        QVERIFY(service.decide(dataset, requests));
    }

private slots:
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        auto store = ProjectStore::create(m_tmp->filePath(u"p.steward"_s));
        QVERIFY(store);
        m_store = std::move(*store);
    }
    void cleanup()
    {
        m_store.reset();
        m_tmp.reset();
    }

    void analysisIsCachedPerVersion()
    {
        importSample(u"inpatients"_s, 400, 7);
        ClassificationService service(*m_store);
        auto before = service.load(u"inpatients"_s);
        QVERIFY(before);
        QVERIFY(!before->analyzed);
        QCOMPARE(before->fields.size(), 18);
        QVERIFY(!before->fields.first().hasSuggestion);
        QCOMPARE(before->grade().needsDecision.size(), 18);

        const qint64 audits = auditCount();
        auto cls = service.analyzeNow(u"inpatients"_s);
        QVERIFY2(cls, qPrintable(cls.ok() ? QString() : cls.error().toString()));
        QVERIFY(cls->analyzed);
        for (const FieldClassification &f : cls->fields) {
            QVERIFY(f.hasProfile);
            QVERIFY(f.hasSuggestion);
            QVERIFY(!f.suggestion.evidence.isEmpty());
            QCOMPARE(f.profile.nonEmpty + f.profile.missing, qint64(400));
        }
        QCOMPARE(auditCount(), audits + 1);
        QCOMPARE(lastAudit().action, u"classification.analyze"_s);
        QCOMPARE(lastAudit().target, u"inpatients"_s);

        // Current: nothing to do, nothing written.
        QVERIFY(service.analyzeNow(u"inpatients"_s));
        QCOMPARE(auditCount(), audits + 1);
        // Classifying again reuses the cached profiles.
        auto again = service.reclassify(u"inpatients"_s);
        QVERIFY(again);
        QVERIFY(lastAudit().detail.contains(u"\"from_cache\":true"_s));
        // A new version drops the cache.
        importSample(u"inpatients"_s, 300, 8, true);
        auto replaced = service.load(u"inpatients"_s);
        QVERIFY(replaced);
        QVERIFY(!replaced->analyzed);
        QVERIFY(!replaced->fields.first().hasProfile);
        QCOMPARE(*StoreAccess::db(*m_store).queryInt("SELECT count(*) FROM field_profiles"),
                 qint64(0));
    }

    void evidenceIsReadInTheReadersLanguage()
    {
        // Classified by an English command line, read by a Chinese interface: the stored line stays
        // as it was written, what load() returns is in the reader's language.
        importRows(u"extract"_s, kHeader, extractRows(300, false, false));
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        ClassificationService cli(*m_store, DetectorSet::builtin(), english);
        auto cls = cli.analyzeNow(u"extract"_s);
        QVERIFY(cls && cls->analyzed);
        const QString englishLine = cls->fields.at(0).suggestion.evidence;
        QVERIFY2(englishLine.contains(u"values are"_s), qPrintable(englishLine));

        QTranslator translator;
        QVERIFY(loadStewardTranslation(translator, QLocale(u"zh_CN"_s)));
        QCoreApplication::installTranslator(&translator);
        ClassificationService gui(*m_store, DetectorSet::builtin(), QLocale(u"zh_CN"_s));
        auto chinese = gui.load(u"extract"_s);
        QCoreApplication::removeTranslator(&translator);
        QVERIFY(chinese);
        for (const FieldClassification &f : chinese->fields) {
            QVERIFY2(!f.suggestion.evidence.contains(u" values"_s), qPrintable(f.suggestion.evidence));
            QVERIFY2(f.suggestion.evidence.contains(u"个值"_s) || f.suggestion.evidence.contains(u"表头"_s),
                     qPrintable(f.suggestion.evidence));
        }
        const auto stored = StoreAccess::db(*m_store).queryUtf8(
            "SELECT evidence FROM field_classifications WHERE field = ?", kHeader.at(0), u"test"_s);
        QVERIFY(stored && stored->has_value());
        QCOMPARE(QString::fromUtf8(**stored), englishLine);
        // And back in English, the English line.
        auto again = cli.load(u"extract"_s);
        QVERIFY(again);
        QCOMPARE(again->fields.at(0).suggestion.evidence, englishLine);
    }

    void decisionsConfirmAndOverride()
    {
        importRows(u"dx"_s, kHeader, extractRows(300, false, false));
        ClassificationService service(*m_store);
        QVERIFY(service.analyzeNow(u"dx"_s));
        const qint64 audits = auditCount();
        auto batch = service.decide(
            u"dx"_s, {DecisionRequest::confirm(u"病案号"_s),
                      DecisionRequest::set(u"科室"_s, FieldRole::Quasi, 3, std::nullopt,
                                           u"rare departments"_s)});
        QVERIFY2(batch, qPrintable(batch.ok() ? QString() : batch.error().toString()));
        QCOMPARE(auditCount(), audits + 1);
        const AuditEntry entry = lastAudit();
        QCOMPARE(entry.action, u"classification.decide"_s);
        QCOMPARE(entry.target, u"dx"_s);
        QVERIFY(entry.detail.contains(u"rare departments"_s));
        QVERIFY(entry.detail.contains(u"\"override\""_s));
        QVERIFY(!entry.detail.contains(u"ZY2"_s)); // no cell values
        QVERIFY(!entry.detail.contains(u"心内科"_s));

        auto cls = service.load(u"dx"_s);
        QVERIFY(cls);
        const FieldClassification &id = cls->fields[cls->indexOf(u"病案号"_s)];
        QCOMPARE(id.status(), DecisionStatus::Confirmed);
        QCOMPARE(id.decision.role, id.suggestion.role);
        QVERIFY(!id.decision.decidedBy.isEmpty());
        QVERIFY(id.decision.decidedAt.endsWith(u'Z'));
        QVERIFY(!id.needsDecision());
        const FieldClassification &dept = cls->fields[cls->indexOf(u"科室"_s)];
        QCOMPARE(dept.status(), DecisionStatus::Overridden);
        QCOMPARE(dept.effectiveRole(), FieldRole::Quasi);
        QCOMPARE(dept.effectiveGrade(), 3);
        QCOMPARE(dept.effectiveCategory(), dept.suggestion.category);
        QCOMPARE(dept.decision.reason, u"rare departments"_s);
        QCOMPARE(cls->needsDecision(), QStringList{u"主要诊断编码"_s});
        const DatasetGrade grade = cls->grade();
        QCOMPARE(grade.grade, std::max(id.decision.grade, 3));
        QCOMPARE(grade.confirmedCount, 2);
        QCOMPARE(grade.needsDecision, QStringList{u"主要诊断编码"_s});
    }

    void invalidDecisionsChangeNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("grade");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("twice");
        QTest::addColumn<int>("code");
        QTest::newRow("override without reason") << u"科室"_s << 5 << QString() << false << int(ErrorCode::Usage);
        QTest::newRow("blank reason") << u"科室"_s << 5 << u"   "_s << false << int(ErrorCode::Usage);
        QTest::newRow("grade 0") << u"科室"_s << 0 << u"r"_s << false << int(ErrorCode::Usage);
        QTest::newRow("grade 6") << u"科室"_s << 6 << u"r"_s << false << int(ErrorCode::Usage);
        QTest::newRow("unknown field") << u"nope"_s << 3 << u"r"_s << false << int(ErrorCode::BadInput);
        QTest::newRow("field twice") << u"科室"_s << 3 << u"r"_s << true << int(ErrorCode::BadInput);
    }
    void invalidDecisionsChangeNothing()
    {
        QFETCH(QString, field);
        QFETCH(int, grade);
        QFETCH(QString, reason);
        QFETCH(bool, twice);
        QFETCH(int, code);
        importRows(u"dx"_s, kHeader, extractRows(100, false, false));
        ClassificationService service(*m_store);
        QVERIFY(service.analyzeNow(u"dx"_s));
        const qint64 audits = auditCount();
        // A valid decision in the same call is not written either.
        QList<DecisionRequest> requests{DecisionRequest::confirm(u"病案号"_s),
                                        DecisionRequest::set(field, FieldRole::Direct, grade,
                                                             DataCategory::PublicHealth, reason)};
        if (twice)
            requests << DecisionRequest::confirm(field);
        auto batch = service.decide(u"dx"_s, requests);
        QVERIFY(!batch);
        QCOMPARE(int(batch.error().code), code);
        QCOMPARE(auditCount(), audits);
        auto cls = service.load(u"dx"_s);
        for (const FieldClassification &f : cls->fields)
            QVERIFY(!f.decision.confirmed);
    }

    void overrideEqualToSuggestionNeedsNoReason()
    {
        importRows(u"dx"_s, kHeader, extractRows(100, false, false));
        ClassificationService service(*m_store);
        auto cls = service.analyzeNow(u"dx"_s);
        QVERIFY(cls);
        const Suggestion s = cls->fields[0].suggestion;
        QVERIFY(service.decide(u"dx"_s, {DecisionRequest::set(cls->fields[0].name, s.role, s.grade,
                                                               s.category, {})}));
        QCOMPARE(service.load(u"dx"_s)->fields[0].status(), DecisionStatus::Confirmed);
    }

    void decideNeedsAnalysis()
    {
        importRows(u"dx"_s, kHeader, extractRows(10, false, false));
        ClassificationService service(*m_store);
        auto batch = service.decide(u"dx"_s, {DecisionRequest::confirm(u"科室"_s)});
        QVERIFY(!batch);
        QCOMPARE(batch.error().code, ErrorCode::BadInput);
    }

    void undoRedoRestoreExactStates()
    {
        importRows(u"dx"_s, kHeader, extractRows(100, false, false));
        ClassificationService service(*m_store);
        QVERIFY(service.analyzeNow(u"dx"_s));
        auto first = service.decide(u"dx"_s, {DecisionRequest::confirm(u"病案号"_s)});
        QVERIFY(first);
        auto second = service.decide(
            u"dx"_s, {DecisionRequest::set(u"病案号"_s, FieldRole::Direct, 5, std::nullopt, u"policy"_s),
                      DecisionRequest::confirm(u"科室"_s)});
        QVERIFY(second);
        QVERIFY(!second->isEmpty());
        QCOMPARE(states(second->before), (QStringList{u"病案号+"_s, u"科室-"_s}));
        const FieldDecision overridden = service.load(u"dx"_s)->fields[0].decision;
        QCOMPARE(overridden.grade, 5);

        // A rename between does not break undo (the batch is bound to the dataset id).
        QVERIFY(m_store->renameDataset(u"dx"_s, u"dx 2024"_s));
        QVERIFY(service.undo(*second));
        QCOMPARE(lastAudit().action, u"classification.undo"_s);
        QCOMPARE(lastAudit().target, u"dx 2024"_s);
        auto undone = service.load(u"dx 2024"_s);
        QCOMPARE(undone->fields[0].decision, first->after.first().decision);
        QVERIFY(!undone->fields[2].decision.confirmed);
        QVERIFY(service.redo(*second));
        QCOMPARE(lastAudit().action, u"classification.redo"_s);
        auto redone = service.load(u"dx 2024"_s);
        QCOMPARE(redone->fields[0].decision, overridden);
        QVERIFY(redone->fields[2].decision.confirmed);
        QVERIFY(service.undo(*first));
        QVERIFY(service.undo(*second) && service.undo(*first)); // idempotent writes
        QVERIFY(!service.load(u"dx 2024"_s)->fields[0].decision.confirmed);
        QVERIFY(m_store->verifyAudit()->ok);
    }

    void reopenWithdrawsConfirmation()
    {
        importRows(u"dx"_s, kHeader, extractRows(50, false, false));
        ClassificationService service(*m_store);
        QVERIFY(service.analyzeNow(u"dx"_s));
        QVERIFY(service.decide(u"dx"_s, {DecisionRequest::confirm(u"科室"_s)}));
        QVERIFY(service.decide(u"dx"_s, {DecisionRequest::reopen(u"科室"_s)}));
        const FieldClassification f = service.load(u"dx"_s)->fields[2];
        QVERIFY(!f.decision.confirmed);
        QVERIFY(f.decision.hasValues); // kept as the previous decision
        QVERIFY(f.needsDecision());
    }

    void decisionsSurviveReplace()
    {
        importRows(u"dx"_s, kHeader, extractRows(400, false, false));
        ClassificationService service(*m_store);
        classifyAll(service, u"dx"_s);
        QVERIFY(service.load(u"dx"_s)->needsDecision().isEmpty());
        const int grade = service.load(u"dx"_s)->grade().grade;

        // Next month's extract, same shape: decisions stand once it is analyzed.
        importRows(u"dx"_s, kHeader, extractRows(500, false, false, 1), true);
        auto replaced = service.load(u"dx"_s);
        QVERIFY(!replaced->analyzed);
        for (const FieldClassification &f : replaced->fields)
            QVERIFY(f.decision.confirmed);
        auto analyzed = service.analyzeNow(u"dx"_s);
        QVERIFY(analyzed && analyzed->analyzed);
        QCOMPARE(analyzed->dataset.version, 2);
        QVERIFY2(analyzed->needsDecision().isEmpty(), qPrintable(analyzed->needsDecision().join(u',')));
        QCOMPARE(analyzed->grade().grade, grade);

        // The month after holds one HIV code: the diagnosis field needs a decision again.
        importRows(u"dx"_s, kHeader, extractRows(500, true, false, 2), true);
        auto changed = service.analyzeNow(u"dx"_s);
        QVERIFY(changed);
        QCOMPARE(changed->needsDecision(), QStringList{u"主要诊断编码"_s});
        const FieldClassification &dx = changed->fields[1];
        QVERIFY(dx.stale);
        QVERIFY(dx.decision.confirmed);
        QCOMPARE(dx.suggestion.grade, 5);
        QVERIFY(!dx.staleReason.isEmpty());
        QVERIFY(!dx.staleReason.contains(u"B20"_s));
        QCOMPARE(changed->grade().needsDecision, QStringList{u"主要诊断编码"_s});
        QVERIFY(service.decide(u"dx"_s, {DecisionRequest::confirm(u"主要诊断编码"_s)}));
        auto settled = service.load(u"dx"_s);
        QVERIFY(settled->needsDecision().isEmpty());
        QCOMPARE(settled->grade().grade, 5);
    }

    void storeRefusesAnAnalysisOfAReplacedVersion()
    {
        const DatasetInfo v1 = importRows(u"dx"_s, kHeader, extractRows(100, false, false));
        auto analysis = ClassificationService::analyze(*m_store, v1, DetectorSet::builtin());
        QVERIFY(analysis);
        importRows(u"dx"_s, kHeader, extractRows(100, false, false, 1), true);
        ClassificationService service(*m_store);
        const qint64 audits = auditCount();
        Status s = service.storeAnalysis(*analysis);
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::BadInput);
        QCOMPARE(auditCount(), audits);
        QCOMPARE(*StoreAccess::db(*m_store).queryInt("SELECT count(*) FROM field_profiles"),
                 qint64(0));
    }

    void applyFromDatasetShowsOnlyNewAndChanged()
    {
        importRows(u"january"_s, kHeader, extractRows(300, false, false));
        ClassificationService service(*m_store);
        classifyAll(service, u"january"_s);
        // February: a new phone column, and the diagnosis field now holds an HIV code.
        importRows(u"february"_s, kHeader + QStringList{u"联系电话"_s}, extractRows(300, true, true, 1));
        auto notYet = service.applyFromDataset(u"february"_s, u"january"_s);
        QVERIFY(!notYet);
        QCOMPARE(notYet.error().code, ErrorCode::BadInput); // not analyzed yet
        QVERIFY(service.analyzeNow(u"february"_s));

        const qint64 audits = auditCount();
        auto batch = service.applyFromDataset(u"february"_s, u"january"_s);
        QVERIFY2(batch, qPrintable(batch.ok() ? QString() : batch.error().toString()));
        QCOMPARE(batch->applied, (QStringList{u"病案号"_s, u"科室"_s}));
        QCOMPARE(batch->changed, QStringList{u"主要诊断编码"_s});
        QCOMPARE(batch->added, QStringList{u"联系电话"_s});
        QCOMPARE(auditCount(), audits + 1);
        QCOMPARE(lastAudit().action, u"classification.apply"_s);
        QVERIFY(lastAudit().detail.contains(u"january"_s));

        auto feb = service.load(u"february"_s);
        QCOMPARE(feb->needsDecision(), (QStringList{u"主要诊断编码"_s, u"联系电话"_s}));
        const FieldClassification &dept = feb->fields[2];
        QCOMPARE(dept.status(), DecisionStatus::Overridden);
        QCOMPARE(dept.decision.reason, u"small departments identify patients"_s);
        QCOMPARE(dept.decision.origin, u"dataset:january"_s);
        QCOMPARE(dept.decision.category, DataCategory::HealthResource);
        const FieldClassification &dx = feb->fields[1];
        QVERIFY(!dx.decision.confirmed);
        QVERIFY(dx.decision.hasValues); // January's decision, shown as the previous one

        QVERIFY(service.undo(*batch));
        QCOMPARE(service.load(u"february"_s)->needsDecision().size(), 4);
        QVERIFY(service.redo(*batch));
        QCOMPARE(service.load(u"february"_s)->needsDecision().size(), 2);
    }

    void templatesRoundTrip()
    {
        importRows(u"january"_s, kHeader, extractRows(300, false, false));
        ClassificationService service(*m_store);
        classifyAll(service, u"january"_s);
        auto tmpl = service.makeTemplate(u"january"_s, u"monthly inpatients"_s);
        QVERIFY(tmpl);
        QCOMPARE(tmpl->fields.size(), 3);
        QCOMPARE(tmpl->sourceDataset, u"january"_s);
        const QString file = m_tmp->filePath(u"inpatients.template.json"_s);
        QVERIFY(tmpl->saveFile(file));
        auto loaded = ClassificationTemplate::loadFile(file);
        QVERIFY(loaded);
        QCOMPARE(loaded->toJson(), tmpl->toJson());
        QCOMPARE(loaded->field(u"科室"_s)->reason, u"small departments identify patients"_s);

        importRows(u"february"_s, kHeader + QStringList{u"联系电话"_s}, extractRows(300, true, true, 1));
        QVERIFY(service.analyzeNow(u"february"_s));
        auto batch = service.applyTemplate(u"february"_s, *loaded);
        QVERIFY(batch);
        QCOMPARE(batch->applied, (QStringList{u"病案号"_s, u"科室"_s}));
        QCOMPARE(batch->changed, QStringList{u"主要诊断编码"_s});
        QCOMPARE(service.load(u"february"_s)->fields[2].decision.origin, u"template:monthly inpatients"_s);

        // Stored in the project.
        QVERIFY(service.saveTemplate(*tmpl));
        QCOMPARE(lastAudit().action, u"template.save"_s);
        QCOMPARE(*service.templateNames(), QStringList{u"monthly inpatients"_s});
        auto stored = service.loadTemplate(u"monthly inpatients"_s);
        QVERIFY(stored);
        QCOMPARE(stored->toJson(), tmpl->toJson());
        QVERIFY(service.deleteTemplate(u"monthly inpatients"_s));
        QCOMPARE(lastAudit().action, u"template.delete"_s);
        QVERIFY(service.templateNames()->isEmpty());
        QCOMPARE(service.loadTemplate(u"monthly inpatients"_s).error().code, ErrorCode::BadInput);
    }

    void badTemplateFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<qint64>("line");
        QTest::newRow("malformed JSON") << QByteArray("{\n  \"format\": \"steward-classification-template\",\n  oops\n}") << qint64(3);
        QTest::newRow("another format") << QByteArray("{\"format\": \"something else\", \"fields\": []}") << qint64(0);
        QTest::newRow("bad role") << QByteArray("{\"format\": \"steward-classification-template\", \"version\": 1, "
                                                "\"fields\": [{\"name\": \"a\", \"role\": \"secret\", "
                                                "\"category\": \"health_status\", \"grade\": 3}]}")
                                  << qint64(0);
        QTest::newRow("grade 9") << QByteArray("{\"format\": \"steward-classification-template\", \"version\": 1, "
                                               "\"fields\": [{\"name\": \"a\", \"role\": \"direct\", "
                                               "\"category\": \"health_status\", \"grade\": 9}]}")
                                 << qint64(0);
        QTest::newRow("newer") << QByteArray("{\"format\": \"steward-classification-template\", \"version\": 2, \"fields\": []}")
                               << qint64(0);
    }
    void badTemplateFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(qint64, line);
        const QString file = m_tmp->filePath(u"bad.json"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        auto loaded = ClassificationTemplate::loadFile(file);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, ErrorCode::BadInput);
        QCOMPARE(loaded.error().file, file);
        QCOMPARE(loaded.error().line, line);
    }

    void dictionaryExports()
    {
        importRows(u"dx"_s, kHeader, extractRows(200, true, false));
        ClassificationService service(*m_store);
        QVERIFY(service.analyzeNow(u"dx"_s));
        QVERIFY(service.decide(u"dx"_s, {DecisionRequest::set(u"科室"_s, FieldRole::Quasi, 3, std::nullopt,
                                                               u"rare, \"small\" departments"_s)}));
        const QString csv = m_tmp->filePath(u"dict.csv"_s);
        auto written = service.exportDictionary(u"dx"_s, csv, DataDictionary::Format::Csv);
        QVERIFY(written);
        QCOMPARE(*written, 3);
        QCOMPARE(lastAudit().action, u"dictionary.export"_s);
        QVERIFY(lastAudit().detail.contains(u"dict.csv"_s));
        QVERIFY(!lastAudit().detail.contains(m_tmp->path())); // file name only
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0], u"field,type,role,category,grade,confidence,evidence,decision,reason,decided_by,"
                           "decided_at,needs_decision"_s);
        QVERIFY(lines[1].startsWith(u"病案号,text,direct,"_s));
        QVERIFY(lines[1].contains(u",unconfirmed,"_s));
        QVERIFY(lines[2].startsWith(u"主要诊断编码,text,sensitive,health_status,5,"_s));
        QVERIFY2(lines[3].startsWith(u"科室,text,quasi,"_s), qPrintable(lines[3]));
        QVERIFY(lines[3].contains(u",overridden,\"rare, \"\"small\"\" departments\","_s));
        QVERIFY(lines[3].endsWith(u",false"_s));

        const QString json = m_tmp->filePath(u"dict.json"_s);
        QVERIFY(service.exportDictionary(u"dx"_s, json, DataDictionary::Format::Json));
        QFile j(json);
        QVERIFY(j.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(j.readAll()).object();
        QCOMPARE(root.value(u"dataset"_s).toString(), u"dx"_s);
        QCOMPARE(root.value(u"grade"_s).toInt(), 3);
        const QJsonArray fields = root.value(u"fields"_s).toArray();
        QCOMPARE(fields.size(), 3);
        const QJsonObject dept = fields[2].toObject();
        for (const char *key : {"field", "type", "role", "category", "grade", "evidence", "decision", "reason",
                                "decided_by", "decided_at"})
            QVERIFY2(dept.contains(QLatin1String(key)), key);
        QCOMPARE(dept.value(u"decision"_s).toString(), u"overridden"_s);
        QCOMPARE(dept.value(u"grade"_s).toInt(), 3);
        QCOMPARE(fields[1].toObject().value(u"grade"_s).toInt(), 5);
        QVERIFY(!fields[0].toObject().value(u"decided_by"_s).toString().size());

        // An unwritable path fails and records nothing.
        const qint64 audits = auditCount();
        auto failed = service.exportDictionary(u"dx"_s, m_tmp->filePath(u"no/such/dir/d.csv"_s),
                                               DataDictionary::Format::Csv);
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, ErrorCode::BadInput);
        QCOMPARE(auditCount(), audits);
    }

    void renameAndDeleteKeepWorking()
    {
        importRows(u"dx"_s, kHeader, extractRows(100, false, false));
        importRows(u"other"_s, kHeader, extractRows(100, false, false));
        ClassificationService service(*m_store);
        classifyAll(service, u"dx"_s);
        classifyAll(service, u"other"_s);
        QVERIFY(m_store->renameDataset(u"dx"_s, u"dx renamed"_s));
        QVERIFY(service.load(u"dx renamed"_s)->needsDecision().isEmpty());
        QVERIFY(m_store->deleteDataset(u"dx renamed"_s));
        QCOMPARE(*StoreAccess::db(*m_store).queryInt(
                     "SELECT count(*) FROM field_classifications WHERE dataset_id = 1"),
                 qint64(0));
        QCOMPARE(*StoreAccess::db(*m_store).queryInt(
                     "SELECT count(*) FROM field_profiles WHERE dataset_id = 1"),
                 qint64(0));
        QVERIFY(service.load(u"other"_s)->needsDecision().isEmpty());
        // A new dataset that reuses the id starts clean.
        importRows(u"third"_s, kHeader, extractRows(10, false, false));
        auto third = service.load(u"third"_s);
        QVERIFY(!third->analyzed);
        for (const FieldClassification &f : third->fields)
            QVERIFY(!f.decision.hasValues);
    }

    // The CLI runs a whole command in one transaction: the service's writes join it.
    void writesJoinTheCallersTransaction()
    {
        importRows(u"dx"_s, kHeader, extractRows(100, false, false));
        ClassificationService service(*m_store);
        const qint64 audits = auditCount();
        {
            sql::Transaction txn(StoreAccess::db(*m_store));
            QVERIFY(service.analyzeNow(u"dx"_s));
            QVERIFY(service.decide(u"dx"_s, {DecisionRequest::confirm(u"科室"_s)}));
            QVERIFY(!service.decide(u"dx"_s, {DecisionRequest::confirm(u"nope"_s)}));
            QVERIFY(service.load(u"dx"_s)->fields[2].decision.confirmed); // the failed step only
            txn.rollback();
        }
        QCOMPARE(auditCount(), audits);
        QVERIFY(!service.load(u"dx"_s)->analyzed);
        QVERIFY(!service.load(u"dx"_s)->fields[2].decision.confirmed);
    }
};

QTEST_GUILESS_MAIN(TestClassificationService)
#include "test_classificationservice.moc"
