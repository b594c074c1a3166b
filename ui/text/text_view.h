#pragma once
// The Text view: how a character language model reads a text (Karpathy 2015). The validation
// text, or any text typed or pasted, laid out as lines of characters, each coloured by one
// quantity; the five likeliest next characters of the character pointed at (or selected).
//
//   colour by [surprise v] layer [1] unit [3]        text [validation text v]
//   [ your own text: typed or pasted ]                         (for "your own text")
//   0 [▒▒▓▓██] 6.17  surprise −log₂ p of the next character (bits)   (strip_legend.h)
//   +-------------------------------------------------------+  +--------------------+
//   | The cat sat↵            (text_strip.h, scrolls)       |  |[Samples][Units]... |
//   | on the mat.                                           |  | side panels, a tab |
//   +-------------------------------------------------------+  | each (addSidePanel;|
//                                                              |  below when narrow)|
//   1,472 characters in 46 windows of 32 · 2.31 bits per character · weights of step 900
//   after ‘t’ (window 3, step 8) · next ‘h’: 0.41 bits         +--------------------+
//   h ██████████ 72.1 %                        (guess_panel.h, one row per guess)
//
// The view computes nothing: it asks for a reading (validationReadingRequested /
// typedReadingRequested; text_view_wiring.h has the training worker compute it) and shows the
// answer (setReading). While training runs and the view is shown it asks again at most
// kMaxUpdatesPerSecond times a second; a snapshot of another run (a new network, other data,
// Undo) drops the reading shown and asks at once, so the view never shows a network that is
// gone. Clicking a character of the validation text announces its window and step
// (characterChosen). The strip's right-click menu exports it as PNG, PDF, SVG, HTML or CSV
// (strip_picture.h). Labelled sentences get a page of their own (sentence_page.h: a classifier
// seen from inside); other data gets one sentence on what the view is for.
// Colouring by connectivity asks, for the selected character, for g_t of the characters before
// it (connectivityRequested; core/analysis/connectivity.h) with each new reading and selection,
// and shows the answer (setConnectivity) on the strip and as a curve (connectivity_panel.h) on
// a side tab of its own, shown only with that colouring.

#include <QTimer>
#include <QWidget>
#include <memory>

#include "core/data/training_data.h"
#include "core/train/text_reading.h"
#include "core/train/training_snapshot.h"
#include "ui/text/shown_refresh.h"
#include "ui/text/strip_colouring.h"

class QBoxLayout;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QScrollArea;
class QSpinBox;
class QStackedWidget;
class QTabWidget;

namespace rnnlab::ui {

class ConnectivityPanel;
class GuessPanel;
class SentencePage;
class StripLegend;
class StripPicture;
class TextStrip;

class TextView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxUpdatesPerSecond = 1;
    // Below this width the side panels go under the strip.
    static constexpr int kSideBySideWidth = 900;

    explicit TextView(QWidget* parent = nullptr);

    // Whether the data is a text (else the view shows only its message).
    bool showsText() const;
    QString messageText() const;
    const std::shared_ptr<const TextReading>& reading() const { return m_reading; }
    long long readingStep() const { return m_readingStep; }  // training step of its weights
    bool typedSource() const;
    StripColouring colouring() const;
    QString statusText() const;

    TextStrip* strip() const { return m_strip; }
    GuessPanel* guesses() const { return m_guesses; }
    // The page as a picture, HTML and CSV (strip_picture.h).
    StripPicture* picture() const { return m_picture; }
    StripLegend* legend() const { return m_legend; }
    QComboBox* quantityPicker() const { return m_quantity; }
    QSpinBox* layerPicker() const { return m_layer; }
    QSpinBox* unitPicker() const { return m_unit; }
    QComboBox* sourcePicker() const { return m_source; }
    QPlainTextEdit* typedText() const { return m_typed; }
    ConnectivityPanel* connectivityPanel() const { return m_connectivityPanel; }
    // The page shown for labelled sentences instead of the strip.
    SentencePage* sentencePage() const { return m_sentences; }
    bool showsSentences() const;

    // Puts a widget beside the strip (below it when the view is narrow), on a tab of its own
    // named `title`; the view owns it.
    void addSidePanel(QWidget* panel, const QString& title);
    QTabWidget* sidePanels() const { return m_side; }
    // Whether the side panels are beside the strip (true) or below it.
    bool sidePanelsBeside() const;
    // Whether the colouring and the source pickers share one row (else two, in a narrow view).
    bool controlsInOneRow() const;

public slots:
    // The run's data: a text shows the strip, labelled sentences the sentence page (which
    // sentence_page_wiring.h feeds), anything else the message. Drops the reading.
    void setData(std::shared_ptr<const rnnlab::TrainingData> trainingData);
    void setSnapshot(std::shared_ptr<const rnnlab::TrainingSnapshot> snapshot);
    // The answer to a request, read with the weights of training step `step`. Ignored when it
    // is not of the text the view now shows (another source, the typed text changed since).
    void setReading(std::shared_ptr<const rnnlab::TextReading> reading, long long step);
    // The request failed (a typed text too long): said in the status, the reading dropped.
    void showReadingError(const QString& message);
    void setColouring(const rnnlab::ui::StripColouring& colouring);
    // The answer to connectivityRequested: g_t for t = 0 .. t̃ of the window (or typed text) of
    // `character`, read with the weights of training step `step`. Ignored unless the reading
    // is still the one shown and the character still the selected one.
    void setConnectivity(std::shared_ptr<const rnnlab::TextReading> reading,
                         rnnlab::Index character, const std::vector<double>& g, long long step);
    // "your own text" (true) or the validation text.
    void setTypedSource(bool typed);
    // Asks for a reading now, whatever the throttle says or whether the view is shown.
    void requestReading();
    // Asks now for the reading a shown view would have asked for by now (the view was hidden,
    // a throttled update is waiting), before a screenshot or an export; true when it asked.
    bool applyPendingUpdate();

signals:
    void validationReadingRequested();
    void typedReadingRequested(const QString& text);
    // The reading shown changed: a new one arrived, or it was dropped (null).
    void readingChanged(std::shared_ptr<const rnnlab::TextReading> reading);
    // A character of the validation text was clicked: its window (0-based) and step (0-based).
    void characterChosen(rnnlab::Index window, rnnlab::Index step);
    // Connectivity to character `character` of `reading` is wanted (it has a next character).
    void connectivityRequested(std::shared_ptr<const rnnlab::TextReading> reading,
                               rnnlab::Index character);

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildControls(QWidget* content);
    // What colours the strip and which text it reads, in one row or two (placeControls).
    QWidget* buildPickers();
    // Fills the quantity picker and the ranges of layer and unit for a network.
    void fitPickers(const NetworkConfig& network);
    void colouringChanged();
    void dropReading(const QString& why);
    void updateStatus();
    void placeSidePanels();
    void placeControls();
    void characterClicked(Index n);
    void showGuessesOf(Index hovered);
    // Asks for the connectivity of the selected character when the strip is coloured by it.
    void requestConnectivity();
    void dropConnectivity(const QString& hint);

    std::shared_ptr<const TrainingSnapshot> m_snapshot;
    std::shared_ptr<const TextReading> m_reading;
    long long m_readingStep = -1;
    long long m_requestedStep = -1;
    std::uint64_t m_runId = 0;
    bool m_haveRun = false;
    NetworkConfig m_network;
    bool m_haveNetwork = false;
    ShownRefresh m_refresh{*this, kMaxUpdatesPerSecond, [this] { requestReading(); }};
    QTimer m_typing;  // reads the typed text once typing pauses

    QStackedWidget* m_pages = nullptr;
    QWidget* m_controls = nullptr;
    QBoxLayout* m_controlRows = nullptr;  // the colouring's row, then the source's
    QLabel* m_message = nullptr;
    StripPicture* m_picture = nullptr;  // the strip's page
    SentencePage* m_sentences = nullptr;
    QComboBox* m_quantity = nullptr;
    QLabel* m_layerLabel = nullptr;
    QSpinBox* m_layer = nullptr;
    QLabel* m_unitLabel = nullptr;
    QSpinBox* m_unit = nullptr;
    QComboBox* m_source = nullptr;
    QPlainTextEdit* m_typed = nullptr;
    StripLegend* m_legend = nullptr;
    QLabel* m_status = nullptr;
    QScrollArea* m_scroll = nullptr;
    TextStrip* m_strip = nullptr;
    GuessPanel* m_guesses = nullptr;
    ConnectivityPanel* m_connectivityPanel = nullptr;
    // g_t per character of m_reading (NaN where none) for the character m_connectivityTarget.
    std::shared_ptr<const std::vector<float>> m_connectivity;
    Index m_connectivityTarget = -1;
    QBoxLayout* m_body = nullptr;  // the strip's column, then the side panels
    QTabWidget* m_side = nullptr;  // the side panels, one tab each
};

}  // namespace rnnlab::ui
