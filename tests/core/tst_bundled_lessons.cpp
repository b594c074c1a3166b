// Every bundled lesson shows what it claims: each is trained headless for the steps it is
// designed for, as a teacher would with the play button, and every one of its checks must hold
// (the vanishing gradient's ratio below 1e-3, the LSTM's above 1e-2, the unclipped run
// diverging and the clipped one training, ...). The measured numbers are printed.

#include "test_main.h"
#include "core/analysis/remedy.h"
#include "core/base/matrix_norms.h"
#include "core/data/windowed_dataset.h"
#include "core/lessons/lesson_catalog.h"
#include "core/lessons/lesson_runner.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

class TestBundledLessons : public QObject {
    Q_OBJECT
private:
    std::vector<Lesson> m_lessons;

    const Lesson& lesson(const std::string& name) const { return findLesson(m_lessons, name); }

private slots:
    void initTestCase() { m_lessons = readLessons(RNNLAB_RESOURCES_DIR "/lessons"); }

    // The course of the Lessons menu, in its order: the RNN forwards and backwards, what goes
    // wrong over long sequences and the gated cells that fix it, then training practice.
    void bundledLessons() {
        std::vector<std::string> names;
        for (const Lesson& l : m_lessons) names.push_back(l.name);
        QCOMPARE(names, (std::vector<std::string>{
                            "hidden-state", "bptt-backward", "vanishing-gradient", "lstm-remembers",
                            "lstm-gates", "gru-gates", "exploding-gradients", "initialisation",
                            "truncated-bptt", "learning-rate", "normalisation", "overfitting",
                            "gru-lstm-rnn", "classification", "price-window",
                            "brackets-lstm-rnn", "char-model-spells", "sentiment-state",
                            "word-start-unit", "quote-unit"}));
        for (std::size_t i = 0; i < m_lessons.size(); ++i)
            QCOMPARE(m_lessons[i].order, int(i) + 1);  // numbered 1 … 15, no gaps or ties
    }

    // Every lesson states its learning goal, and writes the gradient's norm one way, with the
    // norm bars the views use: ‖dL/dh<sub>t</sub>‖, never ||dL/dh_t||.
    void goalsAndNotation_data() { holdsItsClaims_data(); }

    void goalsAndNotation() {
        QFETCH(QString, name);
        const Lesson& l = lesson(name.toStdString());
        QVERIFY2(!l.goal.empty(), "a lesson states its learning goal");
        std::string text = l.title + l.summary + l.goal;
        for (const LessonStep& step : l.text) text += step.title + step.body;
        QVERIFY2(text.find("||") == std::string::npos, "norm bars are ‖, not ||");
        QVERIFY2(text.find("dh_") == std::string::npos, "subscripts are <sub>, not _");
    }

    void holdsItsClaims_data() {
        QTest::addColumn<QString>("name");
        for (const Lesson& l : m_lessons)
            QTest::newRow(l.name.c_str()) << QString::fromStdString(l.name);
    }

    void holdsItsClaims() {
        QFETCH(QString, name);
        const Lesson& l = lesson(name.toStdString());
        QVERIFY2(!l.checks.empty(), "a lesson must check what it claims");
        LessonRuns runs(l);
        for (const LessonCheckResult& r : checkLesson(l, runs)) {
            qInfo("%s %s", r.passed ? "holds:" : "FAILS:", r.message.c_str());
            QVERIFY2(r.passed, r.message.c_str());
        }
        // Every quiz has an answer once the lesson's steps are trained.
        for (const LessonQuizResult& q : answerQuizzes(l, runs)) {
            qInfo("quiz text[%zu]: %s", q.step, q.answer.why.english().c_str());
            QVERIFY2(q.answer.available(), q.answer.unavailable.english().c_str());
        }
    }

    // Quizzes where they teach something: at least four lessons ask one.
    void quizzes() {
        int quizzed = 0;
        for (const Lesson& l : m_lessons) {
            bool any = false;
            for (const LessonStep& s : l.text) any = any || s.quiz;
            quizzed += any ? 1 : 0;
        }
        QVERIFY2(quizzed >= 4, qPrintable(QString::number(quizzed)));
    }

    // A GUI run stops when its epochs are done: exactly where the lesson's checks were made.
    void epochsEndAtTheLessonsSteps_data() { holdsItsClaims_data(); }

    void epochsEndAtTheLessonsSteps() {
        QFETCH(QString, name);
        const Lesson& l = lesson(name.toStdString());
        std::vector<const Experiment*> experiments = {&l.experiment};
        for (const LessonRun& r : l.runs) experiments.push_back(&r.experiment);
        for (const Experiment* e : experiments) {
            const std::shared_ptr<TrainingData> data = buildTrainingData(*e->data);
            const Index batches = data->batchCount(Split::Train, e->training.batchSize);
            QCOMPARE(e->training.epochs * batches, l.steps);
        }
    }

    // Lessons 1 and 2 tell one story: the same task (a lag of 30 steps or more), data, seed and
    // weights of the tanh RNN; the LSTM lesson only changes the cell.
    void memoryLessonsShareTheExperiment() {
        const Experiment& rnn = lesson("vanishing-gradient").experiment;
        // Its "LSTM remedy" run is what Remedies → Cell → LSTM makes of it in the window.
        Remedy toLstm;
        toLstm.kind = RemedyKind::Cell;
        toLstm.cell = CellType::Lstm;
        NetworkConfig remedied = rnn.network;
        TrainingSettings remediedSettings = rnn.training;
        applyRemedy(toLstm, remedied, remediedSettings);
        const Experiment* lstmRemedy = lesson("vanishing-gradient").experimentFor("LSTM remedy");
        QVERIFY(lstmRemedy != nullptr);
        QVERIFY(lstmRemedy->network == remedied);
        QVERIFY(lstmRemedy->training == remediedSettings);
        const Lesson& lstm = lesson("lstm-remembers");
        QVERIFY(resolvedParameters(rnn.data->generator).at("delay") >= 30);
        const Experiment* rnnInLstmLesson = lstm.experimentFor("tanh RNN");
        QVERIFY(rnnInLstmLesson != nullptr);
        QVERIFY(rnnInLstmLesson->network == rnn.network);
        QCOMPARE(rnnInLstmLesson->weights.flat(), rnn.weights.flat());
        QCOMPARE(describe(*rnnInLstmLesson->data), describe(*rnn.data));
        QCOMPARE(describe(*lstm.experiment.data), describe(*rnn.data));
        QCOMPARE(lstm.experiment.data->generator.parameters, rnn.data->generator.parameters);
        QCOMPARE(lstm.experiment.training.seed, rnn.training.seed);
        NetworkConfig cellOnly = rnn.network;
        cellOnly.cell = CellType::Lstm;
        QVERIFY(lstm.experiment.network == cellOnly);
    }

    // The exploding lesson's recurrent weights really have spectral radius 1.5 or more.
    void explodingLessonsSpectralRadius() {
        const Experiment& e = lesson("exploding-gradients").experiment;
        const ParameterInfo* whh = e.weights.layout().find("rnn.weight_hh_l0");
        QVERIFY(whh != nullptr);
        const int entry = int(whh - e.weights.layout().entries().data());
        const Matrix<double> w = e.weights.matrix(entry);
        QVERIFY(spectralRadius<double>(w) >= 1.5 - 1e-9);
        QVERIFY(!e.training.clip);
        QVERIFY(lesson("exploding-gradients").experimentFor("clipping at norm 1")->training.clip);
    }

    // The initialisation lesson's claims about where W_hh starts: PyTorch's default well below
    // spectral radius 1 (0.54 with the lesson's seed), orthogonal and identity exactly at 1.
    void initialisationLessonsSpectralRadii() {
        const Lesson& l = lesson("initialisation");
        auto radius = [&](const std::string& run) {
            const Experiment& e = *l.experimentFor(run);
            const ParameterInfo* whh = e.weights.layout().find("rnn.weight_hh_l0");
            const int entry = int(whh - e.weights.layout().entries().data());
            return spectralRadius<double>(e.weights.matrix(entry));
        };
        const double pytorch = radius("PyTorch default");
        qInfo("spectral radius at the start: PyTorch default %.3f", pytorch);
        QVERIFY(std::abs(pytorch - 0.54) < 0.005);
        QVERIFY(std::abs(radius("orthogonal") - 1.0) < 1e-9);
        QVERIFY(std::abs(radius("identity (IRNN)") - 1.0) < 1e-9);
    }

    // Back-propagation runs backwards through the very network the first lesson steps forward.
    void backwardLessonContinuesTheFirst() {
        const Experiment& forward = lesson("hidden-state").experiment;
        const Experiment& backward = lesson("bptt-backward").experiment;
        QVERIFY(backward.network == forward.network);
        QVERIFY(backward.training == forward.training);
        QCOMPARE(describe(*backward.data), describe(*forward.data));
        QCOMPARE(backward.weights.flat(), forward.weights.flat());
        QCOMPARE(lesson("bptt-backward").steps, lesson("hidden-state").steps);
    }

    // The comparison lessons run their variants on the same data and seed.
    void runsShareDataAndSeed_data() { holdsItsClaims_data(); }

    void runsShareDataAndSeed() {
        QFETCH(QString, name);
        const Lesson& l = lesson(name.toStdString());
        for (const LessonRun& r : l.runs) {
            QCOMPARE(describe(*r.experiment.data), describe(*l.experiment.data));
            QCOMPARE(r.experiment.training.seed, l.experiment.training.seed);
        }
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestBundledLessons)
}  // namespace RNNLAB_TEST_FILE

#include "tst_bundled_lessons.moc"
