// extract/html_extractor.h: the article in an HTML page.
//
// The page is parsed by gumbo (an HTML5 parser). Boilerplate subtrees
// (script, nav, footer, aside, forms, and elements whose class or id say
// "comment", "share", "related", "newsletter", "cookie", ...) are skipped;
// the remaining text flows into paragraphs at block boundaries; the main
// container is chosen by a Readability-like score (paragraph text length,
// commas, low link density) and its paragraphs, in source order, become
// Article::text. Metadata comes from <meta>, <title>, JSON-LD, <time>,
// <link rel=canonical> and <html lang>:
//
//   StatusOr<Article> a = extract_internal::ExtractHtml(doc, options);
//
// The parser keeps at most options.max_html_depth elements open (deeper
// markup is flattened as it is read) and the tree is walked iteratively, so
// depth costs neither stack nor time.
//
// Thread safety: reentrant.
#pragma once

#include "chronicle/document.h"
#include "chronicle/status.h"
#include "extract/extractor.h"

namespace chronicle::extract_internal {

// Extracts title, text and metadata from doc.utf8 parsed as HTML.
// Returns InvalidArgument if no paragraph text is found.
StatusOr<Article> ExtractHtml(const RawDocument& doc, const ExtractOptions& options);

}  // namespace chronicle::extract_internal
