#pragma once
// "Backprop is just calculus" (core/analysis/gradient_check.h): for a few randomly chosen
// parameters, the gradient BPTT computed beside a finite-difference estimate and their
// relative error, coloured by how well they agree. "Check again" asks for a fresh draw of
// parameters; the panel never computes anything itself: its owner connects
// gradientCheckRequested to TrainingSession::requestGradientCheck and
// TrainingSession::gradientCheckReady back to setResult.

#include <QWidget>
#include <memory>

#include "core/analysis/gradient_check.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace rnnlab::ui {

struct ThemeStyle;

class GradientCheckPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kParameters = 8;  // parameters per check

    explicit GradientCheckPanel(QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QPushButton* checkButton() const { return m_check; }
    QString captionText() const;
    bool waiting() const { return m_waiting; }
    // How a relative error reads: "agree" (< 1e-5), "rounding" (< 1e-2), "differ".
    static QString verdict(double relativeError);

public slots:
    void setResult(std::shared_ptr<const rnnlab::GradientCheckResult> result);
    // The network takes symbols: the caption explains the weights of symbols the checked
    // sequence does not contain (both gradients exactly 0).
    void setSymbolInput(bool symbols);
    // Emits gradientCheckRequested with the next seed (1, 2, 3, ...).
    void requestCheck();

signals:
    void gradientCheckRequested(int count, quint64 seed);

protected:
    void showEvent(QShowEvent* event) override;  // the first showing asks for a check

private:
    void applyTheme(const ThemeStyle& style);
    void colourRows(const ThemeStyle& style);
    void showCaption();

    QLabel* m_intro = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_caption = nullptr;
    QPushButton* m_check = nullptr;
    std::shared_ptr<const GradientCheckResult> m_result;
    quint64 m_seed = 0;
    bool m_waiting = false;
    bool m_symbols = false;
};

}  // namespace rnnlab::ui
