// End-to-end speed of article extraction, the path `chronicle extract` takes
// for one file: ingest decoding (charset, UTF-8 repair) to a RawDocument,
// then ExtractArticle.
//
//   extract_bench [--bench aeb|trafilatura|wcxb|readability] [--mode html|text]
//                 [--data DIR] [--repeat N] [--peers]
//
// All pages are gunzipped into memory first (bench_pages.h); the timed loop
// is single-threaded and allocates only what the library allocates. In
// --mode text the pages are the scorer's `astext` flattening (scraped text).
// Prints pages/s, MB/s of input bytes, ms/page p50/p99, the peak RSS after
// half of the runs and after all of them (equal: memory does not grow with
// the number of pages), and the current RSS at both points.
//
// --peers also times readability-lxml and html-text on the same pages in
// the same run (bench/extract_peers.py under /usr/bin/python3) and prints
// chronicle's speed ratio to each. A peer that is not installed is skipped
// with one line. Without ../shared data the bench prints one line and exits 0.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "bench_pages.h"
#include "chronicle/document.h"
#include "extract/extractor.h"
#include "ingest/reader.h"

namespace chronicle::bench {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct Flags {
  std::string bench = "aeb";
  std::string mode = "html";
  std::string data;
  int repeat = 1;
  bool peers = false;
};

bool ParseFlags(int argc, char** argv, Flags* f) {
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const bool has_value = i + 1 < argc;
    if (a == "--bench" && has_value) {
      f->bench = argv[++i];
    } else if (a == "--mode" && has_value) {
      f->mode = argv[++i];
    } else if (a == "--data" && has_value) {
      f->data = argv[++i];
    } else if (a == "--repeat" && has_value) {
      f->repeat = std::max(1, std::atoi(argv[++i]));
    } else if (a == "--peers") {
      f->peers = true;
    } else {
      return false;
    }
  }
  return IsKnownBench(f->bench) && (f->mode == "html" || f->mode == "text");
}

struct RunStats {
  long runs = 0, failed = 0;
  double bytes = 0, ingest_s = 0, extract_s = 0;
  uint64_t text_bytes = 0;  // article text produced (also keeps the work observable)
  std::vector<double> page_ms;
  double peak_half_mb = 0, peak_all_mb = 0, cur_half_mb = 0, cur_all_mb = 0;
  std::string first_error;
};

double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  const size_t k =
      std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())));
  std::nth_element(v.begin(), v.begin() + static_cast<long>(k), v.end());
  return v[k];
}

// The timed loop: `repeat` passes over all pages, as the CLI would do them.
RunStats RunChronicle(const PageSet& set, const Flags& flags) {
  IngestOptions ingest;
  ingest.format = flags.mode == "html" ? InputFormat::kHtml : InputFormat::kText;
  const ExtractOptions extract;
  const std::string suffix = flags.mode == "html" ? ".html" : ".txt";
  RunStats st;
  const long total = static_cast<long>(set.pages.size()) * flags.repeat;
  st.page_ms.reserve(static_cast<size_t>(total));
  for (int r = 0; r < flags.repeat; ++r) {
    for (const BenchPage& page : set.pages) {
      std::string bytes = page.bytes;  // the CLI hands over a string it read
      const auto t0 = Clock::now();
      StatusOr<RawDocument> doc =
          MakeDocument(page.id + suffix, std::move(bytes), ingest);
      const auto t1 = Clock::now();
      StatusOr<Article> article =
          doc.ok() ? ExtractArticle(*doc, extract) : StatusOr<Article>(doc.status());
      const auto t2 = Clock::now();
      st.ingest_s += std::chrono::duration<double>(t1 - t0).count();
      st.extract_s += std::chrono::duration<double>(t2 - t1).count();
      st.page_ms.push_back(std::chrono::duration<double, std::milli>(t2 - t0).count());
      st.bytes += static_cast<double>(page.bytes.size());
      if (article.ok()) {
        st.text_bytes += article->text.size();
      } else if (st.failed++ == 0) {
        st.first_error = page.id + ": " + article.status().ToString();
      }
      if (++st.runs == total / 2) {
        st.peak_half_mb = PeakRssMb();
        st.cur_half_mb = CurrentRssMb();
      }
    }
  }
  st.peak_all_mb = PeakRssMb();
  st.cur_all_mb = CurrentRssMb();
  return st;
}

void PrintChronicle(const PageSet& set, const RunStats& st, double loaded_mb) {
  const double s = st.ingest_s + st.extract_s;
  std::printf("chronicle: %ld runs (%ld failed) in %.3f s: %.1f pages/s  %.2f MB/s\n",
              st.runs, st.failed, s, st.runs / s, st.bytes / s / 1e6);
  std::printf(
      "  ms/page p50 %.3f  p99 %.3f  max %.3f; time in ingest %.0f%%, extract %.0f%%\n",
      Percentile(st.page_ms, 0.5), Percentile(st.page_ms, 0.99),
      Percentile(st.page_ms, 1.0), 100 * st.ingest_s / s, 100 * st.extract_s / s);
  std::printf("  article text out: %.2f MB\n", static_cast<double>(st.text_bytes) / 1e6);
  if (!st.first_error.empty())
    std::printf("  first failure: %s\n", st.first_error.c_str());
  std::printf(
      "  peak RSS: %.1f MB after pages loaded, %.1f MB after half the runs, "
      "%.1f MB after all\n",
      loaded_mb, st.peak_half_mb, st.peak_all_mb);
  std::printf("  current RSS: %.1f MB after half the runs, %.1f MB after all\n",
              st.cur_half_mb, st.cur_all_mb);
}

struct PeerResult {
  std::string name, status, detail;
  double runs = 0, bytes = 0, seconds = 0, errors = 0;
};

// Runs extract_peers.py on the page files; one result per peer.
std::vector<PeerResult> RunPeers(const PageSet& set, int repeat) {
  std::vector<PeerResult> out;
  const std::string list = (fs::temp_directory_path() /
                            ("chronicle-peers-" + std::to_string(getpid()) + ".txt"))
                               .string();
  {
    std::ofstream f(list);
    for (const BenchPage& p : set.pages) f << p.path << "\n";
  }
  const std::string cmd = "'" + SystemPython() + "' '" + CHRONICLE_SOURCE_DIR +
                          "/bench/extract_peers.py' --list '" + list + "' --repeat " +
                          std::to_string(repeat);
  FILE* pipe = popen(cmd.c_str(), "r");
  char line[4096];
  while (pipe != nullptr && std::fgets(line, sizeof(line), pipe) != nullptr) {
    PeerResult r;
    char name[64] = {0}, status[16] = {0};
    if (std::sscanf(line, "%63[^\t]\t%15[^\t\n]", name, status) != 2) continue;
    r.name = name;
    r.status = status;
    if (r.status == "ok") {
      std::sscanf(line, "%*[^\t]\t%*[^\t]\t%lf\t%lf\t%lf\t%lf", &r.runs, &r.bytes,
                  &r.seconds, &r.errors);
    } else {
      const char* tab = std::strchr(std::strchr(line, '\t') + 1, '\t');
      r.detail = tab != nullptr ? std::string(tab + 1) : "";
      if (!r.detail.empty() && r.detail.back() == '\n') r.detail.pop_back();
    }
    out.push_back(std::move(r));
  }
  const int rc = pipe != nullptr ? pclose(pipe) : -1;
  if (rc != 0) std::printf("peers: %s exited with status %d\n", cmd.c_str(), rc);
  fs::remove(list);
  return out;
}

void PrintPeers(const PageSet& set, const RunStats& st, int repeat) {
  if (SystemPython().find('/') != std::string::npos && !fs::exists(SystemPython())) {
    std::printf("peers skipped: %s not found\n", SystemPython().c_str());
    return;
  }
  const double chronicle_pps = st.runs / (st.ingest_s + st.extract_s);
  for (const PeerResult& p : RunPeers(set, repeat)) {
    if (p.status != "ok") {
      std::printf("peer %s not installed, skipped (%s)\n", p.name.c_str(),
                  p.detail.c_str());
      continue;
    }
    const double pps = p.runs / p.seconds;
    std::printf(
        "peer %s: %.0f runs (%.0f failed) in %.3f s: %.1f pages/s  %.2f MB/s; "
        "chronicle is %.1fx its speed\n",
        p.name.c_str(), p.runs, p.errors, p.seconds, pps, p.bytes / p.seconds / 1e6,
        chronicle_pps / pps);
  }
}

int Main(int argc, char** argv) {
  Flags flags;
  if (!ParseFlags(argc, argv, &flags)) {
    std::fprintf(stderr,
                 "usage: extract_bench [--bench aeb|trafilatura|wcxb|readability] "
                 "[--mode html|text] [--data DIR] [--repeat N] [--peers]\n");
    return 2;
  }
  if (flags.data.empty()) flags.data = DefaultBenchDir(flags.bench);
  if (!fs::is_directory(flags.data)) {
    std::printf("extract_bench: skipped, no benchmark data at %s\n", flags.data.c_str());
    return 0;
  }
  const auto t0 = Clock::now();
  StatusOr<PageSet> set = LoadBenchPages(
      flags.bench, flags.data, flags.mode == "html" ? PageKind::kHtml : PageKind::kText,
      /*keep_gz=*/false);
  if (!set.ok()) {
    std::fprintf(stderr, "extract_bench: %s\n", set.status().ToString().c_str());
    return 1;
  }
  const double load_s = std::chrono::duration<double>(Clock::now() - t0).count();
  const double loaded_mb = PeakRssMb();
  std::printf(
      "%s (%s mode): %zu pages, %.2f MB in memory (listed by %s, loaded in %.2f s); "
      "repeat %d, single-threaded\n",
      flags.bench.c_str(), flags.mode.c_str(), set->pages.size(), set->bytes / 1e6,
      set->listed_by.c_str(), load_s, flags.repeat);
  const RunStats st = RunChronicle(*set, flags);
  PrintChronicle(*set, st, loaded_mb);
  if (flags.peers) {
    if (flags.mode != "html") {
      std::printf("peers skipped: they extract from HTML, use --mode html\n");
    } else {
      PrintPeers(*set, st, flags.repeat);
    }
  }
  return 0;
}

}  // namespace
}  // namespace chronicle::bench

int main(int argc, char** argv) { return chronicle::bench::Main(argc, argv); }
