#include "core/import/XlsFormulaResults.h"

#include "core/import/CompoundFile.h"
#include "core/import/ExcelNumberFormat.h"
#include "core/import/ExcelValueText.h"

#include <QHash>
#include <QtEndian>

#include <cstring>
#include <vector>

namespace steward {

namespace {

// BIFF8 record types (MS-XLS 2.3).
constexpr quint16 kBof = 0x0809;
constexpr quint16 kEof = 0x000A;
constexpr quint16 kBoundSheet = 0x0085;
constexpr quint16 kDateMode = 0x0022;
constexpr quint16 kFormat = 0x041E;
constexpr quint16 kXf = 0x00E0;
constexpr quint16 kFormula = 0x0006;
constexpr quint16 kString = 0x0207;
constexpr quint16 kBoolErr = 0x0205;
constexpr quint16 kContinue = 0x003C;

const char *errorText(quint8 code)
{
    switch (code) {
    case 0x00: return "#NULL!";
    case 0x07: return "#DIV/0!";
    case 0x0F: return "#VALUE!";
    case 0x17: return "#REF!";
    case 0x1D: return "#NAME?";
    case 0x24: return "#NUM!";
    case 0x2A: return "#N/A";
    case 0x2B: return "#GETTING_DATA";
    default: return "#N/A";
    }
}

struct Record {
    quint16 type = 0;
    QByteArrayView data;
};

// Walks the records of a BIFF stream.
class RecordReader final {
public:
    explicit RecordReader(const QByteArray &stream) : m_stream(stream) {}

    void seek(qsizetype position) { m_position = position; }
    // The next record; false at the end of the stream or on a record cut short.
    bool next(Record *record)
    {
        if (m_position + 4 > m_stream.size())
            return false;
        const auto *p = reinterpret_cast<const uchar *>(m_stream.constData()) + m_position;
        record->type = qFromLittleEndian<quint16>(p);
        const quint16 length = qFromLittleEndian<quint16>(p + 2);
        if (m_position + 4 + length > m_stream.size())
            return false;
        record->data = QByteArrayView(m_stream.constData() + m_position + 4, length);
        m_position += 4 + length;
        return true;
    }
    // The next record if it is a CONTINUE, without consuming anything else.
    bool nextContinue(Record *record)
    {
        const qsizetype saved = m_position;
        if (next(record) && record->type == kContinue)
            return true;
        m_position = saved;
        return false;
    }

private:
    const QByteArray &m_stream;
    qsizetype m_position = 0;
};

quint16 u16(QByteArrayView data, qsizetype offset)
{
    return qFromLittleEndian<quint16>(reinterpret_cast<const uchar *>(data.data()) + offset);
}

// Appends `count` characters of an XLUnicodeString body (8-bit or UTF-16LE) as UTF-8.
void appendChars(std::string &out, QByteArrayView data, qsizetype offset, qsizetype count,
                 bool wide)
{
    QString text;
    if (wide) {
        text.resize(count);
        for (qsizetype i = 0; i < count; ++i)
            text[i] = QChar(u16(data, offset + 2 * i));
    } else {
        text = QString::fromLatin1(data.data() + offset, count);
    }
    out += text.toStdString();
}

} // namespace

class XlsFormulaParser final {
public:
    XlsFormulaParser(const QByteArray &stream, XlsFormulaResults &results)
        : m_reader(stream), m_results(results)
    {
    }

    void parse(int sheetIndex)
    {
        Record record;
        if (!m_reader.next(&record) || record.type != kBof || record.data.size() < 2
            || u16(record.data, 0) != 0x0600) {
            return; // not BIFF8: FreeXL's values stand
        }
        std::vector<quint32> sheetOffsets;
        while (m_reader.next(&record) && record.type != kEof) {
            switch (record.type) {
            case kBoundSheet:
                if (record.data.size() >= 4)
                    sheetOffsets.push_back(qFromLittleEndian<quint32>(record.data.data()));
                break;
            case kDateMode:
                if (record.data.size() >= 2)
                    m_date1904 = u16(record.data, 0) == 1;
                break;
            case kFormat:
                readFormat(record.data);
                break;
            case kXf:
                if (record.data.size() >= 4)
                    m_xfFormats.push_back(u16(record.data, 2));
                break;
            default:
                break;
            }
        }
        if (sheetIndex < 0 || size_t(sheetIndex) >= sheetOffsets.size())
            return;
        m_reader.seek(sheetOffsets[size_t(sheetIndex)]);
        if (!m_reader.next(&record) || record.type != kBof)
            return;
        int depth = 1; // embedded chart substreams have their own BOF/EOF
        while (depth > 0 && m_reader.next(&record)) {
            switch (record.type) {
            case kBof:
                ++depth;
                break;
            case kEof:
                --depth;
                break;
            case kFormula:
                if (depth == 1)
                    readFormula(record.data);
                break;
            case kString:
                if (depth == 1)
                    readString(record.data);
                break;
            case kBoolErr:
                if (depth == 1 && record.data.size() >= 8) {
                    const quint64 key = XlsFormulaResults::key(u16(record.data, 0),
                                                               u16(record.data, 2));
                    const auto value = quint8(record.data[6]);
                    m_results.m_cells[key] = record.data[7] != 0 ? errorText(value)
                                                                 : (value ? "TRUE" : "FALSE");
                }
                break;
            default:
                break;
            }
        }
    }

private:
    void readFormat(QByteArrayView data)
    {
        if (data.size() < 5)
            return;
        const quint16 id = u16(data, 0);
        const qsizetype count = u16(data, 2);
        const auto flags = quint8(data[4]);
        const bool wide = flags & 0x01;
        qsizetype offset = 5;
        if (flags & 0x08)
            offset += 2; // rich-text run count
        if (flags & 0x04)
            offset += 4; // extended data size
        if (offset + count * (wide ? 2 : 1) > data.size())
            return;
        std::string code;
        appendChars(code, data, offset, count, wide);
        m_formats.insert(id, excelFormatCodeKind(QString::fromStdString(code)));
    }

    ExcelDateKind kindOfXf(quint16 xf) const
    {
        if (xf >= m_xfFormats.size())
            return ExcelDateKind::None;
        const quint16 format = m_xfFormats[xf];
        const auto custom = m_formats.constFind(format);
        return custom != m_formats.cend() ? *custom : excelBuiltinFormatKind(format);
    }

    void readFormula(QByteArrayView data)
    {
        m_pendingString = 0;
        m_hasPendingString = false;
        if (data.size() < 14)
            return;
        const quint64 key = XlsFormulaResults::key(u16(data, 0), u16(data, 2));
        const quint16 xf = u16(data, 4);
        const auto *value = reinterpret_cast<const uchar *>(data.data()) + 6;
        std::string &text = m_results.m_cells[key];
        text.clear();
        if (value[6] == 0xFF && value[7] == 0xFF) {
            switch (value[0]) {
            case 0: // a string, in the STRING record that follows
                m_pendingString = key;
                m_hasPendingString = true;
                break;
            case 1:
                text = value[2] ? "TRUE" : "FALSE";
                break;
            case 2:
                text = errorText(value[2]);
                break;
            default: // 3: the empty string
                break;
            }
            return;
        }
        double number = 0;
        const quint64 bits = qFromLittleEndian<quint64>(value);
        std::memcpy(&number, &bits, sizeof number);
        const ExcelDateKind kind = kindOfXf(xf);
        if (kind == ExcelDateKind::None || !excelSerialText(number, kind, m_date1904, text))
            formatExcelDouble(number, text);
    }

    void readString(QByteArrayView data)
    {
        if (!m_hasPendingString || data.size() < 3)
            return;
        m_hasPendingString = false;
        std::string &text = m_results.m_cells[m_pendingString];
        text.clear();
        qsizetype remaining = u16(data, 0);
        bool wide = quint8(data[2]) & 0x01;
        qsizetype offset = 3;
        for (;;) {
            const qsizetype available = (data.size() - offset) / (wide ? 2 : 1);
            const qsizetype count = qMin(remaining, available);
            appendChars(text, data, offset, count, wide);
            remaining -= count;
            Record next;
            if (remaining <= 0 || !m_reader.nextContinue(&next) || next.data.isEmpty())
                break;
            data = next.data; // a continued string restates its width in a first byte
            wide = quint8(data[0]) & 0x01;
            offset = 1;
        }
    }

    RecordReader m_reader;
    XlsFormulaResults &m_results;
    bool m_date1904 = false;
    QHash<quint16, ExcelDateKind> m_formats;
    std::vector<quint16> m_xfFormats;
    quint64 m_pendingString = 0;
    bool m_hasPendingString = false;
};

Result<XlsFormulaResults> XlsFormulaResults::read(const QString &path, int sheetIndex)
{
    XlsFormulaResults results;
    Result<CompoundFile> compound = CompoundFile::open(path);
    if (!compound)
        return compound.error();
    if (!compound->entryNames().contains(QLatin1String("Workbook"), Qt::CaseInsensitive))
        return results; // BIFF5 and older ("Book"): FreeXL's values stand
    Result<QByteArray> stream = compound->readStream(QStringLiteral("Workbook"));
    if (!stream)
        return stream.error();
    XlsFormulaParser(*stream, results).parse(sheetIndex);
    return results;
}

} // namespace steward
