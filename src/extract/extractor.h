// extract/extractor.h: finds the article in a document.
//
// HTML (parsed by gumbo, a real HTML5 parser) -> title, main text and
// metadata. Scraped plain text (no markup left, boilerplate lines mixed in)
// -> the same, by line-level decisions. Either way Article::text holds the
// article paragraphs separated by "\n\n", each paragraph kept once, and
// Article::text_to_input maps every byte back to RawDocument::utf8.
//
//   CHRONICLE_ASSIGN_OR_RETURN(Article a, ExtractArticle(doc, ExtractOptions()));
//
// Thread safety: ExtractArticle is reentrant.
#pragma once

#include <cstddef>

#include "chronicle/document.h"
#include "chronicle/status.h"

namespace chronicle {

struct ExtractOptions {
  // Format used when the document's own is kAuto and sniffing is unsure.
  InputFormat default_format = InputFormat::kText;
  // HTML elements open at once, at most: deeper start tags become empty
  // elements and their text goes to the deepest open one (ParseHtml).
  int max_html_depth = 400;
};

// Decides html/text from the path suffix and the first bytes.
InputFormat SniffFormat(const RawDocument& doc);

// Returns InvalidArgument if nothing article-like is found (e.g. an empty
// document), with a message naming the reason.
StatusOr<Article> ExtractArticle(const RawDocument& doc,
                                 const ExtractOptions& options);

}  // namespace chronicle
