// Golden cases for the extractor: each tests/golden/extract/<case>.txt or
// <case>.html is extracted and rendered (title, date, sitename, author, then
// the article text); the result must equal <case>.expected. On mismatch the
// runner prints a line diff. CHRONICLE_UPDATE_GOLDEN=1 rewrites the
// .expected files instead (review the diff before committing).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/extractor.h"

namespace chronicle {
namespace {

namespace fs = std::filesystem;

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string Render(const StatusOr<Article>& a) {
  if (!a.ok()) return "error: " + a.status().ToString() + "\n";
  std::string out = "title: " + a->title + "\ndate: " + a->date + "\nsitename: " +
                    a->sitename + "\nauthor: " + a->author + "\n---\n" + a->text + "\n";
  return out;
}

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> lines;
  std::stringstream ss(s);
  for (std::string line; std::getline(ss, line);) lines.push_back(line);
  return lines;
}

// A unified-style diff from the longest common subsequence of lines.
std::string Diff(const std::string& want, const std::string& got) {
  const auto a = Lines(want), b = Lines(got);
  std::vector<std::vector<int>> lcs(a.size() + 1, std::vector<int>(b.size() + 1, 0));
  for (size_t i = a.size(); i-- > 0;) {
    for (size_t j = b.size(); j-- > 0;) {
      lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1
                               : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  std::string out;
  size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    if (i < a.size() && j < b.size() && a[i] == b[j]) {
      ++i, ++j;
    } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
      out += "+ " + b[j++] + "\n";
    } else {
      out += "- " + a[i++] + "\n";
    }
  }
  return out;
}

TEST(ExtractGoldenTest, AllCases) {
  const fs::path dir = fs::path(CHRONICLE_SOURCE_DIR) / "tests/golden/extract";
  const bool update = std::getenv("CHRONICLE_UPDATE_GOLDEN") != nullptr;
  int cases = 0;
  std::vector<fs::path> inputs;
  for (const auto& entry : fs::directory_iterator(dir)) {
    const auto ext = entry.path().extension();
    if (entry.path().filename() == "CMakeLists.txt") continue;
    if (ext == ".txt" || ext == ".html") inputs.push_back(entry.path());
  }
  std::sort(inputs.begin(), inputs.end());
  for (const fs::path& input : inputs) {
    SCOPED_TRACE(input.filename().string());
    ++cases;
    RawDocument doc;
    doc.path = input.string();
    doc.raw = ReadFile(input);
    doc.utf8 = doc.raw;
    doc.utf8_to_raw = OffsetMap::Identity(static_cast<uint32_t>(doc.raw.size()));
    const StatusOr<Article> a = ExtractArticle(doc, ExtractOptions());
    const std::string got = Render(a);
    fs::path expected = input;
    expected.replace_extension(".expected");
    if (update) {
      std::ofstream(expected, std::ios::binary) << got;
      continue;
    }
    ASSERT_TRUE(fs::exists(expected)) << "no " << expected;
    const std::string want = ReadFile(expected);
    EXPECT_EQ(want, got) << "diff (- expected, + actual):\n" << Diff(want, got);
    if (a.ok()) {
      EXPECT_EQ(a->text_to_input.size(), a->text.size());
    }
  }
  EXPECT_GE(cases, 8);
}

}  // namespace
}  // namespace chronicle
