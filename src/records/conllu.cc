#include "records/conllu.h"

#include <charconv>

namespace chronicle {
namespace {

bool ParseInt(std::string_view s, int* out) {
  if (s.empty()) return false;
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

bool Fail(ParseProblem* problem, int line, std::string reason) {
  problem->line = line;
  problem->reason = std::move(reason);
  return false;
}

// Whether following heads from every word reaches the root: n steps at
// most, so a longer walk is a cycle.
bool ReachesRoot(const std::vector<ConlluWord>& words, int* bad) {
  const int n = static_cast<int>(words.size());
  for (int i = 0; i < n; ++i) {
    int at = i + 1;
    int steps = 0;
    while (at != 0 && steps <= n) {
      at = words[at - 1].head;
      ++steps;
    }
    if (at != 0) {
      *bad = i;
      return false;
    }
  }
  return true;
}

}  // namespace

bool ParseConllu(std::string_view text, DependencyParse* p, ParseProblem* problem) {
  *p = DependencyParse();
  std::vector<int> word_lines;
  int line_no = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    // Leading blanks: records embedded in XML are sometimes indented.
    while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
    if (line.empty() || line.front() == '#') continue;

    std::string_view f[10];
    int n = 0;
    size_t start = 0;
    for (;;) {
      const size_t tab = line.find('\t', start);
      if (n == 10) return Fail(problem, line_no, "more than 10 tab-separated fields");
      f[n++] = line.substr(start, tab == std::string_view::npos ? std::string_view::npos
                                                                : tab - start);
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    if (n != 10) {
      return Fail(problem, line_no,
                  std::to_string(n) + " tab-separated fields, CoNLL-U has 10");
    }
    const std::string_view id = f[0];
    if (id.find('.') != std::string_view::npos) {
      ++p->empty_nodes;
      continue;
    }
    if (const size_t dash = id.find('-'); dash != std::string_view::npos) {
      DependencyParse::Range r;
      if (!ParseInt(id.substr(0, dash), &r.first) || !ParseInt(id.substr(dash + 1), &r.last) ||
          r.first != static_cast<int>(p->words.size()) + 1 || r.last < r.first) {
        return Fail(problem, line_no, "bad multiword range '" + std::string(id) + "'");
      }
      r.form = std::string(f[1]);
      p->ranges.push_back(std::move(r));
      continue;
    }
    ConlluWord w;
    if (!ParseInt(id, &w.id) || w.id != static_cast<int>(p->words.size()) + 1) {
      return Fail(problem, line_no,
                  "word id '" + std::string(id) + "', expected " +
                      std::to_string(p->words.size() + 1));
    }
    if (f[1].empty()) return Fail(problem, line_no, "empty FORM");
    if (!ParseInt(f[6], &w.head) || w.head < 0) {
      return Fail(problem, line_no, "HEAD '" + std::string(f[6]) + "' is not a word id");
    }
    w.form = std::string(f[1]);
    w.lemma = std::string(f[2]);
    w.upos = std::string(f[3]);
    w.xpos = std::string(f[4]);
    w.feats = std::string(f[5]);
    w.deprel = std::string(f[7]);
    w.deps = std::string(f[8]);
    w.misc = std::string(f[9]);
    p->words.push_back(std::move(w));
    word_lines.push_back(line_no);
  }
  if (p->words.empty()) return Fail(problem, line_no, "no word lines");
  const int n = static_cast<int>(p->words.size());
  int roots = 0;
  for (int i = 0; i < n; ++i) {
    if (p->words[i].head > n) {
      return Fail(problem, word_lines[i],
                  "HEAD " + std::to_string(p->words[i].head) + " past the last word " +
                      std::to_string(n));
    }
    roots += p->words[i].head == 0;
  }
  if (roots != 1) {
    return Fail(problem, word_lines[0], std::to_string(roots) + " roots (HEAD 0), expected 1");
  }
  if (int bad = 0; !ReachesRoot(p->words, &bad)) {
    return Fail(problem, word_lines[bad], "HEAD cycle: word " + std::to_string(bad + 1) +
                                              " does not reach the root");
  }
  for (const DependencyParse::Range& r : p->ranges) {
    if (r.last > n) {
      return Fail(problem, word_lines.back(),
                  "multiword range ends at " + std::to_string(r.last) + ", past the last word");
    }
  }
  return true;
}

std::string ConlluText(const DependencyParse& p) {
  std::string out;
  size_t range = 0;
  const int n = static_cast<int>(p.words.size());
  for (int i = 0; i < n;) {
    std::string_view form = p.words[i].form;
    int last = i;
    if (range < p.ranges.size() && p.ranges[range].first == i + 1) {
      form = p.ranges[range].form;
      last = p.ranges[range].last - 1;
      ++range;
    }
    out += form;
    const std::string& misc = p.words[last].misc;
    const bool no_space = misc.find("SpaceAfter=No") != std::string::npos;
    i = last + 1;
    if (i < n && !no_space) out += ' ';
  }
  return out;
}

}  // namespace chronicle
