#include "core/sample/SampleGenerator.h"

#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QtTest>

using namespace steward;

namespace {

// A small RFC 4180 parser written independently of the product's CSV reader: returns the
// records, or an empty list and a message when the text is not valid RFC 4180.
QList<QStringList> parseCsv(const QString &text, QString *problem)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    bool fieldStarted = false;
    const auto endField = [&] {
        record << field;
        field.clear();
        fieldStarted = false;
    };
    const auto endRecord = [&] {
        endField();
        records << record;
        record.clear();
    };
    while (i < n) {
        const QChar c = text[i];
        if (!fieldStarted && field.isEmpty() && c == u'"') {
            ++i;
            bool closed = false;
            while (i < n) {
                if (text[i] == u'"') {
                    if (i + 1 < n && text[i + 1] == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    closed = true;
                    ++i;
                    break;
                }
                field += text[i++];
            }
            if (!closed) {
                *problem = QStringLiteral("unterminated quoted field in record %1").arg(records.size() + 1);
                return {};
            }
            fieldStarted = true;
            if (i < n && text[i] != u',' && text[i] != u'\r' && text[i] != u'\n') {
                *problem = QStringLiteral("text after a closing quote in record %1").arg(records.size() + 1);
                return {};
            }
            continue;
        }
        if (c == u',') {
            endField();
            ++i;
        } else if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n') {
            endRecord();
            i += 2;
        } else if (c == u'\n' || c == u'\r') {
            *problem = QStringLiteral("bare line break outside quotes in record %1").arg(records.size() + 1);
            return {};
        } else if (c == u'"') {
            *problem = QStringLiteral("quote inside an unquoted field in record %1").arg(records.size() + 1);
            return {};
        } else {
            field += c;
            fieldStarted = true;
            ++i;
        }
    }
    if (fieldStarted || !record.isEmpty()) {
        *problem = QStringLiteral("the last record does not end with CRLF");
        return {};
    }
    return records;
}

// GB 11643 check, written out independently of core/sample/ResidentId.
bool idChecksumOk(const QString &id)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const QString check = QStringLiteral("10X98765432");
    if (id.size() != 18)
        return false;
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        if (!id[i].isDigit())
            return false;
        sum += id[i].digitValue() * weights[i];
    }
    return id[17] == check[sum % 11];
}

bool highlySensitive(const QString &code)
{
    const QChar letter = code.isEmpty() ? QChar() : code[0];
    const int number = code.mid(1, 2).toInt();
    if (letter == u'B')
        return (number >= 20 && number <= 24) || (number >= 15 && number <= 19);
    if (letter == u'A')
        return (number >= 50 && number <= 64) || (number >= 15 && number <= 19);
    if (letter == u'Z')
        return number == 21 || (number >= 30 && number <= 39);
    if (letter == u'R')
        return number == 75;
    if (letter == u'F' || letter == u'Q')
        return true;
    if (letter == u'X')
        return number >= 60 && number <= 84;
    if (letter == u'O')
        return number <= 8;
    if (letter == u'N')
        return number == 97;
    return false;
}

int column(const QStringList &header, const char16_t *name)
{
    return int(header.indexOf(QString::fromUtf16(name)));
}

} // namespace

class TestSampleGenerator : public QObject {
    Q_OBJECT

private slots:
    void init();
    void deterministic_data();
    void deterministic();
    void differentSeedsDiffer();
    void validCsv_data();
    void validCsv();
    void residentIds();
    void datesAndAges();
    void gb18030MatchesUtf8();
    void sensitiveShare();
    void identifiersInNotes();
    void zeroRows();
    void negativeRows();
    void progressReported();
    void cancelLeavesNoFile();
    void unwritableTarget();

private:
    QString write(const SampleOptions &options, const QString &name);
    QList<QStringList> records(qint64 rows, quint64 seed);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSampleGenerator::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestSampleGenerator::write(const SampleOptions &options, const QString &name)
{
    const QString path = m_dir->filePath(name);
    const Status status = writeSample(path, options);
    if (!status.ok())
        qWarning("%s", qPrintable(status.error().toString()));
    return status.ok() ? path : QString();
}

QList<QStringList> TestSampleGenerator::records(qint64 rows, quint64 seed)
{
    const QString path = write(SampleOptions{rows, seed, false}, QStringLiteral("records.csv"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString problem;
    const QList<QStringList> parsed = parseCsv(QString::fromUtf8(file.readAll()), &problem);
    if (!problem.isEmpty())
        qWarning("%s", qPrintable(problem));
    return parsed;
}

static QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestSampleGenerator::deterministic_data()
{
    QTest::addColumn<bool>("gb18030");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("utf-8 seed 1") << false << quint64(1);
    QTest::newRow("utf-8 seed 0") << false << quint64(0);
    QTest::newRow("gb18030 seed 42") << true << quint64(42);
    QTest::newRow("utf-8 huge seed") << false << quint64(0xFFFFFFFFFFFFFFFFULL);
}

void TestSampleGenerator::deterministic()
{
    QFETCH(bool, gb18030);
    QFETCH(quint64, seed);
    const SampleOptions options{3000, seed, gb18030};
    const QByteArray a = fileBytes(write(options, QStringLiteral("a.csv")));
    const QByteArray b = fileBytes(write(options, QStringLiteral("b.csv")));
    QVERIFY(a.size() > 3000 * 100);
    QCOMPARE(QCryptographicHash::hash(a, QCryptographicHash::Sha256),
             QCryptographicHash::hash(b, QCryptographicHash::Sha256));
}

void TestSampleGenerator::differentSeedsDiffer()
{
    const QByteArray a = fileBytes(write(SampleOptions{500, 1, false}, QStringLiteral("a.csv")));
    const QByteArray b = fileBytes(write(SampleOptions{500, 2, false}, QStringLiteral("b.csv")));
    QVERIFY(!a.isEmpty());
    QVERIFY(!b.isEmpty());
    QVERIFY(a != b);
    // Same header, different records.
    QCOMPARE(a.left(a.indexOf('\n')), b.left(b.indexOf('\n')));
}

void TestSampleGenerator::validCsv_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::newRow("seed 1") << quint64(1);
    QTest::newRow("seed 7") << quint64(7);
    QTest::newRow("seed 123456789") << quint64(123456789);
}

void TestSampleGenerator::validCsv()
{
    QFETCH(quint64, seed);
    const QList<QStringList> recs = records(4000, seed);
    QCOMPARE(recs.size(), 4001);
    QCOMPARE(recs.first(), sampleColumnNames());
    QCOMPARE(recs.first().size(), 18);
    int quotedWithQuote = 0;
    int withLineBreak = 0;
    int withComma = 0;
    const int note = column(recs.first(), u"备注");
    QVERIFY(note >= 0);
    for (qsizetype i = 1; i < recs.size(); ++i) {
        QCOMPARE(recs[i].size(), 18);
        const QString &text = recs[i][note];
        quotedWithQuote += text.contains(u'"');
        withLineBreak += text.contains(u'\n');
        withComma += text.contains(u',');
    }
    QVERIFY(quotedWithQuote > 0);
    QVERIFY(withLineBreak > 0);
    QVERIFY(withComma > 0);
}

void TestSampleGenerator::residentIds()
{
    const QList<QStringList> recs = records(5000, 11);
    QVERIFY(recs.size() == 5001);
    const QStringList &h = recs.first();
    const int id = column(h, u"身份证号");
    const int sex = column(h, u"性别");
    const int birth = column(h, u"出生日期");
    const int insurance = column(h, u"医保卡号");
    const int name = column(h, u"姓名");
    QVERIFY(id >= 0 && sex >= 0 && birth >= 0 && insurance >= 0 && name >= 0);
    int checked = 0;
    int insuranceEqualsId = 0;
    int doubleSurname = 0;
    const QRegularExpression nameShape(QStringLiteral("^\\p{Han}{2,4}$"));
    for (qsizetype i = 1; i < recs.size(); ++i) {
        const QStringList &r = recs[i];
        QVERIFY2(nameShape.match(r[name]).hasMatch(), qPrintable(QStringLiteral("record %1").arg(i)));
        doubleSurname += r[name].startsWith(QStringLiteral("欧阳")) || r[name].startsWith(QStringLiteral("司马"))
            || r[name].startsWith(QStringLiteral("诸葛")) || r[name].startsWith(QStringLiteral("上官"));
        if (r[id].isEmpty())
            continue;
        ++checked;
        QVERIFY2(idChecksumOk(r[id]), qPrintable(QStringLiteral("record %1").arg(i)));
        QCOMPARE(r[id].mid(6, 8), QString(r[birth]).remove(u'-'));
        const bool odd = r[id][16].digitValue() % 2 == 1;
        QCOMPARE(odd, r[sex] == QStringLiteral("男"));
        insuranceEqualsId += r[insurance] == r[id];
    }
    QVERIFY(checked > 4900);
    QVERIFY(insuranceEqualsId > checked / 3);
    QVERIFY(insuranceEqualsId < checked);
    QVERIFY(doubleSurname > 0);
}

void TestSampleGenerator::datesAndAges()
{
    const QList<QStringList> recs = records(5000, 3);
    QCOMPARE(recs.size(), 5001);
    const QStringList &h = recs.first();
    const int birth = column(h, u"出生日期");
    const int age = column(h, u"年龄");
    const int admitted = column(h, u"入院日期");
    const int discharged = column(h, u"出院日期");
    const int fee = column(h, u"总费用");
    const QRegularExpression decimal(QStringLiteral("^\\d+\\.\\d{2}$"));
    for (qsizetype i = 1; i < recs.size(); ++i) {
        const QStringList &r = recs[i];
        const QDate b = QDate::fromString(r[birth], Qt::ISODate);
        const QDate a = QDate::fromString(r[admitted], Qt::ISODate);
        const QDate d = QDate::fromString(r[discharged], Qt::ISODate);
        QVERIFY(b.isValid() && a.isValid() && d.isValid());
        QVERIFY(b <= a);
        QVERIFY(a <= d);
        QVERIFY(a.year() >= 2019 && a.year() <= 2024);
        int years = a.year() - b.year();
        if (a.month() < b.month() || (a.month() == b.month() && a.day() < b.day()))
            --years;
        QCOMPARE(r[age].toInt(), years);
        QVERIFY(decimal.match(r[fee]).hasMatch());
    }
}

void TestSampleGenerator::gb18030MatchesUtf8()
{
    const QByteArray utf8 = fileBytes(write(SampleOptions{2000, 5, false}, QStringLiteral("u.csv")));
    const QByteArray gb = fileBytes(write(SampleOptions{2000, 5, true}, QStringLiteral("g.csv")));
    QVERIFY(!utf8.isEmpty());
    QVERIFY(utf8 != gb);
    QVERIFY(!utf8.startsWith("\xEF\xBB\xBF")); // no BOM
    QStringDecoder decoder("GB18030");
    QVERIFY(decoder.isValid());
    const QString fromGb = decoder.decode(gb);
    QVERIFY(!decoder.hasError());
    QCOMPARE(fromGb, QString::fromUtf8(utf8));
}

void TestSampleGenerator::sensitiveShare()
{
    const QList<QStringList> recs = records(20000, 9);
    QCOMPARE(recs.size(), 20001);
    const int code = column(recs.first(), u"主要诊断编码");
    const int name = column(recs.first(), u"主要诊断名称");
    const QRegularExpression icd(QStringLiteral("^[A-Z]\\d{2}(\\.\\d{1,2})?$"));
    int sensitive = 0;
    QSet<QString> codes;
    for (qsizetype i = 1; i < recs.size(); ++i) {
        QVERIFY(icd.match(recs[i][code]).hasMatch());
        QVERIFY(!recs[i][name].isEmpty());
        sensitive += highlySensitive(recs[i][code]);
        codes.insert(recs[i][code]);
    }
    const double share = double(sensitive) / double(recs.size() - 1);
    QVERIFY2(share > 0.01 && share < 0.12, qPrintable(QString::number(share)));
    QVERIFY(codes.contains(QStringLiteral("B24")) || codes.contains(QStringLiteral("B20.6")));
    QVERIFY(codes.size() > 40);
}

void TestSampleGenerator::identifiersInNotes()
{
    const QList<QStringList> recs = records(4000, 21);
    const int note = column(recs.first(), u"备注");
    const int phone = column(recs.first(), u"联系电话");
    const int address = column(recs.first(), u"现住址");
    const QRegularExpression mobileInText(QStringLiteral("1[3-9]\\d{9}"));
    const QRegularExpression mobile(QStringLiteral("^(\\+86[ -]?|0086)?1[3-9]\\d[ -]?\\d{4}[ -]?\\d{4}$"));
    const QRegularExpression street(QStringLiteral("(路|街|大道).*号|村.*组"));
    int notesWithPhone = 0;
    int mobiles = 0;
    int streets = 0;
    for (qsizetype i = 1; i < recs.size(); ++i) {
        notesWithPhone += mobileInText.match(recs[i][note]).hasMatch();
        mobiles += mobile.match(recs[i][phone]).hasMatch();
        streets += street.match(recs[i][address]).hasMatch();
    }
    QVERIFY(notesWithPhone > 40);
    QVERIFY(notesWithPhone < 1000);
    QVERIFY(mobiles > 3800);
    QVERIFY(streets > 3800);
}

void TestSampleGenerator::zeroRows()
{
    const QByteArray bytes = fileBytes(write(SampleOptions{0, 1, false}, QStringLiteral("z.csv")));
    QString problem;
    const QList<QStringList> recs = parseCsv(QString::fromUtf8(bytes), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(recs.size(), 1);
    QCOMPARE(recs.first(), sampleColumnNames());
}

void TestSampleGenerator::negativeRows()
{
    const QString path = m_dir->filePath(QStringLiteral("n.csv"));
    const Status status = writeSample(path, SampleOptions{-1, 1, false});
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, ErrorCode::Usage);
    QVERIFY(!QFile::exists(path));
}

void TestSampleGenerator::progressReported()
{
    QList<Progress> seen;
    const QString path = m_dir->filePath(QStringLiteral("p.csv"));
    QVERIFY(writeSample(path, SampleOptions{10000, 1, false},
                        [&](const Progress &p) { seen << p; })
                .ok());
    QVERIFY(seen.size() >= 2);
    for (qsizetype i = 1; i < seen.size(); ++i)
        QVERIFY(seen[i].done >= seen[i - 1].done);
    QCOMPARE(seen.last().done, qint64(10000));
    QCOMPARE(seen.last().estimatedTotal, qint64(10000));
}

void TestSampleGenerator::cancelLeavesNoFile()
{
    CancellationToken token;
    const QString path = m_dir->filePath(QStringLiteral("c.csv"));
    const Status status = writeSample(path, SampleOptions{200000, 1, false},
                                      [&](const Progress &p) {
                                          if (p.done >= 8000)
                                              token.cancel();
                                      },
                                      &token);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, ErrorCode::Cancelled);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
}

void TestSampleGenerator::unwritableTarget()
{
    const QString path = m_dir->filePath(QStringLiteral("missing/dir/x.csv"));
    const Status status = writeSample(path, SampleOptions{10, 1, false});
    QVERIFY(!status.ok());
    QVERIFY(status.error().code != ErrorCode::Cancelled);
    QVERIFY(status.error().message.contains(path));
}

QTEST_GUILESS_MAIN(TestSampleGenerator)
#include "test_samplegenerator.moc"
