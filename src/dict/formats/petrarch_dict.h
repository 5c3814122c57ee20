// dict/formats/petrarch_dict.h: readers for the dictionary files of
// PETRARCH-2 (Open Event Data Alliance), as they are: the verb-pattern
// dictionary (CAMEO.2.0.txt), actor files (Phoenix.*.actors.txt), agents,
// discards and issues.
//
//   CHRONICLE_ASSIGN_OR_RETURN(PetrarchVerbFile v,
//                              ReadPetrarchVerbs("petrarch2/CAMEO.2.0.txt"));
//   for (const PetrarchVerbBlock& b : v.blocks) ...
//   for (const std::string& p : v.problems) log(p);   // "path:line: reason"
//
// These are readers only: plain structs with the file and line of every
// entry. Nothing is expanded here (no verb forms, plurals, synset or
// "!PERSON!" substitution). Syntax and mapping: docs/dictionary-formats.md.
//
// Comments, as PETRARCH-2 reads them: a line starting with '#' or "<!" is
// skipped, "#" anywhere ends the line, "<!-- ... -->" is removed (also over
// several lines), and ';' ends the line (the TABARI legacy rule).
//
// Errors: a reader fails only when its file cannot be read (IoError naming
// the path). A malformed line becomes one problem "path:line: reason" and
// is skipped; the rest of the file is read.
//
// Thread safety: reentrant.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "chronicle/status.h"
#include "dict/formats/format_lines.h"
#include "dict/formats/records.h"

namespace chronicle {

// ---- verb dictionary (CAMEO.2.0.txt) ----------------------------------

// "&CURRENCY" and its "+DOLLAR" lines.
struct PetrarchSynset {
  std::string name;  // as written, with '&' (and a trailing '_' if any)
  // The label ends with '_': PETRARCH makes no plurals of its members.
  bool no_plurals = false;
  std::vector<DictPhrase> members;
  std::string file;
  int line = 0;
};

// A verb of a block: "GIVE {GAVE GIVEN} [070]", "+BRING_OUT {...}",
// "RE_+ARREST".
struct PetrarchVerb {
  std::string text;                // as written: "+BRING_OUT"
  std::vector<std::string> words;  // {"BRING", "OUT"}
  int head = 0;  // index in `words` of the word the parser tags as the verb
  std::vector<std::string> forms;  // inside {...}, as written
  bool has_forms = false;          // {...} given: no regular forms are generated
  EventCode code;                  // empty text: the block's code applies
  std::string file;
  int line = 0;
};

enum class PetrarchTokenKind {
  kWord,       // a noun (phrase head) or, first in (...), the preposition
  kSynset,     // "&WEAPON"
  kVerb,       // '*'
  kSource,     // '$'
  kTarget,     // '+'
  kNounOpen,   // '{' of a longer noun phrase; its last word is the head
  kNounClose,  // '}'
  kPrepOpen,   // '(' of a prepositional phrase
  kPrepClose,  // ')'
};

struct PetrarchToken {
  PetrarchTokenKind kind = PetrarchTokenKind::kWord;
  std::string text;
};

// "- * (WITH {&CAR &WEAPON}) [1832]": nouns and prepositional phrases
// before and after the verb ('*').
struct PetrarchPattern {
  std::string text;  // between '-' and the code, trimmed
  std::vector<PetrarchToken> tokens;
  EventCode code;
  std::string comment;  // after '#': PETRARCH-2 keeps the source verb there
  std::string file;
  int line = 0;
};

// "---  DESPATCH   [---]  ---" and the verbs and patterns under it.
struct PetrarchVerbBlock {
  std::string name;
  EventCode code;  // "---" when the header gives none
  std::vector<PetrarchVerb> verbs;
  std::vector<PetrarchPattern> patterns;
  std::string file;
  int line = 0;
};

// "~ a (a b ATTACK) SAY = a b 015": a rule that rewrites nested events.
struct PetrarchTransformation {
  std::string lhs;  // "a (a b ATTACK) SAY"
  std::string rhs;  // "a b 015"
  std::string file;
  int line = 0;
};

struct PetrarchVerbFile {
  std::string path;
  std::vector<PetrarchSynset> synsets;
  std::vector<PetrarchVerbBlock> blocks;
  std::vector<PetrarchTransformation> transformations;
  std::vector<std::string> problems;

  size_t verb_count() const;
  size_t pattern_count() const;
};

PetrarchVerbFile ParsePetrarchVerbs(std::string_view text, const std::string& path);
StatusOr<PetrarchVerbFile> ReadPetrarchVerbs(const std::string& path);

// ---- actors (Phoenix.*.actors.txt) ------------------------------------

using PetrarchActor = ActorRecord;

struct PetrarchActorFile {
  std::string path;
  std::vector<PetrarchActor> actors;
  std::vector<std::string> problems;

  size_t synonym_count() const;
  size_t code_count() const;
};

PetrarchActorFile ParsePetrarchActors(std::string_view text, const std::string& path);
StatusOr<PetrarchActorFile> ReadPetrarchActors(const std::string& path);

// ---- agents (Phoenix.agents.txt) --------------------------------------

using PetrarchAgent = AgentRecord;

// "!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON"
struct PetrarchSubstitution {
  std::string marker;               // "!PERSON!"
  std::vector<std::string> values;  // trimmed
  std::string file;
  int line = 0;
};

struct PetrarchAgentFile {
  std::string path;
  std::vector<PetrarchSubstitution> substitutions;
  std::vector<PetrarchAgent> agents;
  std::vector<std::string> problems;
};

PetrarchAgentFile ParsePetrarchAgents(std::string_view text, const std::string& path);
StatusOr<PetrarchAgentFile> ReadPetrarchAgents(const std::string& path);

// ---- discards (Phoenix.discards.txt) ----------------------------------

// "+MANCHESTER UNITED" (skip the story), "BASEBALL" (skip the sentence).
struct PetrarchDiscard {
  std::string text;             // without the '+' and the final '_'
  bool story = false;           // '+': the whole story is not coded
  bool whole_word_end = false;  // ends with '_': no stem match
  std::string file;
  int line = 0;
};

struct PetrarchDiscardFile {
  std::string path;
  std::vector<PetrarchDiscard> discards;
  std::vector<std::string> problems;
};

PetrarchDiscardFile ParsePetrarchDiscards(std::string_view text, const std::string& path);
StatusOr<PetrarchDiscardFile> ReadPetrarchDiscards(const std::string& path);

// ---- issues (Phoenix.IssueCoding.txt) ---------------------------------

// "n:atrocity [ID_ATROCITY]" inside <ISSUE CATEGORY="..."> ... </ISSUE>;
// "~phrase" and "~~phrase" are exclusions.
struct PetrarchIssue {
  enum class Kind { kCode, kIgnoreSentence, kIgnoreStory };
  Kind kind = Kind::kCode;
  std::string phrase;    // as written; may hold "n:", "v:" and '+' expansions
  std::string code;      // kCode only
  std::string category;  // CATEGORY of the enclosing <ISSUE>, or ""
  std::string file;
  int line = 0;
};

struct PetrarchIssueFile {
  std::string path;
  std::vector<PetrarchIssue> issues;
  std::vector<std::string> categories;  // in file order
  std::vector<std::string> problems;
};

PetrarchIssueFile ParsePetrarchIssues(std::string_view text, const std::string& path);
StatusOr<PetrarchIssueFile> ReadPetrarchIssues(const std::string& path);

}  // namespace chronicle
