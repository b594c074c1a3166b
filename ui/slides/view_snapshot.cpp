#include "ui/slides/view_snapshot.h"

#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QWidget>

#include "core/base/errors.h"
#include "ui/plot/figure.h"
#include "ui/plot/figure_export.h"
#include "ui/plot/pdf_page.h"
#include "ui/slides/widget_tree_svg.h"
#include "ui/theme/theme.h"

namespace rnnlab::ui {

namespace {

[[noreturn]] void fail(const QString& path, const QString& why) {
    throw FileError(
        QStringLiteral("%1: cannot write the snapshot: %2").arg(path, why).toStdString());
}

int captionHeight(const QString& caption) {
    if (caption.isEmpty()) return 0;
    const QFontMetrics metrics(Theme::instance().style().font(FontRole::Legend));
    return metrics.height() * 2;  // the line and half a line above and below it
}

// While it lives, the figures under root paint themselves into the painter Qt renders with
// (QCustomPlot::toPainter: lines, text and heat maps as drawing commands) instead of copying
// their screen buffers, which a vector file would hold as pictures and a 2x image would blur.
class FiguresPaintDirectly : public QObject {
public:
    explicit FiguresPaintDirectly(QWidget& root) : m_figures(root.findChildren<Figure*>()) {
        for (Figure* figure : m_figures) figure->installEventFilter(this);
    }
    ~FiguresPaintDirectly() override {
        for (Figure* figure : m_figures) figure->removeEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() != QEvent::Paint) return false;
        auto* figure = static_cast<Figure*>(watched);
        QCPPainter painter(figure);
        painter.setMode(QCPPainter::pmVectorized);
        painter.setRenderHint(QPainter::Antialiasing);
        figure->toPainter(&painter, figure->width(), figure->height());
        return true;
    }

private:
    QList<Figure*> m_figures;
};

// The caption line in the strip under the view (painted over what the view drew there).
void paintCaption(QPainter& painter, const QWidget& view, const QString& caption) {
    if (caption.isEmpty()) return;
    const ThemeStyle& style = Theme::instance().style();
    const QSize size = snapshotSize(view, caption);
    const QRect strip(0, view.height(), size.width(), size.height() - view.height());
    painter.fillRect(strip, style.window);
    painter.setPen(style.mutedText);
    painter.setFont(style.font(FontRole::Legend));
    const QFontMetrics metrics(painter.font());
    painter.drawText(
        strip.adjusted(metrics.height(), 0, -metrics.height(), 0), Qt::AlignVCenter | Qt::AlignLeft,
        metrics.elidedText(caption, Qt::ElideRight, strip.width() - 2 * metrics.height()));
}

// The snapshot at its size in screen pixels, into a painter already scaled to it.
void paintSnapshot(QPainter& painter, QWidget& view, const QString& caption) {
    painter.fillRect(QRect(QPoint(0, 0), snapshotSize(view, caption)),
                     Theme::instance().style().window);
    {
        const FiguresPaintDirectly direct(view);
        painter.save();
        painter.setClipRect(view.rect());
        view.render(&painter, QPoint(0, 0), QRegion(view.rect()),
                    QWidget::DrawWindowBackground | QWidget::DrawChildren);
        painter.restore();
    }
    paintCaption(painter, view, caption);
}

void writePng(QWidget& view, const QString& caption, QSaveFile& file) {
    if (!renderSnapshot(view, caption).save(&file, "PNG"))
        fail(file.fileName(), QStringLiteral("PNG encoding failed"));
}

void writeSvg(QWidget& view, const QString& caption, QSaveFile& file) {
    const FiguresPaintDirectly direct(view);
    const QByteArray svg =
        widgetTreeSvg(view, snapshotSize(view, caption), Theme::instance().style().window,
                      [&](QPainter& painter) { paintCaption(painter, view, caption); });
    if (file.write(svg) != svg.size()) fail(file.fileName(), file.errorString());
}

void writePdf(QWidget& view, const QString& caption, QSaveFile& file) {
    const QSize size = snapshotSize(view, caption);
    QPdfWriter writer(&file);
    setSinglePage(writer, size, caption);
    QPainter painter;
    if (!painter.begin(&writer))
        fail(file.fileName(), QStringLiteral("the painter could not start"));
    painter.scale(double(writer.width()) / size.width(), double(writer.height()) / size.height());
    paintSnapshot(painter, view, caption);
}

}  // namespace

QSize snapshotSize(const QWidget& view, const QString& caption) {
    return view.size() + QSize(0, captionHeight(caption));
}

QImage renderSnapshot(QWidget& view, const QString& caption) {
    QImage image(snapshotSize(view, caption) * kSnapshotPixelRatio, QImage::Format_ARGB32);
    image.setDevicePixelRatio(kSnapshotPixelRatio);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintSnapshot(painter, view, caption);
    painter.end();
    image.setDevicePixelRatio(1);
    return image;
}

void saveSnapshot(QWidget& view, const QString& path, const QString& caption) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    const std::optional<FigureFormat> format = parseFigureFormat(suffix);
    if (!format || *format == FigureFormat::Csv) {
        fail(path, QStringLiteral("name a .png, .svg or .pdf file (the suffix chooses the "
                                  "format)"));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) fail(path, file.errorString());
    switch (*format) {
        case FigureFormat::Png:
            writePng(view, caption, file);
            break;
        case FigureFormat::Svg:
            writeSvg(view, caption, file);
            break;
        case FigureFormat::Pdf:
            writePdf(view, caption, file);
            break;
        case FigureFormat::Csv:
            break;
    }
    if (!file.commit()) fail(path, file.errorString());
}

}  // namespace rnnlab::ui
