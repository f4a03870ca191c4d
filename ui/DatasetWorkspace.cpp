#include "DatasetWorkspace.h"

#include "ClassificationModel.h"
#include "ClassificationView.h"
#include "DatasetBrowser.h"
#include "Icons.h"

#include <QLocale>
#include <QTabBar>

namespace steward::ui {

DatasetWorkspace::DatasetWorkspace(DatasetBrowser *browser, QWidget *parent)
    : QTabWidget(parent), m_browser(browser), m_classification(new ClassificationView(this))
{
    setObjectName(QStringLiteral("datasetWorkspace"));
    setDocumentMode(true);
    setTabBarAutoHide(true);
    tabBar()->setObjectName(QStringLiteral("datasetTabs"));
    addTab(m_browser, icon(IconId::Dataset), tr("Data"));
    m_classification->hide();
    connect(this, &QTabWidget::currentChanged, this, &DatasetWorkspace::updateActive);
    connect(m_classification, &ClassificationView::classificationChanged, this,
            &DatasetWorkspace::updateClassificationTab);
}

void DatasetWorkspace::setProject(ProjectStore *store)
{
    m_classification->setProject(store);
}

void DatasetWorkspace::showDataset(const QList<DatasetInfo> &datasets,
                                   const std::optional<DatasetInfo> &current)
{
    m_classification->setDatasets(datasets);
    m_hasDataset = current.has_value();
    const int tab = indexOf(m_classification);
    if (!current) {
        if (tab >= 0)
            removeTab(tab);
        m_classification->clearDataset();
        updateActive();
        return;
    }
    if (tab < 0)
        addTab(m_classification, icon(IconId::Classify), tr("Classification"));
    m_classification->showDataset(*current);
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
    setTabToolTip(tab, needs > 0 ? tr("%1 fields need a decision").arg(QLocale().toString(needs))
                                 : QString());
}

} // namespace steward::ui
