// libFuzzer target: bytes -> one of chronicle's own dictionary files (the
// first byte picks which: countries, places, people, agents, verbs, the
// PLOVER or the frame table), loaded beside a small valid dictionary with
// Dictionaries::FromFiles, then a few sentences coded with it. The loader
// must return (never crash, hang or read out of bounds), each problem must
// name the file and a line inside the input, and coding must give events
// with a CAMEO code and in-bounds spans.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "code/coder.h"
#include "dict/dictionaries.h"
#include "fuzz_checks.h"
#include "text/tokenizer.h"

namespace {

constexpr size_t kMaxInput = 1 << 16;

const char kCodes[] =
    "code\tquad\tgoldstein\tname\n"
    "040\t1\t1.0\tConsult\n030\t1\t4.0\tIntent\n036\t1\t4.0\tIntent to meet\n"
    "111\t3\t-2.0\tCriticize\n130\t3\t-4.4\tThreaten\n195\t4\t-10.0\tAerial\n"
    "1384\t3\t-7.0\tThreaten attack\n141\t4\t-6.5\tDemonstrate\n";
const char kCountries[] =
    "country: RUS\n  name: Russia\n  adjective: Russian\n  capital: Moscow\n"
    "country: SYR\n  name: Syria\n  adjective: Syrian\n  capital: Damascus\n";
const char kAgents[] = "agent: MIL\n  phrase: jets; forces\nagent: REB\n  phrase: rebels\n";
const char kVerbs[] =
    "verb: 040\n  mutual: [meet]\nverb: 030\n  pattern: [agree] to\n"
    "verb: 111\n  pattern: [criticize] +\nverb: 130\n  pattern: [threaten] to\n"
    "verb: 195\n  pattern: [bomb] +; air strikes\nverb: 141\n  pattern: [demonstrate]\n";

const char* const kFiles[] = {"actors/countries2.txt", "actors/places.txt", "actors/people.txt",
                              "agents/more.txt",       "verbs/more.txt",    "cameo/plover.tsv",
                              "cameo/modality.tsv",    "verbs/irregular.txt"};

const char* const kSentences[] = {
    "Russia threatened to bomb Syria.", "Syrian rebels were bombed by Russian jets in Aleppo.",
    "Russia and Syria agreed to meet.", "Rebels demonstrated in Damascus, criticizing Moscow.",
    "The Syrian deputy foreign minister will not meet Putin."};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace chronicle;
  if (size < 1 || size > kMaxInput) return 0;
  const std::string path = kFiles[data[0] % std::size(kFiles)];
  const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::vector<std::pair<std::string, std::string>> files = {
      {"cameo/codes.tsv", kCodes}, {"actors/countries.txt", kCountries},
      {"agents/agents.txt", kAgents}, {"verbs/verbs.txt", kVerbs}};
  files.emplace_back(path, text);
  std::vector<std::string> problems;
  auto dicts = Dictionaries::FromFiles(files, &problems);
  if (!dicts.ok()) return 0;
  // Problems of the fuzzed file name it and a line inside it.
  fuzz::CheckProblemLines(problems, path, text, /*others_allowed=*/true);
  Coder coder(*dicts);
  std::vector<Token> tokens;
  std::vector<CodedEvent> events;
  for (const char* s : kSentences) {
    const std::string_view sentence(s);
    tokens.clear();
    events.clear();
    Tokenize(sentence, 0, &tokens);
    coder.BeginDocument();
    coder.CodeSentence(sentence, tokens, 20160509, &events);
    for (const CodedEvent& e : events) {
      if (e.pattern == nullptr) __builtin_trap();
      for (const Span& sp : {e.source.span, e.target.span, e.verb}) {
        if (sp.begin > sp.end || sp.end > sentence.size()) __builtin_trap();
      }
    }
  }
  return 0;
}
