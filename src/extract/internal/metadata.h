// extract/internal/metadata.h: an HTML page's title, author(s), publication
// date, site name, language and canonical URL.
//
// Pages state these many times and in many vocabularies: <meta> tags
// (Open Graph, Twitter cards, Dublin Core, Parse.ly, Sailthru...), JSON-LD
// (schema.org NewsArticle, also inside @graph), microdata (itemprop), <time>,
// rel=author links, "byline" elements, the URL and the <title> suffix. Each
// field is taken from the most reliable source that has it, in an order
// fixed per field (see metadata.cc), and cleaned ("By Jane Roe" -> "Jane
// Roe", "Headline | Site" -> "Headline", dates -> YYYY-MM-DD).
//
//   PageMetadata m = ReadPageMetadata(dom);
//
// Thread safety: reentrant.
#pragma once

#include <string>
#include <string_view>

#include "extract/internal/html_dom.h"

namespace chronicle::extract_internal {

// What the page says it is (JSON-LD @type, og:type, microdata itemtype):
// the extractor reads a product or forum page differently from an article.
enum class PageKind { kUnknown, kProduct, kForum, kCollection };

struct PageMetadata {
  std::string title;
  std::string author;    // several authors joined by "; "
  std::string date;      // YYYY-MM-DD
  std::string sitename;
  std::string language;  // ISO 639-1, lower case ("en")
  std::string url;       // canonical URL
  PageKind kind = PageKind::kUnknown;
};

PageMetadata ReadPageMetadata(const Dom& dom);

// Cleans a byline: drops "By"/"Von"/"Par"/"Por" and "Author:" labels (also
// inside: "29. Juni · von Tobi", "Recipe by Jane Roe"), trailing dates,
// weekdays and roles after a comma or pipe (degrees stay: "Jane Roe, PhD"),
// and joins several names with "; ". Returns "" if what is left does not
// look like names (comment heads "Jane says", form labels "Name *",
// photo credits, dates).
std::string CleanAuthor(std::string_view byline);

// Removes a site name from a <title> ("Headline | Site", "Site - Headline")
// given the site name and the page's <h1> (either may be empty).
std::string CleanTitle(std::string_view title, std::string_view site, std::string_view h1);

}  // namespace chronicle::extract_internal
