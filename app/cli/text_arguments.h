#pragma once
// The text a command reads, as `rnnlab-cli train --text` and `rnnlab-cli data --text` name it:
// a UTF-8 file, or the name of a bundled text (us_constitution, devils_dictionary, tang_poems)
// when no file of that name exists.

#include <string>

#include "core/train/data_source.h"

namespace rnnlab::cli {

// A file is recorded by its absolute path (an experiment file records it relative to itself).
TextSource textSourceFrom(const std::string& argument);

// "us_constitution, devils_dictionary, tang_poems"
std::string bundledTextNames();

}  // namespace rnnlab::cli
