// Loading happens in one pass per file kind, in a fixed order (CAMEO table
// and irregular verbs first, since patterns are checked against them). The
// DictionaryBuilder owns the half-built Dictionaries and hands it out only
// when complete, so callers never see a partial object.
#include "dict/dictionaries.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <map>

#include "base/hash.h"
#include "dict/dict_file.h"
#include "dict/formats/petrarch_dict.h"
#include "dict/internal/dict_scan.h"
#include "dict/petrarch_import.h"
#include "dict/verb_forms.h"
#include "text/tokenizer.h"

namespace chronicle {

namespace {

const std::string kEmpty;
const std::vector<PhraseEntry> kNoEntries;
const std::vector<uint32_t> kNoPatterns;

bool StartsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(0, p.size()) == p;
}

}  // namespace

int ParseDate(std::string_view s) {
  if (s.empty()) return 0;
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return -1;
  int y = 0, m = 0, d = 0;
  if (std::from_chars(s.data(), s.data() + 4, y).ec != std::errc() ||
      std::from_chars(s.data() + 5, s.data() + 7, m).ec != std::errc() ||
      std::from_chars(s.data() + 8, s.data() + 10, d).ec != std::errc()) {
    return -1;
  }
  if (m < 1 || m > 12 || d < 1 || d > 31) return -1;
  return y * 10000 + m * 100 + d;
}

const std::string& ActorInfo::CodeOn(int date) const {
  if (date > 0) {
    for (const DatedRole& r : roles) {
      if (DateInRange(date, r.from, r.to)) return r.code;
    }
  }
  if (!default_code.empty()) return default_code;
  if (!code.empty()) return code;
  const DatedRole* latest = nullptr;
  for (const DatedRole& r : roles) {
    if (latest == nullptr || r.from >= latest->from) latest = &r;
  }
  return latest != nullptr ? latest->code : kEmpty;
}

const std::vector<PhraseEntry>& Dictionaries::NoEntries() { return kNoEntries; }

uint32_t Dictionaries::UpperId(std::string_view norm) const {
  if (norm.empty()) return Id("\x01");  // the key "\x01" + "" is a plain word
  return FindWord(upper_slots_, norm, kUpperSeed);
}

int Dictionaries::DeepChild(int node, uint32_t id) const {
  if (id == kNoToken || edge_slots_.empty()) return -1;
  const uint64_t key = (static_cast<uint64_t>(node) << 32) | id;
  for (uint64_t k = ((key * 0x9E3779B97F4A7C15ull) >> 20) & edge_mask_;;
       k = (k + 1) & edge_mask_) {
    const Edge& e = edge_slots_[k];
    if (e.key == key) return e.child;
    if (e.key == ~uint64_t{0}) return -1;
  }
}

void Dictionaries::Compile() {
  for (const AgentInfo& a : agents_) {
    for (size_t b = 0; b + 3 <= a.code.size(); b += 3) sectors_.push_back(a.code.substr(b, 3));
    if (!a.community.empty()) communities_.push_back(a.community);
  }
  for (auto* v : {&sectors_, &communities_}) {
    std::sort(v->begin(), v->end());
    v->erase(std::unique(v->begin(), v->end()), v->end());
  }
  const uint32_t n = static_cast<uint32_t>(vocab_.size());
  vocabulary_size_ = n;
  singular_of_.assign(n, kNoToken);
  for (const auto& [plural, singular] : plural_of_) singular_of_[plural] = singular;
  plural_of_.clear();
  plural_of_.shrink_to_fit();
  std::vector<const std::string*> by_id(n);
  for (const auto& [word, id] : vocab_) by_id[id] = &word;
  // Capitals-only words are stored as "\x01" + word (a plain word never
  // starts with \x01 unless it is the one-byte token "\x01").
  const auto is_upper = [](const std::string& w) { return w.size() > 1 && w[0] == '\x01'; };
  arena_.clear();
  word_at_.assign(n + 1, 0);
  for (uint32_t id = 0; id < n; ++id) {
    word_at_[id] = static_cast<uint32_t>(arena_.size());
    arena_ += is_upper(*by_id[id]) ? std::string_view(*by_id[id]).substr(1)
                                   : std::string_view(*by_id[id]);
  }
  word_at_[n] = static_cast<uint32_t>(arena_.size());
  size_t cap = 16;
  while (cap < 2 * static_cast<size_t>(n) + 2) cap *= 2;
  slot_mask_ = cap - 1;
  lower_slots_.assign(cap, kNoToken);
  upper_slots_.assign(cap, kNoToken);
  for (uint32_t id = 0; id < n; ++id) {
    const bool upper = is_upper(*by_id[id]);
    std::vector<uint32_t>& slots = upper ? upper_slots_ : lower_slots_;
    const std::string_view w(arena_.data() + word_at_[id], word_at_[id + 1] - word_at_[id]);
    uint64_t k = HashWord(w, upper ? kUpperSeed : kLowerSeed) & slot_mask_;
    while (slots[k] != kNoToken) k = (k + 1) & slot_mask_;
    slots[k] = id;
  }
  root_child_.assign(n, -1);
  size_t deep = 0;
  for (const auto& [key, child] : edges_) {
    if ((key >> 32) == 0) {
      root_child_[static_cast<uint32_t>(key)] = child;
    } else {
      ++deep;
    }
  }
  size_t ecap = 16;
  while (ecap < 2 * deep + 2) ecap *= 2;
  edge_mask_ = ecap - 1;
  edge_slots_.assign(ecap, Edge{});
  for (const auto& [key, child] : edges_) {
    if ((key >> 32) == 0) continue;
    uint64_t k = ((key * 0x9E3779B97F4A7C15ull) >> 20) & edge_mask_;
    while (edge_slots_[k].key != ~uint64_t{0}) k = (k + 1) & edge_mask_;
    edge_slots_[k] = {key, child};
  }
  pattern_cameo_.clear();
  for (VerbPattern& p : patterns_) {
    pattern_cameo_.push_back(Cameo(p.cameo));
    // Sorted, the coder can binary-search long synsets; the order of a
    // word's forms carries no meaning.
    for (PatternElement& el : p.elements) std::sort(el.ids.begin(), el.ids.end());
  }
  element_at_.assign(1, 0);
  elements_.clear();
  std::map<std::vector<uint32_t>, uint32_t> sets;  // distinct multi-id sets
  std::vector<std::pair<uint32_t, uint32_t>> holds;  // (token id, set)
  for (const VerbPattern& p : patterns_) {
    for (size_t e = 1; e < p.elements.size(); ++e) {
      const PatternElement& el = p.elements[e];
      CompiledElement c;
      c.kind = el.kind;
      if (el.kind == ElementKind::kWord) {
        c.ids = &el.ids;
        if (el.ids.size() == 1) {
          c.id = el.ids[0];
        } else {
          auto [it, inserted] = sets.emplace(el.ids, static_cast<uint32_t>(sets.size()));
          c.set = it->second;
          if (inserted) {
            for (uint32_t id : el.ids) holds.emplace_back(id, c.set);
          }
        }
      }
      elements_.push_back(c);
    }
    element_at_.push_back(static_cast<uint32_t>(elements_.size()));
  }
  elements_.emplace_back();  // ElementsBegin of an empty last pattern stays in range
  // The flat tables replace the maps (the arena keeps the words).
  decltype(vocab_)().swap(vocab_);
  decltype(edges_)().swap(edges_);
  set_count_ = static_cast<uint32_t>(sets.size());
  std::sort(holds.begin(), holds.end());
  holds.erase(std::unique(holds.begin(), holds.end()), holds.end());
  sets_of_at_.assign(n + 1, 0);
  sets_of_.clear();
  for (const auto& [id, set] : holds) ++sets_of_at_[id + 1];
  for (uint32_t id = 0; id < n; ++id) sets_of_at_[id + 1] += sets_of_at_[id];
  for (const auto& [id, set] : holds) sets_of_.push_back(set);  // sorted by id already
  sets_of_.push_back(0);  // SetsOfBegin stays in range
  for (AnchorIndex& a : anchors_) {
    a.literals.clear();
    for (size_t k = 0; k < a.keyed.size(); ++k) {
      if (k == 0 || a.keyed[k].first != a.keyed[k - 1].first) {
        a.literals.emplace_back(a.keyed[k].first, static_cast<uint32_t>(k));
      }
    }
  }
}

const CameoInfo* Dictionaries::Cameo(std::string_view code) const {
  auto it = cameo_.find(std::string(code));
  return it == cameo_.end() ? nullptr : &it->second;
}

std::string Dictionaries::PloverActor(std::string_view code, bool person) const {
  for (const auto& [prefix, plover] : plover_actors_) {
    if (code.substr(0, prefix.size()) == prefix) return plover;
  }
  std::string out(code.substr(0, 3));
  for (size_t b = 3; b + 3 <= code.size(); b += 3) {
    const std::string_view block = code.substr(b, 3);
    if (std::binary_search(communities_.begin(), communities_.end(), block)) {
      out += block;
    } else if (std::binary_search(sectors_.begin(), sectors_.end(), block)) {
      auto it = std::find_if(plover_sectors_.begin(), plover_sectors_.end(),
                             [&](const auto& r) { return r.first == block; });
      out += it == plover_sectors_.end() ? block : std::string_view(it->second);
    }
  }
  if (person && out == "IGO") out += "GOV";
  return out;
}

int Dictionaries::FrameOf(std::string_view code) {
  if (code == "030" || code == "03") return static_cast<int>(Frame::kIntent);
  if (code == "020" || code == "02") return static_cast<int>(Frame::kAppeal);
  if (code == "100" || code == "10") return static_cast<int>(Frame::kDemand);
  if (code == "120" || code == "12") return static_cast<int>(Frame::kReject);
  if (code == "130" || code == "13") return static_cast<int>(Frame::kThreaten);
  return -1;
}

const CameoInfo* Dictionaries::Framed(int frame, std::string_view act) const {
  if (frame < 0 || frame >= kFrameCount || frames_.empty()) return nullptr;
  for (size_t n = act.size(); n >= 2; --n) {
    auto it = frames_.find(std::string(act.substr(0, n)));
    if (it == frames_.end()) continue;
    const std::string& code = it->second[frame];
    return code.empty() ? nullptr : Cameo(code);
  }
  return nullptr;
}

class DictionaryBuilder {
 public:
  explicit DictionaryBuilder(std::vector<std::string>* problems)
      : d_(new Dictionaries()), problems_(problems) {
    d_->node_entries_.emplace_back();  // root
  }

  StatusOr<std::shared_ptr<const Dictionaries>> Build(
      std::vector<std::pair<std::string, std::string>> files) {
    CHRONICLE_RETURN_IF_ERROR(LoadOwn(std::move(files)));
    return Finish();
  }

  // chronicle's dictionaries and a PETRARCH import in one: ours first, so
  // where both know a phrase our entry codes it.
  StatusOr<std::shared_ptr<const Dictionaries>> BuildMerged(
      std::vector<std::pair<std::string, std::string>> files, const PetrarchImport& imp,
      const std::string& import_hash) {
    CHRONICLE_RETURN_IF_ERROR(LoadOwn(std::move(files)));
    d_->hash_ = Hasher().Add(d_->hash_).Add(import_hash).HexDigest();
    AddImported(imp);
    return Finish();
  }

 private:
  std::shared_ptr<const Dictionaries> Finish() {
    for (Dictionaries::AnchorIndex& a : d_->anchors_) std::sort(a.keyed.begin(), a.keyed.end());
    d_->Compile();
    return std::shared_ptr<const Dictionaries>(std::move(d_));
  }

  // Our dictionary files: tables, then actors and agents, then verbs.
  Status LoadOwn(std::vector<std::pair<std::string, std::string>> files) {
    std::sort(files.begin(), files.end());
    Hasher hasher;
    for (const auto& [path, text] : files) hasher.Add(path).Add(text);
    d_->hash_ = hasher.HexDigest();
    bool have_cameo = false;
    // Pass order: tables, then actors and agents, then verb patterns.
    for (const auto& [path, text] : files) {
      if (path == "cameo/codes.tsv") {
        LoadCameo(path, text);
        have_cameo = true;
      } else if (path == "verbs/irregular.txt") {
        LoadIrregular(path, text);
      }
    }
    if (!have_cameo) return NotFoundError("dictionaries: cameo/codes.tsv is missing");
    // The PLOVER and frame tables refer to codes.tsv's codes.
    for (const auto& [path, text] : files) {
      if (path == "cameo/plover.tsv") LoadPlover(path, text);
      if (path == "cameo/modality.tsv") LoadModality(path, text);
      if (path == "cameo/plover-actors.tsv") LoadPloverActors(path, text);
    }
    for (const auto& [path, text] : files) {
      if (StartsWith(path, "actors/") || StartsWith(path, "agents/")) {
        LoadRecords(ParseDictText(text, path));
      }
    }
    for (const auto& [path, text] : files) {
      if (StartsWith(path, "verbs/") && path != "verbs/irregular.txt") {
        LoadRecords(ParseDictText(text, path));
      }
    }
    return Status::Ok();
  }

  void Problem(const std::string& where, const std::string& what) {
    if (problems_ != nullptr) problems_->push_back(where + ": " + what);
  }

  uint32_t Intern(const std::string& key) {
    auto [it, inserted] =
        d_->vocab_.emplace(key, static_cast<uint32_t>(d_->vocab_.size()));
    if (inserted) words_.push_back(key);
    return it->second;
  }

  // Files a pattern under its anchor (the ids of its first word) and, when
  // it has a literal word after that, under the pair (anchor, literal): a
  // sentence tries it only if the literal occurs after the anchor. Of
  // several literals the longest (the rarest, as a rule) is the key.
  void Index(VerbPattern p) {
    const uint32_t idx = static_cast<uint32_t>(d_->patterns_.size());
    uint32_t key = kNoToken;
    for (size_t e = 1; e < p.elements.size(); ++e) {
      const PatternElement& el = p.elements[e];
      if (el.kind != ElementKind::kWord || el.ids.size() != 1) continue;
      if (key == kNoToken || words_[el.ids[0]].size() >= words_[key].size()) key = el.ids[0];
    }
    for (uint32_t id : p.elements[0].ids) {
      if (id >= d_->anchors_.size()) d_->anchors_.resize(id + 1);
      if (key == kNoToken) {
        d_->anchors_[id].free.push_back(idx);
      } else {
        d_->anchors_[id].keyed.emplace_back(key, idx);
      }
    }
    d_->patterns_.push_back(std::move(p));
  }

  // A literal a plural can stand for: a lower-case word of five letters or
  // more not ending in "s" ("curfew", "embargo"; not "to", "talks", "aid").
  static bool Pluralizable(std::string_view w) {
    if (w.size() < 5 || w.back() == 's') return false;
    for (char c : w) {
      if (c < 'a' || c > 'z') return false;
    }
    return true;
  }

  // Token ids of a phrase, honouring capitals-only tokens.
  std::vector<uint32_t> PhraseIds(std::string_view phrase) {
    std::vector<Token> tokens;
    Tokenize(phrase, 0, &tokens);
    std::vector<uint32_t> ids;
    for (const Token& t : tokens) {
      ids.push_back(Intern(t.all_caps ? "\x01" + t.norm : t.norm));
    }
    return ids;
  }

  void AddPhrase(std::string_view phrase, PhraseEntry entry, const std::string& where) {
    const std::vector<uint32_t> ids = PhraseIds(phrase);
    if (ids.empty()) {
      Problem(where, "empty phrase");
      return;
    }
    int node = 0;
    for (uint32_t id : ids) {
      const uint64_t key = (static_cast<uint64_t>(node) << 32) | id;
      auto it = d_->edges_.find(key);
      if (it == d_->edges_.end()) {
        const int child = static_cast<int>(d_->node_entries_.size());
        d_->node_entries_.emplace_back();
        it = d_->edges_.emplace(key, child).first;
      }
      node = it->second;
    }
    auto& entries = d_->node_entries_[node];
    for (const PhraseEntry& e : entries) {
      if (e.kind == entry.kind && e.index == entry.index) return;  // duplicate
    }
    entries.push_back(entry);
    ++d_->phrase_count_;
  }

  void LoadCameo(const std::string& path, const std::string& text) {
    ForEachTableLine(path, text, "code", [&](const std::string& where, auto& cols) {
      if (cols.size() < 4) {
        Problem(where, "expected 4 tab-separated columns (code quad goldstein name)");
        return;
      }
      CameoInfo info;
      info.code = cols[0];
      const auto& q = cols[1];
      if (std::from_chars(q.data(), q.data() + q.size(), info.quad_class).ec !=
              std::errc() ||
          info.quad_class < 1 || info.quad_class > 4) {
        Problem(where, "bad quad class \"" + q + "\"");
        return;
      }
      char* end = nullptr;
      info.goldstein = std::strtod(cols[2].c_str(), &end);
      if (end == cols[2].c_str() || *end != '\0' || info.goldstein < -10 ||
          info.goldstein > 10) {
        Problem(where, "bad Goldstein value \"" + cols[2] + "\"");
        return;
      }
      info.name = cols[3];
      d_->cameo_[info.code] = std::move(info);
    });
  }

  // Calls fn(where, columns) for each table line of `text` that is not a
  // comment, blank, or the header (first column `header`). Empty columns are
  // kept: "a\t\tb" has three.
  template <typename Fn>
  void ForEachTableLine(const std::string& path, const std::string& text,
                        std::string_view header, Fn fn) {
    ForEachLine(text, [&](int line_no, std::string_view line) {
      if (Trim(line).empty() || line[0] == '#') return;
      std::vector<std::string> cols;
      for (size_t b = 0;;) {
        const size_t e = line.find('\t', b);
        cols.emplace_back(Trim(line.substr(b, e == std::string_view::npos ? e : e - b)));
        if (e == std::string_view::npos) break;
        b = e + 1;
      }
      if (cols[0] == header) return;
      fn(path + ":" + std::to_string(line_no), cols);
    });
  }

  // cameo/plover.tsv: code, event, mode, context, event_2016.
  void LoadPlover(const std::string& path, const std::string& text) {
    ForEachTableLine(path, text, "code", [&](const std::string& where, auto& cols) {
      if (cols.size() != 5) {
        Problem(where, "expected 5 tab-separated columns (code event mode context event_2016)");
        return;
      }
      auto it = d_->cameo_.find(cols[0]);
      if (it == d_->cameo_.end()) {
        Problem(where, "CAMEO code " + cols[0] + " is not in cameo/codes.tsv");
        return;
      }
      const auto none = [](const std::string& v) { return v == "-" ? std::string() : v; };
      it->second.plover = none(cols[1]);
      it->second.plover_mode = cols[2];
      it->second.plover_context = cols[3];
      it->second.plover_2016 = none(cols[4]);
    });
  }

  // cameo/plover-actors.tsv: code prefix, PLOVER actor, note.
  void LoadPloverActors(const std::string& path, const std::string& text) {
    const auto code_like = [](std::string_view c) {
      if (c.size() == 4 && c[0] == '*') c.remove_prefix(1);  // a sector row
      if (c.empty() || c.size() % 3 != 0) return false;
      for (char ch : c) {
        if ((ch < 'A' || ch > 'Z') && ch != '*') return false;
      }
      return true;
    };
    ForEachTableLine(path, text, "code", [&](const std::string& where, auto& cols) {
      if (cols.size() < 2 || cols.size() > 3) {
        Problem(where, "expected 2 or 3 tab-separated columns (code plover [note])");
        return;
      }
      if (!code_like(cols[0]) || !code_like(cols[1])) {
        Problem(where, "codes are 3-letter blocks of capitals: \"" + cols[0] + "\", \"" +
                           cols[1] + "\"");
        return;
      }
      // "*MED  JRN": a sector block's PLOVER name, wherever it stands.
      const bool sector = cols[0].size() == 4 && cols[0][0] == '*';
      if (sector && cols[1].size() != 3) {
        Problem(where, "a sector row renames one block: \"" + cols[0] + "\" -> \"" + cols[1] +
                           "\"");
        return;
      }
      auto& rows = sector ? d_->plover_sectors_ : d_->plover_actors_;
      const std::string key = sector ? cols[0].substr(1) : cols[0];
      for (const auto& [prefix, plover] : rows) {
        if (prefix == key) {
          Problem(where, "code " + cols[0] + " is listed twice");
          return;
        }
      }
      rows.emplace_back(key, cols[1]);
    });
    std::stable_sort(d_->plover_actors_.begin(), d_->plover_actors_.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  }

  // cameo/modality.tsv: act, then the combined code per frame.
  void LoadModality(const std::string& path, const std::string& text) {
    ForEachTableLine(path, text, "act", [&](const std::string& where, auto& cols) {
      if (cols.size() != 1 + kFrameCount) {
        Problem(where, "expected 6 tab-separated columns (act intent appeal demand reject "
                       "threaten)");
        return;
      }
      std::array<std::string, kFrameCount> row;
      for (int f = 0; f < kFrameCount; ++f) {
        const std::string& c = cols[1 + f];
        if (c == "-") continue;
        if (d_->cameo_.count(c) == 0) {
          Problem(where, "CAMEO code " + c + " is not in cameo/codes.tsv");
          return;
        }
        row[f] = c;
      }
      if (!d_->frames_.emplace(cols[0], row).second) {
        Problem(where, "act " + cols[0] + " is listed twice");
      }
    });
  }

  void LoadIrregular(const std::string& path, const std::string& text) {
    ForEachLine(text, [&](int line_no, std::string_view raw) {
      const std::string_view line = StripComment(raw);
      if (!line.empty() && !irregular_.AddLine(line)) {
        Problem(path + ":" + std::to_string(line_no), "expected \"lemma form...\"");
      }
    });
  }

  void LoadRecords(const DictFile& f) {
    for (const std::string& e : f.errors) {
      if (problems_ != nullptr) problems_->push_back(e);
    }
    for (const DictRecord& r : f.records) {
      const std::string where = f.path + ":" + std::to_string(r.line);
      if (r.kind == "country") {
        LoadCountry(r, where);
      } else if (r.kind == "places") {
        LoadPlaces(r, where);
      } else if (r.kind == "actor") {
        LoadActor(r, where, f.path);
      } else if (r.kind == "agent" || r.kind == "mission") {
        LoadAgent(r, where);
      } else if (r.kind == "community") {
        LoadCommunity(r, where);
      } else if (r.kind == "verb") {
        LoadVerb(r, f.path);
      } else {
        Problem(where, "unknown record kind \"" + r.kind + "\"");
      }
    }
  }

  static bool IsCode(const std::string& code) { return dict_internal::IsLoaderCode(code); }

  void LoadCountry(const DictRecord& r, const std::string& where) {
    if (r.value.size() != 3 || !IsCode(r.value)) {
      Problem(where, "country code must be 3 capital letters, got \"" + r.value + "\"");
      return;
    }
    const uint32_t idx = static_cast<uint32_t>(d_->countries_.size());
    d_->countries_.push_back({r.value});
    for (const DictField& fld : r.fields) {
      PhraseKind kind;
      if (fld.name == "name") {
        kind = PhraseKind::kCountryName;
      } else if (fld.name == "adjective") {
        kind = PhraseKind::kCountryAdjective;
      } else if (fld.name == "capital" || fld.name == "seat") {
        kind = PhraseKind::kCapital;
      } else {
        Problem(FieldWhere(where, fld), "unknown country field \"" + fld.name + "\"");
        continue;
      }
      for (const std::string& p : SplitList(fld.value)) {
        AddCountryPhrase(p, {kind, false, idx}, FieldWhere(where, fld));
      }
    }
  }

  // A country or place phrase, with its qualifier: "Juba (2011-07-09..)",
  // "Tripoli (also)" (docs/dictionaries.md).
  void AddCountryPhrase(std::string phrase, PhraseEntry entry, const std::string& where) {
    dict_internal::PhraseQualifier q;
    std::string error;
    if (!dict_internal::SplitPhraseQualifier(&phrase, &q, &error)) {
      Problem(where, error);
      return;
    }
    entry.also = q.also;
    entry.from = q.from;
    entry.to = q.to;
    AddPhrase(phrase, entry, where);
  }

  // `places: ISO` records: cities and regions of a country loaded before.
  void LoadPlaces(const DictRecord& r, const std::string& where) {
    uint32_t idx = 0;
    while (idx < d_->countries_.size() && d_->countries_[idx].code != r.value) ++idx;
    if (idx == d_->countries_.size()) {
      Problem(where, "places: no country \"" + r.value + "\" (countries load first)");
      return;
    }
    AddListField(r, where, "place", "places", {PhraseKind::kPlace, false, idx});
  }

  // A record whose only field, `field`, lists phrases of `entry` (a
  // place's with their qualifiers).
  void AddListField(const DictRecord& r, const std::string& where, std::string_view field,
                    std::string_view kind, PhraseEntry entry) {
    for (const DictField& fld : r.fields) {
      if (fld.name != field) {
        Problem(FieldWhere(where, fld),
                "unknown " + std::string(kind) + " field \"" + fld.name + "\"");
        continue;
      }
      for (const std::string& p : SplitList(fld.value)) {
        if (entry.kind == PhraseKind::kAgent) {
          AddPhrase(p, entry, FieldWhere(where, fld));
        } else {
          AddCountryPhrase(p, entry, FieldWhere(where, fld));
        }
      }
    }
  }

  static std::string FieldWhere(const std::string& record_where, const DictField& f) {
    const size_t colon = record_where.rfind(':');
    return record_where.substr(0, colon) + ":" + std::to_string(f.line);
  }

  void LoadActor(const DictRecord& r, const std::string& where, const std::string& path) {
    ActorInfo info;
    info.name = r.value;
    info.where = where;
    info.person = StartsWith(path, "actors/people");
    std::vector<std::string> phrases = {r.value};
    bool ok = true;
    for (const DictField& fld : r.fields) {
      const std::string fw = FieldWhere(where, fld);
      if (fld.name == "alias") {
        for (const std::string& p : SplitList(fld.value)) phrases.push_back(p);
      } else if (fld.name == "code" || fld.name == "default") {
        if (!IsCode(fld.value)) {
          Problem(fw, "bad actor code \"" + fld.value + "\"");
          ok = false;
        }
        (fld.name == "code" ? info.code : info.default_code) = fld.value;
      } else if (fld.name == "role") {
        DatedRole dc;
        if (!ParseRole(fld.value, &dc, fw)) {
          ok = false;
          continue;
        }
        info.roles.push_back(std::move(dc));
      } else {
        Problem(fw, "unknown actor field \"" + fld.name + "\"");
      }
    }
    if (!ok) return;
    if (info.code.empty() && info.default_code.empty() && info.roles.empty()) {
      Problem(where, "actor \"" + r.value + "\" has no code, default or role");
      return;
    }
    const uint32_t idx = static_cast<uint32_t>(d_->actors_.size());
    d_->actors_.push_back(std::move(info));
    for (const std::string& p : phrases) AddPhrase(p, {PhraseKind::kActor, false, idx}, where);
  }

  // "USAGOV 2013-02-01..2017-01-20"
  bool ParseRole(const std::string& value, DatedRole* dc, const std::string& where) {
    const std::vector<std::string> parts = SplitList(value, ' ');
    if (parts.empty() || !IsCode(parts[0])) {
      Problem(where, "role: expected \"CODE FROM..TO\", got \"" + value + "\"");
      return false;
    }
    dc->code = parts[0];
    if (parts.size() == 1) return true;
    const std::string range = parts.size() == 2 ? parts[1] : parts[1] + parts[2] +
                                                             (parts.size() > 3 ? parts[3] : "");
    const size_t dots = range.find("..");
    if (dots == std::string::npos) {
      Problem(where, "role: expected a range FROM..TO, got \"" + range + "\"");
      return false;
    }
    dc->from = ParseDate(range.substr(0, dots));
    dc->to = ParseDate(range.substr(dots + 2));
    if (dc->from < 0 || dc->to < 0) {
      Problem(where, "role: bad date in \"" + range + "\" (want YYYY-MM-DD)");
      return false;
    }
    if (dc->from > 0 && dc->to > 0 && dc->to <= dc->from) {
      Problem(where, "role: range \"" + range + "\" ends before it starts");
      return false;
    }
    return true;
  }

  void LoadAgent(const DictRecord& r, const std::string& where) {
    if (!IsCode(r.value)) {
      Problem(where, "bad agent code \"" + r.value + "\"");
      return;
    }
    const uint32_t idx = static_cast<uint32_t>(d_->agents_.size());
    d_->agents_.push_back({r.value, "", r.kind == "mission"});
    AddListField(r, where, "phrase", r.kind, {PhraseKind::kAgent, false, idx});
  }

  // An ethnic or religious community: an agent of sector CVL whose code
  // block also marks the actor it joins ("Kurdish refugees" -> REF + kur).
  void LoadCommunity(const DictRecord& r, const std::string& where) {
    const std::string& c = r.value;
    const bool upper = c.size() == 3 && std::all_of(c.begin(), c.end(), [](char ch) {
                         return ch >= 'A' && ch <= 'Z';
                       });
    const bool lower = c.size() == 3 && std::all_of(c.begin(), c.end(), [](char ch) {
                         return ch >= 'a' && ch <= 'z';
                       });
    if (!upper && !lower) {
      Problem(where, "community code must be 3 letters, all capitals or all lower case, got \"" +
                         c + "\"");
      return;
    }
    const uint32_t idx = static_cast<uint32_t>(d_->agents_.size());
    d_->agents_.push_back({"CVL", c});
    AddListField(r, where, "phrase", "community", {PhraseKind::kAgent, false, idx});
  }

  void LoadVerb(const DictRecord& r, const std::string& path) {
    const std::string where = path + ":" + std::to_string(r.line);
    if (d_->Cameo(r.value) == nullptr) {
      Problem(where, "CAMEO code \"" + r.value + "\" is not in cameo/codes.tsv");
      return;
    }
    for (const DictField& fld : r.fields) {
      const std::string fw = path + ":" + std::to_string(fld.line);
      if (fld.name != "pattern" && fld.name != "mutual") {
        Problem(fw, "unknown verb field \"" + fld.name + "\"");
        continue;
      }
      for (const std::string& text : SplitList(fld.value)) {
        AddPattern(r.value, fld.name == "mutual", text, fw);
      }
    }
  }

  void AddPattern(const std::string& cameo, bool mutual, const std::string& text,
                  const std::string& where) {
    VerbPattern p;
    p.cameo = cameo;
    p.mutual = mutual;
    p.text = text;
    p.where = where;
    for (const std::string& item : SplitList(text, ' ')) {
      if (item == "*") {
        p.elements.push_back({ElementKind::kGap, {}});
      } else if (item == "$" || item == "+") {
        const bool src = item == "$";
        if (src ? p.has_source : p.has_target) {
          Problem(where, "pattern \"" + text + "\" has two " + item + " slots");
          return;
        }
        (src ? p.has_source : p.has_target) = true;
        p.elements.push_back({src ? ElementKind::kSource : ElementKind::kTarget, {}});
      } else if (item.size() > 2 && item.front() == '[' && item.back() == ']') {
        PatternElement e{ElementKind::kWord, {}};
        std::string lemma = item.substr(1, item.size() - 2);
        for (char& c : lemma) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        for (const std::string& f : VerbForms(lemma, irregular_)) e.ids.push_back(Intern(f));
        p.elements.push_back(std::move(e));
        ++p.words;
      } else if (item.find_first_of("[]") != std::string::npos) {
        Problem(where, "pattern \"" + text + "\": bad verb element \"" + item + "\"");
        return;
      } else if (Pluralizable(item)) {
        // A noun literal matches its regular plural too: "[lift] * embargo
        // on +" in "lifted embargoes on Iran". The plural token carries the
        // singular's id as its second id (Dictionaries::SingularOf), so the
        // element stays one id.
        const uint32_t id = Intern(item);
        d_->plural_of_.emplace_back(Intern(NounPlural(item)), id);
        p.elements.push_back({ElementKind::kWord, {id}});
        ++p.words;
      } else {
        for (uint32_t id : PhraseIds(item)) {
          p.elements.push_back({ElementKind::kWord, {id}});
          ++p.words;
        }
      }
    }
    if (p.elements.empty() || p.elements[0].kind != ElementKind::kWord) {
      Problem(where, "pattern \"" + text + "\" must start with a word");
      return;
    }
    if (p.elements.back().kind == ElementKind::kGap) {
      Problem(where, "pattern \"" + text + "\" must not end with *");
      return;
    }
    Index(std::move(p));
  }

 public:
  // Compiles a PETRARCH import; `cameo` is the CAMEO table's text, `hash`
  // the digest of the files it came from.
  StatusOr<std::shared_ptr<const Dictionaries>> BuildImported(const PetrarchImport& imp,
                                                              const std::string& cameo_path,
                                                              const std::string& cameo,
                                                              std::string hash) {
    d_->hash_ = std::move(hash);
    LoadCameo(cameo_path, cameo);
    if (d_->cameo_.empty()) return NotFoundError(cameo_path + ": no CAMEO codes");
    // Our PLOVER and frame tables beside it, when there.
    const std::string dir = cameo_path.substr(0, cameo_path.find_last_of('/') + 1);
    if (auto text = ReadFileToString(dir + "plover.tsv"); text.ok()) {
      LoadPlover(dir + "plover.tsv", *text);
    }
    if (auto text = ReadFileToString(dir + "modality.tsv"); text.ok()) {
      LoadModality(dir + "modality.tsv", *text);
    }
    if (auto text = ReadFileToString(dir + "plover-actors.tsv"); text.ok()) {
      LoadPloverActors(dir + "plover-actors.tsv", *text);
    }
    AddImported(imp);
    return Finish();
  }

 private:
  void AddImported(const PetrarchImport& imp) {
    if (problems_ != nullptr) {
      problems_->insert(problems_->end(), imp.problems.begin(), imp.problems.end());
    }
    for (const ImportedCountry& c : imp.countries) {
      const uint32_t idx = static_cast<uint32_t>(d_->countries_.size());
      d_->countries_.push_back({c.code});
      for (const std::string& p : c.phrases) AddPhrase(p, {PhraseKind::kCountryName, false, idx}, c.where);
    }
    for (const ImportedActor& a : imp.actors) {
      ActorInfo info;
      info.name = a.name;
      info.code = a.code;
      info.where = a.where;
      for (const ImportedRole& r : a.roles) info.roles.push_back({r.code, r.from, r.to});
      const uint32_t idx = static_cast<uint32_t>(d_->actors_.size());
      d_->actors_.push_back(std::move(info));
      for (const std::string& p : a.phrases) AddPhrase(p, {PhraseKind::kActor, false, idx}, a.where);
    }
    for (const ImportedAgent& a : imp.agents) {
      const uint32_t idx = static_cast<uint32_t>(d_->agents_.size());
      d_->agents_.push_back({a.code});
      for (const std::string& p : a.phrases) AddPhrase(p, {PhraseKind::kAgent, false, idx}, a.where);
    }
    for (const ImportedPattern& ip : imp.patterns) AddImportedPattern(ip);
  }

  void AddImportedPattern(const ImportedPattern& ip) {
    // A four-digit code ("0871") is known through its three-digit parent.
    if (d_->Cameo(ip.cameo) == nullptr &&
        (ip.cameo.size() < 3 || d_->Cameo(ip.cameo.substr(0, 3)) == nullptr)) {
      Problem(ip.where, "CAMEO code \"" + ip.cameo + "\" is not in the CAMEO table");
      return;
    }
    VerbPattern p;
    p.cameo = ip.cameo;
    p.mutual = ip.paired;
    p.paired = ip.paired;
    p.text = ip.text;
    p.where = ip.where;
    for (const ImportedElement& e : ip.elements) {
      switch (e.kind) {
        case ImportedElement::Kind::kWord: {
          PatternElement pe{ElementKind::kWord, {}};
          for (const std::string& w : e.words) pe.ids.push_back(Intern(w));
          std::sort(pe.ids.begin(), pe.ids.end());
          pe.ids.erase(std::unique(pe.ids.begin(), pe.ids.end()), pe.ids.end());
          p.elements.push_back(std::move(pe));
          ++p.words;
          break;
        }
        case ImportedElement::Kind::kGap:
          p.elements.push_back({ElementKind::kGap, {}});
          break;
        case ImportedElement::Kind::kSource:
        case ImportedElement::Kind::kTarget: {
          const bool src = e.kind == ImportedElement::Kind::kSource;
          if (src ? p.has_source : p.has_target) {
            Problem(ip.where, "pattern has two " + std::string(src ? "$" : "+") +
                                  " slots; not imported");
            return;
          }
          (src ? p.has_source : p.has_target) = true;
          p.elements.push_back({src ? ElementKind::kSource : ElementKind::kTarget, {}});
          break;
        }
      }
    }
    if (p.elements.empty() || p.elements[0].kind != ElementKind::kWord) return;
    Index(std::move(p));
  }

  std::unique_ptr<Dictionaries> d_;
  std::vector<std::string>* problems_;
  IrregularVerbs irregular_;
  std::vector<std::string> words_;  // vocabulary by id
};

StatusOr<std::shared_ptr<const Dictionaries>> Dictionaries::FromFiles(
    const std::vector<std::pair<std::string, std::string>>& files,
    std::vector<std::string>* problems) {
  return DictionaryBuilder(problems).Build(files);
}

StatusOr<PetrarchDictionaryPaths> FindPetrarchDictionaries(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.is_regular_file()) names.push_back(entry.path().filename().string());
  }
  if (ec) return NotFoundError(dir + ": cannot list the directory");
  std::sort(names.begin(), names.end());
  PetrarchDictionaryPaths paths;
  const auto ends = [](const std::string& s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  // A directory may hold other sets beside Phoenix (PETRARCH's validation
  // dictionaries): then only the Phoenix.* files are taken.
  const bool phoenix = std::any_of(names.begin(), names.end(), [](const std::string& n) {
    return StartsWith(n, "Phoenix.");
  });
  for (const std::string& n : names) {
    const std::string path = (fs::path(dir) / n).string();
    if (phoenix && !StartsWith(n, "Phoenix.") && !StartsWith(n, "CAMEO")) continue;
    if (n == "CAMEO.2.0.txt") {
      paths.verbs = path;
    } else if (paths.verbs.empty() && StartsWith(n, "CAMEO") && ends(n, ".txt") &&
               n.find("unsorted") == std::string::npos) {
      paths.verbs = path;
    } else if (ends(n, ".actors.txt")) {
      paths.actors.push_back(path);
    } else if (ends(n, "agents.txt") && paths.agents.empty()) {
      paths.agents = path;
    }
  }
  if (paths.verbs.empty()) return NotFoundError(dir + ": no CAMEO*.txt verb dictionary");
  if (paths.actors.empty()) return NotFoundError(dir + ": no *.actors.txt actor dictionary");
  return paths;
}

namespace {

// A PETRARCH-2 set read and translated, the digest of its files, and the
// CAMEO table's text.
struct PetrarchRead {
  PetrarchImport imp;
  std::string hash;
  std::string cameo;
};

StatusOr<PetrarchRead> ReadPetrarch(const PetrarchDictionaryPaths& paths) {
  Hasher hasher;
  const auto read = [&](const std::string& path) -> StatusOr<std::string> {
    CHRONICLE_ASSIGN_OR_RETURN(std::string text, ReadFileToString(path));
    hasher.Add(path).Add(text);
    return text;
  };
  CHRONICLE_ASSIGN_OR_RETURN(std::string verbs_text, read(paths.verbs));
  const PetrarchVerbFile verbs = ParsePetrarchVerbs(verbs_text, paths.verbs);
  std::vector<PetrarchActorFile> actors;
  for (const std::string& path : paths.actors) {
    CHRONICLE_ASSIGN_OR_RETURN(std::string text, read(path));
    actors.push_back(ParsePetrarchActors(text, path));
  }
  PetrarchAgentFile agents;
  if (!paths.agents.empty()) {
    CHRONICLE_ASSIGN_OR_RETURN(std::string text, read(paths.agents));
    agents = ParsePetrarchAgents(text, paths.agents);
  }
  PetrarchRead out;
  if (!paths.cameo_table.empty()) {
    CHRONICLE_ASSIGN_OR_RETURN(out.cameo, read(paths.cameo_table));
  }
  out.imp = ImportPetrarch(verbs, actors, paths.agents.empty() ? nullptr : &agents);
  out.hash = hasher.HexDigest();
  return out;
}

}  // namespace

StatusOr<std::vector<std::pair<std::string, std::string>>> ReadDictionaryFiles(
    const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return NotFoundError("dictionary directory " + dir + " not found");
  }
  std::vector<std::pair<std::string, std::string>> files;
  for (const char* sub : {"actors", "agents", "verbs", "cameo"}) {
    const fs::path base = fs::path(dir) / sub;
    if (!fs::is_directory(base, ec)) continue;
    for (const auto& entry : fs::directory_iterator(base, ec)) {
      if (!entry.is_regular_file()) continue;
      const std::string ext = entry.path().extension().string();
      if (ext != ".txt" && ext != ".tsv") continue;
      CHRONICLE_ASSIGN_OR_RETURN(std::string text,
                                 ReadFileToString(entry.path().string()));
      files.emplace_back(std::string(sub) + "/" + entry.path().filename().string(),
                         std::move(text));
    }
  }
  return files;
}

StatusOr<std::shared_ptr<const Dictionaries>> Dictionaries::LoadPetrarch(
    const PetrarchDictionaryPaths& paths, std::vector<std::string>* problems) {
  CHRONICLE_ASSIGN_OR_RETURN(PetrarchRead read, ReadPetrarch(paths));
  return DictionaryBuilder(problems).BuildImported(read.imp, paths.cameo_table, read.cameo,
                                                   read.hash);
}

StatusOr<std::shared_ptr<const Dictionaries>> Dictionaries::LoadMerged(
    const std::string& dir, const PetrarchDictionaryPaths& paths,
    std::vector<std::string>* problems) {
  CHRONICLE_ASSIGN_OR_RETURN(auto files, ReadDictionaryFiles(dir));
  PetrarchDictionaryPaths petrarch = paths;
  petrarch.cameo_table.clear();  // ours is among `files`
  CHRONICLE_ASSIGN_OR_RETURN(PetrarchRead read, ReadPetrarch(petrarch));
  auto result = DictionaryBuilder(problems).BuildMerged(std::move(files), read.imp, read.hash);
  if (!result.ok()) return result.status().WithPrefix(dir);
  return result;
}

StatusOr<std::shared_ptr<const Dictionaries>> Dictionaries::Load(
    const std::string& dir, std::vector<std::string>* problems) {
  CHRONICLE_ASSIGN_OR_RETURN(auto files, ReadDictionaryFiles(dir));
  auto result = FromFiles(files, problems);
  if (!result.ok()) return result.status().WithPrefix(dir);
  return result;
}

}  // namespace chronicle
