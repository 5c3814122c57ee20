#include "dict/formats/format_lines.h"

#include <cstdio>

#include "base/lines.h"
#include "base/utf8.h"

namespace chronicle {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r'; }

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2) {
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return leap ? 29 : 28;
  }
  return kDays[month - 1];
}

std::string HexByte(unsigned char c) {
  char buf[8];
  std::snprintf(buf, sizeof(buf), "0x%02X", c);
  return buf;
}

}  // namespace

std::string FormatProblem(const std::string& path, int line, std::string_view reason) {
  return path + ":" + std::to_string(line) + ": " + std::string(reason);
}

std::string_view TrimSpace(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> SplitSpace(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && IsSpace(s[i])) ++i;
    const size_t start = i;
    while (i < s.size() && !IsSpace(s[i])) ++i;
    if (i > start) out.push_back(s.substr(start, i - start));
  }
  return out;
}

std::vector<SourceLine> SplitSourceLines(std::string_view text, const std::string& path,
                                         std::vector<std::string>* problems) {
  std::vector<SourceLine> lines;
  ForEachLine(text, [&](int line_no, std::string_view raw) {
    size_t bad = std::string_view::npos;
    for (size_t i = 0; i < raw.size(); ++i) {
      const unsigned char c = static_cast<unsigned char>(raw[i]);
      if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7F) {
        bad = i;
        break;
      }
    }
    if (bad != std::string_view::npos) {
      problems->push_back(FormatProblem(
          path, line_no,
          "binary data (byte " + HexByte(static_cast<unsigned char>(raw[bad])) +
              " at column " + std::to_string(bad + 1) + "); line skipped"));
      return;
    }
    if (!IsValidUtf8(raw)) {
      const Utf8Repair r = RepairUtf8(raw);
      problems->push_back(FormatProblem(
          path, line_no,
          "invalid UTF-8 (byte " +
              HexByte(static_cast<unsigned char>(raw[r.first_invalid])) + " at column " +
              std::to_string(r.first_invalid + 1) + "); line skipped"));
      return;
    }
    lines.push_back({raw, line_no});
  });
  return lines;
}

bool ParseDictPhrase(std::string_view text, DictPhrase* out) {
  text = TrimSpace(text);
  out->text = std::string(text);
  out->words.clear();
  out->joins.clear();
  out->whole_word_end = !text.empty() && text.back() == '_';
  std::string word;
  char join = 0;  // separator seen since the last word: '_' beats ' '
  for (char c : text) {
    if (c == '_' || IsSpace(c)) {
      if (!word.empty()) {
        out->words.push_back(word);
        word.clear();
        join = 0;
      }
      if (c == '_') {
        join = '_';
      } else if (join == 0) {
        join = ' ';
      }
      continue;
    }
    if (word.empty() && !out->words.empty()) out->joins.push_back(join ? join : ' ');
    word.push_back(c);
  }
  if (!word.empty()) out->words.push_back(word);
  return !out->words.empty();
}

bool ParseFieldDate(std::string_view s, int* yyyymmdd) {
  if (!AllDigits(s) || (s.size() != 6 && s.size() != 8)) return false;
  int year, month, day;
  if (s.size() == 8) {
    year = std::stoi(std::string(s.substr(0, 4)));
    month = std::stoi(std::string(s.substr(4, 2)));
    day = std::stoi(std::string(s.substr(6, 2)));
  } else {
    year = std::stoi(std::string(s.substr(0, 2)));
    year += year <= 30 ? 2000 : 1900;
    month = std::stoi(std::string(s.substr(2, 2)));
    day = std::stoi(std::string(s.substr(4, 2)));
  }
  if (month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month)) {
    return false;
  }
  *yyyymmdd = year * 10000 + month * 100 + day;
  return true;
}

bool ParseDatedCode(std::string_view inside, DatedCode* out, std::string* reason) {
  inside = TrimSpace(inside);
  if (inside.empty()) {
    *reason = "empty code block \"[]\"";
    return false;
  }
  const size_t sp = inside.find_first_of(" \t");
  const std::string_view code = inside.substr(0, sp);
  const std::string_view rest =
      sp == std::string_view::npos ? std::string_view() : TrimSpace(inside.substr(sp));
  const char c0 = code.front();
  if ((c0 >= '0' && c0 <= '9') || c0 == '<' || c0 == '>') {
    *reason = "date restriction without a code in \"[" + std::string(inside) + "]\"";
    return false;
  }
  out->code = std::string(code);
  out->when = DateRestriction();
  if (rest.empty()) return true;
  auto bad = [&](std::string_view what) {
    *reason =
        "bad date \"" + std::string(what) + "\" in \"[" + std::string(inside) + "]\"";
    return false;
  };
  if (rest.front() == '<' || rest.front() == '>') {
    const std::string_view d = TrimSpace(rest.substr(1));
    int date = 0;
    if (!ParseFieldDate(d, &date)) return bad(d);
    if (rest.front() == '<') {
      out->when.kind = DateRestriction::Kind::kBefore;
      out->when.to = date;
    } else {
      out->when.kind = DateRestriction::Kind::kAfter;
      out->when.from = date;
    }
    return true;
  }
  const size_t dash = rest.find('-');
  if (dash == std::string_view::npos) {
    *reason = "date \"" + std::string(rest) + "\" needs '<', '>' or a range in \"[" +
              std::string(inside) + "]\"";
    return false;
  }
  const std::string_view a = TrimSpace(rest.substr(0, dash));
  const std::string_view b = TrimSpace(rest.substr(dash + 1));
  int from = 0, to = 0;
  if (!ParseFieldDate(a, &from)) return bad(a);
  if (!ParseFieldDate(b, &to)) return bad(b);
  if (to < from) {
    *reason = "date range ends before it starts in \"[" + std::string(inside) + "]\"";
    return false;
  }
  out->when.kind = DateRestriction::Kind::kBetween;
  out->when.from = from;
  out->when.to = to;
  return true;
}

BracketScan ScanBrackets(std::string_view s) {
  BracketScan scan;
  const size_t first = s.find('[');
  const size_t stray = s.find(']');
  if (stray != std::string_view::npos &&
      (first == std::string_view::npos || stray < first)) {
    scan.before = s;
    scan.error = "']' without '['";
    return scan;
  }
  if (first == std::string_view::npos) {
    scan.before = s;
    return scan;
  }
  scan.before = s.substr(0, first);
  size_t pos = first;
  while (pos < s.size()) {
    if (s[pos] != '[') {
      scan.after = TrimSpace(s.substr(pos));
      return scan;
    }
    const size_t close = s.find(']', pos);
    const size_t next_open = s.find('[', pos + 1);
    if (close == std::string_view::npos ||
        (next_open != std::string_view::npos && next_open < close)) {
      scan.error = "'[' without ']'";
      return scan;
    }
    scan.blocks.push_back(s.substr(pos + 1, close - pos - 1));
    pos = close + 1;
    while (pos < s.size() && IsSpace(s[pos])) ++pos;
  }
  return scan;
}

}  // namespace chronicle
