#include "ui/datasets/DatasetUndoStacks.h"

#include <QUndoStack>

namespace steward::ui {

DatasetUndoStacks::DatasetUndoStacks(const QString &stackName, QObject *parent)
    : QUndoGroup(parent), m_stackName(stackName)
{
}

QUndoStack *DatasetUndoStacks::stackFor(const DatasetInfo &dataset)
{
    QUndoStack *&stack = m_stacks[dataset.id];
    if (stack && m_versions.value(dataset.id) != dataset.version) {
        removeStack(stack);
        delete stack;
        stack = nullptr;
    }
    if (!stack) {
        stack = new QUndoStack(this);
        stack->setObjectName(m_stackName);
        addStack(stack);
        m_versions.insert(dataset.id, dataset.version);
    }
    return stack;
}

QUndoStack *DatasetUndoStacks::existing(qint64 datasetId) const
{
    return m_stacks.value(datasetId);
}

void DatasetUndoStacks::drop(const std::function<bool(qint64, int)> &drop)
{
    for (auto it = m_stacks.begin(); it != m_stacks.end();) {
        if (drop(it.key(), m_versions.value(it.key()))) {
            if (activeStack() == it.value())
                setActiveStack(nullptr);
            removeStack(it.value());
            delete it.value();
            m_versions.remove(it.key());
            it = m_stacks.erase(it);
        } else {
            ++it;
        }
    }
}

void DatasetUndoStacks::dropAll()
{
    drop([](qint64, int) { return true; });
}

} // namespace steward::ui
