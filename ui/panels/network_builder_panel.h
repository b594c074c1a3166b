#pragma once
// The network builder (left dock): the shape of the network, how it is trained and on which
// windows of the data, with the network diagram and its parameter count underneath.
//   Network        cell (RNN tanh / RNN ReLU / LSTM / GRU), layers, hidden units, symbol input
//                  (one-hot or an embedding of E values; symbol data only), output, loss
//   Data windows   window T (series and texts), horizon k (series)
//   Training       optimizer, learning rate, clipping, batch size, epochs, seed
//   folded away:   optimizer details, learning-rate schedule, initialisation, advanced
//                  (truncated BPTT, early stopping, divergence threshold, trace interval)
// Every control has a tooltip. Edits go to the ExperimentController at once (spin boxes on
// Enter, focus change or an arrow); the controller's signals bring the controls back in line
// when it refuses a value or opens a file.

#include <QWidget>

#include "core/nn/network_config.h"
#include "core/train/training_settings.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace rnnlab::ui {

class CollapsibleSection;
class ExperimentController;
class InitBox;
class LogSpinBox;
class NetworkDiagram;
class OptimizerDetailsBox;
class ScheduleBox;

class NetworkBuilderPanel : public QWidget {
    Q_OBJECT
public:
    // Ranges of the controls: what a classroom machine trains in reasonable time.
    static constexpr int kMaxHidden = 1024;
    static constexpr int kMaxLayers = 8;
    static constexpr double kMinLearningRate = 1e-6;
    static constexpr double kMaxLearningRate = 10;
    static constexpr int kMaxBatch = 4096;
    static constexpr int kMinWindow = 2;
    static constexpr int kMaxWindow = 1000;
    static constexpr int kMaxEmbedding = 1024;
    static constexpr int kMaxEpochs = 100000;

    explicit NetworkBuilderPanel(ExperimentController& controller, QWidget* parent = nullptr);

    NetworkDiagram* diagram() const { return m_diagram; }
    // What the controls say now (sizes from the controller's data).
    NetworkConfig network() const;
    TrainingSettings settings() const;

private:
    QWidget* buildNetworkForm();
    QWidget* buildWindowForm();
    QWidget* buildTrainingForm();
    QWidget* buildAdvancedForm();
    void connectControls();

    void showNetwork(const NetworkConfig& network);
    void showSettings(const TrainingSettings& settings);
    void showDataSource();
    void networkEdited();
    void settingsEdited();
    void windowEdited();
    // Another kind of optimizer: switchOptimizer() keeps the learning rate and the settings the
    // two kinds share.
    void optimizerKindEdited();

    ExperimentController& m_controller;

    QComboBox* m_cell = nullptr;
    QSpinBox* m_layers = nullptr;
    QSpinBox* m_hidden = nullptr;
    QSpinBox* m_embedding = nullptr;
    QComboBox* m_output = nullptr;
    QComboBox* m_loss = nullptr;

    QSpinBox* m_window = nullptr;
    QSpinBox* m_horizon = nullptr;

    QComboBox* m_optimizer = nullptr;
    LogSpinBox* m_learningRate = nullptr;
    QCheckBox* m_clip = nullptr;
    QDoubleSpinBox* m_clipNorm = nullptr;
    QSpinBox* m_batch = nullptr;
    QSpinBox* m_epochs = nullptr;
    QSpinBox* m_seed = nullptr;

    OptimizerDetailsBox* m_optimizerDetails = nullptr;
    ScheduleBox* m_schedule = nullptr;
    InitBox* m_init = nullptr;
    QSpinBox* m_truncation = nullptr;
    QSpinBox* m_patience = nullptr;
    QDoubleSpinBox* m_divergenceFactor = nullptr;
    QSpinBox* m_traceEvery = nullptr;

    NetworkDiagram* m_diagram = nullptr;
};

}  // namespace rnnlab::ui
