// petrarch/coder.cc: the public side of chronicle/petrarch.h: finding and
// reading the dictionary files (a PETR_config.ini or a directory),
// <Config> settings, and the coder that applies them record by record.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "chronicle/petrarch.h"
#include "dict/dict_file.h"
#include "petrarch/engine.h"
#include "petrarch/lexicon.h"
#include "petrarch/strings.h"

namespace chronicle {

namespace fs = std::filesystem;
using petrarch_internal::Engine;
using petrarch_internal::Lexicon;

namespace {

// Python's int(): blanks around an optional sign and digits.
bool PyInt(const std::string& v, int* out) {
  std::string t = petrarch_internal::Strip(v);
  if (t.empty()) return false;
  size_t i = (t[0] == '+' || t[0] == '-') ? 1 : 0;
  if (i >= t.size() || t.size() > 9) return false;
  for (size_t k = i; k < t.size(); ++k) {
    if (!std::isdigit(static_cast<unsigned char>(t[k]))) return false;
  }
  *out = std::stoi(t);
  return true;
}

// A ConfigParser-style .ini: section -> key -> value (keys lower case;
// continuation lines start with a blank; '#' and ';' lines are comments).
using Ini = std::vector<std::pair<std::string, std::vector<std::pair<std::string, std::string>>>>;

Ini ParseIni(const std::string& text) {
  Ini ini;
  std::string* last = nullptr;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const std::string t = petrarch_internal::Strip(line);
    if (t.empty() || t[0] == '#' || t[0] == ';') continue;
    if (petrarch_internal::IsPySpace(line[0]) && last != nullptr) {
      *last += " " + t;
      continue;
    }
    if (t[0] == '[' && t.back() == ']') {
      ini.push_back({t.substr(1, t.size() - 2), {}});
      last = nullptr;
      continue;
    }
    if (ini.empty()) continue;
    size_t eq = t.find_first_of("=:");
    if (eq == std::string::npos) continue;
    std::string key = petrarch_internal::Strip(t.substr(0, eq));
    for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    ini.back().second.push_back({key, petrarch_internal::Strip(t.substr(eq + 1))});
    last = &ini.back().second.back().second;
  }
  return ini;
}

const std::string* IniGet(const Ini& ini, const std::string& section, const std::string& key) {
  for (const auto& [name, entries] : ini) {
    if (name != section) continue;
    for (const auto& [k, v] : entries) {
      if (k == key) return &v;
    }
  }
  return nullptr;
}

struct Files {
  std::string verbs, agents, discards;
  std::vector<std::string> actors;
  PetrarchSettings defaults;
};

StatusOr<Files> FilesFromIni(const std::string& path) {
  CHRONICLE_ASSIGN_OR_RETURN(std::string text, ReadFileToString(path));
  const Ini ini = ParseIni(text);
  const fs::path dir = fs::path(path).parent_path();
  const auto file = [&](const std::string& name) { return (dir / name).string(); };
  Files f;
  const std::string* v = IniGet(ini, "Dictionaries", "verbfile_name");
  const std::string* a = IniGet(ini, "Dictionaries", "actorfile_list");
  const std::string* g = IniGet(ini, "Dictionaries", "agentfile_name");
  const std::string* d = IniGet(ini, "Dictionaries", "discardfile_name");
  if (v == nullptr || a == nullptr || g == nullptr || d == nullptr) {
    return InvalidArgumentError(
        path + ": [Dictionaries] needs verbfile_name, actorfile_list, agentfile_name and "
               "discardfile_name");
  }
  f.verbs = file(*v);
  f.agents = file(*g);
  f.discards = file(*d);
  // actorfile_list is split on ", " as PETRARCH-1 does; a bare ',' too.
  for (const std::string& name : petrarch_internal::Split(*a, ',')) {
    const std::string n = petrarch_internal::Strip(name);
    if (!n.empty()) f.actors.push_back(file(n));
  }
  PetrarchSettings& s = f.defaults;
  int n;
  if (const std::string* x = IniGet(ini, "Options", "new_actor_length"); x && PyInt(*x, &n)) {
    s.new_actor_length = n;
  }
  if (const std::string* x = IniGet(ini, "Options", "require_dyad")) {
    std::string low = *x;
    for (char& c : low) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    s.require_dyad = !(low == "false" || low == "no" || low == "off" || low == "0");
  }
  // Only the first comma_* option present is read (an elif chain in
  // PETRARCH-1's parse_Config).
  static const char* const kComma[] = {"comma_min", "comma_max", "comma_bmin",
                                       "comma_bmax", "comma_emin", "comma_emax"};
  for (const char* key : kComma) {
    if (const std::string* x = IniGet(ini, "Options", key)) {
      if (PyInt(*x, &n)) s.Apply(key, std::to_string(n));
      break;
    }
  }
  return f;
}

StatusOr<Files> FilesFromDir(const std::string& dir) {
  Files f;
  std::vector<std::string> verbs, actors, agents, discards;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (!petrarch_internal::StartsWith(name, "PETR.")) continue;
    const std::string p = entry.path().string();
    if (petrarch_internal::EndsWith(name, ".verbs.txt")) verbs.push_back(p);
    if (petrarch_internal::EndsWith(name, ".actors.txt")) actors.push_back(p);
    if (petrarch_internal::EndsWith(name, ".agents.txt")) agents.push_back(p);
    if (petrarch_internal::EndsWith(name, ".discards.txt")) discards.push_back(p);
  }
  if (ec) return IoError("cannot list " + dir);
  if (verbs.empty() || actors.empty() || agents.empty() || discards.empty()) {
    return InvalidArgumentError(
        dir + ": needs PETR.*.verbs.txt, PETR.*.actors.txt, PETR.*.agents.txt and "
              "PETR.*.discards.txt");
  }
  for (auto* v : {&verbs, &actors, &agents, &discards}) std::sort(v->begin(), v->end());
  f.verbs = verbs[0];
  f.actors = actors;
  f.agents = agents[0];
  f.discards = discards[0];
  return f;
}

}  // namespace

bool PetrarchSettings::Apply(const std::string& option, const std::string& value) {
  using petrarch_internal::Contains;
  std::string low = value;
  for (char& c : low) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  int n;
  if (option == "new_actor_length") {
    if (!PyInt(value, &n)) return false;
    new_actor_length = n;
  } else if (option == "require_dyad") {
    require_dyad = !Contains(low, "false");
  } else if (option == "stop_on_error") {
    // no effect on coding
  } else if (Contains(option, "comma_")) {
    if (!PyInt(value, &n)) return false;
    if (Contains(option, "_min")) {
      comma_min = n;
    } else if (Contains(option, "_max")) {
      comma_max = n;
    } else if (Contains(option, "_bmin")) {
      comma_bmin = n;
    } else if (Contains(option, "_bmax")) {
      comma_bmax = n;
    } else if (Contains(option, "_emin")) {
      comma_emin = n;
    } else if (Contains(option, "_emax")) {
      comma_emax = n;
    } else {
      return false;
    }
  } else {
    return false;
  }
  return true;
}

PetrarchDictionary::PetrarchDictionary(std::unique_ptr<Lexicon> lexicon)
    : lexicon_(std::move(lexicon)) {}
PetrarchDictionary::~PetrarchDictionary() = default;

const std::vector<std::string>& PetrarchDictionary::problems() const {
  return lexicon_->problems;
}
const PetrarchSettings& PetrarchDictionary::defaults() const { return lexicon_->defaults; }

bool PetrarchDictionary::LooksLikePetrarch(const std::string& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    for (const auto& entry : fs::directory_iterator(path, ec)) {
      const std::string name = entry.path().filename().string();
      if (petrarch_internal::StartsWith(name, "PETR.") &&
          petrarch_internal::EndsWith(name, ".verbs.txt")) {
        return true;
      }
    }
    return false;
  }
  if (!petrarch_internal::EndsWith(path, ".ini")) return false;
  StatusOr<std::string> text = ReadFileToString(path);
  return text.ok() && IniGet(ParseIni(*text), "Dictionaries", "verbfile_name") != nullptr;
}

StatusOr<std::shared_ptr<const PetrarchDictionary>> PetrarchDictionary::Load(
    const std::string& path) {
  std::error_code ec;
  StatusOr<Files> files = fs::is_directory(path, ec) ? FilesFromDir(path) : FilesFromIni(path);
  if (!files.ok()) return files.status();
  auto lex = std::make_unique<Lexicon>();
  lex->defaults = files->defaults;
  CHRONICLE_ASSIGN_OR_RETURN(std::string verbs, ReadFileToString(files->verbs));
  petrarch_internal::ReadP1Verbs(verbs, files->verbs, lex.get());
  for (const std::string& a : files->actors) {
    CHRONICLE_ASSIGN_OR_RETURN(std::string actors, ReadFileToString(a));
    petrarch_internal::ReadP1Actors(actors, a, lex.get());
  }
  CHRONICLE_ASSIGN_OR_RETURN(std::string agents, ReadFileToString(files->agents));
  petrarch_internal::ReadP1Agents(agents, files->agents, lex.get());
  CHRONICLE_ASSIGN_OR_RETURN(std::string discards, ReadFileToString(files->discards));
  petrarch_internal::ReadP1Discards(discards, files->discards, lex.get());
  return std::shared_ptr<const PetrarchDictionary>(new PetrarchDictionary(std::move(lex)));
}

StatusOr<std::shared_ptr<const PetrarchDictionary>> PetrarchDictionary::FromText(
    const std::string& verbs, const std::vector<std::string>& actors, const std::string& agents,
    const std::string& discards) {
  auto lex = std::make_unique<Lexicon>();
  petrarch_internal::ReadP1Verbs(verbs, "verbs", lex.get());
  for (size_t k = 0; k < actors.size(); ++k) {
    petrarch_internal::ReadP1Actors(actors[k], "actors" + std::to_string(k + 1), lex.get());
  }
  petrarch_internal::ReadP1Agents(agents, "agents", lex.get());
  petrarch_internal::ReadP1Discards(discards, "discards", lex.get());
  return std::shared_ptr<const PetrarchDictionary>(new PetrarchDictionary(std::move(lex)));
}

PetrarchCoder::PetrarchCoder(const PetrarchDictionary& dict)
    : engine_(std::make_unique<Engine>(dict.lexicon())), lexicon_(&dict.lexicon()) {}
PetrarchCoder::~PetrarchCoder() = default;

PetrarchSettings& PetrarchCoder::settings() { return engine_->settings(); }

void PetrarchCoder::Code(const CodingRecord& record, std::vector<PetrarchEvent>* events) {
  for (const auto& [option, value] : record.settings) engine_->settings().Apply(option, value);
  events->clear();
  if (record.parse_format == ParseFormat::kTreebank && !record.parse.empty()) {
    engine_->CodeParse(record.text, record.parse, record.date, events);
  } else if (record.parse.empty()) {
    engine_->CodeText(record.text, record.date, events);
  }
}

void PetrarchCoder::CodeText(const std::string& text, int date,
                             std::vector<PetrarchEvent>* events) {
  engine_->CodeText(text, date, events);
}

std::string PetrarchCoder::ShallowParse(const std::string& text) const {
  std::string tree;
  petrarch_internal::ShallowParse(engine_lexicon(), text, &tree);
  return tree;
}

void PetrarchCoder::CodeParse(const std::string& text, const std::string& parse, int date,
                              std::vector<PetrarchEvent>* events) {
  engine_->CodeParse(text, parse, date, events);
}

}  // namespace chronicle
