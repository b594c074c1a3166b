#pragma once
// What RNN Lab offers without a file: the generators with their parameters, the real
// datasets, the texts and the labelled sets bundled in resources/datasets/ with their
// provenance. The GUI's data list is built from the generators and datasets (texts, labelled
// sets and the symbolic tasks are for rnnlab-cli train until the window has views of symbols);
// generators.cpp takes its defaults and ranges from them.
//
// Titles, labels, descriptions and languages are English, each marked with
// QT_TRANSLATE_NOOP(kCatalogContext, ...) (it expands to the text itself): the window shows them
// translated (ui/ui_text_translation.h, catalogText), rnnlab-cli as they are. Names, files,
// sources and licences are never translated.

#include <string>
#include <vector>

#include "core/data/csv_reader.h"
#include "core/data/generators.h"

namespace rnnlab {

// The context the catalog's texts are translated in.
constexpr const char* kCatalogContext = "rnnlab::Catalog";

struct GeneratorParameter {
    std::string name;         // key in GeneratorSpec::parameters
    std::string label;        // "Amplitude 1": the window's row label
    std::string description;  // one line for a tooltip
    double defaultValue;
    double minimum;
    double maximum;
    bool integer;
};

struct GeneratorInfo {
    GeneratorKind kind;
    std::string name;   // "mackey_glass": in files and on the command line
    std::string title;  // "Mackey-Glass (chaotic)"
    std::string description;
    bool sequenceTask;  // generateSequences() rather than generateSeries()
    std::vector<GeneratorParameter> parameters;
    // A symbolic task (symbol_generators.h): a sequence task whose steps are symbols. The window
    // has no views of symbols yet: rnnlab-cli trains them.
    bool symbols = false;
};

const std::vector<GeneratorInfo>& generatorCatalog();
const GeneratorInfo& generatorInfo(GeneratorKind kind);
// Throws ConfigError listing the known names.
const GeneratorInfo& generatorInfo(const std::string& name);

struct BundledDataset {
    std::string name;   // "sunspots"
    std::string title;  // "Yearly sunspot numbers, 1700-2008"
    std::string file;   // relative to resources/datasets/
    std::string description;
    std::string source;        // where the numbers come from
    std::string licence;       // as stated by the package they were taken from
    std::string labelColumn;   // what the label detection picks (column_roles.h; tested)
    std::string targetColumn;  // the target it opens with
    MissingPolicy missing;     // what the file needs (co2 has gaps: interpolate)
};

const std::vector<BundledDataset>& bundledDatasets();
// Throws ConfigError listing the known names.
const BundledDataset& bundledDataset(const std::string& name);
// The options that load a bundled file as described (label, target, missing policy).
CsvOptions bundledOptions(const BundledDataset& dataset);

// A public-domain text for character language models (core/data/text_dataset.h).
struct BundledText {
    std::string name;      // "us_constitution": on the command line and in files
    std::string title;     // "The Constitution of the United States"
    std::string file;      // relative to resources/datasets/
    std::string language;  // "English", "Chinese (classical)"
    std::string description;
    std::string source;   // the Debian package and file it is copied from
    std::string licence;  // as stated by that package
};

const std::vector<BundledText>& bundledTexts();
// Throws ConfigError listing the known names.
const BundledText& bundledText(const std::string& name);

// A labelled set of sentences for sequence classification (core/data/labelled_file.h),
// described as a text is.
const std::vector<BundledText>& bundledLabelledSets();
// Throws ConfigError listing the known names.
const BundledText& bundledLabelledSet(const std::string& name);

}  // namespace rnnlab
