#pragma once

// The state of one Validator run, shared by validator.cpp (the run, its probes and the report)
// and validatorplan.cpp (which addresses to probe: smart hosts, ranges, names and MX records).

#include "probe.h"
#include "reportbuilder.h"
#include "tlsloader.h"
#include "validator.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace mailflow::probe {

class Validator::Private
{
public:
    explicit Private(Validator *validator)
        : q(validator)
    {
    }

    void begin();
    [[nodiscard]] QStringList inputProblems() const;
    void planProbes();
    void planSmartHost(const QString &host);
    void planMailExchangers(const QString &domain, const QStringList &recipients);
    void lookUpMailExchangers(const QString &domain, const QStringList &recipients);
    void useMailExchangers(const QString &domain, const QStringList &recipients,
                           const QStringList &hosts, bool nullMx, const QString &error);
    void lookUpName(const QString &host, const QString &taskPrefix,
                    const QStringList &recipients);
    void useAddresses(const QString &host, const QString &taskPrefix,
                      const QStringList &recipients, const QList<QHostAddress> &addresses,
                      const QString &error);
    void addProbe(const QString &host, const QHostAddress &address, const QString &taskPrefix,
                  const QStringList &recipients);
    void onProbeStateChanged(Probe *probe, Probe::State state);
    void onProbeFinished(Probe *probe, const ProbeResult &result);
    void onDeadline();

    void scheduleCompletionCheck();
    void checkCompletion();
    void finalize(bool cancelled);

    Validator *q;
    Connector connector;
    ProbeOptions options;
    ReportBuilder builder;
    QString ehloName;
    QString sender;

    // Owns this run's probes and lookups; replaced per run, so a stale answer finds no one.
    QObject *run = nullptr;
    QPointer<TlsLoader> tlsLoader; // a child of run
    QHash<Probe *, qsizetype> hostIndex;
    QHash<Probe *, QString> taskIds;
    int runningProbes = 0;
    QSet<QString> pendingLookups; // task ids of DNS questions still unanswered
    bool running = false;
    bool cancelling = false;
    QTimer deadline;
    QElapsedTimer clock;
};

} // namespace mailflow::probe
