#include "tests/support/TempProject.h"

namespace steward::testsupport {

TempProject::TempProject(const QString &fileName, const QString &title)
{
    if (!m_dir.isValid())
        qFatal("cannot create a temporary directory");
    Result<std::unique_ptr<ProjectStore>> store =
        ProjectStore::create(m_dir.filePath(fileName), title);
    if (!store)
        qFatal("cannot create the project: %s", qPrintable(store.error().toString()));
    m_store = std::move(*store);
}

} // namespace steward::testsupport
