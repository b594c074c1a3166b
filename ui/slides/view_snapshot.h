#pragma once
// A snapshot of a view for a slide: the view exactly as it is on screen (the part its scroll
// area shows, with the teacher's annotations on top), optionally with a one-line caption
// below it. PNG at twice the screen resolution; SVG and PDF as vectors: text stays text, and
// the figures draw their lines and heat maps into the file instead of their screen buffers.
// Files are written atomically (QSaveFile).

#include <QImage>
#include <QSize>
#include <QString>

class QWidget;

namespace rnnlab::ui {

// Pixels per screen pixel of a PNG snapshot.
constexpr int kSnapshotPixelRatio = 2;

// The snapshot's size in screen pixels: the widget's, plus the caption's line when there is
// one.
QSize snapshotSize(const QWidget& view, const QString& caption);

// The snapshot as an image of snapshotSize() * kSnapshotPixelRatio pixels (for PNG files and
// the clipboard).
QImage renderSnapshot(QWidget& view, const QString& caption);

// Writes the snapshot in the format the suffix names (.png, .svg or .pdf, any case). Throws
// rnnlab::FileError naming the path when the suffix is another or the file cannot be written.
void saveSnapshot(QWidget& view, const QString& path, const QString& caption);

}  // namespace rnnlab::ui
