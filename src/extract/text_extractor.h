// extract/text_extractor.h: the article in scraped plain text.
//
// Scraped text has lost its markup but kept the page's furniture: site
// chrome, donation appeals, newsletter boxes, photo credits and captions,
// video and comment widgets, related-story headlines, legal notices. The
// text extractor decides line by line what is article:
//
//   StatusOr<Article> a = extract_internal::ExtractText(doc, options);
//   // a->title: the headline line; a->text: the article paragraphs;
//   // a->date from a dateline such as "Updated Jul 28, 2015".
//
// Kept lines are copied verbatim (trimmed), so Article::text_to_input is a
// sequence of copies separated by inserted "\n\n"; only the cells of a
// table flattened to one cell per line are joined into one paragraph by
// spaces that replace the line breaks between them.
//
// Thread safety: reentrant.
#pragma once

#include "chronicle/document.h"
#include "chronicle/status.h"
#include "extract/extractor.h"

namespace chronicle::extract_internal {

// Extracts title, text, date and sitename from doc.utf8 read as plain text.
// Returns InvalidArgument if no line looks like article text.
StatusOr<Article> ExtractText(const RawDocument& doc, const ExtractOptions& options);

}  // namespace chronicle::extract_internal
