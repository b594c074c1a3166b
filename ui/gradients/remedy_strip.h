#pragma once
// The remedies for vanishing and exploding gradients as controls (core/analysis/remedy.h):
// cell, activation, recurrent initialisation, LSTM forget-gate bias, clipping and its
// threshold, truncated BPTT length. Changing one emits remedyRequested with that one change;
// the owner applies it (effectOf says whether it is live, reinitialises or rebuilds) and the
// next snapshot shows the result. setRun shows a run's configuration without emitting.

#include <QGroupBox>

#include "core/analysis/remedy.h"
#include "core/nn/network_config.h"
#include "core/train/training_settings.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace rnnlab::ui {

struct ThemeStyle;

class RemedyStrip : public QGroupBox {
    Q_OBJECT
public:
    explicit RemedyStrip(QWidget* parent = nullptr);

    QComboBox* cellBox() const { return m_cell; }
    QComboBox* activationBox() const { return m_activation; }
    QComboBox* initBox() const { return m_init; }
    QDoubleSpinBox* forgetBiasBox() const { return m_forgetBias; }
    QCheckBox* clipBox() const { return m_clip; }
    QDoubleSpinBox* clipThresholdBox() const { return m_threshold; }
    QSpinBox* truncationBox() const { return m_truncation; }

public slots:
    // Shows a run's configuration; emits nothing. Controls keep what the user is typing unless
    // the run itself changed.
    void setRun(const rnnlab::NetworkConfig& network, const rnnlab::TrainingSettings& settings);

signals:
    void remedyRequested(const rnnlab::Remedy& remedy);

private:
    void createRestartingControls();
    void createSteppingControls();
    void layOut();
    void connectControls();
    void request(RemedyKind kind);
    void updateEnabled();
    void applyTheme(const ThemeStyle& style);

    QComboBox* m_cell = nullptr;
    QComboBox* m_activation = nullptr;
    QComboBox* m_init = nullptr;
    QDoubleSpinBox* m_forgetBias = nullptr;
    QCheckBox* m_clip = nullptr;
    QDoubleSpinBox* m_threshold = nullptr;
    QSpinBox* m_truncation = nullptr;
    QLabel* m_note = nullptr;
    bool m_updating = false;  // setRun is writing the controls
    bool m_hasRun = false;
    NetworkConfig m_network;
    TrainingSettings m_settings;
};

}  // namespace rnnlab::ui
