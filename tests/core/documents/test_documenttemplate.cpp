// The shipped document templates: every file loads, both languages of a kind have the same
// structure (keys, types, flags) and the same phrases, the phrases every renderer uses exist,
// clause text uses only documented placeholders; parsing reports file, line and column; fill().

#include "core/classify/Taxonomy.h"
#include "core/documents/DocumentTemplate.h"
#include "core/store/DatasetInfo.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace steward;
using namespace Qt::Literals::StringLiterals;

namespace {

DocumentTemplate loaded(DocumentKind kind, const QString &language)
{
    Result<DocumentTemplate> tmpl = DocumentTemplate::load(kind, language);
    if (!tmpl)
        qFatal("template: %s", qPrintable(tmpl.error().toString()));
    return *tmpl;
}

QStringList placeholdersOf(const QString &text)
{
    static const QRegularExpression placeholder(u"\\{([^{}]*)\\}"_s);
    QStringList names;
    for (QRegularExpressionMatchIterator it = placeholder.globalMatch(text); it.hasNext();)
        names << it.next().captured(1);
    return names;
}

// The phrase keys every renderer relies on (common contract of the documents).
QStringList requiredPhrases()
{
    QStringList keys = {u"doc.contents"_s, u"doc.page"_s, u"doc.version"_s, u"doc.date"_s,
                        u"doc.release"_s, u"doc.recipient"_s, u"doc.provider"_s, u"doc.status"_s,
                        u"doc.draft"_s, u"doc.submitted"_s, u"doc.approved"_s, u"doc.out_of_date"_s,
                        u"doc.out_of_date_note"_s,
                        u"doc.generated_note"_s, u"doc.blank"_s, u"doc.yes"_s, u"doc.no"_s,
                        u"doc.none"_s, u"doc.unknown"_s, u"retention.months"_s,
                        u"retention.years"_s, u"risk.derived_note"_s};
    // The machine names of SharingMode, LegalBasis and ReleasePolicy::keys() (core/release).
    for (const char *mode : {"bilateral", "multilateral", "public", "controlled", "federated"})
        keys << u"mode."_s + QLatin1String(mode) << u"mode."_s + QLatin1String(mode) + u".description"_s;
    for (const char *basis : {"consent", "contract", "legal_duty", "public_health_emergency",
                              "public_interest_research", "already_public", "other_law"})
        keys << u"basis."_s + QLatin1String(basis);
    for (FieldRole role : {FieldRole::Direct, FieldRole::Quasi, FieldRole::Sensitive, FieldRole::Other})
        keys << u"role."_s + fieldRoleName(role);
    for (DataCategory category : {DataCategory::PersonalAttribute, DataCategory::HealthStatus,
                                  DataCategory::MedicalApplication, DataCategory::MedicalPayment,
                                  DataCategory::HealthResource, DataCategory::PublicHealth})
        keys << u"category."_s + dataCategoryName(category);
    for (ColumnType type : {ColumnType::Integer, ColumnType::Decimal, ColumnType::Date,
                            ColumnType::DateTime, ColumnType::Boolean, ColumnType::Text})
        keys << u"type."_s + columnTypeName(type);
    for (int grade = 1; grade <= 5; ++grade)
        keys << u"grade.%1"_s.arg(grade);
    for (int scale = 1; scale <= 4; ++scale)
        keys << u"scale.%1"_s.arg(scale);
    for (const char *key : {"max_unmasked_grade", "min_k", "max_prosecutor_risk",
                            "ethics_approval_required", "free_text_allowed"})
        keys << u"gen.policy."_s + QLatin1String(key);
    keys << u"gen.policy.violations"_s << u"gen.policy.ok"_s;
    for (const char *column : {"field", "category", "grade", "role", "masking", "dataset", "type"})
        keys << u"gen.annex."_s + QLatin1String(column);
    for (const char *column : {"name", "version", "records", "subjects", "grade"})
        keys << u"gen.datasets."_s + QLatin1String(column);
    for (const char *column : {"provider", "recipient", "contact"})
        keys << u"gen.parties."_s + QLatin1String(column);
    for (const char *column : {"k", "classes", "min_class", "records_below_k", "prosecutor_max",
                               "prosecutor_avg", "sample_uniques", "suppressed", "l_diversity",
                               "before", "after"})
        keys << u"gen.risk_figures."_s + QLatin1String(column);
    for (const char *column : {"category", "grade", "fields", "total"})
        keys << u"gen.inventory."_s + QLatin1String(column);
    keys << u"gen.minimisation.dropped"_s << u"gen.minimisation.generalised"_s << u"gen.users.name"_s;
    for (const char *column : {"name", "title", "signature", "date", "for_provider", "for_recipient"})
        keys << u"gen.signatures."_s + QLatin1String(column);
    for (const char *column : {"severity", "likelihood", "before", "after"})
        keys << u"gen.risk_map."_s + QLatin1String(column);
    for (const char *measure : {"pseudonymisation", "generalisation", "suppression", "masking",
                                "date_shift", "minimisation", "k_anonymity", "audit_trail",
                                "encryption", "access_control"})
        keys << u"gen.measures_in_place."_s + QLatin1String(measure);
    for (const char *risk : {"illegitimate_access", "unwanted_modification", "disappearance",
                             "reidentification", "onward_sharing", "use_beyond_purpose"}) {
        for (const char *part : {"title", "impacts", "threats", "sources", "measures",
                                 "severity_before", "likelihood_before", "severity_after",
                                 "likelihood_after"})
            keys << u"risk.%1.%2"_s.arg(QLatin1String(risk), QLatin1String(part));
    }
    for (const char *column : {"risk", "impacts", "threats", "sources", "measures", "severity",
                               "likelihood", "before", "after"})
        keys << u"risk.col."_s + QLatin1String(column);
    for (const char *column : {"action", "owner", "due"})
        keys << u"action.col."_s + QLatin1String(column);
    for (const QString &op : {u"keep"_s, u"drop"_s, u"redact"_s, u"mask"_s, u"pseudonym"_s,
                              u"scrub"_s, u"suppress"_s, u"recode"_s, u"hierarchy"_s, u"shift"_s,
                              u"topcode"_s, u"bottomcode"_s, u"truncate"_s})
        keys << u"mask."_s + op;
    return keys;
}

const QSet<QString> kPlaceholders = {
    u"release"_s, u"provider"_s, u"recipient"_s, u"contact"_s, u"users"_s, u"purpose"_s,
    u"legal_basis"_s, u"legal_basis_text"_s, u"mode"_s, u"mode_description"_s, u"retention"_s,
    u"start"_s, u"end"_s, u"datasets"_s, u"records"_s, u"subjects"_s, u"release_grade"_s,
    u"min_k"_s, u"max_risk"_s, u"max_unmasked_grade"_s, u"breach_hours"_s};

} // namespace

class TestDocumentTemplate : public QObject {
    Q_OBJECT

private slots:
    void everyTemplateLoads_data();
    void everyTemplateLoads();
    void languagesShareTheStructure_data();
    void languagesShareTheStructure();
    void chineseTemplatesAreChinese();
    void unknownLanguageIsRefused();
    void lookups();
    void everyPhraseTheCodeNamesExists();
    void fillReplacesPlaceholders();
    void parseErrorsNameFileLineAndColumn();
    void semanticErrorsPointAtTheItem();
};

void TestDocumentTemplate::everyTemplateLoads_data()
{
    QTest::addColumn<DocumentKind>("kind");
    QTest::addColumn<QString>("language");
    for (DocumentKind kind : {DocumentKind::Agreement, DocumentKind::Assessment}) {
        for (const QString &language : DocumentTemplate::languages())
            QTest::newRow(qPrintable(documentKindName(kind) + u'.' + language)) << kind << language;
    }
}

void TestDocumentTemplate::everyTemplateLoads()
{
    QFETCH(DocumentKind, kind);
    QFETCH(QString, language);
    const DocumentTemplate tmpl = loaded(kind, language);
    QCOMPARE(tmpl.kind, kind);
    QCOMPARE(tmpl.language, language);
    QVERIFY(!tmpl.title.isEmpty());
    QVERIFY(tmpl.sections.size() >= 8);

    for (const QString &key : requiredPhrases()) {
        if (!tmpl.phrases.contains(key))
            QFAIL(qPrintable(u"phrase missing: "_s + key));
        QVERIFY2(!tmpl.phrases.value(key).trimmed().isEmpty(), qPrintable(key));
    }
    for (const TemplateSection &section : tmpl.sections) {
        for (const TemplateItem &item : section.items) {
            for (const QString &name : placeholdersOf(item.text)) {
                if (!name.startsWith(u"field:"_s) && !kPlaceholders.contains(name))
                    QFAIL(qPrintable(u"%1 uses the undocumented placeholder {%2}"_s.arg(item.key, name)));
                if (name.startsWith(u"field:"_s))
                    QVERIFY2(tmpl.item(name.mid(6)), qPrintable(item.key));
            }
            for (const QString &choice : item.choices)
                QVERIFY2(tmpl.phrases.contains(u"choice.%1.%2"_s.arg(item.key, choice)), qPrintable(item.key));
            if (item.type == TemplateItemType::Clause && item.required)
                QVERIFY2(!item.text.trimmed().isEmpty(), qPrintable(item.key));
        }
    }
    // The assessment's standard risks carry default ratings as digits 0–4.
    if (kind == DocumentKind::Assessment) {
        for (auto it = tmpl.phrases.cbegin(); it != tmpl.phrases.cend(); ++it) {
            if (it.key().startsWith(u"risk."_s)
                && (it.key().endsWith(u"_before"_s) || it.key().endsWith(u"_after"_s))
                && !it.key().startsWith(u"risk.col."_s)) {
                bool ok = false;
                const int value = it.value().toInt(&ok);
                QVERIFY2(ok && value >= 0 && value <= 4, qPrintable(it.key()));
            }
        }
    }
    // The same template comes from the cache the second time.
    QCOMPARE(loaded(kind, language).phrases, tmpl.phrases);
}

void TestDocumentTemplate::languagesShareTheStructure_data()
{
    QTest::addColumn<DocumentKind>("kind");
    QTest::newRow("dsa") << DocumentKind::Agreement;
    QTest::newRow("dpia") << DocumentKind::Assessment;
}

void TestDocumentTemplate::languagesShareTheStructure()
{
    QFETCH(DocumentKind, kind);
    const DocumentTemplate en = loaded(kind, u"en"_s);
    const DocumentTemplate zh = loaded(kind, u"zh_CN"_s);
    QCOMPARE(zh.sections.size(), en.sections.size());
    for (qsizetype s = 0; s < en.sections.size(); ++s) {
        const TemplateSection &a = en.sections.at(s);
        const TemplateSection &b = zh.sections.at(s);
        QCOMPARE(b.key, a.key);
        QCOMPARE(b.items.size(), a.items.size());
        for (qsizetype i = 0; i < a.items.size(); ++i) {
            const TemplateItem &x = a.items.at(i);
            const TemplateItem &y = b.items.at(i);
            QCOMPARE(y.key, x.key);
            QCOMPARE(y.type, x.type);
            QCOMPARE(y.required, x.required);
            QCOMPARE(y.requiredWhen, x.requiredWhen);
            QCOMPARE(y.generator, x.generator);
            QCOMPARE(y.fact, x.fact);
            QCOMPARE(y.choices, x.choices);
            QCOMPARE(y.multiline, x.multiline);
            QCOMPARE(y.format, x.format);
            // The same placeholders in both languages, so a translation cannot lose one.
            QStringList px = placeholdersOf(x.text);
            QStringList py = placeholdersOf(y.text);
            px.sort();
            py.sort();
            QVERIFY2(px == py, qPrintable(x.key));
        }
    }
    QStringList enKeys = en.phrases.keys();
    QStringList zhKeys = zh.phrases.keys();
    enKeys.sort();
    zhKeys.sort();
    QCOMPARE(zhKeys, enKeys);
    for (const QString &key : enKeys) {
        QVERIFY2(placeholdersOf(en.phrases.value(key)) == placeholdersOf(zh.phrases.value(key)), qPrintable(key));
        for (int n = 1; n <= 3; ++n) {
            const QString marker = u"%"_s + QString::number(n);
            QVERIFY2(en.phrases.value(key).contains(marker) == zh.phrases.value(key).contains(marker),
                     qPrintable(key));
        }
    }
    // The agreement and the assessment share one set of phrases, so either renders the other's words.
    const DocumentKind other = kind == DocumentKind::Agreement ? DocumentKind::Assessment : DocumentKind::Agreement;
    QCOMPARE(loaded(other, u"en"_s).phrases, en.phrases);
}

void TestDocumentTemplate::chineseTemplatesAreChinese()
{
    static const QRegularExpression han(u"\\p{Han}"_s);
    QCOMPARE(loaded(DocumentKind::Agreement, u"zh_CN"_s).title, u"数据共享协议"_s);
    QCOMPARE(loaded(DocumentKind::Assessment, u"zh_CN"_s).title, u"个人信息保护影响评估报告"_s);
    for (DocumentKind kind : {DocumentKind::Agreement, DocumentKind::Assessment}) {
        const DocumentTemplate zh = loaded(kind, u"zh_CN"_s);
        for (const TemplateSection &section : zh.sections) {
            QVERIFY2(section.title.contains(han), qPrintable(section.key));
            for (const TemplateItem &item : section.items) {
                QVERIFY2(item.label.contains(han), qPrintable(item.key));
                if (!item.text.isEmpty())
                    QVERIFY2(item.text.contains(han), qPrintable(item.key));
            }
        }
    }
}

void TestDocumentTemplate::unknownLanguageIsRefused()
{
    Result<DocumentTemplate> tmpl = DocumentTemplate::load(DocumentKind::Agreement, u"fr"_s);
    QVERIFY(!tmpl);
    QCOMPARE(tmpl.error().code, ErrorCode::BadInput);
    QCOMPARE(DocumentTemplate::languages(), QStringList({u"zh_CN"_s, u"en"_s}));
}

void TestDocumentTemplate::lookups()
{
    const DocumentTemplate tmpl = loaded(DocumentKind::Agreement, u"en"_s);
    const TemplateItem *hours = tmpl.item(u"breach.hours"_s);
    QVERIFY(hours);
    QCOMPARE(hours->type, TemplateItemType::Field);
    QCOMPARE(hours->format, u"integer"_s);
    QVERIFY(!tmpl.item(u"no.such.item"_s));
    QCOMPARE(tmpl.sectionOf(u"breach.hours"_s)->key, u"breach"_s);
    QVERIFY(!tmpl.sectionOf(u"no.such.item"_s));
    QCOMPARE(tmpl.phrase(u"mask.pseudonym"_s), u"keyed pseudonym (HMAC-SHA256)"_s);
    QCOMPARE(tmpl.phrase(u"no.such.phrase"_s), u"no.such.phrase"_s);
    QCOMPARE(templateItemTypeName(TemplateItemType::RiskRegister), u"risk_register"_s);
    QCOMPARE(documentKindName(DocumentKind::Assessment), u"dpia"_s);
    QCOMPARE(documentKindFromName(u"DSA"), std::optional<DocumentKind>(DocumentKind::Agreement));
    QVERIFY(!documentKindFromName(u"pia"));
    QVERIFY(!DocumentKinds::label(DocumentKind::Agreement).isEmpty());
}

// A missing phrase renders as its key: every phrase key written out in the code that renders
// documents (core, the release views, the CLI) must exist in every template.
void TestDocumentTemplate::everyPhraseTheCodeNamesExists()
{
    static const QRegularExpression literal(
        u"\"((?:doc|gen|risk|action|mask|retention|missing|scale|grade|category|basis|role|choice|type)"
        "\\.[A-Za-z0-9_.]*[A-Za-z0-9])\""_s);
    const QDir root(QStringLiteral(STEWARD_TEST_DATA_DIR) + u"/../.."_s);
    QStringList used;
    for (const QString &folder : {u"core/documents"_s, u"ui/release"_s, u"app/cli"_s}) {
        QDir dir(root.filePath(folder));
        for (const QString &name : dir.entryList({u"*.cpp"_s})) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            for (QRegularExpressionMatchIterator it = literal.globalMatch(text); it.hasNext();)
                used << it.next().captured(1);
        }
    }
    QVERIFY(used.size() > 20); // the sources were found
    used.removeDuplicates();
    for (DocumentKind kind : {DocumentKind::Agreement, DocumentKind::Assessment}) {
        for (const QString &language : DocumentTemplate::languages()) {
            const DocumentTemplate tmpl = loaded(kind, language);
            for (const QString &key : used) {
                if (!tmpl.phrases.contains(key))
                    QFAIL(qPrintable(u"%1.%2 has no phrase %3"_s.arg(documentKindName(kind), language, key)));
            }
        }
    }
}

void TestDocumentTemplate::fillReplacesPlaceholders()
{
    const QHash<QString, QString> values = {{u"recipient"_s, u"Fudan"_s},
                                            {u"purpose"_s, u"  "_s},
                                            {u"field:breach.hours"_s, u"24"_s}};
    QCOMPARE(DocumentTemplate::fill(u"To {recipient}, for {purpose}; within {field:breach.hours} h."_s, values),
             u"To Fudan, for ________; within 24 h."_s);
    QCOMPARE(DocumentTemplate::fill(u"{unknown} and {recipient}{recipient}"_s, values),
             u"________ and FudanFudan"_s);
    // Braces that are no placeholder stay as written; values are not filled again.
    QCOMPARE(DocumentTemplate::fill(u"{ not one } {}"_s, values), u"{ not one } {}"_s);
    QCOMPARE(DocumentTemplate::fill(u"{a}"_s, {{u"a"_s, u"{recipient}"_s}}), u"{recipient}"_s);
    QCOMPARE(DocumentTemplate::fill(u"数据接收方{recipient}。"_s, values), u"数据接收方Fudan。"_s);
}

void TestDocumentTemplate::parseErrorsNameFileLineAndColumn()
{
    Result<DocumentTemplate> tmpl = DocumentTemplate::parse("{\n  \"format\": \"steward-template\",\n  \"version\": 1 x\n}", u"t.json"_s);
    QVERIFY(!tmpl);
    QCOMPARE(tmpl.error().code, ErrorCode::BadInput);
    QCOMPARE(tmpl.error().file, u"t.json"_s);
    QCOMPARE(tmpl.error().line, 3);
    QVERIFY(tmpl.error().column > 0);

    tmpl = DocumentTemplate::parse("{\"format\": \"other\"}", u"t.json"_s);
    QVERIFY(!tmpl);
    QCOMPARE(tmpl.error().line, 1);
    QCOMPARE(tmpl.error().column, 2);
}

void TestDocumentTemplate::semanticErrorsPointAtTheItem()
{
    const QByteArray base = R"({
 "format": "steward-template", "version": 1, "kind": "dsa", "language": "en", "title": "T",
 "sections": [{"key": "s", "title": "S", "items": [
   {"key": "s.a", "type": "clause", "label": "A", "text": "x"},
   {"key": "s.b", "type": "TYPE", "label": "B", "text": "y", "generator": "GEN"}
 ]}],
 "phrases": {"p": "q"}
})";
    QByteArray good = base;
    good.replace("TYPE", "generated").replace("GEN", "annex");
    Result<DocumentTemplate> tmpl = DocumentTemplate::parse(good, u"t.json"_s);
    QVERIFY2(tmpl, tmpl ? "" : qPrintable(tmpl.error().toString()));
    QCOMPARE(tmpl->sections.first().items.size(), 2);
    QCOMPARE(tmpl->phrase(u"p"_s), u"q"_s);

    QByteArray badType = base;
    badType.replace("TYPE", "table").replace("GEN", "annex");
    tmpl = DocumentTemplate::parse(badType, u"t.json"_s);
    QVERIFY(!tmpl);
    QCOMPARE(tmpl.error().line, 5);
    QCOMPARE(tmpl.error().column, 5);

    QByteArray badGenerator = base;
    badGenerator.replace("TYPE", "generated").replace("GEN", "chart");
    tmpl = DocumentTemplate::parse(badGenerator, u"t.json"_s);
    QVERIFY(!tmpl);
    QCOMPARE(tmpl.error().line, 5);

    QByteArray duplicate = base;
    duplicate.replace("TYPE", "generated").replace("GEN", "annex").replace("\"s.b\"", "\"s.a\"");
    tmpl = DocumentTemplate::parse(duplicate, u"t.json"_s);
    QVERIFY(!tmpl);
    QVERIFY(tmpl.error().message.contains(u"s.a"_s));
}

QTEST_GUILESS_MAIN(TestDocumentTemplate)
#include "test_documenttemplate.moc"
