#include "ui/explorer/symbol_input_field.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

#include "core/data/vocabulary.h"
#include "core/nn/symbol_input.h"
#include "ui/panels/error_label.h"
#include "ui/ui_text_translation.h"

namespace rnnlab::ui {

namespace {

Matrix<double> indexColumn(const std::vector<int>& indices) {
    Matrix<double> out(Index(indices.size()), 1);
    for (size_t i = 0; i < indices.size(); ++i) out(Index(i), 0) = indices[i];
    return out;
}

// Each character matched to a one-character symbol name (a task's symbols).
std::optional<Matrix<double>> encodeByName(const QString& text,
                                           const std::vector<std::string>& symbols,
                                           QString* error) {
    std::vector<int> indices;
    int column = 0;
    for (const uint code : text.toUcs4()) {
        ++column;
        const char32_t c = code;
        const std::string character = QString::fromUcs4(&c, 1).toStdString();
        const auto found = std::find(symbols.begin(), symbols.end(), character);
        if (found == symbols.end()) {
            QStringList names;
            for (const std::string& s : symbols) names << QString::fromStdString(s);
            *error = SymbolInputField::tr(
                         "your input, column %1: '%2' is not one of the "
                         "symbols (%3)")
                         .arg(QString::number(column), QString::fromStdString(character),
                              names.join(QStringLiteral(" ")));
            return std::nullopt;
        }
        indices.push_back(int(found - symbols.begin()));
    }
    return indexColumn(indices);
}

}  // namespace

std::optional<Matrix<double>> encodeSymbolText(const QString& text,
                                               const std::vector<std::string>& symbols,
                                               QString* error) {
    if (text.isEmpty()) {
        *error = SymbolInputField::tr("type at least one character");
        return std::nullopt;
    }
    std::optional<Vocabulary> vocabulary;
    try {
        vocabulary = Vocabulary::fromStrings(symbols);
    } catch (const ConfigError&) {
        return encodeByName(text, symbols, error);  // not a text's vocabulary
    }
    try {
        return indexColumn(symbolsOfText(text.toStdString(), *vocabulary,
                                         SymbolInputField::tr("your input").toStdString()));
    } catch (const ConfigError& e) {
        *error = translatedUserMessage(e);
        return std::nullopt;
    }
}

QString decodeSymbolText(const Matrix<double>& indices, const std::vector<std::string>& symbols) {
    QString text;
    for (Index t = 0; t < indices.rows(); ++t) {
        const Index s = symbolAt(indices, t);
        const bool named = s >= 0 && s < Index(symbols.size()) && !symbols[size_t(s)].empty();
        text += named ? QString::fromStdString(symbols[size_t(s)]) : QStringLiteral("\uFFFD");
    }
    return text;
}

SymbolInputField::SymbolInputField(QWidget* parent) : QWidget(parent) {
    m_text = new QLineEdit(this);
    m_text->setMaxLength(kMaxSteps);
    m_text->setPlaceholderText(tr("type a text: one symbol per character"));
    m_text->setToolTip(
        tr("Your own input, one step per character; press Enter to run the network on it"));
    m_error = new ErrorLabel(this);
    m_copy = new QPushButton(tr("copy the shown sequence"), this);
    m_copy->setToolTip(tr("Start from the input of the sequence on screen"));
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("your text"), this));
    row->addWidget(m_text, 1);
    row->addWidget(m_copy);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addStretch(1);
    connect(m_text, &QLineEdit::editingFinished, this, &SymbolInputField::applyText);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (m_shown.size() == 0) return;
        m_text->setText(decodeSymbolText(m_shown, m_symbols));
        applyText();
    });
    m_copy->setEnabled(false);
}

QString SymbolInputField::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

void SymbolInputField::setSymbols(const std::vector<std::string>& symbols) {
    if (symbols == m_symbols) return;
    m_symbols = symbols;
    m_input.resize(0, 1);
    m_text->clear();
    m_error->showError({});
}

void SymbolInputField::setShownInput(const Matrix<double>& indices) {
    m_shown = indices.cols() == 1 ? indices : Matrix<double>();
    m_copy->setEnabled(m_shown.size() > 0);
}

void SymbolInputField::setNetworkInput(const Matrix<double>& indices) {
    if (indices.cols() != 1) return;
    m_input = indices;
    m_text->setText(decodeSymbolText(indices, m_symbols));
    m_error->showError({});
}

void SymbolInputField::applyText() {
    QString error;
    const std::optional<Matrix<double>> encoded =
        encodeSymbolText(m_text->text(), m_symbols, &error);
    if (!encoded) {
        m_error->showError(error);
        return;
    }
    m_error->showError({});
    if (encoded->rows() == m_input.rows() && *encoded == m_input) return;  // Enter again
    m_input = *encoded;
    emit inputEdited(m_input);
}

}  // namespace rnnlab::ui
