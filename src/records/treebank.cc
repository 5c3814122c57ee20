#include "records/treebank.h"

namespace chronicle {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// A reader over the text that keeps the line number for problems.
class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  void SkipBlanks() {
    while (pos_ < text_.size() && IsBlank(text_[pos_])) {
      line_ += text_[pos_] == '\n';
      ++pos_;
    }
  }
  bool AtEnd() const { return pos_ >= text_.size(); }
  char Peek() const { return text_[pos_]; }
  void Advance() { ++pos_; }
  int line() const { return line_; }

  // A label or word: bytes up to white space or a bracket.
  std::string_view Atom() {
    const size_t start = pos_;
    while (pos_ < text_.size() && !IsBlank(text_[pos_]) && text_[pos_] != '(' &&
           text_[pos_] != ')') {
      ++pos_;
    }
    return text_.substr(start, pos_ - start);
  }

 private:
  std::string_view text_;
  size_t pos_ = 0;
  int line_ = 1;
};

bool Fail(ParseProblem* problem, int line, std::string reason) {
  problem->line = line;
  problem->reason = std::move(reason);
  return false;
}

}  // namespace

// Iterative: an open-bracket stack instead of recursion, so depth is
// bounded by kMaxTreeDepth, not by the C++ stack.
bool ParseTreebank(std::string_view text, ParseTree* t, ParseProblem* problem) {
  *t = ParseTree();
  Scanner s(text);
  std::vector<int> open;      // nodes whose ')' is pending
  std::vector<int> children;  // per open node: subtrees seen
  s.SkipBlanks();
  if (s.AtEnd() || s.Peek() != '(') return Fail(problem, s.line(), "a tree starts with '('");
  for (;;) {
    s.SkipBlanks();
    if (s.AtEnd()) {
      if (open.empty()) break;
      return Fail(problem, s.line(), std::to_string(open.size()) + " unclosed '('");
    }
    const char c = s.Peek();
    if (c == '(') {
      if (open.empty() && !t->nodes.empty()) {
        return Fail(problem, s.line(), "text after the end of the tree");
      }
      if (!open.empty() && !t->nodes[open.back()].word.empty()) {
        return Fail(problem, s.line(), "a word and a subtree in one node");
      }
      if (static_cast<int>(open.size()) >= kMaxTreeDepth) {
        return Fail(problem, s.line(),
                    "nested deeper than " + std::to_string(kMaxTreeDepth) + " brackets");
      }
      s.Advance();
      s.SkipBlanks();
      TreeNode node;
      node.parent = open.empty() ? -1 : open.back();
      if (!s.AtEnd() && s.Peek() != '(' && s.Peek() != ')') node.label = std::string(s.Atom());
      if (!open.empty()) ++children.back();
      open.push_back(static_cast<int>(t->nodes.size()));
      children.push_back(0);
      t->nodes.push_back(std::move(node));
      continue;
    }
    if (c == ')') {
      if (open.empty()) return Fail(problem, s.line(), "')' without '('");
      TreeNode& node = t->nodes[open.back()];
      if (node.word.empty() && children.back() == 0) {
        return Fail(problem, s.line(), "empty node '(" + node.label + ")'");
      }
      if (node.label.empty() && !node.word.empty()) {
        return Fail(problem, s.line(), "word '" + node.word + "' without a label");
      }
      node.end = static_cast<int>(t->nodes.size());
      if (!node.word.empty()) t->words.push_back(open.back());
      open.pop_back();
      children.pop_back();
      s.Advance();
      continue;
    }
    if (open.empty()) return Fail(problem, s.line(), "text after the end of the tree");
    const std::string_view atom = s.Atom();
    TreeNode& node = t->nodes[open.back()];
    if (children.back() > 0) {
      return Fail(problem, s.line(), "word '" + std::string(atom) + "' beside subtrees");
    }
    if (!node.word.empty()) {
      return Fail(problem, s.line(), "two words in one preterminal (" + node.label + " " +
                                         node.word + " " + std::string(atom) + ")");
    }
    node.word = std::string(atom);
  }
  return true;
}

}  // namespace chronicle
