// PETRARCH-2 and UD-PETRARCH validation XML:
//
//   <Sentence id="DEMO-01" date="19950101" category="DEMO">
//   <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"/>
//   <Text> Arnor is about to restore ... </Text>
//   <Parse> (ROOT (S ... ))   or   1<TAB>Arnor<TAB>... (CoNLL-U) </Parse>
//   </Sentence>
//
// Read by a scanner of just these elements, not by an XML library: the
// UD suite file is not well-formed (118 errors: "--" inside comments,
// "<PLEvent {...}>" lines, self-closed <Sentence .../> followed by its
// Text), libxml2's streaming reader stops at its first error, and its
// recovering parser drops every entity reference after the first error
// ("full &amp;TIETYPE ties" became "full TIETYPE ties", and the "&amp;"
// word of that record's parse vanished, which broke the parse). See
// docs/dependencies.md. A record runs from its <Sentence> to the next
// one, so a Text or Parse after a self-closed Sentence still belongs to
// it. <Config option value> elements are passed on, in file order, with
// the next record. Comments, processing instructions and other elements
// are skipped;
// the five XML entities and numeric character references are decoded.

#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "base/utf8.h"
#include "dict/formats/format_lines.h"
#include "records/reader_internal.h"

namespace chronicle::records_internal {
namespace {

bool IsNameEnd(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/' || c == '>';
}

// Decodes &amp; &lt; &gt; &quot; &apos; and &#N; / &#xH;. Anything else
// after '&' is kept as written.
std::string DecodeXml(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out += s[i];
      continue;
    }
    const size_t semi = s.find(';', i + 1);
    if (semi == std::string_view::npos || semi - i > 10) {
      out += '&';
      continue;
    }
    const std::string_view name = s.substr(i + 1, semi - i - 1);
    char32_t cp = 0;
    if (name == "amp") {
      cp = '&';
    } else if (name == "lt") {
      cp = '<';
    } else if (name == "gt") {
      cp = '>';
    } else if (name == "quot") {
      cp = '"';
    } else if (name == "apos") {
      cp = '\'';
    } else if (name.size() > 1 && name[0] == '#') {
      const bool hex = name[1] == 'x' || name[1] == 'X';
      uint32_t v = 0;
      bool ok = name.size() > (hex ? 2u : 1u);
      for (size_t k = hex ? 2 : 1; ok && k < name.size(); ++k) {
        const char c = name[k];
        int d = -1;
        if (c >= '0' && c <= '9') d = c - '0';
        if (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f') d = (c | 0x20) - 'a' + 10;
        ok = d >= 0 && v < 0x110000;
        v = v * (hex ? 16 : 10) + static_cast<uint32_t>(d);
      }
      if (ok && v > 0 && v < 0x110000 && (v < 0xD800 || v > 0xDFFF)) cp = v;
    }
    if (cp == 0) {
      out += '&';
      continue;
    }
    AppendUtf8(cp, &out);
    i = semi;
  }
  return out;
}

// The value of attribute `name` in a start tag's attribute text; "" if
// absent.
std::string AttributeValue(std::string_view attrs, std::string_view name) {
  size_t pos = 0;
  while ((pos = attrs.find(name, pos)) != std::string_view::npos) {
    const bool starts = pos == 0 || IsNameEnd(attrs[pos - 1]);
    size_t k = pos + name.size();
    pos = k;
    if (!starts) continue;
    while (k < attrs.size() && (attrs[k] == ' ' || attrs[k] == '\t')) ++k;
    if (k >= attrs.size() || attrs[k] != '=') continue;
    ++k;
    while (k < attrs.size() && (attrs[k] == ' ' || attrs[k] == '\t')) ++k;
    if (k >= attrs.size() || (attrs[k] != '"' && attrs[k] != '\'')) continue;
    const size_t close = attrs.find(attrs[k], k + 1);
    if (close == std::string_view::npos) continue;
    return DecodeXml(attrs.substr(k + 1, close - k - 1));
  }
  return "";
}

class PetrarchXmlReader : public RecordReader {
 public:
  explicit PetrarchXmlReader(std::string path, std::string data)
      : path_(std::move(path)), data_(std::move(data)) {}

  bool Next(CodingRecord* r, std::vector<std::string>* problems) override {
    for (;;) {
      const size_t lt = data_.find('<', pos_);
      if (lt == std::string::npos) {
        Advance(data_.size());
        return open_ && Finish(r, problems);
      }
      Advance(lt);
      const std::string_view rest = std::string_view(data_).substr(lt);
      if (rest.substr(0, 4) == "<!--") {
        Skip("-->", "comment", problems);
      } else if (rest.substr(0, 2) == "<?") {
        Skip("?>", "processing instruction", problems);
      } else if (Tag(rest, "Sentence")) {
        const int line = line_;
        const std::string_view attrs = StartTag(problems);
        const bool emit = open_ && Finish(r, problems);
        Start(attrs, line);
        if (emit) return true;
      } else if (Tag(rest, "Config")) {
        const std::string_view attrs = StartTag(problems);
        settings_.emplace_back(ToUtf8(AttributeValue(attrs, "option")),
                               ToUtf8(AttributeValue(attrs, "value")));
      } else if (Tag(rest, "Text") && open_ && !have_text_) {
        have_text_ = Content("Text", &text_, nullptr, problems);
      } else if (Tag(rest, "Parse") && open_ && !have_parse_) {
        have_parse_ = Content("Parse", &parse_, &parse_line_, problems);
      } else {
        Advance(lt + 1);
      }
    }
  }

 private:
  static bool Tag(std::string_view rest, std::string_view name) {
    return rest.size() > name.size() + 1 && rest.substr(1, name.size()) == name &&
           IsNameEnd(rest[name.size() + 1]);
  }

  // Moves pos_ to `to`, counting lines.
  void Advance(size_t to) {
    for (size_t i = pos_; i < to; ++i) line_ += data_[i] == '\n';
    pos_ = to;
  }

  void Skip(std::string_view end, std::string_view what, std::vector<std::string>* problems) {
    const size_t close = data_.find(end, pos_ + 2);
    if (close == std::string::npos) {
      problems->push_back(FormatProblem(path_, line_, "unterminated " + std::string(what)));
      Advance(data_.size());
      return;
    }
    Advance(close + end.size());
  }

  // At a start tag: returns its attribute text and moves past its '>'.
  std::string_view StartTag(std::vector<std::string>* problems) {
    const size_t gt = data_.find('>', pos_);
    if (gt == std::string::npos) {
      problems->push_back(FormatProblem(path_, line_, "start tag without '>'"));
      Advance(data_.size());
      return {};
    }
    std::string_view tag = std::string_view(data_).substr(pos_ + 1, gt - pos_ - 1);
    Advance(gt + 1);
    if (!tag.empty() && tag.back() == '/') tag.remove_suffix(1);
    const size_t name_end = tag.find_first_of(" \t\r\n");
    return name_end == std::string_view::npos ? std::string_view() : tag.substr(name_end);
  }

  // At <name ...>: reads the decoded text up to </name>. False (and the
  // rest of the record's content is ignored) without a closing tag.
  bool Content(std::string_view name, std::string* out, int* first_line,
               std::vector<std::string>* problems) {
    const int line = line_;
    StartTag(problems);
    const std::string close = "</" + std::string(name) + ">";
    const size_t end = data_.find(close, pos_);
    const size_t next = data_.find("<Sentence", pos_);
    if (end == std::string::npos || (next != std::string::npos && next < end)) {
      problems->push_back(FormatProblem(path_, line, "<" + std::string(name) + "> without " +
                                                         close + "; ignored"));
      return true;
    }
    if (first_line != nullptr) *first_line = line_;
    *out = ToUtf8(DecodeXml(std::string_view(data_).substr(pos_, end - pos_)));
    Advance(end + close.size());
    return true;
  }

  void Start(std::string_view attrs, int line) {
    open_ = true;
    have_text_ = have_parse_ = false;
    text_.clear();
    parse_.clear();
    line_of_record_ = line;
    id_ = ToUtf8(AttributeValue(attrs, "id"));
    date_ = AttributeValue(attrs, "date");
    category_ = ToUtf8(AttributeValue(attrs, "category"));
    record_settings_ = std::move(settings_);
    settings_.clear();
    ++index_;
  }

  // Fills *r; false (reported) for a Sentence without text.
  bool Finish(CodingRecord* r, std::vector<std::string>* problems) {
    open_ = false;
    *r = CodingRecord();
    r->line = line_of_record_;
    r->id = ids_.Unique(id_.empty() ? "record-" + std::to_string(index_ - 1) : id_);
    if (id_.empty()) {
      problems->push_back(
          FormatProblem(path_, r->line, "<Sentence> without id; named " + r->id));
    }
    r->category = category_;
    r->settings = std::move(record_settings_);
    record_settings_.clear();
    r->raw_date = date_;
    r->text = CollapseSpace(text_);
    if (r->text.empty()) {
      // The settings still hold for the records after this one.
      settings_.insert(settings_.begin(), r->settings.begin(), r->settings.end());
      problems->push_back(FormatProblem(path_, r->line, "record " + r->id + ": no <Text>"));
      return false;
    }
    if (!date_.empty() && !ParseRecordDate(date_, &r->date)) {
      problems->push_back(FormatProblem(path_, r->line,
                                        "record " + r->id + ": date '" + date_ +
                                            "' is not YYYYMMDD or YYMMDD; coded undated"));
    }
    const size_t first = parse_.find_first_not_of(" \t\r\n");
    if (first != std::string::npos) {
      int line = parse_line_;  // of the parse's first non-blank line
      for (size_t i = 0; i < first; ++i) line += parse_[i] == '\n';
      const size_t last = parse_.find_last_not_of(" \t\r\n");
      r->parse = parse_.substr(first, last - first + 1);
      r->parse_format = r->parse.front() == '(' ? ParseFormat::kTreebank : ParseFormat::kConllu;
      CheckParse(path_, line, r, problems);
    }
    return true;
  }

  std::string path_;
  std::string data_;
  size_t pos_ = 0;
  int line_ = 1;
  IdNumbering ids_;
  bool open_ = false;
  bool have_text_ = false, have_parse_ = false;
  std::string id_, date_, category_, text_, parse_;
  // <Config> elements read since the last <Sentence>, and those of the
  // record being read.
  std::vector<std::pair<std::string, std::string>> settings_, record_settings_;
  int line_of_record_ = 0, parse_line_ = 0, index_ = 0;
};

}  // namespace

std::unique_ptr<RecordReader> NewPetrarchXmlReader(const std::string& path) {
  std::ifstream in(OpenPath(path), std::ios::binary);
  if (!in) return nullptr;
  std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return std::make_unique<PetrarchXmlReader>(path, std::move(data));
}

}  // namespace chronicle::records_internal
