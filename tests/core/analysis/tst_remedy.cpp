// The remedies strip's changes: each one edits exactly one thing of the run's configuration,
// says how much of the run it restarts, and describes itself in a status line.

#include "test_main.h"
#include "core/analysis/remedy.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

Remedy remedy(RemedyKind kind) {
    Remedy r;
    r.kind = kind;
    return r;
}

}  // namespace

class TestRemedy : public QObject {
    Q_OBJECT
private slots:
    void eachChangesOneThing_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("effect");
        QTest::addColumn<QString>("description");
        QTest::addRow("cell") << int(RemedyKind::Cell) << int(RemedyEffect::Rebuild) << "cell: GRU";
        QTest::addRow("activation")
            << int(RemedyKind::Nonlinearity) << int(RemedyEffect::Rebuild) << "activation: relu";
        QTest::addRow("clipping") << int(RemedyKind::Clipping) << int(RemedyEffect::Live)
                                  << "clipping: on, threshold 0.5";
        QTest::addRow("forget bias") << int(RemedyKind::ForgetBias)
                                     << int(RemedyEffect::Reinitialise) << "forget-gate bias: +1";
        QTest::addRow("init") << int(RemedyKind::RecurrentInit) << int(RemedyEffect::Reinitialise)
                              << "recurrent init: identity (IRNN)";
        QTest::addRow("truncation")
            << int(RemedyKind::Truncation) << int(RemedyEffect::Live) << "truncated BPTT: 10 steps";
    }
    void eachChangesOneThing() {
        QFETCH(int, kind);
        QFETCH(int, effect);
        QFETCH(QString, description);
        Remedy r = remedy(RemedyKind(kind));
        r.cell = CellType::Gru;
        r.nonlinearity = Nonlinearity::Relu;
        r.clip = true;
        r.clipMaxNorm = 0.5;
        r.forgetBias = 1.0;
        r.init = InitScheme::Identity;
        r.truncation = 10;

        NetworkConfig network;
        network.cell = CellType::Rnn;
        TrainingSettings settings;
        settings.clip = false;
        NetworkConfig n = network;
        TrainingSettings s = settings;
        applyRemedy(r, n, s);
        QCOMPARE(int(effectOf(r.kind)), effect);
        QCOMPARE(QString::fromStdString(describe(r).english()), description);
        // Undo the one expected change: everything else is untouched.
        switch (r.kind) {
            case RemedyKind::Cell:
                QVERIFY(n.cell == CellType::Gru);
                n.cell = network.cell;
                break;
            case RemedyKind::Nonlinearity:
                QVERIFY(n.nonlinearity == Nonlinearity::Relu);
                n.nonlinearity = network.nonlinearity;
                break;
            case RemedyKind::Clipping:
                QVERIFY(s.clip);
                QCOMPARE(s.clipMaxNorm, 0.5);
                s.clip = settings.clip;
                s.clipMaxNorm = settings.clipMaxNorm;
                break;
            case RemedyKind::ForgetBias:
                QCOMPARE(s.init.forgetBias, 1.0);
                s.init.forgetBias = settings.init.forgetBias;
                break;
            case RemedyKind::RecurrentInit:
                QVERIFY(s.init.scheme == InitScheme::Identity);
                s.init.scheme = settings.init.scheme;
                break;
            case RemedyKind::Truncation:
                QCOMPARE(s.truncation, 10);
                s.truncation = settings.truncation;
                break;
        }
        QVERIFY(n == network);
        QVERIFY(s == settings);
    }

    // LSTM and GRU have fixed activations: a relu RNN switched to one of them gets tanh, and
    // relu asked of an LSTM leaves it tanh, so the network validates and its file reads back.
    void cellsWithFixedActivationsKeepTanh() {
        NetworkConfig n;
        n.cell = CellType::Rnn;
        n.nonlinearity = Nonlinearity::Relu;
        TrainingSettings s;
        Remedy toLstm = remedy(RemedyKind::Cell);
        toLstm.cell = CellType::Lstm;
        applyRemedy(toLstm, n, s);
        QVERIFY(n.cell == CellType::Lstm && n.nonlinearity == Nonlinearity::Tanh);
        validate(n);
        Remedy relu = remedy(RemedyKind::Nonlinearity);
        relu.nonlinearity = Nonlinearity::Relu;
        applyRemedy(relu, n, s);
        QVERIFY(n.nonlinearity == Nonlinearity::Tanh);
        Remedy back = remedy(RemedyKind::Cell);
        back.cell = CellType::Rnn;
        applyRemedy(back, n, s);
        applyRemedy(relu, n, s);
        QVERIFY(n.cell == CellType::Rnn && n.nonlinearity == Nonlinearity::Relu);
    }

    void descriptionsOfTheOtherValues() {
        Remedy r = remedy(RemedyKind::Clipping);
        r.clip = false;
        QCOMPARE(describe(r).english(), std::string("clipping: off"));
        r = remedy(RemedyKind::Truncation);
        QCOMPARE(describe(r).english(), std::string("truncated BPTT: off (full BPTT)"));
        r = remedy(RemedyKind::RecurrentInit);
        r.init = InitScheme::PyTorch;
        QCOMPARE(describe(r).english(), std::string("recurrent init: default (PyTorch)"));
        r = remedy(RemedyKind::ForgetBias);
        r.forgetBias = 0;
        QCOMPARE(describe(r).english(), std::string("forget-gate bias: 0"));
        r = remedy(RemedyKind::Cell);
        r.cell = CellType::Lstm;
        QCOMPARE(describe(r).english(),
                 std::string("cell: LSTM with forget-gate bias +3 (open forget gates)"));
    }

    // The LSTM the cell remedy makes starts with its forget gates open, as the lesson teaches;
    // a larger bias already set stays.
    void lstmRemedyOpensTheForgetGate() {
        Remedy r = remedy(RemedyKind::Cell);
        r.cell = CellType::Lstm;
        NetworkConfig n;
        n.cell = CellType::Rnn;
        TrainingSettings s;
        applyRemedy(r, n, s);
        QVERIFY(n.cell == CellType::Lstm);
        QCOMPARE(s.init.forgetBias, kLstmForgetBias);
        s.init.forgetBias = 5.0;
        applyRemedy(r, n, s);
        QCOMPARE(s.init.forgetBias, 5.0);
        r.cell = CellType::Gru;
        s.init.forgetBias = 0.0;
        applyRemedy(r, n, s);
        QCOMPARE(s.init.forgetBias, 0.0);
    }

    // Equality looks only at the value the kind uses.
    void equality() {
        Remedy a = remedy(RemedyKind::Truncation), b = a;
        b.cell = CellType::Gru;
        QVERIFY(a == b);
        b.truncation = 4;
        QVERIFY(a != b);
        QVERIFY(remedy(RemedyKind::Cell) != remedy(RemedyKind::Nonlinearity));
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestRemedy)
}  // namespace RNNLAB_TEST_FILE

#include "tst_remedy.moc"
