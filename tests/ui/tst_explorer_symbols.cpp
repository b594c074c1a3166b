// The explorer on a character model, as a student uses it: the run's traced window shows each
// x_t as its character (the step detail names the character, its index and the column of W_ih
// it picks), ŷ at the cursor is a bar chart of the most likely next characters with the
// softmax of the traced logits written out, "your own input" is a text field whose text the
// trainer traces (and a character the text never had is refused, naming its column), a
// many-to-one classifier shows its class names after the last step, and going back to a
// real-valued run restores the numeric explorer with no symbol left over.
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <algorithm>
#include <cmath>

#include "core/base/random.h"
#include "core/data/text_dataset.h"
#include "core/train/data_source.h"
#include "core/train/network_for_data.h"
#include "gui_test_support.h"
#include "settings_sandbox.h"
#include "test_main.h"
#include "ui/explorer/explorer_view.h"
#include "ui/explorer/input_sketch.h"
#include "ui/explorer/output_panel.h"
#include "ui/explorer/step_detail_panel.h"
#include "ui/explorer/symbol_input_field.h"
#include "ui/explorer/unrolled_diagram.h"
#include "ui/plot/figure.h"
#include "ui/session/training_session.h"
#include "ui/text/shown_symbol.h"
#include "ui/theme/theme.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using namespace rnnlab::ui;

namespace {

const char32_t* const kText =
    U"the cat sat on the mat. the dog sat on the log. a cat and a dog met on a mat; "
    U"the cat ran, the dog sat. then the cat sat on the dog and the dog ran to the log.";

std::shared_ptr<const TextDataset> textData() {
    return std::make_shared<TextDataset>(std::u32string(kText), "test text", 12, SplitSpec{});
}

std::shared_ptr<Trainer> trainerOn(std::shared_ptr<const TrainingData> data, CellType cell,
                                   int embedding) {
    NetworkConfig c;
    c.cell = cell;
    c.hiddenSize = 6;
    c.embeddingSize = embedding;
    TrainingSettings s;
    s.optimizer.learningRate = 0.01;
    s.epochs = 50;
    s.traceEvery = 2;
    s.seed = 7;
    return std::make_shared<Trainer>(fittedToData(c, *data), s, std::move(data));
}

std::shared_ptr<Trainer> sineTrainer() {
    DataSource d;
    d.generator.kind = GeneratorKind::Sine;
    d.window.window = 20;
    NetworkConfig c;
    c.cell = CellType::Lstm;
    c.hiddenSize = 5;
    TrainingSettings s;
    s.traceEvery = 2;
    s.seed = 5;
    return std::make_shared<Trainer>(c, s, buildTrainingData(d));
}

// The wiring the main window's controller makes, for one trainer after another.
void connectSession(ExplorerView& view, TrainingSession& session) {
    QObject::connect(&session, &TrainingSession::snapshotChanged, &view,
                     [&] { view.setSnapshot(session.snapshot()); });
    QObject::connect(&session, &TrainingSession::customTrace, &view,
                     [&view](quint64, std::shared_ptr<const SequenceTrace> trace) {
                         view.setTrace(std::move(trace));
                     });
    QObject::connect(&view, &ExplorerView::traceInputRequested, &session,
                     &TrainingSession::traceInput);
    QObject::connect(&view, &ExplorerView::traceSampleRequested, &session,
                     &TrainingSession::traceSample);
}

// A new run, as the controller starts one: its data, then its trainer under a new run id.
void useTrainer(ExplorerView& view, TrainingSession& session, std::shared_ptr<Trainer> trainer,
                quint64 runId) {
    view.setData(trainer->sharedData());
    session.setTrainer(std::move(trainer), runId);
}

// p = softmax(z) of row `row` of the logits, by hand, as (probability, index) largest first.
std::vector<std::pair<double, Index>> probabilitiesByHand(const Matrix<double>& z, Index row) {
    double sum = 0;
    for (Index j = 0; j < z.cols(); ++j) sum += std::exp(z(row, j));
    std::vector<std::pair<double, Index>> p;
    for (Index j = 0; j < z.cols(); ++j) p.push_back({std::exp(z(row, j)) / sum, j});
    std::sort(p.begin(), p.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    return p;
}

QString character(const TextDataset& data, Index symbol) {
    return shownSymbol(data.symbolNames()[size_t(symbol)]);
}

}  // namespace

class TestExplorerSymbols : public QObject {
    Q_OBJECT
    SettingsSandbox m_settings;

private slots:
    void cleanup() {
        Theme::instance().setPresentation(false);
        Theme::instance().setScheme(ColorScheme::Light);
    }

    void characterModelStepByStep() {
        const auto data = textData();
        auto trainer = trainerOn(data, CellType::Lstm, 0);
        TrainingSession session;
        ExplorerView view;
        connectSession(view, session);
        useTrainer(view, session, trainer, 1);
        QTRY_VERIFY_WITH_TIMEOUT(view.trace(), gui_test::kWorkerTimeoutMs);
        view.resize(1280, 720);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const SequenceTrace& trace = *view.trace();
        QCOMPARE(trace.steps, Index(12));
        const int V = data->vocabularySize();

        // The cursor at t = 5, unit 3: the detail names the character and its column.
        view.setCurrentStep(4);
        view.setUnit(2);
        const Index s = Index(trace.x(4, 0));
        const QString detail = view.detailPanel()->detailText();
        QVERIFY2(detail.contains(QStringLiteral("'%1' (symbol %2 of %3, one-hot")
                                     .arg(character(*data, s))
                                     .arg(s)
                                     .arg(V)),
                 qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("[:, %1]").arg(s)), qPrintable(detail));
        QVERIFY(!detail.contains(formatValue(double(s))));  // the index is not a value
        // The input gate's input term is W_ii[unit, s] of the trainer's weights.
        const Parameters<double> weights = trainer->weights();
        const auto W_ih = weights.matrix(weights.layout().weightIh(0));
        const EquationLine& input = view.detailPanel()->lines()[0];
        QVERIFY(input.symbolic.contains(QStringLiteral("W_ii[:, s_t]")));
        QVERIFY(std::abs(input.values[0] - W_ih(2, s)) < 1e-6);
        QVERIFY(view.detailPanel()->equationsHtml().contains(formatValue(input.values[0])));

        // ŷ at the cursor: the top bars are softmax(z_5) of the traced logits, named.
        OutputPanel* output = view.outputPanel();
        QVERIFY(output->isVisibleTo(&view));
        auto expectBarsAt = [&](Index t) {
            const auto p = probabilitiesByHand(view.trace()->outputs, t);
            QCOMPARE(output->barLabels().size(), OutputPanel::kTopBars);
            for (int i = 0; i < OutputPanel::kTopBars; ++i) {
                QCOMPARE(output->barLabels()[i], character(*data, p[size_t(i)].second));
                QVERIFY(std::abs(output->barValues()[i] - p[size_t(i)].first) < 1e-12);
            }
            auto* bars = qobject_cast<QCPBars*>(output->figure()->plottable(0));
            QCOMPARE(bars->data()->size(), OutputPanel::kTopBars);
            QCOMPARE(bars->data()->at(0)->value, output->barValues()[0]);
            QVERIFY(output->figure()->title().contains(QStringLiteral("t = %1").arg(t + 1)));
            const QString best = QStringLiteral("p('%1') = exp(z_{%2})")
                                     .arg(character(*data, p[0].second))
                                     .arg(p[0].second);
            QVERIFY2(output->equationsText().contains(best), qPrintable(output->equationsText()));
            QVERIFY(output->equationsText().contains(formatValue(p[0].first)));
        };
        expectBarsAt(4);
        view.setCurrentStep(9);  // the bars follow the cursor
        expectBarsAt(9);

        // Your own input: a text field, not the drawing area; it starts from the shown window.
        QSignalSpy requests(&view, &ExplorerView::traceInputRequested);
        view.picker()->setSource(TraceSource::OwnInput);
        QVERIFY(view.symbolInput()->isVisibleTo(&view));
        QVERIFY(!view.inputSketch()->isVisibleTo(&view));
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.last().first().value<Matrix<double>>(), trace.x);
        QLineEdit* text = view.symbolInput()->textEdit();
        QCOMPARE(text->text().size(), 12);
        QTest::keyClick(text, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(text, QStringLiteral("the dog"));
        QTest::keyClick(text, Qt::Key_Return);
        QCOMPARE(requests.size(), 2);
        const Matrix<double> typed = requests.last().first().value<Matrix<double>>();
        QCOMPARE(typed.rows(), Index(7));
        QCOMPARE(character(*data, Index(typed(4, 0))), QStringLiteral("d"));
        QTRY_COMPARE_WITH_TIMEOUT(view.length(), 7, gui_test::kWorkerTimeoutMs);
        QCOMPARE(view.trace()->x, typed);
        view.setCurrentStep(3);
        QVERIFY(view.detailPanel()->detailText().contains(QStringLiteral("'\u2423' (symbol")));
        expectBarsAt(3);
        // Without a target there is no loss: the status gives ŷ, the most likely character.
        QVERIFY2(view.statusText().contains(
                     QStringLiteral("t = 4: '%1' (p = ").arg(output->barLabels()[0])),
                 qPrintable(view.statusText()));
        // A character the text never had: the message names its column; nothing is traced.
        QTest::keyClick(text, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(text, QStringLiteral("the Zoo"));
        QTest::keyClick(text, Qt::Key_Return);
        QCOMPARE(requests.size(), 2);
        QVERIFY2(view.symbolInput()->errorText().contains(QStringLiteral("column 5: 'Z'")),
                 qPrintable(view.symbolInput()->errorText()));
        QCOMPARE(view.length(), 7);

        // Back to a real-valued run: numbers again, no symbols, the drawing area.
        useTrainer(view, session, sineTrainer(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(view.trace() && !hasSymbolInput(*view.trace()),
                                 gui_test::kWorkerTimeoutMs);
        QVERIFY(view.inputSketch()->isVisibleTo(&view));
        QVERIFY(!view.symbolInput()->isVisibleTo(&view));
        view.picker()->setSource(TraceSource::Run);
        QTRY_COMPARE_WITH_TIMEOUT(view.length(), 20, gui_test::kWorkerTimeoutMs);
        view.setCurrentStep(2);
        QVERIFY(!output->isVisibleTo(&view));
        const QString numeric = view.detailPanel()->detailText();
        QVERIFY2(numeric.contains(formatValue(view.trace()->x(2, 0))), qPrintable(numeric));
        QVERIFY(!numeric.contains(QStringLiteral("symbol")));
        QVERIFY(view.detailPanel()->lines()[0].symbolic.contains(QStringLiteral("W_ii x_t")));
    }

    // With an embedding: e_t = E[s_t], and the detail says so.
    void embeddedCharacters() {
        const auto data = textData();
        auto trainer = trainerOn(data, CellType::Gru, 4);
        TrainingSession session;
        ExplorerView view;
        connectSession(view, session);
        useTrainer(view, session, trainer, 1);
        QTRY_VERIFY_WITH_TIMEOUT(view.trace(), gui_test::kWorkerTimeoutMs);
        view.setCurrentStep(1);
        const Index s = Index(view.trace()->x(1, 0));
        QVERIFY(view.detailPanel()->detailText().contains(
            QStringLiteral("'%1' (symbol %2 of %3, embedded: et = E[%2]")
                .arg(character(*data, s))
                .arg(s)
                .arg(data->vocabularySize())));
        const Parameters<double> weights = trainer->weights();
        const auto E = weights.matrix(weights.layout().embedding());
        const EquationLine& e = view.detailPanel()->lines()[0];
        QCOMPARE(e.symbolic, QStringLiteral("e_t = E[s_t] = E[%1]").arg(s));
        for (int j = 0; j < 4; ++j) QVERIFY(std::abs(e.values[j] - E(s, j)) < 1e-6);
        QVERIFY(view.detailPanel()->lines()[1].symbolic.contains(QStringLiteral("W_ir e_t")));
    }

    // A many-to-one classifier: the class names after the last step, whatever the cursor.
    void classifierAfterTheLastStep() {
        NetworkConfig c;
        c.cell = CellType::Rnn;
        c.input = InputKind::Symbols;
        c.vocabSize = 3;
        c.hiddenSize = 4;
        c.outputSize = 2;
        c.loss = LossKind::CrossEntropy;
        RecurrentNetwork<double> net(c);
        Random rng(3);
        for (Index i = 0; i < net.parameters().flat().size(); ++i)
            net.parameters().flat()[i] = rng.uniform(-1, 1);
        Matrix<double> x(4, 1);
        x << 1, 1, 2, 2;
        Workspace<double> ws;
        net.forward(x, 4, 1, ws);
        auto trace = std::make_shared<const SequenceTrace>(extractTrace(net, ws, 0, std::nullopt));
        ExplorerView view;
        view.outputPanel()->setLabels({{"\uFFFD", "(", ")"}, {"unbalanced", "balanced"}});
        view.diagram()->setLabels({{"\uFFFD", "(", ")"}, {"unbalanced", "balanced"}});
        view.setTrace(trace);
        view.setCurrentStep(1);
        const auto p = probabilitiesByHand(trace->outputs, 0);
        const QStringList names{"unbalanced", "balanced"};
        OutputPanel* output = view.outputPanel();
        QCOMPARE(output->barLabels(),
                 QStringList({names[int(p[0].second)], names[int(p[1].second)]}));
        QVERIFY(std::abs(output->barValues()[1] - p[1].first) < 1e-12);
        QVERIFY(output->figure()->title().contains(QStringLiteral("after the last step")));
        QVERIFY(output->equationsText().contains(
            QStringLiteral("p('%1') = exp(z_{%2})").arg(names[int(p[0].second)]).arg(p[0].second)));
        view.setCurrentStep(3);
        QCOMPARE(output->barValues()[0], p[0].first);
    }
};

RNNLAB_TEST_MAIN(TestExplorerSymbols)
}  // namespace RNNLAB_TEST_FILE

#include "tst_explorer_symbols.moc"
