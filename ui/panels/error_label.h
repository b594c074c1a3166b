#pragma once
// An inline error message: word-wrapped, selectable (to copy the file:line:column), in the
// theme's red, and hidden while there is nothing to say.

#include <QLabel>

namespace rnnlab::ui {

struct ThemeStyle;

class ErrorLabel : public QLabel {
    Q_OBJECT
public:
    explicit ErrorLabel(QWidget* parent = nullptr);

public slots:
    // Shows message; an empty one hides the label.
    void showError(const QString& message);

private:
    void applyTheme(const ThemeStyle& style);
};

}  // namespace rnnlab::ui
