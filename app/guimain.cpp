#include "applicationinfo.h"
#include "window/fileactions.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QTranslator>

// The window, on the workspace files named on the command line or else the embedded sample.
// `mailflow-admin` starts this program when it is given no command.
int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    mailflow::describeApplication();
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
