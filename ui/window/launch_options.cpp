#include "ui/experiment/file_kind.h"
#include "ui/window/launch_options.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <cstdio>

#include "core/base/errors.h"
#include "core/nn/network_config.h"
#include "core/train/training_settings.h"
#include "ui/application_language.h"
#include "ui/compare/compare_view.h"
#include "ui/experiment/experiment_controller.h"
#include "ui/headless/headless_run.h"
#include "ui/headless/ui_benchmark.h"
#include "ui/theme/theme.h"
#include "ui/ui_text_translation.h"
#include "ui/window/lab_window.h"
#include "ui/window/recent_files.h"

namespace rnnlab::ui {

namespace {

constexpr QSize kMinSize(320, 240);
constexpr QSize kMaxSize(7680, 4320);

LaunchParseResult error(const QString& message) {
    LaunchParseResult r;
    r.status = LaunchParseResult::Status::Error;
    r.message = message;
    return r;
}

[[noreturn]] void fail(const QString& message) {
    throw ConfigError(message.toStdString());
}

// The parser and its options, shared by parsing and the help text.
struct LaunchParser {
    QCommandLineParser parser;
    QCommandLineOption help = parser.addHelpOption();
    QCommandLineOption version = parser.addVersionOption();
    QCommandLineOption view{QStringLiteral("view"), QObject::tr("Show the view NAME."),
                            QObject::tr("NAME")};
    QCommandLineOption lesson{QStringLiteral("lesson"),
                              QObject::tr("Open and start the bundled lesson NAME (hidden-state, "
                                          "vanishing-gradient, ...: the Lessons menu's, an "
                                          "unknown name lists them), or the lesson in the file "
                                          "FILE.lesson.json."),
                              QObject::tr("NAME|FILE")};
    QCommandLineOption trainSteps{
        QStringLiteral("train-steps"),
        QObject::tr("Train N steps once the file or lesson is open, the comparison's runs "
                    "too (before the screenshot)."),
        QObject::tr("N")};
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QObject::tr("Save the whole window as a PNG once it is laid out, then exit."),
        QObject::tr("OUT.png")};
    QCommandLineOption snapshot{
        QStringLiteral("snapshot"),
        QObject::tr("Save the view as shown (View > Snapshot of the View: PNG at 2x, SVG or PDF "
                    "by the suffix) once it is laid out, then exit."),
        QObject::tr("OUT.png|svg|pdf")};
    QCommandLineOption caption{
        QStringLiteral("caption"),
        QObject::tr("--snapshot: write the experiment, step, seed and settings under it.")};
    QCommandLineOption size{QStringLiteral("size"),
                            QObject::tr("Window size in pixels (default for screenshots: "
                                        "1920x1080)."),
                            QObject::tr("WxH")};
    QCommandLineOption presentation{QStringLiteral("presentation"),
                                    QObject::tr("Start in presentation mode (projector).")};
    QCommandLineOption dark{QStringLiteral("dark"), QObject::tr("Use the dark theme.")};
    QCommandLineOption language{
        QStringLiteral("language"),
        QObject::tr("Show the window in LANG: en or zh_CN (default: as chosen in View > "
                    "Language, else the system's language; pictures: the system's)."),
        QObject::tr("LANG")};
    QCommandLineOption benchUi{
        QStringLiteral("bench-ui"),
        QObject::tr("Measure start-up, redraw times and event-loop latency while a network "
                    "trains (default LSTM H=128 L=2 T=200 B=32; the flags below change it), and "
                    "the training speed beside the engine's; print the report and exit.")};
    QCommandLineOption benchTrain{
        QStringLiteral("bench-train"),
        QObject::tr("Train the network below in the window, every view live, at full speed; "
                    "print one JSON line with steps_per_s (the keys of `rnnlab-cli bench`) and "
                    "exit.")};
    QCommandLineOption cell{
        QStringLiteral("cell"),
        QObject::tr("--bench-train, --bench-ui: rnn, lstm or gru (default lstm)."),
        QObject::tr("C")};
    QCommandLineOption hidden{
        QStringLiteral("hidden"),
        QObject::tr("--bench-train: hidden units (default 64; --bench-ui 128)."), QObject::tr("H")};
    QCommandLineOption layers{QStringLiteral("layers"),
                              QObject::tr("--bench-train: layers (default 1; --bench-ui 2)."),
                              QObject::tr("L")};
    QCommandLineOption seq{
        QStringLiteral("seq"),
        QObject::tr("--bench-train: window length (default 100; --bench-ui 200)."),
        QObject::tr("T")};
    QCommandLineOption batch{QStringLiteral("batch"),
                             QObject::tr("--bench-train, --bench-ui: batch size (default 32)."),
                             QObject::tr("B")};
    QCommandLineOption steps{QStringLiteral("steps"),
                             QObject::tr("--bench-train: timed steps (default 3000 below H = 64, "
                                         "300 below H = 256, 100 from there; --bench-ui: of "
                                         "the training comparison, 30)."),
                             QObject::tr("N")};

    LaunchParser() {
        parser.setApplicationDescription(
            QObject::tr("RNN Lab: train RNN, LSTM and GRU networks and look inside them."));
        parser.addOptions({view, lesson, trainSteps, screenshot, snapshot, caption, size,
                           presentation, dark, language, benchUi, benchTrain, cell, hidden, layers,
                           seq, batch, steps});
        parser.addPositionalArgument(
            QStringLiteral("FILE"),
            QObject::tr("A *.rnnlab.json experiment, a *.csv series, a *.txt text (a character "
                        "model) or *.tsv labelled sentences."),
            QStringLiteral("[FILE]"));
    }
};

// A whole number from lo to hi, or the error naming the option.
std::optional<int> wholeNumber(const QCommandLineParser& parser, const QCommandLineOption& option,
                               int lo, int hi, QString& error) {
    bool ok = false;
    const QString text = parser.value(option);
    const int n = text.toInt(&ok);
    if (ok && n >= lo && n <= hi) return n;
    error = QObject::tr("--%1: '%2' is not a whole number from %3 to %4")
                .arg(option.names().constFirst(), text)
                .arg(lo)
                .arg(hi);
    return std::nullopt;
}

// The network of --bench-train or --bench-ui (their defaults, changed by --cell, --hidden,
// --layers, --seq, --batch and --steps); error names the option that is wrong, or one given
// without either.
std::optional<TrainBenchmarkOptions> benchOptions(const LaunchParser& p, QString& error) {
    const QCommandLineParser& parser = p.parser;
    const std::vector<const QCommandLineOption*> own = {&p.cell, &p.hidden, &p.layers,
                                                        &p.seq,  &p.batch,  &p.steps};
    if (!parser.isSet(p.benchTrain) && !parser.isSet(p.benchUi)) {
        for (const QCommandLineOption* o : own) {
            if (parser.isSet(*o)) {
                error = QObject::tr("--%1 goes with --bench-train or --bench-ui only")
                            .arg(o->names().constFirst());
                return std::nullopt;
            }
        }
        return std::nullopt;
    }
    TrainBenchmarkOptions b;
    if (!parser.isSet(p.benchTrain)) b = uiBenchmarkNetwork(UiBenchmarkOptions());
    if (parser.isSet(p.cell)) {
        try {
            b.cell = parseCellType(parser.value(p.cell).toStdString());
        } catch (const ConfigError& e) {
            error = QStringLiteral("--cell: ") + translatedUserMessage(e);
            return std::nullopt;
        }
    }
    struct Bounded {
        const QCommandLineOption& option;
        int& value;
        int lo, hi;
    };
    for (const Bounded& n :
         {Bounded{p.hidden, b.hiddenSize, 1, kMaxHiddenSize},
          Bounded{p.layers, b.layers, 1, kMaxLayers}, Bounded{p.seq, b.seq, 1, 100000},
          Bounded{p.batch, b.batch, 1, kMaxBatchSize},
          Bounded{p.steps, b.steps, 1, kMaxTrainSteps}}) {
        if (!parser.isSet(n.option)) continue;
        const std::optional<int> v = wholeNumber(parser, n.option, n.lo, n.hi, error);
        if (!v) return std::nullopt;
        n.value = *v;
    }
    return b;
}

// --size WxH within kMinSize .. kMaxSize, or the error saying why not.
QSize windowSize(const QString& text, QString& error) {
    static const QRegularExpression wxh(QStringLiteral("^(\\d{1,5})x(\\d{1,5})$"));
    const QRegularExpressionMatch m = wxh.match(text);
    if (!m.hasMatch()) {
        error = QObject::tr("--size: '%1' is not WIDTHxHEIGHT (for example 1920x1080)").arg(text);
        return {};
    }
    const QSize size(m.captured(1).toInt(), m.captured(2).toInt());
    if (size.width() < kMinSize.width() || size.height() < kMinSize.height() ||
        size.width() > kMaxSize.width() || size.height() > kMaxSize.height()) {
        error = QObject::tr("--size: %1x%2 is outside %3x%4 .. %5x%6")
                    .arg(size.width())
                    .arg(size.height())
                    .arg(kMinSize.width())
                    .arg(kMinSize.height())
                    .arg(kMaxSize.width())
                    .arg(kMaxSize.height());
    }
    return size;
}

}  // namespace

QString launchHelpText() {
    return LaunchParser().parser.helpText();
}

LaunchParseResult parseLaunchOptions(const QStringList& arguments) {
    LaunchParser p;
    QCommandLineParser& parser = p.parser;
    if (!parser.parse(arguments)) return error(parser.errorText());
    if (parser.isSet(p.help)) return {LaunchParseResult::Status::Help, {}, {}};
    if (parser.isSet(p.version)) return {LaunchParseResult::Status::Version, {}, {}};

    LaunchParseResult r;
    LaunchOptions& o = r.options;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        return error(QObject::tr("expected at most one FILE, got %1: %2")
                         .arg(positional.size())
                         .arg(positional.join(QStringLiteral(" "))));
    }
    o.file = positional.value(0);
    o.view = parser.value(p.view);
    o.lesson = parser.value(p.lesson);
    // A lesson file given as FILE (a double-click in the file manager: `rnnlab %f`) opens as
    // --lesson FILE does.
    if (o.file.endsWith(QLatin1String(".lesson.json"), Qt::CaseInsensitive)) {
        if (!o.lesson.isEmpty()) {
            return error(
                QObject::tr("%1 is a lesson, and --lesson names another: give one").arg(o.file));
        }
        o.lesson = o.file;
        o.file.clear();
    }
    if (parser.isSet(p.trainSteps)) {
        bool ok = false;
        o.trainSteps = parser.value(p.trainSteps).toInt(&ok);
        if (!ok || o.trainSteps < 0 || o.trainSteps > kMaxTrainSteps) {
            return error(QObject::tr("--train-steps: '%1' is not a whole number from 0 to %2")
                             .arg(parser.value(p.trainSteps))
                             .arg(kMaxTrainSteps));
        }
    }
    o.screenshotPath = parser.value(p.screenshot);
    if (parser.isSet(p.screenshot) &&
        !o.screenshotPath.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive)) {
        return error(QObject::tr("--screenshot: '%1' must end in .png").arg(o.screenshotPath));
    }
    o.snapshotPath = parser.value(p.snapshot);
    static const QRegularExpression snapshotSuffix(QStringLiteral("\\.(png|svg|pdf)$"),
                                                   QRegularExpression::CaseInsensitiveOption);
    if (parser.isSet(p.snapshot) && !snapshotSuffix.match(o.snapshotPath).hasMatch()) {
        return error(
            QObject::tr("--snapshot: '%1' must end in .png, .svg or .pdf").arg(o.snapshotPath));
    }
    o.caption = parser.isSet(p.caption);
    if (o.caption && !parser.isSet(p.snapshot))
        return error(QObject::tr("--caption goes with --snapshot only"));
    if (parser.isSet(p.size)) {
        QString sizeError;
        o.size = windowSize(parser.value(p.size), sizeError);
        if (!sizeError.isEmpty()) return error(sizeError);
    }
    o.presentation = parser.isSet(p.presentation);
    o.dark = parser.isSet(p.dark);
    if (parser.isSet(p.language)) {
        o.language = parser.value(p.language);
        if (!availableLanguages().contains(o.language)) {
            return error(QObject::tr("--language: '%1' is not one of %2")
                             .arg(o.language, availableLanguages().join(QStringLiteral(", "))));
        }
    }
    QString benchError;
    const std::optional<TrainBenchmarkOptions> bench = benchOptions(p, benchError);
    if (!benchError.isEmpty()) return error(benchError);
    if (parser.isSet(p.benchTrain))
        o.benchTrain = bench;
    else if (parser.isSet(p.benchUi))
        o.benchUi = bench;
    return r;
}

void applyLaunchOptions(LabWindow& window, const LaunchOptions& o) {
    if (o.dark) Theme::instance().setScheme(ColorScheme::Dark);
    // A screenshot or snapshot is not the user's work: its file stays out of File > Open Recent.
    if (o.headless()) window.recentFiles()->setStored(false);
    if (o.presentation) window.setPresentationMode(true, !o.headless());
    if (o.size.isValid()) {
        window.resize(o.size);
    } else if (o.headless()) {
        window.resize(kDefaultScreenshotSize);
    }
    if (!o.view.isEmpty() && !window.viewNames().contains(o.view, Qt::CaseInsensitive)) {
        fail(QObject::tr("--view: unknown view '%1' (expected one of: %2)")
                 .arg(o.view, window.viewNames().join(QStringLiteral(", "))));
    }
    if (!o.file.isEmpty()) {
        const QFileInfo info(o.file);
        if (!info.isFile()) fail(QObject::tr("%1: no such file").arg(o.file));
        if (fileKindOf(o.file) == FileKind::Lesson)
            fail(QObject::tr("%1: a lesson opens with --lesson %1").arg(o.file));
        if (!MainWindow::isOpenableFile(o.file)) {
            fail(QObject::tr("%1: expected a .rnnlab.json experiment, a .csv series, a .txt "
                             "text or .tsv labelled sentences")
                     .arg(o.file));
        }
        openAndWait(window.controller(), info.absoluteFilePath());
    }
    if (!o.lesson.isEmpty()) {
        try {
            loadAndWait(window.controller(), [&] { window.openLesson(o.lesson); });
        } catch (const ConfigError& e) {
            fail(QStringLiteral("--lesson: ") + translatedUserMessage(e));
        }
    }
    if (o.trainSteps > 0) {
        const QString shortRun = trainAndWait(window.controller(), o.trainSteps);
        if (!shortRun.isEmpty())
            std::fprintf(stderr, "rnnlab: --train-steps %d: %s\n", o.trainSteps,
                         qPrintable(shortRun));
        trainRunsAndWait(*window.compareView(), o.trainSteps);
    }
    if (!o.view.isEmpty()) window.showView(o.view);
    waitForWorker(window.controller());  // the views show the run's snapshot from the start
    window.settleViews();
}

QString launchLanguage(const LaunchOptions& o) {
    if (!o.language.isEmpty()) return o.language;
    return o.headless() ? languageForLocale(QLocale::system().name()) : startupLanguage();
}

}  // namespace rnnlab::ui
