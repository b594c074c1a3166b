#pragma once
// The "Data" view: the series the network learns from, in its own units, with the train /
// validation / test parts shaded and one training window highlighted (the T steps the network
// reads, and the target it predicts). The time bar's step moves a cursor inside that window.
// Inputs other than the target get a second plot (normalised, so they share one scale).
// A sequence task (adding, remember-first) shows one of its training sequences instead; data
// whose steps are symbols (a text, labelled sentences, a symbol task) is written out as text
// (SymbolDataPage) in place of the plot.
// Above the plot, a warning when the validation or test part has too few windows to mean much.

#include <QWidget>
#include <memory>

#include "core/data/windowed_dataset.h"

class QCPItemRect;
class QCPItemStraightLine;
class QCPItemText;
class QVBoxLayout;

namespace rnnlab::ui {

class ErrorLabel;
class Figure;
class SplitRegions;
class SymbolDataPage;
struct ThemeStyle;

class DataView : public QWidget {
    Q_OBJECT
public:
    explicit DataView(QWidget* parent = nullptr);

    Figure* figure() const { return m_figure; }
    // The inputs other than the target, normalised (null when the target is the only input).
    Figure* inputsFigure() const { return m_inputs; }
    // The page of symbol data (hidden for numbers; the figure is hidden while it shows).
    SymbolDataPage* symbolPage() const { return m_symbols; }
    // First row of the highlighted window (-1 for sequence tasks).
    Index exampleStart() const { return m_exampleStart; }
    // The warning above the plot ("validation: 1 window — not meaningful ..."), or "".
    QString warningText() const;

public slots:
    // name: what the data is called in titles (describe(DataSource)).
    void setData(std::shared_ptr<const rnnlab::TrainingData> training, const QString& name);
    // 0-based step of the window, as TimeBar::currentStep.
    void setCursorStep(int step);

private:
    void showSeries(const WindowedDataset& training, const QString& name);
    void showSequence(const TrainingData& training, const QString& name);
    void applyTheme(const ThemeStyle& style);

    QVBoxLayout* m_layout = nullptr;
    ErrorLabel* m_warning = nullptr;
    Figure* m_figure = nullptr;
    Figure* m_inputs = nullptr;
    SymbolDataPage* m_symbols = nullptr;
    SplitRegions* m_regions = nullptr;
    QCPItemRect* m_window = nullptr;
    QCPItemText* m_windowText = nullptr;
    QCPItemStraightLine* m_cursor = nullptr;
    Index m_exampleStart = -1;
    Index m_steps = 0;
};

}  // namespace rnnlab::ui
