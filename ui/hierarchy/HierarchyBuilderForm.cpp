#include "ui/hierarchy/HierarchyBuilderForm.h"

#include "ui/hierarchy/HierarchyGroupsEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace steward::ui {

using Kind = HierarchySpec::Kind;

namespace {

constexpr Kind kKinds[] = {Kind::Date,  Kind::Interval, Kind::Redact, Kind::Region,
                           Kind::Icd10, Kind::Flat,     Kind::Groups, Kind::Table};

// Numbers as the text form writes them: C locale, no exponent for everyday magnitudes.
QString numberText(double value)
{
    return QString::number(value, 'g', 15);
}

std::optional<double> parseNumber(const std::string &text)
{
    double value = 0;
    const char *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc() || ptr != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// 1, 2 or 5 times a power of ten, at least `x`.
double niceWidth(double x)
{
    if (!(x > 0))
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(x)));
    for (double step : {1.0, 2.0, 5.0, 10.0})
        if (step * power >= x)
            return step * power;
    return 10 * power;
}

QString intervalLevelsText(const HierarchySpec &spec)
{
    QStringList levels;
    for (const HierarchySpec::IntervalLevel &level : spec.levels) {
        if (level.width) {
            levels.append(numberText(*level.width));
        } else {
            QStringList breaks;
            for (double b : level.breaks)
                breaks.append(numberText(b));
            levels.append(breaks.join(QLatin1Char('|')));
        }
    }
    return levels.join(QStringLiteral(", "));
}

QString redactText(const HierarchySpec &spec)
{
    QStringList keep;
    for (int n : spec.keep)
        keep.append(QString::number(n));
    return keep.join(QStringLiteral(", "));
}

} // namespace

HierarchyBuilderForm::HierarchyBuilderForm(QWidget *parent) : QWidget(parent)
{
    m_builder = new QComboBox(this);
    m_builder->setObjectName(QStringLiteral("hierarchyBuilderBox"));
    for (Kind kind : kKinds)
        m_builder->addItem(kindName(kind), static_cast<int>(kind));
    m_builder->setToolTip(tr("How the levels are built from the field's values"));
    connect(m_builder, &QComboBox::activated, this, &HierarchyBuilderForm::builderChosen);

    m_groups = new HierarchyGroupsEditor(this);
    m_groups->setObjectName(QStringLiteral("hierarchyGroupsEditor"));
    connect(m_groups, &HierarchyGroupsEditor::edited, this,
            [this](const QList<HierarchySpec::Group> &groups, const QString &other,
                   const QString &undoText) {
                HierarchySpec spec = m_spec;
                spec.kind = Kind::Groups;
                spec.groups = groups;
                spec.otherLabel = other;
                propose(spec, undoText);
            });

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("hierarchyParameterPages"));
    for (Kind kind : kKinds) {
        switch (kind) {
        case Kind::Date:
            m_pages->addWidget(makeDatePage());
            break;
        case Kind::Interval:
            m_pages->addWidget(makeIntervalPage());
            break;
        case Kind::Redact:
            m_pages->addWidget(makeRedactPage());
            break;
        case Kind::Region:
            m_pages->addWidget(makeNotePage(
                tr("Resident ID numbers and administrative region codes generalise to their "
                   "county (6 digits), city (4), province (2), then *.")));
            break;
        case Kind::Icd10:
            m_pages->addWidget(makeNotePage(
                tr("ICD-10 codes generalise to their 3-character category, block and chapter, "
                   "then *.")));
            break;
        case Kind::Flat:
            m_pages->addWidget(makeNotePage(
                tr("Every value generalises to * at once: for sex and other small "
                   "vocabularies.")));
            break;
        case Kind::Groups:
            m_pages->addWidget(m_groups);
            break;
        case Kind::Table:
            m_pages->addWidget(makeNotePage({}));
            m_tableNote = m_pages->widget(m_pages->count() - 1)->findChild<QLabel *>();
            break;
        }
    }

    auto *top = new QHBoxLayout;
    auto *builderLabel = new QLabel(tr("&Builder:"), this);
    builderLabel->setBuddy(m_builder);
    top->addWidget(builderLabel);
    top->addWidget(m_builder);
    top->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);
    updatePage();
}

QString HierarchyBuilderForm::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Date:
        return tr("Dates");
    case Kind::Interval:
        return tr("Number intervals");
    case Kind::Redact:
        return tr("Codes, redacted from the right");
    case Kind::Region:
        return tr("Administrative region");
    case Kind::Icd10:
        return tr("ICD-10 codes");
    case Kind::Flat:
        return tr("Value or * (flat)");
    case Kind::Groups:
        return tr("Groups you define");
    case Kind::Table:
        return tr("Table imported from a file");
    }
    return {};
}

QWidget *HierarchyBuilderForm::makeDatePage()
{
    auto *page = new QWidget(this);
    m_decade = new QCheckBox(tr("Go on to &decades after 5-year periods (birth dates)"), page);
    m_decade->setObjectName(QStringLiteral("hierarchyDecadeBox"));
    connect(m_decade, &QCheckBox::toggled, this, [this](bool on) {
        if (m_updating)
            return;
        HierarchySpec spec = m_spec;
        spec.decade = on;
        propose(spec, on ? tr("Dates up to Decades") : tr("Dates without Decades"));
    });
    m_dateNote = new QLabel(page);
    m_dateNote->setObjectName(QStringLiteral("hierarchyDateNote"));
    m_dateNote->setWordWrap(false); // one short line; wrapping made the stacked page squeeze it
    QLabel *note = m_dateNote;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(note);
    layout->addWidget(m_decade);
    layout->addStretch(1);
    return page;
}

QWidget *HierarchyBuilderForm::makeIntervalPage()
{
    auto *page = new QWidget(this);
    m_intervals = new QLineEdit(page);
    m_intervals->setObjectName(QStringLiteral("hierarchyIntervalEdit"));
    m_intervals->setToolTip(
        tr("One entry per level, separated by commas: a width (5) or breaks separated by | "
           "(0|18|45|65). Each level must contain the breaks of the level before."));
    connect(m_intervals, &QLineEdit::editingFinished, this, &HierarchyBuilderForm::intervalEdited);

    m_topCheck = new QCheckBox(tr("&Top coding from:"), page);
    m_topCheck->setObjectName(QStringLiteral("hierarchyTopBox"));
    m_top = new QLineEdit(page);
    m_top->setObjectName(QStringLiteral("hierarchyTopEdit"));
    m_top->setToolTip(tr("Values at or above this become one group, e.g. 90+"));
    m_bottomCheck = new QCheckBox(tr("&Bottom coding below:"), page);
    m_bottomCheck->setObjectName(QStringLiteral("hierarchyBottomBox"));
    m_bottom = new QLineEdit(page);
    m_bottom->setObjectName(QStringLiteral("hierarchyBottomEdit"));
    m_bottom->setToolTip(tr("Values below this become one group, e.g. <18"));
    for (QCheckBox *box : {m_topCheck, m_bottomCheck})
        connect(box, &QCheckBox::toggled, this, &HierarchyBuilderForm::intervalEdited);
    for (QLineEdit *edit : {m_top, m_bottom})
        connect(edit, &QLineEdit::editingFinished, this, &HierarchyBuilderForm::intervalEdited);

    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Levels:"), m_intervals);
    form->addRow(m_topCheck, m_top);
    form->addRow(m_bottomCheck, m_bottom);
    return page;
}

QWidget *HierarchyBuilderForm::makeRedactPage()
{
    auto *page = new QWidget(this);
    m_redact = new QLineEdit(page);
    m_redact->setObjectName(QStringLiteral("hierarchyRedactEdit"));
    m_redact->setToolTip(tr("Characters kept at each level, decreasing and separated by commas "
                            "(4, 3, 2); the rest become *"));
    connect(m_redact, &QLineEdit::editingFinished, this, &HierarchyBuilderForm::redactEdited);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Characters &kept:"), m_redact);
    return page;
}

QWidget *HierarchyBuilderForm::makeNotePage(const QString &text)
{
    auto *page = new QWidget(this);
    auto *label = new QLabel(text, page);
    label->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addStretch(1);
    return page;
}

void HierarchyBuilderForm::setField(const HierarchyFieldValues &values,
                                    const std::optional<HierarchySpec> &suggested)
{
    m_values = values;
    m_suggested = suggested;
    m_valueList.clear();
    for (const std::string &v : values.values)
        if (!v.empty())
            m_valueList.append(QString::fromStdString(v));
    m_valueList.sort();
    if (m_spec.kind == Kind::Groups)
        m_groups->setGroups(m_spec.groups, m_spec.otherLabel, m_valueList);
}

void HierarchyBuilderForm::setSpec(const HierarchySpec &spec)
{
    m_spec = spec;
    updatePage();
}

void HierarchyBuilderForm::updatePage()
{
    m_updating = true;
    const int index = m_builder->findData(static_cast<int>(m_spec.kind));
    m_builder->setCurrentIndex(index);
    m_pages->setCurrentIndex(index);
    // The stack asks for the room of the page shown, not of its largest page.
    for (int i = 0; i < m_pages->count(); ++i)
        m_pages->widget(i)->setSizePolicy(i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                                          i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_pages->adjustSize();
    // A table comes only from a file: the box offers it while one is shown.
    if (auto *model = qobject_cast<QStandardItemModel *>(m_builder->model()))
        if (QStandardItem *item = model->item(m_builder->findData(static_cast<int>(Kind::Table))))
            item->setEnabled(m_spec.kind == Kind::Table);
    switch (m_spec.kind) {
    case Kind::Date:
        m_decade->setChecked(m_spec.decade);
        m_dateNote->setText(m_spec.decade
                                ? tr("Day → month → quarter → year → 5-year period → decade → *")
                                : tr("Day → month → quarter → year → 5-year period → *"));
        break;
    case Kind::Interval:
        m_intervals->setText(intervalLevelsText(m_spec));
        m_topCheck->setChecked(m_spec.top.has_value());
        m_top->setText(m_spec.top ? numberText(*m_spec.top) : QString());
        m_bottomCheck->setChecked(m_spec.bottom.has_value());
        m_bottom->setText(m_spec.bottom ? numberText(*m_spec.bottom) : QString());
        break;
    case Kind::Redact:
        m_redact->setText(redactText(m_spec));
        break;
    case Kind::Groups:
        m_groups->setGroups(m_spec.groups, m_spec.otherLabel, m_valueList);
        break;
    case Kind::Table:
        m_tableNote->setText(
            tr("Imported from a file: %Ln value(s), each with its label at every level. Choose "
               "another builder to build the levels from the field's values instead.",
               nullptr, static_cast<int>(m_spec.rows.size())));
        break;
    case Kind::Region:
    case Kind::Icd10:
    case Kind::Flat:
        break;
    }
    m_top->setEnabled(m_topCheck->isChecked());
    m_bottom->setEnabled(m_bottomCheck->isChecked());
    m_updating = false;
}

HierarchySpec HierarchyBuilderForm::defaultSpec(Kind kind) const
{
    if (m_suggested && m_suggested->kind == kind)
        return *m_suggested;
    HierarchySpec spec;
    spec.kind = kind;
    switch (kind) {
    case Kind::Interval: {
        std::optional<double> lo, hi;
        for (const std::string &v : m_values.values) {
            if (const std::optional<double> x = parseNumber(v)) {
                lo = lo ? std::min(*lo, *x) : *x;
                hi = hi ? std::max(*hi, *x) : *x;
            }
        }
        // About 16 intervals at the first level, each further level twice as wide (nested).
        const double width = niceWidth(lo && hi ? (*hi - *lo) / 16 : 10);
        for (double w : {width, width * 2, width * 4})
            spec.levels.push_back(HierarchySpec::IntervalLevel{w, {}});
        break;
    }
    case Kind::Redact: {
        size_t length = 0;
        for (const std::string &v : m_values.values)
            length = std::max<size_t>(length, static_cast<size_t>(QString::fromStdString(v).size()));
        const int n = static_cast<int>(std::max<size_t>(length, 2));
        for (int keep : {n * 2 / 3, n / 2, n / 3})
            if (keep > 0 && keep < n && (spec.keep.empty() || keep < spec.keep.back()))
                spec.keep.push_back(keep);
        if (spec.keep.empty())
            spec.keep.push_back(1);
        break;
    }
    default:
        break;
    }
    return spec;
}

void HierarchyBuilderForm::builderChosen(int index)
{
    const Kind kind = static_cast<Kind>(m_builder->itemData(index).toInt());
    if (kind == m_spec.kind)
        return;
    if (kind == Kind::Table) {
        // Only an import makes a table; back to what is shown.
        updatePage();
        emit specInvalid(tr("Import a hierarchy file to use a table (Import CSV…)."));
        return;
    }
    propose(defaultSpec(kind), tr("Builder: %1").arg(kindName(kind)));
}

void HierarchyBuilderForm::intervalEdited()
{
    if (m_updating)
        return;
    m_top->setEnabled(m_topCheck->isChecked());
    m_bottom->setEnabled(m_bottomCheck->isChecked());
    QString levels = m_intervals->text();
    levels.remove(QLatin1Char(' '));
    QString text = QStringLiteral("interval:") + levels;
    if (m_topCheck->isChecked() && !m_top->text().trimmed().isEmpty())
        text += QStringLiteral(";top=") + m_top->text().trimmed();
    if (m_bottomCheck->isChecked() && !m_bottom->text().trimmed().isEmpty())
        text += QStringLiteral(";bottom=") + m_bottom->text().trimmed();
    Result<HierarchySpec> spec = HierarchySpec::parse(text);
    if (!spec) {
        emit specInvalid(spec.error().message);
        return;
    }
    propose(*spec, tr("Interval Levels"));
}

void HierarchyBuilderForm::redactEdited()
{
    if (m_updating)
        return;
    QString keep = m_redact->text();
    keep.remove(QLatin1Char(' '));
    Result<HierarchySpec> spec = HierarchySpec::parse(QStringLiteral("redact:") + keep);
    if (!spec) {
        emit specInvalid(spec.error().message);
        return;
    }
    propose(*spec, tr("Characters Kept"));
}

void HierarchyBuilderForm::propose(const HierarchySpec &spec, const QString &undoText)
{
    if (spec == m_spec)
        return;
    emit specEdited(spec, undoText);
}

} // namespace steward::ui
