// What the trainer records for the gradient view: the Jacobian products and the recurrent
// weight norms of every trace at classroom sizes (of every 2^k-th trace for large networks),
// consistent with the trace and weights of that step, in bounded memory, kept by the
// experiment file, and the same whether computed inline or deferred to another thread.
#include <QJsonDocument>
#include <cmath>
#include <limits>

#include "test_main.h"
#include "core/analysis/analysis_schedule.h"
#include "core/analysis/recurrent_weight_norms.h"
#include "core/analysis/state_jacobian.h"
#include "core/base/errors.h"
#include "core/io/experiment_file.h"
#include "core/io/training_json.h"
#include "core/train/trainer.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

DataSource sine() {
    DataSource d;
    d.kind = DataSourceKind::Generator;
    d.generator.kind = GeneratorKind::Sine;
    d.window.window = 12;
    return d;
}

NetworkConfig network(CellType cell, int layers = 1) {
    NetworkConfig c;
    c.cell = cell;
    c.hiddenSize = 6;
    c.numLayers = layers;
    return c;
}

TrainingSettings settings(int traceEvery, int epochs = 1000) {
    TrainingSettings s;
    s.optimizer.learningRate = 0.01;
    s.epochs = epochs;
    s.seed = 3;
    s.traceEvery = traceEvery;
    s.batchSize = 256;  // steps dear enough for the analyses at every trace (analysis_schedule.h)
    return s;
}

Trainer makeTrainer(CellType cell, int traceEvery, int epochs = 1000, int layers = 1,
                    AnalysisMode mode = AnalysisMode::Inline) {
    return Trainer(network(cell, layers), settings(traceEvery, epochs), buildTrainingData(sine()),
                   mode);
}

// What another thread does with a deferred trainer's jobs: runs them, and gives the results back
// later, the newest first.
struct AnalysisThreadStandIn {
    std::vector<std::shared_ptr<const AnalysisJob>> out;
    void collect(Trainer& t) {
        for (auto& job : t.takeAnalysisJobs()) out.push_back(job);
    }
    void giveBack(Trainer& t) {
        for (auto it = out.rbegin(); it != out.rend(); ++it) t.completeAnalysis(runAnalysis(**it));
        out.clear();
    }
};

template <typename Record, typename Same>
bool sameSeries(const DecimatedSeries<Record>& a, const DecimatedSeries<Record>& b, Same same) {
    if (a.stride() != b.stride() || a.items().size() != b.items().size()) return false;
    for (size_t i = 0; i < a.items().size(); ++i)
        if (a.items()[i].step != b.items()[i].step || !same(a.items()[i], b.items()[i]))
            return false;
    return true;
}

bool sameEpochs(const std::vector<EpochRecord>& a, const std::vector<EpochRecord>& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i].step != b[i].step || a[i].trainLoss != b[i].trainLoss ||
            a[i].validationLoss != b[i].validationLoss || a[i].testLoss != b[i].testLoss ||
            a[i].validation.rmse != b[i].validation.rmse || a[i].test.mae != b[i].test.mae)
            return false;
    }
    return true;
}

template <typename Record>
std::vector<long long> stepsOf(const DecimatedSeries<Record>& series) {
    std::vector<long long> out;
    for (const Record& r : series.items()) out.push_back(r.step);
    return out;
}

// Equal, with NaN equal to NaN (a non-finite value survives a file as NaN).
bool sameTables(const std::vector<std::vector<double>>& a,
                const std::vector<std::vector<double>>& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i].size() != b[i].size()) return false;
        for (size_t j = 0; j < a[i].size(); ++j)
            if (!(a[i][j] == b[i][j] || (std::isnan(a[i][j]) && std::isnan(b[i][j])))) return false;
    }
    return true;
}

TrainerState roundTrip(const TrainerState& state) {
    QJsonObject training = trainerStateJson(state);
    return *parseTrainerState(training, JsonPath("run.rnnlab.json", "training"));
}

}  // namespace

class TestTrainerAnalysis : public QObject {
    Q_OBJECT
private slots:
    void recordedWithEveryGradientProfile_data() {
        QTest::addColumn<int>("cell");
        QTest::addRow("rnn") << int(CellType::Rnn);
        QTest::addRow("lstm") << int(CellType::Lstm);
        QTest::addRow("gru") << int(CellType::Gru);
    }
    void recordedWithEveryGradientProfile() {
        QFETCH(int, cell);
        Trainer t = makeTrainer(CellType(cell), 4, 2, 2);
        while (!t.finished()) t.step();
        const TrainingHistory& h = t.history();
        QCOMPARE(stepsOf(h.jacobianProfiles), stepsOf(h.gradientProfiles));
        QCOMPARE(stepsOf(h.recurrentNorms), stepsOf(h.gradientProfiles));
        QCOMPARE(h.jacobianProfiles.items().front().step, 0LL);
        QCOMPARE(h.jacobianProfiles.items().size(), size_t(1 + t.stepCount() / 4));
        const int G = gateCount(CellType(cell));
        for (const RecurrentNormRecord& r : h.recurrentNorms.items()) {
            QCOMPARE(r.spectralRadius.size(), size_t(2));
            QCOMPARE(r.largestSingularValue.size(), size_t(2));
            for (int k = 0; k < 2; ++k) {
                QCOMPARE(r.spectralRadius[k].size(), size_t(G));
                for (int g = 0; g < G; ++g)
                    QVERIFY(r.spectralRadius[k][g] <= r.largestSingularValue[k][g] * (1 + 1e-12));
            }
        }
        for (const JacobianProfileRecord& r : h.jacobianProfiles.items()) {
            QCOMPARE(r.norm.size(), size_t(2));
            QCOMPARE(r.norm[1].size(), size_t(12));
            QCOMPARE(r.norm[0].back(), 1.0);
        }
    }

    // The last record describes the latest trace with the weights it was traced with.
    void lastRecordMatchesTheLatestTrace() {
        Trainer t = makeTrainer(CellType::Lstm, 5);
        while (t.stepCount() < 20) t.step();
        const Parameters<double> w = t.weights();
        const JacobianProfileRecord& j = t.history().jacobianProfiles.items().back();
        QCOMPARE(j.step, 20LL);
        QCOMPARE(j.norm, jacobianProductNorms(*t.latestTrace(), w));
        const RecurrentNormRecord& r = t.history().recurrentNorms.items().back();
        const RecurrentWeightNorms n = recurrentWeightNorms(w, t.networkConfig());
        QCOMPARE(r.step, 20LL);
        for (int g = 0; g < 4; ++g) {
            QVERIFY(std::abs(r.spectralRadius[0][g] - n.spectralRadius[0][g]) < 1e-5);
            QVERIFY(std::abs(r.largestSingularValue[0][g] - n.largestSingularValue[0][g]) < 1e-5);
        }
    }

    void noTracingRecordsOnlyTheStart() {
        Trainer t = makeTrainer(CellType::Gru, 0);
        for (int i = 0; i < 10; ++i) t.step();
        QCOMPARE(stepsOf(t.history().jacobianProfiles), std::vector<long long>{0});
        QCOMPARE(stepsOf(t.history().recurrentNorms), std::vector<long long>{0});
    }

    // Tracing at every step for long: never more than 400 records, evenly spaced at the
    // analysis interval or the series' stride (both powers of 2), the newest ones kept.
    void historyStaysBounded() {
        Trainer t = makeTrainer(CellType::Rnn, 1);
        while (t.stepCount() < 3000) t.step();
        const auto& j = t.history().jacobianProfiles;
        const auto& r = t.history().recurrentNorms;
        QVERIFY(j.items().size() <= 400 && j.items().size() >= 200);
        QCOMPARE(stepsOf(r), stepsOf(j));
        const long long every =
            heavyAnalysisEvery(t.networkConfig(), t.data().steps(), t.settings().batchSize, 1);
        const long long spacing = std::max(every, j.stride());
        for (size_t i = 1; i < j.items().size(); ++i)
            QCOMPARE(j.items()[i].step - j.items()[i - 1].step, spacing);
        QVERIFY(j.items().back().step > 3000 - spacing);
    }

    // The analyses come at every 2^k-th trace, keeping them within a tenth of the training they
    // describe. By the shapes alone. Worked by hand for an LSTM H = 16, T = 20, B = 32:
    //   training step  6·B·T·G·H·(I + H) = 6·32·20·4·16·17 = 4,177,920
    //   analyses       (G·(150 + 60)·H³ + 18·H³·T)·(1 + 32/H) = (3,440,640 + 1,474,560)·3
    //                  = 14,745,600
    //   every 10: 0.1 · 4,177,920 · 10 = 4.2e6 < 14.7e6; every 20: 8.4e6 <; every 40: 16.7e6 ≥.
    void heavyAnalysesKeepToTheirShare() {
        NetworkConfig small = network(CellType::Lstm);
        small.hiddenSize = 16;
        QCOMPARE(heavyAnalysisCost(small, 20), 14745600.0);
        QCOMPARE(heavyAnalysisEvery(small, 20, 32, 10), 40LL);
        QCOMPARE(heavyAnalysisEvery(small, 20, 256, 10), 10LL);
        QCOMPARE(heavyAnalysisEvery(small, 20, 32, 0), 0LL);
        NetworkConfig large = small;
        large.hiddenSize = 512;
        const long long every = heavyAnalysisEvery(large, 20, 32, 10);
        QVERIFY2(every >= 80, std::to_string(every).c_str());
        QCOMPARE(every % 10, 0LL);
        const long long k = every / 10;
        QCOMPARE(k & (k - 1), 0LL);  // a power of 2
        QVERIFY(heavyAnalysisCost(large, 20) <=
                kHeavyAnalysisShare * trainingStepCost(large, 20, 32) * double(every));
        QVERIFY(heavyAnalysisCost(large, 20) >
                kHeavyAnalysisShare * trainingStepCost(large, 20, 32) * double(every / 2));
        // Larger batches and longer windows make training dearer: analyses come as often or more.
        QVERIFY(heavyAnalysisEvery(large, 20, 256, 10) <= every);
    }

    // The free-running errors, worked by hand for an LSTM H = 16 (W = 4·16·(1 + 16) = 1088
    // weights), T = 20, B = 32, 680 training windows (22 steps an epoch) and 300 forecast rows:
    // an epoch trains 22 · 6·32·20·W = 91.9M flops; the forecast costs 3 · 300 · 2·20·W =
    // 39.2M, 0.43 of it, so within a tenth every 8th epoch (73.5M ≥ 39.2M > 36.8M).
    void freeRunningKeepsToItsShare() {
        NetworkConfig n = network(CellType::Lstm);
        n.hiddenSize = 16;
        QCOMPARE(freeRunningEvery(n, 20, 32, 680, 300), 8);
        QCOMPARE(freeRunningEvery(n, 20, 32, 680, 10), 1);  // a short forecast: every epoch
        QCOMPARE(freeRunningEvery(n, 20, 32, 680, 0), 1);
        // Twice the training windows make the epoch twice as dear: half the interval.
        QCOMPARE(freeRunningEvery(n, 20, 32, 1360, 300), 4);
    }

    // Deferred to another thread, whose results come back late and out of order, the run
    // records exactly what it records inline; its state, pending jobs included, is the same.
    void deferredEqualsInline_data() {
        QTest::addColumn<int>("cell");
        QTest::addColumn<int>("patience");
        QTest::addRow("lstm") << int(CellType::Lstm) << 0;
        QTest::addRow("gru, early stopping") << int(CellType::Gru) << 2;
    }
    void deferredEqualsInline() {
        QFETCH(int, cell);
        QFETCH(int, patience);
        TrainingSettings s = settings(3, 40);
        s.earlyStoppingPatience = patience;
        s.optimizer.learningRate = 0.05;
        const auto data = buildTrainingData(sine());
        Trainer inlined(network(CellType(cell), 2), s, data);
        Trainer deferred(network(CellType(cell), 2), s, data, AnalysisMode::Deferred);
        AnalysisThreadStandIn thread;
        for (int i = 0; i < 400 && !inlined.finished(); ++i) {
            inlined.step();
            deferred.step();
            thread.collect(deferred);
            if (i % 7 == 6) thread.giveBack(deferred);
            if (i == 150) {  // mid-run: the saved state already holds what is still out
                const TrainerState a = inlined.state(), b = deferred.state();
                QVERIFY(sameEpochs(b.history.epochs, a.history.epochs));
                QCOMPARE(b.bestWeights, a.bestWeights);
                QCOMPARE(b.progress.bestValidation, a.progress.bestValidation);
                QCOMPARE(stepsOf(b.history.recurrentNorms), stepsOf(a.history.recurrentNorms));
            }
        }
        QCOMPARE(deferred.stopReason(), inlined.stopReason());
        QCOMPARE(deferred.stepCount(), inlined.stepCount());
        thread.giveBack(deferred);
        QCOMPARE(deferred.pendingAnalyses(), size_t(0));
        const TrainingHistory& a = inlined.history();
        const TrainingHistory& b = deferred.history();
        QVERIFY(sameEpochs(b.epochs, a.epochs));
        QVERIFY(sameSeries(b.gradientProfiles, a.gradientProfiles,
                           [](const auto& x, const auto& y) { return x.dhNorm == y.dhNorm; }));
        QCOMPARE(deferred.latestTrace()->layers[0].dh, inlined.latestTrace()->layers[0].dh);
        QVERIFY(sameSeries(b.jacobianProfiles, a.jacobianProfiles,
                           [](const auto& x, const auto& y) { return x.norm == y.norm; }));
        QVERIFY(sameSeries(b.recurrentNorms, a.recurrentNorms, [](const auto& x, const auto& y) {
            return x.spectralRadius == y.spectralRadius &&
                   x.largestSingularValue == y.largestSingularValue;
        }));
        QCOMPARE(deferred.state().bestWeights, inlined.state().bestWeights);
        QCOMPARE(deferred.weights().flat(), inlined.weights().flat());
    }

    // New weights drop the jobs of the old ones: a late result cannot land in the new history.
    void newWeightsDropOldJobs() {
        Trainer t = makeTrainer(CellType::Rnn, 2, 1000, 1, AnalysisMode::Deferred);
        for (int i = 0; i < 10; ++i) t.step();
        const auto jobs = t.takeAnalysisJobs();
        QVERIFY(!jobs.empty());
        t.reinitialise();
        const size_t fresh = t.pendingAnalyses();  // the new weights' step-0 analyses
        for (const auto& job : jobs) t.completeAnalysis(runAnalysis(*job));
        QCOMPARE(t.pendingAnalyses(), fresh);
        QVERIFY(t.history().jacobianProfiles.items().empty());
        // A run handed to another thread again hands its pending jobs out again.
        const auto first = t.takeAnalysisJobs();
        QVERIFY(t.takeAnalysisJobs().empty());
        t.handOutAnalysesAgain();
        QCOMPARE(t.takeAnalysisJobs().size(), first.size());
    }

    // Too many jobs out: the trainer does the oldest itself, so memory stays bounded.
    void pendingJobsStayBounded() {
        Trainer t = makeTrainer(CellType::Rnn, 1, 1000, 1, AnalysisMode::Deferred);
        for (int i = 0; i < 1000; ++i) t.step();
        QVERIFY(t.pendingAnalyses() <= kAnalysisKinds * Trainer::kMaxPendingAnalyses);
        QVERIFY(!t.history().epochs.empty());
    }

    // Saved with the experiment and read back: the same records, strides and values.
    void experimentFileKeepsTheSeries() {
        Trainer t = makeTrainer(CellType::Lstm, 3);
        while (t.stepCount() < 30) t.step();
        const QByteArray json =
            experimentJson(captureExperiment(t, sine(), true), "run.rnnlab.json");
        const Experiment e = parseExperiment(json, "run.rnnlab.json");
        QVERIFY(e.state);
        const TrainingHistory& a = t.history();
        const TrainingHistory& b = e.state->history;
        QCOMPARE(b.jacobianProfiles.stride(), a.jacobianProfiles.stride());
        QCOMPARE(b.recurrentNorms.stride(), a.recurrentNorms.stride());
        QCOMPARE(b.jacobianProfiles.items().size(), a.jacobianProfiles.items().size());
        QCOMPARE(b.recurrentNorms.items().size(), a.recurrentNorms.items().size());
        for (size_t i = 0; i < a.jacobianProfiles.items().size(); ++i) {
            QCOMPARE(b.jacobianProfiles.items()[i].step, a.jacobianProfiles.items()[i].step);
            QCOMPARE(b.jacobianProfiles.items()[i].norm, a.jacobianProfiles.items()[i].norm);
            QCOMPARE(b.recurrentNorms.items()[i].spectralRadius,
                     a.recurrentNorms.items()[i].spectralRadius);
            QCOMPARE(b.recurrentNorms.items()[i].largestSingularValue,
                     a.recurrentNorms.items()[i].largestSingularValue);
        }
        // A resumed run goes on recording after what it read.
        std::unique_ptr<Trainer> resumed = rnnlab::makeTrainer(e, "");
        while (resumed->stepCount() < 36) resumed->step();
        while (t.stepCount() < 36) t.step();
        QCOMPARE(stepsOf(resumed->history().jacobianProfiles),
                 stepsOf(t.history().jacobianProfiles));
        QCOMPARE(resumed->history().jacobianProfiles.items().back().norm,
                 t.history().jacobianProfiles.items().back().norm);
    }

    // A diverged network's norms (inf, NaN) are written as null and come back as NaN.
    void nonFiniteValuesSurviveAsNaN() {
        TrainerState s;
        const double inf = std::numeric_limits<double>::infinity();
        const double nan = std::numeric_limits<double>::quiet_NaN();
        s.history.jacobianProfiles.add({0, {{inf, 2.5, 1.0}}});
        s.history.recurrentNorms.add({0, {{nan, 0.5}}, {{1.5, inf}}});
        const TrainerState back = roundTrip(s);
        QVERIFY(sameTables(back.history.jacobianProfiles.items()[0].norm, {{nan, 2.5, 1.0}}));
        QVERIFY(sameTables(back.history.recurrentNorms.items()[0].spectralRadius, {{nan, 0.5}}));
        QVERIFY(
            sameTables(back.history.recurrentNorms.items()[0].largestSingularValue, {{1.5, nan}}));
    }

    // Files written before these series existed still load; a wrong field is named.
    void olderFilesAndErrors() {
        TrainerState s;
        s.history.jacobianProfiles.add({0, {{1.0}}});
        QJsonObject training = trainerStateJson(s);
        QJsonObject history = training["history"].toObject();
        history.remove("jacobian_profiles");
        history.remove("recurrent_norms");
        training["history"] = history;
        const JsonPath at("e.rnnlab.json", "training");
        QVERIFY(parseTrainerState(training, at)->history.jacobianProfiles.items().empty());

        history["jacobian_profiles"] = QJsonObject{
            {"stride", 1}, {"rows", QJsonArray{QJsonObject{{"step", 0}, {"norm", "x"}}}}};
        training["history"] = history;
        try {
            parseTrainerState(training, at);
            QFAIL("accepted a string as a table");
        } catch (const FileError& e) {
            QVERIFY2(QString(e.what()).contains("training.history.jacobian_profiles.rows[0].norm"),
                     e.what());
        }
        history["jacobian_profiles"] = QJsonObject{
            {"stride", 1}, {"rows", QJsonArray{QJsonObject{{"step", 0}, {"norms", QJsonArray{}}}}}};
        training["history"] = history;
        try {
            parseTrainerState(training, at);
            QFAIL("accepted an unknown field");
        } catch (const FileError& e) {
            QVERIFY2(QString(e.what()).contains("jacobian_profiles.rows[0].norms: unknown field"),
                     e.what());
        }
    }
};

RNNLAB_TEST_APPLESS_MAIN(TestTrainerAnalysis)
}  // namespace RNNLAB_TEST_FILE

#include "tst_trainer_analysis.moc"
