#pragma once
// Why a training run stopped: it has not (None), it trained every planned epoch, early stopping
// ended it (the validation loss stopped improving), or the divergence guard did. The trainer
// sets it; snapshots, the CLI's exit code and the window's status line read it.

namespace rnnlab {

enum class StopReason { None, EpochsDone, EarlyStopped, Diverged };

}  // namespace rnnlab
