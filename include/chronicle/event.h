// chronicle/event.h: one coded political event, with its provenance.
//
// An event says who (source) did what (CAMEO code, PLOVER type) to whom
// (target), in which sentence of which document, and cites the bytes of the
// original input that every part was read from. Its `id` depends only on
// the input and the coding (same input and dictionaries -> same id). The full
// field list is documented in docs/event-schema.md.
//
//   for (const Event& e : result.events)
//     std::cout << e.source.code << " " << e.cameo << " " << e.target.code;
//
// Thread safety: plain values.
#pragma once

#include <string>
#include <vector>

#include "chronicle/offset_map.h"

namespace chronicle {

// An actor as matched in a sentence.
struct ActorRef {
  std::string code;  // CAMEO actor code, e.g. "RUSGOV"
  std::string text;  // the words matched, as they appear in the input
  Span span;         // byte span of `text` in the original input file
  // PLOVER actor: country (or IGO, NGO, IMG ...) and sectors, no
  // organisation: "IGO" for "IGOUNO" (Dictionaries::PloverActor).
  std::string plover;
};

struct Event {
  std::string id;           // 16 hex digits, stable
  std::string doc_id;       // RawDocument::id
  int sentence_index = 0;   // 0-based, in article order
  std::string sentence;     // the sentence text (normalised)
  Span sentence_span;       // the sentence in the original input
  std::string date;         // "YYYY-MM-DD" (document date) or empty
  ActorRef source;
  ActorRef target;          // code empty when the event has no target
  std::string cameo;        // "041"
  std::string root;         // "04"
  int quad_class = 0;       // 1..4
  double goldstein = 0.0;   // -10..+10
  std::string plover;       // "CONSULT" (PipelineOptions::plover_version)
  std::string plover_mode;     // "phone", may be empty
  std::string plover_context;  // "military", may be empty
  ActorRef verb;            // `code` unused; the verb phrase and its span
  std::string pattern;      // the pattern that matched, "file:line: text"
  std::string version;      // chronicle version that coded it
  std::string dict_hash;    // hash of the dictionaries used
};

// One JSON object (no newline). Field names as in docs/event-schema.md.
std::string EventToJson(const Event& event);

// CSV with a header row; fields as in docs/event-schema.md.
std::string EventCsvHeader();
std::string EventToCsvRow(const Event& event);

}  // namespace chronicle
