// The live samples panel on a real experiment controller training a character model of a small
// text: Sample adds an entry with its step and settings; the same seed and settings at the same
// weights write the same text; τ = 0 writes what sampleText writes greedily with the training
// thread's weights; a prime character outside the vocabulary is named by column and adds
// nothing; automatic samples follow the multiples of N; another run marks the timeline as an
// earlier run's and data that is not a text turns the panel off; the temperature slider is
// greedy at the left and logarithmic after it.
#include <QCheckBox>
#include <QFileInfo>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTemporaryDir>
#include <cmath>

#include "core/data/text_dataset.h"
#include "core/train/text_sampling.h"
#include "gui_test_support.h"
#include "settings_sandbox.h"
#include "test_main.h"
#include "ui/experiment/experiment_controller.h"
#include "ui/headless/headless_run.h"
#include "ui/text/live_samples_panel.h"
#include "ui/text/live_samples_wiring.h"
#include "ui/theme/theme.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using namespace rnnlab::ui;
using gui_test::kWorkerTimeoutMs;
using gui_test::waitUntilIdle;

namespace {

// Twenty lines of a small-alphabet text: no 'Z', no 'q'.
QByteArray smallText() {
    QByteArray text;
    for (int i = 0; i < 20; ++i) text += "the cat sat on the mat and the hat sat on the cat.\n";
    return text;
}

// What sampleText writes with the training thread's current weights and vocabulary, and the
// step of those weights.
std::pair<std::string, long long> sampleOnTrainer(ExperimentController& c,
                                                  const SamplingSettings& settings) {
    std::pair<std::string, long long> written{{}, -1};
    bool done = false;
    c.session().withTrainer(
        [&](Trainer& t) {
            const auto& text = dynamic_cast<const TextDataset&>(t.data());
            written = {sampleText(t.networkConfig(), t.weights(), text.vocabulary(), settings),
                       t.stepCount()};
        },
        [&done](const QString&) { done = true; });
    if (!QTest::qWaitFor([&done] { return done; }, kWorkerTimeoutMs)) return {{}, -1};
    return written;
}

bool waitForSamples(const LiveSamplesPanel& panel, std::size_t count) {
    return QTest::qWaitFor([&] { return panel.samples().size() >= count; }, kWorkerTimeoutMs);
}

}  // namespace

class TestLiveSamples : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void sampleAddsAnEntryWithStepAndSettings();
    void sameSeedAndSettingsWriteTheSameText();
    void greedyIsSampleTextAtTemperatureZero();
    void primeOutsideTheVocabularyIsNamedByColumn();
    void automaticSamplesFollowMultiplesOfN();
    void automaticSamplesWhilePlaying();
    void anotherRunOrOtherDataNeverShowsThisRunsSamples();
    void trainedExperimentOpenedWritesASampleAtOnce();
    void temperatureSliderIsGreedyThenLogarithmic();
    void rendersInEveryTheme_data();
    void rendersInEveryTheme();

private:
    // A controller training a 16-unit LSTM on smallText(), the panel wired to it, automatic
    // samples off.
    void setUpTextRun();

    SettingsSandbox m_settings;
    QTemporaryDir m_dir;
    std::unique_ptr<ExperimentController> m_controller;
    std::unique_ptr<LiveSamplesPanel> m_panel;
};

void TestLiveSamples::init() {
    setUpTextRun();
}

void TestLiveSamples::cleanup() {
    m_panel.reset();
    m_controller.reset();
}

void TestLiveSamples::setUpTextRun() {
    const QString path = m_dir.filePath("cat.txt");
    QVERIFY(gui_test::writeFile(path, smallText()));
    m_controller = std::make_unique<ExperimentController>();
    m_panel = std::make_unique<LiveSamplesPanel>();
    connectLiveSamples(*m_panel, *m_controller);
    QVERIFY(!m_panel->unavailableText().isEmpty());  // the default data is a sine wave
    m_panel->setAutoSampling(false);
    TrainingSettings settings = m_controller->settings();
    settings.epochs = 1000;
    m_controller->setSettings(settings);
    DataSource text;
    text.kind = DataSourceKind::Text;
    text.text.path = path.toStdString();
    text.window.window = 16;
    loadAndWait(*m_controller, [&] { m_controller->setDataSource(text); });
    QVERIFY(waitUntilIdle(*m_controller));
    QVERIFY(dynamic_cast<const TextDataset*>(m_controller->trainingData().get()));
    QVERIFY(m_panel->unavailableText().isEmpty());
    QVERIFY(m_panel->sampleButton()->isEnabled());
}

void TestLiveSamples::sampleAddsAnEntryWithStepAndSettings() {
    LiveSamplesPanel& panel = *m_panel;
    QCOMPARE(trainAndWait(*m_controller, 3), QString());
    QTest::keyClicks(panel.primeEdit(), "the ");
    panel.temperatureSlider()->setValue(21);
    QCOMPARE(panel.temperatureLabel()->text(), QStringLiteral("0.5"));
    panel.topKBox()->setValue(3);
    panel.lengthBox()->setValue(50);
    panel.seedBox()->setValue(7);
    QTest::mouseClick(panel.sampleButton(), Qt::LeftButton);
    QVERIFY(waitForSamples(panel, 1));
    const LiveSample& s = panel.samples().front();
    QCOMPARE(s.step, 3);
    QCOMPARE(s.settings.prime, std::string("the "));
    QCOMPARE(s.settings.temperature, 0.5);
    QCOMPARE(s.settings.topK, 3);
    QCOMPARE(s.settings.length, 50);
    QCOMPARE(s.settings.seed, std::uint64_t(7));
    QCOMPARE(s.text.size(), 50);  // ASCII: one QChar a character
    QCOMPARE(panel.timeline()->count(), 1);
    QCOMPARE(panel.timeline()->item(0)->text(),
             QStringLiteral("step 3 · τ 0.5 · top-k 3 · seed 7\nthe ") + s.text);
    QVERIFY(panel.errorText().isEmpty());

    // Copy: the selected entry's prime and text, as written.
    QVERIFY(!panel.copyButton()->isEnabled());
    panel.timeline()->setCurrentRow(0);
    panel.copyButton()->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("the ") + s.text);
}

void TestLiveSamples::sameSeedAndSettingsWriteTheSameText() {
    LiveSamplesPanel& panel = *m_panel;
    QCOMPARE(trainAndWait(*m_controller, 5), QString());
    panel.lengthBox()->setValue(80);
    panel.seedBox()->setValue(3);
    panel.sampleButton()->click();
    panel.sampleButton()->click();
    QVERIFY(waitForSamples(panel, 2));
    QCOMPARE(panel.samples()[0].text, panel.samples()[1].text);
    panel.seedBox()->setValue(4);
    panel.sampleButton()->click();
    QVERIFY(waitForSamples(panel, 3));
    // τ = 1 over a vocabulary of 13 characters: 80 draws agreeing by chance is out of reach.
    QVERIFY(panel.samples()[0].text != panel.samples()[1].text);

    // Again on the first entry (seed 3, now the last one listed): the same text again.
    QVERIFY(!panel.againButton()->isEnabled());
    panel.timeline()->setCurrentRow(2);
    QVERIFY(panel.againButton()->isEnabled());
    panel.againButton()->click();
    QVERIFY(waitForSamples(panel, 4));
    QCOMPARE(panel.samples()[0].settings.seed, std::uint64_t(3));
    QCOMPARE(panel.samples()[0].text, panel.samples()[3].text);

    // Other weights, same settings: the step says which weights wrote it.
    QCOMPARE(trainAndWait(*m_controller, 20), QString());
    panel.timeline()->setCurrentRow(0);
    panel.againButton()->click();
    QVERIFY(waitForSamples(panel, 5));
    QCOMPARE(panel.samples()[0].step, 25);
    QCOMPARE(panel.samples()[1].step, 5);
}

void TestLiveSamples::greedyIsSampleTextAtTemperatureZero() {
    LiveSamplesPanel& panel = *m_panel;
    QCOMPARE(trainAndWait(*m_controller, 30), QString());
    panel.temperatureSlider()->setValue(panel.temperatureSlider()->minimum());
    QCOMPARE(panel.temperatureLabel()->text(), QStringLiteral("0 (greedy)"));
    panel.primeEdit()->setText(QStringLiteral("the c"));
    panel.lengthBox()->setValue(60);
    panel.sampleButton()->click();
    QVERIFY(waitForSamples(panel, 1));
    QCOMPARE(panel.samples().front().settings.temperature, 0.0);

    SamplingSettings greedy;
    greedy.prime = "the c";
    greedy.length = 60;
    greedy.temperature = 0.0;
    greedy.seed = 12345;  // greedy after a prime draws nothing: the seed does not matter
    const auto [expected, step] = sampleOnTrainer(*m_controller, greedy);
    QCOMPARE(step, panel.samples().front().step);
    QCOMPARE(panel.samples().front().text, QString::fromStdString(expected));
    QVERIFY(!expected.empty());
    QVERIFY(panel.timeline()->item(0)->text().startsWith(QStringLiteral("step 30 · τ 0 (greedy)")));
}

void TestLiveSamples::primeOutsideTheVocabularyIsNamedByColumn() {
    LiveSamplesPanel& panel = *m_panel;
    panel.primeEdit()->setText(QStringLiteral("catZ"));
    panel.sampleButton()->click();
    QVERIFY(QTest::qWaitFor([&] { return !panel.errorText().isEmpty(); }, kWorkerTimeoutMs));
    QVERIFY2(panel.errorText().startsWith(
                 QStringLiteral("prime, column 4: 'Z' (U+005A) is not in the vocabulary")),
             qPrintable(panel.errorText()));
    QVERIFY(waitUntilIdle(*m_controller));
    QVERIFY(panel.samples().empty());
    QCOMPARE(panel.timeline()->count(), 0);

    // Fixed, the next sample clears the message.
    panel.primeEdit()->setText(QStringLiteral("cat"));
    panel.sampleButton()->click();
    QVERIFY(waitForSamples(panel, 1));
    QVERIFY(panel.errorText().isEmpty());
}

void TestLiveSamples::automaticSamplesFollowMultiplesOfN() {
    LiveSamplesPanel& panel = *m_panel;
    panel.everyBox()->setValue(5);
    panel.seedBox()->setValue(9);
    panel.autoBox()->setChecked(true);
    QCOMPARE(trainAndWait(*m_controller, 4), QString());  // before 5: none
    QVERIFY(waitUntilIdle(*m_controller));
    QVERIFY(panel.samples().empty());
    QCOMPARE(trainAndWait(*m_controller, 3), QString());  // step 7 passed 5
    QVERIFY(waitForSamples(panel, 1));
    QCOMPARE(panel.samples()[0].step, 7);
    QCOMPARE(panel.samples()[0].settings.seed, std::uint64_t(9));
    QCOMPARE(trainAndWait(*m_controller, 2), QString());  // step 9: 10 not passed yet
    QVERIFY(waitUntilIdle(*m_controller));
    QCOMPARE(panel.samples().size(), std::size_t(1));
    QCOMPARE(trainAndWait(*m_controller, 8), QString());  // step 17 passed 10 and 15: one
    QVERIFY(waitForSamples(panel, 2));
    QVERIFY(waitUntilIdle(*m_controller));
    QCOMPARE(panel.samples().size(), std::size_t(2));
    QCOMPARE(panel.samples()[0].step, 17);
    QCOMPARE(trainAndWait(*m_controller, 3), QString());  // step 20 is a multiple: due
    QVERIFY(waitForSamples(panel, 3));
    QCOMPARE(panel.samples()[0].step, 20);

    // Off: training on adds nothing.
    panel.autoBox()->setChecked(false);
    QCOMPARE(trainAndWait(*m_controller, 10), QString());
    QVERIFY(waitUntilIdle(*m_controller));
    QCOMPARE(panel.samples().size(), std::size_t(3));
}

void TestLiveSamples::automaticSamplesWhilePlaying() {
    LiveSamplesPanel& panel = *m_panel;
    constexpr int kEvery = 4;
    panel.everyBox()->setValue(kEvery);
    panel.autoBox()->setChecked(true);
    m_controller->play();
    QVERIFY(QTest::qWaitFor([&] { return panel.samples().size() >= 3; }, kWorkerTimeoutMs));
    m_controller->pause();
    QVERIFY(waitUntilIdle(*m_controller));
    // Newest first; each sample was asked for at a snapshot past a new multiple of N.
    const std::vector<LiveSample>& s = panel.samples();
    for (std::size_t i = 0; i + 1 < s.size(); ++i) {
        QVERIFY2(s[i].step / kEvery > s[i + 1].step / kEvery,
                 qPrintable(QString("%1 then %2").arg(s[i + 1].step).arg(s[i].step)));
    }
    QVERIFY(s.back().step >= kEvery);
}

void TestLiveSamples::anotherRunOrOtherDataNeverShowsThisRunsSamples() {
    LiveSamplesPanel& panel = *m_panel;
    QCOMPARE(trainAndWait(*m_controller, 5), QString());
    panel.sampleButton()->click();
    QVERIFY(waitForSamples(panel, 1));
    QCOMPARE(panel.currentRunSamples(), 1);

    // Another network: a new run. Its first snapshot marks the sample as an earlier run's.
    NetworkConfig n = m_controller->network();
    n.hiddenSize = 8;
    panel.sampleButton()->click();  // out while the run is replaced: never this run's
    m_controller->setNetwork(n);
    QVERIFY(waitUntilIdle(*m_controller));
    QCOMPARE(m_controller->snapshot()->step, 0);
    QCOMPARE(panel.currentRunSamples(), 0);
    QVERIFY(!panel.samples().empty());
    const int last = panel.timeline()->count() - 1;
    QVERIFY(
        panel.timeline()->item(last)->text().startsWith(QStringLiteral("earlier run · step 5")));
    panel.timeline()->setCurrentRow(last);
    QVERIFY(!panel.againButton()->isEnabled());  // its weights are gone
    QVERIFY(panel.sampleButton()->isEnabled());

    // The new run's samples are its own, at its steps.
    const std::size_t before = panel.samples().size();
    panel.sampleButton()->click();
    QVERIFY(waitForSamples(panel, before + 1));
    QCOMPARE(panel.currentRunSamples(), 1);
    QCOMPARE(panel.samples().front().step, 0);

    // Undo: the earlier network's run again, a run of its own for the timeline.
    m_controller->undoStack()->undo();
    QVERIFY(waitUntilIdle(*m_controller));
    QCOMPARE(panel.currentRunSamples(), 0);

    // A sine wave is not a text: the panel is off and says why.
    loadAndWait(*m_controller,
                [&] { m_controller->setDataSource(ExperimentController::defaultDataSource()); });
    QVERIFY(waitUntilIdle(*m_controller));
    QVERIFY(!panel.unavailableText().isEmpty());
    QVERIFY(!panel.sampleButton()->isEnabled());
    QCOMPARE(panel.currentRunSamples(), 0);
}

// Train 6 steps, save, New, open the file: the opened run, at step 6, writes a sample without
// Sample being pressed and long before the next multiple of N (100); a fresh run (New) does not.
void TestLiveSamples::trainedExperimentOpenedWritesASampleAtOnce() {
    LiveSamplesPanel& panel = *m_panel;
    panel.everyBox()->setValue(100);
    panel.autoBox()->setChecked(true);
    QCOMPARE(trainAndWait(*m_controller, 6), QString());
    QVERIFY(waitUntilIdle(*m_controller));
    QVERIFY(panel.samples().empty());
    const QString path = m_dir.filePath(QStringLiteral("trained.rnnlab.json"));
    m_controller->saveExperiment(path);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(path), kWorkerTimeoutMs);

    loadAndWait(*m_controller, [&] { m_controller->newExperiment(); });
    QVERIFY(waitUntilIdle(*m_controller));
    QVERIFY(panel.samples().empty());

    openAndWait(*m_controller, path);
    QVERIFY(waitUntilIdle(*m_controller));
    QCOMPARE(m_controller->snapshot()->step, 6);
    QVERIFY(waitForSamples(panel, 1));
    QCOMPARE(panel.samples().front().step, 6);
    QCOMPARE(panel.currentRunSamples(), 1);
}

void TestLiveSamples::temperatureSliderIsGreedyThenLogarithmic() {
    // τ = 10^((p − 27) / 20) rounded to two significant digits, worked out by hand:
    //   p = 1: 10^-1.3 = 0.0501 → 0.05      p = 7: 10^-1 = 0.1       p = 21: 10^-0.3 = 0.501 → 0.5
    //   p = 26: 10^-0.05 = 0.891 → 0.89     p = 27: 1                p = 28: 10^0.05 = 1.122 → 1.1
    //   p = 33: 10^0.3 = 1.995 → 2          p = 41: 10^0.7 = 5.012 → 5
    QCOMPARE(LiveSamplesPanel::temperatureAt(0), 0.0);
    QCOMPARE(LiveSamplesPanel::temperatureAt(1), 0.05);
    QCOMPARE(LiveSamplesPanel::temperatureAt(7), 0.1);
    QCOMPARE(LiveSamplesPanel::temperatureAt(21), 0.5);
    QCOMPARE(LiveSamplesPanel::temperatureAt(26), 0.89);
    QCOMPARE(LiveSamplesPanel::temperatureAt(27), 1.0);
    QCOMPARE(LiveSamplesPanel::temperatureAt(28), 1.1);
    QCOMPARE(LiveSamplesPanel::temperatureAt(33), 2.0);
    QCOMPARE(LiveSamplesPanel::temperatureAt(41), 5.0);
    // Logarithmic: 20 positions are a factor of 10 (within the two-digit rounding) everywhere.
    for (int p = 1; p + 20 <= 41; ++p) {
        const double ratio =
            LiveSamplesPanel::temperatureAt(p + 20) / LiveSamplesPanel::temperatureAt(p);
        QVERIFY2(std::abs(std::log10(ratio) - 1.0) < 0.02, qPrintable(QString::number(p)));
    }
    QCOMPARE(LiveSamplesPanel::positionOf(0.0), 0);
    QCOMPARE(LiveSamplesPanel::positionOf(0.5), 21);
    QCOMPARE(LiveSamplesPanel::positionOf(0.8), 25);  // 0.79
    QCOMPARE(LiveSamplesPanel::positionOf(1.0), 27);

    // The slider: leftmost is greedy, the value written beside it; it starts at τ = 1.
    QSlider* slider = m_panel->temperatureSlider();
    QCOMPARE(slider->minimum(), 0);
    QCOMPARE(slider->maximum(), 41);
    QCOMPARE(m_panel->settings().temperature, 1.0);
    QCOMPARE(m_panel->temperatureLabel()->text(), QStringLiteral("1"));
    QTest::keyClick(slider, Qt::Key_Home);
    QCOMPARE(m_panel->settings().temperature, 0.0);
    QCOMPARE(m_panel->temperatureLabel()->text(), QStringLiteral("0 (greedy)"));
    QTest::keyClick(slider, Qt::Key_Right);
    QCOMPARE(m_panel->temperatureLabel()->text(), QStringLiteral("0.05"));
    QTest::keyClick(slider, Qt::Key_End);
    QCOMPARE(m_panel->settings().temperature, 5.0);
    QCOMPARE(m_panel->temperatureLabel()->text(), QStringLiteral("5"));
}

// Saves live-samples-<theme>.png at 1280x720 (gui_test::screenshotPath: set
// RNNLAB_TEST_SCREENSHOTS to keep them): a few samples of a briefly trained run, one of an
// earlier run, and a prime error.
void TestLiveSamples::rendersInEveryTheme_data() {
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestLiveSamples::rendersInEveryTheme() {
    QFETCH(bool, dark);
    Theme::instance().setScheme(dark ? ColorScheme::Dark : ColorScheme::Light);
    LiveSamplesPanel& panel = *m_panel;
    panel.lengthBox()->setValue(300);
    panel.sampleButton()->click();
    QVERIFY(waitForSamples(panel, 1));
    m_controller->undoStack()->undo();  // back to the sine wave, then the text again
    QVERIFY(waitUntilIdle(*m_controller));
    m_controller->undoStack()->redo();
    QVERIFY(waitUntilIdle(*m_controller));
    QCOMPARE(trainAndWait(*m_controller, 150), QString());
    panel.primeEdit()->setText(QStringLiteral("the "));
    panel.temperatureSlider()->setValue(25);
    panel.sampleButton()->click();
    QVERIFY(waitForSamples(panel, 2));
    panel.temperatureSlider()->setValue(0);
    panel.sampleButton()->click();
    QVERIFY(waitForSamples(panel, 3));
    panel.timeline()->setCurrentRow(1);
    panel.primeEdit()->setText(QStringLiteral("the Zebra"));
    panel.sampleButton()->click();
    QVERIFY(QTest::qWaitFor([&] { return !panel.errorText().isEmpty(); }, kWorkerTimeoutMs));

    panel.resize(1280, 720);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QImage image = panel.grab().toImage();
    const QString path = gui_test::screenshotPath(
        QStringLiteral("live-samples-%1.png").arg(QTest::currentDataTag()));
    QVERIFY(image.save(path));
    qInfo("screenshot: %s", qPrintable(path));
    const QString problem = gui_test::screenshotProblem(image);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    Theme::instance().setScheme(ColorScheme::Light);
}

RNNLAB_TEST_MAIN(TestLiveSamples)
}  // namespace RNNLAB_TEST_FILE

#include "tst_live_samples_panel.moc"
