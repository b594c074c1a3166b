#include "ui/application_setup.h"

#include <QApplication>
#include <QIcon>
#include <QStyleFactory>

#include "ui/theme/theme.h"

namespace rnnlab::ui {

void setApplicationInfo() {
    QCoreApplication::setApplicationName(QStringLiteral("RNN Lab"));
    QCoreApplication::setOrganizationName(QStringLiteral("RNN Lab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RNNLAB_VERSION));
}

void setupApplication() {
    setApplicationInfo();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    // The installed desktop entry's name (resources/desktop/), so that desktops match the
    // window to its menu entry and icon; the same icon for the window itself.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.rnnlab.RNNLab"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/desktop/org.rnnlab.RNNLab.svg")));
    Theme::instance();  // palette and font of the default (light) theme
}

}  // namespace rnnlab::ui
