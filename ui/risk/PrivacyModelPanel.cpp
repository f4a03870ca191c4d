#include "ui/risk/PrivacyModelPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace steward::ui {

namespace {

constexpr double kMaxL = 1000.0;

QDoubleSpinBox *percentSpin(QWidget *parent, const QString &name, double value)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(0.01, 100.0);
    spin->setDecimals(2);
    spin->setSingleStep(1.0);
    spin->setValue(value);
    return spin;
}

} // namespace

PrivacyModelPanel::PrivacyModelPanel(QWidget *parent)
    : QWidget(parent),
      m_maxRiskCheck(new QCheckBox(tr("&Highest risk at most:"), this)),
      m_maxRisk(percentSpin(this, QStringLiteral("anonymizeMaxRiskSpin"), 20.0)),
      m_avgRiskCheck(new QCheckBox(tr("A&verage risk at most:"), this)),
      m_avgRisk(percentSpin(this, QStringLiteral("anonymizeAverageRiskSpin"), 5.0)),
      m_riskNote(new QLabel(this)),
      m_table(new QTableWidget(this)),
      m_add(new QComboBox(this))
{
    setObjectName(QStringLiteral("anonymizeModelPanel"));
    m_maxRiskCheck->setObjectName(QStringLiteral("anonymizeMaxRiskCheck"));
    m_maxRiskCheck->setToolTip(tr("The prosecutor risk of the most exposed record, 1 / smallest "
                                  "class: raises k to match"));
    m_avgRiskCheck->setObjectName(QStringLiteral("anonymizeAverageRiskCheck"));
    m_avgRiskCheck->setToolTip(tr("The prosecutor risk averaged over the records kept: classes "
                                  "/ records"));
    m_maxRisk->setSuffix(tr(" %"));
    m_avgRisk->setSuffix(tr(" %"));
    m_riskNote->setObjectName(QStringLiteral("anonymizeRiskNote"));
    m_riskNote->setTextFormat(Qt::PlainText);
    auto *risk = new QFormLayout;
    risk->addRow(m_maxRiskCheck, m_maxRisk);
    risk->addRow(m_avgRiskCheck, m_avgRisk);
    auto *riskRow = new QHBoxLayout;
    riskRow->addLayout(risk);
    riskRow->addWidget(m_riskNote, 1);

    auto *sensitiveTitle = new QLabel(
        tr("Sensitive attributes: what a class must not reveal about its records."), this);
    sensitiveTitle->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("anonymizeSensitiveTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Field"), tr("Model"), tr("Parameter"), tr("c"), tr("What it requires")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Room for "l = 1,000.00" whether a model is chosen yet or not.
    for (int column : {int(ParameterColumn), int(CColumn)}) {
        header->setSectionResizeMode(column, QHeaderView::Fixed);
        m_table->setColumnWidth(column, 120);
    }
    header->setStretchLastSection(true);
    m_add->setObjectName(QStringLiteral("anonymizeAddSensitive"));
    m_add->setToolTip(tr("Add another field as a sensitive attribute"));
    auto *addLine = new QHBoxLayout;
    addLine->addWidget(m_add);
    addLine->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(riskRow);
    layout->addWidget(sensitiveTitle);
    layout->addWidget(m_table, 1);
    layout->addLayout(addLine);

    for (QCheckBox *check : {m_maxRiskCheck, m_avgRiskCheck}) {
        connect(check, &QCheckBox::toggled, this, [this] {
            m_maxRisk->setEnabled(m_maxRiskCheck->isChecked() && !m_busy);
            m_avgRisk->setEnabled(m_avgRiskCheck->isChecked() && !m_busy);
            updateRiskNote();
            emit inputChanged();
        });
    }
    for (QDoubleSpinBox *spin : {m_maxRisk, m_avgRisk}) {
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this] {
            updateRiskNote();
            emit inputChanged();
        });
    }
    connect(m_add, &QComboBox::activated, this, [this](int index) {
        if (index > 0) {
            const int row = addRow(m_add->itemText(index));
            if (row >= 0)
                modelBox(row)->setFocus();
        }
        m_add->setCurrentIndex(0);
    });
    m_maxRisk->setEnabled(false);
    m_avgRisk->setEnabled(false);
}

void PrivacyModelPanel::setCandidates(const QList<Candidate> &fields, const QStringList &sensitive)
{
    m_candidates = fields;
    m_table->setRowCount(0);
    m_add->clear();
    m_add->addItem(tr("Add a sensitive attribute…"));
    for (const Candidate &c : fields)
        m_add->addItem(c.name);
    for (const QString &field : sensitive)
        addRow(field);
}

QStringList PrivacyModelPanel::rows() const
{
    QStringList out;
    for (int row = 0; row < m_table->rowCount(); ++row)
        out.append(m_table->item(row, NameColumn)->text());
    return out;
}

int PrivacyModelPanel::addRow(const QString &field)
{
    const auto candidate = std::find_if(m_candidates.cbegin(), m_candidates.cend(),
                                        [&field](const Candidate &c) { return c.name == field; });
    if (candidate == m_candidates.cend())
        return -1;
    if (const int existing = int(rows().indexOf(field)); existing >= 0)
        return existing;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *name = new QTableWidgetItem(field);
    name->setFlags(Qt::ItemIsEnabled);
    m_table->setItem(row, NameColumn, name);

    auto *model = new QComboBox(m_table);
    model->setObjectName(QStringLiteral("anonymizeSensitiveModel_%1").arg(row));
    model->addItem(tr("None"), NoModel);
    model->addItem(tr("Distinct l-diversity"), Distinct);
    model->addItem(tr("Entropy l-diversity"), Entropy);
    model->addItem(tr("Recursive (c,l)-diversity"), Recursive);
    model->addItem(candidate->numeric ? tr("t-closeness (ordered distance)")
                                      : tr("t-closeness (equal distance)"),
                   Closeness);
    model->setItemData(1, tr("Every class has at least l different values"), Qt::ToolTipRole);
    model->setItemData(2, tr("The values of every class are spread at least as evenly as l "
                             "equally frequent ones"),
                       Qt::ToolTipRole);
    model->setItemData(3, tr("In every class the most frequent value is rarer than c times the "
                             "values from the l-th on together"),
                       Qt::ToolTipRole);
    model->setItemData(4, tr("The values of every class are distributed within distance t of "
                             "the whole table's"),
                       Qt::ToolTipRole);
    m_table->setCellWidget(row, ModelColumn, model);

    // Each spin box in a cell of its own: the view shows cell widgets, so hiding one (no model,
    // no c) must hide it inside its cell.
    const auto inCell = [this](QWidget *widget) {
        auto *cell = new QWidget(m_table);
        auto *layout = new QHBoxLayout(cell);
        layout->setContentsMargins(0, 0, 0, 0);
        widget->setParent(cell);
        layout->addWidget(widget);
        return cell;
    };
    auto *parameter = new QDoubleSpinBox;
    parameter->setObjectName(QStringLiteral("anonymizeSensitiveParameter_%1").arg(row));
    m_table->setCellWidget(row, ParameterColumn, inCell(parameter));
    auto *meaning = new QTableWidgetItem;
    meaning->setFlags(Qt::ItemIsEnabled);
    m_table->setItem(row, MeaningColumn, meaning);
    auto *c = new QDoubleSpinBox;
    c->setObjectName(QStringLiteral("anonymizeSensitiveC_%1").arg(row));
    c->setRange(0.01, kMaxL);
    c->setDecimals(2);
    c->setValue(1.0);
    c->setPrefix(tr("c = "));
    m_table->setCellWidget(row, CColumn, inCell(c));

    connect(model, &QComboBox::currentIndexChanged, this, [this, model] {
        for (int r = 0; r < m_table->rowCount(); ++r) {
            if (m_table->cellWidget(r, ModelColumn) == model)
                configureRow(r);
        }
        emit inputChanged();
    });
    connect(parameter, &QDoubleSpinBox::valueChanged, this, &PrivacyModelPanel::inputChanged);
    connect(c, &QDoubleSpinBox::valueChanged, this, &PrivacyModelPanel::inputChanged);
    configureRow(row);
    emit inputChanged();
    return row;
}

void PrivacyModelPanel::setModel(int row, SensitiveModel::Kind kind, double parameter, double c)
{
    QComboBox *model = modelBox(row);
    int choice = Distinct;
    switch (kind) {
    case SensitiveModel::Kind::DistinctL: choice = Distinct; break;
    case SensitiveModel::Kind::EntropyL: choice = Entropy; break;
    case SensitiveModel::Kind::RecursiveCL: choice = Recursive; break;
    case SensitiveModel::Kind::TCloseness: choice = Closeness; break;
    }
    model->setCurrentIndex(model->findData(choice));
    parameterSpin(row)->setValue(parameter);
    cSpin(row)->setValue(c);
}

void PrivacyModelPanel::clearModel(int row)
{
    modelBox(row)->setCurrentIndex(0);
}

QComboBox *PrivacyModelPanel::modelBox(int row) const
{
    return static_cast<QComboBox *>(m_table->cellWidget(row, ModelColumn));
}

QDoubleSpinBox *PrivacyModelPanel::parameterSpin(int row) const
{
    return m_table->cellWidget(row, ParameterColumn)->findChild<QDoubleSpinBox *>();
}

QDoubleSpinBox *PrivacyModelPanel::cSpin(int row) const
{
    return m_table->cellWidget(row, CColumn)->findChild<QDoubleSpinBox *>();
}

void PrivacyModelPanel::configureRow(int row)
{
    QComboBox *model = modelBox(row);
    QDoubleSpinBox *parameter = parameterSpin(row);
    QDoubleSpinBox *c = cSpin(row);
    const int choice = model->currentData().toInt();
    const QSignalBlocker blocker(parameter);
    switch (choice) {
    case Distinct:
    case Recursive:
        parameter->setDecimals(0);
        parameter->setRange(2.0, kMaxL);
        parameter->setPrefix(tr("l = "));
        break;
    case Entropy:
        parameter->setDecimals(2);
        parameter->setRange(1.0, kMaxL);
        parameter->setPrefix(tr("l = "));
        break;
    case Closeness:
        parameter->setDecimals(3);
        parameter->setRange(0.001, 1.0);
        parameter->setSingleStep(0.05);
        parameter->setPrefix(tr("t = "));
        break;
    default:
        parameter->setPrefix(QString());
        break;
    }
    if (choice == Closeness) {
        if (parameter->value() >= 1.0)
            parameter->setValue(0.2);
    } else {
        parameter->setSingleStep(1.0);
        if (parameter->value() < 2.0)
            parameter->setValue(2.0);
    }
    parameter->setVisible(choice != NoModel);
    c->setVisible(choice == Recursive);
    const QString meaning = choice == NoModel ? tr("Nothing beyond k")
                                              : model->itemData(model->currentIndex(), Qt::ToolTipRole).toString();
    m_table->item(row, MeaningColumn)->setText(meaning);
    m_table->item(row, MeaningColumn)->setToolTip(meaning);
}

void PrivacyModelPanel::applyTo(AnonymizationRequest &request) const
{
    if (m_maxRiskCheck->isChecked())
        request.maxRisk = m_maxRisk->value() / 100.0;
    if (m_avgRiskCheck->isChecked())
        request.maxAverageRisk = m_avgRisk->value() / 100.0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const int choice = modelBox(row)->currentData().toInt();
        if (choice == NoModel)
            continue;
        const QString field = m_table->item(row, NameColumn)->text();
        const double parameter = parameterSpin(row)->value();
        SensitiveModel model;
        switch (choice) {
        case Distinct:
            model.kind = SensitiveModel::Kind::DistinctL;
            model.l = parameter;
            break;
        case Entropy:
            model.kind = SensitiveModel::Kind::EntropyL;
            model.l = parameter;
            break;
        case Recursive:
            model.kind = SensitiveModel::Kind::RecursiveCL;
            model.l = parameter;
            model.c = cSpin(row)->value();
            break;
        default:
            model.kind = SensitiveModel::Kind::TCloseness;
            model.t = parameter;
            for (const Candidate &c : m_candidates) {
                if (c.name == field)
                    model.ordered = c.numeric;
            }
            break;
        }
        request.sensitive.append({field, model});
    }
}

void PrivacyModelPanel::setTargetK(int k)
{
    m_k = k;
    updateRiskNote();
}

QString PrivacyModelPanel::problem(const QStringList &quasi) const
{
    AnonymizationRequest request;
    applyTo(request);
    const QLocale locale;
    for (const AnonymizationSensitive &s : std::as_const(request.sensitive)) {
        if (quasi.contains(s.name))
            return tr("“%1” is checked as a quasi-identifier: a sensitive attribute must be "
                      "another field.")
                .arg(s.name);
        if (s.model.kind == SensitiveModel::Kind::TCloseness)
            continue;
        for (const Candidate &c : m_candidates) {
            if (c.name == s.name && c.distinct >= 0 && double(c.distinct) < s.model.l)
                return tr("“%1” has %Ln distinct value(s): no class can reach l = %2.", nullptr,
                          int(std::min<qint64>(c.distinct, std::numeric_limits<int>::max())))
                    .arg(s.name, locale.toString(s.model.l));
        }
    }
    return {};
}

int PrivacyModelPanel::activeCount() const
{
    AnonymizationRequest request;
    applyTo(request);
    return int(request.sensitive.size()) + (request.maxRisk ? 1 : 0)
           + (request.maxAverageRisk ? 1 : 0);
}

void PrivacyModelPanel::setBusy(bool busy)
{
    m_busy = busy;
    m_maxRiskCheck->setEnabled(!busy);
    m_avgRiskCheck->setEnabled(!busy);
    m_maxRisk->setEnabled(m_maxRiskCheck->isChecked() && !busy);
    m_avgRisk->setEnabled(m_avgRiskCheck->isChecked() && !busy);
    m_table->setEnabled(!busy);
    m_add->setEnabled(!busy);
}

void PrivacyModelPanel::updateRiskNote()
{
    if (!m_maxRiskCheck->isChecked()) {
        m_riskNote->clear();
        return;
    }
    const QLocale locale;
    const double risk = m_maxRisk->value() / 100.0;
    const int implied = AnonymizationService::kForMaxRisk(risk);
    m_riskNote->setText(implied > m_k
                            ? tr("A highest risk of %1 % needs classes of at least %2 records: "
                                 "the search uses k = %2.")
                                  .arg(locale.toString(m_maxRisk->value(), 'f', 2),
                                       locale.toString(implied))
                            : tr("k = %1 already keeps the highest risk at or below %2 %.")
                                  .arg(locale.toString(m_k),
                                       locale.toString(m_maxRisk->value(), 'f', 2)));
}

} // namespace steward::ui
