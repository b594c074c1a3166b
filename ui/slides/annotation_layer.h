#pragma once
// Drawing on top of a view while presenting: a transparent layer the size of the view on which
// the pen, the arrow, the highlight box and text are drawn with the mouse (a tablet's stylus
// arrives as mouse events: Qt turns the tablet events this layer ignores into them). While not
// drawing, the layer lets every click through to the view. Annotations belong to the screen and
// to snapshots of it (view_snapshot.h), never to the data exports: figures export themselves,
// and this layer is not part of any figure.

#include <QList>
#include <QPolygonF>
#include <QString>
#include <QWidget>

class QPainter;

namespace rnnlab::ui {

struct ThemeStyle;

enum class AnnotationTool { Pen, Arrow, Box, Text };

struct Annotation {
    AnnotationTool tool = AnnotationTool::Pen;
    // Pen: the stroke; arrow: tail and head; box: two opposite corners; text: the baseline's
    // left end. In the layer's coordinates.
    QPolygonF points;
    QString text;  // Text only
};

// Draws one annotation in the theme's annotation colour.
void paintAnnotation(QPainter& painter, const Annotation& annotation, const ThemeStyle& style);

class AnnotationLayer : public QWidget {
    Q_OBJECT
public:
    // Covers `view` and follows its size; stays above the view's other children.
    explicit AnnotationLayer(QWidget* view);

    bool isDrawing() const { return m_drawing; }
    AnnotationTool tool() const { return m_tool; }
    const QList<Annotation>& annotations() const { return m_annotations; }

public slots:
    // Drawing on: the mouse draws with tool() and the layer takes the keyboard focus (typed
    // text goes to a text annotation). Off: clicks and keys reach the view again.
    void setDrawing(bool on);
    void setTool(rnnlab::ui::AnnotationTool tool);
    void clear();

signals:
    void annotationsChanged();

protected:
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    bool isTyping() const { return m_typing >= 0; }
    void finishTyping();

    QList<Annotation> m_annotations;
    AnnotationTool m_tool = AnnotationTool::Pen;
    bool m_drawing = false;
    bool m_dragging = false;
    int m_typing = -1;  // the text annotation that receives typed keys
};

}  // namespace rnnlab::ui
