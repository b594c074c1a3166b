#include "core/data/time_axis.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <unordered_set>

#include "core/base/ascii_text.h"

namespace rnnlab {

namespace {

std::string lowered(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = asciiLower(c);
    return out;
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// Letters of any script: ASCII letters and every byte of a multi-byte UTF-8 character.
bool isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           static_cast<unsigned char>(c) >= 0x80;
}

// ---------------------------------------------------------------------------------------------
// The calendar

bool isLeapYear(long y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(long y, int m) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeapYear(y) ? 29 : days[m - 1];
}

bool isDate(long y, long m, long d) {
    return y >= 1000 && y <= 2999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, int(m));
}

// Days since 1970-01-01 of a date of the proleptic Gregorian calendar (H. Hinnant,
// "chrono-Compatible Low-Level Date Algorithms", days_from_civil).
long daysFromCivil(long y, long m, long d) {
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;                                    // [0, 399]
    const long doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;  // [0, 365]
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;            // [0, 146096]
    return era * 146097 + doe - 719468;
}

// Weeks since 1970 of the Monday of ISO week w of year y (week 1 holds January 4).
std::optional<double> isoWeek(long y, long w) {
    if (y < 1000 || y > 2999 || w < 1 || w > 53) return std::nullopt;
    const long jan4 = daysFromCivil(y, 1, 4);
    const long weekday = ((jan4 % 7) + 7 + 3) % 7;  // 0 = Monday (1970-01-01 was a Thursday)
    return double(jan4 - weekday + (w - 1) * 7) / 7.0;
}

// ---------------------------------------------------------------------------------------------
// Names

struct NamedNumber {
    const char* name;
    int number;
};

// Month names and abbreviations, lower case: English, German, French, Spanish, Italian, Dutch,
// Portuguese (shared spellings once).
const NamedNumber kMonthNames[] = {
    {"jan", 1},       {"january", 1},   {"januar", 1},     {"janvier", 1},    {"janv", 1},
    {"enero", 1},     {"ene", 1},       {"gennaio", 1},    {"gen", 1},        {"januari", 1},
    {"janeiro", 1},   {"feb", 2},       {"february", 2},   {"februar", 2},    {"février", 2},
    {"fevrier", 2},   {"févr", 2},      {"fevr", 2},       {"febrero", 2},    {"febbraio", 2},
    {"februari", 2},  {"fevereiro", 2}, {"fev", 2},        {"mar", 3},        {"march", 3},
    {"märz", 3},      {"maerz", 3},     {"mär", 3},        {"mrz", 3},        {"mars", 3},
    {"marzo", 3},     {"maart", 3},     {"mrt", 3},        {"março", 3},      {"marco", 3},
    {"apr", 4},       {"april", 4},     {"avril", 4},      {"avr", 4},        {"abril", 4},
    {"abr", 4},       {"aprile", 4},    {"may", 5},        {"mai", 5},        {"mayo", 5},
    {"maggio", 5},    {"mag", 5},       {"mei", 5},        {"maio", 5},       {"jun", 6},
    {"june", 6},      {"juni", 6},      {"juin", 6},       {"junio", 6},      {"giugno", 6},
    {"giu", 6},       {"junho", 6},     {"jul", 7},        {"july", 7},       {"juli", 7},
    {"juillet", 7},   {"juil", 7},      {"julio", 7},      {"luglio", 7},     {"lug", 7},
    {"julho", 7},     {"aug", 8},       {"august", 8},     {"août", 8},       {"aout", 8},
    {"agosto", 8},    {"ago", 8},       {"augustus", 8},   {"sep", 9},        {"sept", 9},
    {"september", 9}, {"septembre", 9}, {"septiembre", 9}, {"settembre", 9},  {"set", 9},
    {"setembro", 9},  {"oct", 10},      {"october", 10},   {"oktober", 10},   {"okt", 10},
    {"octobre", 10},  {"octubre", 10},  {"ottobre", 10},   {"ott", 10},       {"outubro", 10},
    {"out", 10},      {"nov", 11},      {"november", 11},  {"novembre", 11},  {"noviembre", 11},
    {"novembro", 11}, {"dec", 12},      {"december", 12},  {"dez", 12},       {"dezember", 12},
    {"décembre", 12}, {"decembre", 12}, {"déc", 12},       {"diciembre", 12}, {"dic", 12},
    {"dicembre", 12}, {"dezembro", 12},
};

// Words that name a time, a date or an index, lower case, in the same languages.
const char* const kTimeWords[] = {
    // English
    "date",
    "time",
    "datetime",
    "timestamp",
    "year",
    "yr",
    "month",
    "week",
    "day",
    "quarter",
    "period",
    "hour",
    "minute",
    "second",
    "index",
    "idx",
    "id",
    "t",
    "n",
    "no",
    "nr",
    "obs",
    "observation",
    "row",
    "step",
    "sample",
    // German
    "datum",
    "zeit",
    "zeitpunkt",
    "zeitraum",
    "jahr",
    "monat",
    "woche",
    "tag",
    "quartal",
    "periode",
    "stunde",
    "nummer",
    // French
    "temps",
    "année",
    "annee",
    "an",
    "mois",
    "semaine",
    "jour",
    "trimestre",
    "période",
    "heure",
    "numéro",
    "numero",
    // Spanish, Italian, Portuguese
    "fecha",
    "tiempo",
    "año",
    "ano",
    "mes",
    "mês",
    "semana",
    "día",
    "dia",
    "periodo",
    "período",
    "hora",
    "número",
    "data",
    "tempo",
    "anno",
    "mese",
    "settimana",
    "giorno",
    "ora",
    // Dutch
    "tijd",
    "jaar",
    "maand",
    "dag",
    "kwartaal",
    "uur",
};

int numberOfName(std::string_view name, const NamedNumber* table, std::size_t count) {
    std::string key = lowered(name);
    if (!key.empty() && key.back() == '.') key.pop_back();
    for (std::size_t i = 0; i < count; ++i)
        if (key == table[i].name) return table[i].number;
    return 0;
}

// ---------------------------------------------------------------------------------------------
// Tokens of a label: runs of digits, runs of letters, and single separators.

struct Token {
    char kind;  // 'N' number, 'A' word, or the separator itself (' ' for any blank)
    std::string_view text;
    long value = 0;  // 'N'
};

bool tokenize(std::string_view s, std::vector<Token>& tokens) {
    tokens.clear();
    std::size_t i = 0;
    while (i < s.size()) {
        const std::size_t start = i;
        if (isDigit(s[i])) {
            long value = 0;
            while (i < s.size() && isDigit(s[i]) && i - start < 9)
                value = value * 10 + (s[i++] - '0');
            if (i < s.size() && isDigit(s[i])) return false;  // longer than any date part
            tokens.push_back({'N', s.substr(start, i - start), value});
        } else if (isLetter(s[i])) {
            while (i < s.size() && isLetter(s[i])) ++i;
            tokens.push_back({'A', s.substr(start, i - start)});
        } else if (s[i] == ' ' || s[i] == '\t') {
            while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
            tokens.push_back({' ', s.substr(start, i - start)});
        } else if (s[i] == '-' || s[i] == '/' || s[i] == '.' || s[i] == ',') {
            tokens.push_back({s[i], s.substr(i, 1)});
            ++i;
        } else {
            return false;
        }
    }
    return tokens.size() <= 8;
}

// "N-N-N" and the like: the kinds of the tokens in order.
std::string shapeOf(const std::vector<Token>& tokens) {
    std::string shape;
    for (const Token& t : tokens) shape += t.kind;
    return shape;
}

std::size_t digits(const Token& t) {
    return t.text.size();
}

// A year of four digits, or two after a month name (Excel's "Jan-58": 30-99 are 19xx).
long yearOf(const Token& t, bool twoDigitsAllowed) {
    if (digits(t) == 4) return t.value >= 1000 && t.value <= 2999 ? t.value : -1;
    if (twoDigitsAllowed && digits(t) == 2) return t.value + (t.value < 30 ? 2000 : 1900);
    return -1;
}

std::optional<TimePoint> month(long y, long m) {
    if (y < 1000 || y > 2999 || m < 1 || m > 12) return std::nullopt;
    return TimePoint{TimeForm::Month, double(y * 12 + m - 1)};
}

std::optional<TimePoint> quarter(long y, long q) {
    if (y < 1000 || y > 2999 || q < 1 || q > 4) return std::nullopt;
    return TimePoint{TimeForm::Quarter, double(y * 4 + q - 1)};
}

std::optional<TimePoint> day(long y, long m, long d) {
    if (!isDate(y, m, d)) return std::nullopt;
    return TimePoint{TimeForm::Day, double(daysFromCivil(y, m, d))};
}

bool isLetterMark(const Token& t, char mark) {
    return t.kind == 'A' && t.text.size() == 1 && asciiLower(t.text[0]) == mark;
}

// Day-month-year or month-day-year with four-digit years: which one from the numbers (a part
// above 12 is the day), else the separator ('/' is American month/day, others day.month).
std::optional<TimePoint> numericDate(const Token& a, const Token& b, const Token& y, char sep) {
    const long year = yearOf(y, false);
    if (year < 0 || digits(a) > 2 || digits(b) > 2) return std::nullopt;
    const bool monthFirst = a.value <= 12 && (b.value > 12 || sep == '/');
    return monthFirst ? day(year, a.value, b.value) : day(year, b.value, a.value);
}

// The date forms without a time of day.
std::optional<TimePoint> parseDate(const std::vector<Token>& t) {
    const std::string shape = shapeOf(t);
    if (shape == "N") {
        if (digits(t[0]) == 4 && yearOf(t[0], false) > 0)
            return TimePoint{TimeForm::Year, double(t[0].value)};
        if (digits(t[0]) == 6) return month(t[0].value / 100, t[0].value % 100);
        if (digits(t[0]) == 8)
            return day(t[0].value / 10000, t[0].value / 100 % 100, t[0].value % 100);
        return std::nullopt;
    }
    // Two numbers: year and month, either way round.
    if (shape == "N-N" || shape == "N/N" || shape == "N.N") {
        if (digits(t[0]) == 4 && digits(t[2]) <= 2 && shape != "N.N")
            return month(yearOf(t[0], false), t[2].value);
        if (digits(t[0]) <= 2 && digits(t[2]) == 4) return month(yearOf(t[2], false), t[0].value);
        return std::nullopt;
    }
    // Year, a letter Q / W / M, a number: 1958Q1, 1958-W05, 1958M03.
    if (shape == "NAN" || shape == "N-AN" || shape == "N AN") {
        const Token& mark = t[shape == "NAN" ? 1 : 2];
        const Token& n = t.back();
        const long y = yearOf(t[0], false);
        if (isLetterMark(mark, 'q')) return quarter(y, n.value);
        if (isLetterMark(mark, 'm')) return month(y, n.value);
        if (isLetterMark(mark, 'w')) {
            const std::optional<double> w = isoWeek(y, n.value);
            if (w) return TimePoint{TimeForm::Week, *w};
        }
        return std::nullopt;
    }
    // Q1 1958, Q1-1958, Q1/1958.
    if (shape == "AN N" || shape == "AN-N" || shape == "AN/N") {
        if (isLetterMark(t[0], 'q')) return quarter(yearOf(t[3], false), t[1].value);
        return std::nullopt;
    }
    // A month name and a year, either way round: Mar 1958, Mar-58, 1958-Mar.
    if (shape == "A N" || shape == "A-N" || shape == "A.N" || shape == "A. N") {
        const int m = monthOfName(t[0].text);
        return m ? month(yearOf(t.back(), true), m) : std::nullopt;
    }
    if (shape == "N A" || shape == "N-A") {
        const int m = monthOfName(t[2].text);
        return m ? month(yearOf(t[0], false), m) : std::nullopt;
    }
    // Three numbers: ISO order, or day and month before a four-digit year.
    if (shape == "N-N-N" || shape == "N/N/N" || shape == "N.N.N") {
        if (digits(t[0]) == 4 && digits(t[2]) <= 2 && digits(t[4]) <= 2)
            return day(t[0].value, t[2].value, t[4].value);
        return numericDate(t[0], t[2], t[4], shape[1]);
    }
    // 29 Mar 1958, 29-Mar-58, Mar 29, 1958.
    if (shape == "N A N" || shape == "N-A-N" || shape == "N. A N") {
        const int m = monthOfName(t[shape == "N. A N" ? 3 : 2].text);
        return m ? day(yearOf(t.back(), true), m, t[0].value) : std::nullopt;
    }
    if (shape == "A N, N" || shape == "A N N") {
        const int m = monthOfName(t[0].text);
        return m ? day(yearOf(t.back(), false), m, t[2].value) : std::nullopt;
    }
    return std::nullopt;
}

// hh:mm[:ss[.fff]] with an optional Z or ±hh:mm: seconds after midnight UTC.
std::optional<double> parseTimeOfDay(std::string_view s) {
    auto twoDigits = [&](std::size_t at, int limit) -> int {
        if (at + 2 > s.size() || !isDigit(s[at]) || !isDigit(s[at + 1])) return -1;
        const int v = (s[at] - '0') * 10 + (s[at + 1] - '0');
        return v < limit ? v : -1;
    };
    const int h = twoDigits(0, 24);
    if (h < 0 || s.size() < 5 || s[2] != ':') return std::nullopt;
    const int m = twoDigits(3, 60);
    if (m < 0) return std::nullopt;
    double seconds = h * 3600.0 + m * 60.0;
    std::size_t i = 5;
    if (i < s.size() && s[i] == ':') {
        const int sec = twoDigits(i + 1, 61);
        if (sec < 0) return std::nullopt;
        seconds += sec;
        i += 3;
        if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
            double scale = 0.1;
            for (++i; i < s.size() && isDigit(s[i]); ++i, scale /= 10)
                seconds += (s[i] - '0') * scale;
        }
    }
    if (i < s.size() && s[i] == 'Z') ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
        const int oh = twoDigits(i + 1, 24);
        const std::size_t mAt = i + 3 + (i + 3 < s.size() && s[i + 3] == ':');
        const int om = twoDigits(mAt, 60);
        if (oh < 0 || om < 0) return std::nullopt;
        const double offset = oh * 3600.0 + om * 60.0;
        seconds += s[i] == '+' ? -offset : offset;
        i = mAt + 2;
    }
    if (i != s.size()) return std::nullopt;
    return seconds;
}

bool isWhole(double v) {
    return std::isfinite(v) && v == std::floor(v);
}

bool increasing(const std::vector<double>& v) {
    for (std::size_t i = 1; i < v.size(); ++i)
        if (!(v[i] > v[i - 1])) return false;
    return true;
}

bool allWholeIn(const std::vector<double>& v, double lo, double hi) {
    for (double x : v)
        if (!isWhole(x) || x < lo || x > hi) return false;
    return true;
}

}  // namespace

std::optional<TimePoint> parseTimeLabel(std::string_view text) {
    const std::string_view s = trimmedBlanks(text);
    if (s.empty() || s.size() > 40) return std::nullopt;
    std::vector<Token> tokens;
    // A date and a time of day: "1958-03-29 14:00", "1958-03-29T14:00:00Z".
    const std::size_t colon = s.find(':');
    if (colon != std::string_view::npos && colon >= 3) {
        const std::size_t split = colon - 3;
        if (s[split] != ' ' && s[split] != 'T') return std::nullopt;
        if (!tokenize(trimmedBlanks(s.substr(0, split)), tokens)) return std::nullopt;
        const std::optional<TimePoint> date = parseDate(tokens);
        const std::optional<double> seconds = parseTimeOfDay(trimmedBlanks(s.substr(split + 1)));
        if (!date || date->form != TimeForm::Day || !seconds) return std::nullopt;
        return TimePoint{TimeForm::DateTime, date->position * 86400.0 + *seconds};
    }
    if (!tokenize(s, tokens)) return std::nullopt;
    return parseDate(tokens);
}

TimeForm numericTimeForm(const std::vector<double>& v) {
    if (v.size() < 3 || !increasing(v)) return TimeForm::None;
    if (allWholeIn(v, 10000101, 29991231)) {
        for (double x : v) {
            const long n = long(x);
            if (!isDate(n / 10000, n / 100 % 100, n % 100)) return TimeForm::None;
        }
        return TimeForm::Day;
    }
    if (allWholeIn(v, 100001, 299912)) {
        for (double x : v)
            if (long(x) % 100 < 1 || long(x) % 100 > 12) return TimeForm::None;
        return TimeForm::Month;
    }
    if (allWholeIn(v, 1000, 2999)) return TimeForm::Year;
    for (std::size_t i = 0; i < v.size(); ++i)
        if (!isWhole(v[i]) || (i > 0 && v[i] - v[i - 1] != 1.0)) return TimeForm::None;
    return TimeForm::Counter;
}

TimeForm textTimeForm(const std::vector<std::string>& labels) {
    TimeForm form = TimeForm::None;
    for (const std::string& label : labels) {
        const std::optional<TimePoint> p = parseTimeLabel(label);
        if (!p || (form != TimeForm::None && p->form != form)) return TimeForm::None;
        form = p->form;
    }
    return form;
}

bool isTimeHeader(std::string_view header) {
    std::size_t i = 0;
    while (i < header.size()) {
        while (i < header.size() && !isLetter(header[i]) && !isDigit(header[i])) ++i;
        const std::size_t start = i;
        while (i < header.size() && (isLetter(header[i]) || isDigit(header[i]))) ++i;
        if (i == start) break;
        static const std::unordered_set<std::string> words(std::begin(kTimeWords),
                                                           std::end(kTimeWords));
        if (words.count(lowered(header.substr(start, i - start)))) return true;
    }
    return false;
}

std::string numericTimeLabel(TimeForm form, double value) {
    char text[32];
    const long n = isWhole(value) && std::abs(value) < 1e15 ? long(value) : 0;
    if (form == TimeForm::Day && n > 0)
        std::snprintf(text, sizeof text, "%04ld-%02ld-%02ld", n / 10000, n / 100 % 100, n % 100);
    else if (form == TimeForm::Month && n > 0)
        std::snprintf(text, sizeof text, "%04ld-%02ld", n / 100, n % 100);
    else if (isWhole(value) && std::abs(value) < 1e15)
        std::snprintf(text, sizeof text, "%.0f", value);
    else
        std::snprintf(text, sizeof text, "%.15g", value);
    return text;
}

int monthOfName(std::string_view name) {
    const std::string key = lowered(name);
    if (key.size() == 3 && key[0] == 'm' && isDigit(key[1]) && isDigit(key[2])) {
        const int m = (key[1] - '0') * 10 + (key[2] - '0');
        return m >= 1 && m <= 12 ? m : 0;
    }
    return numberOfName(name, kMonthNames, std::size(kMonthNames));
}

int quarterOfName(std::string_view name) {
    const std::string key = lowered(name);
    for (const char* prefix : {"q", "qtr"}) {
        const std::string p(prefix);
        if (key.size() == p.size() + 1 && key.compare(0, p.size(), p) == 0 && key.back() >= '1' &&
            key.back() <= '4')
            return key.back() - '0';
    }
    return 0;
}

int seasonalPeriodOfLabels(const std::vector<std::string>& labels) {
    constexpr std::size_t kLooked = 2000;
    std::vector<double> steps;
    std::optional<TimePoint> previous;
    for (std::size_t i = 0; i < labels.size() && i < kLooked; ++i) {
        const std::optional<TimePoint> p = parseTimeLabel(labels[i]);
        if (!p || (previous && p->form != previous->form)) return 0;
        if (previous) steps.push_back(p->position - previous->position);
        previous = p;
    }
    if (steps.empty()) return 0;
    std::nth_element(steps.begin(), steps.begin() + long(steps.size() / 2), steps.end());
    const double step = steps[steps.size() / 2];
    switch (previous->form) {
        case TimeForm::Month:
            return step == 1 ? 12 : step == 3 ? 4 : 0;
        case TimeForm::Quarter:
            return step == 1 ? 4 : 0;
        case TimeForm::Week:
            return step == 1 ? 52 : 0;
        case TimeForm::Day:
            if (step == 1) return 7;
            if (step == 7) return 52;
            if (step >= 28 && step <= 31) return 12;
            if (step >= 89 && step <= 92) return 4;
            return 0;
        case TimeForm::DateTime:
            if (step == 86400) return 7;
            if (step > 0 && step < 86400 && std::fmod(86400.0, step) == 0 && 86400 / step <= 288)
                return int(86400 / step);
            return 0;
        default:
            return 0;
    }
}

UiText describe(TimeForm form) {
    switch (form) {
        case TimeForm::None:
            return {};
        case TimeForm::Counter:
            return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "an index"));
        case TimeForm::Year:
            return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "years"));
        case TimeForm::Quarter:
            return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "quarters"));
        case TimeForm::Month:
            return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "months"));
        case TimeForm::Week:
            return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "weeks"));
        case TimeForm::Day:
            return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "dates"));
        case TimeForm::DateTime:
            return uiText(QT_TRANSLATE_NOOP("rnnlab::UiText", "dates and times"));
    }
    return {};
}

}  // namespace rnnlab
