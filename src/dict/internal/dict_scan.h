// dict/internal/dict_scan.h: a dictionary directory read into plain records
// with their file and line, for the lint and the stats
// (chronicle/dict_check.h). Unlike Dictionaries::Load it keeps everything it
// can read, also records the loader skips, and remembers where each phrase,
// role and pattern was written.
//
//   DictScan scan = ScanDictionaryFiles(files);  // {relative path, text}
//   for (const ScanPhrase& p : scan.phrases) ... scan.entries[p.entry] ...
//
// Phrases and pattern words are keyed as the loader keys them: tokens of
// text/tokenizer.h, lower case, a token written in capitals marked with a
// leading \x01 (it matches capitals only).
//
// Thread safety: reentrant.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace chronicle {
namespace dict_internal {

enum class EntryKind { kCountry, kActor, kAgent };

struct ScanRole {
  std::string code;
  std::string from_text, to_text;  // "" for an open end
  int from = 0, to = 0;            // yyyymmdd, 0 = open end
  int line = 0;
  bool valid = false;  // the loader accepts it (code, dates, FROM < TO)
  bool dated() const { return from > 0 || to > 0; }
};

struct ScanCode {
  std::string code;
  int line = 0;
};

// A country:, actor: or agent: record.
struct ScanEntry {
  EntryKind kind = EntryKind::kActor;
  std::string path;
  int line = 0;
  std::string value;            // the header's value
  bool person = false;          // an actor of actors/people*.txt
  bool places = false;          // a places: record (cities of a country)
  std::vector<ScanCode> codes;  // actor code: and default: fields; agent header
  std::vector<ScanRole> roles;  // actor role: fields
  int phrases = 0;              // phrases it defines
  std::string code_summary;     // actor: its codes, sorted, joined by ","
  bool community = false;       // a community: record (kind kAgent)
};

// The qualifier a country or place phrase may end in: "Juba (2011-07-09..)"
// names the country only on those dates (yyyymmdd, 0 = open end); "Tripoli
// (also)" is a second reading of a phrase another country lists first.
struct PhraseQualifier {
  int from = 0, to = 0;
  bool also = false;
  bool dated() const { return from > 0 || to > 0; }
};

// Splits a trailing "(...)" qualifier off *phrase into *q. False, with
// *error set, if the parentheses hold neither "also" nor FROM..TO.
struct ScanPhrase {
  std::string text;                 // as written
  std::string key;                  // tokens as keyed by the loader, joined by ' '
  std::vector<std::string> tokens;  // the same tokens (lower case, no \x01)
  bool all_caps_only = false;       // every token is written in capitals
  int entry = 0;                    // into DictScan::entries
  int line = 0;
  std::string code;  // what it codes: RUS, RUSGOV (capital), an actor's codes
  PhraseQualifier qualifier;  // a country phrase's dates or "(also)"
};

struct ScanElement {
  char kind = 'w';  // 'w' word, '*' gap, '$' source, '+' target
  bool lemma = false;
  std::string word;                // 'w': the lemma or the token, lower case
  std::vector<std::string> forms;  // 'w': the keys it accepts, sorted
};

struct ScanPattern {
  std::string cameo;
  bool mutual = false;
  std::string text;
  std::string path;
  int line = 0;
  std::vector<ScanElement> elements;
};

struct ScanVerbRecord {
  std::string code;
  std::string path;
  int line = 0;
  bool known_code = false;  // in cameo/codes.tsv
  int patterns = 0;         // loadable patterns
};

struct ScanFile {
  std::string path;
  std::string kind;  // "actors", "agents", "verbs", "irregular", "cameo", "other"
  int records = 0;
};

struct DictScan {
  std::vector<ScanFile> files;  // sorted by path
  std::vector<ScanEntry> entries;
  std::vector<ScanPhrase> phrases;
  // Loadable patterns of verb records with a known code, in load order.
  std::vector<ScanPattern> patterns;
  std::vector<ScanVerbRecord> verb_records;
  std::vector<std::string> cameo_codes;  // table order
};

// Reads `files` ({path relative to the dictionary directory, contents}).
// Never fails: what cannot be read is left out (the loader reports it).
DictScan ScanDictionaryFiles(std::vector<std::pair<std::string, std::string>> files);

// The loader's check of a code: 1 to 12 capital letters or digits, lower
// case letters allowed after the first three (an ethnic group's block).
bool IsLoaderCode(const std::string& code);

bool SplitPhraseQualifier(std::string* phrase, PhraseQualifier* q, std::string* error);

}  // namespace dict_internal
}  // namespace chronicle
