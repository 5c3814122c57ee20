// Line features for scraped-text boilerplate removal.
//
// Lines are scanned once, code point by code point, into tokens. Quotation
// state (ASCII '"' toggles, curly and guillemet quotes nest) is tracked so
// that "we"/"you" inside a quoted statement do not count as the outlet
// addressing its readers. Cue phrases are matched on an ASCII-lowercased copy
// at word boundaries. The lexicons below are general English web boilerplate
// vocabulary, not strings of any particular site.
#include "extract/internal/line_features.h"

#include <array>
#include <vector>
#include <string>

#include "base/utf8.h"

namespace chronicle::extract_internal {
namespace {

enum class Where { kLine, kStart, kAnywhere, kEnd };

struct Cue {
  std::string_view phrase;  // lowercase
  Where where;
  int max_words;  // the cue counts only on lines this short (0: any length)
};

// ---------------------------------------------------------------------------
// HARD CUES: a line holding one of these is page furniture, not article text.
// Single common words are restricted to short lines (max_words) so that an
// article sentence using them ("did not subscribe to the plan") survives.
// ---------------------------------------------------------------------------
constexpr Cue kHardCues[] = {
    // Site chrome and navigation.
    {"accessibility links", Where::kAnywhere, 6},
    {"skip to", Where::kStart, 8},
    {"breaking news", Where::kLine, 0},
    {"top stories", Where::kLine, 0},
    {"most read", Where::kStart, 4},
    {"most popular", Where::kStart, 4},
    {"back to top", Where::kAnywhere, 6},
    {"get the latest", Where::kStart, 0},
    {"all rights reserved", Where::kAnywhere, 0},
    {"terms of use", Where::kAnywhere, 20},
    {"terms of service", Where::kAnywhere, 20},
    {"privacy policy", Where::kAnywhere, 0},
    {"cookie", Where::kAnywhere, 25},
    {"cookies", Where::kAnywhere, 25},
    {"advertisement", Where::kLine, 0},
    {"sponsored", Where::kStart, 4},
    // Calls to action: newsletters, accounts, sharing, donations.
    {"newsletter", Where::kAnywhere, 0},
    {"sign up", Where::kAnywhere, 15},
    {"sign in", Where::kAnywhere, 10},
    {"log in", Where::kAnywhere, 10},
    {"login", Where::kAnywhere, 6},
    {"register", Where::kLine, 0},
    {"subscribe", Where::kStart, 8},
    {"subscribers", Where::kStart, 8},
    {"unsubscribe", Where::kAnywhere, 0},
    {"click here", Where::kAnywhere, 0},
    {"to find out more", Where::kStart, 10},
    {"read more", Where::kStart, 8},
    {"read also", Where::kStart, 0},
    {"see also", Where::kStart, 0},
    {"related:", Where::kStart, 0},
    {"share this", Where::kStart, 0},
    {"share on", Where::kStart, 8},
    {"follow us", Where::kStart, 0},
    {"donate", Where::kAnywhere, 12},
    {"support us", Where::kAnywhere, 25},
    {"not ready to", Where::kStart, 10},
    {"remind me", Where::kAnywhere, 6},
    {"dear reader", Where::kStart, 4},
    {"dear readers", Where::kStart, 4},
    {"a message from", Where::kStart, 10},
    {"payment methods", Where::kLine, 0},
    // Media players.
    {"watch:", Where::kStart, 0},
    {"video:", Where::kStart, 0},
    {"listen:", Where::kStart, 0},
    {"please wait", Where::kLine, 0},
    {"loading", Where::kLine, 0},
    {"no media source", Where::kAnywhere, 0},
    {"play video", Where::kAnywhere, 8},
    // Comment widgets.
    {"to participate in the discussion", Where::kStart, 0},
    {"leave a comment", Where::kAnywhere, 10},
    {"comments", Where::kLine, 0},
    // Photo credits, captions, wire credits.
    {"photo by", Where::kStart, 10},
    {"photo:", Where::kStart, 0},
    {"photos:", Where::kStart, 0},
    {"photograph:", Where::kStart, 0},
    {"image:", Where::kStart, 0},
    {"file photo", Where::kAnywhere, 0},
    {"\xc2\xa9", Where::kAnywhere, 40},  // the copyright sign
    {"(c)", Where::kStart, 12},
    {"copyright", Where::kStart, 0},
    {"image", Where::kEnd, 4},
    {"is pictured", Where::kAnywhere, 60},
    {"are pictured", Where::kAnywhere, 60},
    {"based on reporting by", Where::kStart, 0},
    {"with reporting by", Where::kStart, 0},
    {"reporting by", Where::kStart, 20},
    {"additional reporting", Where::kStart, 0},
    {"editing by", Where::kStart, 20},
    {"compiled by", Where::kStart, 20},
    {"and agencies", Where::kEnd, 6},
    {"with agencies", Where::kEnd, 6},
    {"contributed to this report", Where::kEnd, 0},
};

// ---------------------------------------------------------------------------
// SOFT CUES: vocabulary of donation appeals, outlet self-description and
// promotion. Matched as word stems; one hit means nothing, a dense cluster
// together with reader address marks an appeal paragraph.
// ---------------------------------------------------------------------------
constexpr std::string_view kSoftStems[] = {
    "support",  "contribut", "donat",   "journalis", "reader",    "subscri",
    "newsletter", "independent", "uncensored", "mailbox", "inbox", "sponsor",
    "advertis", "preview",   "premium", "membership", "paywall",  "thank",
};

// First/second person: the outlet talking to its readers.
constexpr std::string_view kReaderAddress[] = {
    "we",     "our",   "ours",  "ourselves", "you",    "your",   "yours", "yourself",
    "we're",  "we've", "we'll", "you're",    "you've", "you'll", "me",    "my",
};

// Imperative verbs that open a call to action.
constexpr std::string_view kCtaVerbs[] = {
    "support", "subscribe", "donate", "follow", "join",     "sign",    "share",
    "download", "get",      "read",   "watch",  "listen",   "click",   "register",
    "contribute", "remind", "help",   "install", "try",
};
// Words that follow a call-to-action verb ("Support THE ...", "Sign UP").
constexpr std::string_view kCtaObjects[] = {
    "the", "our", "us", "me", "my", "your", "this", "up", "in", "now", "more", "here",
    "today", "to", "free", "independent",
};

// Function words ignored by the title-case ratio.
constexpr std::string_view kFunctionWords[] = {
    "a",  "an", "the", "of",  "in",   "on",   "at",   "to",  "for", "and",  "or",
    "but", "with", "from", "by", "as", "vs", "via", "into", "over", "is", "are",
};

template <size_t N>
bool Contains(const std::string_view (&list)[N], std::string_view w) {
  for (std::string_view x : list) {
    if (x == w) return true;
  }
  return false;
}

bool IsSpaceCp(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
         c == 0xA0 || c == 0xFEFF || (c >= 0x2000 && c <= 0x200B) || c == 0x3000;
}

bool IsWordCp(char32_t c) {
  if (c < 0x80) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
  return c >= 0xC0 && c != 0xD7 && c != 0xF7 && !(c >= 0x2000 && c <= 0x2BFF) &&
         !(c >= 0x3000 && c <= 0x303F) && c != 0xFEFF && c != 0xFFFD;
}

bool IsLetterCp(char32_t c) {
  return IsWordCp(c) && !(c >= '0' && c <= '9');
}

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

// Whether `cue` occurs in `lower` (a lowercased line) where the cue wants.
bool CueMatches(std::string_view lower, const Cue& cue) {
  const std::string_view p = cue.phrase;
  auto boundary_ok = [&](size_t at) {
    const bool word_start = IsAsciiAlnum(p.front());
    const bool word_end = IsAsciiAlnum(p.back());
    if (word_start && at > 0 && IsAsciiAlnum(lower[at - 1])) return false;
    const size_t e = at + p.size();
    if (word_end && e < lower.size() && IsAsciiAlnum(lower[e])) return false;
    return true;
  };
  switch (cue.where) {
    case Where::kLine: {
      std::string_view l = lower;
      while (!l.empty() && !IsAsciiAlnum(l.back()) && static_cast<unsigned char>(l.back()) < 0x80)
        l.remove_suffix(1);
      return l == p;
    }
    case Where::kStart:
      return lower.substr(0, p.size()) == p && boundary_ok(0);
    case Where::kEnd: {
      std::string_view l = lower;
      while (!l.empty() && (l.back() == '.' || l.back() == ' ')) l.remove_suffix(1);
      return l.size() >= p.size() && l.substr(l.size() - p.size()) == p &&
             boundary_ok(l.size() - p.size());
    }
    case Where::kAnywhere:
      for (size_t at = lower.find(p); at != std::string_view::npos;
           at = lower.find(p, at + 1)) {
        if (boundary_ok(at)) return true;
      }
      return false;
  }
  return false;
}

// Strips leading bullets and dashes so "• Read more" starts with "read".
std::string_view StripBullets(std::string_view s) {
  for (;;) {
    if (!s.empty() && (s[0] == '-' || s[0] == '*' || s[0] == '|' || s[0] == '>' ||
                       s[0] == ' ')) {
      s.remove_prefix(1);
    } else if (s.substr(0, 3) == "\xe2\x80\xa2" || s.substr(0, 3) == "\xe2\x80\x94" ||
               s.substr(0, 3) == "\xe2\x80\x93") {
      s.remove_prefix(3);  // bullet, em dash, en dash
    } else if (s.substr(0, 2) == "\xc2\xb7") {
      s.remove_prefix(2);  // middle dot
    } else {
      return s;
    }
  }
}

struct Token {
  std::string text;  // word characters and inner punctuation, ’ folded to '
  bool quoted = false;
};

}  // namespace

std::string_view TrimLine(std::string_view s) {
  auto space_at = [&](size_t i) -> int {  // byte length of a space at i, or 0
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') return 1;
    if (s.substr(i, 2) == "\xc2\xa0") return 2;
    if (s.substr(i, 3) == "\xef\xbb\xbf") return 3;
    return 0;
  };
  while (!s.empty() && space_at(0) > 0) s.remove_prefix(space_at(0));
  for (;;) {
    if (!s.empty() && space_at(s.size() - 1) == 1) {
      s.remove_suffix(1);
    } else if (s.size() >= 2 && s.substr(s.size() - 2) == "\xc2\xa0") {
      s.remove_suffix(2);
    } else if (s.size() >= 3 && s.substr(s.size() - 3) == "\xef\xbb\xbf") {
      s.remove_suffix(3);
    } else {
      return s;
    }
  }
}

LineFeatures ComputeLineFeatures(std::string_view line) {
  LineFeatures f;
  std::vector<Token> tokens;
  Token cur;
  bool dq = false;  // inside ASCII double quotes
  int curly = 0;    // nesting of “ ” and « »
  int latin = 0, cyrillic = 0, other = 0;
  auto flush = [&] {
    // Trim non-word characters from the token's edges.
    std::string& t = cur.text;
    size_t b = 0, e = t.size();
    while (b < e && !IsAsciiAlnum(t[b]) && static_cast<unsigned char>(t[b]) < 0x80) ++b;
    while (e > b && !IsAsciiAlnum(t[e - 1]) && static_cast<unsigned char>(t[e - 1]) < 0x80) --e;
    t = t.substr(b, e - b);
    if (!t.empty()) tokens.push_back(cur);
    cur = Token();
  };
  for (size_t i = 0; i < line.size();) {
    int len = 1;
    const char32_t c = DecodeUtf8(line, i, &len);
    const bool quote_open = c == 0x201C || c == 0xAB;
    const bool quote_close = c == 0x201D || c == 0xBB;
    if (c == '"' || quote_open || quote_close || IsSpaceCp(c)) {
      flush();
      if (c == '"') dq = !dq;
      if (quote_open) ++curly;
      if (quote_close && curly > 0) --curly;
    } else {
      if (cur.text.empty()) cur.quoted = dq || curly > 0;
      if (c == 0x2019 || c == 0x2018) {
        cur.text.push_back('\'');
      } else {
        cur.text.append(line.substr(i, len));
      }
      if (IsLetterCp(c)) {
        ++f.letters;
        (c < 0x250 ? latin : (c >= 0x400 && c < 0x530) ? cyrillic : other)++;
      }
    }
    i += len;
  }
  flush();

  int content = 0, capitalised = 0;
  for (const Token& t : tokens) {
    ++f.words;
    const std::string lower = AsciiLower(t.text);
    if (!t.quoted && (Contains(kReaderAddress, lower) || t.text == "us")) ++f.reader_address;
    for (std::string_view stem : kSoftStems) {
      if (lower.compare(0, stem.size(), stem) == 0) {
        ++f.soft_cues;
        break;
      }
    }
    const char c0 = t.text[0];
    if (Contains(kFunctionWords, lower) || !((c0 | 0x20) >= 'a' && (c0 | 0x20) <= 'z')) continue;
    ++content;
    if (c0 >= 'A' && c0 <= 'Z') ++capitalised;
  }
  f.title_case = content > 0 ? static_cast<double>(capitalised) / content : 0;
  if (latin + cyrillic + other > 0) {
    f.script = latin >= cyrillic && latin >= other ? Script::kLatin
               : cyrillic >= other                 ? Script::kCyrillic
                                                   : Script::kOther;
  }

  // Final punctuation, looking through closing quotes and brackets.
  std::string_view end = line;
  for (;;) {
    if (!end.empty() && (end.back() == '"' || end.back() == '\'' || end.back() == ')' ||
                         end.back() == ']')) {
      end.remove_suffix(1);
    } else if (end.size() >= 3 && (end.substr(end.size() - 3) == "\xe2\x80\x9d" ||
                                   end.substr(end.size() - 3) == "\xe2\x80\x99")) {
      end.remove_suffix(3);  // ” ’
    } else if (end.size() >= 2 && end.substr(end.size() - 2) == "\xc2\xbb") {
      end.remove_suffix(2);  // »
    } else {
      break;
    }
  }
  const bool ellipsis = end.size() >= 3 && end.substr(end.size() - 3) == "\xe2\x80\xa6";
  const char last = end.empty() ? '\0' : end.back();
  f.ends_period = last == '.' || ellipsis;
  f.ends_sentence = f.ends_period || last == '!' || last == '?';

  const std::string lower = AsciiLower(StripBullets(line));
  for (const Cue& cue : kHardCues) {
    if (cue.max_words > 0 && f.words > cue.max_words) continue;
    if (CueMatches(lower, cue)) {
      f.hard_cue = true;
      break;
    }
  }
  if (!tokens.empty() && f.words <= 8 && Contains(kCtaVerbs, AsciiLower(tokens[0].text))) {
    const bool object =
        tokens.size() > 1 && Contains(kCtaObjects, AsciiLower(tokens[1].text));
    f.call_to_action = object || last == '!';
  }
  return f;
}

std::string_view SiteNameMarker(std::string_view line) {
  if (line.empty() || (line[0] != '-' && line[0] != '|' &&
                       line.substr(0, 3) != "\xe2\x80\x94" &&
                       line.substr(0, 3) != "\xe2\x80\x93")) {
    return {};
  }
  std::string_view name = TrimLine(StripBullets(line));
  const LineFeatures f = ComputeLineFeatures(name);
  if (f.words < 1 || f.words > 5 || f.title_case < 0.99 || f.ends_sentence) return {};
  return name;
}

std::string_view TrailingCredit(std::string_view line) {
  for (std::string_view sep : {std::string_view(" - "), std::string_view(" \xe2\x80\x94 "),
                               std::string_view(" \xe2\x80\x93 "), std::string_view(" | ")}) {
    const size_t at = line.rfind(sep);
    if (at == std::string_view::npos || at == 0) continue;
    std::string_view name = TrimLine(line.substr(at + sep.size()));
    const LineFeatures f = ComputeLineFeatures(name);
    if (f.words >= 1 && f.words <= 4 && f.title_case >= 0.99 && !f.ends_sentence) {
      return name;
    }
  }
  return {};
}

}  // namespace chronicle::extract_internal
