// Tag scanner: comments, doctype and processing instructions are skipped;
// raw-text elements (script, style, ...) are skipped to their end tag; an
// end tag pops the open-element stack down to its match if the match is
// near the top, otherwise it closes one blanked element of that name.
#include "extract/internal/html_flatten.h"

#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace chronicle::extract_internal {
namespace {

constexpr size_t kMatchWindow = 64;  // how far down an end tag looks for its start

constexpr std::string_view kNonNesting[] = {
    // void elements
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
    "track", "wbr", "param", "keygen",
    // elements whose end tags are optional: siblings close each other
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead",
    "tfoot", "colgroup", "rb", "rt", "rp", "html", "head", "body"};

constexpr std::string_view kRawText[] = {"script", "style", "textarea", "title", "xmp",
                                         "iframe", "noembed", "noframes", "noscript"};

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '-' || c == ':' || c == '_';
}

template <size_t N>
bool In(const std::string_view (&list)[N], std::string_view s) {
  for (std::string_view x : list) {
    if (x == s) return true;
  }
  return false;
}

// Offset just past the '>' closing the tag that starts at `lt`, honouring
// quoted attribute values; html.size() if unterminated.
size_t TagEnd(std::string_view html, size_t lt) {
  char quote = 0;
  for (size_t i = lt + 1; i < html.size(); ++i) {
    const char c = html[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return i + 1;
    }
  }
  return html.size();
}

size_t FindIgnoreCase(std::string_view hay, std::string_view needle, size_t from) {
  for (size_t i = hay.find('<', from); i != std::string_view::npos; i = hay.find('<', i + 1)) {
    if (i + needle.size() > hay.size()) return std::string_view::npos;
    bool eq = true;
    for (size_t k = 0; k < needle.size() && eq; ++k) {
      eq = (hay[i + k] | 0x20) == (needle[k] | 0x20);
    }
    if (eq) return i;
  }
  return std::string_view::npos;
}

std::string LowerName(std::string_view html, size_t from, size_t* end) {
  std::string name;
  size_t i = from;
  while (i < html.size() && IsNameChar(html[i])) {
    name.push_back(static_cast<char>(html[i] | ((html[i] >= 'A' && html[i] <= 'Z') ? 0x20 : 0)));
    ++i;
  }
  *end = i;
  return name;
}

}  // namespace

bool FlattenDeepHtml(std::string_view html, int max_depth, std::string* out) {
  struct Open {
    std::string name;
  };
  std::vector<Open> stack;  // open, unblanked elements
  std::unordered_map<std::string, int> blanked_open;
  std::vector<std::pair<size_t, size_t>> blank;  // byte ranges to overwrite
  size_t i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    if (html.substr(i, 4) == "<!--") {
      const size_t e = html.find("-->", i + 4);
      i = e == std::string_view::npos ? html.size() : e + 3;
      continue;
    }
    if (i + 1 < html.size() && (html[i + 1] == '!' || html[i + 1] == '?')) {
      i = TagEnd(html, i);
      continue;
    }
    const bool is_end = i + 1 < html.size() && html[i + 1] == '/';
    size_t name_end = 0;
    const std::string name = LowerName(html, i + (is_end ? 2 : 1), &name_end);
    if (name.empty() || !((name[0] >= 'a' && name[0] <= 'z'))) {
      ++i;
      continue;
    }
    const size_t end = TagEnd(html, name_end - 1);
    if (is_end) {
      // Blanked elements were opened deepest, so they close first.
      if (auto it = blanked_open.find(name); it != blanked_open.end() && it->second > 0) {
        --it->second;
        blank.emplace_back(i, end);
      } else {
        size_t k = stack.size();
        const size_t floor = stack.size() > kMatchWindow ? stack.size() - kMatchWindow : 0;
        while (k > floor && stack[k - 1].name != name) --k;
        if (k > floor) stack.resize(k - 1);
      }
      i = end;
      continue;
    }
    const bool self_closing = end >= 2 && html[end - 2] == '/';
    if (In(kRawText, name)) {
      const size_t close = FindIgnoreCase(html, "</" + name, end);
      i = close == std::string_view::npos ? html.size() : close;
      continue;
    }
    if (!self_closing && !In(kNonNesting, name)) {
      if (stack.size() >= static_cast<size_t>(max_depth)) {
        ++blanked_open[name];
        blank.emplace_back(i, end);
      } else {
        stack.push_back({name});
      }
    }
    i = end;
  }
  if (blank.empty()) return false;
  out->assign(html);
  for (const auto& [b, e] : blank) {
    for (size_t k = b; k < e; ++k) (*out)[k] = ' ';
  }
  return true;
}

}  // namespace chronicle::extract_internal
