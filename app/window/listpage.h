#pragma once

#include <QWidget>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace mailflow {

// What the Connectors and Rules pages share: a row of buttons, a one-row-at-a-time list over
// the workspace, and the selected entry's details under it.
class ListPage : public QWidget
{
    Q_OBJECT

public:
    [[nodiscard]] QTableView *view() const { return m_view; }
    // Selected row, or -1.
    [[nodiscard]] qsizetype currentIndex() const;
    void selectRow(qsizetype row);

protected:
    // Takes ownership of `model`.
    ListPage(QAbstractItemModel *model, const QString &listName, const QString &detailsName,
             QWidget *parent);

    QPushButton *addButton(const QString &text, const QString &accessibleName);
    void setDetails(const QString &text);

    // Called whenever the selection or the list changes.
    virtual void updateButtons() = 0;

private:
    QTableView *m_view;
    QLabel *m_detailsLabel;
    QHBoxLayout *m_buttons;
};

} // namespace mailflow
