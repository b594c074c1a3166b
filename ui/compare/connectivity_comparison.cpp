#include "ui/compare/connectivity_comparison.h"

#include <QEventLoop>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
#include <limits>
#include <memory>

#include "core/analysis/window_connectivity.h"
#include "core/base/errors.h"
#include "core/train/trainer.h"
#include "ui/compare/connectivity_strips.h"
#include "ui/help/whats_this.h"
#include "ui/session/training_session.h"
#include "ui/text/connectivity_panel.h"
#include "ui/text/strip_colouring.h"
#include "ui/window/stacking_layout.h"

namespace rnnlab::ui {

namespace {

// The longest settle() waits: a network of 4,096 units reads its window in well under this.
constexpr int kSettleTimeoutMs = 30'000;

}  // namespace

// What a network's worker hands back: its window and g_t, and the step of its weights.
struct ConnectivityComparison::Answer {
    std::shared_ptr<const WindowConnectivity> result;
    long long step = -1;
};

ConnectivityComparison::ConnectivityComparison(QWidget* parent)
    : QWidget(parent), m_refresh(*this, 1, [this] { request(); }) {
    setWhatsThisTopic(this, WhatsThisTopic::CompareConnectivity);
    m_window = new QSpinBox(this);
    m_window->setRange(1, 1);
    m_window->setPrefix(tr("Validation window "));
    m_window->setToolTip(tr("Which window of the validation text the networks read"));
    connect(m_window, &QSpinBox::valueChanged, this,
            [this](int value) { setWindow(Index(value) - 1); });
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    auto* controls = new QHBoxLayout;
    controls->addWidget(m_window);
    controls->addWidget(m_hint, 1);

    m_strips = new ConnectivityStrips(this);
    m_strips->hide();  // until there are networks: exports leave it out
    connect(m_strips, &ConnectivityStrips::characterClicked, this,
            &ConnectivityComparison::setTarget);
    m_curves = new ConnectivityPanel(this);
    auto* body = new StackingLayout;
    body->addWidget(m_strips, 3);
    body->addWidget(m_curves, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addLayout(body, 1);
}

QString ConnectivityComparison::hint() const {
    return m_hint->text();
}

void ConnectivityComparison::setNetworks(const std::vector<Network>& networks) {
    m_networks = networks;
    QStringList labels;
    for (const Network& n : m_networks) {
        labels << n.label;
        if (n.session)
            connect(n.session, &TrainingSession::snapshotChanged, this,
                    [this] { m_refresh.schedule(); });
    }
    m_strips->setNetworks(labels);
    m_strips->setHidden(networks.empty());  // and left out of exports
    m_target = -1;
    m_windowIndex = 0;
    {
        const QSignalBlocker quiet(m_window);
        m_window->setRange(1, 1);
        m_window->setValue(1);
        m_window->setSuffix(QString());
    }
    restart();
}

void ConnectivityComparison::setTarget(Index step) {
    if (step == m_target) return;
    m_target = step;
    ++m_generation;  // the strips keep their text; the colours follow when the numbers come
    m_refresh.requestIfShown();
}

void ConnectivityComparison::setWindow(Index window) {
    if (window == m_windowIndex) return;
    m_windowIndex = window;
    {
        const QSignalBlocker quiet(m_window);
        m_window->setValue(int(window) + 1);
    }
    restart();
}

void ConnectivityComparison::restart() {
    ++m_generation;
    m_shownCurves.assign(m_networks.size(), {});
    m_strips->clearConnectivity(tr("Reading the window\u2026"));
    m_curves->clear(QString());
    m_hint->setText(tr("Click a character in any strip to see how far back each network's "
                       "prediction there reaches."));
    m_refresh.requestIfShown();
}

void ConnectivityComparison::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    m_refresh.shown();
}

void ConnectivityComparison::settle() {
    request();
    if (m_awaited == 0) return;
    QEventLoop loop;
    connect(this, &ConnectivityComparison::numbersShown, &loop, &QEventLoop::quit);
    QTimer::singleShot(kSettleTimeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
}

void ConnectivityComparison::request() {
    m_refresh.requested();
    m_awaited = 0;
    const quint64 generation = m_generation;
    const Index window = m_windowIndex, target =
        m_target < 0 ? std::numeric_limits<Index>::max() : m_target;
    QPointer<ConnectivityComparison> self(this);
    for (std::size_t i = 0; i < m_networks.size(); ++i) {
        TrainingSession* session = m_networks[i].session;
        if (!session) continue;
        auto answer = std::make_shared<Answer>();
        ++m_awaited;
        session->withTrainer(
            [answer, window, target](Trainer& trainer) {
                const auto* text = dynamic_cast<const TextDataset*>(&trainer.data());
                if (!text) return;
                answer->result = std::make_shared<const WindowConnectivity>(
                    windowConnectivity(trainer.networkConfig(), trainer.network().parameters(),
                                       *text, window, target));
                answer->step = trainer.stepCount();
            },
            [self, i, generation, answer](const QString& error) {
                if (self) self->receive(int(i), generation, error, *answer);
            });
    }
}

void ConnectivityComparison::receive(int row, quint64 generation, const QString& error,
                                     const Answer& answer) {
    if (generation != m_generation || row >= int(m_networks.size())) return;
    showAnswer(row, error, answer);
    if (m_awaited > 0 && --m_awaited == 0) emit numbersShown();
}

void ConnectivityComparison::showAnswer(int row, const QString& error, const Answer& answer) {
    const QString& label = m_networks[std::size_t(row)].label;
    if (!error.isEmpty()) {
        m_hint->setText(label + QStringLiteral(": ") + error);
        return;
    }
    if (!answer.result) return;  // not a text: Compare does not show this then
    const WindowConnectivity& c = *answer.result;
    if (c.windowCount == 0) {
        m_strips->clearConnectivity(
            tr("The text has no validation window: give the validation part a share of the "
               "text in the data settings."));
        return;
    }
    {
        const QSignalBlocker quiet(m_window);
        m_window->setRange(1, int(c.windowCount));
        m_window->setSuffix(tr(" of %1").arg(c.windowCount));
    }
    m_target = c.target;
    // The strip keeps the reading alive with the numbers that colour it.
    auto reading = std::shared_ptr<const TextReading>(answer.result, &answer.result->reading);
    m_strips->setConnectivity(row, reading, c.target, c.g, answer.step);
    m_shownCurves[std::size_t(row)] = c.g;
    std::vector<ConnectivityCurve> curves;
    for (std::size_t i = 0; i < m_networks.size(); ++i)
        if (!m_shownCurves[i].empty())
            curves.push_back({m_networks[i].label, m_shownCurves[i], int(i)});
    m_curves->setCurves(tr("Connectivity to %1").arg(quotedCharacter(c.reading, c.target)),
                        curves);
}

}  // namespace rnnlab::ui
