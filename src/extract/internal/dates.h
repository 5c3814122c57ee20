// extract/internal/dates.h: publication dates as found in pages.
//
// Metadata and datelines write dates in many ways ("2015-07-28T10:00Z",
// "Jul 28, 2015", "28 July 2015", "2015/07/28"). Both extractors reduce
// them to "YYYY-MM-DD":
//
//   NormalizeDate("2016-05-09T14:03:00+03:00")   // "2016-05-09"
//   DatelineDate("Updated Jul 28, 2015")         // "2015-07-28"
//   DatelineDate("Kerry met Lavrov on Jul 28.")  // "" (not a dateline)
//
// Thread safety: reentrant (the compiled patterns are immutable).
#pragma once

#include <string>
#include <string_view>

namespace chronicle::extract_internal {

// The first date found anywhere in `s`, as "YYYY-MM-DD", or "" if none or
// if it is not a valid calendar date.
std::string NormalizeDate(std::string_view s);

// If the whole of `line` is a dateline (an optional "Updated"/"Published"/
// "Posted" label, a date, an optional time), its date as "YYYY-MM-DD";
// otherwise "".
std::string DatelineDate(std::string_view line);

// NormalizeDate plus the looser shapes that a page shows near its headline
// but that are too ambiguous for running text: two-digit years
// ("23.09.22"), slashed or dashed numeric dates ("17/02/2022",
// "11-29-2024": day first unless `month_first` or the day cannot be a
// month), dashed month abbreviations ("04-ago-2021") and Russian month
// names ("15 августа 2016").
std::string VisibleDate(std::string_view s, bool month_first);

// What the date in `s` says about the order a page writes day and month
// in: +1 month first ("October 13, 2023", "10/13/2023"), -1 day first
// ("13 October 2023", "13/10/2023"), 0 neither (ISO dates, "03/10/2023").
int DateOrderHint(std::string_view s);

}  // namespace chronicle::extract_internal
