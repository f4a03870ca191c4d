#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace steward::ui {

// The GUI's persisted preferences: the one place that knows the QSettings keys, their types and
// their defaults. Cheap to construct where needed (QSettings shares its cache per file).
class Settings final {
public:
    static constexpr int kMaxRecentProjects = 10;

    Settings();

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);
    QByteArray importDialogGeometry() const;
    void setImportDialogGeometry(const QByteArray &geometry);

    // The Masking tab's layout: its splitters (QSplitter::saveState) and whether the preview
    // shows the masked half only.
    QByteArray maskingSplitterState(const QString &splitter) const;
    void setMaskingSplitterState(const QString &splitter, const QByteArray &state);
    bool maskingPreviewMaskedOnly() const;
    void setMaskingPreviewMaskedOnly(bool maskedOnly);

    // Most recent first; at most kMaxRecentProjects; absolute paths.
    QStringList recentProjects() const;
    void addRecentProject(const QString &path);
    void removeRecentProject(const QString &path);
    void clearRecentProjects();
    // When the project was last opened (invalid if Steward never recorded it).
    QDateTime recentProjectOpened(const QString &path) const;

    // The population the risk panel estimates against, per project file and dataset: a
    // population size ("size:N"), a sampling fraction ("fraction:F", 0–1) or "" for none.
    QString riskPopulation(const QString &projectPath, const QString &dataset) const;
    void setRiskPopulation(const QString &projectPath, const QString &dataset, const QString &value);

    // Where the file dialogs start (the user's documents folder until something was chosen).
    QString lastProjectDirectory() const;
    void setLastProjectDirectory(const QString &directory);
    QString lastImportDirectory() const;
    void setLastImportDirectory(const QString &directory);

private:
    QString directoryOrDocuments(const QString &key) const;
    void setRecentProjects(const QStringList &paths);

    QSettings m_settings;
};

} // namespace steward::ui
