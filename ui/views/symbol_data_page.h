#pragma once
// The Data view's page for data whose steps are symbols (a text, labelled sentences, a symbol
// task): what the network reads, written out as text rather than plotted as numbers.
//
//   us_constitution: windows of 100 characters; 302 train, 64 validation, 64 test
//   One training window: what the network reads, and what it predicts at each step
//     reads     We the People of the United States, in Order to form a more ...
//     predicts  e the People of the United States, in Order to form a more p...
//               (the time cursor's step marked in both lines)
//   Training part        the first samples, one per line (a sentence → its label; a task's
//   Validation part      sequence and its targets, at every step or one class)
//   Test part
//
// Line ends, tabs and the unknown symbol are drawn visibly (shown_symbol.h); labelled
// sentences are written without the line ends that pad them to the window. Exported like the
// explorer's diagram: PNG, SVG and PDF of the page as shown (PaintedPicture).

#include <QTextBrowser>
#include <memory>

#include "core/data/training_data.h"
#include "ui/plot/picture_export.h"

namespace rnnlab::ui {

struct ThemeStyle;

class SymbolDataPage : public QTextBrowser, public PaintedPicture {
    Q_OBJECT
public:
    // Samples written per part: enough to read what the data is, few enough to see at once.
    static constexpr Index kTrainSamples = 8;
    static constexpr Index kHeldOutSamples = 4;

    explicit SymbolDataPage(QWidget* parent = nullptr);

    void setData(std::shared_ptr<const TrainingData> training, const QString& name);
    // 0-based step of the example window, as TimeBar::currentStep.
    void setCursorStep(int step);
    int cursorStep() const { return m_step; }

    QString pictureTitle() const override { return m_name; }
    void paintPicture(QCPPainter& painter, const QSize& size) const override;

private:
    void render();
    void applyTheme(const ThemeStyle& style);

    std::shared_ptr<const TrainingData> m_training;
    QString m_name;
    int m_step = 0;
};

}  // namespace rnnlab::ui
