#include "ui/classification/OverrideDialog.h"

#include "ui/classification/ClassificationModel.h"
#include "ui/widgets/GradeStyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace steward::ui {

namespace {

constexpr FieldRole kRoles[] = {FieldRole::Direct, FieldRole::Quasi, FieldRole::Sensitive,
                                FieldRole::Other};
constexpr DataCategory kCategories[] = {
    DataCategory::PersonalAttribute, DataCategory::HealthStatus,
    DataCategory::MedicalApplication, DataCategory::MedicalPayment,
    DataCategory::HealthResource,    DataCategory::PublicHealth,
};
constexpr int kReasonMinChars = 48;

} // namespace

OverrideDialog::OverrideDialog(const QList<FieldClassification> &fields, QWidget *parent)
    : QDialog(parent),
      m_fields(fields),
      m_roleCombo(new QComboBox(this)),
      m_gradeCombo(new QComboBox(this)),
      m_categoryCombo(new QComboBox(this)),
      m_reasonEdit(new QLineEdit(this)),
      m_reasonHint(new QLabel(this)),
      m_okButton(nullptr)
{
    setObjectName(QStringLiteral("overrideDialog"));
    for (const FieldClassification &f : fields)
        m_names << f.name;
    setWindowTitle(fields.size() == 1 ? tr("Override “%1”").arg(m_names.first())
                                      : tr("Override %1 Fields").arg(QLocale().toString(fields.size())));

    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("overrideIntro"));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    if (fields.size() == 1) {
        const FieldClassification &f = fields.first();
        intro->setText(f.hasSuggestion
                           ? tr("Suggested: %1, %2, grade %3.\n%4")
                                 .arg(Taxonomy::fieldRoleLabel(f.suggestion.role),
                                      Taxonomy::dataCategoryLabel(f.suggestion.category),
                                      QLocale().toString(f.suggestion.grade), f.suggestion.evidence)
                           : tr("This field has no suggestion yet."));
    } else {
        intro->setText(tr("The same role and grade are set for the %1 selected fields: %2.")
                           .arg(QLocale().toString(fields.size()), m_names.join(tr(", "))));
    }

    m_roleCombo->setObjectName(QStringLiteral("overrideRoleCombo"));
    for (FieldRole role : kRoles)
        m_roleCombo->addItem(Taxonomy::fieldRoleLabel(role), int(role));
    m_gradeCombo->setObjectName(QStringLiteral("overrideGradeCombo"));
    for (int grade = kMinGrade; grade <= kMaxGrade; ++grade)
        m_gradeCombo->addItem(tr("%1 — %2").arg(QLocale().toString(grade), GradeStyle::scopeText(grade)),
                              grade);
    m_categoryCombo->setObjectName(QStringLiteral("overrideCategoryCombo"));
    if (fields.size() > 1)
        m_categoryCombo->addItem(tr("Each field’s suggested category"), -1);
    for (DataCategory category : kCategories)
        m_categoryCombo->addItem(Taxonomy::dataCategoryLabel(category), int(category));
    m_reasonEdit->setObjectName(QStringLiteral("overrideReasonEdit"));
    m_reasonEdit->setMinimumWidth(m_reasonEdit->fontMetrics().averageCharWidth() * kReasonMinChars);
    m_reasonEdit->setClearButtonEnabled(true);
    m_reasonHint->setObjectName(QStringLiteral("overrideReasonHint"));
    m_reasonHint->setForegroundRole(QPalette::PlaceholderText);
    m_reasonHint->setWordWrap(true);

    if (!fields.isEmpty()) {
        const FieldClassification &f = fields.first();
        const ClassificationModel::Rating rating = ClassificationModel::shownRating(f);
        if (rating.valid) {
            setRole(rating.role);
            setGrade(rating.grade);
            if (fields.size() == 1)
                m_categoryCombo->setCurrentIndex(m_categoryCombo->findData(int(rating.category)));
        }
        if (fields.size() == 1 && f.decision.confirmed)
            m_reasonEdit->setText(f.decision.reason);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Role:"), m_roleCombo);
    form->addRow(tr("&Grade:"), m_gradeCombo);
    form->addRow(tr("&Category:"), m_categoryCombo);
    form->addRow(tr("R&eason:"), m_reasonEdit);
    form->addRow(QString(), m_reasonHint);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("overrideOkButton"));
    m_okButton->setText(tr("&Override"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_roleCombo, &QComboBox::currentIndexChanged, this, &OverrideDialog::updateState);
    connect(m_gradeCombo, &QComboBox::currentIndexChanged, this, &OverrideDialog::updateState);
    connect(m_categoryCombo, &QComboBox::currentIndexChanged, this, &OverrideDialog::updateState);
    connect(m_reasonEdit, &QLineEdit::textChanged, this, &OverrideDialog::updateState);
    m_roleCombo->setFocus();
    updateState();
}

FieldRole OverrideDialog::role() const
{
    return FieldRole(m_roleCombo->currentData().toInt());
}

int OverrideDialog::grade() const
{
    return m_gradeCombo->currentData().toInt();
}

std::optional<DataCategory> OverrideDialog::category() const
{
    const int value = m_categoryCombo->currentData().toInt();
    if (value < 0)
        return std::nullopt;
    return DataCategory(value);
}

QString OverrideDialog::reason() const
{
    return m_reasonEdit->text().trimmed();
}

void OverrideDialog::setRole(FieldRole role)
{
    m_roleCombo->setCurrentIndex(m_roleCombo->findData(int(role)));
}

void OverrideDialog::setGrade(int grade)
{
    m_gradeCombo->setCurrentIndex(m_gradeCombo->findData(grade));
}

void OverrideDialog::setReason(const QString &reason)
{
    m_reasonEdit->setText(reason);
}

bool OverrideDialog::needsReason() const
{
    const std::optional<DataCategory> chosenCategory = category();
    for (const FieldClassification &f : m_fields) {
        if (!f.hasSuggestion)
            return true;
        const Suggestion &s = f.suggestion;
        if (s.role != role() || s.grade != grade()
            || (chosenCategory && *chosenCategory != s.category))
            return true;
    }
    return false;
}

void OverrideDialog::updateState()
{
    const bool required = needsReason();
    const bool missing = required && reason().isEmpty();
    // The same rule as the service's: only a choice that differs from the suggestion needs a reason.
    m_reasonEdit->setPlaceholderText(required ? tr("Why the suggestion does not fit (required)")
                                              : tr("Why this choice (optional)"));
    m_reasonHint->setText(required
                              ? tr("The choice differs from the suggestion: say why. The reason is "
                                   "kept in the audit trail.")
                              : tr("The choice equals the suggestion: a reason is optional."));
    m_okButton->setEnabled(!missing);
}

} // namespace steward::ui
