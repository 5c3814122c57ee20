#include "dict/formats/records.h"

#include <algorithm>

namespace chronicle {

void ActorRecordBuilder::Problem(int line, std::string_view reason) {
  problems_->push_back(FormatProblem(path_, line, reason));
}

void ActorRecordBuilder::AddCodes(const BracketScan& scan, int line) {
  for (std::string_view inside : scan.blocks) {
    DatedCode code;
    std::string reason;
    if (!ParseDatedCode(inside, &code, &reason)) {
      Problem(line, reason);
      continue;
    }
    code.line = line;
    actors_.back().codes.push_back(std::move(code));
  }
}

void ActorRecordBuilder::AddLine(std::string_view text, bool indented, int line) {
  if (text.empty()) return;
  // A name line that cannot be read ends the current record, so that its
  // synonyms and codes are reported instead of joining the previous actor.
  const bool name_line =
      text.front() != '+' && text.front() != '[' && !(indented && strict_indent_);
  const BracketScan scan = ScanBrackets(text);
  if (!scan.error.empty()) {
    Problem(line, scan.error + " in \"" + std::string(text) + "\"");
    if (name_line) have_current_ = false;
    return;
  }
  if (!scan.after.empty()) {
    Problem(line, "text after the code: \"" + std::string(scan.after) + "\"");
    if (name_line) have_current_ = false;
    return;
  }
  const std::string_view before = TrimSpace(scan.before);
  if (before.empty()) {  // "\t[CODE date]" continuation
    if (!have_current_) {
      Problem(line, "code line \"" + std::string(text) + "\" outside an actor record");
      return;
    }
    AddCodes(scan, line);
    return;
  }
  if (indented && strict_indent_) {
    Problem(line, "indented line is not a code block: \"" + std::string(text) + "\"");
    return;
  }
  if (before.front() == '+') {
    if (!have_current_) {
      Problem(line, "synonym \"" + std::string(before) + "\" outside an actor record");
      return;
    }
    if (!scan.blocks.empty()) {
      Problem(line, "code on a synonym line; put it on its own line");
      return;
    }
    DictPhrase synonym;
    if (!ParseDictPhrase(before.substr(1), &synonym)) {
      Problem(line, "empty synonym \"+\"");
      return;
    }
    actors_.back().synonyms.push_back(std::move(synonym));
    return;
  }
  ActorRecord actor;
  if (!ParseDictPhrase(before, &actor.name)) {
    Problem(line, "actor line without a name");
    have_current_ = false;
    return;
  }
  actor.file = path_;
  actor.line = line;
  actors_.push_back(std::move(actor));
  have_current_ = true;
  AddCodes(scan, line);
}

bool ParseAgentLine(std::string_view text, AgentRecord* out, std::string* reason) {
  const BracketScan scan = ScanBrackets(text);
  if (!scan.error.empty()) {
    *reason = scan.error;
    return false;
  }
  if (scan.blocks.size() != 1) {
    *reason = scan.blocks.empty() ? "agent without a [code]"
                                  : "agent with more than one [code]";
    return false;
  }
  if (!scan.after.empty()) {
    *reason = "text after the code: \"" + std::string(scan.after) + "\"";
    return false;
  }
  std::string_view phrase = TrimSpace(scan.before);
  const size_t open = phrase.find('{');
  if (open != std::string_view::npos) {
    const size_t close = phrase.find('}', open);
    if (close == std::string_view::npos) {
      *reason = "'{' without '}'";
      return false;
    }
    if (!TrimSpace(phrase.substr(close + 1)).empty()) {
      *reason = "text between the plurals {...} and the code";
      return false;
    }
    out->has_plural_block = true;
    for (std::string_view p : SplitSpace(phrase.substr(open + 1, close - open - 1))) {
      out->plurals.emplace_back(p);
    }
    phrase = TrimSpace(phrase.substr(0, open));
  } else if (phrase.find('}') != std::string_view::npos) {
    *reason = "'}' without '{'";
    return false;
  }
  if (!ParseDictPhrase(phrase, &out->phrase)) {
    *reason = "agent without a phrase";
    return false;
  }
  const std::string_view code = TrimSpace(scan.blocks[0]);
  const size_t tildes = static_cast<size_t>(std::count(code.begin(), code.end(), '~'));
  if (tildes != 1 || code.size() < 2 || (code.front() != '~' && code.back() != '~')) {
    *reason = "agent code \"" + std::string(code) +
              "\" needs one '~' before (\"~GOV\") or after (\"NGO~\") it";
    return false;
  }
  out->before_actor = code.back() == '~';
  out->code =
      std::string(out->before_actor ? code.substr(0, code.size() - 1) : code.substr(1));
  if (out->code.find_first_of(" \t") != std::string::npos) {
    *reason = "space inside agent code \"" + std::string(code) + "\"";
    return false;
  }
  return true;
}

bool ParseEventCode(std::string_view inside, EventCode* out, std::string* reason) {
  const std::string_view code = TrimSpace(inside);
  if (code.empty()) {
    *reason = "empty code \"[]\"";
    return false;
  }
  if (code.find_first_of(" \t") != std::string_view::npos) {
    *reason = "space inside code \"[" + std::string(code) + "]\"";
    return false;
  }
  out->text = std::string(code);
  const size_t colon = code.find(':');
  out->primary = std::string(code.substr(0, colon));
  out->secondary = colon == std::string_view::npos ? std::string()
                                                   : std::string(code.substr(colon + 1));
  return true;
}

}  // namespace chronicle
