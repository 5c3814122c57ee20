// records/reader_internal.h: pieces the record readers share. Not part of
// the records API.
#pragma once

#include <fstream>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "chronicle/records.h"

namespace chronicle::records_internal {

// The file to open for `path`: "-" is standard input.
inline std::string OpenPath(const std::string& path) {
  return path == "-" ? "/dev/stdin" : path;
}

// Reads a file line by line without the line breaks ("\n" or "\r\n").
class LineFile {
 public:
  explicit LineFile(const std::string& path) : in_(OpenPath(path), std::ios::binary) {}
  bool is_open() const { return in_.is_open(); }
  // False at the end of the file.
  bool Next(std::string* line) {
    if (!std::getline(in_, *line)) return false;
    if (!line->empty() && line->back() == '\r') line->pop_back();
    ++line_;
    return true;
  }
  int line() const { return line_; }

 private:
  std::ifstream in_;
  int line_ = 0;
};

// Record ids unique within a file: the second "X" becomes "X#2".
class IdNumbering {
 public:
  std::string Unique(std::string id);

 private:
  std::unordered_map<std::string, int> seen_;
};

// `s` as UTF-8: unchanged when valid, else read as Latin-1.
std::string ToUtf8(std::string_view s);

// White-space runs to one space, trimmed.
std::string CollapseSpace(std::string_view s);

// "YYYYMMDD", "YYMMDD" or "YYYY-MM-DD" to yyyymmdd; false if malformed.
bool ParseRecordDate(std::string_view s, int* yyyymmdd);

// Checks r->parse against r->parse_format. A malformed parse is dropped
// (the record keeps its text, which can be coded alone) and reported,
// with its line counted from `parse_line` (the file line of the parse's
// first line).
void CheckParse(const std::string& path, int parse_line, CodingRecord* r,
                std::vector<std::string>* problems);

std::unique_ptr<RecordReader> NewJsonlReader(const std::string& path);
std::unique_ptr<RecordReader> NewTabariReader(const std::string& path);
std::unique_ptr<RecordReader> NewConlluReader(const std::string& path);
// Null if the file cannot be opened.
std::unique_ptr<RecordReader> NewPetrarchXmlReader(const std::string& path);

}  // namespace chronicle::records_internal
