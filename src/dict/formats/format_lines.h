// dict/formats/format_lines.h: pieces shared by the readers of the field's
// dictionary formats (TABARI, PETRARCH-2): line splitting with UTF-8
// checks, "path:line: reason" problems, phrases written with '_' and ' '
// joins, code blocks with date restrictions ("[USAGOV 991201-010114]").
//
//   std::vector<std::string> problems;
//   for (const SourceLine& l : SplitSourceLines(text, path, &problems)) ...
//
// These formats are line based and were written by hand over decades, so
// every helper reports what it cannot read instead of failing.
//
// Thread safety: reentrant.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace chronicle {

// One line of a dictionary file, without its line break (and without a
// trailing '\r'). `text` points into the buffer given to SplitSourceLines().
struct SourceLine {
  std::string_view text;
  int line = 0;  // 1-based
};

// Splits `text` into lines. A line that is not valid UTF-8 or that holds
// binary data (NUL or other C0 control bytes except tab) is not returned;
// a problem naming the line and the first bad byte is added instead.
// The result points into `text`, which must outlive it.
std::vector<SourceLine> SplitSourceLines(std::string_view text, const std::string& path,
                                         std::vector<std::string>* problems);

// "path:line: reason".
std::string FormatProblem(const std::string& path, int line, std::string_view reason);

// Strips spaces, tabs and '\r' at both ends.
std::string_view TrimSpace(std::string_view s);

// Splits on runs of spaces and tabs.
std::vector<std::string_view> SplitSpace(std::string_view s);

// A phrase as the field writes it: words joined by ' ' (other words may
// come between, in the formats that allow it) or '_' (consecutive).
// A trailing '_' marks the last word as a whole word, not a stem
// ("FORCES_" vs "ARGENTIN").
struct DictPhrase {
  std::string text;                // as written, e.g. "AL_GORE_"
  std::vector<std::string> words;  // {"AL", "GORE"}
  std::string joins;               // joins[i] joins words i, i+1: '_' or ' '
  bool whole_word_end = false;     // text ends with '_'
};

// Parses a phrase; empty words (double '_') are dropped. Returns false
// (and leaves *out with what was read) if no word is found.
bool ParseDictPhrase(std::string_view text, DictPhrase* out);

// When a dated code applies. Dates are yyyymmdd; TABARI's six-digit
// YYMMDD dates are widened (00-30 -> 20YY, else 19YY) as TABARI and
// PETRARCH do. Both ends are inclusive.
struct DateRestriction {
  enum class Kind { kAlways, kBefore, kAfter, kBetween };
  Kind kind = Kind::kAlways;
  int from = 0;  // kAfter, kBetween
  int to = 0;    // kBefore, kBetween
};

// One "[CODE restriction]" block of an actor file.
struct DatedCode {
  std::string code;  // "USAGOV", "---" (null), "###" (discard), "ELR/GAL"
  DateRestriction when;
  int line = 0;
};

// Parses a YYMMDD or YYYYMMDD date into yyyymmdd; false if malformed or not
// a calendar date.
bool ParseFieldDate(std::string_view s, int* yyyymmdd);

// Parses the inside of an actor code block ("USAGOV <011214",
// "HOBGOV 950601 - 990815", "IGOUNO"). On failure returns false and sets
// *reason.
bool ParseDatedCode(std::string_view inside, DatedCode* out, std::string* reason);

// The '[...]' blocks of a line: "NAME  [A] [B] junk" gives before "NAME  ",
// blocks {"A", "B"} and after "junk". Blocks must follow each other with only
// blanks between; anything else after the first '[' ends the scan in
// `after`. Views point into the scanned string.
struct BracketScan {
  std::string_view before;
  std::vector<std::string_view> blocks;  // insides, untrimmed
  std::string_view after;                // trimmed
  std::string error;  // "'[' without ']'" or "']' without '['"; else empty
};
BracketScan ScanBrackets(std::string_view s);

}  // namespace chronicle
