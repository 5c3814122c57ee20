// extract/internal/text_builder.h: assembles Article::text and its byte map.
//
// Both extractors produce paragraphs whose bytes come from RawDocument::utf8
// piece by piece (copied runs, decoded entities, collapsed whitespace). The
// builder joins them with "\n\n", records the pieces in Article::text_to_input
// and drops verbatim repeats:
//
//   ArticleTextBuilder b(&article);
//   Paragraph p;
//   p.AppendCopy(line, /*src=*/offset);
//   if (!b.Add(p)) ++article.repeated_paragraphs;
//
// Thread safety: not thread-safe; one builder per article.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "chronicle/document.h"

namespace chronicle::extract_internal {

// One run of a paragraph's bytes and where it came from.
struct MapPiece {
  uint32_t src = 0;      // source offset in RawDocument::utf8
  uint32_t src_len = 0;  // source bytes covered
  uint32_t dst_len = 0;  // output bytes
  bool copy = false;     // output == source bytes (then src_len == dst_len)
};

// A paragraph under construction: its text and the pieces that made it.
struct Paragraph {
  std::string text;
  std::vector<MapPiece> pieces;

  bool empty() const { return text.empty(); }
  // Appends `bytes`, which equal source bytes [src, src + bytes.size()).
  void AppendCopy(std::string_view bytes, uint32_t src);
  // Appends `bytes`, which stand for source bytes [src, src + src_len).
  void AppendReplaced(std::string_view bytes, uint32_t src, uint32_t src_len);
  // Source offset of the first byte, or UINT32_MAX when empty.
  uint32_t SourceBegin() const;
};

// Joins paragraphs into an Article's text and map. Not copyable.
class ArticleTextBuilder {
 public:
  explicit ArticleTextBuilder(Article* article) : article_(article) {}
  ArticleTextBuilder(const ArticleTextBuilder&) = delete;
  ArticleTextBuilder& operator=(const ArticleTextBuilder&) = delete;

  // Appends `p` after a "\n\n" separator. Returns false, appending nothing,
  // if `p` is empty or a verbatim repeat of an earlier paragraph.
  bool Add(const Paragraph& p);
  // Appends `p` even if it repeats an earlier paragraph (a page may say the
  // same thing twice on purpose); false only if `p` is empty.
  bool AddRepeat(const Paragraph& p);

 private:
  void Append(const Paragraph& p);

  Article* article_;
  std::unordered_set<std::string> seen_;
};

}  // namespace chronicle::extract_internal
