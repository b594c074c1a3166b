#pragma once
// "Your own input" for a symbol-input network (a character model, a sentence classifier, a
// symbolic task): the user types a text, each character becomes the index of its symbol in the
// run's vocabulary (core/data/vocabulary.h: symbolsOfText), and the explorer traces the (T, 1)
// column of indices. A character the vocabulary lacks is refused with a message naming its
// column. It replaces the drawing area and number typing of InputSketch for such data.
//    your text [To be, or not to be_________________]  [copy the shown sequence]
//    your input, column 7: 'Z' (U+005A) is not in the vocabulary (...)

#include <QWidget>
#include <optional>
#include <string>
#include <vector>

#include "core/base/tensor_types.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace rnnlab::ui {

class ErrorLabel;

// `text` as one symbol index per character, a (T, 1) column, using `symbols` (what each index
// means, TrainingData::symbolNames). A text's vocabulary ("" first, then one character each)
// encodes with symbolsOfText; other symbol lists (a task's "(" ")") by matching each character
// to a one-character name. nullopt with *error naming the column of the first character that
// is not a symbol, or saying the text is empty.
std::optional<Matrix<double>> encodeSymbolText(const QString& text,
                                               const std::vector<std::string>& symbols,
                                               QString* error);
// The indices of a (T, 1) column back as text (the unknown symbol as U+FFFD).
QString decodeSymbolText(const Matrix<double>& indices, const std::vector<std::string>& symbols);

class SymbolInputField : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxSteps = 2000;

    explicit SymbolInputField(QWidget* parent = nullptr);

    QLineEdit* textEdit() const { return m_text; }
    QPushButton* copyButton() const { return m_copy; }
    QString errorText() const;  // empty when the text encodes
    // The input as the network takes it: the last text that encoded, (T, 1) indices.
    const Matrix<double>& networkInput() const { return m_input; }

public slots:
    // The symbols of the run's data (symbolNames), in index order.
    void setSymbols(const std::vector<std::string>& symbols);
    // What "copy the shown sequence" copies: the indices of the trace on screen.
    void setShownInput(const rnnlab::Matrix<double>& indices);
    // Replaces the text with these indices, without emitting inputEdited.
    void setNetworkInput(const rnnlab::Matrix<double>& indices);

signals:
    // A typed (or copied) text encoded: its indices (T, 1).
    void inputEdited(const rnnlab::Matrix<double>& input);

private:
    void applyText();

    std::vector<std::string> m_symbols;
    Matrix<double> m_input;
    Matrix<double> m_shown;
    QLineEdit* m_text = nullptr;
    ErrorLabel* m_error = nullptr;
    QPushButton* m_copy = nullptr;
};

}  // namespace rnnlab::ui
