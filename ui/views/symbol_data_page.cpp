#include "ui/views/symbol_data_page.h"

#include <QAbstractTextDocumentLayout>
#include <QLocale>
#include <QTextDocument>
#include <qcustomplot.h>

#include "core/data/labelled_dataset.h"
#include "core/data/text_dataset.h"
#include "ui/text/shown_symbol.h"
#include "ui/theme/theme.h"

namespace rnnlab::ui {

namespace {

// One sample of a split: its symbol indices (T) and its targets (T, or 1).
struct Sample {
    std::vector<int> symbols;
    std::vector<int> targets;
};

Sample sampleOf(const TrainingData& data, Split split, Index i) {
    Matrix<double> x, y;
    data.batch(split, i, 1, x, y);  // time-major with B = 1: row t is step t
    Sample s;
    for (Index t = 0; t < x.rows(); ++t) s.symbols.push_back(int(x(t, 0)));
    for (Index r = 0; r < y.rows(); ++r) s.targets.push_back(int(y(r, 0)));
    return s;
}

// A symbol in a line of text: a space stays a space, what draws nothing gets its sign.
QString written(const std::vector<std::string>& names, int index) {
    const std::string& name = names[std::size_t(index)];
    return name == " " ? QStringLiteral(" ") : shownSymbol(name).toHtmlEscaped();
}

// Symbols [first, end) of a sample as HTML, the one at `marked` (or none: -1) highlighted.
QString line(const std::vector<std::string>& names, const std::vector<int>& symbols,
             std::size_t first, int marked, const QColor& mark) {
    QString html;
    for (std::size_t t = first; t < symbols.size(); ++t) {
        const QString s = written(names, symbols[t]);
        html += int(t) == marked
                    ? QStringLiteral("<span style=\"background:%1\">%2</span>").arg(mark.name(), s)
                    : s;
    }
    return html;
}

QString number(long long n) {
    return QLocale::system().toString(n);
}

}  // namespace

SymbolDataPage::SymbolDataPage(QWidget* parent) : QTextBrowser(parent) {
    setObjectName(QStringLiteral("symbolDataPage"));
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    applyTheme(Theme::instance().style());
    connect(&Theme::instance(), &Theme::changed, this, &SymbolDataPage::applyTheme);
}

void SymbolDataPage::setData(std::shared_ptr<const TrainingData> training, const QString& name) {
    m_training = std::move(training);
    m_name = name;
    m_step = 0;
    render();
}

void SymbolDataPage::setCursorStep(int step) {
    if (!m_training) return;
    m_step = qBound(0, step, int(m_training->steps()) - 1);
    const int scroll = verticalScrollBar()->value();
    render();
    verticalScrollBar()->setValue(scroll);
}

void SymbolDataPage::applyTheme(const ThemeStyle& style) {
    QFont font = style.font(FontRole::Widget);
    document()->setDefaultFont(font);
    if (m_training) render();
}

void SymbolDataPage::render() {
    const TrainingData& d = *m_training;
    const std::vector<std::string> symbols = d.symbolNames();
    const std::vector<std::string> classes = d.classNames();
    const ThemeStyle& style = Theme::instance().style();
    QColor mark = style.accent;
    mark.setAlpha(90);
    const QString muted = style.mutedText.name();
    // Labelled sentences are padded at the start with line ends (labelled_text.h).
    const bool padded = dynamic_cast<const LabelledDataset*>(&d) != nullptr;
    const auto start = [&](const Sample& s) {
        std::size_t first = 0;
        if (padded)
            while (first < s.symbols.size() && symbols[std::size_t(s.symbols[first])] == "\n")
                ++first;
        return first;
    };
    const auto className = [&](int k) {
        return k < int(classes.size()) ? shownSymbol(classes[std::size_t(k)]).toHtmlEscaped()
                                       : tr("class %1").arg(k);
    };
    const QString sampleWord = dynamic_cast<const TextDataset*>(&d)
                                   ? tr("Windows of %1 characters").arg(number(d.steps()))
                                   : tr("Sequences of %1 steps").arg(number(d.steps()));

    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>")
                       .arg(m_name.toHtmlEscaped(),
                            tr("%1: %2 train, %3 validation, %4 test.")
                                .arg(sampleWord, number(d.count(Split::Train)),
                                     number(d.count(Split::Validation)),
                                     number(d.count(Split::Test))));
    const QString pre = QStringLiteral("<pre style=\"white-space:pre-wrap; margin:0\">");
    if (d.count(Split::Train) > 0) {
        const Sample example = sampleOf(d, Split::Train, 0);
        html += QStringLiteral("<h4>%1</h4>")
                    .arg(tr("The first training sample: what the network reads, and what it "
                            "learns to answer (step %1 of %2 marked, as the time bar)")
                             .arg(m_step + 1)
                             .arg(d.steps()));
        const QString captioned =
            QStringLiteral("<p style=\"color:%1; margin:0\">%2</p>%3%4</pre>");
        html += captioned.arg(muted, tr("reads"), pre,
                             line(symbols, example.symbols, 0, m_step, mark));
        if (d.perStepTargets()) {
            html += captioned.arg(muted, tr("answers"), pre,
                                 line(classes.empty() ? symbols : classes, example.targets, 0,
                                      m_step, mark));
        } else {
            html += QStringLiteral("<p><span style=\"color:%1\">%2</span> %3</p>")
                        .arg(muted, tr("answers after the last step"),
                             className(example.targets.front()));
        }
    }
    const auto part = [&](Split split, const QString& title, Index shown) {
        const Index n = std::min(shown, d.count(split));
        if (n == 0) return;
        html += QStringLiteral("<h4>%1</h4>").arg(title);
        for (Index i = 0; i < n; ++i) {
            const Sample s = sampleOf(d, split, i);
            html += pre + line(symbols, s.symbols, start(s), -1, mark);
            if (!d.perStepTargets())
                html += QStringLiteral("  <span style=\"color:%1\">\u2192 %2</span>")
                            .arg(muted, className(s.targets.front()));
            html += QStringLiteral("</pre>");
        }
        if (d.count(split) > n)
            html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                        .arg(muted, tr("\u2026 and %1 more").arg(number(d.count(split) - n)));
    };
    part(Split::Train, tr("Training part"), kTrainSamples);
    part(Split::Validation, tr("Validation part"), kHeldOutSamples);
    part(Split::Test, tr("Test part"), kHeldOutSamples);
    if (padded)
        html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                    .arg(muted, tr("Each sentence is read as %1 steps: shorter ones are padded "
                                   "at the start with line ends (\u21b5), longer ones keep their "
                                   "last %1 characters.")
                                    .arg(number(d.steps())));
    setHtml(html);
}

void SymbolDataPage::paintPicture(QCPPainter& painter, const QSize& size) const {
    std::unique_ptr<QTextDocument> page(document()->clone());
    page->setTextWidth(size.width());
    painter.fillRect(QRect(QPoint(0, 0), size), Theme::instance().style().window);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Theme::instance().style().text);
    context.clip = QRectF(QPointF(0, 0), size);
    page->documentLayout()->draw(&painter, context);
}

}  // namespace rnnlab::ui
