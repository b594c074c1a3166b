#include "core/base/errors.h"

#include <new>

namespace rnnlab {

std::string userMessage(const std::exception& error) {
    if (dynamic_cast<const std::bad_alloc*>(&error) != nullptr)
        return "out of memory: the data, the window, the batch or the network is too large for "
               "this machine; make one of them smaller";
    return error.what();
}

}  // namespace rnnlab
