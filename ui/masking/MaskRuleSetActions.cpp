#include "ui/masking/MaskRuleSetActions.h"

#include "ui/widgets/DisplayNames.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/MenuButton.h"
#include "core/mask/MaskRuleService.h"
#include "core/mask/MaskTemplateStore.h"
#include "ui/masking/MaskRuleModel.h"
#include "ui/masking/MaskingView.h"
#include "core/store/ProjectStore.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QMenu>
#include <QMessageBox>
#include <QToolBar>
#include <QToolButton>

namespace steward::ui {

MaskRuleSetActions::MaskRuleSetActions(MaskingView *view)
    : QObject(view), m_view(view), m_presetMenu(new QMenu(view))
{
    setObjectName(QStringLiteral("maskRuleSetActions"));
    for (const QString &name : MaskPresets::names()) {
        const MaskPreset preset = *MaskPresets::fromName(name);
        QAction *a = m_presetMenu->addAction(MaskPresets::label(preset));
        a->setObjectName(QStringLiteral("preset_") + name);
        a->setToolTip(MaskPresets::description(preset));
        connect(a, &QAction::triggered, this, [this, preset] { applyPreset(preset); });
        if (preset == MaskPreset::HipaaSafeHarbor) {
            // Same as `rules --preset hipaa-safe-harbor --subject-pseudonym`.
            QAction *p = m_presetMenu->addAction(tr("%1, Subject Key as Pseudonym")
                                                     .arg(MaskPresets::label(preset)));
            p->setObjectName(QStringLiteral("preset_") + name
                             + QStringLiteral("_subject-pseudonym"));
            p->setToolTip(tr("As Safe Harbor, but the subject key becomes a keyed pseudonym "
                             "instead of being dropped. Safe Harbor allows such a code only if "
                             "the key is never disclosed and the code cannot be traced back "
                             "(45 CFR 164.514(c)): record why this holds."));
            connect(p, &QAction::triggered, this, [this, preset] {
                MaskPresetOptions options;
                options.subjectPseudonym = true;
                applyPreset(preset, options);
            });
        }
    }
    m_presetMenu->setToolTipsVisible(true);
    m_presetAction = new QAction(tr("Apply &Preset"), this);
    m_presetAction->setObjectName(QStringLiteral("applyPresetAction"));
    m_presetAction->setToolTip(tr("Rules for a kind of release, from the classification"));
    m_presetAction->setMenu(m_presetMenu);
    m_saveAction = new QAction(tr("Save as &Template…"), this);
    m_saveAction->setObjectName(QStringLiteral("saveMaskTemplateAction"));
    m_saveAction->setToolTip(tr("Keep these rules to apply them to the next extract"));
    m_applyAction = new QAction(tr("Apply Te&mplate…"), this);
    m_applyAction->setObjectName(QStringLiteral("applyMaskTemplateAction"));
    m_applyAction->setToolTip(tr("Set the rules from a saved template or a template file"));
    connect(m_saveAction, &QAction::triggered, this, &MaskRuleSetActions::saveTemplateWithDialog);
    connect(m_applyAction, &QAction::triggered, this, &MaskRuleSetActions::applyTemplateWithDialog);

    // Templates are one button with a menu, so that the tab's toolbar fits 1280 pixels.
    m_templateMenu = new QMenu(tr("Templates"), view);
    m_templateMenu->setObjectName(QStringLiteral("maskTemplateMenu"));
    m_templateMenu->addAction(m_applyAction);
    m_templateMenu->addAction(m_saveAction);
    m_templateMenu->setToolTipsVisible(true);

    QToolBar *toolBar = m_view->toolBar();
    toolBar->addSeparator();
    toolBar->addAction(m_presetAction);
    if (auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(m_presetAction)))
        setDropDownMenu(button, m_presetMenu);
    auto *templateButton = new QToolButton(toolBar);
    templateButton->setObjectName(QStringLiteral("maskTemplateButton"));
    templateButton->setText(tr("Templates"));
    templateButton->setToolTip(tr("Apply a saved template, or save these rules as one"));
    templateButton->setIcon(icon(IconId::Template));
    templateButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setDropDownMenu(templateButton, m_templateMenu);
    toolBar->addWidget(templateButton);
}

bool MaskRuleSetActions::applyPreset(MaskPreset preset, const MaskPresetOptions &options)
{
    if (!m_view->store() || !m_view->hasDataset())
        return false;
    const auto rules = MaskPresets::rules(preset, m_view->ruleModel()->classification(), options);
    // Only the fields that change are written (one undo step), but the audit entry is the
    // CLI's (`rules --preset`).
    return m_view->applyRuleSet(rules, std::nullopt,
                                tr("Apply preset %1").arg(MaskPresets::label(preset)),
                                QStringLiteral("rules.preset"),
                                MaskRuleService::presetAuditDetail(preset, options));
}

bool MaskRuleSetActions::saveTemplate(const QString &name)
{
    ProjectStore *store = m_view->store();
    if (!store || !m_view->hasDataset())
        return false;
    MaskTemplateStore templates(*store);
    auto tmpl = templates.fromDataset(m_view->dataset(), name);
    Status saved = tmpl ? templates.save(*tmpl) : Status(tmpl.error());
    if (!saved) {
        m_view->showNotice(tr("The template could not be saved: %1")
                               .arg(errorSentence(saved.error().message)));
        return false;
    }
    m_view->showNotice(tr("Saved the rules as template “%1”.").arg(name.trimmed()));
    return true;
}

bool MaskRuleSetActions::applyTemplate(const QString &nameOrFile)
{
    ProjectStore *store = m_view->store();
    if (!store || !m_view->hasDataset())
        return false;
    MaskTemplateStore templates(*store);
    const bool isFile = QFileInfo(nameOrFile).isAbsolute() && QFileInfo::exists(nameOrFile);
    auto tmpl = isFile ? MaskTemplate::loadFile(nameOrFile) : templates.load(nameOrFile);
    if (!tmpl) {
        m_view->showNotice(tr("The template could not be read: %1")
                               .arg(errorSentence(tmpl.error().message)));
        return false;
    }
    QStringList columns;
    for (const ColumnInfo &c : m_view->dataset().columns)
        columns.append(c.name);
    // Relative files of a template file are next to it; of a stored one, next to the project.
    const QString base = isFile ? QFileInfo(nameOrFile).absolutePath()
                                : QFileInfo(store->path()).absolutePath();
    auto application = tmpl->apply(columns, base);
    if (!application) {
        m_view->showNotice(tr("The template does not fit this dataset: %1")
                               .arg(errorSentence(application.error().message)));
        return false;
    }
    // As `rules --template`: the dataset's masking becomes the template's — fields it does not
    // cover are kept (their rules cleared) and its record suppression replaces the stored one.
    QList<std::pair<QString, MaskRule>> rules = application->rules;
    for (const QString &field : std::as_const(application->uncovered))
        rules.append({field, MaskRule(MaskOperator::Keep)});
    const QJsonObject detail{
        {QStringLiteral("template"), tmpl->name},
        {QStringLiteral("missing"), QJsonArray::fromStringList(application->missing)},
        {QStringLiteral("uncovered"), QJsonArray::fromStringList(application->uncovered)}};
    if (!m_view->applyRuleSet(rules, std::optional(application->suppression),
                              tr("Apply template %1").arg(tmpl->name),
                              QStringLiteral("rules.template.apply"), detail))
        return false;
    // What next month's extract changed: said, not hidden.
    QStringList notes;
    if (!application->missing.isEmpty())
        notes << tr("The template has rules for fields this dataset does not have: %1.")
                     .arg(application->missing.join(QStringLiteral(", ")));
    if (!application->uncovered.isEmpty())
        notes << tr("New fields without a rule in the template (kept unchanged until you decide): %1.")
                     .arg(application->uncovered.join(QStringLiteral(", ")));
    if (!application->suppressionMissing.isEmpty())
        notes << tr("Quasi-identifiers of the template's record suppression that are missing: %1.")
                     .arg(application->suppressionMissing.join(QStringLiteral(", ")));
    m_view->showNotice(notes.isEmpty()
                           ? tr("Applied template “%1”: every field is covered.").arg(tmpl->name)
                           : tr("Applied template “%1”. %2").arg(tmpl->name, notes.join(u' ')));
    return true;
}

void MaskRuleSetActions::saveTemplateWithDialog()
{
    ProjectStore *store = m_view->store();
    if (!store || !m_view->hasDataset())
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(m_view, tr("Save as Template"), tr("Template name:"),
                              QLineEdit::Normal, m_view->dataset().name, &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    auto exists = MaskTemplateStore(*store).contains(name);
    if (exists && *exists
        && QMessageBox::question(m_view, tr("Save as Template"),
                                 tr("A template named “%1” exists. Replace it?").arg(name))
               != QMessageBox::Yes)
        return;
    saveTemplate(name);
}

void MaskRuleSetActions::applyTemplateWithDialog()
{
    ProjectStore *store = m_view->store();
    if (!store || !m_view->hasDataset())
        return;
    auto list = MaskTemplateStore(*store).list();
    if (!list) {
        m_view->showNotice(tr("The templates could not be read: %1")
                               .arg(errorSentence(list.error().message)));
        return;
    }
    QStringList items;
    for (const MaskTemplateInfo &t : std::as_const(*list))
        items << (t.readable ? t.name : tr("%1 (damaged)").arg(t.name));
    items << tr("From a file…"); // always the last item
    bool ok = false;
    const QString choice = QInputDialog::getItem(m_view, tr("Apply Template"),
                                                 tr("Template to apply to “%1”:")
                                                     .arg(m_view->dataset().name),
                                                 items, 0, false, &ok);
    if (!ok)
        return;
    // By position, so that a template named like the file item is still a template.
    const qsizetype index = items.indexOf(choice);
    if (index >= 0 && index < list->size()) {
        applyTemplate(list->at(index).name);
        return;
    }
    const QString file = QFileDialog::getOpenFileName(
        m_view, tr("Apply Template"), QString(), tr("Masking templates (*.json);;All files (*)"));
    if (!file.isEmpty())
        applyTemplate(QFileInfo(file).absoluteFilePath());
}

} // namespace steward::ui
