#include "ui/window/recovery_banner.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextDocumentFragment>

#include "core/base/errors.h"
#include "core/io/experiment_file.h"
#include "ui/experiment/background_job.h"
#include "ui/help/whats_this.h"
#include "ui/theme/theme.h"
#include "ui/ui_text_translation.h"

namespace rnnlab::ui {

namespace {

constexpr double kTint = 0.15;  // how much accent goes into the banner's background

// What the banner says about an autosave before it is opened.
struct Preview {
    long long step = 0;
    QString error;  // why it cannot be read
};

Preview preview(const std::string& path) {
    Preview p;
    try {
        const Experiment e = readExperiment(path);
        if (e.state) p.step = e.state->progress.step;
    } catch (const std::exception& e) {
        p.error = translatedUserMessage(e);
    }
    return p;
}

// "10:42" today, "03/05/2025 10:42" another day.
QString whenSaved(std::chrono::system_clock::time_point savedAt) {
    const auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(savedAt.time_since_epoch());
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms.count());
    const QLocale locale;
    const QString time = locale.toString(at.time(), QLocale::ShortFormat);
    if (at.date() == QDate::currentDate()) return time;
    return locale.toString(at.date(), QLocale::ShortFormat) + QLatin1Char(' ') + time;
}

}  // namespace

RecoveryBanner::RecoveryBanner(QWidget* parent) : QFrame(parent) {
    setWhatsThisTopic(this, WhatsThisTopic::RecoveryBanner);
    setObjectName(QStringLiteral("recoveryBanner"));
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_recover = new QPushButton(tr("&Recover"), this);
    m_recover->setToolTip(tr("Opens the autosaved run as an unsaved experiment"));
    m_discard = new QPushButton(tr("&Discard"), this);
    m_discard->setToolTip(tr("Deletes the autosave"));
    m_later = new QPushButton(tr("&Later"), this);
    m_later->setToolTip(tr("Keeps the autosave and offers it again at the next start"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_text, 1);
    for (QPushButton* b : {m_recover, m_discard, m_later}) layout->addWidget(b);

    connect(m_recover, &QPushButton::clicked, this,
            [this] { emit recoverRequested(m_recoveries[m_current]); });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        discardRecovery(m_recoveries[m_current]);
        showNext();
    });
    connect(m_later, &QPushButton::clicked, this, &RecoveryBanner::showNext);
    applyTheme(Theme::instance().style());
    connect(&Theme::instance(), &Theme::changed, this, &RecoveryBanner::applyTheme);
    hide();
}

void RecoveryBanner::offer(std::vector<Recovery> recoveries) {
    m_recoveries = std::move(recoveries);
    m_current = 0;
    showCurrent();
}

QString RecoveryBanner::message() const {
    return isHidden() ? QString() : QTextDocumentFragment::fromHtml(m_text->text()).toPlainText();
}

void RecoveryBanner::showNext() {
    ++m_current;
    showCurrent();
}

void RecoveryBanner::showError(const QString& error) {
    showText(tr("The unsaved run of %1 cannot be recovered: %2")
                 .arg(documentName(), error.toHtmlEscaped()),
             false);
}

void RecoveryBanner::showCurrent() {
    hide();
    const int generation = ++m_generation;
    if (m_current >= m_recoveries.size()) return;
    const Recovery& r = m_recoveries[m_current];
    runInBackground<Preview>(
        this, [path = r.experimentPath] { return preview(path); },
        [this, generation](const Preview& p) {
            if (generation != m_generation) return;
            const Recovery& shown = m_recoveries[m_current];
            if (!p.error.isEmpty()) {
                showText(
                    tr("The autosave of %1 from %2 cannot be read: %3")
                        .arg(documentName(), whenSaved(shown.savedAt), p.error.toHtmlEscaped()),
                    false);
                return;
            }
            showText(tr("Recover the unsaved run of %1, autosaved at %2, step %3?")
                         .arg(documentName(), whenSaved(shown.savedAt), QLocale().toString(p.step)),
                     true);
        });
}

void RecoveryBanner::showText(const QString& html, bool recoverable) {
    const std::size_t count = m_recoveries.size();
    const QString of = count > 1 ? tr(" (%1 of %2)").arg(m_current + 1).arg(count) : QString();
    m_text->setText(html + of);
    m_text->setToolTip(QString::fromStdString(m_recoveries[m_current].experimentPath));
    m_recover->setVisible(recoverable);
    setEnabled(true);
    show();
}

QString RecoveryBanner::documentName() const {
    const std::string& document = m_recoveries[m_current].document;
    if (document.empty()) return tr("an untitled experiment");
    return QStringLiteral("<b>%1</b>")
        .arg(QFileInfo(QString::fromStdString(document)).fileName().toHtmlEscaped());
}

void RecoveryBanner::applyTheme(const ThemeStyle& style) {
    setStyleSheet(QStringLiteral("#recoveryBanner { background: %1; border: 2px solid %2; "
                                 "border-radius: 4px; } #recoveryBanner QLabel { color: %3; }")
                      .arg(blend(style.window, style.accent, kTint).name(), style.accent.name(),
                           style.text.name()));
}

}  // namespace rnnlab::ui
