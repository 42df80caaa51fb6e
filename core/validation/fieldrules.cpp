#include "fieldrules.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace mailflow::fieldrules {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mailflow::FieldRules", text);
}

bool hasSpaceOrControl(const QString &text)
{
    for (const QChar c : text) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

bool isLetterDigitHyphen(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
        || c == u'-';
}

// RFC 1123 labels; returns the problem with the first bad label, or an empty string.
QString checkLabels(const QString &host)
{
    if (host.size() > 253)
        return tr("'%1' is longer than 253 characters.").arg(host.left(40) + u'…');

    const QStringList labels = host.split(u'.');
    for (const QString &label : labels) {
        if (label.isEmpty())
            return tr("'%1' has an empty label (two dots in a row, or a dot at the start or "
                      "end). Remove the extra dot.").arg(host);
        if (label.size() > 63)
            return tr("'%1' has a label longer than 63 characters.").arg(host);
        for (const QChar c : label) {
            if (!isLetterDigitHyphen(c))
                return tr("'%1' contains '%2', which a host name cannot contain. Use letters, "
                          "digits, hyphens and dots only.").arg(host, QString(c));
        }
        if (label.startsWith(u'-') || label.endsWith(u'-'))
            return tr("'%1' has a label that starts or ends with a hyphen.").arg(host);
    }

    static const QRegularExpression digitsOnly(QStringLiteral("^[0-9]+$"));
    if (digitsOnly.match(labels.last()).hasMatch())
        return tr("'%1' is neither a host name nor a complete IPv4 address.").arg(host);
    return {};
}

bool parseOctets(const QString &text, quint32 *value)
{
    const QStringList parts = text.split(u'.');
    if (parts.size() != 4)
        return false;

    quint32 result = 0;
    for (const QString &part : parts) {
        if (part.isEmpty() || part.size() > 3)
            return false;
        for (const QChar c : part) {
            if (c < u'0' || c > u'9')
                return false;
        }
        if (part.size() > 1 && part.startsWith(u'0'))
            return false; // leading zeros read as octal by some resolvers
        const uint octet = part.toUInt();
        if (octet > 255)
            return false;
        result = (result << 8) | octet;
    }
    if (value)
        *value = result;
    return true;
}

// Problems every host-like entry shares: spaces, URLs, ports. Returns empty when none.
QString checkCommonHostMistakes(const QString &host)
{
    if (host.isEmpty())
        return tr("The value is empty. Enter a host name or address.");
    if (hasSpaceOrControl(host))
        return tr("'%1' contains a space. Enter one entry at a time, without spaces.")
            .arg(host.simplified());
    if (host.contains(QStringLiteral("://")))
        return tr("'%1' is a URL. Enter only the host name, without a scheme such as smtp://.")
            .arg(host);
    if (host.contains(u'@'))
        return tr("'%1' is an email address. Enter the host name of the server instead.")
            .arg(host);
    if (host.contains(u',') || host.contains(u';'))
        return tr("'%1' holds several entries. Add each one separately with +.").arg(host);
    if (host.startsWith(u'[') || host.count(u':') > 1)
        return tr("'%1' is an IPv6 address; Exchange Online smart hosts take host names and "
                  "IPv4 addresses only.").arg(host);
    if (host.contains(u':'))
        return tr("'%1' includes a port. Connectors always deliver to port 25; enter the host "
                  "name or address alone.").arg(host);
    if (host.contains(u'/') && !host.section(u'/', 0, 0).contains(u'.'))
        return tr("'%1' is not a valid CIDR range.").arg(host);
    return {};
}

} // namespace

bool isIpv4Address(const QString &text)
{
    return parseOctets(text, nullptr);
}

bool isIpv4Cidr(const QString &text, int *prefixLength)
{
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0)
        return false;

    const QString prefix = text.mid(slash + 1);
    bool ok = false;
    const int length = prefix.toInt(&ok);
    if (!ok || prefix.isEmpty() || prefix.startsWith(u'+') || length < 0 || length > 32)
        return false;
    if (!parseOctets(text.left(slash), nullptr))
        return false;
    if (prefixLength)
        *prefixLength = length;
    return true;
}

QString checkName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("A name is required.");
    if (name.size() > maxNameLength)
        return tr("The name has %1 characters; at most %2 are allowed.")
            .arg(name.size()).arg(maxNameLength);
    if (name != name.trimmed())
        return tr("The name starts or ends with a space. Remove it.");
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return tr("The name contains a control character (such as a tab or line break).");
    }
    return {};
}

QString checkHostName(const QString &host)
{
    const QString common = checkCommonHostMistakes(host);
    if (!common.isEmpty())
        return common;
    if (host.contains(u'/'))
        return tr("'%1' is a range, not a host name.").arg(host);
    return checkLabels(host);
}

QString checkSmartHost(const QString &host)
{
    const QString common = checkCommonHostMistakes(host);
    if (!common.isEmpty())
        return common;

    if (host.contains(u'/')) {
        if (isIpv4Cidr(host))
            return {};
        return tr("'%1' is not a valid IPv4 CIDR range. Write it as address/prefix, for "
                  "example 192.0.2.0/28.").arg(host);
    }
    if (isIpv4Address(host))
        return {};

    static const QRegularExpression dottedNumbers(QStringLiteral("^[0-9.]+$"));
    if (dottedNumbers.match(host).hasMatch())
        return tr("'%1' is not a valid IPv4 address: it needs four numbers from 0 to 255, "
                  "without leading zeros.").arg(host);
    return checkLabels(host);
}

QString checkMailbox(const QString &address)
{
    if (address.isEmpty())
        return tr("The address is empty. Enter an address such as someone@example.com.");
    // RFC 5321 allows spaces inside a quoted local part ("first last"@contoso.com) only.
    const qsizetype at = address.lastIndexOf(u'@');
    const bool quotedLocal = at > 0 && address.startsWith(u'"');
    if (hasSpaceOrControl(quotedLocal ? address.mid(at + 1) : address))
        return tr("'%1' contains a space. Enter one address at a time.").arg(address.simplified());

    if (at < 0)
        return tr("'%1' has no @. Enter a full address such as someone@example.com.")
            .arg(address);
    if (address.size() > 254)
        return tr("'%1' is longer than 254 characters.").arg(address.left(40) + u'…');

    const QString local = address.left(at);
    const QString domain = address.mid(at + 1);
    if (local.isEmpty())
        return tr("'%1' has nothing before the @.").arg(address);
    if (local.size() > 64)
        return tr("'%1' has more than 64 characters before the @.").arg(address);

    // RFC 5321 local part: a dot-string of atext, or a quoted string.
    if (local.startsWith(u'"')) {
        static const QRegularExpression quoted(
            QStringLiteral(R"(^"([\x20-\x21\x23-\x5b\x5d-\x7e]|\\[\x20-\x7e])*"$)"));
        if (!quoted.match(local).hasMatch())
            return tr("'%1' has a quoted part that is not closed correctly.").arg(address);
    } else {
        static const QString atom = QStringLiteral(R"([A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]+)");
        static const QRegularExpression dotString(
            QStringLiteral("^%1(\\.%1)*$").arg(atom));
        if (!dotString.match(local).hasMatch())
            return tr("'%1' is not a valid address: the part before the @ may hold letters, "
                      "digits and !#$%&'*+-/=?^_`{|}~, with single dots between them.")
                .arg(address);
    }

    if (domain.isEmpty())
        return tr("'%1' has nothing after the @.").arg(address);
    if (domain.startsWith(u'[') && domain.endsWith(u']')) {
        if (isIpv4Address(domain.mid(1, domain.size() - 2)))
            return {};
        return tr("'%1' has an address literal that is not an IPv4 address.").arg(address);
    }
    const QString labels = checkLabels(domain);
    if (!labels.isEmpty())
        return tr("The domain of '%1' is not valid: %2").arg(address, labels);
    if (!domain.contains(u'.'))
        return tr("The domain of '%1' has no dot. Enter a full domain such as example.com.")
            .arg(address);
    return {};
}

QString checkDomain(const QString &domain)
{
    const QString common = checkCommonHostMistakes(domain);
    if (!common.isEmpty())
        return common;
    if (domain.contains(u'*'))
        return tr("'%1' contains a wildcard, which this field does not accept.").arg(domain);
    if (isIpv4Address(domain))
        return tr("'%1' is an IP address; enter a domain name.").arg(domain);
    return checkLabels(domain);
}

QString checkTlsDomain(const QString &domain)
{
    if (domain.isEmpty())
        return tr("Enter the domain the certificate must name, such as mail.contoso.com or "
                  "*.contoso.com.");
    if (domain.startsWith(QStringLiteral("*."))) {
        const QString rest = domain.mid(2);
        if (rest.contains(u'*'))
            return tr("'%1' has more than one wildcard; only the left-most label may be *.")
                .arg(domain);
        return checkDomain(rest);
    }
    if (domain.contains(u'*'))
        return tr("'%1' has a wildcard that is not the whole left-most label. Use the form "
                  "*.contoso.com.").arg(domain);
    return checkDomain(domain);
}

QString checkDomainPattern(const QString &domain)
{
    if (domain == u'*')
        return {};
    if (domain.startsWith(QStringLiteral("*."))) {
        const QString rest = domain.mid(2);
        if (rest.contains(u'*'))
            return tr("'%1' has a wildcard inside the name; only a leading *. is allowed.")
                .arg(domain);
        return checkDomain(rest);
    }
    if (domain.contains(u'*'))
        return tr("'%1' has a wildcard inside the name; only a leading *. is allowed.")
            .arg(domain);
    return checkDomain(domain);
}

QString checkSenderIpAddress(const QString &entry)
{
    if (entry.isEmpty())
        return tr("The value is empty. Enter an IPv4 address, range or CIDR block.");
    if (hasSpaceOrControl(entry))
        return tr("'%1' contains a space. Enter one entry at a time.").arg(entry.simplified());
    if (isIpv4Address(entry) || isIpv4Cidr(entry))
        return {};

    const qsizetype dash = entry.indexOf(u'-');
    quint32 first = 0;
    quint32 last = 0;
    if (dash > 0 && parseOctets(entry.left(dash), &first)
        && parseOctets(entry.mid(dash + 1), &last)) {
        if (first > last)
            return tr("'%1' is a range whose first address is after its last.").arg(entry);
        return {};
    }
    return tr("'%1' is not an IPv4 address (192.0.2.10), range (192.0.2.10-192.0.2.20) or "
              "CIDR block (192.0.2.0/24).").arg(entry);
}

QString checkPattern(const QString &pattern)
{
    if (pattern.isEmpty())
        return tr("The pattern is empty.");

    const QRegularExpression expression(pattern);
    if (!expression.isValid())
        return tr("'%1' is not a valid regular expression: %2 at position %3.")
            .arg(pattern, expression.errorString())
            .arg(expression.patternErrorOffset() + 1);
    return {};
}

QString checkHeaderName(const QString &name)
{
    if (name.isEmpty())
        return tr("Enter the name of a message header, such as X-Routing.");
    for (const QChar c : name) {
        if (c.unicode() < 33 || c.unicode() > 126 || c == u':')
            return tr("'%1' is not a valid header name: use printable ASCII without spaces "
                      "or colons.").arg(name);
    }
    return {};
}

QString checkEnhancedStatusCode(const QString &code)
{
    static const QRegularExpression allowed(QStringLiteral("^5\\.7\\.(1|9[0-9]{2})$"));
    if (allowed.match(code).hasMatch())
        return {};
    return tr("'%1' is not an allowed enhanced status code. Use 5.7.1 or a code from 5.7.900 "
              "to 5.7.999.").arg(code);
}

} // namespace mailflow::fieldrules
