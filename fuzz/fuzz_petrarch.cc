// libFuzzer target: the PETRARCH-1-compatible coder (src/petrarch/). The
// first byte picks what the rest is:
//   0-3  a verbs, actors, agents or discards file for the PETRARCH-1
//        readers (PetrarchDictionary::FromText): they return, and every
//        problem reads "<file>:<line>: <reason>" with a line inside it;
//   4    a sentence for the raw-text front end (ShallowParse, then coding
//        with a small fixed dictionary): the tree has balanced parentheses
//        and no blank inside a leaf, and coding returns;
//   5    a Treebank parse coded as given (read_TreeBank and the back end):
//        coding returns.
// The dictionary of 4 and 5 is built once; the input's sentence is also
// coded through Code(record) with and without the parse.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "chronicle/petrarch.h"
#include "chronicle/records.h"
#include "fuzz_checks.h"

namespace {

constexpr size_t kMaxInput = 1 << 16;

const chronicle::PetrarchDictionary& Fixed() {
  static const std::shared_ptr<const chronicle::PetrarchDictionary> dict = [] {
    auto d = chronicle::PetrarchDictionary::FromText(
        "&MONEY\n+COINS\n+GOLD_BAR\n\n--- CRITICIZE [111] ---\nCRITICIZE\n\n"
        "--- VISIT [042:043] ---\nVISIT\n- * WITH + [036]\n\n--- CANCEL [091] ---\nCANCEL\n"
        "+CALL_OFF {+CALLED_OFF +CALLS_OFF}\nWIRE_+TAP\n\n--- MEET [040] ---\n"
        "MEET {MET MEETS MEETING}\n- % * [030:030]\n- * &MONEY [071]\n",
        {"NORLAND [NRL]\n+NORTHLAND\nSUDRIA [SUD]\nOLDTOWN [OLD]\n\t[OT1 <19900101]\n"
         "WEST_HILLS [WMH]\nZZZ [ZZZ]\n"},
        "MINISTER [~GOV]\nPOLICE {} [~COP]\nRELIEF_AGENCY [NGO~]\n", "BASKETBALL\n+FOOTBALL\n");
    return *d;
  }();
  return *dict;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace chronicle;
  if (size < 1 || size > kMaxInput) return 0;
  const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  const int pick = data[0] % 6;
  if (pick < 4) {
    std::string files[4] = {"", "", "", ""};
    files[pick] = text;
    auto d = PetrarchDictionary::FromText(files[0], {files[1]}, files[2], files[3]);
    CHRONICLE_FUZZ_CHECK(d.ok());
    static const char* const kNames[] = {"verbs", "actors1", "agents", "discards"};
    chronicle::fuzz::CheckProblemLines((*d)->problems(), kNames[pick], text, /*others_allowed=*/true);
    // The dictionary read must code without failing.
    PetrarchCoder coder(**d);
    std::vector<PetrarchEvent> events;
    coder.CodeText("Norland criticized Sudria and met the minister.", 19950101, &events);
    return 0;
  }
  PetrarchCoder coder(Fixed());
  std::vector<PetrarchEvent> events;
  if (pick == 4) {
    const std::string tree = coder.ShallowParse(text);
    int depth = 0;
    for (char c : tree) {
      if (c == '(') ++depth;
      if (c == ')') --depth;
      CHRONICLE_FUZZ_CHECK(depth >= 0);
    }
    CHRONICLE_FUZZ_CHECK(depth == 0);
    CHRONICLE_FUZZ_CHECK(tree.empty() || tree.compare(0, 9, "(ROOT (S ") == 0);
    coder.CodeText(text, 19950101, &events);
    CodingRecord r;
    r.id = "F";
    r.text = text;
    coder.Code(r, &events);
  } else {
    coder.CodeParse("", text, 19950101, &events);
    CodingRecord r;
    r.id = "F";
    r.text = "Norland met Sudria.";
    r.parse = text;
    r.parse_format = ParseFormat::kTreebank;
    coder.Code(r, &events);
  }
  for (const PetrarchEvent& e : events) CHRONICLE_FUZZ_CHECK(!e.code.empty());
  return 0;
}
