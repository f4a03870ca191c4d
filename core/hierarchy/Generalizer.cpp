#include "core/hierarchy/Generalizer.h"

#include "core/hierarchy/DateLevels.h"
#include "core/hierarchy/FlatLevels.h"
#include "core/hierarchy/GroupLevels.h"
#include "core/hierarchy/Icd10Levels.h"
#include "core/hierarchy/IntervalLevels.h"
#include "core/hierarchy/LevelText.h"
#include "core/hierarchy/RedactLevels.h"
#include "core/hierarchy/RegionLevels.h"
#include "core/hierarchy/SpecCheck.h"
#include "core/hierarchy/TableLevels.h"

namespace steward {

struct Generalizer::Impl {
    HierarchySpec spec;
    std::unique_ptr<const LevelFunction> levels;
};

Result<Generalizer> Generalizer::create(const HierarchySpec &spec)
{
    if (const std::optional<SpecProblem> problem = checkSpec(spec))
        return Error::usage(problem->message);
    auto impl = std::make_shared<Impl>();
    impl->spec = spec;
    switch (spec.kind) {
    case HierarchySpec::Kind::Date:
        impl->levels = std::make_unique<DateLevels>(spec.decade);
        break;
    case HierarchySpec::Kind::Interval:
        impl->levels = std::make_unique<IntervalLevels>(spec);
        break;
    case HierarchySpec::Kind::Redact:
        impl->levels = std::make_unique<RedactLevels>(spec.keep);
        break;
    case HierarchySpec::Kind::Region:
        impl->levels = std::make_unique<RegionLevels>();
        break;
    case HierarchySpec::Kind::Icd10:
        impl->levels = std::make_unique<Icd10Levels>();
        break;
    case HierarchySpec::Kind::Flat:
        impl->levels = std::make_unique<FlatLevels>();
        break;
    case HierarchySpec::Kind::Groups:
        impl->levels = std::make_unique<GroupLevels>(spec);
        break;
    case HierarchySpec::Kind::Table: {
        Result<Hierarchy> table = Hierarchy::fromRows(spec.rows, tr("stored hierarchy"));
        if (!table)
            return table.error();
        impl->levels
            = std::make_unique<TableLevels>(std::make_shared<const Hierarchy>(std::move(*table)));
        break;
    }
    }
    Generalizer generalizer;
    generalizer.m_impl = std::move(impl);
    return generalizer;
}

const HierarchySpec &Generalizer::spec() const
{
    return m_impl->spec;
}

int Generalizer::height() const
{
    return m_impl->levels->height();
}

std::string Generalizer::label(std::string_view value, int level) const
{
    if (level <= 0)
        return std::string(value);
    const LevelFunction &levels = *m_impl->levels;
    std::string out;
    if (level >= levels.height()) {
        if (levels.topLabel(value, out))
            return out;
        return std::string("*");
    }
    if (levels.label(value, level, out))
        return out;
    if (leveltext::trim(value).empty())
        return {};
    return std::string("*");
}

bool Generalizer::readable(std::string_view value) const
{
    return leveltext::trim(value).empty() || m_impl->levels->readable(value);
}

QString Generalizer::levelName(int level) const
{
    if (level <= 0)
        return tr("value");
    if (level >= height())
        return QStringLiteral("*");
    return m_impl->levels->levelName(level);
}

QString Generalizer::describe(int level) const
{
    if (level <= 0)
        return tr("the value itself");
    if (level >= height())
        return tr("every value replaced by *");
    return m_impl->levels->describe(level);
}

} // namespace steward
