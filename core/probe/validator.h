#pragma once

#include "model/connector.h"
#include "validationreport.h"

#include <QObject>

namespace mailflow::probe {

// How a validation run talks to the smart hosts; a connector stores none of this.
struct ProbeOptions {
    quint16 port = 25;          // overridable for testing only
    QString caFile;             // extra trusted CA certificates (PEM), for private CAs
    QString sender;             // MAIL FROM; empty = a postmaster address of this host
    bool sendTestMessage = true; // DATA with a small test message after RCPT TO
    int stepTimeoutMs = 30000;
    int overallTimeoutMs = 180000;
};

// Validates one connector: probes every address of every smart host in parallel and sends the
// test message to the validation recipients. Asynchronous; never blocks the event loop.
class Validator : public QObject
{
    Q_OBJECT

public:
    explicit Validator(QObject *parent = nullptr);
    ~Validator() override;

    // Starts a run; a run already under way is cancelled first.
    void start(const Connector &connector, const ProbeOptions &options);
    void cancel();
    [[nodiscard]] bool isRunning() const;

Q_SIGNALS:
    void taskChanged(const mailflow::probe::ValidationTask &task);
    void finished(const mailflow::probe::ValidationReport &report);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace mailflow::probe
