#include "ui/application_setup.h"

#include <QApplication>
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
    Theme::instance();  // palette and font of the default (light) theme
}

}  // namespace rnnlab::ui
