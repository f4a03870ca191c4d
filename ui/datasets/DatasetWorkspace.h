#pragma once

#include "core/store/DatasetInfo.h"

#include <QTabWidget>

#include <optional>

namespace steward {
class ProjectStore;
}

namespace steward::ui {

class ClassificationView;
class ConsentPanel;
class DatasetBrowser;
class MaskingRiskLink;
class MaskingView;

// The central area of the main window: the selected dataset's rows ("Data") and its field
// classification ("Classification") as two tabs. Without a dataset only the browser (with its
// empty state) is shown and the tab bar is hidden.
class DatasetWorkspace final : public QTabWidget {
    Q_OBJECT
public:
    // Takes `browser` into the first tab.
    explicit DatasetWorkspace(DatasetBrowser *browser, QWidget *parent = nullptr);

    DatasetBrowser *browser() const { return m_browser; }
    ClassificationView *classificationView() const { return m_classification; }
    MaskingView *maskingView() const { return m_masking; }
    MaskingRiskLink *riskLink() const { return m_riskLink; }
    // The consent register line in the corner of the tab bar, with its attach action.
    ConsentPanel *consentPanel() const { return m_consent; }

    // nullptr when the project closes (stops background profiling first).
    void setProject(ProjectStore *store);
    // The project's datasets and the one shown (none: only the browser's empty state).
    void showDataset(const QList<DatasetInfo> &datasets, const std::optional<DatasetInfo> &current);
    bool showClassification(); // false when no dataset is shown
    void showData();
    bool isShowingClassification() const;

private:
    void updateActive();
    void updateClassificationTab();

    DatasetBrowser *m_browser;
    ClassificationView *m_classification;
    MaskingView *m_masking;
    MaskingRiskLink *m_riskLink;
    ConsentPanel *m_consent;
    bool m_hasDataset = false;
};

} // namespace steward::ui
