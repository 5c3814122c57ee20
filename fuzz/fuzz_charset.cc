// libFuzzer target: the charset layer of ingest (charset.h) and the UTF-8
// repair of base/utf8.h on arbitrary bytes.
//
// FuzzedDataProvider takes from the end of the input: a flag (HTML or not),
// a charset to force (or the one DecideCharset picks), and a label for
// CanonicalCharset; the rest is the document. Checks: decoded text is valid
// UTF-8 and its OffsetMap covers it and stays inside the input; repair of
// valid UTF-8 is the identity.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include "base/utf8.h"
#include "fuzz_checks.h"
#include "ingest/charset.h"

namespace {

constexpr size_t kMaxInput = 1 << 20;

// Charsets seen on news sites, plus stateful and multi-byte ones that stress
// the chunked conversion and offset bookkeeping.
constexpr const char* kCharsets[] = {
    "UTF-8",          "windows-1252", "windows-1251", "windows-1250",
    "KOI8-R",         "ISO-8859-2",   "GBK",          "gb18030",
    "windows-31j",    "EUC-JP",       "ISO-2022-JP",  "windows-949",
    "windows-950",    "UTF-16LE",     "UTF-16BE",     "UTF-32",
    "x-mac-cyrillic", "windows-874",  "HZ-GB-2312",   "UTF-7",
};

void CheckDecoded(const chronicle::DecodedText& t, size_t input_size) {
  CHRONICLE_FUZZ_CHECK(chronicle::IsValidUtf8(t.utf8));
  CHRONICLE_FUZZ_CHECK(t.to_input.size() == t.utf8.size());
  const uint32_t n = static_cast<uint32_t>(t.utf8.size());
  CHRONICLE_FUZZ_CHECK(t.to_input.ToSource({0, n}).end <= input_size);
  CHRONICLE_FUZZ_CHECK(t.replaced >= 0);
  if (t.replaced > 0) CHRONICLE_FUZZ_CHECK(t.first_replaced <= input_size);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace chronicle;
  if (size > kMaxInput) return 0;
  FuzzedDataProvider fdp(data, size);
  const bool html = fdp.ConsumeBool();
  const uint8_t pick = fdp.ConsumeIntegral<uint8_t>();
  const std::string label = fdp.ConsumeRandomLengthString(24);
  const std::string bytes = fdp.ConsumeRemainingBytesAsString();

  const std::string canonical = CanonicalCharset(label);
  if (!canonical.empty()) CHRONICLE_FUZZ_CHECK(!CanonicalCharset(canonical).empty());
  const std::string meta = PrescanMetaCharset(bytes);
  CHRONICLE_FUZZ_CHECK(meta.size() <= bytes.size());
  (void)LooksLikeHtml(bytes);

  const CharsetDecision d = DecideCharset(bytes, html);
  CHRONICLE_FUZZ_CHECK(!d.charset.empty() && d.bom_length <= bytes.size());
  StatusOr<DecodedText> decided = DecodeToUtf8(bytes, d.charset, d.bom_length);
  CHRONICLE_FUZZ_CHECK(decided.ok());  // DecideCharset names charsets ICU knows
  CheckDecoded(*decided, bytes.size());

  constexpr size_t kCount = sizeof(kCharsets) / sizeof(kCharsets[0]);
  if (pick < kCount) {
    StatusOr<DecodedText> forced = DecodeToUtf8(bytes, kCharsets[pick], pick % 4);
    if (forced.ok()) CheckDecoded(*forced, bytes.size());
  }

  const Utf8Repair r = RepairUtf8(bytes);
  CHRONICLE_FUZZ_CHECK(IsValidUtf8(r.text));
  CHRONICLE_FUZZ_CHECK(r.to_input.size() == r.text.size());
  if (IsValidUtf8(bytes))
    CHRONICLE_FUZZ_CHECK(r.text == bytes && r.invalid_sequences == 0);
  return 0;
}
