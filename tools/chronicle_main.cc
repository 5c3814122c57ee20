// chronicle: the command-line tool. Thin: parses flags, calls the public API
// (include/chronicle/), formats results. Subcommands:
//
//   chronicle run PATH... --db FILE      ingest, extract, code and store
//   chronicle extract PATH...            article text and metadata, JSONL
//   chronicle code [FILE...]             events of plain text or sentence records
//                                        (--input jsonl|tabari|petrarch-xml|conllu)
//   chronicle explain "SENTENCE"          what the coder saw and why it coded it
//   chronicle dict harvest CORPUS...     verbs and names the dictionaries missed
//   chronicle dict lint [--dict DIR]     problems in the dictionaries; exit 1 on errors
//   chronicle dict stats [--dict DIR]    what the dictionaries cover (--json)
//   chronicle query --db FILE [filters]  stored events
//   chronicle export --db FILE --format jsonl|csv
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <iterator>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "chronicle/dict_check.h"
#include "chronicle/harvest.h"
#include "chronicle/petrarch.h"
#include "chronicle/pipeline.h"
#include "chronicle/records.h"
#include "chronicle/store.h"
#include "chronicle/tabari.h"
#include "chronicle/udpetrarch.h"

namespace {

using chronicle::DocumentResult;
using chronicle::Event;
using chronicle::Pipeline;
using chronicle::PipelineOptions;
using chronicle::RawDocument;
using chronicle::Status;
using chronicle::StatusOr;
using chronicle::Store;

namespace fs = std::filesystem;

int Fail(const Status& s) {
  std::cerr << "chronicle: " << s.ToString() << "\n";
  return 1;
}

// --dict, else $CHRONICLE_DATA, else data/ beside or above the executable,
// else the source tree's data/ the binary was built from.
std::string FindDictionaryDir(const std::string& flag, const char* argv0) {
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv("CHRONICLE_DATA"); env != nullptr && *env) return env;
  std::error_code ec;
  fs::path exe = fs::canonical("/proc/self/exe", ec);
  if (ec) exe = fs::absolute(argv0, ec);
  for (fs::path dir = exe.parent_path(); !dir.empty() && dir != dir.root_path();
       dir = dir.parent_path()) {
    for (const char* sub : {"data", "share/chronicle/data"}) {
      if (fs::exists(dir / sub / "cameo" / "codes.tsv", ec)) return (dir / sub).string();
    }
  }
  return CHRONICLE_DEFAULT_DATA_DIR;
}

chronicle::InputFormat ParseFormat(const std::string& f) {
  if (f == "html") return chronicle::InputFormat::kHtml;
  if (f == "text") return chronicle::InputFormat::kText;
  return chronicle::InputFormat::kAuto;
}

StatusOr<std::unique_ptr<Pipeline>> MakePipeline(const PipelineOptions& options, bool verbose) {
  auto pipeline = Pipeline::Create(options);
  if (!pipeline.ok()) return pipeline;
  const auto& problems = (*pipeline)->dictionary_info().problems;
  if (!problems.empty()) {
    std::cerr << "chronicle: " << problems.size()
              << " dictionary record(s) skipped (run with -v to list them)\n";
    if (verbose) {
      for (const std::string& p : problems) std::cerr << "  " << p << "\n";
    }
  }
  return pipeline;
}

void PrintWarnings(const RawDocument& doc) {
  for (const std::string& w : doc.warnings) {
    std::cerr << "chronicle: warning: " << doc.path << ": " << w << "\n";
  }
}

std::string FormatName(chronicle::InputFormat f) {
  switch (f) {
    case chronicle::InputFormat::kHtml: return "html";
    case chronicle::InputFormat::kText: return "text";
    default: return "auto";
  }
}

struct Common {
  std::string dict;
  std::string phoenix;
  std::string add_phoenix;
  std::string format = "auto";
  uint64_t max_bytes = 32ull << 20;
  bool verbose = false;
  bool ignore_parse = false;  // `code` only: drop the records' parses
  int plover_version = 2021;

  void AddTo(CLI::App* app) {
    app->add_option(
        "--dict", dict,
        "dictionary directory (default: the bundled data/), a TABARI .project file, or a "
        "PETRARCH-1 set (PETR_config.ini, or a directory of PETR.*.{verbs,actors,agents,"
        "discards}.txt), or a UD-PETRARCH set (CAMEO 2.0 verbs: a directory or config)");
    app->add_option("--phoenix", phoenix,
                    "code with the PETRARCH-2 (Phoenix) dictionaries in this directory, "
                    "through chronicle's coder");
    app->add_option("--add-phoenix", add_phoenix,
                    "code with chronicle's dictionaries and the Phoenix set in this "
                    "directory merged (ours win where both know a phrase)");
    app->add_option("--format", format, "input format")
        ->check(CLI::IsMember({"auto", "html", "text"}));
    app->add_option("--max-bytes", max_bytes, "per-document size limit after gunzip");
    app->add_option("--plover-version", plover_version,
                    "PLOVER event type labels: 2021 (current) or 2016 (the first draft: "
                    "INVESTIGATE, DEMAND, DISAPPROVE, FIGHT)")
        ->check(CLI::IsMember({2021, 2016}));
    app->add_flag("-v,--verbose", verbose, "list skipped dictionary records");
  }
  PipelineOptions Options(const char* argv0) const {
    PipelineOptions o;
    o.dictionary_dir = FindDictionaryDir(dict, argv0);
    o.petrarch_dir = add_phoenix.empty() ? phoenix : add_phoenix;
    o.merge_petrarch = !add_phoenix.empty();
    o.format = ParseFormat(format);
    o.max_document_bytes = max_bytes;
    o.plover_version = plover_version;
    return o;
  }
};

int RunCommand(const Common& common, const std::vector<std::string>& paths,
               const std::string& db_path, const char* argv0) {
  const auto start = std::chrono::steady_clock::now();
  auto pipeline = MakePipeline(common.Options(argv0), common.verbose);
  if (!pipeline.ok()) return Fail(pipeline.status());
  auto store = Store::Open(db_path);
  if (!store.ok()) return Fail(store.status());
  int64_t docs = 0, added = 0, failed = 0, sentences = 0, events = 0;
  Status batch = (*store)->BeginBatch();
  if (!batch.ok()) return Fail(batch);
  (*pipeline)->ReadInputs(paths, [&](const std::string& path, StatusOr<RawDocument> doc) {
    const auto fail = [&](const Status& s) {
      ++failed;
      std::cerr << "chronicle: skipped " << s.message() << "\n";
      Status st = (*store)->PutFailure(path, s);
      if (!st.ok()) std::cerr << "chronicle: " << st.ToString() << "\n";
    };
    if (!doc.ok()) return fail(doc.status());
    PrintWarnings(*doc);
    auto result = (*pipeline)->Process(std::move(doc).value());
    if (!result.ok()) return fail(result.status());
    ++docs;
    sentences += static_cast<int64_t>(result->sentences.size());
    events += static_cast<int64_t>(result->events.size());
    auto put = (*store)->Put(*result);
    if (!put.ok()) return fail(put.status().WithPrefix(path));
    if (*put) ++added;
  });
  batch = (*store)->CommitBatch();
  if (!batch.ok()) return Fail(batch);
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf(
      "chronicle run: %lld documents (%lld new, %lld already stored), %lld failed, "
      "%lld sentences, %lld events in %.2f s\n",
      static_cast<long long>(docs), static_cast<long long>(added),
      static_cast<long long>(docs - added), static_cast<long long>(failed),
      static_cast<long long>(sentences), static_cast<long long>(events), secs);
  std::printf("results: %s   (try: chronicle query --db %s --code 04)\n", db_path.c_str(),
              db_path.c_str());
  return 0;
}

std::string ArticleJson(const std::string& id, const RawDocument& doc,
                        const chronicle::Article& article) {
  nlohmann::ordered_json j;
  j["id"] = id;
  j["doc_id"] = doc.id;
  j["text"] = article.text;
  j["title"] = article.title;
  j["author"] = article.author;
  j["date"] = article.date;
  j["sitename"] = article.sitename;
  j["language"] = article.language;
  j["url"] = article.url;
  j["format"] = FormatName(article.format);
  if (!article.no_text.empty()) j["no_text"] = article.no_text;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// `id<TAB>path` lines; a line without a tab uses the path as its id.
StatusOr<std::vector<std::pair<std::string, std::string>>> ReadManifest(const std::string& path) {
  std::ifstream in(path);
  if (!in) return chronicle::NotFoundError(path + ": cannot open manifest");
  std::vector<std::pair<std::string, std::string>> out;
  int line_no = 0;
  for (std::string line; std::getline(in, line);) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    if (tab == 0 || tab + 1 == line.size()) {
      return chronicle::InvalidArgumentError(path + ":" + std::to_string(line_no) +
                                     ": expected id<TAB>path");
    }
    if (tab == std::string::npos) {
      out.emplace_back(line, line);
    } else {
      out.emplace_back(line.substr(0, tab), line.substr(tab + 1));
    }
  }
  return out;
}

// Extracts the manifest's documents on `threads` workers; lines are written
// in manifest order. One bad document is reported and skipped.
int ExtractManifest(const Pipeline& pipeline, const std::string& manifest, int threads) {
  auto items = ReadManifest(manifest);
  if (!items.ok()) return Fail(items.status());
  const size_t n = items->size();
  std::vector<std::string> lines(n), errors(n);
  std::vector<char> done(n, 0);
  std::mutex mu;
  std::condition_variable cv;
  std::atomic<size_t> next{0};
  size_t printed = 0;  // guarded by mu; bounds the results held in memory
  const size_t window = 4 * static_cast<size_t>(std::max(1, threads));
  const auto work = [&] {
    for (size_t i; (i = next.fetch_add(1)) < n;) {
      {
        std::unique_lock<std::mutex> lock(mu);
        cv.wait(lock, [&] { return i < printed + window; });
      }
      const auto& [id, path] = (*items)[i];
      std::string line, error;
      std::ifstream in(path, std::ios::binary);
      if (!in) {
        error = path + ": cannot open";
      } else {
        std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        auto doc = pipeline.MakeDocument(path, std::move(bytes));
        if (!doc.ok()) {
          error = std::string(doc.status().message());
        } else {
          for (const std::string& w : doc->warnings) {
            error += "warning: " + path + ": " + w + "\n";
          }
          auto article = pipeline.Extract(*doc, /*allow_no_text=*/true);
          if (article.ok()) {
            // A page without main text keeps its metadata line; the
            // reason goes to stderr as for a skipped document.
            line = ArticleJson(id, *doc, *article);
            if (!article->no_text.empty()) {
              error += "warning: " + path + ": " + article->no_text + "\n";
            }
          } else {
            error += std::string(article.status().message());
          }
        }
      }
      std::lock_guard<std::mutex> lock(mu);
      lines[i] = std::move(line);
      errors[i] = std::move(error);
      done[i] = 1;
      cv.notify_all();
    }
  };
  std::vector<std::thread> workers;
  for (int t = 0; t < std::max(1, threads); ++t) workers.emplace_back(work);
  int failed = 0;
  for (size_t i = 0; i < n; ++i) {
    std::unique_lock<std::mutex> lock(mu);
    cv.wait(lock, [&] { return done[i] != 0; });
    if (!errors[i].empty()) {
      const bool warning_only = !lines[i].empty();
      std::cerr << "chronicle: " << (warning_only ? "" : "skipped ") << errors[i]
                << (errors[i].back() == '\n' ? "" : "\n");
      if (!warning_only) ++failed;
    }
    if (!lines[i].empty()) std::cout << lines[i] << "\n";
    std::string().swap(lines[i]);
    printed = i + 1;
    cv.notify_all();
  }
  for (std::thread& w : workers) w.join();
  return failed > 0 && n == 1 ? 1 : 0;
}

int ExtractCommand(const Common& common, const std::vector<std::string>& paths,
                   const std::string& manifest, int threads, const char* argv0) {
  auto pipeline = MakePipeline(common.Options(argv0), false);
  if (!pipeline.ok()) return Fail(pipeline.status());
  if (!manifest.empty()) return ExtractManifest(**pipeline, manifest, threads);
  int failed = 0;
  (*pipeline)->ReadInputs(paths, [&](const std::string& path, StatusOr<RawDocument> doc) {
    if (!doc.ok()) {
      ++failed;
      std::cerr << "chronicle: skipped " << doc.status().message() << "\n";
      return;
    }
    PrintWarnings(*doc);
    auto article = (*pipeline)->Extract(*doc, /*allow_no_text=*/true);
    if (!article.ok()) {
      ++failed;
      std::cerr << "chronicle: skipped " << article.status().message() << "\n";
      return;
    }
    if (!article->no_text.empty()) {
      ++failed;
      std::cerr << "chronicle: warning: " << path << ": " << article->no_text << "\n";
    }
    std::cout << ArticleJson(path, *doc, *article) << "\n";
  });
  return failed > 0 && paths.size() == 1 ? 1 : 0;
}

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Reads every record of `inputs` (files, "-" for stdin; none = stdin) in
// `format` and calls fn(record, problems) with the reader's problems for
// it, after printing them: the reader goes on past each. Returns the count
// of problems and unreadable inputs (for the exit status).
int ForEachRecord(
    const std::vector<std::string>& inputs, chronicle::RecordFormat format,
    const std::function<void(chronicle::CodingRecord*, const std::vector<std::string>&)>& fn) {
  int failed = 0;
  for (const std::string& in : inputs.empty() ? std::vector<std::string>{"-"} : inputs) {
    auto reader = chronicle::RecordReader::Open(in, format);
    if (!reader.ok()) {
      std::cerr << "chronicle: skipped " << reader.status().message() << "\n";
      ++failed;
      continue;
    }
    chronicle::CodingRecord r;
    std::vector<std::string> problems;
    while ((*reader)->Next(&r, &problems)) {
      for (const std::string& p : problems) std::cerr << "chronicle: " << p << "\n";
      failed += static_cast<int>(problems.size());
      fn(&r, problems);
      problems.clear();
    }
    for (const std::string& p : problems) std::cerr << "chronicle: " << p << "\n";
    failed += static_cast<int>(problems.size());
  }
  return failed;
}

// `chronicle code` with a validation suite's own dictionaries and the
// coder that reproduces the system that wrote them: TABARI (`--dict
// X.project`; every record is coded, option records too: their
// { OPTION: }s apply after them), PETRARCH-1 (a PETR_config.ini or a
// directory of PETR.*.txt files; Treebank parses) and UD-PETRARCH (CAMEO 2.0
// verb patterns; CoNLL-U parses). One JSON line per event.
template <typename Dictionary, typename Coder, typename SuiteEvent>
int CodeWithSuiteCoder(const Common& common, const std::vector<std::string>& inputs,
                       const std::string& input_kind, const char* wants) {
  if (input_kind == "text") {
    std::cerr << "chronicle code: these dictionaries code " << wants << "\n";
    return 2;
  }
  auto dict = Dictionary::Load(common.dict);
  if (!dict.ok()) return Fail(dict.status());
  const auto& dict_problems = (*dict)->problems();
  if (!dict_problems.empty()) {
    std::cerr << "chronicle: " << dict_problems.size()
              << " dictionary line(s) skipped (run with -v to list them)\n";
    if (common.verbose) {
      for (const std::string& p : dict_problems) std::cerr << "  " << p << "\n";
    }
  }
  StatusOr<chronicle::RecordFormat> format = chronicle::ParseRecordFormat(input_kind);
  if (!format.ok()) return Fail(format.status());
  Coder coder(**dict);
  std::vector<SuiteEvent> events;
  const int failed = ForEachRecord(inputs, *format, [&](chronicle::CodingRecord* r,
                                                        const std::vector<std::string>& problems) {
    // A given parse the reader had to drop codes nothing (PETRARCH-1's
    // bad_input_parse), rather than the record's text.
    const bool parse_dropped = std::any_of(problems.begin(), problems.end(), [](const auto& p) {
      return p.find(": parse dropped (") != std::string::npos;
    });
    if (parse_dropped && !common.ignore_parse) r->text.clear();
    if (common.ignore_parse) {
      r->parse.clear();
      r->parse_format = chronicle::ParseFormat::kNone;
    }
    coder.Code(*r, &events);
    for (const SuiteEvent& e : events) {
      nlohmann::json j;
      j["record_id"] = r->id;
      j["date"] = r->date > 0 ? nlohmann::json(chronicle::FormatRecordDate(r->date))
                              : nlohmann::json(nullptr);
      j["source"] = e.source;
      j["target"] = e.target;
      j["code"] = e.code;
      j["verb_text"] = e.verb;
      if constexpr (requires { e.pattern; }) j["pattern"] = e.pattern;
      std::cout << j.dump() << "\n";
    }
  });
  return failed > 0 ? 1 : 0;
}

// `chronicle explain`: the dictionary maintainer's view of one text. With
// the default (chronicle) dictionaries: tokens, the actor phrases found and
// the entries that coded them (file:line), every verb pattern that matched
// (file:line) and what became of it, how source and target were chosen,
// and the events. With a TABARI project: the events with the verb and
// pattern that coded each; with a PETRARCH-1 set: the shallow parse of the
// sentence and the events.
// "2016-05-09" -> 20160509; 0 when empty or malformed (no dated codes).
int ExplainDate(const std::string& date) {
  int y = 0, m = 0, d = 0;
  if (date.empty() || std::sscanf(date.c_str(), "%d-%d-%d", &y, &m, &d) != 3) return 0;
  return y * 10000 + m * 100 + d;
}

int ExplainCommand(const Common& common, const std::string& text, const std::string& date,
                   const char* argv0) {
  if (!date.empty() && ExplainDate(date) == 0) {
    std::cerr << "chronicle explain: --date " << date << ": expected YYYY-MM-DD\n";
    return 2;
  }
  if (EndsWith(common.dict, ".project")) {
    auto dict = chronicle::TabariDictionary::Load(common.dict);
    if (!dict.ok()) return Fail(dict.status());
    chronicle::CodingRecord r;
    r.id = "explain";
    r.text = text;
    r.date = ExplainDate(date);
    chronicle::TabariCoder coder(**dict);
    std::vector<chronicle::TabariEvent> events;
    coder.Code(r, &events);
    std::cout << "sentence: " << text << "\n"
              << "dictionaries: " << common.dict << " (TABARI project)\n";
    if (events.empty()) std::cout << "events: none\n";
    for (const chronicle::TabariEvent& e : events) {
      std::cout << "event " << (e.source.empty() ? "---" : e.source) << " -> "
                << (e.target.empty() ? "---" : e.target) << " " << e.code << "\n"
                << "  verb:    " << e.verb << "\n"
                << "  pattern: " << (e.pattern.empty() ? "(none: the verb's own code)" : e.pattern)
                << "\n";
    }
    return 0;
  }
  if (!common.dict.empty() && chronicle::PetrarchDictionary::LooksLikePetrarch(common.dict)) {
    auto dict = chronicle::PetrarchDictionary::Load(common.dict);
    if (!dict.ok()) return Fail(dict.status());
    chronicle::PetrarchCoder coder(**dict);
    const std::string tree = coder.ShallowParse(text);
    std::vector<chronicle::PetrarchEvent> events;
    coder.CodeText(text, ExplainDate(date), &events);
    std::cout << "sentence: " << text << "\n"
              << "dictionaries: " << common.dict << " (PETRARCH-1)\n"
              << "shallow parse: " << (tree.empty() ? "(none: the parser gave up)" : tree)
              << "\n";
    if (events.empty()) std::cout << "events: none\n";
    for (const chronicle::PetrarchEvent& e : events) {
      std::cout << "event " << (e.source.empty() ? "---" : e.source) << " -> "
                << (e.target.empty() ? "---" : e.target) << " " << e.code << "  verb "
                << e.verb << "\n";
    }
    return 0;
  }
  auto pipeline = MakePipeline(common.Options(argv0), common.verbose);
  if (!pipeline.ok()) return Fail(pipeline.status());
  const PipelineOptions options = common.Options(argv0);
  std::cout << "dictionaries: "
            << (options.petrarch_dir.empty() ? options.dictionary_dir
                                             : options.petrarch_dir + " (PETRARCH-2)")
            << " (hash "
            << (*pipeline)->dictionary_info().hash << ")\n";
  for (const chronicle::SentenceExplanation& x : (*pipeline)->Explain(text, date)) {
    std::cout << "\nsentence: " << x.sentence << "\ntokens:";
    for (size_t i = 0; i < x.tokens.size(); ++i) std::cout << " " << i << ":" << x.tokens[i];
    std::cout << "\nactors:" << (x.actors.empty() ? " none" : "") << "\n";
    for (const auto& a : x.actors) {
      std::cout << "  [" << a.begin << "," << a.end << ") \"" << a.text << "\" -> " << a.code
                << "   " << a.how << "\n";
    }
    std::cout << "verb patterns:" << (x.patterns.empty() ? " none matched" : "") << "\n";
    for (const auto& p : x.patterns) {
      std::cout << "  [" << p.first << "," << p.end << ") " << p.code << "  " << p.pattern
                << "\n    " << p.outcome << "\n";
      if (p.outcome == "coded") {
        std::cout << "    source: " << (p.source_rule.empty() ? "none found" : p.source_rule)
                  << "\n    target: " << (p.target_rule.empty() ? "none found" : p.target_rule)
                  << "\n";
      }
    }
    std::cout << "events:" << (x.events.empty() ? " none" : "") << "\n";
    for (const Event& e : x.events) {
      std::cout << "  " << e.source.code << " (" << e.source.text << ") -> "
                << (e.target.code.empty() ? "---" : e.target.code)
                << (e.target.text.empty() ? "" : " (" + e.target.text + ")") << "  " << e.cameo
                << (e.plover.empty() ? "" : " / " + e.plover) << "  verb \"" << e.verb.text
                << "\"\n";
    }
  }
  return 0;
}

// `chronicle dict harvest`: runs the corpus through the pipeline and lists
// what no dictionary entry covered, most frequent first.
int HarvestCommand(const Common& common, const std::vector<std::string>& paths, int min_count,
                   int top, const std::string& format, const char* argv0) {
  auto pipeline = MakePipeline(common.Options(argv0), common.verbose);
  if (!pipeline.ok()) return Fail(pipeline.status());
  chronicle::Harvest harvest;
  std::vector<chronicle::SentenceExplanation> explained;
  int docs = 0, failed = 0;
  (*pipeline)->ReadInputs(paths, [&](const std::string&, StatusOr<RawDocument> doc) {
    if (!doc.ok()) {
      ++failed;
      std::cerr << "chronicle: skipped " << doc.status().message() << "\n";
      return;
    }
    auto result = (*pipeline)->Process(std::move(doc).value(), &explained);
    if (!result.ok()) {
      ++failed;
      std::cerr << "chronicle: skipped " << result.status().message() << "\n";
      return;
    }
    ++docs;
    for (const chronicle::SentenceExplanation& x : explained) harvest.Add(x);
  });
  if (format == "text") {
    std::cout << "chronicle dict harvest: " << docs << " documents, " << harvest.sentences()
              << " sentences, " << failed << " skipped\n";
  }
  for (auto kind : {chronicle::HarvestKind::kVerb, chronicle::HarvestKind::kSubject,
                    chronicle::HarvestKind::kName}) {
    std::vector<chronicle::HarvestItem> items = harvest.Items(kind, min_count);
    if (top > 0 && static_cast<int>(items.size()) > top) items.resize(top);
    const char* name = chronicle::HarvestKindName(kind);
    if (format == "text") {
      std::cout << "\n" << name << "s no entry covers (count, with an actor after, phrase, "
                << "example):\n";
    }
    for (const chronicle::HarvestItem& i : items) {
      if (format == "jsonl") {
        nlohmann::ordered_json j;
        j["kind"] = name;
        j["phrase"] = i.phrase;
        j["count"] = i.count;
        if (kind == chronicle::HarvestKind::kVerb) j["with_target"] = i.with_target;
        j["example"] = i.example;
        std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
      } else {
        std::cout << "  " << i.count << "\t"
                  << (kind == chronicle::HarvestKind::kVerb ? std::to_string(i.with_target)
                                                            : std::string("-"))
                  << "\t" << i.phrase << "\t" << i.example << "\n";
      }
    }
  }
  return docs == 0 && failed > 0 ? 1 : 0;
}

// `chronicle dict lint`: one "path:line: severity: message" line per
// problem, then the counts; 1 if there is an error.
int LintCommand(const std::string& dir) {
  auto result = chronicle::LintDictionaries(dir);
  if (!result.ok()) return Fail(result.status());
  for (const chronicle::LintProblem& p : result->problems)
    std::cout << p.ToString() << "\n";
  std::cout << result->errors << " errors, " << result->warnings << " warnings in "
            << result->files << " files\n";
  return result->errors > 0 ? 1 : 0;
}

nlohmann::ordered_json StatsJson(const std::string& dir,
                                 const chronicle::DictionaryStats& s) {
  nlohmann::ordered_json j;
  j["dictionaries"] = dir;
  j["files"] = nlohmann::ordered_json::array();
  for (const auto& f : s.files) {
    j["files"].push_back({{"path", f.path}, {"kind", f.kind}, {"records", f.records}});
  }
  j["countries"] = s.countries;
  j["places"] = s.places;
  j["actors"] = s.actors;
  j["people"] = s.people;
  j["people_with_dated_roles"] = s.dated_people;
  j["organisations"] = s.organisations;
  j["roles"] = s.roles;
  j["dated_roles"] = s.dated_roles;
  j["agents"] = s.agents;
  j["communities"] = s.communities;
  j["phrases"] = s.phrases;
  j["verb_records"] = s.verb_records;
  j["patterns"] = s.patterns;
  j["verb_forms"] = s.verb_forms;
  j["expanded_patterns"] = s.expanded_patterns;
  j["cameo_codes"] = s.cameo_codes;
  j["cameo_covered"] = s.cameo_covered;
  j["uncovered_by_root"] = nlohmann::ordered_json::object();
  for (const auto& [root, codes] : s.uncovered_by_root)
    j["uncovered_by_root"][root] = codes;
  j["active_on"] = nlohmann::ordered_json::object();
  for (const auto& [year, n] : s.active_on)
    j["active_on"][std::to_string(year) + "-01-01"] = n;
  j["countries_with_dated_people"] = s.countries_with_dated_people;
  j["countries_without_dated_people"] = s.countries_without_dated_people;
  return j;
}

void PrintStats(const std::string& dir, const chronicle::DictionaryStats& s) {
  std::printf("dictionaries: %s\n", dir.c_str());
  for (const auto& f : s.files) {
    std::printf("  %-28s %-10s %6d %s\n", f.path.c_str(), f.kind.c_str(), f.records,
                f.kind == "cameo"       ? "codes"
                : f.kind == "irregular" ? "lines"
                                        : "records");
  }
  std::printf("countries          %6d\n", s.countries);
  std::printf("places             %6d\n", s.places);
  std::printf(
      "actors             %6d  (people %d, %d of them with dated roles; "
      "organisations and groups %d)\n",
      s.actors, s.people, s.dated_people, s.organisations);
  std::printf("roles              %6d  (dated %d)\n", s.roles, s.dated_roles);
  std::printf("agents             %6d  (and %d communities)\n", s.agents, s.communities);
  std::printf(
      "phrases            %6d  (names, aliases, adjectives, capitals, agent phrases)\n",
      s.phrases);
  std::printf("verb records       %6d\n", s.verb_records);
  std::printf(
      "patterns           %6d  (%lld word sequences after expansion; %d verb forms)\n",
      s.patterns, s.expanded_patterns, s.verb_forms);
  std::printf("CAMEO codes        %d of %d covered by a verb pattern (%.0f%%)\n",
              s.cameo_covered, s.cameo_codes,
              s.cameo_codes > 0 ? 100.0 * s.cameo_covered / s.cameo_codes : 0.0);
  for (const auto& [root, codes] : s.uncovered_by_root) {
    std::string list;
    for (const std::string& c : codes) list += " " + c;
    std::printf("  uncovered %s:%s\n", root.c_str(), list.c_str());
  }
  std::printf("actors with a dated role in force on 1 January:");
  for (const auto& [year, n] : s.active_on) std::printf("  %d: %d", year, n);
  std::printf("\ncountries with a dated person: %d of %d\n",
              s.countries_with_dated_people,
              s.countries_with_dated_people +
                  static_cast<int>(s.countries_without_dated_people.size()));
}

// `chronicle dict stats`: what the dictionaries in `dir` cover.
int StatsCommand(const std::string& dir, bool json) {
  auto stats = chronicle::ComputeDictionaryStats(dir);
  if (!stats.ok()) return Fail(stats.status());
  if (json) {
    std::cout << StatsJson(dir, *stats)
                     .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
              << "\n";
  } else {
    PrintStats(dir, *stats);
  }
  return 0;
}

int CodeCommand(const Common& common, const std::vector<std::string>& inputs,
                const std::string& input_kind, const std::string& date, const char* argv0) {
  if (EndsWith(common.dict, ".project")) {
    return CodeWithSuiteCoder<chronicle::TabariDictionary, chronicle::TabariCoder,
                              chronicle::TabariEvent>(
        common, inputs, input_kind, "sentence records (--input tabari|jsonl|...)");
  }
  if (!common.dict.empty() && chronicle::UdPetrarchDictionary::Recognizes(common.dict)) {
    return CodeWithSuiteCoder<chronicle::UdPetrarchDictionary, chronicle::UdPetrarchCoder,
                              chronicle::UdPetrarchEvent>(
        common, inputs, input_kind, "CoNLL-U parses (--input petrarch-xml|conllu|jsonl)");
  }
  if (!common.dict.empty() && chronicle::PetrarchDictionary::LooksLikePetrarch(common.dict)) {
    return CodeWithSuiteCoder<chronicle::PetrarchDictionary, chronicle::PetrarchCoder,
                              chronicle::PetrarchEvent>(
        common, inputs, input_kind, "parsed records (--input petrarch-xml|jsonl)");
  }
  auto pipeline = MakePipeline(common.Options(argv0), common.verbose);
  if (!pipeline.ok()) return Fail(pipeline.status());
  const auto emit = [](const DocumentResult& r) {
    for (const Event& e : r.events) std::cout << chronicle::EventToJson(e) << "\n";
  };
  if (input_kind != "text") {
    StatusOr<chronicle::RecordFormat> format = chronicle::ParseRecordFormat(input_kind);
    if (!format.ok()) return Fail(format.status());
    const int failed = ForEachRecord(
        inputs, *format, [&](chronicle::CodingRecord* r, const std::vector<std::string>&) {
          // TABARI option records change coder settings; they hold no sentence.
          if (!r->options.empty()) return;
          const std::string d = r->date > 0 ? chronicle::FormatRecordDate(r->date) : date;
          emit((*pipeline)->CodeText(r->id, r->text, d));
        });
    return failed > 0 ? 1 : 0;
  }
  int failed = 0;
  for (const std::string& in : inputs.empty() ? std::vector<std::string>{"-"} : inputs) {
    std::ifstream file;
    if (in != "-") {
      file.open(in, std::ios::binary);
      if (!file) {
        std::cerr << "chronicle: skipped " << in << ": cannot open\n";
        ++failed;
        continue;
      }
    }
    std::istream& stream = in == "-" ? std::cin : file;
    std::string text((std::istreambuf_iterator<char>(stream)), std::istreambuf_iterator<char>());
    emit((*pipeline)->CodeText(in, text, date));
  }
  return failed > 0 ? 1 : 0;
}

int QueryCommand(const std::string& db_path, const chronicle::EventQuery& q,
                 const std::string& format, const std::string& out_path) {
  if (!fs::exists(db_path)) return Fail(chronicle::NotFoundError(db_path + ": no such store"));
  auto store = Store::Open(db_path);
  if (!store.ok()) return Fail(store.status());
  auto events = (*store)->Query(q);
  if (!events.ok()) return Fail(events.status());
  std::ofstream file;
  if (!out_path.empty()) {
    file.open(out_path, std::ios::binary);
    if (!file) return Fail(chronicle::IoError(out_path + ": cannot write"));
  }
  std::ostream& out = out_path.empty() ? std::cout : file;
  if (format == "jsonl") {
    for (const Event& e : *events) out << chronicle::EventToJson(e) << "\n";
  } else if (format == "csv") {
    out << chronicle::EventCsvHeader() << "\n";
    for (const Event& e : *events) out << chronicle::EventToCsvRow(e) << "\n";
  } else {
    for (const Event& e : *events) {
      out << (e.date.empty() ? "----------" : e.date) << "  " << e.source.code << " ("
          << e.source.text << ") " << e.cameo << "/" << e.plover << " "
          << (e.target.code.empty() ? "-" : e.target.code)
          << (e.target.code.empty() ? "" : " (" + e.target.text + ")") << "  \""
          << e.verb.text << "\"  " << e.doc_id << "#" << e.sentence_index << "\n";
    }
    if (format == "table") std::cerr << events->size() << " event(s)\n";
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"chronicle: political event data from news text"};
  app.require_subcommand(1);
  app.set_version_flag("--version", chronicle::Version());

  Common common;
  std::vector<std::string> paths;
  std::string db_path;

  CLI::App* run = app.add_subcommand("run", "ingest, extract, code and store documents");
  run->add_option("paths", paths, "files, directories or - for stdin")->required();
  run->add_option("--db", db_path, "SQLite store to write")->required();
  common.AddTo(run);

  std::string manifest;
  int threads = 1;
  CLI::App* extract = app.add_subcommand("extract", "article text and metadata as JSONL");
  extract->add_option("paths", paths, "files, directories or - for stdin (ids: the paths)");
  extract->add_option("--manifest", manifest, "file of id<TAB>path lines (paths may end in .gz)");
  extract->add_option("--threads", threads, "worker threads for --manifest")
      ->check(CLI::Range(1, 256));
  common.AddTo(extract);
  extract->add_option("--mode", common.format, "input format (alias of --format)")
      ->check(CLI::IsMember({"auto", "html", "text"}));

  std::string input_kind = "text", date;
  CLI::App* code = app.add_subcommand("code", "code plain text or JSONL records into events");
  code->add_option("inputs", paths, "files or - for stdin (default)");
  code->add_option("--input", input_kind, "input kind")
      ->check(CLI::IsMember({"text", "jsonl", "tabari", "petrarch-xml", "conllu"}));
  code->add_option("--date", date, "document date YYYY-MM-DD (for dated roles)");
  code->add_flag("--ignore-parse", common.ignore_parse,
                 "drop the records' parses: suite coders code the raw text (PETRARCH-1: "
                 "through its shallow parser)");
  common.AddTo(code);

  std::string sentence;
  CLI::App* explain = app.add_subcommand(
      "explain", "show how a sentence is coded: tokens, actor and verb patterns, rules, events");
  explain->add_option("sentence", sentence, "the text to explain")->required();
  explain->add_option("--date", date, "date YYYY-MM-DD (for dated roles)");
  common.AddTo(explain);

  int min_count = 2, top = 50;
  CLI::App* dict_cmd = app.add_subcommand("dict", "dictionary maintenance");
  CLI::App* harvest = dict_cmd->add_subcommand(
      "harvest", "verbs, subjects and names in a corpus that no dictionary entry covers");
  harvest->add_option("corpus", paths, "files or directories (html, text, .gz)")->required();
  harvest->add_option("--min-count", min_count, "list phrases seen at least this often");
  harvest->add_option("--top", top, "at most this many per kind (0: all)");
  bool harvest_jsonl = false;
  harvest->add_flag("--jsonl", harvest_jsonl, "one JSON object per phrase instead of a table");
  common.AddTo(harvest);
  std::string lint_dict;
  CLI::App* lint = dict_cmd->add_subcommand(
      "lint",
      "check the dictionaries: duplicate phrases, overlapping roles, bad codes and "
      "dates, unreachable patterns, ...; exit status 1 if there is an error");
  lint->add_option("--dict", lint_dict,
                   "dictionary directory (default: the bundled data/)");
  bool stats_json = false;
  CLI::App* stats = dict_cmd->add_subcommand(
      "stats",
      "what the dictionaries cover: records per kind, CAMEO codes with a pattern, "
      "dated roles");
  stats->add_option("--dict", lint_dict,
                    "dictionary directory (default: the bundled data/)");
  stats->add_flag("--json", stats_json, "one JSON object instead of a table");
  dict_cmd->require_subcommand(1);

  chronicle::EventQuery q;
  std::string format = "table", out_path;
  CLI::App* query = app.add_subcommand("query", "print stored events");
  query->add_option("--db", db_path, "SQLite store")->required();
  query->add_option("--actor", q.actor, "source or target code prefix, e.g. RUS or USAGOV");
  query->add_option("--code", q.code_prefix, "CAMEO code prefix, e.g. 04");
  query->add_option("--from", q.from, "first date, YYYY-MM-DD");
  query->add_option("--to", q.to, "last date, YYYY-MM-DD");
  query->add_option("--doc", q.doc_id, "document id");
  query->add_option("--limit", q.limit, "at most this many events");
  query->add_option("--format", format, "output")->check(CLI::IsMember({"table", "jsonl", "csv"}));

  std::string export_format = "jsonl";
  CLI::App* exp = app.add_subcommand("export", "write every stored event");
  exp->add_option("--db", db_path, "SQLite store")->required();
  exp->add_option("--format", export_format, "jsonl or csv")
      ->check(CLI::IsMember({"jsonl", "csv"}));
  exp->add_option("-o,--output", out_path, "output file (default stdout)");

  CLI11_PARSE(app, argc, argv);
  if (*run) return RunCommand(common, paths, db_path, argv[0]);
  if (*extract) {
    if (paths.empty() == manifest.empty()) {
      std::cerr << "chronicle extract: give paths or --manifest FILE\n";
      return 2;
    }
    return ExtractCommand(common, paths, manifest, threads, argv[0]);
  }
  if (*code) return CodeCommand(common, paths, input_kind, date, argv[0]);
  if (*explain) return ExplainCommand(common, sentence, date, argv[0]);
  if (*harvest) return HarvestCommand(common, paths, min_count, top,
                                           harvest_jsonl ? "jsonl" : "text", argv[0]);
  if (*lint) return LintCommand(FindDictionaryDir(lint_dict, argv[0]));
  if (*stats) return StatsCommand(FindDictionaryDir(lint_dict, argv[0]), stats_json);
  if (*query) return QueryCommand(db_path, q, format, out_path);
  if (*exp) return QueryCommand(db_path, chronicle::EventQuery(), export_format, out_path);
  return 0;
}
