// Micro benchmarks: normalisation, tokenisation and coding of one sentence
// with the bundled dictionaries, over sentences of growing length.
#include <benchmark/benchmark.h>

#include <string>

#include "code/coder.h"
#include "text/normalizer.h"
#include "text/tokenizer.h"

namespace chronicle {
namespace {

const char kSentence[] =
    "Russian Foreign Minister Sergei Lavrov has discussed the situation in Syria and "
    "Yemen as well as Ukraine with U.S. Secretary of State John Kerry, the Russian "
    "Foreign Ministry said in a statement. ";

std::string Text(int repeats) {
  std::string s;
  for (int i = 0; i < repeats; ++i) s += kSentence;
  return s;
}

void BM_Normalize(benchmark::State& state) {
  const std::string text = Text(static_cast<int>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(NormalizeText(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_Normalize)->Range(1, 64);

void BM_Tokenize(benchmark::State& state) {
  const std::string text = Text(static_cast<int>(state.range(0)));
  std::vector<Token> tokens;
  for (auto _ : state) {
    tokens.clear();
    Tokenize(text, 0, &tokens);
    benchmark::DoNotOptimize(tokens.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_Tokenize)->Range(1, 64);

void BM_CodeSentence(benchmark::State& state) {
  std::vector<std::string> problems;
  auto dicts = Dictionaries::Load(std::string(CHRONICLE_SOURCE_DIR) + "/data", &problems);
  if (!dicts.ok()) {
    state.SkipWithError(dicts.status().ToString().c_str());
    return;
  }
  Coder coder(*dicts);
  const std::string text = kSentence;
  std::vector<Token> tokens;
  Tokenize(text, 0, &tokens);
  std::vector<CodedEvent> events;
  for (auto _ : state) {
    events.clear();
    coder.BeginDocument();  // each sentence its own document
    coder.CodeSentence(text, tokens, 20160509, &events);
    benchmark::DoNotOptimize(events.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_CodeSentence);

}  // namespace
}  // namespace chronicle

BENCHMARK_MAIN();
