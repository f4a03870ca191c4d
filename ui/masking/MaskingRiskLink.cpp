#include "ui/masking/MaskingRiskLink.h"

#include "core/classify/DatasetClassification.h"
#include "ui/masking/MaskPreviewModel.h"
#include "ui/masking/MaskRuleModel.h"
#include "ui/masking/MaskingView.h"
#include "ui/risk/AnonymizeDialog.h"
#include "ui/risk/RiskPanel.h"
#include "core/store/ProjectStore.h"

#include <optional>

namespace steward::ui {

MaskingRiskLink::MaskingRiskLink(MaskingView *view, RiskPanel *panel, QObject *parent)
    : QObject(parent), m_view(view), m_panel(panel)
{
    m_view->setSidePanel(m_panel);
    connect(m_view, &MaskingView::rulesChanged, this, &MaskingRiskLink::rulesChanged);
    connect(m_view, &MaskingView::secretUnlocked, this, &MaskingRiskLink::rulesChanged);
    connect(m_panel, &RiskPanel::suppressionChanged, m_view,
            [this](std::shared_ptr<const std::vector<uint8_t>> flags, bool pending) {
                MaskPreviewModel *preview = m_view->previewModel();
                if (!pending)
                    preview->setSuppressedRecords(std::move(flags));
                preview->setSuppressionPending(pending);
            });
    connect(m_panel, &RiskPanel::anonymizeRequested, this, [this] { anonymize(); });
}

void MaskingRiskLink::setProject(ProjectStore *store)
{
    m_store = store;
    m_datasetId = 0;
    m_panel->setProject(store);
}

void MaskingRiskLink::datasetCleared()
{
    m_datasetId = 0;
    m_panel->setProject(m_store);
}

void MaskingRiskLink::datasetShown()
{
    if (!m_store || !m_view->hasDataset())
        return;
    const DatasetInfo &dataset = m_view->dataset();
    QStringList quasi;
    QStringList sensitive;
    for (const FieldClassification &f : m_view->ruleModel()->classification().fields) {
        if (f.effectiveRole() == FieldRole::Quasi)
            quasi.append(f.name);
        else if (f.effectiveRole() == FieldRole::Sensitive)
            sensitive.append(f.name);
    }
    if (dataset.id != m_datasetId || dataset.version != m_datasetVersion || quasi != m_defaultQuasi
        || sensitive != m_defaultSensitive) {
        m_datasetId = dataset.id;
        m_datasetVersion = dataset.version;
        m_defaultQuasi = quasi;
        m_defaultSensitive = sensitive;
        m_panel->setDataset(dataset, quasi, sensitive);
    }
    rulesChanged();
}

void MaskingRiskLink::rulesChanged()
{
    if (m_store && m_view->hasDataset())
        m_panel->setRules(m_view->currentRules(), m_view->secret());
}

bool MaskingRiskLink::anonymize()
{
    if (!m_store || !m_view->hasDataset())
        return false;
    const DatasetInfo dataset = m_view->dataset();
    AnonymizeDialog dialog(*m_store, dataset, m_view);
    dialog.setProjectUndoStack(m_view->undoStack());
    // The result becomes one step of the tab's undo history (rules and record suppression).
    dialog.setApplyHandler([this, dataset](const AnonymizationOutcome &outcome) -> Status {
        // The dataset may have been replaced by a new extract while the dialog was open.
        const auto current = m_store->dataset(dataset.name);
        if (!current || outcome.datasetId != current->id
            || outcome.datasetVersion != current->version)
            return Error::badInput(tr("the result was computed for other data than dataset %1; "
                                      "run the search again")
                                       .arg(dataset.name));
        if (!m_view->applyRuleSet(outcome.rules, std::optional(outcome.suppression),
                                  tr("Apply the k-anonymity result")))
            return Error::internal(tr("the k-anonymity result could not be stored"));
        return {};
    });
    const bool applied = dialog.exec() == QDialog::Accepted;
    if (applied)
        m_panel->useAnonymization(dialog.outcome()->quasi, dialog.request().k);
    return applied;
}

} // namespace steward::ui
