// petrarch/dict.cc: PETRARCH-1's dictionary readers (PETRreader.py:
// read_verb_dictionary, read_actor_dictionary, read_agent_dictionary,
// read_discard_list), restated. The existing PETRARCH-2 readers
// (dict/formats/petrarch_dict.h) are not used: PETRARCH-1 differs in
// comment handling ('#' anywhere, no ';'), verb-file layout (synsets
// "&X"/"+member", "--- VERB [code] ---" blocks, TABARI-like patterns),
// agent plurals and the actor code table shared by synonyms, and the
// coder's outcome depends on those details.
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "petrarch/lexicon.h"
#include "petrarch/strings.h"

namespace chronicle::petrarch_internal {

Lexicon::Lexicon() { discard_nodes.emplace_back(); }

int Lexicon::Kid(int node, std::string_view key) const {
  for (const auto& [k, id] : nodes[node].kids) {
    if (k == key) return id;
  }
  return -1;
}

int Lexicon::SynKid(int node, std::string_view key) const {
  for (const auto& [k, id] : nodes[node].syn) {
    if (k == key) return id;
  }
  return -1;
}

int Lexicon::AddKid(int node, const std::string& key) {
  int id = Kid(node, key);
  if (id >= 0) return id;
  id = NewNode();
  nodes[node].kids.emplace_back(key, id);
  return id;
}

int Lexicon::AddSynKid(int node, const std::string& key) {
  int id = SynKid(node, key);
  if (id >= 0) return id;
  id = NewNode();
  nodes[node].syn.emplace_back(key, id);
  return id;
}

namespace {

// read_FIN_line(): the next line that is not a comment, with "#..." and a
// one-line "<!-- -->" removed. Quirks kept: a line starting with "<!" is
// skipped whole; after a multi-line "<!--" the line following the one
// with "-->" is returned unchecked.
class FinReader {
 public:
  explicit FinReader(std::string_view text) : text_(text) {}
  // false at the end of the file.
  bool Next(std::string* line) {
    if (!Raw(line)) return false;
    while (true) {
      if (line->empty() || (*line)[0] == '#' || StartsWith(*line, "<!") ||
          Strip(*line).empty()) {
        if (!Raw(line)) return false;
        continue;
      }
      size_t h = line->find('#');
      if (h != std::string::npos) line->resize(h);
      size_t c = line->find("<!--");
      if (c != std::string::npos) {
        size_t e = line->find("-->", c + 4);
        if (e != std::string::npos) {
          *line = line->substr(0, c) + line->substr(e + 3);
        } else {
          while (line->find("-->") == std::string::npos) {
            if (!Raw(line)) return false;
          }
          if (!Raw(line)) return false;
        }
      }
      if (!Strip(*line).empty()) break;
      if (!Raw(line)) return false;
    }
    return true;
  }
  int line_number() const { return number_; }

 private:
  bool Raw(std::string* line) {
    if (pos_ >= text_.size()) return false;
    size_t nl = text_.find('\n', pos_);
    if (nl == std::string_view::npos) nl = text_.size();
    line->assign(text_.substr(pos_, nl - pos_));
    if (!line->empty() && line->back() == '\r') line->pop_back();
    pos_ = nl + 1;
    ++number_;
    return true;
  }
  std::string_view text_;
  size_t pos_ = 0;
  int number_ = 0;
};

std::string Where(const std::string& path, int line) {
  return path + ":" + std::to_string(line) + ": ";
}

// add_dict_tree(): `lower` words, '#', `upper` words last-first, '#' =
// data leaf. ' ' and '' entries are connectors and skipped.
void AddDictTree(Lexicon* lex, std::unordered_map<std::string, int>* dict,
                 const std::vector<std::string>& lower, const std::string& verb,
                 const std::string& meaning, const std::string& code,
                 const std::vector<std::string>& upper, int line) {
  auto it = dict->find(verb);
  int node;
  if (it == dict->end()) {
    node = lex->NewNode();
    dict->emplace(verb, node);
  } else {
    node = it->second;
  }
  for (const std::string& t : lower) {
    if (t.empty() || t == " ") continue;
    node = t[0] == '&' ? lex->AddSynKid(node, t) : lex->AddKid(node, t);
  }
  node = lex->AddKid(node, "#");
  for (auto t = upper.rbegin(); t != upper.rend(); ++t) {
    if (t->empty() || *t == " ") continue;
    node = (*t)[0] == '&' ? lex->AddSynKid(node, *t) : lex->AddKid(node, *t);
  }
  // list['#'] = {...}: a new leaf replaces whatever was there.
  const int leaf = lex->NewNode();
  lex->data.push_back(VerbData{meaning, code, line});
  lex->nodes[leaf].data = static_cast<int>(lex->data.size()) - 1;
  for (auto& [k, id] : lex->nodes[node].kids) {
    if (k == "#") {
      id = leaf;
      return;
    }
  }
  lex->nodes[node].kids.emplace_back("#", leaf);
}

std::string MakePlural(const std::string& st) {
  if (st.empty()) return st;
  if (st.back() == 'Y') return st.substr(0, st.size() - 1) + "IES";
  if (st.back() == 'S') return st.substr(0, st.size() - 1) + "ES";
  return st + "S";
}

std::vector<std::string> SplitConnected(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == ' ' || c == '_' || IsPySpace(c)) {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

// The pattern text after '-' (without the code): tokens with the
// connector before each; '*' splits upper from lower.
Pattern MakePattern(const std::string& body, const std::string& code, int line) {
  std::vector<PatternToken> toks;
  std::string cur;
  char sep = ' ';
  char pending = ' ';
  for (size_t k = 0; k <= body.size(); ++k) {
    const char c = k < body.size() ? body[k] : ' ';
    if (c == '_' || IsPySpace(c)) {
      if (!cur.empty()) {
        toks.push_back({cur, pending == '_'});
        cur.clear();
        sep = c == '_' ? '_' : ' ';
        pending = sep;
      } else if (c == '_') {
        pending = '_';
      } else if (pending != '_') {
        pending = ' ';
      }
    } else {
      cur += c;
    }
  }
  Pattern p;
  p.code = code;
  p.line = line;
  size_t star = toks.size();
  for (size_t k = 0; k < toks.size(); ++k) {
    if (toks[k].text == "*") {
      star = k;
      break;
    }
  }
  for (size_t k = star + 1; k < toks.size(); ++k) p.lower.push_back(toks[k]);
  // Upper tokens nearest the verb first; each is tight when the token
  // after it (or the verb) was joined to it with '_'.
  for (size_t k = std::min(star, toks.size()); k-- > 0;) {
    PatternToken t = toks[k];
    t.tight = k + 1 < toks.size() ? toks[k + 1].tight : false;
    p.upper.push_back(t);
  }
  return p;
}

}  // namespace

void ReadP1Verbs(std::string_view text, const std::string& path, Lexicon* lex) {
  FinReader fin(text);
  std::string line;
  std::string theverb;
  std::string primarycode = "---";
  bool newblock = false;
  bool have = fin.Next(&line);
  const auto verbs_tree = [&](const std::string& word, const std::string& code, int ln) {
    AddDictTree(lex, &lex->verbs, {}, word, theverb, code, {}, ln);
  };
  while (have) {
    const int ln = fin.line_number();
    std::string verb, code;
    size_t br = line.find('[');
    if (br != std::string::npos) {
      verb = Strip(line.substr(0, br));
      std::string rest = line.substr(br + 1);
      size_t close = rest.find(']');
      // Python's rest[:find(']')]: a missing ']' drops the last character.
      code = close == std::string::npos ? rest.substr(0, rest.empty() ? 0 : rest.size() - 1)
                                        : rest.substr(0, close);
    } else {
      verb = Strip(line);
    }
    if (verb.empty()) {
      lex->problems.push_back(Where(path, ln) + "a code with no verb or pattern");
      have = fin.Next(&line);
      continue;
    }
    if (StartsWith(verb, "---")) {
      primarycode = code.empty() ? "---" : code;
      newblock = true;
      have = fin.Next(&line);
    } else if (verb[0] == '-') {
      if (verb.find('{') != std::string::npos) {  // TABARI alternatives: skipped
        have = fin.Next(&line);
        continue;
      }
      verb = ReplaceAll(verb, "_ ", " ");
      if (!verb.empty() && verb.back() == '_') verb.pop_back();
      const std::string body = verb.substr(1);
      Pattern pat = MakePattern(body, code, ln);
      // PETRARCH-1 refuses a pattern naming a synset not defined above it.
      std::string undefined;
      for (const auto* half : {&pat.lower, &pat.upper}) {
        for (const PatternToken& t : *half) {
          if (t.text[0] == '&' && !lex->synset_defined.count(t.text)) undefined = t.text;
        }
      }
      if (!undefined.empty()) {
        lex->problems.push_back(Where(path, ln) + "pattern uses synset " + undefined +
                                " before it is defined; skipped");
      } else {
        lex->patterns[theverb].push_back(std::move(pat));
      }
      have = fin.Next(&line);
    } else if (verb[0] == '&') {
      bool noplural = false;
      if (verb.back() == '_') {
        noplural = true;
        verb.pop_back();
      }
      lex->synset_defined[verb] = true;
      have = fin.Next(&line);
      while (have && !line.empty() && line[0] == '+') {
        const int mln = fin.line_number();
        std::string word = Strip(line.substr(1));
        if (!word.empty()) {
          // A plural of the last word is added unless the synset or the
          // member ends in '_' (make_plural: Y -> IES, S -> ES, else +S).
          std::string w = word;
          const bool plain = noplural || w.back() == '_';
          if (w.back() == '_') w.pop_back();
          std::vector<std::string> words = SplitConnected(w);
          if (!words.empty()) {
            lex->synsets[verb].push_back(words);
            if (!plain) {
              words.back() = MakePlural(words.back());
              lex->synsets[verb].push_back(words);
            }
          }
        }
        if (word.empty()) {
          lex->problems.push_back(Where(path, mln) + "empty synset member");
        }
        have = fin.Next(&line);
      }
    } else {
      const std::string curcode = code.empty() ? primarycode : code;
      if (newblock) {
        size_t b = verb.find('{');
        theverb = b != std::string::npos ? Strip(verb.substr(0, b)) : verb;
        newblock = false;
      }
      if (verb.find('_') != std::string::npos) {
        // store_multi_word_verb()
        std::vector<std::string> forms;
        size_t b = verb.find('{');
        if (b != std::string::npos) {
          size_t e = verb.find('}');
          std::string inside = verb.substr(b + 1, (e == std::string::npos ? verb.size() - 1 : e) -
                                                      std::min(b + 1, verb.size()));
          forms = SplitWs(inside);
          forms.push_back(Strip(verb.substr(0, b)));
        } else {
          size_t plus = verb.find('+');
          if (plus == std::string::npos) {
            lex->problems.push_back(Where(path, ln) +
                                    "multi-word verb without '+' on the verb word; skipped");
            have = fin.Next(&line);
            continue;
          }
          const size_t plind = plus + 1;
          size_t us = verb.find('_', plind);
          const std::string vroot = us != std::string::npos && us > 0
                                        ? verb.substr(plind, us - plind)
                                        : verb.substr(plind);
          forms.push_back(verb);
          if (vroot.empty()) {
            lex->problems.push_back(Where(path, ln) + "empty verb word after '+'; skipped");
            have = fin.Next(&line);
            continue;
          }
          forms.push_back(ReplaceAll(verb, vroot, vroot + "S"));
          if (vroot.back() == 'E') {
            forms.push_back(ReplaceAll(verb, vroot, vroot + "D"));
            forms.push_back(ReplaceAll(verb, vroot, vroot.substr(0, vroot.size() - 1) + "ING"));
          } else {
            forms.push_back(ReplaceAll(verb, vroot, vroot + "ED"));
            forms.push_back(ReplaceAll(verb, vroot, vroot + "ING"));
          }
        }
        for (const std::string& phrase : forms) {
          if (phrase.find('+') == std::string::npos) {
            lex->problems.push_back(Where(path, ln) + "form '" + phrase +
                                    "' of a multi-word verb has no '+'; skipped");
            continue;
          }
          std::vector<std::string> words = Split(phrase, '_');
          if (StartsWith(words[0], "+")) {
            std::vector<std::string> multi(words.begin() + 1, words.end());
            AddDictTree(lex, &lex->verbs, multi, words[0].substr(1), theverb, curcode, {}, ln);
          } else {
            std::vector<std::string> upper;
            for (size_t ka = 2; ka <= words.size(); ++ka) upper.push_back(words[words.size() - ka]);
            const std::string& last = words.back();
            AddDictTree(lex, &lex->verbs, {}, last.empty() ? "" : last.substr(1), theverb,
                        curcode, upper, ln);
          }
        }
      } else {
        const std::vector<std::string> parts = SplitWs(verb);
        verbs_tree(parts[0], curcode, ln);
        size_t b = verb.find('{');
        if (b != std::string::npos) {
          size_t e = verb.find('}');
          std::string inside =
              verb.substr(b + 1, (e == std::string::npos ? verb.size() - 1 : e) - (b + 1));
          for (const std::string& f : SplitWs(inside)) verbs_tree(f, curcode, ln);
        } else {
          // make_verb_forms()
          const std::string& v = verb;
          const char last = v.back();
          verbs_tree(last == 'S' || last == 'X' || last == 'Z' ? v + "ES" : v + "S", curcode, ln);
          if (last == 'E') {
            verbs_tree(v + "D", curcode, ln);
            verbs_tree(v.substr(0, v.size() - 1) + "ING", curcode, ln);
          } else {
            verbs_tree(v + "ED", curcode, ln);
            verbs_tree(v + "ING", curcode, ln);
          }
        }
      }
      have = fin.Next(&line);
    }
  }
}

bool P1Date(std::string_view s, int* yyyymmdd) {
  int year, month, day;
  const auto num = [](std::string_view d, int* out) {
    std::string t = Strip(std::string(d));
    if (t.empty()) return false;
    size_t i = 0;
    if (t[0] == '+' || t[0] == '-') i = 1;
    if (i >= t.size()) return false;
    for (size_t k = i; k < t.size(); ++k) {
      if (!std::isdigit(static_cast<unsigned char>(t[k]))) return false;
    }
    *out = std::stoi(t);
    return true;
  };
  if (s.size() > 7) {
    if (!num(s.substr(0, 4), &year) || !num(s.substr(4, 2), &month) ||
        !num(s.substr(6, 2), &day)) {
      return false;
    }
  } else {
    if (s.size() < 5) return false;
    if (!num(s.substr(0, 2), &year) || !num(s.substr(2, 2), &month) ||
        !num(s.substr(4, 2), &day)) {
      return false;
    }
    year += year <= 30 ? 2000 : 1900;
  }
  if (day <= 0) return false;
  if (month == 2) {
    const bool leap = year % 400 == 0 || (year % 100 != 0 && year % 4 == 0);
    if (day > (leap ? 29 : 28)) return false;
  } else if (month == 4 || month == 6 || month == 9 || month == 11) {
    if (day > 30) return false;
  } else if (day > 31) {
    return false;
  }
  *yyyymmdd = year * 10000 + month * 100 + day;
  return true;
}

namespace {

// make_noun_list() as a NounPhrase (without the code).
NounPhrase MakeNounPhrase(const std::string& s, std::string* keyword) {
  std::vector<std::pair<std::string, char>> list;
  size_t start = 0;
  const size_t maxlen = s.size() + 1;
  while (start < s.size()) {
    size_t sp = s.find(' ', start);
    if (sp == std::string::npos) sp = maxlen;
    size_t un = s.find('_', start);
    if (un == std::string::npos) un = maxlen;
    if (un < sp) {
      list.emplace_back(s.substr(start, un - start), '_');
      start = un + 1;
    } else {
      list.emplace_back(s.substr(start, std::min(sp, s.size()) - start), ' ');
      start = sp + 1;
    }
  }
  NounPhrase p;
  if (list.empty()) {
    keyword->clear();
    return p;
  }
  *keyword = list[0].first;
  p.connector = list[0].second;
  p.rest.assign(list.begin() + 1, list.end());
  return p;
}

}  // namespace

void ReadP1Actors(std::string_view text, const std::string& path, Lexicon* lex) {
  FinReader fin(text);
  std::string line;
  int codeindex = static_cast<int>(lex->actor_codes.size());
  std::vector<DatedCode> curlist;
  while (fin.Next(&line)) {
    const int ln = fin.line_number();
    if (line.find("---STOP---") != std::string::npos) break;
    if (line[0] == '\t') {
      size_t brack = line.find('[');
      if (brack == std::string::npos) {
        lex->problems.push_back(Where(path, ln) + "date restriction without '['; skipped");
        continue;
      }
      std::string inner = Strip(line.substr(brack + 1));
      size_t sp = inner.find(' ');
      std::string code = sp == std::string::npos ? inner : inner.substr(0, sp);
      code = Strip(code);
      std::string rest = sp == std::string::npos ? "" : LStrip(inner.substr(sp + 1));
      if (rest.find('<') != std::string::npos || rest.find('>') != std::string::npos) {
        size_t ka = 1;
        while (ka < rest.size() && !std::isdigit(static_cast<unsigned char>(rest[ka]))) ++ka;
        size_t kb = ka + 6;
        while (kb < rest.size() && std::isdigit(static_cast<unsigned char>(rest[kb]))) ++kb;
        int d;
        if (ka >= rest.size() || !P1Date(rest.substr(ka, std::min(kb, rest.size()) - ka), &d)) {
          lex->problems.push_back(Where(path, ln) +
                                  "date in the restriction could not be read; skipped");
          continue;
        }
        DatedCode c;
        c.kind = rest[0] == '<' ? DatedCode::kBefore : DatedCode::kAfter;
        c.from = d;
        c.code = code;
        curlist.push_back(c);
      } else if (rest.find('-') != std::string::npos) {
        size_t dash = rest.find('-');
        std::string p0 = Strip(rest.substr(0, dash));
        std::string p2 = rest.substr(dash + 1);
        size_t cb = p2.find(']');
        if (cb != std::string::npos) p2 = p2.substr(0, cb);
        p2 = Strip(p2);
        int d1, d2;
        if (!P1Date(p0, &d1) || !P1Date(p2, &d2)) {
          lex->problems.push_back(Where(path, ln) +
                                  "date in the restriction could not be read; skipped");
          continue;
        }
        if (d2 < d1) {
          lex->problems.push_back(Where(path, ln) +
                                  "interval ends before it starts; skipped");
          continue;
        }
        DatedCode c;
        c.kind = DatedCode::kBetween;
        c.from = d1;
        c.to = d2;
        c.code = code;
        curlist.push_back(c);
      } else {
        DatedCode c;
        size_t cb = code.find(']');
        // code[:code.find(']')]: without ']' the last character goes.
        c.code = cb != std::string::npos ? code.substr(0, cb)
                                         : code.substr(0, code.empty() ? 0 : code.size() - 1);
        curlist.push_back(c);
      }
      continue;
    }
    std::string actor;
    if (line[0] == '+') {
      actor = Strip(line.substr(1, line.find(';') == std::string::npos ? std::string::npos
                                                                        : line.find(';') - 1)) +
              " ";
    } else {
      if (!curlist.empty()) {
        // The previous entry's codes; an entry without any shares the
        // next one's index (PETRARCH-1 only advances it here).
        lex->actor_codes.push_back(curlist);
        codeindex = static_cast<int>(lex->actor_codes.size());
        curlist.clear();
      }
      std::string head;
      size_t b = line.find('[');
      if (b != std::string::npos) {
        std::string after = line.substr(b + 1);
        size_t cb = after.find(']');
        DatedCode c;
        c.code = Strip(cb == std::string::npos ? after : after.substr(0, cb));
        curlist.push_back(c);
        head = line.substr(0, b);
      } else {
        size_t sc = line.find(';');
        head = sc == std::string::npos ? line : line.substr(0, sc);
      }
      actor = Strip(head) + " ";
    }
    std::string keyword;
    NounPhrase p = MakeNounPhrase(actor, &keyword);
    p.code_index = codeindex;
    lex->actors[keyword].push_back(std::move(p));
  }
  // Longest phrases first (stable), as the 2014 reader sorted them:
  // "ITHILEN TELEVISION" before "ITHILEN" (PATTERN-09).
  for (auto& [key, list] : lex->actors) {
    std::stable_sort(list.begin(), list.end(), [](const NounPhrase& a, const NounPhrase& b) {
      return a.rest.size() > b.rest.size();
    });
  }
  // PETRARCH-1 never stores the last entry's codes: its phrases point past
  // the table (or at the next file's first entry). Kept.
}

void ReadP1Agents(std::string_view text, const std::string& path, Lexicon* lex) {
  FinReader fin(text);
  std::string line;
  std::unordered_map<std::string, std::vector<std::string>> subst;
  std::string plural;  // PETRARCH-1 reuses the previous line's plural after a marker line
  const auto store = [&](const std::string& noun, const std::string& code) {
    std::string keyword;
    NounPhrase p = MakeNounPhrase(noun, &keyword);
    p.code = code;
    lex->agents[keyword].push_back(std::move(p));
  };
  while (fin.Next(&line)) {
    const int ln = fin.line_number();
    if (line.find('!') != std::string::npos && line.find('=') != std::string::npos) {
      size_t ka = line.find('!') + 1;
      size_t kb = line.find('!', ka);
      size_t eq = line.find('=', ka);
      if (kb == std::string::npos || line.substr(ka - 1).find('=') == std::string::npos ||
          eq == std::string::npos) {
        lex->problems.push_back(Where(path, ln) +
                                "substitution marker incorrectly defined; skipped");
        continue;
      }
      std::vector<std::string>& values = subst[line.substr(ka, kb - ka)];
      values.clear();
      for (const std::string& v : Split(Strip(line.substr(eq + 1)), ',')) {
        values.push_back(Strip(v));
      }
      continue;
    }
    size_t b = line.find('[');
    if (b == std::string::npos) {
      lex->problems.push_back(Where(path, ln) + "agent without a [code]; skipped");
      continue;
    }
    const std::string head = line.substr(0, b);
    std::string after = line.substr(b + 1);
    size_t cb = after.find(']');
    const std::string code = Strip(cb == std::string::npos ? after : after.substr(0, cb));
    std::string agent = Strip(head) + " ";
    if (head.find('!') != std::string::npos) {
      size_t m1 = agent.find('!');
      size_t m2 = agent.find('!', m1 + 1);
      if (m2 == std::string::npos) {
        lex->problems.push_back(Where(path, ln) + "substitution marker syntax incorrect; skipped");
      } else {
        const std::string marker = agent.substr(m1 + 1, m2 - m1 - 1);
        auto it = subst.find(marker);
        if (it == subst.end()) {
          lex->problems.push_back(Where(path, ln) + "substitution marker !" + marker +
                                  "! not defined; skipped");
        } else {
          for (const std::string& s : it->second) {
            store(agent.substr(0, m1) + s + agent.substr(m2 + 1), code);
          }
        }
      }
    } else if (head.find('{') != std::string::npos) {
      size_t ob = head.find('{');
      size_t ce = head.find('}');
      if (ce == std::string::npos) {
        lex->problems.push_back(Where(path, ln) + "missing '}'; skipped");
        continue;
      }
      agent = Strip(head.substr(0, ob)) + " ";
      plural = ce > ob ? Strip(head.substr(ob + 1, ce - ob - 1)) : "";
    } else {
      const char last = agent.size() >= 2 ? agent[agent.size() - 2] : ' ';
      if (last == 'Y') {
        plural = agent.substr(0, agent.size() - 2) + "IES";
      } else if (last == 'S') {
        plural = agent.substr(0, agent.size() - 1) + "ES";
      } else {
        plural = agent.substr(0, agent.size() - 1) + "S";
      }
    }
    store(agent, code);
    if (!plural.empty()) store(plural + " ", code);
  }
}

void ReadP1Discards(std::string_view text, const std::string& path, Lexicon* lex) {
  FinReader fin(text);
  std::string line;
  while (fin.Next(&line)) {
    std::string targ = Strip(line);
    if (StartsWith(targ, "+")) {
      targ = Upper(targ.substr(1)) + " +";
    } else {
      targ = Upper(targ) + " $";
    }
    int node = 0;
    for (const std::string& w : SplitWs(targ)) {
      int next = -1;
      for (const auto& [k, id] : lex->discard_nodes[node]) {
        if (k == w) next = id;
      }
      if (next < 0) {
        lex->discard_nodes.emplace_back();
        next = static_cast<int>(lex->discard_nodes.size()) - 1;
        lex->discard_nodes[node].emplace_back(w, next);
      }
      node = next;
    }
  }
  (void)path;
}

}  // namespace chronicle::petrarch_internal
