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
  // A page with no main text (a video page, a script-rendered shop) still
  // has a title, a date and an author: with this set it is returned with
  // empty text and Article::no_text saying why, instead of an error.
  bool allow_no_text = false;
};

namespace extract_internal {
// The result for a page in which no main text was found: `article` with
// its metadata and empty text if `options` allow it, else the error.
StatusOr<Article> NoText(Article article, const ExtractOptions& options, std::string reason);
}  // namespace extract_internal

// Decides html/text from the path suffix and the first bytes.
InputFormat SniffFormat(const RawDocument& doc);

// Returns InvalidArgument if nothing article-like is found (e.g. an empty
// document), with a message naming the reason; see allow_no_text.
StatusOr<Article> ExtractArticle(const RawDocument& doc,
                                 const ExtractOptions& options);

}  // namespace chronicle
