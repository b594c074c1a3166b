#include "ui/number_format.h"

#include <QLocale>

namespace rnnlab::ui {

QString formatNumber(double value, int significantDigits) {
    return QLocale::c().toString(value, 'g', significantDigits);
}

}  // namespace rnnlab::ui
