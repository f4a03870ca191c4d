#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/ImportOptionsParser.h"
#include "app/cli/TextTable.h"

#include "core/import/Importer.h"

#include <QFileInfo>
#include <QJsonArray>

namespace steward::cli {

namespace {

class PreviewCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::PreviewCommand)

public:
    QString name() const override { return QStringLiteral("preview"); }
    QString summary() const override
    {
        return tr("Show how a file would be imported (detected encoding, delimiter, column names "
                  "and types, first rows) without touching any project.");
    }
    QString details() const override
    {
        return tr("Takes the same reading options as import. Types are inferred from the "
                  "previewed rows only; import infers them over every row.");
    }
    QList<Argument> arguments() const override
    {
        return {{"file", QStringLiteral("FILE"), tr("the file to look at")}};
    }
    void addOptions(po::options_description &options) const override
    {
        ImportOptionsParser::addOptions(options);
        option(options, "rows", value("N"), tr("number of rows to show (default 10, at most 1000)"));
    }

    int run(CliContext &cli, const po::variables_map &vm) override
    {
        const QString file = text(vm, "file");
        Result<ImportOptions> options = ImportOptionsParser::parse(vm);
        if (!options)
            return cli.fail(options.error());
        const Result<qint64> rows = integer(vm, "rows", 10, 0, 1000);
        if (!rows)
            return cli.fail(rows.error());
        if (!QFileInfo(file).isFile())
            return cli.fail(Error::badInput(tr("cannot open the file: it does not exist"), file));
        const Result<ImportPreview> preview = previewImport(file, *options, static_cast<int>(*rows));
        if (!preview)
            return cli.fail(preview.error());
        const ImportPreview &p = *preview;

        if (cli.json()) {
            QJsonArray columns;
            for (qsizetype i = 0; i < p.columnNames.size(); ++i)
                columns.append(QJsonObject{
                    {QStringLiteral("name"), p.columnNames[i]},
                    {QStringLiteral("type"), columnTypeName(p.columnTypes.value(i, ColumnType::Text))}});
            QJsonArray list;
            for (const QStringList &row : p.rows)
                list.append(QJsonArray::fromStringList(row));
            QJsonObject result{{QStringLiteral("file"), file},
                               {QStringLiteral("encoding"), p.encoding},
                               {QStringLiteral("header"), p.hasHeader},
                               {QStringLiteral("columns"), columns},
                               {QStringLiteral("column_name_problems"), QJsonArray::fromStringList(p.columnNameProblems)},
                               {QStringLiteral("rows"), list},
                               {QStringLiteral("file_size"), p.fileSize}};
            if (!p.delimiter.isNull())
                result.insert(QStringLiteral("delimiter"), delimiterName(p.delimiter));
            if (!p.sheets.isEmpty()) {
                result.insert(QStringLiteral("sheets"), QJsonArray::fromStringList(p.sheets));
                result.insert(QStringLiteral("sheet"), p.sheet);
            }
            return cli.document(result);
        }

        QString summary = tr("%1: encoding %2").arg(file, p.encoding);
        if (!p.delimiter.isNull())
            summary += tr(", delimiter %1").arg(delimiterText(p.delimiter));
        if (!p.sheet.isEmpty())
            summary += tr(", sheet %1 of %2").arg(p.sheet, p.sheets.join(QStringLiteral(", ")));
        summary += p.hasHeader ? tr(", header row") : tr(", no header row");
        cli.line(summary);
        for (const QString &problem : p.columnNameProblems)
            cli.line(tr("Note: %1").arg(problem));
        cli.line();
        QStringList header;
        for (qsizetype i = 0; i < p.columnNames.size(); ++i)
            header.append(p.columnNames[i] + QStringLiteral(" (")
                          + columnTypeText(p.columnTypes.value(i, ColumnType::Text)) + QLatin1Char(')'));
        TextTable table(header);
        table.setMaxCellWidth(30);
        for (const QStringList &row : p.rows)
            table.addRow(row);
        cli.write(table.render().toLocal8Bit());
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makePreviewCommand()
{
    return std::make_unique<PreviewCommand>();
}

} // namespace steward::cli
