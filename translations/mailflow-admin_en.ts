<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>Mailflow Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailflow workspaces (*.mailflow.json);;JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow</name>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, used only by rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, for listed domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, for all accepted domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office 365</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organization&apos;s email server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives mail sent to Office 365</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when a mail flow rule redirects messages to this connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for mail sent to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For mail sent to all accepted domains of the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the MX record of the partner&apos;s domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart hosts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS when offered (opportunistic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always TLS; any certificate, including self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always TLS; certificate issued by a trusted CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always TLS; trusted CA and the certificate names %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation failed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated on %1 against %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 property matches %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 property includes %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word is empty. Remove it or enter a word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one user property and enter its words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a user property. Choose one from the list, such as City or Department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The property %1 appears twice; put all its words in one entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The property %1 has no words. Enter at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any of these words: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any of these patterns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 includes %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the explanation %1 and status code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown condition &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown action &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose inside or outside the organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a size greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the connector to redirect to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connector &apos;%1&apos; does not exist. Choose an existing outbound connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connector &apos;%1&apos; is an inbound connector; only outbound connectors can receive redirected messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the explanation the sender will see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test with Policy Tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test without Policy Tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For every message, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Except if %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop processing more rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode: %1 (actions are only logged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule is turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a different name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recipient domain is listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one domain with +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use of connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accepted domains is offered only for connectors to your organization&apos;s email server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No smart host is listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the host name or IP address of each server with +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectors to your organization&apos;s email server route through smart hosts only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sender IP address is listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add each address or range with +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sender domain is listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the partner&apos;s domains with +, or * for any domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another connector is already named &apos;%1&apos; (names ignore case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description has %1 characters; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another rule is already named &apos;%1&apos; (names ignore case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply this rule if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule has no condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a condition under “Apply this rule if…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do the following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule has no action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action under “Do the following…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Except if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do the following: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate this rule on the following date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule is deactivated before it is activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the deactivation date after the activation date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comments have %1 characters; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::Collector</name>
    <message>
        <source>&apos;%1&apos; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove one of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::ConnectorAuthenticationPage</name>
    <message>
        <source>Sender &amp;domains * (use * to accept any domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticating sent email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fabrikam.com, *.fabrikam.com or *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate subject domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail.contoso.com or *.contoso.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>192.0.2.10, 192.0.2.10-192.0.2.20 or 192.0.2.0/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the &amp;subject name on the sending server&apos;s certificate, matching this domain (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the certificate subject name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office 365 accepts the mail when the subject name on the certificate that the sending server uses to authenticate with Office 365 matches this domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By verifying that the sender domain matches one of the domains &amp;above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the sender domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By verifying that the &amp;IP address of the sending server matches one of these IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the IP address of the sending server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How Office 365 identifies email from the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why Next is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How should Office 365 identify email from your partner organization?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How should Office 365 identify email from your email server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one sender domain with + (or * for any domain) to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one IP address or range with + to continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::ConnectorDirectionPage</name>
    <message>
        <source>New connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify your mail flow scenario, and we&apos;ll let you know if you need to set up a connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office &amp;365</source>
        <comment>connection from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection from Office 365</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;organization&apos;s email server</source>
        <comment>connection from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection from your organization&apos;s email server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner organization</source>
        <comment>connection from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection from partner organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ffice 365</source>
        <comment>connection to</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to Office 365</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organization&apos;s &amp;email server</source>
        <comment>connection to</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to your organization&apos;s email server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;artner organization</source>
        <comment>connection to</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to partner organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connector from Office 365 delivers outbound mail; a connector to Office 365 accepts inbound mail. One end is always Office 365.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::ConnectorInboundSecurityPage</name>
    <message>
        <source>&amp;Reject email messages if they aren&apos;t sent over Transport Layer Security (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And require that the &amp;subject name on the partner&apos;s certificate matches this domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject email messages if they aren&apos;t sent from within this &amp;IP address range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What security restrictions do you want to apply to email from your partner organization?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject email messages not sent over TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require a certificate subject name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject name or subject alternative name on the certificate that the partner uses to authenticate with Office 365 must match this domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate subject domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail.fabrikam.com or *.fabrikam.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject email not sent from these IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>192.0.2.0/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why Next is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one IP address or range with + to continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::ConnectorNamePage</name>
    <message>
        <source>&amp;Turn it on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retain internal Exchange email headers (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connector enforces routing and security restrictions for email messages sent between Office 365 and the other end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn it on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retain internal Exchange email headers (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you want to do after connector is saved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another connector is already named &apos;%1&apos; (names ignore case). Choose a different name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description has %1 characters; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the connector to continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::ConnectorReviewPage</name>
    <message>
        <source>Yes</source>
        <comment>setting on</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <comment>setting off</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>empty list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <comment>SMTP DANE mode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunistic</source>
        <comment>SMTP DANE mode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory</source>
        <comment>SMTP DANE mode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <comment>MTA-STS mode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunistic</source>
        <comment>MTA-STS mode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the settings below. Use Edit to change a section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <comment>save the edited connector</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last validation of this connector failed. Save it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connector has not been validated. Save it anyway? You can validate it later from the connector list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save without a successful validation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>go back to a section of the wizard</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>label of a setting</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail flow scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>empty</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn it on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retain internal Exchange email headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use of connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP DANE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTA-STS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticating sent email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject email not sent over TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate subject must match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only from these IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::ConnectorRoutingPage</name>
    <message>
        <source>&amp;Smart hosts *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify how you want to route email messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify one or more smart hosts to which Office 365 will deliver email messages. A smart host is a host name (such as mail.contoso.com), an IPv4 address or an IPv4 CIDR range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smart host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail.contoso.com, 192.0.2.10 or 192.0.2.0/28</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;MX record associated with the partner&apos;s domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the MX record associated with the partner&apos;s domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route email through these &amp;smart hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route email through these smart hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why Next is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one smart host with + to continue: Next stays off until the list holds a smart host.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::ConnectorSecurityPage</name>
    <message>
        <source>&amp;Always use Transport Layer Security (TLS) to secure the connection (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect only if the recipient&apos;s email server certificate matches this criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How should Office 365 connect to your organization&apos;s email server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always use Transport Layer Security (TLS) to secure the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any digital &amp;certificate, including self-signed certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any digital certificate, including self-signed certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by a trusted certificate a&amp;uthority (CA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by a trusted certificate authority (CA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by a trusted CA, and the subject name or SAN &amp;matches this domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by a trusted CA, and the subject name or subject alternative name matches this domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject name or subject alternative name (SAN) of the receiving server&apos;s certificate must match this domain; *.contoso.com covers one label to the left of contoso.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail.contoso.com or *.contoso.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the certificate domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <comment>SMTP DANE mode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunistic</source>
        <comment>SMTP DANE mode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory</source>
        <comment>SMTP DANE mode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP DANE mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <comment>MTA-STS mode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunistic</source>
        <comment>MTA-STS mode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTA-STS mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport Layer Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP &amp;DANE with DNSSEC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTA-&amp;STS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunistic uses DANE or MTA-STS when the receiving domain publishes it. Mandatory DANE queues mail that cannot be delivered with a DNSSEC-backed TLSA match for a day, then returns it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport security standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How should Office 365 connect to your partner organization&apos;s email server?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::ConnectorTableModel</name>
    <message>
        <source>Incoming mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirecting rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accepted domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS if offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS, any certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS, trusted CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS, trusted CA naming %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::ConnectorUsagePage</name>
    <message>
        <source>Use of connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify when you want to use the connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contoso.com or *.contoso.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when I have a &amp;transport rule set up that redirects messages to this connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when a transport rule redirects messages to this connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when email messages are sent to these &amp;domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when email messages are sent to these domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For email messages sent to &amp;all accepted domains in your organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For email messages sent to all accepted domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why Next is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one recipient domain with + to continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::ConnectorValidationPage</name>
    <message>
        <source>&amp;Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deta&amp;ils</source>
        <comment>show the SMTP transcript</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <comment>choose a CA file</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a &amp;test message after the recipients are accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify an email address for an active mailbox, then validate the connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone@contoso.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <comment>of a validation task</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show SMTP transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port for this test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra trusted CA certificates file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file, for a private certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose CA certificates file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address for this test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postmaster address of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email addresses *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sen&amp;der:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For testing only; a connector stores none of these. Office 365 always delivers to port 25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify an email address in your partner&apos;s domain. A test message is sent to each address through this connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify an email address for an active mailbox that&apos;s on your organization&apos;s email server. A test message is sent to each address through this connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validating the connector…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>validation task status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>validation task status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <comment>validation task status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>validation task status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <comment>validation task status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation was cancelled; the connector&apos;s validation state is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart hosts, TLS settings or addresses changed since the last validation; validate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one address with + to enable Validate. Validating is optional but recommended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::ConnectorWizard</name>
    <message>
        <source>Edit connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a connector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::ConnectorsPage</name>
    <message>
        <source>Connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected connector details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add connector…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;urn off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn connector on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add connector &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit connector &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the connector &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rules redirect to it and will point at nothing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete connector &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off connector &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on connector &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate connector &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;urn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a connector to read its settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::EntryListEditor</name>
    <message>
        <source>entry</source>
        <comment>one item of a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <comment>add the typed entry to the list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>remove the selected list entry</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the new %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::FileActions</name>
    <message>
        <source>Cannot open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save workspace as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved. The previous file is unchanged.

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::HeaderValueDialog</name>
    <message>
        <source>Set a message header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message &amp;header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::InteropActions</name>
    <message>
        <source>PowerShell scripts (*.ps1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerShell &amp;script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerShell script that &amp;updates existing objects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rule collection (XML)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule collections (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import connectors and rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerShell scripts and rule collections (*.ps1 *.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported; the workspace is unchanged.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: the workspace already has %2. Rename or delete them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n connector(s)</source>
        <translation>
            <numerusform>Imported %n connector</numerusform>
            <numerusform>Imported %n connectors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rule(s)</source>
        <translation>
            <numerusform>Imported %n rule</numerusform>
            <numerusform>Imported %n rules</numerusform>
        </translation>
    </message>
    <message>
        <source>Export workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sample workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written to %1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::ItemListDialog</name>
    <message>
        <source>Enter a word or phrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter text patterns (regular expressions). The condition matches when any one of them matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text pattern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter email addresses, one at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone@contoso.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter domain names, one at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contoso.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter words or phrases, one at a time; a phrase such as New Orleans stays one entry. The condition matches when any one of them appears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Word or phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word or phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words and phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message &amp;header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is typed but not added yet. Press + or Enter to add it, or clear the field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::Lint</name>
    <message>
        <source>&quot;this network&quot; (0.0.0.0/8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a private range (10.0.0.0/8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the carrier-grade NAT range (100.64.0.0/10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loopback range (127.0.0.0/8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link-local range (169.254.0.0/16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a private range (172.16.0.0/12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a private range (192.168.0.0/16)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sample workspace.&lt;/b&gt; This is the reference scenario with example domains. Change it freely; use File → Save As to keep a copy of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample workspace notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Sample Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mail flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;connector…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add r&amp;ule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Mailflow Admin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::PredicateRow</name>
    <message>
        <source>Select one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <comment>a subject such as The recipient…</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×</source>
        <comment>remove this row</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos;: choose another or remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown condition &apos;%1&apos;: choose another or remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an action first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a condition first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter text patterns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter addresses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter domains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter header and words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter header and text patterns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter size…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter header and value…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::PredicateRowList</name>
    <message>
        <source>+ &amp;Add condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Add a&amp;ction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Add exce&amp;ption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition %1: choose what to check in both lists, or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1: choose what to do in both lists, or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception %1: choose what to check in both lists, or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove condition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove exception %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::PredicateType</name>
    <message>
        <source>%1… %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::Predicates</name>
    <message>
        <source>The sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sender is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is external/internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sender is located %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a member of this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sender is a member of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sender&apos;s domain is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address includes any of these words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sender&apos;s address includes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address matches any of these text patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sender&apos;s address matches %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has specific properties including any of these words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sender&apos;s %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has specific properties matching these text patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message is sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recipient is located %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recipient is a member of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recipient&apos;s domain is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recipient&apos;s address includes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recipient&apos;s address matches %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recipient&apos;s %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject or body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject includes any of these words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subject includes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject matches these text patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subject matches %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject or body includes any of these words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subject or body includes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject or body matches these text patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subject or body matches %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size is greater than or equal to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message size is at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>includes any of these words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches these text patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect the message to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the following connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect the message to the connector %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect the message to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the To box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add %1 to the To box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the Cc box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy the message to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the Bcc box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blind copy the message to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject the message and include an explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject the message with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the message without notifying anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modify the message properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepend the subject of the message with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepend the subject with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set a message header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the message header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modify the message security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>require TLS encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>require TLS encryption for delivery</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::ProblemLabel</name>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::ProblemsPanel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::RejectionDialog</name>
    <message>
        <source>Specify rejection reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhanced status code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5.7.1, or a code from 5.7.900 to 5.7.999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explanation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhanced &amp;status code:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::RuleEditor</name>
    <message>
        <source>&amp;Turn on this rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;More options…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on this rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply this rule &amp;if…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do the &amp;following…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xcept if…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties of this rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fe&amp;wer options</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::RuleOptionsPanel</name>
    <message>
        <source>Acti&amp;vate this rule on the following date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate this r&amp;ule on the following date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop processing more ru&amp;les</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defer the messa&amp;ge if rule processing doesn&apos;t complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a mode for this rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test with Polic&amp;y Tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test wit&amp;hout Policy Tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test with Policy Tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test without Policy Tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate this rule on the following date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate this rule on the following date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 runs first. Taking a used priority moves that rule and the ones after it down by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The only rule, so it runs first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 runs first, %1 runs last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop processing more rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defer the message if rule processing doesn&apos;t complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match sender address in message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header or envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the rule exists, who asked for it (at most %1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match sender a&amp;ddress in message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;omments:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::RuleTableModel</name>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::RulesPage</name>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected rule summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;urn off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn rule on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move rule up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move rule down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit rule &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the rule &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete rule &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off rule &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on rule &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move rule &apos;%1&apos; up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move rule &apos;%1&apos; down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;urn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a rule to read what it does.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::ScopeDialog</name>
    <message>
        <source>Select sender or recipient location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::SelectConnectorDialog</name>
    <message>
        <source>Select connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no outbound connector, so there is nothing to redirect to. Cancel, create an outbound connector under Mail flow → Connectors first, then edit this rule again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the outbound connector that delivers the redirected messages. Connectors used only by rules are meant for this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::SelectUserPropertiesDialog</name>
    <message>
        <source>+</source>
        <comment>add a user property</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select user properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each entry compares one user property from the directory with text patterns. Press + to add a property, choose it, then add its patterns. The condition matches when any entry matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each entry compares one user property from the directory with words or phrases. Press + to add a property, choose it, then add its words. The condition matches when any entry matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected user property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word or phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words and phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pattern such as ^New Orl, then +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word or phrase such as New Orleans, then +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Property:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text patterns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Words or phrases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User properties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 has no property. Choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is typed but not added yet. Press + or Enter to add it, or clear the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a property)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no patterns yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no words yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains a comma, which separates entries in Exchange (City:New Orleans,Baton Rouge). Add each part separately with +.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::SizeDialog</name>
    <message>
        <source>Specify size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::TextValueDialog</name>
    <message>
        <source>Specify text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::ValueDialog</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::ValueListEditor</name>
    <message>
        <source>+</source>
        <comment>add the typed entry</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the typed entry to the list (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::WorkspaceDocument</name>
    <message>
        <source>Sample workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::WorkspaceEdits</name>
    <message>
        <source>connector &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::cli</name>
    <message>
        <source>Check a workspace file for mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the connectors and rules of a workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a workspace as a PowerShell script or a rule collection (XML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a PowerShell script or a rule collection into a workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the connectors and rules that differ between two workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate an outbound connector: probe its smart hosts and send a test email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mailflow-admin [FILE…]
       mailflow-admin COMMAND [OPTIONS] FILE

Designs, checks and validates Exchange Online conditional mail routing offline. Without a command, opens the window (with the given workspace files).

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Options:
  -h, --help     Show this help; &apos;mailflow-admin COMMAND --help&apos; shows a command&apos;s options.
  -v, --version  Show the version.

Exit status: 0 success, 1 problems found, 2 usage or file error.
The commands print their own messages; set QT_LOGGING_RULES=&quot;mailflow.*=true&quot; to see the log as well.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command. Commands: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the connectors and rules that were added, removed or changed from OLD to NEW. Rules are matched by name; a rule&apos;s priority is reported only when its order among the others changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier workspace file (or .ps1 or .xml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The later one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give two files, for example &apos;mailflow-admin diff before.mailflow.json after.mailflow.json&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not a regular file (a folder, device or FIFO); name a file to write, or - for standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the workspace being exported; name a different file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the workspace for Exchange Online: a PowerShell script of New-… commands, or a rule collection as Export-TransportRuleCollection writes it (rules only). The result is read back and compared with the workspace before it is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write; - for standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>powershell or rule-xml; by default the one OUT&apos;s extension names (.ps1, .xml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerShell: update connectors and rules that exist already (Set-…) instead of failing on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file (*.mailflow.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one workspace file, for example &apos;mailflow-admin export contoso.mailflow.json -o contoso.ps1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file to write with -o, for example -o contoso.ps1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a format; use powershell or rule-xml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the format with --format powershell or --format rule-xml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--idempotent applies to --format powershell only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already, and may hold changes made by hand. Add --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerShell script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule collection (UTF-16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 as a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not a regular file (a folder, device or FIFO); name a workspace file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the file being imported; name a different workspace file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads connectors and rules from a PowerShell script of the shape &apos;export&apos; writes, or rules from a rule collection (Export-TransportRuleCollection), and saves them as a workspace file. Parameters Mailflow Admin has no field for are kept word for word and written back by every export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace FILE if it exists (the old one is kept as .bak).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .ps1 script or .xml file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one file to import, for example &apos;mailflow-admin import rules.xml -o contoso.mailflow.json&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the workspace file to write with -o, for example -o contoso.mailflow.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already. Add --force to replace it; the old file is kept as %1.bak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks a workspace file: every field as the admin center would, and the connectors and rules together (redirect targets, TLS, smart hosts, dates, service limits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the problems as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one workspace file, for example &apos;mailflow-admin lint contoso.mailflow.json&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sending server&apos;s certificate names %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sending server&apos;s IP address is one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s domain is one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retain internal headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the connectors and the rules (in priority order) of a workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one workspace file, for example &apos;mailflow-admin show contoso.mailflow.json&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectors (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules in priority order (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validates an outbound connector: connects to every smart host address, checks TLS as the connector requires, and sends a test message to its validation recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connector to validate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to this port instead of 25 (for testing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAIL FROM address (default: postmaster of this host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after RCPT TO: check recipients without sending a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait for one step of the dialogue, in seconds (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this address for a smart host name instead of asking DNS (repeatable), e.g. mail.contoso.com=192.0.2.10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host=address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the full report as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one workspace file, e.g. &apos;mailflow-admin validate contoso.mailflow.json --connector NAME&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which connector to validate with --connector NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port: &apos;%1&apos; is not a port number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ca-file: &apos;%1&apos; does not exist or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sender: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout: &apos;%1&apos; is not a number of seconds from 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resolve: &apos;%1&apos; is not host=address, e.g. mail.contoso.com=192.0.2.10 (an IPv4 address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no connectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connector named &apos;%1&apos; in &apos;%2&apos;. Its connectors are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an inbound connector. Validation sends mail from Office 365 to a server, so it applies to outbound connectors only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no validation recipients. Add one or more mailboxes on the destination server (Validation email page of the connector wizard, or &quot;validationRecipients&quot; in the file), then validate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector &apos;%1&apos; has settings the admin center would not save; fix them first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>task status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <comment>task status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <comment>task status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>task status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <comment>task status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <comment>step outcome</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <comment>step outcome</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation succeeded in %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation failed after %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ca-file: &apos;%1&apos; holds no PEM certificate (-----BEGIN CERTIFICATE-----). Convert a DER file with &apos;openssl x509 -inform der&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the MX records of the recipients&apos; domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validating connector &apos;%1&apos; through %2; recipients: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::fieldrules</name>
    <message>
        <source>&apos;%1&apos; is longer than 253 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an empty label (two dots in a row, or a dot at the start or end). Remove the extra dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a label longer than 63 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains &apos;%2&apos;, which a host name cannot contain. Use letters, digits, hyphens and dots only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a label that starts or ends with a hyphen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a host name nor a complete IPv4 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is empty. Enter a host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains a space. Enter one entry at a time, without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a URL. Enter only the host name, without a scheme such as smtp://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an email address. Enter the host name of the server instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds several entries. Add each one separately with +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an IPv6 address; Exchange Online smart hosts take host names and IPv4 addresses only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; includes a port. Connectors always deliver to port 25; enter the host name or address alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid CIDR range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name has %1 characters; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name starts or ends with a space. Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name contains a control character (such as a tab or line break).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a range, not a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv4 CIDR range. Write it as address/prefix, for example 192.0.2.0/28.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv4 address: it needs four numbers from 0 to 255, without leading zeros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is empty. Enter an address such as someone@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains a space. Enter one address at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no @. Enter a full address such as someone@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than 254 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has nothing before the @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more than 64 characters before the @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a quoted part that is not closed correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid address: the part before the @ may hold letters, digits and !#$%&amp;&apos;*+-/=?^_`{|}~, with single dots between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has nothing after the @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an address literal that is not an IPv4 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain of &apos;%1&apos; is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain of &apos;%1&apos; has no dot. Enter a full domain such as example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains a wildcard, which this field does not accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an IP address; enter a domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the domain the certificate must name, such as mail.contoso.com or *.contoso.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more than one wildcard; only the left-most label may be *.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a wildcard that is not the whole left-most label. Use the form *.contoso.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a wildcard inside the name; only a leading *. is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is empty. Enter an IPv4 address, range or CIDR block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains a space. Enter one entry at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a range whose first address is after its last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address (192.0.2.10), range (192.0.2.10-192.0.2.20) or CIDR block (192.0.2.0/24).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid regular expression: %2 at position %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of a message header, such as X-Routing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid header name: use printable ASCII without spaces or colons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an allowed enhanced status code. Use 5.7.1 or a code from 5.7.900 to 5.7.999.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::interop</name>
    <message>
        <source>%1 has no -Name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add -Name &apos;connector name&apos; to the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, device or FIFO); name a .ps1, .xml or workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 bytes, more than the %3 bytes (64 MiB) a script, rule collection or workspace file can be; it is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 grew past %2 bytes (64 MiB) while it was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exported file cannot be read back (%1), so it was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report this as a bug in Mailflow Admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exported file would not read back as the workspace, so it was not written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the values named here, or report this as a bug in Mailflow Admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exported file would not read back as the workspace, so it was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a .ps1 script or a rule collection (.xml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opportunistic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mandatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by certificate subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by sender IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by sender domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header or envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept parameter -%1 added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept parameter -%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept parameter -%1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retain internal Exchange email headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use of connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smart hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP DANE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTA-STS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject email not sent over TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restrict to the certificate subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restrict to the IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activate on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivate on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop processing more rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defer the message if rule processing doesn&apos;t complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match sender address in message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-%1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value has no parameter name before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the parameter it belongs to before it, such as -Comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known condition or action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry has no value, so the command would not include it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a value or remove the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains a comma, which the Property:word,word form reads as two entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split it into two words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kept parameter name &quot;%1&quot; is not a plain PowerShell parameter name (letters, digits and _).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the kept parameter from the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kept value of -%1 is not a literal (quoted text, a number, $true, $false, $null or a list of them); it would run as code when the script runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the value with its literal result, or remove the kept parameter from the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreates the connectors (%1) and mail flow rules (%2) of the workspace in Exchange Online. Run it in a session opened with Connect-ExchangeOnline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values are single-quoted literals. Dates are ISO 8601 instants in UTC inside [datetime]&apos;…&apos;, which PowerShell reads the same way under every regional setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SmtpDaneMode and MtaStsMode are written as announced for Exchange Online; the cmdlet reference does not list them yet. Remove them if the tenant refuses them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectors and rules that exist already are updated with Set-…; an update does not remove conditions, actions, descriptions or dates that this script leaves out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To bring changes back: mailflow-admin import FILE.ps1 -o FILE.mailflow.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector &apos;%1&apos; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &apos;%1&apos; (priority %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation: connects to each smart host and sends a test message to each address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add -Name &apos;rule name&apos; to the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 but ends in the middle of a character; it may be cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor UTF-16 text. Save it as UTF-8 or UTF-16 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds bytes that are not valid %1 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added at priority %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connector &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::interop::Changes</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::interop::CollectionReader</name>
    <message>
        <source>The file is XML, but not a rule collection: it starts with &lt;%1&gt; instead of &lt;rules&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the rules with Export-TransportRuleCollection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML is malformed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file is complete and was not edited by hand around this place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element &lt;%1&gt; is not part of a rule collection and was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule is stored in the format &apos;%1&apos;; only rules stored as cmdlets (format=&quot;cmdlet&quot;) can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export with -Format RuleCollectionXML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule has no &lt;commandBlock&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule has %1 command blocks; one was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep exactly one &lt;version&gt; with one &lt;commandBlock&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command block holds %1 instead of one New-TransportRule command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one New-TransportRule command per rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule element is named &apos;%1&apos;, its command &apos;%2&apos;; the command&apos;s name is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two rules are named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each rule its own name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::interop::Collector</name>
    <message>
        <source>-%1 would appear twice in one command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the two entries into one, or remove the kept copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::interop::ConnectorBuilder</name>
    <message>
        <source>Some settings do not apply to this kind of connector and were left out: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New-InboundConnector requires -SenderDomains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add -SenderDomains with the partner&apos;s domains, or &apos;*&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::interop::Import</name>
    <message>
        <source>1 connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::interop::ImportContext</name>
    <message>
        <source>Line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::interop::ImportResult</name>
    <message>
        <source>Nothing was imported, because of 1 error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported, because of %1 errors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerShell script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 and %2 from the %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept word for word, because Mailflow Admin has no field for them; every export writes them back unchanged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connector &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 (line %3, column %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::interop::ParameterReader</name>
    <message>
        <source>%1 has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the value after the parameter name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given by a variable or an expression (%2), which an import cannot evaluate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the value itself in single quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes one value, not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes text, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists text values; %2 is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes $true or $false, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date in ISO 8601 form: %2. A form such as 12/4/2026 means different days under different regional settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date as ([datetime]&apos;2026-12-04T00:00:00Z&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a size: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the size in bytes, or as 10MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole number: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::interop::Parser</name>
    <message>
        <source>A block is not closed; add the closing }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This } closes no block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command such as New-TransportRule was expected here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only commands and &quot;if (…) { … } else { … }&quot; are understood here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipelines (|) are not supported; write each command on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;if&quot; blocks nest more than %1 levels deep here; a script for Exchange never needs that many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;if&quot; must be followed by ( and a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a command such as Get-TransportRule is understood as the condition of &quot;if&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The condition of &quot;if&quot; must end with ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;elseif&quot; is not supported; use if … else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A block starting with { was expected here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::interop::RuleBuilder</name>
    <message>
        <source>-Priority cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not name a user property.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each entry as Property:word,word, for example &apos;City:New Orleans,Baton Rouge&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This condition needs %1 as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to the command.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::interop::Script</name>
    <message>
        <source>-%1 is not a setting this tool models, and only literal values (quoted text, numbers, $true, $false, $null and lists of them) are imported for such settings; a command or variable here would run when the script runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the value with its literal result, or remove the parameter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::interop::ScriptReader</name>
    <message>
        <source>%1 changes an object that already exists, which an import cannot see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the settings into the New-… command of that object, or use the if (Get-…) { Set-… } else { New-… } form the export writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not create a connector or rule and was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connector named &apos;%1&apos; is created twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each connector its own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule named &apos;%1&apos; is created twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each rule its own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate-OutboundConnector names &apos;%1&apos;, which is not an outbound connector created earlier in the script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the validation after the connector&apos;s New-OutboundConnector and check the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This if statement is not in the form the export writes: if (Get-X -Identity &apos;name&apos; …) { Set-X -Identity &apos;name&apos; … } else { New-X -Name &apos;name&apos; … }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the object as a plain New-… command instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Set-%1 and New-%1 commands of &apos;%2&apos; have different parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the same change in both commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update of rule &apos;%1&apos; sets another state (enabled or disabled) than its New-TransportRule -Enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the same change in both branches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::interop::ScriptScanner</name>
    <message>
        <source>The block comment that starts here is not closed; add #&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is missing after this comma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value was expected here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variable name that starts here is not closed; add }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brackets nest more than %1 levels deep here; a script for Exchange never needs that many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bracket that opens here is not closed, or a quote inside it is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::interop::syntax</name>
    <message>
        <source>The text in single quotes that starts here is not closed. Add the closing quote, and double every quote inside the text (&apos;&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The escape `u needs a code point in braces, such as `u{2019}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text in double quotes that starts here is not closed; add the closing quote (&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::lintchecks</name>
    <message>
        <source>&apos;%1&apos; is listed twice (host names ignore case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in %2. Exchange Online connects from the internet and cannot reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the public IP address or host name at which the server accepts mail from Office 365.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure each server&apos;s certificate names %1, or change the certificate domain to match the smart hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an IP address, so nothing shows that its certificate names %2; with domain validation, delivery fails if it does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not covered by the certificate domain %2 (a wildcard covers exactly one label), so its certificate probably does not match and delivery fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain %1 is also claimed by the connector &apos;%2&apos;. Exchange Online uses only one of them for it, so its mail may not take the route you expect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep each domain on one connector only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has %1 rules; Exchange Online allows at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combine rules that share their actions, or remove rules you no longer need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule takes about %1 bytes; Exchange Online allows %2 bytes (8 KB) per rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split the rule into smaller rules, or shorten its word and address lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text patterns of all rules add up to %1 bytes; Exchange Online allows %2 bytes (20 KB) across all rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace patterns with word lists where you can, or merge similar patterns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule redirects messages but names no connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the outbound connector that should receive the messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule redirects to the connector &apos;%1&apos;, which is not in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the connector, or choose an existing outbound connector in the rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule redirects to &apos;%1&apos;, an inbound connector; only outbound connectors can receive redirected messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an outbound connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule redirects to the connector &apos;%1&apos;, which is turned off, so the redirected messages cannot be delivered through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the connector on, or redirect to another connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connector &apos;%1&apos; is not limited to rules: it also carries mail sent to its domains without any rule redirecting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the connector&apos;s use to &quot;Only when I have a transport rule set up that redirects messages to this connector&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connector is used only when a rule redirects to it, and no rule does, so it never carries mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a rule that redirects to this connector, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connector is used only when a rule redirects to it, and only turned-off rules do (%1), so it carries no mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on one of those rules, or remove the connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule is in test mode (%1): its redirect is only logged and routes no message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the mode to Enforce when the test is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules redirect messages here (%1), but the connector uses TLS only when the server offers it, so those messages may travel unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on &quot;Always use Transport Layer Security (TLS)&quot; for the connector, or add the action &quot;Require TLS encryption&quot; to the rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule is deactivated on %1, not after it is activated on %2, so it never runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the deactivation date after the activation date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule was deactivated on %1 and no longer runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the deactivation date or set a later one, or remove the rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule never runs: the earlier rule &apos;%1&apos; (priority %2) matches every message this rule matches and stops processing more rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this rule above &apos;%1&apos;, or turn off &quot;Stop processing more rules&quot; there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The word &apos;%1&apos; starts or ends with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the spaces around &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The word &apos;%1&apos; contains a comma; Exchange reads it as %2 separate words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter each word on its own, without commas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::probe::Probe</name>
    <message>
        <source>Connecting to %1 port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reply arrived while no command was waiting for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the greeting has code %1 instead of 220</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not understand EHLO, so the probe used HELO; HELO offers no extensions such as STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHLO was answered with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS; with opportunistic TLS the connector sends in plaintext.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data followed the 220 reply to STARTTLS before the TLS handshake; such data can be injected by an attacker, so TLS was not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS was answered with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused STARTTLS (%1); with opportunistic TLS the connector sends in plaintext.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS negotiated: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate: %1; issued by %2; SHA-256 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate check: the system&apos;s trusted CAs accept the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate has problems this connector&apos;s TLS setting does not check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS alert from the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAIL FROM was answered with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RCPT TO was answered with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATA was answered with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(test message: %1 bytes, Message-ID %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::probe::ReplyParser</name>
    <message>
        <source>a reply line longer than the 512 octets RFC 5321 allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reply line ending in a bare LF instead of CRLF: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bare CR inside a reply line: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reply line without a valid three-digit reply code: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reply code followed by neither a space nor a hyphen: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a multi-line reply whose lines carry different codes: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 lines in one reply, which no real server sends; the last one read: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::probe::ReportBuilder</name>
    <message>
        <source>Connected over %1 (%2); certificate %3, valid until %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected over %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected without TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) accepted.</source>
        <translation>
            <numerusform>%n recipient accepted.</numerusform>
            <numerusform>%n recipients accepted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No validation recipient is listed. Add at least one address to send the test email to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server could be reached to send the test email to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every server accepted the test message. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test message was not delivered through every server. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validation was cancelled before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was validated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Validation succeeded: %n server address(es) accepted the connection and the recipients, and each delivered the test message.</source>
        <translation>
            <numerusform>Validation succeeded: %n server address accepted the connection and the recipients, and each delivered the test message.</numerusform>
            <numerusform>Validation succeeded: %n server addresses accepted the connection and the recipients, and each delivered the test message.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Validation succeeded: %n server address(es) accepted the connection and the recipients.</source>
        <translation>
            <numerusform>Validation succeeded: %n server address accepted the connection and the recipients.</numerusform>
            <numerusform>Validation succeeded: %n server addresses accepted the connection and the recipients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Validation failed: %n task(s) failed. %1</source>
        <translation>
            <numerusform>Validation failed: %n task failed. %1</numerusform>
            <numerusform>Validation failed: %n tasks failed. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailflow::probe::TestMessage</name>
    <message>
        <source>This message is a connector validation by Mailflow Admin for connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was sent through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to check that this server accepts mail for the validation recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action is needed; you can delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector validation by Mailflow Admin: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::probe::Validator</name>
    <message>
        <source>Check the validation settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the CA file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send test email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not requested for this validation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 0 is not a port a server can listen on; use 25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connector lists no smart host to validate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX routing needs at least one validation recipient to find the partner&apos;s mail servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation recipient: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHLO name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS domain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read: %2. Check the path and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate. It must contain one or more blocks that start with -----BEGIN CERTIFICATE-----.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check connectivity to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range %1 holds %2 addresses; the probe checks ranges of up to %3 addresses one by one. Validate the servers in it by listing their addresses or names as smart hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up the MX records of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes a null MX record (RFC 7505): the domain accepts no mail. Check the validation recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MX records of %1 could not be looked up (%2). Check the domain&apos;s DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail servers, best first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address records</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n address(es): %2</source>
        <translation>
            <numerusform>%1 has %n address: %2</numerusform>
            <numerusform>%1 has %n addresses: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Check connectivity to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No DNS answer within %n second(s). Check this computer&apos;s DNS resolver.</source>
        <translation>
            <numerusform>No DNS answer within %n second. Check this computer&apos;s DNS resolver.</numerusform>
            <numerusform>No DNS answer within %n seconds. Check this computer&apos;s DNS resolver.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailflow::probe::advice</name>
    <message>
        <source>service not available, closing the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbox unavailable, try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local error on the server, try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insufficient storage on the server, try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS not available right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command not recognized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syntax error in the parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command not implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad sequence of commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command parameter not implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this server does not accept mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication or TLS required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbox unavailable or access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user not local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage limit exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbox name not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transaction failed or refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAIL FROM or RCPT TO parameters not recognized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>go ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temporary failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permanent failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host name at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TCP connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply to EHLO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply to HELO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply to STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply to MAIL FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply to RCPT TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply to DATA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply to the test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply to QUIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DNS lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 could not be resolved (%2). Check its spelling and that it has an A or AAAA record in public DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2. Check that the SMTP service is running and that the firewall allows port %2 from Exchange Online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached on port %2 (%3). Check the routing and firewalls between this computer and the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time (%3 seconds) while the probe waited for %2. Check that no firewall silently drops SMTP and that the server is not overloaded or slowing down unknown clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the session in its greeting: %2. The server does not accept mail from this client; check its connection policy, such as blocklists and the address ranges allowed to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS, but the connector requires TLS. Nothing was sent in plaintext. Turn on STARTTLS on the server, or clear Ǌlways use TLS” on the connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused STARTTLS: %2. The connector requires TLS, so nothing was sent in plaintext. Check the server&apos;s TLS certificate and key configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed (%2). Check the server&apos;s certificate, key and TLS settings, and any firewall that inspects SMTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers only TLS versions older than 1.2 (%2). Exchange Online requires TLS 1.2 or newer; turn on TLS 1.2 or 1.3 on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presented a certificate for %2, issued by %3, that is not trusted (%4). The connector requires a certificate from a trusted certificate authority: install one from a public CA, or for a private CA pass its certificate as the CA file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presented a certificate for %2 that expired on %3. Renew the certificate on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presented a certificate for %2 that is valid only from %3. Check the server&apos;s clock and this computer&apos;s clock, and the certificate&apos;s start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 presented a certificate for %2, but the connector requires a name matching %3. Check the certificate&apos;s SAN list or the connector&apos;s TLS domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected %2: %3. Check that the mailbox exists on that server and that the server accepts mail for its domain from Exchange Online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2 with a temporary failure: %3. Try again later; if it persists, check the server&apos;s log, queue, storage and rate limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused %2: %3. Check the server&apos;s log and its policy for mail from Exchange Online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 broke the SMTP protocol in %2: %3. Check the server software and any firewall or proxy that inspects or rewrites SMTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection while the probe waited for %2 (%3). Check the server&apos;s log for why it ended the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validation was cancelled before %1 finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::store</name>
    <message>
        <source>%1 is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a loop of symbolic links that never reaches a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a named pipe (FIFO), not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a device, not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a socket, not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is %1, more than the %2 a workspace file may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file %1 cannot be read: it is more than %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at line %3, column %4. It may be cut short or edited by hand; fix it there or open the backup (.bak).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Mailflow Admin workspace: it holds a JSON %2, not an object with a &quot;format&quot; marker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Mailflow Admin workspace: it has no &quot;format&quot; marker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Mailflow Admin workspace: its format is &apos;%2&apos;, not &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no valid format version: &quot;version&quot; must be a whole number such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Mailflow Admin (version %2); this one reads up to version %3. Open it with the newer program, or update this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has format version %2, which no Mailflow Admin wrote; this one reads versions %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1, because the backup %2 could not be written: %3. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2. The previous file is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::store::WorkspaceReader</name>
    <message>
        <source>%1 must be an object describing a connector, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object describing a rule, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object describing an action, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object describing a condition, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing; every condition and action names its kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;, a kind this version of Mailflow Admin does not know. Open the file with the version that wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;, which is a condition, not an action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;, which is an action, not a condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not belong to &apos;%2&apos;, which holds only its kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not belong to &apos;%2&apos;, which holds: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list of {&quot;property&quot;, &quot;words&quot;} objects, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object with a property and its words, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailflow::store::WorkspaceReader::Object</name>
    <message>
        <source>%1 is not a field of the workspace format. Check its spelling or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list of strings, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list of strings; %2 is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;, which is not one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a date and time in ISO 8601 with a time zone, such as 2025-01-31T18:00:00Z, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object with the texts &quot;name&quot; and &quot;value&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>mailflow-admin: cannot start the window, %1: %2. It is built next to mailflow-admin (scripts/build.sh); the commands work without it (mailflow-admin --help).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
