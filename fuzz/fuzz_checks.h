// fuzz/fuzz_checks.h: invariants the fuzz targets assert on every input.
//
// A violated invariant prints what broke and aborts, which libFuzzer
// reports as a crash and saves the input:
//
//   CheckDocument(doc);          // RawDocument from MakeDocument
//   CheckArticle(article, doc);  // Article from ExtractArticle
//   CheckDom(dom, html.size());  // Dom from ParseHtmlWithGumbo / ParseHtml
//
// Thread safety: plain functions.
#pragma once

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "base/utf8.h"
#include "chronicle/document.h"
#include "chronicle/status.h"
#include "extract/internal/html_dom.h"

#define CHRONICLE_FUZZ_CHECK(cond)                                                      \
  do {                                                                                  \
    if (!(cond)) {                                                                      \
      std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #cond); \
      std::abort();                                                                     \
    }                                                                                   \
  } while (0)

namespace chronicle::fuzz {

// A rejected document must say why.
inline void CheckError(const Status& s) {
  CHRONICLE_FUZZ_CHECK(!s.ok());
  CHRONICLE_FUZZ_CHECK(!s.message().empty());
}

// utf8 is valid and maps back into raw, byte for byte in length.
inline void CheckDocument(const RawDocument& d) {
  CHRONICLE_FUZZ_CHECK(IsValidUtf8(d.utf8));
  CHRONICLE_FUZZ_CHECK(d.utf8_to_raw.size() == d.utf8.size());
  const uint32_t n = static_cast<uint32_t>(d.utf8.size());
  CHRONICLE_FUZZ_CHECK(d.utf8_to_raw.ToSource({0, n}).end <= d.raw.size());
}

// extractor.h: text is paragraphs of valid UTF-8, and text_to_input maps
// every byte back into RawDocument::utf8.
inline void CheckArticle(const Article& a, const RawDocument& d) {
  CHRONICLE_FUZZ_CHECK(IsValidUtf8(a.text));
  CHRONICLE_FUZZ_CHECK(IsValidUtf8(a.title));
  CHRONICLE_FUZZ_CHECK(a.text_to_input.size() == a.text.size());
  const uint32_t n = static_cast<uint32_t>(a.text.size());
  CHRONICLE_FUZZ_CHECK(a.text_to_input.ToSource({0, n}).end <= d.utf8.size());
  for (uint32_t i = 0; i < n; i += 97) {  // spot checks inside the text
    const Span s = a.text_to_input.ToSource({i, std::min(n, i + 13)});
    CHRONICLE_FUZZ_CHECK(s.begin <= s.end && s.end <= d.utf8.size());
  }
}

// html_dom.h: pre-order nodes, descendants of i are [i + 1, end), offsets
// inside the parsed bytes, decoded strings valid UTF-8.
inline void CheckDom(const extract_internal::Dom& dom, size_t html_size) {
  CHRONICLE_FUZZ_CHECK(dom.size() >= 1);
  CHRONICLE_FUZZ_CHECK(dom.node(0).parent == -1 && dom.IsElement(0));
  for (int i = 0; i < dom.size(); ++i) {
    const extract_internal::DomNode& n = dom.node(i);
    CHRONICLE_FUZZ_CHECK(n.end > i && n.end <= dom.size());
    CHRONICLE_FUZZ_CHECK(n.src_begin <= n.src_end && n.src_end <= html_size);
    if (i > 0) {
      CHRONICLE_FUZZ_CHECK(n.parent >= 0 && n.parent < i);
      CHRONICLE_FUZZ_CHECK(n.end <= dom.node(n.parent).end);
    }
    if (n.first_child >= 0) CHRONICLE_FUZZ_CHECK(n.first_child == i + 1);
    if (n.next_sibling >= 0) {
      CHRONICLE_FUZZ_CHECK(n.next_sibling == n.end);
      CHRONICLE_FUZZ_CHECK(dom.node(n.next_sibling).parent == n.parent);
    }
    if (dom.IsElement(i)) {
      CHRONICLE_FUZZ_CHECK(n.attr_begin <= n.attr_end);
      for (uint32_t k = n.attr_begin; k < n.attr_end; ++k) {
        CHRONICLE_FUZZ_CHECK(IsValidUtf8(dom.AttrName(k)));
        CHRONICLE_FUZZ_CHECK(IsValidUtf8(dom.AttrValue(k)));
      }
    } else {
      CHRONICLE_FUZZ_CHECK(n.first_child == -1 && n.end == i + 1);
      CHRONICLE_FUZZ_CHECK(IsValidUtf8(dom.Text(i)));
    }
  }
}

// Every problem of a reader of `path` (holding `text`) reads
// "<path>:<line>: <reason>" with the line inside the text. With
// `others_allowed`, problems about other files (a dictionary set's other
// members) are passed over.
inline void CheckProblemLines(const std::vector<std::string>& problems, const std::string& path,
                              std::string_view text, bool others_allowed = false) {
  size_t lines = 1;
  for (char c : text) lines += c == '\n';
  const std::string prefix = path + ":";
  for (const std::string& p : problems) {
    const bool ours = p.compare(0, prefix.size(), prefix) == 0;
    if (!ours && others_allowed) continue;
    CHRONICLE_FUZZ_CHECK(ours);
    size_t i = prefix.size(), line = 0;
    CHRONICLE_FUZZ_CHECK(i < p.size() && p[i] >= '0' && p[i] <= '9');
    while (i < p.size() && p[i] >= '0' && p[i] <= '9') line = line * 10 + (p[i++] - '0');
    CHRONICLE_FUZZ_CHECK(line >= 1 && line <= lines);
    CHRONICLE_FUZZ_CHECK(p.compare(i, 2, ": ") == 0 && p.size() > i + 2);
  }
}

}  // namespace chronicle::fuzz
