// ICU works on UTF-16, so each paragraph is converted once and ICU's break
// positions (UTF-16 indices) are converted back to byte offsets through a
// running index. The merge rules run on the byte text.
#include "text/sentence_splitter.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "base/utf8.h"
#include "text/tokenizer.h"

namespace chronicle {

struct SentenceSplitter::Impl {
  std::unique_ptr<icu::BreakIterator> iter;
};

SentenceSplitter::SentenceSplitter(std::unique_ptr<Impl> impl)
    : impl_(std::move(impl)) {}
SentenceSplitter::~SentenceSplitter() = default;

StatusOr<std::unique_ptr<SentenceSplitter>> SentenceSplitter::Create() {
  UErrorCode err = U_ZERO_ERROR;
  auto impl = std::make_unique<Impl>();
  impl->iter.reset(icu::BreakIterator::createSentenceInstance(
      icu::Locale("en@ss=standard"), err));
  if (U_FAILURE(err) || impl->iter == nullptr) {
    return InternalError(std::string("ICU sentence iterator: ") +
                         u_errorName(err));
  }
  return std::unique_ptr<SentenceSplitter>(new SentenceSplitter(std::move(impl)));
}

namespace {

bool IsSpaceByte(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// The last word (letters and dots) before byte `end` of `text`.
std::string_view LastWord(std::string_view text, size_t begin, size_t end) {
  while (end > begin && IsSpaceByte(text[end - 1])) --end;
  size_t b = end;
  while (b > begin) {
    const char c = text[b - 1];
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.';
    if (!ok) break;
    --b;
  }
  return text.substr(b, end - b);
}

// Whether a candidate break between [.., pos) and [pos, ..) must be dropped.
bool KeepTogether(std::string_view text, size_t begin, size_t pos, size_t end) {
  std::string_view w = LastWord(text, begin, pos);
  if (!w.empty() && w.back() == '.') {
    std::string_view stem = w.substr(0, w.size() - 1);
    if (stem.size() == 1 && stem[0] >= 'A' && stem[0] <= 'Z') return true;  // initial
    if (stem.find('.') != std::string_view::npos) return true;  // "U.S."
    std::string lower(stem);
    for (char& c : lower) c = static_cast<char>(c | 0x20);
    if (IsAbbreviation(lower)) return true;
  }
  // The next sentence would start in lower case, or with closing punctuation.
  size_t k = pos;
  while (k < end && IsSpaceByte(text[k])) ++k;
  if (k >= end) return false;
  int len = 0;
  const char32_t cp = DecodeUtf8(text, k, &len);
  if (u_islower(static_cast<UChar32>(cp))) return true;
  if (cp == ')' || cp == ']' || cp == ',' || cp == ';' || cp == ':') return true;
  return false;
}

}  // namespace

std::vector<Span> SentenceSplitter::Split(std::string_view text) {
  std::vector<Span> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    SplitParagraph(text, static_cast<uint32_t>(start), static_cast<uint32_t>(nl), &out);
    start = nl + 1;
  }
  return out;
}

void SentenceSplitter::SplitParagraph(std::string_view text, uint32_t begin,
                                      uint32_t end, std::vector<Span>* out) {
  const std::string_view para = text.substr(begin, end - begin);
  if (para.find_first_not_of(" \t\r\f\v") == std::string_view::npos) return;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(para.data(), static_cast<int32_t>(para.size())));
  impl_->iter->setText(u);
  // Walk UTF-16 breaks, converting to byte offsets incrementally.
  std::vector<uint32_t> cuts;  // byte offsets (relative to para) of breaks
  int32_t u16 = 0;
  size_t byte = 0;
  for (int32_t b = impl_->iter->next(); b != icu::BreakIterator::DONE;
       b = impl_->iter->next()) {
    while (u16 < b && byte < para.size()) {
      int len = 0;
      const char32_t cp = DecodeUtf8(para, byte, &len);
      byte += len;
      u16 += cp >= 0x10000 ? 2 : 1;
    }
    cuts.push_back(static_cast<uint32_t>(byte));
  }
  uint32_t sent_begin = 0;
  for (uint32_t cut : cuts) {
    const bool last = cut >= para.size();
    if (!last && KeepTogether(para, sent_begin, cut, para.size())) continue;
    uint32_t b = sent_begin, e = cut;
    while (b < e && IsSpaceByte(para[b])) ++b;
    while (e > b && IsSpaceByte(para[e - 1])) --e;
    if (e > b) out->push_back({begin + b, begin + e});
    sent_begin = cut;
  }
}

}  // namespace chronicle
