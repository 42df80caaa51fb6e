#include "accessibilitychecks.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QMap>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace mailflow::testsupport {

QList<QWidget *> tabStops(QWidget *root)
{
    QList<QWidget *> out;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(root) || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        QWidget *parent = widget->parentWidget();
        if (qobject_cast<QAbstractSpinBox *>(parent) || qobject_cast<QComboBox *>(parent))
            continue;
        out << widget;
    }
    return out;
}

QString widgetText(QWidget *widget)
{
    QString text = QString::fromLatin1(widget->metaObject()->className());
    if (auto *button = qobject_cast<QAbstractButton *>(widget))
        text += u" '"_s + button->text() + u'\'';
    return text;
}

QString mnemonicClash(QWidget *root, QStringList *texts)
{
    QMap<QChar, QString> seen;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        QString text;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            text = button->text();
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            text = label->text();
        if (!widget->isVisibleTo(root))
            continue;
        const QString plain = QString(text).remove(u"&&"_s);
        const qsizetype amp = plain.indexOf(u'&');
        if (amp < 0 || amp + 1 >= plain.size())
            continue;
        const QChar key = plain.at(amp + 1).toLower();
        if (seen.contains(key))
            return u"Alt+%1: '%2' and '%3'"_s.arg(key, seen.value(key), text);
        seen.insert(key, text);
        texts->append(text);
    }
    return {};
}

} // namespace mailflow::testsupport
