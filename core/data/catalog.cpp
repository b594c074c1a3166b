#include "core/data/catalog.h"

#include "core/base/errors.h"

namespace rnnlab {

namespace {

constexpr double kMaxLength = 10'000'000;

GeneratorParameter length(double value = 1000) {
    return {"length",
            QT_TRANSLATE_NOOP("rnnlab::Catalog", "Length"),
            QT_TRANSLATE_NOOP("rnnlab::Catalog", "number of time steps"),
            value,
            2,
            kMaxLength,
            true};
}
GeneratorParameter amplitude(double value = 1.0) {
    return {"amplitude",
            QT_TRANSLATE_NOOP("rnnlab::Catalog", "Amplitude"),
            QT_TRANSLATE_NOOP("rnnlab::Catalog", "peak value A"),
            value,
            0,
            1e6,
            false};
}
GeneratorParameter period(double value = 50.0) {
    return {"period",
            QT_TRANSLATE_NOOP("rnnlab::Catalog", "Period"),
            QT_TRANSLATE_NOOP("rnnlab::Catalog", "steps per cycle P"),
            value,
            0.001,
            1e9,
            false};
}
GeneratorParameter phase() {
    return {"phase",
            QT_TRANSLATE_NOOP("rnnlab::Catalog", "Phase"),
            QT_TRANSLATE_NOOP("rnnlab::Catalog", "phase phi in radians"),
            0.0,
            -1e3,
            1e3,
            false};
}
GeneratorParameter noise(double value = 0.0) {
    return {
        "noise",
        QT_TRANSLATE_NOOP("rnnlab::Catalog", "Noise"),
        QT_TRANSLATE_NOOP("rnnlab::Catalog", "standard deviation sigma of added Gaussian noise"),
        value,
        0,
        1e6,
        false};
}
GeneratorParameter sequences() {
    return {"sequences",
            QT_TRANSLATE_NOOP("rnnlab::Catalog", "Sequences"),
            QT_TRANSLATE_NOOP("rnnlab::Catalog", "number of sequences N"),
            1000,
            10,
            1'000'000,
            true};
}
GeneratorParameter steps(const char* description, double value) {
    return {"length", QT_TRANSLATE_NOOP("rnnlab::Catalog", "Length"), description, value, 1, 10'000,
            true};
}
GeneratorParameter letters(double value) {
    return {"symbols",
            QT_TRANSLATE_NOOP("rnnlab::Catalog", "Symbols"),
            QT_TRANSLATE_NOOP("rnnlab::Catalog", "letters A to draw from"),
            value,
            2,
            26,
            true};
}

}  // namespace

const std::vector<GeneratorInfo>& generatorCatalog() {
    static const std::vector<GeneratorInfo> catalog = {
        {GeneratorKind::Sine,
         "sine",
         QT_TRANSLATE_NOOP("rnnlab::Catalog", "Sine wave"),
         QT_TRANSLATE_NOOP(
             "rnnlab::Catalog",
             "A clean sine: the first thing any recurrent network should learn to continue."),
         false,
         {length(), amplitude(), period(), phase(), noise()}},
        {GeneratorKind::NoisySine,
         "noisy_sine",
         QT_TRANSLATE_NOOP("rnnlab::Catalog", "Noisy sine"),
         QT_TRANSLATE_NOOP(
             "rnnlab::Catalog",
             "A sine with Gaussian noise: the network should follow the wave, not the noise."),
         false,
         {length(), amplitude(), period(), phase(), noise(0.1)}},
        {GeneratorKind::SumOfSines,
         "sum_of_sines",
         QT_TRANSLATE_NOOP("rnnlab::Catalog", "Sum of sines"),
         QT_TRANSLATE_NOOP(
             "rnnlab::Catalog",
             "Three sines of different periods added: patterns on several time scales."),
         false,
         {length(),
          {"amplitude1", QT_TRANSLATE_NOOP("rnnlab::Catalog", "Amplitude 1"),
           QT_TRANSLATE_NOOP("rnnlab::Catalog", "amplitude of component 1"), 1.0, 0, 1e6, false},
          {"period1", QT_TRANSLATE_NOOP("rnnlab::Catalog", "Period 1"),
           QT_TRANSLATE_NOOP("rnnlab::Catalog", "period of component 1 (steps)"), 50, 0.001, 1e9,
           false},
          {"amplitude2", QT_TRANSLATE_NOOP("rnnlab::Catalog", "Amplitude 2"),
           QT_TRANSLATE_NOOP("rnnlab::Catalog", "amplitude of component 2"), 0.5, 0, 1e6, false},
          {"period2", QT_TRANSLATE_NOOP("rnnlab::Catalog", "Period 2"),
           QT_TRANSLATE_NOOP("rnnlab::Catalog", "period of component 2 (steps)"), 17, 0.001, 1e9,
           false},
          {"amplitude3", QT_TRANSLATE_NOOP("rnnlab::Catalog", "Amplitude 3"),
           QT_TRANSLATE_NOOP("rnnlab::Catalog", "amplitude of component 3"), 0.25, 0, 1e6, false},
          {"period3", QT_TRANSLATE_NOOP("rnnlab::Catalog", "Period 3"),
           QT_TRANSLATE_NOOP("rnnlab::Catalog", "period of component 3 (steps)"), 7, 0.001, 1e9,
           false},
          noise()}},
        {GeneratorKind::DampedSine,
         "damped_sine",
         QT_TRANSLATE_NOOP("rnnlab::Catalog", "Damped sine"),
         QT_TRANSLATE_NOOP(
             "rnnlab::Catalog",
             "A sine whose amplitude decays as exp(-d t): the pattern changes over time."),
         false,
         {length(),
          amplitude(),
          period(),
          phase(),
          {"damping", QT_TRANSLATE_NOOP("rnnlab::Catalog", "Damping"),
           QT_TRANSLATE_NOOP("rnnlab::Catalog", "decay rate d per step"), 0.003, 0, 1, false},
          noise()}},
        {GeneratorKind::Square,
         "square",
         QT_TRANSLATE_NOOP("rnnlab::Catalog", "Square wave"),
         QT_TRANSLATE_NOOP("rnnlab::Catalog",
                           "Jumps between +A and -A: sharp edges are hard for smooth predictors."),
         false,
         {length(),
          amplitude(),
          period(),
          {"duty", QT_TRANSLATE_NOOP("rnnlab::Catalog", "Duty"),
           QT_TRANSLATE_NOOP("rnnlab::Catalog", "fraction of each period at +A"), 0.5, 0.01, 0.99,
           false},
          noise()}},
        {GeneratorKind::Sawtooth,
         "sawtooth",
         QT_TRANSLATE_NOOP("rnnlab::Catalog", "Sawtooth wave"),
         QT_TRANSLATE_NOOP(
             "rnnlab::Catalog",
             "Rises linearly, then drops: the drop is predictable only by counting steps."),
         false,
         {length(), amplitude(), period(), noise()}},
        {GeneratorKind::RandomWalk,
         "random_walk",
         QT_TRANSLATE_NOOP("rnnlab::Catalog", "Random walk"),
         QT_TRANSLATE_NOOP(
             "rnnlab::Catalog",
         "Each step adds Gaussian noise: the best forecast is the last value (a baseline "
             "every model must beat, and cannot by much)."),
         false,
         {length(),
          {"step", QT_TRANSLATE_NOOP("rnnlab::Catalog", "Step"),
           QT_TRANSLATE_NOOP("rnnlab::Catalog", "standard deviation s of each step"), 1.0, 0, 1e6,
           false},
          {"drift", QT_TRANSLATE_NOOP("rnnlab::Catalog", "Drift"),
           QT_TRANSLATE_NOOP("rnnlab::Catalog", "mean of each step"), 0.0, -1e6, 1e6, false},
          {"start", QT_TRANSLATE_NOOP("rnnlab::Catalog", "Start"),
           QT_TRANSLATE_NOOP("rnnlab::Catalog", "value at step 0"), 0.0, -1e9, 1e9, false}}},
        {GeneratorKind::MackeyGlass,
         "mackey_glass",
         QT_TRANSLATE_NOOP("rnnlab::Catalog", "Mackey-Glass (chaotic)"),
         QT_TRANSLATE_NOOP(
             "rnnlab::Catalog",
         "The Mackey-Glass delay equation; with tau = 17 it is chaotic, a classic benchmark "
             "for recurrent networks and reservoir computing."),
         false,
         {length(),
          {"tau", QT_TRANSLATE_NOOP("rnnlab::Catalog", "Tau"),
           QT_TRANSLATE_NOOP("rnnlab::Catalog", "delay tau (time units, rounded to 0.1)"), 17, 0.1,
           1000, false},
          {"beta", QT_TRANSLATE_NOOP("rnnlab::Catalog", "Beta"),
           QT_TRANSLATE_NOOP("rnnlab::Catalog", "production rate beta"), 0.2, 0, 10, false},
          {"gamma", QT_TRANSLATE_NOOP("rnnlab::Catalog", "Gamma"),
           QT_TRANSLATE_NOOP("rnnlab::Catalog", "decay rate gamma"), 0.1, 0, 10, false},
          {"exponent", QT_TRANSLATE_NOOP("rnnlab::Catalog", "Exponent"),
           QT_TRANSLATE_NOOP("rnnlab::Catalog", "nonlinearity exponent n"), 10, 1, 100, false},
          {"x0", QT_TRANSLATE_NOOP("rnnlab::Catalog", "x0"),
           QT_TRANSLATE_NOOP("rnnlab::Catalog", "initial value and history x(t <= 0)"), 1.2, 0, 10,
           false},
          {"sampling", QT_TRANSLATE_NOOP("rnnlab::Catalog", "Sampling"),
           QT_TRANSLATE_NOOP("rnnlab::Catalog", "time units between samples"), 1, 0.1, 100, false},
          {"transient", QT_TRANSLATE_NOOP("rnnlab::Catalog", "Transient"),
           QT_TRANSLATE_NOOP("rnnlab::Catalog", "time units discarded at the start"), 300, 0, 1e6,
           false},
          noise()}},
        {GeneratorKind::AddingProblem,
         "adding",
         QT_TRANSLATE_NOOP("rnnlab::Catalog", "Adding problem"),
         QT_TRANSLATE_NOOP(
             "rnnlab::Catalog",
         "Hochreiter & Schmidhuber (1997): add the two values marked somewhere in a long "
         "sequence. Predicting 1 every time scores MSE about 0.17; beating that needs memory "
             "across the whole sequence."),
         true,
         {sequences(),
          {"length", QT_TRANSLATE_NOOP("rnnlab::Catalog", "Length"),
           QT_TRANSLATE_NOOP("rnnlab::Catalog", "steps T per sequence"), 50, 2, 10'000, true}}},
        {GeneratorKind::RememberFirst,
         "remember_first",
         QT_TRANSLATE_NOOP("rnnlab::Catalog", "Remember the first value"),
         QT_TRANSLATE_NOOP(
             "rnnlab::Catalog",
         "Copy task: the first step carries a value, then `delay` distracting steps follow; "
         "the target is the first value. A tanh RNN forgets it as the delay grows; an LSTM "
             "keeps it in its cell."),
         true,
         {sequences(),
          {"delay", QT_TRANSLATE_NOOP("rnnlab::Catalog", "Delay"),
           QT_TRANSLATE_NOOP("rnnlab::Catalog", "steps L after the first one"), 20, 1, 10'000,
           true},
          {"classes", QT_TRANSLATE_NOOP("rnnlab::Catalog", "Classes"),
           QT_TRANSLATE_NOOP("rnnlab::Catalog",
                             "0: a real value in [-1, 1]; C > 1: one of C classes, one-hot"),
           0, 0, 64, true},
          {"noise", QT_TRANSLATE_NOOP("rnnlab::Catalog", "Noise"),
           QT_TRANSLATE_NOOP("rnnlab::Catalog",
                             "distractor amplitude (uniform in [-noise, noise])"),
           0.5, 0, 1e6, false}}},
        {GeneratorKind::CountingAnBn,
         "anbn",
         QT_TRANSLATE_NOOP("rnnlab::Catalog", "Counting a^n b^n"),
         QT_TRANSLATE_NOOP(
             "rnnlab::Catalog",
         "Blocks of n a's then n b's, n drawn for each block: predict the next symbol at every "
             "step. Once the b's start, the network must count down the a's it saw."),
         true,
         {sequences(),
          steps(QT_TRANSLATE_NOOP("rnnlab::Catalog", "steps T per sequence"), 40),
          {"max_n", QT_TRANSLATE_NOOP("rnnlab::Catalog", "Max n"),
           QT_TRANSLATE_NOOP("rnnlab::Catalog", "largest n of a block"), 10, 1, 10'000, true}},
         true},
        {GeneratorKind::Brackets,
         "brackets",
         QT_TRANSLATE_NOOP("rnnlab::Catalog", "Balanced brackets"),
         QT_TRANSLATE_NOOP(
             "rnnlab::Catalog",
         "Is the string of brackets balanced? Half are, half are not (with one kind, a bracket "
         "closes below depth 0; with two, a bracket is closed by the wrong kind). The network "
             "must keep the depth, or the open brackets, in its state."),
         true,
         {sequences(),
          steps(QT_TRANSLATE_NOOP("rnnlab::Catalog", "brackets T per sequence (even)"), 20),
          {"depth", QT_TRANSLATE_NOOP("rnnlab::Catalog", "Depth"),
           QT_TRANSLATE_NOOP("rnnlab::Catalog", "largest depth of the balanced strings"), 4, 1,
           10'000, true},
          {"kinds", QT_TRANSLATE_NOOP("rnnlab::Catalog", "Kinds"),
           QT_TRANSLATE_NOOP("rnnlab::Catalog", "kinds of bracket: 1 ( ), 2 ( ) [ ]"), 1, 1, 2,
           true}},
         true},
        {GeneratorKind::Copy,
         "copy",
         QT_TRANSLATE_NOOP("rnnlab::Catalog", "Copy symbols"),
         QT_TRANSLATE_NOOP(
             "rnnlab::Catalog",
         "A few letters, a delimiter #, then blanks: reproduce the letters in order after the "
             "delimiter."),
         true,
         {sequences(),
          steps(QT_TRANSLATE_NOOP("rnnlab::Catalog", "letters k to copy (T = 2k + 1)"), 5),
          letters(4)},
         true},
        {GeneratorKind::Parity,
         "parity",
         QT_TRANSLATE_NOOP("rnnlab::Catalog", "Parity of a bit string"),
         QT_TRANSLATE_NOOP(
             "rnnlab::Catalog",
             "Is the number of ones in a string of bits odd? Every bit matters to the answer."),
         true,
         {sequences(), steps(QT_TRANSLATE_NOOP("rnnlab::Catalog", "bits T per sequence"), 10)},
         true},
        {GeneratorKind::RememberSymbol,
         "remember_symbol",
         QT_TRANSLATE_NOOP("rnnlab::Catalog", "Remember the first symbol"),
         QT_TRANSLATE_NOOP(
             "rnnlab::Catalog",
         "The first letter, then `delay` distracting letters: the target is the first letter. "
             "A tanh RNN forgets it as the delay grows; an LSTM keeps it in its cell."),
         true,
         {sequences(),
          {"delay", QT_TRANSLATE_NOOP("rnnlab::Catalog", "Delay"),
           QT_TRANSLATE_NOOP("rnnlab::Catalog", "letters L after the first one"), 20, 1, 10'000,
           true},
          letters(4)},
         true},
    };
    return catalog;
}

const GeneratorInfo& generatorInfo(GeneratorKind kind) {
    for (const GeneratorInfo& g : generatorCatalog())
        if (g.kind == kind) return g;
    RNNLAB_ASSERT(false, "generator kind missing from the catalog");
    return generatorCatalog().front();
}

const GeneratorInfo& generatorInfo(const std::string& name) {
    std::string names;
    for (const GeneratorInfo& g : generatorCatalog()) {
        if (g.name == name) return g;
        names += (names.empty() ? "" : ", ") + g.name;
    }
    throw ConfigError(uiText(
        QT_TRANSLATE_NOOP("rnnlab::UiText", "generator '%1' is not one of: %2"), {name, names}));
}

const std::vector<BundledDataset>& bundledDatasets() {
    static const std::string kStatsmodels =
        " Copied from the statsmodels Python package (Debian python3-statsmodels 0.13.5, "
        "statsmodels/datasets/";
    static const std::vector<BundledDataset> datasets = {
        {"sunspots", QT_TRANSLATE_NOOP("rnnlab::Catalog", "Yearly sunspot numbers, 1700-2008"),
         "sunspots_yearly.csv",
         QT_TRANSLATE_NOOP(
             "rnnlab::Catalog",
         "Yearly mean number of sunspots: a quasi-periodic series with a cycle of about 11 "
             "years and uneven peaks. 309 years."),
         "National Geophysical Data Center (NOAA), yearly sunspot data." + kStatsmodels +
             "sunspots).",
         "Public domain (statsmodels: \"This data is public domain.\")", "year", "sunspots",
         MissingPolicy::Reject},
        {"nile", QT_TRANSLATE_NOOP("rnnlab::Catalog", "Nile river flow at Aswan, 1871-1970"),
         "nile.csv",
         QT_TRANSLATE_NOOP(
             "rnnlab::Catalog",
         "Yearly flow of the Nile at Aswan in 10^8 m^3, with a change point near 1898. "
             "100 years."),
         "Cobb, G. W. (1978), \"The Problem of the Nile: Conditional Solution to a Changepoint "
         "Problem\", Biometrika 65(2), 243-51." +
             kStatsmodels + "nile).",
         "Public domain (statsmodels: \"This is public domain.\")", "year", "flow",
         MissingPolicy::Reject},
        {"co2", QT_TRANSLATE_NOOP("rnnlab::Catalog", "Weekly CO2 at Mauna Loa, 1958-2001"),
         "co2_weekly.csv",
         QT_TRANSLATE_NOOP(
             "rnnlab::Catalog",
         "Weekly mean atmospheric CO2 (ppmv) from continuous air samples at Mauna Loa: a trend "
         "with a yearly cycle. 2284 weeks, 59 of them missing (empty cells): load with "
             "interpolation."),
         "Keeling, C.D. and T.P. Whorf (2004), Scripps Institution of Oceanography, via CDIAC, "
         "Oak Ridge National Laboratory." +
             kStatsmodels + "co2); dates rewritten from YYYYMMDD to YYYY-MM-DD.",
         "Public domain (statsmodels: \"This is public domain.\")", "date", "co2",
         MissingPolicy::Interpolate},
        {"elnino",
         QT_TRANSLATE_NOOP("rnnlab::Catalog", "El Nino sea surface temperature, monthly 1950-2010"),
         "elnino_monthly.csv",
         QT_TRANSLATE_NOOP(
             "rnnlab::Catalog",
         "Monthly mean sea surface temperature (degrees C) in the Nino 1+2 region of the "
             "Pacific: a strong yearly cycle with irregular El Nino years. 732 months."),
         "NOAA National Weather Service, ERSST.V3B, Nino 1+2." + kStatsmodels +
             "elnino); the year x month table read out month by month.",
         "Public domain (statsmodels: \"This data is in the public domain.\")", "month", "sst",
         MissingPolicy::Reject},
        {"us_macro",
         QT_TRANSLATE_NOOP("rnnlab::Catalog", "US macroeconomic data, quarterly 1959-2009"),
         "us_macro_quarterly.csv",
         QT_TRANSLATE_NOOP(
             "rnnlab::Catalog",
         "Real GDP, consumption, investment, CPI, interest rate, unemployment and more, "
         "quarterly: several related economic series for multi-input forecasting. 203 "
             "quarters."),
         "Federal Reserve Bank of St. Louis (FRED) and Bureau of Labor Statistics, compiled by "
         "Skipper Seabold." +
             kStatsmodels + "macrodata); year and quarter joined into one period label.",
         "Public domain (statsmodels: \"This is public domain.\")", "period", "realgdp",
         MissingPolicy::Reject},
    };
    return datasets;
}

const BundledDataset& bundledDataset(const std::string& name) {
    std::string names;
    for (const BundledDataset& d : bundledDatasets()) {
        if (d.name == name) return d;
        names += (names.empty() ? "" : ", ") + d.name;
    }
    throw ConfigError(
        uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "bundled dataset '%1' is not one of: %2"),
               {name, names}));
}

CsvOptions bundledOptions(const BundledDataset& dataset) {
    CsvOptions options;  // the label is detected (tests/core/data/tst_column_roles.cpp checks it)
    options.targetColumn = dataset.targetColumn;
    options.missing = dataset.missing;
    return options;
}

const std::vector<BundledText>& bundledTexts() {
    static const std::vector<BundledText> texts = {
        {"us_constitution",
         QT_TRANSLATE_NOOP("rnnlab::Catalog", "The Constitution of the United States"),
         "us_constitution.txt", QT_TRANSLATE_NOOP("rnnlab::Catalog", "English"),
         QT_TRANSLATE_NOOP(
             "rnnlab::Catalog",
         "The Constitution of 1787 with its 27 amendments: 45,000 characters of legal English, "
             "71 different ones."),
         "Debian miscfiles 1.5+dfsg-4, /usr/share/state/us-constitution.gz.",
         "Public domain (miscfiles' copyright file: debian/addons, License: public-domain)"},
        {"devils_dictionary",
         QT_TRANSLATE_NOOP("rnnlab::Catalog", "The Devil's Dictionary (Ambrose Bierce, 1911)"),
         "devils_dictionary.txt", QT_TRANSLATE_NOOP("rnnlab::Catalog", "English"),
         QT_TRANSLATE_NOOP(
             "rnnlab::Catalog",
         "Satirical definitions from ABASEMENT to ZOOLOGY, with verse: 383,000 characters of "
             "English, 84 different ones; a book."),
         "Debian dict-devil 1.0-13.1, /usr/share/dictd/devil.dict.dz (the Internet Wiretap "
         "edition of 1993).",
         "Public domain (dict-devil's copyright file: \"The Devil's Dictionary is in the public "
         "domain, its copyright has expired.\")"},
        {"tang_poems",
         QT_TRANSLATE_NOOP("rnnlab::Catalog", "Three hundred Tang poems (唐诗三百首)"),
         "tang_poems.txt", QT_TRANSLATE_NOOP("rnnlab::Catalog", "Chinese (classical)"),
         QT_TRANSLATE_NOOP(
             "rnnlab::Catalog",
         "Poems of the Tang dynasty (618-907) as selected by Sun Zhu in 1763, each with its "
             "title and poet: 29,600 characters of classical Chinese, 2,579 different ones."),
         "Debian fortunes-zh 2.98, /usr/share/games/fortunes/tang300.",
         "The poems and the selection are centuries old and in the public domain; the packaged "
         "file is distributed under GPL-3.0+ (fortunes-zh's copyright file), as RNN Lab is."},
        {"talking_animals",
         QT_TRANSLATE_NOOP("rnnlab::Catalog", "Talking animals (generated)"),
         "talking_animals.txt", QT_TRANSLATE_NOOP("rnnlab::Catalog", "English"),
         QT_TRANSLATE_NOOP(
             "rnnlab::Catalog",
             "Short scenes generated by a script: narration in the past tense, speech between "
             "double quotes in the present tense; 202,000 characters, 30 different ones."),
         "Generated by resources/datasets/make_fables.py (fixed seed) from words written for "
         "RNN Lab.",
         "CC0 1.0 (written for RNN Lab)"},
    };
    return texts;
}

namespace {

// The entry of `list` called `name`; ConfigError `what` ("bundled text '%1' is not one of: %2",
// marked for translation) naming it and the known names.
const BundledText& named(const std::vector<BundledText>& list, const std::string& name,
                         const char* what) {
    std::string names;
    for (const BundledText& t : list) {
        if (t.name == name) return t;
        names += (names.empty() ? "" : ", ") + t.name;
    }
    throw ConfigError(uiText(what, {name, names}));
}

}  // namespace

const BundledText& bundledText(const std::string& name) {
    return named(bundledTexts(), name,
                 QT_TRANSLATE_NOOP("rnnlab::UiText", "bundled text '%1' is not one of: %2"));
}

const std::vector<BundledText>& bundledLabelledSets() {
    static const std::vector<BundledText> sets = {
        {"sentiment_en",
         QT_TRANSLATE_NOOP("rnnlab::Catalog", "Short English sentences, positive or negative"),
         "sentiment_en.tsv", QT_TRANSLATE_NOOP("rnnlab::Catalog", "English"),
         QT_TRANSLATE_NOOP(
             "rnnlab::Catalog",
         "300 short sentences about films, food, weather, work and days out, each labelled pos "
             "or neg, in mixed order: label<TAB>text lines."),
         "Written for RNN Lab.", "CC0 1.0 (public domain dedication)"},
        {"sentiment_zh",
         QT_TRANSLATE_NOOP("rnnlab::Catalog", "Short Chinese sentences, positive or negative"),
         "sentiment_zh.tsv", QT_TRANSLATE_NOOP("rnnlab::Catalog", "Chinese"),
         QT_TRANSLATE_NOOP("rnnlab::Catalog",
                           "300 short sentences in simplified Chinese about the same things, each "
                           "labelled pos or "
                           "neg, in mixed order: label<TAB>text lines."),
         "Written for RNN Lab.", "CC0 1.0 (public domain dedication)"},
    };
    return sets;
}

const BundledText& bundledLabelledSet(const std::string& name) {
    return named(
        bundledLabelledSets(), name,
        QT_TRANSLATE_NOOP("rnnlab::UiText", "bundled labelled set '%1' is not one of: %2"));
}

}  // namespace rnnlab
