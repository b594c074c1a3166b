#pragma once
// The text a command reads, as `rnnlab-cli train --text` and `rnnlab-cli data --text` name it:
// a UTF-8 file, or the name of a bundled text (us_constitution, devils_dictionary, tang_poems,
// talking_animals) when no file of that name exists.

#include <string>
#include <vector>

#include "core/train/data_source.h"

namespace rnnlab::cli {

// A file is recorded by its absolute path (an experiment file records it relative to itself).
TextSource textSourceFrom(const std::string& argument);

// "us_constitution, devils_dictionary, tang_poems, talking_animals"
std::string bundledTextNames();

// The rule above, by which an option that takes a file also takes a name: whether the argument
// is one of `names` and no file of that name exists (also `trace --target CLASS`).
bool meansName(const std::string& argument, const std::vector<std::string>& names);
// The rule for any bundled list: whether the argument names an entry of `list`.
bool meansBundled(const std::string& argument, const std::vector<BundledText>& list);
// The names of a bundled list, joined with ", ".
std::string namesOf(const std::vector<BundledText>& list);

}  // namespace rnnlab::cli
