#include "applicationinfo.h"
#include "cli/cli.h"
#include "cli/clioutput.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <vector>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// Without a command the window opens. It is a program of its own, next to this one, so that
// the command line never loads the GUI libraries; execv hands this process (its ID, standard
// streams and environment) to the window, as if this program had opened it itself.
int startWindow(int argc, char *argv[])
{
    const std::vector<char *> words(argv, argv + argc);
    QCoreApplication app(argc, argv); // applicationDirPath() needs it
    const QString program = QCoreApplication::applicationDirPath() + u"/mailflow-admin-gui"_s;
    QByteArray nativeProgram = QFile::encodeName(program);

    std::vector<char *> arguments{nativeProgram.data()};
    if (!words.empty())
        arguments.insert(arguments.end(), words.begin() + 1, words.end());
    arguments.push_back(nullptr);
    ::execv(nativeProgram.constData(), arguments.data());

    const int error = errno;
    QTextStream &err = mailflow::cli::standardError();
    err << QCoreApplication::translate("main", "mailflow-admin: cannot start the window, %1: "
                                               "%2. It is built next to mailflow-admin "
                                               "(scripts/build.sh); the commands work without "
                                               "it (mailflow-admin --help).")
               .arg(program, qt_error_string(error))
        << '\n';
    err.flush();
    return mailflow::cli::exitUsage;
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (!mailflow::cli::isCommandLine(arguments))
        return startWindow(argc, argv);

    // A reader that goes away (`| head`) makes the next write fail, and the command says so
    // and exits 2, whenever that happens. Without this the process would die of SIGPIPE
    // before QtNetwork's first socket write ignores the signal, and with an error after.
    std::signal(SIGPIPE, SIG_IGN);

    QCoreApplication app(argc, argv);
    mailflow::describeApplication();
    const int status = mailflow::cli::run(app.arguments());

    // A command has written and flushed all it had to say, and saved files are committed.
    // What is left, unloading Qt's plugins and OpenSSL's clean-up at exit, only costs time
    // (about half a millisecond after validate, measured by bench/validate-vs-swaks.sh).
    mailflow::cli::standardError().flush();
    std::fflush(nullptr);
    ::_exit(status);
}
