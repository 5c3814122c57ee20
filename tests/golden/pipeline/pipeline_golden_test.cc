// Golden runner: every input under examples/news/ and tests/golden/pipeline/
// cases/ is run through the whole pipeline and its events, one line each,
// compared with <input>.events beside this file. A mismatch prints a diff.
// CHRONICLE_UPDATE_GOLDEN=1 rewrites the expected files (review in git).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "chronicle/pipeline.h"

namespace chronicle {
namespace {

namespace fs = std::filesystem;

const fs::path kRoot = CHRONICLE_SOURCE_DIR;
const fs::path kGolden = kRoot / "tests" / "golden" / "pipeline";

std::string Render(const DocumentResult& r) {
  std::ostringstream out;
  out << "# title: " << r.article.title << "\n";
  out << "# date: " << (r.article.date.empty() ? "-" : r.article.date) << "\n";
  out << "# sentences: " << r.sentences.size() << "\n";
  for (const Event& e : r.events) {
    out << e.sentence_index << "\t" << e.source.code << "\t" << e.cameo << "\t"
        << (e.target.code.empty() ? "-" : e.target.code) << "\t" << e.source.text << " | "
        << e.verb.text << " | " << e.target.text << "\n";
  }
  return out.str();
}

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}

// A minimal line diff: lines only in `want` (-) and only in `got` (+).
std::string Diff(const std::string& want, const std::string& got) {
  std::vector<std::string> a = Lines(want), b = Lines(got);
  std::ostringstream out;
  for (const auto& l : a)
    if (std::find(b.begin(), b.end(), l) == b.end()) out << "- " << l << "\n";
  for (const auto& l : b)
    if (std::find(a.begin(), a.end(), l) == a.end()) out << "+ " << l << "\n";
  return out.str();
}

std::vector<fs::path> Inputs() {
  std::vector<fs::path> out;
  for (const fs::path& dir : {kRoot / "examples" / "news", kGolden / "cases"}) {
    if (!fs::exists(dir)) continue;
    for (const auto& e : fs::directory_iterator(dir)) {
      if (e.is_regular_file()) out.push_back(e.path());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(PipelineGoldenTest, EventsMatchTheExpectedFiles) {
  PipelineOptions options;
  options.dictionary_dir = (kRoot / "data").string();
  auto pipeline = Pipeline::Create(options);
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();
  const bool update = std::getenv("CHRONICLE_UPDATE_GOLDEN") != nullptr;
  const std::vector<fs::path> inputs = Inputs();
  ASSERT_GE(inputs.size(), 4u);
  for (const fs::path& input : inputs) {
    SCOPED_TRACE(input.string());
    std::ifstream in(input, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    auto doc = (*pipeline)->MakeDocument(input.filename().string(), bytes.str());
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
    auto result = (*pipeline)->Process(std::move(doc).value());
    ASSERT_TRUE(result.ok()) << result.status().ToString();
    const std::string got = Render(*result);
    const fs::path expected_path = kGolden / (input.filename().string() + ".events");
    if (update) {
      std::ofstream(expected_path, std::ios::binary) << got;
      continue;
    }
    std::ifstream ein(expected_path, std::ios::binary);
    ASSERT_TRUE(ein) << "missing " << expected_path << " (run with CHRONICLE_UPDATE_GOLDEN=1)";
    std::stringstream want;
    want << ein.rdbuf();
    EXPECT_EQ(want.str(), got) << "diff (- expected, + got):\n" << Diff(want.str(), got);
  }
}

}  // namespace
}  // namespace chronicle
