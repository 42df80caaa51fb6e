#include "connectornamepage.h"

#include "common/inlinemessagelabel.h"
#include "connectorwizard.h"
#include "validation/fieldrules.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace mailflow {

ConnectorNamePage::ConnectorNamePage(QWidget *parent)
    : ConnectorPage(parent)
    , m_nameLineEdit(new QLineEdit)
    , m_descriptionEdit(new QPlainTextEdit)
    , m_turnItOnCheckBox(new QCheckBox(tr("&Turn it on")))
    , m_retainHeadersCheckBox(
          new QCheckBox(tr("&Retain internal Exchange email headers (recommended)")))
    , m_messageLabel(new InlineMessageLabel)
{
    setTitle(tr("Connector name"));
    setSubTitle(tr("This connector enforces routing and security restrictions for email "
                   "messages sent between Office 365 and the other end."));

    m_nameLineEdit->setAccessibleName(tr("Name"));
    m_descriptionEdit->setAccessibleName(tr("Description"));
    m_descriptionEdit->setTabChangesFocus(true);
    m_descriptionEdit->setFixedHeight(m_nameLineEdit->sizeHint().height() * 3);
    m_turnItOnCheckBox->setAccessibleName(tr("Turn it on"));
    m_turnItOnCheckBox->setChecked(true);
    m_retainHeadersCheckBox->setAccessibleName(
        tr("Retain internal Exchange email headers (recommended)"));
    m_retainHeadersCheckBox->setChecked(true);
    m_messageLabel->setAccessibleName(tr("Problem with the name"));

    connect(m_nameLineEdit, &QLineEdit::textChanged, this, &ConnectorNamePage::updateMessage);
    connect(m_descriptionEdit, &QPlainTextEdit::textChanged, this,
            &ConnectorNamePage::updateMessage);

    registerConnectorField(Field::Name, m_nameLineEdit);
    registerConnectorField(Field::Description, m_descriptionEdit, "plainText",
                           SIGNAL(textChanged()));
    registerConnectorField(Field::Enabled, m_turnItOnCheckBox);
    registerConnectorField(Field::RetainInternalHeaders, m_retainHeadersCheckBox);

    auto *nameLabel = new QLabel(tr("Na&me *"));
    nameLabel->setBuddy(m_nameLineEdit);
    auto *descriptionLabel = new QLabel(tr("&Description"));
    descriptionLabel->setBuddy(m_descriptionEdit);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->addRow(nameLabel, m_nameLineEdit);
    form->addRow(m_messageLabel);
    form->addRow(descriptionLabel, m_descriptionEdit);

    auto *afterBox = new QGroupBox(tr("What do you want to do after connector is saved?"));
    auto *afterLayout = new QVBoxLayout(afterBox);
    afterLayout->addWidget(m_turnItOnCheckBox);
    afterLayout->addWidget(m_retainHeadersCheckBox);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(afterBox);
    layout->addStretch(1);
}

void ConnectorNamePage::initializePage()
{
    // The admin center offers header retention on connectors that face the organization's
    // own server; a hidden box keeps its value for a connector loaded for editing.
    const ConnectorKind k = kind();
    m_retainHeadersCheckBox->setVisible(k == ConnectorKind::OutboundToOrganization
                                        || k == ConnectorKind::InboundFromOrganization);
    updateMessage();
}

bool ConnectorNamePage::isComplete() const
{
    return ConnectorPage::isComplete() && problem().isEmpty();
}

QString ConnectorNamePage::problem() const
{
    const QString name = m_nameLineEdit->text();
    QString nameProblem = fieldrules::checkName(name);
    if (!nameProblem.isEmpty())
        return nameProblem;

    if (const ConnectorWizard *w = connectorWizard()) {
        const Workspace &workspace = w->workspace();
        for (qsizetype i = 0; i < workspace.connectors.size(); ++i) {
            if (i != w->editIndex()
                && workspace.connectors.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
                return tr("Another connector is already named '%1' (names ignore case). "
                          "Choose a different name.").arg(workspace.connectors.at(i).name);
        }
    }

    const qsizetype descriptionLength = m_descriptionEdit->toPlainText().size();
    if (descriptionLength > fieldrules::maxCommentsLength)
        return tr("The description has %1 characters; at most %2 are allowed.")
            .arg(descriptionLength)
            .arg(fieldrules::maxCommentsLength);
    return {};
}

void ConnectorNamePage::updateMessage()
{
    const QString text = problem();
    if (text.isEmpty())
        m_messageLabel->clearMessage();
    else if (m_nameLineEdit->text().isEmpty())
        m_messageLabel->showHint(tr("Enter a name for the connector to continue."));
    else
        m_messageLabel->showProblem(text);
    Q_EMIT completeChanged();
}

} // namespace mailflow
