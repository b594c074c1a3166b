#include "ui/gradients/gradients_view.h"

#include <QTabWidget>
#include <QVBoxLayout>

#include "core/analysis/gradient_profile.h"
#include "ui/gradients/gradient_badge.h"
#include "ui/gradients/gradient_check_panel.h"
#include "ui/gradients/gradient_norms_view.h"
#include "ui/gradients/gradient_profile_view.h"
#include "ui/gradients/remedy_strip.h"
#include "ui/gradients/state_jacobian_view.h"
#include "ui/help/whats_this.h"
#include "ui/notation.h"
#include "ui/theme/theme.h"
#include "ui/window/stacking_layout.h"

namespace rnnlab::ui {

GradientsView::GradientsView(QWidget* parent) : QWidget(parent) {
    setWhatsThisTopic(this, WhatsThisTopic::GradientsView);
    m_vanishing = new GradientBadge(GradientBadge::Kind::Vanishing, this);
    m_exploding = new GradientBadge(GradientBadge::Kind::Exploding, this);
    m_profile = new GradientProfileView(this);
    m_jacobian = new StateJacobianView(this);
    m_norms = new GradientNormsView(this);
    m_check = new GradientCheckPanel(this);
    m_remedies = new RemedyStrip(this);

    m_pages = new QTabWidget(this);
    m_pages->setDocumentMode(true);
    m_pages->addTab(m_profile, tr("Through time"));
    m_pages->addTab(m_jacobian, tr("Jacobians"));
    m_pages->addTab(m_norms, tr("Norms && clipping"));
    m_pages->addTab(m_check, tr("Gradient check"));
    for (int i = 0; i < m_pages->count(); ++i)
        m_pages->setTabWhatsThis(i, m_pages->widget(i)->whatsThis());
    m_pages->setTabToolTip(0, tr("%1 against the time step: the vanishing or exploding curve")
                                  .arg(notation::gradientNorm()));
    m_pages->setTabToolTip(
        1, tr("Why the curve has its slope: Jacobian products and the recurrent weights"));
    m_pages->setTabToolTip(2, tr("Gradient norms per parameter over training, and clipping"));
    m_pages->setTabToolTip(3, tr("BPTT's gradient beside a finite-difference estimate"));

    auto* badges = new StackingLayout;  // side by side, or one above the other when narrow
    badges->addWidget(m_vanishing, 1);
    badges->addWidget(m_exploding, 1);
    auto* centre = new StackingLayout;
    centre->addWidget(m_pages, 1);
    centre->addWidget(m_remedies);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(badges);
    layout->addLayout(centre, 1);

    connect(m_remedies, &RemedyStrip::remedyRequested, this, &GradientsView::remedyRequested);
    connect(m_check, &GradientCheckPanel::gradientCheckRequested, this,
            &GradientsView::gradientCheckRequested);
    m_pages->setFont(Theme::instance().style().font(FontRole::Widget));
    connect(&Theme::instance(), &Theme::changed, this,
            [this](const ThemeStyle& style) { m_pages->setFont(style.font(FontRole::Widget)); });
}

void GradientsView::showPage(Page page) {
    m_pages->setCurrentIndex(int(page));
}

void GradientsView::setThresholds(const DiagnosisThresholds& thresholds) {
    m_thresholds = thresholds;
    updateBadges();
}

void GradientsView::setSnapshot(std::shared_ptr<const TrainingSnapshot> snapshot) {
    m_snapshot = std::move(snapshot);
    if (m_snapshot) {
        m_remedies->setRun(m_snapshot->network, m_snapshot->settings);
        m_check->setSymbolInput(m_snapshot->network.input == InputKind::Symbols);
    }
    m_profile->setSnapshot(m_snapshot);
    m_jacobian->setSnapshot(m_snapshot);
    m_norms->setSnapshot(m_snapshot);
    updateBadges();
}

void GradientsView::setGradientCheck(std::shared_ptr<const GradientCheckResult> result) {
    m_check->setResult(std::move(result));
}

void GradientsView::setCursorStep(int step) {
    m_profile->setCursorStep(step);
    m_jacobian->setCursorStep(step);
}

void GradientsView::updateBadges() {
    if (!m_snapshot) {
        m_vanishing->setBadge(rnnlab::vanishingBadge(OutputMode::Last, 0, {}, {}, m_thresholds));
        m_exploding->setBadge(rnnlab::explodingBadge({}, true, 1.0, m_thresholds));
        return;
    }
    const TrainingSnapshot& s = *m_snapshot;
    const auto& jacobians = s.history.jacobianProfiles.items();
    m_vanishing->setBadge(rnnlab::vanishingBadge(
        s.network.output, s.settings.truncation,
        s.trace ? hiddenGradientNorms(*s.trace) : std::vector<std::vector<double>>{},
        jacobians.empty() ? std::vector<std::vector<double>>{} : jacobians.back().norm,
        m_thresholds));
    m_exploding->setBadge(rnnlab::explodingBadge(s.history.steps.items(), s.settings.clip,
                                                 s.settings.clipMaxNorm, m_thresholds));
}

}  // namespace rnnlab::ui
