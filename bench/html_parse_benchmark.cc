// Micro benchmarks of HTML parsing and extraction over the AEB pages, held
// in memory (bench_pages.h). One iteration handles every page once, so each
// benchmark sees the same mix of page sizes; bytes_per_second is MB/s over
// the corpus and pages/s a rate counter.
//
//   BM_MemchrScan    count '<' with memchr: the memory-bandwidth ceiling
//   BM_Gunzip        zlib inflate of the stored .html.gz (bytes = output)
//   BM_Sha256Id      HashHex(page, 16): the document id before, SHA-256
//   BM_ContentId     ContentId(page): the document id now, XXH3-64
//   BM_GumboParse    gumbo_parse + gumbo_destroy_output
//   BM_GumboToDom    ParseHtmlWithGumbo: gumbo plus the copy into our Dom
//   BM_OwnParse      ParseHtml (html_parser.h), our tokenizer and tree
//                    builder writing the Dom directly
//   BM_Libxml2Parse  htmlReadMemory + xmlFreeDoc (libxml2's HTML 4 parser,
//                    error-recovering, no network), when libxml2 was found
//   BM_PageMetadata  ReadPageMetadata on pages parsed beforehand (title,
//                    author, date, site name, language, URL)
//   BM_ExtractHtml   ExtractArticle on a decoded RawDocument: parse plus
//                    the scoring pass and metadata
//
// Every parser reads RawDocument::utf8, the text ExtractArticle parses.
// Without ../shared data the binary prints one line and exits 0.
//
//   html_parse_benchmark [--data DIR] [google benchmark flags]
#include <benchmark/benchmark.h>
#include <gumbo.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#ifdef CHRONICLE_HAVE_LIBXML2
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#endif

#include "base/hash.h"
#include "bench_pages.h"
#include "extract/extractor.h"
#include "extract/internal/html_dom.h"
#include "extract/internal/html_parser.h"
#include "extract/internal/metadata.h"
#include "ingest/reader.h"

namespace chronicle::bench {
namespace {

struct Corpus {
  PageSet set;
  std::vector<RawDocument> docs;  // decoded like `chronicle extract` does
};

Corpus* g_corpus = nullptr;

// Runs `fn(doc, page)` on every page per iteration; counts input bytes
// (the gunzipped page for `gz_bytes`, else RawDocument::utf8).
template <typename Fn>
void ForEachPage(benchmark::State& state, bool gz_bytes, Fn fn) {
  const Corpus& c = *g_corpus;
  int64_t bytes = 0;
  for (auto _ : state) {
    for (size_t i = 0; i < c.docs.size(); ++i) {
      fn(c.docs[i], c.set.pages[i]);
      bytes += static_cast<int64_t>(gz_bytes ? c.set.pages[i].bytes.size()
                                             : c.docs[i].utf8.size());
    }
  }
  state.SetBytesProcessed(bytes);
  state.counters["pages/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * static_cast<int64_t>(c.docs.size())),
      benchmark::Counter::kIsRate);
}

void BM_MemchrScan(benchmark::State& state) {
  ForEachPage(state, false, [](const RawDocument& doc, const BenchPage&) {
    const char* p = doc.utf8.data();
    const char* const end = p + doc.utf8.size();
    size_t n = 0;
    while ((p = static_cast<const char*>(
                std::memchr(p, '<', static_cast<size_t>(end - p)))) != nullptr) {
      ++n;
      ++p;
    }
    benchmark::DoNotOptimize(n);
  });
}

void BM_Gunzip(benchmark::State& state) {
  std::string out;
  ForEachPage(state, true, [&](const RawDocument&, const BenchPage& page) {
    if (!Gunzip(page.gz, &out).ok()) state.SkipWithError("corrupt gzip");
    benchmark::DoNotOptimize(out.data());
  });
}

void BM_Sha256Id(benchmark::State& state) {
  ForEachPage(state, false, [](const RawDocument& doc, const BenchPage&) {
    benchmark::DoNotOptimize(HashHex(doc.utf8, 16));
  });
}

void BM_ContentId(benchmark::State& state) {
  ForEachPage(state, false, [](const RawDocument& doc, const BenchPage&) {
    benchmark::DoNotOptimize(ContentId(doc.utf8));
  });
}

void BM_GumboParse(benchmark::State& state) {
  ForEachPage(state, false, [](const RawDocument& doc, const BenchPage&) {
    GumboOutput* out =
        gumbo_parse_with_options(&kGumboDefaultOptions, doc.utf8.data(), doc.utf8.size());
    benchmark::DoNotOptimize(out->root);
    gumbo_destroy_output(&kGumboDefaultOptions, out);
  });
}

void BM_GumboToDom(benchmark::State& state) {
  ForEachPage(state, false, [](const RawDocument& doc, const BenchPage&) {
    extract_internal::Dom dom = extract_internal::ParseHtmlWithGumbo(doc.utf8);
    benchmark::DoNotOptimize(dom.size());
  });
}

void BM_OwnParse(benchmark::State& state) {
  ForEachPage(state, false, [](const RawDocument& doc, const BenchPage&) {
    extract_internal::Dom dom = extract_internal::ParseHtml(doc.utf8);
    benchmark::DoNotOptimize(dom.size());
  });
}

#ifdef CHRONICLE_HAVE_LIBXML2
void BM_Libxml2Parse(benchmark::State& state) {
  constexpr int kOptions =
      HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER | HTML_PARSE_NONET;
  ForEachPage(state, false, [](const RawDocument& doc, const BenchPage&) {
    htmlDocPtr d = htmlReadMemory(doc.utf8.data(), static_cast<int>(doc.utf8.size()),
                                  nullptr, "UTF-8", kOptions);
    benchmark::DoNotOptimize(d);
    if (d != nullptr) xmlFreeDoc(d);
  });
}
#endif

void BM_PageMetadata(benchmark::State& state) {
  std::vector<extract_internal::Dom> doms;
  for (const RawDocument& doc : g_corpus->docs)
    doms.push_back(extract_internal::ParseHtml(doc.utf8));
  size_t i = 0;
  ForEachPage(state, false, [&](const RawDocument&, const BenchPage&) {
    extract_internal::PageMetadata meta = extract_internal::ReadPageMetadata(doms[i]);
    benchmark::DoNotOptimize(meta.title.data());
    i = (i + 1) % doms.size();
  });
}

void BM_ExtractHtml(benchmark::State& state) {
  const ExtractOptions options;
  size_t failed = 0;
  ForEachPage(state, false, [&](const RawDocument& doc, const BenchPage&) {
    StatusOr<Article> a = ExtractArticle(doc, options);
    failed += a.ok() ? 0 : 1;
    benchmark::DoNotOptimize(a);
  });
  state.counters["failed"] = static_cast<double>(failed);
}

// A pass over the corpus takes up to ~2 s; a few passes per benchmark.
void Register(const char* name, void (*fn)(benchmark::State&)) {
  benchmark::RegisterBenchmark(name, fn)->Unit(benchmark::kMillisecond)->MinTime(3.0);
}

void RegisterAll() {
  Register("BM_MemchrScan", BM_MemchrScan);
  Register("BM_Gunzip", BM_Gunzip);
  Register("BM_Sha256Id", BM_Sha256Id);
  Register("BM_ContentId", BM_ContentId);
  Register("BM_GumboParse", BM_GumboParse);
  Register("BM_GumboToDom", BM_GumboToDom);
  Register("BM_OwnParse", BM_OwnParse);
#ifdef CHRONICLE_HAVE_LIBXML2
  Register("BM_Libxml2Parse", BM_Libxml2Parse);
#else
  std::printf("BM_Libxml2Parse not built: libxml2 was not found by CMake\n");
#endif
  Register("BM_PageMetadata", BM_PageMetadata);
  Register("BM_ExtractHtml", BM_ExtractHtml);
}

// Loads the corpus into *c; false (after a message) if it cannot be used.
bool LoadCorpus(const std::string& dir, Corpus* c) {
  StatusOr<PageSet> set = LoadBenchPages("aeb", dir, PageKind::kHtml, /*keep_gz=*/true);
  if (!set.ok()) {
    std::fprintf(stderr, "html_parse_benchmark: %s\n", set.status().ToString().c_str());
    return false;
  }
  c->set = std::move(set).value();
  IngestOptions ingest;
  ingest.format = InputFormat::kHtml;
  for (const BenchPage& p : c->set.pages) {
    StatusOr<RawDocument> doc = MakeDocument(p.id + ".html", p.bytes, ingest);
    if (!doc.ok()) {
      std::fprintf(stderr, "html_parse_benchmark: %s\n", doc.status().ToString().c_str());
      return false;
    }
    c->docs.push_back(std::move(doc).value());
  }
  std::printf("AEB: %zu pages, %.2f MB of HTML (listed by %s)\n", c->docs.size(),
              static_cast<double>(c->set.bytes) / 1e6, c->set.listed_by.c_str());
  return true;
}

}  // namespace
}  // namespace chronicle::bench

int main(int argc, char** argv) {
  std::string dir = chronicle::bench::DefaultBenchDir("aeb");
  std::vector<char*> args;  // argv without --data DIR, for Google Benchmark
  for (int i = 0; i < argc; ++i) {
    if (std::strcmp(argv[i], "--data") == 0 && i + 1 < argc) {
      dir = argv[++i];
    } else {
      args.push_back(argv[i]);
    }
  }
  int n = static_cast<int>(args.size());
  benchmark::Initialize(&n, args.data());
  if (benchmark::ReportUnrecognizedArguments(n, args.data())) return 2;
  if (!std::filesystem::is_directory(dir)) {
    std::printf("html_parse_benchmark: skipped, no benchmark data at %s\n", dir.c_str());
    return 0;
  }
  chronicle::bench::Corpus corpus;
  if (!chronicle::bench::LoadCorpus(dir, &corpus)) return 1;
  chronicle::bench::g_corpus = &corpus;
  chronicle::bench::RegisterAll();
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
