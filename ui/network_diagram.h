#pragma once
// The shape of a network at a glance (the left panel, and slides):
//     Input x_t (I features) -> LSTM layer 1 (H units, gates) -> ... -> Linear head (H -> O)
//     -> Output y^ and loss,  with the number of trainable parameters underneath.
// Recurrent layers carry a loop arrow (h_{t-1} feeds back). Sizes and line widths follow the
// theme, so the diagram stays readable on a projector. Repaints whenever setConfig changes it.

#include <QList>
#include <QString>
#include <QWidget>

#include "core/nn/network_config.h"

namespace rnnlab::ui {

struct DiagramBlock {
    enum class Kind { Input, Layer, Ellipsis, Head, Output };
    Kind kind;
    QString title;
    QString detail;
};

// The boxes from top to bottom. More than maxLayers layers are shown as the first two, an
// ellipsis block ("8 more layers") and the last two.
QList<DiagramBlock> diagramBlocks(const NetworkConfig& config, int maxLayers = 5);
// "1,233 trainable parameters" (rnnlab::parameterCount, grouped digits).
QString parameterCountText(const NetworkConfig& config);

class NetworkDiagram : public QWidget {
    Q_OBJECT
public:
    explicit NetworkDiagram(QWidget* parent = nullptr);

    const NetworkConfig& config() const { return m_config; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    void setConfig(const rnnlab::NetworkConfig& config);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    NetworkConfig m_config;
};

}  // namespace rnnlab::ui
