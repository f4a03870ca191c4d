#pragma once

#include "core/classify/DecisionBatch.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>
#include <memory>

namespace steward {
class ClassificationService;
}

namespace steward::ui {

// One step of the classification's undo history: a batch of decisions already written by
// ClassificationService::decide(), applyFromDataset() or applyTemplate(). The first redo() (when
// pushed) does nothing; undo() writes the fields' states before the batch back, a later redo()
// the states after it (each one transaction with an audit entry). `written` is called after
// every undo or redo with its outcome, so the view can reload or explain a failure; a step that
// failed is made obsolete (the stack drops it).
class DecisionBatchCommand final : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(steward::ui::DecisionBatchCommand)
public:
    using Written = std::function<void(const DecisionBatch &batch, const Status &status)>;

    DecisionBatchCommand(std::weak_ptr<ClassificationService> service, DecisionBatch batch,
                         const QString &text, Written written);

    void undo() override;
    void redo() override;

    const DecisionBatch &batch() const { return m_batch; }

private:
    void write(bool undo);

    std::weak_ptr<ClassificationService> m_service;
    DecisionBatch m_batch;
    Written m_written;
    bool m_pushed = false;
};

} // namespace steward::ui
