// Dates are matched with RE2 (linear time, patterns compiled once). Three
// shapes are recognised: numeric year-first (ISO 8601 and slashes), month
// name first ("Jul. 28, 2015") and day first ("28 July 2015").
#include "extract/internal/dates.h"

#include <re2/re2.h>

#include <cstdio>
#include <string>

namespace chronicle::extract_internal {
namespace {

constexpr char kMonth[] =
    "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
    "aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

const RE2& IsoPattern() {
  static const RE2 re("\\b((?:19|20)\\d\\d)[-/.](\\d{1,2})[-/.](\\d{1,2})(?:\\b|T)");
  return re;
}
const RE2& MonthFirstPattern() {
  static const RE2 re(std::string("(?i)\\b") + kMonth +
                      "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b");
  return re;
}
const RE2& DayFirstPattern() {
  static const RE2 re(std::string("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?") +
                      kMonth + ",?\\s+((?:19|20)\\d\\d)\\b");
  return re;
}
const RE2& DatelinePattern() {
  // label? date (time zone?)?
  static const RE2 re(
      "(?i)\\s*(?:(?:last\\s+)?(?:updated|modified|published|posted|first\\s+published)"
      "(?:\\s+on)?\\s*:?\\s*)?(.*?\\d{4}.*?)"
      "(?:\\s*(?:,|at|\\||-)?\\s*\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:am|pm)?"
      "\\s*(?:[a-z]{2,5}|[+-]\\d{2}:?\\d{2})?)?\\s*");
  return re;
}

int MonthNumber(const std::string& name) {
  static constexpr const char* kNames[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                           "jul", "aug", "sep", "oct", "nov", "dec"};
  if (name.size() < 3) return 0;
  std::string p = name.substr(0, 3);
  for (char& c : p) c = static_cast<char>(c | 0x20);
  for (int i = 0; i < 12; ++i) {
    if (p == kNames[i]) return i + 1;
  }
  return 0;
}

std::string Format(int y, int m, int d) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return "";
  if (y < 1000 || y > 9999) return "";
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", y, m, d);
  return buf;
}

}  // namespace

std::string NormalizeDate(std::string_view s) {
  const re2::StringPiece in(s.data(), s.size());
  int y = 0, m = 0, d = 0;
  std::string month;
  if (RE2::PartialMatch(in, IsoPattern(), &y, &m, &d)) return Format(y, m, d);
  if (RE2::PartialMatch(in, MonthFirstPattern(), &month, &d, &y)) {
    return Format(y, MonthNumber(month), d);
  }
  if (RE2::PartialMatch(in, DayFirstPattern(), &d, &month, &y)) {
    return Format(y, MonthNumber(month), d);
  }
  return "";
}

std::string DatelineDate(std::string_view line) {
  if (line.size() > 80) return "";
  std::string core;
  if (!RE2::FullMatch(re2::StringPiece(line.data(), line.size()), DatelinePattern(),
                      &core)) {
    return "";
  }
  // The core must be the date and nothing else (a weekday name may precede it).
  std::string date = NormalizeDate(core);
  if (date.empty()) return "";
  int letters_outside = 0;
  static const RE2 strip(std::string("(?i)") + kMonth +
                         "|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                         "mon|tue|wed|thu|fri|sat|sun|st|nd|rd|th|of");
  std::string rest = core;
  RE2::GlobalReplace(&rest, strip, "");
  for (char c : rest) {
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ++letters_outside;
  }
  return letters_outside == 0 ? date : "";
}

}  // namespace chronicle::extract_internal
