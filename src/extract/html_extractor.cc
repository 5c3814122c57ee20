// HTML article extraction in three passes over the gumbo tree.
//
// 1. Walk (iterative, explicit stack). Metadata elements are read as they
//    are met. Boilerplate subtrees are skipped. Text nodes flow into a
//    paragraph writer; entering or leaving a block element ends the current
//    paragraph, so each <p>, <li>, heading, cell or text-only <div> becomes
//    one paragraph owned by its innermost block element. Every element gets
//    a pre-order index; `end` (one past its last descendant) makes subtree
//    membership an interval test.
// 2. Score (Readability). A paragraph of 25+ bytes scores 1 + commas +
//    min(bytes / 100, 3) for its container (the parent of a <p>/<li>/... or
//    of a text-only <div>, the block itself for loose text) and half that for the container's
//    parent. Scores are discounted by the container's link density. The
//    best container, plus siblings scoring at least a fifth of it, holds
//    the article.
// 3. Assemble. Paragraphs inside the chosen subtrees, except the <h1>
//    (the title) and link lists (link density > 0.5), are joined in source
//    order.
#include "extract/html_extractor.h"

#include <gumbo.h>
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/internal/dates.h"
#include "extract/internal/html_flatten.h"
#include "extract/internal/html_text.h"
#include "extract/internal/text_builder.h"

namespace chronicle::extract_internal {
namespace {

constexpr size_t kMinScoredParagraph = 25;
constexpr size_t kMaxMetaText = 4096;

// Class/id tokens (prefixes) that mark a boilerplate subtree.
constexpr std::string_view kBoilerplateClassStems[] = {
    "comment", "share", "social", "related", "newsletter", "subscri", "promo",
    "advert",  "cookie", "consent", "sidebar", "footer", "nav", "breadcrumb",
    "popup",   "modal", "banner", "menu", "ad", "ads"};

struct Elem {
  const GumboNode* node;
  int parent;
  int end = 0;  // one past the last descendant's index
  double score = 0;
  int chars = 0;
  int link_chars = 0;
  bool has_block = false;  // some descendant is a block element
};

struct Para {
  Paragraph p;
  int owner;  // index of the innermost block element
  int link_chars;
};

struct Meta {
  std::string og_title, title, h1, site, og_url, canonical, lang;
  std::string date_article, date_ld, date_meta, date_time;
  std::string author_meta, author_article, author_ld, author_rel;
};

bool IsSkippedTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG: case GUMBO_TAG_BUTTON: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_MATH: case GUMBO_TAG_OBJECT:
      return true;
    default:
      return false;
  }
}

bool IsBlockTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BODY: case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HEADER: case GUMBO_TAG_HR:
    case GUMBO_TAG_LI: case GUMBO_TAG_MAIN: case GUMBO_TAG_NAV: case GUMBO_TAG_OL:
    case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR:
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_UL: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_CENTER: case GUMBO_TAG_HTML:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_BUTTON: case GUMBO_TAG_IFRAME:
      return true;
    default:
      return false;
  }
}

// Blocks whose paragraphs score for their parent (Readability's "p-like").
bool IsParagraphTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_PRE:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
      return true;
    default:
      return false;
  }
}

std::string_view Attr(const GumboNode* n, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? std::string_view(a->value) : std::string_view();
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

std::string Collapse(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      space = !out.empty();
    } else {
      if (space) out.push_back(' ');
      space = false;
      out.push_back(c);
    }
  }
  return out;
}

// Whether a class or id value names boilerplate ("article-comments").
bool BoilerplateName(std::string_view value) {
  const std::string v = Lower(value);
  size_t i = 0;
  while (i < v.size()) {
    while (i < v.size() && !(v[i] >= 'a' && v[i] <= 'z')) ++i;
    size_t e = i;
    while (e < v.size() && v[e] >= 'a' && v[e] <= 'z') ++e;
    const std::string_view token(v.data() + i, e - i);
    for (std::string_view stem : kBoilerplateClassStems) {
      const bool exact_only = stem.size() <= 3;  // "ad", "ads", "nav"
      if (exact_only ? token == stem : token.substr(0, stem.size()) == stem) return true;
    }
    i = e;
  }
  return false;
}

bool Hidden(const GumboNode* n) {
  if (gumbo_get_attribute(&n->v.element.attributes, "hidden")) return true;
  if (Attr(n, "aria-hidden") == "true") return true;
  const std::string style = Lower(Attr(n, "style"));
  return style.find("display:none") != std::string::npos ||
         style.find("display: none") != std::string::npos;
}

// Concatenated text under `n` (iterative), capped at kMaxMetaText bytes.
std::string NodeText(const GumboNode* n) {
  std::string out;
  std::vector<const GumboNode*> stack = {n};
  while (!stack.empty() && out.size() < kMaxMetaText) {
    const GumboNode* cur = stack.back();
    stack.pop_back();
    if (cur->type == GUMBO_NODE_TEXT || cur->type == GUMBO_NODE_WHITESPACE ||
        cur->type == GUMBO_NODE_CDATA) {
      out.append(cur->v.text.text);
    } else if (cur->type == GUMBO_NODE_ELEMENT || cur->type == GUMBO_NODE_TEMPLATE) {
      const GumboVector& kids = cur->v.element.children;
      for (unsigned k = kids.length; k-- > 0;) {
        stack.push_back(static_cast<const GumboNode*>(kids.data[k]));
      }
    }
  }
  return out;
}

void ReadJsonLd(std::string_view json, Meta* m) {
  static const RE2 date("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
  static const RE2 author_obj(
      "\"author\"\\s*:\\s*\\[?\\s*\\{[^}]*?\"name\"\\s*:\\s*\"([^\"]+)\"");
  static const RE2 author_str("\"author\"\\s*:\\s*\"([^\"]+)\"");
  const re2::StringPiece in(json.data(), json.size());
  std::string v;
  if (m->date_ld.empty() && RE2::PartialMatch(in, date, &v)) m->date_ld = v;
  if (m->author_ld.empty() && (RE2::PartialMatch(in, author_obj, &v) ||
                               RE2::PartialMatch(in, author_str, &v))) {
    m->author_ld = v;
  }
}

void ReadMeta(const GumboNode* n, Meta* m) {
  std::string key = Lower(Attr(n, "property"));
  if (key.empty()) key = Lower(Attr(n, "name"));
  if (key.empty()) key = Lower(Attr(n, "itemprop"));
  const std::string content = Collapse(Attr(n, "content"));
  if (key.empty() || content.empty()) return;
  auto set = [&](std::string& field) {
    if (field.empty()) field = content;
  };
  if (key == "og:title" || key == "twitter:title") set(m->og_title);
  if (key == "og:site_name") set(m->site);
  if (key == "og:url") set(m->og_url);
  if (key == "article:published_time" || key == "og:article:published_time") {
    set(m->date_article);
  }
  for (const char* k : {"date", "pubdate", "publishdate", "publish-date", "dc.date",
                        "dc.date.issued", "dcterms.date", "dcterms.created",
                        "sailthru.date", "parsely-pub-date", "datepublished"}) {
    if (key == k) set(m->date_meta);
  }
  if (key == "author" || key == "dc.creator" || key == "sailthru.author" ||
      key == "parsely-author") {
    set(m->author_meta);
  }
  if (key == "article:author" && content.find("://") == std::string::npos) {
    set(m->author_article);
  }
}

}  // namespace

namespace {

// Pass 1: the iterative walk. Not copyable; one per document.
class Walker {
 public:
  explicit Walker(std::string_view buffer) : buffer_(buffer) {}
  Walker(const Walker&) = delete;
  Walker& operator=(const Walker&) = delete;

  void Run(const GumboNode* root);

  std::vector<Elem> elems;
  std::vector<Para> paras;
  Meta meta;

 private:
  struct Frame {
    const GumboNode* node;
    unsigned child;
    int elem;
  };
  bool Enter(const GumboNode* n);  // false: skip the subtree
  void Leave(const Frame& f);
  void Text(const GumboNode* n);
  void ReadElement(const GumboNode* n, GumboTag tag);
  void Flush();
  int CurrentBlock() const { return blocks_.empty() ? -1 : blocks_.back(); }

  std::string_view buffer_;
  std::vector<Frame> stack_;
  std::vector<int> blocks_;  // open block elements
  HtmlParagraphWriter writer_;
  int owner_ = -1;
  int link_chars_ = 0;
  int anchors_ = 0;
  int brs_ = 0;  // consecutive <br>s
};

void Walker::Run(const GumboNode* root) {
  if (!Enter(root)) return;
  stack_.push_back({root, 0, static_cast<int>(elems.size()) - 1});
  while (!stack_.empty()) {
    Frame& f = stack_.back();
    const GumboVector& kids = f.node->v.element.children;
    if (f.child >= kids.length) {
      const Frame done = f;
      stack_.pop_back();
      Leave(done);
      continue;
    }
    const auto* n = static_cast<const GumboNode*>(kids.data[f.child++]);
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
        n->type == GUMBO_NODE_CDATA) {
      Text(n);
    } else if ((n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) &&
               Enter(n)) {
      stack_.push_back({n, 0, static_cast<int>(elems.size()) - 1});
    }
  }
  Flush();
}

// Metadata carried by elements, read whether or not the subtree is content.
void Walker::ReadElement(const GumboNode* n, GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HTML:
      if (meta.lang.empty()) meta.lang = std::string(Attr(n, "lang"));
      break;
    case GUMBO_TAG_META:
      ReadMeta(n, &meta);
      break;
    case GUMBO_TAG_TITLE:
      if (meta.title.empty()) meta.title = Collapse(NodeText(n));
      break;
    case GUMBO_TAG_LINK:
      if (Lower(Attr(n, "rel")) == "canonical" && meta.canonical.empty()) {
        meta.canonical = std::string(Attr(n, "href"));
      }
      break;
    case GUMBO_TAG_SCRIPT:
      if (Lower(Attr(n, "type")) == "application/ld+json") ReadJsonLd(NodeText(n), &meta);
      break;
    case GUMBO_TAG_TIME:
      if (meta.date_time.empty()) meta.date_time = std::string(Attr(n, "datetime"));
      break;
    case GUMBO_TAG_A:
      if (Lower(Attr(n, "rel")) == "author" && meta.author_rel.empty()) {
        meta.author_rel = Collapse(NodeText(n));
      }
      break;
    default:
      break;
  }
}

bool Walker::Enter(const GumboNode* n) {
  const GumboTag tag = n->v.element.tag;
  ReadElement(n, tag);
  if (tag == GUMBO_TAG_HEAD) {  // metadata only: read it, keep no text
    std::vector<const GumboNode*> todo = {n};
    while (!todo.empty()) {
      const GumboNode* cur = todo.back();
      todo.pop_back();
      const GumboVector& kids = cur->v.element.children;
      for (unsigned k = 0; k < kids.length; ++k) {
        const auto* c = static_cast<const GumboNode*>(kids.data[k]);
        if (c->type != GUMBO_NODE_ELEMENT) continue;
        ReadElement(c, c->v.element.tag);
        todo.push_back(c);
      }
    }
    return false;
  }
  const bool structural = tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY ||
                          tag == GUMBO_TAG_MAIN || tag == GUMBO_TAG_ARTICLE;
  if (IsSkippedTag(tag) ||
      (!structural && (BoilerplateName(Attr(n, "class")) ||
                       BoilerplateName(Attr(n, "id")) || Hidden(n)))) {
    if (IsBlockTag(tag) || !IsSkippedTag(tag)) Flush();
    return false;
  }
  if (tag == GUMBO_TAG_BR) {
    if (++brs_ >= 2) Flush();
    writer_.AppendSpace();
  } else if (tag == GUMBO_TAG_IMG) {
    writer_.AppendSpace();
  }
  const int parent = stack_.empty() ? -1 : stack_.back().elem;
  elems.push_back({n, parent});
  const int index = static_cast<int>(elems.size()) - 1;
  if (IsBlockTag(tag)) {
    Flush();
    if (!blocks_.empty()) elems[blocks_.back()].has_block = true;
    blocks_.push_back(index);
  }
  if (tag == GUMBO_TAG_A) ++anchors_;
  return true;
}

void Walker::Leave(const Frame& f) {
  const GumboTag tag = f.node->v.element.tag;
  if (IsBlockTag(tag)) {
    Flush();
    if (!blocks_.empty()) blocks_.pop_back();
  }
  if (tag == GUMBO_TAG_A && anchors_ > 0) --anchors_;
  elems[f.elem].end = static_cast<int>(elems.size());
}

void Walker::Text(const GumboNode* n) {
  const GumboText& t = n->v.text;
  std::string_view raw(t.original_text.data, t.original_text.length);
  const uint32_t offset = static_cast<uint32_t>(t.start_pos.offset);
  // Trust the source range only if it lies inside the buffer where it says.
  if (raw.data() != buffer_.data() + offset || offset + raw.size() > buffer_.size()) {
    raw = {};
  }
  const std::string_view text(t.text);
  if (writer_.empty()) owner_ = CurrentBlock();
  const size_t before = writer_.size();
  writer_.AppendText(text, raw, offset);
  if (anchors_ > 0) link_chars_ += static_cast<int>(writer_.size() - before);
  if (text.find_first_not_of(" \t\n\r\f") != std::string_view::npos) brs_ = 0;
}

void Walker::Flush() {
  brs_ = 0;
  if (writer_.empty()) return;
  paras.push_back({writer_.Take(), owner_ < 0 ? 0 : owner_, link_chars_});
  link_chars_ = 0;
}

// Pass 2: Readability scores. Returns the chosen subtrees as [begin, end)
// index intervals.
std::vector<std::pair<int, int>> ChooseContent(std::vector<Elem>& elems,
                                               const std::vector<Para>& paras) {
  for (const Para& p : paras) {
    Elem& owner = elems[p.owner];
    owner.chars += static_cast<int>(p.p.text.size());
    owner.link_chars += p.link_chars;
    if (p.p.text.size() < kMinScoredParagraph) continue;
    const GumboTag tag = owner.node->v.element.tag;
    const bool p_like = IsParagraphTag(tag) || (tag == GUMBO_TAG_DIV && !owner.has_block);
    const int container = p_like && owner.parent >= 0 ? owner.parent : p.owner;
    const double s = 1 + std::count(p.p.text.begin(), p.p.text.end(), ',') +
                     std::min<double>(p.p.text.size() / 100.0, 3);
    elems[container].score += s;
    if (elems[container].parent >= 0) elems[elems[container].parent].score += s / 2;
  }
  for (size_t i = elems.size(); i-- > 1;) {  // children follow their parents
    if (elems[i].parent < 0) continue;
    elems[elems[i].parent].chars += elems[i].chars;
    elems[elems[i].parent].link_chars += elems[i].link_chars;
  }
  int best = -1;
  double best_score = 0;
  std::vector<double> final_score(elems.size(), 0);
  for (size_t i = 0; i < elems.size(); ++i) {
    const Elem& e = elems[i];
    const double density = e.chars > 0 ? static_cast<double>(e.link_chars) / e.chars : 0;
    final_score[i] = e.score * (1 - density);
    if (final_score[i] > best_score) {
      best_score = final_score[i];
      best = static_cast<int>(i);
    }
  }
  if (best < 0) return {{0, static_cast<int>(elems.size())}};  // nothing scored: all
  std::vector<std::pair<int, int>> chosen = {{best, elems[best].end}};
  const int parent = elems[best].parent;
  for (size_t i = 0; i < elems.size() && parent >= 0; ++i) {
    if (elems[i].parent == parent && static_cast<int>(i) != best &&
        final_score[i] >= std::max(10.0, 0.2 * best_score)) {
      chosen.push_back({static_cast<int>(i), elems[i].end});
    }
  }
  return chosen;
}

std::string StripSiteSuffix(std::string title, const std::string& site,
                            const std::string& h1) {
  for (std::string_view sep : {" | ", " - ", " \xe2\x80\x93 ", " \xe2\x80\x94 ", " :: "}) {
    const size_t at = title.rfind(sep);
    if (at == std::string::npos || at == 0) continue;
    const std::string head = title.substr(0, at);
    const std::string tail = title.substr(at + sep.size());
    if ((!site.empty() && Lower(tail) == Lower(site)) || (!h1.empty() && head == h1)) {
      return head;
    }
  }
  return title;
}

void FillMetadata(const Meta& m, Article* a) {
  a->sitename = m.site;
  std::string t = !m.og_title.empty() ? m.og_title : m.title;
  a->title = t.empty() ? m.h1 : StripSiteSuffix(t, m.site, m.h1);
  for (const std::string* d : {&m.date_article, &m.date_ld, &m.date_meta, &m.date_time}) {
    if (a->date.empty()) a->date = NormalizeDate(*d);
  }
  for (const std::string* s : {&m.author_meta, &m.author_article, &m.author_ld,
                               &m.author_rel}) {
    if (a->author.empty()) a->author = *s;
  }
  if (m.lang.size() >= 2 && std::isalpha(static_cast<unsigned char>(m.lang[0])) &&
      std::isalpha(static_cast<unsigned char>(m.lang[1]))) {
    a->language = Lower(m.lang.substr(0, 2));
  }
  a->url = !m.canonical.empty() ? m.canonical : m.og_url;
}

}  // namespace

StatusOr<Article> ExtractHtml(const RawDocument& doc, const ExtractOptions& options) {
  std::string flat;
  const std::string_view html =
      FlattenDeepHtml(doc.utf8, std::max(1, options.max_html_depth), &flat)
          ? std::string_view(flat)
          : std::string_view(doc.utf8);
  GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  if (out == nullptr) return InternalError("gumbo returned no tree");
  const std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> guard(
      out, [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });

  Walker walker(html);
  walker.Run(out->root);
  Article article;
  article.format = InputFormat::kHtml;
  std::vector<Para*> kept;
  for (Para& p : walker.paras) {
    if (walker.elems[p.owner].node->v.element.tag == GUMBO_TAG_H1 && walker.meta.h1.empty()) {
      walker.meta.h1 = p.p.text;
    }
  }
  FillMetadata(walker.meta, &article);
  const auto chosen = ChooseContent(walker.elems, walker.paras);
  for (Para& p : walker.paras) {
    const bool inside = std::any_of(chosen.begin(), chosen.end(), [&](const auto& r) {
      return p.owner >= r.first && p.owner < r.second;
    });
    const bool h1 = walker.elems[p.owner].node->v.element.tag == GUMBO_TAG_H1;
    const bool links = p.link_chars * 2 > static_cast<int>(p.p.text.size());
    if (inside && !h1 && !links) {
      kept.push_back(&p);
    } else {
      ++article.dropped_lines;
    }
  }
  std::stable_sort(kept.begin(), kept.end(), [](const Para* a, const Para* b) {
    return a->p.SourceBegin() < b->p.SourceBegin();
  });
  ArticleTextBuilder builder(&article);
  for (const Para* p : kept) {
    if (!builder.Add(p->p)) ++article.repeated_paragraphs;
  }
  if (article.text.empty()) {
    return InvalidArgumentError("no article text found: the HTML has no paragraphs");
  }
  return article;
}

}  // namespace chronicle::extract_internal
