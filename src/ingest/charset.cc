#include "ingest/charset.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "base/utf8.h"

namespace chronicle {
namespace {

constexpr size_t kPrescanBytes = 4096;
// The detector reads at most this much: enough for a stable guess.
constexpr size_t kDetectBytes = 64 * 1024;
// Below this confidence the detector's guess loses to UTF-8 repair.
constexpr int kMinConfidenceHtml = 20;
constexpr int kMinConfidenceText = 50;
// Plain text shorter than this is too little evidence for the detector.
constexpr size_t kMinDetectTextBytes = 256;

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

std::string LowerTrim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' ||
                        s.front() == '\r' || s.front() == '\f')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' ||
                        s.back() == '\r' || s.back() == '\f')) {
    s.remove_suffix(1);
  }
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

// Case-insensitive search for an ASCII `needle` (lower case) in `hay`.
size_t FindNoCase(std::string_view hay, std::string_view needle, size_t from = 0) {
  if (needle.size() > hay.size()) return std::string_view::npos;
  for (size_t i = from; i + needle.size() <= hay.size(); ++i) {
    size_t k = 0;
    while (k < needle.size() && Lower(hay[i + k]) == needle[k]) ++k;
    if (k == needle.size()) return i;
  }
  return std::string_view::npos;
}

// Labels whose WHATWG meaning differs from ICU's, or that ICU lacks.
struct Alias {
  std::string_view label, charset;
};
constexpr Alias kAliases[] = {
    {"utf8", "UTF-8"},           {"unicode-1-1-utf-8", "UTF-8"},
    {"latin1", "windows-1252"},  {"iso-8859-1", "windows-1252"},
    {"iso8859-1", "windows-1252"}, {"iso_8859-1", "windows-1252"},
    {"l1", "windows-1252"},      {"us-ascii", "windows-1252"},
    {"ascii", "windows-1252"},   {"ansi_x3.4-1968", "windows-1252"},
    {"cp819", "windows-1252"},   {"ibm819", "windows-1252"},
    {"iso-ir-100", "windows-1252"}, {"x-cp1252", "windows-1252"},
    {"iso-8859-9", "windows-1254"}, {"latin5", "windows-1254"},
    {"iso-8859-11", "windows-874"}, {"tis-620", "windows-874"},
    {"gb2312", "GBK"},           {"gb_2312-80", "GBK"},
    {"csgb2312", "GBK"},         {"x-gbk", "GBK"},
    {"chinese", "GBK"},          {"iso-ir-58", "GBK"},
    {"shift_jis", "windows-31j"}, {"shift-jis", "windows-31j"},
    {"sjis", "windows-31j"},     {"x-sjis", "windows-31j"},
    {"ms_kanji", "windows-31j"}, {"ms932", "windows-31j"},
    {"csshiftjis", "windows-31j"}, {"euc-kr", "windows-949"},
    {"ks_c_5601-1987", "windows-949"}, {"big5", "windows-950"},
    {"x-mac-cyrillic", "x-mac-cyrillic"}, {"utf-16", "UTF-16LE"},
};

struct ConverterDeleter {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using Converter = std::unique_ptr<UConverter, ConverterDeleter>;

Converter OpenConverter(const std::string& charset) {
  UErrorCode err = U_ZERO_ERROR;
  Converter c(ucnv_open(charset.c_str(), &err));
  if (U_FAILURE(err)) return nullptr;
  return c;
}

// Whether valid UTF-8 multi-byte sequences outnumber the invalid bytes:
// then the text is UTF-8 with some damage, not another charset.
bool MostlyUtf8(std::string_view bytes) {
  int valid = 0, invalid = 0;
  for (size_t i = 0; i < bytes.size();) {
    const unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    const int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    if (n > 0 && i + static_cast<size_t>(n) <= bytes.size() &&
        IsValidUtf8(bytes.substr(i, static_cast<size_t>(n)))) {
      ++valid;
      i += static_cast<size_t>(n);
    } else {
      ++invalid;
      ++i;
    }
  }
  return valid > invalid;
}

}  // namespace

std::string CanonicalCharset(std::string_view label) {
  const std::string l = LowerTrim(label);
  if (l.empty()) return "";
  for (const Alias& a : kAliases) {
    if (a.label == l) return std::string(a.charset);
  }
  Converter c = OpenConverter(l);
  if (!c) return "";
  UErrorCode err = U_ZERO_ERROR;
  const char* name = ucnv_getName(c.get(), &err);
  if (U_FAILURE(err) || name == nullptr) return "";
  // ICU's internal names ("ibm-5347_P100-1998") are opaque; prefer IANA's.
  const char* iana = ucnv_getStandardName(name, "IANA", &err);
  std::string n = U_SUCCESS(err) && iana != nullptr ? iana : name;
  if (n == "ISO-8859-1" || n == "US-ASCII") return "windows-1252";
  return n;
}

std::string_view BomCharset(std::string_view bytes, size_t* bom_length) {
  *bom_length = 0;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    *bom_length = 3;
    return "UTF-8";
  }
  if (bytes.substr(0, 2) == "\xFF\xFE") {
    *bom_length = 2;
    return "UTF-16LE";
  }
  if (bytes.substr(0, 2) == "\xFE\xFF") {
    *bom_length = 2;
    return "UTF-16BE";
  }
  return "";
}

std::string PrescanMetaCharset(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, kPrescanBytes);
  for (size_t at = FindNoCase(head, "<meta"); at != std::string_view::npos;
       at = FindNoCase(head, "<meta", at + 5)) {
    const size_t close = head.find('>', at);
    const std::string_view tag =
        head.substr(at, close == std::string_view::npos ? head.size() - at : close - at);
    // <meta charset=x> and <meta http-equiv content="text/html; charset=x">
    // both put the label right after the word "charset".
    const size_t cs = FindNoCase(tag, "charset");
    if (cs == std::string_view::npos) continue;
    size_t i = cs + 7;
    while (i < tag.size() && (tag[i] == ' ' || tag[i] == '\t')) ++i;
    if (i >= tag.size() || tag[i] != '=') continue;
    ++i;
    while (i < tag.size() && (tag[i] == ' ' || tag[i] == '\t' || tag[i] == '"' ||
                              tag[i] == '\'')) {
      ++i;
    }
    size_t e = i;
    while (e < tag.size() && tag[e] != '"' && tag[e] != '\'' && tag[e] != ';' &&
           tag[e] != ' ' && tag[e] != '/' && tag[e] != '>') {
      ++e;
    }
    if (e > i) return std::string(tag.substr(i, e - i));
  }
  return "";
}

bool LooksLikeHtml(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, 1024);
  for (std::string_view mark : {"<!doctype html", "<html", "<head", "<meta", "<body",
                                "<title", "<div", "<p>", "<script"}) {
    if (FindNoCase(head, mark) != std::string_view::npos) return true;
  }
  return false;
}

CharsetDecision DecideCharset(std::string_view bytes, bool html) {
  CharsetDecision d;
  if (std::string_view bom = BomCharset(bytes, &d.bom_length); !bom.empty()) {
    d.charset = std::string(bom);
    d.source = "bom";
    return d;
  }
  if (IsValidUtf8(bytes)) {
    d.charset = "UTF-8";
    d.source = "utf-8";
    return d;
  }
  if (html) {
    const std::string label = PrescanMetaCharset(bytes);
    std::string charset = CanonicalCharset(label);
    if (charset.rfind("UTF-16", 0) == 0) charset = "UTF-8";  // as WHATWG: meta cannot say UTF-16
    if (!label.empty() && charset.empty()) d.unknown_label = label;
    if (!charset.empty() && charset != "UTF-8") {
      d.charset = charset;
      d.source = "meta";
      return d;
    }
  }
  // Damaged UTF-8 is repaired, not reinterpreted.
  if (!MostlyUtf8(bytes) && (html || bytes.size() >= kMinDetectTextBytes)) {
    UErrorCode err = U_ZERO_ERROR;
    UCharsetDetector* det = ucsdet_open(&err);
    if (U_SUCCESS(err)) {
      const std::string_view sample = bytes.substr(0, kDetectBytes);
      ucsdet_setText(det, sample.data(), static_cast<int32_t>(sample.size()), &err);
      ucsdet_enableInputFilter(det, html);
      const UCharsetMatch* m = ucsdet_detect(det, &err);
      if (U_SUCCESS(err) && m != nullptr) {
        const int confidence = ucsdet_getConfidence(m, &err);
        const char* name = ucsdet_getName(m, &err);
        const std::string charset = U_SUCCESS(err) && name ? CanonicalCharset(name) : "";
        if (confidence >= (html ? kMinConfidenceHtml : kMinConfidenceText) &&
            !charset.empty() && charset != "UTF-8") {
          d.charset = charset;
          d.source = "detected";
          d.confidence = confidence;
        }
      }
      ucsdet_close(det);
    }
    if (!d.charset.empty()) return d;
  }
  d.charset = "UTF-8";
  d.source = "repair";
  return d;
}

StatusOr<DecodedText> DecodeToUtf8(std::string_view bytes, const std::string& charset,
                                   size_t skip) {
  Converter conv = OpenConverter(charset);
  if (!conv) return InvalidArgumentError("unknown charset \"" + charset + "\"");
  DecodedText out;
  out.utf8.reserve(bytes.size() + bytes.size() / 4);
  constexpr int32_t kChunk = 1 << 15;
  std::vector<UChar> units(kChunk);
  std::vector<int32_t> offsets(kChunk);
  const char* const begin = bytes.data();
  const char* src = begin + std::min(skip, bytes.size());
  const char* const limit = begin + bytes.size();
  // A code point whose two UTF-16 halves arrive in different chunks.
  UChar pending_lead = 0;
  uint32_t pending_src = 0;
  // Emits one code point that began at input offset `from`; its source
  // ends where the next code point begins (`to`).
  std::string piece;
  uint32_t last_from = 0;
  char32_t last_cp = 0;
  bool have_last = false;
  const auto flush_last = [&](uint32_t to) {
    if (!have_last) return;
    piece.clear();
    AppendUtf8(last_cp, &piece);
    const uint32_t src_len = to > last_from ? to - last_from : 0;
    if (last_cp == 0xFFFD && !(src_len == 3 && std::string_view(begin + last_from, 3) ==
                                                   "\xEF\xBF\xBD")) {
      if (out.replaced++ == 0) out.first_replaced = last_from;
    }
    if (src_len == piece.size() && std::string_view(begin + last_from, src_len) == piece) {
      out.to_input.AddCopy(last_from, src_len);
    } else {
      out.to_input.AddReplaced(last_from, src_len, static_cast<uint32_t>(piece.size()));
    }
    out.utf8 += piece;
    have_last = false;
  };
  for (bool done = false; !done;) {
    UErrorCode err = U_ZERO_ERROR;
    UChar* target = units.data();
    const char* chunk_start = src;
    ucnv_toUnicode(conv.get(), &target, units.data() + kChunk, &src, limit, offsets.data(),
                   /*flush=*/true, &err);
    if (err != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(err)) {
      return InvalidArgumentError(std::string("conversion from ") + charset +
                                  " failed: " + u_errorName(err));
    }
    done = err != U_BUFFER_OVERFLOW_ERROR;
    const int32_t n = static_cast<int32_t>(target - units.data());
    const uint32_t base = static_cast<uint32_t>(chunk_start - begin);
    for (int32_t k = 0; k < n; ++k) {
      const UChar u = units[static_cast<size_t>(k)];
      // Offsets are relative to this call's source start; -1 for units
      // ICU carried over from an earlier call.
      const int32_t off = offsets[static_cast<size_t>(k)];
      const uint32_t at = off >= 0 ? base + static_cast<uint32_t>(off) : pending_src;
      char32_t cp;
      if (U16_IS_LEAD(u)) {
        pending_lead = u;
        pending_src = at;
        continue;
      }
      uint32_t from = at;
      if (U16_IS_TRAIL(u) && pending_lead != 0) {
        cp = U16_GET_SUPPLEMENTARY(pending_lead, u);
        from = pending_src;
      } else if (U16_IS_SURROGATE(u)) {
        cp = 0xFFFD;
      } else {
        cp = u;
      }
      pending_lead = 0;
      flush_last(std::max(from, last_from));
      last_from = std::max(from, last_from);
      last_cp = cp;
      have_last = true;
    }
  }
  if (pending_lead != 0) {
    flush_last(std::max(pending_src, last_from));
    last_from = std::max(pending_src, last_from);
    last_cp = 0xFFFD;
    have_last = true;
  }
  flush_last(static_cast<uint32_t>(bytes.size()));
  return out;
}

}  // namespace chronicle
