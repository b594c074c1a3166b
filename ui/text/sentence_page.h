#pragma once
// The Text view's page for labelled sentences: a sentence classifier seen from inside
// (core/analysis/sentence_reading.h).
//
//   Validation: 121 of 150 sentences right (80.7 %) · weights of step 900
//   neg   84.0 % right of 75                +----------------------------------------+
//   pos   77.3 % right of 75                | last layer's h in its PCA plane        |
//   Misclassified: 29, most confident first | (state_trajectory_plot.h): every       |
//   +--------------------------------------+ | sentence's end by class, the chosen   |
//   | sentence          actual → pred.  p  | | sentence's path, its step ringed       |
//   | (misclassified_list.h, clickable)    | |                                        |
//   +--------------------------------------+ +----------------------------------------+
//
// The page computes nothing: it asks for a reading of the sentence chosen (readingRequested;
// sentence_page_wiring.h has the training worker compute it) and shows the answer
// (setReading). While training runs and the page is shown it asks again at most
// kMaxUpdatesPerSecond times a second; a snapshot of another run or other data drops what is
// shown at once, so the page never shows a network that is gone. Clicking a misclassified
// sentence chooses it (sentenceChosen: the Explorer goes there) and asks at once.

#include <QWidget>
#include <memory>

#include "core/analysis/sentence_reading.h"
#include "core/train/training_snapshot.h"
#include "ui/text/shown_refresh.h"

class QBoxLayout;
class QLabel;

namespace rnnlab::ui {

class MisclassifiedList;
class StateTrajectoryPlot;

class SentencePage : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxUpdatesPerSecond = 1;
    // Below this width the plot goes under the list.
    static constexpr int kSideBySideWidth = 900;

    explicit SentencePage(QWidget* parent = nullptr);

    // Whether the page shows this data (labelled sentences).
    static bool shows(const TrainingData* data);

    const std::shared_ptr<const SentenceReading>& reading() const { return m_reading; }
    long long readingStep() const { return m_readingStep; }
    Index chosen() const { return m_chosen; }  // −1: the worker chooses
    QString summaryText() const;
    QString classText() const;
    MisclassifiedList* misclassified() const { return m_list; }
    StateTrajectoryPlot* plot() const { return m_plot; }
    bool plotBeside() const;

public slots:
    // The run's data: labelled sentences are read, anything else leaves the page empty.
    void setData(std::shared_ptr<const rnnlab::TrainingData> trainingData);
    void setSnapshot(std::shared_ptr<const rnnlab::TrainingSnapshot> snapshot);
    // The answer to a request, read with the weights of training step `step`; ignored when it
    // does not fit the data shown.
    void setReading(std::shared_ptr<const rnnlab::SentenceReading> reading, long long step);
    void showReadingError(const QString& message);
    // Chooses sentence `index` of the part and asks for its path at once.
    void choose(rnnlab::Index index);
    // The window's time step, ringed on the chosen sentence's path.
    void setCurrentStep(int step);
    void requestReading();
    // Asks now for the reading a shown page would have asked for by now; true when it asked.
    bool applyPendingUpdate();

signals:
    void readingRequested(rnnlab::Index chosen);
    // A sentence was clicked: its index in the part read (sentenceSplit).
    void sentenceChosen(rnnlab::Index index);

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void dropReading(const QString& why);
    bool fits(const SentenceReading& reading) const;
    void showTexts();

    std::shared_ptr<const TrainingData> m_data;
    std::shared_ptr<const SentenceReading> m_reading;
    long long m_readingStep = -1;
    long long m_requestedStep = -1;
    long long m_snapshotStep = -1;
    std::uint64_t m_runId = 0;
    bool m_haveRun = false;
    Index m_chosen = -1;
    ShownRefresh m_refresh{*this, kMaxUpdatesPerSecond, [this] { requestReading(); }};

    QLabel* m_summary = nullptr;
    QLabel* m_classes = nullptr;
    QLabel* m_listTitle = nullptr;
    MisclassifiedList* m_list = nullptr;
    StateTrajectoryPlot* m_plot = nullptr;
    QBoxLayout* m_body = nullptr;
};

}  // namespace rnnlab::ui
