#include "core/common/CsvText.h"

#include <QStringView>

namespace steward {

QByteArray CsvText::field(const QString &value, bool numeric)
{
    QString text = value;
    if (!numeric && !text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    QByteArray utf8 = text.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        utf8.replace("\"", "\"\"");
        utf8 = '"' + utf8 + '"';
    }
    return utf8;
}

} // namespace steward
