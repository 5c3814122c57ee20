// dict/formats/records.h: the record kinds that TABARI and PETRARCH-2
// share: actor records (a name, '+' synonyms, dated codes), agent lines
// ("FOREIGN_MINISTER {} [~GOVFRM]") and CAMEO event codes ("031:032").
//
//   ActorRecordBuilder b(path, &problems);
//   for each comment-stripped line: b.AddLine(text, indented, line_no);
//   std::vector<ActorRecord> actors = b.Finish();
//
// See docs/dictionary-formats.md for the syntax.
//
// Thread safety: reentrant; a builder is used by one thread.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dict/formats/format_lines.h"

namespace chronicle {

// An actor: the name line, its '+' synonym lines and its codes, either on
// the name line or on the indented lines below it.
//
//   GOLLUM                    <- name (no code here)
//   +SMEAGOL                  <- synonym
//       [HOB < 950601]        <- dated codes
//       [HOBREB > 990816]
struct ActorRecord {
  DictPhrase name;
  std::vector<DictPhrase> synonyms;
  std::vector<DatedCode> codes;  // file order; kAlways = the default
  std::string file;
  int line = 0;
};

// Collects actor records from lines whose comments are already removed.
class ActorRecordBuilder {
 public:
  // `strict_indent`: a name line must start in column 0, and an indented
  // line must be a code line (TABARI). PETRARCH-2 strips every line first,
  // so indentation means nothing there.
  ActorRecordBuilder(std::string path, std::vector<std::string>* problems,
                     bool strict_indent)
      : path_(std::move(path)), problems_(problems), strict_indent_(strict_indent) {}

  // `text` is the line without comments, trimmed; `indented` tells whether
  // the raw line began with a space or tab. Blank lines are ignored.
  void AddLine(std::string_view text, bool indented, int line);

  // Returns the records read so far.
  std::vector<ActorRecord> Finish() { return std::move(actors_); }

 private:
  void AddCodes(const BracketScan& scan, int line);
  void Problem(int line, std::string_view reason);

  std::string path_;
  std::vector<std::string>* problems_;
  std::vector<ActorRecord> actors_;
  bool strict_indent_;
  bool have_current_ = false;  // false after a skipped (malformed) name line
};

// An agent line: "PHRASE {PLURALS} [~CODE]".
struct AgentRecord {
  DictPhrase phrase;
  std::vector<std::string> plurals;  // as written inside {...}
  bool has_plural_block = false;     // "{}" = no plural at all
  std::string code;                  // without the '~': "GOVFRM"
  // "[NGO~]": the agent code goes before the actor code (organisations);
  // "[~GOV]": after it (the usual case).
  bool before_actor = false;
  std::string file;
  int line = 0;
};

// Parses a comment-free, trimmed agent line. Returns false and sets *reason
// if it is malformed.
bool ParseAgentLine(std::string_view text, AgentRecord* out, std::string* reason);

// A CAMEO code as verb dictionaries write it: "223", "031:032" (a pair),
// "---" (null: no event), "###" (discard the sentence), "100!".
struct EventCode {
  std::string text;       // as written, trimmed
  std::string primary;    // before ':'
  std::string secondary;  // after ':', empty if none
};

// Parses the inside of a verb code block; false if empty or if it holds
// spaces.
bool ParseEventCode(std::string_view inside, EventCode* out, std::string* reason);

}  // namespace chronicle
