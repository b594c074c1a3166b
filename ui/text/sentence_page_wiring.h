#pragma once
// Ties the Text view's sentence page (sentence_page.h) to the experiment: snapshots and data
// in; the readings it asks for are computed by the training worker between two steps
// (TrainingSession::withTrainer: the trainer's weights, read while no step changes them) and
// handed back to the GUI thread, dropped when the run changed meanwhile. Choosing a sentence
// puts the Explorer on it (its part, its index) and the window's time cursor on its first
// character; the time cursor rings that step on the sentence's path.

namespace rnnlab::ui {

class ExperimentController;
class ExplorerView;
class SentencePage;
class TimeBar;

void connectSentencePage(SentencePage& page, ExperimentController& controller, TimeBar& timeBar,
                         ExplorerView& explorer);

}  // namespace rnnlab::ui
