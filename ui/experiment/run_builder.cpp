#include "ui/experiment/run_builder.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>

#include "core/base/errors.h"
#include "core/data/data_error.h"
#include "core/data/windowed_dataset.h"

namespace rnnlab::ui {

namespace {

// The data of a source, resolved once; a window too long for the series shrinks to the
// longest that fits its parts when allowed (a short dataset chosen after a long one).
std::shared_ptr<const TrainingData> buildData(DataSource& source, bool fitWindow,
                                              BuiltRun& b) {
    const ResolvedSource resolved = resolveSource(source);
    if (!resolved.hasSeries()) return resolved.trainingData();
    const Series series = resolved.series();
    try {
        return windowedData(series, source);
    } catch (const ConfigError&) {
        if (!fitWindow) throw;
        b.fittedWindow =
            WindowedDataset::longestFittingWindow(series.rows(), source.window, source.split);
        if (!b.fittedWindow) throw;
        source.window.window = *b.fittedWindow;
        return windowedData(series, source);
    }
}

}  // namespace

BuiltRun buildRun(const ExperimentSpec& spec, std::shared_ptr<const TrainingData> data,
                  bool fitWindow) {
    BuiltRun b;
    const bool newData = !data;
    auto run = std::make_shared<RunSlot>();
    run->source = spec.source;
    try {
        run->data = data ? std::move(data) : buildData(run->source, fitWindow, b);
    } catch (const std::bad_alloc&) {
        b.error = QObject::tr("the data is too large for this machine's memory");
        b.dataError = true;
        return b;
    } catch (const std::exception& e) {
        b.error = translatedUserMessage(e);
        b.dataError = true;
        return b;
    }
    try {
        run->trainer =
            trainerForData(spec.network, spec.settings, run->data, AnalysisMode::Deferred);
    } catch (const std::bad_alloc&) {
        b.error = QObject::tr("the network is too large for this machine's memory");
        return b;
    } catch (const std::exception& e) {
        b.error = translatedUserMessage(e);
        b.dataError = newData;
        return b;
    }
    b.run = std::move(run);
    return b;
}

OpenedRun openRun(const QString& path, const DataSource& currentData) {
    OpenedRun o;
    try {
        Experiment e = readExperiment(path.toStdString());
        if (!e.data) {
            e.data = currentData;  // a bare model trains on the data already loaded
        } else if (e.data->kind == DataSourceKind::Csv && !e.data->csvPath.empty()) {
            e.data->csvPath =
                QFileInfo(QFileInfo(path).dir(), QString::fromStdString(e.data->csvPath))
                    .absoluteFilePath()
                    .toStdString();
        }
        auto run = std::make_shared<RunSlot>();
        run->trainer = makeTrainer(e, directoryOf(path.toStdString()), AnalysisMode::Deferred);
        run->data = run->trainer->sharedData();
        run->source = *e.data;
        o.spec = {*e.data, run->trainer->networkConfig(), run->trainer->settings(), {}};
        o.run = std::move(run);
    } catch (const DataError& e) {
        o.error = translatedUserMessage(e);
        o.dataError = true;
    } catch (const std::bad_alloc&) {
        o.error = QObject::tr("%1: the experiment is too large for this machine's memory").arg(path);
    } catch (const std::exception& e) {
        o.error = translatedUserMessage(e);
    }
    return o;
}

}  // namespace rnnlab::ui
