#include "ui/classification/DataDictionaryExport.h"

#include "ui/classification/ClassificationView.h"
#include "ui/widgets/Icons.h"
#include "ui/Settings.h"
#include "core/classify/ClassificationService.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace steward::ui {

DataDictionaryExport::DataDictionaryExport(ClassificationView *view)
    : QObject(view), m_view(view),
      m_action(new QAction(icon(IconId::Export), tr("Export &Dictionary…"), this))
{
    setObjectName(QStringLiteral("dataDictionaryExport"));
    m_action->setObjectName(QStringLiteral("exportDictionaryAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_action->setIconText(tr("Export Dictionary"));
    m_action->setToolTip(
        tr("Write the data dictionary (field, type, role, category, grade, evidence, decision, "
           "reason) as CSV or JSON"));
    m_view->addAction(m_action);
    connect(m_action, &QAction::triggered, this, &DataDictionaryExport::exportWithDialog);
}

void DataDictionaryExport::updateAction()
{
    m_action->setEnabled(m_view->service() != nullptr && m_view->hasDataset());
}

bool DataDictionaryExport::exportDictionary(const QString &path, DataDictionary::Format format)
{
    ClassificationService *service = m_view->service();
    if (!service || !m_view->hasDataset())
        return false;
    Result<int> written = service->exportDictionary(m_view->dataset().name, path, format);
    if (!written) {
        m_view->showError(tr("The data dictionary was not written."), written.error());
        return false;
    }
    emit message(tr("Exported the data dictionary of %Ln field(s) to %1.", nullptr, *written)
                     .arg(QDir::toNativeSeparators(path)));
    return true;
}

void DataDictionaryExport::exportWithDialog()
{
    if (!m_view->hasDataset())
        return;
    Settings settings;
    const QString csvFilter = tr("CSV (*.csv)");
    const QString jsonFilter = tr("JSON (*.json)");
    QString selected = csvFilter;
    QString path = QFileDialog::getSaveFileName(
        m_view, tr("Export Data Dictionary"),
        QDir(settings.lastImportDirectory())
            .filePath(tr("%1 dictionary").arg(m_view->dataset().name) + QStringLiteral(".csv")),
        csvFilter + QStringLiteral(";;") + jsonFilter, &selected);
    if (path.isEmpty())
        return;
    DataDictionary::Format format = selected == jsonFilter ? DataDictionary::Format::Json
                                                           : DataDictionary::Format::Csv;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json"))
        format = DataDictionary::Format::Json;
    else if (suffix == QLatin1String("csv"))
        format = DataDictionary::Format::Csv;
    else
        path += format == DataDictionary::Format::Json ? QStringLiteral(".json")
                                                       : QStringLiteral(".csv");
    exportDictionary(path, format);
}

} // namespace steward::ui
