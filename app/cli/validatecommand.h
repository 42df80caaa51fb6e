#pragma once

#include <QStringList>

namespace mailflow::cli {

// `mailflow-admin validate FILE --connector NAME [options]`: probes the connector's smart hosts
// like Validate-OutboundConnector and prints each step as it completes, then a summary.
// `arguments` are the words after "validate". Runs the running QCoreApplication's event loop.
// Returns 0 when every task succeeded, 1 when validation failed, 2 for usage or file errors.
[[nodiscard]] int runValidateCommand(const QStringList &arguments);

} // namespace mailflow::cli
