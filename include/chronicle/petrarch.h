// chronicle/petrarch.h: a PETRARCH-1-compatible event coder. It reads
// PETRARCH-1's own dictionaries (a verbs file in the PETRARCH-1 format,
// actors, agents and discards) and codes sentence records from their Penn
// Treebank parses the way PETRARCH-1 (openeventdata/petrarch 0.4) does,
// quirks included, so PETRARCH's unit-test suite can be replayed. Records
// without a parse are coded from their text through a shallow parser that
// writes a Treebank-shaped tree for the same back end.
//
//   StatusOr<std::shared_ptr<const PetrarchDictionary>> dict =
//       PetrarchDictionary::Load("petrarch2/PETR_config.ini");  // or a directory
//   PetrarchCoder coder(**dict);            // one per thread
//   std::vector<PetrarchEvent> events;
//   while (reader->Next(&record, &problems)) {
//     coder.Code(record, &events);          // applies record.settings first
//     for (const PetrarchEvent& e : events) Print(e);
//   }
//
// What is implemented and what is not: docs/petrarch-coder.md. The
// behaviour it reproduces: docs/design/event-coder-compat.md, part B.
//
// Thread safety: a PetrarchDictionary is immutable and may be shared by any
// number of threads; a PetrarchCoder carries the <Config> settings between
// records and is used by one thread.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "chronicle/records.h"
#include "chronicle/status.h"

namespace chronicle {

namespace petrarch_internal {
struct Lexicon;
class Engine;
}  // namespace petrarch_internal

// One coded event. Actor codes as PETRARCH-1 prints them ("GONGOV",
// "---GOV", or a quoted noun phrase such as "\"INJURY TOLL\"" when
// new_actor_length allows it); the event code as in the verbs file.
struct PetrarchEvent {
  std::string source;
  std::string target;
  std::string code;
  std::string verb;  // the verb word that was coded ("ACCUSED")
};

// PETRARCH-1's run-time options: the PETR_config.ini [Options] values and
// what <Config option value> elements change.
struct PetrarchSettings {
  int new_actor_length = 0;
  bool require_dyad = true;
  int comma_min = 2, comma_max = 8;
  int comma_bmin = 0, comma_bmax = 0;
  int comma_emin = 2, comma_emax = 8;

  // Applies one <Config option="..." value="..."> as PETRARCH-1 does.
  // Returns false (and changes nothing) for an unknown option or a value
  // that is not a number where one is needed.
  bool Apply(const std::string& option, const std::string& value);
};

// A compiled PETRARCH-1 dictionary set. Not copyable; shared read-only.
class PetrarchDictionary {
 public:
  // `path` is either a PETR_config.ini-style file ([Dictionaries]
  // verbfile_name, actorfile_list, agentfile_name, discardfile_name,
  // relative to the file's directory; [Options] as defaults), or a
  // directory holding exactly one each of *.verbs.txt, *.actors.txt,
  // *.agents.txt and *.discards.txt whose names start with "PETR."
  // (PETR.Validate.verbs.txt ...). Fails if a file cannot be read. Lines
  // the readers could not use are listed in problems().
  static StatusOr<std::shared_ptr<const PetrarchDictionary>> Load(const std::string& path);

  // Whether `path` looks like something Load() takes (a .ini file with a
  // [Dictionaries] section, or a directory with PETR.*.verbs.txt).
  static bool LooksLikePetrarch(const std::string& path);

  // Builds from file contents already read (tests). `paths` name them in
  // problems.
  static StatusOr<std::shared_ptr<const PetrarchDictionary>> FromText(
      const std::string& verbs, const std::vector<std::string>& actors,
      const std::string& agents, const std::string& discards);

  ~PetrarchDictionary();
  PetrarchDictionary(const PetrarchDictionary&) = delete;
  PetrarchDictionary& operator=(const PetrarchDictionary&) = delete;

  // "path:line: reason" for every dictionary line that was skipped.
  const std::vector<std::string>& problems() const;
  // The [Options] of the config file (defaults otherwise).
  const PetrarchSettings& defaults() const;

  const petrarch_internal::Lexicon& lexicon() const { return *lexicon_; }

 private:
  explicit PetrarchDictionary(std::unique_ptr<petrarch_internal::Lexicon> lexicon);
  std::unique_ptr<petrarch_internal::Lexicon> lexicon_;
};

// Codes records one after the other, each with the settings in force: the
// dictionary's defaults, changed by every record's `settings` in turn.
// `dict` must outlive the coder.
class PetrarchCoder {
 public:
  explicit PetrarchCoder(const PetrarchDictionary& dict);
  ~PetrarchCoder();
  PetrarchCoder(const PetrarchCoder&) = delete;
  PetrarchCoder& operator=(const PetrarchCoder&) = delete;

  // Applies record.settings, then codes `record` into *events (cleared
  // first). Uses record.parse when parse_format is Treebank; a record
  // without a parse is coded from its text (CodeText); one with a parse of
  // another format gives no events. Empty = no event (discarded, bad
  // parse, no verb alike). Never fails.
  void Code(const CodingRecord& record, std::vector<PetrarchEvent>* events);

  // Codes one Treebank parse with its sentence text (for discards) and
  // yyyymmdd date, with the current settings.
  void CodeParse(const std::string& text, const std::string& parse, int date,
                 std::vector<PetrarchEvent>* events);

  // Codes raw text through the shallow parser (docs/petrarch-coder.md,
  // "Raw text"): the tree ShallowParse() gives, coded as a parse. No
  // events when the shallow parser is unsure of the sentence.
  void CodeText(const std::string& text, int date, std::vector<PetrarchEvent>* events);

  // The Penn Treebank string the shallow parser makes of `text` ("" when
  // it gives up): for tests and for seeing why a sentence coded as it did.
  std::string ShallowParse(const std::string& text) const;

  PetrarchSettings& settings();

 private:
  const petrarch_internal::Lexicon& engine_lexicon() const { return *lexicon_; }

  std::unique_ptr<petrarch_internal::Engine> engine_;
  const petrarch_internal::Lexicon* lexicon_;
};

}  // namespace chronicle
