#include "ui/masking/MaskRuleEditor.h"

#include "ui/widgets/DisplayNames.h"
#include "ui/widgets/InlineMessage.h"
#include "ui/masking/MaskRuleModel.h"

#include <QKeyEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace steward::ui {

namespace {

const MaskOperator kOperators[] = {
    MaskOperator::Keep,     MaskOperator::Drop,       MaskOperator::Redact,
    MaskOperator::Mask,     MaskOperator::Pseudonym,  MaskOperator::Bands,
    MaskOperator::Date,     MaskOperator::Shift,      MaskOperator::TopCode,
    MaskOperator::BottomCode, MaskOperator::Truncate, MaskOperator::Recode,
    MaskOperator::Hierarchy, MaskOperator::Scrub,     MaskOperator::Suppress,
};

QString paramObjectName(const QString &name)
{
    return QStringLiteral("maskParam_") + name;
}

} // namespace

MaskRuleEditor::MaskRuleEditor(QWidget *parent)
    : QWidget(parent),
      m_title(new QLabel(this)),
      m_operator(new QComboBox(this)),
      m_description(new QLabel(this)),
      m_formHost(new QWidget(this)),
      m_error(new InlineMessage(this)),
      m_apply(new QPushButton(tr("&Apply"), this))
{
    setObjectName(QStringLiteral("maskRuleEditor"));
    m_title->setObjectName(QStringLiteral("maskRuleEditorTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);

    m_operator->setObjectName(QStringLiteral("maskOperatorCombo"));
    for (const MaskOperator op : kOperators) {
        m_operator->addItem(MaskRuleModel::operatorText(op), int(op));
        m_operator->setItemData(m_operator->count() - 1, MaskRuleModel::operatorDescription(op),
                                Qt::ToolTipRole);
    }
    m_description->setObjectName(QStringLiteral("maskOperatorDescription"));
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);

    m_error->setObjectName(QStringLiteral("maskRuleError"));
    m_apply->setObjectName(QStringLiteral("applyMaskRuleButton"));
    m_apply->setToolTip(tr("Apply the rule to the selected fields (Return)"));

    connect(m_apply, &QPushButton::clicked, this, &MaskRuleEditor::apply);

    auto *operatorRow = new QFormLayout;
    operatorRow->setContentsMargins(0, 0, 0, 0);
    operatorRow->addRow(tr("&Operator:"), m_operator);

    auto *hostLayout = new QVBoxLayout(m_formHost);
    hostLayout->setContentsMargins(0, 0, 0, 0);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_apply);

    // The description and the parameters scroll; the operator, the error and Apply stay in
    // view however little height the tab leaves.
    auto *scrolled = new QWidget;
    scrolled->setObjectName(QStringLiteral("maskRuleEditorBody"));
    auto *scrolledLayout = new QVBoxLayout(scrolled);
    scrolledLayout->setContentsMargins(0, 0, 0, 0);
    scrolledLayout->addWidget(m_description);
    scrolledLayout->addWidget(m_formHost);
    scrolledLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("maskRuleEditorScroll"));
    scroll->setWidget(scrolled);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumHeight(fontMetrics().height() * 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(operatorRow);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_operator, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            setOperator(MaskOperator(m_operator->itemData(index).toInt()));
    });
    rebuildForm(MaskOperator::Keep);
    setFields({}, MaskRule());
}

void MaskRuleEditor::setColumns(const QStringList &columns, const QString &subjectKey)
{
    m_columns = columns;
    m_subjectKey = subjectKey;
}

void MaskRuleEditor::setFields(const QStringList &fields, const MaskRule &rule)
{
    m_fields = fields;
    updateTitle();
    setEnabled(!fields.isEmpty());
    showRule(rule);
}

void MaskRuleEditor::updateTitle()
{
    if (m_fields.isEmpty())
        m_title->setText(tr("Select a field to set its masking rule"));
    else if (m_fields.size() == 1)
        m_title->setText(tr("Rule for “%1”").arg(m_fields.front()));
    else
        m_title->setText(tr("Rule for %Ln selected field(s)", nullptr, int(m_fields.size())));
}

void MaskRuleEditor::showRule(const MaskRule &rule)
{
    {
        const QSignalBlocker blocker(m_operator);
        m_operator->setCurrentIndex(m_operator->findData(int(rule.op())));
    }
    rebuildForm(rule.op());
    for (const auto &[name, value] : rule.params()) {
        for (const Param &p : std::as_const(m_params)) {
            if (p.name == name)
                setParamValue(p, value);
        }
    }
    clearError();
}

MaskOperator MaskRuleEditor::currentOperator() const
{
    return MaskOperator(m_operator->currentData().toInt());
}

void MaskRuleEditor::setOperator(MaskOperator op)
{
    if (m_operator->currentData().toInt() != int(op)) {
        const QSignalBlocker blocker(m_operator);
        m_operator->setCurrentIndex(m_operator->findData(int(op)));
    }
    rebuildForm(op);
    clearError();
}

QWidget *MaskRuleEditor::parameterWidget(const QString &name) const
{
    for (const Param &p : m_params) {
        if (p.name == name)
            return p.widget;
    }
    return nullptr;
}

void MaskRuleEditor::rebuildForm(MaskOperator op)
{
    m_params.clear();
    delete m_form;
    m_form = new QWidget(m_formHost);
    m_form->setObjectName(QStringLiteral("maskParameterForm"));
    m_formLayout = new QFormLayout(m_form);
    m_formLayout->setContentsMargins(0, 0, 0, 0);
    m_formHost->layout()->addWidget(m_form);
    m_description->setText(MaskRuleModel::operatorDescription(op));

    switch (op) {
    case MaskOperator::Keep:
    case MaskOperator::Drop:
    case MaskOperator::Scrub:
    case MaskOperator::Suppress: {
        auto *none = new QLabel(tr("No parameters."), m_form);
        none->setForegroundRole(QPalette::PlaceholderText);
        m_formLayout->addRow(none);
        break;
    }
    case MaskOperator::Redact:
        addLine(QStringLiteral("text"), tr("&Text:"), QStringLiteral("***"),
                tr("What every non-empty value becomes"));
        break;
    case MaskOperator::Mask:
        addSpin(QStringLiteral("first"), tr("Keep &first:"), 0, 1000, 1);
        addSpin(QStringLiteral("last"), tr("Keep &last:"), 0, 1000, 1);
        addLine(QStringLiteral("char"), tr("Mask &character:"), QStringLiteral("*"));
        break;
    case MaskOperator::Pseudonym:
        addLine(QStringLiteral("prefix"), tr("&Prefix:"), tr("(none)"),
                tr("Text put before every token, e.g. P-"));
        break;
    case MaskOperator::Bands:
        addLine(QStringLiteral("width"), tr("Band &width:"), QStringLiteral("10"),
                tr("Width of equal bands (a number greater than 0)"));
        addLine(QStringLiteral("breaks"), tr("Or &breaks:"), QStringLiteral("18,40,65"),
                tr("Increasing numbers separated by commas; instead of a width"));
        break;
    case MaskOperator::Date:
        addChoice(QStringLiteral("to"), tr("&Generalise to:"),
                  {{tr("Year"), QStringLiteral("year")},
                   {tr("Quarter"), QStringLiteral("quarter")},
                   {tr("Month"), QStringLiteral("month")}});
        break;
    case MaskOperator::Shift: {
        addSpin(QStringLiteral("days"), tr("Up to &days:"), 1, 36500, 30);
        QList<std::pair<QString, QString>> choices{{tr("(choose the subject key)"), QString()}};
        int current = 0;
        for (const QString &column : std::as_const(m_columns)) {
            if (column == m_subjectKey)
                current = int(choices.size());
            choices.append({column, column});
        }
        addChoice(QStringLiteral("subject"), tr("&Subject key:"), choices, current);
        m_params.back().widget->setToolTip(
            tr("The field identifying the person: all dates of one person move together"));
        break;
    }
    case MaskOperator::TopCode:
        addLine(QStringLiteral("max"), tr("&Maximum:"), QStringLiteral("90"));
        addLine(QStringLiteral("label"), tr("&Label:"), tr("(MAX+)"));
        break;
    case MaskOperator::BottomCode:
        addLine(QStringLiteral("min"), tr("M&inimum:"), tr("(required)"));
        addLine(QStringLiteral("label"), tr("&Label:"), tr("(<=MIN)"));
        break;
    case MaskOperator::Truncate:
        addSpin(QStringLiteral("keep"), tr("&Keep:"), 0, 1000, 3);
        break;
    case MaskOperator::Recode:
        addFileChoice(QStringLiteral("table"), tr("&Table:"),
                      {{tr("ICD-10 category (I21.9 → I21)"), QStringLiteral("builtin:icd10-category")},
                       {tr("ICD-10 chapter (I21.9 → I00-I99)"),
                        QStringLiteral("builtin:icd10-chapter")}},
                      tr("Tables (*.csv *.tsv *.txt);;All files (*)"));
        addChoice(QStringLiteral("unmatched"), tr("&Unmatched values:"),
                  {{tr("Suppress"), QStringLiteral("suppress")}, {tr("Keep"), QStringLiteral("keep")}});
        break;
    case MaskOperator::Hierarchy:
        addFileChoice(QStringLiteral("file"), tr("&Hierarchy file:"), {},
                      tr("Hierarchies (*.csv *.txt);;All files (*)"));
        // Without this field a rule with a built-in hierarchy would lose it when edited here.
        addLine(QStringLiteral("builder"), tr("Or &built-in:"), QStringLiteral("interval:5,10;top=90"),
                tr("A built-in hierarchy instead of a file: date, date:decade, interval:5,10,20;top=90, "
                   "redact:4,3,2, region, icd10, flat or groups:LABEL=VALUE|VALUE;…. Leave both "
                   "empty to use the hierarchy stored in the project for this field."));
        addSpin(QStringLiteral("level"), tr("&Level:"), 0, 1000, 1);
        break;
    }
}

void MaskRuleEditor::addLine(const QString &name, const QString &label,
                             const QString &placeholder, const QString &toolTip)
{
    auto *edit = new QLineEdit(m_form);
    edit->setObjectName(paramObjectName(name));
    edit->setPlaceholderText(placeholder);
    edit->setToolTip(toolTip);
    m_formLayout->addRow(label, edit);
    m_params.append({name, Input::Line, edit});
}

void MaskRuleEditor::addSpin(const QString &name, const QString &label, int min, int max,
                             int value)
{
    auto *spin = new QSpinBox(m_form);
    spin->setObjectName(paramObjectName(name));
    spin->setRange(min, max);
    spin->setValue(value);
    m_formLayout->addRow(label, spin);
    m_params.append({name, Input::Spin, spin});
}

void MaskRuleEditor::addChoice(const QString &name, const QString &label,
                               const QList<std::pair<QString, QString>> &choices, int current)
{
    auto *combo = new QComboBox(m_form);
    combo->setObjectName(paramObjectName(name));
    for (const auto &[text, value] : choices)
        combo->addItem(text, value);
    combo->setCurrentIndex(current);
    m_formLayout->addRow(label, combo);
    m_params.append({name, Input::Choice, combo});
}

void MaskRuleEditor::addFileChoice(const QString &name, const QString &label,
                                   const QList<std::pair<QString, QString>> &builtins,
                                   const QString &fileFilter)
{
    // Built-in tables as items, any file typed or chosen with "Browse…".
    auto *combo = new QComboBox(m_form);
    combo->setObjectName(paramObjectName(name));
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    for (const auto &[text, value] : builtins)
        combo->addItem(text, value);
    combo->setCurrentIndex(builtins.isEmpty() ? -1 : 0);
    if (builtins.isEmpty())
        combo->lineEdit()->setPlaceholderText(tr("(choose a file)"));
    auto *browse = new QToolButton(m_form);
    browse->setObjectName(paramObjectName(name) + QStringLiteral("_browse"));
    browse->setText(tr("Browse…"));
    connect(browse, &QToolButton::clicked, this, [this, combo, fileFilter] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose a File"),
                                                          m_baseDirectory, fileFilter);
        if (!path.isEmpty())
            combo->setEditText(QDir::toNativeSeparators(path));
    });
    auto *row = new QWidget(m_form);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(combo, 1);
    rowLayout->addWidget(browse);
    m_formLayout->addRow(label, row);
    m_params.append({name, Input::EditableChoice, combo});
}

void MaskRuleEditor::setParamValue(const Param &param, const QString &value)
{
    switch (param.input) {
    case Input::Line: static_cast<QLineEdit *>(param.widget)->setText(value); break;
    case Input::Spin: static_cast<QSpinBox *>(param.widget)->setValue(value.toInt()); break;
    case Input::Choice: {
        auto *combo = static_cast<QComboBox *>(param.widget);
        int at = combo->findData(value);
        if (at < 0) { // e.g. a subject field that is no column any more: still show it
            combo->addItem(value, value);
            at = combo->count() - 1;
        }
        combo->setCurrentIndex(at);
        break;
    }
    case Input::EditableChoice: {
        auto *combo = static_cast<QComboBox *>(param.widget);
        const int at = combo->findData(value);
        if (at >= 0)
            combo->setCurrentIndex(at);
        else
            combo->setEditText(value);
        break;
    }
    }
}

QString MaskRuleEditor::paramValue(const Param &param) const
{
    switch (param.input) {
    case Input::Line: return static_cast<QLineEdit *>(param.widget)->text();
    case Input::Spin: return QString::number(static_cast<QSpinBox *>(param.widget)->value());
    case Input::Choice: return static_cast<QComboBox *>(param.widget)->currentData().toString();
    case Input::EditableChoice: {
        auto *combo = static_cast<QComboBox *>(param.widget);
        // A built-in item shows a description; its value is the item's data.
        if (combo->currentIndex() >= 0 && combo->currentText() == combo->itemText(combo->currentIndex()))
            return combo->currentData().toString();
        return combo->currentText().trimmed();
    }
    }
    return {};
}

Result<MaskRule> MaskRuleEditor::rule() const
{
    QList<std::pair<QString, QString>> params;
    for (const Param &p : m_params) {
        const QString value = paramValue(p);
        // An empty text takes the documented default (the placeholder).
        if (!value.isEmpty())
            params.append({p.name, value});
    }
    return MaskRule::create(currentOperator(), std::move(params));
}

void MaskRuleEditor::apply()
{
    if (m_fields.isEmpty())
        return;
    Result<MaskRule> r = rule();
    if (!r) {
        showError(errorSentence(r.error().message));
        return;
    }
    clearError();
    emit applyRequested(m_fields, *r);
}

void MaskRuleEditor::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && !(event->modifiers() & ~Qt::KeypadModifier)) {
        apply();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void MaskRuleEditor::showError(const QString &text)
{
    m_error->showMessage(InlineMessage::Kind::Error, text);
}

void MaskRuleEditor::clearError()
{
    m_error->clearMessage();
}

QString MaskRuleEditor::errorText() const
{
    return m_error->text();
}

} // namespace steward::ui
