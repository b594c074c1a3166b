#pragma once
// What a file given to the window is, by its name: the one rule Open, drag-and-drop and the
// command line (`rnnlab FILE`) follow.
//   *.rnnlab.json   an experiment          *.lesson.json   a lesson
//   *.csv           a series (import dialog in the window)
//   *.txt           a text for a character language model
//   *.tsv           labelled sentences, label<TAB>text per line

#include <QString>

namespace rnnlab::ui {

enum class FileKind { Experiment, Lesson, Series, Text, Labelled, Unknown };

FileKind fileKindOf(const QString& path);

}  // namespace rnnlab::ui
