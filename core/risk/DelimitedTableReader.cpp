#include "core/risk/DelimitedTableReader.h"

#include "core/hierarchy/DelimitedLineSplitter.h"
#include "core/risk/EncodedTableBuilder.h"
#include "core/hierarchy/Utf8Check.h"

#include <QCoreApplication>
#include <QFile>

#include <optional>

namespace steward {

Result<EncodedTable> DelimitedTableReader::read(const QString &path, char delimiter,
                                                const QStringList &columns,
                                                const CancellationToken *cancel)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(tr("cannot open the file: %1").arg(file.errorString()), path);

    DelimitedLineSplitter splitter(delimiter);
    std::optional<EncodedTableBuilder> builder;
    size_t headerCells = 0;
    qint64 lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray bytes = file.readLine();
        ++lineNumber;
        if (cancel && (lineNumber & 0xFFFF) == 0 && cancel->isCancelled())
            return Error::cancelled();
        std::string_view line(bytes.constData(), static_cast<size_t>(bytes.size()));
        while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
            line.remove_suffix(1);
        if (lineNumber == 1 && line.substr(0, 3) == "\xEF\xBB\xBF")
            line.remove_prefix(3);
        if (line.empty())
            continue;
        if (const size_t invalid = findInvalidUtf8(line); invalid != std::string_view::npos) {
            return Error::badInput(tr("not valid UTF-8"), path, lineNumber,
                                   DelimitedLineSplitter::characterColumn(line, invalid));
        }
        if (!splitter.split(line)) {
            return Error::badInput(tr("malformed quoted field"), path, lineNumber,
                                   DelimitedLineSplitter::characterColumn(
                                       line, splitter.errorOffset()));
        }
        const auto &cells = splitter.cells();
        if (!builder) {
            headerCells = cells.size();
            QStringList header;
            for (const auto cell : cells)
                header << QString::fromUtf8(cell.data(), static_cast<qsizetype>(cell.size()));
            if (columns.isEmpty()) {
                builder.emplace(header);
            } else {
                std::vector<int> indexes;
                for (const QString &name : columns) {
                    const auto index = header.indexOf(name);
                    if (index < 0) {
                        return Error::badInput(tr("no column named '%1' in the header").arg(name),
                                               path, lineNumber, 1);
                    }
                    indexes.push_back(static_cast<int>(index));
                }
                builder.emplace(columns, std::move(indexes));
            }
            continue;
        }
        if (cells.size() != headerCells) {
            const size_t offset = cells.size() > headerCells ? splitter.offsets()[headerCells]
                                                             : line.size();
            return Error::badInput(tr("%1 fields on this line but %2 in the header")
                                       .arg(cells.size())
                                       .arg(headerCells),
                                   path, lineNumber,
                                   DelimitedLineSplitter::characterColumn(line, offset));
        }
        if (Status status = builder->addRow(cells); !status)
            return status.error();
    }
    if (file.error() != QFileDevice::NoError)
        return Error::badInput(tr("cannot read the file: %1").arg(file.errorString()), path);
    if (!builder)
        return Error::badInput(tr("the file has no header row"), path);
    return builder->finish();
}

} // namespace steward
