#include "ui/AboutDialog.h"

#include "core/common/ComponentVersions.h"
#include "ui/widgets/Icons.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace steward::ui {

namespace {

struct Component {
    QString name;
    QString version;
    QString licence;
    QString url;
};

QList<Component> components()
{
    return {
        {QStringLiteral("Qt"), ComponentVersions::qt(), QStringLiteral("LGPL-3.0"),
         QStringLiteral("https://www.qt.io/licensing/open-source-lgpl-obligations")},
        {QStringLiteral("SQLite"), ComponentVersions::sqlite(), AboutDialog::tr("Public domain"),
         QStringLiteral("https://www.sqlite.org/copyright.html")},
        {QStringLiteral("OpenSSL"), ComponentVersions::openSsl(), QStringLiteral("Apache-2.0"),
         QStringLiteral("https://www.openssl.org/source/license.html")},
        {QStringLiteral("QuaZip"), ComponentVersions::quazip(),
         AboutDialog::tr("LGPL-2.1 with static linking exception"),
         QStringLiteral("https://github.com/stachenov/quazip")},
        {QStringLiteral("zlib"), ComponentVersions::zlib(), QStringLiteral("Zlib"),
         QStringLiteral("https://zlib.net/zlib_license.html")},
        {QStringLiteral("FreeXL"), ComponentVersions::freexl(),
         QStringLiteral("MPL-1.1 / GPL-2.0+ / LGPL-2.1+"),
         QStringLiteral("https://www.gaia-gis.it/fossil/freexl/home")},
        {QStringLiteral("Boost.Program_options"),
         AboutDialog::tr("%1 (command-line tool)").arg(QStringLiteral(STEWARD_BOOST_VERSION)),
         QStringLiteral("BSL-1.0"), QStringLiteral("https://www.boost.org/LICENSE_1_0.txt")},
    };
}

} // namespace

QString AboutDialog::versionInfo()
{
    QStringList lines;
    lines << QStringLiteral("Steward %1").arg(QStringLiteral(STEWARD_VERSION));
    lines << QStringLiteral("Qt %1 (built with %2)")
                 .arg(ComponentVersions::qt(), QStringLiteral(QT_VERSION_STR));
    for (const Component &c : components()) {
        if (c.name != QLatin1String("Qt") && !c.version.isEmpty())
            lines << QStringLiteral("%1 %2").arg(c.name, c.version);
    }
    lines << QSysInfo::prettyProductName() + QStringLiteral(" (")
                 + QSysInfo::currentCpuArchitecture() + QLatin1Char(')');
    return lines.join(QLatin1Char('\n'));
}

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Steward"));

    auto *logo = new QLabel(this);
    logo->setPixmap(icon(IconId::AppLogo).pixmap(QSize(72, 72), devicePixelRatioF()));
    logo->setAlignment(Qt::AlignTop);

    auto *name = new QLabel(tr("Steward"), this);
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.8);
    nameFont.setWeight(QFont::DemiBold);
    name->setFont(nameFont);
    auto *version = new QLabel(tr("Version %1 · Qt %2 (built with Qt %3)")
                                   .arg(QStringLiteral(STEWARD_VERSION), ComponentVersions::qt(),
                                        QStringLiteral(QT_VERSION_STR)),
                               this);
    version->setObjectName(QStringLiteral("aboutVersionLabel"));
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *summary = new QLabel(tr("A workstation for hospital data stewards: import patient-data "
                                  "extracts into one local project file, review them, and "
                                  "prepare them for release under control."),
                               this);
    summary->setWordWrap(true);

    auto *heading = new QVBoxLayout;
    heading->addWidget(name);
    heading->addWidget(version);
    heading->addSpacing(6);
    heading->addWidget(summary);
    auto *top = new QHBoxLayout;
    top->addWidget(logo);
    top->addSpacing(12);
    top->addLayout(heading, 1);

    QString html = QStringLiteral("<p>%1</p><table cellspacing='0' cellpadding='3'>"
                                  "<tr><th align='left'>%2</th><th align='left'>%3</th>"
                                  "<th align='left'>%4</th></tr>")
                       .arg(tr("Steward is built on these open-source components:"),
                            tr("Component"), tr("Version"), tr("Licence"));
    for (const Component &c : components()) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td><a href='%3'>%4</a></td></tr>")
                    .arg(c.name.toHtmlEscaped(), c.version.toHtmlEscaped(), c.url,
                         c.licence.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    auto *credits = new QTextBrowser(this);
    credits->setObjectName(QStringLiteral("aboutComponents"));
    credits->setOpenExternalLinks(true);
    credits->setHtml(html);
    credits->setMinimumHeight(220);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("Copy Version Info"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this,
            [] { QApplication::clipboard()->setText(versionInfo()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addWidget(credits, 1);
    layout->addWidget(buttons);
    resize(600, 460);
}

} // namespace steward::ui
