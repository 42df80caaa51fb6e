#include "modeldump.h"

#include "model/rulesentence.h"

#include <QByteArray>

using namespace Qt::StringLiterals;

namespace mailflow {

char *toString(const Connector &c)
{
    const QString text = QStringLiteral(
        "name=%1 kind=%2 enabled=%3 retain=%4 usage=%5 domains=[%6] routing=%7 hosts=[%8] "
        "tls=%9 tlsDomain=%10 dane=%11 mtaSts=%12 recipients=[%13] validated=%14 at=%15 "
        "identity=%16 cert=%17 ips=[%18] senderDomains=[%19] requireTls=%20 restrictCert=%21 "
        "restrictIp=%22 description=%23")
        .arg(c.name).arg(int(c.kind)).arg(c.enabled).arg(c.retainInternalHeaders)
        .arg(int(c.usage)).arg(c.recipientDomains.join(u','))
        .arg(int(c.routing)).arg(c.smartHosts.join(u',')).arg(int(c.tls)).arg(c.tlsDomain)
        .arg(int(c.daneMode)).arg(int(c.mtaStsMode)).arg(c.validationRecipients.join(u','))
        .arg(c.validation.validated).arg(c.validation.lastValidatedUtc.toString(Qt::ISODate))
        .arg(int(c.identity)).arg(c.tlsSenderCertificateName)
        .arg(c.senderIpAddresses.join(u',')).arg(c.senderDomains.join(u','))
        .arg(c.requireTls).arg(c.restrictToCertificate).arg(c.restrictToIpAddresses)
        .arg(c.description);
    return qstrdup(qPrintable(text));
}

char *toString(const MailFlowRule &rule)
{
    // The sentence shows conditions, exceptions and actions; the rest is listed after it.
    const QString text = describeRule(rule) + u" [name '"_s + rule.name + u"', enabled "_s
        + QString::number(rule.enabled) + u", from "_s + rule.activationDate.toString(Qt::ISODate)
        + u", until "_s + rule.expiryDate.toString(Qt::ISODate) + u", comments '"_s
        + rule.comments + u"', parameters "_s + QString::number(rule.unmodelledParameters.size())
        + u']';
    return qstrdup(qPrintable(text));
}

} // namespace mailflow
