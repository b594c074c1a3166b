#include "ui/window/quiz_wiring.h"

#include <cmath>

#include "ui/compare/compare_view.h"
#include "ui/explorer/explorer_view.h"
#include "ui/explorer/figure_clicks.h"
#include "ui/gradients/gradient_profile_view.h"
#include "ui/gradients/gradients_view.h"
#include "ui/lessons/quiz_panel.h"
#include "ui/session/training_session.h"
#include "ui/experiment/experiment_controller.h"
#include "ui/window/time_bar.h"

namespace rnnlab::ui {

std::vector<std::pair<std::string, double>> finalLosses(const CompareView& compare) {
    std::vector<std::pair<std::string, double>> losses;
    for (int i = 0; i < compare.runCount(); ++i) {
        // With several seeds, the mean over them, as the run's status line shows it.
        double sum = 0.0;
        int seeds = 0;
        for (int k = 0; k < compare.seedCount(); ++k) {
            const TrainingSession* session = compare.seedSession(i, k);
            const auto snapshot = session ? session->snapshot() : nullptr;
            if (!snapshot || snapshot->history.epochs.empty()) break;
            const EpochRecord& last = snapshot->history.epochs.back();
            sum += last.validationLoss.value_or(last.trainLoss);
            ++seeds;
        }
        if (seeds > 0 && seeds == compare.seedCount())
            losses.emplace_back(compare.run(i).label.toStdString(), sum / seeds);
    }
    return losses;
}

void connectQuizzes(QuizPanel& quiz, ExperimentController& controller, CompareView& compare,
                    ExplorerView& explorer, GradientsView& gradients, TimeBar& timeBar) {
    quiz.setAnswerer([&controller, &compare](const QuizQuery& query) {
        const std::shared_ptr<const TrainingSnapshot> snapshot = controller.snapshot();
        QuizEvidence evidence;
        evidence.trace = snapshot ? snapshot->trace.get() : nullptr;
        evidence.finalLosses = finalLosses(compare);
        return answerQuery(query, evidence);
    });
    QObject::connect(&controller, &ExperimentController::snapshotChanged, &quiz,
                     &QuizPanel::refreshAnswer);
    // The Compare runs finishing (or starting again) change what a run quiz answers.
    QObject::connect(&compare, &CompareView::runningChanged, &quiz, &QuizPanel::refreshAnswer);

    // The views count from 0, the quiz from 1 (t = 1 .. T, unit 1 .. H).
    QObject::connect(&timeBar, &TimeBar::currentStepChanged, &quiz,
                     [&quiz](int step) { quiz.setPickedStep(step + 1); });
    quiz.setPickedStep(timeBar.currentStep() + 1);
    QObject::connect(&explorer, &ExplorerView::unitChanged, &quiz,
                     [&quiz](int unit) { quiz.setPickedUnit(unit + 1); });
    quiz.setPickedUnit(explorer.unit() + 1);
    // A click on the ‖dL/dhₜ‖ plot moves the time cursor to that step, as in the Explorer.
    onFigureClick(gradients.profileView()->profileFigure(), [&timeBar](double x, double) {
        timeBar.setCurrentStep(int(std::lround(x)) - 1);
    });
}

}  // namespace rnnlab::ui
