#include "ui/text/regex_mask.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <vector>

namespace rnnlab::ui {

std::optional<SelectionMask> regexMask(const std::u32string& text, const QString& pattern,
                                       QString* error) {
    const QRegularExpression re(pattern);
    if (!re.isValid()) {
        if (error)
            *error = QCoreApplication::translate("rnnlab::ui::NeuronSearchPanel",
                                                 "regular expression, column %1: %2")
                         .arg(re.patternErrorOffset() + 1)
                         .arg(re.errorString());
        return std::nullopt;
    }
    // The text as UTF-16, and the character of each code unit.
    QString utf16;
    std::vector<std::size_t> characterOf;
    for (std::size_t n = 0; n < text.size(); ++n) {
        const char32_t one[] = {text[n], 0};
        const QString c = QString::fromUcs4(one, 1);
        utf16 += c;
        characterOf.insert(characterOf.end(), std::size_t(c.size()), n);
    }
    SelectionMask mask(text.size(), 0);
    const int group = re.captureCount() > 0 ? 1 : 0;
    for (auto it = re.globalMatch(utf16); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const qsizetype start = match.capturedStart(group);
        const qsizetype end = match.capturedEnd(group);
        for (qsizetype u = std::max<qsizetype>(start, 0); u < end; ++u)
            mask[characterOf[std::size_t(u)]] = 1;
    }
    if (error) error->clear();
    return mask;
}

}  // namespace rnnlab::ui
