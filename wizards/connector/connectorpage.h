#pragma once

#include "model/connector.h"

#include <QWizardPage>

namespace mailflow {

class ConnectorWizard;

// One side of "Connection from / Connection to" on the New connector page.
enum class ConnectionEnd { Office365, OrganizationServer, Partner };

// The base of every connector wizard page: it owns the field keys and offers typed getters, so
// no page spells a key and the wizard builds its Connector from one place.
class ConnectorPage : public QWizardPage
{
    Q_OBJECT

public:
    enum class Field {
        ConnectionFrom,
        ConnectionTo,
        Name,
        Description,
        Enabled,
        RetainInternalHeaders,
        Usage,
        RecipientDomains,
        Routing,
        SmartHosts,
        AlwaysTls,
        CertificateCriterion,
        TlsDomain,
        DaneMode,
        MtaStsMode,
        ValidationRecipients,
        Identity,
        TlsSenderCertificateName,
        SenderIpAddresses,
        SenderDomains,
        RequireTls,
        RestrictToCertificate,
        RestrictToIpAddresses,
    };

    explicit ConnectorPage(QWidget *parent = nullptr);

    [[nodiscard]] static QString fieldKey(Field field);

    [[nodiscard]] ConnectionEnd connectionFrom() const;
    [[nodiscard]] ConnectionEnd connectionTo() const;
    [[nodiscard]] ConnectorKind kind() const;
    [[nodiscard]] QString connectorName() const;
    [[nodiscard]] QString description() const;
    [[nodiscard]] bool turnItOn() const;
    [[nodiscard]] bool retainInternalHeaders() const;
    [[nodiscard]] ConnectorUsage usage() const;
    [[nodiscard]] QStringList recipientDomains() const;
    [[nodiscard]] ConnectorRouting routing() const;
    [[nodiscard]] QStringList smartHosts() const;
    [[nodiscard]] TlsSettings tls() const;
    [[nodiscard]] QString tlsDomain() const;
    [[nodiscard]] SmtpDaneMode daneMode() const;
    [[nodiscard]] MtaStsMode mtaStsMode() const;
    [[nodiscard]] QStringList validationRecipients() const;
    [[nodiscard]] InboundIdentity identity() const;
    [[nodiscard]] QString tlsSenderCertificateName() const;
    [[nodiscard]] QStringList senderIpAddresses() const;
    [[nodiscard]] QStringList senderDomains() const;
    [[nodiscard]] bool requireTls() const;
    [[nodiscard]] bool restrictToCertificate() const;
    [[nodiscard]] bool restrictToIpAddresses() const;

    // Everything the fields hold, normalized for the chosen direction; no validation record.
    [[nodiscard]] Connector connectorFromFields() const;

    // Puts every value of the connector into the fields (the wizard's edit mode).
    void loadFields(const Connector &connector);

    // Pages keep what the admin entered when the wizard goes back (Review's Edit links walk
    // back over several pages), so leaving a page resets nothing.
    void cleanupPage() override;

Q_SIGNALS:
    // Something that a validation run depends on (smart hosts, TLS, recipients) changed.
    void validationInputChanged();

protected:
    void registerConnectorField(Field field, QWidget *widget, const char *property = nullptr,
                                const char *changedSignal = nullptr);
    [[nodiscard]] QVariant fieldValue(Field field) const;
    void setFieldValue(Field field, const QVariant &value);
    [[nodiscard]] ConnectorWizard *connectorWizard() const;
};

} // namespace mailflow
