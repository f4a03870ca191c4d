#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"

#include "core/import/RowSource.h"

#include <QFileInfo>
#include <QJsonArray>

namespace steward::cli {

namespace {

class SheetsCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::SheetsCommand)

public:
    QString name() const override { return QStringLiteral("sheets"); }
    QString summary() const override
    {
        return tr("List the sheets of a spreadsheet (.xlsx, .xls), for import --sheet.");
    }
    QList<Argument> arguments() const override
    {
        return {{"file", QStringLiteral("FILE"), tr("the spreadsheet")}};
    }

    int run(CliContext &cli, const po::variables_map &vm) override
    {
        const QString file = text(vm, "file");
        if (!QFileInfo(file).isFile())
            return cli.fail(Error::badInput(tr("cannot open the file: it does not exist"), file));
        const Result<QStringList> sheets = listSheets(file);
        if (!sheets)
            return cli.fail(sheets.error());
        if (cli.json())
            return cli.document({{QStringLiteral("file"), file},
                                 {QStringLiteral("sheets"), QJsonArray::fromStringList(*sheets)}});
        if (sheets->isEmpty()) {
            cli.line(tr("%1 is not a spreadsheet: it has no sheets.").arg(file));
            return 0;
        }
        for (qsizetype i = 0; i < sheets->size(); ++i)
            cli.line(QStringLiteral("%1  %2").arg(i + 1, 3).arg(sheets->at(i)));
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeSheetsCommand()
{
    return std::make_unique<SheetsCommand>();
}

} // namespace steward::cli
