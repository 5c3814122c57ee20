// A small chronicle dictionary written to a temporary directory, for the
// lint and stats tests. Files not overridden come from a clean base set.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>

namespace chronicle {

inline std::map<std::string, std::string> CleanDictionaryFiles() {
  return {
      {"cameo/codes.tsv",
       "# CAMEO codes\n"
       "code\tquad\tgoldstein\tname\n"
       "04\t1\t1.0\tConsult\n"
       "040\t1\t1.0\tConsult, not specified below\n"
       "041\t1\t1.0\tDiscuss by telephone\n"
       "042\t1\t1.9\tMake a visit\n"},
      {"verbs/irregular.txt", "hold held held\n"},
      {"actors/countries.txt",
       "country: RUS\n"
       "  name: Russia\n"
       "  adjective: Russian\n"
       "  capital: Moscow\n"
       "country: USA\n"
       "  name: United States; US\n"
       "  capital: Washington\n"
       "country: FRA\n"
       "  name: France\n"},
      {"actors/people.txt",
       "actor: John Kerry\n"
       "  alias: Kerry\n"
       "  role: USALEG 1985-01-03..2013-02-01\n"
       "  role: USAGOV 2013-02-01..2017-01-20\n"
       "  default: USAGOV\n"
       "actor: Sergei Lavrov\n"
       "  alias: Lavrov\n"
       "  role: RUSGOV 2004-03-09..\n"},
      {"actors/organizations.txt",
       "actor: United Nations\n"
       "  alias: UN\n"
       "  code: IGOUNO\n"},
      {"agents/agents.txt",
       "agent: GOV\n"
       "  phrase: government; foreign minister\n"
       "agent: MIL\n"
       "  phrase: military\n"
       "community: kur\n"
       "  phrase: Kurds\n"},
      {"verbs/verbs.txt",
       "verb: 040\n"
       "  pattern: [discuss] * with +\n"
       "  mutual: [hold] * talks\n"
       "verb: 042\n"
       "  pattern: [visit] +\n"},
  };
}

// Writes the files under a fresh directory and removes it when destroyed.
class TempDictionary {
 public:
  explicit TempDictionary(const std::map<std::string, std::string>& files) {
    static int n = 0;
    dir_ = std::filesystem::temp_directory_path() /
           ("chronicle_dict_" + std::to_string(::getpid()) + "_" + std::to_string(++n));
    std::filesystem::remove_all(dir_);
    for (const auto& [path, text] : files) {
      const std::filesystem::path p = dir_ / path;
      std::filesystem::create_directories(p.parent_path());
      std::ofstream(p, std::ios::binary) << text;
    }
  }
  ~TempDictionary() {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  TempDictionary(const TempDictionary&) = delete;
  TempDictionary& operator=(const TempDictionary&) = delete;

  std::string dir() const { return dir_.string(); }

 private:
  std::filesystem::path dir_;
};

}  // namespace chronicle
