#include "ui/window/training_progress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <cmath>

#include "ui/help/whats_this.h"
#include "ui/theme/theme.h"
#include "ui/theme/widget_styles.h"

namespace rnnlab::ui {

QString formatEta(double seconds) {
    if (seconds < 0 || !std::isfinite(seconds)) return QString();
    const long long s = std::llround(seconds);
    if (s < 60) return QObject::tr("%1 s").arg(s);
    if (s < 3600) {
        return QObject::tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    }
    const long long minutes = (s + 30) / 60;  // to the nearest minute
    return QObject::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

TrainingProgress::TrainingProgress(QWidget* parent) : QWidget(parent) {
    setWhatsThisTopic(this, WhatsThisTopic::TrainingProgress);
    m_epoch = new QLabel(this);
    m_bar = new QProgressBar(this);
    m_bar->setTextVisible(false);
    m_bar->setFixedWidth(200);
    m_eta = new QLabel(this);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_epoch);
    layout->addWidget(m_bar);
    layout->addWidget(m_eta);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    applyTheme(Theme::instance().style());
    connect(&Theme::instance(), &Theme::changed, this, &TrainingProgress::applyTheme);
    clear();
}

void TrainingProgress::applyTheme(const ThemeStyle& style) {
    m_bar->setStyleSheet(progressStyleSheet(style));
    // Room for long runs and "ETA 59 min 59 s", so the toolbar does not jump while training.
    m_epoch->setMinimumWidth(
        m_epoch->fontMetrics().horizontalAdvance(tr("epoch %1 / %2").arg(99999).arg(99999)));
    m_eta->setMinimumWidth(
        m_eta->fontMetrics().horizontalAdvance(tr("ETA %1").arg(formatEta(3599))));
}

QString TrainingProgress::epochText() const {
    return m_epoch->text();
}

QString TrainingProgress::etaText() const {
    return m_eta->text();
}

int TrainingProgress::percent() const {
    return m_bar->value();
}

void TrainingProgress::setProgress(int epoch, int epochs, double etaSeconds) {
    m_epoch->setText(tr("epoch %1 / %2").arg(epoch).arg(epochs));
    m_bar->setRange(0, 100);
    m_bar->setValue(epochs > 0 ? int(std::lround(100.0 * epoch / epochs)) : 0);
    const QString eta = formatEta(etaSeconds);
    m_eta->setText(eta.isEmpty() ? QString() : tr("ETA %1").arg(eta));
}

void TrainingProgress::clear() {
    m_epoch->setText(tr("not training"));
    m_bar->setRange(0, 100);
    m_bar->setValue(0);
    m_eta->clear();
}

}  // namespace rnnlab::ui
