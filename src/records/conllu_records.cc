// CoNLL-U files: one sentence per block of lines, blocks separated by
// blank lines. Comments name the record:
//
//   # sent_id = DEMO-01
//   # date = 19950101
//   # text = Arnor is about to restore full diplomatic ties with Gondor.
//   1	Arnor	Arnor	PROPN	NNP	Number=Sing	3	nsubj	_	_
//   ...
//
// Without "# text" the text is spelled from the word forms; without
// "# sent_id" the id is "path:line".

#include <string>
#include <vector>

#include "dict/formats/format_lines.h"
#include "records/conllu.h"
#include "records/reader_internal.h"

namespace chronicle::records_internal {
namespace {

// "# key = value" -> key, value; false for other comments.
bool CommentField(std::string_view line, std::string_view* key, std::string_view* value) {
  line.remove_prefix(1);  // '#'
  const size_t eq = line.find('=');
  if (eq == std::string_view::npos) return false;
  *key = TrimSpace(line.substr(0, eq));
  *value = TrimSpace(line.substr(eq + 1));
  return true;
}

class ConlluReader : public RecordReader {
 public:
  explicit ConlluReader(const std::string& path) : path_(path), file_(path) {}
  bool is_open() const { return file_.is_open(); }

  bool Next(CodingRecord* r, std::vector<std::string>* problems) override {
    std::string line;
    for (;;) {
      const bool more = file_.Next(&line);
      const bool blank = !more || line.find_first_not_of(" \t") == std::string::npos;
      if (!blank) {
        if (lines_.empty()) first_line_ = file_.line();
        lines_.push_back(ToUtf8(line));
        continue;
      }
      if (!lines_.empty() && Finish(r, problems)) return true;
      if (!more) return false;
    }
  }

 private:
  // Builds a record from the block in lines_; false if it has neither
  // words nor text (reported).
  bool Finish(CodingRecord* r, std::vector<std::string>* problems) {
    *r = CodingRecord();
    r->line = first_line_;
    std::string id, text, date;
    std::string parse;
    int parse_line = 0;
    for (size_t i = 0; i < lines_.size(); ++i) {
      const std::string& l = lines_[i];
      if (l.front() == '#') {
        std::string_view key, value;
        if (!CommentField(l, &key, &value)) continue;
        if (key == "sent_id" || key == "id") id = std::string(value);
        if (key == "text") text = std::string(value);
        if (key == "date") date = std::string(value);
        continue;
      }
      if (parse_line == 0) parse_line = first_line_ + static_cast<int>(i);
      parse.append(l).push_back('\n');
    }
    lines_.clear();
    r->id = ids_.Unique(id.empty() ? path_ + ":" + std::to_string(r->line) : id);
    r->raw_date = date;
    if (!date.empty() && !ParseRecordDate(date, &r->date)) {
      problems->push_back(FormatProblem(path_, r->line,
                                        "record " + r->id + ": date '" + date +
                                            "' is not YYYYMMDD, YYMMDD or YYYY-MM-DD; "
                                            "coded undated"));
    }
    if (!parse.empty()) {
      r->parse = std::move(parse);
      r->parse_format = ParseFormat::kConllu;
      CheckParse(path_, parse_line, r, problems);
    }
    if (text.empty() && r->parse_format == ParseFormat::kConllu) {
      DependencyParse p;
      ParseProblem ignored;
      if (ParseConllu(r->parse, &p, &ignored)) text = ConlluText(p);
    }
    r->text = CollapseSpace(text);
    if (r->text.empty()) {
      problems->push_back(
          FormatProblem(path_, r->line, "record " + r->id + ": no text and no readable words"));
      return false;
    }
    return true;
  }

  std::string path_;
  LineFile file_;
  IdNumbering ids_;
  std::vector<std::string> lines_;
  int first_line_ = 0;
};

}  // namespace

std::unique_ptr<RecordReader> NewConlluReader(const std::string& path) {
  auto reader = std::make_unique<ConlluReader>(path);
  if (!reader->is_open()) return nullptr;
  return reader;
}

}  // namespace chronicle::records_internal
