#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace steward::ui {

// Equal-width bins over the values of a numeric or date field, for the profile panel's chart.
// Keys are numbers for numeric fields and seconds since 1970-01-01 for dates (see
// parseDateTimeValue); bins are built from distinct keys with the number of rows holding each.
class FieldHistogram final {
    Q_DECLARE_TR_FUNCTIONS(steward::ui::FieldHistogram)
public:
    enum class Scale { Number, Time };
    struct Bin {
        double from = 0.0; // inclusive
        double to = 0.0;   // exclusive, except for the last bin
        qint64 count = 0;
    };

    static constexpr int kDefaultBins = 20;

    FieldHistogram() = default;
    // Bins the (key, rows) pairs into at most `bins` equal-width bins between the smallest and
    // largest key. Integer keys never get bins narrower than 1 (a 0-10 range gets 11 bins at
    // most); whole days for dates without time.
    static FieldHistogram build(Scale scale, const QList<std::pair<double, qint64>> &keys,
                                int bins = kDefaultBins);

    Scale scale() const { return m_scale; }
    const QList<Bin> &bins() const { return m_bins; }
    bool isEmpty() const { return m_bins.isEmpty(); }
    qint64 total() const { return m_total; }
    qint64 largestBin() const;
    // Values that did not parse as the field's type (left out of the bins).
    qint64 unparsed() const { return m_unparsed; }
    void setUnparsed(qint64 rows) { m_unparsed = rows; }

    // A short label for a bin boundary: a number, or a date (with time when the bins are
    // shorter than a day), formatted for the locale.
    QString boundaryText(double key) const;
    // "10 – 20" for bin i.
    QString binText(int index) const;

private:
    Scale m_scale = Scale::Number;
    QList<Bin> m_bins;
    qint64 m_total = 0;
    qint64 m_unparsed = 0;
    bool m_integral = false;
    bool m_subDay = false;
};

} // namespace steward::ui
