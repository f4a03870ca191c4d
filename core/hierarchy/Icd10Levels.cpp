#include "core/hierarchy/Icd10Levels.h"

#include "core/hierarchy/Icd10Codes.h"

namespace steward {

bool Icd10Levels::label(std::string_view value, int level, std::string &out) const
{
    char category[3];
    const std::optional<int> key = icd10::category(value, category);
    if (!key)
        return false;
    const char *text = nullptr;
    switch (level) {
    case 1:
        out.assign(category, 3);
        return true;
    case 2:
        text = icd10::block(*key);
        if (!text) {
            out.assign(category, 3);
            return true;
        }
        break;
    case 3:
        text = icd10::chapter(*key);
        break;
    default:
        return false;
    }
    if (!text)
        return false;
    out.assign(text);
    return true;
}

QString Icd10Levels::levelName(int level) const
{
    switch (level) {
    case 1:
        return tr("category");
    case 2:
        return tr("block");
    case 3:
        return tr("chapter");
    default:
        return {};
    }
}

QString Icd10Levels::describe(int level) const
{
    switch (level) {
    case 1:
        return tr("ICD-10 category (3 characters)");
    case 2:
        return tr("ICD-10 block (I20-I25)");
    case 3:
        return tr("ICD-10 chapter (I00-I99)");
    default:
        return {};
    }
}

} // namespace steward
