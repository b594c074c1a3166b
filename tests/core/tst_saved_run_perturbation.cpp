// A property of every saved run: whatever a hand edit does to "training.state" and
// "training.history", `rnnlab-cli train --experiment` either trains on (exit 0, or 3 when the
// edited numbers make it diverge; the file it writes reads back) or refuses the file with a
// message naming the field (exit 1) — never a signal, an abort or an "internal error".
//
// Valid runs of several kinds (each cell, optimizer, output mode, a sequence task with
// classes; in the middle of an epoch and between epochs) are saved by the engine, then each is
// perturbed many times with fixed seeds: a number replaced by an edge value, an element of an
// array removed, duplicated or added, a value of another type, a field removed or added. Each
// perturbed file runs in a child process, so that a crash shows as a signal, not as the end of
// this test.
#include <random>

#include "test_main.h"
#include "core/io/experiment_file.h"
#include "core/train/data_source.h"
#include "core/train/trainer.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

// A place in a JSON document: object keys and array indices from the top.
struct PathStep {
    QString key;     // for an object
    int index = -1;  // for an array
};
using JsonPlace = std::vector<PathStep>;

QString describe(const JsonPlace& place) {
    QString text;
    for (const PathStep& s : place)
        text += s.index >= 0 ? QStringLiteral("[%1]").arg(s.index) : "." + s.key;
    return text.mid(1);
}

QJsonValue child(const QJsonValue& v, const PathStep& s) {
    return s.index >= 0 ? v.toArray().at(s.index) : v.toObject().value(s.key);
}

// `root` with the value at `place` replaced by change(old value) (removed when that is
// undefined); unchanged when there is no value at `place`.
template <typename Change>
QJsonValue changedAt(const QJsonValue& root, const JsonPlace& place, std::size_t depth,
                     Change change) {
    if (depth == place.size()) return change(root);
    const PathStep& s = place[depth];
    const bool exists = s.index >= 0 ? root.isArray() && s.index < root.toArray().size()
                                     : root.isObject() && root.toObject().contains(s.key);
    if (!exists) return root;  // an earlier edit removed it
    const QJsonValue inner = changedAt(child(root, s), place, depth + 1, change);
    if (s.index >= 0) {
        QJsonArray a = root.toArray();
        a[s.index] = inner;
        return a;
    }
    QJsonObject o = root.toObject();
    if (inner.isUndefined())
        o.remove(s.key);
    else
        o.insert(s.key, inner);
    return o;
}

// Every value under `value`; of a long array (weights, buffers, the order) only a few elements,
// so that the perturbations spread over the fields rather than over the numbers of one buffer.
void collectPlaces(const QJsonValue& value, JsonPlace& place, std::vector<JsonPlace>& out) {
    out.push_back(place);
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            place.push_back({it.key(), -1});
            collectPlaces(it.value(), place, out);
            place.pop_back();
        }
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        const int n = int(a.size());
        for (int i = 0; i < n; ++i) {
            if (n > 8 && i > 1 && i < n - 2 && i != n / 2) continue;
            place.push_back({{}, i});
            collectPlaces(a.at(i), place, out);
            place.pop_back();
        }
    }
}

class Perturber {
public:
    explicit Perturber(unsigned seed) : m_random(seed) {}

    int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_random); }

    // One edit of the value: what a student's text editor might leave.
    QJsonValue edit(const QJsonValue& v) {
        static const double kNumbers[] = {-1,
                                          0,
                                          1,
                                          2,
                                          3,
                                          4,
                                          7,
                                          8,
                                          23,
                                          24,
                                          25,
                                          91,
                                          0.5,
                                          -0.5,
                                          1e300,
                                          -1e300,
                                          1e18,
                                          4e15,
                                          9007199254740992.0,
                                          65536,
                                          1e-300};
        static const char* const kTexts[] = {"",   "x",      "0000000000000000", "ffffffffffffffff",
                                             "-1", "exp_avg"};
        switch (below(v.isArray() || v.isObject() ? 3 : 4)) {
            case 0: {  // another type
                const QJsonValue others[] = {QJsonValue(), QJsonValue("x"), QJsonValue(true),
                                             QJsonObject(), QJsonArray()};
                return others[below(5)];
            }
            case 1:
                if (v.isArray()) return editArray(v.toArray());
                if (v.isObject()) return editObject(v.toObject());
                if (v.isString()) return QString::fromLatin1(kTexts[below(6)]);
                if (v.isBool()) return !v.toBool();
                return kNumbers[below(int(std::size(kNumbers)))];
            case 2:
                return v.isArray() || v.isObject() ? QJsonValue(QJsonValue::Undefined)  // removed
                                                   : QJsonValue(v.toDouble() + 1);
            default:
                return v.isDouble() ? QJsonValue(v.toDouble() - 1) : QJsonValue(1);
        }
    }

private:
    QJsonValue editArray(QJsonArray a) {
        const int n = int(a.size());
        switch (below(5)) {
            case 0:
                if (n > 0) a.removeAt(below(n));
                return a;
            case 1:
                if (n > 0) a.insert(below(n), a.at(below(n)));
                return a;
            case 2:
                a.append(n > 0 && below(2) ? a.at(below(n)) : QJsonValue(below(3) ? 5 : -5));
                return a;
            case 3:
                return QJsonArray();
            default:
                if (n > 1) {
                    const QJsonValue first = a.at(0);
                    a[0] = a.at(n - 1);
                    a[n - 1] = first;
                }
                return a;
        }
    }
    QJsonValue editObject(QJsonObject o) {
        if (o.isEmpty() || below(3) == 0) {
            o.insert("extra", 1);
        } else {
            o.remove(o.keys().at(below(int(o.size()))));
        }
        return o;
    }

    std::mt19937 m_random;
};

// A run of `steps` steps of a small experiment, saved as a file.
struct BaseRun {
    const char* name;
    CellType cell;
    int layers;
    OptimizerKind optimizer;
    GeneratorKind data;
    WindowMode mode;
    int steps;  // 3 steps make one epoch of the series data below
};

const BaseRun kBaseRuns[] = {
    {"lstm_adam_mid_epoch", CellType::Lstm, 2, OptimizerKind::Adam, GeneratorKind::Sine,
     WindowMode::ManyToOne, 2},
    {"gru_sgd_between_epochs", CellType::Gru, 1, OptimizerKind::Sgd, GeneratorKind::SumOfSines,
     WindowMode::ManyToMany, 6},
    {"rnn_rmsprop_patience", CellType::Rnn, 2, OptimizerKind::RmsProp, GeneratorKind::Sawtooth,
     WindowMode::ManyToOne, 7},
    {"lstm_adagrad_classes", CellType::Lstm, 1, OptimizerKind::Adagrad,
     GeneratorKind::RememberFirst, WindowMode::ManyToOne, 2},
    {"gru_adam_adding", CellType::Gru, 2, OptimizerKind::Adam, GeneratorKind::AddingProblem,
     WindowMode::ManyToOne, 4},
};

DataSource dataFor(const BaseRun& run) {
    DataSource d;
    d.kind = DataSourceKind::Generator;
    d.generator.kind = run.data;
    if (run.data == GeneratorKind::RememberFirst) {
        d.generator.parameters = {{"sequences", 40}, {"delay", 3}, {"classes", 3}};
    } else if (run.data == GeneratorKind::AddingProblem) {
        d.generator.parameters = {{"sequences", 40}, {"length", 6}};
    } else {
        d.generator.parameters = {{"length", 40}};
        d.window.window = 4;
        d.window.mode = run.mode;
    }
    return d;
}

void saveBaseRun(const BaseRun& run, const QString& path) {
    const DataSource data = dataFor(run);
    const std::shared_ptr<const TrainingData> dataset = buildTrainingData(data);
    NetworkConfig net;
    net.cell = run.cell;
    net.nonlinearity = run.cell == CellType::Rnn ? Nonlinearity::Relu : Nonlinearity::Tanh;
    net.numLayers = run.layers;
    net.hiddenSize = 3;
    net.inputSize = int(dataset->inputSize());
    net.outputSize = int(dataset->outputSize());
    net.output = dataset->perStepTargets() ? OutputMode::Sequence : OutputMode::Last;
    net.loss = dataset->classification() ? LossKind::CrossEntropy : LossKind::Mse;
    TrainingSettings s;
    s.optimizer = OptimizerSettings::forKind(run.optimizer);
    s.optimizer.momentum = run.optimizer == OptimizerKind::Adagrad ? 0.0 : 0.5;
    s.optimizer.centered = true;
    s.optimizer.amsgrad = true;
    s.batchSize = 8;
    s.traceEvery = 2;
    s.earlyStoppingPatience = 3;
    Trainer t(net, s, dataset);
    for (int i = 0; i < run.steps; ++i) QVERIFY(t.step().has_value());
    saveTrainer(path.toStdString(), t, data);
}

QJsonObject readObject(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

void writeObject(const QString& path, const QJsonObject& o) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(o).toJson());
}

}  // namespace

class TestSavedRunPerturbation : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void perturbedRunsTrainOrNameTheField_data();
    void perturbedRunsTrainOrNameTheField();
};

void TestSavedRunPerturbation::perturbedRunsTrainOrNameTheField_data() {
    QTest::addColumn<int>("base");
    for (int b = 0; b < int(std::size(kBaseRuns)); ++b) QTest::newRow(kBaseRuns[b].name) << b;
}

void TestSavedRunPerturbation::perturbedRunsTrainOrNameTheField() {
    QFETCH(int, base);
    constexpr int kPerturbations = 80;
    const BaseRun& run = kBaseRuns[base];
    const QString basePath = m_dir.filePath(QString(run.name) + ".rnnlab.json");
    saveBaseRun(run, basePath);
    const QJsonObject original = readObject(basePath);
    const QJsonValue training = original.value("training");
    QVERIFY(training.toObject().contains("state"));

    std::vector<JsonPlace> places;
    for (const char* section : {"state", "history"}) {
        JsonPlace place{{"training", -1}, {section, -1}};
        collectPlaces(training.toObject().value(section), place, places);
    }
    QVERIFY(places.size() > 50);

    Perturber perturb(unsigned(1000 + base));
    int trained = 0, refused = 0;
    for (int k = 0; k < kPerturbations; ++k) {
        QJsonValue edited = original;
        QStringList what;
        for (int e = 0, edits = 1 + perturb.below(2); e < edits; ++e) {
            const JsonPlace& place = places[std::size_t(perturb.below(int(places.size())))];
            edited =
                changedAt(edited, place, 0, [&](const QJsonValue& v) { return perturb.edit(v); });
            what << describe(place);
        }
        const QString file =
            m_dir.filePath(QStringLiteral("%1_%2.rnnlab.json").arg(run.name).arg(k));
        const QString out = m_dir.filePath("out.rnnlab.json");
        QFile::remove(out);
        writeObject(file, edited.toObject());

        QProcess cli;
        cli.start(RNNLAB_CLI_PATH,
                  {"train", "--experiment", file, "--epochs", "1", "--quiet", "--out", out});
        QVERIFY(cli.waitForFinished(120000));
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        const QString context = QStringLiteral("%1 (edited: %2): exit %3: %4")
                                    .arg(file, what.join(", "))
                                    .arg(cli.exitCode())
                                    .arg(err);
        QVERIFY2(cli.exitStatus() == QProcess::NormalExit, qPrintable("crashed: " + context));
        QVERIFY2(!err.contains("internal error"), qPrintable(context));
        const int code = cli.exitCode();
        if (code == 0 || code == 3) {
            ++trained;
            try {
                readExperiment(out.toStdString());
            } catch (const std::exception& e) {
                QFAIL(qPrintable("the file written does not read back: " + QString(e.what()) +
                                 "; " + context));
            }
        } else {
            ++refused;
            QVERIFY2(code == 1 || code == 2, qPrintable(context));
            // Refused naming the file and the field the edit broke (or, with exit 2, the
            // option it collides with and the field).
            const QString named = code == 1 ? "rnnlab-cli train: error: " + file + ": training."
                                            : "rnnlab-cli train: --epochs";
            QVERIFY2(err.startsWith(named), qPrintable(context));
            if (code == 2) QVERIFY2(err.contains("training.state.epoch"), qPrintable(context));
        }
    }
    // Both outcomes happen: the perturbations reach the checks and the training alike.
    QVERIFY2(trained > 0 && refused > 0,
             qPrintable(QStringLiteral("trained %1, refused %2").arg(trained).arg(refused)));
}

RNNLAB_TEST_APPLESS_MAIN(TestSavedRunPerturbation)
}  // namespace RNNLAB_TEST_FILE

#include "tst_saved_run_perturbation.moc"
