// Sources per field, most reliable first. The order was chosen on the
// trafilatura-eval and WCXB development sets (docs/extraction.md): JSON-LD
// and <meta> are written for machines and rarely wrong; visible bylines
// and dates are next; URL and <title> suffixes are the last resort.
//
//   title    the visible headline (<h1>, or an <h2> that the metadata
//            repeats when the <h1> is the site's name) against og:title /
//            twitter:title (else DC.title), JSON-LD headline and <title>
//            (site name cut):
//            the <h1> wins when the metadata repeats or contains it, and on
//            article pages also when the two differ (SEO and social titles
//            are rewrites); a metadata title wins on other pages and when
//            the <h1> adds a kicker or a dateline (a kicker styled as
//            such inside the <h1> is dropped from it first); an <h1> that
//            is one link to the front page is the site's name when the
//            <title> has it beside the headline or it holds the site name;
//            of several <h1>s the one the metadata repeats (a one-word one
//            as a whole part of the title); a meta title still joining
//            parts with " | " keeps the first; "Home" titles yield to the
//            <h1> or the site name; "Site » Archive » Headline" ends with
//            the headline
//   author   JSON-LD author (Person references resolved), author <meta>s
//            (Dublin Core, Parse.ly, Sailthru, article:author, Yoast's
//            twitter:data1), itemprop=author, byline elements, rel=author
//            links, "By ..." / "Von ..." lines (with the names listed
//            after the first: "Von <a>A</a> und <a>B</a>"); never inside
//            comment threads; the publisher (an Organization, or the site name) or
//            a login only when nothing else names a person; a byline under
//            the headline beats an author <meta> (often the filing
//            account) or a Yoast JSON-LD reference, unless it stands far
//            down the page and the marked-up byline confirms the <meta>;
//            a name alone closing the article text signs it; an article,
//            or a dated untyped page, that names no one is the publisher's
//   date     JSON-LD datePublished, article:published_time, date <meta>s,
//            itemprop=datePublished, JSON-LD dateCreated, the URL, <time>,
//            a dated element, a date line under the headline; a UTC stamp
//            yields to a local stamp of the same moment (or, near
//            midnight, to the day the page shows), and the publication
//            date to a modification date that the page shows as its date
//            (unlabelled, not "Updated ..." or "last post by ..."); a
//            modification date alone dates the page; a generic "date" /
//            "DC.date" <meta> (a CMS stamp) yields to the date shown at the
//            headline (its first <time>, the line under it, a kicker above
//            it), and so does a JSON-LD datePublished written by hand or
//            equal to its dateModified (a site builder's stamp); other
//            "publish...date" <meta>s come after <time>; replies' microdata
//            stamps, "Updated" <time>s and profile dates ("Joined") are
//            not publication dates; the line right under the headline and
//            a kicker right above it come before date-named elements (a
//            long one, a forum post's date with its edit note, by its
//            leading date); a zoneless server stamp yields to that line
//            when it shows the next or previous day with the same minutes;
//            "03/10/2023" is read in the order the page's other dates,
//            og:locale or country domain show (FixDateOrder); a forum's
//            clock ("It is currently ...") is not a date of the page
//   sitename og:site_name, JSON-LD publisher, application-name, the
//            <title> suffix
#include "extract/internal/metadata.h"

#include <nlohmann/json.hpp>
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <vector>

#include "extract/internal/dates.h"

namespace chronicle::extract_internal {

bool LooksLikeDomain(std::string_view s);

namespace {

constexpr size_t kMaxText = 4096;
constexpr size_t kMaxAuthorWords = 12;

char LowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = LowerAscii(c);
  return out;
}

// ASCII case-insensitive comparisons on views: attribute values are read
// for every element, and a lowered copy of each would allocate.
bool EqualsIgnoreCase(std::string_view a, std::string_view lower) {
  if (a.size() != lower.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (LowerAscii(a[i]) != lower[i]) return false;
  }
  return true;
}

// Position of `lower` (lower case) in `s` at or after `from`, ignoring ASCII case.
size_t FindIgnoreCase(std::string_view s, std::string_view lower, size_t from = 0) {
  if (lower.empty()) return from <= s.size() ? from : std::string_view::npos;
  for (size_t i = from; i + lower.size() <= s.size(); ++i) {
    if (LowerAscii(s[i]) != lower[0]) continue;
    size_t k = 1;
    while (k < lower.size() && LowerAscii(s[i + k]) == lower[k]) ++k;
    if (k == lower.size()) return i;
  }
  return std::string_view::npos;
}

bool ContainsIgnoreCase(std::string_view s, std::string_view lower) {
  return FindIgnoreCase(s, lower) != std::string_view::npos;
}

bool IsAsciiAlpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Whitespace runs (and no-break spaces) to one space, trimmed.
std::string Collapse(std::string_view s) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const bool nbsp = s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0';
    if (IsSpace(s[i]) || nbsp) {
      space = !out.empty();
      if (nbsp) ++i;
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(s[i]);
  }
  return out;
}

bool BreaksText(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_BR: case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_LI:
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_TR: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_HR: case GUMBO_TAG_IMG:
      return true;
    default:
      return false;
  }
}

// Character references left in JSON-LD and attribute text written by
// templates that escape twice ("Redacci&oacute;n", "Maria &amp; Kim").
std::string DecodeEntities(std::string s) {
  if (s.find('&') == std::string::npos) return s;
  static constexpr std::pair<std::string_view, std::string_view> kNamed[] = {
      {"amp", "&"},     {"quot", "\""},   {"apos", "'"},    {"lt", "<"},      {"gt", ">"},
      {"nbsp", " "},    {"aacute", "á"}, {"eacute", "é"}, {"iacute", "í"}, {"oacute", "ó"},
      {"uacute", "ú"},  {"ntilde", "ñ"}, {"auml", "ä"},   {"ouml", "ö"},   {"uuml", "ü"},
      {"Auml", "Ä"},    {"Ouml", "Ö"},   {"Uuml", "Ü"},   {"szlig", "ß"},  {"ccedil", "ç"},
      {"egrave", "è"},  {"agrave", "à"}, {"ecirc", "ê"},  {"ndash", "–"},  {"mdash", "—"},
      {"rsquo", "’"},   {"lsquo", "‘"},  {"rdquo", "”"},  {"ldquo", "“"}};
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    const size_t semi = s[i] == '&' ? s.find(';', i) : std::string::npos;
    if (semi == std::string::npos || semi - i > 10) {
      out.push_back(s[i]);
      continue;
    }
    const std::string_view name = std::string_view(s).substr(i + 1, semi - i - 1);
    bool done = false;
    if (name.size() >= 2 && name[0] == '#') {
      const bool hex = name[1] == 'x' || name[1] == 'X';
      const std::string digits(name.substr(hex ? 2 : 1));
      char* end = nullptr;
      const long cp = std::strtol(digits.c_str(), &end, hex ? 16 : 10);
      if (!digits.empty() && end && *end == '\0' && cp > 0 && cp < 0x110000) {
        // UTF-8 encoding of the code point.
        if (cp < 0x80) {
          out.push_back(static_cast<char>(cp));
        } else if (cp < 0x800) {
          out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
          out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
          out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
          out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
          out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else {
          out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
          out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
          out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
          out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        }
        done = true;
      }
    } else {
      for (const auto& [n, v] : kNamed) {
        if (name == n) {
          out.append(v);
          done = true;
          break;
        }
      }
    }
    if (done) {
      i = semi;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

// Text of the subtree of element i, capped. With `layout`, as a browser
// lays it out: inline elements join ("<span>Topic</span>: Headline" is
// "Topic: Headline"), blocks and line breaks separate. Headings want that;
// bylines and dates do not ("Posted by<span>Jane</span>" is styled apart).
std::string SubtreeText(const Dom& dom, int i, bool layout = false) {
  std::string out;
  const DomNode& n = dom.node(i);
  for (int k = i + 1; k < n.end && out.size() < kMaxText; ++k) {
    if (dom.IsElement(k)) {
      const GumboTag t = dom.node(k).tag;
      if (t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_NOSCRIPT ||
          t == GUMBO_TAG_TEMPLATE) {
        k = dom.node(k).end - 1;
      } else if (BreaksText(t)) {
        out.push_back(' ');
      }
      continue;
    }
    out.append(dom.Text(k));
    if (!layout) out.push_back(' ');
  }
  std::string text = Collapse(out);
  // Documentation headings end in a permalink mark: "Installation¶".
  while (layout && text.size() >= 2 && text.compare(text.size() - 2, 2, "\xC2\xB6") == 0) {
    text.resize(text.size() - 2);
    while (!text.empty() && text.back() == ' ') text.pop_back();
  }
  return text;
}

// A kicker (topic line) styled inside the heading: "<h1><span
// class=kicker>Climate</span> Drilling until it gets hot</h1>".
bool IsKicker(const Dom& dom, int k) {
  const std::string_view cls = dom.Attr(k, "class");
  if (cls.empty()) return false;
  for (std::string_view cue : {"kicker", "dachzeile", "roofline", "topline", "overline",
                               "eyebrow", "supertitle", "surtitre", "occhiello", "antetitulo",
                               "pretitle", "titleheader", "topic-label"}) {
    if (ContainsIgnoreCase(cls, cue)) return true;
  }
  return false;
}

// The text of a heading without its kicker, and without the separator a
// screen reader hears after it; the whole text when nothing else is left.
std::string HeadlineText(const Dom& dom, int i) {
  const DomNode& n = dom.node(i);
  bool kicker = false;
  for (int k = i + 1; k < n.end && !kicker; ++k) kicker = dom.IsElement(k) && IsKicker(dom, k);
  if (!kicker) return SubtreeText(dom, i, /*layout=*/true);
  std::string out;
  for (int k = i + 1; k < n.end && out.size() < kMaxText; ++k) {
    if (dom.IsElement(k)) {
      const GumboTag t = dom.node(k).tag;
      if (t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_NOSCRIPT ||
          t == GUMBO_TAG_TEMPLATE || IsKicker(dom, k)) {
        k = dom.node(k).end - 1;
      } else if (BreaksText(t)) {
        out.push_back(' ');
      }
      continue;
    }
    out.append(dom.Text(k));
  }
  std::string text = Collapse(out);
  // The hidden ": " or " – " that joined kicker and headline.
  size_t from = 0;
  while (from < text.size() && (text[from] == ':' || text[from] == '-' || text[from] == ' ' ||
                                text[from] == '|')) {
    ++from;
  }
  if (text.compare(from, 3, "\xE2\x80\x93") == 0 || text.compare(from, 3, "\xE2\x80\x94") == 0) {
    from += 3;
  }
  text = Collapse(std::string_view(text).substr(from));
  if (text.find(' ') == std::string::npos) return SubtreeText(dom, i, /*layout=*/true);
  return text;
}

size_t Words(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    if (IsSpace(c)) {
      in = false;
    } else if (!in) {
      in = true;
      ++n;
    }
  }
  return n;
}

// Words with a letter or digit in them ("-" and "|" are not words).
size_t TextWords(std::string_view s) {
  size_t n = 0;
  bool in = false, text = false;
  for (size_t i = 0; i <= s.size(); ++i) {
    const char c = i < s.size() ? s[i] : ' ';
    if (IsSpace(c)) {
      if (in && text) ++n;
      in = text = false;
      continue;
    }
    in = true;
    const auto u = static_cast<unsigned char>(c);
    // U+0080..U+00BF (« » ·) and U+2000..U+203F (– — “ ” •) are punctuation.
    if (u == 0xC2 && i + 1 < s.size()) {
      ++i;
    } else if (u == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
      i += 2;
    } else if (u >= 0x80 || IsAsciiAlpha(c) || (c >= '0' && c <= '9')) {
      text = true;
    }
  }
  return n;
}

// Whether one of `tokens` (lower case, each starting with a letter) occurs
// in `value` between non-letters, ignoring case: "post-author" has
// "author", "authority" does not. One pass: only the starts of letter runs
// can begin a token, and most fail on their first letter. Class lists are
// tested against a dozen tokens on every element, so this is a hot path.
template <size_t N>
bool HasAnyToken(std::string_view value, const std::string_view (&tokens)[N]) {
  for (size_t at = 0; at < value.size();) {
    if (!IsAsciiAlpha(value[at])) {
      ++at;
      continue;
    }
    const char first = LowerAscii(value[at]);
    size_t run_end = at + 1;
    while (run_end < value.size() && IsAsciiAlpha(value[run_end])) ++run_end;
    const size_t run = run_end - at;
    for (const std::string_view t : tokens) {
      // The token's first run of letters must be this whole run.
      if (t[0] != first || t.size() < run || (t.size() > run && IsAsciiAlpha(t[run])))
        continue;
      const size_t e = at + t.size();
      if (e > value.size()) continue;
      if ((e == value.size() || !IsAsciiAlpha(value[e])) &&
          EqualsIgnoreCase(value.substr(at, t.size()), t)) {
        return true;
      }
    }
    at = run_end;
  }
  return false;
}

// --------------------------------------------------------------- JSON-LD

struct LdFacts {
  std::string headline, date_published, date_created, date_modified, author, publisher, type;
  // Set by an article-like object: the first one speaks for the page (later
  // ones are often teasers of related articles).
  bool headline_set = false, date_set = false, author_set = false;
  std::string article_name;  // "name" of an Article-typed object
  bool author_is_org = false;  // every author given is an Organization
  // Authors given by reference ({"@id": ".../#/schema/person/1"}, as Yoast
  // writes them) and the Person objects of the page, to resolve them.
  std::vector<std::string> author_ids;
  std::vector<std::pair<std::string, std::string>> person_names;  // @id, name
  bool is_article = false;   // an Article/BlogPosting/NewsArticle object was seen
  PageKind kind = PageKind::kUnknown;  // from the first Product/forum/collection @type
};

// The PageKind a schema.org type names, or kUnknown.
PageKind KindOfType(std::string_view t) {
  if (t == "Product" || t == "ProductGroup" || t == "IndividualProduct") {
    return PageKind::kProduct;
  }
  if (t == "DiscussionForumPosting" || t == "QAPage") return PageKind::kForum;
  if (t == "CollectionPage" || t == "OfferCatalog") return PageKind::kCollection;
  return PageKind::kUnknown;
}

std::string JsonName(const nlohmann::json& j) {
  if (j.is_string()) return j.get<std::string>();
  if (j.is_object()) {
    if (auto it = j.find("name"); it != j.end()) return JsonName(*it);
  }
  return "";
}

bool IsArticleType(const nlohmann::json& type, bool strict) {
  const auto one = [strict](const std::string& t) {
    if (t.find("Article") != std::string::npos || t == "BlogPosting" ||
        t == "LiveBlogPosting" || t == "Posting" || t == "Report") {
      return true;
    }
    return !strict && t == "WebPage";
  };
  if (type.is_string()) return one(type.get<std::string>());
  if (type.is_array()) {
    for (const auto& t : type) {
      if (t.is_string() && one(t.get<std::string>())) return true;
    }
  }
  return false;
}

// Schema.org types whose datePublished dates the thing itself (its
// release), not the page about it.
bool ReleasedWork(std::string_view type) {
  for (std::string_view w : {"VideoGame", "Game", "Book", "Movie", "TVSeries", "MusicAlbum",
                             "MusicRecording", "SoftwareApplication", "MobileApplication",
                             "Product"}) {
    if (type == w) return true;
  }
  return false;
}

void ReadLdObject(const nlohmann::json& j, LdFacts* f, int depth) {
  if (depth > 8) return;
  if (j.is_array()) {
    for (const auto& e : j) ReadLdObject(e, f, depth + 1);
    return;
  }
  if (!j.is_object()) return;
  if (auto g = j.find("@graph"); g != j.end()) ReadLdObject(*g, f, depth + 1);
  const auto type = j.find("@type");
  if (type != j.end() && type->is_string() && type->get<std::string>() == "Person") {
    const auto id = j.find("@id");
    const auto name = j.find("name");
    if (id != j.end() && id->is_string() && name != j.end() && name->is_string()) {
      f->person_names.emplace_back(id->get<std::string>(), name->get<std::string>());
    }
  }
  if (type != j.end() && type->is_string() && f->kind == PageKind::kUnknown) {
    f->kind = KindOfType(type->get<std::string>());
  }
  const bool article = type != j.end() && IsArticleType(*type, /*strict=*/false);
  const bool strict_article = type != j.end() && IsArticleType(*type, /*strict=*/true);
  const auto str = [&](const char* key) -> std::string {
    auto it = j.find(key);
    if (it == j.end()) return "";
    if (it->is_string()) return it->get<std::string>();
    if (it->is_array() && !it->empty() && (*it)[0].is_string()) return (*it)[0].get<std::string>();
    return "";
  };
  // Article-like objects speak for the page; others (a WebSite, an
  // Organization, a BreadcrumbList) only fill what is still missing.
  const auto take = [&](std::string& field, bool& set_by_article, std::string value) {
    if (!value.empty() && (field.empty() || (article && !set_by_article))) {
      field = std::move(value);
      set_by_article = article;
    }
  };
  if (strict_article) {
    f->is_article = true;
    if (std::string n = str("name"); !n.empty() && f->article_name.empty()) {
      f->article_name = DecodeEntities(n);
    }
  }
  take(f->headline, f->headline_set, DecodeEntities(str("headline")));
  // A game's, a book's or a film's datePublished is its release, not the
  // page's (a forum thread or a review that marks up what it is about).
  const bool released_work =
      type != j.end() && type->is_string() && ReleasedWork(type->get<std::string>());
  if (!released_work) take(f->date_published, f->date_set, str("datePublished"));
  if (std::string d = str("dateModified"); !d.empty() && f->date_modified.empty()) {
    f->date_modified = d;
  }
  if (std::string d = str("dateCreated"); !d.empty() && f->date_created.empty()) {
    f->date_created = d;
  }
  if (auto a = j.find("author");
      a != j.end() && (f->author.empty() || (article && !f->author_set))) {
    std::vector<std::string> names;
    bool org = true;
    std::vector<std::string> ids;
    const auto add = [&](const nlohmann::json& e) {
      if (e.is_object() && !e.contains("name")) {
        if (auto id = e.find("@id"); id != e.end() && id->is_string()) {
          ids.push_back(id->get<std::string>());
        }
      }
      if (std::string n = JsonName(e); !n.empty()) {
        names.push_back(n);
        const auto t = e.is_object() ? e.find("@type") : e.end();
        if (!e.is_object() || t == e.end() || !t->is_string() ||
            t->get<std::string>() != "Organization") {
          org = false;
        }
      }
    };
    if (a->is_array()) {
      for (const auto& e : *a) add(e);
    } else {
      add(*a);
    }
    std::string joined;
    for (const std::string& n : names) joined += (joined.empty() ? "" : "; ") + n;
    if (!joined.empty()) {
      f->author = joined;
      f->author_is_org = org;
      f->author_set = article;
    } else if (!ids.empty() && f->author_ids.empty()) {
      f->author_ids = std::move(ids);
    }
  }
  if (auto p = j.find("publisher"); p != j.end() && f->publisher.empty()) {
    f->publisher = JsonName(p->is_array() && !p->empty() ? (*p)[0] : *p);
  }
  for (const char* nested : {"mainEntity", "mainEntityOfPage", "itemListElement"}) {
    if (auto it = j.find(nested); it != j.end() && (it->is_object() || it->is_array())) {
      ReadLdObject(*it, f, depth + 1);
    }
  }
}

void ReadJsonLd(std::string_view text, LdFacts* f) {
  nlohmann::json j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false,
                                           /*ignore_comments=*/true);
  if (!j.is_discarded()) {
    ReadLdObject(j, f, 0);
    return;
  }
  // Raw line breaks and tabs inside strings (an article body pasted as it
  // is) are the commonest breakage: escaped, the JSON reads whole, and its
  // objects keep their types (a forum post's date inside a thread about a
  // game is the post's, not the game's release).
  {
    std::string fixed;
    fixed.reserve(text.size());
    bool in_string = false, escaped = false, changed = false;
    for (char c : text) {
      if (in_string) {
        if (escaped) {
          escaped = false;
        } else if (c == '\\') {
          escaped = true;
        } else if (c == '"') {
          in_string = false;
        } else if (c == '\n' || c == '\r' || c == '\t') {
          changed = true;
          c = ' ';
        }
      } else if (c == '"') {
        in_string = true;
      }
      fixed.push_back(c);
    }
    if (changed) {
      j = nlohmann::json::parse(fixed, nullptr, /*allow_exceptions=*/false,
                                /*ignore_comments=*/true);
      if (!j.is_discarded()) {
        ReadLdObject(j, f, 0);
        return;
      }
    }
  }
  // Broken JSON (trailing commas, raw newlines in strings) is common: fall
  // back to the fields themselves.
  static const RE2 date("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
  static const RE2 author_obj("\"author\"\\s*:\\s*\\[?\\s*\\{[^}]*?\"name\"\\s*:\\s*\"([^\"]+)\"");
  static const RE2 author_str("\"author\"\\s*:\\s*\"([^\"]+)\"");
  static const RE2 headline("\"headline\"\\s*:\\s*\"([^\"]+)\"");
  const re2::StringPiece in(text.data(), text.size());
  std::string v;
  re2::StringPiece found;
  if (f->date_published.empty() && RE2::PartialMatch(in, date, &found)) {
    // Not inside a released work's object (the nearest "@type" before it).
    static const RE2 type("\"@type\"\\s*:\\s*\"([^\"]+)\"");
    re2::StringPiece before(text.data(), static_cast<size_t>(found.data() - text.data()));
    std::string last_type;
    for (re2::StringPiece t; RE2::FindAndConsume(&before, type, &t);) last_type = std::string(t);
    if (!ReleasedWork(last_type)) f->date_published = std::string(found);
  }
  if (f->author.empty() &&
      (RE2::PartialMatch(in, author_obj, &v) || RE2::PartialMatch(in, author_str, &v))) {
    f->author = v;
  }
  if (f->headline.empty() && RE2::PartialMatch(in, headline, &v)) f->headline = v;
}

// ------------------------------------------------------------- the scan

constexpr size_t kMaxH1 = 4;
constexpr size_t kMaxH2 = 6;

struct Found {
  std::string og_title, title, ld_headline, itemprop_headline;
  std::vector<std::string> h1s;  // the first kMaxH1 visible, non-empty <h1> texts
  std::vector<std::string> h2s;  // the same for <h2>
  std::string h1_home;  // the first <h1> that is a link to the site's root: its name
  std::string og_title2;         // a second, different og:title/twitter:title
  bool og_title_is_dc = false;   // og_title holds a Dublin Core title (a fallback)
  std::string site_og, site_app;
  std::string date_article, date_meta, date_itemprop, date_time, date_text;
  std::string date_modified;  // article:modified_time, itemprop=dateModified
  std::string date_meta_loose;  // another <meta> whose name says "publish...date/time"
  bool date_meta_generic = false;  // date_meta came from "date", "DC.date" or "DCTERMS.date"
  std::string date_time_text;  // the visible text of that first <time>
  std::string date_time_raw;   // and its datetime attribute
  int date_time_at = -1;       // text_nodes where that <time> was found
  bool date_time_update = false;  // that <time> is labelled "Updated"
  bool date_visible_update = false;
  std::string date_visible;      // a short text node that is a date, after the <h1>
  std::string date_visible_any;  // the first such in the body, <h1> or not
  std::string date_kicker;       // the last such before the first <h1>
  // The texts of those three when they are numeric dates whose day and
  // month could be swapped ("03/10/2023"), else empty.
  std::string date_visible_src, date_visible_any_src, date_kicker_src;
  std::string date_visible_text;  // the text date_visible was read from
  int date_kicker_at = -1;       // text_nodes where date_kicker was found
  std::string author_visible;  // a short "By Jane Roe" text node, after the <h1>
  int author_visible_gap = -1;  // non-empty text nodes from the <h1> to it
  std::string author_visible_noh1;  // the same before any <h1>
  std::string author_visible_site;  // "By The Daily Paper": the site's name as a byline
  std::string author_dated;  // "11.12.2019 - Jane Roe": a date and a name, anywhere
  std::string author_signature;  // a name alone in its paragraph after article text
  size_t recent_text_bytes = 0;  // decaying sum of the bytes of the last text nodes
  std::string author_meta, author_article, author_itemprop, author_byline, author_rel;
  std::string author_meta2;  // a second, different author <meta> (Parse.ly beside DC)
  std::string author_meta_key;  // the name of the tag author_meta came from, lower case
  bool twitter_label_author = false;  // twitter:label1 said "Written by"
  std::string lang, locale, content_language;
  std::string canonical, og_url;
  int h1_count = 0;
  // Non-empty text nodes since the last headline <h1> (not one linking to
  // the front page), and that count where date_visible was found.
  int since_h1 = 1 << 20;
  int date_visible_gap = 1 << 20;
  // Non-empty text nodes of the body so far; that count at the first
  // headline <h1> and where date_visible_any was found.
  int text_nodes = 0;
  int first_h1_at = -1;
  int date_visible_any_at = -1;
  int date_visible_at = -1;
  bool og_article = false;  // og:type article
  PageKind og_kind = PageKind::kUnknown;    // og:type product(.group)
  PageKind item_kind = PageKind::kUnknown;  // the first telling microdata itemtype
  LdFacts ld;
};

bool KeyIs(std::string_view key, std::initializer_list<std::string_view> names) {
  for (std::string_view n : names) {
    if (EqualsIgnoreCase(key, n)) return true;
  }
  return false;
}

void ReadMetaTag(const Dom& dom, int i, Found* f) {
  std::string_view key = dom.Attr(i, "property");
  if (key.empty()) key = dom.Attr(i, "name");
  if (key.empty()) key = dom.Attr(i, "itemprop");
  const std::string_view http_equiv = dom.Attr(i, "http-equiv");
  if (key.empty() && http_equiv.empty()) return;
  const std::string_view raw = dom.Attr(i, "content");
  if (raw.empty()) return;
  const auto set = [&](std::string& field) {
    if (field.empty()) field = Collapse(raw);
  };
  if (EqualsIgnoreCase(http_equiv, "content-language")) set(f->content_language);
  if (key.empty()) return;
  // Next.js pages that pass their JSON-LD as "other" metadata render it
  // as <meta name="script:ld+json" content="{...}">.
  if (KeyIs(key, {"script:ld+json"})) {
    ReadJsonLd(raw, &f->ld);
    return;
  }
  // Dublin Core titles ("DC.title", "DCTERMS.title") stand in for a
  // missing og:title; pages that have both often add the site to DC.
  if (KeyIs(key, {"dc:title", "dc.title", "dcterms.title", "dcterms:title"}) &&
      f->og_title.empty()) {
    set(f->og_title);
    f->og_title_is_dc = true;
  }
  if (KeyIs(key, {"og:title", "twitter:title"})) {
    if (f->og_title_is_dc) {
      f->og_title = Collapse(raw);
      f->og_title_is_dc = false;
    } else if (f->og_title.empty()) {
      set(f->og_title);
    } else if (f->og_title2.empty()) {
      f->og_title2 = Collapse(raw);
    }
  }
  if (KeyIs(key, {"og:type"}) && ContainsIgnoreCase(raw, "article")) f->og_article = true;
  if (KeyIs(key, {"og:type"}) && ContainsIgnoreCase(raw, "product")) {
    // Shopify's "product.group" is a collection page.
    f->og_kind =
        ContainsIgnoreCase(raw, "group") ? PageKind::kCollection : PageKind::kProduct;
  }
  if (KeyIs(key, {"og:site_name"})) set(f->site_og);
  if (KeyIs(key, {"application-name", "al:android:app_name"})) set(f->site_app);
  if (KeyIs(key, {"og:url"})) set(f->og_url);
  if (KeyIs(key, {"og:locale"})) set(f->locale);
  if (KeyIs(key, {"dc.language", "language", "content-language"})) set(f->content_language);
  if (KeyIs(key, {"article:published_time", "og:article:published_time", "og:published_time",
                  "article:published"})) {
    set(f->date_article);
  }
  if (KeyIs(key, {"date", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date",
                  "dc.date.issued", "dc.date.created", "dcterms.date", "dcterms.issued",
                  "dcterms.created", "sailthru.date", "parsely-pub-date", "datepublished",
                  "article.published", "published-date", "release_date",
                  "citation_publication_date", "originalpublicationdate",
                  "cxenseparse:recs:publishtime", "date_published", "og:pubdate", "pub_date",
                  "created", "publication_date"})) {
    if (f->date_meta.empty()) {
      f->date_meta_generic = KeyIs(key, {"date", "dc.date", "dcterms.date"});
    }
    set(f->date_meta);
  }
  // Other publication stamps ("w-published-date", "published"): any key
  // that says so, after the known ones.
  if (f->date_meta_loose.empty() && ContainsIgnoreCase(key, "publish") &&
      (ContainsIgnoreCase(key, "date") || ContainsIgnoreCase(key, "time") ||
       EqualsIgnoreCase(key, "published"))) {
    set(f->date_meta_loose);
  }
  if (KeyIs(key, {"article:modified_time", "og:updated_time", "datemodified",
                  "dcterms.modified", "last-modified"})) {
    set(f->date_modified);
  }
  if (KeyIs(key, {"author", "dc.creator", "dcterms.creator", "sailthru.author", "parsely-author",
                  "byl", "citation_author", "citation_authors", "article.author",
                  "cxenseparse:author"})) {
    if (f->author_meta.empty()) {
      set(f->author_meta);
      f->author_meta_key = Lower(key);
    } else if (EqualsIgnoreCase(key, f->author_meta_key) &&
               KeyIs(key, {"citation_author", "citation_authors", "dc.creator",
                           "dcterms.creator"})) {
      // Scholarly pages repeat the tag, one author each.
      f->author_meta += "; " + Collapse(raw);
    } else if (f->author_meta2.empty() && Collapse(raw) != f->author_meta) {
      f->author_meta2 = Collapse(raw);
    }
  }
  // Yoast: <meta name="twitter:label1" content="Written by"> and the name
  // in twitter:data1.
  if (KeyIs(key, {"twitter:label1"})) {
    for (std::string_view w : {"written by", "verfasst von", "geschrieben von", "écrit par",
                               "escrito por", "scritto da", "autor", "author", "auteur"}) {
      if (ContainsIgnoreCase(raw, w)) f->twitter_label_author = true;
    }
  }
  if (KeyIs(key, {"twitter:data1"}) && f->twitter_label_author) set(f->author_meta2);
  if (KeyIs(key, {"article:author"}) && raw.find("://") == std::string_view::npos) {
    set(f->author_article);
  }
}

// Class/id tokens (HasAnyToken) of the element tests below.
constexpr std::string_view kBylineTokens[] = {
    "author",       "authors",     "author-name", "authorname", "author_name",
    "article-author", "post-author", "entry-author", "writer",   "autor",
    "auteur",       "field-name-field-author"};
constexpr std::string_view kDateTokens[] = {
    "date",       "published",  "pubdate",      "timestamp", "time", "datum",
    "post-date", "entry-date", "article-date", "meta-date", "fecha"};
constexpr std::string_view kNameTokens[] = {
    "fn",          "name",         "author-name",  "author_name",
    "authorname", "byline-name", "byline__name", "author__name"};
constexpr std::string_view kCommentTokens[] = {
    "comments",     "comment-list", "commentlist",     "comment",      "commentform",
    "comment-form", "comment-respond", "respond", "disqus_thread"};
constexpr std::string_view kHiddenOrLogoTokens[] = {
    "hidden",         "aural",          "sr-only",           "screen-reader-text",
    "visually-hidden", "visuallyhidden", "element-invisible", "logo",
    "site-title",     "site-name",      "site-logo",         "brand"};

// Inside a byline element, the element that holds just the name: a link to
// an author page, or class "fn"/"name"/"author-name". "" if none.
// Several ("By <a>Jane Roe</a>, <a>John Doe</a> and <a>Kim Lee</a>") are
// joined with ", " when only a joiner stands between them: a "Weitere
// Beiträge" link or a photo credit further on is not a co-author.
std::string BylineNameElement(const Dom& dom, int i) {
  std::string names;
  int names_n = 0;
  int prev_end = -1;  // end of the last name element taken
  for (int k = i + 1; k < dom.node(i).end; ++k) {
    if (!dom.IsElement(k)) continue;
    bool name = false;
    if (dom.node(k).tag == GUMBO_TAG_A) {
      const std::string_view href = dom.Attr(k, "href");
      for (std::string_view t : {"/author", "/autor", "/auteur", "/people/", "/profile",
                                 "/staff/", "/team/", "/journalist", "/redakteur"}) {
        if (ContainsIgnoreCase(href, t)) name = true;
      }
    }
    for (const std::string_view v : {dom.Attr(k, "class"), dom.Attr(k, "itemprop")}) {
      if (v.empty()) continue;
      if (HasAnyToken(v, kNameTokens)) name = true;
    }
    if (name) {
      std::string text = SubtreeText(dom, k);
      if (!text.empty() && Words(text) <= 6) {
        if (prev_end >= 0) {
          std::string between;
          for (int j = prev_end; j < k; ++j) {
            if (!dom.IsElement(j)) between += dom.Text(j);
          }
          static const RE2 joiner("(?i)\\s*(?:,|&|and|und|et|y|e|i)\\s*");
          if (!RE2::FullMatch(between, joiner)) break;
        }
        if (names.find(text) == std::string::npos) {
          names += (names.empty() ? "" : ", ") + text;
          if (++names_n == 8) break;
        }
        prev_end = dom.node(k).end;
        k = prev_end - 1;  // not its own descendants again
      }
    }
  }
  return names;
}

// The class/id token families Scan asks of every element in the body: a
// byline (kBylineTokens, or "byline" inside a word, also in rel), a date
// (kDateTokens), and comment threads and forms (kCommentTokens), whose
// commenters' names and stamps are never the page's ("Kersti says",
// "Name (required)"; not every <form>: forums wrap the whole thread,
// opening post and all, in one). One pass over a value answers all three:
// three separate tests took a sixth of the extraction time.
enum : uint8_t { kFamilyByline = 1, kFamilyDate = 2, kFamilyComment = 4 };

// Which of the `wanted` families one of whose tokens `value` has, in the
// sense of HasAnyToken.
uint8_t TokenFamilies(std::string_view value, uint8_t wanted) {
  struct Entry {
    std::string_view token;
    size_t first_run;  // letters before the token's first non-letter
    uint8_t family;
  };
  // The tokens of the three families, bucketed by first letter. A token
  // starts where a run of letters starts and its first run of letters must
  // be that whole run, so the run's length rules most tokens out at once.
  static const std::array<std::vector<Entry>, 26> kByLetter = [] {
    std::array<std::vector<Entry>, 26> t;
    const auto add = [&t](const auto& tokens, uint8_t family) {
      for (const std::string_view tok : tokens) {
        size_t run = 0;
        while (run < tok.size() && IsAsciiAlpha(tok[run])) ++run;
        t[tok[0] - 'a'].push_back({tok, run, family});
      }
    };
    add(kBylineTokens, kFamilyByline);
    add(kDateTokens, kFamilyDate);
    add(kCommentTokens, kFamilyComment);
    return t;
  }();
  uint8_t found = 0;
  for (size_t at = 0; at < value.size();) {
    if (!IsAsciiAlpha(value[at])) {
      ++at;
      continue;
    }
    const std::vector<Entry>& bucket = kByLetter[LowerAscii(value[at]) - 'a'];
    size_t run_end = at + 1;
    while (run_end < value.size() && IsAsciiAlpha(value[run_end])) ++run_end;
    for (const Entry& e : bucket) {
      const size_t end = at + e.token.size();
      if (e.first_run != run_end - at || (wanted & e.family) == 0 ||
          (found & e.family) != 0 || end > value.size()) {
        continue;
      }
      if ((end == value.size() || !IsAsciiAlpha(value[end])) &&
          EqualsIgnoreCase(value.substr(at, e.token.size()), e.token)) {
        found |= e.family;
        if ((found & wanted) == wanted) return found;
      }
    }
    at = run_end;
  }
  return found;
}

// The attributes Scan reads on every element, found in one pass over them
// (the first of a name, as Dom::Attr finds it).
struct ElementNames {
  std::string_view cls, id, rel, itemprop, itemtype;
};

ElementNames NamesOf(const Dom& dom, int i) {
  ElementNames n;
  bool has_cls = false, has_id = false, has_rel = false, has_itemprop = false,
       has_itemtype = false;
  const DomNode& node = dom.node(i);
  for (uint32_t k = node.attr_begin; k < node.attr_end; ++k) {
    const std::string_view name = dom.AttrName(k);
    const auto take = [&](std::string_view want, bool* has, std::string_view* out) {
      if (!*has && name == want) {
        *has = true;
        *out = dom.AttrValue(k);
      }
    };
    switch (name.size()) {
      case 2:
        take("id", &has_id, &n.id);
        break;
      case 3:
        take("rel", &has_rel, &n.rel);
        break;
      case 5:
        take("class", &has_cls, &n.cls);
        break;
      case 8:
        take("itemprop", &has_itemprop, &n.itemprop);
        take("itemtype", &has_itemtype, &n.itemtype);
        break;
      default:
        break;
    }
  }
  return n;
}

// Headings for screen readers only, or the site's logo set as a heading.
bool HiddenOrLogo(const Dom& dom, int i) {
  if (dom.HasAttr(i, "hidden") || EqualsIgnoreCase(dom.Attr(i, "aria-hidden"), "true")) {
    return true;
  }
  for (const std::string_view v : {dom.Attr(i, "class"), dom.Attr(i, "id")}) {
    if (v.empty()) continue;
    if (HasAnyToken(v, kHiddenOrLogoTokens)) return true;
  }
  return false;
}

// A date shown as the last update ("Updated <time>", class "updated",
// itemprop=dateModified): the words and markup around element i say so.
bool UpdateLabel(const Dom& dom, int i) {
  if (i < 0) return false;
  const auto says = [](std::string_view v) {
    for (std::string_view w : {"updat", "modif", "aktualisiert", "actualiz", "mis à jour",
                               "geändert", "bearbeitet", "edited", "revised", "überarbeitet",
                               "aggiornat",
                               // A thread's last reply: "last post by jane Sep 26, 2024".
                               "last post", "latest post", "last reply", "letzter beitrag",
                               "letzte antwort", "dernier message", "ultimo messaggio",
                               "último mensaje", "última mensagem"}) {
      if (ContainsIgnoreCase(v, w)) return true;
    }
    return false;
  };
  // "entry-date published updated" (WordPress) marks both: such a date is
  // not taken for either.
  const std::string_view cls = dom.Attr(i, "class");
  if (says(cls) || says(dom.Attr(i, "itemprop"))) return true;
  const int parent = dom.node(i).parent;
  if (parent >= 0) {
    const std::string text = SubtreeText(dom, parent);
    if (Words(text) <= 15 && says(text)) return true;
  }
  return false;
}

// A date in a user's profile box ("Joined: Mar 2, 2019", "Mitglied seit
// 03.11.2021"): when the poster signed up, not when the page was written.
bool ProfileLabel(const Dom& dom, int parent) {
  if (parent < 0) return false;
  const std::string text = SubtreeText(dom, parent);
  if (Words(text) > 8) return false;
  for (std::string_view w : {"joined", "member since", "registered", "founded", "signed up",
                             "mitglied seit", "registriert", "dabei seit", "beigetreten",
                             "inscrit", "membre depuis", "registrado", "miembro desde",
                             "iscritto", "membro dal", "membro desde", "lid sinds"}) {
    if (ContainsIgnoreCase(text, w)) return true;
  }
  return false;
}

// Text node i is the first thing in its parent: a label that opens a
// byline line, not "written by" in the middle of a sentence.
bool OpensParent(const Dom& dom, int i) {
  const int parent = dom.node(i).parent;
  if (parent < 0) return false;
  for (int c = dom.node(parent).first_child; c >= 0 && c != i; c = dom.node(c).next_sibling) {
    if (dom.IsElement(c) || !Collapse(dom.Text(c)).empty()) return false;
  }
  return true;
}

// Inside <pre> or <code> ("ORDER BY period"), or with `cells` a table
// cell ("Directed by | <a>Name</a>").
bool InCode(const Dom& dom, int i, bool cells = false) {
  for (int p = dom.node(i).parent, up = 0; p >= 0 && up < 4; p = dom.node(p).parent, ++up) {
    const GumboTag t = dom.node(p).tag;
    if (t == GUMBO_TAG_PRE || t == GUMBO_TAG_CODE) return true;
    if (cells && (t == GUMBO_TAG_TD || t == GUMBO_TAG_TH)) return true;
  }
  return false;
}

// Every date shape has a year: at least four digits ("3.5.22" too).
size_t Digits(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += c >= '0' && c <= '9';
  return n;
}

// Could `s` hold a date VisibleDate reads? Each shape has a year 19xx or
// 20xx standing alone, or is "23.09.22" (two dots after digits). A byte
// test that spares the patterns prices, phone numbers and counters.
bool MayHoldDate(std::string_view s) {
  size_t run = 0, dots = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && s[i] >= '0' && s[i] <= '9') {
      ++run;
      continue;
    }
    const bool year = run == 4 && ((s[i - 4] == '1' && s[i - 3] == '9') ||
                                   (s[i - 4] == '2' && s[i - 3] == '0'));
    if (year) return true;
    if (run > 0 && i < s.size() && s[i] == '.') ++dots;
    run = 0;
  }
  return dots >= 2;
}

// Does `s` hold "3/10/2023" or "03-10-2023" (two numbers up to 12 before
// a year), a date VisibleDate reads one way or the other by the page's
// order? A byte test before the patterns.
bool NumericDayMonth(std::string_view s) {
  const auto digit = [&](size_t k) { return k < s.size() && s[k] >= '0' && s[k] <= '9'; };
  for (size_t i = 0; i + 7 < s.size(); ++i) {
    if (!digit(i) || (i > 0 && digit(i - 1))) continue;
    size_t k = i;
    int a = 0, b = 0;
    while (digit(k) && k - i < 3) a = a * 10 + (s[k++] - '0');
    if (k - i > 2 || (s[k] != '/' && s[k] != '-')) continue;
    const char sep = s[k++];
    const size_t j = k;
    while (digit(k) && k - j < 3) b = b * 10 + (s[k++] - '0');
    if (k == j || k - j > 2 || k >= s.size() || s[k] != sep) continue;
    ++k;
    if (digit(k) && digit(k + 1) && digit(k + 2) && digit(k + 3) && !digit(k + 4)) {
      return a >= 1 && a <= 12 && b >= 1 && b <= 12 && a != b;
    }
  }
  return false;
}

// `t` without the ASCII white space around it.
std::string_view TrimSpace(std::string_view t) {
  while (!t.empty() && IsSpace(t.front())) t.remove_prefix(1);
  while (!t.empty() && IsSpace(t.back())) t.remove_suffix(1);
  return t;
}

// Could `t` open with a byline label ("By", "Von", "Posted by", "écrit
// par")? A byte test that spares the pattern most text nodes.
bool MayStartByline(std::string_view t) {
  size_t i = 0;
  while (i < t.size() && IsSpace(t[i])) ++i;
  if (i == t.size()) return false;
  const auto u = static_cast<unsigned char>(t[i]);
  if (u >= 0x80) return true;
  const char c = LowerAscii(t[i]);
  return c == '|' || c == '-' || c == 'a' || c == 'b' || c == 'd' || c == 'e' || c == 'g' || c == 'p' || c == 'r' ||
         c == 's' || c == 't' || c == 'v' || c == 'w';
}

// Words of running text in what should be a name: "by European rental
// agencies.)" continues a sentence. Lower-case words other than name
// particles ("de", "von", "van der") and a final ')' give it away.
bool SentenceWords(std::string_view a) {
  if (!a.empty() && a.back() == ')' && a.find('(') == std::string_view::npos) return true;
  static constexpr std::string_view kParticles[] = {
      "de", "da", "di", "del", "della", "der", "den", "van", "von", "zu", "la",
      "le", "du", "dos", "das", "y",    "e",   "bin", "al",  "el",  "ten", "ter"};
  size_t n = 0;
  for (size_t at = 0; at < a.size();) {
    while (at < a.size() && (a[at] == ' ' || a[at] == ';')) ++at;
    size_t end = at;
    while (end < a.size() && a[end] != ' ' && a[end] != ';') ++end;
    const std::string_view w = a.substr(at, end - at);
    if (!w.empty() && w[0] >= 'a' && w[0] <= 'z' &&
        std::find(std::begin(kParticles), std::end(kParticles), w) == std::end(kParticles)) {
      ++n;
    }
    at = end;
  }
  // One lower-case word may be a login ("by damianduchamps").
  return n >= 2 || (n == 1 && a.find(' ') != std::string_view::npos);
}

// A byline that lists several people ("Von Jane Roe, John Doe und Kim
// Lee, NDR"): longer than one name, but each part once cleaned is a
// capitalised name of at most four words (or the closing outlet).
bool NameList(std::string_view t) {
  if (Words(t) > 16) return false;
  const std::string a = CleanAuthor(t);
  if (a.find("; ") == std::string::npos) return false;
  for (size_t from = 0; from < a.size();) {
    size_t end = a.find("; ", from);
    if (end == std::string::npos) end = a.size();
    const std::string_view part = std::string_view(a).substr(from, end - from);
    const auto lead = static_cast<unsigned char>(part.empty() ? 'a' : part[0]);
    if (Words(part) < 1 || Words(part) > 4 || !((lead >= 'A' && lead <= 'Z') || lead >= 0xC3)) {
      return false;
    }
    from = end + 2;
  }
  return !SentenceWords(a);
}

// Text node i ("Jane Roe") is the whole of its paragraph, set in italics
// or bold or aligned right, and no long text follows it: the writer's
// name signing off the article (interviews set speakers' names the same
// way, but an answer follows them).
bool SignatureLine(const Dom& dom, int i, std::string_view tt) {
  if (tt.find_first_of("0123456789:|@") != std::string_view::npos) return false;
  // Every word capitalised.
  for (size_t at = 0; at < tt.size();) {
    const auto c = static_cast<unsigned char>(tt[at]);
    if (!((c >= 'A' && c <= 'Z') || c >= 0xC3)) return false;
    const size_t space = tt.find(' ', at);
    if (space == std::string_view::npos) break;
    at = space + 1;
  }
  int block = dom.node(i).parent;
  bool styled = false;
  while (block >= 0) {
    const GumboTag t = dom.node(block).tag;
    if (t == GUMBO_TAG_EM || t == GUMBO_TAG_I || t == GUMBO_TAG_B || t == GUMBO_TAG_STRONG) {
      styled = true;
    } else if (t != GUMBO_TAG_FONT && t != GUMBO_TAG_SPAN) {
      break;
    }
    block = dom.node(block).parent;
  }
  if (block < 0 || dom.node(block).tag != GUMBO_TAG_P) return false;
  if (!styled && !EqualsIgnoreCase(dom.Attr(block, "align"), "right")) return false;
  if (Collapse(SubtreeText(dom, block)) != Collapse(tt)) return false;
  // A paragraph of article text right before it.
  int prev = -1;
  const int container = dom.node(block).parent;
  if (container < 0) return false;
  for (int c = dom.node(container).first_child; c >= 0 && c != block;
       c = dom.node(c).next_sibling) {
    if (dom.IsElement(c) || !TrimSpace(dom.Text(c)).empty()) prev = c;
  }
  if (prev < 0 || !dom.IsElement(prev) || SubtreeText(dom, prev).size() < 150) return false;
  // No paragraph follows it in its container: the article ended there.
  for (int k = dom.node(block).next_sibling, seen = 0; k >= 0 && seen < 6;
       k = dom.node(k).next_sibling, ++seen) {
    const size_t bytes =
        dom.IsElement(k) ? SubtreeText(dom, k).size() : TrimSpace(dom.Text(k)).size();
    if (bytes >= 100) return false;
  }
  return true;
}

// Inside the page footer, where "Theme by Jane" credits the designer.
bool InFooter(const Dom& dom, int i) {
  static constexpr std::string_view kFooterTokens[] = {"footer", "site-info", "colophon",
                                                       "credits", "copyright"};
  for (int p = dom.node(i).parent, up = 0; p >= 0 && up < 10; p = dom.node(p).parent, ++up) {
    if (dom.node(p).tag == GUMBO_TAG_FOOTER) return true;
    for (const std::string_view v : {dom.Attr(p, "class"), dom.Attr(p, "id")}) {
      if (!v.empty() && HasAnyToken(v, kFooterTokens)) return true;
    }
  }
  return false;
}

// "http://www.example.org", "https://example.org/", "/", "index.html" (and
// an archive's copy of one): the address of a site's front page.
bool RootHref(std::string_view href) {
  href = TrimSpace(href);
  if (href == "/" || href == "./" || href == "index.html" || href == "index.php") return true;
  // The last "://" (an archive puts the original address after its own),
  // or a leading "//".
  size_t host = href.rfind("://");
  if (host != std::string_view::npos) {
    host += 3;
  } else if (href.substr(0, 2) == "//") {
    host = 2;
  } else {
    return false;
  }
  std::string_view rest = href.substr(host);
  const size_t slash = rest.find('/');
  if (slash == std::string_view::npos) return !rest.empty();
  rest = rest.substr(slash + 1);
  return rest.empty() || rest == "index.html" || rest == "index.php";
}

// An <h1> whose text is one link to the front page: the site's name in the
// header of an old blog theme, "<h1><a href="/">Blog Name</a></h1>".
bool HomeLinkHeading(const Dom& dom, int i) {
  const DomNode& n = dom.node(i);
  int link = -1;
  for (int k = i + 1; k < n.end; ++k) {
    if (dom.IsElement(k)) {
      if (dom.node(k).tag != GUMBO_TAG_A) continue;
      if (link >= 0) return false;
      link = k;
    } else if (TrimSpace(dom.Text(k)).empty()) {
      continue;
    } else if (link < 0 || k >= dom.node(link).end) {
      return false;  // text outside the link
    }
  }
  return link >= 0 && RootHref(dom.Attr(link, "href"));
}

// The names that a byline goes on to list after its first one, each in its
// own element: "Von <a>Jane Roe</a> und <a>John Doe</a>", "<a>A</a>, <a>B</a>
// y <a>C</a>". Starts at node `from`, just after the first name; returns
// "; John Doe" for each, or "".
std::string FollowingNames(const Dom& dom, int from) {
  static constexpr std::string_view kJoiners[] = {",", "&", "and", "und", "et", "y", "e",
                                                  "i", "u.", ", and", ", und"};
  std::string out;
  // The next non-empty text node within a few nodes, or -1.
  const auto next_text = [&](int k) {
    for (int seen = 0; k < dom.size() && seen < 6; ++k, ++seen) {
      if (!dom.IsElement(k) && !TrimSpace(dom.Text(k)).empty()) return k;
    }
    return -1;
  };
  for (int names = 0, k = from; names < 6; ++names) {
    const int joiner = next_text(k);
    if (joiner < 0) break;
    const std::string_view j = TrimSpace(dom.Text(joiner));
    bool is_joiner = false;
    for (std::string_view w : kJoiners) is_joiner = is_joiner || EqualsIgnoreCase(j, w);
    if (!is_joiner) break;
    const int name = next_text(joiner + 1);
    if (name < 0) break;
    const std::string n = Collapse(dom.Text(name));
    const auto lead = static_cast<unsigned char>(n.empty() ? 'a' : n[0]);
    const bool capital = (lead >= 'A' && lead <= 'Z') || lead >= 0x80;
    if (Words(n) < 1 || Words(n) > 4 || Digits(n) > 0 || !capital) break;
    out += "; " + n;
    k = name + 1;
  }
  return out;
}

// Inside a microdata Comment or Answer (the nearest itemscope above i):
// its datePublished is a reply's, not the page's.
bool InReplyItem(const Dom& dom, int i) {
  for (int p = dom.node(i).parent, up = 0; p >= 0 && up < 20; p = dom.node(p).parent, ++up) {
    if (!dom.HasAttr(p, "itemscope")) continue;
    std::string_view type = dom.Attr(p, "itemtype");
    type = type.substr(type.rfind('/') + 1);
    return type == "Comment" || type == "Answer";
  }
  return false;
}

std::string Key(std::string_view s);

// A <title> inside inline SVG or MathML names a drawing, not the page.
bool InForeignContent(const Dom& dom, int i) {
  for (int p = dom.node(i).parent; p >= 0; p = dom.node(p).parent) {
    const GumboTag t = dom.node(p).tag;
    if (t == GUMBO_TAG_SVG || t == GUMBO_TAG_MATH) return true;
  }
  return false;
}

// Day first (-1), month first (+1) or unknown (0), by the last label of
// the host in `url` ("https://www.example.co.uk/..."): the countries that
// write English dates day first.
int HostDateOrder(std::string_view url) {
  size_t start = url.find("//");
  if (start == std::string_view::npos) return 0;
  url.remove_prefix(start + 2);
  url = url.substr(0, url.find_first_of("/:?#"));
  const std::string_view tld = url.substr(url.rfind('.') + 1);
  for (std::string_view t : {"uk", "au", "nz", "ie", "in", "za", "sg", "pk", "ng", "ke"}) {
    if (EqualsIgnoreCase(tld, t)) return -1;
  }
  return 0;
}

// Reads again the numeric dates that Scan read in `month_first` order
// ("03/10/2023" on a page whose <html lang> says only "en") when the page
// says otherwise: its other dates (a day over 12 in "13/10/2023", written
// "13 October 2023" against "October 13, 2023"), else its locale
// (og:locale en_GB, a lang with a region) or its country's domain.
void FixDateOrder(const Dom& dom, bool month_first, Found* f) {
  int votes = 0;
  bool in_body = false;
  for (int i = 0; i < dom.size(); ++i) {
    if (dom.IsElement(i)) {
      in_body = in_body || dom.node(i).tag == GUMBO_TAG_BODY;
      continue;
    }
    if (!in_body) continue;
    const std::string_view t = TrimSpace(dom.Text(i));
    if (t.size() <= 80 && MayHoldDate(t)) votes += DateOrderHint(t);
  }
  int order = votes > 0 ? 1 : votes < 0 ? -1 : 0;
  const auto region = [](std::string_view tag) {
    if (tag.size() < 5 || (tag[2] != '-' && tag[2] != '_') ||
        !EqualsIgnoreCase(tag.substr(0, 2), "en")) {
      return 0;
    }
    return EqualsIgnoreCase(tag.substr(3), "us") ? 1 : -1;
  };
  if (order == 0) order = region(f->locale);
  if (order == 0) order = HostDateOrder(!f->canonical.empty() ? f->canonical : f->og_url);
  if (order == 0) order = region(f->lang);
  if (order == 0 || (order > 0) == month_first) return;
  for (auto [src, date] : {std::pair(&f->date_visible_src, &f->date_visible),
                           std::pair(&f->date_visible_any_src, &f->date_visible_any),
                           std::pair(&f->date_kicker_src, &f->date_kicker)}) {
    if (src->empty()) continue;
    if (std::string d = VisibleDate(*src, !month_first); !d.empty()) *date = d;
  }
}

void Scan(const Dom& dom, Found* f) {
  bool in_body = false;
  bool month_first = false;
  int skip_end = -1;  // end of a comment thread or form being skipped
  for (int i = 0; i < dom.size(); ++i) {
    const bool skipped = i < skip_end;
    if (!dom.IsElement(i)) {
      if (!in_body || skipped) continue;
      const std::string_view t = dom.Text(i);
      // Templates indent text nodes deeply: the length that counts is the text's own.
      const std::string_view tt = TrimSpace(t);
      if (!tt.empty()) {
        ++f->text_nodes;
        if (f->since_h1 < (1 << 20)) ++f->since_h1;
        // "<p><b><i>Jane Roe</i></b></p>" closing the article text.
        if (f->author_signature.empty() && f->recent_text_bytes >= 300 &&
            tt.size() <= 40 && Words(tt) >= 2 && Words(tt) <= 3 && SignatureLine(dom, i, tt)) {
          f->author_signature = std::string(tt);
        }
        f->recent_text_bytes = f->recent_text_bytes / 2 + tt.size();
      }
      // "20.12.2022", "Datum: 03.11.2021 11:38" under the headline.
      if (f->date_visible.empty() || f->date_visible_any.empty()) {
        std::string_view dt = tt;
        // "29.11.2022 – Mehrfach hatte ...": a dateline opening the lead.
        if (dt.size() > 80) {
          const std::string_view lead = dt;
          size_t n = 0;
          while (n < lead.size() && n < 11 &&
                 ((lead[n] >= '0' && lead[n] <= '9') || lead[n] == '.')) {
            ++n;
          }
          const bool dateline = n >= 8 && n + 1 < lead.size() && lead[n] == ' ' &&
                                (lead[n + 1] == '-' || lead[n + 1] == '\xE2' ||
                                 (lead[n + 1] >= 'A' && lead[n + 1] <= 'Z')) &&
                                OpensParent(dom, i);
          dt = dateline ? lead.substr(0, n) : std::string_view();
        }
        if (dt.size() <= 80 && MayHoldDate(dt) && Words(dt) <= 12) {
          std::string d = VisibleDate(dt, month_first);
          if (!d.empty() && ProfileLabel(dom, dom.node(i).parent)) d.clear();
          if (!d.empty()) {
            // "03/10/2023": kept to be read again once the page has said
            // which order it writes (FixDateOrder).
            const bool swappable =
                NumericDayMonth(dt) && VisibleDate(dt, !month_first) != d;
            if (f->date_visible_any.empty()) {
              f->date_visible_any = d;
              f->date_visible_any_at = f->text_nodes;
              if (swappable) f->date_visible_any_src = std::string(dt);
            }
            if (f->h1_count == 0) {
              f->date_kicker = d;
              f->date_kicker_at = f->text_nodes;
              f->date_kicker_src = swappable ? std::string(dt) : std::string();
            }
            if (f->date_visible.empty() && f->h1_count > 0) {
              if (swappable) f->date_visible_src = std::string(dt);
              f->date_visible_text = std::string(dt);
              f->date_visible = d;
              f->date_visible_gap = f->since_h1;
              f->date_visible_at = f->text_nodes;
              f->date_visible_update = UpdateLabel(dom, dom.node(i).parent);
            }
          }
        }
      }
      // "By Jane Roe", "Posted by Jane Roe", "Ein Artikel von <b>Jane Roe</b>",
      // "Autor: </h5>Jane Roe" under the headline (or anywhere on a page
      // without one: kept apart, used only if no <h1> turns up).
      std::string& visible = f->h1_count > 0 ? f->author_visible : f->author_visible_noh1;
      if (visible.empty() && !tt.empty() && tt.size() <= 80 && MayStartByline(tt) &&
          !InCode(dom, i)) {
        static const RE2 credit("(?i)^\\s*(?:fotos?|photos?|bilder?|illustration|grafik|video)");
        // Words that may stand before the label ("Posted by", "Ein Artikel von").
        static const std::string lead =
            "(?i:(?:(?:posted|written|published|reported|story|article|text|texte|"
            "interview|recipe|guide|review|geschrieben|verfasst|veröffentlicht|"
            "eingestellt|erstellt|gespeichert|ein|eine|artikel|beitrag|blog|publié|écrit|"
            "rédigé|escrito|publicado|scritto|pubblicato|un|una|articolo|artículo)\\s+){0,3})";
        // Separators a byline line may open with: "| By", "- Von".
        static const std::string sep = "(?:[|•·–—-][\\s\\x{a0}]*)?";
        static const RE2 byline("^\\s*" + sep +
                                "(?:" + lead + "(?i:by|von|par|por|door)[\\s\\x{a0}]+|"
                                "(?i:autor(?:in|en)?|authors?|auteur|redaktion)\\s*:?[\\s\\x{a0}]+)\\p{Lu}|"
                                "^\\s*(?:责任编辑|作者|记者|記者)\\s*[:：]\\s*\\p{L}");
        static const RE2 label("^\\s*" + sep + "(?:" + lead +
                               "(?i:by|von|par|por|door|da|di)|"
                               "(?i:autor(?:in|en)?|authors?|auteur|text|texte|redaktion)|"
                               "责任编辑|作者|记者|記者)"
                               "[\\s\\x{a0}]*[:：]?[\\s\\x{a0}]*$");
        // "by ibby": a user name, lower case allowed.
        static const RE2 user_byline(
            "\\s*(?i:by|von|par|por)\\s+[\\pL\\d._-]{3,}(?:\\s+(?:on|am|le|el)\\s.*)?\\s*");
        // "Autorin: Jane Roe, Projektleiterin der ...": the role goes.
        static const RE2 author_label("^\\s*(?i:autor(?:in|en)?|authors?|auteur)\\s*:");
        const re2::StringPiece in(t.data(), t.size());
        if (RE2::PartialMatch(in, credit)) {
          // a photo credit, not a byline
        } else if ((RE2::PartialMatch(in, byline) || RE2::FullMatch(in, user_byline)) &&
                   (Words(t.substr(0, std::min({t.find('('), t.find("Illustration"),
                                                RE2::PartialMatch(in, author_label)
                                                    ? t.find(", ")
                                                    : std::string_view::npos}))) <= 6 ||
                    NameList(t))) {
          // Only a line that still names someone once cleaned: a "By"
          // in the navigation must not stop the search for the real one,
          // nor a designer's credit in the footer ("Theme by Jane") or the
          // site's own name ("By The Daily Paper").
          const std::string a = CleanAuthor(t);
          if (!a.empty() && !InFooter(dom, i) && !SentenceWords(a)) {
            if ((f->site_og.empty() || Key(a) != Key(f->site_og)) &&
                (f->ld.publisher.empty() || Key(a) != Key(f->ld.publisher))) {
              visible = std::string(t);
            } else if (f->author_visible_site.empty()) {
              f->author_visible_site = a;
            }
          }
        } else if (Words(t) <= 4 && RE2::PartialMatch(in, label) && OpensParent(dom, i) &&
                   (Words(t) > 1 || !InCode(dom, i, /*cells=*/true))) {
          // The name is the next text: "von <a>Kim Roe</a> am ...".
          for (int k = i + 1; k < dom.size() && k <= i + 6; ++k) {
            if (dom.IsElement(k)) continue;
            const std::string next = Collapse(dom.Text(k));
            if (next.empty()) continue;
            if (Words(next) <= 5) {
              std::string cand = std::string(t) + " " + next + FollowingNames(dom, k + 1);
              if (!CleanAuthor(cand).empty()) visible = std::move(cand);
            }
            break;
          }
        }
        if (!f->author_visible.empty() && f->author_visible_gap < 0) {
          f->author_visible_gap = f->since_h1;
        }
      } else if (f->author_dated.empty() && tt.size() <= 80 && !tt.empty() && tt[0] >= '0' &&
                 tt[0] <= '9' && Words(tt) <= 9 && !InCode(dom, i)) {
        // A date and the name on one line: "11.12.2019 - Jane Roe",
        // "04.02.2022 | 13:10 Uhr | Jane Roe", "06.11.2023 13:30 von Jane".
        static const std::string sepc = "[|·•–—-]";
        static const std::string clock = "\\d{1,2}[:.]\\d{2}(?:\\s*(?i:uhr|h|am|pm))?";
        static const RE2 date_led(
            "^(?:\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{1,2}\\.?\\s+\\pL{3,}\\.?,?\\s+\\d{4})"
            "(?:,?\\s+" + clock + ")?\\s*(?:" + sepc + "\\s*(?:" + clock + "\\s*" + sepc +
            "\\s*)?)?((?i:by|von|par|por)\\s+)?"
            "(\\p{Lu}[\\pL'’.-]*(?:\\s+\\p{Lu}[\\pL'’.-]*){0,3})$");
        std::string label, name;
        if (RE2::FullMatch(re2::StringPiece(tt.data(), tt.size()), date_led, &label, &name) &&
            (!label.empty() || Words(name) >= 2)) {
          f->author_dated = CleanAuthor(name);
        }
      }
      continue;
    }
    const GumboTag tag = dom.node(i).tag;
    if (tag == GUMBO_TAG_BODY) in_body = true;
    const ElementNames names = in_body ? NamesOf(dom, i) : ElementNames();
    if (f->item_kind == PageKind::kUnknown && in_body) {
      // itemtype="https://schema.org/Product": the type is the last segment.
      const std::string_view it = names.itemtype;
      if (!it.empty()) f->item_kind = KindOfType(it.substr(it.rfind('/') + 1));
    }
    switch (tag) {
      case GUMBO_TAG_HTML: {
        std::string_view lang = dom.Attr(i, "lang");
        if (lang.empty()) lang = dom.Attr(i, "xml:lang");
        if (f->lang.empty()) f->lang = std::string(lang);
        // Only US English writes slashed dates month first.
        month_first = EqualsIgnoreCase(lang, "en-us") || EqualsIgnoreCase(lang, "en");
        break;
      }
      case GUMBO_TAG_META:
        ReadMetaTag(dom, i, f);
        break;
      case GUMBO_TAG_TITLE:
        // Stray text in the <head> ("&nbsp;<title>") opens the body early,
        // and the page's <title> lands there.
        if (f->title.empty() && (!in_body || !InForeignContent(dom, i))) {
          f->title = SubtreeText(dom, i, /*layout=*/true);
        }
        break;
      case GUMBO_TAG_H1:
        if (HiddenOrLogo(dom, i)) break;
        ++f->h1_count;
        if (f->h1_home.empty() && f->h1s.empty() && HomeLinkHeading(dom, i)) {
          f->h1_home = SubtreeText(dom, i, /*layout=*/true);
        } else {
          f->since_h1 = 0;
          if (f->first_h1_at < 0) f->first_h1_at = f->text_nodes;
        }
        if (f->h1s.size() < kMaxH1) {
          if (std::string h = HeadlineText(dom, i); !h.empty()) {
            f->h1s.push_back(std::move(h));
          }
        }
        break;
      case GUMBO_TAG_H2:
        if (f->h2s.size() < kMaxH2 && in_body && !skipped && !HiddenOrLogo(dom, i)) {
          if (std::string h = SubtreeText(dom, i, /*layout=*/true); !h.empty()) {
            f->h2s.push_back(std::move(h));
          }
        }
        break;
      case GUMBO_TAG_LINK:
        if (f->canonical.empty() && EqualsIgnoreCase(dom.Attr(i, "rel"), "canonical")) {
          f->canonical = std::string(dom.Attr(i, "href"));
        }
        break;
      case GUMBO_TAG_SCRIPT:
        if (EqualsIgnoreCase(dom.Attr(i, "type"), "application/ld+json")) {
          std::string json;
          for (int k = i + 1; k < dom.node(i).end; ++k) {
            if (!dom.IsElement(k)) json.append(dom.Text(k));
          }
          ReadJsonLd(json, &f->ld);
        }
        break;
      case GUMBO_TAG_TIME:
        if (f->date_time.empty() && !skipped) {
          const std::string text = SubtreeText(dom, i);
          std::string d = NormalizeDate(dom.Attr(i, "datetime"));
          if (d.empty()) d = NormalizeDate(text);
          f->date_time = d;
          f->date_time_text = NormalizeDate(text);
          f->date_time_raw = std::string(dom.Attr(i, "datetime"));
          f->date_time_at = f->text_nodes;
          f->date_time_update = UpdateLabel(dom, i);
        }
        break;
      default:
        break;
    }
    if (!in_body) continue;
    // The class/id tests still open (see TokenFamilies), in one pass.
    uint8_t wanted = 0;
    if (tag != GUMBO_TAG_BODY) {
      if (!skipped) wanted |= kFamilyComment;
      if (f->author_byline.empty() && tag != GUMBO_TAG_META && tag != GUMBO_TAG_LINK) {
        wanted |= kFamilyByline;
      }
      if (f->date_text.empty()) wanted |= kFamilyDate;
    }
    uint8_t families = 0;
    if (wanted != 0) {
      if (!names.cls.empty()) families |= TokenFamilies(names.cls, wanted);
      if (!names.id.empty()) families |= TokenFamilies(names.id, wanted & ~families);
      if ((wanted & kFamilyByline) != 0 && (families & kFamilyByline) == 0) {
        // Bylines also by rel, and by "byline" inside a word.
        if (!names.rel.empty()) families |= TokenFamilies(names.rel, kFamilyByline);
        for (const std::string_view v : {names.cls, names.id, names.rel}) {
          if (!v.empty() && ContainsIgnoreCase(v, "byline")) families |= kFamilyByline;
        }
      }
    }
    if ((families & kFamilyComment) != 0) skip_end = dom.node(i).end;
    const std::string_view itemprop = names.itemprop;
    if (!itemprop.empty()) {
      if (EqualsIgnoreCase(itemprop, "headline") && f->itemprop_headline.empty()) {
        f->itemprop_headline = SubtreeText(dom, i, /*layout=*/true);
      } else if (EqualsIgnoreCase(itemprop, "datepublished") && f->date_itemprop.empty() &&
                 i >= skip_end && !InReplyItem(dom, i)) {
        // Not a comment's or an answer's own stamp (Q&A pages mark up each).
        std::string d = NormalizeDate(dom.Attr(i, "datetime"));
        if (d.empty()) d = NormalizeDate(dom.Attr(i, "content"));
        if (d.empty()) d = NormalizeDate(SubtreeText(dom, i));
        f->date_itemprop = d;
      } else if (EqualsIgnoreCase(itemprop, "datemodified") && f->date_modified.empty()) {
        std::string_view d = dom.Attr(i, "datetime");
        if (d.empty()) d = dom.Attr(i, "content");
        f->date_modified = std::string(d);
      } else if (EqualsIgnoreCase(itemprop, "author") && f->author_itemprop.empty() &&
                 i >= skip_end) {
        // <span itemprop=author><span itemprop=name>Jane</span></span>
        std::string name;
        for (int k = i + 1; k < dom.node(i).end && name.empty(); ++k) {
          if (dom.IsElement(k) && EqualsIgnoreCase(dom.Attr(k, "itemprop"), "name")) {
            name = dom.node(k).tag == GUMBO_TAG_META ? Collapse(dom.Attr(k, "content"))
                                                     : SubtreeText(dom, k);
          }
        }
        if (name.empty()) name = SubtreeText(dom, i);
        f->author_itemprop = CleanAuthor(name);
      }
    }
    if (i < skip_end) continue;
    if (tag == GUMBO_TAG_A && f->author_rel.empty() &&
        EqualsIgnoreCase(names.rel, "author")) {
      f->author_rel = CleanAuthor(SubtreeText(dom, i));
    }
    if (f->author_byline.empty() && tag != GUMBO_TAG_BODY && tag != GUMBO_TAG_META &&
        tag != GUMBO_TAG_LINK && (families & kFamilyByline) != 0) {
      const std::string text = SubtreeText(dom, i);
      if (Words(text) <= kMaxAuthorWords) {
        // "<a href=/author/jane>Jane Roe</a> Senior Editor": the linked or
        // marked-up name, without the role beside it.
        // A short clean byline is used as it is.
        std::string a = CleanAuthor(text);
        if (a.empty() || Words(a) > 3) {
          if (const std::string name = BylineNameElement(dom, i); !name.empty()) {
            a = CleanAuthor(name);
          }
        }
        // "<span class=author>Jane Roe</span> und <span class=author>...".
        if (!a.empty() && Words(a) <= 4) a += FollowingNames(dom, dom.node(i).end);
        f->author_byline = a;
      }
    }
    if (f->date_text.empty() && tag != GUMBO_TAG_BODY && (families & kFamilyDate) != 0) {
      const std::string text = SubtreeText(dom, i);
      // A board's clock ("It is currently Wed Oct 14, 2020", "Aktuelle
      // Zeit: 14.10.2020, 12:18") tells the day of the visit.
      static const RE2 clock(
          "(?i)^\\s*(?:it\\s+is\\s+currently|current\\s+time|aktuelle\\s+zeit|"
          "es\\s+ist\\s+(?:jetzt|gerade)|heure\\s+actuelle|hora\\s+actual|ora\\s+attuale)");
      if (RE2::PartialMatch(text, clock)) {
        // not the page's date
      } else if (Words(text) <= 12) {
        f->date_text = NormalizeDate(text);
      } else {
        // A forum post's "post_date" holding its edit note ("2019-02-23,
        // 09:14 PM (This post was last modified: ...)"): the date opens it.
        for (int k = i + 1; k < dom.node(i).end; ++k) {
          if (dom.IsElement(k)) continue;
          const std::string_view lead = TrimSpace(dom.Text(k));
          if (lead.empty()) continue;
          if (lead.size() <= 40 && Words(lead) <= 6) f->date_text = NormalizeDate(lead);
          break;
        }
      }
    }
  }
  if (!f->date_visible_src.empty() || !f->date_visible_any_src.empty() ||
      !f->date_kicker_src.empty()) {
    FixDateOrder(dom, month_first, f);
  }
}

std::string DateFromUrl(std::string_view url) {
  static const RE2 ymd("/((?:19|20)\\d\\d)[/-](\\d\\d?)[/-](\\d\\d?)(?:/|[-_]|$)");
  static const RE2 compact("[/_-]((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)[/_.-]");
  std::string y, m, d;
  const re2::StringPiece in(url.data(), url.size());
  if (RE2::PartialMatch(in, ymd, &y, &m, &d) || RE2::PartialMatch(in, compact, &y, &m, &d)) {
    if (m.size() == 1) m = "0" + m;
    if (d.size() == 1) d = "0" + d;
    return NormalizeDate(y + "-" + m + "-" + d);
  }
  // ".../meldungen/29-10-2021": a whole segment, day first or month first;
  // only when a number over 12 says which.
  static const RE2 dmy("/(\\d\\d)-(\\d\\d)-((?:19|20)\\d\\d)(?:/|\\.html?)?(?:$|[?#])");
  int a = 0, b = 0, year = 0;
  if (RE2::PartialMatch(in, dmy, &a, &b, &year) && (a > 12) != (b > 12)) {
    char buf[16];
    std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", year, a > 12 ? b : a, a > 12 ? a : b);
    return NormalizeDate(buf);
  }
  return "";
}

// The hour of a time stamp ("...T00:44:52Z", "Wed, 04 May 2022 00:25:56
// GMT"), or -1.
int StampHour(std::string_view s) {
  for (size_t i = 2; i + 1 < s.size(); ++i) {
    const auto digit = [&](size_t k) { return s[k] >= '0' && s[k] <= '9'; };
    if (s[i] == ':' && digit(i - 1) && digit(i - 2) && digit(i + 1)) {
      return (s[i - 2] - '0') * 10 + (s[i - 1] - '0');
    }
  }
  return -1;
}

// Days since 1970-01-01 of a "YYYY-MM-DD" date (Howard Hinnant's algorithm).
int DayNumber(const std::string& ymd) {
  int y = std::atoi(ymd.c_str()), m = std::atoi(ymd.c_str() + 5), d = std::atoi(ymd.c_str() + 8);
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

std::string Language(const Found& f) {
  for (const std::string* s : {&f.lang, &f.content_language, &f.locale}) {
    if (s->size() >= 2 && std::isalpha(static_cast<unsigned char>((*s)[0])) &&
        std::isalpha(static_cast<unsigned char>((*s)[1])) &&
        (s->size() == 2 || (*s)[2] == '-' || (*s)[2] == '_')) {
      return Lower(s->substr(0, 2));
    }
  }
  return "";
}

// Title separators between a headline and a site name.
constexpr std::string_view kSeparators[] = {" | ", " - ", " – ", " — ", " :: ", " « ",
                                            " » ", " · ", " • ", " / ", ": "};

std::string Norm(std::string_view s) { return Lower(Collapse(s)); }

// Letters and digits only, lower case (ASCII; other bytes kept): titles
// compared this way match across spacing and punctuation ("Topic : Headline",
// "Topic: Headline", "Topic - Headline").
std::string Key(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (c >= '0' && c <= '9')) {
      out.push_back(c);
    } else if (IsAsciiAlpha(c)) {
      out.push_back(LowerAscii(c));
    }
  }
  // Typographic quotes and dashes (U+2010..U+201F) and no-break spaces.
  std::string clean;
  clean.reserve(out.size());
  for (size_t i = 0; i < out.size(); ++i) {
    if (out[i] == '\xE2' && i + 2 < out.size() && out[i + 1] == '\x80' &&
        static_cast<unsigned char>(out[i + 2]) >= 0x90 &&
        static_cast<unsigned char>(out[i + 2]) <= 0x9F) {
      i += 2;
      continue;
    }
    if (out[i] == '\xC2' && i + 1 < out.size() &&
        (out[i + 1] == '\xA0' || out[i + 1] == '\xAB' || out[i + 1] == '\xBB')) {
      ++i;
      continue;
    }
    clean.push_back(out[i]);
  }
  return clean;
}

bool Contains(const std::string& hay, const std::string& needle) {
  return !needle.empty() && hay.find(needle) != std::string::npos;
}

// An <h1> that names the site, not the page: the site name, a domain, or
// the short end of the <title> ("Headline | Blog Name" with <h1>Blog Name).
bool SiteLikeH1(const std::string& h1, const std::string& site, const std::string& title) {
  const std::string k = Key(h1);
  if (k.empty()) return true;
  if (const std::string ks = Key(site); !ks.empty()) {
    // "Security Blog" for "Google Online Security Blog", "Welcome to Site"
    // for "Site"; a headline that merely names the site ("Dead bees under
    // the lime trees" on a site called "Bees") is longer than that.
    if (k == ks || (Words(h1) <= 6 && (Contains(ks, k) ||
                                       (Contains(k, ks) && Words(h1) <= Words(site) + 2)))) {
      return true;
    }
  }
  if (LooksLikeDomain(h1)) return true;
  const std::string nh1 = Norm(h1), ntitle = Norm(title);
  if (ntitle.size() > nh1.size() && Words(nh1) <= 4) {
    const bool prefix = ntitle.compare(0, nh1.size(), nh1) == 0;
    const bool suffix = ntitle.compare(ntitle.size() - nh1.size(), nh1.size(), nh1) == 0;
    const std::string_view other =
        prefix ? std::string_view(ntitle).substr(nh1.size())
               : std::string_view(ntitle).substr(0, ntitle.size() - nh1.size());
    // The site usually ends the title: there a tie in length is enough.
    const size_t hw = TextWords(nh1), ow = TextWords(other);
    // A leading site name is judged only when no site name is known (then
    // a headline that opens the title, "Headline: Subtitle", is no site),
    // and only before a headline-sized rest: a short rest is the site
    // ("Dental Care | Health Center" has the page name first).
    // "Page | Section | Site" opens with the page, not the site: a leading
    // name must be followed by a single part.
    const auto one_part = [&other]() {
      int seps = 0;
      for (std::string_view sep : kSeparators) {
        for (size_t at = other.find(sep); at != std::string_view::npos;
             at = other.find(sep, at + sep.size())) {
          ++seps;
        }
      }
      return seps <= 1;
    };
    // At the end, the part next to the name must be as long as the name:
    // "Site - Section - Long Headline" ends with the page.
    const auto adjacent_longer = [&other, hw]() {
      // Trailing separator bytes off (" - ", " – ", " » "): only words are
      // counted, so a lead byte of a UTF-8 letter lost here does not matter.
      std::string_view rest = other;
      while (!rest.empty() && (rest.back() == ' ' || rest.back() == '-' || rest.back() == '|' ||
                               static_cast<unsigned char>(rest.back()) >= 0x80)) {
        rest.remove_suffix(1);
      }
      size_t cut = 0;
      for (std::string_view sep : kSeparators) {
        if (const size_t at = rest.rfind(sep); at != std::string_view::npos && sep != ": ") {
          cut = std::max(cut, at + sep.size());
        }
      }
      return cut == 0 || TextWords(rest.substr(cut)) >= hw;
    };
    if ((prefix && site.empty() && ow > hw && ow > 4 && one_part()) ||
        (suffix && ow >= hw && adjacent_longer())) {
      // Only at a separator: "Muffin Grundrezept : Muffin Rezepte".
      const size_t n = std::min<size_t>(5, other.size());
      const std::string_view edge = prefix ? other.substr(0, n) : other.substr(other.size() - n);
      for (char c : edge) {
        if (c == '|' || c == '-' || c == ':' || c == '/' || c == '\xbb' || c == '\xab' ||
            c == '\x93' || c == '\x94' || c == '\xb7' || c == '\xa2') {
          return true;
        }
      }
    }
  }
  return false;
}

// `title` without `name` at its start or end where a separator joins them
// ("Blog Name » Headline"); empty when the name is not there.
std::string WithoutName(const std::string& title, const std::string& name) {
  const std::string t = Collapse(title), nt = Norm(title), nn = Norm(name);
  if (nn.empty() || nt.size() <= nn.size() || nt.size() != t.size()) return "";
  const auto sep = [](char c) {
    return c == ' ' || c == '|' || c == '-' || c == ':' || c == '/' || c == '\xbb' ||
           c == '\xab' || c == '\xc2' || c == '\xe2' || c == '\x80' || c == '\x93' ||
           c == '\x94' || c == '\xb7' || c == '\xa2';
  };
  size_t from = 0, to = t.size();
  if (nt.compare(0, nn.size(), nn) == 0) {
    from = nn.size();
  } else if (nt.compare(nt.size() - nn.size(), nn.size(), nn) == 0) {
    to = nt.size() - nn.size();
  } else {
    return "";
  }
  // Only at a separator: "Blogger" does not end "Best Blogger".
  const size_t from0 = from, to0 = to;
  while (from < to && sep(t[from])) ++from;
  while (to > from && sep(t[to - 1])) --to;
  const std::string_view gap = from0 > 0 ? std::string_view(t).substr(from0, from - from0)
                                         : std::string_view(t).substr(to, to0 - to);
  if (gap.find_first_not_of(' ') == std::string_view::npos) return "";
  // The cut must leave whole characters and at least two letters.
  const std::string rest = t.substr(from, to - from);
  if (Key(rest).size() < 2) return "";
  const auto continuation = [&t](size_t k) {
    return k < t.size() && (static_cast<unsigned char>(t[k]) & 0xC0) == 0x80;
  };
  if (continuation(from) || continuation(to)) return "";
  return rest;
}

// Whether one of the separator-joined parts of `title` is `h` (compared
// by Key): "Charges" in "Charges | API Reference".
bool IsTitlePart(std::string_view title, const std::string& key) {
  if (key.empty()) return false;
  for (std::string_view sep : kSeparators) {
    size_t from = 0;
    for (size_t at = title.find(sep); at != std::string_view::npos; at = title.find(sep, from)) {
      if (Key(title.substr(from, at - from)) == key) return true;
      from = at + sep.size();
    }
    if (from > 0 && Key(title.substr(from)) == key) return true;
  }
  return false;
}

// A meta title that still joins parts with " | " after the site name was
// cut ("Product | Tagline", "Page | Section") names the page in its first
// part; "|" does not join the words of one headline the way a dash or a
// colon does. A one-word rest ("Post Title | Code") is a section label
// that sites keep in the title.
std::string FirstPipePart(const std::string& meta) {
  const size_t at = meta.find(" | ");
  if (at == std::string::npos || Key(meta.substr(0, at)).size() < 2) return meta;
  if (TextWords(std::string_view(meta).substr(at + 3)) <= 1) return meta;
  return meta.substr(0, at);
}

// "Home", "Startseite": the name of a front page in the site's menu, not
// a title.
bool GenericPageName(std::string_view title) {
  static constexpr std::string_view kNames[] = {
      "home",    "homepage",   "home page", "startseite", "start",  "accueil",
      "inicio",  "início",     "portada",   "главная",    "首页",   "ホーム"};
  if (title.size() > 24) return false;  // longer than any name: skip Norm
  const std::string n = Norm(title);
  for (std::string_view name : kNames) {
    if (n == name) return true;
  }
  return false;
}

std::string ChooseTitle(const Found& f, const std::string& site_name, bool article) {
  // A "site name" that is the page's whole title (a misconfigured
  // og:site_name) names nothing: cutting it would cut the headline.
  // Meta titles, most reliable first; each is compared with the <h1>s.
  // Keys (for equality) and normalized text (for containment, which must
  // respect punctuation: "Fish / Pain?" does not hold "Fish?").
  std::vector<std::pair<std::string, std::string>> metas;
  std::string key_og, key_title;
  for (const std::string* s : {&f.og_title, &f.og_title2, &f.ld.headline, &f.ld.article_name,
                               &f.title, &f.itemprop_headline}) {
    if (s->empty()) continue;
    metas.emplace_back(Key(*s), Norm(*s));
    if (s == &f.og_title) key_og = metas.back().first;
    if (s == &f.title) key_title = metas.back().first;
  }
  const std::string ksite = Key(site_name);
  const std::string site =
      !ksite.empty() && (ksite == key_title || ksite == key_og) ? std::string() : site_name;
  // The metadata repeats the heading, whole or inside a longer title; a
  // one-word heading only as a whole part of it ("Charges | API Docs"),
  // which is weaker evidence (2 against 1): a page's section name is
  // often one word too.
  const auto agreement = [&](const std::string& h) {
    const std::string k = Key(h), n = Norm(h);
    for (const auto& [mk, mn] : metas) {
      if (mk == k || (Words(h) >= 2 && Contains(mn, n))) return 2;
    }
    if (Words(h) < 2 && k.size() >= 3) {
      for (const std::string* s : {&f.og_title, &f.title}) {
        if (IsTitlePart(*s, k)) return 1;
      }
    }
    return 0;
  };
  const auto agrees = [&](const std::string& h) { return agreement(h) > 0; };
  // The headline <h1>: the first one that is not the site's name; of
  // several, one that the metadata repeats.
  // A heading linked to the front page names the site when the <title>
  // has it beside the headline or it holds the site's name.
  bool home_is_site = false;
  if (!f.h1_home.empty()) {
    const std::string kh = Key(f.h1_home), ks = Key(site);
    home_is_site = !ks.empty() && (Contains(kh, ks) || Contains(ks, kh));
    for (const std::string* s : {&f.og_title, &f.title}) {
      if (!home_is_site && !s->empty()) home_is_site = !WithoutName(*s, f.h1_home).empty();
    }
  }
  std::string h1;
  int h1_agreement = 0;
  // Once the home link names the site, other headings are judged against
  // that name ("Headline | Site" no longer makes the headline a site).
  const std::string& known_site = site.empty() && home_is_site ? f.h1_home : site;
  for (const std::string& h : f.h1s) {
    if (home_is_site && h == f.h1_home) continue;
    if (SiteLikeH1(h, known_site, f.title)) continue;
    const int a = agreement(h);
    if (a > h1_agreement) {
      h1 = h;
      h1_agreement = a;
      if (a == 2) break;
    }
    if (h1.empty() && f.h1_count <= 2) h1 = h;
  }
  // "Headline – Site" in the <h1> itself: the site name is cut there too
  // (also a domain's name: "| Site" for "Site.com").
  if (!h1.empty() && !site.empty()) {
    const std::string nh = Norm(h1), ns = Norm(site);
    std::string_view names[2] = {ns, {}};
    if (const size_t dot = ns.rfind('.'); dot != std::string::npos && dot > 0 &&
                                          LooksLikeDomain(ns)) {
      names[1] = std::string_view(ns).substr(0, dot);
    }
    for (std::string_view name : names) {
      if (name.empty() || nh.size() != h1.size() || nh.size() <= name.size() ||
          nh.compare(nh.size() - name.size(), name.size(), name) != 0) {
        continue;
      }
      const size_t cut = nh.size() - name.size();
      for (std::string_view sep : kSeparators) {
        if (sep != ": " && cut > sep.size() &&
            nh.compare(cut - sep.size(), sep.size(), sep) == 0 &&
            Words(h1.substr(0, cut - sep.size())) >= 2) {
          h1 = h1.substr(0, cut - sep.size());
          break;
        }
      }
      break;
    }
  }
  // No headline <h1> (old blog themes put the site name there and the post
  // title in an <h2>): an <h2> that the metadata repeats.
  if (h1.empty()) {
    for (const std::string& h : f.h2s) {
      if (!SiteLikeH1(h, site, f.title) && Words(h) >= 2 && agrees(h)) {
        h1 = h;
        break;
      }
    }
  }
  // "Headline_Channel_Site" (Chinese portals): the underscore-joined
  // <title> is the page's title as a whole, not a headline with a site.
  if (!h1.empty() && !f.title.empty()) {
    const std::string nt = Norm(f.title), nh = Norm(h1);
    if (nt.size() > nh.size() && nt.compare(0, nh.size(), nh) == 0) {
      const size_t at = nt.find_first_not_of(' ', nh.size());
      if (at != std::string::npos && nt[at] == '_') return Collapse(f.title);
    }
  }
  std::string meta;
  for (const std::string* s : {&f.og_title, &f.ld.headline, &f.title}) {
    // A social title "Home" gives way to the <title>, which may say more.
    if (s != &f.title && GenericPageName(*s) && !f.title.empty()) continue;
    if (!s->empty()) {
      // A one-word name with a one-word site ("Sudo - ArchWiki") is kept
      // whole: the bare word does not say what the page is. A longer site
      // ("Fields - Pydantic Docs") is cut as usual, and so is a name that
      // is specific on its own: an identifier ("systemd", "useState") or a
      // path or quoted name ("HE:Kassel/Stammtisch").
      const bool plain_word =
          !h1.empty() && h1[0] >= 'A' && h1[0] <= 'Z' &&
          std::all_of(h1.begin() + 1, h1.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
          });
      if (plain_word && TextWords(h1) == 1 && TextWords(*s) <= 2 && site.empty()) {
        const std::string ns = Norm(*s), nh = Norm(h1);
        if (ns.compare(0, nh.size(), nh) == 0) {
          const std::string_view rest = std::string_view(ns).substr(nh.size());
          for (std::string_view sep : {" - ", " | ", " – ", " — "}) {
            if (rest.substr(0, sep.size()) == sep) return Collapse(*s);
          }
        }
      }
      // "Blog Name » Headline" under <h1><a href="/">Blog Name</a></h1>.
      if (h1.empty() && home_is_site) {
        if (std::string rest = WithoutName(*s, f.h1_home); !rest.empty()) {
          meta = CleanTitle(rest, site, h1);
          // "Blog Name » Archive » Headline": a title that opens with the
          // site goes from the general to the specific, so of the parts
          // left the last is the headline.
          if (meta == rest && Norm(*s).compare(0, Norm(f.h1_home).size(), Norm(f.h1_home)) == 0) {
            for (std::string_view sep : kSeparators) {
              const size_t at = rest.rfind(sep);
              if (sep != ": " && at != std::string::npos &&
                  Words(rest.substr(at + sep.size())) >= 2) {
                meta = rest.substr(at + sep.size());
                break;
              }
            }
          }
          break;
        }
      }
      meta = CleanTitle(*s, site, h1);
      break;
    }
  }
  // A front page titled "Home": its <h1>, else the site's name.
  if (GenericPageName(meta)) {
    if (!h1.empty()) return h1;
    if (!site.empty()) return site;
  }
  if (h1.empty()) {
    if (!meta.empty()) return FirstPipePart(meta);
    return f.itemprop_headline;
  }
  if (meta.empty()) return h1;
  if (Key(meta) == Key(h1)) return h1;
  const std::string nh1 = Norm(h1), nmeta = Norm(meta);
  // "Headline" in "Topic: Headline": the shorter <h1> is the visible headline.
  if (Contains(nmeta, nh1)) return h1;
  // "Headline – Subtitle - Site" cut to "Headline": the <h1> opens the
  // uncut title, so the cut fell inside the headline.
  if (const std::string kh = Key(h1), km = Key(meta);
      Words(h1) >= 2 && kh.size() > km.size() && kh.compare(0, km.size(), km) == 0) {
    for (const std::string* s : {&f.og_title, &f.title}) {
      const std::string ks = Key(*s);
      if (ks.size() > kh.size() && ks.compare(0, kh.size(), kh) == 0) return h1;
    }
  }
  // "Kicker Headline" in the <h1>, or "Headline 02.02.2022 • Desk": the
  // metadata has the headline alone. (A longer <h1> that merely goes on,
  // "Port reopens after the storm" for "Port reopens", is the headline.)
  if (const size_t at = nh1.find(nmeta); !nmeta.empty() && at != std::string::npos) {
    const std::string_view after = std::string_view(nh1).substr(at + nmeta.size());
    if (at > 0 || after.find_first_of("0123456789|•·/-–—»") != std::string_view::npos) {
      return meta;
    }
  }
  if (agrees(h1)) return h1;
  // The two differ (an SEO title, a rewritten social headline): on an
  // article the visible headline is the title readers see.
  if (article && Words(h1) >= 2) return h1;
  return FirstPipePart(meta);
}

// "2022-11-06T23:00:00.000Z", "Wed, 04 May 2022 02:41:00 GMT": a time in UTC.
bool IsUtcStamp(std::string_view s) {
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  if (s.size() < 16) return false;
  for (std::string_view z : {"Z", "+00:00", "+0000", " GMT", " UTC", "-00:00"}) {
    if (s.size() > z.size() && s.substr(s.size() - z.size()) == z) {
      return s.find(':') != std::string_view::npos;
    }
  }
  return false;
}

// "2022-05-03T23:37:37-04:00", "Sat, 19 Oct 2019 00:04:00 +0200": a local
// time with its offset from UTC (not zero).
bool HasZoneOffset(std::string_view s) {
  static const RE2 offset("\\d:\\d\\d(?::\\d\\d)?(?:\\.\\d+)?\\s?[+-](\\d\\d):?(\\d\\d)\\s*$");
  int h = 0, m = 0;
  return RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), offset, &h, &m) &&
         (h != 0 || m != 0);
}


// Minutes since 1970 (UTC) of a zoned time stamp ("2022-05-03T23:37:37-04:00",
// "...T03:37:37Z"), or -1 when it has no time or no zone.
int64_t StampMinutes(std::string_view s) {
  const std::string day = NormalizeDate(s);
  if (day.empty()) return -1;
  const auto digit = [&](size_t k) { return k < s.size() && s[k] >= '0' && s[k] <= '9'; };
  size_t colon = 2;
  while (colon + 2 < s.size() && !(s[colon] == ':' && digit(colon - 1) && digit(colon - 2) &&
                                   digit(colon + 1) && digit(colon + 2))) {
    ++colon;
  }
  if (colon + 2 >= s.size()) return -1;
  const int hour = (s[colon - 2] - '0') * 10 + (s[colon - 1] - '0');
  const int minute = (s[colon + 1] - '0') * 10 + (s[colon + 2] - '0');
  int64_t offset = 0;
  if (!IsUtcStamp(s)) {
    static const RE2 zone("\\d:\\d\\d(?::\\d\\d)?(?:\\.\\d+)?\\s?([+-])(\\d\\d):?(\\d\\d)\\s*$");
    std::string sign;
    int h = 0, m = 0;
    if (!RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), zone, &sign, &h, &m)) return -1;
    offset = (sign == "-" ? -1 : 1) * (h * 60 + m);
  }
  return int64_t{DayNumber(day)} * 1440 + hour * 60 + minute - offset;
}

// The seconds of a time stamp ("23:30:59" -> 59), or -1.
// The minutes of the first clock time in `s` ("03:05:48", "9:05 pm"), or -1.
int ClockMinutes(std::string_view s) {
  const auto digit = [&](size_t k) { return k < s.size() && s[k] >= '0' && s[k] <= '9'; };
  for (size_t i = 1; i + 2 < s.size(); ++i) {
    if (s[i] == ':' && digit(i - 1) && digit(i + 1) && digit(i + 2) && !digit(i + 3)) {
      return (s[i + 1] - '0') * 10 + (s[i + 2] - '0');
    }
  }
  return -1;
}

int ClockSeconds(std::string_view s) {
  for (size_t i = 2; i + 5 < s.size(); ++i) {
    if (s[i] == ':' && s[i + 3] == ':' && s[i + 4] >= '0' && s[i + 4] <= '9' &&
        s[i + 5] >= '0' && s[i + 5] <= '9') {
      return (s[i + 4] - '0') * 10 + (s[i + 5] - '0');
    }
  }
  return -1;
}

// Bylines that are not names: comment form labels, "X says" comment heads.
bool NotAName(std::string_view s) {
  static const RE2 junk(
      "(?i)^(?:name|posted|written|published|veröffentlicht|geschrieben|by|von|par|por|door|"
      "de|di|da|author|autor|auteur)$|"
      "^(?:view|read|see|more|show)\\s|"
      "^(?:follow|no author|publiziert|agencies|human|texte? photos?)$|"
      // Tabs of an author box: "Author | Recent Posts".
      "^(?:recent|latest|more|other|related) (?:posts|articles|stories)$|"
      "^(?:neueste|weitere|aktuelle) (?:beiträge|artikel)$|"
      "^(?:about the author|full bio|zuletzt geändert|bild)\\b|©|^(?:last|post time)$|"
      // A weekday left of a dateline: "von Donnerstag".
      "^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|"
      "wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
      "dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|"
      "mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?$|"
      "^[^\\pL]*$|"
      "^(?:fotos?|photos?|bilder?|images?|credits?|quelle|source|grafik)\\b|"
      "^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d|"
      "\\s(?:by|von|par|por)$|"
      "\\*|\\((?:required|erforderlich|obligatoire|requerido)\\)|"
      "\\s(?:says|sagt|schreibt|said|dice|dit)$");
  return RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), junk);
}

}  // namespace

// "Example.com", "www.site.de": a site, not a person.
bool LooksLikeDomain(std::string_view s) {
  static const RE2 domain("(?i)^(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,6}$");
  return RE2::FullMatch(re2::StringPiece(s.data(), s.size()), domain);
}

std::string CleanAuthor(std::string_view byline) {
  std::string s = DecodeEntities(Collapse(byline));
  // Soft hyphens that break a long name for narrow columns ("Mat&shy;thi&shy;as").
  for (size_t at; (at = s.find("\xC2\xAD")) != std::string::npos;) s.erase(at, 2);
  static const RE2 label(
      "(?i)^[\\s|~•·–—-]*(?:(?:ein |eine |blog )?(?:written |posted |published |reported |text |"
      "story |words |photos? |article |post |veröffentlicht |geschrieben |verfasst |beitrag |"
      "artikel |eingestellt |gespeichert |erstellt |publicado |publié |écrit |rédigé |"
      "scritto |pubblicato |escrito |interview |entretien |entrevista |intervista ))?"
      "(?:by|von|vom|par|por|di|door|przez|av|af|de|via|autor(?:in|en)?|authors?|auteur|"
      "redacci[oó]n|text|texte|interview)"
      "\\s*[:\\-]?\\s+|"
      // "Redaktion: Jane Roe", but "Redaktion Polizeiticker" is the name.
      "^[\\s|~•·–—-]*redaktion\\s*:\\s*|"
      // "责任编辑：焦鹏": Chinese and Japanese labels need no space.
      "^\\s*(?:责任编辑|作者|记者|記者|编辑)\\s*[:：]?\\s*");
  // "29. Juni 2017 · von Tobi", "Recipe by Jane Roe": the part after the label.
  // ("Christoph von Ritter" is a name: "von" counts only after a separator.)
  static const RE2 inner_label(
      "(?:\\s[|·•—-]\\s(?i:by|von|par|por)|^(?:\\S+\\s+){1,6}?(?i:by))\\s*:?\\s+(\\p{Lu}.*)$");
  if (std::string rest; !RE2::PartialMatch(s, label) && RE2::PartialMatch(s, inner_label, &rest)) {
    s = rest;
  }
  RE2::Replace(&s, label, "");
  // "~ Jane Roe": a separator left before the name.
  static const RE2 lead_sep("^[|~•·–—-]+\\s*");
  RE2::Replace(&s, lead_sep, "");
  // "Jane Roe @janeroe": the social handle beside the name.
  static const RE2 handle("\\s+@[\\w.]+");
  RE2::GlobalReplace(&s, handle, "");
  // Trailing dates, times and roles: "Jane Roe, Staff Writer", "Jane Roe | 5 May".
  for (const char* cut : {" | ", " · ", " • ", " - ", " — ", " on ", " am ", " at ", " le ",
                          " el ", " updated ", " published ", " Last Updated", " Updated",
                          " Posted", " Published", " »", " «", " Reviewed by", " Edited by",
                          " Fact checked", " View all posts", " Foto:", " Fotos:", " Photo:", " Photos:", " Read more", " Alle Artikel",
                          " All posts", " Mehr von", " under ", " Illustration", " Grafik:",
                          " Bilder:"}) {
    if (const size_t at = s.find(cut); at != std::string::npos && at > 0) s.resize(at);
  }
  // "R. Roe am" (the date followed in another element), "Tomas Spahn Fr"
  // (a weekday before a date that was cut).
  static const RE2 tail(
      "\\s+(?:am|at|on|le|el|um|vor|před|under|Mo|Di|Mi|Do|Fr|Sa|So|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
      "\\.?$");
  RE2::Replace(&s, tail, "");
  // "Jane Roe , John Doe y Ann Poe" (names in elements of their own): a
  // list with commas only, for the test below.
  const auto joined = [&s] {
    for (std::string_view j : {" ,", " and ", " und ", " y ", " et ", " e ", " i ", " & "}) {
      if (s.find(j) != std::string::npos) return true;
    }
    return false;
  };
  if (s.find(", ") != std::string::npos && joined()) {
    static const RE2 list_joiner("\\s+,|\\s+(?:and|und|y|et|e|i|&)\\s+");
    if (std::string list = s; RE2::GlobalReplace(&list, list_joiner, ",") > 0) {
      static const RE2 comma(",(\\S)");
      RE2::GlobalReplace(&list, comma, ", \\1");
      s = list;
    }
  }
  if (const size_t at = s.find(", "); at != std::string::npos) {
    // "Jane Roe, John Doe" are two names; "Jane Roe, Reuters" or "Jane Roe,
    // Staff Writer" keep the first. Names are two or three capitalised words.
    // Degrees stay: "Jane Roe, PhD".
    const std::string_view rest = std::string_view(s).substr(at + 2);
    static const RE2 degrees(
        "(?:(?:Ph\\.?D|M\\.?D|D\\.?O|DVM|VMD|RN|CFP|CPA|CFA|MBA|MPH|MS|MA|BA|BS|RD|RDN|LD|"
        "DDS|JD|Esq|Jr|Sr|FACLM|DACVB|CEPF®?|CPP|PSP)\\.?,?\\s*)+");
    // Each of "John Doe, Max Muster, Ann O'Neil" a name: a list of authors.
    const auto is_name = [](std::string_view part) {
      return Words(part) >= 2 && Words(part) <= 4 &&
             part.find_first_of("0123456789") == std::string_view::npos &&
             std::isupper(static_cast<unsigned char>(part[0])) &&
             !ContainsIgnoreCase(part, "writer") && !ContainsIgnoreCase(part, "editor") &&
             !ContainsIgnoreCase(part, "correspondent") &&
             !ContainsIgnoreCase(part, "reporter") && !ContainsIgnoreCase(part, "staff");
    };
    // Two or three capitalised words after the comma, or a list of names.
    bool name_list = Words(rest) <= 3 && is_name(rest);
    // The outlet may close the list: "Jane Roe, John Doe, NDR".
    const auto is_acronym = [](std::string_view part) {
      return part.size() >= 2 && part.size() <= 6 &&
             std::all_of(part.begin(), part.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    };
    for (size_t from = at + 2; !name_list;) {
      const size_t next = s.find(", ", from);
      const std::string_view part = std::string_view(s).substr(
          from, next == std::string::npos ? std::string::npos : next - from);
      if (next == std::string::npos && from > at + 2 && is_acronym(part)) {
        name_list = true;
        break;
      }
      if (!is_name(part)) break;
      if (next == std::string::npos) {
        name_list = true;
        break;
      }
      from = next + 2;
    }
    const bool degree = RE2::FullMatch(re2::StringPiece(rest.data(), rest.size()), degrees);
    if (!name_list && !degree) {
      s.resize(at);
      RE2::Replace(&s, tail, "");
    }
  }
  // A date run into the byline: "Joshua Sokol May 20, 2019" keeps the name.
  static const RE2 trailing_date(
      "(?i)\\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+)?"
      "\\d.*$");
  if (Words(s) >= 3) RE2::Replace(&s, trailing_date, "");
  // "Jane Roe Stand: 3.5.2022" once the date is gone.
  static const RE2 as_of("\\s+(?:Stand|Aktualisiert|Updated)\\s*:?$");
  RE2::Replace(&s, as_of, "");
  // "Jane Roe im Gespräch mit John Doe": an interview credits both.
  // "FOCUS-Online-Experte Jane Roe", "Chefredakteur Jane Roe": a German
  // role compound before the name.
  if (const size_t space = s.find(' '); space != std::string::npos && Words(s) >= 3) {
    const std::string_view first = std::string_view(s).substr(0, space);
    for (std::string_view role : {"Experte", "Expertin", "Redakteur", "Redakteurin", "redakteur",
                                  "redakteurin", "Korrespondent", "Korrespondentin", "Kolumnist",
                                  "Kolumnistin"}) {
      if (first.size() >= role.size() && first.substr(first.size() - role.size()) == role) {
        s.erase(0, space + 1);
        break;
      }
    }
  }
  static const RE2 joiners(
      "\\s*(?:,|&| and | und | et | y | i | e | im Gespräch mit | in conversation with )\\s*");
  RE2::GlobalReplace(&s, joiners, "; ");
  // "Jane Roe Senior Autos Reporter", "Jane Roe Writer": a role set beside
  // the name in an element of its own.
  // Without a modifier ("Senior") only after a two-word name: "Jane Roe
  // Games Editor" may be the desk.
  static const RE2 role(
      "^(\\S+\\s+\\S.*?)\\s+((?:(?:Senior|Staff|Contributing|Associate|Managing|Executive|"
      "Chief|Head|Lead|Freelance|Guest|Deputy|Editorial|Former)\\s+)+(?:[A-Z][a-z]+\\s+)?)?"
      "(?:Writer|Reporter|Editor|Founder|Co-Founder|Contributor|Correspondent|Author|"
      "Journalist|Columnist|Winemaker|Redakteur(?:in)?|Journalistin|Rédactrice|Rédacteur|"
      "Periodista|Redactor(?:a)?)$");
  // The pattern runs only on a string that ends in one of its nouns.
  const auto ends_in_role = [](std::string_view v) {
    const size_t space = v.rfind(' ');
    if (space == std::string_view::npos) return false;
    const std::string_view last = v.substr(space + 1);
    for (std::string_view noun :
         {"Writer", "Reporter", "Editor", "Founder", "Co-Founder", "Contributor",
          "Correspondent", "Author", "Journalist", "Columnist", "Winemaker", "Redakteur",
          "Redakteurin", "Journalistin", "Rédactrice", "Rédacteur", "Periodista", "Redactor",
          "Redactora"}) {
      if (last == noun) return true;
    }
    return false;
  };
  if (std::string name, modifier;
      ends_in_role(s) && s.find(';') == std::string::npos &&
      RE2::FullMatch(s, role, &name, &modifier) &&
      (!modifier.empty() || Words(name) == 2)) {
    s = name;
  }
  s = Collapse(s);
  if (const size_t lead = s.find_first_not_of("; "); lead > 0) s.erase(0, lead);
  while (!s.empty() && (s.back() == ';' || s.back() == ',' || s.back() == '.' ||
                        s.back() == ':' || s.back() == ' ' || s.back() == '|' ||
                        s.back() == '-')) {
    s.pop_back();
  }
  // "Jane Jane" (an avatar's alt text and the name).
  if (const size_t half = s.size() / 2; s.size() % 2 == 1 && s[half] == ' ' &&
                                         s.compare(0, half, s, half + 1, half) == 0) {
    s.resize(half);
  }
  if (s.empty() || Words(s) > kMaxAuthorWords || s.find("://") != std::string::npos ||
      s.find('@') != std::string::npos || LooksLikeDomain(s) || NotAName(s)) {
    return "";
  }
  const size_t digits = std::count_if(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (digits > 2) return "";
  return s;
}

std::string CleanTitle(std::string_view title, std::string_view site, std::string_view h1) {
  const std::string t = Collapse(title);
  const std::string nh1 = Norm(h1), nsite = Norm(site);
  if (!nh1.empty() && Norm(t) == nh1) return t;
  // A site name that itself has a separator ("Name - Tagline") is cut
  // whole before the title is split: its parts are no headline parts.
  if (!nsite.empty() && nsite.size() < Norm(t).size()) {
    for (std::string_view sep : kSeparators) {
      if (nsite.find(sep) != std::string::npos) {
        if (std::string rest = WithoutName(t, std::string(site)); !rest.empty()) {
          return CleanTitle(rest, "", h1);
        }
        break;
      }
    }
  }
  for (std::string_view sep : kSeparators) {
    std::vector<std::string> parts;
    size_t from = 0;
    for (size_t at = t.find(sep); at != std::string::npos; at = t.find(sep, from)) {
      parts.push_back(t.substr(from, at - from));
      from = at + sep.size();
    }
    if (parts.empty()) continue;
    parts.push_back(t.substr(from));
    // A part equal to the <h1> is the headline.
    for (const std::string& p : parts) {
      if (!nh1.empty() && Norm(p) == nh1) return p;
    }
    // Drop parts that are the site name; of the rest, the longest.
    std::string best, named;
    bool dropped = false;
    for (const std::string& p : parts) {
      const std::string np = Norm(p);
      // A part that holds the site name is the site ("Site Online",
      // "Site.com Blog"), unless it says much more ("New maps on Site").
      if (!nsite.empty() && (np == nsite || nsite.find(np) != std::string::npos ||
                             (np.find(nsite) != std::string::npos &&
                              Words(np) <= Words(nsite) + 2))) {
        dropped = true;
        if (np != nsite && nsite.find(np) == std::string::npos && named.empty()) named = p;
        continue;
      }
      // A bare domain ("example.org //") is the site's name too (not
      // before a colon: "Shop.com: Category: Product" is one name).
      if (const size_t end = np.find_last_not_of(" /|:-");
          sep != std::string_view(": ") && end != std::string::npos &&
          LooksLikeDomain(std::string_view(np).substr(0, end + 1))) {
        dropped = true;
        continue;
      }
      if (p.size() > best.size()) best = p;
    }
    // "Brand Product - Black | Brand": when all that is left is one word
    // (a colour, a size), the part that named the brand named the product.
    if (dropped && !named.empty() && Words(best) <= 1) return named;
    if (dropped && !best.empty()) return best;
    // No site name known: a short last (or first) part is the site.
    if (sep == std::string_view(": ")) continue;
    const std::string& first = parts.front();
    const std::string& last = parts.back();
    // The site usually ends the title: a tie in length goes to the end.
    // A number ("Tee - 5001", "Squad 2024 - 2025") names no site.
    const bool last_has_letters = std::any_of(last.begin(), last.end(), [](char c) {
      return IsAsciiAlpha(c) || static_cast<unsigned char>(c) >= 0x80;
    });
    if (Words(last) <= 4 && Words(first) >= Words(last) && last_has_letters) {
      return t.substr(0, t.size() - last.size() - sep.size());
    }
    if (Words(first) <= 3 && Words(last) > Words(first) + 2) {
      // "Site » Archive » Headline": arrows lead from the site to the page.
      if (sep == std::string_view(" » ") && parts.size() >= 3) return last;
      return t.substr(first.size() + sep.size());
    }
  }
  // No spaced separator: the site name may still be joined without spaces
  // ("SITE NAME|Headline", common in Japanese and Chinese titles).
  if (!nsite.empty()) {
    if (std::string rest = WithoutName(t, std::string(site)); !rest.empty()) return rest;
  }
  // "标题！-新华网", "标题--人民网": Chinese news sites end the title with a
  // dash and their short name, without spaces. (An underscore joins the
  // parts of one title there: "Name_Encyclopedia" stays whole.)
  if (const size_t dash = t.find_last_of('-'); dash != std::string::npos && dash >= 6) {
    const std::string_view name = std::string_view(t).substr(dash + 1);
    size_t head = dash;
    while (head > 0 && t[head - 1] == '-') --head;
    const auto cjk_char_at_end = [](std::string_view s) {
      // A three-byte UTF-8 sequence (U+0800..U+FFFF: CJK, kana, fullwidth
      // punctuation) ends `s`.
      return s.size() >= 3 && static_cast<unsigned char>(s[s.size() - 3]) >= 0xE3 &&
             static_cast<unsigned char>(s[s.size() - 3]) <= 0xEF;
    };
    const bool name_is_cjk =
        name.size() >= 6 && name.size() <= 24 && name.size() % 3 == 0 &&
        std::all_of(name.begin(), name.end(),
                    [](char c) { return static_cast<unsigned char>(c) >= 0x80; }) &&
        static_cast<unsigned char>(name[0]) >= 0xE3;
    if (name_is_cjk && cjk_char_at_end(std::string_view(t).substr(0, head)) &&
        head >= 2 * name.size()) {
      return t.substr(0, head);
    }
  }
  return t;
}

PageMetadata ReadPageMetadata(const Dom& dom) {
  Found f;
  Scan(dom, &f);
  PageMetadata m;
  m.url = !f.canonical.empty() ? f.canonical : f.og_url;
  m.language = Language(f);
  m.kind = f.ld.kind != PageKind::kUnknown   ? f.ld.kind
           : f.og_kind != PageKind::kUnknown ? f.og_kind
                                             : f.item_kind;
  // A review or buying guide that marks up the products it names is an article.
  if (m.kind == PageKind::kProduct && (f.og_article || f.ld.is_article)) {
    m.kind = PageKind::kUnknown;
  }

  m.sitename = Collapse(f.site_og);
  if (m.sitename.empty()) m.sitename = Collapse(f.ld.publisher);
  if (m.sitename.empty()) m.sitename = Collapse(f.site_app);

  const bool article = f.og_article || f.ld.is_article || !f.date_article.empty();
  m.title = Collapse(ChooseTitle(f, m.sitename, article));
  if (m.sitename.empty() && !f.title.empty() && !m.title.empty()) {
    // "Headline | Site": what the cleaning removed is the site name.
    const std::string t = Collapse(f.title);
    for (std::string_view sep : kSeparators) {
      if (t.size() > m.title.size() + sep.size() && t.compare(0, m.title.size(), m.title) == 0 &&
          t.compare(m.title.size(), sep.size(), sep) == 0) {
        // Only a single part: "Page - Shop Name - Slogan" names no one site.
        std::string rest = t.substr(m.title.size() + sep.size());
        if (rest.find(sep) == std::string::npos) m.sitename = std::move(rest);
        break;
      }
    }
  }

  const bool ld_by_ref = f.ld.author.empty() && !f.ld.author_ids.empty();
  if (f.ld.author.empty()) {
    for (const std::string& id : f.ld.author_ids) {
      for (const auto& [pid, name] : f.ld.person_names) {
        if (pid == id && !name.empty()) {
          f.ld.author += (f.ld.author.empty() ? "" : "; ") + name;
          break;
        }
      }
    }
  }
  // Machine-written authors that name the publisher ("ORF.at" as an
  // Organization, <meta name=author content="Site Name">) or a login
  // ("jane.roe") are kept only when the page shows no byline.
  const std::string site_key = Key(m.sitename);
  const auto weak = [&](const std::string& a) {
    const std::string k = Key(a);
    if (!site_key.empty() && k == site_key) return true;
    // "Die FURCHE" in a site name "Achtsam durch die Krise | Die FURCHE".
    if (Words(a) >= 2 && Contains(site_key, k)) {
      return true;
    }
    // An organisation: "Verein e.V.", "Deutsche Welle (www.dw.com)".
    static const RE2 org(
        "(?i)\\be\\.\\s?V\\b|\\b(?:GmbH|Ltd|Inc|LLC)\\b|\\bAG$|www\\.|"
        "\\.(?:com|de|at|ch|org|net)\\b");
    if (RE2::PartialMatch(a, org)) return true;
    if (k == "admin" || k == "administrator" || k == "webmaster") return true;
    // A login: "jane.roe", "jane_roe" (bare "janeroe" may be a forum
    // user's chosen name, which is what forum pages credit).
    return a.find(' ') == std::string::npos && a.find_first_of("._") != std::string::npos &&
           std::none_of(a.begin(), a.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  };
  std::string fallback;
  for (const std::string* s : {&f.ld.author, &f.author_meta, &f.author_meta2,
                               &f.author_article, &f.author_itemprop, &f.author_byline,
                               &f.author_rel, &f.author_visible}) {
    std::string a = CleanAuthor(*s);
    if (a.empty()) continue;
    if ((s == &f.ld.author && f.ld.author_is_org) || weak(a)) {
      if (fallback.empty()) fallback = a;
      continue;
    }
    m.author = a;
    // An author <meta> is often the account that filed the page (an
    // editor, the site, a club): a full name in the byline under the
    // headline is the writer.
    // So is a Yoast JSON-LD author given by reference.
    if (s == &f.author_meta || (s == &f.ld.author && ld_by_ref)) {
      const std::string v = CleanAuthor(f.author_visible);
      const auto lead = static_cast<unsigned char>(v.empty() ? 'a' : v[0]);
      // Not a byline far down the page (a teaser's) against a <meta> that
      // the page's marked-up byline confirms.
      const auto confirmed = [&] {
        return Key(CleanAuthor(f.author_itemprop)) == Key(a) ||
               Key(CleanAuthor(f.author_byline)) == Key(a);
      };
      if (Words(v) >= 2 && Words(v) <= 4 && ((lead >= 'A' && lead <= 'Z') || lead >= 0xC3) &&
          (f.author_visible_gap <= 30 || !confirmed()) &&
          !SentenceWords(v) && v.find(':') == std::string::npos && !weak(v) &&
          Key(v) != Key(a)) {
        m.author = v;
      }
    }
    break;
  }
  // "04.02.2022 | Jane Roe" is a byline even in a kicker above the headline.
  if (m.author.empty()) m.author = f.author_dated;
  // A page without an <h1> ("<h5>Von Jane Roe</h5>" under a styled <div>
  // headline): its byline still names a person, unlike the publisher.
  if (m.author.empty() && f.h1_count == 0) m.author = CleanAuthor(f.author_visible_noh1);
  if (m.author.empty()) m.author = CleanAuthor(f.author_signature);
  if (m.author.empty()) m.author = fallback;
  if (m.author.empty()) m.author = f.author_visible_site;
  // One name where another source lists it first among several: "Jane
  // Roe" in <meta> and "Jane Roe, John Doe" in the byline credit both.
  if (!m.author.empty() && m.author.find(';') == std::string::npos) {
    for (const std::string* s : {&f.ld.author, &f.author_meta, &f.author_meta2,
                                 &f.author_article, &f.author_itemprop, &f.author_byline,
                                 &f.author_rel, &f.author_visible}) {
      const std::string a = CleanAuthor(*s);
      const size_t semi = a.find("; ");
      if (semi == std::string::npos || semi != m.author.size() ||
          a.compare(0, semi, m.author) != 0 ||
          std::count(a.begin(), a.end(), ';') > 7) {
        continue;
      }
      // The others are people's full names too, not initials ("TK") or
      // the publication ("Modern Farmer" would pass: the site shares it).
      bool people = true;
      for (size_t from = semi + 2; people && from < a.size();) {
        size_t end = a.find("; ", from);
        if (end == std::string::npos) end = a.size();
        const std::string_view part = std::string_view(a).substr(from, end - from);
        people = Words(part) >= 2 && Words(part) <= 4 &&
                 std::any_of(part.begin(), part.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
                 (site_key.empty() || Key(part) != site_key);
        from = end + 2;
      }
      if (!people) continue;
      m.author = a;
      break;
    }
  }
  // A first name or a login where another source spells the name out:
  // "Todd" and "By Todd Bates", "janeroe" and "Jane Roe".
  if (!m.author.empty() && m.author.find(' ') == std::string::npos) {
    for (const std::string* s : {&f.author_byline, &f.author_visible, &f.author_itemprop,
                                 &f.author_rel, &f.author_meta2, &f.author_article}) {
      const std::string a = CleanAuthor(*s);
      if (a.size() <= m.author.size() || Words(a) > 4 || a.find(';') != std::string::npos) {
        continue;
      }
      std::string squeezed;
      for (char c : a) {
        if (c != ' ') squeezed += c;
      }
      // The surname is a word ("Bates"), not a company suffix ("CO").
      const bool first_name =
          a.compare(0, m.author.size(), m.author) == 0 && a[m.author.size()] == ' ' &&
          std::any_of(a.begin() + m.author.size(), a.end(),
                      [](char c) { return c >= 'a' && c <= 'z'; });
      if (first_name || EqualsIgnoreCase(squeezed, Lower(m.author))) {
        m.author = a;
        break;
      }
    }
  }
  if (m.author.empty() && f.h1_count == 0) m.author = CleanAuthor(f.author_visible_noh1);

  // Dates, most reliable first. Each remembers whether it was written in
  // UTC ("...T23:00:00Z"): such a stamp can fall on the day before or after
  // the one the page shows in its own time zone.
  struct DateSource {
    std::string raw;
    std::string date;
  };
  const auto src = [](const std::string& raw) { return DateSource{raw, NormalizeDate(raw)}; };
  constexpr size_t kMetaSource = 2;  // f.date_meta below
  const bool right_under = !f.date_visible.empty() && !f.date_visible_update &&
                           f.date_visible_gap <= 5;
  // A <time> above the headline (a teaser's, the day's) is not the
  // article's when a date line stands right under the headline.
  const bool time_above = right_under && f.date_time_at >= 0 && f.first_h1_at >= 0 &&
                          f.date_time_at < f.first_h1_at;
  const std::string kicker = f.date_kicker_at >= 0 && f.first_h1_at >= 0 &&
                                     f.first_h1_at - f.date_kicker_at <= 2 &&
                                     (f.date_visible.empty() || f.date_visible_gap > 5)
                                 ? f.date_kicker
                                 : std::string();
  const DateSource sources[] = {
      src(f.ld.date_published), src(f.date_article), src(f.date_meta),
      {"", f.date_itemprop},    src(f.ld.date_created), {"", DateFromUrl(m.url)},
      // A <time> labelled "Updated" is a modification date (below).
      f.date_time_update || time_above ? DateSource{} : DateSource{f.date_time_raw, f.date_time},
      src(f.date_meta_loose),
      // A date line right under the headline, or in the kicker right above
      // it, before a date-named element further off (a teaser's, a
      // sidebar's, today's date in the page header).
      {"", right_under ? f.date_visible : std::string()},
      {"", kicker},
      {"", f.date_text},
      {"", f.date_visible},
      {"", f.date_visible_any}};
  for (size_t i = 0; i < std::size(sources); ++i) {
    if (sources[i].date.empty()) continue;
    m.date = sources[i].date;
    // A local time stamp of the same moment ("...T23:37:37-04:00" for
    // "...T03:37:37Z") gives the page's own day.
    if (IsUtcStamp(sources[i].raw)) {
      bool local = false;
      for (size_t k = i + 1; k < std::size(sources); ++k) {
        const std::string& other = sources[k].date;
        // The same moment, not a teaser's stamp a day off.
        if (!other.empty() && HasZoneOffset(sources[k].raw) &&
            std::abs(DayNumber(other) - DayNumber(m.date)) == 1 &&
            StampMinutes(sources[i].raw) >= 0 &&
            std::abs(StampMinutes(sources[i].raw) - StampMinutes(sources[k].raw)) <= 5) {
          m.date = other;
          local = true;
          break;
        }
      }
      // No local stamp: the date the page shows, a day off the UTC one.
      // (Not for a whole hour, "T23:00:00Z": that is a date converted
      // from local midnight, whose UTC day is the one meant.)
      if (!local && sources[i].raw.find(":00:00") == std::string::npos) {
        for (const std::string* shown : {&f.date_time_text, &f.date_visible}) {
          // Not a date shown as an edit ("edited Feb 12"), unless its
          // stamp has the UTC one's minutes and seconds: the same moment.
          const auto same_clock = [&] {
            const int64_t shown_at = StampMinutes(f.date_time_raw + "Z");
            return shown_at >= 0 && (shown_at - StampMinutes(sources[i].raw)) % 60 == 0 &&
                   ClockSeconds(f.date_time_raw) == ClockSeconds(sources[i].raw);
          };
          if ((shown == &f.date_time_text && f.date_time_update && !same_clock()) ||
              (shown == &f.date_visible && f.date_visible_update)) {
            continue;
          }
          // Time zones reach from UTC-10 to UTC+9 or so: "T14:00Z" is the
          // same day everywhere that writes dates this way.
          const int shift = shown->empty() ? 0 : DayNumber(*shown) - DayNumber(m.date);
          const int hour = StampHour(sources[i].raw);
          if ((shift == 1 && hour >= 15) || (shift == -1 && hour >= 0 && hour < 10)) {
            m.date = *shown;
            local = true;
            break;
          }
        }
      }
    }
    // "2026-02-15 03:05:48" with no zone (forum software writes its
    // server's clock, often UTC): the page's own day when the line under
    // the headline (the opening post's header) shows the day before or
    // after with the same minutes ("Feb 14, 2026 | 9:05 pm").
    if (!IsUtcStamp(sources[i].raw) && !HasZoneOffset(sources[i].raw) &&
        ClockMinutes(sources[i].raw) >= 0 && !f.date_visible.empty() &&
        !f.date_visible_update && f.date_visible != m.date &&
        ClockMinutes(f.date_visible_text) == ClockMinutes(sources[i].raw)) {
      const int shift = DayNumber(f.date_visible) - DayNumber(m.date);
      const int hour = StampHour(sources[i].raw);
      if ((shift == 1 && hour >= 15) || (shift == -1 && hour >= 0 && hour < 10)) {
        m.date = f.date_visible;
      }
    }
    // A JSON-LD datePublished that a template fills in by hand ("Jun 24,
    // 2025", not an ISO stamp) or that equals its dateModified is often the
    // last build of the page (site builders stamp both at once): the date
    // shown at the headline wins.
    const std::string& ldp = f.ld.date_published;
    const bool ld_stamp =
        i == 0 && ((!ldp.empty() && !(ldp[0] >= '0' && ldp[0] <= '9')) ||
                   (!f.ld.date_modified.empty() && NormalizeDate(f.ld.date_modified) == m.date));
    if (ld_stamp) {
      // Only a date at the headline: the line right under it, or its <time>.
      std::string shown;
      if (!f.date_visible_update && f.date_visible_gap <= 5) {
        shown = f.date_visible;
      } else if (!f.date_time_update && f.date_time_at >= 0 && f.first_h1_at >= 0 &&
                 std::abs(f.date_time_at - f.first_h1_at) <= 10) {
        shown = f.date_time_text;
      }
      // Day and month swapped ("11.03." read for "03/11"): the stamp stands.
      const bool swapped = shown.size() == 10 && m.date.size() == 10 &&
                           shown.compare(0, 4, m.date, 0, 4) == 0 &&
                           shown.compare(5, 2, m.date, 8, 2) == 0 &&
                           shown.compare(8, 2, m.date, 5, 2) == 0;
      if (!shown.empty() && !swapped) m.date = shown;
    } else if (i == kMetaSource && f.date_meta_generic) {
      // A generic date <meta> ("date", "DC.date", "DCTERMS.date") is what
      // the CMS stamped, often on the last save or a scheduled release: the
      // date the page shows for the article (its first <time>, the line
      // next to the headline; not an "Updated ..." one) wins.
      const std::string& time_shown =
          f.date_time_text.empty() ? f.date_time : f.date_time_text;
      // Only a date right under the headline or in a kicker just above
      // it: further on, dates belong to embedded posts, references, teasers.
      std::string visible;
      if (!f.date_visible_update && f.date_visible_gap <= 30) visible = f.date_visible;
      for (const auto& [date, at] : {std::pair(&f.date_visible, f.date_visible_at),
                                     std::pair(&f.date_visible_any, f.date_visible_any_at)}) {
        if (visible.empty() && at >= 0 && at <= f.first_h1_at && f.first_h1_at - at <= 10) {
          visible = *date;
        }
      }
      if (!time_shown.empty() && !f.date_time_update && !time_above) {
        m.date = time_shown;
      } else if (!visible.empty()) {
        m.date = visible;
      }
    }
    break;
  }
  // A page that shows only its modification date, unlabelled, as its date
  // is dated by it (one labelled "Updated" keeps the publication date).
  const std::string modified = NormalizeDate(!f.ld.date_modified.empty() ? f.ld.date_modified
                                                                          : f.date_modified);
  // Only a modification date: the page's date all the same.
  if (m.date.empty()) m.date = modified;
  if (m.date.empty()) m.date = f.date_time;
  if (!modified.empty() && modified != m.date) {
    const bool from_time = !f.date_time_text.empty();
    const std::string& shown = from_time ? f.date_time_text : f.date_visible;
    const bool labelled = from_time ? f.date_time_update : f.date_visible_update;
    if (shown == modified && !labelled) m.date = modified;
  }
  // An article that names no one is the publisher's (schema.org's author
  // may be an Organization: press releases, corporate news), and so is a
  // dated page that does not say what it is (a company's or a club's
  // news). Not a forum, shop or listing: those have no author as a whole.
  if (m.author.empty() && m.kind == PageKind::kUnknown && (article || !m.date.empty())) {
    m.author = CleanAuthor(m.sitename);
    if (m.author.empty() && Words(m.sitename) <= 4 && m.sitename.find("://") == std::string::npos) {
      m.author = m.sitename;  // "example.org"
    }
  }
  return m;
}

}  // namespace chronicle::extract_internal
