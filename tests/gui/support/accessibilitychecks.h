#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace mailflow::testsupport {

// What a keyboard or screen reader user relies on: every Tab stop has a name, and every Alt+key
// leads to one place.

// Widgets a Tab can reach, leaving out the inner editors of spin and combo boxes.
[[nodiscard]] QList<QWidget *> tabStops(QWidget *root);

// The widget's class and, for a button, its text, for a failure message.
[[nodiscard]] QString widgetText(QWidget *widget);

// The first Alt+key shared by two visible buttons or buddied labels, or an empty string. Every
// text with a mnemonic is appended to `texts`.
[[nodiscard]] QString mnemonicClash(QWidget *root, QStringList *texts);

} // namespace mailflow::testsupport
