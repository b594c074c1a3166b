#include "ui/session/thread_niceness.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace rnnlab::ui {

void niceThisThread(int niceness) {
#ifdef Q_OS_LINUX
    // The thread id names this thread alone to setpriority() (a Linux property).
    const auto tid = static_cast<id_t>(syscall(SYS_gettid));
    setpriority(PRIO_PROCESS, tid, getpriority(PRIO_PROCESS, tid) + niceness);
#else
    (void)niceness;
#endif
}

}  // namespace rnnlab::ui
