#pragma once
// Recognising a time axis: a column of dates, months, quarters, years or a running index. Such
// a column labels the x axis and is never a default input or target. It is recognised by its
// values, whatever its header says:
//
//   numbers  an index      whole numbers counting up by 1            1, 2, 3, ...
//            years         whole numbers 1000-2999, only increasing  1871, 1872, ...; 1990, 2000
//            year-months   YYYYMM, only increasing                   195803 (shown 1958-03)
//            dates         YYYYMMDD, only increasing                 19580329 (shown 1958-03-29)
//   text     years         1958
//            months        1958-03  1958/03  1958M03  03/1958  03.1958  Mar 1958  März 1958
//                          1958-Mar  (month names in English, German, French, Spanish, Italian,
//                          Dutch and Portuguese, full or abbreviated)
//            quarters      1958Q1  1958-Q1  1958 Q1  Q1 1958  Q1-1958  Q1/1958
//            weeks         1958-W05  1958W05
//            dates         1958-03-29  1958/03/29  29.03.1958  29/03/1958  03/29/1958
//                          29-03-1958  29 Mar 1958  Mar 29, 1958
//            date-times    a date, then ' ' or 'T', then hh:mm[:ss[.fff]], optionally Z or ±hh:mm
//
// and, for a numeric column whose values only increase, by a header that names time or an
// index in one of those languages (date, time, year, Jahr, Datum, année, fecha, anno, jaar, ...;
// index, id, t, n, no, nr, ...): seconds since a start, decimal years and the like.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/ui_text.h"

namespace rnnlab {

enum class TimeForm { None, Counter, Year, Quarter, Month, Week, Day, DateTime };

// A label read as a point in time: its form and its place on a count of that form's steps
// (years, quarters, months or weeks since year 0; days since 1970-01-01; seconds since then for
// a date-time).
struct TimePoint {
    TimeForm form = TimeForm::None;
    double position = 0.0;
};

// The text forms above; nothing for any other text.
std::optional<TimePoint> parseTimeLabel(std::string_view text);

// The form of a numeric column (finite values, in row order) when it is a time axis by its
// values (index, years, YYYYMM, YYYYMMDD); None otherwise. Fewer than 3 values: None.
TimeForm numericTimeForm(const std::vector<double>& values);

// The form shared by every label when each reads as a point in time (parseTimeLabel) of one
// form; None otherwise (or without labels).
TimeForm textTimeForm(const std::vector<std::string>& labels);

// True when a word of the header (split at anything but letters and digits, any case) names a
// time, a date or an index in one of the languages above.
bool isTimeHeader(std::string_view header);

// How a numeric time value is shown: YYYYMMDD as an ISO date, YYYYMM as YYYY-MM, others as
// the number (at most 15 significant digits).
std::string numericTimeLabel(TimeForm form, double value);

// 1-12 for a month name or abbreviation (any of the languages above, any case, a trailing '.'
// allowed) or M01-M12; 0 otherwise.
int monthOfName(std::string_view name);
// 1-4 for Q1-Q4 or Qtr1-Qtr4 (any case); 0 otherwise.
int quarterOfName(std::string_view name);

// The seasonal period that labels one step apart imply: 12 for months, 4 for quarters, 52 for
// weeks, 7 for days, 24 for hours; 0 for years, an index, irregular steps or labels that are
// not points in time.
int seasonalPeriodOfLabels(const std::vector<std::string>& labels);

// "an index", "years", "quarters", "months", "weeks", "dates", "dates and times"; nothing for
// None.
UiText describe(TimeForm form);

}  // namespace rnnlab
