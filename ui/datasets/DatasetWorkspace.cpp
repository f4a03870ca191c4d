#include "ui/datasets/DatasetWorkspace.h"

#include "ui/classification/ClassificationModel.h"
#include "ui/classification/ClassificationView.h"
#include "ui/consent/ConsentPanel.h"
#include "ui/datasets/DatasetBrowser.h"
#include "ui/datasets/DatasetFindBar.h"
#include "ui/widgets/Icons.h"
#include "ui/masking/MaskingRiskLink.h"
#include "ui/masking/MaskingView.h"
#include "ui/risk/RiskPanel.h"

#include <QAction>
#include <QLocale>
#include <QTabBar>

namespace steward::ui {

DatasetWorkspace::DatasetWorkspace(DatasetBrowser *browser, QWidget *parent)
    : QTabWidget(parent), m_browser(browser), m_classification(new ClassificationView(this)),
      m_masking(new MaskingView(this)),
      m_riskLink(new MaskingRiskLink(m_masking, new RiskPanel, this)),
      m_consent(new ConsentPanel(this))
{
    setObjectName(QStringLiteral("datasetWorkspace"));
    setDocumentMode(true);
    setTabBarAutoHide(true);
    tabBar()->setObjectName(QStringLiteral("datasetTabs"));
    addTab(m_browser, icon(IconId::Dataset), tr("Data"));
    setCornerWidget(m_consent, Qt::TopRightCorner);
    m_classification->hide();
    m_masking->hide();
    connect(this, &QTabWidget::currentChanged, this, &DatasetWorkspace::updateActive);
    connect(m_classification, &ClassificationView::classificationChanged, this,
            &DatasetWorkspace::updateClassificationTab);
    // Find in Rows from the Edit menu on another tab brings the rows to the front.
    connect(m_browser->findAction(), &QAction::triggered, this, [this] {
        showData();
        m_browser->findBar()->activate(); // again: a hidden tab could not take the focus
    });
    // The header tooltips of the Data tab name each field's role: read again after classifying.
    connect(this, &QTabWidget::currentChanged, this, [this] {
        if (currentWidget() == m_browser)
            m_browser->refreshFieldClassifications();
    });
}

void DatasetWorkspace::setProject(ProjectStore *store)
{
    m_classification->setProject(store);
    m_masking->setProject(store);
    m_riskLink->setProject(store);
    m_consent->setProject(store);
}

void DatasetWorkspace::showDataset(const QList<DatasetInfo> &datasets,
                                   const std::optional<DatasetInfo> &current)
{
    m_classification->setDatasets(datasets);
    m_hasDataset = current.has_value();
    m_consent->showDataset(current);
    const int tab = indexOf(m_classification);
    if (!current) {
        if (tab >= 0)
            removeTab(tab);
        if (const int masking = indexOf(m_masking); masking >= 0)
            removeTab(masking);
        m_classification->clearDataset();
        m_masking->clearDataset();
        m_riskLink->datasetCleared();
        updateActive();
        return;
    }
    if (tab < 0)
        addTab(m_classification, icon(IconId::Classify), tr("Classification"));
    if (indexOf(m_masking) < 0)
        addTab(m_masking, tr("Masking"));
    m_classification->showDataset(*current);
    m_masking->showDataset(*current);
    updateActive();
}

bool DatasetWorkspace::showClassification()
{
    const int tab = indexOf(m_classification);
    if (!m_hasDataset || tab < 0)
        return false;
    setCurrentIndex(tab);
    m_classification->setFocus();
    return true;
}

void DatasetWorkspace::showData()
{
    setCurrentWidget(m_browser);
}

bool DatasetWorkspace::isShowingClassification() const
{
    return m_hasDataset && currentWidget() == m_classification;
}

void DatasetWorkspace::updateActive()
{
    m_classification->setActive(isShowingClassification());
    // Decisions made in the Classification tab change roles and suggestions shown here.
    // The risk pass reads the whole dataset: only while the Masking tab is shown.
    if (m_hasDataset && currentWidget() == m_masking) {
        m_masking->refresh();
        m_riskLink->datasetShown();
    }
}

void DatasetWorkspace::updateClassificationTab()
{
    const int tab = indexOf(m_classification);
    if (tab < 0)
        return;
    const ClassificationModel *model = m_classification->model();
    const int needs = model->needsDecisionCount();
    setTabIcon(tab, icon(model->rowCount() == 0 ? IconId::Classify
                         : needs > 0           ? IconId::NeedsDecision
                                               : IconId::Confirmed));
    setTabToolTip(tab, needs > 0 ? tr("%Ln field(s) need a decision", nullptr, needs)
                                 : QString());
}

} // namespace steward::ui
