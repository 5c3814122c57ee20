// TABARI text records (the layout of Validate.text):
//
//   950101  DEMO-01               <- header: date (YYMMDD, or YYYYMMDD under
//   Arnor is about to restore        "SET: YYYY"), record id; after a blank
//   full diplomatic ties ...         line or a '#' banner line
//   /* comment: [notes] and         <- the text ends at "/*"; the comment
//   { ARN / GON / 064 } */            holds the expectations and OPTIONs
//
// A '#' line between records is a banner and ends the record before it.
// FBIS-style headers repeat the date before the id ("950101 950101 ID").

#include <string>
#include <string_view>
#include <vector>

#include "dict/formats/format_lines.h"
#include "records/reader_internal.h"

namespace chronicle::records_internal {
namespace {

bool IsDigits(std::string_view s) {
  if (s.empty()) return false;
  for (const char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// A header line: 6-9 digits, then the id and at most two more fields.
bool ParseHeader(std::string_view line, std::string_view* date, std::string_view* id) {
  const std::vector<std::string_view> f = SplitSpace(line);
  if (f.size() < 2 || f.size() > 4 || f[0].size() < 6 || f[0].size() > 9 || !IsDigits(f[0])) {
    return false;
  }
  if (line.front() == ' ' || line.front() == '\t') return false;
  *date = f[0];
  *id = IsDigits(f[1]) && f.size() > 2 ? f[2] : f[1];
  return true;
}

// The "OPTION:" blocks of a record's comment, without the label.
std::vector<std::string> Options(std::string_view comment) {
  std::vector<std::string> out;
  size_t pos = 0;
  while ((pos = comment.find('{', pos)) != std::string_view::npos) {
    const size_t close = comment.find_first_of("{}", pos + 1);
    // "{ OPTION: SET: MINIMUM WORDS = 4  */" (no '}') runs to the end.
    const size_t end = close == std::string_view::npos ? comment.size() : close;
    std::string_view inside = TrimSpace(comment.substr(pos + 1, end - pos - 1));
    if (inside.substr(0, 7) == "OPTION:") {
      inside = TrimSpace(inside.substr(7));
      if (const size_t stop = inside.find("*/"); stop != std::string_view::npos) {
        inside = TrimSpace(inside.substr(0, stop));
      }
      out.push_back(CollapseSpace(inside));
    }
    pos = end;
  }
  return out;
}

class TabariReader : public RecordReader {
 public:
  explicit TabariReader(const std::string& path) : path_(path), file_(path) {}
  bool is_open() const { return file_.is_open(); }

  bool Next(CodingRecord* r, std::vector<std::string>* problems) override {
    std::string line;
    while (!done_) {
      if (!file_.Next(&line)) {
        done_ = true;
        if (open_) return Finish(r, problems);
        return false;
      }
      const bool banner = !line.empty() && line.front() == '#';
      std::string_view date, id;
      const bool header = prev_blank_ && !banner && ParseHeader(line, &date, &id);
      prev_blank_ = banner || line.find_first_not_of(" \t") == std::string::npos;
      if (header) {
        const bool emit = open_;
        if (emit) Finish(r, problems);
        Start(date, id);
        if (emit) return true;
        continue;
      }
      if (banner) {
        // A banner right under a header (before any text) is part of it.
        if (open_ && !body_.empty()) {
          open_ = false;
          return Finish(r, problems);
        }
        continue;
      }
      if (open_) body_.push_back(ToUtf8(line));
    }
    return false;
  }

 private:
  void Start(std::string_view date, std::string_view id) {
    open_ = true;
    date_ = std::string(date);
    id_ = ToUtf8(id);
    line_ = file_.line();
    body_.clear();
  }

  // TABARI reads a header date as a fixed-width field: the first six
  // digits (YYMMDD), or eight in YYYY mode. A header with one digit more
  // ("9501201", "186010029": typos the validation file keeps) is read the
  // same way, as TABARI reads it, rather than dropped.
  static bool ParseTabariDate(const std::string& date, int* yyyymmdd) {
    if (ParseRecordDate(date, yyyymmdd)) return true;
    const bool digits = date.find_first_not_of("0123456789") == std::string::npos;
    if (!digits || (date.size() != 7 && date.size() != 9)) return false;
    return ParseRecordDate(std::string_view(date).substr(0, date.size() - 1), yyyymmdd);
  }

  // Fills *r from the record being read; always true (a bad date is
  // reported and the record kept, undated).
  bool Finish(CodingRecord* r, std::vector<std::string>* problems) {
    open_ = false;
    *r = CodingRecord();
    r->id = ids_.Unique(id_);
    r->line = line_;
    r->raw_date = date_;
    if (!ParseTabariDate(date_, &r->date)) {
      problems->push_back(FormatProblem(path_, line_,
                                        "record " + r->id + ": date '" + date_ +
                                            "' is not YYMMDD or YYYYMMDD; coded undated"));
    }
    std::string body;
    for (const std::string& l : body_) body.append(l).push_back('\n');
    std::string_view b = body;
    const size_t open = b.find("/*");
    std::string text(b.substr(0, open));
    if (open != std::string_view::npos) {
      const std::string_view comment = b.substr(open + 2);
      r->options = Options(comment);
      // Text after the comment still belongs to the record, unless it
      // holds more expectation blocks (a stray "*/" inside the comment).
      const size_t close = b.rfind("*/");
      if (close != std::string_view::npos && close > open &&
          b.find('{', close) == std::string_view::npos) {
        text.push_back(' ');
        text.append(b.substr(close + 2));
      }
    }
    r->text = CollapseSpace(text);
    return true;
  }

  std::string path_;
  LineFile file_;
  IdNumbering ids_;
  bool done_ = false;
  bool prev_blank_ = true;  // the file's start counts as a blank line
  bool open_ = false;
  std::string date_, id_;
  int line_ = 0;
  std::vector<std::string> body_;
};

}  // namespace

std::unique_ptr<RecordReader> NewTabariReader(const std::string& path) {
  auto reader = std::make_unique<TabariReader>(path);
  if (!reader->is_open()) return nullptr;
  return reader;
}

}  // namespace chronicle::records_internal
