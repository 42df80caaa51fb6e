#pragma once

#include "diagnostics/diagnostic.h"
#include "model/mailflowrule.h"
#include "model/workspace.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QScrollArea;
class QSpinBox;
class QWidget;

namespace mailflow {

class PredicateRowList;
class ProblemLabel;

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
    [[nodiscard]] static bool usesMoreOptions(const MailFlowRule &rule);

    Workspace m_workspace;
    qsizetype m_ruleIndex = -1;
    // The rule as opened: rule() starts from it, so what the form does not show (parameters
    // kept from an import) survives editing.
    MailFlowRule m_original;
    // Dates as loaded: an untouched date is returned exactly, whatever precision and time
    // zone the date edit works in, so opening and saving a rule never changes it.
    QDateTime m_loadedActivation;
    QDateTime m_loadedExpiry;
    bool m_activationEdited = false;
    bool m_expiryEdited = false;
    bool m_loading = false;

    QScrollArea *m_scrollArea = nullptr;
    QLineEdit *m_nameLineEdit = nullptr;
    QCheckBox *m_enabledCheckBox = nullptr;
    PredicateRowList *m_conditionList = nullptr;
    PredicateRowList *m_actionList = nullptr;
    QPushButton *m_moreOptionsButton = nullptr;
    QWidget *m_moreOptionsWidget = nullptr;
    PredicateRowList *m_exceptionList = nullptr;

    QButtonGroup *m_modeGroup = nullptr;
    QRadioButton *m_enforceRadio = nullptr;
    QRadioButton *m_auditAndNotifyRadio = nullptr;
    QRadioButton *m_auditRadio = nullptr;
    QCheckBox *m_activationCheckBox = nullptr;
    QDateTimeEdit *m_activationEdit = nullptr;
    QCheckBox *m_expiryCheckBox = nullptr;
    QDateTimeEdit *m_expiryEdit = nullptr;
    QSpinBox *m_prioritySpinBox = nullptr;
    QCheckBox *m_stopProcessingCheckBox = nullptr;
    QCheckBox *m_deferCheckBox = nullptr;
    QComboBox *m_senderAddressComboBox = nullptr;
    QPlainTextEdit *m_commentsEdit = nullptr;

    QLabel *m_summaryLabel = nullptr;
    ProblemLabel *m_problemLabel = nullptr;
    QDialogButtonBox *m_buttonBox = nullptr;
};

} // namespace mailflow
