#pragma once
// The lesson quizzes tied to the run on screen: a quiz's answer is computed (core/lessons/quiz.h)
// from the main run's latest traced sequence and the Compare view's runs, and the student
// answers a click quiz by picking a time step (the time bar, the Explorer, or a click on the
// Gradients view's ‖dL/dhₜ‖ plot) or a unit (the Explorer).

#include <vector>

#include "core/lessons/quiz.h"

namespace rnnlab::ui {

class CompareView;
class ExperimentController;
class ExplorerView;
class GradientsView;
class QuizPanel;
class TimeBar;

// Each Compare run's label and final validation loss (its training loss without a validation
// part), the mean over its seeds, for the runs whose every seed has finished an epoch.
std::vector<std::pair<std::string, double>> finalLosses(const CompareView& compare);

void connectQuizzes(QuizPanel& quiz, ExperimentController& controller, CompareView& compare,
                    ExplorerView& explorer, GradientsView& gradients, TimeBar& timeBar);

}  // namespace rnnlab::ui
