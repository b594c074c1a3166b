#include "core/data/missing_markers.h"

#include "core/base/ascii_text.h"

namespace rnnlab {

const std::vector<std::string>& defaultMissingMarkers() {
    static const std::vector<std::string> markers = {"NA",   "N/A", "#N/A", "NaN", "null",
                                                     "None", "-",   ".",    "?",   "missing"};
    return markers;
}

std::vector<std::string> parseMissingMarkers(std::string_view list) {
    std::vector<std::string> markers;
    while (!list.empty()) {
        const std::size_t comma = list.find(',');
        const std::string_view marker = trimmedBlanks(list.substr(0, comma));
        if (!marker.empty()) markers.emplace_back(marker);
        if (comma == std::string_view::npos) break;
        list.remove_prefix(comma + 1);
    }
    return markers;
}

std::string joinMissingMarkers(const std::vector<std::string>& markers) {
    std::string out;
    for (const std::string& m : markers) out += (out.empty() ? "" : ", ") + m;
    return out;
}

MissingMarkers::MissingMarkers(const std::vector<std::string>& markers) {
    for (const std::string& m : markers) {
        std::string l = m;
        for (char& c : l) c = asciiLower(c);
        m_lower.push_back(l);
    }
}

bool MissingMarkers::matches(std::string_view cell) const {
    if (cell.empty()) return true;
    for (const std::string& m : m_lower) {
        if (m.size() != cell.size()) continue;
        std::size_t i = 0;
        while (i < m.size() && asciiLower(cell[i]) == m[i]) ++i;
        if (i == m.size()) return true;
    }
    return false;
}

}  // namespace rnnlab
