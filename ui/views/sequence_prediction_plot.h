#pragma once
// Target vs prediction for each held-out sample, for data the series plot does not fit (a set
// of separate sequences, or a class target; core/train/sequence_predictions.h):
//   regression      a scatter of target (x) against prediction (y) in the data's units, one
//                   point per sequence (per step for "sequence" outputs), with the diagonal
//                   y = x on which a perfect network's points lie
//   classification  the confusion matrix: a heat map of counts, actual class (y) against
//                   predicted class (x), each cell labelled with its count; the title says the
//                   percentage on the diagonal. Classes are named as the data names them
//                   (a label, a character); of more than kMostShownClasses (a text's
//                   characters) the matrix shows the most frequent actual ones.
// Titles name the dataset and the split, legends the samples drawn and the step of the weights.
// Until the predictions of the current data's weights arrive, the figure is empty and says so. For
// windows of a series with a value target (the series plot's data) the view hides itself and its
// figures, so figure exports skip it.

#include <QWidget>
#include <memory>

#include "core/train/forecast.h"

class QCPColorMap;
class QCPCurve;
class QCPGraph;
class QCPItemText;

namespace rnnlab::ui {

class Figure;
struct ThemeStyle;

class SequencePredictionPlot : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMostShownClasses = 20;

    explicit SequencePredictionPlot(QWidget* parent = nullptr);

    Figure* scatterFigure() const { return m_scatter; }
    Figure* confusionFigure() const { return m_confusion; }
    // The figure that shows the current data (the other one is hidden).
    Figure* figure() const;
    QString noteText() const;
    int scatterPoints() const;
    // Cells of the confusion matrix: classes, and the count of one cell (0 outside).
    int classes() const { return m_classes; }
    long long confusionCount(int actual, int predicted) const;
    // The classes on the confusion matrix's axes, in order (all of them, or the most frequent).
    const std::vector<int>& shownClasses() const { return m_shown; }

public slots:
    void setData(std::shared_ptr<const rnnlab::TrainingData> training, const QString& name);
    // The predictions of the weights after `step`; none (or another data's) leaves the view
    // empty, saying so.
    void setForecasts(std::shared_ptr<const rnnlab::ForecastSet> forecasts, long long step);

private:
    bool fits(const SequencePredictions& p) const;
    void clear();
    void showScatter(const SequencePredictions& p, long long step);
    void showConfusion(const SequencePredictions& p, long long step);
    // Ticks and ranges of the classes shown (m_shown).
    void showClassAxes();
    void addCountLabels(const SequencePredictions& p);
    void removeCountLabels();
    QString sampleNoun() const;  // "sequences" or "windows"
    // Two short lines, to fit a narrow column: "Validation: <what>", then the data's name.
    QString title(const QString& what) const;
    // "30 sequences, step 120"; "first 20 of 30 sequences (all steps), step 120"
    QString drawnText(const SequencePredictions& p, long long step) const;
    void setNote(const QString& text);
    void applyTheme(const ThemeStyle& style);

    Figure* m_scatter = nullptr;
    QCPCurve* m_points = nullptr;
    QCPGraph* m_diagonal = nullptr;
    QCPItemText* m_scatterNote = nullptr;
    Figure* m_confusion = nullptr;
    QCPColorMap* m_counts = nullptr;
    QCPItemText* m_confusionNote = nullptr;
    QList<QCPItemText*> m_countLabels;

    std::shared_ptr<const TrainingData> m_data;
    std::shared_ptr<const ForecastSet> m_forecasts;
    QString m_name;
    int m_classes = 0;
    std::vector<int> m_shown;
};

}  // namespace rnnlab::ui
