// base/lines.h: the lines of a text, numbered from 1, for readers that
// report "path:line: reason".
#pragma once

#include <string_view>

namespace chronicle {

// Calls fn(line_no, line) for each line of `text`, without its "\n" and
// "\r". A last line without "\n" is a line; an empty text has none.
template <typename Fn>
void ForEachLine(std::string_view text, Fn fn) {
  int line_no = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    fn(++line_no, line);
  }
}

}  // namespace chronicle
