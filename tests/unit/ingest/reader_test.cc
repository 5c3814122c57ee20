#include "ingest/reader.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>

namespace chronicle {
namespace {

namespace fs = std::filesystem;

class ReaderTest : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("chronicle_reader_test_" + std::to_string(::getpid()) + "_" +
            testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& bytes) {
    const fs::path p = dir_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }

  static std::string Gzip(const std::string& s) {
    uLongf n = compressBound(s.size()) + 32;
    std::string out(n, '\0');
    z_stream zs{};
    deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(s.data()));
    zs.avail_in = static_cast<uInt>(s.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(zs.total_out);
    deflateEnd(&zs);
    return out;
  }

  fs::path dir_;
};

TEST_F(ReaderTest, ListsDirectoriesRecursivelySortedSkippingHidden) {
  Write("b.txt", "b");
  Write("a/z.html", "z");
  Write("a/.hidden", "h");
  Write(".git/config", "c");
  std::vector<InputRef> inputs = ListInputs({dir_.string(), (dir_ / "missing.txt").string()});
  ASSERT_EQ(inputs.size(), 3u);
  EXPECT_EQ(fs::path(inputs[0].path).filename(), "z.html");
  EXPECT_EQ(fs::path(inputs[1].path).filename(), "b.txt");
  EXPECT_EQ(inputs[2].error.code(), StatusCode::kNotFound);
  EXPECT_NE(inputs[2].error.message().find("missing.txt"), std::string::npos);
}

TEST_F(ReaderTest, StableContentIds) {
  auto a = MakeDocument("x", "Kerry met Lavrov.", IngestOptions());
  auto b = MakeDocument("y", "Kerry met Lavrov.", IngestOptions());
  auto c = MakeDocument("x", "Kerry met Putin.", IngestOptions());
  ASSERT_TRUE(a.ok() && b.ok() && c.ok());
  EXPECT_EQ(a->id, b->id);
  EXPECT_NE(a->id, c->id);
  EXPECT_EQ(a->id.size(), 16u);
}

TEST_F(ReaderTest, GzipIsTransparentAndIdIsOfTheContent) {
  const std::string text = "Kerry met Lavrov in Moscow.\n";
  const std::string path = Write("story.txt.gz", Gzip(text));
  auto doc = ReadInput({path, Status()}, IngestOptions());
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->raw, text);
  EXPECT_EQ(doc->format, InputFormat::kText);
  EXPECT_EQ(doc->id, MakeDocument("x", text, IngestOptions())->id);
}

TEST_F(ReaderTest, CorruptGzipIsDataLoss) {
  std::string gz = Gzip(std::string(10000, 'a'));
  gz.resize(gz.size() / 2);
  auto doc = ReadInput({Write("cut.gz", gz), Status()}, IngestOptions());
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), StatusCode::kDataLoss);
  EXPECT_NE(doc.status().message().find("cut.gz"), std::string::npos);
}

TEST_F(ReaderTest, InvalidUtf8IsRepairedWithAWarning) {
  const std::string raw = "Caf\xE9 talks \xFF\xFE ended.";
  auto doc = MakeDocument("latin1.txt", raw, IngestOptions());
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->raw, raw);
  ASSERT_EQ(doc->warnings.size(), 1u);
  EXPECT_NE(doc->warnings[0].find("repaired 3 invalid UTF-8"), std::string::npos);
  EXPECT_NE(doc->warnings[0].find("byte 3"), std::string::npos);
  const size_t pos = doc->utf8.find("ended");
  const Span s = doc->utf8_to_raw.ToSource({static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + 5)});
  EXPECT_EQ(raw.substr(s.begin, s.size()), "ended");
}

TEST_F(ReaderTest, BinaryEmptyAndOversizedAreRejectedClearly) {
  auto bin = MakeDocument("img.png", std::string("\x89PNG\r\n\x1a\n\0\0", 10), IngestOptions());
  ASSERT_FALSE(bin.ok());
  EXPECT_EQ(bin.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(bin.status().message().find("img.png: binary file (PNG image)"), std::string::npos);

  auto nul = MakeDocument("blob", std::string("abc\0def", 7), IngestOptions());
  ASSERT_FALSE(nul.ok());
  EXPECT_NE(nul.status().message().find("NUL byte at offset 3"), std::string::npos);

  auto empty = MakeDocument("e.txt", " \n\t\n", IngestOptions());
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.status().message(), "e.txt: empty file");

  IngestOptions small;
  small.max_document_bytes = 1000;
  const std::string path = Write("big.txt", std::string(5000, 'x'));
  auto big = ReadInput({path, Status()}, small);
  ASSERT_FALSE(big.ok());
  EXPECT_EQ(big.status().code(), StatusCode::kResourceExhausted);
  EXPECT_NE(big.status().message().find("5000 bytes, over the limit of 1000"), std::string::npos);

  // A small gzip that inflates past the limit (a "zip bomb") is stopped.
  auto bomb = ReadInput({Write("bomb.txt.gz", Gzip(std::string(100000, 'x'))), Status()}, small);
  ASSERT_FALSE(bomb.ok());
  EXPECT_EQ(bomb.status().code(), StatusCode::kResourceExhausted);
}

}  // namespace
}  // namespace chronicle
