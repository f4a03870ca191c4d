#include "ui/Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace steward::ui {

namespace {
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kImportGeometry = QStringLiteral("importDialog/geometry");
const QString kMaskingSplitter = QStringLiteral("masking/splitter/");
const QString kMaskingMaskedOnly = QStringLiteral("masking/previewMaskedOnly");
const QString kRecent = QStringLiteral("projects/recent");
const QString kRecentOpened = QStringLiteral("projects/recentOpened");
const QString kProjectDir = QStringLiteral("directories/projects");
const QString kImportDir = QStringLiteral("directories/import");
const QString kRiskPopulation = QStringLiteral("risk/population");

QString normalized(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}
} // namespace

Settings::Settings() = default;

QByteArray Settings::mainWindowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void Settings::setMainWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

QByteArray Settings::mainWindowState() const
{
    return m_settings.value(kState).toByteArray();
}

void Settings::setMainWindowState(const QByteArray &state)
{
    m_settings.setValue(kState, state);
}

QByteArray Settings::importDialogGeometry() const
{
    return m_settings.value(kImportGeometry).toByteArray();
}

void Settings::setImportDialogGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kImportGeometry, geometry);
}

QByteArray Settings::maskingSplitterState(const QString &splitter) const
{
    return m_settings.value(kMaskingSplitter + splitter).toByteArray();
}

void Settings::setMaskingSplitterState(const QString &splitter, const QByteArray &state)
{
    m_settings.setValue(kMaskingSplitter + splitter, state);
}

bool Settings::maskingPreviewMaskedOnly() const
{
    return m_settings.value(kMaskingMaskedOnly, false).toBool();
}

void Settings::setMaskingPreviewMaskedOnly(bool maskedOnly)
{
    m_settings.setValue(kMaskingMaskedOnly, maskedOnly);
}

QStringList Settings::recentProjects() const
{
    QStringList paths = m_settings.value(kRecent).toStringList();
    paths.removeAll(QString());
    paths.removeDuplicates();
    if (paths.size() > kMaxRecentProjects)
        paths.resize(kMaxRecentProjects);
    return paths;
}

void Settings::addRecentProject(const QString &path)
{
    const QString absolute = normalized(path);
    QStringList paths = recentProjects();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    setRecentProjects(paths);
    QVariantMap opened = m_settings.value(kRecentOpened).toMap();
    opened.insert(absolute, QDateTime::currentDateTimeUtc());
    // Only the listed projects keep a date.
    for (auto it = opened.begin(); it != opened.end();)
        it = paths.contains(it.key()) ? std::next(it) : opened.erase(it);
    m_settings.setValue(kRecentOpened, opened);
}

QDateTime Settings::recentProjectOpened(const QString &path) const
{
    return m_settings.value(kRecentOpened).toMap().value(normalized(path)).toDateTime();
}

QString Settings::riskPopulation(const QString &projectPath, const QString &dataset) const
{
    return m_settings.value(kRiskPopulation)
        .toMap()
        .value(normalized(projectPath))
        .toMap()
        .value(dataset)
        .toString();
}

void Settings::setRiskPopulation(const QString &projectPath, const QString &dataset,
                                 const QString &value)
{
    QVariantMap all = m_settings.value(kRiskPopulation).toMap();
    QVariantMap project = all.value(normalized(projectPath)).toMap();
    if (value.isEmpty())
        project.remove(dataset);
    else
        project.insert(dataset, value);
    if (project.isEmpty())
        all.remove(normalized(projectPath));
    else
        all.insert(normalized(projectPath), project);
    m_settings.setValue(kRiskPopulation, all);
}

void Settings::removeRecentProject(const QString &path)
{
    QStringList paths = recentProjects();
    paths.removeAll(normalized(path));
    paths.removeAll(path);
    setRecentProjects(paths);
}

void Settings::clearRecentProjects()
{
    m_settings.remove(kRecent);
    m_settings.remove(kRecentOpened);
}

void Settings::setRecentProjects(const QStringList &paths)
{
    m_settings.setValue(kRecent, paths.mid(0, kMaxRecentProjects));
}

QString Settings::lastProjectDirectory() const
{
    return directoryOrDocuments(kProjectDir);
}

void Settings::setLastProjectDirectory(const QString &directory)
{
    m_settings.setValue(kProjectDir, directory);
}

QString Settings::lastImportDirectory() const
{
    return directoryOrDocuments(kImportDir);
}

void Settings::setLastImportDirectory(const QString &directory)
{
    m_settings.setValue(kImportDir, directory);
}

QString Settings::directoryOrDocuments(const QString &key) const
{
    const QString stored = m_settings.value(key).toString();
    if (!stored.isEmpty() && QFileInfo(stored).isDir())
        return stored;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

} // namespace steward::ui
