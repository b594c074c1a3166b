#pragma once
// Windows cut from one Series for training.
//
// A window starting at row s spans rows s .. s+T+k-1 (T = window, k = horizon):
//   inputs   x_t = input columns at row s+t,                       t = 0 .. T-1
//   target   many-to-one:  y = target column at row s+T-1+k        (the value k steps after
//                                                                  the window's last step)
//            many-to-many: y_t = target column at row s+t+k        (k steps ahead, every step)
// k = 1 is "predict the next value" (the seeds' task); k = 0 labels each step itself (useful
// for classification of the current state).
//
// Chronological split without leakage: the rows are cut into three consecutive parts by the
// SplitSpec fractions (train first, then validation, then test). Training windows lie inside
// the training part, starting at its first row and moving by the stride. A validation or test
// window is placed by its target: each row of the part is predicted in turn from the true rows
// before it (rolling-origin, or walk-forward, evaluation of a fixed network), so its inputs may
// reach back into the earlier parts, which is what forecasting at that moment would know.
// Many-to-many windows keep all their targets in the part. No training window ever sees a
// validation or test row.
//
// Enough to evaluate: when the fractions leave the validation or test part fewer than
// kMinEvaluationSamples (training_data.h) windows, the part is given that many rows from the
// training part, as long as the training part keeps that many windows too; otherwise the fractions
// stand and evaluationWarning() says the errors are not meaningful.
//
// The normaliser is fitted on the training part's rows only, then applied to every row.

#include <optional>
#include <string>

#include "core/data/normaliser.h"
#include "core/data/series.h"
#include "core/data/training_data.h"

namespace rnnlab {

enum class WindowMode { ManyToOne, ManyToMany };
enum class TargetKind { Regression, Classification };

// "many_to_one" "many_to_many"; "regression" "classification". Parsers throw ConfigError.
std::string toString(WindowMode mode);
WindowMode parseWindowMode(const std::string& name);
std::string toString(TargetKind kind);
TargetKind parseTargetKind(const std::string& name);

struct WindowSpec {
    Index window = 20;  // T
    Index horizon = 1;  // k
    Index stride = 1;   // rows between the starts of consecutive windows
    WindowMode mode = WindowMode::ManyToOne;
};

class WindowedDataset : public TrainingData {
public:
    // Throws ConfigError for settings that cannot work (a part too short for one window, a
    // classification target that is not a whole number >= 0, ...), naming the setting.
    // Classification: the target column holds class indices 0 .. C-1; it is not normalised,
    // and outputSize() is C.
    WindowedDataset(const Series& series, const WindowSpec& window, const SplitSpec& split,
                    NormalisationKind normalisation, TargetKind target = TargetKind::Regression);

    const WindowSpec& windowSpec() const { return m_window; }
    // The series in normalised units, and the normaliser to go back to data units.
    const Series& series() const { return m_series; }
    const Normaliser& normaliser() const { return m_normaliser; }
    // First row and number of rows of a part of the series.
    Index partBegin(Split split) const { return m_partBegin[std::size_t(split)]; }
    Index partRows(Split split) const { return m_partRows[std::size_t(split)]; }
    // Row of the target of a window's last step (for plotting predictions against labels).
    Index targetRow(Index windowStart) const {
        return windowStart + m_window.window - 1 + m_window.horizon;
    }

    // The target column's normalisation undone (classification targets are never normalised).
    double toDataUnits(double value) const override;
    double inputFromDataUnits(Index feature, double value) const override;
    double inputToDataUnits(Index feature, double value) const override;

    // What the split became, when the minimum of evaluation windows changed it ("the validation
    // and test parts have 8 rows each, the fewest for a meaningful error"); empty otherwise.
    const UiText& splitNote() const { return m_splitNote; }

    // Number of windows of T+k rows that fit in n rows with this stride (a training part).
    static Index windowsIn(Index rows, const WindowSpec& window);
    // Number of windows whose targets lie in a validation or test part of n rows.
    static Index heldOutWindowsIn(Index rows, const WindowSpec& window);
    // The rows of the three parts of a series of n rows (see the header comment).
    static std::array<Index, 3> partSizes(Index rows, const WindowSpec& window,
                                          const SplitSpec& split);
    // A shorter window for a series too short for window.window (nothing when it fits, or
    // when no window of 2 steps or more does): the longest that leaves every part
    // kMinEvaluationSamples windows, else the longest that leaves the training part that
    // many, else the longest that fits at all.
    static std::optional<Index> longestFittingWindow(Index rows, const WindowSpec& window,
                                                     const SplitSpec& split);

private:
    void sample(Index start, Matrix<double>& inputs, Matrix<double>& targets) const override;

    WindowSpec m_window;
    Series m_series;
    Normaliser m_normaliser;
    std::array<Index, 3> m_partBegin{};
    std::array<Index, 3> m_partRows{};
    UiText m_splitNote;
};

}  // namespace rnnlab
