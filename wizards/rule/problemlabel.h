#pragma once

#include <QLabel>
#include <QStringList>

namespace mailflow {

// The red text under a form that says what blocks OK or Save, one problem a line. Hidden when
// there is nothing to say, so a complete form stays quiet.
class ProblemLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ProblemLabel(QWidget *parent = nullptr);

    void setProblems(const QStringList &problems);
    [[nodiscard]] QStringList problems() const { return m_problems; }

private:
    QStringList m_problems;
};

} // namespace mailflow
