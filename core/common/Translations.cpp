#include "core/common/Translations.h"

#include <QLocale>
#include <QString>
#include <QTranslator>

namespace steward {

bool loadStewardTranslation(QTranslator &translator, const QLocale &locale)
{
    if (translator.load(locale, QStringLiteral("steward"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        return true;
    return translator.load(QStringLiteral(":/i18n/steward_en.qm"));
}

} // namespace steward
