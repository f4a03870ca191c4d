#include "core/classify/DecisionRequest.h"

namespace steward {

DecisionRequest DecisionRequest::confirm(const QString &field, const QString &reason)
{
    DecisionRequest r;
    r.field = field;
    r.kind = Kind::Confirm;
    r.reason = reason;
    return r;
}

DecisionRequest DecisionRequest::set(const QString &field, FieldRole role, int grade,
                                     std::optional<DataCategory> category, const QString &reason)
{
    DecisionRequest r;
    r.field = field;
    r.kind = Kind::Override;
    r.role = role;
    r.grade = grade;
    r.category = category;
    r.reason = reason;
    return r;
}

DecisionRequest DecisionRequest::reopen(const QString &field, const QString &reason)
{
    DecisionRequest r;
    r.field = field;
    r.kind = Kind::Reopen;
    r.reason = reason;
    return r;
}

} // namespace steward
