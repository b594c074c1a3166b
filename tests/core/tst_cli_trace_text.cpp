// rnnlab-cli trace --text, as a student would use it: a character model's text and a labelled
// sentence trace exactly as their symbol indices given in X.csv do (the same file, byte for
// byte), the sentence padded to the experiment's window as training pads it; a labelled
// experiment's --target may name its class; and every refusal names --text.

#include "test_main.h"
#include "cli_runner.h"

namespace RNNLAB_TEST_FILE {

namespace {

const QString kReferenceDir = QStringLiteral(RNNLAB_TEST_DATA_DIR "/reference");

// The index of each character of `text` in an experiment's saved vocabulary (-1: not in it).
QList<int> indicesOf(const QString& text, const QJsonArray& vocabulary) {
    QStringList symbols;
    for (const QJsonValue& symbol : vocabulary) symbols << symbol.toString();
    QList<int> indices;
    for (const char32_t c : text.toStdU32String())
        indices << int(symbols.indexOf(QString::fromUcs4(&c, 1)));
    return indices;
}

QByteArray csvOf(const QList<int>& indices) {
    QByteArray csv;
    for (int i : indices) csv += QByteArray::number(i) + "\n";
    return csv;
}

}  // namespace

class TestCliTraceText : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_textModel, m_labelledModel;

    QString writeFile(const QString& name, const QByteArray& text) {
        return writeFileIn(m_dir, name, text);
    }
    // trace --model M --out OUT with `sequence` (--text ... or --input ...) and `more`; the
    // file it wrote.
    QByteArray trace(const QString& model, const QStringList& sequence, const QString& name,
                     const QStringList& more = {}) {
        const QString out = m_dir.filePath(name);
        const CliRun r =
            runCli(QStringList{"trace", "--model", model, "--out", out} + sequence + more);
        if (r.exitCode != 0) qWarning("%s", qPrintable(r.err));
        return r.exitCode == 0 ? readBytes(out) : QByteArray();
    }

private slots:
    void initTestCase() {
        QByteArray text;
        for (int i = 0; i < 30; ++i) text += "the cat sat. 一只猫\n";
        m_textModel = m_dir.filePath("cat.rnnlab.json");
        CliRun r = runCli({"train", "--text", writeFile("cat.txt", text), "--cell", "gru",
                           "--hidden", "4", "--embedding", "3", "--window", "8", "--epochs", "1",
                           "--lr", "0.01", "--seed", "1", "--out", m_textModel, "--quiet"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        QByteArray sentences;
        for (int i = 0; i < 10; ++i) sentences += "pos\tgood\nneg\tbad\npos\t好\nneg\t坏\n";
        m_labelledModel = m_dir.filePath("easy.rnnlab.json");
        r = runCli({"train", "--labelled", writeFile("easy.tsv", sentences), "--window", "6",
                    "--cell", "lstm", "--hidden", "4", "--embedding", "3", "--epochs", "1",
                    "--lr", "0.01", "--seed", "1", "--out", m_labelledModel, "--quiet"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    // The characters as the saved vocabulary's indices, Chinese like English; with a target
    // the loss and every gradient too.
    void characterModelTextIsItsIndices() {
        const QJsonObject e = readJsonObject(m_textModel);
        const QString text = QStringLiteral("a cat. 猫只");
        const QList<int> indices = indicesOf(text, e["data"]["text"]["vocabulary"].toArray());
        QCOMPARE(indices.size(), 9);
        QVERIFY(!indices.contains(-1) && !indices.contains(0));
        const QString x = writeFile("cat.x.csv", csvOf(indices));
        const QString y = writeFile("cat.y.csv", csvOf(indices));  // any class per step
        const QByteArray fromText = trace(m_textModel, {"--text", text}, "text.json",
                                          {"--target", y});
        QVERIFY(fromText.contains("\"grads\""));
        QCOMPARE(fromText, trace(m_textModel, {"--input", x}, "input.json", {"--target", y}));
    }

    // A sentence is padded at the start with "\n" to the window (6), a longer one cut to its
    // last 6 characters, as training does; --target may name the class.
    void labelledSentenceIsPadded_data() {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("padded");
        QTest::newRow("short") << "bad" << "\n\n\nbad";
        QTest::newRow("Chinese") << "好" << "\n\n\n\n\n好";
        QTest::newRow("exactly T") << "goodgo" << "goodgo";
        QTest::newRow("longer") << "goodbad" << "oodbad";
    }
    void labelledSentenceIsPadded() {
        QFETCH(QString, sentence);
        QFETCH(QString, padded);
        const QJsonObject e = readJsonObject(m_labelledModel);
        QCOMPARE(e["data"]["window"]["length"].toInt(), 6);
        const QJsonArray vocabulary = e["data"]["labelled"]["vocabulary"].toArray();
        const QString x = writeFile("s.x.csv", csvOf(indicesOf(padded, vocabulary)));
        const QString y = writeFile("s.y.csv", "1\n");  // pos
        QCOMPARE(e["data"]["labelled"]["classes"].toArray(), QJsonArray({"neg", "pos"}));
        const QByteArray fromText =
            trace(m_labelledModel, {"--text", sentence}, "s.text.json", {"--target", "pos"});
        QVERIFY(fromText.contains("\"loss\""));
        QCOMPARE(fromText,
                 trace(m_labelledModel, {"--input", x}, "s.input.json", {"--target", y}));
    }

    void refusals_data() {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString real = kReferenceDir + "/lstm_last_mse.rnnlab.json";
        const QString bare = kReferenceDir + "/symbols_gru_onehot_last.rnnlab.json";
        QTest::newRow("with --input")
            << "text" << QStringList{"--text", "cat", "--input", real}
            << "--input and --text both give the sequence to trace: give one of them";
        QTest::newRow("neither") << "text" << QStringList{}
                                 << "missing the sequence to trace: --input X.csv or --text TEXT";
        QTest::newRow("empty") << "text" << QStringList{"--text", ""}
                               << "option --text needs a value, not an empty one";
        QTest::newRow("not in the vocabulary")
            << "text" << QStringList{"--text", "ca€t"}
            << "--text, column 3: '€' (U+20AC) is not in the vocabulary (the text the network "
               "learned from has no such character)";
        QTest::newRow("not in the sentences")
            << "labelled" << QStringList{"--text", "goodz"}
            << "--text, column 5: 'z' (U+007A) is not in the vocabulary (the text the network "
               "learned from has no such character)";
        QTest::newRow("no such class") << "labelled"
                                       << QStringList{"--text", "good", "--target", "positive"}
                                       << "--target: 'positive' is neither a file nor a class of "
                                          "LABELLED (neg, pos)";
        QTest::newRow("real-valued model")
            << real << QStringList{"--text", "cat"}
            << "--text: " + real +
                   " has a network with real-valued input (input_size 1): --text needs input "
                   "symbols; give the sequence as --input X.csv";
        QTest::newRow("no vocabulary")
            << bare << QStringList{"--text", "cat"}
            << "--text: " + bare +
                   " has no vocabulary (data.text.vocabulary or data.labelled.vocabulary, saved "
                   "when a network trains on a text or on labelled sentences): give the symbol "
                   "indices as --input X.csv";
    }
    void refusals() {
        QFETCH(QString, model);
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        if (model == "text") model = m_textModel;
        if (model == "labelled") model = m_labelledModel;
        message.replace("LABELLED", m_labelledModel);
        const QString out = m_dir.filePath("refused.json");
        const CliRun r = runCli(QStringList{"trace", "--model", model, "--out", out} + args);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, "rnnlab-cli trace: " + message + "\n");
        QVERIFY(!QFile::exists(out));
    }
};

RNNLAB_TEST_GUILESS_MAIN(TestCliTraceText)
}  // namespace RNNLAB_TEST_FILE

#include "tst_cli_trace_text.moc"
