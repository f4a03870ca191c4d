#pragma once

#include <QObject>
#include <QStringList>

namespace steward {
class ProjectStore;
}

namespace steward::ui {

class MaskingView;
class RiskPanel;

// Keeps the Masking tab's risk panel in step with its rules: every stored rule change (undo
// included) or unlocked secret re-measures the risk in the background, the records the stored
// record suppression leaves out reach the preview when the pass finishes (pending meanwhile), and
// "Find k-anonymous generalisation…" opens the k-anonymity dialog whose result becomes one
// undoable step of the tab's history.
class MaskingRiskLink final : public QObject {
    Q_OBJECT
public:
    // Puts `panel` into `view` as its side panel.
    MaskingRiskLink(MaskingView *view, RiskPanel *panel, QObject *parent = nullptr);

    void setProject(ProjectStore *store);
    // After the view showed (or re-read) a dataset: resets the panel when the dataset or the
    // classification's quasi-identifiers / sensitive attributes changed, then re-measures.
    void datasetShown();
    void datasetCleared();

    // Opens the k-anonymity dialog (modal); true when its result was applied.
    bool anonymize();

private:
    void rulesChanged();

    MaskingView *m_view;
    RiskPanel *m_panel;
    ProjectStore *m_store = nullptr;
    qint64 m_datasetId = 0;
    int m_datasetVersion = 0;
    QStringList m_defaultQuasi;
    QStringList m_defaultSensitive;
};

} // namespace steward::ui
