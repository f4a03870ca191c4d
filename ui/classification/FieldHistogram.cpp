#include "ui/classification/FieldHistogram.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace steward::ui {

namespace {

constexpr double kDay = 86400.0;

bool isWhole(double value, double unit)
{
    return std::fmod(value, unit) == 0.0;
}

} // namespace

FieldHistogram FieldHistogram::build(Scale scale, const QList<std::pair<double, qint64>> &keys,
                                     int bins)
{
    FieldHistogram h;
    h.m_scale = scale;
    bins = std::max(1, bins);
    double lo = 0.0, hi = 0.0;
    bool any = false;
    bool integral = true;
    for (const auto &[key, rows] : keys) {
        if (!std::isfinite(key) || rows <= 0)
            continue;
        lo = any ? std::min(lo, key) : key;
        hi = any ? std::max(hi, key) : key;
        any = true;
        integral = integral && isWhole(key, scale == Scale::Time ? kDay : 1.0);
    }
    if (!any)
        return h;
    h.m_integral = integral;
    h.m_subDay = scale == Scale::Time && !integral;

    double width = 0.0;
    int count = bins;
    if (integral) {
        const double unit = scale == Scale::Time ? kDay : 1.0;
        const double steps = (hi - lo) / unit + 1.0; // distinct possible values
        const double perBin = std::max(1.0, std::ceil(steps / bins));
        width = perBin * unit;
        count = int(std::ceil(steps / perBin));
    } else if (hi > lo) {
        width = (hi - lo) / bins;
    } else {
        count = 1;
        width = 1.0;
    }
    h.m_bins.resize(count);
    for (int i = 0; i < count; ++i) {
        h.m_bins[i].from = lo + width * i;
        h.m_bins[i].to = i + 1 == count && !integral ? hi : lo + width * (i + 1);
    }
    for (const auto &[key, rows] : keys) {
        if (!std::isfinite(key) || rows <= 0)
            continue;
        const int index = std::clamp(int(std::floor((key - lo) / width)), 0, count - 1);
        h.m_bins[index].count += rows;
        h.m_total += rows;
    }
    return h;
}

qint64 FieldHistogram::largestBin() const
{
    qint64 largest = 0;
    for (const Bin &bin : m_bins)
        largest = std::max(largest, bin.count);
    return largest;
}

QString FieldHistogram::boundaryText(double key) const
{
    const QLocale locale;
    if (m_scale == Scale::Time) {
        const QDateTime time = QDateTime::fromSecsSinceEpoch(qint64(std::floor(key)), QTimeZone::utc());
        return m_subDay ? locale.toString(time, QLocale::ShortFormat)
                        : locale.toString(time.date(), QLocale::ShortFormat);
    }
    if (m_integral || isWhole(key, 1.0))
        return locale.toString(qint64(key));
    return locale.toString(key, 'g', 4);
}

QString FieldHistogram::binText(int index) const
{
    if (index < 0 || index >= m_bins.size())
        return {};
    const Bin &bin = m_bins.at(index);
    if (m_integral) {
        const double unit = m_scale == Scale::Time ? kDay : 1.0;
        const double last = bin.to - unit;
        if (last <= bin.from)
            return boundaryText(bin.from);
        return tr("%1 – %2")
            .arg(boundaryText(bin.from), boundaryText(last));
    }
    return tr("%1 – %2")
        .arg(boundaryText(bin.from), boundaryText(bin.to));
}

} // namespace steward::ui
