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
// Thread safety: immutable after Load(); share one instance (shared_ptr) among
// threads.
#pragma once

#include <cstdint>
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
};

struct PhraseEntry {
  PhraseKind kind;
  uint32_t index;  // into countries(), actors() or agents()
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
  // The code in force on `date` (yyyymmdd, 0 = unknown); see
  // docs/dictionaries.md for the fall-back order.
  const std::string& CodeOn(int date) const;
};

struct CountryInfo {
  std::string code;  // ISO-3
};

struct AgentInfo {
  std::string code;  // "GOV"
};

struct CameoInfo {
  std::string code;
  int quad_class = 0;
  double goldstein = 0.0;
  std::string plover;
  std::string name;
};

enum class ElementKind : uint8_t { kWord, kGap, kSource, kTarget };

struct PatternElement {
  ElementKind kind;
  std::vector<uint32_t> ids;  // kWord: accepted token ids (verb forms)
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

  // Same as Load, from in-memory files: {relative path, contents}.
  static StatusOr<std::shared_ptr<const Dictionaries>> FromFiles(
      const std::vector<std::pair<std::string, std::string>>& files,
      std::vector<std::string>* problems);

  Dictionaries(const Dictionaries&) = delete;
  Dictionaries& operator=(const Dictionaries&) = delete;

  // Vocabulary id of a lower-case token, kNoToken if unknown.
  uint32_t Id(std::string_view norm) const;
  // Id of the capitals-only form of a token (for "US"), kNoToken if none.
  uint32_t UpperId(std::string_view norm) const;

  // Trie walk: child of `node` (0 = root) by token id, -1 if none.
  int Child(int node, uint32_t id) const;
  // Phrases ending at `node` (empty if none).
  const std::vector<PhraseEntry>& EntriesAt(int node) const;

  // The patterns whose first word accepts token id `id`: those with no
  // other literal word, and those with one, keyed by the literal (the
  // longest, as the rarest) so a sentence tries them only when it holds
  // that word after the anchor. nullptr if no pattern starts with `id`.
  struct AnchorIndex {
    std::vector<uint32_t> free;                        // pattern indices, ascending
    std::vector<std::pair<uint32_t, uint32_t>> keyed;  // (literal id, pattern), sorted
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
  // CAMEO table entry, or nullptr.
  const CameoInfo* Cameo(std::string_view code) const;

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
  std::unordered_map<std::string, uint32_t, VocabHash, std::equal_to<>> vocab_;
  std::unordered_map<uint64_t, int> edges_;  // (node << 32 | id) -> child
  std::vector<std::vector<PhraseEntry>> node_entries_;
  std::vector<AnchorIndex> anchors_;  // by token id
  std::vector<CountryInfo> countries_;
  std::vector<ActorInfo> actors_;
  std::vector<AgentInfo> agents_;
  std::vector<VerbPattern> patterns_;
  std::unordered_map<std::string, CameoInfo> cameo_;
  std::string hash_;
  int phrase_count_ = 0;
};

// "2013-02-01" -> 20130201; 0 for "" ; -1 if malformed.
int ParseDate(std::string_view s);

}  // namespace chronicle
