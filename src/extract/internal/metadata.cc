// Sources per field, most reliable first. The order was chosen on the
// trafilatura-eval and WCXB development sets (docs/extraction.md): JSON-LD
// and <meta> are written for machines and rarely wrong; visible bylines
// and dates are next; URL and <title> suffixes are the last resort.
//
//   title    og:title / twitter:title, JSON-LD headline, <title>, <h1>;
//            the <h1> wins when it is a part of the chosen title
//   author   JSON-LD author, <meta name=author> (and Dublin Core, Parse.ly,
//            Sailthru, article:author), itemprop=author, byline elements,
//            rel=author links
//   date     JSON-LD datePublished, article:published_time, date <meta>s,
//            itemprop=datePublished, <time>, the URL, a dated byline element
//   sitename og:site_name, JSON-LD publisher, application-name, the
//            <title> suffix
#include "extract/internal/metadata.h"

#include <nlohmann/json.hpp>
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <vector>

#include "extract/internal/dates.h"

namespace chronicle::extract_internal {
namespace {

constexpr size_t kMaxText = 4096;
constexpr size_t kMaxAuthorWords = 12;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Whitespace runs (and no-break spaces) to one space, trimmed.
std::string Collapse(std::string_view s) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const bool nbsp = s.compare(i, 2, "\xC2\xA0") == 0;
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

// Text of the subtree of element i, capped.
std::string SubtreeText(const Dom& dom, int i) {
  std::string out;
  const DomNode& n = dom.node(i);
  for (int k = i + 1; k < n.end && out.size() < kMaxText; ++k) {
    if (dom.IsElement(k)) {
      const GumboTag t = dom.node(k).tag;
      if (t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE) k = dom.node(k).end - 1;
      continue;
    }
    out.append(dom.Text(k));
    out.push_back(' ');
  }
  return Collapse(out);
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

bool HasToken(std::string_view value, std::string_view token) {
  const std::string v = Lower(value);
  for (size_t at = v.find(token); at != std::string::npos; at = v.find(token, at + 1)) {
    const bool left = at == 0 || !std::isalpha(static_cast<unsigned char>(v[at - 1]));
    const size_t e = at + token.size();
    const bool right = e == v.size() || !std::isalpha(static_cast<unsigned char>(v[e]));
    if (left && right) return true;
  }
  return false;
}

// --------------------------------------------------------------- JSON-LD

struct LdFacts {
  std::string headline, date_published, date_created, author, publisher, type;
};

std::string JsonName(const nlohmann::json& j) {
  if (j.is_string()) return j.get<std::string>();
  if (j.is_object()) {
    if (auto it = j.find("name"); it != j.end()) return JsonName(*it);
  }
  return "";
}

bool IsArticleType(const nlohmann::json& type) {
  const auto one = [](const std::string& t) {
    return t.find("Article") != std::string::npos || t == "BlogPosting" ||
           t == "Report" || t == "WebPage" || t == "LiveBlogPosting" || t == "Posting";
  };
  if (type.is_string()) return one(type.get<std::string>());
  if (type.is_array()) {
    for (const auto& t : type) {
      if (t.is_string() && one(t.get<std::string>())) return true;
    }
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
  const bool article = type != j.end() && IsArticleType(*type);
  const auto str = [&](const char* key) -> std::string {
    auto it = j.find(key);
    if (it == j.end()) return "";
    if (it->is_string()) return it->get<std::string>();
    if (it->is_array() && !it->empty() && (*it)[0].is_string()) return (*it)[0].get<std::string>();
    return "";
  };
  // Article-like objects speak for the page; others (a WebSite, an
  // Organization, a BreadcrumbList) only fill what is still missing.
  const auto take = [&](std::string& field, std::string value) {
    if (!value.empty() && (field.empty() || article)) field = std::move(value);
  };
  if (article || f->headline.empty()) {
    if (std::string h = str("headline"); !h.empty()) take(f->headline, h);
  }
  if (std::string d = str("datePublished"); !d.empty()) {
    if (article || f->date_published.empty()) f->date_published = d;
  }
  if (std::string d = str("dateCreated"); !d.empty() && f->date_created.empty()) {
    f->date_created = d;
  }
  if (auto a = j.find("author"); a != j.end() && (article || f->author.empty())) {
    std::vector<std::string> names;
    if (a->is_array()) {
      for (const auto& e : *a) {
        if (std::string n = JsonName(e); !n.empty()) names.push_back(n);
      }
    } else if (std::string n = JsonName(*a); !n.empty()) {
      names.push_back(n);
    }
    std::string joined;
    for (const std::string& n : names) joined += (joined.empty() ? "" : "; ") + n;
    if (!joined.empty()) f->author = joined;
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
  // Broken JSON (trailing commas, raw newlines in strings) is common: fall
  // back to the fields themselves.
  static const RE2 date("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
  static const RE2 author_obj("\"author\"\\s*:\\s*\\[?\\s*\\{[^}]*?\"name\"\\s*:\\s*\"([^\"]+)\"");
  static const RE2 author_str("\"author\"\\s*:\\s*\"([^\"]+)\"");
  static const RE2 headline("\"headline\"\\s*:\\s*\"([^\"]+)\"");
  const re2::StringPiece in(text.data(), text.size());
  std::string v;
  if (f->date_published.empty() && RE2::PartialMatch(in, date, &v)) f->date_published = v;
  if (f->author.empty() &&
      (RE2::PartialMatch(in, author_obj, &v) || RE2::PartialMatch(in, author_str, &v))) {
    f->author = v;
  }
  if (f->headline.empty() && RE2::PartialMatch(in, headline, &v)) f->headline = v;
}

// ------------------------------------------------------------- the scan

struct Found {
  std::string og_title, title, h1, ld_headline, itemprop_headline;
  std::string site_og, site_app;
  std::string date_article, date_meta, date_itemprop, date_time, date_text;
  std::string date_visible;  // a short text node that is a date, after the <h1>
  std::string author_visible;  // a short "By Jane Roe" text node, after the <h1>
  std::string author_meta, author_article, author_itemprop, author_byline, author_rel;
  std::string lang, locale, content_language;
  std::string canonical, og_url;
  int h1_count = 0;
  LdFacts ld;
};

void ReadMetaTag(const Dom& dom, int i, Found* f) {
  std::string key = Lower(dom.Attr(i, "property"));
  if (key.empty()) key = Lower(dom.Attr(i, "name"));
  if (key.empty()) key = Lower(dom.Attr(i, "itemprop"));
  const std::string http_equiv = Lower(dom.Attr(i, "http-equiv"));
  const std::string content = Collapse(dom.Attr(i, "content"));
  if (content.empty()) return;
  const auto set = [&](std::string& field) {
    if (field.empty()) field = content;
  };
  if (http_equiv == "content-language") set(f->content_language);
  if (key.empty()) return;
  if (key == "og:title" || key == "twitter:title") set(f->og_title);
  if (key == "og:site_name") set(f->site_og);
  if (key == "application-name" || key == "al:android:app_name") set(f->site_app);
  if (key == "og:url") set(f->og_url);
  if (key == "og:locale") set(f->locale);
  if (key == "dc.language" || key == "language" || key == "content-language") {
    set(f->content_language);
  }
  if (key == "article:published_time" || key == "og:article:published_time" ||
      key == "og:published_time" || key == "article:published") {
    set(f->date_article);
  }
  for (const char* k : {"date", "pubdate", "publishdate", "publish-date", "publish_date",
                        "dc.date", "dc.date.issued", "dc.date.created", "dcterms.date",
                        "dcterms.issued", "dcterms.created", "sailthru.date",
                        "parsely-pub-date", "datepublished", "article.published",
                        "published-date", "release_date", "citation_publication_date",
                        "originalpublicationdate", "cxenseparse:recs:publishtime",
                        "date_published", "og:pubdate", "pub_date", "created"}) {
    if (key == k) set(f->date_meta);
  }
  if (key == "author" || key == "dc.creator" || key == "dcterms.creator" ||
      key == "sailthru.author" || key == "parsely-author" || key == "byl" ||
      key == "citation_author" || key == "article.author" || key == "cxenseparse:author") {
    set(f->author_meta);
  }
  if (key == "article:author" && content.find("://") == std::string::npos) {
    set(f->author_article);
  }
}

// Elements whose class or id names a byline.
bool BylineName(const Dom& dom, int i) {
  const std::string v = Lower(std::string(dom.Attr(i, "class")) + " " +
                              std::string(dom.Attr(i, "id")) + " " +
                              std::string(dom.Attr(i, "rel")));
  if (v.find("byline") != std::string::npos) return true;
  for (std::string_view t : {"author", "author-name", "authorname", "author_name",
                             "article-author", "post-author", "entry-author", "writer",
                             "autor", "auteur", "field-name-field-author"}) {
    if (HasToken(v, t)) return true;
  }
  return false;
}

bool DateName(const Dom& dom, int i) {
  const std::string v =
      Lower(std::string(dom.Attr(i, "class")) + " " + std::string(dom.Attr(i, "id")));
  for (std::string_view t : {"date", "published", "pubdate", "timestamp", "time", "datum",
                             "post-date", "entry-date", "article-date", "meta-date", "fecha"}) {
    if (HasToken(v, t)) return true;
  }
  return false;
}

void Scan(const Dom& dom, Found* f) {
  bool in_body = false;
  for (int i = 0; i < dom.size(); ++i) {
    if (!dom.IsElement(i)) {
      // "20.12.2022", "Datum: 03.11.2021 11:38" under the headline.
      if (f->date_visible.empty() && in_body && f->h1_count > 0) {
        const std::string_view t = dom.Text(i);
        if (t.size() <= 60 && Words(t) <= 5) f->date_visible = NormalizeDate(t);
      }
      if (f->author_visible.empty() && in_body && f->h1_count > 0) {
        static const RE2 byline("(?i)^\\s*(?:by|von|par|por|door)\\s+\\p{Lu}");
        const std::string_view t = dom.Text(i);
        if (t.size() <= 80 && Words(t) <= 6 &&
            RE2::PartialMatch(re2::StringPiece(t.data(), t.size()), byline)) {
          f->author_visible = std::string(t);
        }
      }
      continue;
    }
    const GumboTag tag = dom.node(i).tag;
    if (tag == GUMBO_TAG_BODY) in_body = true;
    switch (tag) {
      case GUMBO_TAG_HTML:
        if (f->lang.empty()) f->lang = std::string(dom.Attr(i, "lang"));
        if (f->lang.empty()) f->lang = std::string(dom.Attr(i, "xml:lang"));
        break;
      case GUMBO_TAG_META:
        ReadMetaTag(dom, i, f);
        break;
      case GUMBO_TAG_TITLE:
        if (f->title.empty() && !in_body) f->title = SubtreeText(dom, i);
        break;
      case GUMBO_TAG_H1:
        ++f->h1_count;
        if (f->h1.empty()) f->h1 = SubtreeText(dom, i);
        break;
      case GUMBO_TAG_LINK: {
        const std::string rel = Lower(dom.Attr(i, "rel"));
        if (rel == "canonical" && f->canonical.empty()) {
          f->canonical = std::string(dom.Attr(i, "href"));
        }
        break;
      }
      case GUMBO_TAG_SCRIPT:
        if (Lower(dom.Attr(i, "type")) == "application/ld+json") {
          std::string json;
          for (int k = i + 1; k < dom.node(i).end; ++k) {
            if (!dom.IsElement(k)) json.append(dom.Text(k));
          }
          ReadJsonLd(json, &f->ld);
        }
        break;
      case GUMBO_TAG_TIME:
        if (f->date_time.empty()) {
          std::string d = NormalizeDate(dom.Attr(i, "datetime"));
          if (d.empty()) d = NormalizeDate(SubtreeText(dom, i));
          f->date_time = d;
        }
        break;
      default:
        break;
    }
    if (!in_body) continue;
    const std::string_view itemprop = dom.Attr(i, "itemprop");
    if (!itemprop.empty()) {
      const std::string ip = Lower(itemprop);
      if (ip == "headline" && f->itemprop_headline.empty()) {
        f->itemprop_headline = SubtreeText(dom, i);
      } else if (ip == "datepublished" && f->date_itemprop.empty()) {
        std::string d = NormalizeDate(dom.Attr(i, "datetime"));
        if (d.empty()) d = NormalizeDate(dom.Attr(i, "content"));
        if (d.empty()) d = NormalizeDate(SubtreeText(dom, i));
        f->date_itemprop = d;
      } else if (ip == "author" && f->author_itemprop.empty()) {
        // <span itemprop=author><span itemprop=name>Jane</span></span>
        std::string name;
        for (int k = i + 1; k < dom.node(i).end && name.empty(); ++k) {
          if (dom.IsElement(k) && Lower(dom.Attr(k, "itemprop")) == "name") {
            name = dom.node(k).tag == GUMBO_TAG_META ? Collapse(dom.Attr(k, "content"))
                                                     : SubtreeText(dom, k);
          }
        }
        if (name.empty()) name = SubtreeText(dom, i);
        f->author_itemprop = CleanAuthor(name);
      }
    }
    if (tag == GUMBO_TAG_A && f->author_rel.empty() && Lower(dom.Attr(i, "rel")) == "author") {
      f->author_rel = CleanAuthor(SubtreeText(dom, i));
    }
    if (f->author_byline.empty() && tag != GUMBO_TAG_BODY && tag != GUMBO_TAG_META &&
        tag != GUMBO_TAG_LINK && BylineName(dom, i)) {
      const std::string text = SubtreeText(dom, i);
      if (Words(text) <= kMaxAuthorWords) f->author_byline = CleanAuthor(text);
    }
    if (f->date_text.empty() && tag != GUMBO_TAG_BODY && DateName(dom, i)) {
      const std::string text = SubtreeText(dom, i);
      if (Words(text) <= 12) f->date_text = NormalizeDate(text);
    }
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
  return "";
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

}  // namespace

// "Example.com", "www.site.de": a site, not a person.
bool LooksLikeDomain(std::string_view s) {
  static const RE2 domain("(?i)^(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,6}$");
  return RE2::FullMatch(re2::StringPiece(s.data(), s.size()), domain);
}

std::string CleanAuthor(std::string_view byline) {
  std::string s = Collapse(byline);
  static const RE2 label(
      "(?i)^(?:written |posted |published |reported |text |story |words |photos? |"
      "veröffentlicht |geschrieben |verfasst |ein beitrag |publicado |publié |écrit |"
      "scritto |pubblicato |escrito )?"
      "(?:by|von|par|por|di|door|przez|av|af|de|autor(?:in)?|author|auteur|redacci[oó]n)"
      "\\s*[:\\-]?\\s+");
  RE2::Replace(&s, label, "");
  // Trailing dates, times and roles: "Jane Roe, Staff Writer", "Jane Roe | 5 May".
  for (const char* cut : {" | ", " · ", " • ", " - ", " — ", " on ", " am ", " le ", " el ",
                          " updated ", " published "}) {
    if (const size_t at = s.find(cut); at != std::string::npos && at > 0) s.resize(at);
  }
  if (const size_t at = s.find(", "); at != std::string::npos) {
    // "Jane Roe, John Doe" are two names; "Jane Roe, Reuters" or "Jane Roe,
    // Staff Writer" keep the first. Names are two or three capitalised words.
    const std::string rest = s.substr(at + 2);
    const bool name_list = Words(rest) >= 2 && Words(rest) <= 3 &&
                           rest.find_first_of("0123456789") == std::string::npos &&
                           std::isupper(static_cast<unsigned char>(rest[0])) &&
                           Lower(rest).find("writer") == std::string::npos &&
                           Lower(rest).find("editor") == std::string::npos &&
                           Lower(rest).find("correspondent") == std::string::npos &&
                           Lower(rest).find("reporter") == std::string::npos;
    if (!name_list) s.resize(at);
  }
  // A date run into the byline: "Joshua Sokol May 20, 2019" keeps the name.
  static const RE2 trailing_date(
      "(?i)\\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+)?"
      "\\d.*$");
  if (Words(s) >= 3) RE2::Replace(&s, trailing_date, "");
  static const RE2 joiners("\\s*(?:,|&| and | und | et | y | i | e )\\s*");
  RE2::GlobalReplace(&s, joiners, "; ");
  s = Collapse(s);
  while (!s.empty() && (s.back() == ';' || s.back() == ',' || s.back() == '.' ||
                        s.back() == ':' || s.back() == ' ')) {
    s.pop_back();
  }
  if (s.empty() || Words(s) > kMaxAuthorWords || s.find("://") != std::string::npos ||
      s.find('@') != std::string::npos || LooksLikeDomain(s)) {
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
    std::string best;
    bool dropped = false;
    for (const std::string& p : parts) {
      const std::string np = Norm(p);
      if (!nsite.empty() && (np == nsite || nsite.find(np) != std::string::npos ||
                             np.find(nsite) != std::string::npos)) {
        dropped = true;
        continue;
      }
      if (p.size() > best.size()) best = p;
    }
    if (dropped && !best.empty()) return best;
    // No site name known: a short last (or first) part is the site.
    if (sep == std::string_view(": ")) continue;
    const std::string& first = parts.front();
    const std::string& last = parts.back();
    if (Words(last) <= 4 && Words(first) > Words(last)) {
      return t.substr(0, t.size() - last.size() - sep.size());
    }
    if (Words(first) <= 3 && Words(last) > Words(first) + 2) {
      return t.substr(first.size() + sep.size());
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

  m.sitename = Collapse(f.site_og);
  if (m.sitename.empty()) m.sitename = Collapse(f.ld.publisher);
  if (m.sitename.empty()) m.sitename = Collapse(f.site_app);

  // The <h1> is the headline when the page's metadata agrees with it.
  const std::string h1 = f.h1_count <= 2 ? f.h1 : "";
  std::string title;
  for (const std::string* s : {&f.og_title, &f.ld.headline, &f.title}) {
    if (!s->empty()) {
      title = CleanTitle(*s, m.sitename, h1);
      break;
    }
  }
  if (!h1.empty() && !title.empty() && Norm(title) != Norm(h1) &&
      Norm(title).find(Norm(h1)) != std::string::npos && Words(h1) >= 1) {
    title = h1;
  }
  if (title.empty()) title = !f.itemprop_headline.empty() ? f.itemprop_headline : f.h1;
  m.title = Collapse(title);
  if (m.sitename.empty() && !f.title.empty() && !m.title.empty()) {
    // "Headline | Site": what the cleaning removed is the site name.
    const std::string t = Collapse(f.title);
    for (std::string_view sep : kSeparators) {
      const std::string suffix = std::string(sep);
      if (t.size() > m.title.size() + sep.size() && t.compare(0, m.title.size(), m.title) == 0 &&
          t.compare(m.title.size(), sep.size(), sep) == 0) {
        m.sitename = t.substr(m.title.size() + sep.size());
        break;
      }
    }
  }

  for (const std::string* s : {&f.ld.author, &f.author_meta, &f.author_article,
                               &f.author_itemprop, &f.author_byline, &f.author_rel,
                               &f.author_visible}) {
    if (std::string a = CleanAuthor(*s); !a.empty()) {
      m.author = a;
      break;
    }
  }

  for (const std::string& d :
       {NormalizeDate(f.ld.date_published), NormalizeDate(f.date_article),
        NormalizeDate(f.date_meta), f.date_itemprop, NormalizeDate(f.ld.date_created),
        f.date_time, DateFromUrl(m.url), f.date_text, f.date_visible}) {
    if (!d.empty()) {
      m.date = d;
      break;
    }
  }
  return m;
}

}  // namespace chronicle::extract_internal
