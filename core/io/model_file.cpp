#include "core/io/model_file.h"

#include <QJsonDocument>
#include <cmath>

#include "core/base/errors.h"
#include "core/io/atomic_file.h"
#include "core/io/input_file.h"
#include "core/io/json_document.h"
#include "core/io/json_fields.h"

namespace rnnlab {

namespace {

// ---------------------------------------------------------------- reading

NetworkConfig parseNetwork(const QJsonObject& obj, const JsonPath& where) {
    rejectUnknownFields(obj, where,
                        {"cell", "nonlinearity", "input", "input_size", "vocab_size",
                         "embedding_size", "hidden_size", "num_layers", "output_size", "output",
                         "loss"});
    NetworkConfig c;
    c.cell = parseChoice(requireString(obj, "cell", where), where.field("cell"), parseCellType);
    c.nonlinearity = parseChoice(optionalString(obj, "nonlinearity", where, "tanh"),
                                 where.field("nonlinearity"), parseNonlinearity);
    // Files without "input" are real-valued: the only input there was before symbols.
    c.input =
        parseChoice(optionalString(obj, "input", where, toString(InputKind::Real)),
                    where.field("input"), parseInputKind);
    if (c.input == InputKind::Symbols) {
        c.inputSize = optionalInt(obj, "input_size", where, 1);
        c.vocabSize = requireInt(obj, "vocab_size", where, 2, kMaxVocabSize);
        c.embeddingSize = optionalInt(obj, "embedding_size", where, 0, 0, kMaxEmbeddingSize);
    } else {
        c.inputSize = requireInt(obj, "input_size", where, 1, kMaxInputSize);
        c.vocabSize = optionalInt(obj, "vocab_size", where, 0);  // validate() refuses them
        c.embeddingSize = optionalInt(obj, "embedding_size", where, 0);
    }
    c.hiddenSize = requireInt(obj, "hidden_size", where, 1, kMaxHiddenSize);
    c.numLayers = requireInt(obj, "num_layers", where, 1, kMaxLayers);
    c.outputSize = requireInt(obj, "output_size", where, 1, kMaxOutputSize);
    c.output =
        parseChoice(requireString(obj, "output", where), where.field("output"), parseOutputMode);
    c.loss = parseChoice(requireString(obj, "loss", where), where.field("loss"), parseLossKind);
    // Left for validate(): rules across fields (relu only for rnn, cross_entropy needs two
    // outputs, vocab_size only for symbols). Its messages start with the field name.
    try {
        validate(c);
    } catch (const ConfigError& e) {
        where.fail(".", e);
    }
    return c;
}

std::string shapeText(const std::vector<Index>& shape) {
    std::string s = "[";
    for (std::size_t i = 0; i < shape.size(); ++i) s += (i ? ", " : "") + std::to_string(shape[i]);
    return s + "]";
}

// Which settings fix the shape of entry e, for the message of a wrong shape.
UiText shapeReason(const ParameterLayout& layout, int e, const NetworkConfig& c) {
    const std::string H = std::to_string(c.hiddenSize), O = std::to_string(c.outputSize);
    if (e == layout.fcWeight())
        return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "for output_size %1 and hidden_size %2"),
                      {O, H});
    if (e == layout.fcBias())
        return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "for output_size %1"), {O});
    const std::string V = std::to_string(c.vocabSize), E = std::to_string(c.embeddingSize);
    if (e == layout.embedding())
        return uiText(
            QT_TRANSLATE_NOOP("rnnlab::UiText", "for vocab_size %1 and embedding_size %2"), {V, E});
    const UiText cell = uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "for %1 with hidden_size %2"),
                               {toString(c.cell), H});
    if (e != layout.weightIh(0)) return cell;
    if (hasEmbedding(c))
        return cell + uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", " and embedding_size %1"), {E});
    if (hasOneHotInput(c))
        return cell +
               uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", " and vocab_size %1 (one-hot input)"),
                      {V});
    return cell + uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", " and input_size %1"),
                         {std::to_string(c.inputSize)});
}

void parseTensor(const QJsonObject& tensor, const JsonPath& at, const ParameterLayout& layout,
                 int e, const NetworkConfig& c, double* out) {
    const ParameterInfo& p = layout.entries()[e];
    rejectUnknownFields(tensor, at, {"shape", "data"});
    const JsonPath shapeAt = at.field("shape");
    const QJsonArray shapeJson = requireArray(tensor, "shape", at);
    std::vector<Index> shape;
    for (qsizetype i = 0; i < shapeJson.size(); ++i)
        shape.push_back(asInt(shapeJson[i], shapeAt.element(i)));
    if (shape != p.shape())
        shapeAt.fail(uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", " is %1, expected %2 "),
                            {shapeText(shape), shapeText(p.shape())}) +
                     shapeReason(layout, e, c));
    const JsonPath dataAt = at.field("data");
    const QJsonArray data = requireArray(tensor, "data", at);
    if (data.size() != p.size())
        dataAt.fail(
            uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", " has %1 values, expected %2 for shape %3"),
                   {std::to_string(data.size()), std::to_string(p.size()), shapeText(p.shape())}));
    for (qsizetype i = 0; i < data.size(); ++i) {
        const QJsonValue v = data[i];
        const double d = v.toDouble();
        // asDouble() only runs on a bad value, to throw the message naming it.
        out[i] = v.isDouble() && std::isfinite(d) ? d : asDouble(v, dataAt.element(i));
    }
}

Parameters<double> parseWeights(const QJsonObject& obj, const NetworkConfig& c,
                                const JsonPath& where) {
    Parameters<double> params(c);
    const ParameterLayout& layout = params.layout();
    for (auto it = obj.constBegin(); it != obj.constEnd(); ++it) {
        if (layout.find(it.key().toStdString())) continue;
        const std::string last = std::to_string(c.numLayers - 1);
        where.field(it.key().toStdString())
            .fail(uiText(
                c.numLayers > 1 ? QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                    ": unknown tensor (num_layers %1 "
                                                    "expects %2rnn.*_l0 to rnn.*_l%3, "
                                                    "fc.weight and fc.bias)")
                                : QT_TRANSLATE_NOOP("rnnlab::UiText",
                                                    ": unknown tensor (num_layers %1 "
                                                    "expects %2rnn.*_l0, fc.weight and "
                                                    "fc.bias)"),
                {std::to_string(c.numLayers), hasEmbedding(c) ? "embedding.weight, " : "", last}));
    }
    for (int e = 0; e < static_cast<int>(layout.entries().size()); ++e) {
        const ParameterInfo& p = layout.entries()[e];
        parseTensor(requireObject(obj, p.name.c_str(), where), where.field(p.name), layout, e, c,
                    params.flat().data() + p.offset);
    }
    return params;
}

// ---------------------------------------------------------------- writing

// obj as indented JSON text, nested one level deeper (the value of a top-level field).
std::string indented(const QJsonObject& obj) {
    const std::string text =
        QJsonDocument(obj).toJson(QJsonDocument::Indented).trimmed().toStdString();
    std::string out;
    for (char ch : text) {
        out += ch;
        if (ch == '\n') out += "    ";
    }
    return out;
}

void appendTensor(std::string& out, const ParameterInfo& p, const double* values,
                  const std::string& name) {
    out += "        \"" + p.name + "\": {\n";
    out += "            \"shape\": " + shapeText(p.shape()) + ",\n";
    out += "            \"data\": [";
    for (Index i = 0; i < p.size(); ++i) {
        if (!std::isfinite(values[i]))
            throw FileError(name + ": cannot save weights." + p.name + ".data[" +
                            std::to_string(i) + "] = " + std::to_string(values[i]) +
                            ": JSON has no non-finite numbers");
        if (i > 0) out += ",";
        if (p.isMatrix() && i % p.cols == 0)
            out += "\n                ";
        else if (i > 0)
            out += " ";
        out += formatDouble(values[i]);
    }
    out += p.isMatrix() ? "\n            ]\n" : "]\n";
    out += "        }";
}

}  // namespace

ModelFile parseModelObject(const QJsonObject& root, const std::string& name) {
    const JsonPath top(name);
    // Format and version first: a JSON file of another kind should say so, not list fields.
    requireFormatAndVersion(root, top, "rnnlab", kModelFileVersion,
                            QT_TRANSLATE_NOOP("rnnlab::UiText",
                                              " is %1, but this RNN Lab reads only version %2 "
                                              "(was the file written by a newer RNN Lab?)"));
    rejectUnknownFields(root, top, {"format", "version", "network", "weights", "training", "data"});

    ModelFile model;
    model.network = parseNetwork(requireObject(root, "network", top), top.field("network"));
    if (root.contains(QLatin1String("weights")))
        model.weights =
            parseWeights(requireObject(root, "weights", top), model.network, top.field("weights"));
    model.training = optionalObject(root, "training", top);
    model.data = optionalObject(root, "data", top);
    return model;
}

ModelFile parseModelJson(const QByteArray& bytes, const std::string& name) {
    return parseModelObject(parseJsonObject(bytes, name), name);
}

ModelFile readModelFile(const std::string& path) {
    return parseModelJson(readInputFile(path, kMaxModelFileBytes), path);
}

QByteArray modelJson(const ModelFile& model, const std::string& name) {
    const NetworkConfig& c = model.network;
    std::string out = "{\n";
    out += "    \"format\": \"rnnlab\",\n";
    out += "    \"version\": " + std::to_string(kModelFileVersion) + ",\n";
    out += "    \"network\": {\n";
    out += "        \"cell\": \"" + toString(c.cell) + "\",\n";
    out += "        \"nonlinearity\": \"" + toString(c.nonlinearity) + "\",\n";
    if (c.input == InputKind::Symbols) {
        out += "        \"input\": \"" + toString(c.input) + "\",\n";
        out += "        \"vocab_size\": " + std::to_string(c.vocabSize) + ",\n";
        out += "        \"embedding_size\": " + std::to_string(c.embeddingSize) + ",\n";
    } else {
        out += "        \"input_size\": " + std::to_string(c.inputSize) + ",\n";
    }
    out += "        \"hidden_size\": " + std::to_string(c.hiddenSize) + ",\n";
    out += "        \"num_layers\": " + std::to_string(c.numLayers) + ",\n";
    out += "        \"output_size\": " + std::to_string(c.outputSize) + ",\n";
    out += "        \"output\": \"" + toString(c.output) + "\",\n";
    out += "        \"loss\": \"" + toString(c.loss) + "\"\n";
    out += "    }";
    if (model.weights) {
        const ParameterLayout layout(c);
        RNNLAB_ASSERT(model.weights->flat().size() == layout.totalSize(),
                      "weights do not match the network");
        out += ",\n    \"weights\": {\n";
        const std::vector<ParameterInfo>& entries = layout.entries();
        for (std::size_t e = 0; e < entries.size(); ++e) {
            appendTensor(out, entries[e], model.weights->flat().data() + entries[e].offset, name);
            out += e + 1 < entries.size() ? ",\n" : "\n";
        }
        out += "    }";
    }
    if (!model.training.isEmpty()) out += ",\n    \"training\": " + indented(model.training);
    if (!model.data.isEmpty()) out += ",\n    \"data\": " + indented(model.data);
    out += "\n}\n";
    return QByteArray::fromStdString(out);
}

void writeModelFile(const std::string& path, const ModelFile& model) {
    writeFileAtomically(path, modelJson(model, path));
}

}  // namespace rnnlab
