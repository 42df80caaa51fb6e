# Created by Mailflow Admin (tests) from reference.mailflow.json.
# Recreates the connectors (4) and mail flow rules (3) of the workspace in Exchange Online. Run it in a session opened with Connect-ExchangeOnline.
# Values are single-quoted literals. Dates are ISO 8601 instants in UTC inside [datetime]'…', which PowerShell reads the same way under every regional setting.
# SmtpDaneMode and MtaStsMode are written as announced for Exchange Online; the cmdlet reference does not list them yet. Remove them if the tenant refuses them.
# Connectors and rules that exist already are updated with Set-…; an update does not remove conditions, actions, descriptions or dates that this script leaves out.
# To bring changes back: mailflow-admin import FILE.ps1 -o FILE.mailflow.json

# Connector 'New Orleans Mail' (Office 365 → Your organization's email server)
if (Get-OutboundConnector -Identity 'New Orleans Mail' -ErrorAction SilentlyContinue) {
    Set-OutboundConnector -Identity 'New Orleans Mail' `
        -ConnectorType OnPremises `
        -Comment 'Routes Louisiana users to the on-premises server' `
        -Enabled $true `
        -CloudServicesMailEnabled $true `
        -IsTransportRuleScoped $true `
        -RecipientDomains $null `
        -AllAcceptedDomains $false `
        -UseMXRecord $false `
        -SmartHosts 'mail.nola.contoso.test','192.0.2.25' `
        -TlsSettings DomainValidation `
        -TlsDomain 'mail.contoso.test' `
        -SmtpDaneMode Opportunistic `
        -MtaStsMode Opportunistic
} else {
    New-OutboundConnector -Name 'New Orleans Mail' `
        -ConnectorType OnPremises `
        -Comment 'Routes Louisiana users to the on-premises server' `
        -Enabled $true `
        -CloudServicesMailEnabled $true `
        -IsTransportRuleScoped $true `
        -RecipientDomains $null `
        -AllAcceptedDomains $false `
        -UseMXRecord $false `
        -SmartHosts 'mail.nola.contoso.test','192.0.2.25' `
        -TlsSettings DomainValidation `
        -TlsDomain 'mail.contoso.test' `
        -SmtpDaneMode Opportunistic `
        -MtaStsMode Opportunistic
}

# Connector 'Fabrikam Partner' (Office 365 → Partner organization)
if (Get-OutboundConnector -Identity 'Fabrikam Partner' -ErrorAction SilentlyContinue) {
    Set-OutboundConnector -Identity 'Fabrikam Partner' `
        -ConnectorType Partner `
        -Enabled $false `
        -CloudServicesMailEnabled $false `
        -IsTransportRuleScoped $false `
        -RecipientDomains 'fabrikam.test','*.fabrikam.test' `
        -UseMXRecord $true `
        -SmartHosts $null `
        -TlsSettings CertificateValidation `
        -TlsDomain $null `
        -SmtpDaneMode Mandatory `
        -MtaStsMode None
} else {
    New-OutboundConnector -Name 'Fabrikam Partner' `
        -ConnectorType Partner `
        -Enabled $false `
        -CloudServicesMailEnabled $false `
        -IsTransportRuleScoped $false `
        -RecipientDomains 'fabrikam.test','*.fabrikam.test' `
        -UseMXRecord $true `
        -SmartHosts $null `
        -TlsSettings CertificateValidation `
        -TlsDomain $null `
        -SmtpDaneMode Mandatory `
        -MtaStsMode None
}

# Connector 'From on-premises' (Your organization's email server → Office 365)
if (Get-InboundConnector -Identity 'From on-premises' -ErrorAction SilentlyContinue) {
    Set-InboundConnector -Identity 'From on-premises' `
        -ConnectorType OnPremises `
        -Enabled $true `
        -CloudServicesMailEnabled $true `
        -SenderDomains '*' `
        -SenderIPAddresses $null `
        -TlsSenderCertificateName 'mail.contoso.test' `
        -RequireTls $true `
        -RestrictDomainsToCertificate $false `
        -RestrictDomainsToIPAddresses $false
} else {
    New-InboundConnector -Name 'From on-premises' `
        -ConnectorType OnPremises `
        -Enabled $true `
        -CloudServicesMailEnabled $true `
        -SenderDomains '*' `
        -SenderIPAddresses $null `
        -TlsSenderCertificateName 'mail.contoso.test' `
        -RequireTls $true `
        -RestrictDomainsToCertificate $false `
        -RestrictDomainsToIPAddresses $false
}

# Connector 'From Fabrikam' (Partner organization → Office 365)
if (Get-InboundConnector -Identity 'From Fabrikam' -ErrorAction SilentlyContinue) {
    Set-InboundConnector -Identity 'From Fabrikam' `
        -ConnectorType Partner `
        -Enabled $true `
        -SenderDomains 'fabrikam.test' `
        -SenderIPAddresses '198.51.100.0/24' `
        -TlsSenderCertificateName $null `
        -RequireTls $true `
        -RestrictDomainsToCertificate $false `
        -RestrictDomainsToIPAddresses $true
} else {
    New-InboundConnector -Name 'From Fabrikam' `
        -ConnectorType Partner `
        -Enabled $true `
        -SenderDomains 'fabrikam.test' `
        -SenderIPAddresses '198.51.100.0/24' `
        -TlsSenderCertificateName $null `
        -RequireTls $true `
        -RestrictDomainsToCertificate $false `
        -RestrictDomainsToIPAddresses $true
}

# Rule 'Route New Orleans' (priority 0)
if (Get-TransportRule -Identity 'Route New Orleans' -ErrorAction SilentlyContinue) {
    Set-TransportRule -Identity 'Route New Orleans' `
        -Priority 0 `
        -Mode Enforce `
        -StopRuleProcessing $true `
        -RuleErrorAction Ignore `
        -SenderAddressLocation Header `
        -Comments 'Ticket #4711: Louisiana users stay on-premises' `
        -RecipientADAttributeContainsWords 'City:New Orleans,Baton Rouge' `
        -RouteMessageOutboundConnector 'New Orleans Mail' `
        -RouteMessageOutboundRequireTls $true
    Enable-TransportRule -Identity 'Route New Orleans'
} else {
    New-TransportRule -Name 'Route New Orleans' `
        -Priority 0 `
        -Enabled $true `
        -Mode Enforce `
        -StopRuleProcessing $true `
        -RuleErrorAction Ignore `
        -SenderAddressLocation Header `
        -Comments 'Ticket #4711: Louisiana users stay on-premises' `
        -RecipientADAttributeContainsWords 'City:New Orleans,Baton Rouge' `
        -RouteMessageOutboundConnector 'New Orleans Mail' `
        -RouteMessageOutboundRequireTls $true
}

# Rule 'Tag partner mail' (priority 1)
if (Get-TransportRule -Identity 'Tag partner mail' -ErrorAction SilentlyContinue) {
    Set-TransportRule -Identity 'Tag partner mail' `
        -Priority 1 `
        -Mode Audit `
        -ActivationDate ([datetime]'2026-12-04T00:00:00Z') `
        -ExpiryDate ([datetime]'2027-01-31T18:30:00Z') `
        -StopRuleProcessing $false `
        -RuleErrorAction Defer `
        -SenderAddressLocation HeaderOrEnvelope `
        -SenderDomainIs 'fabrikam.test' `
        -ExceptIfHeaderContainsMessageHeader 'X-Skip-Tag' `
        -ExceptIfHeaderContainsWords 'yes','true' `
        -PrependSubject '[Fabrikam] ' `
        -SetHeaderName 'X-Mailflow-Route' `
        -SetHeaderValue 'partner'
    Disable-TransportRule -Identity 'Tag partner mail' `
        -Confirm:$false
} else {
    New-TransportRule -Name 'Tag partner mail' `
        -Priority 1 `
        -Enabled $false `
        -Mode Audit `
        -ActivationDate ([datetime]'2026-12-04T00:00:00Z') `
        -ExpiryDate ([datetime]'2027-01-31T18:30:00Z') `
        -StopRuleProcessing $false `
        -RuleErrorAction Defer `
        -SenderAddressLocation HeaderOrEnvelope `
        -SenderDomainIs 'fabrikam.test' `
        -ExceptIfHeaderContainsMessageHeader 'X-Skip-Tag' `
        -ExceptIfHeaderContainsWords 'yes','true' `
        -PrependSubject '[Fabrikam] ' `
        -SetHeaderName 'X-Mailflow-Route' `
        -SetHeaderValue 'partner'
}

# Rule 'Reject large mail' (priority 2)
if (Get-TransportRule -Identity 'Reject large mail' -ErrorAction SilentlyContinue) {
    Set-TransportRule -Identity 'Reject large mail' `
        -Priority 2 `
        -Mode Enforce `
        -StopRuleProcessing $false `
        -RuleErrorAction Ignore `
        -SenderAddressLocation Header `
        -MessageSizeOver 10485760 `
        -SentToScope 'NotInOrganization' `
        -ExceptIfSenderADAttributeContainsWords 'Department:Sales','Country:DE' `
        -ExceptIfFromMemberOf 'big-files@contoso.test' `
        -RejectMessageReasonText 'The message is larger than 10 MB.' `
        -RejectMessageEnhancedStatusCode '5.7.1'
    Enable-TransportRule -Identity 'Reject large mail'
} else {
    New-TransportRule -Name 'Reject large mail' `
        -Priority 2 `
        -Enabled $true `
        -Mode Enforce `
        -StopRuleProcessing $false `
        -RuleErrorAction Ignore `
        -SenderAddressLocation Header `
        -MessageSizeOver 10485760 `
        -SentToScope 'NotInOrganization' `
        -ExceptIfSenderADAttributeContainsWords 'Department:Sales','Country:DE' `
        -ExceptIfFromMemberOf 'big-files@contoso.test' `
        -RejectMessageReasonText 'The message is larger than 10 MB.' `
        -RejectMessageEnhancedStatusCode '5.7.1'
}

# Validation: connects to each smart host and sends a test message to each address.
Validate-OutboundConnector -Identity 'New Orleans Mail' -Recipients 'probe@nola.contoso.test','admin@nola.contoso.test'
