#include "itemlistdialog.h"

#include "problemlabel.h"
#include "valuelisteditor.h"
#include "validation/fieldrules.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace mailflow {

namespace {

QString checkWord(const QString &word)
{
    if (word.trimmed().isEmpty())
        return QCoreApplication::translate("mailflow::ItemListDialog", "Enter a word or phrase.");
    return {};
}

} // namespace

ItemListDialog::ItemListDialog(const PredicateType &type, const PredicateValue &value,
                               const Workspace &workspace, QWidget *parent)
    : ValueDialog(type, workspace, parent)
    , m_listEditor(new ValueListEditor(this))
{
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    QString listLabel;
    switch (type.shape) {
    case ValueShape::Patterns:
    case ValueShape::HeaderPatterns:
        intro->setText(tr("Enter text patterns (regular expressions). The condition matches "
                          "when any one of them matches."));
        listLabel = tr("&Text pattern:");
        m_listEditor->setNames(tr("Text pattern"), tr("Text patterns"));
        m_listEditor->setCheck(&fieldrules::checkPattern);
        m_listEditor->setCheckWhileTyping(true);
        break;
    case ValueShape::Addresses:
        intro->setText(tr("Enter email addresses, one at a time."));
        listLabel = tr("&Address:");
        m_listEditor->setNames(tr("Email address"), tr("Email addresses"));
        m_listEditor->setPlaceholderText(tr("someone@contoso.com"));
        m_listEditor->setCheck(&fieldrules::checkMailbox);
        break;
    case ValueShape::Domains:
        intro->setText(tr("Enter domain names, one at a time."));
        listLabel = tr("&Domain:");
        m_listEditor->setNames(tr("Domain"), tr("Domains"));
        m_listEditor->setPlaceholderText(tr("contoso.com"));
        m_listEditor->setCheck(&fieldrules::checkDomain);
        break;
    default:
        intro->setText(tr("Enter words or phrases, one at a time; a phrase such as New Orleans "
                          "stays one entry. The condition matches when any one of them "
                          "appears."));
        listLabel = tr("&Word or phrase:");
        m_listEditor->setNames(tr("Word or phrase"), tr("Words and phrases"));
        m_listEditor->setCheck(&checkWord);
        break;
    }
    m_listEditor->setEntries(value.items);

    auto *form = new QFormLayout;
    if (hasHeader()) {
        m_headerLineEdit = new QLineEdit(value.text, this);
        m_headerLineEdit->setAccessibleName(tr("Message header"));
        m_headerLineEdit->setPlaceholderText(tr("X-Routing"));
        form->addRow(tr("Message &header:"), m_headerLineEdit);
        connect(m_headerLineEdit, &QLineEdit::textChanged, this, &ItemListDialog::refresh);
    }
    form->addRow(listLabel, m_listEditor);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(m_listEditor)))
        label->setBuddy(m_listEditor->entryLineEdit());

    connect(m_listEditor, &ValueListEditor::entriesChanged, this, &ItemListDialog::refresh);
    connect(m_listEditor, &ValueListEditor::pendingTextChanged, this, &ItemListDialog::refresh);

    contentLayout()->addWidget(intro);
    contentLayout()->addLayout(form);
    resize(520, 360);
    refresh();
}

PredicateValue ItemListDialog::value() const
{
    PredicateValue out;
    out.items = m_listEditor->entries();
    if (m_headerLineEdit)
        out.text = m_headerLineEdit->text().trimmed();
    return out;
}

QStringList ItemListDialog::formProblems() const
{
    const QString pending = m_listEditor->pendingText();
    if (pending.isEmpty())
        return {};
    return {tr("'%1' is typed but not added yet. Press + or Enter to add it, or clear the "
               "field.").arg(pending)};
}

bool ItemListDialog::hasHeader() const
{
    return predicateType().shape == ValueShape::HeaderWords
        || predicateType().shape == ValueShape::HeaderPatterns;
}

} // namespace mailflow
