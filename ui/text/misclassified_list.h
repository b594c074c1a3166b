#pragma once
// The sentences a classifier gets wrong, most confidently wrong first (misclassified.h), one
// row each; a click chooses the sentence (sentenceChosen), and the chosen one stays selected.
//   sentence                                   actual → predicted      p
//   What a waste of a good cast.                pos → neg          97.2 %
//   I did not expect to like it.                pos → neg          88.0 %

#include <QTreeWidget>
#include <memory>

#include "core/train/misclassified.h"

namespace rnnlab::ui {

class MisclassifiedList : public QTreeWidget {
    Q_OBJECT
public:
    enum Column { SentenceColumn, ClassesColumn, ProbabilityColumn };

    explicit MisclassifiedList(QWidget* parent = nullptr);

    // The samples listed (names[k] the name of class k), or none. Keeps the chosen one selected.
    void setMisclassified(std::shared_ptr<const rnnlab::Misclassified> misclassified,
                          const std::vector<std::string>& classNames);
    // The sentence (index in its part) shown as chosen, −1 for none.
    void setChosen(rnnlab::Index index);
    // Row `row`'s sentence, and its row (−1 when not listed).
    rnnlab::Index sentenceOf(int row) const;
    int rowOf(rnnlab::Index index) const;
    int rows() const { return topLevelItemCount(); }
    QString rowText(int row, Column column) const;
    // Its minimum height: the page gives it more only where there is room.
    QSize sizeHint() const override;

signals:
    void sentenceChosen(rnnlab::Index index);

private:
    std::shared_ptr<const Misclassified> m_misclassified;
    rnnlab::Index m_chosen = -1;
};

}  // namespace rnnlab::ui
