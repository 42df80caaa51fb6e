#pragma once

#include "diagnostics/diagnostic.h"
#include "model/workspace.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

// Workspaces for the lint tests: the shipped sample with one thing changed, so every finding a
// test expects comes from that one change and the rest of the sample stays clean.
namespace mailflow::linttest {

// The moment the lint runs at, fixed so expiry checks do not depend on the day the tests run.
[[nodiscard]] QDateTime lintNow();

[[nodiscard]] Workspace sample();

// The sample's only connector and only rule.
[[nodiscard]] Connector &contoso(Workspace &w);
[[nodiscard]] MailFlowRule &route(Workspace &w);

[[nodiscard]] RuleCondition words(const QString &kind, const QStringList &items);
[[nodiscard]] RuleCondition city(const QStringList &words);
[[nodiscard]] RuleAction action(const QString &kind, const QString &text = {});

// The sample with the connector's smart hosts and TLS replaced; the TLS domain is kept only
// when `tls` asks for domain validation.
[[nodiscard]] Workspace withSmartHosts(const QStringList &hosts,
                                       TlsSettings tls = TlsSettings::DomainValidation,
                                       const QString &tlsDomain = QStringLiteral("*.contoso.com"));

[[nodiscard]] Workspace withDates(const QDateTime &activation, const QDateTime &expiry);

[[nodiscard]] bool hasCode(const Diagnostics &diagnostics, const QString &code);

// One line per finding, for the failure message of a test.
[[nodiscard]] QString describe(const Diagnostics &diagnostics);

} // namespace mailflow::linttest
