// HTML article extraction in passes over the parsed Dom (html_dom.h).
//
// 1. Walk (pre-order over the Dom, explicit stack). Boilerplate subtrees are
//    skipped. Text nodes flow into a paragraph writer; entering or leaving a
//    block element ends the current paragraph, so each <p>, <li>, heading,
//    cell or text-only <div> becomes one paragraph owned by its innermost
//    block element. Every element gets a pre-order index; `end` (one past
//    its last descendant) makes subtree membership an interval test.
// 2. Score (Readability). A paragraph of 25+ bytes scores 1 + commas +
//    min(bytes / 100, 3) for its container and half that for the
//    container's parent, discounted by link density. The best candidate is
//    widened to the element holding most of the page's content mass.
//    Teaser cards (a linked headline and an excerpt: "more stories" rails)
//    are marked and, around an article, neither widen it nor are kept.
// 3. Select. Paragraphs inside the chosen subtrees, except the <h1> (the
//    title) and link lists, plus the standfirst above them. A page whose
//    article reads as next to nothing is a listing (product grid, course
//    list): its region is taken whole, links included. A forum thread,
//    whose posts are named as comments, is walked again with them.
//    What the page says it is (PageMetadata::kind) steers this: on a
//    product page reviews and recommendations are furniture; a forum
//    thread is walked with its comments from the start and taken whole
//    (ThreadOf), not as its longest post.
// 4. Assemble in source order, without furniture lines (TrimFurnitureLines)
//    and verbatim repeats.
#include "extract/html_extractor.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/internal/dates.h"
#include "extract/internal/html_dom.h"
#include "extract/internal/html_parser.h"
#include "extract/internal/html_text.h"
#include "extract/internal/line_features.h"
#include "extract/internal/metadata.h"
#include "extract/internal/text_builder.h"

namespace chronicle::extract_internal {
namespace {

// The whitespace of HTML text (" \t\n\r\f").
bool IsHtmlSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

constexpr size_t kMinScoredParagraph = 25;
// An element with this much text, and most of the page's, is a page wrapper.
constexpr size_t kMinWrapperText = 500;
// Share of the page's content mass the chosen subtree must hold (see
// ChooseContent); 0.5-0.9 all score within .01 on the benchmarks.
constexpr double kContentMassShare = 0.7;
// Content mass (bytes) below which mass outside the best candidate does not
// pull it wider (ChooseContent).
constexpr double kMinWidenMass = 1500;
// A page whose chosen article has less text than this (bytes), less than
// kListingShare of the page's, and no paragraph of kRealParagraph bytes (or
// under half that share) is a listing (see SelectParagraphs).
constexpr size_t kListingMaxBytes = 1000;
constexpr double kListingShare = 0.2;
constexpr size_t kRealParagraph = 200;
// A paragraph's text repeated by siblings at most this often is the
// article's own (ExtractHtml).
constexpr int kMaxSiblingRepeats = 8;
// Comments this many times the article's text make the page a thread.
constexpr size_t kCommentsOverArticle = 4;
// A teaser card has at most this many paragraphs, one a link of at least
// kMinHeadline bytes (MarkTeasers).
constexpr int kMaxCardParagraphs = 5;
constexpr int kMinHeadline = 15;
// A paragraph opening with a link this long (bytes) is a headline and its
// excerpt.
constexpr int kMinInlineHeadline = 30;
constexpr int kMaxCardExcerpts = 2;
// Text (bytes, not teasers) the best candidate needs for the teasers around
// it to be dropped.
constexpr size_t kMinArticleWithTeasers = 500;
// The standfirst (AddLead): at most kMaxLead paragraphs of kMinLead bytes,
// kMaxLeadGap short lines from the <h1>.
constexpr int kMaxLead = 4;
constexpr size_t kMinLead = 80;
constexpr int kMaxLeadGap = 4;
// Share of the text of a listing that its region must hold.
constexpr double kListingMassShare = 0.7;
// Furniture recognised by its words alone is at most this long (words).
constexpr int kMaxFurnitureWords = 12;
// An end marker ends the article only after this much article text (bytes).
constexpr size_t kMinArticleBeforeEnd = 200;
// A counter's label ("Reaction score") is at most this long (bytes).
constexpr size_t kMaxCounterLabel = 24;
// Less text than this (bytes) is a leftover label, not an article.
constexpr size_t kMinArticleBytes = 10;

// Class/id tokens (prefixes) that mark a boilerplate subtree.
constexpr std::string_view kCommentStem = "comment";
constexpr std::string_view kBoilerplateClassStems[] = {
    "share",      "social", "related", "newsletter", "subscri",
    "promo",      "advert", "sidebar", "footer",     "nav",
    "breadcrumb", "popup",  "modal",   "ad",         "ads"};
// Class/id tokens (prefixes) that mark furniture only in a small subtree
// (under kMinWrapperText bytes of text): a "banner" is an announcement bar
// or an ad, or a landing page's hero section with its pitch; a "menu" is
// navigation, or a restaurant's or a service's offer.
constexpr std::string_view kSmallBoilerplateClassStems[] = {"banner", "menu"};
// Class/id tokens (prefixes) of consent dialogs: furniture even when they
// hold most of the page's text (a page rendered by script has little else).
constexpr std::string_view kDialogClassStems[] = {"cookie", "consent", "gdpr"};
// Class/id tokens (prefixes) that, on a product page (PageKind::kProduct),
// mark what is not the product's description: customer reviews and
// ratings, recommendations and carousels of other products ("customers
// also bought", "recently viewed"). Elsewhere a "review" is an article.
constexpr std::string_view kProductFurnitureStems[] = {
    "review",   "rating", "recommend", "upsell", "crosssell", "recently", "similar",
    "carousel", "also",   "viewed",    "bought", "cross",     "bundle",   "testimonial"};
// Whether a class/id token names a picture's caption ("caption-full",
// "wp-caption-text", "figure__caption", "imageCaption", "newsCaption"):
// captions describe a picture, not the article, and trafilatura's and
// AEB's annotators leave them out like <figcaption> (Readability keeps them).
bool IsCaptionToken(std::string_view token) {
  const auto ends_with = [&](std::string_view s) {
    if (token.size() < s.size()) return false;
    for (size_t k = 0; k < s.size(); ++k) {
      char c = token[token.size() - s.size() + k];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      if (c != s[k]) return false;
    }
    return true;
  };
  const auto starts_with = [&](std::string_view s) {
    if (token.size() < s.size()) return false;
    for (size_t k = 0; k < s.size(); ++k) {
      char c = token[k];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      if (c != s[k]) return false;
    }
    return true;
  };
  return starts_with("caption") || ends_with("caption") || ends_with("captions");
}

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
  int lead_link;  // bytes of the link the paragraph opens with
  int card = -1;  // the teaser card holding this excerpt (MarkTeasers), or -1
  bool caption = false;  // inside a caption-named element (NameKind::kCaption)
  bool in_table = false;  // inside a <table>: a cell's "Comment" is a column name
  bool in_code = false;   // inside <pre> or <code>
};

// Elements whose text is never page content (code, controls, embeds).
bool IsInvisibleTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_OBJECT:
      return true;
    default:
      return false;
  }
}

// Inside the page's <footer> or role="contentinfo" element (a <footer>
// inside an <article> closes that article, it is not the site's).
bool InSiteFooter(const Dom& dom, int n) {
  for (int p = n; p >= 0; p = dom.node(p).parent) {
    const GumboTag tag = dom.node(p).tag;
    if (tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN) return false;
    if (!dom.IsElement(p)) continue;
    if (tag == GUMBO_TAG_FOOTER || dom.Attr(p, "role") == "contentinfo") {
      for (int q = dom.node(p).parent; q >= 0; q = dom.node(q).parent) {
        const GumboTag up = dom.node(q).tag;
        if (up == GUMBO_TAG_ARTICLE || up == GUMBO_TAG_MAIN) return false;
      }
      return true;
    }
  }
  return false;
}

// Elements that usually hold page furniture, not the article.
bool IsFurnitureTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_FIGCAPTION:
      return true;
    default:
      return false;
  }
}

bool IsBlockTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_IFRAME:
      return true;
    default:
      return false;
  }
}

// Blocks whose paragraphs score for their parent (Readability's "p-like").
bool IsParagraphTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_DD:
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

// What a class or id value names.
enum class NameKind {
  kOther,
  kBoilerplate,       // furniture ("share-bar", "sidebar")
  kComments,          // comments and nothing else that is furniture
  kDialog,            // a cookie consent dialog: never the page
  kCaption,           // a picture's caption (IsCaptionToken): not the article's text
  kSmallBoilerplate,  // kSmallBoilerplateClassStems and no other furniture
};

// Whether a class or id value names boilerplate ("article-comments") and
// nothing that names the article ("content-with-sidebar" is the article's
// column, as in Readability's unlikely/maybe candidate pair). Comments are
// told apart: on a forum they are the page.
NameKind BoilerplateName(std::string_view value, bool product) {
  // Tokens are runs of letters and digits, so that generated ids such as
  // "w-node-b5343ad4" do not yield "ad". Only a token's first kStemBytes
  // bytes matter (every stem is shorter), lower-cased into `head` without
  // allocating: this runs for every element of every page.
  constexpr size_t kStemBytes = 16;
  const auto lower = [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  };
  const auto alnum = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  };
  bool boilerplate = false, comments = false, dialog = false, caption = false;
  bool small_boilerplate = false;
  bool rating = false, type_scale = false, caption_before = false;
  bool negated = false;  // the previous token was "no"/"not" ("no-sidebar")
  size_t i = 0;
  while (i < value.size()) {
    while (i < value.size() && !alnum(lower(value[i]))) {
      // Tailwind's arbitrary values ("has-[[data-slot=banner]]:pt-0") are
      // CSS, not names.
      if (value[i] == '[') {
        int depth = 0;
        for (; i < value.size(); ++i) {
          if (value[i] == '[') ++depth;
          if (value[i] == ']' && --depth == 0) break;
        }
      }
      if (i < value.size()) ++i;
    }
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
      if (has(stem)) return NameKind::kOther;
    }
    if (negated || len == 0) {
      // "no-sidebar", "wsite-not-footer": a layout without the furniture.
    } else if (has(kCommentStem)) {
      comments = true;
    } else if (std::any_of(std::begin(kDialogClassStems), std::end(kDialogClassStems),
                           has)) {
      dialog = true;
    } else {
      for (std::string_view stem : kBoilerplateClassStems) {
        if (has(stem)) boilerplate = true;
      }
      for (std::string_view stem : kSmallBoilerplateClassStems) {
        if (has(stem)) small_boilerplate = true;
      }
      // "caption-s", "caption-md": a type scale's size, not a picture's caption.
      if (caption_before && (token == "s" || token == "m" || token == "l" || token == "xs" ||
                             token == "sm" || token == "md" || token == "lg")) {
        type_scale = true;
      }
      caption_before = IsCaptionToken(value.substr(i, len));
      if (caption_before) caption = true;
      // A rating's caption is its label ("4.5 out of 5 stars"), not a picture's.
      if (has("rating") || has("review")) rating = true;
      if (product) {
        for (std::string_view stem : kProductFurnitureStems) {
          if (has(stem)) boilerplate = true;
        }
      }
    }
    negated = has("no") || has("not");
    i = e;
  }
  if (dialog) return NameKind::kDialog;
  return boilerplate                         ? NameKind::kBoilerplate
         : small_boilerplate                 ? NameKind::kSmallBoilerplate
         : comments                          ? NameKind::kComments
         : caption && !rating && !type_scale ? NameKind::kCaption
                                             : NameKind::kOther;
}

// Whether a picture (<img>, <video>, <figure>, an embed) lies in element n
// or in the subtree of one of its kLevels - 1 nearest ancestors: a
// caption-named element is a caption only next to one (a gallery's caption
// panel sits a few levels from the slides; a caption-named block far from
// any picture is the page's own text). Scans at most kMaxScan nodes per
// level, so the cost is bounded per caption-named element.
bool NearPicture(const Dom& dom, int n) {
  constexpr int kLevels = 5;
  constexpr int kMaxScan = 400;
  int a = n;
  for (int level = 0; level < kLevels && a >= 0; ++level, a = dom.node(a).parent) {
    const int end = std::min(dom.node(a).end, a + kMaxScan);
    for (int i = a; i < end; ++i) {
      if (!dom.IsElement(i)) continue;
      switch (dom.node(i).tag) {
        case GUMBO_TAG_IMG:
        case GUMBO_TAG_VIDEO:
        case GUMBO_TAG_FIGURE:
        case GUMBO_TAG_IFRAME:
          return true;
        default:
          break;
      }
    }
  }
  return false;
}

// Whether a class or id value names a disclosure widget's panel
// ("accordion-inner", "collapse-1-panel", "faq-answer", "tabpanel"): its
// text is the page's, folded away until a click (FAQ answers, product
// details, the other tabs of a code sample).
bool NamesDisclosure(std::string_view value) {
  constexpr std::string_view kStems[] = {"accordion", "accordian", "collaps",
                                         "faq",       "answer",    "tabpanel"};
  const auto alnum = [](char c) {
    c = static_cast<char>(c | 0x20);
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  };
  size_t i = 0;
  while (i < value.size()) {
    while (i < value.size() && !alnum(value[i])) ++i;
    size_t e = i;
    while (e < value.size() && alnum(value[e])) ++e;
    const std::string_view token = value.substr(i, e - i);
    for (const std::string_view stem : kStems) {
      if (token.size() < stem.size()) continue;
      bool same = true;
      for (size_t j = 0; j < stem.size() && same; ++j) {
        same = static_cast<char>(token[j] | 0x20) == stem[j];
      }
      if (same) return true;
    }
    i = e;
  }
  return false;
}

// Whether element n is hidden from view. A folded disclosure panel
// (NamesDisclosure, role="tabpanel") is not: a click shows it.
bool Hidden(const Dom& dom, int n) {
  if (dom.HasAttr(n, "hidden")) {
    // React's streamed server rendering sends each late part of the page in
    // a <div hidden id="S:n"> that a script moves into place: shown.
    const std::string_view id = dom.Attr(n, "id");
    if (id.size() > 2 && id[0] == 'S' && id[1] == ':') return false;
    // hidden="until-found": a folded section the browser's find opens.
    if (dom.Attr(n, "hidden") == "until-found") return false;
  } else if (dom.Attr(n, "aria-hidden") != "true") {
    const std::string style = Lower(dom.Attr(n, "style"));
    if (style.find("display:none") == std::string::npos &&
        style.find("display: none") == std::string::npos &&
        style.find("visibility:hidden") == std::string::npos &&
        style.find("visibility: hidden") == std::string::npos) {
      return false;
    }
  }
  return !(dom.Attr(n, "role") == "tabpanel" || NamesDisclosure(dom.Attr(n, "class")) ||
           NamesDisclosure(dom.Attr(n, "id")));
}

}  // namespace

namespace {

// Pass 1: the walk. Not copyable; one per document.
class Walker {
 public:
  // `comments_are_content`: elements named for comments are walked (a
  // forum thread, see ExtractHtml).
  // `product`: the page is a product's (PageKind::kProduct).
  Walker(const Dom& dom, std::string_view buffer, bool comments_are_content = false,
         bool product = false)
      : dom_(dom),
        buffer_(buffer),
        comments_are_content_(comments_are_content),
        product_(product) {
    // Visible-ish text bytes before each node, so a subtree's text is
    // text_before_[end] - text_before_[i].
    text_before_.assign(static_cast<size_t>(dom.size()) + 1, 0);
    for (int i = 0; i < dom.size(); ++i) {
      const int parent = dom.node(i).parent;
      const bool visible =
          !dom.IsElement(i) && (parent < 0 || !IsInvisibleTag(dom.node(parent).tag));
      const size_t n = visible ? Trimmed(dom.Text(i)).size() : 0;
      text_before_[static_cast<size_t>(i) + 1] = text_before_[static_cast<size_t>(i)] + n;
      if (!visible && dom.IsElement(i)) {
        std::string_view ids = dom.Attr(i, "aria-controls");
        while (!ids.empty()) {
          const size_t b = ids.find_first_not_of(' ');
          if (b == std::string_view::npos) break;
          ids.remove_prefix(b);
          const size_t e = std::min(ids.find(' '), ids.size());
          controlled_.push_back(ids.substr(0, e));
          ids.remove_prefix(e);
        }
      }
    }
    std::sort(controlled_.begin(), controlled_.end());
  }
  Walker(const Walker&) = delete;
  Walker& operator=(const Walker&) = delete;

  void Run();
  // Text bytes of the page, and of the subtrees skipped for a comment name.
  size_t page_text() const { return text_before_.back(); }
  size_t comment_text() const { return comment_text_; }
  bool comments_are_content() const { return comments_are_content_; }
  // Whether the page marks up answers (schema.org/Answer microdata): a Q&A
  // thread, whatever PageMetadata::kind says.
  bool has_answers() const { return answers_ > 0; }

  std::vector<Elem> elems;
  std::vector<Para> paras;
  // Caption-named elements are the items' text (a product page's or a
  // collection's tiles), not pictures' captions: set before Run().
  bool captions_are_content = false;

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

  // Whether element n is the panel of a disclosure button (its id is some
  // element's aria-controls): hidden until a click, but the page's text.
  bool Controlled(int n) const {
    if (controlled_.empty()) return false;
    const std::string_view id = dom_.Attr(n, "id");
    return !id.empty() && std::binary_search(controlled_.begin(), controlled_.end(), id);
  }
  // Whether element n holds most of the page's text: such an element is a
  // page wrapper, whatever its tag or class says ("menu-open" on <body>'s
  // only child, ASP.NET's page-wide <form>).
  bool HoldsMostText(int n) const {
    const size_t inside = text_before_[static_cast<size_t>(dom_.node(n).end)] -
                          text_before_[static_cast<size_t>(n)];
    return inside >= kMinWrapperText && inside * 2 > text_before_.back();
  }
  // Whether element n holds most of the text of its ancestor `outer`.
  bool HoldsMostOf(int n, int outer) const {
    const auto text = [&](int e) {
      return text_before_[static_cast<size_t>(dom_.node(e).end)] -
             text_before_[static_cast<size_t>(e)];
    };
    const size_t inside = text(n);
    return inside >= kMinWrapperText && inside * 2 > text(outer);
  }
  // Whether element n is a layout column around the page's <article> or
  // <main> ("col-sm-9 sidebar-first-only": the column next to the sidebar):
  // one of them holds most of n's text. A sidebar of teaser <article>s has
  // none that large.
  bool WrapsArticle(int n) const {
    const int end = dom_.node(n).end;
    for (int i = n + 1; i < end; ++i) {
      if (!dom_.IsElement(i)) continue;
      const GumboTag t = dom_.node(i).tag;
      if ((t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN) && HoldsMostOf(i, n))
        return true;
    }
    return false;
  }
  // Whether caption-named element n is a picture's caption: a few lines
  // next to a picture (a product description named "item-caption" is
  // longer).
  bool IsCaption(int n) const {
    constexpr size_t kMaxCaption = 600;
    const size_t inside = text_before_[static_cast<size_t>(dom_.node(n).end)] -
                          text_before_[static_cast<size_t>(n)];
    return inside <= kMaxCaption && NearPicture(dom_, n);
  }
  // (find_first_not_of with a set calls memchr once per byte: templates
  // indent their text nodes deeply, so this is a loop.)
  static std::string_view Trimmed(std::string_view s) {
    while (!s.empty() && IsHtmlSpace(s.front())) s.remove_prefix(1);
    while (!s.empty() && IsHtmlSpace(s.back())) s.remove_suffix(1);
    return s;
  }

  const Dom& dom_;
  std::string_view buffer_;
  const bool comments_are_content_;
  const bool product_;
  size_t comment_text_ = 0;
  int answers_ = 0;
  std::vector<size_t> text_before_;
  std::vector<std::string_view> controlled_;  // ids named by aria-controls, sorted
  std::vector<Frame> stack_;
  std::vector<int> blocks_;      // open block elements
  std::vector<int> structural_;  // open <main> and <article> elements (Dom indices)
  std::vector<int> captions_;    // open caption-named elements (Dom indices)
  int caption_chars_ = 0;        // paragraph bytes written inside them
  int tables_ = 0;               // open <table> elements
  int code_ = 0;                 // open <pre> and <code> elements
  HtmlParagraphWriter writer_;
  int owner_ = -1;
  int link_chars_ = 0;
  int anchors_ = 0;
  int brs_ = 0;             // consecutive <br>s
  int lead_link_ = 0;       // link bytes the paragraph opens with
  bool lead_open_ = false;  // no text outside a link yet
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
  NameKind name = NameKind::kOther;
  // Inside code, class names are a highlighter's token kinds: "hljs-comment"
  // and "token comment" are the code's comments, not a comment thread.
  if (!structural && code_ == 0) {
    name = BoilerplateName(dom_.Attr(n, "class"), product_);
    if (name != NameKind::kBoilerplate && name != NameKind::kDialog) {
      const NameKind id = BoilerplateName(dom_.Attr(n, "id"), product_);
      if (id != NameKind::kOther) name = id;
    }
  }
  const bool comments = name == NameKind::kComments && !comments_are_content_;
  const bool small_boilerplate = name == NameKind::kSmallBoilerplate &&
                                 text_before_[static_cast<size_t>(dom_.node(n).end)] -
                                         text_before_[static_cast<size_t>(n)] <
                                     kMinWrapperText;
  // An <article>'s or <main>'s own <header> holds its headline and lead.
  const bool own_header = tag == GUMBO_TAG_HEADER && !structural_.empty();
  // A thread's posts may sit in a <form> (moderation checkboxes).
  const bool post_form = tag == GUMBO_TAG_FORM && comments_are_content_;
  const bool furniture = (IsFurnitureTag(tag) && !own_header && !post_form) ||
                         name == NameKind::kBoilerplate || small_boilerplate || comments;
  const bool dialog = name == NameKind::kDialog;
  // A hidden or furniture-named element holding most of the page's text is
  // the page itself (streamed server rendering parks it in <div hidden>).
  const bool hidden = !structural && Hidden(dom_, n) && !Controlled(n);
  // Likewise <noscript>, where forum software puts the whole thread.
  const bool invisible =
      IsInvisibleTag(tag) && !(tag == GUMBO_TAG_NOSCRIPT && HoldsMostText(n));
  // A furniture tag (<aside>, <header>, <section class="sidebar">...) that
  // holds most of the <main> or <article> it sits in is the article itself.
  const bool closing =
      tag == GUMBO_TAG_FOOTER || tag == GUMBO_TAG_FORM || tag == GUMBO_TAG_NAV;
  const bool holds_main = furniture && !hidden && !closing && !structural_.empty() &&
                          HoldsMostOf(n, structural_.back());
  if (invisible || dialog ||
      ((hidden || furniture) && !holds_main && !HoldsMostText(n) &&
       !(name == NameKind::kBoilerplate && !hidden && !IsFurnitureTag(tag) &&
         WrapsArticle(n)))) {
    if (comments && !invisible && !hidden && !IsFurnitureTag(tag)) {
      comment_text_ += text_before_[static_cast<size_t>(dom_.node(n).end)] -
                       text_before_[static_cast<size_t>(n)];
    }
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
  if (tag == GUMBO_TAG_MAIN || tag == GUMBO_TAG_ARTICLE) structural_.push_back(n);
  if (tag == GUMBO_TAG_TABLE) ++tables_;
  if (const std::string_view type = dom_.Attr(n, "itemtype");
      type.size() >= 7 && type.substr(type.size() - 7) == "/Answer") {
    ++answers_;
  }
  if (tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_CODE) ++code_;
  if (name == NameKind::kCaption && !captions_are_content && IsCaption(n)) {
    captions_.push_back(n);
  }
  return true;
}

void Walker::Leave(const Frame& f) {
  const GumboTag tag = dom_.node(f.node).tag;
  if (IsBlockTag(tag)) {
    Flush();
    if (!blocks_.empty()) blocks_.pop_back();
  }
  if (tag == GUMBO_TAG_A && anchors_ > 0) --anchors_;
  if ((tag == GUMBO_TAG_MAIN || tag == GUMBO_TAG_ARTICLE) && !structural_.empty()) {
    structural_.pop_back();
  }
  if (!captions_.empty() && captions_.back() == f.node) captions_.pop_back();
  if (tag == GUMBO_TAG_TABLE && tables_ > 0) --tables_;
  if ((tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_CODE) && code_ > 0) --code_;
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
  if (writer_.empty()) {
    owner_ = CurrentBlock();
    lead_open_ = true;
  }
  const size_t before = writer_.size();
  writer_.AppendText(text, raw, t.src_begin);
  const int added = static_cast<int>(writer_.size() - before);
  if (!captions_.empty()) caption_chars_ += added;
  if (anchors_ > 0) {
    link_chars_ += added;
    if (lead_open_) lead_link_ += added;
  } else if (added > 0) {
    lead_open_ = false;
  }
  if (!std::all_of(text.begin(), text.end(), IsHtmlSpace)) brs_ = 0;
}

void Walker::Flush() {
  brs_ = 0;
  if (writer_.empty()) return;
  paras.push_back({writer_.Take(), owner_ < 0 ? 0 : owner_, link_chars_, lead_link_});
  // Mostly a caption's text, not a paragraph with an inline credit.
  paras.back().caption = caption_chars_ * 2 > static_cast<int>(paras.back().p.text.size());
  caption_chars_ = 0;
  paras.back().in_table = tables_ > 0;
  paras.back().in_code = code_ > 0;
  link_chars_ = 0;
  lead_link_ = 0;
}

// Teaser cards: a small block (at most kMaxCardParagraphs paragraphs) with
// a headline that is a link and an excerpt that is not. Their excerpts read
// like article text but belong to other pages ("more stories" rails, link
// lists under the article); they do not widen the article (ChooseContent)
// and are dropped outside the best candidate (SelectParagraphs).
void MarkTeasers(const std::vector<Elem>& elems, std::vector<Para>& paras) {
  // Per element: paragraphs, excerpts, and the first headline and excerpt
  // (paragraph indices, in source order).
  constexpr int kNone = std::numeric_limits<int>::max();
  std::vector<int> count(elems.size(), 0), excerpts(elems.size(), 0);
  std::vector<int> first_headline(elems.size(), kNone),
      first_excerpt(elems.size(), kNone);
  for (size_t k = 0; k < paras.size(); ++k) {
    const Para& p = paras[k];
    ++count[p.owner];
    const int size = static_cast<int>(p.p.text.size());
    const int index = static_cast<int>(k);
    if (p.link_chars * 2 > size) {
      if (size >= kMinHeadline)
        first_headline[p.owner] = std::min(first_headline[p.owner], index);
    } else if (size >= static_cast<int>(kMinScoredParagraph)) {
      ++excerpts[p.owner];
      first_excerpt[p.owner] = std::min(first_excerpt[p.owner], index);
    }
  }
  for (size_t i = elems.size(); i-- > 1;) {
    const int up = elems[i].parent;
    if (up < 0) continue;
    count[up] += count[i];
    excerpts[up] += excerpts[i];
    first_headline[up] = std::min(first_headline[up], first_headline[i]);
    first_excerpt[up] = std::min(first_excerpt[up], first_excerpt[i]);
  }
  for (Para& p : paras) {
    const int size = static_cast<int>(p.p.text.size());
    if (p.link_chars * 2 > size) continue;
    // One paragraph can be a whole card: "<a>Headline</a> <span>excerpt</span>".
    if (p.lead_link >= kMinInlineHeadline &&
        size - p.lead_link >= static_cast<int>(kMinScoredParagraph)) {
      p.card = p.owner;
    }
    for (int e = p.owner; e >= 0 && count[e] <= kMaxCardParagraphs; e = elems[e].parent) {
      // The headline leads the card ("Read more" after an excerpt is not one).
      if (first_headline[e] < first_excerpt[e] && excerpts[e] <= kMaxCardExcerpts) {
        p.card = e;  // the largest such block
      }
    }
  }
}

// Pass 2: Readability scores, and each element's text and link text.
void ScoreElements(const Dom& dom, std::vector<Elem>& elems,
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
}

// Chooses the article from the scores (ScoreElements). Returns the chosen
// subtrees as [begin, end) index intervals and the best candidate's in
// `best_range`. Teaser excerpts (MarkTeasers) add no content mass when
// `skip_teasers`.
std::vector<std::pair<int, int>> ChooseContent(const std::vector<Elem>& elems,
                                               const std::vector<Para>& paras,
                                               bool skip_teasers,
                                               std::pair<int, int>* best_range) {
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
  if (best < 0) {  // nothing scored: all
    *best_range = {0, static_cast<int>(elems.size())};
    return {*best_range};
  }
  *best_range = {best, elems[best].end};
  // Widen to the deepest element that holds most of the page's content mass
  // (text of scored paragraphs net of twice their link text), when it
  // contains the best candidate: articles split into sibling sections, or
  // whose lead sits outside the highest-scoring <div>, are then kept whole.
  std::vector<double> mass(elems.size(), 0);
  double total = 0;
  for (const Para& p : paras) {
    if (p.p.text.size() < kMinScoredParagraph || (skip_teasers && p.card >= 0)) continue;
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
  // Most of the mass lies outside the best candidate (a lead above a long
  // body of list items, a section split off its intro): take both, the
  // deepest element holding the candidate and the mass, when that mass is
  // several paragraphs' worth.
  if (deepest >= 0 && total >= kMinWidenMass) {
    int a = deepest;
    while (a >= 0 && !(a <= best && best < elems[a].end)) a = elems[a].parent;
    if (a >= 0) return {{a, elems[a].end}};
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
    } else if (!counted &&
               (((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9'))) {
      counted = true;
      if (++tokens > n) return true;
    }
  }
  return false;
}

// The fallback for pages that are not one article (listings, product grids,
// forums): the deepest element holding most of the text of paragraphs of
// kMinScoredParagraph bytes or more, links included (teaser cards are links).
std::pair<int, int> ChooseListing(const std::vector<Elem>& elems,
                                  const std::vector<Para>& paras) {
  std::vector<double> mass(elems.size(), 0);
  double total = 0;
  // Paragraphs of kMinScoredParagraph bytes, or all when those are next to
  // none: a list of short names ("Radios (4)") has one or two that read
  // longer, and they are not the listing.
  constexpr double kMinLongMass = 4 * kMinScoredParagraph;
  for (const size_t min : {kMinScoredParagraph, size_t{1}}) {
    std::fill(mass.begin(), mass.end(), 0.0);
    total = 0;
    for (const Para& p : paras) {
      if (p.p.text.size() < min) continue;
      mass[p.owner] += p.p.text.size();
      total += p.p.text.size();
    }
    if (total >= kMinLongMass) break;
  }
  if (total <= 0) return {-1, -1};
  for (size_t i = elems.size(); i-- > 1;) {
    if (elems[i].parent >= 0) mass[elems[i].parent] += mass[i];
  }
  int deepest = -1;
  for (size_t i = 0; i < elems.size(); ++i) {
    if (mass[i] >= kListingMassShare * total) deepest = static_cast<int>(i);
  }
  if (deepest < 0) return {-1, -1};
  return {deepest, elems[deepest].end};
}

// On a forum page, the thread holding the post `best` (the best candidate):
// the parent of the nearest ancestor of `best` (or `best` itself) that has
// a sibling of the same tag and class, another post. {-1, -1} if none.
std::pair<int, int> ThreadOf(const Dom& dom, const std::vector<Elem>& elems, int best) {
  constexpr int kMaxLevels = 8;
  // Text (bytes, not links) of a post: a poster's name and join date are less.
  constexpr int kMinPost = 100;
  int a = best;
  for (int level = 0; a >= 0 && level < kMaxLevels; ++level, a = elems[a].parent) {
    const int parent = elems[a].parent;
    if (parent < 0) break;
    const GumboTag tag = dom.node(elems[a].node).tag;
    if (tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_HTML) break;
    const std::string_view cls = dom.Attr(elems[a].node, "class");
    if (cls.empty() || elems[a].chars - elems[a].link_chars < kMinPost) continue;
    for (int s = parent + 1; s < elems[parent].end; s = elems[s].end) {
      if (s != a && dom.node(elems[s].node).tag == tag &&
          elems[s].chars - elems[s].link_chars >= kMinPost &&
          dom.Attr(elems[s].node, "class") == cls) {
        return {parent, elems[parent].end};
      }
    }
  }
  return {-1, -1};
}

// A bare byline label, the "By" of a byline split over several paragraphs.
bool IsBylineLabel(std::string_view line) {
  for (const std::string_view label :
       {"By", "by", "BY", "Von", "von", "Par", "par", "Por", "por", "Di", "Door", "Av"}) {
    if (line == label || (line.size() == label.size() + 1 && line.back() == ':' &&
                          line.substr(0, label.size()) == label)) {
      return true;
    }
  }
  return false;
}

// Whether `line` holds a time of day ("20:13", "8:03").
bool HasClockTime(std::string_view line) {
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (size_t i = 1; i + 2 < line.size(); ++i) {
    if (line[i] == ':' && digit(line[i - 1]) && digit(line[i + 1]) && digit(line[i + 2])) {
      return true;
    }
  }
  return false;
}

// The byline block under a headline: a run of short paragraphs at the top of
// the article ("By" / "Sarah Roe" / "The Daily Paper" / "Nov. 19, 2019 8:03
// am ET") that the markup set apart from the body. When the run holds a
// date or a byline, its dates, bylines and name-like lines (a few
// capitalised words) are dropped: the article's date and author are
// metadata, not text. Returns the run as [begin, end) indices of `kept`.
std::pair<size_t, size_t> LeadingBylineRun(const std::vector<Para*>& kept) {
  // A byline block is a handful of lines; a longer run is a list.
  constexpr size_t kMaxRun = 6;
  constexpr int kMaxNameWords = 5;
  // Below this, the run may be most of what the page says (a score card).
  constexpr size_t kMinArticleAfterByline = 500;
  constexpr size_t kMinArticleAfterFullByline = 200;
  // What a line of the run is: 0 not one, 1 a date or byline, 2 a name or
  // credit, 3 another short line (a photo caption), dropped only between
  // lines of the other kinds.
  const auto kind = [](const Para* p) {
    const std::string_view line = TrimLine(p->p.text);
    if (MoreAlnumTokensThan(line, kMaxFurnitureWords + 1)) return 0;
    const LineFeatures f = ComputeLineFeatures(line);
    if (f.words == 0 || f.words > kMaxFurnitureWords || f.ends_sentence || f.ends_colon) {
      return 0;
    }
    // A date inside the line counts when the rest reads as names ("Marcus
    // Roe 2019-11-20 17:27") or it comes with a time of day (a timestamp),
    // not in a sentence that mentions a date.
    if (IsBylineLabel(line) || !BylineAuthor(line).empty() || !DatelineDate(line).empty() ||
        ((f.title_case >= 0.99 || HasClockTime(line)) && !NormalizeDate(line).empty())) {
      return 1;
    }
    if (f.words <= kMaxNameWords && f.title_case >= 0.99) return 2;
    return f.words <= kMaxNameWords + 3 ? 3 : 0;
  };
  const auto dated_line = [&](size_t i) {
    const std::string_view line = TrimLine(kept[i]->p.text);
    return BylineAuthor(line).empty() && line.find(" by ") == std::string_view::npos &&
           !NormalizeDate(line).empty();
  };
  // The run starts at the top, or after a standfirst.
  for (size_t begin = 0; begin < 2 && begin < kept.size(); ++begin) {
    bool anchored = false;  // the run holds a date or a byline
    int anchors = 0;
    size_t end = begin;
    for (size_t i = begin; i < kept.size() && i < begin + kMaxRun; ++i) {
      const int k = kind(kept[i]);
      if (k == 0) break;
      anchored |= k == 1;
      anchors += k == 1 ? 1 : 0;
      if (k != 3) end = i + 1;
    }
    // A one-line byline ("Posted by Ann Roe", "May 3, 2020 by Ann Roe")
    // may be the article's own first line; a date line or a block of
    // several lines is not.
    const bool block = end - begin >= 2 || (end - begin == 1 && dated_line(begin));
    size_t rest = 0;
    for (size_t i = end; i < kept.size(); ++i) rest += kept[i]->p.text.size();
    // A run with both a byline and a date is one even above a short
    // teaser ("By" / "Ann Roe" / "The Paper" / "Nov. 19, 2019 8:03 am ET").
    const size_t min_rest = anchors >= 2 && end - begin >= 3 ? kMinArticleAfterFullByline
                                                             : kMinArticleAfterByline;
    if (anchored && block && rest >= min_rest) return {begin, end};
    if (kind(kept[begin]) != 0) break;  // not a standfirst
  }
  return {0, 0};
}

// Whether `line` is a labelled date line ("Aktualisiert am 17.01.2021",
// "Publiziert: 03.04.2020, 12:35", "Updated Nov. 4, 2025", "Stand: 5.
// Februar 2020"): the article's date as page furniture, wherever it sits.
// The regex-backed DatelineDate runs only after a label matched.
bool IsLabelledDateLine(std::string_view line) {
  static constexpr std::string_view kLabels[] = {
      "last updated",  "updated",       "published",     "posted on",
      "aktualisiert",  "publiziert",    "veröffentlicht", "stand",
      "erstellt am",   "mis à jour le", "publié le",     "actualizado",
      "publicado",     "pubblicato",    "aggiornato",    "opublikowano",
      "zaktualizowano",
  };
  if (line.size() > 80) return false;
  for (std::string_view label : kLabels) {
    if (line.size() <= label.size()) continue;
    bool same = true;
    for (size_t k = 0; k < label.size() && same; ++k) {
      char c = line[k];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      same = c == label[k];
    }
    if (!same) continue;
    std::string_view rest = line.substr(label.size());
    // "Aktualisiert am", "Veröffentlicht am", "Publicado el", "Pubblicato il".
    for (std::string_view word : {"am ", "on ", "el ", "il ", "le ", ":"}) {
      const std::string_view t = TrimLine(rest);
      if (t.substr(0, word.size()) == word) rest = t.substr(word.size());
    }
    rest = TrimLine(rest);
    if (!rest.empty() && rest.front() == ':') rest = TrimLine(rest.substr(1));
    return !rest.empty() && !DatelineDate(rest).empty();
  }
  return false;
}

// Whether `line` is a counter or a stamp: numbers with at most two words
// ("12", "Posts: 4032", "3 silver badges", "Reply 2", "Oct 5, 2023", "1.9k
// Aufrufe"). On a thread these are the posters' statistics and the posts'
// vote counts and dates, not what they say (a post's time stamp, "Ann
// January 11, 2025, 1:13am", is kept with its poster's name).
bool IsCounterLine(std::string_view line) {
  constexpr int kMaxTokens = 6;
  constexpr int kMaxWords = 2;
  int numbers = 0, words = 0;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\n')) ++i;
    bool digit = false, letter = false;
    for (; i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\n'; ++i) {
      const unsigned char c = static_cast<unsigned char>(line[i]);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c >= 0x80 || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
        letter = true;
      }
    }
    if (digit) {
      ++numbers;
    } else if (letter) {
      ++words;
    }
    if (numbers + words > kMaxTokens || words > kMaxWords) return false;
  }
  return numbers > 0;
}

// Pass 4: what the markup did not mark. The byline block under the
// headline (LeadingBylineRun) is dropped. Paragraphs that read as page
// furniture by their words alone (the scraped-text cues of line_features.h:
// "Jetzt teilen!", "RELATED STORIES", "Leave a Reply") are dropped; an end
// marker (comments, author box, post navigation) after the article has
// started ends it when less text follows than precedes it.
// On a forum thread (`thread`), counter lines (IsCounterLine) outside tables
// and code go too.
void TrimFurnitureLines(std::vector<Para*>* kept, int* dropped, bool thread) {
  const auto [run_begin, run_end] = LeadingBylineRun(*kept);
  if (run_end > run_begin && run_end - run_begin < kept->size()) {
    *dropped += static_cast<int>(run_end - run_begin);
    kept->erase(kept->begin() + static_cast<std::ptrdiff_t>(run_begin),
                kept->begin() + static_cast<std::ptrdiff_t>(run_end));
  }
  size_t before = 0, total = 0;
  for (const Para* p : *kept) total += p->p.text.size();
  std::vector<Para*> out;
  out.reserve(kept->size());
  constexpr size_t kClosingParagraphs = 3;
  size_t index = 0;
  // One or two "Updated ..." lines date the article; a list of them dates
  // the items of a listing, which keeps them.
  constexpr int kMaxDateLines = 2;
  int date_lines = 0;
  for (const Para* p : *kept) date_lines += IsLabelledDateLine(TrimLine(p->p.text)) ? 1 : 0;
  const bool date_lines_are_furniture = date_lines <= kMaxDateLines;
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
    if (marker == EndMarker::kEnd && !p->in_table && before >= kMinArticleBeforeEnd &&
        total - before - size < before) {
      break;
    }
    const bool counter = thread && !p->in_table && !p->in_code && line.size() <= 64 &&
                         IsCounterLine(line) && !HasClockTime(line);
    // A bare number's label on the line before ("Messages" / "11", "Posts:"
    // / "4032"): a word or two right above it, not a sentence (a poster's
    // name above a date stays).
    const bool bare_number =
        counter && std::none_of(line.begin(), line.end(), [](char ch) {
          const unsigned char c = static_cast<unsigned char>(ch);
          return c >= 0x80 || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
        });
    if (bare_number && !out.empty() && out.back() + 1 == p) {
      const std::string_view label = TrimLine(out.back()->p.text);
      if (label.size() <= kMaxCounterLabel && !MoreAlnumTokensThan(label, 2) &&
          !ComputeLineFeatures(label).ends_sentence) {
        out.pop_back();
      }
    }
    const bool furniture =
        counter ||
        (short_line && (f.hard_cue || f.call_to_action || marker == EndMarker::kWidget ||
                        IsShareButton(line) || IsBoxHeading(line) ||
                        (date_lines_are_furniture && IsLabelledDateLine(line))));
    // "Follow us on Twitter" closes an article: only its last paragraphs
    // are looked at (and lowered), which keeps this pass cheap.
    const bool closing = ++index + kClosingParagraphs > kept->size();
    if (!furniture && !(closing && IsFollowPromo(line))) out.push_back(p);
    before += size;
  }
  if (out.empty()) return;  // all of it reads as furniture: trust the markup
  *dropped += static_cast<int>(kept->size() - out.size());
  *kept = std::move(out);
}

// Paragraphs that repeat the headline verbatim (a gallery's or a sticky
// bar's copy of the <h1>, which is the title, not text) are dropped, unless
// that is all there is. Only around an article (kMinArticleForEchoes
// bytes): a product's or a listing's name heads its own text.
void DropTitleEchoes(std::string_view title, std::vector<Para*>* kept, int* dropped) {
  constexpr size_t kMinArticleForEchoes = 1500;
  title = TrimLine(title);
  if (title.empty()) return;
  size_t bytes = 0;
  for (const Para* p : *kept) bytes += p->p.text.size();
  if (bytes < kMinArticleForEchoes) return;
  const auto echo = [&](const Para* p) { return TrimLine(p->p.text) == title; };
  const auto n = std::count_if(kept->begin(), kept->end(), echo);
  if (n == 0 || static_cast<size_t>(n) == kept->size()) return;
  kept->erase(std::remove_if(kept->begin(), kept->end(), echo), kept->end());
  *dropped += static_cast<int>(n);
}

// Whether a paragraph under kMinLead bytes between the headline and the body
// may be passed over on the way to the standfirst: a date and byline line
// ("23.06.2016 um 16:14 Uhr - Anna Roe - 91 Kommentare") is not a sentence.
bool IsLeadGapLine(std::string_view text, size_t size) {
  if (size >= kMinLead) return false;
  const std::string_view line = TrimLine(text);
  return !ComputeLineFeatures(line).ends_sentence;
}

// The standfirst: the lead a page sets apart from the body, between the
// headline and the chosen subtree. Walking back from the first kept
// paragraph, over at most kMaxLeadGap short lines (dates, bylines,
// credits) and up to the <h1>, the first kMaxLead paragraphs of kMinLead
// bytes or more that are neither links nor teasers are taken.
void AddLead(const Dom& dom, Walker& walker, std::vector<Para*>* kept) {
  std::vector<Para>& paras = walker.paras;
  const int first = static_cast<int>(kept->front() - paras.data());
  Para* lead[kMaxLead];
  int leads = 0, gap = 0;
  for (int j = first - 1; j >= 0 && leads < kMaxLead; --j) {
    Para& p = paras[static_cast<size_t>(j)];
    if (dom.node(walker.elems[p.owner].node).tag == GUMBO_TAG_H1) break;
    const size_t size = p.p.text.size();
    const bool link = p.link_chars * 2 > static_cast<int>(size);
    if (p.caption) continue;  // the lead picture's caption
    if (size >= kMinLead && !link && p.card < 0) {
      lead[leads++] = &p;
    } else if ((size >= kMinScoredParagraph && !IsLeadGapLine(p.p.text, size)) ||
               ++gap > kMaxLeadGap) {
      break;
    }
  }
  kept->insert(kept->begin(), std::make_reverse_iterator(lead + leads),
               std::make_reverse_iterator(lead));
}

// Whether the chosen region is a list of short items (product grid, search
// results, catalogue, category page) rather than an article: of its
// `paragraphs` kept paragraphs (`bytes` of text) at most one in
// kItemsPerLongParagraph is a real paragraph, and the link paragraphs left
// out (`link_bytes`) are a fair share of its text. There the items' linked
// names are the page's text, not link lists. An article of short lines
// (steps, a recipe) drops few links; its related links stay out.
bool IsItemList(size_t paragraphs, size_t long_paragraphs, size_t bytes,
                size_t link_bytes) {
  constexpr size_t kItemsPerLongParagraph = 20;
  constexpr size_t kMinItems = 10;
  constexpr double kMinLinkShare = 0.1;
  return paragraphs >= kMinItems &&
         long_paragraphs * kItemsPerLongParagraph <= paragraphs &&
         static_cast<double>(link_bytes) >=
             kMinLinkShare * static_cast<double>(bytes + link_bytes);
}

// A list of links that a paragraph of the article announces ("These tools
// help:", "Weitere Kurse:") is the article's own: the items it names. Link
// lists elsewhere are navigation and related links.
void KeepAnnouncedLinkLists(const Dom& dom, Walker& walker,
                            const std::vector<std::pair<int, int>>& chosen,
                            bool drop_teasers, std::vector<Para*>* kept) {
  std::vector<Para*> out;
  out.reserve(kept->size());
  size_t next = 0;
  bool announced = false;
  bool added = false;
  const size_t last =
      kept->empty() ? 0 : static_cast<size_t>(kept->back() - walker.paras.data());
  for (size_t k = static_cast<size_t>(kept->front() - walker.paras.data()); k < last;
       ++k) {
    Para& p = walker.paras[k];
    if (next < kept->size() && (*kept)[next] == &p) {
      const std::string_view line = TrimLine(p.p.text);
      // "...:" or the full-width "...：" of Chinese and Japanese.
      announced = (!line.empty() && line.back() == ':') ||
                  (line.size() >= 3 && line.substr(line.size() - 3) == "\xEF\xBC\x9A");
      out.push_back((*kept)[next++]);
      continue;
    }
    const auto item = [&] {
      return p.link_chars * 2 > static_cast<int>(p.p.text.size()) && !p.caption &&
             !(drop_teasers && p.card >= 0) &&
             dom.node(walker.elems[p.owner].node).tag == GUMBO_TAG_LI &&
             std::any_of(chosen.begin(), chosen.end(), [&](const auto& r) {
               return p.owner >= r.first && p.owner < r.second;
             });
    };
    if (announced && item()) {
      out.push_back(&p);
      added = true;
    } else if (!p.p.text.empty()) {
      announced = false;
    }
  }
  if (!added) return;
  while (next < kept->size()) out.push_back((*kept)[next++]);
  *kept = std::move(out);
}

// Pass 3: the paragraphs of the chosen subtrees, except the <h1> (the
// title) and link lists. A page whose article reads as next to nothing
// (under kListingMaxBytes, a small share of the page, and no real
// paragraph) is not one article but a listing, product grid or the like:
// then the listing region (ChooseListing) is taken whole, links included.
// A region of many short items (IsItemList) keeps its links.
// On a page that says it is a forum (`forum`), the thread (ThreadOf).
std::vector<Para*> SelectParagraphs(const Dom& dom, Walker& walker, bool forum = false) {
  ScoreElements(dom, walker.elems, walker.paras);
  MarkTeasers(walker.elems, walker.paras);
  std::pair<int, int> best;
  auto chosen = ChooseContent(walker.elems, walker.paras, /*skip_teasers=*/false, &best);
  // Teaser cards are dropped only around an article: when the best
  // candidate's own text is mostly not teasers (on a list of cards, the
  // cards are the page), and not the cards of the list the best candidate
  // is an item of (a "top 20" article).
  const auto contains = [&](int e, int i) { return i >= e && i < walker.elems[e].end; };
  size_t best_text = 0, best_teasers = 0;
  int best_paragraphs = 0;
  for (Para& p : walker.paras) {
    if (p.card >= 0) {
      const int list = walker.elems[p.card].parent;
      if (contains(p.card, best.first) || (list >= 0 && contains(list, best.first)))
        p.card = -1;
    }
    if (!contains(best.first, p.owner)) continue;
    (p.card >= 0 ? best_teasers : best_text) += p.p.text.size();
    ++best_paragraphs;
  }
  const bool drop_teasers = best_text >= kMinArticleWithTeasers &&
                            best_teasers * 2 < best_text &&
                            best_paragraphs > kMaxCardParagraphs;
  if (drop_teasers) {
    for (Para& p : walker.paras) {
      if (contains(best.first, p.owner)) p.card = -1;
    }
    chosen = ChooseContent(walker.elems, walker.paras, /*skip_teasers=*/true, &best);
  }
  // A forum thread is its posts, not the longest one.
  if (forum) {
    const auto region = ThreadOf(dom, walker.elems, best.first);
    if (region.first >= 0) chosen = {region};
  }
  std::vector<Para*> kept;
  bool listing = false;
  bool item_list = false;
  for (;;) {
    kept.clear();
    size_t kept_bytes = 0, kept_max = 0, all_bytes = 0, kept_long = 0, link_bytes = 0;
    for (Para& p : walker.paras) {
      all_bytes += p.p.text.size();
      const bool inside = std::any_of(chosen.begin(), chosen.end(), [&](const auto& r) {
        return p.owner >= r.first && p.owner < r.second;
      });
      const bool h1 =
          !listing && dom.node(walker.elems[p.owner].node).tag == GUMBO_TAG_H1;
      const bool links =
          !listing && !item_list && p.link_chars * 2 > static_cast<int>(p.p.text.size());
      const bool teaser = !listing && drop_teasers && p.card >= 0;
      // Picture captions are not the article's text; on a listing or an
      // item list they are the items' descriptions.
      const bool caption = !listing && !item_list && p.caption;
      if (inside && !h1 && links && !teaser) link_bytes += p.p.text.size();
      if (inside && !h1 && !links && !teaser && !caption) {
        kept.push_back(&p);
        kept_bytes += p.p.text.size();
        kept_max = std::max(kept_max, p.p.text.size());
        kept_long += p.p.text.size() >= kRealParagraph ? 1 : 0;
      }
    }
    if (listing || item_list) break;
    const bool weak =
        kept_bytes < kListingMaxBytes && kept_bytes < kListingShare * all_bytes &&
        (kept_max < kRealParagraph || kept_bytes < kListingShare / 2 * all_bytes);
    if (!weak) {
      // A thread's posts are short too, but its links are signatures.
      if (forum || walker.comments_are_content() ||
          !IsItemList(kept.size(), kept_long, kept_bytes, link_bytes)) {
        break;
      }
      item_list = true;
      continue;
    }
    const auto region = ChooseListing(walker.elems, walker.paras);
    if (region.first < 0) break;
    chosen = {region};
    listing = true;
  }
  if (!listing && !item_list && !kept.empty()) {
    KeepAnnouncedLinkLists(dom, walker, chosen, drop_teasers, &kept);
  }
  if (!listing && !kept.empty()) AddLead(dom, walker, &kept);
  return kept;
}

}  // namespace

StatusOr<Article> ExtractHtml(const RawDocument& doc, const ExtractOptions& options) {
  const std::string_view html = doc.utf8;
  const Dom dom = ParseHtml(html, options.max_html_depth);
  PageMetadata meta = ReadPageMetadata(dom);
  const bool product = meta.kind == PageKind::kProduct;
  const bool forum = meta.kind == PageKind::kForum;
  auto walker = std::make_unique<Walker>(dom, html, forum, product);
  const bool item_captions = product || meta.kind == PageKind::kCollection;
  walker->captions_are_content = item_captions;
  walker->Run();
  Article article;
  article.format = InputFormat::kHtml;
  article.title = std::move(meta.title);
  article.author = std::move(meta.author);
  article.date = std::move(meta.date);
  article.sitename = std::move(meta.sitename);
  article.language = std::move(meta.language);
  article.url = std::move(meta.url);
  std::vector<Para*> kept = SelectParagraphs(dom, *walker, forum);
  // A forum thread is a page of comments: when elements named for comments
  // hold most of the page's text, several times the article chosen without
  // them, walk again with them.
  size_t kept_bytes = 0, kept_max = 0;
  for (const Para* p : kept) {
    kept_bytes += p->p.text.size();
    kept_max = std::max(kept_max, p->p.text.size());
  }
  // (A page that says it is a forum was walked with them already.)
  if (!forum && walker->comment_text() * 2 > walker->page_text() &&
      kept_bytes < kListingMaxBytes && kept_max < kRealParagraph &&
      kept_bytes * kCommentsOverArticle < walker->comment_text()) {
    walker = std::make_unique<Walker>(dom, html, /*comments_are_content=*/true, product);
    walker->captions_are_content = item_captions;
    walker->Run();
    kept = SelectParagraphs(dom, *walker);
  }
  article.dropped_lines += static_cast<int>(walker->paras.size() - kept.size());
  // What is left when a page's content is rendered by script may be the
  // site footer alone ("Help Center, Return policy, ..."): no article.
  if (!kept.empty() && std::all_of(kept.begin(), kept.end(), [&](const Para* p) {
        return InSiteFooter(dom, walker->elems[p->owner].node);
      })) {
    return NoText(std::move(article), options, "no article text found: only the site footer");
  }

  std::stable_sort(kept.begin(), kept.end(), [](const Para* a, const Para* b) {
    return a->p.SourceBegin() < b->p.SourceBegin();
  });
  TrimFurnitureLines(&kept, &article.dropped_lines,
                     forum || walker->comments_are_content() || walker->has_answers());
  if (meta.kind == PageKind::kUnknown) {
    DropTitleEchoes(article.title, &kept, &article.dropped_lines);
  }
  ArticleTextBuilder builder(&article);
  // Verbatim repeats are kept once (mobile and desktop copies of a block,
  // captions echoed by slideshows), except a repeat whose first occurrence
  // is its sibling, or its cousin when it is a real paragraph: an article
  // that says the same thing twice. A
  // text repeated more than kMaxSiblingRepeats times is a template's, kept
  // once.
  struct Seen {
    int parent;
    int count;
  };
  std::unordered_map<std::string_view, Seen> seen;
  seen.reserve(kept.size());
  for (const Para* p : kept) {
    ++seen.try_emplace(p->p.text, Seen{walker->elems[p->owner].parent, 0})
          .first->second.count;
  }
  for (const Para* p : kept) {
    const Seen& s = seen.find(p->p.text)->second;
    const int parent = walker->elems[p->owner].parent;
    const auto up = [&](int e) { return e >= 0 ? walker->elems[e].parent : -1; };
    const bool cousin = p->p.text.size() >= kRealParagraph && up(parent) >= 0 &&
                        up(s.parent) == up(parent);
    const bool sibling_repeat =
        s.count <= kMaxSiblingRepeats && (s.parent == parent || cousin);
    const bool added = sibling_repeat ? builder.AddRepeat(p->p) : builder.Add(p->p);
    if (!added) ++article.repeated_paragraphs;
  }
  if (article.text.empty()) {
    return NoText(std::move(article), options,
                  "no article text found: the HTML has no paragraphs");
  }
  // A label or two ("Support", "Cart (0)") out of a page with text is what
  // is left of a page that renders its content by script: no article.
  if (article.text.size() < kMinArticleBytes && walker->page_text() >= kMinWrapperText) {
    return NoText(std::move(article), options, "no article text found: only a label");
  }
  return article;
}

}  // namespace chronicle::extract_internal
