#pragma once
// The command line of the GUI:
//   rnnlab [FILE] [--view NAME] [--screenshot OUT.png] [--size WxH] [--presentation] [--dark]
// parseLaunchOptions checks the syntax and needs no application object, so bad arguments
// fail cleanly even without a display; applyLaunchOptions checks what needs the window (view
// names, the file) and sets it up. Both report errors that main() turns into exit code 2.

#include <QSize>
#include <QString>
#include <QStringList>

namespace rnnlab::ui {

class MainWindow;

struct LaunchOptions {
    QString file;            // *.csv or *.rnnlab.json to open
    QString view;            // tab to show (case-insensitive)
    QString screenshotPath;  // grab the window to this PNG and exit
    QSize size;              // window size; invalid: the default (screenshots: 1920x1080)
    bool presentation = false;
    bool dark = false;
};

// The size of a screenshot when --size is not given: a 1080p projector.
constexpr QSize kDefaultScreenshotSize(1920, 1080);

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

// Theme, presentation mode, size, view and file. Throws rnnlab::ConfigError naming the option.
void applyLaunchOptions(MainWindow& window, const LaunchOptions& options);

}  // namespace rnnlab::ui
