#include "ui/risk/AnonymizeResultView.h"

#include "ui/masking/MaskRuleModel.h"
#include "ui/risk/HierarchyText.h"
#include "ui/risk/RiskCharts.h"

#include "core/risk/DatasetRiskAnalysis.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace steward::ui {

namespace {

enum LevelColumn { FieldColumn, LevelColumn, ChangeColumn, LossColumn, LevelColumns };

constexpr int kLossBarWidth = 140;
constexpr int kVisibleRows = 10;

// The risk figures of a class-size distribution, as the risk panel's charts read them.
RiskReport reportOf(const std::vector<std::pair<quint64, quint64>> &classSizes, quint64 records,
                    quint64 suppressed, int k)
{
    RiskReport r;
    r.records = records;
    r.suppressedRecords = suppressed;
    r.classSizes = classSizes;
    for (const auto &[size, classes] : classSizes) {
        r.classes += classes;
        r.retainedRecords += size * classes;
        if (classes > 0 && (r.minClass == 0 || size < r.minClass))
            r.minClass = size;
        if (size < quint64(k))
            r.recordsBelowK += size * classes;
        if (size == 1)
            r.sampleUniqueRecords += classes;
    }
    if (r.retainedRecords > 0) {
        const double kept = double(r.retainedRecords);
        r.recordsBelowKFraction = double(r.recordsBelowK) / kept;
        r.sampleUniques = double(r.sampleUniqueRecords) / kept;
        r.prosecutorRiskMax = r.minClass > 0 ? 1.0 / double(r.minClass) : 0.0;
        r.prosecutorRiskAvg = double(r.classes) / kept;
    }
    return r;
}

QString percent(double fraction, int decimals = 2)
{
    return QLocale().toString(100.0 * fraction, 'f', decimals);
}

} // namespace

AnonymizeResultView::AnonymizeResultView(QWidget *parent)
    : QWidget(parent),
      m_levelTable(new QTableWidget(this)),
      m_summary(new QLabel(this)),
      m_suppressionNote(new QLabel(this)),
      m_charts(new RiskCharts(this))
{
    setObjectName(QStringLiteral("anonymizeResultView"));
    // The charts compare the data as the stored rules generalise it with the search's result.
    m_charts->setSeriesNames(tr("Before"), tr("Result"));
    m_levelTable->setObjectName(QStringLiteral("anonymizeLevelTable"));
    m_levelTable->setColumnCount(LevelColumns);
    m_levelTable->setHorizontalHeaderLabels(
        {tr("Field"), tr("Generalisation"), tr("Compared with the stored rule"),
         tr("Information loss")});
    QHeaderView *header = m_levelTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(LevelColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ChangeColumn, QHeaderView::Stretch);
    m_levelTable->setColumnWidth(LossColumn, kLossBarWidth);
    m_levelTable->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_levelTable->setWordWrap(false);
    m_levelTable->verticalHeader()->hide();
    m_levelTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_levelTable->setSelectionMode(QAbstractItemView::NoSelection);

    m_summary->setObjectName(QStringLiteral("anonymizeSummary"));
    // Short lines, not wrapped: a wrapping label's minimum height is one line, and the layout
    // would squeeze the figures away.
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_suppressionNote->setObjectName(QStringLiteral("anonymizeSuppressionNote"));
    m_suppressionNote->setTextFormat(Qt::PlainText);
    m_suppressionNote->setWordWrap(true);
    m_suppressionNote->setText(tr("Applying also stores the record suppression: the masked data "
                                  "and the risk measurement leave the suppressed records out."));
    m_suppressionNote->hide();
    m_charts->setObjectName(QStringLiteral("anonymizeCharts"));
    m_charts->setMinimumHeight(220);

    auto *figures = new QVBoxLayout;
    figures->addWidget(m_summary);
    figures->addWidget(m_suppressionNote);
    figures->addStretch(1);
    auto *lower = new QHBoxLayout;
    lower->addLayout(figures, 2);
    lower->addWidget(m_charts, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_levelTable);
    layout->addLayout(lower, 1);
    clear();
}

QString AnonymizeResultView::changeText(const AnonymizationFieldChange &change)
{
    const auto previousText = [&change] {
        if (change.previous->op() == MaskOperator::Hierarchy) {
            const QString level = HierarchyText::floorOf(change.previous, std::nullopt);
            return level.isEmpty() ? MaskRuleModel::ruleText(*change.previous)
                                   : tr("level “%1”").arg(level);
        }
        return MaskRuleModel::ruleText(*change.previous);
    };
    if (!change.replaced) {
        if (!change.previous || change.previous->op() == MaskOperator::Keep)
            return tr("kept as it is");
        return tr("kept: the stored rule (%1) is the floor").arg(previousText());
    }
    if (!change.previous || change.previous->op() == MaskOperator::Keep)
        return tr("new rule (the field had none)");
    if (change.floor > 0 && HierarchySpec::isBuilderText(change.hierarchy)) {
        // The floor in the hierarchy's own words: what the stored rule already guaranteed.
        if (const auto spec = HierarchySpec::parse(change.hierarchy))
            return tr("replaces %1 (at least: %2)")
                .arg(previousText(), HierarchyText::levelName(*spec, change.floor));
    }
    return tr("replaces %1").arg(previousText());
}

void AnonymizeResultView::showOutcome(const AnonymizationOutcome &outcome,
                                      const AnonymizationRequest &request,
                                      const ExampleFunction &example)
{
    const QLocale locale;
    const AnonymizationResult &r = outcome.result;
    m_levelTable->setRowCount(int(outcome.quasi.size()));
    for (int i = 0; i < outcome.quasi.size(); ++i) {
        const QString field = outcome.quasi.at(i);
        const int level = r.levels[size_t(i)];
        const AnonymizationFieldChange *change = nullptr;
        for (const AnonymizationFieldChange &c : outcome.changes) {
            if (c.field == field)
                change = &c;
        }
        QString text = level == 0 ? tr("Level 0 (kept as it is)")
                                  : tr("Level %1").arg(locale.toString(level));
        // A file's levels have no names ("level 2" says nothing more).
        const bool named = change && !change->levelName.isEmpty()
                           && (HierarchySpec::isBuilderText(change->hierarchy)
                               || change->hierarchy == QLatin1String("stored"));
        if (named && level > 0)
            text = tr("Level %1: %2").arg(locale.toString(level), change->levelName);
        const QString sample = level == 0 || !example ? QString() : example(field, level);
        if (!sample.isEmpty())
            text = tr("%1, e.g. %2").arg(text, sample);
        m_levelTable->setItem(i, FieldColumn, new QTableWidgetItem(field));
        auto *item = new QTableWidgetItem(text);
        item->setToolTip(text);
        m_levelTable->setItem(i, LevelColumn, item);
        const QString changeString = change ? changeText(*change) : QString();
        auto *changeItem = new QTableWidgetItem(changeString);
        QString changeTip = changeString;
        if (change && change->previous)
            changeTip = tr("%1\nStored rule: %2\nNew rule: %3")
                            .arg(changeString, change->previous->format(), change->rule.format());
        else if (change)
            changeTip = tr("%1\nNew rule: %2").arg(changeString, change->rule.format());
        changeItem->setToolTip(changeTip);
        if (change && change->replaced && change->previous
            && change->previous->op() != MaskOperator::Keep) {
            QFont bold = changeItem->font();
            bold.setBold(true);
            changeItem->setFont(bold);
        }
        m_levelTable->setItem(i, ChangeColumn, changeItem);
        const double loss = i < int(r.fieldLoss.size()) ? r.fieldLoss[size_t(i)] : 0.0;
        auto *bar = new QProgressBar(m_levelTable);
        bar->setObjectName(QStringLiteral("anonymizeLossBar_%1").arg(i));
        bar->setRange(0, 1000);
        bar->setValue(int(std::lround(std::clamp(loss, 0.0, 1.0) * 1000.0)));
        bar->setFormat(tr("%1 %").arg(percent(loss, 1)));
        bar->setToolTip(tr("Information loss of %1: %2 %").arg(field, percent(loss, 2)));
        m_levelTable->setCellWidget(i, LossColumn, bar);
    }
    m_levelTable->resizeColumnToContents(FieldColumn);
    fitLevelTable();

    const double suppressedPercent =
        r.records > 0 ? double(r.suppressedRecords) / double(r.records) : 0.0;
    QStringList lines;
    lines << tr("Classes: %1").arg(locale.toString(qint64(r.classes)))
          << tr("Smallest class: %Ln record(s)", nullptr, int(r.minClass))
          << tr("Suppressed records: %1 (%2 %)")
                 .arg(locale.toString(qint64(r.suppressedRecords)), percent(suppressedPercent))
          << tr("Average risk: %1 %, highest risk: %2 %")
                 .arg(percent(r.averageRisk),
                      percent(r.minClass > 0 ? 1.0 / double(r.minClass) : 0.0));
    // The mean of the per-field losses, as the risk panel reports it after Apply; the weighted
    // figure the search minimised only when the weights make it differ.
    double mean = 0.0;
    for (double f : r.fieldLoss)
        mean += f;
    mean = r.fieldLoss.empty() ? 0.0 : mean / double(r.fieldLoss.size());
    if (std::abs(mean - r.loss) > 5e-5)
        lines << tr("Information loss: %1 % (mean over the quasi-identifiers; %2 % weighted)")
                     .arg(percent(mean), percent(r.loss));
    else
        lines << tr("Information loss: %1 % (mean over the quasi-identifiers)").arg(percent(mean));
    for (int i = 0; i < request.sensitive.size() && i < int(r.sensitiveAchieved.size()); ++i) {
        const AnonymizationSensitive &s = request.sensitive.at(i);
        const double achieved = r.sensitiveAchieved[size_t(i)];
        switch (s.model.kind) {
        case SensitiveModel::Kind::DistinctL:
            lines << tr("%1: at least %2 distinct values per class (asked %3)")
                         .arg(s.name, locale.toString(achieved, 'f', 0),
                              locale.toString(s.model.l, 'f', 0));
            break;
        case SensitiveModel::Kind::EntropyL:
            lines << tr("%1: entropy l = %2 (asked %3)")
                         .arg(s.name, locale.toString(achieved, 'f', 2),
                              locale.toString(s.model.l, 'f', 2));
            break;
        case SensitiveModel::Kind::RecursiveCL:
            lines << tr("%1: recursive (c,l)-diversity holds up to l = %2 (asked %3, c = %4)")
                         .arg(s.name, locale.toString(achieved, 'f', 0),
                              locale.toString(s.model.l, 'f', 0),
                              locale.toString(s.model.c, 'f', 2));
            break;
        case SensitiveModel::Kind::TCloseness:
            lines << tr("%1: t = %2 (asked at most %3)")
                         .arg(s.name, locale.toString(achieved, 'f', 3),
                              locale.toString(s.model.t, 'f', 3));
            break;
        }
    }
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_suppressionNote->setVisible(outcome.suppression.has_value());

    const int k = AnonymizationService::effectiveK(request);
    DatasetRiskResult charts;
    charts.quasi = outcome.quasi;
    charts.k = k;
    charts.report = reportOf(r.classSizes, r.records, r.suppressedRecords, k);
    charts.report.fieldLoss = r.fieldLoss;
    charts.report.totalLoss = r.loss;
    if (!outcome.classSizesBefore.empty())
        charts.baseline = reportOf(outcome.classSizesBefore, r.records, 0, k);
    for (int i = 0; i < outcome.quasi.size(); ++i) {
        FieldLoss f;
        f.field = outcome.quasi.at(i);
        f.op = i < outcome.rules.size() ? maskOperatorName(outcome.rules.at(i).second.op())
                                        : QString();
        f.loss = i < int(r.fieldLoss.size()) ? r.fieldLoss[size_t(i)] : 0.0;
        charts.fieldLoss.push_back(f);
    }
    charts.totalLoss = mean;
    charts.suppressedRecords = r.suppressedRecords;
    m_charts->setResult(charts);
}

void AnonymizeResultView::clear()
{
    m_levelTable->setRowCount(0);
    fitLevelTable();
    m_summary->clear();
    m_suppressionNote->hide();
    m_charts->clear();
}

void AnonymizeResultView::fitLevelTable()
{
    // Every row of the result visible (up to a screenful), no empty space above or below it.
    const int rows = std::max(1, std::min(m_levelTable->rowCount(), kVisibleRows));
    const int rowHeight = m_levelTable->verticalHeader()->defaultSectionSize();
    m_levelTable->setFixedHeight(m_levelTable->horizontalHeader()->sizeHint().height()
                                 + rows * rowHeight + 2 * m_levelTable->frameWidth());
}

} // namespace steward::ui
