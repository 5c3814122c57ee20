// chronicle/tabari.h: a TABARI-compatible event coder. It reads TABARI's
// own dictionaries (a .project file naming .actors, .verbs, .agents and
// .options files) and codes TABARI text records the way TABARI 0.8 does,
// quirks included, so TABARI's validation suite can be replayed.
//
//   StatusOr<std::shared_ptr<const TabariDictionary>> dict =
//       TabariDictionary::Load("tabari/Validate.project");
//   TabariCoder coder(*dict);               // one per thread
//   std::vector<TabariEvent> events;
//   while (reader->Next(&record, &problems)) {
//     coder.Code(record, &events);          // then applies its { OPTION: }s
//     for (const TabariEvent& e : events) Print(e);
//   }
//
// What is implemented and what is not: docs/tabari-coder.md. The behaviour
// it reproduces: docs/design/event-coder-compat.md, part A.
//
// Thread safety: a TabariDictionary is immutable and may be shared by any
// number of threads; a TabariCoder carries option state between records
// and is used by one thread.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "chronicle/records.h"
#include "chronicle/status.h"

namespace chronicle {

namespace tabari_internal {
class Lexicon;
class Engine;
}  // namespace tabari_internal

// One coded event. Codes are as TABARI prints them: actor code plus agent
// ("GONGOV", "~MOS" for a converted agent), event code as in the verbs file.
struct TabariEvent {
  std::string source;
  std::string target;
  std::string code;
  std::string verb;     // the verb root that coded it, "file:line: ROOT"
  std::string pattern;  // the matched pattern, "file:line: - ... [code]"; empty
                        // when the verb's own code was used
};

// A compiled TABARI project. Not copyable; shared read-only.
class TabariDictionary {
 public:
  // Reads the project at `project_path` and the files it names. Fails if
  // the project cannot be read or names no actors or verbs file. Lines the
  // readers could not use are listed in problems().
  static StatusOr<std::shared_ptr<const TabariDictionary>> Load(
      const std::string& project_path);

  ~TabariDictionary();
  TabariDictionary(const TabariDictionary&) = delete;
  TabariDictionary& operator=(const TabariDictionary&) = delete;

  // "path:line: reason" for every dictionary line that was skipped.
  const std::vector<std::string>& problems() const;

  const tabari_internal::Lexicon& lexicon() const { return *lexicon_; }

 private:
  explicit TabariDictionary(std::unique_ptr<tabari_internal::Lexicon> lexicon);
  std::unique_ptr<tabari_internal::Lexicon> lexicon_;
};

// Codes records one after the other with TABARI's option state: the
// .options file at construction, then each record's { OPTION: } commands
// after that record is coded. `dict` must outlive the coder.
class TabariCoder {
 public:
  explicit TabariCoder(const TabariDictionary& dict);
  ~TabariCoder();
  TabariCoder(const TabariCoder&) = delete;
  TabariCoder& operator=(const TabariCoder&) = delete;

  // Codes `record` into *events (cleared first); an empty result means no
  // event (no verb, discarded, too complex or too short alike). Then
  // applies record.options in order. Never fails.
  void Code(const CodingRecord& record, std::vector<TabariEvent>* events);

  // Applies one option command as written after "OPTION:" ("SET: CODE ALL").
  void ApplyOption(const std::string& command);

 private:
  std::unique_ptr<tabari_internal::Engine> engine_;
};

}  // namespace chronicle
