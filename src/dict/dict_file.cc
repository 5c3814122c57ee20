#include "dict/dict_file.h"

#include <fstream>
#include <sstream>

#include "base/utf8.h"

namespace chronicle {
namespace {

std::string Where(const std::string& path, int line) {
  return path + ":" + std::to_string(line) + ": ";
}

}  // namespace

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

std::string_view StripComment(std::string_view line) {
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) {
      line = line.substr(0, i);
      break;
    }
  }
  return Trim(line);
}

std::vector<std::string> SplitList(std::string_view value, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= value.size()) {
    size_t end = value.find(sep, start);
    if (end == std::string_view::npos) end = value.size();
    std::string_view item = Trim(value.substr(start, end - start));
    if (!item.empty()) out.emplace_back(item);
    start = end + 1;
  }
  return out;
}

DictFile ParseDictText(std::string_view text, const std::string& path) {
  DictFile f;
  f.path = path;
  int line_no = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    const std::string_view raw = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!IsValidUtf8(raw)) {
      f.errors.push_back(Where(path, line_no) + "invalid UTF-8");
      continue;
    }
    const std::string_view line = StripComment(raw);
    if (line.empty()) continue;
    const bool indented = raw[0] == ' ' || raw[0] == '\t';
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) {
      f.errors.push_back(Where(path, line_no) + "expected \"name: value\", got \"" +
                         std::string(line.substr(0, 60)) + "\"");
      continue;
    }
    const std::string name(Trim(line.substr(0, colon)));
    const std::string value(Trim(line.substr(colon + 1)));
    if (name.find(' ') != std::string::npos) {
      f.errors.push_back(Where(path, line_no) + "bad field name \"" + name + "\"");
      continue;
    }
    if (!indented) {
      f.records.push_back({name, value, line_no, {}});
    } else if (f.records.empty()) {
      f.errors.push_back(Where(path, line_no) + "field \"" + name +
                         "\" before any record");
    } else {
      f.records.back().fields.push_back({name, value, line_no});
    }
  }
  return f;
}

StatusOr<std::string> ReadFileToString(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return IoError("cannot open " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return IoError("cannot read " + path);
  return ss.str();
}

StatusOr<DictFile> ReadDictFile(const std::string& path) {
  CHRONICLE_ASSIGN_OR_RETURN(std::string text, ReadFileToString(path));
  return ParseDictText(text, path);
}

}  // namespace chronicle
