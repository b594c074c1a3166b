#include "ui/gradients/gradient_check_panel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/help/whats_this.h"
#include "ui/number_format.h"
#include "ui/theme/theme.h"

namespace rnnlab::ui {

namespace {

enum Column { kParameter, kBackprop, kNumeric, kError, kVerdict, kColumns };

// With symbol input, a weight of a symbol the sequence does not contain takes no part in it:
// the column of weight_ih_l0 (one-hot: W_ih x_t = W_ih[:, s_t]) or the row of embedding.weight
// (e_t = E[s_t]). Both gradients are then exactly 0, which "agree" alone does not explain.
QString unusedSymbolsNote(const GradientCheckResult& r) {
    int unused = 0;
    for (const GradientCheckEntry& e : r.entries) {
        const bool symbolTable = e.parameter == "embedding.weight" ||
                                 QString::fromStdString(e.parameter).endsWith("weight_ih_l0");
        if (symbolTable && e.backprop == 0 && e.numeric == 0) ++unused;
    }
    if (unused == 0) return {};
    const QString note = unused == 1
                             ? GradientCheckPanel::tr(
                                   "1 weight of a symbol the sequence does not contain (a "
                                   "column of weight_ih_l0 for one-hot input, a row of "
                                   "embedding.weight): it takes no part in the loss, so both "
                                   "gradients are 0.")
                             : GradientCheckPanel::tr(
                                   "%1 weights of symbols the sequence does not contain "
                                   "(columns of weight_ih_l0 for one-hot input, rows of "
                                   "embedding.weight): they take no part in the loss, so both "
                                   "gradients are 0.")
                                   .arg(unused);
    return QLatin1Char(' ') + note;
}

}  // namespace

QString GradientCheckPanel::verdict(double relativeError) {
    if (relativeError < 1e-5) return tr("agree");
    if (relativeError < 1e-2) return tr("rounding");
    return tr("differ");
}

GradientCheckPanel::GradientCheckPanel(QWidget* parent) : QWidget(parent) {
    setWhatsThisTopic(this, WhatsThisTopic::GradientCheck);
    m_intro = new QLabel(
        tr("Backpropagation is just calculus. For a few weights chosen at random, BPTT's "
           "gradient is compared with a finite difference: nudge the weight by \u00b1\u03b5, run "
           "the sequence forward again, and divide the change of the loss by 2\u03b5."),
        this);
    m_intro->setWordWrap(true);
    m_table = new QTableWidget(0, kColumns, this);
    m_table->setHorizontalHeaderLabels(
        {tr("parameter"), tr("BPTT"), tr("finite difference"), tr("relative error"), tr("")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->horizontalHeaderItem(kError)->setToolTip(
        tr("|BPTT - finite difference| / max(|BPTT|, |finite difference|). In double precision "
           "it is usually below 1e-6; a tiny gradient (rounding dominates) or a relu unit "
           "sitting on its kink within \u00b1\u03b5 can make it larger."));
    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    m_check = new QPushButton(tr("Check again"), this);
    m_check->setToolTip(
        tr("Draw %1 other parameters and compare their gradients").arg(kParameters));
    connect(m_check, &QPushButton::clicked, this, &GradientCheckPanel::requestCheck);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_caption, 1);
    bottom->addWidget(m_check);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table);
    layout->addLayout(bottom);
    layout->addStretch(1);
    m_caption->setText(tr("No check yet."));
    applyTheme(Theme::instance().style());
    connect(&Theme::instance(), &Theme::changed, this, &GradientCheckPanel::applyTheme);
}

QString GradientCheckPanel::captionText() const {
    return m_caption->text();
}

void GradientCheckPanel::requestCheck() {
    m_waiting = true;
    m_caption->setText(tr("Checking\u2026"));
    emit gradientCheckRequested(kParameters, ++m_seed);
}

void GradientCheckPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!m_result && !m_waiting) requestCheck();
}

void GradientCheckPanel::setResult(std::shared_ptr<const GradientCheckResult> result) {
    m_result = std::move(result);
    m_waiting = false;
    m_table->setRowCount(0);
    if (!m_result) {
        m_caption->setText(tr("No check yet."));
        return;
    }
    const GradientCheckResult& r = *m_result;
    m_table->setRowCount(int(r.entries.size()));
    for (int row = 0; row < int(r.entries.size()); ++row) {
        const GradientCheckEntry& e = r.entries[std::size_t(row)];
        const QString cells[kColumns] = {
            QString::fromStdString(e.label()), formatNumber(e.backprop, kCheckDigits),
            formatNumber(e.numeric, kCheckDigits), QString::number(e.relativeError, 'e', 1),
            verdict(e.relativeError)};
        for (int c = 0; c < kColumns; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setTextAlignment(c == kParameter ? Qt::AlignLeft | Qt::AlignVCenter
                                                   : Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, c, item);
        }
    }
    showCaption();
    colourRows(Theme::instance().style());
}

void GradientCheckPanel::setSymbolInput(bool symbols) {
    if (symbols == m_symbols) return;
    m_symbols = symbols;
    if (m_result) showCaption();
}

void GradientCheckPanel::showCaption() {
    const GradientCheckResult& r = *m_result;
    m_caption->setText(tr("Weights of training step %1, the traced sequence, loss %2; "
                          "\u03b5 = %3, central differences in double precision, full BPTT. "
                          "Largest relative error %4.")
                           .arg(r.step)
                           .arg(r.loss, 0, 'g', 4)
                           .arg(r.epsilon, 0, 'g', 2)
                           .arg(r.maxRelativeError(), 0, 'e', 1) +
                       (m_symbols ? unusedSymbolsNote(r) : QString()));
}

void GradientCheckPanel::colourRows(const ThemeStyle& style) {
    // Green, orange, red from the theme's series colours.
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem* v = m_table->item(row, kVerdict);
        const double error = m_result->entries[std::size_t(row)].relativeError;
        const int colour = error < 1e-5 ? 2 : error < 1e-2 ? 3 : 1;
        v->setForeground(style.seriesColor(colour));
        QFont bold = style.font(FontRole::Widget);
        bold.setBold(true);
        v->setFont(bold);
    }
}

void GradientCheckPanel::applyTheme(const ThemeStyle& style) {
    m_intro->setFont(style.font(FontRole::AxisLabel));
    m_table->setFont(style.font(FontRole::Widget));
    m_table->horizontalHeader()->setFont(style.font(FontRole::Widget));
    m_table->verticalHeader()->setDefaultSectionSize(
        QFontMetrics(style.font(FontRole::Widget)).height() + 10);
    m_caption->setFont(style.font(FontRole::Widget));
    if (m_result) colourRows(style);
}

}  // namespace rnnlab::ui
