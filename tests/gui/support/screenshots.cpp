#include "screenshots.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QPixmap>
#include <QTest>
#include <QWidget>

namespace mailflow::testsupport {

QString screenshotDirectory()
{
    QString path = qEnvironmentVariable("MAILFLOW_SCREENSHOT_DIR");
    if (path.isEmpty())
        path = QCoreApplication::applicationDirPath() + QStringLiteral("/../screenshots");

    const QString clean = QDir::cleanPath(QDir(path).absolutePath());
    QDir().mkpath(clean);
    return clean;
}

QString saveScreenshot(QWidget *widget, const QString &name)
{
    // Let pending layout and paint events settle so the image shows what a person would see.
    QCoreApplication::processEvents();

    const QString file = screenshotDirectory() + u'/' + name + QStringLiteral(".png");
    if (!widget->grab().save(file)) {
        qCWarning(lcUi) << "Could not write screenshot" << file;
        return {};
    }
    return file;
}

void takeScreenshot(QWidget *widget, const QString &name)
{
    QVERIFY2(!saveScreenshot(widget, name).isEmpty(), qPrintable(name));
}

} // namespace mailflow::testsupport
