// rnnlab-cli export: every plot of an experiment as files for slides and reports
// (docs/formats.md §3), drawn by the same widgets as the GUI, headless. Without a platform set,
// Qt's offscreen platform is used, so no display is needed.
// Exit 0 when every file was written, 1 for an experiment that cannot be opened or a file that
// cannot be written, 2 for bad usage.
#ifdef RNNLAB_HAVE_UI

#include <QApplication>
#include <QDir>
#include <QRegularExpression>
#include <algorithm>
#include <cstdio>

#include "arguments.h"
#include "command_registry.h"
#include "core/base/errors.h"
#include "ui/application_setup.h"
#include "ui/headless/headless_run.h"
#include "ui/plot/figure.h"
#include "ui/plot/figure_collection.h"
#include "ui/theme/theme.h"
#include "ui/window/lab_window.h"

namespace rnnlab::cli {
namespace RNNLAB_CLI_FILE {  // this file's own names (app/CMakeLists.txt)
namespace {

constexpr const char* kUsage =
    "usage: rnnlab-cli export --experiment E.rnnlab.json --dir OUT\n"
    "                         --format png|pdf|svg|csv|html\n"
    "                         [--size WxH] [--dpi N] [--dark] [--presentation]\n"
    "Writes every figure of the experiment (data, loss, predictions, ...) into OUT, one file\n"
    "per figure and format, named after the figure's title, and the unrolled network as a\n"
    "picture (unrolled-network.png/.pdf/.svg; a picture has no CSV). --format takes a comma list\n"
    "(png,pdf); html writes the pages that have an HTML form (the Text view's coloured text,\n"
    "with the text as text); --size is the figure's layout size in pixels (default 1200x800); --dpi the PNG\n"
    "resolution (default 96: 1200x800 pixels); --presentation draws with the projector theme's\n"
    "large fonts and thick lines.\n";

struct Formats {
    QList<ui::FigureFormat> figures;
    bool html = false;
};

Formats formatsFrom(const std::string& text) {
    Formats formats;
    for (const std::string& name : splitList(text)) {
        if (name == "html") {
            formats.html = true;
            continue;
        }
        const auto f = ui::parseFigureFormat(QString::fromStdString(name));
        if (!f) throw UsageError("--format: '" + name + "' is not one of png, pdf, svg, csv, html");
        if (!formats.figures.contains(*f)) formats.figures << *f;
    }
    if (formats.figures.isEmpty() && !formats.html)
        throw UsageError("--format needs at least one of png, pdf, svg, csv, html");
    return formats;
}

QSize sizeFrom(const std::string& text) {
    static const QRegularExpression wxh(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const QRegularExpressionMatch m = wxh.match(QString::fromStdString(text));
    if (!m.hasMatch())
        throw UsageError("--size: '" + text + "' is not WIDTHxHEIGHT, e.g. 1200x800");
    return QSize(m.captured(1).toInt(), m.captured(2).toInt());
}

struct ExportRequest {
    bool help = false;
    QString experiment, dir;
    Formats formats;
    ui::ExportOptions figures;
    bool dark = false, presentation = false;
};

ExportRequest parseOptions(const std::vector<std::string>& args) {
    ExportRequest o;
    o.help = std::find(args.begin(), args.end(), "--help") != args.end();
    if (o.help) return o;
    const Arguments a(args, {"experiment", "dir", "format", "size", "dpi"},
                      {"dark", "presentation"});
    a.expectNoPositional();
    o.experiment = QString::fromStdString(a.required("experiment"));
    o.dir = QString::fromStdString(a.required("dir"));
    o.formats = formatsFrom(a.required("format"));
    if (a.has("size")) o.figures.size = sizeFrom(a.required("size"));
    o.figures.dpi = a.integer("dpi", o.figures.dpi, 24, 1200);
    o.dark = a.has("dark");
    o.presentation = a.has("presentation");
    return o;
}

int runExport(const std::vector<std::string>& args) {
    const ExportRequest o = parseOptions(args);
    if (o.help) {
        std::fputs(kUsage, stdout);
        return 0;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt's own notes on a headless platform (no runtime folder, no size hints) are not the
    // user's business; real failures are reported by the command.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& text) {
        if (type == QtCriticalMsg || type == QtFatalMsg)
            std::fprintf(stderr, "%s\n", qPrintable(text));
    });
    static int argc = 1;
    static char name[] = "rnnlab-cli";
    static char* argv[] = {name, nullptr};
    QApplication app(argc, argv);
    ui::setupApplication();
    if (o.dark) ui::Theme::instance().setScheme(ui::ColorScheme::Dark);
    if (o.presentation) ui::Theme::instance().setPresentation(true);

    ui::LabWindow window;
    ui::openAndWait(window.controller(), o.experiment);
    window.settleViews();
    const QStringList written =
        ui::exportFigures(ui::figuresIn(window), o.dir, o.formats.figures, o.figures,
                          ui::picturesIn(window), o.formats.html);
    for (const QString& path : written)
        std::printf("%s\n", qPrintable(QDir::toNativeSeparators(path)));
    return 0;
}

const CommandRegistration registration(
    "export", "every plot of an experiment as PNG, PDF, SVG or CSV files, headless", runExport,
    [](const std::vector<std::string>& args) { parseOptions(args); });

}  // namespace
}  // namespace RNNLAB_CLI_FILE
}  // namespace rnnlab::cli

#endif  // RNNLAB_HAVE_UI
