#pragma once

#include <QStringList>

#include <future>

namespace mailflow::cli {

// `mailflow-admin validate FILE --connector NAME [options]`: probes the connector's smart hosts
// like Validate-OutboundConnector and prints each step as it completes, then a summary.
// `arguments` are the words after "validate". Runs the running QCoreApplication's event loop.
// Returns 0 when every task succeeded, 1 when validation failed, 2 for usage or file errors.
[[nodiscard]] int runValidateCommand(const QStringList &arguments);

// When `arguments` (the program's, as cli::run() takes them) run `validate`, starts loading Qt's
// TLS backend on a thread of its own, so that it is ready by the time the probe needs it; the
// returned future waits for that thread when destroyed. Returns an empty future otherwise.
// Call it before cli::run() and keep the future until run() returns.
[[nodiscard]] std::future<void> preloadTlsBackend(const QStringList &arguments);

} // namespace mailflow::cli
