#include "ui/NewProjectDialog.h"

#include "ui/Settings.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace steward::ui {

namespace {

const QString kSuffix = QStringLiteral(".steward");

QString withSuffix(const QString &path)
{
    if (path.isEmpty() || path.endsWith(kSuffix, Qt::CaseInsensitive))
        return path;
    return path + kSuffix;
}

// A file name made from a title: characters that file systems or shells dislike become "-".
QString fileNameForTitle(const QString &title)
{
    static const QRegularExpression unsafe(QStringLiteral(R"([\\/:*?"<>|\x00-\x1f]+)"));
    QString name = title.trimmed();
    name.replace(unsafe, QStringLiteral("-"));
    return name.isEmpty() ? QString() : name + kSuffix;
}

} // namespace

NewProjectDialog::NewProjectDialog(QWidget *parent)
    : QDialog(parent),
      m_titleEdit(new QLineEdit(this)),
      m_pathEdit(new QLineEdit(this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_directory(Settings().lastProjectDirectory())
{
    setObjectName(QStringLiteral("newProjectDialog"));
    setWindowTitle(tr("New Project"));

    m_titleEdit->setObjectName(QStringLiteral("projectTitleEdit"));
    m_titleEdit->setPlaceholderText(tr("e.g. Cardiology inpatients 2024"));
    m_pathEdit->setObjectName(QStringLiteral("projectPathEdit"));
    auto *browseButton = new QPushButton(tr("Browse…"), this);
    browseButton->setObjectName(QStringLiteral("browseButton"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(browseButton);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_titleEdit);
    form->addRow(tr("&File:"), pathRow);
    qobject_cast<QLabel *>(form->labelForField(pathRow))->setBuddy(m_pathEdit);

    m_problem->setObjectName(QStringLiteral("pathProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::PlaceholderText);
    auto *note = new QLabel(tr("The project file holds patient data: keep it on an encrypted, "
                               "access-controlled drive. Only your user account can read it."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browseButton, &QPushButton::clicked, this, &NewProjectDialog::browse);
    connect(m_titleEdit, &QLineEdit::textEdited, this, &NewProjectDialog::titleEdited);
    connect(m_pathEdit, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(m_pathEdit, &QLineEdit::textChanged, this, &NewProjectDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(note);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    setTitle(tr("Untitled project"));
    m_titleEdit->selectAll();
}

QString NewProjectDialog::title() const
{
    const QString title = m_titleEdit->text().trimmed();
    return title.isEmpty() ? QFileInfo(path()).completeBaseName() : title;
}

QString NewProjectDialog::path() const
{
    const QString text = m_pathEdit->text().trimmed();
    if (text.isEmpty())
        return {};
    return QDir::cleanPath(QFileInfo(withSuffix(text)).absoluteFilePath());
}

void NewProjectDialog::setTitle(const QString &title)
{
    m_titleEdit->setText(title);
    titleEdited();
}

void NewProjectDialog::setPath(const QString &path)
{
    m_pathEdited = true;
    m_pathEdit->setText(QDir::toNativeSeparators(path));
}

void NewProjectDialog::titleEdited()
{
    if (m_pathEdited)
        return;
    const QString fileName = fileNameForTitle(m_titleEdit->text());
    m_pathEdit->setText(fileName.isEmpty()
                            ? QString()
                            : QDir::toNativeSeparators(QDir(m_directory).filePath(fileName)));
}

void NewProjectDialog::browse()
{
    const QString start = path().isEmpty() ? m_directory : path();
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("New Project"), start, tr("Steward projects (*.steward)"), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (chosen.isEmpty())
        return;
    m_directory = QFileInfo(chosen).absolutePath();
    setPath(withSuffix(chosen));
}

void NewProjectDialog::validate()
{
    QString problem;
    const QString target = path();
    if (target.isEmpty()) {
        problem = tr("Choose where to save the project file.");
    } else {
        const QFileInfo info(target);
        if (info.exists())
            problem = tr("A file named “%1” already exists there. Steward never overwrites a "
                         "file: choose another name.")
                          .arg(info.fileName());
        else if (!QFileInfo(info.absolutePath()).isDir())
            problem = tr("The folder “%1” does not exist.")
                          .arg(QDir::toNativeSeparators(info.absolutePath()));
        else if (!QFileInfo(info.absolutePath()).isWritable())
            problem = tr("You cannot create files in “%1”.")
                          .arg(QDir::toNativeSeparators(info.absolutePath()));
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace steward::ui
