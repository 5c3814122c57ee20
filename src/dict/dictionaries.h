// dict/dictionaries.h: actor, agent and verb dictionaries and the CAMEO
// table, loaded from a directory and compiled for matching.
//
//   std::vector<std::string> problems;
//   CHRONICLE_ASSIGN_OR_RETURN(std::shared_ptr<const Dictionaries> d,
//                              Dictionaries::Load("data", &problems));
//
// Phrases (actor names, agents, pattern words) are tokenised exactly as
// sentences are (text/tokenizer.h) and stored in a token trie over a shared
// vocabulary: a sentence is mapped to token ids once, then every lookup is an
// integer hash probe. A phrase token written in capitals ("US") only matches
// tokens written in capitals; it has its own id (see UpperId()).
//
// Verb patterns are indexed by their first word (the anchor), so a sentence
// only tries the patterns whose anchor occurs in it.
//
// Speed (docs/architecture.md, "Coding speed"): once built, the vocabulary
// and the trie edges are copied into flat open-addressing tables (one probe,
// no node chasing, no std::hash over strings), the root's edges into an
// array by token id, and every pattern is compiled to elements naming its
// word sets, so the coder can reject it without matching.
//
// Thread safety: immutable after Load(); share one instance (shared_ptr) among
// threads.
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "chronicle/status.h"

namespace chronicle {

inline constexpr uint32_t kNoToken = 0xFFFFFFFFu;

enum class PhraseKind : uint8_t {
  kCountryName,       // "Russia" -> RUS
  kCountryAdjective,  // "Russian" -> RUS, only with an agent
  kCapital,           // "Moscow", "Kremlin" -> RUSGOV
  kActor,             // a person, organisation or group
  kAgent,             // "foreign minister" -> GOV
  kPlace,             // "Kirkuk" -> IRQ, a place in the country
};

// Whether `date` (yyyymmdd) falls in [from, to); 0 is an open end.
inline bool DateInRange(int date, int from, int to) {
  return (from == 0 || date >= from) && (to == 0 || date < to);
}

struct PhraseEntry {
  PhraseKind kind;
  // A second reading of a country phrase ("Tripoli (also)": LBN after
  // LBY's capital): the coder takes it when the sentence names its country
  // and not the first reading's, or the story is set there.
  bool also = false;
  uint32_t index;  // into countries(), actors() or agents()
  // A country phrase's dates ("Juba (2011-07-09..)"), yyyymmdd, 0 = open
  // end; both 0 for an undated phrase.
  int from = 0, to = 0;
  bool dated() const { return from > 0 || to > 0; }
  bool InForce(int date) const {
    // With no date, a dated reading holds if it has not ended.
    if (date <= 0) return to == 0;
    return DateInRange(date, from, to);
  }
};

// A code valid on [from, to) (dates as yyyymmdd, 0 = open end). Not
// DatedCode: that name is the TABARI reader's (formats/format_lines.h), and
// two structs of one name in one namespace break the ODR.
struct DatedRole {
  std::string code;
  int from = 0;
  int to = 0;
};

struct ActorInfo {
  std::string name;
  std::string code;          // undated code, may be empty
  std::string default_code;  // may be empty
  std::vector<DatedRole> roles;
  std::string where;         // "file:line"
  bool person = false;       // from actors/people*.txt
  // The code in force on `date` (yyyymmdd, 0 = unknown); see
  // docs/dictionaries.md for the fall-back order.
  const std::string& CodeOn(int date) const;
};

struct CountryInfo {
  std::string code;  // ISO-3
};

struct AgentInfo {
  std::string code;       // "GOV"
  std::string community;  // a community: record's block ("kur", "MOS"), else empty
  // A mission: record (peacekeepers): serves in a country not its own, so
  // the country the sentence gives it is where it serves, coded alone.
  bool abroad = false;
};

struct CameoInfo {
  std::string code;
  int quad_class = 0;
  double goldstein = 0.0;
  std::string name;
  // From cameo/plover.tsv; empty where PLOVER has no type (01x, 02x).
  std::string plover;          // current (2021) event type: "CONSULT"
  std::string plover_mode;     // "phone", may be empty
  std::string plover_context;  // "military", may be empty
  std::string plover_2016;     // the type in PLOVER's 2016 draft: "DEMAND"
};

// Frame verbs (cameo/modality.tsv): "agreed to", "urged X to", "demanded
// that", "refused to", "threatened to" take the act after them as their
// object, and the pair codes as one act.
enum class Frame : uint8_t { kIntent, kAppeal, kDemand, kReject, kThreaten };
inline constexpr int kFrameCount = 5;

enum class ElementKind : uint8_t { kWord, kGap, kSource, kTarget };

struct PatternElement {
  ElementKind kind;
  std::vector<uint32_t> ids;  // kWord: accepted token ids (verb forms), sorted once built
};

struct VerbPattern {
  std::string cameo;
  bool mutual = false;
  // PETRARCH-2's paired codes ("041:041"): every event is also coded in the
  // other direction (only imported dictionaries set it).
  bool paired = false;
  std::vector<PatternElement> elements;
  int words = 0;        // kWord elements (specificity)
  bool has_source = false;
  bool has_target = false;
  std::string text;     // as written
  std::string where;    // "file:line"
};

struct PetrarchImport;

// The field's PETRARCH-2 dictionary files (the Phoenix set), for
// Dictionaries::LoadPetrarch.
struct PetrarchDictionaryPaths {
  std::string verbs;                // CAMEO.2.0.txt
  std::vector<std::string> actors;  // Phoenix.Countries.actors.txt, ...
  std::string agents;               // Phoenix.agents.txt; may be empty
  std::string cameo_table;          // chronicle's cameo/codes.tsv
};

// The Phoenix set in `dir`: the verbs file CAMEO.2.0.txt (else the first
// CAMEO*.txt), every *.actors.txt, the first *agents.txt; when Phoenix.*
// files are present, only those (a directory may also hold PETRARCH's
// validation dictionaries). NotFound if there is no verbs or actors file.
StatusOr<PetrarchDictionaryPaths> FindPetrarchDictionaries(const std::string& dir);

class Dictionaries {
 public:
  // Loads every dictionary under `dir` (layout in docs/dictionaries.md).
  // Malformed records are skipped and described in *problems ("file:line:
  // reason"). Returns NotFound if `dir` or its CAMEO table is missing.
  static StatusOr<std::shared_ptr<const Dictionaries>> Load(
      const std::string& dir, std::vector<std::string>* problems);

  // PETRARCH-2 dictionaries translated for chronicle's coder
  // (dict/petrarch_import.h says what carries over). Fails if a file cannot
  // be read; lines the readers or the translation could not use are
  // described in *problems.
  static StatusOr<std::shared_ptr<const Dictionaries>> LoadPetrarch(
      const PetrarchDictionaryPaths& paths, std::vector<std::string>* problems);

  // Ours (Load(dir)) and a PETRARCH-2 set in one; where both know a phrase,
  // our entry codes it. paths.cameo_table is not read (ours is used).
  static StatusOr<std::shared_ptr<const Dictionaries>> LoadMerged(
      const std::string& dir, const PetrarchDictionaryPaths& paths,
      std::vector<std::string>* problems);

  // Same as Load, from in-memory files: {relative path, contents}.
  static StatusOr<std::shared_ptr<const Dictionaries>> FromFiles(
      const std::vector<std::pair<std::string, std::string>>& files,
      std::vector<std::string>* problems);

  Dictionaries(const Dictionaries&) = delete;
  Dictionaries& operator=(const Dictionaries&) = delete;

  // Vocabulary id of a lower-case token, kNoToken if unknown.
  uint32_t Id(std::string_view norm) const {
    return FindWord(lower_slots_, norm, kLowerSeed);
  }
  // Id of the capitals-only form of a token (for "US"), kNoToken if none.
  uint32_t UpperId(std::string_view norm) const;
  // The id of the singular a plural token stands for in patterns
  // ("embargoes" -> "embargo"), kNoToken if none.
  uint32_t SingularOf(uint32_t id) const {
    return id < singular_of_.size() ? singular_of_[id] : kNoToken;
  }

  // Trie walk: child of `node` (0 = root) by token id, -1 if none.
  int Child(int node, uint32_t id) const {
    if (node == 0) return id < root_child_.size() ? root_child_[id] : -1;
    return DeepChild(node, id);
  }
  // Phrases ending at `node` (empty if none).
  const std::vector<PhraseEntry>& EntriesAt(int node) const {
    return node >= 0 && node < static_cast<int>(node_entries_.size()) ? node_entries_[node]
                                                                       : NoEntries();
  }

  // The patterns whose first word accepts token id `id`: those with no
  // other literal word, and those with one, keyed by the literal (the
  // longest, as the rarest) so a sentence tries them only when it holds
  // that word after the anchor. nullptr if no pattern starts with `id`.
  struct AnchorIndex {
    std::vector<uint32_t> free;                        // pattern indices, ascending
    std::vector<std::pair<uint32_t, uint32_t>> keyed;  // (literal id, pattern), sorted
    // One per distinct literal of `keyed`: (literal id, index of its first
    // pair in `keyed`), sorted; the end of a run is the next one's start.
    std::vector<std::pair<uint32_t, uint32_t>> literals;
  };
  const AnchorIndex* Anchors(uint32_t id) const {
    return id < anchors_.size() && (!anchors_[id].free.empty() || !anchors_[id].keyed.empty())
               ? &anchors_[id]
               : nullptr;
  }

  const std::vector<CountryInfo>& countries() const { return countries_; }
  const std::vector<ActorInfo>& actors() const { return actors_; }
  const std::vector<AgentInfo>& agents() const { return agents_; }
  const std::vector<VerbPattern>& patterns() const { return patterns_; }
  // Number of token ids (ids are below it).
  uint32_t vocabulary_size() const { return vocabulary_size_; }

  // Pattern `i` compiled for the coder: its elements after the first (the
  // anchor, which the index already matched). A word element of one id is
  // compared with that id; a larger one (a verb's forms, a synset) is one of
  // the distinct sets 0..set_count()-1, and SetsOf(id) lists the sets that
  // hold token id `id`, so a sentence can mark its sets once.
  struct CompiledElement {
    ElementKind kind = ElementKind::kGap;
    uint32_t id = kNoToken;  // kWord of one id: that id
    uint32_t set = 0;        // kWord of several: the set's index
    const std::vector<uint32_t>* ids = nullptr;  // kWord: the ids, sorted
  };
  const CompiledElement* ElementsBegin(uint32_t i) const { return &elements_[element_at_[i]]; }
  const CompiledElement* ElementsEnd(uint32_t i) const { return &elements_[element_at_[i + 1]]; }
  uint32_t set_count() const { return set_count_; }
  const uint32_t* SetsOfBegin(uint32_t id) const { return &sets_of_[sets_of_at_[id]]; }
  const uint32_t* SetsOfEnd(uint32_t id) const { return &sets_of_[sets_of_at_[id + 1]]; }
  // Cameo(patterns()[i].cameo), looked up once.
  const CameoInfo* PatternCameo(uint32_t i) const { return pattern_cameo_[i]; }
  // CAMEO table entry, or nullptr.
  const CameoInfo* Cameo(std::string_view code) const;

  // The PLOVER actor of CAMEO actor code `code` (docs/event-schema.md):
  // cameo/plover-actors.tsv's entry for the longest prefix it lists, else
  // its first three letters and those of its later 3-letter blocks that are
  // sectors (agent codes) or communities: "IGOUNO" -> "IGO", "PSEREBHMS" ->
  // "PSEREB", "TURREBPKKkur" -> "TURREBkur"; a sector the table renames
  // (a "*MED" row) takes its PLOVER name. A `person` acting for an
  // organisation with no sector of its own acts for its leadership:
  // "IGOUNO" -> "IGOGOV".
  std::string PloverActor(std::string_view code, bool person = false) const;

  // The frame a generic code opens (030 intent, 020 appeal, 100 demand,
  // 120 reject, 130 threaten, or their roots), -1 if none.
  static int FrameOf(std::string_view code);
  // The code frame `frame` and an act coded `act` make together
  // (cameo/modality.tsv, longest prefix of `act`), nullptr if the frame does
  // not take such an act.
  const CameoInfo* Framed(int frame, std::string_view act) const;

  // SHA-256 over every file's relative path and contents (16 hex digits).
  const std::string& hash() const { return hash_; }
  int phrase_count() const { return phrase_count_; }

 private:
  friend class DictionaryBuilder;
  Dictionaries() = default;

  // Lookups by string_view, without building a std::string per token.
  struct VocabHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  // While building only: Compile() copies them into the flat tables below
  // and frees them.
  std::unordered_map<std::string, uint32_t, VocabHash, std::equal_to<>> vocab_;
  std::unordered_map<uint64_t, int> edges_;  // (node << 32 | id) -> child
  uint32_t vocabulary_size_ = 0;
  std::vector<std::pair<uint32_t, uint32_t>> plural_of_;  // (plural, singular), building only
  std::vector<uint32_t> singular_of_;                     // by id, made by Compile()

  // Flat copies of vocab_ and edges_ for lookups, made by Compile().
  void Compile();
  static const std::vector<PhraseEntry>& NoEntries();
  int DeepChild(int node, uint32_t id) const;
  static constexpr uint64_t kLowerSeed = 0x243F6A8885A308D3ull;
  static constexpr uint64_t kUpperSeed = 0x13198A2E03707344ull;
  // A multiply-xorshift hash over fixed-size loads (no memcpy call): words
  // are short, so this is a few instructions where std::hash was a call and
  // a byte loop. A tail is read as an overlapping 8-byte load, two
  // overlapping 4-byte loads or three single bytes.
  static uint64_t HashWord(std::string_view s, uint64_t seed) {
    constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
    const char* p = s.data();
    const size_t n = s.size();
    uint64_t h = seed ^ (n * kMul);
    const auto mix = [&](uint64_t w) {
      h = (h ^ w) * kMul;
      h ^= h >> 29;
    };
    if (n >= 8) {
      size_t i = 0;
      for (; i + 8 <= n; i += 8) mix(Load64(p + i));
      if (i < n) mix(Load64(p + n - 8));  // the last 8 bytes, overlapping
    } else if (n >= 4) {
      mix((static_cast<uint64_t>(Load32(p)) << 32) | Load32(p + n - 4));
    } else if (n > 0) {
      mix((static_cast<uint64_t>(static_cast<unsigned char>(p[0])) << 16) |
          (static_cast<uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8) |
          static_cast<unsigned char>(p[n - 1]));
    }
    h *= kMul;
    return h ^ (h >> 32);
  }
  static uint64_t Load64(const char* p) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    return w;
  }
  static uint32_t Load32(const char* p) {
    uint32_t w;
    std::memcpy(&w, p, 4);
    return w;
  }
  // a[0..n) == b[0..n), inline for short words.
  static bool SameBytes(const char* a, const char* b, size_t n) {
    if (n >= 8) {
      if (n > 16) return std::memcmp(a, b, n) == 0;
      return Load64(a) == Load64(b) && Load64(a + n - 8) == Load64(b + n - 8);
    }
    if (n >= 4) return Load32(a) == Load32(b) && Load32(a + n - 4) == Load32(b + n - 4);
    for (size_t i = 0; i < n; ++i) {
      if (a[i] != b[i]) return false;
    }
    return true;
  }
  uint32_t FindWord(const std::vector<uint32_t>& slots, std::string_view s,
                    uint64_t seed) const {
    if (slots.empty()) return kNoToken;
    for (uint64_t k = HashWord(s, seed) & slot_mask_;; k = (k + 1) & slot_mask_) {
      const uint32_t id = slots[k];
      if (id == kNoToken) return kNoToken;
      const uint32_t b = word_at_[id], e = word_at_[id + 1];
      if (e - b == s.size() && SameBytes(arena_.data() + b, s.data(), s.size())) {
        return id;
      }
    }
  }
  std::string arena_;                 // every word's bytes (capitals-only: without \x01)
  std::vector<uint32_t> word_at_;     // id -> offset in arena_; word_at_[id + 1] ends it
  std::vector<uint32_t> lower_slots_;  // open addressing, id or kNoToken
  std::vector<uint32_t> upper_slots_;  // capitals-only words
  uint64_t slot_mask_ = 0;
  struct Edge {
    uint64_t key = ~uint64_t{0};  // node << 32 | id; all ones: empty
    int child = -1;
  };
  std::vector<Edge> edge_slots_;
  uint64_t edge_mask_ = 0;
  std::vector<int> root_child_;  // token id -> child of the root, -1
  std::vector<uint32_t> element_at_;  // pattern -> first of elements_; [i + 1] ends it
  std::vector<CompiledElement> elements_;
  uint32_t set_count_ = 0;
  std::vector<uint32_t> sets_of_at_, sets_of_;  // token id -> sets holding it
  std::vector<const CameoInfo*> pattern_cameo_;

  std::vector<std::vector<PhraseEntry>> node_entries_;
  std::vector<AnchorIndex> anchors_;  // by token id
  std::vector<CountryInfo> countries_;
  std::vector<ActorInfo> actors_;
  std::vector<AgentInfo> agents_;
  std::vector<VerbPattern> patterns_;
  std::unordered_map<std::string, CameoInfo> cameo_;
  // act code prefix -> combined code per Frame ("" = not taken).
  std::unordered_map<std::string, std::array<std::string, kFrameCount>> frames_;
  // cameo/plover-actors.tsv: (CAMEO code prefix, PLOVER actor), longest first.
  std::vector<std::pair<std::string, std::string>> plover_actors_;
  std::vector<std::string> sectors_;  // the 3-letter blocks of agent codes, sorted
  std::vector<std::string> communities_;  // the community: blocks, sorted
  // cameo/plover-actors.tsv's "*XXX" rows: a sector's PLOVER name.
  std::vector<std::pair<std::string, std::string>> plover_sectors_;
  std::string hash_;
  int phrase_count_ = 0;
};

// The files of a chronicle dictionary directory (the .txt and .tsv files of
// its actors/, agents/, verbs/ and cameo/), as {path relative to `dir`,
// contents}, in no particular order. NotFound if `dir` is not a directory,
// IoError if a file cannot be read.
StatusOr<std::vector<std::pair<std::string, std::string>>> ReadDictionaryFiles(
    const std::string& dir);

// "2013-02-01" -> 20130201; 0 for "" ; -1 if malformed.
int ParseDate(std::string_view s);

}  // namespace chronicle
