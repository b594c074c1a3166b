#pragma once
// Engine types that more than one test of the suite passes as Qt Test data: declared once, as
// the suite's tests are compiled together (tests/test_main.h).
#include <QMetaType>

#include "core/nn/network_config.h"
#include "core/optim/lr_schedule.h"

Q_DECLARE_METATYPE(rnnlab::LrSchedule)
Q_DECLARE_METATYPE(rnnlab::NetworkConfig)
