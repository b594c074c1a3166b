#include "gui_test_support.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

#include "ui/theme/theme.h"
#include "ui/experiment/experiment_controller.h"
#include "ui/headless/headless_run.h"

namespace gui_test {

QByteArray datedSeries(int rows) {
    QByteArray csv = "date,level\n";
    const QDate start(2020, 1, 1);
    for (int i = 0; i < rows; ++i) {
        csv += start.addDays(i).toString(Qt::ISODate).toUtf8() + ',' +
               QByteArray::number(10 + std::sin(i / 6.0), 'f', 4) + '\n';
    }
    return csv;
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

bool waitUntilIdle(rnnlab::ui::ExperimentController& controller, int timeoutMs) {
    if (!QTest::qWaitFor([&controller] { return !controller.isLoading(); }, timeoutMs))
        return false;
    rnnlab::ui::waitForWorker(controller);
    return true;
}

void setUpDivergingRun(rnnlab::ui::ExperimentController& c) {
    using namespace rnnlab;
    NetworkConfig n = c.network();
    n.cell = CellType::Rnn;
    n.nonlinearity = Nonlinearity::Relu;
    c.setNetwork(n);
    TrainingSettings s = c.settings();
    s.optimizer = OptimizerSettings::forKind(OptimizerKind::Sgd);
    s.optimizer.learningRate = 10;
    s.clip = false;
    s.init.scheme = InitScheme::Identity;
    s.init.identityScale = 1.5;
    c.setSettings(s);
}

bool showAndActivate(QWidget& window) {
    window.show();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

QString screenshotPath(const QString& fileName) {
    const QString kept = qEnvironmentVariable("RNNLAB_TEST_SCREENSHOTS");
    if (!kept.isEmpty()) {
        QDir().mkpath(kept);
        return QDir(kept).filePath(fileName);
    }
    static QTemporaryDir dir;
    return dir.filePath(fileName);
}

int colourCount(const QImage& image) {
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) colours.insert(image.pixel(x, y));
    return int(colours.size());
}

QString screenshotProblem(const QImage& image) {
    if (image.isNull()) return QStringLiteral("no image");
    QHash<QRgb, qsizetype> colours;
    double luminance = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QRgb c = image.pixel(x, y);
            ++colours[c];
            luminance += (0.2126 * qRed(c) + 0.7152 * qGreen(c) + 0.0722 * qBlue(c)) / 255;
        }
    const qsizetype pixels = qsizetype(image.width()) * image.height();
    luminance /= double(pixels);
    qsizetype most = 0;
    for (qsizetype n : colours) most = std::max(most, n);
    if (colours.size() < 32) return QStringLiteral("only %1 colours").arg(colours.size());
    if (most > pixels * 97 / 100) return QStringLiteral("one colour covers over 97 %");
    const bool dark = rnnlab::ui::Theme::instance().style().scheme == rnnlab::ui::ColorScheme::Dark;
    if (dark ? luminance > 0.45 : luminance < 0.55)
        return QStringLiteral("mean luminance %1 in the %2 theme")
            .arg(luminance)
            .arg(dark ? "dark" : "light");
    return {};
}

}  // namespace gui_test
