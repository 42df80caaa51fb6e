#pragma once

#include <QString>

class QWidget;

namespace mailflow::testsupport {

// Where GUI tests write their PNGs: $MAILFLOW_SCREENSHOT_DIR when set, otherwise
// "screenshots" at the top of the build directory (next to the tests/ folder that holds the
// test binaries). The directory is created on first use.
[[nodiscard]] QString screenshotDirectory();

// Grabs the widget as it is painted now and saves "<directory>/<name>.png". Returns the file
// path, or an empty string (with a test warning) when the image could not be written.
QString saveScreenshot(QWidget *widget, const QString &name);

// As saveScreenshot, and fails the running test when the image could not be written, since
// people look at these pictures.
void takeScreenshot(QWidget *widget, const QString &name);

} // namespace mailflow::testsupport
