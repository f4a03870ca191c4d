#include "core/common/Error.h"

#include <QCoreApplication>

namespace steward {

QString Error::toString() const
{
    QString prefix;
    if (!file.isEmpty()) {
        prefix = file;
        if (line > 0) {
            prefix += QLatin1Char(':') + QString::number(line);
            if (column > 0)
                prefix += QLatin1Char(':') + QString::number(column);
        }
        prefix += QLatin1String(": ");
    }
    return prefix + QLatin1String("error: ") + commandLineMessage();
}

QString Error::commandLineMessage() const
{
    switch (hint) {
    case ErrorHint::None:
        break;
    case ErrorHint::TryGb18030:
        return tr("%1 (if the file is in GB18030 or GBK, import it with --encoding gb18030)")
            .arg(message);
    case ErrorHint::ChooseEncoding:
        return tr("%1 (the file may be in another encoding; choose it with --encoding)")
            .arg(message);
    }
    return message;
}

QString Error::codeName() const
{
    switch (code) {
    case ErrorCode::Usage: return QStringLiteral("usage");
    case ErrorCode::BadInput: return QStringLiteral("bad_input");
    case ErrorCode::Policy: return QStringLiteral("policy");
    case ErrorCode::Verification: return QStringLiteral("verification");
    case ErrorCode::Internal: return QStringLiteral("internal");
    case ErrorCode::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("internal");
}

Error Error::badInput(const QString &message, const QString &file, qint64 line, qint64 column)
{
    return Error{ErrorCode::BadInput, message, file, line, column};
}

Error Error::internal(const QString &message)
{
    return Error{ErrorCode::Internal, message, {}, 0, 0};
}

Error Error::cancelled()
{
    return Error{ErrorCode::Cancelled, tr("Cancelled."), {}, 0, 0};
}

Error Error::usage(const QString &message)
{
    return Error{ErrorCode::Usage, message, {}, 0, 0};
}

} // namespace steward
