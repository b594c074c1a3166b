// rnnlab-cli data FILE: loads a delimited file (or with --text a text, with --labelled labelled
// data) as RNN Lab would and prints a JSON summary (docs/formats.md §3), or the error with
// file:line:column on stderr and a non-zero exit.
#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "arguments.h"
#include "command_registry.h"
#include "core/base/errors.h"
#include "core/data/csv_reader.h"
#include "core/data/windowed_dataset.h"
#include "core/train/baselines.h"
#include "core/train/data_source.h"
#include "csv_arguments.h"
#include "labelled_arguments.h"
#include "text_arguments.h"

namespace rnnlab::cli {
namespace RNNLAB_CLI_FILE {  // this file's own names (app/CMakeLists.txt)

namespace {

constexpr const char* kUsage =
    "usage: rnnlab-cli data FILE [--columns a,b] [--target c] [--label NAME|none]\n"
    "                       [--missing reject|drop|interpolate] [--missing-markers LIST]\n"
    "                       [--delimiter auto|comma|semicolon|tab|whitespace]\n"
    "                       [--header auto|yes|no] [--decimal-comma auto|yes|no]\n"
    "                       [--unpivot auto|yes|no] [--bench N]\n"
    "   or: rnnlab-cli data FILE|NAME --text [--window 100] [--split 0.7,0.15]\n"
    "   or: rnnlab-cli data FILE|NAME --labelled [--window T] [--split 0.7,0.15]\n"
    "                       [--label-column label] [--text-column text] [--id-column id]\n"
    "                       [--value-columns a,b]\n"
    "\n"
    "Prints one JSON object: rows, detected format, the columns chosen and why, and per\n"
    "column min, max, mean, std (population) and the number of missing cells with their\n"
    "lines (the first 100). Columns are named by header name or 1-based number. The target\n"
    "defaults to the last numeric column that is not a time axis, the inputs to the target.\n"
    "--missing defaults to reject; --missing-markers replaces the list of cells that mean\n"
    "missing (default \"NA,N/A,#N/A,NaN,null,None,-,.,?,missing\"; empty cells always are).\n"
    "--unpivot reads a year x month (or x quarter) table as one series (auto: when it is one).\n"
    "\"baselines\": the validation and test errors of persistence (next = last), seasonal\n"
    "naive and the training mean with train's defaults (window 20, horizon 1, split 0.7,0.15).\n"
    "--bench N loads the file N times and adds the fastest load time.\n"
    "With --text, FILE is a UTF-8 text (or NAME a bundled one: us_constitution,\n"
    "devils_dictionary, tang_poems, talking_animals) read as train --text reads it: its\n"
    "characters, the vocabulary of the training part (with the unknown symbol), each part's\n"
    "characters, windows and characters unknown to the training part, and the unigram\n"
    "entropy of the training part in bits per character (what a language model must beat).\n"
    "With --labelled, FILE is labelled data (or NAME a bundled set: sentiment_en,\n"
    "sentiment_zh) read as train --labelled reads it: its sequences and steps, the classes\n"
    "with their sequences in each part, and for sentences the vocabulary of the training\n"
    "part and each part's characters unknown to it.\n";

constexpr std::size_t kMaxListedLines = 100;

// JSON text of a double with the fewest digits that read back to the same value.
std::string number(double v) {
    if (!std::isfinite(v)) return "null";
    char text[32];
    const auto result = std::to_chars(text, text + sizeof text, v);
    return std::string(text, result.ptr);
}

std::string quoted(const std::string& s) {
    std::string out = "\"";
    for (const char c : s) {
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char esc[8];
                    std::snprintf(esc, sizeof esc, "\\u%04x", unsigned(c));
                    out += esc;
                } else {
                    out += c;
                }
        }
    }
    return out + "\"";
}

std::string list(const std::vector<std::string>& items) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + quoted(items[i]);
    return out + "]";
}

std::string summary(const LoadedCsv& loaded, const CsvOptions& options) {
    const Series& s = loaded.series;
    const MissingReport& missing = loaded.missing;
    std::vector<std::string> inputs;
    for (int i : s.inputs) inputs.push_back(s.names[std::size_t(i)]);

    std::string json = "{";
    json += "\"file\": " + quoted(s.source);
    json += ", \"rows\": " + std::to_string(s.rows());
    json += ", \"delimiter\": " + quoted(toString(loaded.format.delimiter));
    json += std::string(", \"header\": ") + (loaded.format.header ? "true" : "false");
    json += std::string(", \"decimal_comma\": ") + (loaded.format.decimalComma ? "true" : "false");
    json +=
        std::string(", \"byte_order_mark\": ") + (loaded.format.byteOrderMark ? "true" : "false");
    if (s.labelName.empty()) {
        json += ", \"label_column\": null";
    } else {
        json += ", \"label_column\": " + quoted(s.labelName);
        json += ", \"first_label\": " + quoted(s.labels.front());
        json += ", \"last_label\": " + quoted(s.labels.back());
    }
    json += ", \"inputs\": " + list(inputs);
    json += ", \"target\": " + quoted(s.names[std::size_t(s.target)]);
    json += ", \"column_choice\": " + quoted(s.columnChoice.english());
    json += ", \"numeric_columns\": " + list(s.numericColumns);
    json += ", \"ignored_columns\": " + list(loaded.ignoredColumns);
    json += ", \"wide_table\": " + (loaded.wideTable.empty() ? "null" : quoted(loaded.wideTable));
    json += std::string(", \"unpivoted\": ") + (loaded.unpivoted ? "true" : "false");
    json += ", \"missing_policy\": " + quoted(toString(options.missing));
    json += ", \"missing_markers\": " + list(options.missingMarkers);
    json += ", \"missing\": " + std::to_string(missing.cells.size());
    json += ", \"dropped_rows\": " + std::to_string(missing.droppedRows);
    json += ", \"interpolated_cells\": " + std::to_string(missing.interpolatedCells);
    json += ", \"columns\": [";
    for (std::size_t c = 0; c < s.columns.size(); ++c) {
        const ColumnStats stats = columnStats(s.columns[c]);
        const bool isInput = std::find(s.inputs.begin(), s.inputs.end(), int(c)) != s.inputs.end();
        std::string lines;
        std::size_t listed = 0;
        for (const MissingCell& cell : missing.cells) {
            if (cell.seriesColumn != int(c)) continue;
            if (listed++ == kMaxListedLines) break;
            lines += (lines.empty() ? "" : ", ") + std::to_string(cell.line);
        }
        json += c ? ", {" : "{";
        json += "\"name\": " + quoted(s.names[c]);
        json += std::string(", \"input\": ") + (isInput ? "true" : "false");
        json += std::string(", \"target\": ") + (int(c) == s.target ? "true" : "false");
        json += ", \"min\": " + number(stats.min);
        json += ", \"max\": " + number(stats.max);
        json += ", \"mean\": " + number(stats.mean);
        json += ", \"std\": " + number(stats.std);
        json += ", \"missing\": " + std::to_string(missing.perColumn[c]);
        json += ", \"missing_lines\": [" + lines + "]";
        json += "}";
    }
    return json + "]}";
}

std::string metricsJson(const Metrics& m) {
    if (m.count == 0) return "null";
    return "{\"rmse\": " + number(m.rmse) + ", \"mae\": " + number(m.mae) +
           ", \"count\": " + std::to_string(m.count) + "}";
}

std::string baselineErrorsJson(const Baselines& b, bool validation) {
    std::string json = "{";
    for (BaselineKind kind :
         {BaselineKind::Persistence, BaselineKind::Seasonal, BaselineKind::Mean}) {
        const BaselineErrors* e = b.errors(kind);
        json += (json.size() > 1 ? ", \"" : "\"") + toString(kind) +
                "\": " + (e ? metricsJson(validation ? e->validation : e->test) : "null");
    }
    return json + "}";
}

// The baselines' errors with train's default window (20, shortened to fit), horizon 1 and
// split 0.7 / 0.15: what a network trained on this file has to beat.
std::string baselinesJson(const Series& series) {
    WindowSpec window;
    const SplitSpec split;
    if (const auto shorter = WindowedDataset::longestFittingWindow(series.rows(), window, split))
        window.window = *shorter;
    try {
        const WindowedDataset data(series, window, split, NormalisationKind::ZScore);
        const std::optional<Baselines> b = computeBaselines(data);
        std::string json = "{\"window\": " + std::to_string(window.window) +
                           ", \"horizon\": 1, \"split\": {\"train\": 0.7, \"validation\": 0.15}";
        json += ", \"windows\": {\"train\": " + std::to_string(data.count(Split::Train)) +
                ", \"validation\": " + std::to_string(data.count(Split::Validation)) +
                ", \"test\": " + std::to_string(data.count(Split::Test)) + "}";
        json += ", \"evaluation_warning\": " + quoted(evaluationWarning(data).english());
        json += ", \"period\": " + std::to_string(b->period);
        json += ", \"period_from\": " + quoted(b->periodReason.english());
        json += ", \"training_mean\": " + number(b->trainingMean);
        json += ", \"validation\": " + baselineErrorsJson(*b, true);
        json += ", \"test\": " + baselineErrorsJson(*b, false) + "}";
        return json;
    } catch (const ConfigError& e) {
        return "{\"unavailable\": " + quoted(e.what()) + "}";
    }
}

// The summary of a text as train --text would read it (text_dataset.h).
std::string textSummary(const TextDataset& d, const SplitSpec& split) {
    std::string json = "{\"file\": " + quoted(d.source());
    json += ", \"characters\": " + std::to_string(d.characters());
    json += ", \"vocabulary_size\": " + std::to_string(d.vocabularySize());
    json += ", \"vocabulary\": " + list(d.vocabulary().strings());
    json += ", \"window\": " + std::to_string(d.steps());
    json += ", \"split\": {\"train\": " + number(split.train) +
            ", \"validation\": " + number(split.validation) + "}";
    for (Split part : {Split::Train, Split::Validation, Split::Test})
        json += ", \"" + toString(part) + "\": {\"first_character\": " +
                std::to_string(d.partBegin(part)) +
                ", \"characters\": " + std::to_string(d.partLength(part)) +
                ", \"windows\": " + std::to_string(d.count(part)) +
                ", \"unknown_characters\": " + std::to_string(d.unknownCharacters(part)) + "}";
    json += ", \"evaluation_warning\": " + quoted(evaluationWarning(d).english());
    json += ", \"unigram_entropy_bits\": " + number(d.unigramEntropyBits());
    return json + "}";
}

// The summary of labelled data as train --labelled would read it (labelled_dataset.h).
std::string labelledSummary(const LabelledDataset& d, const SplitSpec& split) {
    std::string json = "{\"file\": " + quoted(d.source());
    json += ", \"sequences\": " + std::to_string(d.sequences());
    json += ", \"steps\": " + std::to_string(d.steps());
    json += std::string(", \"inputs\": ") + (d.vocabulary() ? "\"symbols\"" : "\"values\"");
    json += ", \"input_size\": " + std::to_string(d.inputSize());
    json += ", \"classes\": " + list(d.classes());
    json += ", \"split\": {\"train\": " + number(split.train) +
            ", \"validation\": " + number(split.validation) + "}";
    if (d.vocabulary()) {
        json += ", \"vocabulary_size\": " + std::to_string(d.vocabularySize());
        json += ", \"vocabulary\": " + list(d.vocabulary()->strings());
    }
    for (Split part : {Split::Train, Split::Validation, Split::Test}) {
        std::string perClass;
        const std::vector<Index> counts = d.classCounts(part);
        for (std::size_t c = 0; c < counts.size(); ++c)
            perClass += (c ? ", " : "") + quoted(d.classes()[c]) + ": " + std::to_string(counts[c]);
        json += ", \"" + toString(part) + "\": {\"sequences\": " + std::to_string(d.count(part)) +
                ", \"per_class\": {" + perClass + "}";
        if (d.vocabulary())
            json += ", \"unknown_characters\": " + std::to_string(d.unknownSymbols(part));
        json += "}";
    }
    json += ", \"evaluation_warning\": " + quoted(evaluationWarning(d).english());
    return json + "}";
}

struct DataOptions {
    bool help = false;
    std::string path;
    CsvOptions csv;
    int repeats = 0;
    std::optional<DataSource> source;  // --text or --labelled: the data, its window and split
};

SplitSpec splitFrom(const Arguments& a) {
    SplitSpec split;
    if (!a.has("split")) return split;
    const std::vector<double> given = a.numbers("split", 2, "0.7,0.15");
    split = SplitSpec{given[0], given[1]};
    try {
        validate(split);
    } catch (const ConfigError& e) {
        throw UsageError("--" + std::string(e.what()));
    }
    return split;
}

DataOptions parseOptions(const std::vector<std::string>& args) {
    DataOptions o;
    o.help = std::find(args.begin(), args.end(), "--help") != args.end();
    if (o.help) return o;
    std::set<std::string> valued = csvOptionNames();
    valued.insert({"bench", "window", "split"});
    valued.insert(labelledOptionNames().begin(), labelledOptionNames().end());
    const Arguments a(args, valued, {"text", "labelled"});
    if (a.positional().size() != 1) throw UsageError(std::string("expected one FILE\n") + kUsage);
    o.path = a.positional().front();
    if (a.has("text") && a.has("labelled"))
        throw UsageError("give one of --text and --labelled");
    if (!a.has("labelled")) refuseLabelledOptions(a);
    if (a.has("text") || a.has("labelled")) {
        const std::string kind = a.has("text") ? "text" : "labelled";
        for (const std::string& option : a.given())
            if (option != kind && option != "window" && option != "split" &&
                !labelledOptionNames().count(option))
                throw UsageError("--" + option + " applies to delimited files, not to --" + kind);
        DataSource d;
        if (a.has("text")) {
            d.kind = DataSourceKind::Text;
            d.text = textSourceFrom(o.path);
            d.window.window = a.integer("window", 100, 1, 100000);
        } else {
            d.kind = DataSourceKind::Labelled;
            d.labelled = labelledSourceFrom(o.path, a);
            d.window.window = a.integer("window", 0, 1, 100000);  // 0: the data chooses
        }
        d.split = splitFrom(a);
        o.source = d;
        return o;
    }
    for (const char* option : {"window", "split"})
        if (a.has(option))
            throw UsageError("--" + std::string(option) + " applies only to --text and --labelled");
    o.csv = csvOptionsFrom(a);
    o.repeats = a.integer("bench", 0, 0, 1000);
    return o;
}

int runData(const std::vector<std::string>& args) {
    const DataOptions o = parseOptions(args);
    if (o.help) {
        std::fputs(kUsage, stdout);
        return 0;
    }
    if (o.source) {
        const auto data = buildTrainingData(*o.source);
        if (const auto* labelled = dynamic_cast<const LabelledDataset*>(data.get()))
            std::printf("%s\n", labelledSummary(*labelled, o.source->split).c_str());
        else
            std::printf("%s\n", textSummary(dynamic_cast<const TextDataset&>(*data),
                                             o.source->split)
                                     .c_str());
        return 0;
    }
    const CsvOptions& options = o.csv;
    const int repeats = o.repeats;
    const std::string& path = o.path;
    double fastest = 0.0;
    for (int r = 0; r < repeats; ++r) {
        const auto start = std::chrono::steady_clock::now();
        const LoadedCsv timed = loadCsv(path, options);
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        fastest = r == 0 ? seconds : std::min(fastest, seconds);
    }
    const LoadedCsv loaded = loadCsv(path, options);
    std::string json = summary(loaded, options);
    json.pop_back();
    json += ", \"baselines\": " + baselinesJson(loaded.series) + "}";
    if (repeats > 0) {
        json.pop_back();
        json += ", \"bench\": {\"repeats\": " + std::to_string(repeats) +
                ", \"fastest_load_seconds\": " + number(fastest) +
                ", \"rows_per_second\": " + number(double(loaded.series.rows()) / fastest) + "}}";
    }
    std::printf("%s\n", json.c_str());
    return 0;
}

const CommandRegistration registration(
    "data",
    "load a CSV file, a text (--text) or labelled data (--labelled) and print a JSON summary "
    "of what training sees",
    runData, [](const std::vector<std::string>& args) { parseOptions(args); });

}  // namespace

}  // namespace RNNLAB_CLI_FILE
}  // namespace rnnlab::cli
