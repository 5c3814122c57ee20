// Counts over a DictScan (dict/internal/dict_scan.h): what each file holds,
// which CAMEO codes a verb pattern carries, how many actors hold a dated role
// on given days and which countries have a dated person. People are the
// actors of actors/people*.txt; every other actor record is counted as an
// organisation or group.
#include <algorithm>
#include <map>
#include <set>

#include "chronicle/dict_check.h"
#include "dict/dictionaries.h"
#include "dict/internal/dict_scan.h"

namespace chronicle {
namespace {

using dict_internal::DictScan;
using dict_internal::EntryKind;
using dict_internal::ScanEntry;
using dict_internal::ScanPattern;
using dict_internal::ScanRole;

void CountEntries(const DictScan& scan, DictionaryStats* s) {
  for (const ScanEntry& e : scan.entries) {
    s->phrases += e.phrases;
    if (e.kind == EntryKind::kCountry && e.places) s->places += e.phrases;
    if (e.kind == EntryKind::kCountry && !e.places) ++s->countries;
    if (e.kind == EntryKind::kAgent) ++(e.community ? s->communities : s->agents);
    if (e.kind != EntryKind::kActor) continue;
    ++s->actors;
    ++(e.person ? s->people : s->organisations);
    s->roles += static_cast<int>(e.roles.size());
    const int dated = static_cast<int>(std::count_if(
        e.roles.begin(), e.roles.end(), [](const ScanRole& r) { return r.dated(); }));
    s->dated_roles += dated;
    if (e.person && dated > 0) ++s->dated_people;
  }
}

void CountPatterns(const DictScan& scan, DictionaryStats* s) {
  s->verb_records = static_cast<int>(scan.verb_records.size());
  for (const auto& v : scan.verb_records) s->patterns += v.patterns;
  std::set<std::string> forms;
  for (const ScanPattern& p : scan.patterns) {
    long long product = 1;
    for (const auto& el : p.elements) {
      if (el.kind != 'w') continue;
      product *= static_cast<long long>(el.forms.size());
      if (el.lemma) forms.insert(el.forms.begin(), el.forms.end());
    }
    s->expanded_patterns += product;
  }
  s->verb_forms = static_cast<int>(forms.size());
}

void CountCameo(const DictScan& scan, DictionaryStats* s) {
  std::set<std::string> used;
  for (const ScanPattern& p : scan.patterns) used.insert(p.cameo);
  s->cameo_codes = static_cast<int>(scan.cameo_codes.size());
  for (const std::string& code : scan.cameo_codes) {
    // A root is covered through its codes ("04" by "040", "041" ...).
    const bool root_covered =
        code.size() == 2 && std::any_of(used.begin(), used.end(), [&code](const std::string& u) {
          return u.size() > 2 && u.compare(0, 2, code) == 0;
        });
    if (used.count(code) > 0 || root_covered) {
      ++s->cameo_covered;
      continue;
    }
    const std::string root = code.substr(0, 2);
    auto group = std::find_if(s->uncovered_by_root.begin(), s->uncovered_by_root.end(),
                              [&root](const auto& g) { return g.first == root; });
    if (group == s->uncovered_by_root.end()) {
      group = s->uncovered_by_root.emplace(group, root, std::vector<std::string>());
    }
    group->second.push_back(code);
  }
}

void CountDated(const DictScan& scan, DictionaryStats* s) {
  for (int year : kStatsYears) {
    const int day = year * 10000 + 101;
    int active = 0;
    for (const ScanEntry& e : scan.entries) {
      active += std::any_of(e.roles.begin(), e.roles.end(), [day](const ScanRole& r) {
        return r.valid && r.dated() && (r.from == 0 || day >= r.from) &&
               (r.to == 0 || day < r.to);
      });
    }
    s->active_on.emplace_back(year, active);
  }
  std::set<std::string> with_person;
  for (const ScanEntry& e : scan.entries) {
    if (!e.person) continue;
    for (const ScanRole& r : e.roles) {
      if (r.valid && r.dated() && r.code.size() >= 3)
        with_person.insert(r.code.substr(0, 3));
    }
  }
  std::set<std::string> countries;
  for (const ScanEntry& e : scan.entries) {
    if (e.kind != EntryKind::kCountry || e.places || !countries.insert(e.value).second) continue;
    if (with_person.count(e.value) > 0) {
      ++s->countries_with_dated_people;
    } else {
      s->countries_without_dated_people.push_back(e.value);
    }
  }
}

}  // namespace

DictionaryStats ComputeDictionaryStatsOfFiles(
    const std::vector<std::pair<std::string, std::string>>& files) {
  const DictScan scan = dict_internal::ScanDictionaryFiles(files);
  DictionaryStats s;
  for (const auto& f : scan.files) s.files.push_back({f.path, f.kind, f.records});
  CountEntries(scan, &s);
  CountPatterns(scan, &s);
  CountCameo(scan, &s);
  CountDated(scan, &s);
  return s;
}

StatusOr<DictionaryStats> ComputeDictionaryStats(const std::string& dir) {
  CHRONICLE_ASSIGN_OR_RETURN(auto files, ReadDictionaryFiles(dir));
  return ComputeDictionaryStatsOfFiles(files);
}

}  // namespace chronicle
