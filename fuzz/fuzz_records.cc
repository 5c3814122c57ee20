// libFuzzer target: bytes -> one of the sentence-record readers
// (chronicle/records.h) or the parse readers (records/conllu.h,
// records/treebank.h), chosen by the first byte. Readers must return
// (never crash, hang or read out of bounds), every record must have an id
// and text, and each problem must name the file and a line within it:
// "<path>:<line>: <reason>". The record readers read files, so the input
// is written to a per-process file under /dev/shm (or /tmp) first.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "chronicle/records.h"
#include "fuzz_checks.h"
#include "records/conllu.h"
#include "records/treebank.h"

namespace {

constexpr size_t kMaxInput = 1 << 18;

std::string TempPath() {
  const char* dir = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
  return std::string(dir) + "/chronicle_fuzz_records_" + std::to_string(getpid());
}

void ReadRecords(chronicle::RecordFormat format, std::string_view text) {
  static const std::string path = TempPath();
  FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) return;
  std::fwrite(text.data(), 1, text.size(), f);
  std::fclose(f);
  auto reader = chronicle::RecordReader::Open(path, format);
  CHRONICLE_FUZZ_CHECK(reader.ok());
  chronicle::CodingRecord r;
  std::vector<std::string> problems;
  while ((*reader)->Next(&r, &problems)) {
    CHRONICLE_FUZZ_CHECK(!r.id.empty());
    // JSONL and TABARI records may be blank (they code nothing); the
    // others are skipped without text.
    CHRONICLE_FUZZ_CHECK(!r.text.empty() || format == chronicle::RecordFormat::kJsonl ||
                         format == chronicle::RecordFormat::kTabari);
  }
  chronicle::fuzz::CheckProblemLines(problems, path, text);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace chronicle;
  if (size < 1 || size > kMaxInput) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (data[0] % 6) {
    case 0: ReadRecords(RecordFormat::kJsonl, text); break;
    case 1: ReadRecords(RecordFormat::kTabari, text); break;
    case 2: ReadRecords(RecordFormat::kPetrarchXml, text); break;
    case 3: ReadRecords(RecordFormat::kConllu, text); break;
    case 4: {
      ParseTree t;
      ParseProblem problem;
      if (ParseTreebank(text, &t, &problem)) {
        for (const TreeNode& n : t.nodes) CHRONICLE_FUZZ_CHECK(n.end <= static_cast<int>(t.nodes.size()));
      } else {
        CHRONICLE_FUZZ_CHECK(problem.line >= 1 && !problem.reason.empty());
      }
      break;
    }
    default: {
      DependencyParse p;
      ParseProblem problem;
      if (ParseConllu(text, &p, &problem)) {
        CHRONICLE_FUZZ_CHECK(!ConlluText(p).empty());
      } else {
        CHRONICLE_FUZZ_CHECK(problem.line >= 0 && !problem.reason.empty());
      }
      break;
    }
  }
  return 0;
}
