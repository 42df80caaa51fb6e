#pragma once

#include <QLabel>

namespace mailflow {

// The line under a field that says what is wrong (red) or what is still missing (plain), so
// pages explain a disabled Next without a message box. Empty text hides the label.
class InlineMessageLabel : public QLabel
{
    Q_OBJECT

public:
    explicit InlineMessageLabel(QWidget *parent = nullptr);

    void showProblem(const QString &text);
    void showHint(const QString &text);
    void clearMessage();

    [[nodiscard]] bool isProblem() const { return m_problem; }

private:
    void showText(const QString &text, bool problem);

    bool m_problem = false;
};

} // namespace mailflow
