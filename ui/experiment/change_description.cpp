#include "ui/experiment/change_description.h"

#include <QCoreApplication>
#include <QStringList>
#include <vector>

#include "ui/cell_name.h"
#include "ui/number_format.h"
#include "ui/ui_text_translation.h"

namespace rnnlab::ui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("rnnlab::ui", text);
}

QString onOff(bool on) {
    return on ? tr("on") : tr("off");
}

struct Field {
    QString key;
    QString label;
    QString before;
    QString after;
};

void compare(std::vector<Field>& out, const QString& key, const QString& label,
             const QString& before, const QString& after) {
    if (before != after) out.push_back({key, label, before, after});
}

QString str(const std::string& s) {
    return QString::fromStdString(s);
}

QString cellLabel(const NetworkConfig& n) {
    if (n.cell != CellType::Rnn) return cellName(n.cell);
    return n.nonlinearity == Nonlinearity::Relu ? tr("RNN (ReLU)") : tr("RNN (tanh)");
}

void networkFields(std::vector<Field>& f, const NetworkConfig& a, const NetworkConfig& b) {
    compare(f, "cell", tr("Cell"), cellLabel(a), cellLabel(b));
    compare(f, "layers", tr("Layers"), QString::number(a.numLayers), QString::number(b.numLayers));
    compare(f, "hidden", tr("Hidden units"), QString::number(a.hiddenSize),
            QString::number(b.hiddenSize));
    compare(f, "output", tr("Output"), str(toString(a.output)), str(toString(b.output)));
    compare(f, "loss", tr("Loss"), str(toString(a.loss)), str(toString(b.loss)));
}

void settingsFields(std::vector<Field>& f, const TrainingSettings& a, const TrainingSettings& b) {
    compare(f, "optimizer", tr("Optimizer"), str(toString(a.optimizer.kind)),
            str(toString(b.optimizer.kind)));
    compare(f, "lr", tr("Learning rate"), formatNumber(a.optimizer.learningRate, kSettingDigits),
            formatNumber(b.optimizer.learningRate, kSettingDigits));
    compare(f, "clip", tr("Clipping"), onOff(a.clip), onOff(b.clip));
    compare(f, "clipNorm", tr("Clipping threshold"), formatNumber(a.clipMaxNorm, kSettingDigits),
            formatNumber(b.clipMaxNorm, kSettingDigits));
    compare(f, "batch", tr("Batch size"), QString::number(a.batchSize),
            QString::number(b.batchSize));
    compare(f, "epochs", tr("Epochs"), QString::number(a.epochs), QString::number(b.epochs));
    compare(f, "seed", tr("Seed"), QString::number(a.seed), QString::number(b.seed));
    compare(f, "init", tr("Initialisation"), str(toString(a.init.scheme)),
            str(toString(b.init.scheme)));
    compare(f, "forgetBias", tr("Forget-gate bias"),
            formatNumber(a.init.forgetBias, kSettingDigits),
            formatNumber(b.init.forgetBias, kSettingDigits));
    compare(f, "spectralRadius", tr("Spectral radius"),
            formatNumber(a.init.spectralRadius, kSettingDigits),
            formatNumber(b.init.spectralRadius, kSettingDigits));
    compare(f, "truncation", tr("Truncated BPTT"), QString::number(a.truncation),
            QString::number(b.truncation));
    compare(f, "patience", tr("Early stopping"), QString::number(a.earlyStoppingPatience),
            QString::number(b.earlyStoppingPatience));
    compare(f, "schedule", tr("Learning-rate schedule"), str(toString(a.schedule.kind)),
            str(toString(b.schedule.kind)));
    if (f.empty() && a != b) f.push_back({"training", tr("Training settings"), {}, {}});
}

void sourceFields(std::vector<Field>& f, const DataSource& a, const DataSource& b) {
    compare(f, "data", tr("Data"), translated(describeText(a)), translated(describeText(b)));
    compare(f, "window", tr("Window"), QString::number(a.window.window),
            QString::number(b.window.window));
    compare(f, "horizon", tr("Horizon"), QString::number(a.window.horizon),
            QString::number(b.window.horizon));
    compare(f, "stride", tr("Stride"), QString::number(a.window.stride),
            QString::number(b.window.stride));
    compare(f, "split", tr("Split"),
            formatNumber(a.split.train, kSettingDigits) + " / " +
                formatNumber(a.split.validation, kSettingDigits),
            formatNumber(b.split.train, kSettingDigits) + " / " +
                formatNumber(b.split.validation, kSettingDigits));
    compare(f, "normalisation", tr("Normalisation"), str(toString(a.normalisation)),
            str(toString(b.normalisation)));
}

}  // namespace

ChangeDescription describeChange(const ExperimentSpec& before, const ExperimentSpec& after) {
    std::vector<Field> fields;
    networkFields(fields, before.network, after.network);
    sourceFields(fields, before.source, after.source);
    settingsFields(fields, before.settings, after.settings);
    if (fields.empty()) return {};
    QStringList parts;
    for (const Field& f : fields) {
        parts << (f.before.isEmpty() && f.after.isEmpty()
                      ? f.label
                      : QStringLiteral("%1 %2 \u2192 %3").arg(f.label, f.before, f.after));
    }
    if (parts.size() > 2) {
        parts = parts.mid(0, 2);
        parts << QStringLiteral("\u2026");
    }
    return {parts.join(QStringLiteral(", ")), fields.size() == 1 ? fields.front().key : QString()};
}

}  // namespace rnnlab::ui
