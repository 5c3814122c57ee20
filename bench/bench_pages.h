// bench/bench_pages.h: the pages of a main-content extraction benchmark
// (AEB, trafilatura-eval, WCXB, readability test pages), read once into
// memory so that a benchmark measures extraction, not disk or gunzip.
//
//   StatusOr<PageSet> set = LoadBenchPages("aeb", DefaultBenchDir("aeb"),
//                                          PageKind::kHtml, /*keep_gz=*/false);
//   if (!set.ok()) ...;                       // message names the folder
//   for (const BenchPage& p : set->pages) Use(p.bytes);
//
// Pages are listed by `../shared/tools/extract_score.py inputs` (the same
// ids and order the accuracy scorer uses); if the script cannot run, the
// folder is globbed for *.html.gz instead. PageKind::kText asks the script
// for its `astext` flattening (what a naive scraper leaves) in a temporary
// folder, which is removed again.
//
// Bench-only code: not part of the library. Thread safety: plain functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "chronicle/status.h"

namespace chronicle::bench {

enum class PageKind { kHtml, kText };

struct BenchPage {
  std::string id;     // the benchmark's document id
  std::string path;   // the file it came from
  std::string bytes;  // the page, gunzipped
  std::string gz;     // the file as stored (gzip); only with keep_gz
};

struct PageSet {
  std::vector<BenchPage> pages;
  uint64_t bytes = 0;     // sum of BenchPage::bytes sizes
  std::string listed_by;  // "extract_score.py inputs", "glob", "extract_score.py astext"
};

// Benchmark names accepted (the scorer's --bench names): aeb, trafilatura,
// wcxb, readability.
bool IsKnownBench(std::string_view bench);

// <source>/../shared/data/extract/<folder of `bench`>.
std::string DefaultBenchDir(std::string_view bench);

// <source>/../shared/tools/extract_score.py.
std::string ScorerScript();

// The Python the bench helpers run: $CHRONICLE_BENCH_PYTHON if set, else
// /usr/bin/python3 when present (the Debian one, which sees the Debian peer
// packages), else "python3".
std::string SystemPython();

// Reads every page of `bench` under `dir`. Errors: NotFound if `dir` does
// not exist, InvalidArgument for an unknown bench, DataLoss for a corrupt
// gzip file, FailedPrecondition if kText is asked and the scorer cannot
// run. An existing folder with no pages gives NotFound as well.
StatusOr<PageSet> LoadBenchPages(const std::string& bench, const std::string& dir,
                                 PageKind kind, bool keep_gz);

// Gunzips `gz` (one gzip member) into `out`. DataLoss if corrupt.
Status Gunzip(std::string_view gz, std::string* out);

// Peak resident set size of this process so far (getrusage), in MB.
double PeakRssMb();
// Current resident set size (/proc/self/statm), in MB; 0 if unknown.
double CurrentRssMb();

}  // namespace chronicle::bench
