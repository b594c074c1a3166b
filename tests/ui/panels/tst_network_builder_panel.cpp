// The network builder: every control explained by a tooltip, sane ranges, edits reaching the
// controller (rebuilding or live), the diagram and parameter count following at once, the
// optimizer's rows following its kind, and refused values coming back. The boxes for the
// optimizer's details, the schedule and the initialisation, typed into and clicked as a
// student does, end up in the saved experiment and in the run.
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>

#include "test_main.h"
#include "gui_test_support.h"
#include "settings_sandbox.h"
#include "ui/application_setup.h"
#include "ui/network_diagram.h"
#include "ui/panels/collapsible_section.h"
#include "ui/panels/log_spin_box.h"
#include "ui/panels/network_builder_panel.h"
#include "ui/experiment/experiment_controller.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using namespace rnnlab::ui;
using gui_test::waitUntilIdle;

namespace {

template <class W>
W* control(NetworkBuilderPanel& panel, const char* name) {
    W* w = panel.findChild<W*>(QLatin1String(name));
    if (!w) qFatal("no control %s", name);
    return w;
}

// Whether a control's row is shown in its form (hidden rows belong to other optimizers).
bool rowShown(QWidget* w) {
    auto* form = qobject_cast<QFormLayout*>(w->parentWidget()->layout());
    return form && form->isRowVisible(w);
}

// The control of the row labelled `label`.
template <class W>
W* rowControl(NetworkBuilderPanel& panel, const QString& label) {
    for (auto* l : panel.findChildren<QLabel*>())
        if (l->text() == label)
            if (auto* w = qobject_cast<W*>(l->buddy())) return w;
    qFatal("no row %s", qPrintable(label));
}

// Types a number into a spin box as a student does: select all, type, Enter.
void typeInto(QAbstractSpinBox* box, const QString& text) {
    box->setFocus();
    QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Enter);
}

// Picks a menu entry with the keyboard: Down (or Up) until it is current.
bool choose(QComboBox* box, const QString& entry) {
    const int target = box->findText(entry);
    box->setFocus();
    for (int i = 0; i < box->count() && box->currentIndex() != target; ++i)
        QTest::keyClick(box, box->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
    return target >= 0 && box->currentIndex() == target;
}

QJsonValue valueAt(const QJsonObject& root, const QString& path) {
    QJsonValue v = root;
    for (const QString& key : path.split('.')) v = v.toObject().value(key);
    return v;
}

}  // namespace

class TestPanelNetworkBuilder : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void everyControlIsExplained();
    void rangesAreSane();
    void showsTheControllersExperiment();
    void shapeEditsRebuildAndTheDiagramFollows();
    void trainingEditsGoLive();
    void optimizerRowsFollowItsKind();
    void refusedSettingComesBack();
    void sequenceTasksLockWindowOutputAndLoss();
    void textTakesSymbolsAndAnEmbedding();
    void windowEditsReshapeTheData();
    void learningRateStepsThroughOneTwoFive();
    void detailsScheduleAndInitReachTheExperiment();
    void anotherOptimizerKeepsTheSharedSettings();

private:
    SettingsSandbox m_settings;
};

void TestPanelNetworkBuilder::initTestCase() {
    setupApplication();
}

void TestPanelNetworkBuilder::everyControlIsExplained() {
    ExperimentController c;
    NetworkBuilderPanel panel(c);
    for (auto* s : panel.findChildren<CollapsibleSection*>()) s->setExpanded(true);
    int controls = 0;
    for (QWidget* w : panel.findChildren<QWidget*>()) {
        const bool input = qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QComboBox*>(w) ||
                           qobject_cast<QCheckBox*>(w);
        if (!input || qobject_cast<QAbstractSpinBox*>(w->parentWidget())) continue;
        ++controls;
        const QString tip = w->toolTip();
        QVERIFY2(tip.size() > 20 && tip.endsWith(QLatin1Char('.')),
                 qPrintable(w->objectName() + QStringLiteral(": ") + tip));
        // The label of its row says the same.
        auto* form = qobject_cast<QFormLayout*>(w->parentWidget()->layout());
        QVERIFY(form);
        auto* label = qobject_cast<QLabel*>(form->labelForField(w));
        QVERIFY2(label && label->toolTip() == tip, qPrintable(w->objectName()));
    }
    QVERIFY(controls >= 35);
}

void TestPanelNetworkBuilder::rangesAreSane() {
    ExperimentController c;
    NetworkBuilderPanel panel(c);
    const auto range = [&](const char* name) {
        auto* box = control<QSpinBox>(panel, name);
        return qMakePair(box->minimum(), box->maximum());
    };
    QCOMPARE(range("hiddenSize"), qMakePair(1, 1024));
    QCOMPARE(range("layers"), qMakePair(1, 8));
    QCOMPARE(range("batchSize"), qMakePair(1, 4096));
    QCOMPARE(range("window"), qMakePair(2, 1000));
    QCOMPARE(range("epochs"), qMakePair(1, 100000));
    auto* lr = control<LogSpinBox>(panel, "learningRate");
    QCOMPARE(lr->minimum(), 1e-6);
    QCOMPARE(lr->maximum(), 10.0);
}

void TestPanelNetworkBuilder::showsTheControllersExperiment() {
    ExperimentController c;
    NetworkBuilderPanel panel(c);
    QCOMPARE(control<QComboBox>(panel, "cell")->currentText(), QStringLiteral("LSTM"));
    QCOMPARE(control<QSpinBox>(panel, "hiddenSize")->value(), 16);
    QCOMPARE(control<QComboBox>(panel, "optimizer")->currentText(), QStringLiteral("Adam"));
    QCOMPARE(control<LogSpinBox>(panel, "learningRate")->text(), QStringLiteral("0.01"));
    QCOMPARE(control<QSpinBox>(panel, "window")->value(), 20);
    QCOMPARE(panel.network(), c.network());
    QCOMPARE(panel.settings(), c.settings());
}

void TestPanelNetworkBuilder::shapeEditsRebuildAndTheDiagramFollows() {
    ExperimentController c;
    NetworkBuilderPanel panel(c);
    panel.show();
    auto* cell = control<QComboBox>(panel, "cell");
    cell->setCurrentIndex(cell->findText(QStringLiteral("RNN (ReLU)")));
    QVERIFY(panel.diagram()->config().cell == CellType::Rnn);  // at once, before the build
    QVERIFY(waitUntilIdle(c));
    QVERIFY(c.network().cell == CellType::Rnn);
    QVERIFY(c.network().nonlinearity == Nonlinearity::Relu);

    auto* layers = control<QSpinBox>(panel, "layers");
    layers->setFocus();
    layers->stepUp();
    QVERIFY(waitUntilIdle(c));
    QCOMPARE(c.network().numLayers, 2);
    QCOMPARE(panel.diagram()->config().numLayers, 2);
    // RNN, I = 1, H = 16, 2 layers: 16(1 + 16 + 2) + 16(16 + 16 + 2) + 17 = 865.
    QCOMPARE(parameterCountText(panel.diagram()->config()),
             QStringLiteral("865 trainable parameters"));
}

void TestPanelNetworkBuilder::trainingEditsGoLive() {
    ExperimentController c;
    NetworkBuilderPanel panel(c);
    auto* batch = control<QSpinBox>(panel, "batchSize");
    batch->setValue(64);
    QVERIFY(!c.isLoading());
    QCOMPARE(c.settings().batchSize, 64);
    control<QCheckBox>(panel, "clip")->setChecked(false);
    QVERIFY(!c.settings().clip);
    QVERIFY(!control<QDoubleSpinBox>(panel, "clipThreshold")->isEnabled());
    control<LogSpinBox>(panel, "learningRate")->setValue(0.003);
    QCOMPARE(c.settings().optimizer.learningRate, 0.003);
    QVERIFY(waitUntilIdle(c));
    QCOMPARE(c.snapshot()->settings.batchSize, 64);
    QCOMPARE(c.snapshot()->settings.optimizer.learningRate, 0.003);
}

void TestPanelNetworkBuilder::optimizerRowsFollowItsKind() {
    ExperimentController c;
    NetworkBuilderPanel panel(c);
    for (auto* s : panel.findChildren<CollapsibleSection*>()) s->setExpanded(true);
    panel.show();
    auto* optimizer = control<QComboBox>(panel, "optimizer");
    const auto rowOf = [&](const QString& label) -> QWidget* {
        for (auto* l : panel.findChildren<QLabel*>()) {
            if (l->text() == label) return l->buddy();
        }
        return nullptr;
    };
    QVERIFY(rowShown(rowOf(QStringLiteral("\u03b2\u2081"))));
    QVERIFY(!rowShown(rowOf(QStringLiteral("Momentum"))));
    optimizer->setCurrentIndex(optimizer->findText(QStringLiteral("SGD")));
    QVERIFY(rowShown(rowOf(QStringLiteral("Momentum"))));
    QVERIFY(rowShown(rowOf(QStringLiteral("Nesterov"))));
    QVERIFY(!rowShown(rowOf(QStringLiteral("\u03b2\u2081"))));
    QVERIFY(!rowShown(rowOf(QStringLiteral("\u03b5 (epsilon)"))));
    // A new optimizer starts from torch's defaults, the learning rate (and any setting the two
    // kinds share) kept.
    QVERIFY(c.settings().optimizer.kind == OptimizerKind::Sgd);
    QCOMPARE(c.settings().optimizer.learningRate, 0.01);
    QCOMPARE(c.settings().optimizer.momentum, 0.0);
}

void TestPanelNetworkBuilder::refusedSettingComesBack() {
    ExperimentController c;
    NetworkBuilderPanel panel(c);
    for (auto* s : panel.findChildren<CollapsibleSection*>()) s->setExpanded(true);
    auto* optimizer = control<QComboBox>(panel, "optimizer");
    optimizer->setCurrentIndex(optimizer->findText(QStringLiteral("SGD")));
    QCheckBox* nesterov = nullptr;
    for (auto* l : panel.findChildren<QLabel*>()) {
        if (l->text() == QStringLiteral("Nesterov"))
            nesterov = qobject_cast<QCheckBox*>(l->buddy());
    }
    QVERIFY(nesterov);
    nesterov->setChecked(true);  // needs momentum > 0: refused
    QVERIFY(!nesterov->isChecked());
    QVERIFY(!c.settings().optimizer.nesterov);
}

void TestPanelNetworkBuilder::sequenceTasksLockWindowOutputAndLoss() {
    ExperimentController c;
    NetworkBuilderPanel panel(c);
    DataSource s = c.dataSource();
    s.generator.kind = GeneratorKind::AddingProblem;
    c.setDataSource(s);
    QVERIFY(waitUntilIdle(c));
    for (const char* name : {"window", "horizon"})
        QVERIFY(!control<QSpinBox>(panel, name)->isEnabled());
    for (const char* name : {"output", "loss"})
        QVERIFY(!control<QComboBox>(panel, name)->isEnabled());
    QCOMPARE(control<QSpinBox>(panel, "window")->statusTip(),
             QStringLiteral("Set by the data: adding (seed 1). See the Data panel."));
    QCOMPARE(panel.diagram()->config().inputSize, 2);  // value and marker
    QVERIFY(!control<QSpinBox>(panel, "embedding")->isEnabled());  // numbers, not symbols
}

// A text: symbols in (one-hot, or an embedding chosen in the builder), the window's length
// editable, the output and the loss the data's; back on a series the embedding is off again.
void TestPanelNetworkBuilder::textTakesSymbolsAndAnEmbedding() {
    ExperimentController c;
    NetworkBuilderPanel panel(c);
    c.setDataSource(asKind(c.dataSource(), DataSourceKind::Text));  // a text, window 100
    DataSource text = c.dataSource();
    text.text.bundled = "us_constitution";
    c.setDataSource(text);
    QVERIFY(waitUntilIdle(c));
    QVERIFY2(c.trainingDataSource().kind == DataSourceKind::Text, "the text is the data");
    auto* embedding = control<QSpinBox>(panel, "embedding");
    QVERIFY(embedding->isEnabled());
    QCOMPARE(embedding->text(), QStringLiteral("one-hot"));
    QVERIFY(control<QSpinBox>(panel, "window")->isEnabled());
    QCOMPARE(control<QSpinBox>(panel, "window")->value(), 100);
    QVERIFY(!control<QSpinBox>(panel, "horizon")->isEnabled());
    QVERIFY(!control<QComboBox>(panel, "output")->isEnabled());
    const int V = c.trainingData()->vocabularySize();
    NetworkConfig shown = panel.diagram()->config();
    QVERIFY(shown.input == InputKind::Symbols);
    QCOMPARE(shown.vocabSize, V);
    QCOMPARE(shown.outputSize, V);

    embedding->setValue(8);
    QVERIFY(waitUntilIdle(c));
    QCOMPARE(c.snapshot()->network.embeddingSize, 8);  // the run trains with it
    QCOMPARE(panel.diagram()->config().embeddingSize, 8);

    DataSource sine = asKind(c.dataSource(), DataSourceKind::Generator);
    sine.generator.kind = GeneratorKind::Sine;
    c.setDataSource(sine);
    QVERIFY(waitUntilIdle(c));
    QVERIFY(!embedding->isEnabled());
    QVERIFY(panel.diagram()->config().input == InputKind::Real);
    QCOMPARE(control<QSpinBox>(panel, "window")->value(), 20);  // a series' window again
}

void TestPanelNetworkBuilder::windowEditsReshapeTheData() {
    ExperimentController c;
    NetworkBuilderPanel panel(c);
    control<QSpinBox>(panel, "window")->setValue(35);
    control<QSpinBox>(panel, "horizon")->setValue(3);
    QVERIFY(waitUntilIdle(c));
    QCOMPARE(c.trainingData()->steps(), 35);
    QCOMPARE(c.trainingDataSource().window.horizon, 3);
    auto* output = control<QComboBox>(panel, "output");
    output->setCurrentIndex(output->findText(QStringLiteral("Every step")));
    QVERIFY(waitUntilIdle(c));
    QVERIFY(c.trainingData()->perStepTargets());
    QVERIFY(panel.diagram()->config().output == OutputMode::Sequence);
}

void TestPanelNetworkBuilder::learningRateStepsThroughOneTwoFive() {
    ExperimentController c;
    NetworkBuilderPanel panel(c);
    auto* lr = control<LogSpinBox>(panel, "learningRate");
    QStringList shown;
    for (int i = 0; i < 4; ++i) {
        lr->stepUp();
        shown << lr->text();
    }
    QCOMPARE(shown, (QStringList{"0.02", "0.05", "0.1", "0.2"}));
    QCOMPARE(c.settings().optimizer.learningRate, 0.2);
    lr->setValue(1e-6);
    lr->stepDown();  // clamped at the minimum
    QCOMPARE(lr->text(), QStringLiteral("1e-06"));
}

void TestPanelNetworkBuilder::detailsScheduleAndInitReachTheExperiment() {
    QTemporaryDir dir;
    ExperimentController c;
    QVERIFY(waitUntilIdle(c));
    NetworkBuilderPanel panel(c);
    for (auto* s : panel.findChildren<CollapsibleSection*>()) s->setExpanded(true);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    // SGD with Nesterov momentum 0.9 and weight decay 0.001.
    QVERIFY(choose(control<QComboBox>(panel, "optimizer"), QStringLiteral("SGD")));
    typeInto(rowControl<QDoubleSpinBox>(panel, QStringLiteral("Momentum")), QStringLiteral("0.9"));
    auto* nesterov = rowControl<QCheckBox>(panel, QStringLiteral("Nesterov"));
    nesterov->setFocus();
    QTest::keyClick(nesterov, Qt::Key_Space);
    QVERIFY(nesterov->isChecked());
    typeInto(rowControl<LogSpinBox>(panel, QStringLiteral("Weight decay")),
             QStringLiteral("0.001"));
    // Cosine annealing to 0.0001 over 30 epochs.
    QVERIFY(choose(rowControl<QComboBox>(panel, QStringLiteral("Schedule")),
                   QStringLiteral("Cosine annealing")));
    typeInto(rowControl<QSpinBox>(panel, QStringLiteral("Half period (epochs)")),
             QStringLiteral("30"));
    typeInto(rowControl<LogSpinBox>(panel, QStringLiteral("Minimum")), QStringLiteral("0.0001"));
    // Orthogonal weights of gain 0.5 at spectral radius 0.9, the LSTM's forget gate at 1.5.
    QVERIFY(choose(rowControl<QComboBox>(panel, QStringLiteral("Initialiser")),
                   QStringLiteral("Orthogonal")));
    typeInto(rowControl<QDoubleSpinBox>(panel, QStringLiteral("Gain")), QStringLiteral("0.5"));
    typeInto(rowControl<QDoubleSpinBox>(panel, QStringLiteral("Forget-gate bias")),
             QStringLiteral("1.5"));
    typeInto(rowControl<QDoubleSpinBox>(panel, QStringLiteral("Spectral radius")),
             QStringLiteral("0.9"));
    QVERIFY(waitUntilIdle(c));

    const QString path = dir.filePath(QStringLiteral("boxes.rnnlab.json"));
    QSignalSpy saved(&c, &ExperimentController::experimentSaved);
    c.saveExperiment(path);
    QVERIFY(saved.wait(gui_test::kWorkerTimeoutMs));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject e = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject expected{{"training.optimizer.kind", "sgd"},
                               {"training.optimizer.momentum", 0.9},
                               {"training.optimizer.nesterov", true},
                               {"training.optimizer.dampening", 0},
                               {"training.optimizer.weight_decay", 0.001},
                               {"training.optimizer.lr", 0.01},
                               {"training.schedule.kind", "cosine"},
                               {"training.schedule.t_max", 30},
                               {"training.schedule.eta_min", 0.0001},
                               {"training.init.scheme", "orthogonal"},
                               {"training.init.gain", 0.5},
                               {"training.init.forget_bias", 1.5},
                               {"training.init.spectral_radius", 0.9}};
    for (const QString& at : expected.keys())
        QVERIFY2(valueAt(e, at) == expected[at],
                 qPrintable(at + " is " + valueAt(e, at).toVariant().toString()));

    // The run trains with them: the new initialisation started it afresh.
    const TrainingSettings& run = c.snapshot()->settings;
    QVERIFY(run.optimizer.kind == OptimizerKind::Sgd);
    QVERIFY(run.optimizer.nesterov);
    QCOMPARE(run.schedule.tMax, 30);
    QVERIFY(run.init.scheme == InitScheme::Orthogonal);
    QCOMPARE(run.init.forgetBias, 1.5);
    QCOMPARE(c.snapshot()->step, 0LL);
}

// SGD with momentum and weight decay, then RMSprop: both settings stay (RMSprop reads them),
// Nesterov goes (it has none), and the rest are RMSprop's defaults.
void TestPanelNetworkBuilder::anotherOptimizerKeepsTheSharedSettings() {
    ExperimentController c;
    NetworkBuilderPanel panel(c);
    for (auto* s : panel.findChildren<CollapsibleSection*>()) s->setExpanded(true);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto* optimizer = control<QComboBox>(panel, "optimizer");
    QVERIFY(choose(optimizer, QStringLiteral("SGD")));
    typeInto(rowControl<QDoubleSpinBox>(panel, QStringLiteral("Momentum")), QStringLiteral("0.8"));
    typeInto(rowControl<LogSpinBox>(panel, QStringLiteral("Weight decay")), QStringLiteral("0.01"));
    QVERIFY(choose(optimizer, QStringLiteral("RMSprop")));
    const OptimizerSettings& o = c.settings().optimizer;
    QVERIFY(o.kind == OptimizerKind::RmsProp);
    QCOMPARE(o.momentum, 0.8);
    QCOMPARE(o.weightDecay, 0.01);
    QCOMPARE(o.alpha, 0.99);
    QCOMPARE(o.learningRate, 0.01);
    QCOMPARE(rowControl<QDoubleSpinBox>(panel, QStringLiteral("Momentum"))->value(), 0.8);
    QVERIFY(rowShown(rowControl<QDoubleSpinBox>(panel, QStringLiteral("Smoothing \u03b1"))));
}

RNNLAB_TEST_MAIN(TestPanelNetworkBuilder)
}  // namespace RNNLAB_TEST_FILE

#include "tst_network_builder_panel.moc"
