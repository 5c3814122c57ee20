// libFuzzer target: bytes -> the ingest decoding of a .txt file -> the
// plain-text (scraped page) extractor. Checks the invariants of
// fuzz_checks.h; a rejected input needs a message.
#include <cstddef>
#include <cstdint>
#include <string>

#include "extract/extractor.h"
#include "fuzz_checks.h"
#include "ingest/reader.h"

namespace {
constexpr size_t kMaxInput = 1 << 20;
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace chronicle;
  if (size > kMaxInput) return 0;
  IngestOptions ingest;
  ingest.format = InputFormat::kText;
  StatusOr<RawDocument> doc = MakeDocument(
      "fuzz.txt", std::string(reinterpret_cast<const char*>(data), size), ingest);
  if (!doc.ok()) {
    fuzz::CheckError(doc.status());
    return 0;
  }
  fuzz::CheckDocument(*doc);
  StatusOr<Article> article = ExtractArticle(*doc, ExtractOptions());
  if (!article.ok()) {
    fuzz::CheckError(article.status());
    return 0;
  }
  CHRONICLE_FUZZ_CHECK(article->format == InputFormat::kText);
  fuzz::CheckArticle(*article, *doc);
  // Text mode copies paragraphs verbatim: each maps back to equal bytes.
  const std::string& t = article->text;
  for (size_t i = 0; i <= t.size();) {
    size_t e = t.find("\n\n", i);
    if (e == std::string::npos) e = t.size();
    const Span s = article->text_to_input.ToSource(
        {static_cast<uint32_t>(i), static_cast<uint32_t>(e)});
    CHRONICLE_FUZZ_CHECK(doc->utf8.compare(s.begin, s.size(), t, i, e - i) == 0);
    i = e + 2;
  }
  return 0;
}
