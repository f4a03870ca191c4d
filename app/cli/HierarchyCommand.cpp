#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/ProjectCommand.h"
#include "app/cli/TextTable.h"

#include "core/hierarchy/HierarchyBuilder.h"
#include "core/hierarchy/HierarchyService.h"
#include "core/hierarchy/HierarchySpec.h"
#include "core/risk/FieldHierarchy.h"
#include "core/store/ProjectStore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <map>
#include <optional>

namespace steward::cli {

namespace {

// Rows of the text table: a page for people; --json has them all.
constexpr int kTextRows = 20;

class HierarchyCommand final : public ProjectCommand {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::HierarchyCommand)

public:
    QString name() const override { return QStringLiteral("hierarchy"); }
    QString summary() const override
    {
        return tr("Show, set, import or export the generalisation hierarchy of a field.");
    }
    QString details() const override
    {
        return tr("Shows the field's hierarchy as anonymize uses it: the one stored in the "
                  "project for the field, else the one Steward suggests from the "
                  "classification (--suggest shows the suggestion even when one is stored), "
                  "as a table of the field's values and their generalisations at each level, "
                  "with how many records each generalised value covers (the first rows; --json "
                  "has all). --builder SPEC stores a built-in hierarchy (date, date:decade, "
                  "interval:5,10,20;top=90, redact:4,3,2, region, icd10, flat, groups:...); "
                  "--import FILE checks a value;level1;...;* file against the data (every "
                  "value covered, levels nested) and stores it; --clear removes the stored "
                  "one. --out FILE writes the hierarchy shown as such a file. Hierarchies are "
                  "kept per field name, so they carry over to import --replace; every change "
                  "has an audit entry.");
    }
    QList<Argument> arguments() const override
    {
        return {{"project", QStringLiteral("PROJECT"), tr("the project file (.steward)")},
                {"dataset", QStringLiteral("DATASET"), tr("the dataset's name")},
                {"field", QStringLiteral("FIELD"), tr("the field's name")}};
    }
    void addOptions(po::options_description &options) const override
    {
        option(options, "builder", value("SPEC"), tr("store a built-in hierarchy for the field"));
        option(options, "import", value("FILE"),
               tr("store a hierarchy file (value;level1;...;*) for the field"));
        option(options, "out", value("FILE"), tr("write the hierarchy as a file"));
        option(options, "clear", flagValue(), tr("remove the field's stored hierarchy"));
        option(options, "suggest", flagValue(), tr("show the suggested hierarchy"));
    }

protected:
    Status checkOptions(const po::variables_map &vm) override
    {
        const int chosen = int(has(vm, "builder")) + int(has(vm, "import")) + int(flag(vm, "clear"))
                           + int(flag(vm, "suggest"));
        if (chosen > 1)
            return Error::usage(
                tr("give only one of --builder, --import, --clear and --suggest"));
        if (has(vm, "import") && has(vm, "out"))
            return Error::usage(tr("give either --import or --out"));
        if (flag(vm, "clear") && has(vm, "out"))
            return Error::usage(tr("--clear leaves no hierarchy to write with --out"));
        if (has(vm, "builder")) {
            auto spec = HierarchySpec::parse(text(vm, "builder"));
            if (!spec)
                return Error::usage(tr("--builder: %1").arg(spec.error().message));
            m_builder = *spec;
        }
        return {};
    }

    int runWithProject(CliContext &cli, const po::variables_map &vm, ProjectStore &store) override
    {
        auto info = store.dataset(text(vm, "dataset"));
        if (!info)
            return cli.fail(info.error());
        const QString field = text(vm, "field");
        HierarchyService service(store);
        if (flag(vm, "clear")) {
            if (Status s = service.set(*info, field, std::nullopt); !s)
                return cli.fail(s.error());
            if (cli.json())
                return cli.document(QJsonObject{{QStringLiteral("dataset"), info->name},
                                                {QStringLiteral("field"), field},
                                                {QStringLiteral("cleared"), true}});
            cli.line(tr("The stored hierarchy of %1 is removed: anonymize uses the suggested one.")
                         .arg(field));
            return 0;
        }

        HierarchySpec spec;
        QString source;
        bool stored = false;
        if (m_builder) {
            spec = *m_builder;
            source = QStringLiteral("builder");
            stored = true;
        } else if (has(vm, "import")) {
            auto imported = FieldHierarchy::import(store, *info, field, text(vm, "import"));
            if (!imported)
                return cli.fail(imported.error());
            spec = std::move(*imported);
            source = QStringLiteral("file");
            stored = true;
        } else {
            auto effective = FieldHierarchy::effective(store, *info, field, flag(vm, "suggest"));
            if (!effective)
                return cli.fail(effective.error());
            spec = effective->first;
            source = effective->second;
        }
        // Measured (and so checked against the data) before anything is stored.
        auto table = FieldHierarchy::measure(store, *info, field, spec, source);
        if (!table)
            return cli.fail(table.error());
        if (stored) {
            if (Status s = service.set(*info, field, spec); !s)
                return cli.fail(s.error());
        }
        if (has(vm, "out")) {
            if (Status s = HierarchyBuilder::writeCsv(table->rows, text(vm, "out")); !s)
                return cli.fail(s.error());
        }
        return report(cli, *info, field, *table, stored, text(vm, "out"));
    }

private:
    static QString labelText(const std::string &label)
    {
        return QString::fromStdString(label);
    }

    static int report(CliContext &cli, const DatasetInfo &info, const QString &field,
                      const FieldHierarchyTable &table, bool stored, const QString &out)
    {
        const bool isTable = table.spec.kind == HierarchySpec::Kind::Table;
        if (cli.json()) {
            QJsonArray levels;
            for (size_t level = 0; level < table.levels.size(); ++level) {
                QJsonArray values;
                for (const auto &[label, records] : table.levels[level])
                    values.append(QJsonObject{{QStringLiteral("label"), labelText(label)},
                                              {QStringLiteral("records"), qint64(records)}});
                levels.append(QJsonObject{{QStringLiteral("level"), qint64(level)},
                                          {QStringLiteral("name"), table.levelNames.value(qsizetype(level))},
                                          {QStringLiteral("values"), values}});
            }
            QJsonArray rows;
            for (size_t r = 0; r < table.rows.size(); ++r) {
                QJsonArray cells;
                for (const std::string &cell : table.rows[r])
                    cells.append(labelText(cell));
                rows.append(QJsonObject{{QStringLiteral("values"), cells},
                                        {QStringLiteral("records"), qint64(table.rowRecords[r])}});
            }
            QJsonObject doc{{QStringLiteral("dataset"), info.name},
                            {QStringLiteral("field"), field},
                            {QStringLiteral("source"), table.source},
                            {QStringLiteral("builder"), table.spec.builderName()},
                            {QStringLiteral("spec"), isTable ? QJsonValue() : QJsonValue(table.spec.format())},
                            {QStringLiteral("stored"), stored},
                            {QStringLiteral("records"), qint64(table.records)},
                            {QStringLiteral("unreadable_values"), qint64(table.unreadable)},
                            {QStringLiteral("levels"), levels},
                            {QStringLiteral("rows"), rows}};
            if (!out.isEmpty())
                doc.insert(QStringLiteral("out"), QFileInfo(out).absoluteFilePath());
            return cli.document(doc);
        }
        const QString what = isTable ? tr("a table of %Ln value(s)", nullptr, int(table.spec.rows.size()))
                                     : table.spec.format();
        if (table.source == QLatin1String("stored"))
            cli.line(tr("%1: stored hierarchy %2").arg(field, what));
        else if (table.source == QLatin1String("suggested"))
            cli.line(tr("%1: suggested hierarchy %2 (not stored)").arg(field, what));
        else
            cli.line(tr("%1: hierarchy %2 stored").arg(field, what));
        if (table.unreadable > 0)
            cli.line(tr("%Ln value(s) cannot be read by the builder and become * above level 0.",
                        nullptr, int(table.unreadable)));
        // Per level how many generalised values there are.
        QStringList header;
        for (qsizetype level = 0; level < table.levelNames.size(); ++level)
            header.append(tr("%1 (%2 values)")
                              .arg(table.levelNames.at(level),
                                   cli.number(qint64(table.levels[size_t(level)].size()))));
        header.append(tr("records"));
        // Each cell: the generalised value and how many records it covers.
        std::vector<std::map<std::string, quint64>> covered(table.levels.size());
        for (size_t level = 0; level < table.levels.size(); ++level)
            covered[level] = std::map<std::string, quint64>(table.levels[level].begin(),
                                                            table.levels[level].end());
        TextTable text(header);
        text.setRightAligned(int(header.size()) - 1);
        for (size_t r = 0; r < table.rows.size() && r < size_t(kTextRows); ++r) {
            QStringList cells;
            const std::vector<std::string> &row = table.rows[r];
            for (size_t level = 0; level < row.size(); ++level) {
                if (level == 0)
                    cells.append(labelText(row[level]));
                else
                    cells.append(tr("%1 (%2)").arg(labelText(row[level]),
                                                   cli.number(qint64(covered[level][row[level]]))));
            }
            cells.append(cli.number(qint64(table.rowRecords[r])));
            text.addRow(cells);
        }
        cli.write(text.render().toUtf8());
        if (table.rows.size() > size_t(kTextRows))
            cli.line(tr("… %Ln more value(s); --json lists all.", nullptr,
                        int(table.rows.size() - size_t(kTextRows))));
        if (!out.isEmpty())
            cli.line(tr("Written to %1.").arg(QFileInfo(out).absoluteFilePath()));
        return 0;
    }

    std::optional<HierarchySpec> m_builder;
};

} // namespace

std::unique_ptr<Command> makeHierarchyCommand()
{
    return std::make_unique<HierarchyCommand>();
}

} // namespace steward::cli
