// Test helper: codes a validation suite's record file with one of the
// suite-compatible coders (TABARI, PETRARCH-1, UD-PETRARCH) and scores the
// events with ../shared/tools/events_score.py, for the ratchet tests.
//
//   nlohmann::json j = CodeAndScore<TabariCoder, TabariEvent>(
//       **dict, records, RecordFormat::kTabari, "tabari", data_dir, scorer);
//   if (j.is_discarded()) GTEST_SKIP() << "python3 scorer unavailable";
//   EXPECT_GE(j.value("records_passed", 0), 444);
#pragma once

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "chronicle/records.h"

namespace chronicle::suite_test {

// ../shared beside the checkout (CHRONICLE_SOURCE_DIR is set by CMake).
inline std::filesystem::path Shared() {
  return std::filesystem::path(CHRONICLE_SOURCE_DIR) / ".." / "shared";
}

// The scorer's JSON summary, or a discarded value when the records cannot
// be read or the scorer cannot run. `prepare`, if given, sees each record
// with the reader's problems for it before it is coded.
template <typename Coder, typename Event, typename Dictionary>
nlohmann::json CodeAndScore(
    const Dictionary& dict, const std::filesystem::path& records, RecordFormat format,
    const std::string& set, const std::filesystem::path& data,
    const std::filesystem::path& scorer,
    const std::function<void(const std::vector<std::string>& problems, CodingRecord* r)>&
        prepare = nullptr) {
  namespace fs = std::filesystem;
  auto reader = RecordReader::Open(records.string(), format);
  if (!reader.ok()) return nlohmann::json::value_t::discarded;
  const fs::path pred = fs::temp_directory_path() /
                        (set + "_suite_pred_" + std::to_string(::getpid()) + ".jsonl");
  {
    std::ofstream out(pred.string());
    Coder coder(dict);
    CodingRecord r;
    std::vector<std::string> problems;
    std::vector<Event> events;
    while ((*reader)->Next(&r, &problems)) {
      if (prepare) prepare(problems, &r);
      problems.clear();
      coder.Code(r, &events);
      for (const Event& e : events) {
        out << nlohmann::json{{"record_id", r.id},
                              {"source", e.source},
                              {"target", e.target},
                              {"code", e.code}}
                   .dump()
            << "\n";
      }
    }
  }
  const std::string cmd = "python3 '" + scorer.string() + "' score --set " + set +
                          " --data '" + data.string() + "' --pred '" + pred.string() +
                          "' --json 2>/dev/null";
  FILE* p = ::popen(cmd.c_str(), "r");
  if (p == nullptr) return nlohmann::json::value_t::discarded;
  std::string output;
  char buf[4096];
  while (size_t n = std::fread(buf, 1, sizeof(buf), p)) output.append(buf, n);
  ::pclose(p);
  fs::remove(pred);
  return nlohmann::json::parse(output, nullptr, false);
}

}  // namespace chronicle::suite_test
