#pragma once
// Live samples: what a character model writes with its current weights, kept as a timeline
// (step → sample) while it trains (core/train/text_sampling.h writes the text; the wiring,
// live_samples_wiring.h, runs it between two training steps and hands the result here).
//
//   Prime [The ____________________________________________________________]  [Sample]
//   τ ──────●────────────────────────────────────────────────────────────────────── 0.79
//   top-k [all]   length [200]   seed [1]
//   [x] every [100] steps while training                                   [Again] [Copy]
//   prime, column 5: 'Z' (U+005A) is not in the vocabulary (...)        (only on an error)
//   ┌───────────────────────────────────────────────────────────────────────────────────┐
//   │ step 1,500 · τ 0.79 · seed 1                                      (newest first)  │
//   │ The people of the United States, in Order to form a more perfect Union, ...       │
//   │ step 1,000 · τ 0.79 · seed 1                                                      │
//   │ The peeple of the Unitad Stetes ...                                               │
//   │ earlier run · step 500 · τ 1 · seed 1                        (dimmed, not re-run) │
//   └───────────────────────────────────────────────────────────────────────────────────┘
//
// The temperature slider is logarithmic, 20 positions a decade, with greedy at the left:
//   position 0 → τ = 0 (greedy)     position p ≥ 1 → τ = 10^((p − 27) / 20), rounded to two
//   significant digits:  p = 1 → 0.05,  p = 7 → 0.1,  p = 27 → 1,  p = 41 → 5
// The rounding makes the τ written beside the slider and in the timeline the very τ sampled
// with, so a sample is reproducible from what the panel shows (rnnlab-cli sample gives the same
// text for the same weights, prime, τ, top-k, length and seed).

#include <QWidget>
#include <vector>

#include "core/train/text_sampling.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSlider;
class QSpinBox;

namespace rnnlab::ui {

class ErrorLabel;
struct ThemeStyle;

// One entry of the timeline: the text written at `step` with `settings`.
struct LiveSample {
    long long step = 0;
    SamplingSettings settings;
    QString text;  // what the network wrote after the prime
};

class LiveSamplesPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kGreedyPosition = 0;
    static constexpr int kPositionOfOne = 27;  // τ = 1
    static constexpr int kPositionsPerDecade = 20;
    static constexpr int kLastPosition = 41;   // τ = 5
    static constexpr int kMaxLength = 2000;    // characters a sample writes, at most
    // Steps between automatic samples: a character model writes words after a few hundred.
    static constexpr int kDefaultEvery = 100;
    static constexpr int kMaxEntries = 200;    // the timeline forgets older samples

    // τ at a slider position (the mapping above), and the position whose τ is nearest.
    static double temperatureAt(int position);
    static int positionOf(double temperature);

    explicit LiveSamplesPanel(QWidget* parent = nullptr);

    // The settings the controls say.
    SamplingSettings settings() const;
    void setSettings(const SamplingSettings& settings);
    bool autoSampling() const;
    void setAutoSampling(bool on);
    int autoEvery() const;
    void setAutoEvery(int steps);

    // The timeline, newest first; the entries of an earlier run are still listed (dimmed)
    // until they fall off the end.
    const std::vector<LiveSample>& samples() const { return m_samples; }
    int currentRunSamples() const { return m_currentRunSamples; }
    QString errorText() const;
    // The sentence shown instead of the controls when the data is not a text ("" otherwise).
    QString unavailableText() const;

    QSlider* temperatureSlider() const { return m_temperature; }
    QLabel* temperatureLabel() const { return m_temperatureLabel; }
    QLineEdit* primeEdit() const { return m_prime; }
    QSpinBox* topKBox() const { return m_topK; }
    QSpinBox* lengthBox() const { return m_length; }
    QSpinBox* seedBox() const { return m_seed; }
    QPushButton* sampleButton() const { return m_sample; }
    QPushButton* againButton() const { return m_again; }
    QPushButton* copyButton() const { return m_copy; }
    QCheckBox* autoBox() const { return m_auto; }
    QSpinBox* everyBox() const { return m_every; }
    QListWidget* timeline() const { return m_timeline; }

public slots:
    // A sample of the current run joins the top of the timeline; the error line clears.
    void addSample(const rnnlab::ui::LiveSample& sample);
    // The engine's message (a prime character the vocabulary lacks, ...); "" clears it.
    void showError(const QString& message);
    // Another run starts: the samples so far are marked as an earlier run's.
    void startRun();
    // Whether the data is a text the panel can sample a model of: otherwise the controls are
    // off and one sentence says why.
    void setTextData(bool isText);
    // Whether a sample can be asked for now (false while a new network is being prepared).
    void setReady(bool ready);

signals:
    // Sample (the controls' settings) or Again (the selected entry's) pressed. The wiring's
    // automatic samples do not come through here.
    void sampleRequested(const rnnlab::SamplingSettings& settings);
    // The checkbox or N changed.
    void autoSamplingChanged();

private:
    // The prime, draw and timing controls in their rows (m_controls); the timeline with its
    // context menu; the controls' signals.
    void buildControls(const QString& reproducible);
    void arrangeControls();  // their rows, with their labels
    void buildTimeline(const QString& reproducible);
    void connectControls();
    // Again: the selected entry's settings at the current weights (an entry of this run only).
    void sampleSelectedAgain();
    void showTemperature();
    void updateButtons();
    void copySelected() const;
    QListWidgetItem* makeItem(const LiveSample& sample, bool current) const;
    const LiveSample* selectedSample(bool* current = nullptr) const;
    void applyTheme(const ThemeStyle& style);

    std::vector<LiveSample> m_samples;  // newest first, as listed
    int m_currentRunSamples = 0;        // the first m_currentRunSamples are the current run's
    bool m_textData = true;
    bool m_ready = true;

    QWidget* m_controls = nullptr;
    QLabel* m_unavailable = nullptr;
    QLineEdit* m_prime = nullptr;
    QSlider* m_temperature = nullptr;
    QLabel* m_temperatureLabel = nullptr;
    QSpinBox* m_topK = nullptr;
    QSpinBox* m_length = nullptr;
    QSpinBox* m_seed = nullptr;
    QPushButton* m_sample = nullptr;
    QCheckBox* m_auto = nullptr;
    QSpinBox* m_every = nullptr;
    QPushButton* m_again = nullptr;
    QPushButton* m_copy = nullptr;
    ErrorLabel* m_error = nullptr;
    QListWidget* m_timeline = nullptr;
};

}  // namespace rnnlab::ui
