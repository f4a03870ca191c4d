#pragma once

#include <QSortFilterProxyModel>

namespace steward::ui {

// Sorts the classification rows by their natural keys (ClassificationModel::SortRole) and
// filters them: "needs decision only" and a text that the field name, sample values, role,
// category or evidence must contain.
class ClassificationFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ClassificationFilterModel(QObject *parent = nullptr);

    bool needsDecisionOnly() const { return m_needsDecisionOnly; }
    void setNeedsDecisionOnly(bool only);
    QString text() const { return m_text; }
    void setText(const QString &text);

signals:
    // The filter's settings changed (rows may or may not have come or gone).
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_needsDecisionOnly = false;
    QString m_text;
};

} // namespace steward::ui
