#include "ui/risk/HierarchyText.h"

#include "ui/masking/MaskRuleModel.h"

#include "core/hierarchy/Generalizer.h"

#include <QLocale>
#include <QStringList>

namespace steward::ui {

QString HierarchyText::levels(const HierarchySpec &spec)
{
    const auto generalizer = Generalizer::create(spec);
    if (!generalizer)
        return spec.builderName();
    QStringList names;
    for (int level = 0; level <= generalizer->height(); ++level)
        names.append(generalizer->levelName(level));
    return tr("%1: %2").arg(spec.builderName(), names.join(QStringLiteral(" → ")));
}

QString HierarchyText::levelName(const HierarchySpec &spec, int level)
{
    if (const auto generalizer = Generalizer::create(spec);
        generalizer && level >= 0 && level <= generalizer->height())
        return generalizer->levelName(level);
    return tr("level %1").arg(QLocale().toString(level));
}

QString HierarchyText::floorOf(const std::optional<MaskRule> &rule,
                               const std::optional<HierarchySpec> &storedHierarchy)
{
    if (!rule || rule->op() == MaskOperator::Keep)
        return {};
    if (rule->op() != MaskOperator::Hierarchy)
        return MaskRuleModel::ruleText(*rule);
    bool ok = false;
    const int level = rule->param(u"level").toInt(&ok);
    if (!ok || level <= 0)
        return ok ? QString() : MaskRuleModel::ruleText(*rule);
    if (const QString builder = rule->param(u"builder"); !builder.isEmpty()) {
        if (const auto spec = HierarchySpec::parse(builder))
            return levelName(*spec, level);
    } else if (rule->param(u"file").isEmpty() && storedHierarchy) {
        return levelName(*storedHierarchy, level);
    }
    return tr("level %1").arg(QLocale().toString(level));
}

} // namespace steward::ui
