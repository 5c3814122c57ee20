// dict/dict_file.h: the block syntax shared by every dictionary file.
//
//   country: RUS            <- record header: "kind: value" in column 0
//     name: Russia; Russian Federation   <- indented fields
//
// See docs/dictionaries.md. Parsing never fails as a whole: each malformed
// line is reported as "path:line: reason" in DictFile::errors and skipped.
//
//   CHRONICLE_ASSIGN_OR_RETURN(DictFile f, ReadDictFile("data/actors/x.txt"));
//   for (const DictRecord& r : f.records) ...
//
// Thread safety: reentrant.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/lines.h"
#include "chronicle/status.h"

namespace chronicle {

struct DictField {
  std::string name;
  std::string value;
  int line = 0;
};

struct DictRecord {
  std::string kind;
  std::string value;
  int line = 0;
  std::vector<DictField> fields;
};

struct DictFile {
  std::string path;
  std::vector<DictRecord> records;
  std::vector<std::string> errors;  // "path:line: reason"
};

// Parses `text` (the contents of `path`).
DictFile ParseDictText(std::string_view text, const std::string& path);

// Reads and parses a file; IoError if it cannot be read.
StatusOr<DictFile> ReadDictFile(const std::string& path);

// Reads a whole file into a string; IoError naming the path on failure.
StatusOr<std::string> ReadFileToString(const std::string& path);

// Splits "a; b ;c" into {"a","b","c"}, dropping empty items.
std::vector<std::string> SplitList(std::string_view value, char sep = ';');

// `s` without leading and trailing spaces, tabs and CRs.
std::string_view Trim(std::string_view s);

// Strips a trailing comment (" # ...") and surrounding white space.
std::string_view StripComment(std::string_view line);

}  // namespace chronicle
