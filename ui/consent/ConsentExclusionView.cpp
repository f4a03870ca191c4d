#include "ui/consent/ConsentExclusionView.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace steward::ui {

ConsentExclusionView::ConsentExclusionView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("consentExclusionView"));
    m_title = new QLabel(tr("Consent"), this);
    m_title->setObjectName(QStringLiteral("consentExclusionTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setToolTip(tr("Records of a dataset with a consent register leave only when the "
                           "subject's latest decision grants the release's consent purpose."));
    m_rows = new QVBoxLayout(this);
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setSpacing(4);
    m_rows->addWidget(m_title);
    hide();
}

void ConsentExclusionView::clear()
{
    for (QLabel *label : std::as_const(m_labels))
        delete label;
    m_labels.clear();
    hide();
}

void ConsentExclusionView::setMeasurements(const QList<DatasetMeasurement> &measurements)
{
    clear();
    const QLocale locale;
    for (const DatasetMeasurement &measurement : measurements) {
        if (!measurement.consent || !measurement.consent->registerAttached)
            continue;
        const ConsentExclusion &c = *measurement.consent;
        const qint64 total = c.excludedTotal();
        QString text = tr("%1: %2 of %3 records left out for want of consent (no record %4, "
                          "withdrawn %5, refused %6, out of scope %7).")
                           .arg(c.dataset.isEmpty() ? measurement.dataset.name : c.dataset,
                                locale.toString(total), locale.toString(total + c.recordsKept),
                                locale.toString(c.excludedNoRecord),
                                locale.toString(c.excludedWithdrawn),
                                locale.toString(c.excludedRefused),
                                locale.toString(c.excludedOutOfScope));
        if (c.purpose.isEmpty())
            text += QLatin1Char(' ')
                + tr("No consent purpose is set, so no record of this dataset may leave.");
        auto *label = new QLabel(text, this);
        label->setObjectName(QStringLiteral("consentExclusionRow"));
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_rows->addWidget(label);
        m_labels << label;
    }
    setVisible(!m_labels.isEmpty());
}

QStringList ConsentExclusionView::lines() const
{
    QStringList result;
    for (const QLabel *label : m_labels)
        result << label->text();
    return result;
}

} // namespace steward::ui
