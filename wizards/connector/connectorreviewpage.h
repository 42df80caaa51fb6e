#pragma once

#include "connectorpage.h"

#include <QHash>

class QPushButton;
class QScrollArea;
class QGridLayout;

namespace mailflow {

class InlineMessageLabel;

// "Review connector": every setting grouped by the page it came from, each group with an Edit
// button that goes back to that page. Finishing runs core's validation once more and, for an
// outbound connector without a successful validation, asks before saving (as the admin center
// warns).
class ConnectorReviewPage : public ConnectorPage
{
    Q_OBJECT

public:
    explicit ConnectorReviewPage(QWidget *parent = nullptr);

    void initializePage() override;
    [[nodiscard]] bool validatePage() override;

    // The Edit button of the section that came from the page, or null when not shown.
    [[nodiscard]] QPushButton *editButton(int pageId) const;

    // Everything the page lists, one "Label: value" per line under each section title.
    [[nodiscard]] QString summaryText() const;

    // The problem core found when Finish was pressed, empty when none.
    [[nodiscard]] QString problem() const;

private:
    struct Row {
        QString label;
        QString value;
    };

    void addSection(int pageId, const QString &title, const QList<Row> &rows);
    void rebuild();

    QScrollArea *m_scrollArea = nullptr;
    QWidget *m_content = nullptr;
    QGridLayout *m_grid = nullptr;
    int m_gridRows = 0;
    InlineMessageLabel *m_problemLabel = nullptr;
    QHash<int, QPushButton *> m_editButtons;
    QString m_summary;
};

} // namespace mailflow
