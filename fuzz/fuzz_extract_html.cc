// libFuzzer target: bytes -> the ingest decoding of an .html file
// (charset sniffing, UTF-8 repair) -> ExtractArticle in HTML mode, plus the
// parser(s) behind the Dom on the same text. Checks the invariants of
// fuzz_checks.h on every result; a rejected input needs a message.
//
// The last input byte (FuzzedDataProvider takes integers from the end) sets
// a low ExtractOptions::max_html_depth when it is 0xF0 or above, to exercise
// the parser's depth bound without megabyte inputs; text and markup
// seeds end in other bytes and keep the default.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include "extract/extractor.h"
#include "extract/internal/html_dom.h"
#include "extract/internal/html_parser.h"
#include "fuzz_checks.h"
#include "ingest/reader.h"

namespace {
// Larger inputs only slow the search; the size budget is the reader's job.
constexpr size_t kMaxInput = 1 << 20;
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace chronicle;
  if (size > kMaxInput) return 0;
  FuzzedDataProvider fdp(data, size);
  ExtractOptions options;
  const uint8_t knob = fdp.ConsumeIntegral<uint8_t>();
  if (knob >= 0xF0) options.max_html_depth = knob - 0xEF;  // 1..16
  IngestOptions ingest;
  ingest.format = InputFormat::kHtml;
  StatusOr<RawDocument> doc =
      MakeDocument("fuzz.html", fdp.ConsumeRemainingBytesAsString(), ingest);
  if (!doc.ok()) {
    fuzz::CheckError(doc.status());
    return 0;
  }
  fuzz::CheckDocument(*doc);
  // The reference parser (differential tests, benchmarks) and ours.
  fuzz::CheckDom(extract_internal::ParseHtmlWithGumbo(doc->utf8), doc->utf8.size());
  fuzz::CheckDom(extract_internal::ParseHtml(doc->utf8), doc->utf8.size());
  StatusOr<Article> article = ExtractArticle(*doc, options);
  if (!article.ok()) {
    fuzz::CheckError(article.status());
    return 0;
  }
  CHRONICLE_FUZZ_CHECK(article->format == InputFormat::kHtml);
  fuzz::CheckArticle(*article, *doc);
  return 0;
}
