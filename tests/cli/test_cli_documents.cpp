// End-to-end tests of `steward-cli dsa` and `dpia`: PDF with an embedded CJK font and
// extractable text (the recipient, a field of the data annex), HTML, the exchange JSON written
// and read back, malformed JSON refused with its position and nothing changed, scripted fills
// shrinking the completeness list, and a rule change making the agreement out of date until a
// refresh, which keeps the text a person set.

#include "tests/cli/CliTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using steward::clitest::CliRun;

namespace {

const QString kPassphrase = u"correct horse battery staple"_s;
const QString kRecipient = u"复旦大学公共卫生学院"_s;

// pdftotext extracts some ideographs as Kangxi radicals (人 → ⼈); NFKC maps them back.
QString nfkc(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC);
}

QByteArray tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return p.readAllStandardOutput();
}

QStringList missingItems(const QJsonObject &json)
{
    QStringList items;
    for (const QJsonValue &v : json.value(u"missing"_s).toArray())
        items.append(v.toObject().value(u"item"_s).toString());
    return items;
}

// The item with `key` in the exchange JSON.
QJsonObject itemOf(const QJsonObject &document, const QString &key)
{
    for (const QJsonValue &s : document.value(u"sections"_s).toArray()) {
        for (const QJsonValue &i : s.toObject().value(u"items"_s).toArray()) {
            if (i.toObject().value(u"key"_s).toString() == key)
                return i.toObject();
        }
    }
    return {};
}

} // namespace

class TestCliDocuments final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void pdf_data();
    void pdf();
    void html();
    void jsonRoundTrip();
    void malformedJsonChangesNothing();
    void setShrinksCompleteness();
    void ruleChangeThenRefresh();
    void usageErrors_data();
    void usageErrors();

private:
    CliRun run(const QStringList &args)
    {
        return steward::clitest::runCli(args, m_dir->path(), kPassphrase);
    }
    QString path(const QString &name) const { return m_dir->filePath(name); }
    int versionCount(const QString &kind)
    {
        const CliRun r = run({kind, m_project, u"study"_s, u"--versions"_s, u"--json"_s});
        return r.code == 0 ? int(r.json.value(u"versions"_s).toArray().size()) : -1;
    }
    QJsonObject exported(const QString &kind, const QString &file)
    {
        const CliRun r = run({kind, m_project, u"study"_s, u"--json"_s, path(file)});
        if (r.code != 0)
            qWarning("export failed: %s", r.err.constData());
        QFile f(path(file));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }
    QJsonObject gate(const QString &name)
    {
        const CliRun r = run({u"release"_s, u"status"_s, m_project, u"study"_s, u"--json"_s});
        for (const QJsonValue &v : r.json.value(u"gates"_s).toArray()) {
            if (v.toObject().value(u"name"_s).toString() == name)
                return v.toObject();
        }
        return {};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void TestCliDocuments::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_project = path(u"p.steward"_s);
    QCOMPARE(run({u"sample"_s, u"--out"_s, path(u"s.csv"_s), u"--rows"_s, u"1000"_s}).code, 0);
    QCOMPARE(run({u"init"_s, m_project}).code, 0);
    QCOMPARE(run({u"import"_s, m_project, path(u"s.csv"_s), u"--name"_s, u"inpatient"_s}).code, 0);
    QCOMPARE(run({u"classify"_s, m_project, u"inpatient"_s, u"--auto"_s}).code, 0);
    QCOMPARE(run({u"rules"_s, m_project, u"inpatient"_s, u"--suggest"_s}).code, 0);
    const CliRun created = run({u"release"_s, u"create"_s, m_project, u"study"_s, u"--dataset"_s,
                                u"inpatient"_s, u"--mode"_s, u"bilateral"_s, u"--recipient"_s,
                                kRecipient, u"--purpose"_s, u"Readmission study"_s,
                                u"--lang"_s, u"en"_s});
    QVERIFY2(created.code == 0, created.err.constData());
}

void TestCliDocuments::pdf_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("lang");
    QTest::newRow("dsa en") << u"dsa"_s << u"en"_s;
    QTest::newRow("dsa zh_CN") << u"dsa"_s << u"zh_CN"_s;
    QTest::newRow("dpia en") << u"dpia"_s << u"en"_s;
    QTest::newRow("dpia zh_CN") << u"dpia"_s << u"zh_CN"_s;
}

void TestCliDocuments::pdf()
{
    QFETCH(QString, kind);
    QFETCH(QString, lang);
    if (QStandardPaths::findExecutable(u"pdffonts"_s).isEmpty())
        QSKIP("poppler-utils (pdffonts, pdftotext) not installed");
    const QString file = path(kind + u'.' + lang + u".pdf"_s);
    const CliRun r = run({kind, m_project, u"study"_s, u"--pdf"_s, file, u"--lang"_s, lang, u"--json"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem));
    QCOMPARE(r.json.value(u"file"_s).toString(), file);
    QVERIFY(r.json.value(u"pages"_s).toInt() >= 2);
    QVERIFY(QFile::exists(file));

    // Every font embedded (the last-but-four column of pdffonts is "emb").
    const QList<QByteArray> fonts = tool(u"pdffonts"_s, {file}).split('\n');
    int fontRows = 0;
    for (const QByteArray &line : fonts.mid(2)) {
        if (line.trimmed().isEmpty())
            continue;
        const QList<QByteArray> cols = line.simplified().split(' ');
        QVERIFY2(cols.size() >= 5, line.constData());
        QVERIFY2(cols.at(cols.size() - 5) == "yes", line.constData());
        ++fontRows;
    }
    QVERIFY(fontRows > 0);

    const QString text = nfkc(QString::fromUtf8(tool(u"pdftotext"_s, {file, u"-"_s})));
    QVERIFY2(text.contains(nfkc(kRecipient)), "recipient missing");
    QVERIFY2(text.contains(nfkc(u"主要诊断编码"_s)), "annex field missing");

    // Text output says where and how many pages.
    const CliRun plain = run({kind, m_project, u"study"_s, u"--pdf"_s, file, u"--lang"_s, lang});
    QCOMPARE(plain.code, 0);
    QVERIFY(plain.out.contains(file.toUtf8()));
}

void TestCliDocuments::html()
{
    const QString file = path(u"dsa.html"_s);
    const CliRun r = run({u"dsa"_s, m_project, u"study"_s, u"--html"_s, file, u"--json"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(r.json.value(u"file"_s).toString(), file);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(f.readAll());
    QVERIFY(html.contains(u"<html"_s, Qt::CaseInsensitive));
    QVERIFY(html.contains(kRecipient));
    QVERIFY(html.contains(u"主要诊断编码"_s));
}

void TestCliDocuments::jsonRoundTrip()
{
    const int before = versionCount(u"dpia"_s);
    // `--json FILE` names the file; a bare --json after it asks for JSON on stdout.
    const CliRun r = run({u"dpia"_s, m_project, u"study"_s, u"--json"_s, path(u"dpia.json"_s), u"--json"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem));
    QCOMPARE(r.json.value(u"file"_s).toString(), path(u"dpia.json"_s));
    QFile f(path(u"dpia.json"_s));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    QCOMPARE(doc.value(u"format"_s).toString(), u"steward-document"_s);
    QCOMPARE(doc.value(u"kind"_s).toString(), u"dpia"_s);

    // A compliance officer fills the DPO's name offline and sends the file back.
    QJsonArray sections = doc.value(u"sections"_s).toArray();
    bool edited = false;
    for (qsizetype s = 0; s < sections.size(); ++s) {
        QJsonObject section = sections.at(s).toObject();
        QJsonArray items = section.value(u"items"_s).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            QJsonObject item = items.at(i).toObject();
            if (item.value(u"key"_s).toString() == u"context.dpo"_s) {
                item.insert(u"value"_s, u"Dr. Wang Li, data protection officer"_s);
                items[i] = item;
                edited = true;
            }
        }
        section.insert(u"items"_s, items);
        sections[s] = section;
    }
    QVERIFY(edited);
    doc.insert(u"sections"_s, sections);
    QFile out(path(u"dpia-edited.json"_s));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(doc).toJson());
    out.close();

    const CliRun imported = run({u"dpia"_s, m_project, u"study"_s, u"--import"_s,
                                 path(u"dpia-edited.json"_s), u"--json"_s});
    QVERIFY2(imported.code == 0, imported.err.constData());
    QCOMPARE(imported.json.value(u"action"_s).toString(), u"import"_s);
    QCOMPARE(imported.json.value(u"version"_s).toInt(), before + 1);
    QVERIFY(imported.json.value(u"complete"_s).isBool());
    QVERIFY(!missingItems(imported.json).contains(u"context.dpo"_s));
    QCOMPARE(versionCount(u"dpia"_s), before + 1);

    const QJsonObject again = exported(u"dpia"_s, u"dpia-again.json"_s);
    QCOMPARE(itemOf(again, u"context.dpo"_s).value(u"value"_s).toString(),
             u"Dr. Wang Li, data protection officer"_s);
    // Importing the file just written changes nothing people wrote: no new version.
    const CliRun same = run({u"dpia"_s, m_project, u"study"_s, u"--import"_s, path(u"dpia-again.json"_s)});
    QCOMPARE(same.code, 0);
    QVERIFY(versionCount(u"dpia"_s) <= before + 2);
}

void TestCliDocuments::malformedJsonChangesNothing()
{
    const int before = versionCount(u"dsa"_s);
    QFile f(path(u"broken.json"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\n  \"format\": \"steward-document\",\n  \"kind\": \"dsa\",\n  \"sections\": [ ,\n}\n");
    f.close();
    const CliRun r = run({u"dsa"_s, m_project, u"study"_s, u"--import"_s, path(u"broken.json"_s), u"--json"_s});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem));
    const QJsonObject error = r.json.value(u"error"_s).toObject();
    QCOMPARE(error.value(u"file"_s).toString(), path(u"broken.json"_s));
    QCOMPARE(error.value(u"line"_s).toInt(), 4);
    QVERIFY(error.value(u"column"_s).toInt() > 0);
    const QRegularExpression located(QRegularExpression::escape(path(u"broken.json"_s))
                                     + u":4:[0-9]+: error: "_s);
    QVERIFY2(located.match(QString::fromUtf8(r.err)).hasMatch(), r.err.constData());
    QCOMPARE(versionCount(u"dsa"_s), before);

    QCOMPARE(run({u"dsa"_s, m_project, u"study"_s, u"--import"_s, path(u"none.json"_s)}).code, 2);
    QCOMPARE(versionCount(u"dsa"_s), before);
}

void TestCliDocuments::setShrinksCompleteness()
{
    const CliRun before = run({u"dsa"_s, m_project, u"study"_s, u"--completeness"_s, u"--json"_s});
    QVERIFY2(before.code == 0, before.err.constData());
    QCOMPARE(before.json.value(u"complete"_s).toBool(), false);
    const QStringList missing = missingItems(before.json);
    QVERIFY(missing.contains(u"parties.provider_representative"_s));
    QVERIFY(missing.contains(u"breach.hours"_s));
    for (const QJsonValue &v : before.json.value(u"missing"_s).toArray())
        QVERIFY(v.toObject().contains(u"section"_s));

    const CliRun text = run({u"dsa"_s, m_project, u"study"_s, u"--completeness"_s});
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.contains("parties.provider_representative"));

    const CliRun set = run({u"dsa"_s, m_project, u"study"_s, u"--set"_s,
                            u"parties.provider_representative=Director Zhang Wei"_s, u"--set"_s,
                            u"breach.hours=72"_s, u"--set"_s,
                            u"purpose.no_contact=The Recipient shall never contact any data subject."_s,
                            u"--json"_s});
    QVERIFY2(set.code == 0, set.err.constData());
    QCOMPARE(set.json.value(u"action"_s).toString(), u"set"_s);
    const QStringList after = missingItems(set.json);
    QCOMPARE(after.size(), missing.size() - 2);
    QVERIFY(!after.contains(u"parties.provider_representative"_s));
    QVERIFY(!after.contains(u"breach.hours"_s));
    const CliRun again = run({u"dsa"_s, m_project, u"study"_s, u"--completeness"_s, u"--json"_s});
    QCOMPARE(missingItems(again.json), after);

    // A bad value or an unknown key changes nothing.
    const int versions = versionCount(u"dsa"_s);
    QCOMPARE(run({u"dsa"_s, m_project, u"study"_s, u"--set"_s, u"breach.hours=soon"_s}).code, 1);
    QCOMPARE(run({u"dsa"_s, m_project, u"study"_s, u"--set"_s, u"no.such.item=x"_s}).code, 1);
    QCOMPARE(versionCount(u"dsa"_s), versions);
}

void TestCliDocuments::ruleChangeThenRefresh()
{
    QCOMPARE(gate(u"dsa_up_to_date"_s).value(u"ok"_s).toBool(), true);
    const CliRun rule = run({u"rules"_s, m_project, u"inpatient"_s, u"--set"_s, u"年龄=bands:width=10"_s});
    QVERIFY2(rule.code == 0, rule.err.constData());

    const QJsonObject stale = gate(u"dsa_up_to_date"_s);
    QCOMPARE(stale.value(u"ok"_s).toBool(), false);
    QVERIFY2(stale.value(u"detail"_s).toString().contains(u"年龄"_s),
             qPrintable(stale.value(u"detail"_s).toString()));
    const CliRun completeness = run({u"dsa"_s, m_project, u"study"_s, u"--completeness"_s, u"--json"_s});
    QCOMPARE(completeness.json.value(u"out_of_date"_s).toBool(), true);
    QVERIFY(!completeness.json.value(u"changes"_s).toArray().isEmpty());

    const CliRun refresh = run({u"dsa"_s, m_project, u"study"_s, u"--refresh"_s, u"--json"_s});
    QVERIFY2(refresh.code == 0, refresh.err.constData());
    QCOMPARE(refresh.json.value(u"action"_s).toString(), u"refresh"_s);
    QCOMPARE(refresh.json.value(u"out_of_date"_s).toBool(), false);
    QCOMPARE(gate(u"dsa_up_to_date"_s).value(u"ok"_s).toBool(), true);

    // The clause text set by a person survives the refresh; the annex quotes the new rule.
    const QJsonObject doc = exported(u"dsa"_s, u"dsa-refreshed.json"_s);
    const QJsonObject clause = itemOf(doc, u"purpose.no_contact"_s);
    QCOMPARE(clause.value(u"text"_s).toString(), u"The Recipient shall never contact any data subject."_s);
    QCOMPARE(clause.value(u"edited"_s).toBool(), true);
    QCOMPARE(itemOf(doc, u"parties.provider_representative"_s).value(u"value"_s).toString(),
             u"Director Zhang Wei"_s);

    const CliRun versions = run({u"dsa"_s, m_project, u"study"_s, u"--versions"_s, u"--json"_s});
    QCOMPARE(versions.code, 0);
    const QJsonArray list = versions.json.value(u"versions"_s).toArray();
    QVERIFY(list.size() >= 2);
    QCOMPARE(list.first().toObject().value(u"action"_s).toString(), u"refresh"_s);
}

void TestCliDocuments::usageErrors_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("nothing to do") << QStringList{};
    QTest::newRow("two outputs") << QStringList{u"--pdf"_s, u"a.pdf"_s, u"--html"_s, u"a.html"_s};
    QTest::newRow("two changes") << QStringList{u"--refresh"_s, u"--set"_s, u"breach.hours=1"_s};
    QTest::newRow("unknown language") << QStringList{u"--pdf"_s, u"a.pdf"_s, u"--lang"_s, u"fr"_s};
    QTest::newRow("set without =") << QStringList{u"--set"_s, u"breach.hours"_s};
    QTest::newRow("restore zero") << QStringList{u"--restore"_s, u"0"_s};
}

void TestCliDocuments::usageErrors()
{
    QFETCH(QStringList, options);
    const CliRun r = run(QStringList{u"dsa"_s, m_project, u"study"_s} + options + QStringList{u"--json"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem));
    QCOMPARE(r.json.value(u"error"_s).toObject().value(u"code"_s).toString(), u"usage"_s);
}

QTEST_GUILESS_MAIN(TestCliDocuments)
#include "test_cli_documents.moc"
