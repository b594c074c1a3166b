#pragma once
// A titled part of a settings panel that folds away: a header button with an arrow, and the
// content below it. The everyday settings stay in view; the rarely changed ones (optimizer
// details, initialisation, ...) wait one click away.

#include <QWidget>

class QToolButton;

namespace rnnlab::ui {

class CollapsibleSection : public QWidget {
    Q_OBJECT
public:
    CollapsibleSection(const QString& title, QWidget* content, bool expanded,
                       QWidget* parent = nullptr);

    bool isExpanded() const;
    QWidget* content() const { return m_content; }

public slots:
    void setExpanded(bool expanded);

private:
    QToolButton* m_header = nullptr;
    QWidget* m_content = nullptr;
};

}  // namespace rnnlab::ui
