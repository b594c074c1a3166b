#pragma once
// How the window's threads share a small machine. On 2 cores the GUI thread, the X server or
// compositor, the training thread and two analysis threads all want a processor at once; the
// scheduler gives each its share by weight, so a frame or a flush can wait behind training. The
// worker threads therefore run niced below the window:
//   GUI thread (and the display server)   0
//   training                              kTrainingNiceness
//   light analyses (traces, evaluations)  kLightAnalysisNiceness
//   heavy analyses (the O(H³) ones)       kHeavyAnalysisNiceness
// When the window is idle, niceness changes nothing: training still has a whole core.

namespace rnnlab::ui {

constexpr int kTrainingNiceness = 3;
constexpr int kLightAnalysisNiceness = 7;
constexpr int kHeavyAnalysisNiceness = 13;

// Adds `niceness` to the calling thread's nice value (Linux, where each thread has one; nothing
// elsewhere). A thread can only be niced down, never back up: call it once, at its start.
void niceThisThread(int niceness);

}  // namespace rnnlab::ui
