#pragma once

#include "connectorpage.h"
#include "probe/validationreport.h"
#include "probe/validator.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace mailflow {

class EntryListEditor;

// "Validation email": the addresses a test message goes to and the Validate button that runs
// the probe against the smart hosts, with live progress per task. Validating is optional (the
// admin center only warns when saving an unvalidated connector), but Next stays off while a
// run is under way so the outcome lands on this page.
class ConnectorValidationPage : public ConnectorPage
{
    Q_OBJECT

public:
    explicit ConnectorValidationPage(QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;

    // How the probe talks to the smart hosts; test settings only, never stored.
    [[nodiscard]] probe::ProbeOptions probeOptions() const;

    [[nodiscard]] bool isValidating() const;
    [[nodiscard]] const probe::ValidationReport &lastReport() const { return m_report; }

    [[nodiscard]] EntryListEditor *addressEditor() const { return m_addressEditor; }
    [[nodiscard]] QPushButton *validateButton() const { return m_validateButton; }
    [[nodiscard]] QPushButton *cancelButton() const { return m_cancelButton; }
    [[nodiscard]] QPushButton *detailsButton() const { return m_detailsButton; }
    [[nodiscard]] QTreeWidget *taskTree() const { return m_taskTree; }
    [[nodiscard]] QLabel *statusLabel() const { return m_statusLabel; }
    [[nodiscard]] QPlainTextEdit *transcriptView() const { return m_transcriptView; }
    [[nodiscard]] QToolButton *testOptionsButton() const { return m_testOptionsButton; }
    [[nodiscard]] QSpinBox *portSpinBox() const { return m_portSpinBox; }
    [[nodiscard]] QLineEdit *caFileLineEdit() const { return m_caFileLineEdit; }

private:
    void startValidation();
    void cancelValidation();
    void onTaskChanged(const probe::ValidationTask &task);
    void onFinished(const probe::ValidationReport &report);
    void onValidationRecordChanged(const ValidationRecord &record);
    void onBrowseCaFile();
    void updateState();
    void showRecordState();

    probe::Validator *m_validator = nullptr;
    probe::ValidationReport m_report;
    bool m_hasReport = false;

    QLabel *m_introLabel = nullptr;
    EntryListEditor *m_addressEditor = nullptr;
    QPushButton *m_validateButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QTreeWidget *m_taskTree = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_detailsButton = nullptr;
    QPlainTextEdit *m_transcriptView = nullptr;
    QToolButton *m_testOptionsButton = nullptr;
    QWidget *m_testOptions = nullptr;
    QSpinBox *m_portSpinBox = nullptr;
    QLineEdit *m_caFileLineEdit = nullptr;
    QPushButton *m_browseButton = nullptr;
    QLineEdit *m_senderLineEdit = nullptr;
    QCheckBox *m_sendMessageCheckBox = nullptr;
};

} // namespace mailflow
