#pragma once
// What every RNN Lab process with widgets sets first (the GUI, and `rnnlab-cli export`, which
// draws figures headless): names for QSettings, the version, the Fusion style (the same look
// on every desktop, and the one the dark palette is made for).

namespace rnnlab::ui {

// Names and version; allowed before any application object exists.
void setApplicationInfo();
// setApplicationInfo, the style and the default theme. Call right after constructing the
// QApplication.
void setupApplication();

}  // namespace rnnlab::ui
