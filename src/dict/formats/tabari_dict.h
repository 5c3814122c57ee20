// dict/formats/tabari_dict.h: readers for the dictionary files of TABARI
// (Schrodt's KEDS/TABARI event coder), as they are: .actors, .verbs,
// .agents, .options and the .project file that names them.
//
//   CHRONICLE_ASSIGN_OR_RETURN(TabariDictionaries d,
//                              LoadTabariProject("tabari/Validate.project"));
//   for (const std::string& p : d.problems) log(p);    // "path:line: reason"
//   for (const TabariVerbFile& v : d.verbs) ...
//
// These are readers only: they turn each file into plain structs with the
// file and line of every entry, and say what they could not read. Nothing
// is expanded or coded here (no verb forms, no synset substitution). The
// syntax and its mapping to these structs: docs/dictionary-formats.md.
//
// Errors: a reader fails only when its file cannot be read (IoError naming
// the path). A malformed line becomes one problem "path:line: reason" and
// is skipped; the rest of the file is read.
//
// Thread safety: reentrant.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "chronicle/status.h"
#include "dict/formats/format_lines.h"
#include "dict/formats/records.h"

namespace chronicle {

// ---- .actors ----------------------------------------------------------

using TabariActor = ActorRecord;

// A word of the <NOUN> or <ADJECTIVE> lists at the top of an actors file.
struct TabariWord {
  DictPhrase phrase;
  std::string file;
  int line = 0;
};

struct TabariActorFile {
  std::string path;
  std::vector<TabariActor> actors;
  std::vector<TabariWord> nouns;       // <NOUN> ... </NOUN>
  std::vector<TabariWord> adjectives;  // <ADJECTIVE> ... </ADJECTIVE>
  std::vector<std::string> problems;   // "path:line: reason"
};

TabariActorFile ParseTabariActors(std::string_view text, const std::string& path);
StatusOr<TabariActorFile> ReadTabariActors(const std::string& path);

// ---- .verbs -----------------------------------------------------------

enum class TabariTokenKind {
  kWord,      // a literal word or stem
  kVerb,      // '*': where the verb root stands
  kSource,    // '$'
  kTarget,    // '+'
  kCompound,  // '%': an actor that is both source and target
  kSkip,      // '^': skip the next actor
  kAttrib,    // '@': attribution (TABARI's ATTRIB_LIT)
  kSynset,    // "&CURRENCY"
  kAltOpen,   // '{' of "{ A | B }"
  kAltOr,     // '|'
  kAltClose,  // '}'
};

struct TabariToken {
  TabariTokenKind kind = TabariTokenKind::kWord;
  std::string text;
  // A '_' follows the token: the word is a whole word, and if another
  // token follows in the same chunk ("IN_*"), the two are consecutive.
  bool underscore_after = false;
  bool joined_to_next = false;  // the next token follows with no space
  // Written with a '~' right after it ("REAL~_PLEASANT", "*~_CLOSELY");
  // the '~' is not part of `text`. Kept, not interpreted (see the docs).
  bool tilde_after = false;
};

// "- SUGGESTED_+ * DEMAND_{ GENEVA_ | INTERNATIONAL }_CONVENTIONS [111]"
struct TabariPattern {
  std::string text;  // between '-' and the code, trimmed
  std::vector<TabariToken> tokens;
  EventCode code;
  std::string file;
  int line = 0;
};

// A verb root ("ACCEPT  [---]") with its patterns, or a phrase of the
// <TIME> section ("LAST_WEEK [-7]", code = day shift) with its patterns.
struct TabariVerb {
  DictPhrase root;
  EventCode code;                  // empty text if the line had none (reported)
  std::vector<std::string> forms;  // "{ BROKE_ BROKEN_ }", as written
  std::vector<TabariPattern> patterns;
  std::string file;
  int line = 0;
};

// "&TIETYPES" and its "+MILITARY" lines, inside <SYNSETS>.
struct TabariSynset {
  std::string name;  // with the '&'
  std::vector<DictPhrase> members;
  std::string file;
  int line = 0;
};

struct TabariVerbFile {
  std::string path;
  std::vector<TabariVerb> verbs;
  std::vector<TabariVerb> time_phrases;  // <TIME> ... </TIME>
  std::vector<TabariSynset> synsets;
  std::vector<std::string> problems;

  // Number of patterns over all verbs (not time phrases).
  size_t pattern_count() const;
};

TabariVerbFile ParseTabariVerbs(std::string_view text, const std::string& path);
StatusOr<TabariVerbFile> ReadTabariVerbs(const std::string& path);

// ---- .agents ----------------------------------------------------------

using TabariAgent = AgentRecord;

struct TabariAgentFile {
  std::string path;
  std::vector<TabariAgent> agents;
  std::vector<std::string> problems;
};

TabariAgentFile ParseTabariAgents(std::string_view text, const std::string& path);
StatusOr<TabariAgentFile> ReadTabariAgents(const std::string& path);

// ---- .options ---------------------------------------------------------

// "SET: SKIP RECORDS = FALSE", "LABEL: 010=YIELD", "COMPLEX: VERBS[5] ...".
struct TabariOption {
  std::string keyword;  // "SET"
  std::string value;    // "SKIP RECORDS = FALSE"
  // For values of the form "NAME = SETTING" (SET:, LABEL:), split and
  // trimmed; empty otherwise.
  std::string name;
  std::string setting;
  std::string file;
  int line = 0;
};

struct TabariOptionsFile {
  std::string path;
  std::vector<TabariOption> options;
  std::vector<std::string> problems;
};

TabariOptionsFile ParseTabariOptions(std::string_view text, const std::string& path);
StatusOr<TabariOptionsFile> ReadTabariOptions(const std::string& path);

// ---- .project ---------------------------------------------------------

// "<actorsfile> TABARI.Demo.actors"
struct TabariProjectFile {
  std::string tag;    // "actorsfile"
  std::string value;  // as written
  std::string path;   // resolved against the project file's directory
  int line = 0;
};

// A line of several "<name value>" groups: "<session 1> <coder ***> ...".
struct TabariProjectRecord {
  std::string kind;  // name of the first group: "session"
  std::vector<std::pair<std::string, std::string>> fields;
  int line = 0;
};

struct TabariProject {
  std::string path;
  std::string title;                                          // the free-text first line
  std::vector<TabariProjectFile> files;                       // tags ending in "file"
  std::vector<std::pair<std::string, std::string>> settings;  // other tags
  std::vector<TabariProjectRecord> records;
  std::vector<std::string> problems;

  // Resolved paths of the files named by `tag`, in file order.
  std::vector<std::string> FilesTagged(std::string_view tag) const;
};

TabariProject ParseTabariProject(std::string_view text, const std::string& path);
StatusOr<TabariProject> ReadTabariProject(const std::string& path);

// Everything a project names for coding: its actors, verbs, agents and
// options files (tags actorsfile, verbsfile, agentsfile, optionsfile).
struct TabariDictionaries {
  TabariProject project;
  std::vector<TabariActorFile> actors;
  std::vector<TabariVerbFile> verbs;
  std::vector<TabariAgentFile> agents;
  std::vector<TabariOptionsFile> options;
  // Problems of every file, in load order; a named file that cannot be
  // read is one problem on the project line that names it.
  std::vector<std::string> problems;
};

// Reads the project at `project_path` and the dictionaries it names. Fails
// only if the project file itself cannot be read (IoError).
StatusOr<TabariDictionaries> LoadTabariProject(const std::string& project_path);

}  // namespace chronicle
