// The pipeline: the only file that knows every stage. Each document flows
//
//   RawDocument.raw --repair--> .utf8 --extract--> Article.text
//     --normalise--> clean text --split--> sentences --tokenise--> tokens
//     --code--> events
//
// and every arrow keeps an OffsetMap, so a span in the clean text is cited
// in the raw bytes by mapping it back through the three maps in turn.
#include "chronicle/pipeline.h"

#include "base/hash.h"
#include "code/coder.h"
#include "dict/dictionaries.h"
#include "extract/extractor.h"
#include "ingest/reader.h"
#include "text/normalizer.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace chronicle {

const char* Version() { return CHRONICLE_VERSION; }

struct Pipeline::Impl {
  PipelineOptions options;
  std::shared_ptr<const Dictionaries> dicts;
  DictionaryInfo info;
  std::unique_ptr<SentenceSplitter> splitter;
  std::unique_ptr<Coder> coder;
  std::vector<Token> tokens;             // scratch
  std::vector<CodedEvent> coded;         // scratch

  IngestOptions ingest_options() const {
    IngestOptions o;
    o.max_document_bytes = options.max_document_bytes;
    o.format = options.format;
    return o;
  }

  // Fills result->clean_text, sentences and events from `article_text`.
  // `to_raw` maps an article-text span to the raw input.
  // With `explain`, also one SentenceExplanation per sentence.
  template <typename ToRaw>
  void TextAndCode(const std::string& article_text, const std::string& date,
                   const ToRaw& to_raw, DocumentResult* result,
                   std::vector<SentenceExplanation>* explain = nullptr);

  // The explanation of the sentence just coded (tokens, coder trace).
  SentenceExplanation Explanation(const std::string& text, const std::string& sentence) const;
};

namespace {

int DateNumber(const std::string& date) {
  const int d = ParseDate(date);
  return d > 0 ? d : 0;
}

std::string EventId(const std::string& doc_id, int sentence, const Event& e) {
  Hasher h;
  h.Add(doc_id).Add(std::to_string(sentence)).Add(e.cameo);
  for (const ActorRef* a : {&e.source, &e.target, &e.verb}) {
    h.Add(a->code).Add(std::to_string(a->span.begin)).Add(std::to_string(a->span.end));
  }
  return h.HexDigest(16);
}

}  // namespace

template <typename ToRaw>
void Pipeline::Impl::TextAndCode(const std::string& article_text, const std::string& date,
                                 const ToRaw& to_raw, DocumentResult* result,
                                 std::vector<SentenceExplanation>* explain) {
  coder->set_trace(explain != nullptr);
  coder->BeginDocument();
  Normalized norm = NormalizeText(article_text);
  const auto cite = [&](Span s) { return to_raw(norm.to_input.ToSource(s)); };
  const int date_number = DateNumber(date);
  const std::vector<Span> sentences = splitter->Split(norm.text);
  for (size_t si = 0; si < sentences.size(); ++si) {
    const Span s = sentences[si];
    const int index = static_cast<int>(si);
    result->sentences.push_back({index, norm.text.substr(s.begin, s.size()), cite(s)});
    tokens.clear();
    Tokenize(std::string_view(norm.text).substr(s.begin, s.size()), s.begin, &tokens);
    coded.clear();
    coder->CodeSentence(norm.text, tokens, date_number, &coded);
    for (const CodedEvent& c : coded) {
      Event e;
      e.doc_id = result->raw.id;
      e.sentence_index = index;
      e.sentence = result->sentences.back().text;
      e.sentence_span = result->sentences.back().span;
      e.date = date;
      const auto actor = [&](const CodedActor& a) {
        ActorRef r;
        r.code = a.code;
        if (a.code.empty()) return r;
        r.plover = a.plover;
        r.text = norm.text.substr(a.span.begin, a.span.size());
        r.span = cite(a.span);
        return r;
      };
      e.source = actor(c.source);
      e.target = actor(c.target);
      e.verb.text = norm.text.substr(c.verb.begin, c.verb.size());
      e.verb.span = cite(c.verb);
      // A frame and its act ("threatened to shell") have a code no one
      // pattern names; c.cameo is null only for a code missing from the table.
      e.cameo = c.cameo != nullptr ? c.cameo->code : c.pattern->cameo;
      e.root = e.cameo.substr(0, 2);
      if (c.cameo != nullptr) {
        e.quad_class = c.cameo->quad_class;
        e.goldstein = c.cameo->goldstein;
        e.plover = options.plover_version == 2016 ? c.cameo->plover_2016 : c.cameo->plover;
        e.plover_mode = c.cameo->plover_mode;
        e.plover_context = c.cameo->plover_context;
      }
      e.pattern = c.pattern->where + ": " + c.pattern->text;
      e.version = CHRONICLE_VERSION;
      e.dict_hash = dicts->hash();
      e.id = EventId(e.doc_id, index, e);
      result->events.push_back(std::move(e));
    }
    if (explain != nullptr) {
      explain->push_back(Explanation(norm.text, result->sentences.back().text));
      const size_t first = result->events.size() - coded.size();
      explain->back().events.assign(result->events.begin() + first, result->events.end());
    }
  }
  coder->set_trace(false);
  result->clean_text = std::move(norm.text);
}

SentenceExplanation Pipeline::Impl::Explanation(const std::string& text,
                                                const std::string& sentence) const {
  SentenceExplanation x;
  x.sentence = sentence;
  for (const Token& t : tokens) {
    x.tokens.push_back(t.norm);
    x.words.push_back(text.substr(t.span.begin, t.span.size()));
  }
  const auto words = [&](int begin, int end) {
    return text.substr(tokens[begin].span.begin, tokens[end - 1].span.end - tokens[begin].span.begin);
  };
  for (const Mention& m : coder->mentions()) {
    SentenceExplanation::Actor a;
    a.begin = m.begin;
    a.end = m.end;
    a.text = m.implied ? "" : words(m.begin, m.end);
    a.code = m.code;
    if (m.implied) {
      a.how = std::string("implied: ") + m.why;
    } else if (m.actor >= 0) {
      const ActorInfo& info = dicts->actors()[m.actor];
      a.how = "actor " + info.name + " (" + info.where + ")";
    } else {
      const std::string country = m.country >= 0 ? dicts->countries()[m.country].code : "";
      const std::string community =
          m.community >= 0 ? " + community " + dicts->agents()[m.community].community : "";
      if (m.agent >= 0 && m.contextual) {
        a.how = "agent " + dicts->agents()[m.agent].code + community + ", country " + country +
                " from the sentence";
      } else if (m.agent >= 0) {
        a.how = "country " + country + " + agent " + dicts->agents()[m.agent].code + community;
      } else if (m.place) {
        a.how = "a place in " + country;
      } else if (m.code.size() > country.size()) {
        a.how = "capital of " + country + " (its government)";
      } else {
        a.how = "country " + country;
      }
    }
    x.actors.push_back(std::move(a));
  }
  for (const PatternTrace& t : coder->trace()) {
    const VerbPattern& p = dicts->patterns()[t.pattern];
    SentenceExplanation::Pattern e;
    e.first = t.first;
    e.end = t.end;
    e.pattern = p.where + ": " + p.text;
    e.code = p.cameo;
    e.outcome = t.adjectival      ? "a participle or a noun (after an article): no act"
                : !t.selected     ? "overlapped by a more specific pattern"
                : t.negated       ? "negated: no event"
                : t.framed        ? "the act of the frame before it: coded there"
                : t.charge        ? "the charge of the arrest before it: coded there"
                : t.circumstance  ? "background (a setting, condition, purpose or relative "
                                    "clause): no event"
                                  : "coded";
    e.source_rule = t.source_rule;
    e.target_rule = t.target_rule;
    x.patterns.push_back(std::move(e));
  }
  return x;
}

Pipeline::Pipeline(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Pipeline::~Pipeline() = default;

StatusOr<std::unique_ptr<Pipeline>> Pipeline::Create(const PipelineOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  if (options.plover_version != 2021 && options.plover_version != 2016) {
    return InvalidArgumentError("PLOVER version " + std::to_string(options.plover_version) +
                                ": expected 2021 or 2016");
  }
  if (options.petrarch_dir.empty()) {
    CHRONICLE_ASSIGN_OR_RETURN(impl->dicts,
                               Dictionaries::Load(options.dictionary_dir, &impl->info.problems));
  } else {
    CHRONICLE_ASSIGN_OR_RETURN(PetrarchDictionaryPaths paths,
                               FindPetrarchDictionaries(options.petrarch_dir));
    paths.cameo_table = options.dictionary_dir + "/cameo/codes.tsv";
    if (options.merge_petrarch) {
      CHRONICLE_ASSIGN_OR_RETURN(
          impl->dicts,
          Dictionaries::LoadMerged(options.dictionary_dir, paths, &impl->info.problems));
    } else {
      CHRONICLE_ASSIGN_OR_RETURN(impl->dicts,
                                 Dictionaries::LoadPetrarch(paths, &impl->info.problems));
    }
  }
  CHRONICLE_ASSIGN_OR_RETURN(impl->splitter, SentenceSplitter::Create());
  impl->coder = std::make_unique<Coder>(impl->dicts);
  DictionaryInfo& info = impl->info;
  info.hash = impl->dicts->hash();
  info.countries = static_cast<int>(impl->dicts->countries().size());
  info.actors = static_cast<int>(impl->dicts->actors().size());
  info.agents = static_cast<int>(impl->dicts->agents().size());
  info.patterns = static_cast<int>(impl->dicts->patterns().size());
  info.phrases = impl->dicts->phrase_count();
  return std::unique_ptr<Pipeline>(new Pipeline(std::move(impl)));
}

void Pipeline::ReadInputs(
    const std::vector<std::string>& paths,
    const std::function<void(const std::string&, StatusOr<RawDocument>)>& fn) const {
  const IngestOptions options = impl_->ingest_options();
  for (const InputRef& in : ListInputs(paths)) fn(in.path, ReadInput(in, options));
}

StatusOr<RawDocument> Pipeline::MakeDocument(std::string name, std::string bytes) const {
  return chronicle::MakeDocument(std::move(name), std::move(bytes),
                                 impl_->ingest_options());
}

StatusOr<Article> Pipeline::Extract(const RawDocument& doc, bool allow_no_text) const {
  ExtractOptions options;
  options.allow_no_text = allow_no_text;
  auto article = ExtractArticle(doc, options);
  if (!article.ok()) return article.status().WithPrefix(doc.path);
  return article;
}

StatusOr<DocumentResult> Pipeline::Process(RawDocument doc,
                                           std::vector<SentenceExplanation>* explain) {
  if (explain != nullptr) explain->clear();
  CHRONICLE_ASSIGN_OR_RETURN(Article article, Extract(doc));
  DocumentResult result;
  result.raw = std::move(doc);
  result.article = std::move(article);
  const RawDocument& raw = result.raw;
  const Article& a = result.article;
  impl_->TextAndCode(a.text, a.date,
                     [&](Span s) { return raw.utf8_to_raw.ToSource(a.text_to_input.ToSource(s)); },
                     &result, explain);
  return result;
}

DocumentResult Pipeline::CodeText(const std::string& record_id, const std::string& text,
                                  const std::string& date) {
  DocumentResult result;
  result.raw.id = record_id;
  result.raw.path = record_id;
  result.raw.format = InputFormat::kText;
  // Repair invalid UTF-8 so later stages may assume it.
  auto doc = chronicle::MakeDocument(record_id, text, IngestOptions());
  if (doc.ok()) {
    result.raw = std::move(doc).value();
    result.raw.id = record_id;
  }
  result.article.text = result.raw.utf8;
  result.article.text_to_input = OffsetMap::Identity(static_cast<uint32_t>(result.raw.utf8.size()));
  result.article.date = date;
  const RawDocument& raw = result.raw;
  impl_->TextAndCode(result.article.text, date,
                     [&](Span s) { return raw.utf8_to_raw.ToSource(s); }, &result);
  return result;
}

std::vector<SentenceExplanation> Pipeline::Explain(const std::string& text,
                                                   const std::string& date) {
  std::vector<SentenceExplanation> out;
  DocumentResult result;
  auto doc = chronicle::MakeDocument("explain", text, IngestOptions());
  const std::string utf8 = doc.ok() ? doc->utf8 : std::string();
  impl_->TextAndCode(utf8, date, [](Span s) { return s; }, &result, &out);
  return out;
}

const DictionaryInfo& Pipeline::dictionary_info() const { return impl_->info; }

}  // namespace chronicle
