#include "ui/widgets/ErrorText.h"

#include "core/common/Error.h"
#include "ui/widgets/DisplayNames.h"

#include <QFileInfo>
#include <QLocale>

namespace steward::ui {

QString ErrorText::hint(const Error &error)
{
    switch (error.hint) {
    case ErrorHint::None:
        break;
    case ErrorHint::TryGb18030:
        return tr("If the file is in GB18030 or GBK, choose “GB18030 / GBK” in the Encoding box.");
    case ErrorHint::ChooseEncoding:
        return tr("The file may be in another encoding: choose it in the Encoding box.");
    }
    return {};
}

QString ErrorText::sentence(const Error &error)
{
    const QString advice = hint(error);
    const QString text = errorSentence(error.message);
    return advice.isEmpty() ? text : tr("%1 %2").arg(text, advice);
}

QString ErrorText::located(const Error &error)
{
    const QLocale locale;
    const QString file = QFileInfo(error.file).fileName();
    QString where;
    if (!file.isEmpty() && error.line > 0 && error.column > 0)
        where = tr("%1, line %2, column %3")
                    .arg(file, locale.toString(error.line), locale.toString(error.column));
    else if (!file.isEmpty() && error.line > 0)
        where = tr("%1, line %2").arg(file, locale.toString(error.line));
    else if (error.line > 0 && error.column > 0)
        where = tr("Line %1, column %2")
                    .arg(locale.toString(error.line), locale.toString(error.column));
    else if (error.line > 0)
        where = tr("Line %1").arg(locale.toString(error.line));
    else
        where = file;
    return where.isEmpty() ? sentence(error) : tr("%1: %2").arg(where, sentence(error));
}

} // namespace steward::ui
