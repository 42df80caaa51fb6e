#include "connectorwizard.h"

#include "connectorauthenticationpage.h"
#include "connectordirectionpage.h"
#include "connectorinboundsecuritypage.h"
#include "connectornamepage.h"
#include "connectorreviewpage.h"
#include "connectorroutingpage.h"
#include "connectorsecuritypage.h"
#include "connectorusagepage.h"
#include "connectorvalidationpage.h"
#include "logging.h"

namespace mailflow {

ConnectorWizard::ConnectorWizard(const Workspace &workspace, qsizetype editIndex,
                                 QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
    , m_editIndex(editIndex >= 0 && editIndex < workspace.connectors.size() ? editIndex : -1)
{
    setWindowTitle(isEditing() ? tr("Edit connector") : tr("Add a connector"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveHelpButton, false);
    setMinimumSize(740, 600);

    addConnectorPage(NewConnectorPageId, new ConnectorDirectionPage);
    addConnectorPage(NamePageId, new ConnectorNamePage);
    addConnectorPage(UsagePageId, new ConnectorUsagePage);
    addConnectorPage(RoutingPageId, new ConnectorRoutingPage);
    addConnectorPage(SecurityPageId, new ConnectorSecurityPage);
    addConnectorPage(ValidationPageId, new ConnectorValidationPage);
    addConnectorPage(AuthenticationPageId, new ConnectorAuthenticationPage);
    addConnectorPage(InboundSecurityPageId, new ConnectorInboundSecurityPage);
    addConnectorPage(ReviewPageId, new ConnectorReviewPage);
    setStartId(NewConnectorPageId);

    if (isEditing())
        setConnector(m_workspace.connectors.at(m_editIndex));
}

ConnectorWizard::~ConnectorWizard() = default;

Connector ConnectorWizard::connector() const
{
    Connector c = anyPage()->connectorFromFields();
    c.validation = m_validation;
    return c.normalized();
}

void ConnectorWizard::setConnector(const Connector &connector)
{
    // Loading fires the same change signals as typing; the record must survive them.
    m_loading = true;
    anyPage()->loadFields(connector);
    m_loading = false;
    setValidationRecord(connector.validation);
}

void ConnectorWizard::setValidationRecord(const ValidationRecord &record)
{
    if (record == m_validation)
        return;
    m_validation = record;
    Q_EMIT validationRecordChanged(m_validation);
}

bool ConnectorWizard::goBackToPage(int id)
{
    if (!hasVisitedPage(id))
        return false;

    while (currentId() != id) {
        const int before = currentId();
        back();
        if (currentId() == before)
            return false;
    }
    return true;
}

int ConnectorWizard::nextId() const
{
    const ConnectorKind kind = anyPage()->kind();
    const bool outbound = kind == ConnectorKind::OutboundToOrganization
        || kind == ConnectorKind::OutboundToPartner;

    switch (currentId()) {
    case NewConnectorPageId:
        return NamePageId;
    case NamePageId:
        return outbound ? UsagePageId : AuthenticationPageId;
    case UsagePageId:
        return RoutingPageId;
    case RoutingPageId:
        return SecurityPageId;
    case SecurityPageId:
        return ValidationPageId;
    case ValidationPageId:
        return ReviewPageId;
    case AuthenticationPageId:
        // Only a partner connector has inbound security restrictions; the organization's own
        // server already proved itself by certificate or address.
        return kind == ConnectorKind::InboundFromPartner ? InboundSecurityPageId : ReviewPageId;
    case InboundSecurityPageId:
        return ReviewPageId;
    default:
        return -1;
    }
}

void ConnectorWizard::addConnectorPage(PageId id, ConnectorPage *page)
{
    setPage(id, page);
    connect(page, &ConnectorPage::validationInputChanged, this,
            &ConnectorWizard::onValidationInputChanged);
}

void ConnectorWizard::onValidationInputChanged()
{
    // A validation proves something about one set of smart hosts, TLS settings and
    // recipients; once any of them changes the record no longer holds.
    if (m_loading || m_validation == ValidationRecord())
        return;
    qCDebug(lcUi) << "Connector settings changed; clearing the validation record";
    setValidationRecord({});
}

ConnectorPage *ConnectorWizard::anyPage() const
{
    return static_cast<ConnectorPage *>(page(NewConnectorPageId));
}

} // namespace mailflow
