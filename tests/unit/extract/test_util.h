// tests/unit/extract/test_util.h: helpers shared by the extract tests.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "chronicle/document.h"

namespace chronicle::extract_test {

inline RawDocument MakeDoc(std::string_view bytes, std::string path = "doc",
                           InputFormat format = InputFormat::kAuto) {
  RawDocument d;
  d.path = std::move(path);
  d.format = format;
  d.raw = std::string(bytes);
  d.utf8 = d.raw;
  d.utf8_to_raw = OffsetMap::Identity(static_cast<uint32_t>(d.raw.size()));
  return d;
}

// Checks that every whitespace-delimited word of article text maps back to
// identical source bytes, unless it came from a character reference (the
// source then holds '&'). Also checks that the map covers the whole text.
inline void ExpectWordsMapBack(const Article& a, const RawDocument& d) {
  ASSERT_EQ(a.text_to_input.size(), a.text.size());
  size_t i = 0;
  while (i < a.text.size()) {
    while (i < a.text.size() && (a.text[i] == ' ' || a.text[i] == '\n')) ++i;
    size_t e = i;
    while (e < a.text.size() && a.text[e] != ' ' && a.text[e] != '\n') ++e;
    if (e > i) {
      const Span s = a.text_to_input.ToSource({static_cast<uint32_t>(i),
                                               static_cast<uint32_t>(e)});
      ASSERT_LE(s.end, d.utf8.size());
      const std::string src = d.utf8.substr(s.begin, s.size());
      if (src.find('&') == std::string::npos) {
        EXPECT_EQ(src, a.text.substr(i, e - i)) << "word at " << i;
      }
    }
    i = e;
  }
}

// Checks that each "\n\n"-separated paragraph maps back verbatim (for
// extractors that copy text unchanged, i.e. text mode).
inline void ExpectParagraphsMapBack(const Article& a, const RawDocument& d) {
  ASSERT_EQ(a.text_to_input.size(), a.text.size());
  size_t i = 0;
  while (i <= a.text.size()) {
    size_t e = a.text.find("\n\n", i);
    if (e == std::string::npos) e = a.text.size();
    const Span s =
        a.text_to_input.ToSource({static_cast<uint32_t>(i), static_cast<uint32_t>(e)});
    EXPECT_EQ(d.utf8.substr(s.begin, s.size()), a.text.substr(i, e - i));
    i = e + 2;
  }
}

}  // namespace chronicle::extract_test
