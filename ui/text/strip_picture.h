#pragma once
// The Text view's page as a picture: the coloured strip written out (strip_document.h) with
// its title, colour scale and status, for "Export all figures", `rnnlab-cli export` and the
// strip's right-click menu:
//   PNG, PDF, SVG   the HTML laid out at the picture's width; SVG and PDF keep text as text
//   HTML            the page itself (pictureHtml)
//   CSV             one row per character with its value (pictureCsv)
// The page is hidden while the Text view shows its message (data that is not a text), so an
// export then leaves it out.

#include <QWidget>

#include "ui/plot/picture_export.h"

class QMenu;

namespace rnnlab::ui {

class TextStrip;

// An HTML page (strip_document.h) as a picture of `size`: laid out at its width in `font` on
// the plot background, drawn smaller (laid out wider) until it fits; `empty` as plain text when
// the page is empty.
void paintHtmlPage(QCPPainter& painter, const QSize& size, const QString& html,
                   const QFont& font, const QString& empty);

// The right-click menu of a picture that is also a document: PNG, PDF, SVG (the export
// dialog), HTML and CSV; `parent` (which must outlive the menu's actions) parents the dialogs.
void addDocumentExportActions(QMenu& menu, const PaintedPicture& picture, QWidget* parent,
                              bool enabled);

class StripPicture : public QWidget, public PaintedPicture {
    Q_OBJECT
public:
    explicit StripPicture(QWidget* parent = nullptr);

    // The strip drawn, and the status line written under the scale.
    void setStrip(const TextStrip* strip) { m_strip = strip; }
    void setStatus(const QString& status) { m_status = status; }

    // "Text: <what colours it>"; "Text" before a reading.
    QString pictureTitle() const override;
    void paintPicture(QCPPainter& painter, const QSize& size) const override;
    QString pictureHtml() const override;
    QString pictureCsv() const override;

    // The right-click menu of the strip: PNG, PDF, SVG (the export dialog), HTML and CSV.
    void addExportActions(QMenu& menu);

private:
    const TextStrip* m_strip = nullptr;
    QString m_status;
};

}  // namespace rnnlab::ui
