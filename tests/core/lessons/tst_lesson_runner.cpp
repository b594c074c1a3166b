// The lesson runner: the measures on hand-made traces, every check's verdict and message, and
// runs that train as the trainer does (same losses, same divergence).
#include <cmath>
#include <limits>

#include "test_main.h"
#include "core/lessons/lesson_file.h"
#include "core/lessons/lesson_runner.h"
#include "core/train/forecast.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

Matrix<double> rows(std::initializer_list<std::initializer_list<double>> values) {
    Matrix<double> m(Index(values.size()), Index(values.begin()->size()));
    Index r = 0;
    for (const auto& row : values) {
        Index c = 0;
        for (double v : row) m(r, c++) = v;
        ++r;
    }
    return m;
}

LessonCheck check(LessonCheckKind kind, double value = 0.0, const std::string& run = {}) {
    LessonCheck c;
    c.kind = kind;
    c.value = value;
    c.run = run;
    return c;
}

// A run as the runner would report it, with round numbers.
LessonRunResult sampleRun() {
    LessonRunResult r;
    r.label = "LSTM";
    r.stepsTrained = 100;
    r.initialLoss = 0.3;
    r.finalLoss = 0.003;
    r.lowestEpochLoss = 0.002;
    r.gradientRatio = 0.05;
    r.largestGradientNorm = 12.5;
    r.forgetGate = 0.93;
    return r;
}

Experiment sineExperiment(CellType cell, double lr, bool clip) {
    Lesson l = parseLesson(R"({"format": "rnnlab-lesson", "version": 1, "name": "s", "title": "T",
        "summary": "S", "steps": 1, "views": ["training"], "text": [{"title": "1", "body": "b"}],
        "experiment": {
            "network": {"cell": "rnn", "input_size": 1, "hidden_size": 6, "num_layers": 1,
                        "output_size": 1, "output": "last", "loss": "mse"},
            "training": {"optimizer": {"kind": "sgd"}, "batch_size": 8, "epochs": 100, "seed": 3},
            "data": {"source": "generator",
                     "generator": {"name": "sine", "seed": 1, "parameters": {"length": 120}},
                     "window": {"length": 12, "horizon": 1}}}})",
                           "s.json");
    l.experiment.network.cell = cell;
    l.experiment.training.optimizer.learningRate = lr;
    l.experiment.training.clip = clip;
    l.experiment.weights = Parameters<double>(l.experiment.network);
    initialise(l.experiment.weights, l.experiment.network, l.experiment.training.init,
               l.experiment.training.seed);
    return l.experiment;
}

}  // namespace

class TestLessonRunner : public QObject {
    Q_OBJECT
private slots:
    // ‖dh_0‖ = ‖(3, 4)‖ = 5 and ‖dh_2‖ = ‖(6, 8)‖ = 10: half the gradient reaches step 0.
    void gradientRatioOfTheFirstLayer() {
        SequenceTrace t;
        t.steps = 3;
        t.layers.resize(2);
        t.layers[0].dh = rows({{3, 4}, {0, 0.5}, {6, 8}});
        t.layers[1].dh = rows({{1, 0}, {0, 0}, {1, 0}});
        QCOMPARE(gradientRatio(t), 0.5);
    }

    // The mean over every step and unit of gate f; an RNN has no gates.
    void forgetGateMeanOverStepsAndUnits() {
        SequenceTrace t;
        t.layers.resize(1);
        t.layers[0].gates = {{"i", rows({{0.0, 0.0}}), rows({{0.0, 0.0}})},
                             {"f", rows({{0.9, 1.0}, {0.5, 0.6}}), rows({{0, 0}, {0, 0}})}};
        QCOMPARE(forgetGateMean(t).value(), 0.75);
        t.layers[0].gates.clear();
        QVERIFY(!forgetGateMean(t).has_value());
    }

    void checkVerdicts_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("passed");
        QTest::addColumn<QString>("message");
        const auto row = [](const char* name, LessonCheckKind kind, double value, bool passed,
                            const char* message) {
            QTest::newRow(name) << int(kind) << value << passed << QString(message);
        };
        row("ratio below fails", LessonCheckKind::GradientRatioBelow, 1e-3, false,
            "LSTM: gradient ratio \u2016dL/dh\u2016 first step / last step = 0.05, expected below "
            "0.001");
        row("ratio above passes", LessonCheckKind::GradientRatioAbove, 1e-2, true,
            "LSTM: gradient ratio \u2016dL/dh\u2016 first step / last step = 0.05, expected above "
            "0.01");
        row("fall above passes", LessonCheckKind::LossFallAbove, 99, true,
            "LSTM: loss before / loss after training = 100, expected above 99");
        row("fall below fails", LessonCheckKind::LossFallBelow, 1.5, false,
            "LSTM: loss before / loss after training = 100, expected below 1.5");
        row("norm above fails", LessonCheckKind::GradientNormAbove, 12.5, false,
            "LSTM: largest gradient norm = 12.5, expected above 12.5");
        row("forget gate passes", LessonCheckKind::ForgetGateAbove, 0.9, true,
            "LSTM: mean forget gate = 0.93, expected above 0.9");
        row("no closed loop", LessonCheckKind::ClosedLoopErrorAbove, 1.5, false,
            "LSTM: no closed-loop RMSE / one-step RMSE to compare (expected above 1.5)");
        row("no naive forecast", LessonCheckKind::NaiveErrorAbove, 1, false,
            "LSTM: no one-step RMSE / RMSE of repeating the last value to compare (expected "
            "above 1)");
        row("diverges fails", LessonCheckKind::Diverges, 0, false,
            "LSTM trained 100 steps without diverging, expected it to diverge");
        row("stays finite passes", LessonCheckKind::StaysFinite, 0, true,
            "LSTM trained 100 steps, final loss 0.003");
        row("overfit above passes", LessonCheckKind::OverfitAbove, 1.2, true,
            "LSTM: loss after training / lowest loss at an epoch's end = 1.5, expected above 1.2");
        row("overfit above fails", LessonCheckKind::OverfitAbove, 1.5, false,
            "LSTM: loss after training / lowest loss at an epoch's end = 1.5, expected above 1.5");
        row("stops early fails", LessonCheckKind::StopsEarly, 0, false,
            "LSTM did not stop early: trained 100 steps, final loss 0.003");
    }

    void checkVerdicts() {
        QFETCH(int, kind);
        QFETCH(double, value);
        QFETCH(bool, passed);
        QFETCH(QString, message);
        const LessonCheckResult r =
            evaluateCheck(check(LessonCheckKind(kind), value, "LSTM"), sampleRun());
        QCOMPARE(r.passed, passed);
        QCOMPARE(QString::fromStdString(r.message), message);
        QCOMPARE(r.measured.has_value(),
                 hasValue(LessonCheckKind(kind)) &&
                     LessonCheckKind(kind) != LessonCheckKind::ClosedLoopErrorAbove &&
                     LessonCheckKind(kind) != LessonCheckKind::NaiveErrorAbove);
    }

    void earlyStoppedRunVerdict() {
        LessonRunResult r = sampleRun();
        r.stoppedEarly = true;
        const LessonCheckResult early = evaluateCheck(check(LessonCheckKind::StopsEarly), r);
        QVERIFY(early.passed);
        QCOMPARE(early.message,
                 std::string("LSTM stopped early after 100 steps, final loss 0.003"));
    }

    void divergedRunVerdicts() {
        LessonRunResult r = sampleRun();
        r.label.clear();
        r.diverged = true;
        r.divergence = "Training diverged at step 3 (epoch 1): ...";
        const LessonCheckResult diverges = evaluateCheck(check(LessonCheckKind::Diverges), r);
        QVERIFY(diverges.passed);
        QCOMPARE(
            diverges.message,
            std::string("the lesson's run diverged: Training diverged at step 3 (epoch 1): ..."));
        const LessonCheckResult finite = evaluateCheck(check(LessonCheckKind::StaysFinite), r);
        QVERIFY(!finite.passed);
        QCOMPARE(finite.message, std::string("the lesson's run did not stay finite: Training "
                                             "diverged at step 3 (epoch 1): ..."));
    }

    // The runner trains exactly as a Trainer stepped by hand, and measures on the final weights.
    void runMatchesTheTrainer() {
        const Experiment e = sineExperiment(CellType::Lstm, 0.1, true);
        const LessonRunResult r = runLessonExperiment(e, "LSTM", 30);

        const std::unique_ptr<Trainer> t = makeTrainer(e, {});
        const double before = t->evaluate(Split::Validation).loss.value();
        double largest = 0.0;
        double lowest = std::numeric_limits<double>::infinity();  // at the end of any epoch
        for (int i = 0; i < 30; ++i) {
            const int epoch = t->epoch();
            largest = std::max(largest, t->step()->gradNormBefore);
            if (t->epoch() != epoch)
                lowest = std::min(lowest, t->evaluate(Split::Validation).loss.value());
        }
        QVERIFY(std::isfinite(lowest));  // 30 steps span an epoch
        const auto [split, index] = t->tracedSample();
        const SequenceTrace trace = t->traceSample(split, index);

        QCOMPARE(r.label, std::string("LSTM"));
        QCOMPARE(r.stepsTrained, 30LL);
        QVERIFY(!r.diverged);
        QCOMPARE(r.initialLoss, before);
        QCOMPARE(r.finalLoss, t->evaluate(Split::Validation).loss.value());
        QCOMPARE(r.largestGradientNorm, largest);
        QCOMPARE(r.lowestEpochLoss, lowest);
        QVERIFY(!r.stoppedEarly);
        QCOMPARE(r.gradientRatio, gradientRatio(trace));
        QCOMPARE(r.forgetGate.value(), forgetGateMean(trace).value());

        // The forecasts' errors, computed here from the forecast values themselves.
        const ForecastSet f = computeForecasts(t->network(), t->data());
        const Forecast& oneStep = *f.validation;
        const Forecast& closed = *f.closedLoop;
        // Both run over consecutive rows; the closed loop starts no later.
        const std::size_t offset = std::size_t(oneStep.rows.front() - closed.rows.front());
        QCOMPARE(closed.rows[offset], oneStep.rows.front());
        double one = 0.0, free = 0.0, naive = 0.0;
        for (std::size_t i = 0; i < oneStep.rows.size(); ++i) {
            one += std::pow(oneStep.predicted[i] - oneStep.actual[i], 2);
            free += std::pow(closed.predicted[i + offset] - oneStep.actual[i], 2);
            // The last value the window saw: the previous row's, for horizon 1.
            const double last =
                i > 0 ? oneStep.actual[i - 1]
                      : t->data().toDataUnits(dynamic_cast<const WindowedDataset&>(t->data())
                                                  .series()
                                                  .columns[0][std::size_t(oneStep.rows[0] - 1)]);
            naive += std::pow(last - oneStep.actual[i], 2);
        }
        // The runner takes the one-step RMSE from the trainer's metrics, whose targets went
        // through the float batches: equal to single precision.
        QVERIFY(std::abs(r.closedLoopErrorRatio.value() / std::sqrt(free / one) - 1) < 1e-6);
        QVERIFY(std::abs(r.naiveErrorRatio.value() / std::sqrt(one / naive) - 1) < 1e-6);
        QCOMPARE(oneStep.rows.size(), std::size_t(t->data().count(Split::Validation)));
    }

    // A run the guard stops is reported as diverged, with the guard's message, after fewer steps.
    void divergedRun() {
        const Experiment e = sineExperiment(CellType::Rnn, 1e6, false);
        const LessonRunResult r = runLessonExperiment(e, {}, 50);
        const std::unique_ptr<Trainer> t = makeTrainer(e, {});
        while (t->step()) {
        }
        QVERIFY(r.diverged);
        QVERIFY(t->stopReason() == StopReason::Diverged);
        QCOMPARE(r.stepsTrained, t->stepCount());
        QVERIFY(r.stepsTrained < 50);
        QCOMPARE(r.divergence, t->divergence()->message());
        QVERIFY(std::isfinite(r.finalLoss));
    }

    // Sequences of a memory task have no series: no forecasts to compare.
    void sequenceTaskHasNoForecast() {
        Experiment e = sineExperiment(CellType::Rnn, 0.01, true);
        e.data->generator.kind = GeneratorKind::RememberFirst;
        e.data->generator.parameters = {{"sequences", 20}, {"delay", 4}};
        const LessonRunResult r = runLessonExperiment(e, {}, 2);
        QCOMPARE(r.stepsTrained, 2LL);
        QVERIFY(!r.closedLoopErrorRatio.has_value());
        QVERIFY(!r.naiveErrorRatio.has_value());
        QVERIFY(!r.forgetGate.has_value());
    }

    // Every check in the lesson's order, each run trained once: two checks of one run see the
    // same numbers.
    void checksInOrder() {
        Lesson l;
        l.experiment = sineExperiment(CellType::Rnn, 0.05, true);
        l.runs = {{"GRU", sineExperiment(CellType::Gru, 0.05, true)}};
        l.steps = 20;
        l.checks = {check(LessonCheckKind::StaysFinite, 0, "GRU"),
                    check(LessonCheckKind::LossFallAbove, 1e9),
                    check(LessonCheckKind::LossFallBelow, 1e9, "GRU"),
                    check(LessonCheckKind::LossFallAbove, 0, "GRU")};
        const std::vector<LessonCheckResult> results = checkLesson(l);
        QCOMPARE(results.size(), std::size_t(4));
        QVERIFY(results[0].passed);
        QVERIFY(!results[1].passed);
        QVERIFY(results[2].passed);
        QVERIFY(results[3].passed);
        QCOMPARE(results[2].measured, results[3].measured);
        QVERIFY(results[1].measured != results[2].measured);
        QCOMPARE(results[1].message.substr(0, 17), std::string("the lesson's run:"));
        QCOMPARE(results[3].message.substr(0, 4), std::string("GRU:"));
    }

    // "in at least 2 of 3 seeds": seed k trains the experiment with training.seed + k, exactly
    // as a run of that seed would; the verdict counts the seeds that pass.
    void checkOverSeeds() {
        Lesson l;
        l.experiment = sineExperiment(CellType::Rnn, 0.05, true);
        l.steps = 12;
        LessonCheck all = check(LessonCheckKind::LossFallAbove, 0.0);
        all.seeds = 3;
        all.atLeast = 3;
        LessonCheck impossible = check(LessonCheckKind::LossFallAbove, 1e9);
        impossible.seeds = 3;
        impossible.atLeast = 1;
        l.checks = {all, impossible};
        LessonRuns runs(l);
        const std::vector<LessonCheckResult> results = checkLesson(l, runs);
        QVERIFY(results[0].passed);
        QVERIFY(!results[1].passed);
        const std::string& m = results[0].message;
        QVERIFY2(m.rfind("the lesson's run: loss before / loss after training above 0 in 3 of 3 "
                         "seeds, expected at least 3 (seed 3 ",
                         0) == 0,
                 m.c_str());
        QVERIFY2(
            m.find(", seed 4 ") != std::string::npos && m.find(", seed 5 ") != std::string::npos,
            m.c_str());
        QVERIFY2(
            results[1].message.find("in 0 of 3 seeds, expected at least 1") != std::string::npos,
            results[1].message.c_str());

        Experiment seed5 = l.experiment;
        seed5.training.seed = 5;
        const LessonRunResult direct = runLessonExperiment(seed5, "", l.steps);
        QCOMPARE(runs.get("", 2).finalLoss, direct.finalLoss);
        QVERIFY(runs.get("", 0).finalLoss != direct.finalLoss);
    }

    // A quiz is answered on the traced sequence of the lesson's run, as the window answers it
    // on the run on screen; a run query on the final losses of the lesson's runs.
    void quizzesAnswerOnTheRun() {
        Lesson l;
        l.experiment = sineExperiment(CellType::Gru, 0.05, true);
        l.runs = {{"RNN", sineExperiment(CellType::Rnn, 0.05, true)},
                  {"GRU", sineExperiment(CellType::Gru, 0.05, true)}};
        l.steps = 12;
        Quiz where;
        where.query.kind = QuizQueryKind::LargestGradientStep;
        Quiz which;
        which.query.kind = QuizQueryKind::LowestFinalLoss;
        l.text = {{"1", "b", "", where}, {"2", "b", "", std::nullopt}, {"3", "b", "", which}};
        LessonRuns runs(l);
        const std::vector<LessonQuizResult> answers = answerQuizzes(l, runs);
        QCOMPARE(answers.size(), std::size_t(2));
        QCOMPARE(answers[0].step, std::size_t(0));
        QCOMPARE(answers[1].step, std::size_t(2));

        const SequenceTrace& trace = *runs.get("").trace;
        QuizEvidence evidence;
        evidence.trace = &trace;
        QCOMPARE(answers[0].answer.index, answerQuery(where.query, evidence).index);
        QVERIFY(answers[0].answer.index >= 1 && answers[0].answer.index <= int(trace.steps));
        const double rnn = runs.get("RNN").finalLoss, gru = runs.get("GRU").finalLoss;
        QCOMPARE(answers[1].answer.label, std::string(rnn < gru ? "RNN" : "GRU"));
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestLessonRunner)
}  // namespace RNNLAB_TEST_FILE

#include "tst_lesson_runner.moc"
