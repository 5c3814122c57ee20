// TABARI files are read line by line. Comments: a line whose first
// non-blank character is '#' is skipped, and ';' starts a comment anywhere
// (the KEDS convention); "~~" at the start of a line ends the file
// ("~~FINISH ..."). Sections are XML-like tag lines ("<SYNSETS>" ...
// "</SYNSETS>"). Each reader keeps a small state (current section, current
// record) and turns every line it cannot place into one problem.
#include "dict/formats/tabari_dict.h"

#include "dict/dict_file.h"

namespace chronicle {
namespace {

struct CleanLine {
  std::string_view text;  // comment removed, trimmed
  bool indented = false;
  bool finish = false;  // "~~FINISH": stop reading
};

CleanLine CleanTabariLine(std::string_view raw) {
  CleanLine out;
  out.indented = !raw.empty() && (raw[0] == ' ' || raw[0] == '\t');
  std::string_view t = TrimSpace(raw);
  if (t.substr(0, 2) == "~~") {
    out.finish = true;
    return out;
  }
  if (!t.empty() && t[0] == '#') return out;
  const size_t semi = t.find(';');
  if (semi != std::string_view::npos) t = t.substr(0, semi);
  out.text = TrimSpace(t);
  return out;
}

// "<NAME>" -> {"NAME", false}; "</NAME>" -> {"NAME", true}.
bool ParseSectionTag(std::string_view t, std::string* name, bool* closing) {
  if (t.size() < 3 || t.front() != '<' || t.back() != '>') return false;
  t = t.substr(1, t.size() - 2);
  *closing = !t.empty() && t.front() == '/';
  if (*closing) t.remove_prefix(1);
  if (t.empty() || t.find_first_of(" \t<>") != std::string_view::npos) return false;
  *name = std::string(t);
  return true;
}

TabariTokenKind ClassifyToken(std::string_view t) {
  if (t == "*") return TabariTokenKind::kVerb;
  if (t == "$") return TabariTokenKind::kSource;
  if (t == "+") return TabariTokenKind::kTarget;
  if (t == "%") return TabariTokenKind::kCompound;
  if (t == "^") return TabariTokenKind::kSkip;
  if (t == "@") return TabariTokenKind::kAttrib;
  if (t == "{") return TabariTokenKind::kAltOpen;
  if (t == "|") return TabariTokenKind::kAltOr;
  if (t == "}") return TabariTokenKind::kAltClose;
  if (t.size() > 1 && t[0] == '&') return TabariTokenKind::kSynset;
  return TabariTokenKind::kWord;
}

// Splits a pattern into tokens at spaces, at '_' and around '{', '|', '}'.
std::vector<TabariToken> TokenizePattern(std::string_view s) {
  std::vector<TabariToken> tokens;
  for (std::string_view chunk : SplitSpace(s)) {
    const size_t first = tokens.size();
    std::string cur;
    auto emit = [&](std::string text) {
      TabariToken t;
      if (text.size() > 1 && text.back() == '~') {
        text.pop_back();
        t.tilde_after = true;
      }
      t.kind = ClassifyToken(text);
      t.text = std::move(text);
      tokens.push_back(std::move(t));
    };
    for (char c : chunk) {
      if (c == '_') {
        if (!cur.empty()) emit(std::move(cur));
        cur.clear();
        if (tokens.size() > first) tokens.back().underscore_after = true;
      } else if (c == '{' || c == '|' || c == '}') {
        if (!cur.empty()) emit(std::move(cur));
        cur.clear();
        emit(std::string(1, c));
      } else {
        cur.push_back(c);
      }
    }
    if (!cur.empty()) emit(std::move(cur));
    for (size_t i = first; i + 1 < tokens.size(); ++i) tokens[i].joined_to_next = true;
  }
  return tokens;
}

// Checks '*' count and "{ A | B }" structure; returns "" if well formed.
std::string CheckPattern(const std::vector<TabariToken>& tokens) {
  int verbs = 0;
  bool in_alt = false;
  bool alt_empty = true;
  for (const TabariToken& t : tokens) {
    switch (t.kind) {
      case TabariTokenKind::kVerb:
        ++verbs;
        break;
      case TabariTokenKind::kAltOpen:
        if (in_alt) return "nested '{' in pattern";
        in_alt = true;
        alt_empty = true;
        break;
      case TabariTokenKind::kAltOr:
        if (!in_alt) return "'|' outside { ... }";
        if (alt_empty) return "empty alternative in { ... }";
        alt_empty = true;
        break;
      case TabariTokenKind::kAltClose:
        if (!in_alt) return "'}' without '{'";
        if (alt_empty) return "empty alternative in { ... }";
        in_alt = false;
        break;
      default:
        alt_empty = false;
        break;
    }
  }
  if (in_alt) return "'{' without '}'";
  if (verbs != 1) return "pattern needs exactly one '*', has " + std::to_string(verbs);
  return "";
}

// Reads the verb-like lines of a .verbs file (roots, {forms}, patterns).
class VerbReader {
 public:
  VerbReader(const std::string& path, std::vector<std::string>* problems)
      : path_(path), problems_(problems) {}

  void Root(std::string_view t, int line, std::vector<TabariVerb>* out);
  void Forms(std::string_view t, int line);
  void Pattern(std::string_view t, int line);
  void Reset() { current_ = nullptr; }

  // Synset names used by patterns, with their lines.
  std::vector<std::pair<std::string, int>> used_synsets;

 private:
  void Problem(int line, std::string_view reason) {
    problems_->push_back(FormatProblem(path_, line, reason));
  }

  const std::string& path_;
  std::vector<std::string>* problems_;
  // Points into the vector given to Root(); valid until the next Root().
  TabariVerb* current_ = nullptr;
};

void VerbReader::Root(std::string_view t, int line, std::vector<TabariVerb>* out) {
  current_ = nullptr;
  const BracketScan scan = ScanBrackets(t);
  if (!scan.error.empty())
    return Problem(line, scan.error + " in \"" + std::string(t) + "\"");
  if (!scan.after.empty()) {
    return Problem(line, "text after the code: \"" + std::string(scan.after) + "\"");
  }
  TabariVerb verb;
  verb.file = path_;
  verb.line = line;
  std::string_view before = TrimSpace(scan.before);
  const size_t brace = before.find('{');
  if (brace != std::string_view::npos) before = TrimSpace(before.substr(0, brace));
  if (!ParseDictPhrase(before, &verb.root))
    return Problem(line, "verb line without a root");
  if (scan.blocks.empty()) {
    Problem(line, "verb \"" + verb.root.text + "\" without a [code]");
  } else {
    if (scan.blocks.size() > 1) Problem(line, "more than one [code]; the first is used");
    std::string reason;
    if (!ParseEventCode(scan.blocks[0], &verb.code, &reason)) Problem(line, reason);
  }
  out->push_back(std::move(verb));
  current_ = &out->back();
  const std::string_view rest = TrimSpace(scan.before);
  if (brace != std::string_view::npos) Forms(rest.substr(rest.find('{')), line);
}

void VerbReader::Forms(std::string_view t, int line) {
  if (current_ == nullptr) return Problem(line, "verb forms {...} outside a verb");
  const size_t close = t.find('}');
  if (close == std::string_view::npos)
    return Problem(line, "'{' without '}' in verb forms");
  if (!TrimSpace(t.substr(close + 1)).empty()) {
    return Problem(line, "text after the verb forms {...}");
  }
  if (!current_->forms.empty()) return Problem(line, "second {...} forms for one verb");
  for (std::string_view f : SplitSpace(t.substr(1, close - 1)))
    current_->forms.emplace_back(f);
}

void VerbReader::Pattern(std::string_view t, int line) {
  if (current_ == nullptr) return Problem(line, "pattern outside a verb");
  const BracketScan scan = ScanBrackets(t.substr(1));
  if (!scan.error.empty()) {
    return Problem(
        line, scan.error + " in pattern \"" + std::string(TrimSpace(t.substr(1))) + "\"");
  }
  if (scan.blocks.size() != 1) {
    return Problem(line, scan.blocks.empty() ? "pattern without a [code]"
                                             : "pattern with more than one [code]");
  }
  if (!scan.after.empty()) {
    return Problem(line, "text after the code: \"" + std::string(scan.after) + "\"");
  }
  TabariPattern p;
  p.text = std::string(TrimSpace(scan.before));
  p.tokens = TokenizePattern(p.text);
  const std::string bad = CheckPattern(p.tokens);
  if (!bad.empty()) return Problem(line, bad + ": \"" + p.text + "\"");
  std::string reason;
  if (!ParseEventCode(scan.blocks[0], &p.code, &reason)) return Problem(line, reason);
  for (const TabariToken& tok : p.tokens) {
    if (tok.kind == TabariTokenKind::kSynset) used_synsets.emplace_back(tok.text, line);
  }
  p.file = path_;
  p.line = line;
  current_->patterns.push_back(std::move(p));
}

}  // namespace

// ---- .actors ----------------------------------------------------------

TabariActorFile ParseTabariActors(std::string_view text, const std::string& path) {
  TabariActorFile f;
  f.path = path;
  ActorRecordBuilder builder(path, &f.problems, /*strict_indent=*/true);
  std::string section;  // "" outside <NOUN>/<ADJECTIVE>
  int section_line = 0;
  for (const SourceLine& l : SplitSourceLines(text, path, &f.problems)) {
    const CleanLine c = CleanTabariLine(l.text);
    if (c.finish) break;
    if (c.text.empty()) continue;
    std::string tag;
    bool closing = false;
    if (c.text.front() == '<' && ParseSectionTag(c.text, &tag, &closing)) {
      if (tag != "NOUN" && tag != "ADJECTIVE") {
        f.problems.push_back(
            FormatProblem(path, l.line, "unknown section <" + tag + ">"));
        continue;
      }
      if (closing != (section == tag)) {
        f.problems.push_back(
            FormatProblem(path, l.line, "unbalanced section tag " + std::string(c.text)));
      }
      section = closing ? "" : tag;
      section_line = l.line;
      continue;
    }
    if (section == "NOUN" || section == "ADJECTIVE") {
      TabariWord w;
      if (!ParseDictPhrase(c.text, &w.phrase) ||
          c.text.find('[') != std::string_view::npos) {
        f.problems.push_back(
            FormatProblem(path, l.line, "bad word in <" + section + ">"));
        continue;
      }
      w.file = path;
      w.line = l.line;
      (section == "NOUN" ? f.nouns : f.adjectives).push_back(std::move(w));
      continue;
    }
    builder.AddLine(c.text, c.indented, l.line);
  }
  if (!section.empty()) {
    f.problems.push_back(
        FormatProblem(path, section_line, "section <" + section + "> not closed"));
  }
  f.actors = builder.Finish();
  return f;
}

StatusOr<TabariActorFile> ReadTabariActors(const std::string& path) {
  CHRONICLE_ASSIGN_OR_RETURN(std::string text, ReadFileToString(path));
  return ParseTabariActors(text, path);
}

// ---- .verbs -----------------------------------------------------------

size_t TabariVerbFile::pattern_count() const {
  size_t n = 0;
  for (const TabariVerb& v : verbs) n += v.patterns.size();
  return n;
}

// One loop over the lines: section tags switch between <SYNSETS>, <TIME>
// and the verb records; VerbReader keeps the current verb.
TabariVerbFile ParseTabariVerbs(std::string_view text, const std::string& path) {
  TabariVerbFile f;
  f.path = path;
  VerbReader reader(path, &f.problems);
  std::string section;  // "", "SYNSETS" or "TIME"
  int section_line = 0;
  for (const SourceLine& l : SplitSourceLines(text, path, &f.problems)) {
    const CleanLine c = CleanTabariLine(l.text);
    if (c.finish) break;
    if (c.text.empty()) continue;
    const std::string_view t = c.text;
    std::string tag;
    bool closing = false;
    if (t.front() == '<' && ParseSectionTag(t, &tag, &closing)) {
      if (tag != "SYNSETS" && tag != "TIME") {
        f.problems.push_back(
            FormatProblem(path, l.line, "unknown section <" + tag + ">"));
        continue;
      }
      if (closing != (section == tag)) {
        f.problems.push_back(
            FormatProblem(path, l.line, "unbalanced section tag " + std::string(t)));
      }
      section = closing ? "" : tag;
      section_line = l.line;
      reader.Reset();
      continue;
    }
    if (section == "SYNSETS") {
      if (t.front() == '&') {
        f.synsets.push_back({std::string(TrimSpace(t)), {}, path, l.line});
      } else if (t.front() == '+' && !f.synsets.empty()) {
        DictPhrase m;
        if (ParseDictPhrase(t.substr(1), &m)) {
          f.synsets.back().members.push_back(std::move(m));
        } else {
          f.problems.push_back(FormatProblem(path, l.line, "empty synset member"));
        }
      } else {
        f.problems.push_back(FormatProblem(
            path, l.line, "expected \"&NAME\" or \"+phrase\" in <SYNSETS>"));
      }
      continue;
    }
    if (t.front() == '-') {
      reader.Pattern(t, l.line);
    } else if (t.front() == '{') {
      reader.Forms(t, l.line);
    } else {
      reader.Root(t, l.line, section == "TIME" ? &f.time_phrases : &f.verbs);
    }
  }
  if (!section.empty()) {
    f.problems.push_back(
        FormatProblem(path, section_line, "section <" + section + "> not closed"));
  }
  for (const auto& [name, line] : reader.used_synsets) {
    bool found = false;
    for (const TabariSynset& s : f.synsets) found = found || s.name == name;
    if (!found)
      f.problems.push_back(FormatProblem(path, line, "undefined synset " + name));
  }
  return f;
}

StatusOr<TabariVerbFile> ReadTabariVerbs(const std::string& path) {
  CHRONICLE_ASSIGN_OR_RETURN(std::string text, ReadFileToString(path));
  return ParseTabariVerbs(text, path);
}

// ---- .agents ----------------------------------------------------------

TabariAgentFile ParseTabariAgents(std::string_view text, const std::string& path) {
  TabariAgentFile f;
  f.path = path;
  for (const SourceLine& l : SplitSourceLines(text, path, &f.problems)) {
    const CleanLine c = CleanTabariLine(l.text);
    if (c.finish) break;
    if (c.text.empty()) continue;
    TabariAgent a;
    std::string reason;
    if (!ParseAgentLine(c.text, &a, &reason)) {
      f.problems.push_back(FormatProblem(path, l.line, reason));
      continue;
    }
    a.file = path;
    a.line = l.line;
    f.agents.push_back(std::move(a));
  }
  return f;
}

StatusOr<TabariAgentFile> ReadTabariAgents(const std::string& path) {
  CHRONICLE_ASSIGN_OR_RETURN(std::string text, ReadFileToString(path));
  return ParseTabariAgents(text, path);
}

// ---- .options ---------------------------------------------------------

TabariOptionsFile ParseTabariOptions(std::string_view text, const std::string& path) {
  TabariOptionsFile f;
  f.path = path;
  for (const SourceLine& l : SplitSourceLines(text, path, &f.problems)) {
    const std::string_view t = TrimSpace(l.text);
    if (t.empty() || t.substr(0, 2) == "//") continue;
    if (t.substr(0, 2) == "~~") break;
    const size_t colon = t.find(':');
    const std::string_view keyword =
        colon == std::string_view::npos ? t : t.substr(0, colon);
    bool ok = colon != std::string_view::npos && !keyword.empty();
    for (char ch : keyword) ok = ok && ((ch >= 'A' && ch <= 'Z') || ch == '_');
    if (!ok) {
      f.problems.push_back(FormatProblem(
          path, l.line,
          "expected \"KEYWORD: value\", got \"" + std::string(t.substr(0, 60)) + "\""));
      continue;
    }
    TabariOption o;
    o.keyword = std::string(keyword);
    o.value = std::string(TrimSpace(t.substr(colon + 1)));
    const size_t eq = o.value.find('=');
    if (eq != std::string::npos) {
      o.name = std::string(TrimSpace(std::string_view(o.value).substr(0, eq)));
      o.setting = std::string(TrimSpace(std::string_view(o.value).substr(eq + 1)));
    }
    if (o.keyword == "LABEL" && (o.name.empty() || o.setting.empty())) {
      f.problems.push_back(FormatProblem(path, l.line, "LABEL needs \"CODE=TEXT\""));
      continue;
    }
    o.file = path;
    o.line = l.line;
    f.options.push_back(std::move(o));
  }
  return f;
}

StatusOr<TabariOptionsFile> ReadTabariOptions(const std::string& path) {
  CHRONICLE_ASSIGN_OR_RETURN(std::string text, ReadFileToString(path));
  return ParseTabariOptions(text, path);
}

// ---- .project ---------------------------------------------------------

namespace {

std::string ResolveAgainst(const std::string& project_path, const std::string& value) {
  if (!value.empty() && value[0] == '/') return value;
  const size_t slash = project_path.rfind('/');
  if (slash == std::string::npos) return value;
  return project_path.substr(0, slash + 1) + value;
}

// Reads "<a b> <c d> rest" into groups and the trailing text; false if a
// '<' has no '>'.
bool ScanAngleGroups(std::string_view t, std::vector<std::string_view>* groups,
                     std::string_view* rest) {
  while (!t.empty() && t.front() == '<') {
    const size_t close = t.find('>');
    if (close == std::string_view::npos) return false;
    groups->push_back(TrimSpace(t.substr(1, close - 1)));
    t = TrimSpace(t.substr(close + 1));
  }
  *rest = t;
  return true;
}

}  // namespace

std::vector<std::string> TabariProject::FilesTagged(std::string_view tag) const {
  std::vector<std::string> out;
  for (const TabariProjectFile& f : files) {
    if (f.tag == tag) out.push_back(f.path);
  }
  return out;
}

// Line 1 is a free-text title unless it is a tag line; every other line is
// "<tag> value" or a row of "<name value>" groups.
TabariProject ParseTabariProject(std::string_view text, const std::string& path) {
  TabariProject p;
  p.path = path;
  bool first = true;
  for (const SourceLine& l : SplitSourceLines(text, path, &p.problems)) {
    const std::string_view t = TrimSpace(l.text);
    const bool was_first = first;
    first = false;
    if (t.empty()) continue;
    if (was_first && t.front() != '<') {
      p.title = std::string(t);
      continue;
    }
    std::vector<std::string_view> groups;
    std::string_view rest;
    if (t.front() != '<' || !ScanAngleGroups(t, &groups, &rest) || groups.empty()) {
      p.problems.push_back(FormatProblem(path, l.line, "expected \"<tag> value\""));
      continue;
    }
    if (groups.size() == 1 && groups[0].find_first_of(" \t") == std::string_view::npos) {
      const std::string tag(groups[0]);
      const std::string value(rest);
      const bool is_file = tag.size() > 4 && tag.compare(tag.size() - 4, 4, "file") == 0;
      if (is_file && value.empty()) {
        p.problems.push_back(
            FormatProblem(path, l.line, "<" + tag + "> without a file name"));
      } else if (is_file) {
        p.files.push_back({tag, value, ResolveAgainst(path, value), l.line});
      } else {
        p.settings.emplace_back(tag, value);
      }
      continue;
    }
    if (!rest.empty()) {
      p.problems.push_back(FormatProblem(path, l.line, "text after <...> groups"));
      continue;
    }
    TabariProjectRecord r;
    r.line = l.line;
    for (std::string_view g : groups) {
      const size_t sp = g.find_first_of(" \t");
      const std::string_view name = g.substr(0, sp);
      const std::string_view value =
          sp == std::string_view::npos ? std::string_view() : TrimSpace(g.substr(sp));
      r.fields.emplace_back(std::string(name), std::string(value));
    }
    r.kind = r.fields.front().first;
    p.records.push_back(std::move(r));
  }
  return p;
}

StatusOr<TabariProject> ReadTabariProject(const std::string& path) {
  CHRONICLE_ASSIGN_OR_RETURN(std::string text, ReadFileToString(path));
  return ParseTabariProject(text, path);
}

namespace {

// Reads every file of `p` tagged `tag` with `read`, appending results and
// problems; a file that cannot be read is a problem on the project line.
template <typename File, typename ReadFn>
void LoadTagged(const TabariProject& p, std::string_view tag, ReadFn read,
                std::vector<File>* out, std::vector<std::string>* problems) {
  for (const TabariProjectFile& f : p.files) {
    if (f.tag != tag) continue;
    StatusOr<File> file = read(f.path);
    if (!file.ok()) {
      problems->push_back(FormatProblem(
          p.path, f.line,
          "cannot read <" + f.tag + "> \"" + f.value + "\": " + file.status().message()));
      continue;
    }
    problems->insert(problems->end(), file->problems.begin(), file->problems.end());
    out->push_back(std::move(*file));
  }
}

}  // namespace

StatusOr<TabariDictionaries> LoadTabariProject(const std::string& project_path) {
  TabariDictionaries d;
  CHRONICLE_ASSIGN_OR_RETURN(d.project, ReadTabariProject(project_path));
  d.problems = d.project.problems;
  LoadTagged(d.project, "actorsfile", ReadTabariActors, &d.actors, &d.problems);
  LoadTagged(d.project, "verbsfile", ReadTabariVerbs, &d.verbs, &d.problems);
  LoadTagged(d.project, "agentsfile", ReadTabariAgents, &d.agents, &d.problems);
  LoadTagged(d.project, "optionsfile", ReadTabariOptions, &d.options, &d.problems);
  return d;
}

}  // namespace chronicle
