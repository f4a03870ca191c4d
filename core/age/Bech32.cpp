#include "core/age/Bech32.h"

#include <QList>

#include <string>

namespace steward::bech32 {

namespace {

constexpr char kAlphabet[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

quint32 polymod(const QList<quint8> &values)
{
    constexpr quint32 generator[] = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    quint32 check = 1;
    for (quint8 v : values) {
        const quint32 top = check >> 25;
        check = ((check & 0x1ffffff) << 5) ^ v;
        for (int i = 0; i < 5; ++i)
            if ((top >> i) & 1)
                check ^= generator[i];
    }
    return check;
}

QList<quint8> expandHrp(const QByteArray &hrp)
{
    QList<quint8> out;
    for (char c : hrp)
        out.append(quint8(quint8(c) >> 5));
    out.append(0);
    for (char c : hrp)
        out.append(quint8(quint8(c) & 31));
    return out;
}

} // namespace

QString encode(const QString &hrp, const QByteArray &data)
{
    const QByteArray prefix = hrp.toLower().toLatin1();
    QList<quint8> groups;
    quint32 accumulator = 0;
    int bits = 0;
    for (char byte : data) {
        accumulator = (accumulator << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            groups.append(quint8((accumulator >> bits) & 31));
        }
    }
    if (bits > 0)
        groups.append(quint8((accumulator << (5 - bits)) & 31));
    QList<quint8> values = expandHrp(prefix) + groups;
    values.append({0, 0, 0, 0, 0, 0});
    const quint32 check = polymod(values) ^ 1;
    QByteArray out = prefix + '1';
    for (quint8 g : groups)
        out.append(kAlphabet[g]);
    for (int i = 0; i < 6; ++i)
        out.append(kAlphabet[(check >> (5 * (5 - i))) & 31]);
    return QString::fromLatin1(out);
}

std::optional<Decoded> decode(const QString &text)
{
    if (text != text.toLower() && text != text.toUpper())
        return std::nullopt;
    const QString lower = text.toLower();
    for (QChar c : lower)
        if (c.unicode() < 33 || c.unicode() > 126)
            return std::nullopt;
    const qsizetype separator = lower.lastIndexOf(QLatin1Char('1'));
    if (separator < 1 || lower.size() - separator - 1 < 6)
        return std::nullopt;
    const QByteArray prefix = lower.left(separator).toLatin1();
    QList<quint8> groups;
    for (QChar c : lower.mid(separator + 1)) {
        const char *at = std::char_traits<char>::find(kAlphabet, 32, char(c.unicode()));
        if (!at)
            return std::nullopt;
        groups.append(quint8(at - kAlphabet));
    }
    if (polymod(expandHrp(prefix) + groups) != 1)
        return std::nullopt;
    groups.resize(groups.size() - 6);
    QByteArray data;
    quint32 accumulator = 0;
    int bits = 0;
    for (quint8 g : groups) {
        accumulator = (accumulator << 5) | g;
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            data.append(char((accumulator >> bits) & 0xff));
        }
    }
    // Leftover bits are padding: fewer than five, all zero.
    if (bits >= 5 || (accumulator & ((1u << bits) - 1)) != 0)
        return std::nullopt;
    return Decoded{QString::fromLatin1(prefix), data};
}

} // namespace steward::bech32
