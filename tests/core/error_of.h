#pragma once
// The message of the error E that f() throws, for the tests of refusals; "<no error>" when it
// throws nothing (an exception of another type escapes, and fails the test).

#include <QString>

template <typename E, typename F>
QString errorOf(F f) {
    try {
        f();
    } catch (const E& e) {
        return QString::fromStdString(e.what());
    }
    return QStringLiteral("<no error>");
}
