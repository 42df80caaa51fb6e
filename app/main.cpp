#include "cli/cli.h"
#include "window/fileactions.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTranslator>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("mailflow-admin"));
    QCoreApplication::setApplicationName(QStringLiteral("mailflow-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILFLOW_VERSION));
}

// The GUI: the files named on the command line, or the embedded sample when there are none.
int runWindow(int argc, char *argv[])
{
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QObject::tr("Mailflow Admin"));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("mailflow-admin"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    mailflow::MainWindow window;
    const QStringList files = app.arguments().mid(1);
    if (files.isEmpty() || !window.fileActions()->openFile(files.first()))
        window.fileActions()->openSample();
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (mailflow::cli::isCommandLine(arguments)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        return mailflow::cli::run(app.arguments());
    }
    return runWindow(argc, argv);
}
