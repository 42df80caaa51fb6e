#include "ruleeditordriver.h"

#include "guiactions.h"

#include "rule/predicaterow.h"
#include "rule/problemlabel.h"
#include "rule/selectuserpropertiesdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QPushButton>
#include <QStringList>
#include <QTest>

namespace mailflow::testsupport {

bool choosePredicate(PredicateRow *row, const QString &subject, const QString &label)
{
    return chooseInCombo(row->subjectComboBox(), subject)
        && chooseInCombo(row->predicateComboBox(), label);
}

QWidget *pressValueButton(PredicateRow *row)
{
    click(row->valueButton());
    return QApplication::activeModalWidget();
}

SelectUserPropertiesDialog *openPropertyDialog(PredicateRow *row, const QString &property)
{
    auto *dialog = openValueDialog<SelectUserPropertiesDialog>(row);
    if (!dialog)
        return nullptr;

    click(dialog->addPropertyButton());
    if (!chooseInCombo(dialog->propertyComboBox(), property)) {
        dialog->reject();
        return nullptr;
    }
    return dialog;
}

QString visibleProblems(QWidget *root)
{
    QStringList out;
    for (const ProblemLabel *label : root->findChildren<ProblemLabel *>()) {
        if (label->isVisibleTo(root))
            out << label->text();
    }
    return out.join(u'\n');
}

} // namespace mailflow::testsupport
