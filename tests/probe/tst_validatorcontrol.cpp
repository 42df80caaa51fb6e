#include "probe/validator.h"
#include "support/fakesmtpserver.h"
#include "support/validatorharness.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mailflow;
using namespace mailflow::probe;
using namespace mailflow::probe::test;

// Stopping and restarting the Validator: cancel mid-run, a second start while one runs, and a
// new run started from the finished() slot, each ending in exactly one finished() per run.
class tst_ValidatorControl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cancelMidRun();
    void startWhileRunningCancelsFirst();
    void restartFromFinishedSlot();
};

void tst_ValidatorControl::cancelMidRun()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(u"S: 220 hello\nC: EHLO probe.test\nX: silence\n"_s);

    Validator validator;
    QSignalSpy finished(&validator, &Validator::finished);
    validator.start(outboundConnector({u"127.0.0.1"_s, u"127.0.0.1/32"_s}),
                    validatorOptions(server.port()));
    QTRY_VERIFY(server.allReceived().size() == 2);
    QElapsedTimer clock;
    clock.start();

    validator.cancel();

    QCOMPARE(finished.size(), 1);
    QVERIFY(clock.elapsed() < 100);
    QVERIFY(!validator.isRunning());
    const ValidationReport report = finished.first().first().value<ValidationReport>();
    QVERIFY(report.cancelled);
    QVERIFY(!report.succeeded);
    for (const ValidationTask &task : report.tasks)
        QCOMPARE(task.status, TaskStatus::Skipped);
    for (const ProbeResult &host : report.hosts)
        QCOMPARE(host.failure, FailureClass::Cancelled);

    validator.cancel();
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
}

void tst_ValidatorControl::startWhileRunningCancelsFirst()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScripts({u"X: silence\n"_s, deliveryScript()});

    Validator validator;
    QSignalSpy finished(&validator, &Validator::finished);
    validator.start(outboundConnector({u"127.0.0.1"_s}), validatorOptions(server.port()));
    QTRY_COMPARE(server.connectionCount(), 1);
    validator.start(outboundConnector({u"127.0.0.1"_s}), validatorOptions(server.port()));

    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.first().first().value<ValidationReport>().cancelled);
    QTRY_COMPARE(finished.size(), 2);
    QVERIFY(finished.last().first().value<ValidationReport>().succeeded);
}

void tst_ValidatorControl::restartFromFinishedSlot()
{
    // The wizard's "Validate again" may start the next run from the finished() slot.
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(deliveryScript());

    Validator validator;
    QList<ValidationReport> reports;
    QObject context;
    connect(&validator, &Validator::finished, &context,
            [&](const ValidationReport &report) {
                const bool first = reports.isEmpty();
                if (first)
                    validator.start(outboundConnector({u"127.0.0.1"_s}),
                                    validatorOptions(server.port()));
                reports.append(report);
                QVERIFY(report.succeeded);
                QCOMPARE(report.hosts.size(), 1);
            });
    validator.start(outboundConnector({u"127.0.0.1"_s}), validatorOptions(server.port()));

    QTRY_COMPARE(reports.size(), 2);
    QVERIFY(reports.last().succeeded);
    QCOMPARE(server.connectionCount(), 2);
    QTest::qWait(50);
    QCOMPARE(reports.size(), 2);
}

QTEST_GUILESS_MAIN(tst_ValidatorControl)
#include "tst_validatorcontrol.moc"
