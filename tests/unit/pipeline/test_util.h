// Helpers shared by the pipeline tests.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "chronicle/pipeline.h"

namespace chronicle {

inline std::unique_ptr<Pipeline> BundledPipeline() {
  PipelineOptions options;
  options.dictionary_dir = std::string(CHRONICLE_SOURCE_DIR) + "/data";
  auto p = Pipeline::Create(options);
  EXPECT_TRUE(p.ok()) << p.status().ToString();
  return p.ok() ? std::move(p).value() : nullptr;
}

// Collapses runs of white space (NBSP included) and folds curly quotes, so a
// span cut from the raw file compares with the normalised text it was
// matched as.
inline std::string Canonical(const std::string& s) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      space = true;
      ++i;
      continue;
    }
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
      const unsigned char d = static_cast<unsigned char>(s[i + 2]);
      if (d == 0x98 || d == 0x99) { out += '\''; i += 2; continue; }
      if (d == 0x9C || d == 0x9D) { out += '"'; i += 2; continue; }
    }
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += static_cast<char>(c);
  }
  return out;
}

}  // namespace chronicle
