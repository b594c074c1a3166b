#include "core/base/errors.h"

#include <new>

namespace rnnlab {

UserError::UserError(const UiText& text) : std::runtime_error(text.english()), m_text(text) {}

UserError::UserError(const std::string& message)
    : std::runtime_error(message), m_text(verbatim(message)) {}

UiText userText(const std::exception& error) {
    if (dynamic_cast<const std::bad_alloc*>(&error) != nullptr)
        return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText",
                                        "out of memory: the data, the window, the batch or the "
                                        "network is too large for this machine; make one of "
                                        "them smaller"));
    if (const auto* user = dynamic_cast<const UserError*>(&error)) return user->text();
    return verbatim(error.what());
}

std::string userMessage(const std::exception& error) {
    return userText(error).english();
}

}  // namespace rnnlab
