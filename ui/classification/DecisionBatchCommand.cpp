#include "ui/classification/DecisionBatchCommand.h"

#include "core/classify/ClassificationService.h"

namespace steward::ui {

DecisionBatchCommand::DecisionBatchCommand(std::weak_ptr<ClassificationService> service,
                                           DecisionBatch batch, const QString &text,
                                           Written written)
    : m_service(std::move(service)), m_batch(std::move(batch)), m_written(std::move(written))
{
    setText(text);
}

void DecisionBatchCommand::undo()
{
    write(true);
}

void DecisionBatchCommand::redo()
{
    if (!m_pushed) {
        m_pushed = true; // the batch was written before the command was pushed
        return;
    }
    write(false);
}

void DecisionBatchCommand::write(bool undo)
{
    const std::shared_ptr<ClassificationService> service = m_service.lock();
    Status status;
    if (!service) {
        status = Error::internal(tr("the project is no longer open"));
    } else {
        status = undo ? service->undo(m_batch) : service->redo(m_batch);
    }
    if (!status)
        setObsolete(true);
    if (m_written)
        m_written(m_batch, status);
}

} // namespace steward::ui
