#pragma once

#include "diagnostics/diagnostic.h"
#include "model/mailflowrule.h"
#include "model/workspace.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QWidget;

namespace mailflow {

class PredicateRowList;
class ProblemLabel;
class RuleOptionsPanel;

// The new-rule / edit-rule form of the admin center: Name, "Apply this rule if…", "Do the
// following…", and under "More options…" the exceptions, mode, dates, priority and the other
// rule properties. It reads the predicate registry for every menu and value dialog, shows the
// rule as a sentence while it is edited, and keeps Save off while core's validation finds a
// problem, listing each one with its field. It never changes the workspace: the caller takes
// rule() and priority() after accept().
class RuleEditor : public QDialog
{
    Q_OBJECT

public:
    // `ruleIndex` is the position of the rule to edit in workspace.rules, or -1 for a new rule.
    RuleEditor(const Workspace &workspace, qsizetype ruleIndex, QWidget *parent = nullptr);
    ~RuleEditor() override;

    [[nodiscard]] MailFlowRule rule() const;
    // Where the rule should go in Workspace::rules: 0 runs first. For a new rule 0..N (N =
    // the number of rules, the default); for an existing one 0..N-1, default its own place.
    [[nodiscard]] int priority() const;
    [[nodiscard]] qsizetype ruleIndex() const { return m_ruleIndex; }

    // What blocks Save right now: core's validation plus rows begun but not finished.
    [[nodiscard]] QStringList problems() const;
    [[nodiscard]] bool moreOptionsShown() const;
    void setMoreOptionsShown(bool shown);

    // The form's parts, for the main window's tests and screenshots.
    [[nodiscard]] QLineEdit *nameLineEdit() const { return m_nameLineEdit; }
    [[nodiscard]] PredicateRowList *conditionList() const { return m_conditionList; }
    [[nodiscard]] PredicateRowList *actionList() const { return m_actionList; }
    [[nodiscard]] PredicateRowList *exceptionList() const { return m_exceptionList; }
    [[nodiscard]] QPushButton *moreOptionsButton() const { return m_moreOptionsButton; }
    [[nodiscard]] QPushButton *saveButton() const;
    [[nodiscard]] QLabel *summaryLabel() const { return m_summaryLabel; }
    [[nodiscard]] ProblemLabel *problemLabel() const { return m_problemLabel; }

Q_SIGNALS:
    // Any field changed; rule(), problems() and the summary are current when it fires.
    void ruleChanged();

private:
    [[nodiscard]] QWidget *createOptionsWidget();
    void load(const MailFlowRule &rule);
    void refresh();
    void updateTabOrder();
    void onMoreOptionsClicked();

    Workspace m_workspace;
    qsizetype m_ruleIndex = -1;
    // The rule as opened: rule() starts from it, so what the form does not show (parameters
    // kept from an import) survives editing.
    MailFlowRule m_original;
    bool m_loading = false;

    QScrollArea *m_scrollArea = nullptr;
    QLineEdit *m_nameLineEdit = nullptr;
    QCheckBox *m_enabledCheckBox = nullptr;
    PredicateRowList *m_conditionList = nullptr;
    PredicateRowList *m_actionList = nullptr;
    QPushButton *m_moreOptionsButton = nullptr;
    QWidget *m_moreOptionsWidget = nullptr;
    PredicateRowList *m_exceptionList = nullptr;
    RuleOptionsPanel *m_optionsPanel = nullptr;
    QLabel *m_summaryLabel = nullptr;
    ProblemLabel *m_problemLabel = nullptr;
    QDialogButtonBox *m_buttonBox = nullptr;
};

} // namespace mailflow
