// extract/internal/html_parser.h: a fast HTML parser that builds a Dom.
//
// ParseHtml tokenizes and tree-builds in one pass over the bytes and writes
// the Dom (html_dom.h) directly: no token or node objects on the heap, text
// without character references is copied once from the input, '<' and the
// bytes that need decoding ('&', CR, NUL, controls) are found with
// memchr/SSE2. It
// replaces gumbo for extraction, where gumbo took most of the time; on the
// AEB pages it is several times faster than gumbo and libxml2 (numbers in
// docs/extraction.md) and gives the same text under the same elements on
// almost every page (html_parser_test.cc compares the two).
//
//   const Dom dom = ParseHtml(html);
//   for (int i = 0; i < dom.size(); ++i)
//     if (!dom.IsElement(i)) Use(dom.Text(i), dom.node(i).src_begin);
//
// Conventions are those of ParseHtmlWithGumbo: node 0 is <html>; implied
// <html>, <head>, <body>, <tbody>, <tr>, <colgroup> are real elements with
// an empty source range at the token that implied them; comments, the
// doctype and processing instructions are dropped; text nodes hold decoded
// UTF-8 (CR and CRLF become LF) and the raw source range, entities and all;
// whitespace-only text is kept where HTML5 inserts it; elements carry their
// start tag's source range and their attributes (names lower case, first
// of duplicates wins, values decoded). Tags are GumboTag values
// (gumbo_tagn_enum); unknown names are GUMBO_TAG_UNKNOWN, and, as in gumbo
// 0.10.1, an end tag of an unknown element closes the nearest open unknown
// element. "</p>" without an open <p> gives an empty <p> (HTML5), "</br>"
// a <br>; other end tags with no matching element in scope are ignored.
//
// Tokenizer: the HTML5 data, tag, attribute, comment (also `<!...>` and
// `<?...>` bogus comments, unclosed ones run to the end), doctype, CDATA
// (text in SVG/MathML, a bogus comment elsewhere), RCDATA (title,
// textarea), RAWTEXT (style, xmp, iframe, noembed, noframes), script data
// (with the `<!--` escape states) and PLAINTEXT rules. Character references:
// decimal and hex with the HTML5 replacements, and a table of named
// references written for this parser: all HTML 4 names, common HTML5 ones
// and the legacy forms without ';' (with the attribute-value rule).
//
// Tree builder: the HTML5 insertion modes up to "in body", the in-body rules
// (implied end tags, scopes, special elements, forms, lists, headings,
// tables with implied tbody/tr/colgroup, select, ruby, SVG/MathML with
// break-out tags and integration points, attribute merging of late <html>
// and <body> tags) and the list of active formatting elements with its
// reconstruction. As in gumbo, control characters in the input (C0 other
// than whitespace, DEL, C1) read as U+FFFD; unlike gumbo, noncharacters
// (U+FDD0..., U+xFFFE) are kept. Deviations from HTML5 and
// gumbo, none of which changes the visible text of the test corpora
// (the noscript one changes one wcxb page, for the better):
//  - No foster parenting: text and elements inside a <table> but outside
//    any cell stay where they are instead of moving before the table.
//  - Adoption agency, simplified: an end tag of a formatting element (or a
//    second <a>) with no special element above it pops up to it; with one
//    (the "furthest block"), that block moves up to the formatting
//    element's parent and the formatting element leaves the stack, so
//    later text is outside it as in HTML5, but the block's earlier
//    children are not wrapped in a clone of the formatting element. The
//    inner loop's clones of formatting elements between the two are not
//    made either (they are reopened by reconstruction when text follows).
//  - <frameset> and <frame> are ignored; <template> contents are ordinary
//    children; "in select in table" is assumed whenever a table is open.
//  - Quirks mode (no doctype, a name other than "html", or gumbo 0.10.1's
//    exact public ids) only decides whether <table> closes an open <p>.
//  - Text source ranges end at the last character (gumbo extends them over
//    ignored tags that follow); after "</form>" pending text stays where it
//    was (gumbo moves it to the form's parent).
//  - A raw-text element (<iframe>, <noembed>...) inside a <noscript> also
//    ends at </noscript>: a tracking "<noscript><iframe ...></noscript>"
//    without </iframe> would otherwise swallow the rest of the page.
//  - Budgets keep time and memory linear: at most 512 open elements (a
//    deeper start tag's element is attached to the deepest open one and its
//    end tag is swallowed), 256 attributes per tag (also for merged ones),
//    and reconstructed formatting elements cost at most about the input
//    length in bytes.
//
// Thread safety: reentrant; no shared mutable state.
#pragma once

#include <string_view>

#include "extract/internal/html_dom.h"

namespace chronicle::extract_internal {

inline constexpr int kDefaultMaxHtmlDepth = 512;

// Parses `html` (UTF-8; other bytes are passed through). Never fails: any
// input, including an empty one, gives a tree whose root is <html> with a
// <head> and a <body>. Offsets in the Dom are byte offsets into `html`,
// which need not outlive the result. At most `max_depth` elements are open
// at once (<html> and <body> count; clamped to [3, kDefaultMaxHtmlDepth]):
// a start tag beyond that becomes an empty element and what it holds goes
// to the deepest open element, so the Dom of a page nested 100,000 deep is
// at most max_depth deep and its text is all there.
Dom ParseHtml(std::string_view html, int max_depth = kDefaultMaxHtmlDepth);

}  // namespace chronicle::extract_internal
