#pragma once

#include "core/common/Result.h"
#include "core/hierarchy/HierarchySpec.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <string>
#include <string_view>

namespace steward {

// A built-in hierarchy as a function: the label of any value at any level. Level 0 is the value
// itself, height() is always "*". Values a builder cannot read (an invalid date, a number that is
// not one, a code of the wrong shape) go to "*" at every level ≥ 1, so no record is ever dropped;
// the empty value (missing data) stays empty at every level below the top. Thread-safe.
class Generalizer final {
    Q_DECLARE_TR_FUNCTIONS(steward::Generalizer)
public:
    static Result<Generalizer> create(const HierarchySpec &spec);

    const HierarchySpec &spec() const;
    int height() const;
    // The label of `value` at `level` (0 … height()).
    std::string label(std::string_view value, int level) const;
    // Whether `value` is readable by the builder (false: it goes to "*" above level 0).
    bool readable(std::string_view value) const;
    // Short name of a level, translated: "day", "month", "5-year band", "3 digits kept", "*".
    QString levelName(int level) const;
    // The generalisation in words for documents (translated), e.g. "5-year bands, 90 and over
    // together", "month of the date", "first 3 characters kept".
    QString describe(int level) const;

private:
    struct Impl;
    std::shared_ptr<const Impl> m_impl;
};

} // namespace steward
