#pragma once

#include "probe/validator.h"

#include <QList>
#include <QString>
#include <QStringList>

// Running the Validator against fake servers, shared by the validator tests: the connector and
// options they vary, a run to its end, and the task states in one comparable line.
namespace mailflow::probe::test {

// A full delivery: greeting, EHLO, MAIL, RCPT for admin@contoso.com, DATA, QUIT.
[[nodiscard]] QString deliveryScript();

// Options aimed at `port` with test-sized timeouts.
[[nodiscard]] ProbeOptions validatorOptions(quint16 port);

// An outbound connector to the organization's own server through `smartHosts`, without TLS,
// validated with admin@contoso.com.
[[nodiscard]] Connector outboundConnector(const QStringList &smartHosts);

// Runs one validation to its end and returns the report finished() carried; `changes`, when
// given, collects every taskChanged() on the way.
[[nodiscard]] ValidationReport runValidation(Validator &validator, const Connector &connector,
                                             const ProbeOptions &options,
                                             QList<ValidationTask> *changes = nullptr);

// "id=status" for each task in order, comma-separated, e.g.
// "connect:127.0.0.1:127.0.0.1=succeeded, send=succeeded".
[[nodiscard]] QString taskStatuses(const ValidationReport &report);

} // namespace mailflow::probe::test
