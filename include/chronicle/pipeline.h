// chronicle/pipeline.h: the whole path from a scraped page to cited events.
//
//   ingest -> extract -> text (normalise, sentences, tokens) -> code
//
// This is the one place where the stages are wired together (src/pipeline/).
//
//   PipelineOptions options;
//   options.dictionary_dir = "data";
//   CHRONICLE_ASSIGN_OR_RETURN(auto pipeline, Pipeline::Create(options));
//   pipeline->ReadInputs({"news/"}, [&](const std::string& path,
//                                       StatusOr<RawDocument> doc) {
//     if (!doc.ok()) { /* report, go on */ return; }
//     StatusOr<DocumentResult> r = pipeline->Process(std::move(*doc));
//     ...
//   });
//
// Thread safety: a Pipeline keeps per-thread scratch state (ICU iterators,
// coder buffers); use one Pipeline per thread.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "chronicle/document.h"
#include "chronicle/event.h"
#include "chronicle/status.h"
#include "chronicle/store.h"

namespace chronicle {

// The library version, e.g. "0.1.0".
const char* Version();

struct PipelineOptions {
  std::string dictionary_dir = "data";
  // If set, code with the PETRARCH-2 dictionaries in this directory (the
  // Phoenix set: CAMEO.2.0.txt, Phoenix.*.actors.txt, Phoenix.agents.txt)
  // through chronicle's coder; dictionary_dir still gives the CAMEO table.
  std::string petrarch_dir;
  // With petrarch_dir: code with our dictionaries and the Phoenix set
  // merged (ours win where both know a phrase).
  bool merge_petrarch = false;
  // PLOVER labels: 2021 (the current ontology) or 2016 (its first draft,
  // whose INVESTIGATE, DEMAND, DISAPPROVE and FIGHT the 2021 revision
  // folded into ACCUSE, REQUEST and ASSAULT); cameo/plover.tsv has both.
  int plover_version = 2021;
  uint64_t max_document_bytes = 32ull << 20;  // per document, after gunzip
  InputFormat format = InputFormat::kAuto;    // force html or text
};

struct DictionaryInfo {
  std::string hash;  // 16 hex digits over all dictionary files
  int countries = 0, actors = 0, agents = 0, patterns = 0, phrases = 0;
  std::vector<std::string> problems;  // "file:line: reason", skipped records
};

// What the coder saw in one sentence and why it coded what it did:
// `chronicle explain` prints it. Token indices refer to `tokens`.
struct SentenceExplanation {
  std::string sentence;             // normalised text
  std::vector<std::string> tokens;  // as the dictionaries see them (lower case)
  std::vector<std::string> words;   // the same tokens as written
  struct Actor {
    int begin = 0, end = 0;  // tokens
    std::string text;        // the words
    std::string code;        // on the sentence's date
    std::string how;         // "actor Vladimir Putin (data/actors/rus.txt:12)",
                             // "country RUS + agent GOV", ...
  };
  std::vector<Actor> actors;
  struct Pattern {
    int first = 0, end = 0;  // tokens
    std::string pattern;     // "file:line: text"
    std::string code;        // CAMEO
    std::string outcome;     // "coded", "negated", "overlapped by a more specific pattern"
    std::string source_rule, target_rule;  // how source and target were chosen
  };
  std::vector<Pattern> patterns;
  std::vector<Event> events;  // as `chronicle code` prints them
};

class Pipeline {
 public:
  // Loads and compiles the dictionaries. NotFound if the directory or its
  // CAMEO table is missing; malformed records only become problems.
  static StatusOr<std::unique_ptr<Pipeline>> Create(const PipelineOptions& options);
  ~Pipeline();
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  // Calls `fn` once per input (files; directories recursively, sorted;
  // "-" = stdin) with the document or the error that stopped it.
  void ReadInputs(const std::vector<std::string>& paths,
                  const std::function<void(const std::string& path,
                                           StatusOr<RawDocument> doc)>& fn) const;

  // A document from bytes in memory (gunzipped, checked, repaired).
  StatusOr<RawDocument> MakeDocument(std::string name, std::string bytes) const;

  // Only the extract stage. InvalidArgument if no main text is found,
  // unless `allow_no_text`: then the page's metadata comes back with empty
  // text and Article::no_text saying why (`chronicle extract` prints it).
  StatusOr<Article> Extract(const RawDocument& doc, bool allow_no_text = false) const;

  // Extract, then text and code. InvalidArgument if no article is found.
  // With `explain`, it is replaced by the coder's reasoning per sentence
  // (as Explain gives it; `chronicle dict harvest` counts from it).
  StatusOr<DocumentResult> Process(RawDocument doc,
                                   std::vector<SentenceExplanation>* explain = nullptr);

  // Text and code only: `text` is taken as the article (no extraction).
  // `date` is "YYYY-MM-DD" or empty. Used by `chronicle code`.
  DocumentResult CodeText(const std::string& record_id, const std::string& text,
                          const std::string& date);

  // CodeText for one text, with the coder's reasoning per sentence.
  std::vector<SentenceExplanation> Explain(const std::string& text, const std::string& date);

  const DictionaryInfo& dictionary_info() const;

 private:
  struct Impl;
  explicit Pipeline(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace chronicle
