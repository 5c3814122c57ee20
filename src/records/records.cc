#include "chronicle/records.h"

#include <cstdio>
#include <fstream>

#include <nlohmann/json.hpp>

#include "base/utf8.h"
#include "dict/formats/format_lines.h"
#include "records/conllu.h"
#include "records/reader_internal.h"
#include "records/treebank.h"

namespace chronicle {

StatusOr<RecordFormat> ParseRecordFormat(std::string_view name) {
  if (name == "jsonl") return RecordFormat::kJsonl;
  if (name == "tabari") return RecordFormat::kTabari;
  if (name == "petrarch-xml") return RecordFormat::kPetrarchXml;
  if (name == "conllu") return RecordFormat::kConllu;
  return InvalidArgumentError("unknown record format '" + std::string(name) +
                              "' (jsonl, tabari, petrarch-xml, conllu)");
}

std::string_view RecordFormatName(RecordFormat format) {
  switch (format) {
    case RecordFormat::kJsonl: return "jsonl";
    case RecordFormat::kTabari: return "tabari";
    case RecordFormat::kPetrarchXml: return "petrarch-xml";
    case RecordFormat::kConllu: return "conllu";
  }
  return "?";
}

std::string FormatRecordDate(int yyyymmdd) {
  if (yyyymmdd <= 0) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", yyyymmdd / 10000, yyyymmdd / 100 % 100,
                yyyymmdd % 100);
  return buf;
}

namespace {

// Whether the first non-blank byte of the file is '<'.
bool StartsWithMarkup(const std::string& path) {
  std::ifstream in(records_internal::OpenPath(path), std::ios::binary);
  char c;
  while (in.get(c)) {
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return c == '<';
  }
  return false;
}

}  // namespace

StatusOr<std::unique_ptr<RecordReader>> RecordReader::Open(const std::string& path,
                                                           RecordFormat format) {
  using namespace records_internal;
  std::unique_ptr<RecordReader> reader;
  switch (format) {
    case RecordFormat::kJsonl: reader = NewJsonlReader(path); break;
    case RecordFormat::kTabari: reader = NewTabariReader(path); break;
    case RecordFormat::kConllu:
      // UD-PETRARCH ships its CoNLL-U parses inside validation XML.
      reader = path != "-" && StartsWithMarkup(path) ? NewPetrarchXmlReader(path)
                                                     : NewConlluReader(path);
      break;
    case RecordFormat::kPetrarchXml: reader = NewPetrarchXmlReader(path); break;
  }
  if (reader == nullptr) return IoError(path + ": cannot open");
  return reader;
}

namespace records_internal {

std::string IdNumbering::Unique(std::string id) {
  const int n = ++seen_[id];
  if (n > 1) id += "#" + std::to_string(n);
  return id;
}

std::string ToUtf8(std::string_view s) {
  if (IsValidUtf8(s)) return std::string(s);
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (const unsigned char c : s) AppendUtf8(c, &out);
  return out;
}

std::string CollapseSpace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (const char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

bool ParseRecordDate(std::string_view s, int* yyyymmdd) {
  if (s.size() == 10 && s[4] == '-' && s[7] == '-') {
    std::string compact;
    compact.append(s.substr(0, 4)).append(s.substr(5, 2)).append(s.substr(8, 2));
    return ParseFieldDate(compact, yyyymmdd);
  }
  return ParseFieldDate(s, yyyymmdd);
}

void CheckParse(const std::string& path, int parse_line, CodingRecord* r,
                std::vector<std::string>* problems) {
  if (r->parse_format == ParseFormat::kNone) return;
  ParseProblem problem;
  bool ok;
  if (r->parse_format == ParseFormat::kTreebank) {
    ParseTree tree;
    ok = ParseTreebank(r->parse, &tree, &problem);
  } else {
    DependencyParse dep;
    ok = ParseConllu(r->parse, &dep, &problem);
  }
  if (ok) return;
  problems->push_back(FormatProblem(
      path, parse_line > 0 ? parse_line + problem.line - 1 : r->line,
      "record " + r->id + ": parse dropped (" + problem.reason + ")"));
  r->parse.clear();
  r->parse_format = ParseFormat::kNone;
}

namespace {

// One JSON object per line. Blank lines are skipped silently.
class JsonlReader : public RecordReader {
 public:
  explicit JsonlReader(const std::string& path) : path_(path), file_(path) {}
  bool is_open() const { return file_.is_open(); }

  bool Next(CodingRecord* r, std::vector<std::string>* problems) override {
    std::string line;
    while (file_.Next(&line)) {
      if (line.find_first_not_of(" \t") == std::string::npos) continue;
      std::string reason;
      if (Read(line, r, &reason)) {
        CheckParse(path_, 0, r, problems);
        return true;
      }
      problems->push_back(FormatProblem(path_, file_.line(), reason));
    }
    return false;
  }

 private:
  bool Read(const std::string& line, CodingRecord* r, std::string* reason) {
    nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object()) {
      *reason = "not a JSON object";
      return false;
    }
    const auto text = j.find("text");
    if (text == j.end() || !text->is_string()) {
      *reason = "no \"text\" string";
      return false;
    }
    *r = CodingRecord();
    r->line = file_.line();
    r->text = CollapseSpace(ToUtf8(text->get_ref<const std::string&>()));
    std::string id = path_ + ":" + std::to_string(file_.line());
    if (const auto it = j.find("record_id"); it != j.end() && !it->is_null()) {
      id = it->is_string() ? it->get<std::string>() : it->dump();
      if (id.empty()) id = path_ + ":" + std::to_string(file_.line());
    }
    r->id = ids_.Unique(ToUtf8(id));
    if (const auto it = j.find("date"); it != j.end() && !it->is_null()) {
      const std::string d = it->is_string() ? it->get<std::string>() : it->dump();
      r->raw_date = ToUtf8(d);
      if (!d.empty() && !ParseRecordDate(d, &r->date)) {
        *reason = "record " + r->id + ": date '" + d + "' is not YYYYMMDD, YYMMDD or YYYY-MM-DD";
        return false;
      }
    }
    if (const auto it = j.find("category"); it != j.end() && it->is_string()) {
      r->category = it->get<std::string>();
    }
    if (const auto it = j.find("parse"); it != j.end() && it->is_string() &&
                                         !it->get_ref<const std::string&>().empty()) {
      r->parse = it->get<std::string>();
      const auto fmt = j.find("parse_format");
      const std::string f = fmt != j.end() && fmt->is_string() ? fmt->get<std::string>() : "";
      if (f == "ptb" || f == "treebank") {
        r->parse_format = ParseFormat::kTreebank;
      } else if (f == "conllu") {
        r->parse_format = ParseFormat::kConllu;
      } else if (f.empty()) {
        r->parse_format = r->parse.find_first_not_of(" \t\r\n") != std::string::npos &&
                                  r->parse[r->parse.find_first_not_of(" \t\r\n")] == '('
                              ? ParseFormat::kTreebank
                              : ParseFormat::kConllu;
      } else {
        *reason = "record " + r->id + ": parse_format '" + f + "' (ptb or conllu)";
        return false;
      }
    }
    return true;
  }

  std::string path_;
  LineFile file_;
  IdNumbering ids_;
};

}  // namespace

std::unique_ptr<RecordReader> NewJsonlReader(const std::string& path) {
  auto reader = std::make_unique<JsonlReader>(path);
  if (!reader->is_open()) return nullptr;
  return reader;
}

}  // namespace records_internal
}  // namespace chronicle
