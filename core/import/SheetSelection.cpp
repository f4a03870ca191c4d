#include "core/import/SheetSelection.h"

namespace steward {

Result<int> SheetSelection::select(const QStringList &names, const QString &wanted,
                                   const QString &filePath)
{
    if (names.isEmpty()) {
        return Error::badInput(
            tr("the workbook has no worksheet"),
            filePath);
    }
    if (wanted.isEmpty())
        return 0;
    for (int i = 0; i < names.size(); ++i) {
        if (names[i] == wanted)
            return i;
    }
    for (int i = 0; i < names.size(); ++i) {
        if (names[i].compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    }
    bool isNumber = false;
    const int index = wanted.trimmed().toInt(&isNumber);
    if (isNumber && index >= 1 && index <= names.size())
        return index - 1;
    return Error::badInput(
        tr("the workbook has no sheet \"%1\"; its sheets are: %2")
            .arg(wanted, names.join(QLatin1String(", "))),
        filePath);
}

} // namespace steward
