// chronicle/dict_check.h: checks and coverage counts for chronicle's own
// dictionaries (the data/ layout of docs/dictionaries.md), behind
// `chronicle dict lint` and `chronicle dict stats`.
//
//   StatusOr<LintResult> lint = LintDictionaries("data");
//   for (const LintProblem& p : lint->problems) Show(p.ToString());
//   //   "data/actors/people.txt:120: error: conflicting codes: ..."
//   StatusOr<DictionaryStats> stats = ComputeDictionaryStats("data");
//
// The lint reports every problem the loader reports (Dictionaries::Load
// skips those lines or records) and, beyond them, entries that load but are
// probably wrong: phrases defined twice, overlapping dated roles, role dates
// outside 1900..2100, codes not in groups of three, verb patterns that can
// never win, empty records and phrases that are common English words. The
// list of checks is in docs/dictionaries.md ("Checking dictionaries").
//
// Nothing here prints; the caller formats the results.
// Thread safety: reentrant (no shared state).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "chronicle/status.h"

namespace chronicle {

enum class LintSeverity { kWarning, kError };

struct LintProblem {
  std::string path;  // as given (LintDictionaries: `dir` + "/" + relative path)
  int line = 0;
  LintSeverity severity = LintSeverity::kError;
  std::string message;

  // "path:line: error: message" (or "warning").
  std::string ToString() const;
};

struct LintResult {
  std::vector<LintProblem> problems;  // sorted by path, then line
  int files = 0;                      // dictionary files checked
  int errors = 0;
  int warnings = 0;
};

// Lints the dictionaries in `dir`. Problems name files as `dir`/relative
// path. NotFound if `dir` or its cameo/codes.tsv is missing; IoError if a
// file cannot be read. Problems in the files are results, not errors.
StatusOr<LintResult> LintDictionaries(const std::string& dir);

// Same, over in-memory files {path relative to the dictionary directory,
// contents}, e.g. {"actors/people.txt", "actor: ..."}; problems name files
// as `display_prefix` + relative path.
StatusOr<LintResult> LintDictionaryFiles(
    const std::vector<std::pair<std::string, std::string>>& files,
    const std::string& display_prefix = "");

// Counts of one dictionary file.
struct DictionaryFileStats {
  std::string path;  // relative to the dictionary directory
  std::string kind;  // "actors", "agents", "verbs", "irregular", "cameo"
  int records = 0;   // records (cameo: codes; irregular: lines)
};

// The years whose 1 January DictionaryStats::active_on counts.
inline constexpr int kStatsYears[] = {1990, 2000, 2010, 2020, 2026};

struct DictionaryStats {
  std::vector<DictionaryFileStats> files;  // sorted by path
  int countries = 0;                       // country: records
  int places = 0;                          // place: phrases of places: records
  int actors = 0;                          // actor: records
  int people = 0;                          // actor: records of actors/people*.txt
  int dated_people = 0;                    // people with at least one dated role
  int organisations = 0;                   // the other actor: records
  int roles = 0;                           // role: lines
  int dated_roles = 0;                     // role: lines with a FROM or a TO date
  int agents = 0;                          // agent: records
  int communities = 0;                     // community: records
  int phrases = 0;       // names, aliases, adjectives, capitals, seats, agent phrases
  int verb_records = 0;  // verb: records
  int patterns = 0;      // pattern: and mutual: patterns (each `;` item)
  int verb_forms = 0;    // distinct words the [lemma] elements expand to
  long long expanded_patterns = 0;  // word sequences the patterns expand to

  int cameo_codes = 0;    // codes of cameo/codes.tsv
  int cameo_covered = 0;  // of those, codes of at least one verb pattern
  // The other codes by their two-digit root, in table order:
  // {"04", {"041", "0421"}}, ...
  std::vector<std::pair<std::string, std::vector<std::string>>> uncovered_by_root;

  // {year, actors with a dated role in force on 1 January of that year},
  // one per kStatsYears.
  std::vector<std::pair<int, int>> active_on;

  // Countries (country: records) whose code begins a dated role of a
  // person, and the other country codes, in file order.
  int countries_with_dated_people = 0;
  std::vector<std::string> countries_without_dated_people;
};

// Counts the dictionaries in `dir`. NotFound if `dir` is missing; IoError if
// a file cannot be read. Malformed lines are counted as far as they can be
// read (the lint reports them).
StatusOr<DictionaryStats> ComputeDictionaryStats(const std::string& dir);

// Same, over in-memory files {relative path, contents}.
DictionaryStats ComputeDictionaryStatsOfFiles(
    const std::vector<std::pair<std::string, std::string>>& files);

}  // namespace chronicle
