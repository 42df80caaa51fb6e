#pragma once

#include "model/connector.h"
#include "model/workspace.h"

#include <QWizard>

namespace mailflow {

class ConnectorPage;

// The admin center's "Add a connector" wizard. It gathers a connector's settings page by page,
// hands back a core Connector and never writes files or sockets itself; the caller validates
// and saves it.
class ConnectorWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        NewConnectorPageId,
        NamePageId,
        UsagePageId,
        RoutingPageId,
        SecurityPageId,
        ValidationPageId,
        AuthenticationPageId,
        InboundSecurityPageId,
        ReviewPageId,
    };
    Q_ENUM(PageId)

    // editIndex is the position of the connector being edited in the workspace, or -1 for a
    // new one; an edited connector's values fill every field.
    explicit ConnectorWizard(const Workspace &workspace, qsizetype editIndex = -1,
                             QWidget *parent = nullptr);
    ~ConnectorWizard() override;

    [[nodiscard]] const Workspace &workspace() const { return m_workspace; }
    [[nodiscard]] qsizetype editIndex() const { return m_editIndex; }
    [[nodiscard]] bool isEditing() const { return m_editIndex >= 0; }

    // The connector as entered, normalized for its direction, with its validation record.
    [[nodiscard]] Connector connector() const;

    // Loads every value of the connector into the pages, validation record included.
    void setConnector(const Connector &connector);

    // What the last validation run proved; cleared when smart hosts, TLS or recipients change.
    [[nodiscard]] ValidationRecord validationRecord() const { return m_validation; }
    void setValidationRecord(const ValidationRecord &record);

    // Walks back through the history to a page already visited (the Review page's Edit
    // buttons); false when the page was not on the way.
    bool goBackToPage(int id);

    [[nodiscard]] int nextId() const override;

Q_SIGNALS:
    void validationRecordChanged(const mailflow::ValidationRecord &record);

private:
    void addConnectorPage(PageId id, ConnectorPage *page);
    void onValidationInputChanged();
    [[nodiscard]] ConnectorPage *anyPage() const;

    const Workspace m_workspace;
    const qsizetype m_editIndex;
    ValidationRecord m_validation;
    bool m_loading = false;
};

} // namespace mailflow
