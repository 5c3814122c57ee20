// The lint runs the loader (Dictionaries::FromFiles) for its problem list,
// then checks a DictScan (dict/internal/dict_scan.h) of the same files:
//
// - phrases: keyed as the coder matches them; two entries on the actor side
//   (countries and actors compete for one mention) or two agents sharing a
//   key is a duplicate (same code) or a conflict, unless qualifiers tell
//   two country readings apart (see Readings). The later definition is
//   reported, pointing at the first. A phrase made only of common function
//   words matches ordinary English.
// - actors and agents: codes in groups of three, role dates in 1900..2100
//   and on the calendar, roles whose [FROM, TO) ranges overlap (an open end
//   is unbounded; a role without dates holds always).
// - verb patterns: each is a sequence of word sets (a [lemma] is the set of
//   its forms). A pattern is unreachable when an earlier one (load order:
//   files sorted, then lines) has the same elements and accepts every form
//   it accepts: the coder prefers the earlier of two equally specific
//   matches. Element-wise inclusion is exact for such products of sets.
// - empty records the loader keeps: a country, agent or verb with nothing in
//   it.
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "chronicle/dict_check.h"
#include "dict/dictionaries.h"
#include "dict/internal/dict_scan.h"

namespace chronicle {
namespace {

using dict_internal::DictScan;
using dict_internal::EntryKind;
using dict_internal::ScanElement;
using dict_internal::ScanEntry;
using dict_internal::ScanPattern;
using dict_internal::ScanPhrase;
using dict_internal::ScanRole;

// Function words that a phrase or a pattern must not consist of: written in
// lower or mixed case they match ordinary English.
const std::set<std::string, std::less<>>& StopWords() {
  static const auto* words = new std::set<std::string, std::less<>>{
      "a",     "about", "after",  "all",  "also", "am",     "an",    "and",   "any",
      "are",   "as",    "at",     "be",   "been", "before", "being", "but",   "by",
      "can",   "could", "did",    "do",   "does", "for",    "from",  "had",   "has",
      "have",  "he",    "her",    "him",  "his",  "i",      "if",    "in",    "into",
      "is",    "it",    "its",    "may",  "me",   "might",  "must",  "my",    "no",
      "not",   "now",   "of",     "on",   "one",  "or",     "our",   "out",   "over",
      "shall", "she",   "should", "so",   "than", "that",   "the",   "their", "them",
      "then",  "there", "these",  "they", "this", "those",  "to",    "up",    "upon",
      "us",    "was",   "we",     "were", "what", "when",   "which", "who",   "will",
      "with",  "would", "you",    "your", "'s",   "n't"};
  return *words;
}

bool IsStopWord(std::string_view w) { return StopWords().count(w) > 0; }

const char* SeverityName(LintSeverity s) {
  return s == LintSeverity::kError ? "error" : "warning";
}

bool LeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// A yyyymmdd date that ParseDate accepted: is the day in its month?
bool CalendarDay(int date) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const int y = date / 10000, m = date / 100 % 100, d = date % 100;
  return d <= kDays[m - 1] + (m == 2 && LeapYear(y) ? 1 : 0);
}

std::string RoleText(const ScanRole& r) {
  if (!r.dated()) return r.code + " (no dates)";
  return r.code + " " + r.from_text + ".." + r.to_text;
}

// Whether two [from, to) ranges (roles, dated phrases) share a day; 0 is
// an open end.
template <typename A, typename B>
bool Overlap(const A& a, const B& b) {
  return (a.from == 0 || b.to == 0 || a.from < b.to) &&
         (b.from == 0 || a.to == 0 || b.from < a.to);
}

// Two country phrases the coder tells apart: a second reading marked
// "(also)", a dated phrase against an undated one (the dated wins on its
// dates), or dates that do not overlap ("Juba (..2011-07-09)", "Juba
// (2011-07-09..)").
bool Readings(const dict_internal::PhraseQualifier& a, const dict_internal::PhraseQualifier& b) {
  if (a.also || b.also || a.dated() != b.dated()) return true;
  return a.dated() && !Overlap(a, b);
}

// `inner` accepts nothing `outer` does not: same element kinds, and each
// word set of `inner` within the one of `outer`.
bool Covers(const ScanPattern& outer, const ScanPattern& inner) {
  if (outer.elements.size() != inner.elements.size()) return false;
  // A verb's pattern ("[attempt] to kill +") is no act after an article,
  // where the pattern of its noun, spelt as the verb's base form or its
  // plural ("attempt to kill +", "attempts to kill +"), still is one.
  if (!outer.elements.empty() && !inner.elements.empty() && outer.elements[0].lemma &&
      !inner.elements[0].lemma &&
      (inner.elements[0].word == outer.elements[0].word ||
       inner.elements[0].word == outer.elements[0].word + "s")) {
    return false;
  }
  for (size_t e = 0; e < outer.elements.size(); ++e) {
    const ScanElement& o = outer.elements[e];
    const ScanElement& i = inner.elements[e];
    if (o.kind != i.kind) return false;
    if (!std::includes(o.forms.begin(), o.forms.end(), i.forms.begin(), i.forms.end())) {
      return false;
    }
  }
  return true;
}

class Linter {
 public:
  Linter(const DictScan& scan, const std::string& prefix, LintResult* out)
      : scan_(scan), prefix_(prefix), out_(out) {}

  void Add(const std::string& path, int line, LintSeverity severity,
           std::string message) {
    out_->problems.push_back({prefix_ + path, line, severity, std::move(message)});
  }

  std::string Where(const std::string& path, int line) const {
    return prefix_ + path + ":" + std::to_string(line);
  }

  void CheckPhrases();
  void CheckEntries();
  void CheckPatterns();

 private:
  void CheckRoles(const ScanEntry& e);
  void CheckCode(const std::string& path, int line, const std::string& code);
  void CheckDate(const ScanEntry& e, const ScanRole& r, int date,
                 const std::string& text);

  const DictScan& scan_;
  const std::string& prefix_;
  LintResult* out_;
};

void Linter::CheckPhrases() {
  // Key (with its side: countries and actors, or agents) -> first phrase.
  std::map<std::string, std::vector<size_t>> seen;
  for (size_t i = 0; i < scan_.phrases.size(); ++i) {
    const ScanPhrase& p = scan_.phrases[i];
    const ScanEntry& e = scan_.entries[p.entry];
    const bool stop =
        !p.all_caps_only && std::all_of(p.tokens.begin(), p.tokens.end(), IsStopWord);
    if (stop) {
      Add(e.path, p.line, LintSeverity::kWarning,
          "common word: \"" + p.text +
              "\" matches ordinary English (write it in capitals "
              "if it is an abbreviation)");
    }
    auto& earlier = seen[(e.kind == EntryKind::kAgent ? "G " : "A ") + p.key];
    for (size_t k : earlier) {
      const ScanPhrase& q = scan_.phrases[k];
      if (q.entry == p.entry) break;  // the same entry lists it twice: harmless
      if (Readings(p.qualifier, q.qualifier)) continue;
      const std::string where = Where(scan_.entries[q.entry].path, q.line);
      if (q.code == p.code) {
        Add(e.path, p.line, LintSeverity::kWarning,
            "duplicate: \"" + p.text + "\" is also defined at " + where + " (same code " +
                p.code + ")");
      } else {
        Add(e.path, p.line, LintSeverity::kError,
            "conflicting codes: \"" + p.text + "\" is " + p.code + " here and " + q.code +
                " at " + where);
      }
      break;
    }
    earlier.push_back(i);
  }
}

void Linter::CheckCode(const std::string& path, int line, const std::string& code) {
  // Codes the loader rejects are reported by the loader.
  if (!dict_internal::IsLoaderCode(code) || code.size() % 3 == 0) return;
  Add(path, line, LintSeverity::kError,
      "malformed code \"" + code + "\": want groups of 3 capital letters or digits");
}

void Linter::CheckDate(const ScanEntry& e, const ScanRole& r, int date,
                       const std::string& text) {
  if (date <= 0) return;
  const int year = date / 10000;
  if (year < 1900 || year > 2100) {
    Add(e.path, r.line, LintSeverity::kError,
        "role date " + text + " is outside 1900..2100");
  } else if (!CalendarDay(date)) {
    Add(e.path, r.line, LintSeverity::kError,
        "role date " + text + " is not a calendar day");
  }
}

void Linter::CheckRoles(const ScanEntry& e) {
  for (size_t j = 0; j < e.roles.size(); ++j) {
    const ScanRole& b = e.roles[j];
    CheckCode(e.path, b.line, b.code);
    CheckDate(e, b, b.from, b.from_text);
    CheckDate(e, b, b.to, b.to_text);
    if (!b.valid) continue;  // the loader reports it
    for (size_t i = 0; i < j; ++i) {
      const ScanRole& a = e.roles[i];
      if (!a.valid || !Overlap(a, b)) continue;
      const std::string what =
          RoleText(b) + " overlaps " + RoleText(a) + " at " + Where(e.path, a.line);
      if (a.code == b.code) {
        Add(e.path, b.line, LintSeverity::kWarning,
            "overlapping roles (same code): " + what);
      } else {
        Add(e.path, b.line, LintSeverity::kError, "overlapping roles: " + what);
      }
      break;
    }
  }
}

void Linter::CheckEntries() {
  for (const ScanEntry& e : scan_.entries) {
    for (const auto& c : e.codes) CheckCode(e.path, c.line, c.code);
    if (e.kind == EntryKind::kActor) CheckRoles(e);
    // An actor without codes is reported by the loader.
    if (e.kind != EntryKind::kActor && e.phrases == 0) {
      Add(e.path, e.line, LintSeverity::kWarning,
          "empty record: " +
              std::string(e.kind == EntryKind::kCountry ? "country" : "agent") + " " +
              e.value + " has no phrase");
    }
  }
  for (const auto& v : scan_.verb_records) {
    if (v.known_code && v.patterns == 0) {
      Add(v.path, v.line, LintSeverity::kWarning,
          "empty record: verb " + v.code + " has no pattern");
    }
  }
}

void Linter::CheckPatterns() {
  const auto& ps = scan_.patterns;
  for (size_t j = 0; j < ps.size(); ++j) {
    const ScanPattern& b = ps[j];
    const bool content =
        std::any_of(b.elements.begin(), b.elements.end(), [](const ScanElement& el) {
          return el.kind == 'w' && (el.forms[0][0] == '\x01' || !IsStopWord(el.word));
        });
    if (!content) {
      Add(b.path, b.line, LintSeverity::kWarning,
          "pattern \"" + b.text +
              "\" has no literal word besides function words: it matches "
              "almost anywhere");
    }
    for (size_t i = 0; i < j; ++i) {
      const ScanPattern& a = ps[i];
      if (!Covers(a, b)) continue;
      std::string msg =
          "unreachable: " + std::string(Covers(b, a) ? "same as " : "covered by ") +
          Where(a.path, a.line) + " (\"" + a.text + "\")";
      LintSeverity sev = LintSeverity::kWarning;
      if (a.cameo != b.cameo) {
        msg += ", which codes " + a.cameo + ", not " + b.cameo;
        sev = LintSeverity::kError;
      } else if (a.mutual != b.mutual) {
        msg += std::string(", which is ") + (a.mutual ? "" : "not ") + "mutual";
        sev = LintSeverity::kError;
      }
      Add(b.path, b.line, sev, msg);
      break;
    }
  }
}

// "actors/x.txt:12: reason" -> {path, line, reason}; line 0 if none.
LintProblem FromLoader(const std::string& problem, const std::string& prefix) {
  for (size_t c = problem.find(':'); c != std::string::npos;
       c = problem.find(':', c + 1)) {
    size_t d = c + 1;
    while (d < problem.size() && problem[d] >= '0' && problem[d] <= '9') ++d;
    if (d > c + 1 && problem.compare(d, 2, ": ") == 0) {
      return {prefix + problem.substr(0, c), std::stoi(problem.substr(c + 1, d - c - 1)),
              LintSeverity::kError, problem.substr(d + 2)};
    }
  }
  return {"", 0, LintSeverity::kError, problem};
}

}  // namespace

std::string LintProblem::ToString() const {
  std::string s = path;
  if (line > 0) s += ":" + std::to_string(line);
  return s + ": " + SeverityName(severity) + ": " + message;
}

StatusOr<LintResult> LintDictionaryFiles(
    const std::vector<std::pair<std::string, std::string>>& files,
    const std::string& display_prefix) {
  std::vector<std::string> loader_problems;
  auto loaded = Dictionaries::FromFiles(files, &loader_problems);
  if (!loaded.ok()) return loaded.status();
  LintResult result;
  result.files = static_cast<int>(files.size());
  for (const std::string& p : loader_problems) {
    result.problems.push_back(FromLoader(p, display_prefix));
  }
  const DictScan scan = dict_internal::ScanDictionaryFiles(files);
  Linter linter(scan, display_prefix, &result);
  linter.CheckPhrases();
  linter.CheckEntries();
  linter.CheckPatterns();
  std::stable_sort(result.problems.begin(), result.problems.end(),
                   [](const LintProblem& a, const LintProblem& b) {
                     return std::tie(a.path, a.line) < std::tie(b.path, b.line);
                   });
  for (const LintProblem& p : result.problems) {
    (p.severity == LintSeverity::kError ? result.errors : result.warnings)++;
  }
  return result;
}

StatusOr<LintResult> LintDictionaries(const std::string& dir) {
  CHRONICLE_ASSIGN_OR_RETURN(auto files, ReadDictionaryFiles(dir));
  std::string prefix = dir;
  if (!prefix.empty() && prefix.back() != '/') prefix += '/';
  auto result = LintDictionaryFiles(files, prefix);
  if (!result.ok()) return result.status().WithPrefix(dir);
  return result;
}

}  // namespace chronicle
