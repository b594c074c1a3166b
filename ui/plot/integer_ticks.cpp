#include "ui/plot/integer_ticks.h"

namespace rnnlab::ui {

QSharedPointer<QCPAxisTickerFixed> integerTicker() {
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(1);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    return ticker;
}

void useIntegerTicks(QCPAxis* axis) {
    axis->setTicker(integerTicker());
}

}  // namespace rnnlab::ui
