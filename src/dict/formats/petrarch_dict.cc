// Every PETRARCH-2 file goes through one comment filter (CleanLines) that
// mirrors PETRARCH's read_FIN_line(), then a per-format reader. The verb
// reader is a small state machine: a "&NAME" line opens a synset (its "+"
// lines are members), a "---" header opens a verb block (its "+" lines are
// multi-word verbs, "-" lines patterns). Names used before their
// definition are fine (PETRARCH allows it); undefined synsets are reported
// once the whole file is read.
#include "dict/formats/petrarch_dict.h"

#include <algorithm>

#include "dict/dict_file.h"

namespace chronicle {
namespace {

struct CleanLine {
  std::string_view text;     // comments removed, trimmed
  std::string_view comment;  // after '#', trimmed
  bool indented = false;
  int line = 0;
};

// Applies PETRARCH's comment rules (see the header). The result points into
// `text`, except that a line with an inline "<!-- -->" is rebuilt in
// `*storage`, which must outlive the result.
std::vector<CleanLine> CleanLines(std::string_view text, const std::string& path,
                                  std::vector<std::string>* problems,
                                  std::vector<std::string>* storage) {
  const std::vector<SourceLine> lines = SplitSourceLines(text, path, problems);
  storage->reserve(lines.size());
  std::vector<CleanLine> out;
  bool in_comment = false;
  int comment_line = 0;  // where the open "<!--" started
  for (const SourceLine& l : lines) {
    std::string_view t = l.text;
    if (in_comment) {
      if (t.find("-->") != std::string_view::npos) in_comment = false;
      continue;
    }
    CleanLine c;
    c.line = l.line;
    c.indented = !t.empty() && (t[0] == ' ' || t[0] == '\t');
    const std::string_view trimmed = TrimSpace(t);
    if (trimmed.empty() || trimmed[0] == '#') continue;
    const size_t open = t.find("<!--");
    if (open != std::string_view::npos) {
      const size_t close = t.find("-->", open + 4);
      if (close == std::string_view::npos) {
        in_comment = true;
        comment_line = l.line;
        t = t.substr(0, open);
      } else {
        storage->push_back(std::string(t.substr(0, open)) + " " +
                           std::string(t.substr(close + 3)));
        t = storage->back();
      }
    } else if (trimmed.substr(0, 2) == "<!") {
      continue;
    }
    const size_t hash = t.find('#');
    if (hash != std::string_view::npos) {
      c.comment = TrimSpace(t.substr(hash + 1));
      t = t.substr(0, hash);
    }
    const size_t semi = t.find(';');
    if (semi != std::string_view::npos) t = t.substr(0, semi);
    c.text = TrimSpace(t);
    if (!c.text.empty()) out.push_back(c);
  }
  if (in_comment) {
    problems->push_back(FormatProblem(path, comment_line, "\"<!--\" comment not closed"));
  }
  return out;
}

PetrarchTokenKind ClassifyToken(std::string_view t) {
  if (t == "*") return PetrarchTokenKind::kVerb;
  if (t == "$") return PetrarchTokenKind::kSource;
  if (t == "+") return PetrarchTokenKind::kTarget;
  if (t.size() > 1 && t[0] == '&') return PetrarchTokenKind::kSynset;
  return PetrarchTokenKind::kWord;
}

// Splits at spaces, peeling '{', '(' off the front and '}', ')' off the
// back of each chunk.
// PETRARCH-2 splits a pattern at '*' before it splits words, so '*' may
// touch a word ("*SCEPTICAL", "SPY_*_DEAL"); such a chunk is cut around the
// '*' and the '_' that joined it is dropped.
std::vector<std::string_view> SplitAtVerb(std::string_view s) {
  std::vector<std::string_view> out;
  for (std::string_view chunk : SplitSpace(s)) {
    size_t star;
    while ((star = chunk.find('*')) != std::string_view::npos) {
      std::string_view left = chunk.substr(0, star);
      while (!left.empty() && left.back() == '_') left.remove_suffix(1);
      if (!left.empty()) out.push_back(left);
      out.push_back(chunk.substr(star, 1));
      chunk = chunk.substr(star + 1);
      while (!chunk.empty() && chunk.front() == '_') chunk.remove_prefix(1);
    }
    if (!chunk.empty()) out.push_back(chunk);
  }
  return out;
}

std::vector<PetrarchToken> TokenizePattern(std::string_view s) {
  std::vector<PetrarchToken> tokens;
  for (std::string_view chunk : SplitAtVerb(s)) {
    while (!chunk.empty() && (chunk.front() == '{' || chunk.front() == '(')) {
      tokens.push_back({chunk.front() == '{' ? PetrarchTokenKind::kNounOpen
                                             : PetrarchTokenKind::kPrepOpen,
                        std::string(1, chunk.front())});
      chunk.remove_prefix(1);
    }
    std::vector<PetrarchToken> closers;
    while (!chunk.empty() && (chunk.back() == '}' || chunk.back() == ')')) {
      closers.push_back({chunk.back() == '}' ? PetrarchTokenKind::kNounClose
                                             : PetrarchTokenKind::kPrepClose,
                         std::string(1, chunk.back())});
      chunk.remove_suffix(1);
    }
    if (!chunk.empty()) tokens.push_back({ClassifyToken(chunk), std::string(chunk)});
    tokens.insert(tokens.end(), closers.rbegin(), closers.rend());
  }
  return tokens;
}

// Checks '*' count and the (...) / {...} structure; "" if well formed.
std::string CheckPattern(const std::vector<PetrarchToken>& tokens) {
  int verbs = 0;
  bool in_prep = false, in_noun = false;
  size_t group_start = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    switch (tokens[i].kind) {
      case PetrarchTokenKind::kVerb:
        ++verbs;
        if (in_prep || in_noun) return "'*' inside a phrase";
        break;
      case PetrarchTokenKind::kPrepOpen:
        if (in_prep || in_noun) return "'(' inside a phrase";
        in_prep = true;
        group_start = i;
        break;
      case PetrarchTokenKind::kNounOpen:
        if (in_noun) return "nested '{'";
        in_noun = true;
        group_start = i;
        break;
      case PetrarchTokenKind::kPrepClose:
        if (!in_prep || in_noun) return "')' without '('";
        if (i == group_start + 1) return "empty (...)";
        in_prep = false;
        break;
      case PetrarchTokenKind::kNounClose:
        if (!in_noun) return "'}' without '{'";
        if (i == group_start + 1) return "empty {...}";
        in_noun = false;
        break;
      default:
        break;
    }
  }
  if (in_prep) return "'(' without ')'";
  if (in_noun) return "'{' without '}'";
  if (verbs != 1) return "pattern needs exactly one '*', has " + std::to_string(verbs);
  return "";
}

// Reads "WORD {FORMS} [CODE]"; "" on success, else the reason.
std::string ParseVerbLine(std::string_view t, PetrarchVerb* v) {
  const BracketScan scan = ScanBrackets(t);
  if (!scan.error.empty()) return scan.error;
  if (scan.blocks.size() > 1) return "verb with more than one [code]";
  if (!scan.after.empty())
    return "text after the code: \"" + std::string(scan.after) + "\"";
  std::string reason;
  if (scan.blocks.size() == 1 && !ParseEventCode(scan.blocks[0], &v->code, &reason)) {
    return reason;
  }
  std::string_view word = TrimSpace(scan.before);
  const size_t open = word.find('{');
  if (open != std::string_view::npos) {
    const size_t close = word.find('}', open);
    if (close == std::string_view::npos) return "'{' without '}' in verb forms";
    if (!TrimSpace(word.substr(close + 1)).empty())
      return "text after the verb forms {...}";
    v->has_forms = true;
    for (std::string_view f : SplitSpace(word.substr(open + 1, close - open - 1))) {
      v->forms.emplace_back(f);
    }
    word = TrimSpace(word.substr(0, open));
  } else if (word.find('}') != std::string_view::npos) {
    return "'}' without '{'";
  }
  if (word.empty()) return "verb line without a verb";
  if (word.find_first_of(" \t") != std::string_view::npos) {
    return "verb \"" + std::string(word) +
           "\" holds a space; join multi-word verbs with '_'";
  }
  v->text = std::string(word);
  const size_t plus_count =
      static_cast<size_t>(std::count(word.begin(), word.end(), '+'));
  if (plus_count > 1) return "verb \"" + v->text + "\" has more than one '+'";
  int head = -1;
  std::string cur;
  bool cur_plus = false;
  auto flush = [&] {
    if (cur.empty()) return;
    if (cur_plus) head = static_cast<int>(v->words.size());
    v->words.push_back(cur);
    cur.clear();
    cur_plus = false;
  };
  for (char c : word) {
    if (c == '_') {
      flush();
    } else if (c == '+') {
      if (!cur.empty()) return "'+' inside a word of \"" + v->text + "\"";
      cur_plus = true;
    } else {
      cur.push_back(c);
    }
  }
  flush();
  if (v->words.empty()) return "verb line without a verb";
  if (v->words.size() > 1 && head < 0) {
    return "multi-word verb \"" + v->text + "\" needs '+' before the verb word";
  }
  v->head = head < 0 ? 0 : head;
  return "";
}

// Reads "- PATTERN [CODE]"; "" on success, else the reason.
std::string ParsePatternLine(const CleanLine& c, PetrarchPattern* p) {
  const BracketScan scan = ScanBrackets(c.text.substr(1));
  if (!scan.error.empty()) {
    return scan.error + " in pattern \"" + std::string(TrimSpace(c.text.substr(1))) +
           "\"";
  }
  if (scan.blocks.size() != 1) {
    return scan.blocks.empty() ? "pattern without a [code]"
                               : "pattern with more than one [code]";
  }
  if (!scan.after.empty())
    return "text after the code: \"" + std::string(scan.after) + "\"";
  p->text = std::string(TrimSpace(scan.before));
  p->tokens = TokenizePattern(p->text);
  const std::string bad = CheckPattern(p->tokens);
  if (!bad.empty()) return bad + ": \"" + p->text + "\"";
  std::string reason;
  if (!ParseEventCode(scan.blocks[0], &p->code, &reason)) return reason;
  p->comment = std::string(c.comment);
  p->line = c.line;
  return "";
}

bool SynsetDefined(const std::vector<PetrarchSynset>& synsets, std::string_view name) {
  for (const PetrarchSynset& s : synsets) {
    if (s.name == name) return true;
    if (s.no_plurals && std::string_view(s.name).substr(0, s.name.size() - 1) == name)
      return true;
  }
  return false;
}

}  // namespace

// ---- verb dictionary --------------------------------------------------

size_t PetrarchVerbFile::verb_count() const {
  size_t n = 0;
  for (const PetrarchVerbBlock& b : blocks) n += b.verbs.size();
  return n;
}

size_t PetrarchVerbFile::pattern_count() const {
  size_t n = 0;
  for (const PetrarchVerbBlock& b : blocks) n += b.patterns.size();
  return n;
}

// One loop over the lines, longer than usual: the context switches (synset,
// block, none) are easier to check when they sit together.
PetrarchVerbFile ParsePetrarchVerbs(std::string_view text, const std::string& path) {
  PetrarchVerbFile f;
  f.path = path;
  std::vector<std::string> storage;
  enum class Context { kNone, kSynset, kBlock } context = Context::kNone;
  std::vector<std::pair<std::string, int>> used;  // synsets in patterns
  auto problem = [&](int line, std::string_view reason) {
    f.problems.push_back(FormatProblem(path, line, reason));
  };
  for (const CleanLine& c : CleanLines(text, path, &f.problems, &storage)) {
    const std::string_view t = c.text;
    if (t.substr(0, 3) == "---") {
      std::string_view inner = t;
      while (!inner.empty() && inner.front() == '-') inner.remove_prefix(1);
      inner = TrimSpace(inner);
      while (!inner.empty() && inner.back() == '-') inner.remove_suffix(1);
      const BracketScan scan = ScanBrackets(inner);
      PetrarchVerbBlock b;
      b.name = std::string(TrimSpace(scan.before));
      std::string reason;
      if (!scan.error.empty() || scan.blocks.size() > 1 || b.name.empty()) {
        problem(c.line, "bad block header, expected \"--- NAME [CODE] ---\"");
        context = Context::kNone;
        continue;
      }
      if (!scan.after.empty()) {
        // "--- DELAY [120]--- ---": PETRARCH-2 takes "[120]---" as the code.
        problem(c.line,
                "text \"" + std::string(scan.after) + "\" glued to the block code");
      }
      if (scan.blocks.empty()) {
        ParseEventCode("---", &b.code, &reason);
      } else if (!ParseEventCode(scan.blocks[0], &b.code, &reason)) {
        problem(c.line, reason);
        context = Context::kNone;
        continue;
      }
      b.file = path;
      b.line = c.line;
      f.blocks.push_back(std::move(b));
      context = Context::kBlock;
    } else if (t.front() == '-') {
      if (context != Context::kBlock) {
        problem(c.line, "pattern outside a verb block");
        continue;
      }
      PetrarchPattern p;
      const std::string reason = ParsePatternLine(c, &p);
      if (!reason.empty()) {
        problem(c.line, reason);
        continue;
      }
      p.file = path;
      for (const PetrarchToken& tok : p.tokens) {
        if (tok.kind == PetrarchTokenKind::kSynset) used.emplace_back(tok.text, c.line);
      }
      f.blocks.back().patterns.push_back(std::move(p));
    } else if (t.front() == '&') {
      if (t.find_first_of(" \t") != std::string_view::npos) {
        problem(c.line, "synset label with a space: \"" + std::string(t) + "\"");
        context = Context::kNone;
        continue;
      }
      f.synsets.push_back({std::string(t), t.back() == '_', {}, path, c.line});
      context = Context::kSynset;
    } else if (t.front() == '~') {
      const size_t eq = t.find('=');
      if (eq == std::string_view::npos) {
        problem(c.line, "transformation without '='");
        continue;
      }
      f.transformations.push_back({std::string(TrimSpace(t.substr(1, eq - 1))),
                                   std::string(TrimSpace(t.substr(eq + 1))), path,
                                   c.line});
    } else if (context == Context::kSynset && t.front() == '+') {
      DictPhrase m;
      if (!ParseDictPhrase(t.substr(1), &m)) {
        problem(c.line, "empty synset member");
        continue;
      }
      f.synsets.back().members.push_back(std::move(m));
    } else if (context == Context::kBlock) {
      PetrarchVerb v;
      const std::string reason = ParseVerbLine(t, &v);
      if (!reason.empty()) {
        problem(c.line, reason);
        continue;
      }
      v.file = path;
      v.line = c.line;
      f.blocks.back().verbs.push_back(std::move(v));
    } else {
      problem(c.line, context == Context::kSynset
                          ? "expected \"+member\" in synset " + f.synsets.back().name
                          : "verb \"" + std::string(t) + "\" outside a \"---\" block");
    }
  }
  for (const auto& [name, line] : used) {
    if (!SynsetDefined(f.synsets, name)) problem(line, "undefined synset " + name);
  }
  return f;
}

StatusOr<PetrarchVerbFile> ReadPetrarchVerbs(const std::string& path) {
  CHRONICLE_ASSIGN_OR_RETURN(std::string text, ReadFileToString(path));
  return ParsePetrarchVerbs(text, path);
}

// ---- actors -----------------------------------------------------------

size_t PetrarchActorFile::synonym_count() const {
  size_t n = 0;
  for (const PetrarchActor& a : actors) n += a.synonyms.size();
  return n;
}

size_t PetrarchActorFile::code_count() const {
  size_t n = 0;
  for (const PetrarchActor& a : actors) n += a.codes.size();
  return n;
}

PetrarchActorFile ParsePetrarchActors(std::string_view text, const std::string& path) {
  PetrarchActorFile f;
  f.path = path;
  std::vector<std::string> storage;
  ActorRecordBuilder builder(path, &f.problems, /*strict_indent=*/false);
  for (const CleanLine& c : CleanLines(text, path, &f.problems, &storage)) {
    builder.AddLine(c.text, c.indented, c.line);
  }
  f.actors = builder.Finish();
  return f;
}

StatusOr<PetrarchActorFile> ReadPetrarchActors(const std::string& path) {
  CHRONICLE_ASSIGN_OR_RETURN(std::string text, ReadFileToString(path));
  return ParsePetrarchActors(text, path);
}

// ---- agents -----------------------------------------------------------

namespace {

// Markers "!NAME!" used in `phrase`, in order.
std::vector<std::string> MarkersIn(std::string_view phrase) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (true) {
    const size_t open = phrase.find('!', pos);
    if (open == std::string_view::npos) break;
    const size_t close = phrase.find('!', open + 1);
    if (close == std::string_view::npos) {
      out.emplace_back(phrase.substr(open));  // unpaired: reported by caller
      break;
    }
    out.emplace_back(phrase.substr(open, close - open + 1));
    pos = close + 1;
  }
  return out;
}

}  // namespace

PetrarchAgentFile ParsePetrarchAgents(std::string_view text, const std::string& path) {
  PetrarchAgentFile f;
  f.path = path;
  std::vector<std::string> storage;
  std::vector<std::pair<std::string, int>> used;
  for (const CleanLine& c : CleanLines(text, path, &f.problems, &storage)) {
    const std::string_view t = c.text;
    if (t.front() == '!' && t.find('=') != std::string_view::npos) {
      const size_t eq = t.find('=');
      const std::string_view marker = TrimSpace(t.substr(0, eq));
      if (marker.size() < 3 || marker.back() != '!' ||
          marker.substr(1, marker.size() - 2).find('!') != std::string_view::npos) {
        f.problems.push_back(FormatProblem(
            path, c.line, "bad substitution marker \"" + std::string(marker) + "\""));
        continue;
      }
      PetrarchSubstitution s{std::string(marker), SplitList(t.substr(eq + 1), ','), path,
                             c.line};
      if (s.values.empty()) {
        f.problems.push_back(FormatProblem(path, c.line, "substitution without values"));
        continue;
      }
      f.substitutions.push_back(std::move(s));
      continue;
    }
    PetrarchAgent a;
    std::string reason;
    if (!ParseAgentLine(t, &a, &reason)) {
      f.problems.push_back(FormatProblem(path, c.line, reason));
      continue;
    }
    a.file = path;
    a.line = c.line;
    for (std::string& m : MarkersIn(a.phrase.text))
      used.emplace_back(std::move(m), c.line);
    f.agents.push_back(std::move(a));
  }
  for (const auto& [marker, line] : used) {
    bool found = false;
    for (const PetrarchSubstitution& s : f.substitutions)
      found = found || s.marker == marker;
    if (!found)
      f.problems.push_back(FormatProblem(path, line, "undefined substitution " + marker));
  }
  return f;
}

StatusOr<PetrarchAgentFile> ReadPetrarchAgents(const std::string& path) {
  CHRONICLE_ASSIGN_OR_RETURN(std::string text, ReadFileToString(path));
  return ParsePetrarchAgents(text, path);
}

// ---- discards ---------------------------------------------------------

PetrarchDiscardFile ParsePetrarchDiscards(std::string_view text,
                                          const std::string& path) {
  PetrarchDiscardFile f;
  f.path = path;
  std::vector<std::string> storage;
  for (const CleanLine& c : CleanLines(text, path, &f.problems, &storage)) {
    PetrarchDiscard d;
    std::string_view t = c.text;
    if (t.front() == '+') {
      d.story = true;
      t = TrimSpace(t.substr(1));
    }
    if (!t.empty() && t.back() == '_') {
      d.whole_word_end = true;
      t.remove_suffix(1);
    }
    if (TrimSpace(t).empty()) {
      f.problems.push_back(FormatProblem(path, c.line, "empty discard phrase"));
      continue;
    }
    d.text = std::string(TrimSpace(t));
    d.file = path;
    d.line = c.line;
    f.discards.push_back(std::move(d));
  }
  return f;
}

StatusOr<PetrarchDiscardFile> ReadPetrarchDiscards(const std::string& path) {
  CHRONICLE_ASSIGN_OR_RETURN(std::string text, ReadFileToString(path));
  return ParsePetrarchDiscards(text, path);
}

// ---- issues -----------------------------------------------------------

namespace {

// Value of attribute `name` in `<ISSUE CATEGORY="X" TYPE="ALL">`; false if
// absent or unquoted.
bool TagAttribute(std::string_view tag, std::string_view name, std::string* value) {
  const std::string key = std::string(name) + "=\"";
  const size_t at = tag.find(key);
  if (at == std::string_view::npos) return false;
  const size_t start = at + key.size();
  const size_t end = tag.find('"', start);
  if (end == std::string_view::npos) return false;
  *value = std::string(tag.substr(start, end - start));
  return true;
}

}  // namespace

// One loop over the lines; the <ISSUE> open/close state is kept in it.
PetrarchIssueFile ParsePetrarchIssues(std::string_view text, const std::string& path) {
  PetrarchIssueFile f;
  f.path = path;
  std::vector<std::string> storage;
  bool open = false;
  std::string category;
  int open_line = 0;
  auto problem = [&](int line, std::string_view reason) {
    f.problems.push_back(FormatProblem(path, line, reason));
  };
  for (const CleanLine& c : CleanLines(text, path, &f.problems, &storage)) {
    const std::string_view t = c.text;
    if (t.substr(0, 6) == "<ISSUE") {
      std::string cat;
      if (t.back() != '>' || !TagAttribute(t, "CATEGORY", &cat) || cat.empty()) {
        problem(c.line, "expected <ISSUE CATEGORY=\"...\">");
        continue;
      }
      if (open)
        problem(c.line,
                "<ISSUE> inside <ISSUE> opened at line " + std::to_string(open_line));
      open = true;
      open_line = c.line;
      category = cat;
      f.categories.push_back(cat);
      continue;
    }
    if (t == "</ISSUE>") {
      if (!open) problem(c.line, "</ISSUE> without <ISSUE>");
      open = false;
      category.clear();
      continue;
    }
    PetrarchIssue is;
    is.category = category;
    is.file = path;
    is.line = c.line;
    if (t.front() == '~') {
      const bool story = t.size() > 1 && t[1] == '~';
      is.kind = story ? PetrarchIssue::Kind::kIgnoreStory
                      : PetrarchIssue::Kind::kIgnoreSentence;
      is.phrase = std::string(TrimSpace(t.substr(story ? 2 : 1)));
      if (is.phrase.empty()) {
        problem(c.line, "empty exclusion phrase");
        continue;
      }
      f.issues.push_back(std::move(is));
      continue;
    }
    const BracketScan scan = ScanBrackets(t);
    if (!scan.error.empty() || scan.blocks.size() != 1 || !scan.after.empty()) {
      problem(c.line, scan.blocks.empty() && scan.error.empty()
                          ? "issue phrase without a [CODE]"
                          : "expected \"phrase [CODE]\"");
      continue;
    }
    is.phrase = std::string(TrimSpace(scan.before));
    is.code = std::string(TrimSpace(scan.blocks[0]));
    if (is.phrase.empty() || is.code.empty() || is.code.find(' ') != std::string::npos) {
      problem(c.line, "expected \"phrase [CODE]\"");
      continue;
    }
    f.issues.push_back(std::move(is));
  }
  if (open) problem(open_line, "<ISSUE> not closed");
  return f;
}

StatusOr<PetrarchIssueFile> ReadPetrarchIssues(const std::string& path) {
  CHRONICLE_ASSIGN_OR_RETURN(std::string text, ReadFileToString(path));
  return ParsePetrarchIssues(text, path);
}

}  // namespace chronicle
