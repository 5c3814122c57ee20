// The scan follows the loader (dict/dictionaries.cc) rule for rule: the same
// block reader, the same role syntax, the same pattern elements and the same
// token keys, so what the lint says about a phrase or pattern is what the
// coder will see. Where the loader would reject a role or a pattern, the
// scan marks the role invalid or leaves the pattern out: the loader's own
// message reports it.
#include "dict/internal/dict_scan.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <set>

#include "dict/dict_file.h"
#include "dict/dictionaries.h"
#include "dict/verb_forms.h"
#include "text/tokenizer.h"

namespace chronicle {
namespace dict_internal {
namespace {

bool StartsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(0, p.size()) == p;
}

std::string FileKind(const std::string& path) {
  if (path == "cameo/codes.tsv") return "cameo";
  if (StartsWith(path, "cameo/")) return "table";
  if (path == "verbs/irregular.txt") return "irregular";
  if (StartsWith(path, "actors/")) return "actors";
  if (StartsWith(path, "agents/")) return "agents";
  if (StartsWith(path, "verbs/")) return "verbs";
  return "other";
}


// The codes the loader keeps from cameo/codes.tsv (LoadCameo's checks).
int ScanCameo(const std::string& text, std::vector<std::string>* codes) {
  std::set<std::string> seen(codes->begin(), codes->end());
  int n = 0;
  ForEachLine(text, [&](int, std::string_view line) {
    if (line.empty() || line[0] == '#' || StartsWith(line, "code\t")) return;
    const std::vector<std::string> cols = SplitList(line, '\t');
    if (cols.size() < 4) return;
    int quad = 0;
    if (std::from_chars(cols[1].data(), cols[1].data() + cols[1].size(), quad).ec !=
            std::errc() ||
        quad < 1 || quad > 4) {
      return;
    }
    char* end = nullptr;
    const double g = std::strtod(cols[2].c_str(), &end);
    if (end == cols[2].c_str() || *end != '\0' || g < -10 || g > 10) return;
    ++n;
    if (seen.insert(cols[0]).second) codes->push_back(cols[0]);
  });
  return n;
}

// Data lines of a table (not comments, not blank, not the header).
int CountTableLines(const std::string& text) {
  int n = 0;
  bool header = true;
  ForEachLine(text, [&](int, std::string_view line) {
    if (line.empty() || line[0] == '#') return;
    if (header) {
      header = false;
      return;
    }
    ++n;
  });
  return n;
}

int ScanIrregular(const std::string& text, IrregularVerbs* irregular) {
  int n = 0;
  ForEachLine(text, [&](int, std::string_view raw) {
    const std::string_view line = StripComment(raw);
    if (!line.empty() && irregular->AddLine(line)) ++n;
  });
  return n;
}

void AddPhrase(DictScan* scan, const std::string& text, int entry, int line,
               const std::string& code) {
  std::vector<Token> tokens;
  Tokenize(text, 0, &tokens);
  if (tokens.empty()) return;  // the loader reports "empty phrase"
  ScanPhrase p;
  p.text = text;
  p.entry = entry;
  p.line = line;
  p.code = code;
  p.all_caps_only = true;
  for (const Token& t : tokens) {
    if (!p.key.empty()) p.key += ' ';
    p.key += t.all_caps ? "\x01" + t.norm : t.norm;
    p.tokens.push_back(t.norm);
    p.all_caps_only = p.all_caps_only && t.all_caps;
  }
  scan->phrases.push_back(std::move(p));
  ++scan->entries[entry].phrases;
}

// "USAGOV 2013-02-01..2017-01-20", as the loader's ParseRole reads it.
ScanRole ParseScanRole(const std::string& value, int line) {
  ScanRole role;
  role.line = line;
  const std::vector<std::string> parts = SplitList(value, ' ');
  if (parts.empty()) return role;
  role.code = parts[0];
  if (!IsLoaderCode(parts[0])) return role;
  if (parts.size() == 1) {
    role.valid = true;
    return role;
  }
  const std::string range =
      parts.size() == 2 ? parts[1]
                        : parts[1] + parts[2] + (parts.size() > 3 ? parts[3] : "");
  const size_t dots = range.find("..");
  if (dots == std::string::npos) return role;
  role.from_text = range.substr(0, dots);
  role.to_text = range.substr(dots + 2);
  role.from = ParseDate(role.from_text);
  role.to = ParseDate(role.to_text);
  role.valid = role.from >= 0 && role.to >= 0 &&
               !(role.from > 0 && role.to > 0 && role.to <= role.from);
  return role;
}

void ScanCountry(DictScan* scan, const DictRecord& r, int entry) {
  for (const DictField& f : r.fields) {
    std::string code = r.value;
    if (f.name == "capital" || f.name == "seat") {
      code += "GOV";
    } else if (f.name != "name" && f.name != "adjective" && f.name != "place") {
      continue;
    }
    for (std::string p : SplitList(f.value)) {
      PhraseQualifier q;
      std::string error;
      if (!SplitPhraseQualifier(&p, &q, &error)) continue;  // the loader reports it
      const size_t before = scan->phrases.size();
      AddPhrase(scan, p, entry, f.line, code);
      if (scan->phrases.size() > before) scan->phrases.back().qualifier = q;
    }
  }
}

void ScanActor(DictScan* scan, const DictRecord& r, int entry) {
  std::vector<std::pair<std::string, int>> phrases = {{r.value, r.line}};
  std::set<std::string> codes;
  for (const DictField& f : r.fields) {
    if (f.name == "alias") {
      for (const std::string& p : SplitList(f.value)) phrases.emplace_back(p, f.line);
    } else if (f.name == "code" || f.name == "default") {
      scan->entries[entry].codes.push_back({f.value, f.line});
      codes.insert(f.value);
    } else if (f.name == "role") {
      ScanRole role = ParseScanRole(f.value, f.line);
      if (role.valid) codes.insert(role.code);
      scan->entries[entry].roles.push_back(std::move(role));
    }
  }
  std::string summary;
  for (const std::string& c : codes) summary += (summary.empty() ? "" : ",") + c;
  scan->entries[entry].code_summary = summary;
  for (const auto& [p, line] : phrases) AddPhrase(scan, p, entry, line, summary);
}

void ScanAgent(DictScan* scan, const DictRecord& r, int entry) {
  // A community's code is a block, not an actor code (the loader checks it).
  if (r.kind == "agent") scan->entries[entry].codes.push_back({r.value, r.line});
  for (const DictField& f : r.fields) {
    if (f.name != "phrase") continue;
    for (const std::string& p : SplitList(f.value))
      AddPhrase(scan, p, entry, f.line, r.value);
  }
}

// One pattern as the loader's AddPattern builds it; false where the loader
// rejects it.
bool BuildPattern(const std::string& text, const IrregularVerbs& irregular,
                  ScanPattern* p) {
  bool source = false, target = false;
  for (const std::string& item : SplitList(text, ' ')) {
    if (item == "*") {
      p->elements.push_back({'*', false, "", {}});
    } else if (item == "$" || item == "+") {
      bool& seen = item == "$" ? source : target;
      if (seen) return false;
      seen = true;
      p->elements.push_back({item[0], false, "", {}});
    } else if (item.size() > 2 && item.front() == '[' && item.back() == ']') {
      std::string lemma = item.substr(1, item.size() - 2);
      for (char& c : lemma)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      ScanElement e{'w', true, lemma, VerbForms(lemma, irregular)};
      std::sort(e.forms.begin(), e.forms.end());
      e.forms.erase(std::unique(e.forms.begin(), e.forms.end()), e.forms.end());
      p->elements.push_back(std::move(e));
    } else if (item.find_first_of("[]") != std::string::npos) {
      return false;
    } else {
      std::vector<Token> tokens;
      Tokenize(item, 0, &tokens);
      for (const Token& t : tokens) {
        p->elements.push_back(
            {'w', false, t.norm, {t.all_caps ? "\x01" + t.norm : t.norm}});
      }
    }
  }
  return !p->elements.empty() && p->elements[0].kind == 'w' &&
         p->elements.back().kind != '*';
}

void ScanVerb(DictScan* scan, const DictRecord& r, const std::string& path,
              const IrregularVerbs& irregular, const std::set<std::string>& known) {
  ScanVerbRecord v{r.value, path, r.line, known.count(r.value) > 0, 0};
  for (const DictField& f : r.fields) {
    if (f.name != "pattern" && f.name != "mutual") continue;
    for (const std::string& text : SplitList(f.value)) {
      ScanPattern p{r.value, f.name == "mutual", text, path, f.line, {}};
      if (!BuildPattern(text, irregular, &p)) continue;
      ++v.patterns;
      if (v.known_code) scan->patterns.push_back(std::move(p));
    }
  }
  scan->verb_records.push_back(std::move(v));
}

// Scans the records of one file; returns how many it holds.
int ScanRecords(DictScan* scan, const std::string& path, const std::string& text,
                const IrregularVerbs& irregular, const std::set<std::string>& known) {
  const DictFile f = ParseDictText(text, path);
  const bool person = StartsWith(path, "actors/people");
  for (const DictRecord& r : f.records) {
    if (r.kind == "verb") {
      ScanVerb(scan, r, path, irregular, known);
      continue;
    }
    EntryKind kind;
    if (r.kind == "country" || r.kind == "places") {
      kind = EntryKind::kCountry;
    } else if (r.kind == "actor") {
      kind = EntryKind::kActor;
    } else if (r.kind == "agent" || r.kind == "community") {
      kind = EntryKind::kAgent;
    } else {
      continue;  // the loader reports unknown kinds
    }
    const int entry = static_cast<int>(scan->entries.size());
    scan->entries.push_back({kind,
                             path,
                             r.line,
                             r.value,
                             person && kind == EntryKind::kActor,
                             r.kind == "places",
                             {},
                             {},
                             0,
                             ""});
    scan->entries[entry].community = r.kind == "community";
    if (kind == EntryKind::kCountry) ScanCountry(scan, r, entry);
    if (kind == EntryKind::kActor) ScanActor(scan, r, entry);
    if (kind == EntryKind::kAgent) ScanAgent(scan, r, entry);
  }
  return static_cast<int>(f.records.size());
}

}  // namespace

bool IsLoaderCode(const std::string& code) {
  if (code.empty() || code.size() > 12) return false;
  for (size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    // Lower case only after the first block: CAMEO writes ethnic groups
    // in lower case ("SRBCVLalb").
    const bool lower = i >= 3 && c >= 'a' && c <= 'z';
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || lower)) return false;
  }
  return true;
}

bool SplitPhraseQualifier(std::string* phrase, PhraseQualifier* q, std::string* error) {
  *q = PhraseQualifier();
  std::string& p = *phrase;
  if (p.empty() || p.back() != ')') return true;
  const size_t open = p.rfind('(');
  // "Umma (Nation) party" ends in a word: only a final "(...)" qualifies.
  if (open == std::string::npos || open == 0 || p[open - 1] != ' ') return true;
  const std::string inner = p.substr(open + 1, p.size() - open - 2);
  if (inner == "also") {
    q->also = true;
  } else {
    const size_t dots = inner.find("..");
    const int from = dots == std::string::npos ? -1 : ParseDate(inner.substr(0, dots));
    const int to = dots == std::string::npos ? -1 : ParseDate(inner.substr(dots + 2));
    if (from < 0 || to < 0 || (from == 0 && to == 0) || (from > 0 && to > 0 && to <= from)) {
      *error = "phrase qualifier \"(" + inner +
               ")\": want (also) or a date range (FROM..TO, YYYY-MM-DD, one end may be open)";
      return false;
    }
    q->from = from;
    q->to = to;
  }
  p.erase(p.find_last_not_of(' ', open - 1) + 1);
  return true;
}

DictScan ScanDictionaryFiles(std::vector<std::pair<std::string, std::string>> files) {
  std::sort(files.begin(), files.end());
  DictScan scan;
  IrregularVerbs irregular;
  // Tables first, as the loader reads them: patterns need both.
  for (const auto& [path, text] : files) {
    ScanFile f{path, FileKind(path), 0};
    if (f.kind == "cameo") f.records = ScanCameo(text, &scan.cameo_codes);
    if (f.kind == "irregular") f.records = ScanIrregular(text, &irregular);
    if (f.kind == "table") f.records = CountTableLines(text);
    scan.files.push_back(std::move(f));
  }
  const std::set<std::string> known(scan.cameo_codes.begin(), scan.cameo_codes.end());
  for (size_t i = 0; i < files.size(); ++i) {
    const std::string& kind = scan.files[i].kind;
    if (kind == "actors" || kind == "agents") {
      scan.files[i].records =
          ScanRecords(&scan, files[i].first, files[i].second, irregular, known);
    }
  }
  for (size_t i = 0; i < files.size(); ++i) {
    if (scan.files[i].kind != "verbs") continue;
    scan.files[i].records =
        ScanRecords(&scan, files[i].first, files[i].second, irregular, known);
  }
  return scan;
}

}  // namespace dict_internal
}  // namespace chronicle
