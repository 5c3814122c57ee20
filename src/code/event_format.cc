// JSON and CSV renderings of an Event (docs/event-schema.md). JSON goes
// through nlohmann::json with invalid UTF-8 replaced, so output is always
// valid JSON; CSV follows RFC 4180 quoting.
#include <nlohmann/json.hpp>

#include <cstdio>

#include "chronicle/event.h"

namespace chronicle {
namespace {

nlohmann::json SpanJson(Span s) { return nlohmann::json::array({s.begin, s.end}); }

// "source", "source_text", "source_span", "source_plover" (or
// "target_..."): null when the event has no such actor.
void AddActor(const char* name, const ActorRef& a, nlohmann::ordered_json* j) {
  const std::string n = name;
  if (a.code.empty()) {
    (*j)[n] = nullptr;
    (*j)[n + "_text"] = nullptr;
    (*j)[n + "_span"] = nullptr;
    (*j)[n + "_plover"] = nullptr;
    return;
  }
  (*j)[n] = a.code;
  (*j)[n + "_text"] = a.text;
  (*j)[n + "_span"] = SpanJson(a.span);
  (*j)[n + "_plover"] = a.plover;
}

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string Number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%g", v);
  return buf;
}

}  // namespace

std::string EventToJson(const Event& e) {
  nlohmann::ordered_json j;
  j["id"] = e.id;
  j["record_id"] = e.doc_id;
  j["sentence_index"] = e.sentence_index;
  j["sentence"] = e.sentence;
  j["sentence_span"] = SpanJson(e.sentence_span);
  j["date"] = e.date.empty() ? nlohmann::json(nullptr) : nlohmann::json(e.date);
  AddActor("source", e.source, &j);
  AddActor("target", e.target, &j);
  j["code"] = e.cameo;
  j["root"] = e.root;
  j["quad_class"] = e.quad_class;
  j["goldstein"] = e.goldstein;
  j["plover"] = e.plover;
  j["plover_mode"] = e.plover_mode;
  j["plover_context"] = e.plover_context;
  j["verb_text"] = e.verb.text;
  j["verb_span"] = SpanJson(e.verb.span);
  j["pattern"] = e.pattern;
  j["version"] = e.version;
  j["dict_hash"] = e.dict_hash;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string EventCsvHeader() {
  return "id,record_id,sentence_index,date,source,source_text,source_begin,"
         "source_end,target,target_text,target_begin,target_end,code,root,"
         "quad_class,goldstein,plover,verb_text,verb_begin,verb_end,pattern,"
         "version,dict_hash,sentence";
}

std::string EventToCsvRow(const Event& e) {
  const auto n = [](uint32_t v) { return std::to_string(v); };
  std::string row;
  bool first = true;
  const auto add = [&row, &first](const std::string& f) {
    if (!first) row += ',';
    first = false;
    row += CsvField(f);
  };
  add(e.id);
  add(e.doc_id);
  add(std::to_string(e.sentence_index));
  add(e.date);
  add(e.source.code);
  add(e.source.text);
  add(e.source.code.empty() ? "" : n(e.source.span.begin));
  add(e.source.code.empty() ? "" : n(e.source.span.end));
  add(e.target.code);
  add(e.target.text);
  add(e.target.code.empty() ? "" : n(e.target.span.begin));
  add(e.target.code.empty() ? "" : n(e.target.span.end));
  add(e.cameo);
  add(e.root);
  add(std::to_string(e.quad_class));
  add(Number(e.goldstein));
  add(e.plover);
  add(e.verb.text);
  add(n(e.verb.span.begin));
  add(n(e.verb.span.end));
  add(e.pattern);
  add(e.version);
  add(e.dict_hash);
  add(e.sentence);
  return row;
}

}  // namespace chronicle
