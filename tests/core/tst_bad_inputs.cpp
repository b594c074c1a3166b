// The corpus of malformed inputs in tests/data/bad/: each file is refused with its own message,
// compared whole (place included), never a crash, a hang or a bare "error".
//   csv/         data files, as the data panel and `rnnlab-cli data` load them (loadCsv)
//   experiment/  experiment files, read and opened for training as the GUI and
//                `rnnlab-cli train` open them (readExperiment, then makeTrainer)
//   trace/       the inputs of `rnnlab-cli trace` (loadNumberMatrix, then the command's checks)
// Every file on disk has a row here, and every row a file. The inputs too big to commit (a
// 100 MB line, files beyond the size limits) are written at run time into a temporary folder.
#include <sys/stat.h>

#include "test_main.h"
#include "core/base/errors.h"
#include "core/data/csv_reader.h"
#include "core/io/experiment_file.h"
#include "core/lessons/lesson_file.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;

namespace {

const QString kBadDir = QStringLiteral(RNNLAB_TEST_DATA_DIR "/bad");

// A file and its message; "$FILE" stands for the file's path, "$DIR" for the corpus folder.
struct BadFile {
    const char* name;
    const char* message;
};

const BadFile kCsvFiles[] = {
    {"empty.csv", "$FILE: the file is empty"},
    {"bom_only.csv", "$FILE: the file is empty"},
    {"blank_lines.csv", "$FILE: the file has only blank lines"},
    {"header_only.csv", "$FILE:1: line 1: the file has a header (line 1) but no data rows"},
    {"single_row.csv",
     "$FILE:2: line 2: this is the only data row; a series needs at least 2 rows"},
    {"truncated_quote.csv",
     "$FILE:3:2: line 3, column 2 (note): the quote opened here is never closed"},
    {"truncated_row.csv",
     "$FILE:4:3: line 4, column 3 (c): this row has 2 fields, expected 3 like the header (line 1)"},
    {"ragged_extra.csv",
     "$FILE:3:3: line 3, column 3: this row has 3 fields, expected 2 like the header (line 1)"},
    {"png_image.csv",
     "$FILE:3:1: line 3, byte 1: NUL byte: this is a binary file, not delimited text"},
    {"latin1.csv",
     "$FILE:2:2: line 2, byte 2: invalid UTF-8 (byte 0xFC); the file may be Latin-1 or "
     "Windows-1252: save it as UTF-8"},
    {"utf16le_bom.csv",
     "$FILE: the file is UTF-16 text (byte order mark 0xFF 0xFE); save it as UTF-8 (in a "
     "spreadsheet: \"CSV UTF-8\")"},
    {"utf16be_bom.csv",
     "$FILE: the file is UTF-16 text (byte order mark 0xFE 0xFF); save it as UTF-8 (in a "
     "spreadsheet: \"CSV UTF-8\")"},
    {"utf16le_no_bom.csv",
     "$FILE:1:2: line 1, byte 2: NUL byte: this looks like UTF-16 text without a byte order mark; "
     "save it as UTF-8"},
    {"overlong_utf8.csv",
     "$FILE:3:3: line 3, byte 3: invalid UTF-8 (byte 0xC0); the file may be Latin-1 or "
     "Windows-1252: save it as UTF-8"},
    {"nul_in_text.csv",
     "$FILE:3:3: line 3, byte 3: NUL byte: this is a binary file, not delimited text"},
    {"control_character.csv", "$FILE:3:2: line 3, column 2 (b): '?4' is not a number"},
    {"huge_number.csv",
     "$FILE:3:2: line 3, column 2 (value): '1e999' is out of the range of double-precision "
     "numbers"},
    {"huge_integer.csv",
     "$FILE:3:2: line 3, column 2 (value): '9999999999999999999999999999999999999999...' is out of "
     "the range of double-precision numbers"},
    {"tiny_number.csv",
     "$FILE:3:2: line 3, column 2 (value): '1e-999' is out of the range of double-precision "
     "numbers"},
    {"infinity.csv", "$FILE:3:2: line 3, column 2 (value): 'inf' is not a finite number"},
    {"minus_infinity.csv",
     "$FILE:3:2: line 3, column 2 (value): '-Infinity' is not a finite number"},
    {"nan.csv",
     "$FILE:3:2: line 3, column 2 (value): missing value (the first of 2 missing cells); choose to "
     "drop the rows with missing values or to interpolate them"},
    {"text_in_number.csv", "$FILE:3:2: line 3, column 2 (price): '1.6 USD' is not a number"},
    {"only_text.csv",
     "$FILE: no column holds numbers (columns: column 1, column 2); choose the target column by "
     "name"},
    {"duplicate_names.csv",
     "$FILE:1:3: line 1, column 3: the column name 'value' is already used by column 2; column "
     "names must differ"},
    {"junk_after_quote.csv",
     "$FILE:3:1: line 3, column 1 (a): unexpected 'x' after the closing quote: expected the "
     "delimiter or the end of the line"},
    {"decimal_comma_in_tabs.csv",
     "$FILE:3:2: line 3, column 2 (b): '4,25' is not a number (if ',' is the decimal separator, "
     "choose decimal comma)"},
    {"cr_line_ends_ragged.csv",
     "$FILE:4:2: line 4, column 2 (b): this row has 1 field, expected 2 like the header (line 1)"},
    {"number_with_unit.csv", "$FILE:3:2: line 3, column 2 (temperature): '21 C' is not a number"},
};

const BadFile kExperimentFiles[] = {
    {"empty.rnnlab.json", "$FILE: the file is empty"},
    {"only_whitespace.rnnlab.json", "$FILE: the file is empty"},
    {"truncated.rnnlab.json", "$FILE:95:4: invalid JSON: unterminated object"},
    {"png_image.rnnlab.json",
     "$FILE:3:1: a NUL byte: this is a binary file (or UTF-16 text), not JSON"},
    {"utf16le_bom.rnnlab.json", "$FILE: the file is UTF-16 text; save it as UTF-8"},
    {"utf16be_no_bom.rnnlab.json",
     "$FILE:1:1: a NUL byte: this is a binary file (or UTF-16 text), not JSON"},
    {"latin1_path.rnnlab.json",
     "$FILE:26:20: invalid JSON: invalid UTF8 string (the file is not UTF-8: save it as UTF-8)"},
    {"top_level_number.rnnlab.json", "$FILE:1:2: invalid JSON: illegal value"},
    {"top_level_array.rnnlab.json", "$FILE: the top level must be a JSON object, got an array"},
    {"not_rnnlab.rnnlab.json", "$FILE: format is missing"},
    {"number_overflow.rnnlab.json",
     "$FILE:8:25: invalid JSON: illegal number (malformed or out of range)"},
    {"hidden_size_huge.rnnlab.json",
     "$FILE: network.hidden_size must be between 1 and 4096, got 100000"},
    {"hidden_size_zero.rnnlab.json",
     "$FILE: network.hidden_size must be between 1 and 4096, got 0"},
    {"too_many_parameters.rnnlab.json",
     "$FILE: network.hidden_size 4096 with num_layers 2 makes 201412609 parameters (cell lstm), "
     "more than the 20000000 that fit in memory for training: reduce hidden_size or num_layers"},
    {"layers_array.rnnlab.json", "$FILE: network.num_layers must be an integer, got an array"},
    {"network_string.rnnlab.json", "$FILE: network must be an object, got \"lstm\""},
    {"long_cell_name.rnnlab.json",
     "$FILE: network.cell: unknown cell 'lstmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm...' (expected "
     "rnn, lstm or gru)"},
    {"nan_literal.rnnlab.json",
     "$FILE:17:13: invalid JSON: illegal number (malformed or out of range)"},
    {"infinity_string.rnnlab.json",
     "$FILE: training.optimizer.lr must be a finite number, got \"Infinity\""},
    {"lr_zero.rnnlab.json", "$FILE: training: learning rate must be positive and finite, got 0"},
    {"epochs_zero.rnnlab.json", "$FILE: training: epochs must be between 1 and 1000000, got 0"},
    {"clip_negative.rnnlab.json",
     "$FILE: training: clip max norm must be positive and finite, got -1"},
    {"batch_fraction.rnnlab.json", "$FILE: training.batch_size must be an integer, got 2.5"},
    {"seed_negative.rnnlab.json",
     "$FILE: training.seed must be between 0 and 9007199254740992, got -7"},
    {"wrong_shape.rnnlab.json",
     "$FILE: weights.fc.weight.shape is [1, 3], expected [1, 4] for output_size 1 and hidden_size "
     "4"},
    {"wrong_count.rnnlab.json",
     "$FILE: weights.rnn.weight_ih_l0.data has 5 values, expected 12 for shape [12, 1]"},
    {"weight_string.rnnlab.json",
     "$FILE: weights.rnn.bias_hh_l0.data[7] must be a finite number, got \"0.5\""},
    {"weight_overflow.rnnlab.json",
     "$FILE:61:15: invalid JSON: illegal number (malformed or out of range)"},
    {"deep_nesting.rnnlab.json", "$FILE:15:1038: invalid JSON: too deeply nested document"},
    {"nesting_500.rnnlab.json",
     "$FILE: notes: unknown field (expected format, version, network, weights, training, data)"},
    {"window_longer_than_data.rnnlab.json",
     "$FILE: data: window + horizon = 501 rows, but the series has only 200 rows"},
    {"csv_not_found.rnnlab.json", "$DIR/experiment/no_such_file.csv: no such file"},
    {"csv_with_bad_cell.rnnlab.json",
     "$DIR/experiment/../csv/text_in_number.csv:3:2: line 3, column 2 (price): '1.6 USD' is not a "
     "number"},
    {"input_size_mismatch.rnnlab.json",
     "$FILE: the network has input size 3 but the data has 1 input columns"},
    {"embedded_ragged.rnnlab.json", "$FILE: data.embedded.columns[1] has 3 values, column 0 has 4"},
    {"no_data_section.rnnlab.json",
     "$FILE: the experiment has no \"data\" section: choose data to train on"},
    {"duplicate_key.rnnlab.json",
     "$FILE:13:5: network.cell is given twice (first at line 5, column 5); remove one of them"},
    // Every setting within its limit, their product far beyond the memory budget (4 GiB here,
    // set by the test so that the messages do not depend on the machine).
    {"generator_too_large.rnnlab.json",
     "$FILE: data: the adding generator needs about 149 GiB of memory, more than the budget of "
     "4.0 GiB (RNNLAB_MEMORY_BUDGET=4G): the generated inputs: sequences 1000000 × length 10000 × "
     "values 2 × 8 bytes = 149 GiB"},
    {"batch_too_large.rnnlab.json",
     "$FILE: training the lstm network (num_layers 1, hidden_size 256) needs about 328 GiB of "
     "memory, more than the budget of 4.0 GiB (RNNLAB_MEMORY_BUDGET=4G): one training batch "
     "through the network: window 2000 × batch_size 12000 × values per sample and step 3587 × 4 "
     "bytes = 321 GiB"},
    // A saved run edited by hand: a mid-epoch LSTM (2 layers of 2 units) on 40 embedded rows in
    // windows of 4 (24 training rows, 8 each for validation and test: 20 training samples),
    // each with one field of its state or history broken.
    {"state_best_weights_size.rnnlab.json",
     "$FILE: training.state.best_weights has 90 values, expected 91 (one per parameter of the "
     "network)"},
    {"state_buffer_size.rnnlab.json",
     "$FILE: training.state.optimizer.buffers.exp_avg has 40 values, expected 91 (one per "
     "parameter)"},
    {"state_order_duplicate.rnnlab.json",
     "$FILE: training.state.order[7]: sample 1 is listed twice (also at order[2])"},
    {"state_order_out_of_range.rnnlab.json",
     "$FILE: training.state.order[3]: sample 91234 is not one of the 20 training samples"},
    {"state_order_short.rnnlab.json",
     "$FILE: training.state.order lists 16 samples, but the data has 20 training samples"},
    {"state_rng_zero.rnnlab.json",
     "$FILE: training.state.rng.s: all four words are 0, a state the generator never reaches "
     "(it would draw 0 forever)"},
    {"state_samples_done_at_end.rnnlab.json",
     "$FILE: training.state.samples_done is 20, but the epoch has only 20 training samples: "
     "an epoch in progress has used fewer (a finished one has an empty order)"},
    {"state_samples_done_no_order.rnnlab.json",
     "$FILE: training.state.samples_done is 5, but the epoch has not begun "
     "(training.state.order is empty): expected 0"},
    {"history_epoch_huge.rnnlab.json",
     "$FILE: training.history.steps.rows[1][1] must be between 0 and 1000000, got 1e+300"},
    {"history_epoch_not_done.rnnlab.json",
     "$FILE: training.history.epochs[1].epoch is 2, but the run has finished 2 epochs, "
     "numbered from 0 (training.state.epoch is 2)"},
    {"history_gate_blocks.rnnlab.json",
     "$FILE: training.history.recurrent_norms.rows[0].spectral_radius[1] has 3 values, "
     "expected 4 (one per gate block of the cell)"},
    {"history_norms_count.rnnlab.json",
     "$FILE: training.history.parameter_norms.rows[2] has 9 norms after the step, expected 10 "
     "(one per weight tensor of the network)"},
    {"history_profile_layers.rnnlab.json",
     "$FILE: training.history.gradient_profiles.rows[0].dh_norm has 1 layer, the network has 2"},
    {"history_profile_steps.rnnlab.json",
     "$FILE: training.history.gradient_profiles.rows[0].dh_norm[1] has 5 time steps, but the "
     "data's samples have 4"},
    {"history_step_after_run.rnnlab.json",
     "$FILE: training.history.steps.rows[5][0] (the step) is 60, after the run's step "
     "(training.state.step is 6)"},
};

// Trace inputs that the reader itself refuses.
const BadFile kTraceFiles[] = {
    {"text_cell.csv", "$FILE:3:1: line 3, column 1: 'abc' is not a number"},
    {"missing_cell.csv",
     "$FILE:2:1: line 2, column 1: missing value; choose to drop the rows with missing values or "
     "to interpolate them"},
    {"date_column.csv", "$FILE:2:1: line 2, column 1 (date): '2024-01-01' is not a number"},
    {"header_only.csv", "$FILE:1: line 1: the file has a header (line 1) but no data rows"},
};

// Trace inputs that read as numbers but do not fit the model (tests/data/models/
// lstm_untrained.rnnlab.json: input_size 1, output "last", mse): refused by rnnlab-cli trace.
struct TraceCommandCase {
    const char* option;  // --input or --target
    const char* name;
    const char* message;
};
const TraceCommandCase kTraceCommandCases[] = {
    {"--input", "two_columns.csv",
     "rnnlab-cli trace: $FILE: has 2 column(s), the model's input_size is 1"},
    {"--target", "target_three_rows.csv",
     "rnnlab-cli trace: $FILE: expected 1 row(s) of 1 number(s) (output \"last\", loss mse), got 3 "
     "x 1"},
};

QString expand(const char* message, const QString& file) {
    return QString::fromUtf8(message).replace("$FILE", file).replace("$DIR", kBadDir);
}

QString csvError(const QString& path) {
    try {
        loadCsv(path.toStdString());
    } catch (const FileError& e) {
        return QString::fromStdString(e.what());
    }
    return QStringLiteral("loaded");
}

QString experimentError(const QString& path) {
    try {
        const std::string p = path.toStdString();
        const Experiment e = readExperiment(p);
        makeTrainer(e, directoryOf(p));
    } catch (const std::runtime_error& e) {  // FileError, or ConfigError from the trainer
        return QString::fromStdString(e.what());
    }
    return QStringLiteral("opened");
}

QString numberMatrixError(const QString& path) {
    try {
        loadNumberMatrix(path.toStdString());
    } catch (const FileError& e) {
        return QString::fromStdString(e.what());
    }
    return QStringLiteral("loaded");
}

QString lessonError(const QString& path) {
    try {
        readLesson(path.toStdString());
    } catch (const FileError& e) {
        return QString::fromStdString(e.what());
    }
    return QStringLiteral("read");
}

// A file of `size` bytes that takes no space: a hole (the readers refuse it before reading).
void writeSparseFile(const QString& path, qint64 size) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(size));
}

}  // namespace

class TestBadInputs : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { qputenv("RNNLAB_MEMORY_BUDGET", "4G"); }
    void everyFileHasARow();
    void csvFile_data();
    void csvFile();
    void experimentFile_data();
    void experimentFile();
    void traceInput_data();
    void traceInput();
    void traceCommand_data();
    void traceCommand();
    void hundredMegabyteLine();
    void filesBeyondTheSizeLimit();
    void specialFiles_data();
    void specialFiles();
    void commandLineKeepsThePreviousOutput_data();
    void commandLineKeepsThePreviousOutput();
};

void TestBadInputs::everyFileHasARow() {
    auto check = [](const QString& folder, QStringList listed) {
        const QStringList files =
            QDir(kBadDir + "/" + folder).entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString& f : files)
            QVERIFY2(listed.contains(f), qPrintable(folder + "/" + f + " has no expected message"));
        for (const QString& l : listed)
            QVERIFY2(files.contains(l), qPrintable(folder + "/" + l + " is listed but missing"));
    };
    QStringList csv, experiment, trace;
    for (const BadFile& b : kCsvFiles) csv << b.name;
    for (const BadFile& b : kExperimentFiles) experiment << b.name;
    for (const BadFile& b : kTraceFiles) trace << b.name;
    for (const TraceCommandCase& c : kTraceCommandCases) trace << c.name;
    check("csv", csv);
    check("experiment", experiment);
    check("trace", trace);
    QVERIFY(csv.size() + experiment.size() + trace.size() >= 30);
}

void TestBadInputs::csvFile_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    for (const BadFile& b : kCsvFiles) {
        const QString path = kBadDir + "/csv/" + b.name;
        QTest::newRow(b.name) << path << expand(b.message, path);
    }
}

void TestBadInputs::csvFile() {
    QFETCH(QString, path);
    QFETCH(QString, message);
    QCOMPARE(csvError(path), message);
}

void TestBadInputs::experimentFile_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    for (const BadFile& b : kExperimentFiles) {
        const QString path = kBadDir + "/experiment/" + b.name;
        QTest::newRow(b.name) << path << expand(b.message, path);
    }
}

void TestBadInputs::experimentFile() {
    QFETCH(QString, path);
    QFETCH(QString, message);
    QCOMPARE(experimentError(path), message);
}

void TestBadInputs::traceInput_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    for (const BadFile& b : kTraceFiles) {
        const QString path = kBadDir + "/trace/" + b.name;
        QTest::newRow(b.name) << path << expand(b.message, path);
    }
}

void TestBadInputs::traceInput() {
    QFETCH(QString, path);
    QFETCH(QString, message);
    QCOMPARE(numberMatrixError(path), message);
}

void TestBadInputs::traceCommand_data() {
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    for (const TraceCommandCase& c : kTraceCommandCases) {
        const QString path = kBadDir + "/trace/" + c.name;
        QTest::newRow(c.name) << c.option << path << expand(c.message, path);
    }
}

void TestBadInputs::traceCommand() {
    QFETCH(QString, option);
    QFETCH(QString, path);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString out = dir.filePath("trace.json");
    QStringList args{"trace", "--model", RNNLAB_TEST_DATA_DIR "/models/lstm_untrained.rnnlab.json",
                     "--out", out};
    if (option == "--input") {
        args << "--input" << path;
    } else {  // a good input of three steps
        const QString input = dir.filePath("x.csv");
        QFile x(input);
        QVERIFY(x.open(QIODevice::WriteOnly));
        x.write("0.1\n0.2\n0.3\n");
        x.close();
        args << "--input" << input << "--target" << path;
    }
    QProcess cli;
    cli.start(RNNLAB_CLI_PATH, args);
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QCOMPARE(cli.exitCode(), 2);
    QCOMPARE(QString::fromUtf8(cli.readAllStandardError()), message + "\n");
    QVERIFY(!QFile::exists(out));
}

// One line of 100 MB: the reader gets through it and the message quotes only its start.
void TestBadInputs::hundredMegabyteLine() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray huge(100 << 20, 'x');

    const QString csv = dir.filePath("long_line.csv");
    QFile c(csv);
    QVERIFY(c.open(QIODevice::WriteOnly));
    c.write("a,b\n1,2\n3,");
    c.write(huge);
    c.write("\n4,5\n");
    c.close();
    QCOMPARE(csvError(csv), csv +
                                ":3:2: line 3, column 2 (b): "
                                "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...' is not a number");

    const QString json = dir.filePath("long_line.rnnlab.json");
    QFile j(json);
    QVERIFY(j.open(QIODevice::WriteOnly));
    j.write(R"({"format": "rnnlab", "version": 1, "network": {"cell": ")");
    j.write(huge);
    j.write(R"(", "input_size": 1, "hidden_size": 4, "num_layers": 1, "output_size": 1,)"
            R"( "output": "last", "loss": "mse"}})");
    j.close();
    QCOMPARE(experimentError(json),
             json +
                 ": network.cell: unknown cell 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...' "
                 "(expected rnn, lstm or gru)");
}

// Refused from their size, before a byte is read: a 1.5 GiB CSV, a 600 MiB experiment.
void TestBadInputs::filesBeyondTheSizeLimit() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString csv = dir.filePath("huge.csv");
    writeSparseFile(csv, qint64(3) << 29);
    QCOMPARE(csvError(csv), csv +
                                ": the file is 1.5 GiB; files up to 1.0 GiB can be read (keep "
                                "fewer rows, or split the file)");
    const QString json = dir.filePath("huge.rnnlab.json");
    writeSparseFile(json, qint64(600) << 20);
    QCOMPARE(experimentError(json),
             json + ": the file is 600 MiB, more than the 512 MiB this reader accepts");
}

void TestBadInputs::specialFiles_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("what");
    QTest::newRow("named pipe") << "pipe"
                                << "is a named pipe (FIFO), not a regular file";
    QTest::newRow("/dev/zero") << "/dev/zero"
                               << "is a character device, not a regular file";
}

// Not regular files: every reader refuses them at once, naming the path. A pipe without a
// writer would block a plain read forever, /dev/zero would fill memory.
void TestBadInputs::specialFiles() {
    QFETCH(QString, path);
    QFETCH(QString, what);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    if (path == "pipe") {
        path = dir.filePath("pipe.rnnlab.json");
        QCOMPARE(::mkfifo(path.toLocal8Bit().constData(), 0600), 0);
    }
    QCOMPARE(experimentError(path), path + ": " + what);
    QCOMPARE(lessonError(path), path + ": " + what);
    QCOMPARE(csvError(path), path + ": this is not a regular file");
    QCOMPARE(numberMatrixError(path), path + ": this is not a regular file");
}

void TestBadInputs::commandLineKeepsThePreviousOutput_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("what");
    QTest::newRow("named pipe") << "pipe" << "is a named pipe (FIFO), not a regular file";
    QTest::newRow("/dev/zero") << "/dev/zero" << "is a character device, not a regular file";
    QTest::newRow("1 GiB sparse file")
        << "sparse" << "the file is 1024 MiB, more than the 512 MiB this reader accepts";
    QTest::newRow("saved run edited by hand")
        << kBadDir + "/experiment/state_buffer_size.rnnlab.json"
        << "training.state.optimizer.buffers.exp_avg has 40 values, expected 91 (one per "
           "parameter)";
}

// As a student meets them: `train --experiment` and `trace --model` on a file that is not one
// are refused at once, naming the file and the place, and the output of an earlier run stays.
void TestBadInputs::commandLineKeepsThePreviousOutput() {
    QFETCH(QString, input);
    QFETCH(QString, what);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    if (input == "pipe") {
        input = dir.filePath("pipe.rnnlab.json");
        QCOMPARE(::mkfifo(input.toLocal8Bit().constData(), 0600), 0);
    } else if (input == "sparse") {
        input = dir.filePath("sparse.rnnlab.json");
        writeSparseFile(input, qint64(1) << 30);
    }
    const QString out = dir.filePath("previous.json");
    const QByteArray previous = "{\"an\": \"earlier result\"}\n";
    QFile o(out);
    QVERIFY(o.open(QIODevice::WriteOnly));
    o.write(previous);
    o.close();
    const QString x = dir.filePath("x.csv");
    QFile xf(x);
    QVERIFY(xf.open(QIODevice::WriteOnly));
    xf.write("0.5\n");
    xf.close();
    for (const QStringList& args :
         {QStringList{"train", "--experiment", input, "--epochs", "1", "--out", out},
          QStringList{"trace", "--model", input, "--input", x, "--out", out}}) {
        QProcess cli;
        cli.start(RNNLAB_CLI_PATH, args);
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 1);
        QCOMPARE(QString::fromUtf8(cli.readAllStandardError()),
                 "rnnlab-cli " + args[0] + ": error: " + input + ": " + what + "\n");
        QVERIFY(o.open(QIODevice::ReadOnly));
        QCOMPARE(o.readAll(), previous);
        o.close();
    }
}

RNNLAB_TEST_APPLESS_MAIN(TestBadInputs)
}  // namespace RNNLAB_TEST_FILE

#include "tst_bad_inputs.moc"
