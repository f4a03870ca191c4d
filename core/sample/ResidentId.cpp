#include "core/sample/ResidentId.h"

#include <QDate>

namespace steward {

QChar residentIdCheckCharacter(QStringView first17)
{
    static constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char kCheck[12] = "10X98765432";
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const char16_t c = first17[i].unicode();
        if (c < u'0' || c > u'9')
            return {};
        sum += (c - u'0') * kWeights[i];
    }
    return QLatin1Char(kCheck[sum % 11]);
}

bool isValidResidentId(QStringView id)
{
    if (id.size() != 18)
        return false;
    const QChar check = residentIdCheckCharacter(id.first(17));
    if (check.isNull())
        return false;
    const auto digits = [&](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i)
            value = value * 10 + (id[i].unicode() - u'0');
        return value;
    };
    if (!QDate::isValid(digits(6, 4), digits(10, 2), digits(12, 2)))
        return false;
    return id[17].toUpper() == check;
}

} // namespace steward
