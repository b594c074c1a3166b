#include "core/io/training_json.h"

#include <QJsonArray>
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <limits>
#include <type_traits>
#include <variant>

#include "core/base/errors.h"

namespace rnnlab {

namespace {

constexpr long long kMaxCount = 1LL << 53;

// ---------------------------------------------------------------- settings

// Two numbers of a settings struct written as one array ("betas": [0.9, 0.999]).
template <typename T>
struct NumberPair {
    double T::*first;
    double T::*second;
    const char* names;  // for the message: "beta1, beta2"
};

// One optional field of a settings struct: its key and the member it holds. A table of them
// reads and writes the fields in one order; a seed (std::uint64_t) is a count up to 2^53.
template <typename T>
struct SettingField {
    const char* key;
    std::variant<double T::*, int T::*, bool T::*, std::uint64_t T::*, NumberPair<T>> member;
};

// Calls visit(key, member) for each field of the table, in its order.
template <typename T, std::size_t N, typename Visit>
void forEachField(const SettingField<T> (&fields)[N], Visit visit) {
    for (const SettingField<T>& f : fields)
        std::visit([&](const auto& member) { visit(f.key, member); }, f.member);
}

template <typename T, std::size_t N>
void insertFields(QJsonObject& json, const T& s, const SettingField<T> (&fields)[N]) {
    forEachField(fields, [&](const char* key, const auto& m) {
        using M = std::decay_t<decltype(m)>;
        if constexpr (std::is_same_v<M, NumberPair<T>>)
            json.insert(key, QJsonArray{s.*m.first, s.*m.second});
        else if constexpr (std::is_same_v<M, std::uint64_t T::*>)
            json.insert(key, static_cast<double>(s.*m));
        else
            json.insert(key, s.*m);
    });
}

// A present field replaces the member's value (the default); an absent one leaves it.
template <typename T, std::size_t N>
void readFields(const QJsonObject& obj, const JsonPath& at, const SettingField<T> (&fields)[N],
                T& s) {
    forEachField(fields, [&](const char* key, const auto& m) {
        using M = std::decay_t<decltype(m)>;
        if constexpr (std::is_same_v<M, double T::*>)
            s.*m = optionalDouble(obj, key, at, s.*m);
        else if constexpr (std::is_same_v<M, int T::*>)
            s.*m = optionalInt(obj, key, at, s.*m);
        else if constexpr (std::is_same_v<M, bool T::*>)
            s.*m = optionalBool(obj, key, at, s.*m);
        else if constexpr (std::is_same_v<M, std::uint64_t T::*>)
            s.*m = static_cast<std::uint64_t>(
                optionalInt64(obj, key, at, static_cast<long long>(s.*m), 0, kMaxCount));
        else if constexpr (std::is_same_v<M, NumberPair<T>>)
            if (obj.contains(QLatin1String(key))) {
                const JsonPath pairAt = at.field(key);
                const std::vector<double> v = asDoubles(obj.value(QLatin1String(key)), pairAt);
                if (v.size() != 2)
                    pairAt.fail(
                        uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", " must hold two numbers (%1)"),
                               {m.names}));
                s.*m.first = v[0];
                s.*m.second = v[1];
            }
    });
}

// The keys an object may hold: `before`, the table's, then `after`.
template <typename T, std::size_t N>
std::vector<const char*> fieldKeys(std::initializer_list<const char*> before,
                                   const SettingField<T> (&fields)[N],
                                   std::initializer_list<const char*> after = {}) {
    std::vector<const char*> keys(before);
    for (const SettingField<T>& f : fields) keys.push_back(f.key);
    keys.insert(keys.end(), after);
    return keys;
}

// The field of a section that comes first and names a choice ("kind": "adam"); the section's
// other fields override the choice's defaults (defaultsFor; null: the struct's own).
template <typename T, typename Choice>
struct ChoiceField {
    const char* key;
    Choice T::*member;
    const char* fallback;  // the choice when the field is absent
    Choice (*parse)(const std::string&);
    T (*defaultsFor)(Choice);
};

// A section of the settings: {"kind": "adam", "lr": 0.001, ...}.
template <typename T, typename Choice, std::size_t N>
QJsonObject sectionJson(const T& s, const ChoiceField<T, Choice>& choice,
                        const SettingField<T> (&fields)[N]) {
    QJsonObject json{{choice.key, QString::fromStdString(toString(s.*choice.member))}};
    insertFields(json, s, fields);
    return json;
}

// Replaces `s` by the section `key` of `settings` when it is present.
template <typename T, typename Choice, std::size_t N>
void readSection(const QJsonObject& settings, const char* key, const JsonPath& where,
                 const ChoiceField<T, Choice>& choice, const SettingField<T> (&fields)[N], T& s) {
    if (!settings.contains(QLatin1String(key))) return;
    const QJsonObject obj = requireObject(settings, key, where);
    const JsonPath at = where.field(key);
    rejectUnknownFields(obj, at, fieldKeys({choice.key}, fields));
    const Choice c = parseChoice(optionalString(obj, choice.key, at, choice.fallback),
                                 at.field(choice.key), choice.parse);
    s = choice.defaultsFor ? choice.defaultsFor(c) : T();
    s.*choice.member = c;
    readFields(obj, at, fields, s);
}

using O = OptimizerSettings;
constexpr ChoiceField<O, OptimizerKind> kOptimizerKind{"kind", &O::kind, "adam", parseOptimizerKind,
                                                       O::forKind};
constexpr SettingField<O> kOptimizerFields[] = {
    {"lr", &O::learningRate},
    {"weight_decay", &O::weightDecay},
    {"momentum", &O::momentum},
    {"dampening", &O::dampening},
    {"nesterov", &O::nesterov},
    {"betas", NumberPair<O>{&O::beta1, &O::beta2, "beta1, beta2"}},
    {"amsgrad", &O::amsgrad},
    {"alpha", &O::alpha},
    {"centered", &O::centered},
    {"lr_decay", &O::lrDecay},
    {"initial_accumulator_value", &O::initialAccumulatorValue},
    {"eps", &O::eps}};

constexpr ChoiceField<LrSchedule, LrScheduleKind> kScheduleKind{
    "kind", &LrSchedule::kind, "constant", parseLrScheduleKind, nullptr};
constexpr SettingField<LrSchedule> kScheduleFields[] = {{"step_size", &LrSchedule::stepSize},
                                                        {"gamma", &LrSchedule::gamma},
                                                        {"t_max", &LrSchedule::tMax},
                                                        {"eta_min", &LrSchedule::etaMin}};

constexpr ChoiceField<InitSettings, InitScheme> kInitScheme{"scheme", &InitSettings::scheme,
                                                            "pytorch", parseInitScheme, nullptr};
constexpr SettingField<InitSettings> kInitFields[] = {
    {"gain", &InitSettings::gain},
    {"identity_scale", &InitSettings::identityScale},
    {"forget_bias", &InitSettings::forgetBias},
    {"spectral_radius", &InitSettings::spectralRadius}};

using S = TrainingSettings;
constexpr SettingField<S> kTrainingFields[] = {
    {"clip", &S::clip},
    {"clip_max_norm", &S::clipMaxNorm},
    {"batch_size", &S::batchSize},
    {"epochs", &S::epochs},
    {"seed", &S::seed},
    {"truncation", &S::truncation},
    {"early_stopping_patience", &S::earlyStoppingPatience},
    {"divergence_factor", &S::divergenceFactor},
    {"trace_every", &S::traceEvery},
    {"trace_sample", &S::traceSample}};

// ---------------------------------------------------------------- state

QJsonValue finiteOrNull(double v) {
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

std::string hex64(std::uint64_t v) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "%016" PRIx64, v);
    return buf;
}

std::uint64_t parseHex64(const QJsonValue& v, const JsonPath& at) {
    const std::string s = asString(v, at);
    std::uint64_t out = 0;
    if (s.empty() || s.size() > 16)
        at.fail(uiText(
            QT_TRANSLATE_NOOP("rnnlab::UiText", " must be 1 to 16 hexadecimal digits, got \"%1\""),
            {s}));
    for (char ch : s) {
        int d;
        if (ch >= '0' && ch <= '9')
            d = ch - '0';
        else if (ch >= 'a' && ch <= 'f')
            d = ch - 'a' + 10;
        else if (ch >= 'A' && ch <= 'F')
            d = ch - 'A' + 10;
        else
            at.fail(uiText(
                QT_TRANSLATE_NOOP("rnnlab::UiText", " must be hexadecimal digits, got \"%1\""),
                {s}));
        out = out * 16 + static_cast<std::uint64_t>(d);
    }
    return out;
}

QJsonArray vectorJson(const Vector<double>& v) {
    return doublesJson(v.data(), static_cast<std::size_t>(v.size()));
}

Vector<double> parseVector(const QJsonValue& value, const JsonPath& at) {
    const std::vector<double> d = asDoubles(value, at);
    return Eigen::Map<const Vector<double>>(d.data(), static_cast<Index>(d.size()));
}

QJsonObject metricsJson(const Metrics& m) {
    QJsonObject o{{"count", static_cast<double>(m.count)},
                  {"mse", finiteOrNull(m.mse)},
                  {"rmse", finiteOrNull(m.rmse)},
                  {"mae", finiteOrNull(m.mae)}};
    if (m.accuracy) o.insert("accuracy", *m.accuracy);
    return o;
}

double optionalFinite(const QJsonObject& obj, const char* key, const JsonPath& at) {
    const QJsonValue v = obj.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) return std::numeric_limits<double>::quiet_NaN();
    return asDouble(v, at.field(key));
}

Metrics parseMetrics(const QJsonObject& obj, const JsonPath& at) {
    rejectUnknownFields(obj, at, {"count", "mse", "rmse", "mae", "accuracy"});
    Metrics m;
    m.count = optionalInt64(obj, "count", at, 0, 0, kMaxCount);
    m.mse = optionalFinite(obj, "mse", at);
    m.rmse = optionalFinite(obj, "rmse", at);
    m.mae = optionalFinite(obj, "mae", at);
    if (obj.contains(QLatin1String("accuracy")))
        m.accuracy = requireDouble(obj, "accuracy", at, 0.0, 1.0);
    return m;
}

std::optional<double> optionalLoss(const QJsonObject& obj, const char* key, const JsonPath& at) {
    const double v = optionalFinite(obj, key, at);
    return std::isnan(v) ? std::nullopt : std::optional<double>(v);
}

// A [layer][...] table of numbers; a non-finite value (a diverged run's norm) is written as
// null and read back as NaN.
QJsonArray tableJson(const std::vector<std::vector<double>>& table) {
    QJsonArray rows;
    for (const std::vector<double>& row : table) {
        QJsonArray values;
        for (double v : row) values.append(finiteOrNull(v));
        rows.append(values);
    }
    return rows;
}

std::vector<std::vector<double>> parseTable(const QJsonValue& value, const JsonPath& at) {
    const QJsonArray rows = asArray(value, at);
    std::vector<std::vector<double>> table;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonArray values = asArray(rows[i], at.element(i));
        std::vector<double> row;
        for (qsizetype j = 0; j < values.size(); ++j)
            row.push_back(values[j].isNull() ? std::numeric_limits<double>::quiet_NaN()
                                             : asDouble(values[j], at.element(i).element(j)));
        table.push_back(std::move(row));
    }
    return table;
}

// The "step" every record and state has: a count up to 2^53.
long long requiredStep(const QJsonObject& obj, const JsonPath& at) {
    return asInt64(requireField(obj, "step", at), at.field("step"), 0, kMaxCount);
}

// A series of records as {"stride": s, "rows": [...]}: rowJson(record) is one row.
template <typename Record, typename RowJson>
QJsonObject seriesJson(const DecimatedSeries<Record>& series, RowJson rowJson) {
    QJsonArray rows;
    for (const Record& r : series.items()) rows.append(rowJson(r));
    return {{"stride", static_cast<double>(series.stride())}, {"rows", rows}};
}

// The series `key` of `history`, when present, into `series`: each row is an object whose fields
// are `rowFields`, read by parseRow(row, its path).
template <typename Record, typename ParseRow>
void readRecordSeries(const QJsonObject& history, const char* key, const JsonPath& where,
                      std::initializer_list<const char*> rowFields, ParseRow parseRow,
                      DecimatedSeries<Record>& series) {
    if (!history.contains(QLatin1String(key))) return;
    const JsonPath at = where.field(key);
    const QJsonObject obj = requireObject(history, key, where);
    rejectUnknownFields(obj, at, {"stride", "rows"});
    const long long stride = optionalInt64(obj, "stride", at, 1, 1, kMaxCount);
    const QJsonArray rows = requireArray(obj, "rows", at);
    std::vector<Record> records;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const JsonPath r = at.field("rows").element(i);
        const QJsonObject o = asObject(rows[i], r);
        rejectUnknownFields(o, r, rowFields);
        records.push_back(parseRow(o, r));
    }
    series.restore(std::move(records), stride);
}

QJsonArray stepJson(const StepRecord& r) {
    return {static_cast<double>(r.step), r.epoch,       r.loss, r.gradNormBefore, r.gradNormAfter,
            r.clipped ? 1 : 0,           r.learningRate};
}

QJsonArray parameterNormJson(const ParameterNormRecord& r) {
    QJsonArray row{static_cast<double>(r.step)};
    for (double n : r.norms) row.append(n);
    return row;
}

QJsonObject gradientProfileJson(const GradientProfileRecord& r) {
    QJsonArray layers;
    for (const std::vector<double>& l : r.dhNorm) layers.append(doublesJson(l.data(), l.size()));
    return {{"step", static_cast<double>(r.step)}, {"dh_norm", layers}};
}

QJsonObject jacobianProfileJson(const JacobianProfileRecord& r) {
    return {{"step", static_cast<double>(r.step)}, {"norm", tableJson(r.norm)}};
}

QJsonObject recurrentNormJson(const RecurrentNormRecord& r) {
    return {{"step", static_cast<double>(r.step)},
            {"spectral_radius", tableJson(r.spectralRadius)},
            {"largest_singular_value", tableJson(r.largestSingularValue)}};
}

QJsonObject historyJson(const TrainingHistory& h) {
    QJsonArray epochs;
    for (const EpochRecord& e : h.epochs) {
        QJsonObject o{{"epoch", e.epoch},
                      {"step", static_cast<double>(e.step)},
                      {"train_loss", finiteOrNull(e.trainLoss)},
                      {"validation", metricsJson(e.validation)},
                      {"test", metricsJson(e.test)},
                      {"lr", e.learningRate}};
        if (e.validationLoss) o.insert("validation_loss", finiteOrNull(*e.validationLoss));
        if (e.testLoss) o.insert("test_loss", finiteOrNull(*e.testLoss));
        if (e.validationFreeRunning.count > 0)
            o.insert("validation_free_running", metricsJson(e.validationFreeRunning));
        if (e.testFreeRunning.count > 0)
            o.insert("test_free_running", metricsJson(e.testFreeRunning));
        epochs.append(o);
    }
    QJsonObject steps = seriesJson(h.steps, stepJson);
    steps.insert("columns", QJsonArray{"step", "epoch", "loss", "grad_norm_before",
                                       "grad_norm_after", "clipped", "lr"});
    return {{"epochs", epochs},
            {"steps", steps},
            {"parameter_norms", seriesJson(h.parameterNorms, parameterNormJson)},
            {"gradient_profiles", seriesJson(h.gradientProfiles, gradientProfileJson)},
            {"jacobian_profiles", seriesJson(h.jacobianProfiles, jacobianProfileJson)},
            {"recurrent_norms", seriesJson(h.recurrentNorms, recurrentNormJson)}};
}

// A series of rows of numbers, each at least minLength long, read by parseRow(row, its path)
// into `series`.
template <typename Record, typename ParseRow>
void readNumberRows(const QJsonObject& obj, const JsonPath& at, std::size_t minLength,
                    ParseRow parseRow, DecimatedSeries<Record>& series) {
    rejectUnknownFields(obj, at, {"stride", "columns", "rows"});
    const long long stride = optionalInt64(obj, "stride", at, 1, 1, kMaxCount);
    const QJsonArray rows = requireArray(obj, "rows", at);
    std::vector<Record> records;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const JsonPath rowAt = at.field("rows").element(i);
        const std::vector<double> row = asDoubles(rows[i], rowAt);
        if (row.size() < minLength)
            rowAt.fail(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", " must hold at least %1 numbers"),
                              {std::to_string(minLength)}));
        records.push_back(parseRow(row, rowAt));
    }
    series.restore(std::move(records), stride);
}

// The step that opens a row of numbers: a count up to 2^53.
long long rowStep(const std::vector<double>& row, const JsonPath& rowAt) {
    return asInt64(QJsonValue(row[0]), rowAt.element(0), 0, kMaxCount);
}

TrainingHistory parseHistory(const QJsonObject& obj, const JsonPath& at) {
    rejectUnknownFields(obj, at,
                        {"epochs", "steps", "parameter_norms", "gradient_profiles",
                         "jacobian_profiles", "recurrent_norms"});
    TrainingHistory h;
    const QJsonArray epochs = optionalArray(obj, "epochs", at);
    for (qsizetype i = 0; i < epochs.size(); ++i) {
        const JsonPath e = at.field("epochs").element(i);
        const QJsonObject o = asObject(epochs[i], e);
        rejectUnknownFields(o, e,
                            {"epoch", "step", "train_loss", "validation_loss", "test_loss",
                             "validation", "test", "validation_free_running",
                             "test_free_running", "lr"});
        EpochRecord r;
        r.epoch = requireInt(o, "epoch", e, 0, kMaxEpochs);
        r.step = requiredStep(o, e);
        r.trainLoss = optionalFinite(o, "train_loss", e);
        r.validationLoss = optionalLoss(o, "validation_loss", e);
        r.testLoss = optionalLoss(o, "test_loss", e);
        r.validation = parseMetrics(optionalObject(o, "validation", e), e.field("validation"));
        r.test = parseMetrics(optionalObject(o, "test", e), e.field("test"));
        r.validationFreeRunning = parseMetrics(optionalObject(o, "validation_free_running", e),
                                               e.field("validation_free_running"));
        r.testFreeRunning =
            parseMetrics(optionalObject(o, "test_free_running", e), e.field("test_free_running"));
        r.learningRate = requireDouble(o, "lr", e);
        h.epochs.push_back(r);
    }
    if (obj.contains(QLatin1String("steps")))
        readNumberRows(
            requireObject(obj, "steps", at), at.field("steps"), 7,
            [](const std::vector<double>& row, const JsonPath& rowAt) {
                return StepRecord{rowStep(row, rowAt),
                                  asInt(QJsonValue(row[1]), rowAt.element(1), 0, kMaxEpochs),
                                  row[2],
                                  row[3],
                                  row[4],
                                  row[5] != 0.0,
                                  row[6]};
            },
            h.steps);
    if (obj.contains(QLatin1String("parameter_norms")))
        readNumberRows(
            requireObject(obj, "parameter_norms", at), at.field("parameter_norms"), 1,
            [](const std::vector<double>& row, const JsonPath& rowAt) {
                return ParameterNormRecord{rowStep(row, rowAt),
                                           std::vector<double>(row.begin() + 1, row.end())};
            },
            h.parameterNorms);
    readRecordSeries(
        obj, "gradient_profiles", at, {"step", "dh_norm"},
        [](const QJsonObject& o, const JsonPath& r) {
            GradientProfileRecord rec;
            rec.step = requiredStep(o, r);
            const QJsonArray layers = requireArray(o, "dh_norm", r);
            for (qsizetype k = 0; k < layers.size(); ++k)
                rec.dhNorm.push_back(asDoubles(layers[k], r.field("dh_norm").element(k)));
            return rec;
        },
        h.gradientProfiles);
    readRecordSeries(
        obj, "jacobian_profiles", at, {"step", "norm"},
        [](const QJsonObject& o, const JsonPath& r) {
            return JacobianProfileRecord{requiredStep(o, r),
                                         parseTable(requireField(o, "norm", r), r.field("norm"))};
        },
        h.jacobianProfiles);
    readRecordSeries(
        obj, "recurrent_norms", at, {"step", "spectral_radius", "largest_singular_value"},
        [](const QJsonObject& o, const JsonPath& r) {
            return RecurrentNormRecord{
                requiredStep(o, r),
                parseTable(requireField(o, "spectral_radius", r), r.field("spectral_radius")),
                parseTable(requireField(o, "largest_singular_value", r),
                           r.field("largest_singular_value"))};
        },
        h.recurrentNorms);
    return h;
}

}  // namespace

QJsonObject trainingSettingsJson(const TrainingSettings& s) {
    QJsonObject json{{"optimizer", sectionJson(s.optimizer, kOptimizerKind, kOptimizerFields)},
                     {"schedule", sectionJson(s.schedule, kScheduleKind, kScheduleFields)},
                     {"init", sectionJson(s.init, kInitScheme, kInitFields)}};
    insertFields(json, s, kTrainingFields);
    return json;
}

TrainingSettings parseTrainingSettings(const QJsonObject& obj, const JsonPath& at) {
    rejectUnknownFields(
        obj, at,
        fieldKeys({"optimizer", "schedule", "init"}, kTrainingFields, {"state", "history"}));
    TrainingSettings s;
    readSection(obj, "optimizer", at, kOptimizerKind, kOptimizerFields, s.optimizer);
    readSection(obj, "schedule", at, kScheduleKind, kScheduleFields, s.schedule);
    readSection(obj, "init", at, kInitScheme, kInitFields, s.init);
    readFields(obj, at, kTrainingFields, s);
    try {
        validate(s);
    } catch (const ConfigError& e) {
        at.fail(": ", e);
    }
    return s;
}

QJsonObject trainerStateJson(const TrainerState& s) {
    const TrainerProgress& p = s.progress;
    QJsonArray order;
    for (Index id : p.order) order.append(static_cast<double>(id));
    QJsonObject buffers;
    for (const auto& [name, values] : s.optimizer.buffers)
        buffers.insert(QString::fromStdString(name), vectorJson(values));
    QJsonObject state{
        {"step", static_cast<double>(p.step)},
        {"epoch", p.epoch},
        {"samples_done", static_cast<double>(p.samplesDone)},
        {"order", order},
        {"epoch_loss_sum", p.epochLossSum},
        {"reference_loss", p.referenceLoss},
        {"best_validation", finiteOrNull(p.bestValidation)},
        {"epochs_without_improvement", p.epochsWithoutImprovement},
        {"rng", QJsonObject{{"s", QJsonArray{QString::fromStdString(hex64(s.rng.s[0])),
                                             QString::fromStdString(hex64(s.rng.s[1])),
                                             QString::fromStdString(hex64(s.rng.s[2])),
                                             QString::fromStdString(hex64(s.rng.s[3]))}},
                            {"spare_normal", s.rng.spareNormal},
                            {"has_spare", s.rng.hasSpare}}},
        {"optimizer",
         QJsonObject{{"step", static_cast<double>(s.optimizer.step)}, {"buffers", buffers}}}};
    if (s.bestWeights.size()) state.insert("best_weights", vectorJson(s.bestWeights));
    return {{"state", state}, {"history", historyJson(s.history)}};
}

std::optional<TrainerState> parseTrainerState(const QJsonObject& training, const JsonPath& where) {
    if (!training.contains(QLatin1String("state"))) return std::nullopt;
    const JsonPath at = where.field("state");
    const QJsonObject o = requireObject(training, "state", where);
    rejectUnknownFields(
        o, at,
        {"step", "epoch", "samples_done", "order", "epoch_loss_sum", "reference_loss",
         "best_validation", "epochs_without_improvement", "rng", "optimizer", "best_weights"});
    TrainerState s;
    TrainerProgress& p = s.progress;
    p.step = requiredStep(o, at);
    p.epoch = requireInt(o, "epoch", at, 0, kMaxEpochs);
    p.samplesDone =
        asInt64(requireField(o, "samples_done", at), at.field("samples_done"), 0, kMaxCount);
    const QJsonArray order = requireArray(o, "order", at);
    for (qsizetype i = 0; i < order.size(); ++i)
        p.order.push_back(asInt64(order[i], at.field("order").element(i), 0, kMaxCount));
    p.epochLossSum = requireDouble(o, "epoch_loss_sum", at);
    p.referenceLoss = requireDouble(o, "reference_loss", at, 0.0);
    p.bestValidation = optionalFinite(o, "best_validation", at);
    if (std::isnan(p.bestValidation)) p.bestValidation = std::numeric_limits<double>::infinity();
    p.epochsWithoutImprovement = requireInt(o, "epochs_without_improvement", at, 0, kMaxEpochs);

    const JsonPath rngAt = at.field("rng");
    const QJsonObject rng = requireObject(o, "rng", at);
    rejectUnknownFields(rng, rngAt, {"s", "spare_normal", "has_spare"});
    const QJsonArray words = requireArray(rng, "s", rngAt);
    if (words.size() != 4)
        rngAt.field("s").fail(
            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", " must hold 4 hexadecimal words")));
    for (int i = 0; i < 4; ++i) s.rng.s[i] = parseHex64(words[i], rngAt.field("s").element(i));
    s.rng.spareNormal = requireDouble(rng, "spare_normal", rngAt);
    s.rng.hasSpare = requireBool(rng, "has_spare", rngAt);

    const JsonPath optAt = at.field("optimizer");
    const QJsonObject opt = requireObject(o, "optimizer", at);
    rejectUnknownFields(opt, optAt, {"step", "buffers"});
    s.optimizer.step = requiredStep(opt, optAt);
    const QJsonObject buffers = requireObject(opt, "buffers", optAt);
    for (auto it = buffers.begin(); it != buffers.end(); ++it)
        s.optimizer.buffers[it.key().toStdString()] =
            parseVector(it.value(), optAt.field("buffers").field(it.key().toStdString()));
    if (o.contains(QLatin1String("best_weights")))
        s.bestWeights = parseVector(o.value("best_weights"), at.field("best_weights"));
    if (training.contains(QLatin1String("history")))
        s.history = parseHistory(requireObject(training, "history", where), where.field("history"));
    return s;
}

}  // namespace rnnlab
