// The tokenizer walks code points once. A word starts at a letter or digit
// and extends over letters and digits, and over '-', '.', ',' or an
// apostrophe when a letter or digit follows (',' only between digits). An
// apostrophe followed by a clitic (s, re, ve, ll, d, m, or t after n) ends the
// word and starts a clitic token. A dot right after a word joins it when the
// word is a dotted letter group, an initial or a known abbreviation.
#include "text/tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>

#include "base/utf8.h"

namespace chronicle {
namespace {

// ASCII letters and digits, by byte.
constexpr std::array<bool, 128> kAsciiAlnum = [] {
  std::array<bool, 128> t{};
  for (int c = 0; c < 128; ++c) {
    t[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
  return t;
}();

bool IsAlnum(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
           (cp >= '0' && cp <= '9');
  }
  return u_isalnum(static_cast<UChar32>(cp)) ||
         u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_GENERAL_CATEGORY) ==
             U_NON_SPACING_MARK;
}

bool IsSpace(char32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= 0x09 && cp <= 0x0D);
  return u_isUWhiteSpace(static_cast<UChar32>(cp));
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// DecodeUtf8 with the ASCII case inline (nearly every byte of news text).
inline char32_t Decode(std::string_view s, size_t pos, int* len) {
  const unsigned char c = static_cast<unsigned char>(s[pos]);
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  return DecodeUtf8(s, pos, len);
}

// Sets *out to the lower-cased `s`, reusing its buffer.
void LowerInto(std::string_view s, std::string* out) {
  out->assign(s);
  bool ascii = true;
  for (char& c : *out) {
    if (static_cast<unsigned char>(c) >= 0x80) ascii = false;
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  if (ascii) return;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  u.toLower();
  out->clear();
  u.toUTF8String(*out);
}

std::string Lower(std::string_view s) {
  std::string out;
  LowerInto(s, &out);
  return out;
}

// "U.S", "e.g" : single letters separated by dots.
bool IsDottedLetters(std::string_view w) {
  if (w.size() < 3) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    const char c = w[i];
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (i % 2 == 0 ? !letter : c != '.') return false;
  }
  return true;
}

void CaseFlags(std::string_view w, Token* t) {
  int upper = 0, lower = 0;
  bool first = true;
  for (size_t i = 0; i < w.size();) {
    const unsigned char c = static_cast<unsigned char>(w[i]);
    if (c < 0x80) {  // ASCII: Lu is A-Z and Ll is a-z, as ICU says
      ++i;
      if (c >= 'A' && c <= 'Z') {
        ++upper;
        if (first) t->capitalized = true;
        first = false;
      } else if (c >= 'a' && c <= 'z') {
        ++lower;
        first = false;
      }
      continue;
    }
    int len = 0;
    const char32_t cp = DecodeUtf8(w, i, &len);
    i += len;
    if (u_isupper(static_cast<UChar32>(cp))) {
      ++upper;
      if (first) t->capitalized = true;
      first = false;
    } else if (u_islower(static_cast<UChar32>(cp))) {
      ++lower;
      first = false;
    }
  }
  t->all_caps = upper >= 2 && lower == 0;
}

// Length of the clitic starting at text[pos] (an apostrophe), or 0.
size_t CliticLength(std::string_view text, size_t pos) {
  static constexpr std::array<std::string_view, 6> kClitics = {"s", "re", "ve",
                                                               "ll", "d", "m"};
  for (std::string_view c : kClitics) {
    const size_t end = pos + 1 + c.size();
    if (end > text.size()) continue;
    bool match = true;
    for (size_t k = 0; k < c.size(); ++k) {
      const char ch = static_cast<char>(text[pos + 1 + k] | 0x20);
      if (ch != c[k]) match = false;
    }
    if (!match) continue;
    if (end == text.size()) return 1 + c.size();
    int len = 0;
    if (!IsAlnum(Decode(text, end, &len))) return 1 + c.size();
  }
  return 0;
}

void Emit(std::string_view text, size_t b, size_t e, uint32_t base, bool word,
          std::vector<Token>* out) {
  Token& t = out->emplace_back();
  t.span = {base + static_cast<uint32_t>(b), base + static_cast<uint32_t>(e)};
  const std::string_view s = text.substr(b, e - b);
  t.word = word;
  // ASCII (nearly every token): lower-case and count cases in one pass.
  t.norm.resize(s.size());
  char* d = t.norm.data();
  unsigned char high = 0;
  int upper = 0, lower = 0;
  bool cased = false;  // a cased letter seen
  for (size_t k = 0; k < s.size(); ++k) {
    const unsigned char c = static_cast<unsigned char>(s[k]);
    high |= c;
    if (static_cast<unsigned char>(c - 'A') < 26) {
      d[k] = static_cast<char>(c + ('a' - 'A'));
      if (!cased) t.capitalized = true;
      cased = true;
      ++upper;
    } else {
      d[k] = static_cast<char>(c);
      if (static_cast<unsigned char>(c - 'a') < 26) {
        cased = true;
        ++lower;
      }
    }
  }
  if (high >= 0x80) {  // ICU decides case
    t.capitalized = false;
    LowerInto(s, &t.norm);
    if (word) CaseFlags(s, &t);
    return;
  }
  if (word) {
    t.all_caps = upper >= 2 && lower == 0;
  } else {
    t.capitalized = false;  // only words carry case flags
  }
}

}  // namespace

bool IsAbbreviation(std::string_view w) {
  static constexpr std::string_view kAbbrev[] = {
      "adm",  "apr",  "aug",  "brig", "capt", "cmdr", "co",   "col",
      "corp", "cpl",  "dec",  "dept", "dr",   "esq",  "etc",  "feb",
      "fig",  "fr",   "gen",  "gov",  "hon",  "inc",  "jan",  "jr",
      "jul",  "jun",  "lt",   "ltd",  "maj",  "mar",  "messrs", "mr",
      "mrs",  "ms",   "msgr", "mt",   "nov",  "oct",  "pres",
      "prof", "rep",  "reps", "rev",  "sen",  "sens", "sep",  "sept",
      "sgt",  "sr",   "st",   "supt", "vs",   "ft",   "gov",  "ave",
      "blvd", "pp",   "vol",  "approx", "est", "dist", "amb"};
  for (std::string_view a : kAbbrev) {
    if (a == w) return true;
  }
  return false;
}

void Tokenize(std::string_view text, uint32_t base, std::vector<Token>* out) {
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    int len = 0;
    char32_t cp = Decode(text, i, &len);
    if (IsSpace(cp)) {
      i += len;
      continue;
    }
    if (!IsAlnum(cp)) {
      Emit(text, i, i + len, base, false, out);
      i += len;
      continue;
    }
    const size_t start = i;
    size_t j = i + len;
    size_t clitic = 0;      // bytes of a clitic that ends the word
    bool negation = false;  // clitic is "n't"
    while (j < n) {
      // Runs of ASCII letters and digits without decoding.
      while (j < n && static_cast<unsigned char>(text[j]) < 0x80 &&
             kAsciiAlnum[static_cast<unsigned char>(text[j])]) {
        ++j;
      }
      if (j >= n) break;
      cp = Decode(text, j, &len);
      if (IsAlnum(cp)) {
        j += len;
        continue;
      }
      const char c = text[j];
      int nl = 0;
      const bool next_alnum = j + 1 < n && IsAlnum(Decode(text, j + 1, &nl));
      if (c == '\'' && next_alnum) {
        if ((text[j + 1] | 0x20) == 't' && j > start + 1 &&
            (text[j - 1] | 0x20) == 'n' &&
            (j + 2 == n || !IsAlnum(Decode(text, j + 2, &nl)))) {
          negation = true;
          break;
        }
        clitic = CliticLength(text, j);
        if (clitic > 0) break;
        j += 1;
        continue;
      }
      if ((c == '-' || c == '.' || c == '&') && next_alnum) {
        j += 1;
        continue;
      }
      if (c == ',' && IsDigit(text[j - 1]) && j + 1 < n && IsDigit(text[j + 1])) {
        j += 1;
        continue;
      }
      break;
    }
    if (negation) {
      Emit(text, start, j - 1, base, true, out);  // "do" of "don't"
      Emit(text, j - 1, j + 2, base, true, out);  // "n't"
      i = j + 2;
      continue;
    }
    // A following dot joins dotted groups, initials and abbreviations.
    if (clitic == 0 && j < n && text[j] == '.') {
      const std::string_view w = text.substr(start, j - start);
      const bool initial = w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z';
      // Abbreviations have 2 to 6 letters: skip lower-casing longer words.
      // (Lower-casing shortens a word to ASCII only through the Kelvin sign,
      // U+212A -> "k", and no abbreviation has a k.)
      if (initial || IsDottedLetters(w) || (w.size() <= 6 && IsAbbreviation(Lower(w)))) ++j;
    }
    Emit(text, start, j, base, true, out);
    if (clitic > 0) {
      Emit(text, j, j + clitic, base, true, out);
      j += clitic;
    }
    i = j;
  }
}

}  // namespace chronicle
