#include "core/classify/DatasetClassification.h"

#include <algorithm>

namespace steward {

DatasetGrade DatasetClassification::grade() const
{
    DatasetGrade g;
    g.fieldCount = int(fields.size());
    for (const FieldClassification &f : fields) {
        if (f.decision.confirmed && f.decision.hasValues)
            g.grade = std::max(g.grade, f.decision.grade);
        g.suggestedGrade = std::max(g.suggestedGrade, f.effectiveGrade());
        if (f.needsDecision())
            g.needsDecision.append(f.name);
        else
            ++g.confirmedCount;
    }
    return g;
}

int DatasetClassification::indexOf(const QString &field) const
{
    for (int i = 0; i < fields.size(); ++i) {
        if (fields.at(i).name == field)
            return i;
    }
    return -1;
}

QStringList DatasetClassification::needsDecision() const
{
    QStringList names;
    for (const FieldClassification &f : fields) {
        if (f.needsDecision())
            names.append(f.name);
    }
    return names;
}

} // namespace steward
