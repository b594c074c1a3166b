// The gradient check as the view gets it: asked through the session, computed on the worker
// thread with the current weights on the traced sequence, delivered by signal.
#include <QSignalSpy>

#include "test_main.h"
#include "core/train/data_source.h"
#include "gui_test_support.h"
#include "ui/session/training_session.h"

namespace RNNLAB_TEST_FILE {

using namespace rnnlab;
using rnnlab::ui::TrainingSession;

class TestGradientsSession : public QObject {
    Q_OBJECT
private slots:
    void gradientCheckComesFromTheWorker() {
        DataSource d;
        d.kind = DataSourceKind::Generator;
        d.generator.kind = GeneratorKind::Sine;
        d.window.window = 10;
        NetworkConfig c;
        c.cell = CellType::Lstm;
        c.hiddenSize = 6;
        TrainingSettings s;
        s.epochs = 1000;
        TrainingSession session;
        session.setTrainer(std::make_shared<Trainer>(c, s, buildTrainingData(d)));
        session.stepOnce();
        session.stepOnce();
        QTRY_VERIFY_WITH_TIMEOUT(session.snapshot() && session.snapshot()->step == 2,
                                 gui_test::kWorkerTimeoutMs);

        QSignalSpy ready(&session, &TrainingSession::gradientCheckReady);
        session.requestGradientCheck(5, 9);
        QVERIFY(ready.wait(gui_test::kWorkerTimeoutMs));
        const auto result = ready.at(0).at(1).value<std::shared_ptr<const GradientCheckResult>>();
        QVERIFY(result);
        QCOMPARE(result->step, 2LL);
        QCOMPARE(result->entries.size(), size_t(5));
        for (const GradientCheckEntry& e : result->entries)
            QVERIFY2(e.relativeError < 1e-5, e.label().c_str());

        // The same seed draws the same parameters.
        session.requestGradientCheck(5, 9);
        QVERIFY(ready.wait(gui_test::kWorkerTimeoutMs));
        const auto again = ready.at(1).at(1).value<std::shared_ptr<const GradientCheckResult>>();
        for (size_t i = 0; i < 5; ++i)
            QCOMPARE(again->entries[i].label(), result->entries[i].label());
    }
};

RNNLAB_TEST_MAIN(TestGradientsSession)
}  // namespace RNNLAB_TEST_FILE

#include "tst_gradients_session.moc"
