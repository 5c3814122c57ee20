// Dates are matched with RE2 (linear time, patterns compiled once). Four
// shapes are recognised: numeric year-first (ISO 8601 and slashes), month
// name first ("Jul. 28, 2015", "März 3, 2021"), day first ("28 July 2015",
// "3. März 2021", "10 de mayo de 2022") and dotted day-first ("20.12.2022"),
// then year first with a month name ("2023 Jan 7").
#include "extract/internal/dates.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

namespace chronicle::extract_internal {
namespace {

// Month names and abbreviations in the languages of our benchmarks and
// users (en, de, fr, es, it, pt, nl), lower case, longest first where one is
// a prefix of another. A trailing '.' is allowed after any of them.
struct MonthName {
  const char* name;
  int month;
};
constexpr MonthName kMonthNames[] = {
    // English
    {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"may", 5}, {"june", 6},
    {"july", 7}, {"august", 8}, {"september", 9}, {"october", 10}, {"november", 11},
    {"december", 12}, {"sept", 9}, {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4},
    {"jun", 6}, {"jul", 7}, {"aug", 8}, {"sep", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12},
    // German
    {"januar", 1}, {"jänner", 1}, {"februar", 2}, {"märz", 3}, {"mai", 5}, {"juni", 6},
    {"juli", 7}, {"oktober", 10}, {"dezember", 12}, {"okt", 10}, {"dez", 12},
    // French
    {"janvier", 1}, {"février", 2}, {"fevrier", 2}, {"mars", 3}, {"avril", 4}, {"juin", 6},
    {"juillet", 7}, {"août", 8}, {"aout", 8}, {"septembre", 9}, {"octobre", 10},
    {"novembre", 11}, {"décembre", 12}, {"decembre", 12},
    // Spanish
    {"enero", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"mayo", 5}, {"junio", 6},
    {"julio", 7}, {"agosto", 8}, {"septiembre", 9}, {"setiembre", 9}, {"octubre", 10},
    {"noviembre", 11}, {"diciembre", 12},
    // Italian
    {"gennaio", 1}, {"febbraio", 2}, {"aprile", 4}, {"maggio", 5}, {"giugno", 6},
    {"luglio", 7}, {"settembre", 9}, {"ottobre", 10}, {"dicembre", 12},
    // Portuguese
    {"janeiro", 1}, {"fevereiro", 2}, {"março", 3}, {"maio", 5}, {"junho", 6}, {"julho", 7},
    {"setembro", 9}, {"outubro", 10}, {"novembro", 11}, {"dezembro", 12},
    // Dutch
    {"januari", 1}, {"februari", 2}, {"maart", 3}, {"mei", 5}, {"augustus", 8},
};

// "(name|name|...)\.?", longest names first so that RE2's leftmost-first
// alternation prefers "june" over "jun".
const std::string& MonthAlternation() {
  static const std::string* alt = [] {
    std::vector<std::string> names;
    for (const MonthName& m : kMonthNames) names.emplace_back(m.name);
    std::stable_sort(names.begin(), names.end(),
                     [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    std::string out = "(";
    for (size_t i = 0; i < names.size(); ++i) out += (i ? "|" : "") + names[i];
    return new std::string(out + ")\\.?");
  }();
  return *alt;
}

const RE2& IsoPattern() {
  static const RE2 re("\\b((?:19|20)\\d\\d)[-/.](\\d{1,2})[-/.](\\d{1,2})(?:\\b|T)");
  return re;
}
const RE2& MonthFirstPattern() {
  static const RE2 re(std::string("(?i)\\b") + MonthAlternation() +
                      "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b");
  return re;
}
const RE2& DayFirstPattern() {
  static const RE2 re(std::string("(?i)\\b(\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?\\s*(?:of\\s+|de\\s+)?") +
                      MonthAlternation() + ",?\\s+(?:de\\s+)?((?:19|20)\\d\\d)\\b");
  return re;
}
// Day first, numeric, with dots: "20.12.2022", "3. 11. 2021" (never
// month-first in any language that writes dots).
const RE2& DottedPattern() {
  // Thin and no-break spaces too: "4.&thinsp;2.&thinsp;2022".
  static const RE2 re(
      "\\b(\\d{1,2})\\.(?:\\s|\\x{a0}|\\x{2009}|\\x{202f})?(\\d{1,2})\\."
      "(?:\\s|\\x{a0}|\\x{2009}|\\x{202f})?((?:19|20)\\d\\d)\\b");
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
  std::string lower = name;
  if (!lower.empty() && lower.back() == '.') lower.pop_back();
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  // Upper-case non-ASCII letters of the table's names ("MÄRZ", "AOÛT").
  static const RE2 upper_umlaut("Ä");
  RE2::GlobalReplace(&lower, upper_umlaut, "ä");
  for (const MonthName& m : kMonthNames) {
    if (lower == m.name) return m.month;
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

// "15 августа 2016": Russian months, nominative and genitive, matched by
// stem (UTF-8, lower case; RE2's (?i) folds Cyrillic capitals).
const RE2& RussianPattern() {
  static const RE2 re(
      "(?i)(?:^|[^\\pL\\d])(\\d{1,2})\\s+"
      "(январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)\\pL*"
      "\\s+((?:19|20)\\d\\d)");
  return re;
}

int RussianMonth(const std::string& stem) {
  static constexpr const char* kStems[] = {"январ",  "феврал",  "март",    "апрел",
                                           "ма",     "июн",     "июл",     "август",
                                           "сентябр", "октябр", "ноябр",   "декабр"};
  std::string lower = stem;
  // Capital Cyrillic letters are two bytes, 0xD0 0x90..0xAF; their lower
  // case forms are 0xD0 0xB0..0xBF and 0xD1 0x80..0x8F.
  for (size_t i = 0; i + 1 < lower.size(); ++i) {
    const auto b = static_cast<unsigned char>(lower[i + 1]);
    if (static_cast<unsigned char>(lower[i]) == 0xD0 && b >= 0x90 && b <= 0xAF) {
      if (b < 0xA0) {
        lower[i + 1] = static_cast<char>(b + 0x20);
      } else {
        lower[i] = static_cast<char>(0xD1);
        lower[i + 1] = static_cast<char>(b - 0x20);
      }
      ++i;
    }
  }
  if (lower.rfind("ма", 0) == 0) return 5;
  for (int m = 0; m < 12; ++m) {
    if (lower == kStems[m]) return m + 1;
  }
  return 0;
}

// Three-letter month abbreviations, English and Romance ("ago", "dic",
// "gen", "out"), lower or capitalised; 0 if `abbr` is none.
int ShortMonth(const std::string& abbr) {
  if (int m = MonthNumber(abbr); m > 0) return m;
  std::string lower = abbr;
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  static constexpr std::pair<const char*, int> kShort[] = {
      {"ene", 1}, {"gen", 1}, {"fev", 2}, {"fév", 2}, {"abr", 4}, {"avr", 4}, {"mag", 5},
      {"giu", 6}, {"lug", 7}, {"ago", 8}, {"set", 9}, {"ott", 10}, {"out", 10},
      {"dic", 12}, {"dez", 12}, {"déc", 12}};
  for (const auto& [name, m] : kShort) {
    if (lower == name) return m;
  }
  return 0;
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
  if (RE2::PartialMatch(in, DottedPattern(), &d, &m, &y)) return Format(y, m, d);
  // "2023 Jan 7" (PubMed's citation dates). The pattern runs only where
  // four digits stand before a space and a letter.
  bool year_then_word = false;
  for (size_t i = 4; i + 1 < s.size() && !year_then_word; ++i) {
    const auto digit = [&](size_t k) { return s[k] >= '0' && s[k] <= '9'; };
    year_then_word = s[i] == ' ' && digit(i - 1) && digit(i - 2) && digit(i - 3) &&
                     digit(i - 4) && ((s[i + 1] | 0x20) >= 'a' && (s[i + 1] | 0x20) <= 'z');
  }
  if (!year_then_word) return "";
  static const RE2 year_first(std::string("(?i)\\b((?:19|20)\\d\\d)\\s+") + MonthAlternation() +
                              "\\s+(\\d{1,2})\\b");
  if (RE2::PartialMatch(in, year_first, &y, &month, &d)) return Format(y, MonthNumber(month), d);
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
  static const RE2 strip(std::string("(?i)") + MonthAlternation() +
                         "|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                         "mon|tue|wed|thu|fri|sat|sun|st|nd|rd|th|of");
  std::string rest = core;
  RE2::GlobalReplace(&rest, strip, "");
  for (char c : rest) {
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ++letters_outside;
  }
  return letters_outside == 0 ? date : "";
}

std::string VisibleDate(std::string_view s, bool month_first) {
  if (std::string d = NormalizeDate(s); !d.empty()) return d;
  const re2::StringPiece in(s.data(), s.size());
  int a = 0, b = 0, y = 0;
  std::string month;
  // "17/02/2022", "2/17/2022".
  static const RE2 slashed("(?:^|[^\\d/])(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d\\d)(?:$|[^\\d/])");
  if (RE2::PartialMatch(in, slashed, &a, &b, &y)) {
    const bool mdy = b > 12 || (month_first && a <= 12);
    return mdy ? Format(y, a, b) : Format(y, b, a);
  }
  if (s.find('-') != std::string_view::npos) {
    // "11-29-2024" (forum software), as the slashed form.
    static const RE2 dashed(
        "(?:^|[^\\d-])(\\d{1,2})-(\\d{1,2})-((?:19|20)\\d\\d)(?:$|[^\\d-])");
    if (RE2::PartialMatch(in, dashed, &a, &b, &y)) {
      const bool mdy = b > 12 || (month_first && a <= 12);
      return mdy ? Format(y, a, b) : Format(y, b, a);
    }
    // "04-ago-2021", "12-Dec-2019": three-letter months of the Romance
    // languages too.
    static const RE2 dashed_month(
        "(?i)(?:^|[^\\d-])(\\d{1,2})-(\\pL{3})\\.?-((?:19|20)\\d\\d)(?:$|[^\\d-])");
    if (RE2::PartialMatch(in, dashed_month, &a, &month, &y)) {
      const int m = ShortMonth(month);
      if (m > 0) return Format(y, m, a);
    }
  }
  if (RE2::PartialMatch(in, RussianPattern(), &a, &month, &y)) {
    return Format(y, RussianMonth(month), a);
  }
  // "23.09.22", day first; not inside longer numbers or versions ("1.2.3.4").
  static const RE2 short_year("(?:^|[^\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d\\d)(?:$|[^\\d.]|\\.\\D|\\.$)");
  if (RE2::PartialMatch(in, short_year, &a, &b, &y)) return Format(2000 + y, b, a);
  return "";
}

int DateOrderHint(std::string_view s) {
  const re2::StringPiece in(s.data(), s.size());
  int a = 0, b = 0, y = 0;
  std::string month;
  static const RE2 numeric(
      "(?:^|[^\\d/-])(\\d{1,2})[/-](\\d{1,2})[/-]((?:19|20)\\d\\d)(?:$|[^\\d/-])");
  if (RE2::PartialMatch(in, numeric, &a, &b, &y)) {
    if (a > 12 && b <= 12) return -1;
    if (b > 12 && a <= 12) return 1;
    return 0;
  }
  if (RE2::PartialMatch(in, MonthFirstPattern(), &month, &a, &y)) return 1;
  if (RE2::PartialMatch(in, DayFirstPattern(), &a, &month, &y)) return -1;
  return 0;
}

}  // namespace chronicle::extract_internal
