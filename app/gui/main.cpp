// rnnlab: the GUI entry point.
//   rnnlab [FILE] [--view NAME] [--train-steps N] [--screenshot OUT.png] [--size WxH]
//          [--snapshot OUT.png|svg|pdf [--caption]] [--lesson NAME|FILE] [--presentation]
//          [--dark]
//   rnnlab --bench-ui|--bench-train [--cell C] [--hidden H] [--layers L] [--seq T] [--batch B]
//   [--steps N]
// Bad arguments: a message on stderr and exit code 2 (checked before any window system is
// needed, so this holds without a display too). A file that cannot be opened: exit code 1 with
// --screenshot or --snapshot; otherwise the window says why and starts with its default
// experiment. --screenshot, --snapshot and --bench-train draw offscreen unless QT_QPA_PLATFORM
// names a platform.
// The interactive window autosaves its run and offers the recoveries of crashed sessions
// (in $RNNLAB_RECOVERY_DIR when set); --screenshot, --snapshot, --bench-ui and --bench-train
// leave them alone.
#include <QAction>
#include <QApplication>
#include <cstdio>
#include <memory>
#include <optional>

#include "core/base/errors.h"
#include "ui/application_language.h"
#include "ui/application_setup.h"
#include "ui/window/lab_window.h"
#include "ui/window/launch_options.h"
#include "ui/experiment/run_autosave.h"
#include "ui/headless/train_benchmark.h"
#include "ui/headless/ui_benchmark.h"
#include "ui/headless/window_screenshot.h"

namespace {

QStringList argumentsOf(int argc, char** argv) {
    QStringList args;
    for (int i = 0; i < argc; ++i) args << QString::fromLocal8Bit(argv[i]);
    return args;
}

// --help and --version print text only: a QCoreApplication suffices.
int printText(int argc, char** argv, bool help) {
    QCoreApplication app(argc, argv);
    rnnlab::ui::setApplicationInfo();
    const QString text = help ? rnnlab::ui::launchHelpText()
                              : QCoreApplication::applicationName() + QLatin1Char(' ') +
                                    QCoreApplication::applicationVersion() + QLatin1Char('\n');
    std::fputs(qPrintable(text), stdout);
    return 0;
}

// The interactive window, and the ones that replace it when View → Language switches
// (language_switch.h): the old window is gone before the new one is built.
int runInteractive(std::unique_ptr<rnnlab::ui::LabWindow> window) {
    for (;;) {
        window->enableAutosave(rnnlab::ui::recoveryDirectory());
        window->showOnScreen();
        const int status = QApplication::exec();
        const std::optional<rnnlab::ui::WindowReopening> reopening = window->reopening();
        if (!reopening) return status;
        window.reset();
        rnnlab::ui::installLanguage(rnnlab::ui::startupLanguage());
        window = std::make_unique<rnnlab::ui::LabWindow>();
        window->restoreSettings();
        reopening->applyTo(*window);
    }
}

}  // namespace

int main(int argc, char** argv) {
    using rnnlab::ui::LaunchParseResult;
    const LaunchParseResult parsed = rnnlab::ui::parseLaunchOptions(argumentsOf(argc, argv));
    switch (parsed.status) {
        case LaunchParseResult::Status::Help:
            return printText(argc, argv, true);
        case LaunchParseResult::Status::Version:
            return printText(argc, argv, false);
        case LaunchParseResult::Status::Error:
            std::fprintf(stderr, "rnnlab: %s\nTry 'rnnlab --help'.\n", qPrintable(parsed.message));
            return 2;
        case LaunchParseResult::Status::Run:
            break;
    }

    const rnnlab::ui::LaunchOptions& options = parsed.options;
    // The training benchmark, screenshots and snapshots need no display: offscreen unless a
    // platform was chosen (so `scripts/run --screenshot x.png` works on a machine without X).
    const bool needsNoDisplay = options.benchTrain || options.headless();
    if (needsNoDisplay && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    rnnlab::ui::setupApplication();
    if (options.benchTrain) return rnnlab::ui::runTrainBenchmark(*options.benchTrain);
    if (options.benchUi) {
        rnnlab::ui::UiBenchmarkOptions bench = rnnlab::ui::uiBenchmarkOptions(*options.benchUi);
        if (options.size.isValid()) bench.size = options.size;
        return rnnlab::ui::runUiBenchmark(bench);
    }
    const bool headless = options.headless();
    rnnlab::ui::installLanguage(rnnlab::ui::launchLanguage(options));
    auto owned = std::make_unique<rnnlab::ui::LabWindow>();
    rnnlab::ui::LabWindow& window = *owned;
    if (!headless) window.restoreSettings();  // screenshots look the same on every machine
    try {
        rnnlab::ui::applyLaunchOptions(window, options);
    } catch (const rnnlab::ConfigError& e) {
        std::fprintf(stderr, "rnnlab: %s\n", e.what());
        return 2;
    } catch (const rnnlab::FileError& e) {
        std::fprintf(stderr, "rnnlab: %s\n", e.what());
        if (headless) return 1;
    }
    if (headless) {
        try {
            if (!options.screenshotPath.isEmpty())
                rnnlab::ui::saveWindowScreenshot(window, options.screenshotPath);
            if (!options.snapshotPath.isEmpty()) {
                rnnlab::ui::settleWindow(window);
                window.actions().snapshotCaption->setChecked(options.caption);
                window.saveViewSnapshot(options.snapshotPath);
            }
        } catch (const rnnlab::FileError& e) {
            std::fprintf(stderr, "rnnlab: %s\n", e.what());
            return 1;
        }
        return 0;
    }
    return runInteractive(std::move(owned));
}
