// chronicle/udpetrarch.h: a UD-PETRARCH-compatible event coder. It reads
// the dictionaries of UniversalPetrarch's validation suite (a CAMEO 2.0 /
// PETRARCH-2 verb file with {noun phrase} and (prepositional phrase)
// patterns, actors with dated codes, agents, discards and the internal
// coding ontology) and codes sentences from their CoNLL-U (Universal
// Dependencies) parse the way UD-PETRARCH does: subject/object triplets per
// verb, noun-phrase meanings from the actor and agent tries, verb patterns,
// and the combination of embedded (ccomp/xcomp/advcl) events with their
// root verb.
//
//   StatusOr<std::shared_ptr<const UdPetrarchDictionary>> dict =
//       UdPetrarchDictionary::Load("universal-petrarch/");  // or a .ini
//   UdPetrarchCoder coder(**dict);           // one per thread
//   std::vector<UdPetrarchEvent> events;
//   while (reader->Next(&record, &problems)) {
//     coder.Code(record, &events);           // record.parse: CoNLL-U
//     for (const UdPetrarchEvent& e : events) Print(e);
//   }
//
// What is implemented and what is not: docs/udpetrarch-coder.md. The
// behaviour it follows: docs/design/event-coder-compat.md, part D.
//
// Thread safety: a UdPetrarchDictionary is immutable and may be shared by
// any number of threads; a UdPetrarchCoder holds scratch state and is used
// by one thread.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "chronicle/records.h"
#include "chronicle/status.h"

namespace chronicle {

namespace udpetrarch_internal {
struct Lexicon;
}  // namespace udpetrarch_internal

// One coded event: actor codes with agents ("GONGOV", "---GOV" for an agent
// without an actor), a CAMEO event code as the verb file writes it.
struct UdPetrarchEvent {
  std::string source;
  std::string target;
  std::string code;
  std::string verb;     // the verb lemma(s) that coded it
  std::string pattern;  // "file:line: - ... [code]" of the matched pattern, or ""
};

// The files of a dictionary set. Empty paths are not read (the ontology
// is needed only for negation and embedded events).
struct UdPetrarchFiles {
  std::string verbs, actors, agents, discards, ontology;
};

// A compiled UD-PETRARCH dictionary set. Not copyable; shared read-only.
class UdPetrarchDictionary {
 public:
  // `path` is either a directory holding *_verbs_*, *_actors_*, *_agents_*,
  // *_discards_* and *Coding_Ontology* files (the validation suite's
  // layout), or a PETR_config.ini-style file whose [Dictionaries] section
  // names them (verbfile_name, actorfile_list, agentfile_name,
  // discardfile_name, internalcodingontologyfile_name; relative names are
  // taken from its dict_path or the file's directory). Fails if no verbs
  // or no actors file is found or one cannot be read.
  static StatusOr<std::shared_ptr<const UdPetrarchDictionary>> Load(
      const std::string& path);

  // Compiles the given files. Fails if the verbs or actors file cannot be read.
  static StatusOr<std::shared_ptr<const UdPetrarchDictionary>> LoadFiles(
      const UdPetrarchFiles& files);

  // Whether `path` names a UD-PETRARCH dictionary set as Load() reads it:
  // a directory or config whose verbs file is in the CAMEO 2.0 pattern
  // format (patterns with {noun phrases} or (prepositional phrases)), which
  // tells it from PETRARCH-1 and TABARI dictionaries. Reads only the files'
  // names and the verbs file's lines.
  static bool Recognizes(const std::string& path);

  ~UdPetrarchDictionary();
  UdPetrarchDictionary(const UdPetrarchDictionary&) = delete;
  UdPetrarchDictionary& operator=(const UdPetrarchDictionary&) = delete;

  // "path:line: reason" for every dictionary line that was skipped.
  const std::vector<std::string>& problems() const;

  const udpetrarch_internal::Lexicon& lexicon() const { return *lexicon_; }

 private:
  explicit UdPetrarchDictionary(std::unique_ptr<udpetrarch_internal::Lexicon> lexicon);
  std::unique_ptr<udpetrarch_internal::Lexicon> lexicon_;
};

// Codes records. `dict` must outlive the coder.
class UdPetrarchCoder {
 public:
  explicit UdPetrarchCoder(const UdPetrarchDictionary& dict);
  ~UdPetrarchCoder();
  UdPetrarchCoder(const UdPetrarchCoder&) = delete;
  UdPetrarchCoder& operator=(const UdPetrarchCoder&) = delete;

  // Codes `record` into *events (cleared first), after applying its
  // <Config> settings (they stay for later records). A record without a
  // CoNLL-U parse, with a parse that cannot be read, or whose text holds a
  // discard phrase gives no events. Never fails.
  void Code(const CodingRecord& record, std::vector<UdPetrarchEvent>* events);

  // A PETRARCH <Config option value> setting. Only require_dyad changes
  // what is coded (true, the default: an event needs both a source and a
  // target actor); other options are ignored.
  void ApplySetting(const std::string& option, const std::string& value);

  // Codes one CoNLL-U sentence dated `yyyymmdd` (0: undated) with text
  // `text` (used for discards only).
  void CodeConllu(const std::string& conllu, int yyyymmdd, const std::string& text,
                  std::vector<UdPetrarchEvent>* events);

 private:
  const udpetrarch_internal::Lexicon& lex_;
  bool require_dyad_ = true;
};

}  // namespace chronicle
