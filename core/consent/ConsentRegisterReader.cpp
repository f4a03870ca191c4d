#include "core/consent/ConsentRegisterReader.h"

#include "core/import/DateText.h"

#include <QDate>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace steward {

namespace {

// Header names compare without case, spaces, '_' and '-': "Subject ID" = "subject_id".
QString headerKey(QStringView text)
{
    QString key;
    key.reserve(text.size());
    for (const QChar c : text.trimmed()) {
        if (c.isSpace() || c == QLatin1Char('_') || c == QLatin1Char('-'))
            continue;
        key.append(c);
    }
    return key.toCaseFolded();
}

bool isBlank(std::string_view cell)
{
    for (const char c : cell) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return QString::fromUtf8(cell.data(), qsizetype(cell.size())).trimmed().isEmpty();
    }
    return true;
}

QString cellText(std::string_view cell)
{
    return QString::fromUtf8(cell.data(), qsizetype(cell.size())).trimmed();
}

int findColumn(const QStringList &headers, const QStringList &aliases)
{
    QSet<QString> keys;
    for (const QString &a : aliases)
        keys.insert(headerKey(a));
    for (int i = 0; i < headers.size(); ++i) {
        if (keys.contains(headerKey(headers.at(i))))
            return i;
    }
    return -1;
}

bool isScopeSeparator(QChar c)
{
    return c == QLatin1Char(';') || c == QLatin1Char(',') || c == QLatin1Char('|')
        || c == QChar(0xFF1B) /* ； */ || c == QChar(0xFF0C) /* ， */ || c == QChar(0x3001) /* 、 */;
}

} // namespace

QString consentStatusName(ConsentStatus status)
{
    switch (status) {
    case ConsentStatus::Granted:
        return QStringLiteral("granted");
    case ConsentStatus::Withdrawn:
        return QStringLiteral("withdrawn");
    case ConsentStatus::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

std::optional<ConsentStatus> consentStatusFromText(QStringView text)
{
    static const QHash<QString, ConsentStatus> names = [] {
        QHash<QString, ConsentStatus> h;
        for (const char16_t *s : {u"granted", u"grant", u"given", u"yes", u"y", u"agreed", u"agree",
                                  u"consented", u"同意", u"已同意", u"是"})
            h.insert(QString::fromUtf16(s), ConsentStatus::Granted);
        for (const char16_t *s : {u"withdrawn", u"withdraw", u"withdrew", u"revoked", u"撤回",
                                  u"已撤回", u"撤销", u"已撤销"})
            h.insert(QString::fromUtf16(s), ConsentStatus::Withdrawn);
        for (const char16_t *s : {u"refused", u"refuse", u"declined", u"denied", u"no", u"n",
                                  u"拒绝", u"已拒绝", u"不同意", u"否"})
            h.insert(QString::fromUtf16(s), ConsentStatus::Refused);
        return h;
    }();
    const auto it = names.constFind(text.trimmed().toString().toCaseFolded());
    if (it == names.constEnd())
        return std::nullopt;
    return *it;
}

QString normalizedSubjectKey(QStringView value)
{
    return value.trimmed().toString().toUpper();
}

QString normalizedPurpose(QStringView purpose)
{
    return purpose.trimmed().toString().toCaseFolded();
}

QString normalizedScope(QStringView scope)
{
    QStringList purposes;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= scope.size(); ++i) {
        if (i < scope.size() && !isScopeSeparator(scope.at(i)))
            continue;
        const QString purpose = normalizedPurpose(scope.mid(start, i - start));
        if (!purpose.isEmpty() && !purposes.contains(purpose))
            purposes.append(purpose);
        start = i + 1;
    }
    if (purposes.contains(QStringLiteral("*")))
        return QStringLiteral("*");
    return purposes.join(QLatin1Char(';'));
}

bool scopeCovers(QStringView storedScope, QStringView purpose)
{
    if (purpose.isEmpty())
        return false;
    if (storedScope == u"*")
        return true;
    for (const QStringView p : storedScope.split(QLatin1Char(';'))) {
        if (p == purpose)
            return true;
    }
    return false;
}

QStringList ConsentRegisterReader::subjectHeaders()
{
    return {QStringLiteral("subject"), QStringLiteral("subject_id"), QStringLiteral("subject_key"),
            QStringLiteral("patient_id"), QStringLiteral("patient"), QStringLiteral("person_id"),
            QStringLiteral("id_number"), QStringLiteral("resident_id"), QStringLiteral("mrn"),
            QStringLiteral("medical_record_number"), QStringLiteral("患者ID"),
            QStringLiteral("患者编号"), QStringLiteral("身份证号"), QStringLiteral("身份证号码"),
            QStringLiteral("证件号码"), QStringLiteral("病案号"), QStringLiteral("住院号"),
            QStringLiteral("受试者编号")};
}

QStringList ConsentRegisterReader::statusHeaders()
{
    return {QStringLiteral("status"), QStringLiteral("consent"), QStringLiteral("consent_status"),
            QStringLiteral("decision"), QStringLiteral("状态"), QStringLiteral("同意状态"),
            QStringLiteral("知情同意")};
}

QStringList ConsentRegisterReader::scopeHeaders()
{
    return {QStringLiteral("scope"), QStringLiteral("purposes"), QStringLiteral("purpose"),
            QStringLiteral("consent_scope"), QStringLiteral("用途"), QStringLiteral("范围"),
            QStringLiteral("同意范围"), QStringLiteral("使用范围")};
}

QStringList ConsentRegisterReader::dateHeaders()
{
    return {QStringLiteral("date"), QStringLiteral("decided_on"), QStringLiteral("consent_date"),
            QStringLiteral("signed_on"), QStringLiteral("date_of_consent"), QStringLiteral("日期"),
            QStringLiteral("签署日期"), QStringLiteral("同意日期")};
}

Result<std::unique_ptr<ConsentRegisterReader>> ConsentRegisterReader::open(const QString &path,
                                                                           const ImportOptions &options)
{
    ImportOptions readOptions = options;
    // The first record always names the columns.
    readOptions.header = HeaderMode::Present;
    auto source = openRowSource(path, readOptions);
    if (!source)
        return source.error();
    std::unique_ptr<ConsentRegisterReader> reader(new ConsentRegisterReader());
    reader->m_path = path;
    reader->m_fileName = QFileInfo(path).fileName();
    reader->m_source = std::move(*source);
    if (Status s = reader->readHeader(); !s)
        return s.error();
    return reader;
}

Status ConsentRegisterReader::readHeader()
{
    const Result<bool> first = m_source->next(m_cells);
    if (!first)
        return first.error();
    if (!*first)
        return Error::badInput(tr("the consent register is empty: expected a header row naming "
                                  "the columns subject, status, scope and date"),
                               m_path, 1, 1);
    for (const std::string_view cell : m_cells)
        m_headers.append(cellText(cell));
    m_subject = findColumn(m_headers, subjectHeaders());
    m_status = findColumn(m_headers, statusHeaders());
    m_scope = findColumn(m_headers, scopeHeaders());
    m_date = findColumn(m_headers, dateHeaders());
    const qint64 line = m_source->recordLine();
    auto missing = [this, line](const QStringList &aliases) {
        return Error::badInput(tr("the header row has no column %1: expected one named %2")
                                   .arg(aliases.first(), aliases.join(QStringLiteral(", "))),
                               m_path, line, 1);
    };
    if (m_subject < 0)
        return missing(subjectHeaders());
    if (m_status < 0)
        return missing(statusHeaders());
    if (m_scope < 0)
        return missing(scopeHeaders());
    m_subjectHeader = m_headers.at(m_subject);
    return {};
}

Error ConsentRegisterReader::cellError(int column, const QString &expected) const
{
    return Error::badInput(tr("column %1 (%2): expected %3")
                               .arg(column + 1)
                               .arg(m_headers.value(column), expected),
                           m_path, m_source->recordLine(), column + 1);
}

Result<bool> ConsentRegisterReader::next(ConsentEntry &entry)
{
    for (;;) {
        const Result<bool> row = m_source->next(m_cells);
        if (!row)
            return row.error();
        if (!*row)
            return false;
        bool blank = true;
        for (const std::string_view cell : m_cells)
            blank = blank && isBlank(cell);
        if (blank)
            continue;
        auto cell = [this](int column) {
            return size_t(column) < m_cells.size() ? cellText(m_cells[size_t(column)]) : QString();
        };

        entry.subject = normalizedSubjectKey(cell(m_subject));
        if (entry.subject.isEmpty())
            return cellError(m_subject, tr("a subject identifier"));

        const std::optional<ConsentStatus> status = consentStatusFromText(cell(m_status));
        if (!status)
            return cellError(m_status, tr("a consent status: granted, withdrawn or refused "
                                          "(同意, 撤回, 拒绝)"));
        entry.status = *status;

        entry.scope = normalizedScope(cell(m_scope));
        if (entry.scope.isEmpty() && entry.status == ConsentStatus::Granted)
            return cellError(m_scope, tr("the purposes consented to, separated by ';' or ',' "
                                         "(or '*' for any purpose)"));

        entry.decidedOn.clear();
        if (m_date >= 0) {
            const QString text = cell(m_date);
            if (!text.isEmpty()) {
                const QByteArray utf8 = text.toUtf8();
                const std::optional<DateText> date =
                    DateText::parse(std::string_view(utf8.constData(), size_t(utf8.size())));
                const QDate parsed = date ? QDate(date->year(), date->month(), date->day()) : QDate();
                if (!parsed.isValid())
                    return cellError(m_date, tr("a date such as 2024-01-31, 2024/1/31 or "
                                                "2024年1月31日"));
                entry.decidedOn = parsed.toString(Qt::ISODate);
            }
        }
        return true;
    }
}

} // namespace steward
