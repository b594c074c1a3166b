// The Text view in a real window, as a user goes through it: a character model of the US
// constitution trains a few steps; the Text view shows the validation text's characters
// coloured by surprise; another unit recolours them; pointing at a character shows the
// network's five guesses; clicking one puts the Explorer on that validation window and the
// time cursor on that step; a typed text is read from a zero state; other data (the sine)
// shows the view's message and none of the old characters; a Chinese text (Tang poems) lays
// out inside the strip without overlap. Screenshots at 1280x720 are kept.
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>

#include "core/data/text_dataset.h"
#include "core/io/experiment_file.h"
#include "core/train/data_source.h"
#include "core/train/network_for_data.h"
#include "gui_test_support.h"
#include "settings_sandbox.h"
#include "test_main.h"
#include "ui/application_setup.h"
#include "ui/experiment/experiment_controller.h"
#include "ui/explorer/explorer_view.h"
#include "ui/explorer/sequence_picker.h"
#include "ui/headless/headless_run.h"
#include "ui/headless/window_screenshot.h"
#include "ui/text/guess_panel.h"
#include "ui/text/shown_symbol.h"
#include "ui/text/strip_legend.h"
#include "ui/text/text_strip.h"
#include "ui/text/text_view.h"
#include "ui/window/lab_window.h"
#include "ui/window/time_bar.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using namespace rnnlab::ui;

namespace {

// A character model (an LSTM of 32 units) of a bundled text in windows of `window`, trained one
// step and saved in dir; the window opens it (its data panel cannot choose a text yet).
QString textExperiment(const QTemporaryDir& dir, const std::string& name, int window) {
    DataSource s;
    s.kind = DataSourceKind::Text;
    s.text.bundled = name;
    s.window.window = window;
    NetworkConfig network;
    network.hiddenSize = 32;
    TrainingSettings settings;
    settings.batchSize = 8;
    settings.epochs = 50;
    settings.optimizer.learningRate = 0.01;
    auto trainer = trainerForData(network, settings, buildTrainingData(s));
    trainer->step();
    const QString path = dir.filePath(QString::fromStdString(name) + ".rnnlab.json");
    saveTrainer(path.toStdString(), *trainer, s);
    return path;
}

// Other data, discarding the trained run when the window asks.
void switchData(ExperimentController& c, const DataSource& source) {
    if (c.snapshot() && c.snapshot()->step > 0)
        gui_test::whenDialogOpens<QMessageBox>(
            [](QMessageBox* box) { box->button(QMessageBox::Discard)->click(); });
    loadAndWait(c, [&] { c.setDataSource(source); });
}

// Waits for the view's reading of the weights the run now has.
bool waitForReading(ExperimentController& c, TextView& view) {
    waitForWorker(c);
    view.requestReading();
    return QTest::qWaitFor(
        [&] { return view.reading() && view.readingStep() == c.snapshot()->step; },
        gui_test::kWorkerTimeoutMs);
}

// Every cell inside the strip's width, none overlapping the one before on its line.
QString layoutProblem(const TextStrip& strip) {
    const Index n = strip.reading()->size();
    for (Index i = 0; i < n; ++i) {
        const QRectF cell = strip.cellRect(i);
        if (cell.isEmpty()) return QStringLiteral("cell %1 is empty").arg(i);
        if (cell.left() < 0 || cell.right() > strip.width())
            return QStringLiteral("cell %1 (%2..%3) outside 0..%4")
                .arg(i)
                .arg(cell.left())
                .arg(cell.right())
                .arg(strip.width());
        if (cell.bottom() > strip.height()) return QStringLiteral("cell %1 below the strip").arg(i);
        if (i > 0 && strip.cellRect(i - 1).intersected(cell).width() > 0.01)
            return QStringLiteral("cells %1 and %2 overlap").arg(i - 1).arg(i);
    }
    return {};
}

// Shows character n in the scroll area and returns its centre in the strip.
QPoint revealed(TextView& view, Index n) {
    auto* scroll = view.findChild<QScrollArea*>();
    const QRectF cell = view.strip()->cellRect(n);
    scroll->ensureVisible(int(cell.center().x()), int(cell.center().y()));
    return cell.center().toPoint();
}

}  // namespace

class TestTextView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { setupApplication(); }
    void init() { m_settings.clear(); }
    void readsColoursAndGoesToTheExplorer();
    void chineseTextLaysOut();
    void followsTrainingOnceASecond();
    void sidePanelBesideOrBelow();

private:
    void screenshot(LabWindow& window, const QString& name);
    SettingsSandbox m_settings;
    QTemporaryDir m_dir;
};

void TestTextView::screenshot(LabWindow& window, const QString& name) {
    window.settleViews();
    const QImage image = grabWindow(window);
    const QString problem = gui_test::screenshotProblem(image);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(image.save(gui_test::screenshotPath(QStringLiteral("text-view-%1.png").arg(name))));
}

void TestTextView::readsColoursAndGoesToTheExplorer() {
    LabWindow window;
    ExperimentController& c = window.controller();
    window.resize(1280, 720);
    QVERIFY(gui_test::showAndActivate(window));
    openAndWait(c, textExperiment(m_dir, "us_constitution", 32));
    auto data = std::dynamic_pointer_cast<const TextDataset>(c.trainingData());
    QVERIFY(data);
    trainAndWait(c, 20);
    QVERIFY(window.showView(QStringLiteral("text")));
    TextView& view = *window.textView();
    TextStrip& strip = *view.strip();
    QVERIFY(view.showsText());
    QVERIFY(waitForReading(c, view));

    // The validation text from its first window on, 1,500 characters in whole windows of 32.
    const std::shared_ptr<const TextReading> reading = view.reading();
    const TextReading& r = *reading;
    QCOMPARE(r.size(), Index(1500 / 32 * 32));
    const Index start = data->sampleId(Split::Validation, 0);
    QCOMPARE(r.characters, data->text().substr(std::size_t(start), std::size_t(r.size())));
    QCOMPARE(strip.reading().get(), view.reading().get());
    for (Index n = 0; n < 40; ++n) {
        const char32_t ch = r.characters[std::size_t(n)];
        const QString expected = ch == U'\n'  ? QStringLiteral("\u21B5")
                                 : ch == U' ' ? QStringLiteral(" ")
                                              : QString::fromUcs4(&ch, 1);
        QCOMPARE(strip.shownCharacter(n), expected);
    }
    QVERIFY2(layoutProblem(strip).isEmpty(), qPrintable(layoutProblem(strip)));
    // Coloured by surprise at first, on 0 .. log2 V bits.
    QCOMPARE(view.colouring().quantity, StripColouring::Quantity::Surprise);
    QVERIFY(view.legend()->hasScale());
    QCOMPARE(view.legend()->scale().high, std::log2(double(data->vocabularySize())));
    QVERIFY(view.statusText().contains(QStringLiteral("bits per character")));
    // The first character's guesses from the start.
    QCOMPARE(strip.selected(), Index(0));
    QCOMPARE(view.guesses()->character(), Index(0));
    screenshot(window, QStringLiteral("surprise"));

    // h of unit 1, then unit 2: other colours, the scale's name follows.
    QComboBox& quantity = *view.quantityPicker();
    quantity.setCurrentIndex(quantity.findText(QStringLiteral("h, hidden state")));
    QCOMPARE(view.colouring().quantity, StripColouring::Quantity::Hidden);
    QVERIFY(view.unitPicker()->isEnabled());
    QList<QRgb> unit1;
    for (Index n = 0; n < 200; ++n) unit1 << strip.cellColour(n).rgb();
    QCOMPARE(view.legend()->scale().name, QStringLiteral("h, hidden state (layer 1, unit 1)"));
    view.unitPicker()->setValue(2);
    QCOMPARE(view.legend()->scale().name, QStringLiteral("h, hidden state (layer 1, unit 2)"));
    int changed = 0;
    for (Index n = 0; n < 200; ++n) changed += strip.cellColour(n).rgb() != unit1[int(n)];
    QVERIFY2(changed > 50, qPrintable(QString::number(changed)));
    // The forget gate of unit 2: a σ in [0, 1].
    quantity.setCurrentIndex(quantity.findText(QStringLiteral("f, forget gate")));
    QCOMPARE(view.legend()->scale().low, 0.0);
    QCOMPARE(view.legend()->scale().kind, StripScale::Kind::Sequential);
    screenshot(window, QStringLiteral("forget-gate"));

    // Pointing at character 40 shows its five guesses, likeliest first.
    const Index pointed = 40;
    QTest::mouseMove(&strip, revealed(view, pointed));
    QTRY_COMPARE(view.guesses()->character(), pointed);
    const auto& g = r.guesses[std::size_t(pointed)];
    const auto& p = r.probabilities[std::size_t(pointed)];
    QVERIFY(p[0] >= p[1] && p[1] >= p[4] && p[0] + p[1] + p[2] + p[3] + p[4] <= 1.0f + 1e-6f);
    const QString first = QStringLiteral("%1 %2 %")
                              .arg(shownSymbol(r.symbolNames[std::size_t(g[0])]))
                              .arg(double(p[0]) * 100.0, 0, 'f', 1);
    QCOMPARE(view.guesses()->guessText(0), first);
    QVERIFY(view.guesses()->title().startsWith(QStringLiteral("after \u2018")));
    QVERIFY(view.guesses()->title().contains(QStringLiteral("(window 2, step 9)")));

    // Clicking character 2 T + 5: the Explorer goes to validation window 2, the cursor to step 5.
    const Index clicked = 2 * 32 + 5;
    QTest::mouseClick(&strip, Qt::LeftButton, {}, revealed(view, clicked));
    QCOMPARE(strip.selected(), clicked);
    QTest::mouseMove(&strip, revealed(view, clicked));
    QCOMPARE(view.guesses()->character(), clicked);
    screenshot(window, QStringLiteral("guesses"));
    ExplorerView& explorer = *window.explorer();
    QCOMPARE(explorer.picker()->source(), TraceSource::Validation);
    QCOMPARE(explorer.picker()->index(), Index(2));
    QCOMPARE(window.timeBar()->currentStep(), 5);
    QVERIFY(window.showView(QStringLiteral("explorer")));
    // It traces that window: the same characters as inputs as the strip's from 2 T on.
    const auto showsWindow2 = [&] {
        if (!explorer.trace() || explorer.length() != 32) return false;
        for (Index t = 0; t < 32; ++t)
            if (int(explorer.trace()->x(t, 0)) != r.symbols[std::size_t(2 * 32 + t)]) return false;
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(showsWindow2(), gui_test::kWorkerTimeoutMs);
    QCOMPARE(explorer.currentStep(), 5);
    QCOMPARE(window.timeBar()->currentStep(), 5);

    // A typed text, read from a zero state; its last character has no next one.
    QVERIFY(window.showView(QStringLiteral("text")));
    view.setTypedSource(true);
    QVERIFY(view.typedText()->isVisible());
    QTest::keyClicks(view.typedText(), QStringLiteral("We the People"));
    QTRY_VERIFY_WITH_TIMEOUT(view.reading() && view.reading()->source == TextReading::Source::Typed,
                             gui_test::kWorkerTimeoutMs);
    QCOMPARE(view.reading()->characters, std::u32string(U"We the People"));
    QCOMPARE(view.reading()->targets.back(), -1);
    QCOMPARE(view.statusText().left(14), QStringLiteral("13 characters "));
    screenshot(window, QStringLiteral("typed"));
    view.setTypedSource(false);

    // Another network (16 units): the old run's reading goes at once, the new one's comes.
    NetworkConfig smaller = c.network();
    smaller.hiddenSize = 16;
    loadAndWait(c, [&] { c.setNetwork(smaller); });  // Undo brings the trained one back: no question
    QVERIFY(!view.reading() || view.reading()->network.hiddenSize == 16);
    QVERIFY(waitForReading(c, view));
    QCOMPARE(view.reading()->network.hiddenSize, 16);
    QCOMPARE(view.unitPicker()->maximum(), 16);

    // Other data: the message, and none of the old characters, at once.
    switchData(c, DataSource{});
    QVERIFY(!view.showsText());
    QVERIFY(!view.reading());
    QVERIFY(!strip.reading());
    QVERIFY(view.messageText().contains(QStringLiteral("needs a text")));
    screenshot(window, QStringLiteral("not-a-text"));
}

void TestTextView::chineseTextLaysOut() {
    LabWindow window;
    ExperimentController& c = window.controller();
    window.resize(1280, 720);
    QVERIFY(gui_test::showAndActivate(window));
    openAndWait(c, textExperiment(m_dir, "tang_poems", 24));
    trainAndWait(c, 5);
    QVERIFY(window.showView(QStringLiteral("text")));
    TextView& view = *window.textView();
    QVERIFY(waitForReading(c, view));
    const TextStrip& strip = *view.strip();
    QVERIFY2(layoutProblem(strip).isEmpty(), qPrintable(layoutProblem(strip)));
    // A Chinese character is about twice as wide as a Latin letter in the same font.
    Index han = -1;
    for (Index n = 0; n < strip.reading()->size() && han < 0; ++n)
        if (strip.reading()->characters[std::size_t(n)] >= 0x4e00) han = n;
    QVERIFY(han >= 0);
    const double latin = QFontMetricsF(strip.font()).horizontalAdvance(QLatin1Char('n'));
    QVERIFY(strip.cellRect(han).width() > 1.5 * latin);
    // Lines end at the text's line ends: the character after one starts a line.
    for (Index n = 0; n + 1 < strip.reading()->size(); ++n)
        if (strip.reading()->characters[std::size_t(n)] == U'\n')
            QVERIFY(strip.cellRect(n + 1).top() > strip.cellRect(n).bottom());
    screenshot(window, QStringLiteral("chinese"));
}

// While training runs, the shown view asks again about once a second (not at every snapshot)
// and its reading follows the weights; hidden, it asks nothing.
void TestTextView::followsTrainingOnceASecond() {
    LabWindow window;
    ExperimentController& c = window.controller();
    window.resize(1280, 720);
    QVERIFY(gui_test::showAndActivate(window));
    openAndWait(c, textExperiment(m_dir, "us_constitution", 32));
    QVERIFY(window.showView(QStringLiteral("text")));
    TextView& view = *window.textView();
    QVERIFY(waitForReading(c, view));
    const long long before = view.readingStep();
    QSignalSpy asked(&view, &TextView::validationReadingRequested);
    c.play();
    QTest::qWait(3500);
    c.pause();
    waitForWorker(c);
    QTRY_VERIFY_WITH_TIMEOUT(view.readingStep() == c.snapshot()->step, gui_test::kWorkerTimeoutMs);
    QVERIFY(c.snapshot()->step > before + 5);
    QVERIFY2(asked.count() >= 2 && asked.count() <= 6, qPrintable(QString::number(asked.count())));

    QVERIFY(window.showView(QStringLiteral("training")));
    asked.clear();
    trainAndWait(c, 5);
    QTest::qWait(1200);
    QCOMPARE(asked.count(), 0);
    // Shown again, it reads the weights trained meanwhile.
    QVERIFY(window.showView(QStringLiteral("text")));
    QTRY_VERIFY_WITH_TIMEOUT(view.readingStep() == c.snapshot()->step, gui_test::kWorkerTimeoutMs);
    QCOMPARE(asked.count(), 1);
}

void TestTextView::sidePanelBesideOrBelow() {
    TextView view;
    auto* panel = new QLabel(QStringLiteral("live samples"));
    auto* other = new QLabel(QStringLiteral("units"));
    view.addSidePanel(panel, QStringLiteral("Samples"));
    view.addSidePanel(other, QStringLiteral("Units"));
    // One tab each, the first shown.
    QCOMPARE(view.sidePanels()->count(), 2);
    QCOMPARE(view.sidePanels()->tabText(1), QStringLiteral("Units"));
    QCOMPARE(view.sidePanels()->currentWidget(), panel);
    view.resize(1200, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.sidePanelsBeside());
    QVERIFY(view.isAncestorOf(panel));
    view.resize(700, 600);
    QTRY_VERIFY(!view.sidePanelsBeside());
    // Data that is not a text: the message, not the strip.
    QVERIFY(!view.showsText());
    QVERIFY(!view.messageText().isEmpty());
}

RNNLAB_TEST_MAIN(TestTextView)
}  // namespace RNNLAB_TEST_FILE

#include "tst_text_view.moc"
