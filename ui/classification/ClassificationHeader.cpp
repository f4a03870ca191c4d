#include "ui/classification/ClassificationHeader.h"

#include "ui/classification/ClassificationOverviewChart.h"
#include "ui/widgets/GradeStyle.h"
#include "core/classify/DatasetClassification.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace steward::ui {

namespace {

constexpr int kOverviewWidth = 380;
constexpr int kOverviewHeight = 132;

} // namespace

ClassificationHeader::ClassificationHeader(QWidget *parent)
    : QWidget(parent),
      m_gradeChip(new QLabel(this)),
      m_gradeCaption(new QLabel(tr("Dataset grade"), this)),
      m_titleLabel(new QLabel(this)),
      m_countsLabel(new QLabel(this)),
      m_hintLabel(new QLabel(this)),
      m_progressRow(new QWidget(this)),
      m_progressLabel(new QLabel(m_progressRow)),
      m_progressBar(new QProgressBar(m_progressRow)),
      m_cancelButton(new QPushButton(tr("Cancel"), m_progressRow)),
      m_overview(new ClassificationOverviewChart(this))
{
    setObjectName(QStringLiteral("classificationHeader"));
    m_gradeChip->setObjectName(QStringLiteral("datasetGradeChip"));
    m_gradeChip->setAlignment(Qt::AlignCenter);
    m_gradeChip->setAutoFillBackground(true);
    QFont chipFont = m_gradeChip->font();
    chipFont.setBold(true);
    chipFont.setPointSizeF(chipFont.pointSizeF() * 2.2);
    m_gradeChip->setFont(chipFont);
    const int chipSize = QFontMetrics(chipFont).height() * 2;
    m_gradeChip->setFixedSize(chipSize, chipSize);
    m_gradeCaption->setAlignment(Qt::AlignHCenter);
    m_gradeCaption->setForegroundRole(QPalette::PlaceholderText);
    auto *chipColumn = new QVBoxLayout;
    chipColumn->addWidget(m_gradeChip, 0, Qt::AlignHCenter);
    chipColumn->addWidget(m_gradeCaption, 0, Qt::AlignHCenter);
    chipColumn->addStretch(1);

    m_titleLabel->setObjectName(QStringLiteral("classificationTitle"));
    m_titleLabel->setTextFormat(Qt::PlainText);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_titleLabel->setFont(titleFont);
    m_countsLabel->setObjectName(QStringLiteral("needsDecisionLabel"));
    m_countsLabel->setTextFormat(Qt::PlainText);
    QFont countsFont = m_countsLabel->font();
    countsFont.setPointSizeF(countsFont.pointSizeF() * 1.1);
    m_countsLabel->setFont(countsFont);
    m_hintLabel->setObjectName(QStringLiteral("gradeHintLabel"));
    m_hintLabel->setTextFormat(Qt::PlainText);
    m_hintLabel->setWordWrap(true);
    m_hintLabel->setForegroundRole(QPalette::PlaceholderText);

    m_progressRow->setObjectName(QStringLiteral("profilingProgress"));
    m_progressLabel->setObjectName(QStringLiteral("profilingLabel"));
    m_progressBar->setObjectName(QStringLiteral("profilingBar"));
    m_progressBar->setTextVisible(false);
    m_progressBar->setMaximumWidth(fontMetrics().averageCharWidth() * 30);
    m_cancelButton->setObjectName(QStringLiteral("cancelProfilingButton"));
    connect(m_cancelButton, &QPushButton::clicked, this, &ClassificationHeader::cancelRequested);
    auto *progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progressLabel);
    progressLayout->addWidget(m_progressBar, 1);
    progressLayout->addWidget(m_cancelButton);
    progressLayout->addStretch(0);
    m_progressRow->hide();

    auto *textColumn = new QVBoxLayout;
    textColumn->addWidget(m_titleLabel);
    textColumn->addWidget(m_countsLabel);
    textColumn->addWidget(m_hintLabel);
    textColumn->addWidget(m_progressRow);
    textColumn->addStretch(1);

    m_overview->setFixedSize(kOverviewWidth, kOverviewHeight);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 4);
    layout->setSpacing(14);
    layout->addLayout(chipColumn);
    layout->addLayout(textColumn, 1);
    layout->addWidget(m_overview, 0, Qt::AlignTop);
}

void ClassificationHeader::setTitle(const QString &datasetName)
{
    m_titleLabel->setText(tr("Classification of “%1”").arg(datasetName));
}

void ClassificationHeader::clearTitle()
{
    m_titleLabel->setText(tr("No dataset"));
}

QString ClassificationHeader::text() const
{
    return m_countsLabel->text().isEmpty()
               ? m_gradeCaption->text() + QLatin1Char(' ') + m_gradeChip->text()
               : tr("%1 %2 · %3").arg(m_gradeCaption->text(), m_gradeChip->text(),
                                      m_countsLabel->text());
}

void ClassificationHeader::showState(const DatasetClassification &c, bool hasDataset,
                                     bool profiling)
{
    const QLocale locale;
    const DatasetGrade grade = c.grade();
    m_gradeChip->setText(grade.grade > 0 ? locale.toString(grade.grade) : tr("–"));
    QPalette chip = m_gradeChip->palette();
    chip.setColor(QPalette::Window, GradeStyle::accent(grade.grade));
    chip.setColor(QPalette::WindowText, GradeStyle::onAccent(grade.grade));
    m_gradeChip->setPalette(chip);
    m_gradeChip->setToolTip(grade.grade > 0 ? GradeStyle::scopeText(grade.grade)
                                            : tr("No field is confirmed yet"));

    if (!hasDataset) {
        m_countsLabel->clear();
        m_hintLabel->clear();
        return;
    }
    const int needs = int(grade.needsDecision.size());
    if (!c.analyzed && !profiling) {
        m_countsLabel->setText(tr("%1 of %2 fields need a decision")
                                   .arg(locale.toString(needs), locale.toString(grade.fieldCount)));
        m_hintLabel->setText(tr("Not profiled yet: press Profile & Suggest (F5) to get a suggestion "
                                "for every field."));
        return;
    }
    m_countsLabel->setText(needs == 0
                               ? tr("All %1 fields are decided").arg(locale.toString(grade.fieldCount))
                               : tr("%1 of %2 fields need a decision")
                                     .arg(locale.toString(needs), locale.toString(grade.fieldCount)));
    QString hint;
    if (grade.grade == 0 && grade.suggestedGrade > 0)
        hint = tr("No field is confirmed yet. The suggestions make it grade %1.")
                   .arg(locale.toString(grade.suggestedGrade));
    else if (needs > 0 && grade.suggestedGrade > grade.grade)
        hint = tr("Grade %1 once the open suggestions are confirmed. Unconfirmed fields block a "
                  "release.")
                   .arg(locale.toString(grade.suggestedGrade));
    else if (needs > 0)
        hint = tr("Unconfirmed fields block a release. Space confirms, Ctrl+E overrides.");
    else
        hint = GradeStyle::scopeText(grade.grade);
    m_hintLabel->setText(hint);
}

void ClassificationHeader::showProgressStarted(const QString &datasetName)
{
    m_progressRow->show();
    m_cancelButton->setEnabled(true);
    m_progressBar->setRange(0, 0);
    m_progressLabel->setText(tr("Profiling “%1”…").arg(datasetName));
}

void ClassificationHeader::showProgress(qint64 done, qint64 total)
{
    const QLocale locale;
    if (total > 0) {
        m_progressBar->setRange(0, int(total));
        m_progressBar->setValue(int(std::min(done, total)));
        m_progressLabel->setText(tr("Profiling fields: %1 of %2")
                                     .arg(locale.toString(done), locale.toString(total)));
    }
}

void ClassificationHeader::showCancelling()
{
    m_progressLabel->setText(tr("Cancelling…"));
    m_cancelButton->setEnabled(false);
}

void ClassificationHeader::hideProgress()
{
    m_progressRow->hide();
}

} // namespace steward::ui
