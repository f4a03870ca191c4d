#pragma once

#include <QString>

namespace steward {

// What a browser asks of a dataset's rows: an optional text filter on one or every field and an
// optional order by one field. The default value asks for every row in file order.
struct DatasetRowQuery {
    // The field to order by (0-based position), or -1 for file order.
    int sortColumn = -1;
    bool descending = false;
    // Rows whose cell contains this text (case-insensitive for Latin letters); empty: no filter.
    QString filterText;
    // The field the filter looks at (0-based position), or -1 for every field.
    int filterColumn = -1;

    bool isFileOrder() const { return sortColumn < 0 && filterText.isEmpty(); }
    bool operator==(const DatasetRowQuery &) const = default;
};

} // namespace steward
