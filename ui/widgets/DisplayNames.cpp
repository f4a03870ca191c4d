#include "ui/widgets/DisplayNames.h"

#include <QLocale>

#include <algorithm>

namespace steward::ui {

QString DisplayNames::encodingDisplayName(const QString &encodingName)
{
    const QString name = encodingName.toLower();
    if (name == QLatin1String("utf-8"))
        return QStringLiteral("UTF-8");
    if (name == QLatin1String("gb18030"))
        return QStringLiteral("GB18030");
    if (name == QLatin1String("utf-16le"))
        return QStringLiteral("UTF-16 LE");
    if (name == QLatin1String("utf-16be"))
        return QStringLiteral("UTF-16 BE");
    if (name == QLatin1String("xlsx"))
        return tr("Excel workbook");
    if (name == QLatin1String("xls"))
        return tr("Excel 97–2003 workbook");
    return encodingName;
}

QString DisplayNames::rowCountText(qint64 rows)
{
    if (rows == 1)
        return tr("1 row");
    return tr("%1 rows").arg(QLocale().toString(rows));
}

QString DisplayNames::columnCountText(qint64 columns)
{
    if (columns == 1)
        return tr("1 column");
    return tr("%1 columns").arg(QLocale().toString(columns));
}

QString DisplayNames::fieldListText(const QStringList &fields)
{
    if (fields.size() == 1)
        return tr("“%1”").arg(fields.front());
    return tr("%Ln field(s)", nullptr, int(fields.size()));
}

QString errorSentence(const QString &message)
{
    QString sentence = message.trimmed();
    if (sentence.isEmpty())
        return sentence;
    sentence[0] = sentence.at(0).toUpper();
    static const QString endings = QStringLiteral(".!?。！？");
    if (!endings.contains(sentence.back())) {
        // A message written mostly in Chinese (a dataset or field name in the other script
        // does not count for much) ends with the ideographic full stop.
        const auto han = std::count_if(sentence.cbegin(), sentence.cend(), [](QChar c) {
            return c.script() == QChar::Script_Han;
        });
        const auto latin = std::count_if(sentence.cbegin(), sentence.cend(), [](QChar c) {
            return c.script() == QChar::Script_Latin;
        });
        sentence += han > latin ? QStringLiteral("。") : QStringLiteral(".");
    }
    return sentence;
}

} // namespace steward::ui
