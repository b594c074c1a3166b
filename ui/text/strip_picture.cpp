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

void StripPicture::paintPicture(QCPPainter& painter, const QSize& size) const {
    const ThemeStyle& style = Theme::instance().style();
    painter.fillRect(QRect(QPoint(0, 0), size), style.plotBackground);
    QTextDocument page;
    page.setDefaultFont(m_strip ? m_strip->font() : style.font(FontRole::Diagram));
    const QString html = pictureHtml();
    if (html.isEmpty()) {
        page.setPlainText(tr("The network has not read the text yet."));
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

void StripPicture::addExportActions(QMenu& menu) {
    for (FigureFormat format : pictureFormats()) {
        menu.addAction(tr("Export as %1\u2026").arg(formatSuffix(format).toUpper()), this,
                       [this, format] { exportPictureInteractively(*this, format, this); });
    }
    menu.addAction(tr("Export as HTML\u2026"), this,
                   [this] { exportDocument(QStringLiteral("html")); });
    menu.addAction(tr("Export data as CSV\u2026"), this,
                   [this] { exportDocument(QStringLiteral("csv")); });
    const bool read = m_strip && m_strip->reading();
    for (QAction* action : menu.actions()) action->setEnabled(read);
}

void StripPicture::exportDocument(const QString& suffix) {
    const bool html = suffix == QLatin1String("html");
    const QString proposed =
        QDir(loadExportDirectory())
            .filePath(figureFileStem(pictureTitle()) + QLatin1Char('.') + suffix);
    QString path = QFileDialog::getSaveFileName(
        this, html ? tr("Export the text as HTML") : tr("Export the values as CSV"), proposed,
        html ? tr("HTML page (*.html)") : tr("CSV table (*.csv)"));
    if (path.isEmpty()) return;
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    try {
        writeExportText(path, html ? pictureHtml() : pictureCsv());
        saveExportDirectory(QFileInfo(path).absolutePath());
    } catch (const FileError& e) {
        QMessageBox::warning(this, tr("Export failed"), translatedUserMessage(e));
    }
}

}  // namespace rnnlab::ui
