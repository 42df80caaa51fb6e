#include "store/workspacefile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace mailflow;
using namespace Qt::StringLiterals;

namespace {

struct Outcome {
    int exitCode = -1;
    QString out;
    QString err;

    [[nodiscard]] QStringList outLines() const { return out.split(u'\n', Qt::SkipEmptyParts); }
};

Outcome runBinary(const QStringList &arguments, const QString &workingDirectory)
{
    QProcess process;
    process.setProgram(qEnvironmentVariable("MAILFLOW_BINARY"));
    process.setArguments(arguments);
    process.setWorkingDirectory(workingDirectory);
    process.start();
    Outcome outcome;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        return outcome;
    }
    outcome.exitCode = process.exitCode();
    outcome.out = QString::fromUtf8(process.readAllStandardOutput());
    outcome.err = QString::fromUtf8(process.readAllStandardError());
    return outcome;
}

// The sample with two findings of each severity added: a redirect to a missing connector and
// a private smart host (errors), and a rule in test mode that redirects (warning).
Workspace brokenWorkspace()
{
    Workspace w = store::loadSampleWorkspace();
    w.connectors[0].smartHosts = {u"mail1.contoso.com"_s};
    w.connectors[0].tls = TlsSettings::CertificateValidation;
    w.connectors[0].tlsDomain.clear();
    w.connectors[0].smartHosts << u"192.168.10.25"_s;

    MailFlowRule lost = w.rules[0];
    lost.name = u"Route Baton Rouge recipients"_s;
    lost.conditions[0].value.properties = {{u"City"_s, {u"Baton Rouge"_s}}};
    lost.actions[0].value.text = u"Office 365 to Fabrikam"_s;
    w.rules << lost;

    w.rules[0].mode = RuleMode::Audit;
    return w;
}

Workspace warningOnlyWorkspace()
{
    Workspace w = store::loadSampleWorkspace();
    w.rules[0].mode = RuleMode::AuditAndNotify;
    return w;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void version();
    void help_data();
    void help();
    void usageErrors_data();
    void usageErrors();
    void lintCleanFile();
    void lintWarningsOnly();
    void lintErrors();
    void lintJson();
    void unreadableFile_data();
    void unreadableFile();
    void showSample();
    void showKeepsPriorityOrderAndUnicode();

private:
    QString write(const QString &name, const Workspace &workspace);
    QString writeBytes(const QString &name, const QByteArray &data);

    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("MAILFLOW_BINARY"), "MAILFLOW_BINARY is not set");
    QVERIFY(m_dir.isValid());
}

QString TestCli::write(const QString &name, const Workspace &workspace)
{
    const QString path = m_dir.filePath(name);
    const store::SaveResult saved = store::saveWorkspace(path, workspace);
    return saved.ok ? path : QString();
}

QString TestCli::writeBytes(const QString &name, const QByteArray &data)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return {};
    return file.fileName();
}

void TestCli::version()
{
    for (const QString &option : {u"--version"_s, u"-v"_s}) {
        const Outcome o = runBinary({option}, m_dir.path());
        QCOMPARE(o.exitCode, 0);
        QCOMPARE(o.out, u"mailflow-admin " MAILFLOW_VERSION "\n"_s);
        QCOMPARE(o.err, QString());
    }
}

void TestCli::help_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("--help") << u"--help"_s;
    QTest::newRow("-h") << u"-h"_s;
}

void TestCli::help()
{
    QFETCH(QString, option);
    const Outcome o = runBinary({option}, m_dir.path());
    QCOMPARE(o.exitCode, 0);
    QVERIFY2(o.out.contains(u"\n  lint "_s), qPrintable(o.out));
    QVERIFY2(o.out.contains(u"\n  show "_s), qPrintable(o.out));
    QVERIFY(o.out.contains(u"--version"_s));

    const Outcome lintHelp = runBinary({u"lint"_s, option}, m_dir.path());
    QCOMPARE(lintHelp.exitCode, 0);
    QVERIFY2(lintHelp.out.startsWith(u"Usage: mailflow-admin lint [--json] FILE\n"_s),
             qPrintable(lintHelp.out));
    QVERIFY(lintHelp.out.contains(u"--json"_s));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mention");

    QTest::newRow("unknown subcommand") << QStringList{u"frobnicate"_s}
                                        << u"'frobnicate' is not a command"_s;
    QTest::newRow("lint without file") << QStringList{u"lint"_s} << u"one workspace file"_s;
    QTest::newRow("show without file") << QStringList{u"show"_s} << u"one workspace file"_s;
    QTest::newRow("lint with two files") << QStringList{u"lint"_s, u"a.json"_s, u"b.json"_s}
                                         << u"one workspace file"_s;
    QTest::newRow("lint unknown option") << QStringList{u"lint"_s, u"--colour"_s, u"a.json"_s}
                                         << u"colour"_s;
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mention);

    const Outcome o = runBinary(arguments, m_dir.path());
    QCOMPARE(o.exitCode, 2);
    QCOMPARE(o.out, QString());
    QVERIFY2(o.err.contains(mention), qPrintable(o.err));
    QVERIFY2(o.err.contains(u"--help"_s), qPrintable(o.err));
}

void TestCli::lintCleanFile()
{
    const QString path = write(u"sample.mailflow.json"_s, store::loadSampleWorkspace());
    QVERIFY(!path.isEmpty());

    const Outcome o = runBinary({u"lint"_s, path}, m_dir.path());
    QCOMPARE(o.exitCode, 0);
    QCOMPARE(o.out, u"No problems found.\n"_s);
    QCOMPARE(o.err, QString());
}

void TestCli::lintWarningsOnly()
{
    QVERIFY(!write(u"warnings.mailflow.json"_s, warningOnlyWorkspace()).isEmpty());

    // The file is named as the admin typed it, here relative to the working folder.
    const Outcome o = runBinary({u"lint"_s, u"warnings.mailflow.json"_s}, m_dir.path());
    QCOMPARE(o.exitCode, 0);
    const QStringList lines = o.outLines();
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(u"warnings.mailflow.json: warning: "
                                    "Route New Orleans recipients: Mode: "_s),
             qPrintable(lines.at(0)));
    QVERIFY(lines.at(0).contains(u"test mode"_s));
    QVERIFY2(lines.at(0).contains(u" — "_s), qPrintable(lines.at(0)));
    QCOMPARE(lines.at(1), u"0 errors, 1 warning"_s);
}

void TestCli::lintErrors()
{
    const QString path = write(u"broken.mailflow.json"_s, brokenWorkspace());
    QVERIFY(!path.isEmpty());

    const Outcome o = runBinary({u"lint"_s, path}, m_dir.path());
    QCOMPARE(o.exitCode, 1);
    QCOMPARE(o.err, QString());
    const QStringList lines = o.outLines();
    QCOMPARE(lines.size(), 4);

    const QString prefix = path + u": "_s;
    QStringList expectedStarts = {
        prefix + u"error: Route Baton Rouge recipients: "_s,
        prefix + u"error: Office 365 to Contoso mail server: Smart hosts: '192.168.10.25'"_s,
        prefix + u"warning: Route New Orleans recipients: Mode: "_s,
    };
    for (const QString &start : expectedStarts) {
        const bool found = std::any_of(lines.cbegin(), lines.cend() - 1,
                                       [&start](const QString &l) { return l.startsWith(start); });
        QVERIFY2(found, qPrintable(start + u"\n---\n"_s + o.out));
    }
    QVERIFY(lines.at(0).contains(u"'Office 365 to Fabrikam'"_s));
    QCOMPARE(lines.last(), u"2 errors, 1 warning"_s);
}

void TestCli::lintJson()
{
    const QString path = write(u"json.mailflow.json"_s, brokenWorkspace());
    const Outcome o = runBinary({u"lint"_s, u"--json"_s, path}, m_dir.path());
    QCOMPARE(o.exitCode, 1);

    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(o.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(report.value(u"file"_s).toString(), path);
    QCOMPARE(report.value(u"errors"_s).toInt(), 2);
    QCOMPARE(report.value(u"warnings"_s).toInt(), 1);
    QStringList codes;
    for (const QJsonValue &d : report.value(u"diagnostics"_s).toArray())
        codes << d.toObject().value(u"code"_s).toString();
    codes.sort();
    QCOMPARE(codes, (QStringList{u"lint.connector.smartHostUnreachable"_s,
                                 u"lint.redirect.missing"_s, u"lint.redirect.testMode"_s}));

    const QString truncated = writeBytes(u"cut.json"_s, "{\"format\": \"mailflow-admin-");
    const Outcome failed = runBinary({u"lint"_s, u"--json"_s, truncated}, m_dir.path());
    QCOMPARE(failed.exitCode, 2);
    const QJsonObject fileError = QJsonDocument::fromJson(failed.out.toUtf8()).object()
                                      .value(u"error"_s).toObject();
    QCOMPARE(fileError.value(u"code"_s).toString(), u"file.syntax"_s);
    QCOMPARE(fileError.value(u"line"_s).toInt(), 1);
}

void TestCli::unreadableFile_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("mentions");

    const QByteArray cut = "{\n    \"format\": \"mailflow-admin-workspace\",\n    \"version\": 1,\n"
                           "    \"connectors\": [\n        {\"name\": \"Cont";
    for (const QString &command : {u"lint"_s, u"show"_s}) {
        QTest::newRow(qPrintable(command + u": truncated"_s))
            << command << cut << QStringList{u"not valid JSON"_s, u"line 5, column"_s};
        QTest::newRow(qPrintable(command + u": newer version"_s))
            << command
            << QByteArray("{\"format\": \"mailflow-admin-workspace\", \"version\": 9}")
            << QStringList{u"newer Mailflow Admin (version 9)"_s};
        QTest::newRow(qPrintable(command + u": wrong type"_s))
            << command
            << QByteArray("{\"format\": \"mailflow-admin-workspace\", \"version\": 1, "
                          "\"connectors\": [{\"name\": \"C\", \"smartHosts\": \"a.b\"}]}")
            << QStringList{u"connectors[0].smartHosts must be a list of strings"_s};
        QTest::newRow(qPrintable(command + u": missing"_s))
            << command << QByteArray() << QStringList{u"does not exist"_s};
    }
}

void TestCli::unreadableFile()
{
    QFETCH(QString, command);
    QFETCH(QByteArray, data);
    QFETCH(QStringList, mentions);

    const QString tag = QLatin1String(QTest::currentDataTag());
    const QString name = u"unreadable-%1.mailflow.json"_s.arg(tag)
                             .replace(u':', u'-').replace(u' ', u'-');
    const QString path = data.isEmpty() ? m_dir.filePath(u"absent.mailflow.json"_s)
                                        : writeBytes(name, data);
    QVERIFY(!path.isEmpty());

    const Outcome o = runBinary({command, path}, m_dir.path());
    QCOMPARE(o.exitCode, 2);
    QCOMPARE(o.out, QString());
    QVERIFY2(o.err.contains(path), qPrintable(o.err));
    for (const QString &mention : mentions)
        QVERIFY2(o.err.contains(mention), qPrintable(o.err));
}

void TestCli::showSample()
{
    const QString path = write(u"show.mailflow.json"_s, store::loadSampleWorkspace());
    const Outcome o = runBinary({u"show"_s, path}, m_dir.path());
    QCOMPARE(o.exitCode, 0);
    QCOMPARE(o.err, QString());

    const QStringList expected = {
        u"  Office 365 to Contoso mail server\n"_s,
        u"Office 365 → Your organization's email server"_s,
        u"State:"_s,
        u"Only when a mail flow rule redirects messages to this connector"_s,
        u"mail.contoso.test, smtp.contoso.test"_s,
        u"(TlsSettings DomainValidation, TlsDomain *.contoso.test)"_s,
        u"Not validated"_s,
        u"  0. Route New Orleans recipients\n"_s,
        u"If the recipient's City property includes 'New Orleans', redirect the message to "
        "the connector 'Office 365 to Contoso mail server'."_s,
        u"Enforce"_s,
    };
    for (const QString &text : expected)
        QVERIFY2(o.out.contains(text), qPrintable(text + u"\n---\n"_s + o.out));
}

void TestCli::showKeepsPriorityOrderAndUnicode()
{
    Workspace w = store::loadSampleWorkspace();
    w.renameConnector(w.connectors[0].name, u"Zürich → Ñandú 東京"_s);
    MailFlowRule second = w.rules[0];
    second.name = u"Second rule"_s;
    second.mode = RuleMode::Audit;
    w.rules << second;
    w.rules[0].name = u"First rule"_s;

    const QString path = write(u"order.mailflow.json"_s, w);
    const Outcome o = runBinary({u"show"_s, path}, m_dir.path());
    QCOMPARE(o.exitCode, 0);
    QVERIFY2(o.out.contains(u"  Zürich → Ñandú 東京\n"_s), qPrintable(o.out));
    const qsizetype first = o.out.indexOf(u"  0. First rule\n"_s);
    const qsizetype next = o.out.indexOf(u"  1. Second rule\n"_s);
    QVERIFY2(first >= 0 && next > first, qPrintable(o.out));
    QVERIFY(o.out.mid(next).contains(u"Test without Policy Tips"_s));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
