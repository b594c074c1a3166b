#pragma once
// The characters a regular expression matches in a reading's text, as a selection mask for
// neuron search (core/train/neuron_search.h). The pattern is Perl-like (QRegularExpression, as
// the window's other searches); each match selects its characters, or only those of its first
// capturing group when it has one: "\(([^)]*)\)" selects what is inside round brackets, not
// the brackets. An empty match selects nothing.
//
// QRegularExpression matches UTF-16 (QString); the reading's text is UTF-32, so a character
// outside the Basic Multilingual Plane is two code units there: offsets are mapped back to
// characters.

#include <QString>
#include <optional>
#include <string>

#include "core/train/neuron_search.h"

namespace rnnlab::ui {

// The mask of `pattern`'s matches in `text`; nullopt with *error naming the pattern's column
// (1-based) and what is wrong there when the pattern is not a regular expression.
std::optional<SelectionMask> regexMask(const std::u32string& text, const QString& pattern,
                                       QString* error);

}  // namespace rnnlab::ui
