// One translation idiom, checked on the sources and the catalogue: a class with Q_OBJECT uses its
// own tr(); any other class that produces text declares Q_DECLARE_TR_FUNCTIONS with its own fully
// qualified name; free functions call Owner::tr(). Every context of the catalogue must then be
// such a class: a context lupdate invents (a namespace, a local tr() wrapper's) is looked up under
// another name at run time, and its strings stay English.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

QString sourceRoot()
{
    return QDir(QStringLiteral(STEWARD_TEST_DATA_DIR "/../..")).canonicalPath();
}

struct Source {
    QString path; // relative to the source root
    QString text;
};

QList<Source> projectSources()
{
    QList<Source> sources;
    const QDir root(sourceRoot());
    for (const QString &folder : {u"core"_s, u"ui"_s, u"app"_s}) {
        QDirIterator it(root.filePath(folder), {u"*.h"_s, u"*.cpp"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            sources.append(
                {root.relativeFilePath(file.fileName()), QString::fromUtf8(file.readAll())});
        }
    }
    std::sort(sources.begin(), sources.end(),
              [](const Source &a, const Source &b) { return a.path < b.path; });
    return sources;
}

// The named namespaces open at `position` ("steward::ui"): braces counted outside comments and
// string and character literals.
QString namespaceAt(const QString &text, qsizetype position)
{
    static const QRegularExpression opening(uR"(\Gnamespace\s+([\w:]*)\s*\{)"_s);
    QStringList names;
    QList<int> depths;
    int depth = 0;
    const qsizetype end = std::min(position, text.size());
    for (qsizetype i = 0; i < end; ++i) {
        const QChar c = text.at(i);
        if (c == u'/' && i + 1 < end && text.at(i + 1) == u'/') {
            i = text.indexOf(u'\n', i);
            if (i < 0)
                break;
        } else if (c == u'/' && i + 1 < end && text.at(i + 1) == u'*') {
            i = text.indexOf(u"*/"_s, i + 2);
            if (i < 0)
                break;
            ++i;
        } else if (c == u'"' || (c == u'\'' && !(i > 0 && text.at(i - 1).isLetterOrNumber()))) {
            for (++i; i < end && text.at(i) != c; ++i) {
                if (text.at(i) == u'\\')
                    ++i;
            }
        } else if (c == u'n' && (i == 0 || !text.at(i - 1).isLetterOrNumber())) {
            const QRegularExpressionMatch m = opening.match(text, i);
            if (m.hasMatch() && m.capturedEnd() <= end) {
                names.append(m.captured(1));
                depths.append(depth++);
                i = m.capturedEnd() - 1;
            }
        } else if (c == u'{') {
            ++depth;
        } else if (c == u'}') {
            --depth;
            if (!depths.isEmpty() && depths.last() == depth) {
                depths.removeLast();
                names.removeLast();
            }
        }
    }
    names.removeAll(QString());
    return names.join(u"::"_s);
}

// The class or struct whose body holds `position`: the last one declared before it.
QString classAt(const QString &text, qsizetype position)
{
    static const QRegularExpression declaration(uR"(\b(?:class|struct)\s+(\w+)\b[^;{()]*\{)"_s);
    QString name;
    auto it = declaration.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() >= position)
            break;
        name = m.captured(1);
    }
    return name;
}

QString qualified(const QString &ns, const QString &name)
{
    return ns.isEmpty() ? name : ns + u"::"_s + name;
}

// Every tr() context the sources declare, with where.
QHash<QString, QString> declaredContexts(const QList<Source> &sources, QStringList *mismatches)
{
    static const QRegularExpression macro(uR"(Q_DECLARE_TR_FUNCTIONS\(\s*([\w:]+)\s*\))"_s);
    static const QRegularExpression qobject(uR"(\bQ_OBJECT\b)"_s);
    QHash<QString, QString> contexts;
    for (const Source &source : sources) {
        auto macros = macro.globalMatch(source.text);
        while (macros.hasNext()) {
            const QRegularExpressionMatch m = macros.next();
            const QString own = qualified(namespaceAt(source.text, m.capturedStart()),
                                          classAt(source.text, m.capturedStart()));
            if (m.captured(1) == own)
                contexts.insert(own, source.path);
            else
                mismatches->append(u"%1: Q_DECLARE_TR_FUNCTIONS(%2) in %3"_s.arg(
                    source.path, m.captured(1), own));
        }
        auto objects = qobject.globalMatch(source.text);
        while (objects.hasNext()) {
            const qsizetype at = objects.next().capturedStart();
            const QString name = classAt(source.text, at);
            if (!name.isEmpty())
                contexts.insert(qualified(namespaceAt(source.text, at), name), source.path);
        }
    }
    return contexts;
}

QStringList catalogueContexts(const QString &fileName)
{
    QStringList names;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return names;
    QXmlStreamReader xml(&file);
    QStringList path;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"name"_s && path.endsWith(u"context"_s))
                names.append(xml.readElementText());
            else
                path.append(xml.name().toString());
        } else if (token == QXmlStreamReader::EndElement && !path.isEmpty()) {
            path.removeLast();
        }
    }
    return names;
}

} // namespace

class TestTranslationContexts final : public QObject {
    Q_OBJECT

private slots:
    void sourcesFound()
    {
        QVERIFY2(QFile::exists(sourceRoot() + u"/core/common/Translations.h"_s),
                 qPrintable(sourceRoot()));
        QVERIFY(projectSources().size() > 100);
    }

    // No inline lookups and no local tr() wrappers: both name a context by hand, and a wrapper in
    // a namespace is filed by lupdate under the namespace, not under the name it looks up.
    void noHandWrittenContexts()
    {
        static const QRegularExpression translate(
            uR"(\b(?:QCoreApplication|QGuiApplication|QApplication)::translate\s*\()"_s);
        static const QRegularExpression wrapper(
            uR"(^\s*(?:static\s+)?(?:inline\s+)?QString\s+tr\s*\(\s*const\s+char)"_s,
            QRegularExpression::MultilineOption);
        static const QRegularExpression qobjectTr(uR"(\bQObject::tr\s*\()"_s);
        QStringList offenders;
        for (const Source &source : projectSources()) {
            QStringList found;
            for (const QRegularExpression *re : {&translate, &wrapper, &qobjectTr}) {
                const QRegularExpressionMatch m = re->match(source.text);
                if (m.hasMatch()) {
                    const qsizetype line = source.text.left(m.capturedStart()).count(u'\n') + 1;
                    found.append(u"%1:%2: %3"_s.arg(source.path).arg(line).arg(
                        m.captured(0).trimmed()));
                }
            }
            offenders += found;
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u'\n')));
    }

    // Q_DECLARE_TR_FUNCTIONS names the class it is declared in, fully qualified.
    void declaredContextsAreTheirClass()
    {
        QStringList mismatches;
        declaredContexts(projectSources(), &mismatches);
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u'\n')));
    }

    // Every context of every catalogue is a class that has tr(): Q_OBJECT or a matching
    // Q_DECLARE_TR_FUNCTIONS.
    void catalogueContextsAreClasses_data()
    {
        QTest::addColumn<QString>("catalogue");
        const QDir translations(sourceRoot() + u"/translations"_s);
        for (const QString &ts : translations.entryList({u"steward_*.ts"_s}, QDir::Files))
            QTest::newRow(qPrintable(ts)) << translations.filePath(ts);
    }
    void catalogueContextsAreClasses()
    {
        QFETCH(QString, catalogue);
        QStringList mismatches;
        const QHash<QString, QString> declared = declaredContexts(projectSources(), &mismatches);
        const QStringList contexts = catalogueContexts(catalogue);
        QVERIFY(!contexts.isEmpty());
        QStringList unknown;
        for (const QString &context : contexts) {
            if (!declared.contains(context))
                unknown.append(context);
        }
        unknown.removeDuplicates();
        QVERIFY2(unknown.isEmpty(), qPrintable(u"contexts that are not a class with tr(): "_s
                                               + unknown.join(u", "_s)));
    }
};

QTEST_GUILESS_MAIN(TestTranslationContexts)
#include "test_translationcontexts.moc"
