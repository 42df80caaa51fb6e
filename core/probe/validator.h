#pragma once

#include "model/connector.h"
#include "validationreport.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>

namespace mailflow::probe {

// How a validation run talks to the smart hosts; a connector stores none of this.
struct ProbeOptions {
    quint16 port = 25;          // overridable for testing only
    QString caFile;             // extra trusted CA certificates (PEM), for private CAs
    QString sender;             // MAIL FROM; empty = a postmaster address of this host
    bool sendTestMessage = true; // DATA with a small test message after RCPT TO
    int stepTimeoutMs = 30000;
    int overallTimeoutMs = 180000;

    QString ehloName; // EHLO/HELO argument; empty = this host's name, else its address literal

    // Answers to use instead of asking DNS, like a hosts file: lets an admin check a new
    // server before its DNS record changes, and keeps tests on loopback. Keys are lower case.
    QHash<QString, QList<QHostAddress>> hostAddresses; // host name → its addresses
    QHash<QString, QStringList> mailExchangers;        // domain → MX host names, best first
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

    // The report so far (tasks and finished hosts); complete once finished() was emitted.
    [[nodiscard]] const ValidationReport &report() const;

Q_SIGNALS:
    // A task was added or changed. Tasks appear as the run learns about them: a smart host
    // name first shows as a "Look up" task, then one connectivity task per address it has.
    void taskChanged(const mailflow::probe::ValidationTask &task);
    // Emitted once per start(): when every probe ended, or synchronously inside cancel().
    void finished(const mailflow::probe::ValidationReport &report);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace mailflow::probe
