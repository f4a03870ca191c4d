#pragma once

#include "core/hierarchy/HierarchySpec.h"
#include "core/risk/AnonymizationService.h"

#include <QList>
#include <QString>
#include <QTableWidget>

#include <optional>

class QDoubleSpinBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace steward::ui {

// The fields of a dataset as candidates for quasi-identifiers, one row each in column order: a
// check box, the hierarchy the search will use (a built-in one with its levels, or a CSV file
// that takes precedence), a button opening the hierarchy editor, how far the stored rule already
// generalises the field ("at least: year", the floor of the search), the weight of its loss and
// the highest level the search may use. Filling it from the project is the dialog's job.
class QuasiFieldTable final : public QTableWidget {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        QuasiColumn,
        HierarchyColumn,
        EditColumn,
        FileColumn,
        FloorColumn,
        WeightColumn,
        LevelColumn,
        ColumnCount
    };
    // Where a row's built-in hierarchy comes from.
    enum class Source {
        Unknown,   // not known before the search: the service suggests one when it runs
        Suggested, // proposed from the field's profile (sent with the request)
        Rule,      // the builder of the field's stored hierarchy rule (sent with the request)
        Stored,    // edited and stored in the project (the service reads it)
    };

    explicit QuasiFieldTable(QWidget *parent = nullptr);

    void setFields(const QStringList &fields);
    int fieldRow(const QString &field) const; // −1 when not a field
    QString fieldName(int row) const;
    bool isQuasi(int row) const;
    void setQuasi(int row, bool quasi);
    QStringList quasiFields() const;

    void setHierarchy(int row, const std::optional<HierarchySpec> &spec, Source source,
                      const QString &reason = {});
    Source hierarchySource(int row) const;
    const std::optional<HierarchySpec> &hierarchy(int row) const;
    void setFile(int row, const QString &file);
    QString file(int row) const;
    // The stored rule's generalisation in words ("year"); empty: none.
    void setFloor(int row, const QString &floor);

    // The checked fields as the request wants them.
    QList<AnonymizationField> requestFields() const;
    // Disables every input while a search runs.
    void setBusy(bool busy);

signals:
    // Any input that changes the request changed.
    void inputChanged();
    // A quasi-identifier was checked or unchecked by the steward.
    void quasiToggled();
    void editHierarchyRequested(int row);

private:
    struct Row {
        QString name;
        std::optional<HierarchySpec> spec;
        Source source = Source::Unknown;
        QString reason;
        QToolButton *edit = nullptr;
        QLineEdit *file = nullptr;
        QPushButton *browse = nullptr;
        QDoubleSpinBox *weight = nullptr;
        QSpinBox *maxLevel = nullptr;
    };

    void browse(int row);
    void updateHierarchyText(int row);
    void updateEnabled();

    QList<Row> m_rows;
    bool m_busy = false;
};

} // namespace steward::ui
