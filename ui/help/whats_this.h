#pragma once
// "What's this?" (Help → What's This?, Shift+F1, then a click on any part of the window): every
// panel and view explains itself in a few sentences and ends with a link to its section of the
// manual, which Help → Manual then opens. The texts live here, one per topic, so that they read
// as one voice and are translated in one context ("WhatsThis"); each widget names its topic.
// A part without a topic of its own shows its panel's: What's This events go up to the parent.

#include <QList>
#include <QString>
#include <optional>

class QWidget;

namespace rnnlab::ui {

enum class WhatsThisTopic {
    NetworkBuilder,
    DataPanel,
    LessonGuide,
    QuizPanel,
    LessonCaption,
    TrainingView,
    Metrics,
    DivergenceBanner,
    DataView,
    ExplorerView,
    UnrolledDiagram,
    StepDetail,
    TraceHeatmaps,
    GradientsView,
    GradientProfile,
    StateJacobians,
    GradientNorms,
    GradientCheck,
    GradientBadges,
    Remedies,
    CompareView,
    TextView,
    NeuronSearch,
    TextConnectivity,
    CompareConnectivity,
    TimeBar,
    Speed,
    TrainingProgress,
    RecoveryBanner,
};

QList<WhatsThisTopic> allWhatsThisTopics();

// Where the manual explains a topic: a page of the manual and a heading's GitHub anchor
// ("README.md", "compare").
struct ManualPlace {
    QString page;
    QString anchor;
};
ManualPlace manualPlace(WhatsThisTopic topic);

// The topic's explanation (rich text) in the window's language, then the link to its manual
// section ("manual:README.md#compare").
QString whatsThisText(WhatsThisTopic topic);
void setWhatsThisTopic(QWidget* widget, WhatsThisTopic topic);

// The manual place a What's This link points to; nullopt for a link that is not one.
std::optional<ManualPlace> manualPlaceOfLink(const QString& href);

}  // namespace rnnlab::ui
