#include "connectorpage.h"

#include "connectorwizard.h"

namespace mailflow {

namespace {

struct FieldInfo {
    ConnectorPage::Field field;
    const char *key;
    bool mandatory;
};

// The only place a field key is spelled. A mandatory field ("*") keeps Next off while empty.
constexpr FieldInfo fieldTable[] = {
    {ConnectorPage::Field::ConnectionFrom, "connector.connectionFrom", false},
    {ConnectorPage::Field::ConnectionTo, "connector.connectionTo", false},
    {ConnectorPage::Field::Name, "connector.name", true},
    {ConnectorPage::Field::Description, "connector.description", false},
    {ConnectorPage::Field::Enabled, "connector.enabled", false},
    {ConnectorPage::Field::RetainInternalHeaders, "connector.retainInternalHeaders", false},
    {ConnectorPage::Field::Usage, "connector.usage", false},
    {ConnectorPage::Field::RecipientDomains, "connector.recipientDomains", false},
    {ConnectorPage::Field::Routing, "connector.routing", false},
    {ConnectorPage::Field::SmartHosts, "connector.smartHosts", false},
    {ConnectorPage::Field::AlwaysTls, "connector.alwaysTls", false},
    {ConnectorPage::Field::CertificateCriterion, "connector.certificateCriterion", false},
    {ConnectorPage::Field::TlsDomain, "connector.tlsDomain", false},
    {ConnectorPage::Field::DaneMode, "connector.daneMode", false},
    {ConnectorPage::Field::MtaStsMode, "connector.mtaStsMode", false},
    {ConnectorPage::Field::ValidationRecipients, "connector.validationRecipients", false},
    {ConnectorPage::Field::Identity, "connector.identity", false},
    {ConnectorPage::Field::TlsSenderCertificateName, "connector.tlsSenderCertificateName",
     false},
    {ConnectorPage::Field::SenderIpAddresses, "connector.senderIpAddresses", false},
    {ConnectorPage::Field::SenderDomains, "connector.senderDomains", false},
    {ConnectorPage::Field::RequireTls, "connector.requireTls", false},
    {ConnectorPage::Field::RestrictToCertificate, "connector.restrictToCertificate", false},
    {ConnectorPage::Field::RestrictToIpAddresses, "connector.restrictToIpAddresses", false},
};

const FieldInfo &infoOf(ConnectorPage::Field field)
{
    for (const FieldInfo &info : fieldTable) {
        if (info.field == field)
            return info;
    }
    Q_UNREACHABLE();
}

} // namespace

ConnectorPage::ConnectorPage(QWidget *parent)
    : QWizardPage(parent)
{
}

QString ConnectorPage::fieldKey(Field field)
{
    return QLatin1String(infoOf(field).key);
}

ConnectionEnd ConnectorPage::connectionFrom() const
{
    return static_cast<ConnectionEnd>(fieldValue(Field::ConnectionFrom).toInt());
}

ConnectionEnd ConnectorPage::connectionTo() const
{
    return static_cast<ConnectionEnd>(fieldValue(Field::ConnectionTo).toInt());
}

ConnectorKind ConnectorPage::kind() const
{
    switch (connectionFrom()) {
    case ConnectionEnd::OrganizationServer:
        return ConnectorKind::InboundFromOrganization;
    case ConnectionEnd::Partner:
        return ConnectorKind::InboundFromPartner;
    case ConnectionEnd::Office365:
        break;
    }
    return connectionTo() == ConnectionEnd::Partner ? ConnectorKind::OutboundToPartner
                                                     : ConnectorKind::OutboundToOrganization;
}

QString ConnectorPage::connectorName() const
{
    return fieldValue(Field::Name).toString();
}

QString ConnectorPage::description() const
{
    return fieldValue(Field::Description).toString();
}

bool ConnectorPage::turnItOn() const
{
    return fieldValue(Field::Enabled).toBool();
}

bool ConnectorPage::retainInternalHeaders() const
{
    return fieldValue(Field::RetainInternalHeaders).toBool();
}

ConnectorUsage ConnectorPage::usage() const
{
    return static_cast<ConnectorUsage>(fieldValue(Field::Usage).toInt());
}

QStringList ConnectorPage::recipientDomains() const
{
    return fieldValue(Field::RecipientDomains).toStringList();
}

ConnectorRouting ConnectorPage::routing() const
{
    return static_cast<ConnectorRouting>(fieldValue(Field::Routing).toInt());
}

QStringList ConnectorPage::smartHosts() const
{
    return fieldValue(Field::SmartHosts).toStringList();
}

TlsSettings ConnectorPage::tls() const
{
    if (!fieldValue(Field::AlwaysTls).toBool())
        return TlsSettings::None;
    return static_cast<TlsSettings>(fieldValue(Field::CertificateCriterion).toInt());
}

QString ConnectorPage::tlsDomain() const
{
    return fieldValue(Field::TlsDomain).toString().trimmed();
}

SmtpDaneMode ConnectorPage::daneMode() const
{
    return static_cast<SmtpDaneMode>(fieldValue(Field::DaneMode).toInt());
}

MtaStsMode ConnectorPage::mtaStsMode() const
{
    return static_cast<MtaStsMode>(fieldValue(Field::MtaStsMode).toInt());
}

QStringList ConnectorPage::validationRecipients() const
{
    return fieldValue(Field::ValidationRecipients).toStringList();
}

InboundIdentity ConnectorPage::identity() const
{
    return static_cast<InboundIdentity>(fieldValue(Field::Identity).toInt());
}

QString ConnectorPage::tlsSenderCertificateName() const
{
    return fieldValue(Field::TlsSenderCertificateName).toString().trimmed();
}

QStringList ConnectorPage::senderIpAddresses() const
{
    return fieldValue(Field::SenderIpAddresses).toStringList();
}

QStringList ConnectorPage::senderDomains() const
{
    return fieldValue(Field::SenderDomains).toStringList();
}

bool ConnectorPage::requireTls() const
{
    return fieldValue(Field::RequireTls).toBool();
}

bool ConnectorPage::restrictToCertificate() const
{
    return fieldValue(Field::RestrictToCertificate).toBool();
}

bool ConnectorPage::restrictToIpAddresses() const
{
    return fieldValue(Field::RestrictToIpAddresses).toBool();
}

Connector ConnectorPage::connectorFromFields() const
{
    Connector c;
    c.kind = kind();
    c.name = connectorName().trimmed();
    c.description = description();
    c.enabled = turnItOn();
    c.retainInternalHeaders = retainInternalHeaders();

    c.usage = usage();
    c.recipientDomains = recipientDomains();
    c.routing = routing();
    c.smartHosts = smartHosts();
    c.tls = tls();
    c.tlsDomain = tlsDomain();
    c.daneMode = daneMode();
    c.mtaStsMode = mtaStsMode();
    c.validationRecipients = validationRecipients();

    c.identity = identity();
    c.tlsSenderCertificateName = tlsSenderCertificateName();
    c.senderIpAddresses = senderIpAddresses();
    c.senderDomains = senderDomains();
    c.requireTls = requireTls();
    c.restrictToCertificate = restrictToCertificate();
    c.restrictToIpAddresses = restrictToIpAddresses();
    return c.normalized();
}

void ConnectorPage::loadFields(const Connector &connector)
{
    ConnectionEnd from = ConnectionEnd::Office365;
    ConnectionEnd to = ConnectionEnd::Office365;
    switch (connector.kind) {
    case ConnectorKind::OutboundToOrganization:
        to = ConnectionEnd::OrganizationServer;
        break;
    case ConnectorKind::OutboundToPartner:
        to = ConnectionEnd::Partner;
        break;
    case ConnectorKind::InboundFromOrganization:
        from = ConnectionEnd::OrganizationServer;
        break;
    case ConnectorKind::InboundFromPartner:
        from = ConnectionEnd::Partner;
        break;
    }
    setFieldValue(Field::ConnectionFrom, static_cast<int>(from));
    setFieldValue(Field::ConnectionTo, static_cast<int>(to));

    setFieldValue(Field::Name, connector.name);
    setFieldValue(Field::Description, connector.description);
    setFieldValue(Field::Enabled, connector.enabled);
    setFieldValue(Field::RetainInternalHeaders, connector.retainInternalHeaders);

    setFieldValue(Field::Usage, static_cast<int>(connector.usage));
    setFieldValue(Field::RecipientDomains, connector.recipientDomains);
    setFieldValue(Field::Routing, static_cast<int>(connector.routing));
    setFieldValue(Field::SmartHosts, connector.smartHosts);

    // An opportunistic connector keeps the wizard's default criterion for when TLS is turned on.
    setFieldValue(Field::AlwaysTls, connector.tls != TlsSettings::None);
    if (connector.tls != TlsSettings::None)
        setFieldValue(Field::CertificateCriterion, static_cast<int>(connector.tls));
    setFieldValue(Field::TlsDomain, connector.tlsDomain);
    setFieldValue(Field::DaneMode, static_cast<int>(connector.daneMode));
    setFieldValue(Field::MtaStsMode, static_cast<int>(connector.mtaStsMode));
    setFieldValue(Field::ValidationRecipients, connector.validationRecipients);

    setFieldValue(Field::Identity, static_cast<int>(connector.identity));
    setFieldValue(Field::TlsSenderCertificateName, connector.tlsSenderCertificateName);
    setFieldValue(Field::SenderIpAddresses, connector.senderIpAddresses);
    setFieldValue(Field::SenderDomains, connector.senderDomains);
    setFieldValue(Field::RequireTls, connector.requireTls);
    setFieldValue(Field::RestrictToCertificate, connector.restrictToCertificate);
    setFieldValue(Field::RestrictToIpAddresses, connector.restrictToIpAddresses);
}

void ConnectorPage::cleanupPage()
{
}

void ConnectorPage::registerConnectorField(Field field, QWidget *widget, const char *property,
                                           const char *changedSignal)
{
    const FieldInfo &info = infoOf(field);
    QString name = QLatin1String(info.key);
    if (info.mandatory)
        name += u'*';
    registerField(name, widget, property, changedSignal);
}

QVariant ConnectorPage::fieldValue(Field field) const
{
    return QWizardPage::field(fieldKey(field));
}

void ConnectorPage::setFieldValue(Field field, const QVariant &value)
{
    QWizardPage::setField(fieldKey(field), value);
}

ConnectorWizard *ConnectorPage::connectorWizard() const
{
    return qobject_cast<ConnectorWizard *>(wizard());
}

} // namespace mailflow
