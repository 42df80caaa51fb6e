#pragma once

#include "model/mailflowrule.h"

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;

namespace mailflow {

// "Properties of this rule" under the rule editor's More options: mode, activation and
// deactivation dates, priority, stop processing, defer, sender address location, comments.
class RuleOptionsPanel : public QWidget
{
    Q_OBJECT

public:
    // `ruleCount` rules exist; `ruleIndex` is the edited rule's place or -1 for a new rule,
    // which may also take the place after the last one.
    RuleOptionsPanel(int ruleCount, qsizetype ruleIndex, QWidget *parent);

    void load(const MailFlowRule &rule);
    // Writes the panel's fields into `rule`, leaving the others alone.
    void applyTo(MailFlowRule *rule) const;

    [[nodiscard]] int priority() const;
    [[nodiscard]] QList<QWidget *> focusWidgets() const;

    // True when the rule sets any of these fields away from its default.
    [[nodiscard]] static bool isUsedBy(const MailFlowRule &rule);

Q_SIGNALS:
    void changed();

private:
    void onDateChanged(bool *edited);

    // Dates as loaded: an untouched date is returned exactly, whatever precision and time
    // zone the date edit works in, so opening and saving a rule never changes it.
    QDateTime m_loadedActivation;
    QDateTime m_loadedExpiry;
    bool m_activationEdited = false;
    bool m_expiryEdited = false;
    bool m_loading = false;

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
};

} // namespace mailflow
