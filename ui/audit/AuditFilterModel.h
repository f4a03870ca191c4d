#pragma once

#include <QSortFilterProxyModel>

namespace steward::ui {

// Filters the audit trail by action id, dataset (target), release (the target of release and
// document actions) and user, each exact or "any" (empty), and by a text that must occur in any
// of the entry's fields or details.
class AuditFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit AuditFilterModel(QObject *parent = nullptr);

    void setActionFilter(const QString &action);
    void setTargetFilter(const QString &target);
    void setReleaseFilter(const QString &release);
    void setUserFilter(const QString &user);
    void setTextFilter(const QString &text);
    bool isFiltering() const;
    void clearFilters();

    QString actionFilter() const { return m_action; }
    QString targetFilter() const { return m_target; }
    QString releaseFilter() const { return m_release; }
    QString userFilter() const { return m_user; }
    // Actions on a release (their target is the release's name): release.*, document.*.
    static bool isReleaseAction(const QString &action);

signals:
    void filtersChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void update(QString &member, const QString &value);

    QString m_action;
    QString m_target;
    QString m_release;
    QString m_user;
    QString m_text;
};

} // namespace steward::ui
