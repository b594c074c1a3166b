#include "ui/text/misclassified_list.h"

#include <QHeaderView>
#include <QLocale>
#include <QSignalBlocker>
#include <algorithm>

#include "ui/text/shown_symbol.h"

namespace rnnlab::ui {

namespace {

QString className(const std::vector<std::string>& names, int k) {
    return k >= 0 && k < int(names.size()) ? shownSymbol(names[std::size_t(k)])
                                           : MisclassifiedList::tr("class %1").arg(k);
}

}  // namespace

MisclassifiedList::MisclassifiedList(QWidget* parent) : QTreeWidget(parent) {
    setColumnCount(3);
    setHeaderLabels({tr("sentence"), tr("actual \u2192 predicted"), tr("p")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setTextElideMode(Qt::ElideRight);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(SentenceColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(ClassesColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(ProbabilityColumn, QHeaderView::ResizeToContents);
    setToolTip(
        tr("The sentences the network gets wrong, the most confident mistakes first: p is the "
           "probability it gives its wrong answer. Click one to follow it in the plane and in "
           "the Explorer."));
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        const Index index = sentenceOf(indexOfTopLevelItem(item));
        if (index < 0) return;
        m_chosen = index;
        emit sentenceChosen(index);
    });
}

void MisclassifiedList::setMisclassified(std::shared_ptr<const Misclassified> misclassified,
                                         const std::vector<std::string>& classNames) {
    m_misclassified = std::move(misclassified);
    const QSignalBlocker blocker(this);
    clear();
    if (!m_misclassified) return;
    const QLocale locale;
    QList<QTreeWidgetItem*> items;
    for (const MisclassifiedSample& s : m_misclassified->listed) {
        const QString text = QString::fromStdString(s.text);
        auto* item = new QTreeWidgetItem(
            {text,
             tr("%1 \u2192 %2")
                 .arg(className(classNames, s.actual), className(classNames, s.predicted)),
             tr("%1 %").arg(locale.toString(s.probability * 100.0, 'f', 1))});
        item->setToolTip(SentenceColumn, text);
        item->setTextAlignment(ProbabilityColumn, Qt::AlignRight | Qt::AlignVCenter);
        items << item;
    }
    addTopLevelItems(items);
    setChosen(m_chosen);
}

void MisclassifiedList::setChosen(Index index) {
    m_chosen = index;
    const QSignalBlocker blocker(this);
    const int row = rowOf(index);
    if (row < 0) {
        clearSelection();
        return;
    }
    setCurrentItem(topLevelItem(row));
}

QSize MisclassifiedList::sizeHint() const {
    return {QTreeWidget::sizeHint().width(), std::max(minimumHeight(), 1)};
}

Index MisclassifiedList::sentenceOf(int row) const {
    if (!m_misclassified || row < 0 || row >= int(m_misclassified->listed.size())) return -1;
    return m_misclassified->listed[std::size_t(row)].index;
}

int MisclassifiedList::rowOf(Index index) const {
    if (!m_misclassified) return -1;
    for (std::size_t row = 0; row < m_misclassified->listed.size(); ++row)
        if (m_misclassified->listed[row].index == index) return int(row);
    return -1;
}

QString MisclassifiedList::rowText(int row, Column column) const {
    const QTreeWidgetItem* item = topLevelItem(row);
    return item ? item->text(column) : QString();
}

}  // namespace rnnlab::ui
