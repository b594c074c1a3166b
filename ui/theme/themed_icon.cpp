#include "ui/theme/themed_icon.h"

#include <QFile>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

#include "core/base/tensor_types.h"

// Q_INIT_RESOURCE must be called outside any namespace; it also keeps the linker from dropping
// the resources of this static library.
static void initIconResources() {
    Q_INIT_RESOURCE(icons);
}

namespace rnnlab::ui {

namespace {

QPixmap renderSvg(const QByteArray& svg, const QColor& color, int size) {
    QByteArray colored = svg;
    colored.replace("currentColor", color.name().toLatin1());
    QSvgRenderer renderer(colored);
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    renderer.render(&painter);
    return pixmap;
}

}  // namespace

QIcon themedIcon(const QString& name, const ThemeStyle& style) {
    static const bool initialised = (initIconResources(), true);
    Q_UNUSED(initialised);
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    const bool opened = file.open(QIODevice::ReadOnly);
    RNNLAB_ASSERT(opened, "no such icon in resources/icons");
    const QByteArray svg = file.readAll();
    QIcon icon;
    // QIcon never scales a pixmap up: one per size the theme uses (ThemeStyle::iconSize).
    for (int size : {16, 20, 24, 32, 36, 48, 64}) {
        icon.addPixmap(renderSvg(svg, style.text, size), QIcon::Normal);
        icon.addPixmap(renderSvg(svg, style.disabledText, size), QIcon::Disabled);
    }
    return icon;
}

}  // namespace rnnlab::ui
