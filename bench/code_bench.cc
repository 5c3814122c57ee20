// Event-coding throughput with the field's full Phoenix dictionaries
// (PETRARCH-2: CAMEO.2.0.txt, Phoenix.{Countries,International,MilNonState}
// .actors.txt, Phoenix.agents.txt), single-threaded:
//
//   code_bench [--sentences N] [--phoenix DIR] [--no-peer] [--dump FILE]
//
// --dump writes every event of every gold sentence (both dictionary sets,
// from tokens and from raw text) to FILE, one line each, so two builds can
// be diffed: a speed change must not change a single event.
//
// Loads and compiles the dictionaries (load time, RSS before and after),
// reads every gold sentence of the event suites in ../shared/data/events
// (TABARI Validate.text, PETRARCH and UD-PETRARCH validation XML), then
// codes them round-robin until N sentences (default 1,000,000) are done,
// twice: from tokens made beforehand (the coder alone) and from raw text
// (normalisation and tokenisation included). The same run codes the same
// sentences with chronicle's bundled dictionaries as the peer, and prints
// the ratios. Skips with one line when ../shared is absent.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "chronicle/records.h"
#include "code/coder.h"
#include "dict/dictionaries.h"
#include "text/normalizer.h"
#include "text/tokenizer.h"

using namespace chronicle;

namespace {

double Now() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

// Resident set size in MB, from /proc/self/status.
double RssMb() {
  std::ifstream in("/proc/self/status");
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("VmRSS:", 0) == 0) return std::atof(line.c_str() + 6) / 1024.0;
  }
  return 0;
}

struct Run {
  double tokens_per_s = 0;  // sentences/s from pre-made tokens
  double text_per_s = 0;    // sentences/s from raw text
  long events = 0;
};

Run CodeAll(const std::shared_ptr<const Dictionaries>& dicts,
            const std::vector<std::string>& sentences, long n) {
  Coder coder(dicts);
  std::vector<std::vector<Token>> tokenized(sentences.size());
  for (size_t i = 0; i < sentences.size(); ++i) Tokenize(sentences[i], 0, &tokenized[i]);
  std::vector<CodedEvent> events;
  Run run;
  double t0 = Now();
  for (long i = 0; i < n; ++i) {
    const size_t k = static_cast<size_t>(i) % sentences.size();
    events.clear();
    coder.BeginDocument();  // each sentence its own document
    coder.CodeSentence(sentences[k], tokenized[k], 20160101, &events);
    run.events += static_cast<long>(events.size());
  }
  run.tokens_per_s = n / (Now() - t0);
  std::vector<Token> tokens;
  t0 = Now();
  for (long i = 0; i < n; ++i) {
    const size_t k = static_cast<size_t>(i) % sentences.size();
    const Normalized norm = NormalizeText(sentences[k]);
    tokens.clear();
    Tokenize(norm.text, 0, &tokens);
    events.clear();
    coder.BeginDocument();  // each sentence its own document
    coder.CodeSentence(norm.text, tokens, 20160101, &events);
  }
  run.text_per_s = n / (Now() - t0);
  return run;
}

// One line per event: set, sentence, path, source, target, spans, pattern.
void Dump(std::FILE* f, const char* set, const std::shared_ptr<const Dictionaries>& dicts,
          const std::vector<std::string>& sentences) {
  Coder coder(dicts);
  std::vector<Token> tokens;
  std::vector<CodedEvent> events;
  for (size_t k = 0; k < sentences.size(); ++k) {
    for (int raw = 0; raw < 2; ++raw) {
      coder.set_trace(raw == 1);  // the trace and mentions too, once
      const Normalized norm = NormalizeText(sentences[k]);
      const std::string& text = raw ? norm.text : sentences[k];
      tokens.clear();
      Tokenize(text, 0, &tokens);
      events.clear();
      coder.BeginDocument();  // each sentence its own document
      coder.CodeSentence(text, tokens, 20160101, &events);
      for (const CodedEvent& e : events) {
        std::fprintf(f, "%s %zu %s %s %s %u-%u %u-%u %u-%u %s %s\n", set, k,
                     raw ? "text" : "tokens", e.source.code.c_str(), e.target.code.c_str(),
                     e.source.span.begin, e.source.span.end, e.target.span.begin,
                     e.target.span.end, e.verb.begin, e.verb.end,
                     e.pattern != nullptr ? e.pattern->where.c_str() : "-",
                     e.cameo != nullptr ? e.cameo->code.c_str() : "-");
      }
      if (raw == 0) continue;
      for (const Mention& m : coder.mentions()) {
        std::fprintf(f, "%s %zu mention %d-%d %s %d %d %d\n", set, k, m.begin, m.end,
                     m.code.c_str(), m.actor, m.country, m.agent);
      }
      for (const PatternTrace& t : coder.trace()) {
        std::fprintf(f, "%s %zu trace %u %d-%d %d %d %s / %s\n", set, k, t.pattern, t.first,
                     t.end, t.selected, t.negated, t.source_rule, t.target_rule);
      }
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  long n = 1000000;
  const std::string root = CHRONICLE_SOURCE_DIR;
  const std::string events_dir = root + "/../shared/data/events";
  std::string phoenix = events_dir + "/petrarch2";
  bool peer = true;
  const char* dump = nullptr;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--sentences") == 0 && i + 1 < argc) {
      n = std::atol(argv[++i]);
    } else if (std::strcmp(argv[i], "--no-peer") == 0) {
      peer = false;
    } else if (std::strcmp(argv[i], "--dump") == 0 && i + 1 < argc) {
      dump = argv[++i];
    } else if (std::strcmp(argv[i], "--phoenix") == 0 && i + 1 < argc) {
      phoenix = argv[++i];
    } else {
      std::fprintf(stderr,
                   "usage: code_bench [--sentences N] [--phoenix DIR] [--no-peer] "
                   "[--dump FILE]\n");
      return 2;
    }
  }
  if (!std::filesystem::exists(phoenix + "/CAMEO.2.0.txt")) {
    std::printf("code_bench: %s/CAMEO.2.0.txt absent: skipped\n", phoenix.c_str());
    return 0;
  }
  std::vector<std::string> sentences;
  const std::pair<const char*, RecordFormat> suites[] = {
      {"/tabari/Validate.text", RecordFormat::kTabari},
      {"/petrarch2/PETR.UnitTest.records.xml", RecordFormat::kPetrarchXml},
      {"/universal-petrarch/PETR_Validate_records_2_02.xml", RecordFormat::kPetrarchXml}};
  for (const auto& [file, format] : suites) {
    auto reader = RecordReader::Open(events_dir + file, format);
    if (!reader.ok()) continue;
    CodingRecord r;
    std::vector<std::string> problems;
    while ((*reader)->Next(&r, &problems)) {
      if (r.options.empty() && !r.text.empty()) sentences.push_back(r.text);
    }
  }
  if (sentences.empty()) {
    std::printf("code_bench: no gold sentences under %s: skipped\n", events_dir.c_str());
    return 0;
  }
  size_t bytes = 0;
  for (const std::string& s : sentences) bytes += s.size();

  const double rss0 = RssMb();
  PetrarchDictionaryPaths paths;
  paths.verbs = phoenix + "/CAMEO.2.0.txt";
  for (const char* f : {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                        "Phoenix.MilNonState.actors.txt"}) {
    paths.actors.push_back(phoenix + "/" + f);
  }
  paths.agents = phoenix + "/Phoenix.agents.txt";
  paths.cameo_table = root + "/data/cameo/codes.tsv";
  std::vector<std::string> problems;
  double t0 = Now();
  auto phoenix_dicts = Dictionaries::LoadPetrarch(paths, &problems);
  const double load_s = Now() - t0;
  if (!phoenix_dicts.ok()) {
    std::fprintf(stderr, "code_bench: %s\n", phoenix_dicts.status().ToString().c_str());
    return 1;
  }
  const double rss1 = RssMb();
  std::vector<std::string> own_problems;
  t0 = Now();
  auto own = Dictionaries::Load(root + "/data", &own_problems);
  const double own_load_s = Now() - t0;
  if (!own.ok()) {
    std::fprintf(stderr, "code_bench: %s\n", own.status().ToString().c_str());
    return 1;
  }
  if (dump != nullptr) {
    std::FILE* f = std::fopen(dump, "w");
    if (f == nullptr) {
      std::fprintf(stderr, "code_bench: cannot write %s\n", dump);
      return 1;
    }
    Dump(f, "phoenix", *phoenix_dicts, sentences);
    Dump(f, "data", *own, sentences);
    std::fclose(f);
    std::printf("code_bench: events of %zu sentences written to %s\n", sentences.size(), dump);
    return 0;
  }
  const Dictionaries& d = **phoenix_dicts;
  std::printf(
      "Phoenix dictionaries: %zu countries, %zu actors, %zu agents, %zu patterns, %d phrases; "
      "%zu lines not imported; load %.3f s; RSS %.1f -> %.1f MB\n",
      d.countries().size(), d.actors().size(), d.agents().size(), d.patterns().size(),
      d.phrase_count(), problems.size(), load_s, rss0, rss1);
  std::printf("sentences: %zu gold sentences (%.0f bytes avg), coded round-robin to %ld\n",
              sentences.size(), static_cast<double>(bytes) / sentences.size(), n);
  const Run p = CodeAll(*phoenix_dicts, sentences, n);
  const double rss2 = RssMb();
  std::printf("%-28s %14s %14s %10s\n", "dictionaries", "tokens sent/s", "text sent/s",
              "events");
  std::printf("%-28s %14.0f %14.0f %10ld\n", "Phoenix (PETRARCH-2)", p.tokens_per_s,
              p.text_per_s, p.events);
  if (!peer) return 0;
  const Run o = CodeAll(*own, sentences, n);
  std::printf("%-28s %14.0f %14.0f %10ld   (load %.3f s)\n", "chronicle data/ (peer)",
              o.tokens_per_s, o.text_per_s, o.events, own_load_s);
  std::printf("ratio Phoenix / data/: tokens %.2f, text %.2f; Phoenix text / tokens %.2f; "
              "RSS after coding %.1f MB\n",
              p.tokens_per_s / o.tokens_per_s, p.text_per_s / o.text_per_s,
              p.text_per_s / p.tokens_per_s, rss2);
  return 0;
}
