#pragma once

#include <QMessageBox>
#include <QObject>
#include <QString>
#include <QTimer>

namespace mailflow::testsupport {

// Answers the next modal message box the code under test opens, the way a person would click
// one of its buttons. It polls QApplication::activeModalWidget() because QMessageBox::question
// and friends block in their own event loop until answered.
class ModalAnswerer : public QObject
{
    Q_OBJECT

public:
    explicit ModalAnswerer(QMessageBox::StandardButton answer,
                           QString screenshotName = {}, QObject *parent = nullptr);

    [[nodiscard]] bool answered() const { return m_answered; }
    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] QString text() const { return m_text; }

private:
    void poll();

    QMessageBox::StandardButton m_answer;
    QString m_screenshotName;
    QTimer m_timer;
    int m_polls = 0;
    bool m_answered = false;
    QString m_title;
    QString m_text;
};

} // namespace mailflow::testsupport
