#pragma once

#include "core/workflow/ReleaseGates.h"

#include <QGroupBox>
#include <QList>
#include <QStringList>

class QLabel;
class QVBoxLayout;

namespace steward::ui {

// Every gate of a release, in order, each with a mark (holds / fails) and its reason in words.
// Filled by the release's review view whenever the release was measured again; rows carry the
// properties "gate" (id) and "ok" for tests and screen readers.
class GatesPanel final : public QGroupBox {
    Q_OBJECT
public:
    explicit GatesPanel(QWidget *parent = nullptr);

    void setGates(const QList<ReleaseGate> &gates);
    // No figures yet (measuring, locked secret, no release): one line instead of the gates.
    void setPending(const QString &text);

    const QList<ReleaseGate> &gates() const { return m_gates; }
    bool isKnown() const { return m_known; }
    // Ids of the failing gates, in order.
    QStringList failing() const;
    // Titles and reasons of the failing gates, one line each ("Title: reason").
    QStringList failingText() const;

private:
    void clearRows();
    void addRow(const ReleaseGate &gate);

    QList<ReleaseGate> m_gates;
    bool m_known = false;
    QLabel *m_summary;
    QVBoxLayout *m_rows;
};

} // namespace steward::ui
