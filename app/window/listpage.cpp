#include "listpage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mailflow {

ListPage::ListPage(QAbstractItemModel *model, const QString &listName,
                   const QString &detailsName, QWidget *parent)
    : QWidget(parent)
    , m_view(new QTableView(this))
    , m_detailsLabel(new QLabel(this))
    , m_buttons(new QHBoxLayout)
{
    model->setParent(this);
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setAccessibleName(listName);
    m_detailsLabel->setWordWrap(true);
    m_detailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsLabel->setAccessibleName(detailsName);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ListPage::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &ListPage::updateButtons);

    // A fresh list starts with its first entry selected, so its details show at once.
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (currentIndex() < 0)
            selectRow(0);
    });

    m_buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detailsLabel);
}

qsizetype ListPage::currentIndex() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ListPage::selectRow(qsizetype row)
{
    if (row >= 0 && row < m_view->model()->rowCount())
        m_view->selectRow(int(row));
}

QPushButton *ListPage::addButton(const QString &text, const QString &accessibleName)
{
    auto *button = new QPushButton(text, this);
    button->setAccessibleName(accessibleName);

    // Buttons go before the stretch that keeps them left-aligned.
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    return button;
}

void ListPage::setDetails(const QString &text)
{
    m_detailsLabel->setText(text);
}

} // namespace mailflow
