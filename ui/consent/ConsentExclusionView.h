#pragma once

#include "core/release/ReleaseMeasurement.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace steward::ui {

// The release overview's consent figures: for each measured dataset with a consent register, how
// many records the release leaves out for want of valid consent, in total and by reason (no
// record, withdrawn, refused, out of scope). Hidden while no dataset of the release has a register,
// so releases without consent registers keep their overview as it was.
class ConsentExclusionView final : public QWidget {
    Q_OBJECT
public:
    explicit ConsentExclusionView(QWidget *parent = nullptr);

    void setMeasurements(const QList<DatasetMeasurement> &measurements);
    void clear();

    // One sentence per dataset with a register, as shown (for tests and accessibility).
    QStringList lines() const;

private:
    QLabel *m_title = nullptr;
    QVBoxLayout *m_rows = nullptr;
    QList<QLabel *> m_labels;
};

} // namespace steward::ui
