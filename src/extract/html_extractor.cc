// HTML article extraction in three passes over the parsed Dom (html_dom.h).
//
// 1. Walk (pre-order over the Dom, explicit stack). Metadata elements are read as they
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


#include <algorithm>
#include <cctype>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/internal/html_dom.h"
#include "extract/internal/html_parser.h"
#include "extract/internal/html_text.h"
#include "extract/internal/line_features.h"
#include "extract/internal/metadata.h"
#include "extract/internal/text_builder.h"

namespace chronicle::extract_internal {
namespace {

constexpr size_t kMinScoredParagraph = 25;
// An element with this much text, and most of the page's, is a page wrapper.
constexpr size_t kMinWrapperText = 500;
// Share of the page's content mass the chosen subtree must hold (see
// ChooseContent); 0.5-0.9 all score within .01 on the benchmarks.
constexpr double kContentMassShare = 0.7;
// Furniture recognised by its words alone is at most this long (words).
constexpr int kMaxFurnitureWords = 12;
// An end marker ends the article only after this much article text (bytes).
constexpr size_t kMinArticleBeforeEnd = 200;

// Class/id tokens (prefixes) that mark a boilerplate subtree.
constexpr std::string_view kBoilerplateClassStems[] = {
    "comment", "share", "social", "related", "newsletter", "subscri", "promo",
    "advert",  "cookie", "consent", "sidebar", "footer", "nav", "breadcrumb",
    "popup",   "modal", "banner", "menu", "ad", "ads"};
// Class/id tokens (prefixes) that name the article, overriding the above.
constexpr std::string_view kContentClassStems[] = {"article", "content", "main", "body"};

struct Elem {
  int node;  // Dom index
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

// Elements whose text is never page content (code, controls, embeds).
bool IsInvisibleTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_MATH: case GUMBO_TAG_OBJECT:
      return true;
    default:
      return false;
  }
}

// Elements that usually hold page furniture, not the article.
bool IsFurnitureTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM: case GUMBO_TAG_FIGCAPTION:
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
    case GUMBO_TAG_UL: case GUMBO_TAG_CAPTION:
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
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_TR: case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
      return true;
    default:
      return false;
  }
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

// Whether a class or id value names boilerplate ("article-comments") and
// nothing that names the article ("content-with-sidebar" is the article's
// column, as in Readability's unlikely/maybe candidate pair).
bool BoilerplateName(std::string_view value) {
  // Tokens are runs of letters and digits, so that generated ids such as
  // "w-node-b5343ad4" do not yield "ad". Only a token's first kStemBytes
  // bytes matter (every stem is shorter), lower-cased into `head` without
  // allocating: this runs for every element of every page.
  constexpr size_t kStemBytes = 16;
  const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
  const auto alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  bool boilerplate = false;
  size_t i = 0;
  while (i < value.size()) {
    while (i < value.size() && !alnum(lower(value[i]))) ++i;
    size_t e = i;
    char head[kStemBytes];
    while (e < value.size() && alnum(lower(value[e]))) {
      if (e - i < kStemBytes) head[e - i] = lower(value[e]);
      ++e;
    }
    const size_t len = e - i;
    const std::string_view token(head, std::min(len, kStemBytes));
    const auto has = [&](std::string_view stem) {
      const bool exact_only = stem.size() <= 3;  // "ad", "ads", "nav"
      if (exact_only) return len == stem.size() && token == stem;
      return len >= stem.size() && token.substr(0, stem.size()) == stem;
    };
    for (std::string_view stem : kContentClassStems) {
      if (has(stem)) return false;
    }
    for (std::string_view stem : kBoilerplateClassStems) {
      if (has(stem)) boilerplate = true;
    }
    i = e;
  }
  return boilerplate;
}

bool Hidden(const Dom& dom, int n) {
  if (dom.HasAttr(n, "hidden")) return true;
  if (dom.Attr(n, "aria-hidden") == "true") return true;
  const std::string style = Lower(dom.Attr(n, "style"));
  return style.find("display:none") != std::string::npos ||
         style.find("display: none") != std::string::npos;
}

}  // namespace

namespace {

// Pass 1: the walk. Not copyable; one per document.
class Walker {
 public:
  Walker(const Dom& dom, std::string_view buffer) : dom_(dom), buffer_(buffer) {
    // Visible-ish text bytes before each node, so a subtree's text is
    // text_before_[end] - text_before_[i].
    text_before_.assign(static_cast<size_t>(dom.size()) + 1, 0);
    for (int i = 0; i < dom.size(); ++i) {
      const int parent = dom.node(i).parent;
      const bool visible = !dom.IsElement(i) &&
                           (parent < 0 || !IsInvisibleTag(dom.node(parent).tag));
      const size_t n = visible ? Trimmed(dom.Text(i)).size() : 0;
      text_before_[static_cast<size_t>(i) + 1] = text_before_[static_cast<size_t>(i)] + n;
    }
  }
  Walker(const Walker&) = delete;
  Walker& operator=(const Walker&) = delete;

  void Run();

  std::vector<Elem> elems;
  std::vector<Para> paras;

 private:
  struct Frame {
    int node;  // Dom index
    int elem;  // index into elems
  };
  bool Enter(int n);  // false: skip the subtree
  void Leave(const Frame& f);
  void Text(int n);
  void Flush();
  int CurrentBlock() const { return blocks_.empty() ? -1 : blocks_.back(); }

  // Whether element n holds most of the page's text: such an element is a
  // page wrapper, whatever its tag or class says ("menu-open" on <body>'s
  // only child, ASP.NET's page-wide <form>).
  bool HoldsMostText(int n) const {
    const size_t inside = text_before_[static_cast<size_t>(dom_.node(n).end)] -
                          text_before_[static_cast<size_t>(n)];
    return inside >= kMinWrapperText && inside * 2 > text_before_.back();
  }
  static std::string_view Trimmed(std::string_view s) {
    const size_t b = s.find_first_not_of(" \t\n\r\f");
    if (b == std::string_view::npos) return {};
    return s.substr(b, s.find_last_not_of(" \t\n\r\f") + 1 - b);
  }

  const Dom& dom_;
  std::string_view buffer_;
  std::vector<size_t> text_before_;
  std::vector<Frame> stack_;
  std::vector<int> blocks_;  // open block elements
  HtmlParagraphWriter writer_;
  int owner_ = -1;
  int link_chars_ = 0;
  int anchors_ = 0;
  int brs_ = 0;  // consecutive <br>s
};

// Pre-order over the Dom: a frame is left once the index passes its `end`.
void Walker::Run() {
  int i = 0;
  while (i < dom_.size()) {
    while (!stack_.empty() && i >= dom_.node(stack_.back().node).end) {
      const Frame done = stack_.back();
      stack_.pop_back();
      Leave(done);
    }
    if (!dom_.IsElement(i)) {
      Text(i);
      ++i;
    } else if (Enter(i)) {
      stack_.push_back({i, static_cast<int>(elems.size()) - 1});
      ++i;
    } else {
      i = dom_.node(i).end;
    }
  }
  while (!stack_.empty()) {
    const Frame done = stack_.back();
    stack_.pop_back();
    Leave(done);
  }
  Flush();
}

bool Walker::Enter(int n) {
  const GumboTag tag = dom_.node(n).tag;
  if (tag == GUMBO_TAG_HEAD) return false;  // metadata only (metadata.cc)
  const bool structural = tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY ||
                          tag == GUMBO_TAG_MAIN || tag == GUMBO_TAG_ARTICLE;
  const bool furniture =
      IsFurnitureTag(tag) || (!structural && (BoilerplateName(dom_.Attr(n, "class")) ||
                                              BoilerplateName(dom_.Attr(n, "id"))));
  // A hidden or furniture-named element holding most of the page's text is
  // the page itself (streamed server rendering parks it in <div hidden>).
  const bool hidden = !structural && Hidden(dom_, n);
  // Likewise <noscript>, where forum software puts the whole thread.
  const bool invisible = IsInvisibleTag(tag) && !(tag == GUMBO_TAG_NOSCRIPT && HoldsMostText(n));
  if (invisible || ((hidden || furniture) && !HoldsMostText(n))) {
    if (IsBlockTag(tag) || !IsInvisibleTag(tag)) Flush();
    return false;
  }
  // A table row is one paragraph, its cells separated by spaces (cells are
  // inline here; blocks inside a layout table's cells still split it).
  if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) writer_.AppendSpace();
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
  const GumboTag tag = dom_.node(f.node).tag;
  if (IsBlockTag(tag)) {
    Flush();
    if (!blocks_.empty()) blocks_.pop_back();
  }
  if (tag == GUMBO_TAG_A && anchors_ > 0) --anchors_;
  elems[f.elem].end = static_cast<int>(elems.size());
}

void Walker::Text(int n) {
  const DomNode& t = dom_.node(n);
  // Trust the source range only if it lies inside the buffer.
  std::string_view raw;
  if (t.src_begin <= t.src_end && t.src_end <= buffer_.size()) {
    raw = buffer_.substr(t.src_begin, t.src_end - t.src_begin);
  }
  const std::string_view text = dom_.Text(n);
  if (writer_.empty()) owner_ = CurrentBlock();
  const size_t before = writer_.size();
  writer_.AppendText(text, raw, t.src_begin);
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
std::vector<std::pair<int, int>> ChooseContent(const Dom& dom, std::vector<Elem>& elems,
                                               const std::vector<Para>& paras) {
  for (const Para& p : paras) {
    Elem& owner = elems[p.owner];
    owner.chars += static_cast<int>(p.p.text.size());
    owner.link_chars += p.link_chars;
    if (p.p.text.size() < kMinScoredParagraph) continue;
    const GumboTag tag = dom.node(owner.node).tag;
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
  // Widen to the deepest element that holds most of the page's content mass
  // (text of scored paragraphs net of twice their link text), when it
  // contains the best candidate: articles split into sibling sections, or
  // whose lead sits outside the highest-scoring <div>, are then kept whole.
  std::vector<double> mass(elems.size(), 0);
  double total = 0;
  for (const Para& p : paras) {
    if (p.p.text.size() < kMinScoredParagraph) continue;
    const double m = std::max(0, static_cast<int>(p.p.text.size()) - 2 * p.link_chars);
    mass[p.owner] += m;
    total += m;
  }
  for (size_t i = elems.size(); i-- > 1;) {
    if (elems[i].parent >= 0) mass[elems[i].parent] += mass[i];
  }
  int deepest = -1;
  for (size_t i = 0; i < elems.size(); ++i) {
    if (total > 0 && mass[i] >= kContentMassShare * total) deepest = static_cast<int>(i);
  }
  if (deepest >= 0 && deepest <= best && best < elems[deepest].end) {
    return {{deepest, elems[deepest].end}};
  }
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

// Whether `line` has more than `n` space-separated tokens holding an ASCII
// letter or digit. Each of them is a word of ComputeLineFeatures, which also
// splits at quotes and Unicode spaces and counts Han/kana text by length
// (two characters a word, less one): more than n + 1 such tokens mean more
// than n words.
bool MoreAlnumTokensThan(std::string_view line, int n) {
  int tokens = 0;
  bool counted = false;  // the current token already holds an alnum
  for (const char c : line) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      counted = false;
    } else if (!counted && (((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9'))) {
      counted = true;
      if (++tokens > n) return true;
    }
  }
  return false;
}

// Pass 4: what the markup did not mark. Paragraphs that read as page
// furniture by their words alone (the scraped-text cues of line_features.h:
// "Jetzt teilen!", "RELATED STORIES", "Leave a Reply") are dropped; an end
// marker (comments, author box, post navigation) after the article has
// started ends it when less text follows than precedes it.
void TrimFurnitureLines(std::vector<Para*>* kept, int* dropped) {
  size_t before = 0, total = 0;
  for (const Para* p : *kept) total += p->p.text.size();
  std::vector<Para*> out;
  out.reserve(kept->size());
  for (Para* p : *kept) {
    const std::string_view line = TrimLine(p->p.text);
    const size_t size = p->p.text.size();
    // Most paragraphs are long: a byte scan settles them without the
    // features (which cost more than the rest of this pass).
    bool short_line = false;
    LineFeatures f;
    if (!MoreAlnumTokensThan(line, kMaxFurnitureWords + 1)) {
      f = ComputeLineFeatures(line);
      short_line = f.words <= kMaxFurnitureWords;
    }
    const EndMarker marker = short_line ? GetEndMarker(line) : EndMarker::kNone;
    if (marker == EndMarker::kEnd && before >= kMinArticleBeforeEnd &&
        total - before - size < before) {
      break;
    }
    const bool furniture = short_line && (f.hard_cue || f.call_to_action ||
                                          marker == EndMarker::kWidget || IsShareButton(line));
    if (!furniture) out.push_back(p);
    before += size;
  }
  if (out.empty()) return;  // all of it reads as furniture: trust the markup
  *dropped += static_cast<int>(kept->size() - out.size());
  *kept = std::move(out);
}

}  // namespace

StatusOr<Article> ExtractHtml(const RawDocument& doc, const ExtractOptions& options) {
  const std::string_view html = doc.utf8;
  const Dom dom = ParseHtml(html, options.max_html_depth);
  Walker walker(dom, html);
  walker.Run();
  Article article;
  article.format = InputFormat::kHtml;
  std::vector<Para*> kept;
  PageMetadata meta = ReadPageMetadata(dom);
  article.title = std::move(meta.title);
  article.author = std::move(meta.author);
  article.date = std::move(meta.date);
  article.sitename = std::move(meta.sitename);
  article.language = std::move(meta.language);
  article.url = std::move(meta.url);
  const auto chosen = ChooseContent(dom, walker.elems, walker.paras);
  for (Para& p : walker.paras) {
    const bool inside = std::any_of(chosen.begin(), chosen.end(), [&](const auto& r) {
      return p.owner >= r.first && p.owner < r.second;
    });
    const bool h1 = dom.node(walker.elems[p.owner].node).tag == GUMBO_TAG_H1;
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
  TrimFurnitureLines(&kept, &article.dropped_lines);
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
