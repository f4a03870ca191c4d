#include "core/classify/FieldDecision.h"

namespace steward {

bool FieldDecision::isOverride() const
{
    return confirmed && hasValues && hasBasis
        && (role != basisRole || category != basisCategory || grade != basisGrade);
}

} // namespace steward
