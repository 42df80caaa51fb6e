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

    // The source text is English; the English translation only adds its plural forms
    // ("1 error", "2 errors"), so it is the fallback for any language without its own.
    QTranslator translator;
    const QString i18n = QStringLiteral(":/i18n");
    const QString name = QStringLiteral("mailflow-admin");
    if (translator.load(QLocale(), name, QStringLiteral("_"), i18n)
        || translator.load(name + QStringLiteral("_en"), i18n))
        QCoreApplication::installTranslator(&translator);

    mailflow::MainWindow window;
    const QStringList files = app.arguments().mid(1);
    if (files.isEmpty() || !window.fileActions()->openFile(files.first()))
        window.fileActions()->openSample();
    window.show();
    return app.exec();
}
