// The trainer: loss falls, runs reproduce bit for bit, divergence is caught and undone, a run
// saved mid-epoch resumes exactly, memory stays bounded, forecasts have the right shapes, early
// stopping goes back to the best epoch's weights, and every epoch trains at its scheduled rate.
#include <cmath>

#include "metatypes.h"
#include "test_main.h"
#include "core/base/errors.h"
#include "core/io/experiment_file.h"
#include "core/train/forecast.h"
#include "core/train/trainer.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

DataSource sine(int window = 20) {
    DataSource d;
    d.kind = DataSourceKind::Generator;
    d.generator.kind = GeneratorKind::Sine;
    d.window.window = window;
    return d;
}

NetworkConfig networkFor(CellType cell, int hidden = 16) {
    NetworkConfig c;
    c.cell = cell;
    c.hiddenSize = hidden;
    return c;
}

TrainingSettings settings(double lr, int epochs) {
    TrainingSettings s;
    s.optimizer.learningRate = lr;
    s.epochs = epochs;
    s.seed = 7;
    return s;
}

LrSchedule stepSchedule() {  // StepLR(step_size=2, gamma=0.5)
    LrSchedule s;
    s.kind = LrScheduleKind::Step;
    s.stepSize = 2;
    s.gamma = 0.5;
    return s;
}

LrSchedule cosineSchedule() {  // CosineAnnealingLR(T_max=4, eta_min=0.01)
    LrSchedule s;
    s.kind = LrScheduleKind::Cosine;
    s.tMax = 4;
    s.etaMin = 0.01;
    return s;
}

Trainer makeTrainer(CellType cell, const TrainingSettings& s, const DataSource& d = sine()) {
    return Trainer(networkFor(cell), s, buildTrainingData(d));
}

void runToEnd(Trainer& t) {
    while (!t.finished()) t.step();
}

std::vector<double> stepLosses(const Trainer& t) {
    std::vector<double> out;
    for (const StepRecord& r : t.history().steps.items()) out.push_back(r.loss);
    return out;
}

}  // namespace

class TestTrainer : public QObject {
    Q_OBJECT
private slots:
    void lossFallsTenfold_data() {
        QTest::addColumn<int>("cell");
        QTest::addRow("rnn") << int(CellType::Rnn);
        QTest::addRow("lstm") << int(CellType::Lstm);
        QTest::addRow("gru") << int(CellType::Gru);
    }
    void lossFallsTenfold() {
        QFETCH(int, cell);
        Trainer t = makeTrainer(CellType(cell), settings(0.01, 6));
        runToEnd(t);
        QCOMPARE(t.stopReason(), StopReason::EpochsDone);
        const double first = t.history().steps.items().front().loss;
        const double last = t.history().epochs.back().trainLoss;
        QVERIFY2(last * 10 < first, qPrintable(QString("%1 -> %2").arg(first).arg(last)));
        QVERIFY(*t.history().epochs.back().validationLoss * 10 < first);
    }

    void sameSeedSameRun() {
        Trainer a = makeTrainer(CellType::Gru, settings(0.01, 3));
        Trainer b = makeTrainer(CellType::Gru, settings(0.01, 3));
        runToEnd(a);
        runToEnd(b);
        QCOMPARE(stepLosses(a), stepLosses(b));
        QCOMPARE(a.weights().flat(), b.weights().flat());
        TrainingSettings other = settings(0.01, 3);
        other.seed = 8;
        Trainer c = makeTrainer(CellType::Gru, other);
        runToEnd(c);
        QVERIFY(stepLosses(a) != stepLosses(c));
    }

    // A tanh RNN at learning rate 100 blows up at once; the guard restores the weights of the
    // last good step and says what happened, and training can go on with a sane rate.
    void divergenceIsCaughtAndUndone() {
        Trainer t = makeTrainer(CellType::Rnn, settings(100, 5));
        const Vector<double> before = t.weights().flat();
        std::optional<StepRecord> first = t.step();
        QVERIFY(first);
        const Vector<double> afterFirst = t.weights().flat();
        runToEnd(t);
        QCOMPARE(t.stopReason(), StopReason::Diverged);
        QVERIFY(t.divergence());
        const Divergence& d = *t.divergence();
        QVERIFY(d.step >= 2);
        QVERIFY(t.weights().flat().allFinite());
        QCOMPARE(t.stepCount(), d.step - 1);
        QVERIFY(d.restoredStep < d.step);
        const std::string message = d.message();
        QVERIFY2(message.find("Training diverged at step " + std::to_string(d.step)) == 0,
                 message.c_str());
        QVERIFY2(
            message.find("rnn.") != std::string::npos || message.find("fc.") != std::string::npos,
            message.c_str());
        QVERIFY2(message.find("lower the learning rate (now 100)") != std::string::npos,
                 message.c_str());
        // Step 1's loss was sound but its update broke the weights (step 2's loss exploded):
        // back to the weights step 1 started from.
        if (d.step == 2) {
            QCOMPARE(d.restoredStep, 0LL);
            QCOMPARE(t.weights().flat(), before);
            QVERIFY(message.find("The initial weights were restored.") != std::string::npos);
        } else {
            QVERIFY(t.weights().flat() != afterFirst);
        }

        TrainingSettings calm = t.settings();
        calm.optimizer.learningRate = 0.01;
        t.setSettings(calm);
        t.resume();
        QVERIFY(t.step());
        QVERIFY(!t.divergence());
    }

    // With the loss-jump test off, huge SGD steps overflow to inf/NaN: the message names the
    // parameter whose gradient or value went non-finite.
    void nonFiniteValuesAreNamed() {
        TrainingSettings s = settings(1e30, 3);
        s.optimizer = OptimizerSettings::forKind(OptimizerKind::Sgd);
        s.optimizer.learningRate = 1e30;
        s.clip = false;
        s.divergenceFactor = 0;
        Trainer t = makeTrainer(CellType::Rnn, s);
        runToEnd(t);
        QCOMPARE(t.stopReason(), StopReason::Diverged);
        const std::string what = t.divergence()->what.english();
        QVERIFY2(what.find("non-finite") != std::string::npos ||
                     what.find("NaN") != std::string::npos ||
                     what.find("infinite") != std::string::npos,
                 what.c_str());
        QVERIFY(!t.divergence()->parameter.empty());
        QVERIFY(t.weights().flat().allFinite());
    }

    // Saved in the middle of an epoch, written to JSON, read back and continued: the same steps,
    // losses, epochs and weights as a run that never stopped (under a schedule, the same rate).
    void savedRunResumesExactly_data() {
        QTest::addColumn<LrSchedule>("schedule");
        QTest::addRow("constant") << LrSchedule{};
        QTest::addRow("step") << stepSchedule();
    }
    void savedRunResumesExactly() {
        QFETCH(LrSchedule, schedule);
        TrainingSettings s = settings(0.01, 4);
        s.schedule = schedule;
        Trainer whole = makeTrainer(CellType::Lstm, s);
        runToEnd(whole);

        Trainer first = makeTrainer(CellType::Lstm, s);
        const long long stopAt = whole.history().epochs[1].step + 5;  // inside the third epoch
        while (first.stepCount() < stopAt) first.step();
        const QByteArray json =
            experimentJson(captureExperiment(first, sine(), true), "run.rnnlab.json");
        const Experiment e = parseExperiment(json, "run.rnnlab.json");
        std::unique_ptr<Trainer> second = rnnlab::makeTrainer(e, "");
        QCOMPARE(second->stepCount(), stopAt);
        runToEnd(*second);

        QCOMPARE(stepLosses(*second), stepLosses(whole));
        QCOMPARE(second->weights().flat(), whole.weights().flat());
        QCOMPARE(second->history().epochs.size(), whole.history().epochs.size());
        for (size_t i = 0; i < whole.history().epochs.size(); ++i) {
            QCOMPARE(second->history().epochs[i].trainLoss, whole.history().epochs[i].trainLoss);
            QCOMPARE(*second->history().epochs[i].validationLoss,
                     *whole.history().epochs[i].validationLoss);
            QCOMPARE(second->history().epochs[i].learningRate,
                     whole.history().epochs[i].learningRate);
        }
        QCOMPARE(second->history().gradientProfiles.items().size(),
                 whole.history().gradientProfiles.items().size());
    }

    // The rate every step and every epoch of a run used, from lr 0.1, worked out in
    // tst_lr_schedule: StepLR halves it every second epoch; the cosine falls to eta_min at
    // T_max = 4 and rises again.
    void scheduleSetsTheRateOfEveryEpoch_data() {
        QTest::addColumn<LrSchedule>("schedule");
        QTest::addColumn<QVector<double>>("rates");
        QTest::addRow("step") << stepSchedule()
                              << QVector<double>{0.1, 0.1, 0.05, 0.05, 0.025, 0.025};
        QTest::addRow("cosine") << cosineSchedule() << QVector<double>{0.1,
                                                                       0.08681980515339464,
                                                                       0.05500000000000001,
                                                                       0.023180194846605363,
                                                                       0.01,
                                                                       0.023180194846605356};
    }
    void scheduleSetsTheRateOfEveryEpoch() {
        QFETCH(LrSchedule, schedule);
        QFETCH(QVector<double>, rates);
        TrainingSettings s = settings(0.1, int(rates.size()));
        s.optimizer = OptimizerSettings::forKind(OptimizerKind::Sgd);
        s.optimizer.learningRate = 0.1;
        s.schedule = schedule;
        Trainer t = makeTrainer(CellType::Rnn, s, sine(5));
        runToEnd(t);
        QCOMPARE(t.history().epochs.size(), size_t(rates.size()));
        for (const EpochRecord& e : t.history().epochs) QCOMPARE(e.learningRate, rates[e.epoch]);
        const std::vector<StepRecord>& steps = t.history().steps.items();
        QCOMPARE(static_cast<long long>(steps.size()), t.stepCount());
        for (const StepRecord& r : steps) QCOMPARE(r.learningRate, rates[r.epoch]);
        QCOMPARE(steps.back().epoch, int(rates.size()) - 1);
    }

    // New settings in the middle of a scheduled run: the new base rate, at the schedule's
    // factor for the current epoch (the third: 0.5 under StepLR(2, 0.5)).
    void newSettingsKeepTheScheduledRate() {
        TrainingSettings s = settings(0.1, 4);
        s.schedule = stepSchedule();
        Trainer t = makeTrainer(CellType::Rnn, s, sine(5));
        while (t.epoch() < 2) t.step();
        QCOMPARE(t.step()->learningRate, 0.05);
        s.optimizer.learningRate = 0.2;
        t.setSettings(s);
        QCOMPARE(t.step()->learningRate, 0.1);
    }

    void historyStaysBounded() {
        DecimatedSeries<StepRecord> series(100);
        for (long long step = 1; step <= 100000; ++step)
            series.add(StepRecord{step, 0, 1.0 / step});
        QVERIFY(series.items().size() <= 100);
        QVERIFY(series.items().size() >= 50);
        const long long stride = series.stride();
        QVERIFY(stride >= 1000);
        for (size_t i = 0; i < series.items().size(); ++i)
            QCOMPARE(series.items()[i].step, static_cast<long long>(i + 1) * stride);
        QVERIFY(series.items().back().step > 100000 - stride);
    }

    void tracesAreRecordedEveryNSteps() {
        TrainingSettings s = settings(0.01, 1);
        s.traceEvery = 5;
        Trainer t = makeTrainer(CellType::Lstm, s);
        runToEnd(t);
        const auto& profiles = t.history().gradientProfiles.items();
        QCOMPARE(profiles.front().step, 0LL);  // the untrained network
        QCOMPARE(profiles.size(), size_t(1 + t.stepCount() / 5));
        QCOMPARE(profiles.back().dhNorm.front().size(), size_t(20));  // one norm per time step
        QVERIFY(t.latestTrace());
        QCOMPARE(t.latestTrace()->steps, Index(20));
        QVERIFY(t.latestTrace()->layers.front().dh.size() > 0);
    }

    void forecastShapes() {
        Trainer t = makeTrainer(CellType::Gru, settings(0.01, 2));
        runToEnd(t);
        const auto& data = dynamic_cast<const WindowedDataset&>(t.data());
        const ForecastSet f = computeForecasts(t.network(), data);
        QVERIFY(f.validation && f.test && f.closedLoop);
        QCOMPARE(Index(f.validation->rows.size()), data.count(Split::Validation));
        QCOMPARE(f.validation->rows.front(),
                 data.targetRow(data.samples(Split::Validation).front()));
        const Index start = data.partBegin(Split::Validation);
        QCOMPARE(Index(f.closedLoop->rows.size()), data.series().rows() - start);
        for (size_t i = 0; i < f.closedLoop->rows.size(); ++i) {
            QCOMPARE(f.closedLoop->rows[i], start + Index(i));
            QVERIFY(std::isfinite(f.closedLoop->predicted[i]));
        }
        // In data units: the sine's amplitude is 1, so the actual values stay within it.
        for (double v : f.test->actual) QVERIFY(std::abs(v) <= 1.0 + 1e-9);
    }

    void settingsChangeBetweenSteps() {
        Trainer t = makeTrainer(CellType::Rnn, settings(0.01, 2));
        QCOMPARE(t.step()->learningRate, 0.01);
        TrainingSettings s = t.settings();
        s.optimizer.learningRate = 0.002;
        s.clip = false;
        t.setSettings(s);
        const std::optional<StepRecord> r = t.step();
        QCOMPARE(r->learningRate, 0.002);
        QCOMPARE(r->gradNormAfter, r->gradNormBefore);
    }

    // Weights that no longer change cannot improve the validation loss: with patience 1 the run
    // stops after the second epoch.
    void earlyStoppingWhenNothingImproves() {
        TrainingSettings s = settings(1e-30, 10);
        s.earlyStoppingPatience = 1;
        Trainer t = makeTrainer(CellType::Gru, s);
        runToEnd(t);
        QCOMPARE(t.stopReason(), StopReason::EarlyStopped);
        QCOMPARE(t.epoch(), 2);
    }

    // A random walk, a short training part and a rate too large: the validation loss falls
    // to 4.04 after the fifth epoch, then rises to 4.66 and 4.68. With patience 2 the run stops
    // after the seventh and goes back to the weights of the fifth, which an identical run
    // without early stopping had after that epoch; the weights it stopped with were worse.
    void earlyStoppingRestoresTheBestWeights() {
        TrainingSettings s = settings(0.02, 12);
        s.clip = false;
        DataSource walk = sine(10);
        walk.generator.kind = GeneratorKind::RandomWalk;
        walk.split = SplitSpec{0.2, 0.3};
        Trainer full = makeTrainer(CellType::Gru, s, walk);
        std::vector<Vector<double>> weightsAfterEpoch;
        while (!full.finished()) {
            const int epoch = full.epoch();
            full.step();
            if (full.epoch() != epoch) weightsAfterEpoch.push_back(full.weights().flat());
        }
        s.earlyStoppingPatience = 2;
        Trainer stopped = makeTrainer(CellType::Gru, s, walk);
        runToEnd(stopped);
        QCOMPARE(stopped.stopReason(), StopReason::EarlyStopped);

        const std::vector<EpochRecord>& epochs = stopped.history().epochs;
        const int last = stopped.epoch() - 1;
        const int best = last - 2;  // then two epochs without improvement
        QVERIFY2(best >= 1, qPrintable(QString("stopped after epoch %1").arg(last + 1)));
        QCOMPARE(last, 6);
        for (int e = 0; e <= last; ++e)
            if (e != best)
                QVERIFY(*epochs[size_t(e)].validationLoss > *epochs[size_t(best)].validationLoss);
        QCOMPARE(stopped.weights().flat(), weightsAfterEpoch[size_t(best)]);
        QVERIFY(stopped.weights().flat() != weightsAfterEpoch[size_t(last)]);
        QCOMPARE(*stopped.evaluate(Split::Validation).loss, *epochs[size_t(best)].validationLoss);
    }

    void networkMustFitTheData() {
        NetworkConfig c = networkFor(CellType::Lstm);
        c.inputSize = 3;
        try {
            Trainer t(c, settings(0.01, 1), buildTrainingData(sine()));
            QFAIL("accepted");
        } catch (const ConfigError& e) {
            QCOMPARE(QString(e.what()),
                     QString("the network has input size 3 but the data has 1 input columns"));
        }
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestTrainer)
}  // namespace RNNLAB_TEST_FILE

#include "tst_trainer.moc"
