#pragma once
// Axes of whole quantities (training step, time step, epoch, unit index) tick on whole numbers
// only, whatever the zoom: "step 1.5" does not exist.

#include <qcustomplot.h>

namespace rnnlab::ui {

// Ticks on whole numbers only, thinned to whole multiples when there are many.
QSharedPointer<QCPAxisTickerFixed> integerTicker();

// axis->setTicker(integerTicker()).
void useIntegerTicks(QCPAxis* axis);

}  // namespace rnnlab::ui
