#pragma once
// The command line of the GUI:
//   rnnlab [FILE] [--view NAME] [--train-steps N] [--screenshot OUT.png] [--size WxH]
//          [--snapshot OUT.png|svg|pdf [--caption]] [--lesson NAME|FILE] [--presentation]
//          [--dark] [--language en|zh_CN]
//   rnnlab --bench-ui|--bench-train [--cell C] [--hidden H] [--layers L] [--seq T] [--batch B]
//   [--steps N]
// parseLaunchOptions checks the syntax and needs no application object, so bad arguments
// fail cleanly even without a display; applyLaunchOptions checks what needs the window (view
// names, the file) and sets it up. Both report errors that main() turns into exit code 2.

#include <QSize>
#include <QString>
#include <QStringList>
#include <optional>

#include "ui/headless/train_benchmark.h"

namespace rnnlab::ui {

class LabWindow;

struct LaunchOptions {
    QString file;            // *.csv or *.rnnlab.json to open
    QString lesson;          // lesson to open and start, by name or by its file's path
    QString view;            // tab to show (case-insensitive)
    int trainSteps = 0;      // training steps to run once the file is open
    QString screenshotPath;  // grab the window to this PNG and exit
    QString snapshotPath;    // snapshot the view to this PNG, SVG or PDF and exit
    bool caption = false;    // --caption: the snapshot's caption line
    QSize size;              // window size; invalid: the default (screenshots: 1920x1080)
    bool presentation = false;
    bool dark = false;
    QString language;  // --language: "en" or "zh_CN"; empty: launchLanguage() decides
    // --bench-ui: measure the GUI (ui_benchmark.h) while this network trains, print, exit
    std::optional<TrainBenchmarkOptions> benchUi;
    // --bench-train: measure the window's training speed (train_benchmark.h), print, exit
    std::optional<TrainBenchmarkOptions> benchTrain;

    // Saves a picture and exits: the window is not shown to a person.
    bool headless() const { return !screenshotPath.isEmpty() || !snapshotPath.isEmpty(); }
};

// The size of a screenshot when --size is not given: a 1080p projector.
constexpr QSize kDefaultScreenshotSize(1920, 1080);
constexpr int kMaxTrainSteps = 10000000;

struct LaunchParseResult {
    enum class Status { Run, Help, Version, Error };
    Status status = Status::Run;
    LaunchOptions options;
    QString message;  // the error
};

// arguments include the program name, as QCoreApplication::arguments().
LaunchParseResult parseLaunchOptions(const QStringList& arguments);

// The --help text (needs a QCoreApplication for the program name).
QString launchHelpText();

// Theme, presentation mode, size, file, lesson, training steps and view, in that order; waits
// for the file to open and the steps to run. Throws rnnlab::ConfigError naming the option, or
// rnnlab::FileError when the file or the lesson file cannot be opened.
void applyLaunchOptions(LabWindow& window, const LaunchOptions& options);

// The language the window starts in: --language, else View → Language's choice, else the
// system's; pictures (--screenshot, --snapshot) ignore the choice, as they ignore the other
// settings, so that they look the same on every machine with the same locale.
QString launchLanguage(const LaunchOptions& options);

}  // namespace rnnlab::ui
