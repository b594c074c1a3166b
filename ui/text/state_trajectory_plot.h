#pragma once
// Where a sentence classifier's last layer takes its sentences, in the PCA plane of its hidden
// state (core/analysis/sentence_plane.h): the final state of every sentence of the part as a
// dot coloured by its class (a sentiment model's line attractor shows as two ends of a line),
// and the path of the chosen sentence step by step, each point labelled with the character
// read there; the point of the window's time step is ringed in the accent colour.
//
//   Validation: last layer's h in its PCA plane
//   PC 2 ▲        · ·neg·
//   (18 %)   ·· ·  ·  T─h─e─ ─f─i─l─○─ ─w─a─s   + +pos+ +
//                                                  + + +
//        └──────────────────────────────────────────────► PC 1 (64 % of variance)
//     · neg  + pos  ── sentence 12  ○ t = 13: d
//
// A Figure: it exports as PNG/PDF/SVG/CSV like every plot (the labels are not data, the CSV
// holds the dots, the path and the ringed point).

#include <memory>
#include <vector>

#include "core/analysis/sentence_reading.h"
#include "ui/plot/figure.h"

namespace rnnlab::ui {

class StateTrajectoryPlot : public Figure {
    Q_OBJECT
public:
    // Classes drawn in colours of their own; the others share one "other classes" colour.
    static constexpr int kMostColouredClasses = 6;
    // Labels along a path; a longer one labels every k-th point.
    static constexpr int kMostLabels = 40;

    explicit StateTrajectoryPlot(QWidget* parent = nullptr);

    // The classes' names, in class order (the legend's entries); drops what is drawn.
    void setClassNames(const std::vector<std::string>& names, const QString& splitName);
    // Draws a reading's plane and path; none clears the plot with a note.
    void setReading(std::shared_ptr<const rnnlab::SentenceReading> reading);
    void clear(const QString& note);
    // The window's time step t: point t − start of the path is ringed (none in the padding).
    void setCurrentStep(int step);

    int endPoints() const;   // dots drawn, all classes together
    int pathPoints() const;  // points of the chosen sentence's path
    int labelCount() const { return int(m_labels.size()); }
    rnnlab::Index pathSentence() const;                // its index in the part, −1 without a path
    int ringedPoint() const { return m_ringedPoint; }  // point of the path ringed, −1 for none
    QString noteText() const;

private:
    void restyle();
    void drawPath();
    void ringStep();
    void removeLabels();
    int curveOfClass(int k) const;

    std::shared_ptr<const SentenceReading> m_reading;
    std::vector<std::string> m_classNames;
    QList<QCPCurve*> m_ends;  // one per coloured class, then "other classes" when needed
    QCPCurve* m_path = nullptr;
    QCPCurve* m_ring = nullptr;
    QList<QCPItemText*> m_labels;
    QCPItemText* m_note = nullptr;
    int m_step = 0;
    int m_ringedPoint = -1;
};

}  // namespace rnnlab::ui
