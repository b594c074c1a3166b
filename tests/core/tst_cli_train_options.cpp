// rnnlab-cli train, one row per option in normal use. Each row runs a small command (an LSTM on
// the sine generator for one epoch, or the same on a CSV file) with and without the option;
// the experiment written with it says what the option asked for, and the one written without
// it says something else. Then the options that change a saved experiment, and --optimizer on
// an experiment: the same kind keeps every setting, another kind keeps the shared ones, and
// one that would drop a changed setting is refused with a message.

#include "test_main.h"
#include "cli_runner.h"

namespace RNNLAB_TEST_FILE {

namespace {

// The small command every row starts from.
const QStringList kBase{"--generator", "sine", "--cell", "lstm",  "--hidden", "4", "--window", "8",
                        "--epochs",    "1",    "--lr",   "0.003", "--seed",   "3"};

// `base` with `flags` added; a flag already in `base` takes the new value, and a data source
// (--generator, --bundled, --csv) replaces the other.
QStringList withFlags(const QStringList& base, const QStringList& flags) {
    static const QStringList sources{"--generator", "--bundled", "--csv"};
    const bool newSource = std::any_of(flags.begin(), flags.end(),
                                       [](const QString& f) { return sources.contains(f); });
    QStringList out;
    for (qsizetype i = 0; i < base.size(); i += 2) {
        const bool replaced = flags.contains(base[i]) || (newSource && sources.contains(base[i]));
        if (!replaced) out << base[i] << base[i + 1];
    }
    return out + flags;
}

// The value at a dotted path ("data.window.horizon"); undefined when absent.
QJsonValue valueAt(const QJsonObject& root, const QString& path) {
    QJsonValue v = root;
    for (const QString& key : path.split('.')) v = v.toObject().value(key);
    return v;
}

QString text(const QJsonValue& v) {
    if (v.isUndefined()) return "(absent)";
    if (v.isObject() || v.isArray())
        return QString::fromUtf8(
            QJsonDocument::fromVariant(v.toVariant()).toJson(QJsonDocument::Compact));
    return v.toVariant().toString();
}

void writeText(const QString& path, const QByteArray& text) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

void writeJson(const QString& path, const QJsonObject& o) {
    writeText(path, QJsonDocument(o).toJson());
}

// 120 rows: a date, two drivers a and b, and y (without a header: a, b and y only); `gaps`
// leaves every 10th y empty.
QByteArray seriesCsv(char delimiter, bool decimalComma, bool header, bool gaps) {
    QByteArray out = header ? QByteArray("date,a,b,y\n").replace(',', delimiter) : QByteArray();
    for (int r = 0; r < 120; ++r) {
        QStringList cells{
            QDate(2020, 1, 1).addDays(r).toString(Qt::ISODate),
            QString::number(std::sin(0.1 * r), 'f', 3), QString::number(std::cos(0.07 * r), 'f', 3),
            gaps && r % 10 == 5 ? QString() : QString::number(2 + std::sin(0.1 * r + 0.5), 'f', 3)};
        if (!header) cells.removeFirst();
        QString line = cells.join(QChar(delimiter));
        if (decimalComma) {
            for (QString& c : cells) c.replace('.', ',');
            line = cells.join(QChar(delimiter));
        }
        out += line.toUtf8() + "\n";
    }
    return out;
}

}  // namespace

class TestCliTrainOptions : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_runs = 0;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // Trains with these flags; the path of the written experiment, or "" after a failure.
    QString trainTo(const QStringList& flags) {
        const QString out = path(QString("run%1.rnnlab.json").arg(++m_runs));
        const CliRun r = runCli(QStringList{"train", "--quiet", "--out", out} + flags);
        if (r.exitCode == 0) return out;
        qWarning().noquote() << flags.join(' ') << "exited with" << r.exitCode << r.err;
        return {};
    }
    // The experiment written, or an empty object after a failure.
    QJsonObject train(const QStringList& flags) { return readJsonObject(trainTo(flags)); }

    QString csv(const char* name) const { return path(name); }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        writeText(path("plain.csv"), seriesCsv(',', false, true, false));
        writeText(path("semicolon.csv"), seriesCsv(';', true, true, false));
        writeText(path("gaps.csv"), seriesCsv(',', false, true, true));
        writeText(path("bare.csv"), seriesCsv(',', false, false, false));
    }

    // Without the options, the documented defaults.
    void defaults() {
        const QJsonObject e = train({"--generator", "sine", "--cell", "lstm", "--hidden", "4",
                                     "--epochs", "1", "--lr", "0.003", "--seed", "3"});
        const QJsonObject expected{{"network.num_layers", 1},
                                   {"network.output", "last"},
                                   {"data.window.length", 20},
                                   {"data.window.horizon", 1},
                                   {"data.window.stride", 1},
                                   {"data.window.mode", "many_to_one"},
                                   {"data.split.train", 0.7},
                                   {"data.split.validation", 0.15},
                                   {"data.normalisation", "zscore"},
                                   {"training.optimizer.kind", "adam"},
                                   {"training.optimizer.betas", QJsonArray{0.9, 0.999}},
                                   {"training.optimizer.eps", 1e-8},
                                   {"training.schedule.kind", "constant"},
                                   {"training.clip", true},
                                   {"training.clip_max_norm", 1},
                                   {"training.batch_size", 32},
                                   {"training.truncation", 0},
                                   {"training.early_stopping_patience", 0},
                                   {"training.init.scheme", "pytorch"},
                                   {"training.init.forget_bias", 0}};
        for (const QString& at : expected.keys())
            QVERIFY2(valueAt(e, at) == expected[at],
                     qPrintable(QString("%1 is %2, expected %3")
                                    .arg(at, text(valueAt(e, at)), text(expected[at]))));
        const QJsonObject rnn = train({"--generator", "sine", "--cell", "rnn", "--hidden", "4",
                                       "--epochs", "1", "--lr", "0.003", "--seed", "3"});
        QCOMPARE(valueAt(rnn, "network.nonlinearity").toString(), QString("tanh"));
    }

    void optionChangesTheExperiment_data() {
        QTest::addColumn<QStringList>("base");
        QTest::addColumn<QStringList>("option");
        QTest::addColumn<QJsonObject>("expected");  // dotted path -> value
        const QStringList plain = withFlags(kBase, {"--csv", csv("plain.csv"), "--target", "y"});
        const QStringList semicolon =
            withFlags(kBase, {"--csv", csv("semicolon.csv"), "--target", "y"});
        const QStringList gaps =
            withFlags(kBase, {"--csv", csv("gaps.csv"), "--target", "y", "--missing", "drop"});
        const QStringList bare = withFlags(kBase, {"--csv", csv("bare.csv"), "--target", "3"});
        auto row = [](const char* tag, const QStringList& base, const QStringList& option,
                      const QJsonObject& expected) {
            QTest::newRow(tag) << base << option << expected;
        };
        // Where the data comes from.
        row("--generator", kBase, {"--generator", "square"}, {{"data.generator.name", "square"}});
        row("--bundled", kBase, {"--bundled", "nile"},
            {{"data.source", "bundled"}, {"data.bundled", "nile"}});
        row("--csv --target", kBase, {"--csv", csv("plain.csv"), "--target", "y"},
            {{"data.source", "csv"},
             {"data.csv.path", "plain.csv"},  // beside the experiment: relative to it
             {"data.csv.target", "y"}});
        row("--columns", plain, {"--columns", "a,b"},
            {{"data.csv.columns", QJsonArray{"a", "b"}}, {"network.input_size", 2}});
        row("--label none", plain, {"--label", "none"}, {{"data.csv.label", ""}});
        row("--label", plain, {"--label", "date"}, {{"data.csv.label", "date"}});
        row("--missing", gaps, {"--missing", "interpolate"}, {{"data.csv.missing", "interpolate"}});
        row("--delimiter", semicolon, {"--delimiter", "semicolon"},
            {{"data.csv.delimiter", "semicolon"}});
        row("--decimal-comma", semicolon, {"--decimal-comma", "yes"},
            {{"data.csv.decimal_comma", "yes"}});
        row("--header", bare, {"--header", "no"}, {{"data.csv.header", "no"}});
        row("--embed", plain, {"--columns", "a,b", "--embed"},
            {{"data.embedded.names", QJsonArray{"a", "b", "y"}}, {"data.embedded.target", 2}});
        // How it is cut into windows and parts.
        row("--window", kBase, {"--window", "12"}, {{"data.window.length", 12}});
        row("--horizon", kBase, {"--horizon", "3"}, {{"data.window.horizon", 3}});
        row("--stride", kBase, {"--stride", "2"}, {{"data.window.stride", 2}});
        row("--mode", kBase, {"--mode", "many_to_many"},
            {{"data.window.mode", "many_to_many"}, {"network.output", "sequence"}});
        row("--split", kBase, {"--split", "0.6,0.2"},
            {{"data.split.train", 0.6}, {"data.split.validation", 0.2}});
        row("--normalisation", kBase, {"--normalisation", "minmax"},
            {{"data.normalisation", "minmax"}, {"data.normaliser.kind", "minmax"}});
        // The network.
        row("--cell", kBase, {"--cell", "gru"}, {{"network.cell", "gru"}});
        row("--nonlinearity", withFlags(kBase, {"--cell", "rnn"}), {"--nonlinearity", "relu"},
            {{"network.nonlinearity", "relu"}});
        row("--hidden", kBase, {"--hidden", "6"}, {{"network.hidden_size", 6}});
        row("--layers", kBase, {"--layers", "2"}, {{"network.num_layers", 2}});
        // How it trains.
        row("--epochs", kBase, {"--epochs", "2"},
            {{"training.epochs", 2}, {"training.state.epoch", 2}});
        row("--lr", kBase, {"--lr", "0.05"}, {{"training.optimizer.lr", 0.05}});
        row("--optimizer", kBase, {"--optimizer", "rmsprop"},
            {{"training.optimizer.kind", "rmsprop"}});
        row("--clip", kBase, {"--clip", "0.5"}, {{"training.clip_max_norm", 0.5}});
        row("--no-clip", kBase, {"--no-clip"}, {{"training.clip", false}});
        row("--batch", kBase, {"--batch", "7"}, {{"training.batch_size", 7}});
        row("--seed", kBase, {"--seed", "9"}, {{"training.seed", 9}, {"data.generator.seed", 9}});
        row("--init", kBase, {"--init", "orthogonal"}, {{"training.init.scheme", "orthogonal"}});
        row("--forget-bias", kBase, {"--forget-bias", "1.5"}, {{"training.init.forget_bias", 1.5}});
        row("--truncation", kBase, {"--truncation", "5"}, {{"training.truncation", 5}});
        row("--patience", kBase, {"--patience", "2"}, {{"training.early_stopping_patience", 2}});
    }
    void optionChangesTheExperiment() {
        QFETCH(QStringList, base);
        QFETCH(QStringList, option);
        QFETCH(QJsonObject, expected);
        const QJsonObject without = train(base);
        const QJsonObject with = train(withFlags(base, option));
        QVERIFY(!without.isEmpty());
        QVERIFY(!with.isEmpty());
        for (const QString& at : expected.keys()) {
            const QJsonValue value = valueAt(with, at), before = valueAt(without, at);
            QVERIFY2(
                value == expected[at],
                qPrintable(
                    QString("%1 is %2, expected %3").arg(at, text(value), text(expected[at]))));
            QVERIFY2(before != expected[at],
                     qPrintable(QString("%1 is %2 without the option too").arg(at, text(before))));
        }
        // The run went through every epoch it was asked for.
        QCOMPARE(valueAt(with, "training.history.epochs").toArray().size(),
                 valueAt(with, "training.epochs").toInt());
    }

    // A saved run trained on with new settings: each one reaches the experiment written next.
    void overridesOfAnExperiment_data() {
        QTest::addColumn<QStringList>("option");
        QTest::addColumn<QJsonObject>("expected");
        QTest::newRow("--epochs") << QStringList{"--epochs", "2"}
                                  << QJsonObject{{"training.epochs", 3},
                                                 {"training.state.epoch", 3}};
        QTest::newRow("--lr") << QStringList{"--lr", "0.02"}
                              << QJsonObject{{"training.optimizer.lr", 0.02}};
        QTest::newRow("--clip") << QStringList{"--clip", "0.25"}
                                << QJsonObject{{"training.clip_max_norm", 0.25}};
        QTest::newRow("--no-clip")
            << QStringList{"--no-clip"} << QJsonObject{{"training.clip", false}};
        QTest::newRow("--batch") << QStringList{"--batch", "5"}
                                 << QJsonObject{{"training.batch_size", 5}};
        QTest::newRow("--truncation")
            << QStringList{"--truncation", "3"} << QJsonObject{{"training.truncation", 3}};
        QTest::newRow("--patience") << QStringList{"--patience", "4"}
                                    << QJsonObject{{"training.early_stopping_patience", 4}};
    }
    void overridesOfAnExperiment() {
        QFETCH(QStringList, option);
        QFETCH(QJsonObject, expected);
        const QString saved = trainTo(kBase);
        QVERIFY(!saved.isEmpty());
        const QJsonObject before = readJsonObject(saved);
        const QJsonObject after =
            train(withFlags({"--experiment", saved, "--epochs", "1"}, option));
        QVERIFY(!after.isEmpty());
        for (const QString& at : expected.keys()) {
            QVERIFY2(valueAt(after, at) == expected[at],
                     qPrintable(at + " is " + text(valueAt(after, at))));
            QVERIFY(valueAt(before, at) != expected[at]);
        }
    }

    // The optimizer of a saved run: Adam at lr 0.003 with weight decay 0.01, eps 1e-6 and
    // AMSGrad, one epoch trained (its state holds Adam's buffers).
    void optimizerOfAnExperiment() {
        const QString saved = path("adam.rnnlab.json");
        QJsonObject e = train(kBase);
        QJsonObject training = e["training"].toObject();
        QJsonObject adam = training["optimizer"].toObject();
        adam["weight_decay"] = 0.01;
        adam["eps"] = 1e-6;
        adam["amsgrad"] = true;
        training["optimizer"] = adam;
        e["training"] = training;
        writeJson(saved, e);

        // The same kind: every setting kept.
        QJsonObject same = train({"--experiment", saved, "--epochs", "1", "--optimizer", "adam"});
        QCOMPARE(same["training"].toObject()["optimizer"].toObject(), adam);

        // SGD has no AMSGrad and no eps: refused, and nothing written.
        const QString out = path("sgd.rnnlab.json");
        const CliRun refused = runCli({"train", "--quiet", "--experiment", saved, "--epochs", "1",
                                       "--optimizer", "sgd", "--out", out});
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(refused.err,
                 QString("rnnlab-cli train: --optimizer sgd would drop the adam setting(s) "
                         "amsgrad, eps, which sgd does not have: change training.optimizer in "
                         "the experiment file instead\n"));
        QVERIFY(!QFile::exists(out));

        // Without AMSGrad, RMSprop takes the learning rate, weight decay and eps, its own
        // defaults for the rest, and starts with fresh state.
        adam["amsgrad"] = false;
        training["optimizer"] = adam;
        e["training"] = training;
        writeJson(saved, e);
        const QJsonObject rms =
            train({"--experiment", saved, "--epochs", "1", "--optimizer", "rmsprop"});
        const QJsonObject o = rms["training"].toObject()["optimizer"].toObject();
        QCOMPARE(o["kind"].toString(), QString("rmsprop"));
        QCOMPARE(o["lr"].toDouble(), 0.003);
        QCOMPARE(o["weight_decay"].toDouble(), 0.01);
        QCOMPARE(o["eps"].toDouble(), 1e-6);
        QCOMPARE(o["alpha"].toDouble(), 0.99);
        const QJsonObject buffers = valueAt(rms, "training.state.optimizer.buffers").toObject();
        QCOMPARE(buffers.keys(), QStringList{"square_avg"});
    }
};

RNNLAB_TEST_GUILESS_MAIN(TestCliTrainOptions)
}  // namespace RNNLAB_TEST_FILE

#include "tst_cli_train_options.moc"
