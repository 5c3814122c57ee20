// libFuzzer target: bytes -> one of the TABARI / PETRARCH-2 dictionary
// readers (dict/formats/), chosen by the first byte. Every reader must
// return (never crash, hang or read out of bounds) and each problem must
// name the file and a line: "fuzz.dict:<line>: <reason>".
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dict/formats/petrarch_dict.h"
#include "dict/formats/tabari_dict.h"
#include "fuzz_checks.h"

namespace {

constexpr size_t kMaxInput = 1 << 18;
constexpr char kPath[] = "fuzz.dict";

void CheckProblems(const std::vector<std::string>& problems, std::string_view text) {
  chronicle::fuzz::CheckProblemLines(problems, kPath, text);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace chronicle;
  if (size < 1 || size > kMaxInput) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (data[0] % 10) {
    case 0: CheckProblems(ParseTabariActors(text, kPath).problems, text); break;
    case 1: CheckProblems(ParseTabariVerbs(text, kPath).problems, text); break;
    case 2: CheckProblems(ParseTabariAgents(text, kPath).problems, text); break;
    case 3: CheckProblems(ParseTabariOptions(text, kPath).problems, text); break;
    case 4: CheckProblems(ParseTabariProject(text, kPath).problems, text); break;
    case 5: CheckProblems(ParsePetrarchVerbs(text, kPath).problems, text); break;
    case 6: CheckProblems(ParsePetrarchActors(text, kPath).problems, text); break;
    case 7: CheckProblems(ParsePetrarchAgents(text, kPath).problems, text); break;
    case 8: CheckProblems(ParsePetrarchDiscards(text, kPath).problems, text); break;
    default: CheckProblems(ParsePetrarchIssues(text, kPath).problems, text); break;
  }
  return 0;
}
