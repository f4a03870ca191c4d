#include "ui/classification/ClassificationTemplateActions.h"

#include "ui/classification/ClassificationView.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/MenuButton.h"
#include "ui/Settings.h"
#include "core/classify/ClassificationService.h"
#include "core/classify/ClassificationTemplate.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QToolBar>
#include <QToolButton>

#include <algorithm>

namespace steward::ui {

ClassificationTemplateActions::ClassificationTemplateActions(ClassificationView *view)
    : QObject(view), m_view(view)
{
    setObjectName(QStringLiteral("classificationTemplateActions"));
    const auto make = [this](const char *name, const QString &text, IconId iconId) {
        auto *action = new QAction(icon(iconId), text, this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(action);
        return action;
    };
    m_applyDatasetAction = make("applyDatasetAction", tr("Apply from &Dataset…"), IconId::Apply);
    m_applyDatasetAction->setIconText(tr("Apply from Dataset"));
    m_applyDatasetAction->setToolTip(
        tr("Take over the decisions of another dataset for fields with the same name; only new "
           "or changed fields then need a decision"));
    m_applyTemplateAction = make("applyTemplateAction", tr("&Apply Template…"), IconId::Template);
    m_saveTemplateAction = make("saveTemplateAction", tr("&Save as Template…"), IconId::Template);
    m_exportTemplateAction =
        make("exportTemplateAction", tr("&Export Template to File…"), IconId::Export);

    m_templateMenu = new QMenu(tr("Templates"), m_view);
    m_templateMenu->setObjectName(QStringLiteral("templateMenu"));
    m_templateMenu->addAction(m_applyTemplateAction);
    m_templateMenu->addAction(m_saveTemplateAction);
    m_templateMenu->addAction(m_exportTemplateAction);

    connect(m_applyDatasetAction, &QAction::triggered, this,
            &ClassificationTemplateActions::applyFromDatasetWithDialog);
    connect(m_applyTemplateAction, &QAction::triggered, this,
            &ClassificationTemplateActions::applyTemplateWithDialog);
    connect(m_saveTemplateAction, &QAction::triggered, this,
            &ClassificationTemplateActions::saveTemplateWithDialog);
    connect(m_exportTemplateAction, &QAction::triggered, this,
            &ClassificationTemplateActions::exportTemplateWithDialog);
}

void ClassificationTemplateActions::addToToolBar(QToolBar *toolBar)
{
    toolBar->addAction(m_applyDatasetAction);
    auto *templateButton = new QToolButton(toolBar);
    templateButton->setObjectName(QStringLiteral("templateButton"));
    templateButton->setText(tr("Templates"));
    templateButton->setIcon(icon(IconId::Template));
    templateButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setDropDownMenu(templateButton, m_templateMenu);
    toolBar->addWidget(templateButton);
}

void ClassificationTemplateActions::updateActions()
{
    const bool dataset = m_view->service() != nullptr && m_view->hasDataset();
    const bool running = m_view->isProfiling();
    const bool analyzed = dataset && m_view->classification().analyzed;
    const QList<DatasetInfo> &datasets = m_view->datasets();
    const qint64 shown = m_view->dataset().id;
    const bool otherDatasets = std::any_of(datasets.cbegin(), datasets.cend(),
                                           [shown](const DatasetInfo &d) { return d.id != shown; });
    m_applyDatasetAction->setEnabled(analyzed && !running && otherDatasets);
    m_applyTemplateAction->setEnabled(analyzed && !running);
    const bool anyConfirmed = dataset && m_view->classification().grade().confirmedCount > 0;
    m_saveTemplateAction->setEnabled(anyConfirmed);
    m_exportTemplateAction->setEnabled(anyConfirmed);
}

bool ClassificationTemplateActions::applyFromDataset(const QString &source)
{
    ClassificationService *service = m_view->service();
    if (!service || !m_view->hasDataset())
        return false;
    return recordApplied(service->applyFromDataset(m_view->dataset().name, source),
                         tr("The classification of “%1” was not applied.").arg(source),
                         tr("Apply Dataset “%1”").arg(source),
                         tr("the decisions of “%1”").arg(source));
}

bool ClassificationTemplateActions::applyTemplate(const ClassificationTemplate &tmpl)
{
    ClassificationService *service = m_view->service();
    if (!service || !m_view->hasDataset())
        return false;
    return recordApplied(service->applyTemplate(m_view->dataset().name, tmpl),
                         tr("The template “%1” was not applied.").arg(tmpl.name),
                         tr("Apply Template “%1”").arg(tmpl.name),
                         tr("the template “%1”").arg(tmpl.name));
}

bool ClassificationTemplateActions::recordApplied(const Result<DecisionBatch> &batch,
                                                  const QString &failure,
                                                  const QString &undoText, const QString &source)
{
    if (!batch) {
        m_view->showError(failure, batch.error());
        return false;
    }
    m_view->recordApplied(*batch, undoText, source);
    return true;
}

bool ClassificationTemplateActions::saveTemplate(const QString &name)
{
    ClassificationService *service = m_view->service();
    if (!service || !m_view->hasDataset())
        return false;
    Result<ClassificationTemplate> tmpl = service->makeTemplate(m_view->dataset().name, name);
    if (!tmpl) {
        m_view->showError(tr("The template was not saved."), tmpl.error());
        return false;
    }
    if (Status saved = service->saveTemplate(*tmpl); !saved) {
        m_view->showError(tr("The template was not saved."), saved.error());
        return false;
    }
    emit message(tr("Saved the template “%1” with %Ln field(s).", nullptr, int(tmpl->fields.size()))
                     .arg(name));
    return true;
}

bool ClassificationTemplateActions::exportTemplate(const QString &path)
{
    ClassificationService *service = m_view->service();
    if (!service || !m_view->hasDataset())
        return false;
    Result<ClassificationTemplate> tmpl =
        service->makeTemplate(m_view->dataset().name, QFileInfo(path).completeBaseName());
    if (!tmpl) {
        m_view->showError(tr("The template was not written."), tmpl.error());
        return false;
    }
    if (Status saved = tmpl->saveFile(path); !saved) {
        m_view->showError(tr("The template was not written."), saved.error());
        return false;
    }
    emit message(tr("Wrote the template to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ClassificationTemplateActions::applyFromDatasetWithDialog()
{
    QStringList names;
    for (const DatasetInfo &d : m_view->datasets()) {
        if (d.id != m_view->dataset().id)
            names << d.name;
    }
    if (names.isEmpty())
        return;
    bool ok = false;
    const QString source = QInputDialog::getItem(
        m_view, tr("Apply from Dataset"),
        tr("Take over the confirmed decisions of this dataset for fields with the same name:"),
        names, 0, false, &ok);
    if (ok && !source.isEmpty())
        applyFromDataset(source);
}

void ClassificationTemplateActions::applyTemplateWithDialog()
{
    ClassificationService *service = m_view->service();
    if (!service)
        return;
    QStringList names;
    if (Result<QStringList> stored = service->templateNames())
        names = *stored;
    const QString fromFile = tr("From a file…");
    QString choice = fromFile;
    if (!names.isEmpty()) {
        bool ok = false;
        choice = QInputDialog::getItem(m_view, tr("Apply Template"),
                                       tr("Apply the decisions of this template:"),
                                       names + QStringList{fromFile}, 0, false, &ok);
        if (!ok)
            return;
    }
    if (choice == fromFile) {
        Settings settings;
        const QString path = QFileDialog::getOpenFileName(
            m_view, tr("Apply Template"), settings.lastImportDirectory(),
            tr("Classification templates (*.json);;All files (*)"));
        if (path.isEmpty())
            return;
        Result<ClassificationTemplate> tmpl = ClassificationTemplate::loadFile(path);
        if (!tmpl) {
            m_view->showError(tr("The template cannot be read."), tmpl.error());
            return;
        }
        applyTemplate(*tmpl);
        return;
    }
    Result<ClassificationTemplate> tmpl = service->loadTemplate(choice);
    if (!tmpl) {
        m_view->showError(tr("The template cannot be read."), tmpl.error());
        return;
    }
    applyTemplate(*tmpl);
}

void ClassificationTemplateActions::saveTemplateWithDialog()
{
    if (!m_view->hasDataset())
        return;
    const QString dataset = m_view->dataset().name;
    bool ok = false;
    const QString name = QInputDialog::getText(
        m_view, tr("Save as Template"),
        tr("Name of the template (the confirmed decisions of “%1”):").arg(dataset),
        QLineEdit::Normal, dataset, &ok).trimmed();
    if (ok && !name.isEmpty())
        saveTemplate(name);
}

void ClassificationTemplateActions::exportTemplateWithDialog()
{
    if (!m_view->hasDataset())
        return;
    Settings settings;
    const QString path = QFileDialog::getSaveFileName(
        m_view, tr("Export Template"),
        QDir(settings.lastImportDirectory())
            .filePath(m_view->dataset().name + QStringLiteral(".json")),
        tr("Classification templates (*.json)"));
    if (!path.isEmpty())
        exportTemplate(path);
}

} // namespace steward::ui
