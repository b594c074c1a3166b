#include "ui/help/whats_this.h"

#include <QCoreApplication>
#include <QUrl>
#include <QWidget>

namespace rnnlab::ui {
namespace {

constexpr const char* kContext = "WhatsThis";
constexpr const char* kLinkScheme = "manual";
constexpr const char* kManual = "README.md";

struct TopicText {
    WhatsThisTopic topic;
    const char* anchor;  // a heading of README.md
    const char* text;
};

// clang-format off
const TopicText kTopics[] = {
    {WhatsThisTopic::NetworkBuilder, "the-window", QT_TRANSLATE_NOOP("WhatsThis",
        "<b>Network</b>: the network and how it trains. The cell (RNN, LSTM or GRU), layers and "
        "hidden units, the output and the loss, the window, the optimizer and its learning rate, "
        "clipping, the initialisation, batch size, epochs and seed. Settings that keep the "
        "weights (learning rate, clipping, batch size, ...) reach the running training at its "
        "next step; the others start a fresh run on the same data. The drawing at the foot shows "
        "the network's shape and counts its parameters.")},
    {WhatsThisTopic::DataPanel, "the-window", QT_TRANSLATE_NOOP("WhatsThis",
        "<b>Data</b>: what the network learns from. A generator, a bundled dataset, a symbol "
        "task, a text for a character model, labelled sentences, or a file of your own (Load "
        "File, or drop it on the window: .csv a series, .txt a text, .tsv labelled sentences). "
        "The summary says which column is the target and which are inputs, and why (for a "
        "text: its characters and the bits per character a model without context needs), and "
        "how many windows the training, validation and test parts hold; it warns in bold when "
        "a part has too few to mean anything. Normalisation and the split are chosen here "
        "too.")},
    {WhatsThisTopic::LessonGuide, "lessons", QT_TRANSLATE_NOOP("WhatsThis",
        "<b>Lesson</b>: the open lesson's goal and its steps, what to press, what to look at and "
        "what to conclude. Back and Next (or Page Up and Page Down) move through the steps and "
        "show the view each step talks about. The guide says when the experiment is no longer "
        "the lesson's.")},
    {WhatsThisTopic::QuizPanel, "lessons", QT_TRANSLATE_NOOP("WhatsThis",
        "<b>Quiz</b>: a question about the run on screen. Choose an answer, type a number, or "
        "click a time step or a unit, then press Answer. The right answer is computed from the "
        "run, not written in the lesson, so it follows the seed and your changes. Teacher mode, "
        "at the foot of the guide, shows every answer at once.")},
    {WhatsThisTopic::LessonCaption, "keyboard-presentation-export", QT_TRANSLATE_NOOP(
        "WhatsThis",
        "<b>Lesson caption</b>: the lesson's current step in presentation mode, for the "
        "projector. Page Down and Page Up (what a presenter's clicker sends) move through the "
        "steps.")},
    {WhatsThisTopic::TrainingView, "the-window", QT_TRANSLATE_NOOP("WhatsThis",
        "<b>Training</b>: the loss as training goes (the training loss at every step, the "
        "validation loss at every epoch), the network's prediction against the data in the "
        "data's units (one step ahead and free-running, with simple baselines dashed), and the "
        "metrics. Separate sequences show target against prediction, and classes the confusion "
        "matrix and the accuracy.")},
    {WhatsThisTopic::Metrics, "the-window", QT_TRANSLATE_NOOP("WhatsThis",
        "<b>Metrics</b>: how well the newest weights do on each part of the data, in the data's "
        "units; the free-running error (the network fed its own predictions); the baselines it "
        "should beat; and the training speed in steps per second. A value from an older epoch is "
        "marked (ep N).")},
    {WhatsThisTopic::DivergenceBanner, "the-window", QT_TRANSLATE_NOOP("WhatsThis",
        "<b>Diverged</b>: the loss became infinite or not a number, so the weights of the last "
        "sound step were restored. The button lowers the learning rate ten-fold and goes on from "
        "the weights with the lowest loss so far; if the run diverges again, it offers the next "
        "step.")},
    {WhatsThisTopic::DataView, "the-window", QT_TRANSLATE_NOOP("WhatsThis",
        "<b>Data view</b>: the whole series with its training, validation and test parts shaded, "
        "and one example window highlighted: the values the network reads and the value it must "
        "predict.")},
    {WhatsThisTopic::ExplorerView, "explorer-the-network-unrolled-in-time", QT_TRANSLATE_NOOP(
        "WhatsThis",
        "<b>Explorer</b>: one sequence through the network, unrolled in time, every number "
        "visible. The time cursor (the bar at the bottom, Left and Right, or a click) chooses a "
        "step; the forward sweep fills the states in from t = 1, the backward sweep carries the "
        "gradient back from the loss. The sequence picker chooses the traced sequence, any "
        "window, or your own input.")},
    {WhatsThisTopic::UnrolledDiagram, "explorer-the-network-unrolled-in-time", QT_TRANSLATE_NOOP(
        "WhatsThis",
        "<b>Unrolled network</b>: one box per layer and time step, coloured by the size of its "
        "state; x<sub>t</sub> below, the prediction above, h (and c) carried to the next step. "
        "In the backward direction the arrows carry ‖dL/dh<sub>t</sub>‖ on a log scale. A click "
        "on a box moves the time cursor there; the wheel with Ctrl zooms, dragging pans, the "
        "right button exports.")},
    {WhatsThisTopic::StepDetail, "explorer-the-network-unrolled-in-time", QT_TRANSLATE_NOOP(
        "WhatsThis",
        "<b>Step detail</b>: the cell's equations at the chosen step, layer and unit with the "
        "numbers put in (f = σ(−0.227) = 0.444), bars of every gate across the units, and how "
        "h (and c) change from t−1 to t. In the backward direction, dL/dh<sub>t</sub> and "
        "dL/dc<sub>t</sub>.")},
    {WhatsThisTopic::TraceHeatmaps, "explorer-the-network-unrolled-in-time", QT_TRANSLATE_NOOP(
        "WhatsThis",
        "<b>Heat maps</b>: units down, time steps across, for h, c, every gate and "
        "|dL/dh<sub>t</sub>| of each unit (on a log colour scale). They share the time cursor; "
        "a click moves it.")},
    {WhatsThisTopic::GradientsView, "gradients-vanishing-and-exploding-live", QT_TRANSLATE_NOOP(
        "WhatsThis",
        "<b>Gradients</b>: whether the gradient reaches the early time steps, and what to do "
        "when it does not. Four pages (Through time, Jacobians, Norms & clipping, Gradient "
        "check), badges that light up when gradients vanish or explode, and remedies that "
        "change one thing with one click.")},
    {WhatsThisTopic::GradientProfile, "gradients-vanishing-and-exploding-live", QT_TRANSLATE_NOOP(
        "WhatsThis",
        "<b>Through time</b>: ‖dL/dh<sub>t</sub>‖, the size of the loss's gradient with respect "
        "to the hidden state at each step t, on a log scale, one curve per layer, earlier curves "
        "fading. A curve falling towards t = 1 means the gradient vanishes going back in time. "
        "The heat map shows how the curve changed over training.")},
    {WhatsThisTopic::StateJacobians, "gradients-vanishing-and-exploding-live", QT_TRANSLATE_NOOP(
        "WhatsThis",
        "<b>Jacobians</b>: ‖∂h<sub>T</sub>/∂h<sub>t</sub>‖, how strongly the last state depends "
        "on the state at step t, and the spectral radius and largest singular value of each "
        "recurrent weight matrix W<sub>hh</sub> over training, with the line at 1: above it the "
        "gradient tends to grow going back in time, below it to shrink.")},
    {WhatsThisTopic::GradientNorms, "gradients-vanishing-and-exploding-live", QT_TRANSLATE_NOOP(
        "WhatsThis",
        "<b>Norms & clipping</b>: the gradient norm of every parameter over training, and the "
        "total norm before and after clipping, with the threshold drawn and the clipped steps "
        "marked.")},
    {WhatsThisTopic::GradientCheck, "gradients-vanishing-and-exploding-live", QT_TRANSLATE_NOOP(
        "WhatsThis",
        "<b>Gradient check</b>: for a few random weights, the gradient that backpropagation "
        "through time computed beside a finite-difference estimate (how the loss changes when "
        "the weight is nudged), and their relative error. Small errors mean the gradients the "
        "views show are right.")},
    {WhatsThisTopic::GradientBadges, "gradients-vanishing-and-exploding-live", QT_TRANSLATE_NOOP(
        "WhatsThis",
        "<b>Badges</b>: light up when the gradient vanishes (‖dL/dh<sub>1</sub>‖ / "
        "‖dL/dh<sub>T</sub>‖ below 10<sup>−3</sup>) or explodes (a norm above ten times the "
        "clipping threshold, or growing), each with a paragraph on why.")},
    {WhatsThisTopic::Remedies, "gradients-vanishing-and-exploding-live", QT_TRANSLATE_NOOP(
        "WhatsThis",
        "<b>Remedies</b>: one click changes one thing and keeps the data and the seed: the cell, "
        "the activation, the recurrent initialisation, the LSTM's forget-gate bias, clipping "
        "and its threshold, truncated BPTT. Those marked ↻ start again from fresh weights; the "
        "others change the running training.")},
    {WhatsThisTopic::CompareView, "compare", QT_TRANSLATE_NOOP("WhatsThis",
        "<b>Compare</b>: runs side by side on the same data, each on its own thread: RNN, LSTM "
        "and GRU (Train → Compare, Ctrl+K), or a lesson's variants. Their losses and "
        "‖dL/dh<sub>t</sub>‖ curves share one plot. With several seeds each line is the mean "
        "over the seeds and its band spans the lowest to the highest seed.")},
    {WhatsThisTopic::TextView, "text-how-a-character-model-reads", QT_TRANSLATE_NOOP(
        "WhatsThis",
        "<b>Text</b>: how a character model reads a text. Each character of the validation text "
        "(or of a text you type) is coloured by the surprise −log<sub>2</sub> p of the next "
        "character, or by one unit's state or gate after reading it. Point at a character to "
        "see the five likeliest next characters; click one to see its step in the Explorer.")},
    {WhatsThisTopic::NeuronSearch, "text-how-a-character-model-reads", QT_TRANSLATE_NOOP(
        "WhatsThis",
        "<b>Units</b> (neuron search): select characters by dragging over the text (Shift adds "
        "a span) or by a rule, such as inside quotes or after a space. The units of a layer are "
        "ranked by how well their value follows the selection: the correlation r, or the AUC, as "
        "the header says. Click a unit to colour the text by it.")},
    {WhatsThisTopic::TextConnectivity, "text-how-a-character-model-reads", QT_TRANSLATE_NOOP(
        "WhatsThis",
        "<b>Connectivity</b>: for the character you clicked, how much each character before it "
        "moves the network's log-probability of the true next character, "
        "‖∂ log p / ∂x<sub>t</sub>‖, against how many steps back it is, on a log axis. A "
        "straight fall is the vanishing gradient.")},
    {WhatsThisTopic::CompareConnectivity, "compare", QT_TRANSLATE_NOOP(
        "WhatsThis",
        "<b>Connectivity, side by side</b>: the compared networks read the same validation "
        "window; each strip is coloured by that network's ‖∂ log p / ∂x<sub>t</sub>‖ to the "
        "chosen character, all on one log scale, and the curves show the same numbers against "
        "steps back. Click a character in any strip to look back from it.")},
    {WhatsThisTopic::TimeBar, "explorer-the-network-unrolled-in-time", QT_TRANSLATE_NOOP(
        "WhatsThis",
        "<b>Time cursor</b>: the time step t that the Explorer and the Gradients view show, the "
        "same in both. Drag it, or press Left and Right, Home and End.")},
    {WhatsThisTopic::Speed, "the-window", QT_TRANSLATE_NOOP("WhatsThis",
        "<b>Speed</b>: levels 1 to 9 pace training from 1 to 500 steps a second, so that every "
        "step can be followed; level 10 trains as fast as the machine can.")},
    {WhatsThisTopic::TrainingProgress, "the-window", QT_TRANSLATE_NOOP("WhatsThis",
        "<b>Progress</b>: the epoch the run is in, how far through it, and the time left at the "
        "current speed.")},
    {WhatsThisTopic::RecoveryBanner, "one-experiment-undo-rebuilds-nothing-lost",
     QT_TRANSLATE_NOOP("WhatsThis",
        "<b>Recovery</b>: an experiment that was not saved when RNN Lab last ended. Recover "
        "brings it back as it was at its last autosave; Discard deletes it.")},
};
// clang-format on

const TopicText& entry(WhatsThisTopic topic) {
    for (const TopicText& t : kTopics)
        if (t.topic == topic) return t;
    Q_UNREACHABLE();
}

}  // namespace

QList<WhatsThisTopic> allWhatsThisTopics() {
    QList<WhatsThisTopic> topics;
    for (const TopicText& t : kTopics) topics << t.topic;
    return topics;
}

ManualPlace manualPlace(WhatsThisTopic topic) {
    return {QString::fromLatin1(kManual), QString::fromLatin1(entry(topic).anchor)};
}

QString whatsThisText(WhatsThisTopic topic) {
    const ManualPlace place = manualPlace(topic);
    const QString link =
        QStringLiteral("%1:%2#%3").arg(QLatin1String(kLinkScheme), place.page, place.anchor);
    return QStringLiteral("<p>%1</p><p><a href=\"%2\">%3</a></p>")
        .arg(QCoreApplication::translate(kContext, entry(topic).text), link,
             QCoreApplication::translate("WhatsThis", "More in the manual"));
}

void setWhatsThisTopic(QWidget* widget, WhatsThisTopic topic) {
    widget->setWhatsThis(whatsThisText(topic));
}

std::optional<ManualPlace> manualPlaceOfLink(const QString& href) {
    const QUrl url(href);
    if (url.scheme() != QLatin1String(kLinkScheme) || url.path().isEmpty()) return std::nullopt;
    return ManualPlace{url.path(), url.fragment()};
}

}  // namespace rnnlab::ui
