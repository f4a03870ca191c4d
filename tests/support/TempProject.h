#pragma once

#include "core/store/ProjectStore.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace steward::testsupport {

// A new, empty project in its own temporary directory, for a test's init(); the project closes
// before its directory goes. A project that cannot be created stops the suite (qFatal).
class TempProject final {
public:
    explicit TempProject(const QString &fileName = QStringLiteral("p.steward"),
                         const QString &title = {});
    TempProject(const TempProject &) = delete;
    TempProject &operator=(const TempProject &) = delete;

    ProjectStore &store() { return *m_store; }
    const QTemporaryDir &dir() const { return m_dir; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    // The actions of the audit trail, oldest first.
    QStringList auditActions();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store; // declared after m_dir: closed before it is removed
};

} // namespace steward::testsupport
