#include "core/import/EncodingDetector.h"
#include "core/import/TextDecoder.h"
#include "tests/support/TestFiles.h"

#include <QRandomGenerator>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTest>

#include <string>

using namespace steward;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(steward::TextDecoder::Status)
Q_DECLARE_METATYPE(steward::TextEncoding)

namespace {

using steward::testsupport::encode;

// Decodes `bytes` in pieces of `piece` bytes.
TextDecoder::Status decodeInPieces(TextEncoding encoding, const QByteArray &bytes,
                                   qsizetype piece, QByteArray *out)
{
    TextDecoder decoder(encoding);
    out->clear();
    for (qsizetype at = 0;; at += piece) {
        const qsizetype n = std::min(piece, bytes.size() - at);
        const bool last = at + n >= bytes.size();
        std::string buffer(size_t(TextDecoder::maxOutputSize(n)), '\0');
        qsizetype written = 0;
        const auto status = decoder.decode(bytes.constData() + at, n, last, buffer.data(),
                                           &written);
        out->append(buffer.data(), written);
        if (status != TextDecoder::Status::Ok || last)
            return status;
    }
}

// An independent, simple UTF-8 validator to compare the optimised one with.
TextDecoder::Status referenceValidate(const QByteArray &bytes, bool last, qsizetype *valid)
{
    using S = TextDecoder::Status;
    const auto *b = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    const auto fail = [&](S status) {
        *valid = i;
        return status;
    };
    while (i < n) {
        const unsigned c = b[i];
        if (c == 0)
            return fail(S::Nul);
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        if (c >= 0xC2 && c <= 0xDF)
            len = 2;
        else if (c >= 0xE0 && c <= 0xEF)
            len = 3;
        else if (c >= 0xF0 && c <= 0xF4)
            len = 4;
        else
            return fail(S::Invalid);
        unsigned firstMin = 0x80;
        unsigned firstMax = 0xBF;
        if (c == 0xE0)
            firstMin = 0xA0;
        if (c == 0xED)
            firstMax = 0x9F;
        if (c == 0xF0)
            firstMin = 0x90;
        if (c == 0xF4)
            firstMax = 0x8F;
        for (int j = 1; j < len && i + j < n; ++j) {
            const unsigned min = j == 1 ? firstMin : 0x80;
            const unsigned max = j == 1 ? firstMax : 0xBF;
            if (b[i + j] < min || b[i + j] > max)
                return fail(S::Invalid);
        }
        if (i + len > n) {
            *valid = i;
            return last ? S::Invalid : S::Ok;
        }
        i += len;
    }
    *valid = n;
    return S::Ok;
}

QByteArray randomText(QRandomGenerator &random, int pieces)
{
    static const QByteArray invalid[] = {
        QByteArray("\x80"), QByteArray("\xBF\xBF"), QByteArray("\xC0\xAF"),
        QByteArray("\xC1\xBF"), QByteArray("\xE0\x9F\xBF"), QByteArray("\xED\xA0\x80"),
        QByteArray("\xED\xBF\xBF"), QByteArray("\xF0\x8F\xBF\xBF"),
        QByteArray("\xF4\x90\x80\x80"), QByteArray("\xF5\x80\x80\x80"), QByteArray("\xFF"),
        QByteArray("\xE5\xBC"), QByteArray("\xF0\x9F\x98"), QByteArray("\xC3"),
        QByteArray("\xE5\x41\x41"), QByteArray(1, '\0')};
    QByteArray out;
    for (int i = 0; i < pieces; ++i) {
        const int kind = int(random.bounded(100));
        if (kind < 40) {
            out += QByteArray(int(random.bounded(1, 20)), char('a' + random.bounded(26)));
        } else if (kind < 97) {
            // A valid character of 2, 3 or 4 bytes, often CJK.
            static const char32_t ranges[][2] = {{0x80, 0x7FF},       {0x800, 0xD7FF},
                                                 {0xE000, 0xFFFF},    {0x4E00, 0x9FFF},
                                                 {0x10000, 0x10FFFF}, {0x4E00, 0x4E10}};
            const auto &r = ranges[random.bounded(6)];
            const char32_t cp = char32_t(random.bounded(quint32(r[0]), quint32(r[1]) + 1));
            out += QString::fromUcs4(&cp, 1).toUtf8();
        } else {
            out += invalid[random.bounded(int(std::size(invalid)))];
        }
    }
    return out;
}

} // namespace

class TestTextDecoder final : public QObject {
    Q_OBJECT

private slots:
    void validateUtf8_data();
    void validateUtf8();
    void validateUtf8Random_data();
    void validateUtf8Random();
    void validateUtf8Offsets_data();
    void validateUtf8Offsets();
    void decode_data();
    void decode();
    void gb18030MatchesCodec_data();
    void gb18030MatchesCodec();
    void decodeErrors_data();
    void decodeErrors();
    void detect_data();
    void detect();
    void byteOrderMark_data();
    void byteOrderMark();
    void looksBinary_data();
    void looksBinary();
};

void TestTextDecoder::validateUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("last");
    QTest::addColumn<TextDecoder::Status>("status");
    QTest::addColumn<qsizetype>("validLength");

    using S = TextDecoder::Status;
    QTest::newRow("ASCII") << QByteArray("hello, world 0123456789") << true << S::Ok
                           << qsizetype(23);
    QTest::newRow("two, three, four bytes") << QByteArray("\xC3\xA9\xE5\xBC\xA0\xF0\x9F\x98\x80")
                                            << true << S::Ok << qsizetype(9);
    QTest::newRow("non-ASCII after 8-byte words")
        << QByteArray("abcdefghijklmnop\xE5\xBC\xA0q") << true << S::Ok << qsizetype(20);
    QTest::newRow("overlong slash") << QByteArray("ab\xC0\xAF") << true << S::Invalid
                                    << qsizetype(2);
    QTest::newRow("overlong three-byte") << QByteArray("\xE0\x80\xAF") << true << S::Invalid
                                         << qsizetype(0);
    QTest::newRow("surrogate") << QByteArray("x\xED\xA0\x80") << true << S::Invalid
                               << qsizetype(1);
    QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << true << S::Invalid
                                    << qsizetype(0);
    QTest::newRow("F5 lead") << QByteArray("\xF5\x80\x80\x80") << true << S::Invalid
                             << qsizetype(0);
    QTest::newRow("lone continuation") << QByteArray("abc\x80") << true << S::Invalid
                                       << qsizetype(3);
    QTest::newRow("GBK bytes") << QByteArray("id,\xD5\xC5\xC8\xFD") << true << S::Invalid
                               << qsizetype(3);
    QTest::newRow("cut at chunk end") << QByteArray("ab\xE5\xBC") << false << S::Ok
                                      << qsizetype(2);
    QTest::newRow("cut four-byte at chunk end") << QByteArray("ab\xF0\x9F\x98") << false
                                                << S::Ok << qsizetype(2);
    QTest::newRow("cut at end of input") << QByteArray("ab\xE5\xBC") << true << S::Invalid
                                         << qsizetype(2);
    QTest::newRow("cut and already wrong") << QByteArray("ab\xE5\x41") << false << S::Invalid
                                           << qsizetype(2);
    QTest::newRow("NUL") << QByteArray("abcdefghij\0k", 12) << true << S::Nul << qsizetype(10);
    QTest::newRow("empty") << QByteArray() << true << S::Ok << qsizetype(0);
}

void TestTextDecoder::validateUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, last);
    QFETCH(TextDecoder::Status, status);
    QFETCH(qsizetype, validLength);
    qsizetype valid = -1;
    QCOMPARE(TextDecoder::validateUtf8(bytes.constData(), bytes.size(), last, &valid), status);
    QCOMPARE(valid, validLength);
}

void TestTextDecoder::validateUtf8Random_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("pieces");
    QTest::newRow("short") << 1u << 8;
    QTest::newRow("medium") << 2u << 40;
    QTest::newRow("long") << 3u << 200;
    QTest::newRow("long 2") << 4u << 400;
}

// Random mixes of ASCII, valid multi-byte characters and invalid sequences, long enough for
// the 16-byte block validator, compared with the reference validator.
void TestTextDecoder::validateUtf8Random()
{
    QFETCH(quint32, seed);
    QFETCH(int, pieces);
    QRandomGenerator random(seed);
    for (int i = 0; i < 2000; ++i) {
        const QByteArray bytes = randomText(random, pieces);
        for (bool last : {true, false}) {
            qsizetype expectedValid = -1;
            const auto expected = referenceValidate(bytes, last, &expectedValid);
            qsizetype valid = -1;
            const auto status = TextDecoder::validateUtf8(bytes.constData(), bytes.size(), last,
                                                          &valid);
            if (status != expected || valid != expectedValid)
                qWarning() << "input" << bytes.toHex() << "last" << last;
            QCOMPARE(status, expected);
            QCOMPARE(valid, expectedValid);
        }
    }
}

void TestTextDecoder::validateUtf8Offsets_data()
{
    QTest::addColumn<QByteArray>("bad");
    QTest::addColumn<TextDecoder::Status>("status");
    using S = TextDecoder::Status;
    QTest::newRow("continuation") << QByteArray("\x80") << S::Invalid;
    QTest::newRow("overlong") << QByteArray("\xC0\x80") << S::Invalid;
    QTest::newRow("overlong 3") << QByteArray("\xE0\x80\x80") << S::Invalid;
    QTest::newRow("overlong 4") << QByteArray("\xF0\x80\x80\x80") << S::Invalid;
    QTest::newRow("surrogate") << QByteArray("\xED\xB0\x80") << S::Invalid;
    QTest::newRow("too large") << QByteArray("\xF4\x90\x80\x80") << S::Invalid;
    QTest::newRow("lead then ASCII") << QByteArray("\xE5\xBCx") << S::Invalid;
    QTest::newRow("NUL") << QByteArray(1, '\0') << S::Nul;
}

// One bad sequence at every offset of a long valid text: found exactly where it is.
void TestTextDecoder::validateUtf8Offsets()
{
    QFETCH(QByteArray, bad);
    QFETCH(TextDecoder::Status, status);
    const QByteArray good = u"张三,42,2024-01-02,北京市朝阳区,ok;"_s.toUtf8().repeated(4);
    for (qsizetype at = 0; at <= good.size(); ++at) {
        // Only at character boundaries of the valid text.
        if (at < good.size() && (static_cast<unsigned char>(good[at]) & 0xC0) == 0x80)
            continue;
        const QByteArray bytes = good.left(at) + bad + good.mid(at);
        qsizetype valid = -1;
        QCOMPARE(TextDecoder::validateUtf8(bytes.constData(), bytes.size(), true, &valid), status);
        QCOMPARE(valid, at);
    }
}

void TestTextDecoder::decode_data()
{
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");

    const QString text = u"id|姓名|亅倈|𠀀😀|ÿ€|x\r\n"_s;
    QTest::newRow("UTF-8") << TextEncoding::Utf8 << text.toUtf8() << text;
    QTest::newRow("GB18030") << TextEncoding::Gb18030 << encode(text, "GB18030") << text;
    QTest::newRow("GB18030 ASCII only") << TextEncoding::Gb18030 << QByteArray("a,b\n1,2")
                                        << u"a,b\n1,2"_s;
    QTest::newRow("UTF-16LE") << TextEncoding::Utf16LE << encode(text, "UTF-16LE") << text;
    QTest::newRow("UTF-16BE") << TextEncoding::Utf16BE << encode(text, "UTF-16BE") << text;
}

void TestTextDecoder::decode()
{
    QFETCH(TextEncoding, encoding);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    for (qsizetype piece : {bytes.size(), qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(5)}) {
        QByteArray out;
        QCOMPARE(decodeInPieces(encoding, bytes, piece, &out), TextDecoder::Status::Ok);
        QCOMPARE(QString::fromUtf8(out), text);
    }
}

void TestTextDecoder::gb18030MatchesCodec_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QByteArray twoByte;
    for (int lead = 0x81; lead <= 0xFE; ++lead) {
        for (int trail = 0x40; trail <= 0xFE; ++trail) {
            if (trail != 0x7F)
                twoByte += QByteArray(1, char(lead)) + char(trail) + (trail % 7 ? "" : ",x\n");
        }
    }
    QTest::newRow("every two-byte code") << twoByte;

    QString bmp;
    for (char32_t c = 0x20; c <= 0xFFFF; ++c) {
        if (c < 0xD800 || c > 0xDFFF)
            bmp += QChar(char16_t(c));
    }
    QTest::newRow("every BMP character") << encode(bmp, "GB18030");

    QString supplementary;
    for (char32_t c = 0x10000; c <= 0x10FFFF; c += 97)
        supplementary += QString::fromUcs4(&c, 1);
    QTest::newRow("supplementary characters") << encode(supplementary, "GB18030");
}

// The table-driven decoder gives exactly what Qt's GB18030 codec (ICU) gives.
void TestTextDecoder::gb18030MatchesCodec()
{
    QFETCH(QByteArray, bytes);
    QStringDecoder codec("GB18030");
    const QString expected = codec.decode(bytes);
    QVERIFY(!codec.hasError());
    for (qsizetype piece : {bytes.size(), qsizetype(3), qsizetype(1000)}) {
        QByteArray out;
        QCOMPARE(decodeInPieces(TextEncoding::Gb18030, bytes, piece, &out),
                 TextDecoder::Status::Ok);
        QCOMPARE(QString::fromUtf8(out), expected);
    }
}

void TestTextDecoder::decodeErrors_data()
{
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TextDecoder::Status>("status");
    QTest::addColumn<QString>("validPrefix");

    using S = TextDecoder::Status;
    QTest::newRow("UTF-8 invalid") << TextEncoding::Utf8 << QByteArray("ab\xFF") << S::Invalid
                                   << u"ab"_s;
    QTest::newRow("GB18030 0x80") << TextEncoding::Gb18030 << QByteArray("\xD5\xC5\x80x")
                                  << S::Invalid << u"张"_s;
    QTest::newRow("GB18030 0xFF") << TextEncoding::Gb18030 << QByteArray("a\xFF") << S::Invalid
                                  << u"a"_s;
    QTest::newRow("GB18030 bad trail") << TextEncoding::Gb18030 << QByteArray("a\x81\x20")
                                       << S::Invalid << u"a"_s;
    QTest::newRow("GB18030 bad four-byte") << TextEncoding::Gb18030
                                           << QByteArray("a\x81\x30\x20\x30") << S::Invalid
                                           << u"a"_s;
    QTest::newRow("GB18030 unassigned") << TextEncoding::Gb18030
                                        << QByteArray("\xD5\xC5\xFE\x39\xFE\x39") << S::Invalid
                                        << u"张"_s;
    QTest::newRow("GB18030 cut at end") << TextEncoding::Gb18030 << QByteArray("ab\x95\x32\x82")
                                        << S::Invalid << u"ab"_s;
    QTest::newRow("GB18030 NUL") << TextEncoding::Gb18030 << QByteArray("ab\0", 3) << S::Nul
                                 << u"ab"_s;
    QTest::newRow("UTF-16LE lone low surrogate") << TextEncoding::Utf16LE
                                                 << QByteArray("a\0\x00\xDC", 4) << S::Invalid
                                                 << u"a"_s;
    QTest::newRow("UTF-16LE high surrogate then letter")
        << TextEncoding::Utf16LE << QByteArray("a\0\x00\xD8" "b\0", 6) << S::Invalid << u"a"_s;
    QTest::newRow("UTF-16BE high surrogate at end") << TextEncoding::Utf16BE
                                                    << QByteArray("\0a\xD8\x00", 4) << S::Invalid
                                                    << u"a"_s;
    QTest::newRow("UTF-16BE odd byte") << TextEncoding::Utf16BE << QByteArray("\0a\0", 3)
                                       << S::Invalid << u"a"_s;
    QTest::newRow("UTF-16LE NUL") << TextEncoding::Utf16LE << QByteArray("a\0\0\0", 4) << S::Nul
                                  << u"a"_s;
}

void TestTextDecoder::decodeErrors()
{
    QFETCH(TextEncoding, encoding);
    QFETCH(QByteArray, bytes);
    QFETCH(TextDecoder::Status, status);
    QFETCH(QString, validPrefix);
    for (qsizetype piece : {bytes.size(), qsizetype(1), qsizetype(2)}) {
        QByteArray out;
        QCOMPARE(decodeInPieces(encoding, bytes, piece, &out), status);
        QCOMPARE(QString::fromUtf8(out), validPrefix);
    }
}

void TestTextDecoder::detect_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<TextEncoding>("encoding");

    const QString text = u"姓名,年龄\r\n张三,42\r\n"_s;
    QTest::newRow("ASCII") << QByteArray("a,b\n1,2\n") << true << TextEncoding::Utf8;
    QTest::newRow("UTF-8") << text.toUtf8() << true << TextEncoding::Utf8;
    QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF" "a") << true << TextEncoding::Utf8;
    QTest::newRow("UTF-8 cut at sample end") << text.toUtf8().left(4) << false
                                             << TextEncoding::Utf8;
    QTest::newRow("UTF-8 cut at file end") << text.toUtf8().left(4) << true
                                           << TextEncoding::Gb18030;
    QTest::newRow("GBK") << encode(text, "GBK") << true << TextEncoding::Gb18030;
    QTest::newRow("GB18030 BOM") << QByteArray("\x84\x31\x95\x33" "a") << true
                                 << TextEncoding::Gb18030;
    QTest::newRow("UTF-16LE BOM") << QByteArray("\xFF\xFE" "a\0", 4) << true
                                  << TextEncoding::Utf16LE;
    QTest::newRow("UTF-16BE BOM") << QByteArray("\xFE\xFF\0a", 4) << true
                                  << TextEncoding::Utf16BE;
    QTest::newRow("UTF-16LE without BOM") << encode(text, "UTF-16LE") << true
                                          << TextEncoding::Utf16LE;
    QTest::newRow("UTF-16BE without BOM") << encode(text, "UTF-16BE") << true
                                          << TextEncoding::Utf16BE;
    QTest::newRow("UTF-16LE ASCII without BOM") << encode(u"a,b\n"_s, "UTF-16LE") << true
                                                << TextEncoding::Utf16LE;
    QTest::newRow("UTF-16LE odd sample") << encode(u"a,b\n"_s, "UTF-16LE").left(7) << false
                                         << TextEncoding::Utf16LE;
}

void TestTextDecoder::detect()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, complete);
    QFETCH(TextEncoding, encoding);
    QCOMPARE(detectTextEncoding(bytes.constData(), bytes.size(), complete), encoding);
}

void TestTextDecoder::byteOrderMark_data()
{
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("length");
    QTest::newRow("UTF-8") << TextEncoding::Utf8 << QByteArray("\xEF\xBB\xBFx") << 3;
    QTest::newRow("UTF-8 none") << TextEncoding::Utf8 << QByteArray("\xEF\xBB") << 0;
    QTest::newRow("UTF-16LE") << TextEncoding::Utf16LE << QByteArray("\xFF\xFEx") << 2;
    QTest::newRow("UTF-16BE") << TextEncoding::Utf16BE << QByteArray("\xFE\xFF") << 2;
    QTest::newRow("UTF-16BE on LE") << TextEncoding::Utf16BE << QByteArray("\xFF\xFE") << 0;
    QTest::newRow("GB18030") << TextEncoding::Gb18030 << QByteArray("\x84\x31\x95\x33") << 4;
}

void TestTextDecoder::byteOrderMark()
{
    QFETCH(TextEncoding, encoding);
    QFETCH(QByteArray, bytes);
    QFETCH(int, length);
    QCOMPARE(byteOrderMarkLength(encoding, bytes.constData(), bytes.size()), length);
}

void TestTextDecoder::looksBinary_data()
{
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("binary");
    QTest::newRow("text") << TextEncoding::Utf8 << QByteArray("a,b\r\n\t1,\f2\v\n") << false;
    QTest::newRow("GBK text") << TextEncoding::Gb18030 << encode(u"张三,男\n"_s, "GBK") << false;
    QTest::newRow("NUL") << TextEncoding::Utf8 << QByteArray("a,b\n\0", 5) << true;
    QTest::newRow("one control in 200") << TextEncoding::Utf8
                                        << (QByteArray(199, 'a') + '\x1A') << false;
    QTest::newRow("many controls") << TextEncoding::Gb18030
                                   << QByteArray("ab\x01\x02\x03\x04\x05\x06\x07\x08") << true;
    QTest::newRow("UTF-16 text") << TextEncoding::Utf16LE << encode(u"a,张\n"_s, "UTF-16LE")
                                 << false;
    QTest::newRow("UTF-16 NUL") << TextEncoding::Utf16LE << QByteArray("a\0\0\0", 4) << true;
    QTest::newRow("UTF-16 controls") << TextEncoding::Utf16BE << QByteArray("\0\x01\0\x02", 4)
                                     << true;
}

void TestTextDecoder::looksBinary()
{
    QFETCH(TextEncoding, encoding);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, binary);
    QCOMPARE(steward::looksBinary(encoding, bytes.constData(), bytes.size()), binary);
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "test_textdecoder.moc"
