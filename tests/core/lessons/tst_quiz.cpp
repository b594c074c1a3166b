// Each quiz query on a trace small enough to work out by hand, and when an answer is right.

#include "test_main.h"
#include "core/lessons/quiz.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

// An LSTM trace, T = 3 steps, H = 2 units:
//   dL/dh_t   t=1 (0.0003, 0.0004) ‖·‖ = 5e-4;  t=2 (0.006, 0.008) 0.01;  t=3 (0.3, 0.4) 0.5
//   h_t       t=1 (0.1, −0.2);  t=2 (0.5, −0.9);  t=3 (−0.7, 0.6)
//   gate means over the units at t = 2:  i (0.2+0.4)/2 = 0.3   f (0.9+0.8)/2 = 0.85
//                                        g (−0.5+0.1)/2 = −0.2 o (0.6+0.6)/2 = 0.6
SequenceTrace handTrace() {
    SequenceTrace trace;
    trace.config.cell = CellType::Lstm;
    trace.config.hiddenSize = 2;
    trace.steps = 3;
    LayerTrace layer;
    layer.dh.resize(3, 2);
    layer.dh << 0.0003, 0.0004, 0.006, 0.008, 0.3, 0.4;
    layer.h.resize(3, 2);
    layer.h << 0.1, -0.2, 0.5, -0.9, -0.7, 0.6;
    const std::pair<const char*, std::array<double, 6>> gates[] = {
        {"i", {0.1, 0.1, 0.2, 0.4, 0.5, 0.5}},
        {"f", {0.7, 0.7, 0.9, 0.8, 0.6, 0.6}},
        {"g", {0.0, 0.0, -0.5, 0.1, 0.2, 0.2}},
        {"o", {0.3, 0.3, 0.6, 0.6, 0.9, 1.0}}};
    for (const auto& [name, values] : gates) {
        GateTrace g;
        g.name = name;
        g.value.resize(3, 2);
        for (int k = 0; k < 6; ++k) g.value(k / 2, k % 2) = values[std::size_t(k)];
        layer.gates.push_back(g);
    }
    trace.layers.push_back(layer);
    return trace;
}

QuizAnswer ask(const QuizQuery& q, const SequenceTrace& trace) {
    QuizEvidence e;
    e.trace = &trace;
    return answerQuery(q, e);
}

QuizQuery query(QuizQueryKind kind) {
    QuizQuery q;
    q.kind = kind;
    return q;
}

}  // namespace

class TestQuiz : public QObject {
    Q_OBJECT
private slots:
    void largestGradientStep() {
        const SequenceTrace trace = handTrace();
        const QuizAnswer a = ask(query(QuizQueryKind::LargestGradientStep), trace);
        QVERIFY(a.available());
        QCOMPARE(a.kind, QuizAnswerKind::TimeStep);
        QCOMPARE(a.index, 3);  // ‖(0.3, 0.4)‖ = 0.5
        QCOMPARE(a.value, 0.5);
        QCOMPARE(a.shown.english(), std::string("t = 3"));
        QCOMPARE(a.why.english(),
                 std::string("\u2016dL/dh\u2016 is largest at t = 3, where it is 0.5; at "
                             "t = 1 it is 0.0005 and at t = 3 0.5."));
    }

    // Going back from t = 3: 0.5, then 0.01 (not below 0.005), then 5e-4 (below).
    void gradientFallsBelow() {
        const SequenceTrace trace = handTrace();
        QuizQuery q = query(QuizQueryKind::GradientFallsBelow);
        q.threshold = 0.005;
        QuizAnswer a = ask(q, trace);
        QCOMPARE(a.index, 1);
        QCOMPARE(a.value, 0.0005);
        q.threshold = 0.1;  // 0.01 at t = 2 is the first below
        QCOMPARE(ask(q, trace).index, 2);
        q.threshold = 1e-5;
        a = ask(q, trace);
        QVERIFY(!a.available());
        QCOMPARE(a.unavailable.english(),
                 std::string("\u2016dL/dh\u2016 does not fall below 1e-05 at any step of the "
                             "traced sequence"));
    }

    void gradientRatio() {
        const SequenceTrace trace = handTrace();
        const QuizAnswer a = ask(query(QuizQueryKind::GradientRatio), trace);
        QCOMPARE(a.kind, QuizAnswerKind::Value);
        QCOMPARE(a.value, 0.0005 / 0.5);
        QCOMPARE(a.shown.english(), std::string("0.001"));
    }

    // Distances from 1 at t = 2: i 0.7, f 0.15, g 1.2, o 0.4; from 0: g 0.2 is the nearest.
    void gateNearest() {
        const SequenceTrace trace = handTrace();
        QuizQuery q = query(QuizQueryKind::GateNearest);
        q.t = 2;
        QuizAnswer a = ask(q, trace);
        QCOMPARE(a.kind, QuizAnswerKind::Gate);
        QCOMPARE(a.label, std::string("f"));
        QCOMPARE(a.value, 0.85);
        QCOMPARE(a.choices, (std::vector<std::string>{"i", "f", "g", "o"}));
        QCOMPARE(a.why.english(),
                 std::string("At t = 2 the forget gate f has the mean 0.85 over the "
                             "units, the nearest to 1 (i 0.3, f 0.85, g -0.2, o 0.6)."));
        q.target = 0.0;
        QCOMPARE(ask(q, trace).label, std::string("g"));
        q.t = 4;
        QCOMPARE(ask(q, trace).unavailable.english(),
                 std::string("the traced sequence has 3 steps, not 4"));
    }

    // o: at t = 3 (0.9 + 1.0)/2 = 0.95; over every step (0.3+0.3+0.6+0.6+0.9+1.0)/6 = 0.6167.
    void gateMean() {
        const SequenceTrace trace = handTrace();
        QuizQuery q = query(QuizQueryKind::GateMean);
        q.gate = "o";
        q.t = 3;
        QCOMPARE(ask(q, trace).value, 0.95);
        q.t = 0;
        QCOMPARE(ask(q, trace).value, 3.7 / 6.0);
        QCOMPARE(ask(q, trace).why.english(),
                 std::string("The output gate o has the mean 0.617 over the units over every "
                             "step."));
    }

    // |h| at t = 2: 0.5 and 0.9, unit 2 (h = −0.9); at t = 3: 0.7 and 0.6, unit 1.
    void largestStateUnit() {
        const SequenceTrace trace = handTrace();
        QuizQuery q = query(QuizQueryKind::LargestStateUnit);
        q.t = 2;
        QuizAnswer a = ask(q, trace);
        QCOMPARE(a.kind, QuizAnswerKind::Unit);
        QCOMPARE(a.index, 2);
        QCOMPARE(a.value, -0.9);
        QCOMPARE(a.shown.english(), std::string("unit 2"));
        QCOMPARE(a.why.english(),
                 std::string("At t = 2 unit 2 has the largest |h| of the 2 units: h = -0.9."));
        q.t = 3;
        QCOMPARE(ask(q, trace).index, 1);
    }

    void runQueries() {
        QuizEvidence e;
        e.finalLosses = {{"RNN", 0.31}, {"LSTM", 0.0013}, {"GRU", qQNaN()}};
        QuizAnswer a = answerQuery(query(QuizQueryKind::LowestFinalLoss), e);
        QCOMPARE(a.kind, QuizAnswerKind::Run);
        QCOMPARE(a.label, std::string("LSTM"));
        QCOMPARE(a.choices, (std::vector<std::string>{"RNN", "LSTM", "GRU"}));
        QCOMPARE(a.shown.english(), std::string("LSTM"));
        QCOMPARE(a.why.english(), std::string("The final validation losses are RNN 0.31, LSTM "
                                              "0.0013, GRU nan: LSTM's is the lowest."));
        QuizQuery q = query(QuizQueryKind::FinalLoss);
        q.run = "RNN";
        QCOMPARE(answerQuery(q, e).value, 0.31);
        q.run = "GRU-2";
        QVERIFY(!answerQuery(q, e).available());
        QVERIFY(!answerQuery(query(QuizQueryKind::LowestFinalLoss), QuizEvidence{}).available());
    }

    void needsATrace() {
        const QuizAnswer a = answerQuery(query(QuizQueryKind::LargestGradientStep), {});
        QVERIFY(!a.available());
        QVERIFY(QString::fromStdString(a.unavailable.english()).contains("press Play"));
        SequenceTrace rnn = handTrace();
        rnn.layers[0].gates.clear();
        QuizQuery q = query(QuizQueryKind::GateNearest);
        q.t = 1;
        QCOMPARE(ask(q, rnn).unavailable.english(), std::string("a plain RNN cell has no gates"));
    }

    void correctness() {
        Quiz quiz;
        QuizAnswer value;
        value.kind = QuizAnswerKind::Value;
        value.value = 0.5;
        quiz.tolerance = 0.1;  // 0.45 … 0.55
        QVERIFY(isCorrect(quiz, value, {"", 0.549}));
        QVERIFY(isCorrect(quiz, value, {"", 0.451}));
        QVERIFY(!isCorrect(quiz, value, {"", 0.56}));
        QuizAnswer step;
        step.kind = QuizAnswerKind::TimeStep;
        step.index = 12;
        QVERIFY(isCorrect(quiz, step, {"", 12.3}));  // a click between two steps rounds
        QVERIFY(!isCorrect(quiz, step, {"", 13}));
        QVERIFY(!isCorrect(quiz, step, {"", qQNaN()}));
        QuizAnswer gate;
        gate.kind = QuizAnswerKind::Gate;
        gate.label = "f";
        QVERIFY(isCorrect(quiz, gate, {"f", 0}));
        QVERIFY(!isCorrect(quiz, gate, {"i", 0}));
        QuizAnswer none;
        none.unavailable = uiText("train first");
        QVERIFY(!isCorrect(quiz, none, {"", 0}));
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestQuiz)
}  // namespace RNNLAB_TEST_FILE

#include "tst_quiz.moc"
