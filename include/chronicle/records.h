// chronicle/records.h: the sentence records event coders are fed, read
// from the formats the field's suites and pipelines use.
//
//   jsonl         {"record_id","date","text"[,"parse","parse_format"]} per
//                 line (what ../shared/tools/events_score.py `gold` prints)
//   tabari        TABARI text records (Validate.text): "YYMMDD  ID" header,
//                 the text, a /* ... */ comment with the expectations and
//                 { OPTION: ... } blocks
//   petrarch-xml  PETRARCH-2 / UD-PETRARCH validation XML: <Sentence id date
//                 category> with <Text> and a Treebank or CoNLL-U <Parse>
//   conllu        CoNLL-U files: sentences separated by blank lines, with
//                 "# sent_id =", "# text =" and "# date =" comments
//
//   StatusOr<std::unique_ptr<RecordReader>> reader =
//       RecordReader::Open(path, RecordFormat::kTabari);
//   CodingRecord r;
//   std::vector<std::string> problems;
//   while ((*reader)->Next(&r, &problems)) Code(r);
//   for (const std::string& p : problems) Report(p);  // "path:line: reason"
//
// Readers stream (memory does not grow with the file) and never stop at a
// bad record: it is skipped with a problem naming the file, line and
// reason, and the next one is read. Text that is not valid UTF-8 is taken
// as Latin-1 (TABARI and PETRARCH files are 8-bit) and converted.
//
// Thread safety: a reader is used by one thread.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "chronicle/status.h"

namespace chronicle {

enum class RecordFormat { kJsonl, kTabari, kPetrarchXml, kConllu };

// "jsonl", "tabari", "petrarch-xml", "conllu".
StatusOr<RecordFormat> ParseRecordFormat(std::string_view name);
std::string_view RecordFormatName(RecordFormat format);

enum class ParseFormat { kNone, kTreebank, kConllu };

struct CodingRecord {
  std::string id;    // record id; repeats in one file become "ID#2", "ID#3"
  int date = 0;      // yyyymmdd; 0 if the record has none
  std::string text;  // the sentence(s), white space collapsed
  std::string parse;  // the given parse, verbatim (Treebank or CoNLL-U)
  ParseFormat parse_format = ParseFormat::kNone;
  std::string category;  // PETRARCH category attribute ("DEMO"), if any
  // TABARI { OPTION: ... } blocks of this record, in order, without the
  // "OPTION:" label ("SET: TIME SHIFT = FALSE"). An option record carries
  // settings, not a sentence to code.
  std::vector<std::string> options;
  // PETRARCH <Config option="..." value="..."> elements met since the
  // previous record, in file order: {option, value}. They change settings
  // for this record and every later one (the record is still coded).
  std::vector<std::pair<std::string, std::string>> settings;
  std::string raw_date;  // the date as written, also when it did not parse
  int line = 0;  // where the record starts in its file (1-based)
};

class RecordReader {
 public:
  // Fails only when the file cannot be opened. "-" is standard input
  // (not for conllu, which looks at the first byte to tell XML).
  static StatusOr<std::unique_ptr<RecordReader>> Open(const std::string& path,
                                                      RecordFormat format);

  virtual ~RecordReader() = default;

  // Reads the next record into *r. Returns false at the end of the file.
  // Records that cannot be read are skipped; each adds one "path:line:
  // reason" line to *problems.
  virtual bool Next(CodingRecord* r, std::vector<std::string>* problems) = 0;

 protected:
  RecordReader() = default;
};

// "YYYY-MM-DD" for a yyyymmdd date, "" for 0.
std::string FormatRecordDate(int yyyymmdd);

}  // namespace chronicle
