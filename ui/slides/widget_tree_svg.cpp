#include "ui/slides/widget_tree_svg.h"

#include <QBuffer>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgGenerator>
#include <QWidget>

#include "ui/plot/figure_export.h"

namespace rnnlab::ui {

namespace {

// The drawing commands of one QSvgGenerator document: what lies between its <svg> tag and
// </svg>, without its title and description, with its ids (gradients) made unique by prefix.
QByteArray svgBody(const QByteArray& document, const QByteArray& prefix) {
    const qsizetype open = document.indexOf('>', document.indexOf("<svg"));
    const qsizetype close = document.lastIndexOf("</svg>");
    QString body = QString::fromUtf8(document.mid(open + 1, close - open - 1));
    static const QRegularExpression metadata(QStringLiteral("<title>.*</title>|<desc>.*</desc>"),
                                             QRegularExpression::DotMatchesEverythingOption |
                                                 QRegularExpression::InvertedGreedinessOption);
    body.remove(metadata);
    static const QRegularExpression ids(QStringLiteral("(id=\"|url\\(#|href=\"#)"));
    body.replace(ids, QStringLiteral("\\1") + QString::fromUtf8(prefix));
    return body.toUtf8();
}

// Runs paint on a painter into a QSvgGenerator of `size` and returns its drawing commands.
QByteArray paintedSvg(const QSize& size, const QByteArray& prefix,
                      const std::function<void(QPainter&)>& paint) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setResolution(kScreenDpi);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    QPainter painter(&svg);
    paint(painter);
    painter.end();
    return svgBody(buffer.data(), prefix);
}

class TreeWriter {
public:
    // The widget and its visible children as a nested viewport at (x, y) of its parent's.
    QByteArray viewport(QWidget& widget, QPoint at) {
        const QByteArray prefix = "w" + QByteArray::number(m_count++) + "_";
        QByteArray out = QStringLiteral(
                             "<svg x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" "
                             "overflow=\"hidden\">\n")
                             .arg(at.x())
                             .arg(at.y())
                             .arg(widget.width())
                             .arg(widget.height())
                             .toUtf8();
        out += paintedSvg(widget.size(), prefix, [&widget](QPainter& painter) {
            widget.render(&painter, QPoint(0, 0), QRegion(widget.rect()),
                          QWidget::DrawWindowBackground);
        });
        for (QObject* object : widget.children()) {  // bottom to top
            auto* child = qobject_cast<QWidget*>(object);
            if (child && !child->isWindow() && child->isVisibleTo(&widget))
                out += viewport(*child, child->pos());
        }
        return out + "</svg>\n";
    }

private:
    int m_count = 0;
};

}  // namespace

QByteArray widgetTreeSvg(QWidget& root, const QSize& size, const QColor& background,
                         const std::function<void(QPainter&)>& paintOver) {
    QByteArray out = QStringLiteral(
                         "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                         "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                         "xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\" "
                         "width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\">\n"
                         "<title>RNN Lab</title>\n"
                         "<rect width=\"%1\" height=\"%2\" fill=\"%3\"/>\n")
                         .arg(size.width())
                         .arg(size.height())
                         .arg(background.name())
                         .toUtf8();
    TreeWriter writer;
    out += writer.viewport(root, QPoint(0, 0));
    out += paintedSvg(size, "over_", paintOver);
    return out + "</svg>\n";
}

}  // namespace rnnlab::ui
