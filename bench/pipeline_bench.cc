// End-to-end throughput of the pipeline (extract, text, code; no store):
//
//   pipeline_bench [--min-docs N] [PATH...]
//
// Reads every input once into memory (default: examples/news and, when
// present, ../shared/examples/seeds), then processes them round-robin until
// N documents (default 2000) have been coded, single-threaded. Prints
// documents/s, MB/s, sentences/s and events/s, plus the dictionary load time.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "chronicle/pipeline.h"

using namespace chronicle;

int main(int argc, char** argv) {
  long min_docs = 2000;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--min-docs") == 0 && i + 1 < argc) {
      min_docs = std::atol(argv[++i]);
    } else {
      paths.push_back(argv[i]);
    }
  }
  const std::string root = CHRONICLE_SOURCE_DIR;
  if (paths.empty()) {
    paths.push_back(root + "/examples/news");
    if (std::filesystem::exists(root + "/../shared/examples/seeds")) {
      paths.push_back(root + "/../shared/examples/seeds");
    }
  }
  PipelineOptions options;
  options.dictionary_dir = root + "/data";
  const auto t0 = std::chrono::steady_clock::now();
  auto pipeline = Pipeline::Create(options);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "%s\n", pipeline.status().ToString().c_str());
    return 1;
  }
  const double load_s =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::vector<RawDocument> docs;
  (*pipeline)->ReadInputs(paths, [&](const std::string&, StatusOr<RawDocument> d) {
    if (d.ok()) docs.push_back(std::move(d).value());
  });
  if (docs.empty()) {
    std::fprintf(stderr, "no documents\n");
    return 1;
  }
  long n = 0, sentences = 0, events = 0, failed = 0;
  double bytes = 0;
  const auto start = std::chrono::steady_clock::now();
  while (n < min_docs) {
    for (const RawDocument& d : docs) {
      auto r = (*pipeline)->Process(d);
      ++n;
      bytes += static_cast<double>(d.raw.size());
      if (!r.ok()) {
        ++failed;
        continue;
      }
      sentences += static_cast<long>(r->sentences.size());
      events += static_cast<long>(r->events.size());
    }
  }
  const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("dictionaries: %d phrases, %d patterns, loaded in %.3f s\n",
              (*pipeline)->dictionary_info().phrases, (*pipeline)->dictionary_info().patterns,
              load_s);
  std::printf("%zu distinct documents, %ld processed (%ld failed) in %.3f s\n", docs.size(), n,
              failed, s);
  std::printf("%.0f docs/s  %.2f MB/s  %.0f sentences/s  %.0f events/s\n", n / s,
              bytes / s / 1e6, sentences / s, events / s);
  return 0;
}
