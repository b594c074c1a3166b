#include "ui/text/strip_picture.h"

#include <qcustomplot.h>

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QTextDocument>

#include "core/base/errors.h"
#include "ui/plot/export_size_widget.h"
#include "ui/plot/figure_collection.h"
#include "ui/plot/figure_commands.h"
#include "ui/text/strip_document.h"
#include "ui/text/text_strip.h"
#include "ui/theme/theme.h"
#include "ui/theme/theme_style.h"
#include "ui/ui_text_translation.h"

namespace rnnlab::ui {

namespace {

constexpr double kScaleStep = 0.9;
constexpr double kSmallestScale = 0.35;  // below it the characters no longer read

}  // namespace

StripPicture::StripPicture(QWidget* parent) : QWidget(parent) {}

QString StripPicture::pictureTitle() const {
    if (!m_strip || !m_strip->reading()) return tr("Text");
    return tr("Text: %1").arg(m_strip->scale().name);
}

QString StripPicture::pictureHtml() const {
    return m_strip ? stripHtml(*m_strip, pictureTitle(), m_status, Theme::instance().style())
                   : QString();
}

QString StripPicture::pictureCsv() const {
    return m_strip ? stripCsv(*m_strip) : QString();
}

void paintHtmlPage(QCPPainter& painter, const QSize& size, const QString& html,
                   const QFont& font, const QString& empty) {
    const ThemeStyle& style = Theme::instance().style();
    painter.fillRect(QRect(QPoint(0, 0), size), style.plotBackground);
    QTextDocument page;
    page.setDefaultFont(font);
    if (html.isEmpty()) {
        page.setPlainText(empty);
    } else {
        page.setHtml(html);
    }
    // A text taller than the picture is drawn smaller, laid out wider, until it fits.
    double scale = 1.0;
    page.setTextWidth(size.width());
    while (page.size().height() * scale > size.height() && scale > kSmallestScale) {
        scale *= kScaleStep;
        page.setTextWidth(size.width() / scale);
    }
    painter.save();
    painter.scale(scale, scale);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, style.text);
    context.clip = QRectF(QPointF(0, 0), QSizeF(size) / scale);
    page.documentLayout()->draw(&painter, context);
    painter.restore();
}

void StripPicture::paintPicture(QCPPainter& painter, const QSize& size) const {
    paintHtmlPage(painter, size, pictureHtml(),
                  m_strip ? m_strip->font() : Theme::instance().style().font(FontRole::Diagram),
                  tr("The network has not read the text yet."));
}

void StripPicture::addExportActions(QMenu& menu) {
    addDocumentExportActions(menu, *this, this, m_strip && m_strip->reading());
}

namespace {

// Asks where, then writes the picture's HTML page or its CSV there.
void exportDocument(const PaintedPicture& picture, const QString& suffix, QWidget* parent) {
    const bool html = suffix == QLatin1String("html");
    const QString proposed =
        QDir(loadExportDirectory())
            .filePath(figureFileStem(picture.pictureTitle()) + QLatin1Char('.') + suffix);
    QString path = QFileDialog::getSaveFileName(
        parent,
        html ? StripPicture::tr("Export the text as HTML")
             : StripPicture::tr("Export the values as CSV"),
        proposed,
        html ? StripPicture::tr("HTML page (*.html)") : StripPicture::tr("CSV table (*.csv)"));
    if (path.isEmpty()) return;
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    try {
        writeExportText(path, html ? picture.pictureHtml() : picture.pictureCsv());
        saveExportDirectory(QFileInfo(path).absolutePath());
    } catch (const FileError& e) {
        QMessageBox::warning(parent, StripPicture::tr("Export failed"), translatedUserMessage(e));
    }
}

}  // namespace

void addDocumentExportActions(QMenu& menu, const PaintedPicture& picture, QWidget* parent,
                              bool enabled) {
    for (FigureFormat format : pictureFormats()) {
        menu.addAction(StripPicture::tr("Export as %1\u2026").arg(formatSuffix(format).toUpper()),
                       parent, [&picture, format, parent] {
                           exportPictureInteractively(picture, format, parent);
                       });
    }
    menu.addAction(StripPicture::tr("Export as HTML\u2026"), parent,
                   [&picture, parent] { exportDocument(picture, QStringLiteral("html"), parent); });
    menu.addAction(StripPicture::tr("Export data as CSV\u2026"), parent,
                   [&picture, parent] { exportDocument(picture, QStringLiteral("csv"), parent); });
    for (QAction* action : menu.actions()) action->setEnabled(enabled);
}

}  // namespace rnnlab::ui
