#include "modalanswerer.h"

#include "screenshots.h"

#include <QAbstractButton>
#include <QApplication>
#include <QTest>

namespace mailflow::testsupport {

namespace {

// 10 ms apart, so a box is answered within five seconds or the answerer gives up.
constexpr int maxPolls = 500;

} // namespace

ModalAnswerer::ModalAnswerer(QMessageBox::StandardButton answer, QString screenshotName,
                             QObject *parent)
    : QObject(parent)
    , m_answer(answer)
    , m_screenshotName(std::move(screenshotName))
{
    m_timer.setInterval(10);
    connect(&m_timer, &QTimer::timeout, this, &ModalAnswerer::poll);
    m_timer.start();
}

void ModalAnswerer::poll()
{
    if (++m_polls > maxPolls) {
        m_timer.stop();
        return;
    }

    auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
    if (!box || !box->isVisible())
        return;
    QAbstractButton *button = box->button(m_answer);
    if (!button)
        return;

    m_timer.stop();
    m_title = box->windowTitle();
    m_text = box->text();
    if (!m_screenshotName.isEmpty())
        saveScreenshot(box, m_screenshotName);
    m_answered = true;
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace mailflow::testsupport
