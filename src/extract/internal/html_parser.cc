// extract/internal/html_parser.cc: tokenizer and tree builder of ParseHtml.
//
// The main loop (Parser::Run) finds the next '<' with memchr. The bytes
// before it are character data; the markup after it is classified by its
// next bytes (start tag, end tag, comment, doctype, CDATA, or a literal
// '<' that stays in the text run) and handled at once: there is no token
// stream, the tokenizer calls the tree builder directly.
//
// Character data goes into a pending text node (parent, source range,
// decoded bytes). Runs that need no decoding are kept as a view of the
// input; otherwise they are decoded into a scratch buffer. The pending node
// is written to the Dom before the next node is added anywhere, so nodes
// are appended in document order and the Dom stays in pre-order: every new
// node is a child of an element on the stack of open elements (or of
// <head>/a raw-text element that is the last subtree), never of a closed
// element with later siblings. Text separated only by ignored tokens (a
// stray end tag) stays one node, as in gumbo.
//
// Raw-text elements (script, style, title, textarea, ...) are not pushed:
// their content is scanned to the appropriate end tag right away and
// becomes one text node child. Scope tests first look at a per-tag count
// of open HTML elements, so the common "no <p> open" case is O(1); the
// stack is capped at max_depth (at most kMaxDepth), which bounds every walk
// over it; start tags beyond it become empty elements and their content
// goes to the deepest open one, so deep nesting is flattened as it is read.
//
// The list of active formatting elements is kept as in HTML5 (markers,
// Noah's Ark clause of three, reconstruction before text and phrasing
// start tags); entries record whether their element is still open so that
// the "nothing to reconstruct" test is O(1). The adoption agency cannot
// move nodes already written, with one exception it relies on: the
// furthest block is open, so it is the last child of its parent and its
// subtree is the tail of the Dom; re-linking it under the common ancestor
// (Dom::Reparent) keeps pre-order. The clone of the formatting element
// that HTML5 wraps around the block's earlier children is not made.
#include "extract/internal/html_parser.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "base/utf8.h"
#include "extract/internal/html_char_data.h"

namespace chronicle::extract_internal {
namespace {

constexpr size_t kMaxDepth = kDefaultMaxHtmlDepth;
constexpr size_t kMinDepth = 3;  // html, body and one more
constexpr size_t kMaxAttributes = 256;

bool IsSpace(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
}
bool IsAlpha(char c) { return static_cast<unsigned char>((c | 0x20) - 'a') < 26; }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// Whether s[i, i + word.size()) equals `word` (lower case) ignoring case.
bool MatchesLower(std::string_view s, size_t i, std::string_view word) {
  if (s.size() - i < word.size()) return false;
  for (size_t k = 0; k < word.size(); ++k) {
    if (Lower(s[i + k]) != word[k]) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Tag properties (HTML namespace), indexed by GumboTag.

enum TagFlag : uint32_t {
  kVoid = 1u << 0,            // no end tag, never pushed
  kSpecial = 1u << 1,         // HTML5 "special" category
  kScopeBoundary = 1u << 2,   // ends the default scope
  kClosesP = 1u << 3,         // start tag closes a <p> in button scope
  kFormatting = 1u << 4,      // goes on the list of active formatting elements
  kImpliedEnd = 1u << 5,      // closed by "generate implied end tags"
  kBreakout = 1u << 6,        // start tag leaves SVG/MathML content
  kHeading = 1u << 7,         // h1-h6
  kTablePart = 1u << 8,       // caption col colgroup tbody td tfoot th thead tr
  kMarker = 1u << 9,          // puts a marker on the active formatting list
  kNoReconstruct = 1u << 10,  // start tag does not reconstruct formatting
  kHeadContent = 1u << 11,    // processed by the "in head" rules
};

using TagFlags = std::array<uint32_t, GUMBO_TAG_LAST + 1>;

constexpr TagFlags MakeTagFlags() {
  TagFlags f{};
  const auto set = [&f](uint32_t flag, std::initializer_list<GumboTag> tags) {
    for (GumboTag t : tags) f[t] |= flag;
  };
  set(kVoid,
      {GUMBO_TAG_AREA, GUMBO_TAG_BASE, GUMBO_TAG_BASEFONT, GUMBO_TAG_BGSOUND,
       GUMBO_TAG_BR, GUMBO_TAG_COL, GUMBO_TAG_EMBED, GUMBO_TAG_FRAME, GUMBO_TAG_HR,
       GUMBO_TAG_IMG, GUMBO_TAG_INPUT, GUMBO_TAG_KEYGEN, GUMBO_TAG_LINK, GUMBO_TAG_META,
       GUMBO_TAG_PARAM, GUMBO_TAG_SOURCE, GUMBO_TAG_TRACK, GUMBO_TAG_WBR});
  set(kSpecial,
      {GUMBO_TAG_ADDRESS,    GUMBO_TAG_APPLET,    GUMBO_TAG_AREA,     GUMBO_TAG_ARTICLE,
       GUMBO_TAG_ASIDE,      GUMBO_TAG_BASE,      GUMBO_TAG_BASEFONT, GUMBO_TAG_BGSOUND,
       GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_BODY,      GUMBO_TAG_BR,       GUMBO_TAG_BUTTON,
       GUMBO_TAG_CAPTION,    GUMBO_TAG_CENTER,    GUMBO_TAG_COL,      GUMBO_TAG_COLGROUP,
       GUMBO_TAG_DD,         GUMBO_TAG_DETAILS,   GUMBO_TAG_DIR,      GUMBO_TAG_DIV,
       GUMBO_TAG_DL,         GUMBO_TAG_DT,        GUMBO_TAG_EMBED,    GUMBO_TAG_FIELDSET,
       GUMBO_TAG_FIGCAPTION, GUMBO_TAG_FIGURE,    GUMBO_TAG_FOOTER,   GUMBO_TAG_FORM,
       GUMBO_TAG_FRAME,      GUMBO_TAG_FRAMESET,  GUMBO_TAG_H1,       GUMBO_TAG_H2,
       GUMBO_TAG_H3,         GUMBO_TAG_H4,        GUMBO_TAG_H5,       GUMBO_TAG_H6,
       GUMBO_TAG_HEAD,       GUMBO_TAG_HEADER,    GUMBO_TAG_HGROUP,   GUMBO_TAG_HR,
       GUMBO_TAG_HTML,       GUMBO_TAG_IFRAME,    GUMBO_TAG_IMG,      GUMBO_TAG_INPUT,
       GUMBO_TAG_ISINDEX,    GUMBO_TAG_KEYGEN,    GUMBO_TAG_LI,       GUMBO_TAG_LINK,
       GUMBO_TAG_LISTING,    GUMBO_TAG_MAIN,      GUMBO_TAG_MARQUEE,  GUMBO_TAG_MENU,
       GUMBO_TAG_META,       GUMBO_TAG_NAV,       GUMBO_TAG_NOEMBED,  GUMBO_TAG_NOFRAMES,
       GUMBO_TAG_NOSCRIPT,   GUMBO_TAG_OBJECT,    GUMBO_TAG_OL,       GUMBO_TAG_P,
       GUMBO_TAG_PARAM,      GUMBO_TAG_PLAINTEXT, GUMBO_TAG_PRE,      GUMBO_TAG_SCRIPT,
       GUMBO_TAG_SECTION,    GUMBO_TAG_SELECT,    GUMBO_TAG_SOURCE,   GUMBO_TAG_STYLE,
       GUMBO_TAG_SUMMARY,    GUMBO_TAG_TABLE,     GUMBO_TAG_TBODY,    GUMBO_TAG_TD,
       GUMBO_TAG_TEMPLATE,   GUMBO_TAG_TEXTAREA,  GUMBO_TAG_TFOOT,    GUMBO_TAG_TH,
       GUMBO_TAG_THEAD,      GUMBO_TAG_TITLE,     GUMBO_TAG_TR,       GUMBO_TAG_TRACK,
       GUMBO_TAG_UL,         GUMBO_TAG_WBR,       GUMBO_TAG_XMP});
  set(kScopeBoundary,
      {GUMBO_TAG_APPLET, GUMBO_TAG_CAPTION, GUMBO_TAG_HTML, GUMBO_TAG_TABLE, GUMBO_TAG_TD,
       GUMBO_TAG_TH, GUMBO_TAG_MARQUEE, GUMBO_TAG_OBJECT, GUMBO_TAG_TEMPLATE});
  set(kClosesP,
      {GUMBO_TAG_ADDRESS, GUMBO_TAG_ARTICLE,  GUMBO_TAG_ASIDE,      GUMBO_TAG_BLOCKQUOTE,
       GUMBO_TAG_CENTER,  GUMBO_TAG_DETAILS,  GUMBO_TAG_DIR,        GUMBO_TAG_DIV,
       GUMBO_TAG_DL,      GUMBO_TAG_FIELDSET, GUMBO_TAG_FIGCAPTION, GUMBO_TAG_FIGURE,
       GUMBO_TAG_FOOTER,  GUMBO_TAG_HEADER,   GUMBO_TAG_HGROUP,     GUMBO_TAG_MAIN,
       GUMBO_TAG_MENU,    GUMBO_TAG_NAV,      GUMBO_TAG_OL,         GUMBO_TAG_P,
       GUMBO_TAG_SECTION, GUMBO_TAG_SUMMARY,  GUMBO_TAG_UL});
  set(kFormatting,
      {GUMBO_TAG_A, GUMBO_TAG_B, GUMBO_TAG_BIG, GUMBO_TAG_CODE, GUMBO_TAG_EM,
       GUMBO_TAG_FONT, GUMBO_TAG_I, GUMBO_TAG_NOBR, GUMBO_TAG_S, GUMBO_TAG_SMALL,
       GUMBO_TAG_STRIKE, GUMBO_TAG_STRONG, GUMBO_TAG_TT, GUMBO_TAG_U});
  set(kImpliedEnd,
      {GUMBO_TAG_DD, GUMBO_TAG_DT, GUMBO_TAG_LI, GUMBO_TAG_OPTGROUP, GUMBO_TAG_OPTION,
       GUMBO_TAG_P, GUMBO_TAG_RB, GUMBO_TAG_RP, GUMBO_TAG_RT, GUMBO_TAG_RTC});
  set(kBreakout,
      {GUMBO_TAG_B,       GUMBO_TAG_BIG,    GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_BODY,
       GUMBO_TAG_BR,      GUMBO_TAG_CENTER, GUMBO_TAG_CODE,       GUMBO_TAG_DD,
       GUMBO_TAG_DIV,     GUMBO_TAG_DL,     GUMBO_TAG_DT,         GUMBO_TAG_EM,
       GUMBO_TAG_EMBED,   GUMBO_TAG_H1,     GUMBO_TAG_H2,         GUMBO_TAG_H3,
       GUMBO_TAG_H4,      GUMBO_TAG_H5,     GUMBO_TAG_H6,         GUMBO_TAG_HEAD,
       GUMBO_TAG_HR,      GUMBO_TAG_I,      GUMBO_TAG_IMG,        GUMBO_TAG_LI,
       GUMBO_TAG_LISTING, GUMBO_TAG_MENU,   GUMBO_TAG_META,       GUMBO_TAG_NOBR,
       GUMBO_TAG_OL,      GUMBO_TAG_P,      GUMBO_TAG_PRE,        GUMBO_TAG_RUBY,
       GUMBO_TAG_S,       GUMBO_TAG_SMALL,  GUMBO_TAG_SPAN,       GUMBO_TAG_STRONG,
       GUMBO_TAG_STRIKE,  GUMBO_TAG_SUB,    GUMBO_TAG_SUP,        GUMBO_TAG_TABLE,
       GUMBO_TAG_TT,      GUMBO_TAG_U,      GUMBO_TAG_UL,         GUMBO_TAG_VAR});
  set(kHeading, {GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5,
                 GUMBO_TAG_H6});
  set(kTablePart,
      {GUMBO_TAG_CAPTION, GUMBO_TAG_COL, GUMBO_TAG_COLGROUP, GUMBO_TAG_TBODY,
       GUMBO_TAG_TD, GUMBO_TAG_TFOOT, GUMBO_TAG_TH, GUMBO_TAG_THEAD, GUMBO_TAG_TR});
  set(kMarker, {GUMBO_TAG_APPLET, GUMBO_TAG_CAPTION, GUMBO_TAG_MARQUEE, GUMBO_TAG_OBJECT,
                GUMBO_TAG_TD, GUMBO_TAG_TEMPLATE, GUMBO_TAG_TH});
  set(kHeadContent, {GUMBO_TAG_BASE, GUMBO_TAG_BASEFONT, GUMBO_TAG_BGSOUND,
                     GUMBO_TAG_LINK, GUMBO_TAG_META, GUMBO_TAG_NOFRAMES, GUMBO_TAG_SCRIPT,
                     GUMBO_TAG_STYLE, GUMBO_TAG_TEMPLATE, GUMBO_TAG_TITLE});
  // In-body start tags with their own rule that does not reconstruct.
  set(kNoReconstruct,
      {GUMBO_TAG_HTML,     GUMBO_TAG_HEAD,      GUMBO_TAG_BODY,    GUMBO_TAG_FRAMESET,
       GUMBO_TAG_FRAME,    GUMBO_TAG_H1,        GUMBO_TAG_H2,      GUMBO_TAG_H3,
       GUMBO_TAG_H4,       GUMBO_TAG_H5,        GUMBO_TAG_H6,      GUMBO_TAG_PRE,
       GUMBO_TAG_LISTING,  GUMBO_TAG_FORM,      GUMBO_TAG_LI,      GUMBO_TAG_DD,
       GUMBO_TAG_DT,       GUMBO_TAG_PLAINTEXT, GUMBO_TAG_TABLE,   GUMBO_TAG_HR,
       GUMBO_TAG_TEXTAREA, GUMBO_TAG_IFRAME,    GUMBO_TAG_NOEMBED, GUMBO_TAG_PARAM,
       GUMBO_TAG_SOURCE,   GUMBO_TAG_TRACK,     GUMBO_TAG_RB,      GUMBO_TAG_RTC,
       GUMBO_TAG_RP,       GUMBO_TAG_RT});
  for (size_t t = 0; t < f.size(); ++t) {
    if (f[t] & (kClosesP | kTablePart | kHeadContent)) f[t] |= kNoReconstruct;
  }
  return f;
}

constexpr TagFlags kTagFlags = MakeTagFlags();

uint32_t Flags(GumboTag t) { return kTagFlags[static_cast<size_t>(t)]; }

// Tokenizer state after a start tag.
enum class TextMode : uint8_t { kData, kRcdata, kRawText, kScript, kPlaintext };

TextMode TextModeOf(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_TEXTAREA:
      return TextMode::kRcdata;
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_XMP:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_NOFRAMES:
      return TextMode::kRawText;
    case GUMBO_TAG_SCRIPT:
      return TextMode::kScript;
    case GUMBO_TAG_PLAINTEXT:
      return TextMode::kPlaintext;
    default:
      return TextMode::kData;
  }
}

enum class Ns : uint8_t { kHtml, kSvg, kMathMl };

// An element on the stack of open elements.
struct Open {
  int node;  // Dom index
  GumboTag tag;
  Ns ns;
};

bool IsMathTextPoint(const Open& o) {
  return o.ns == Ns::kMathMl &&
         (o.tag == GUMBO_TAG_MI || o.tag == GUMBO_TAG_MO || o.tag == GUMBO_TAG_MN ||
          o.tag == GUMBO_TAG_MS || o.tag == GUMBO_TAG_MTEXT);
}

bool IsHtmlPoint(const Open& o) {
  return o.ns == Ns::kSvg && (o.tag == GUMBO_TAG_FOREIGNOBJECT ||
                              o.tag == GUMBO_TAG_DESC || o.tag == GUMBO_TAG_TITLE);
}

// Foreign elements that are special and end the default scope.
bool IsForeignBoundary(const Open& o) {
  return IsMathTextPoint(o) || IsHtmlPoint(o) ||
         (o.ns == Ns::kMathMl && o.tag == GUMBO_TAG_ANNOTATION_XML);
}

bool IsSpecial(const Open& o) {
  return o.ns == Ns::kHtml ? (Flags(o.tag) & kSpecial) != 0 : IsForeignBoundary(o);
}

enum class Scope : uint8_t { kDefault, kListItem, kButton, kTable };

bool EndsScope(const Open& o, Scope scope) {
  if (o.ns != Ns::kHtml) return scope != Scope::kTable && IsForeignBoundary(o);
  switch (scope) {
    case Scope::kDefault:
      return (Flags(o.tag) & kScopeBoundary) != 0;
    case Scope::kListItem:
      return (Flags(o.tag) & kScopeBoundary) != 0 || o.tag == GUMBO_TAG_OL ||
             o.tag == GUMBO_TAG_UL;
    case Scope::kButton:
      return (Flags(o.tag) & kScopeBoundary) != 0 || o.tag == GUMBO_TAG_BUTTON;
    case Scope::kTable:
      return o.tag == GUMBO_TAG_HTML || o.tag == GUMBO_TAG_TABLE ||
             o.tag == GUMBO_TAG_TEMPLATE;
  }
  return false;
}

// The end-tag name the raw-text scanner looks for.
std::string_view RawEndName(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_TITLE:
      return "title";
    case GUMBO_TAG_TEXTAREA:
      return "textarea";
    case GUMBO_TAG_STYLE:
      return "style";
    case GUMBO_TAG_XMP:
      return "xmp";
    case GUMBO_TAG_IFRAME:
      return "iframe";
    case GUMBO_TAG_NOEMBED:
      return "noembed";
    case GUMBO_TAG_NOFRAMES:
      return "noframes";
    case GUMBO_TAG_SCRIPT:
      return "script";
    default:
      return {};
  }
}

// ---------------------------------------------------------------------------
// The parser.

// A tag as read: its element, source range and (start tags) self-closing
// flag. A start tag's attributes are in Parser::attrs_.
struct Tag {
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  uint32_t begin = 0, end = 0;
  bool self_closing = false;
};

// An attribute of the current start tag. The value is a range of the input
// or, if it had to be decoded, of Parser::attr_values_.
struct Attr {
  uint32_t name_begin, name_len, value_begin, value_len;
  bool decoded;
};

// HTML5 insertion modes before "in body"; the table, select and foreign
// rules are chosen from the stack of open elements instead of a mode.
enum class Mode : uint8_t {
  kBeforeHtml,
  kBeforeHead,
  kInHead,
  kInHeadNoscript,
  kAfterHead,
  kInBody
};

// An entry of the list of active formatting elements.
struct Formatting {
  int node;  // Dom index; -1 for a marker
  GumboTag tag;
  bool open;  // the element is on the stack of open elements
};

// The pending text node: written to the Dom before the next node.
struct PendingText {
  bool active = false;
  bool in_scratch = false;  // text is Parser::text_, else `view`
  int parent = -1;
  uint32_t src_begin = 0, src_end = 0;
  std::string_view view;
};

// One document. Not copyable; not thread-safe.
class Parser {
 public:
  Parser(std::string_view html, size_t max_depth)
      : s_(html.data()),
        n_(html.size()),
        max_depth_(max_depth),
        clone_budget_(html.size() + 4096) {
    dom_.Reserve(n_ / 16 + 16, n_ / 32 + 16, n_ + 64);
    stack_.reserve(max_depth_);
    attrs_.reserve(16);
  }
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;

  Dom Run();

 private:
  // Tokenizer. Each returns the position after what it consumed.
  size_t Markup(size_t lt);
  size_t StartTagAt(size_t lt);
  size_t EndTagAt(size_t lt);
  size_t Attributes(size_t i, bool keep, bool* self_closing);
  void KeepAttribute(size_t name_b, size_t name_e, size_t value_b, size_t value_e);
  size_t CommentEnd(size_t lt) const;
  size_t BogusCommentEnd(size_t i) const;
  size_t Doctype(size_t lt);
  size_t Cdata(size_t lt);
  size_t RawText(size_t pos);
  size_t FindRawEnd(size_t pos, std::string_view name) const;
  size_t FindScriptEnd(size_t pos) const;
  bool IsEndTagAt(size_t k, std::string_view name) const;
  std::string_view AttrName(const Attr& a) const {
    return {s_ + a.name_begin, a.name_len};
  }
  std::string_view AttrValue(const Attr& a) const {
    return a.decoded ? std::string_view(attr_values_).substr(a.value_begin, a.value_len)
                     : std::string_view(s_ + a.value_begin, a.value_len);
  }

  // Tree builder: tokens by insertion mode.
  void Characters(size_t b, size_t e);
  void StartTag(Tag& t);
  void EndTag(const Tag& t);
  void AdvanceMode(uint32_t pos);
  void HeadContent(const Tag& t, int parent);
  void MergeAttributes(int element);
  void StartTagInBody(Tag& t);
  bool ForeignStartTag(const Tag& t);
  bool SelectStartTag(const Tag& t);
  void TableStart(const Tag& t);
  void TablePartStart(const Tag& t);
  void EndTagInBody(const Tag& t);
  void EndTagHtml(const Tag& t);
  bool SelectEndTag(const Tag& t);
  void TablePartEnd(GumboTag tag);
  void FormEnd();
  void FormattingEnd(GumboTag tag, bool for_start_tag);
  void AnyOtherEndTag(GumboTag tag);

  // Tree builder: nodes and the stack.
  int Current() const { return stack_.empty() ? -1 : stack_.back().node; }
  int AddElement(int parent, const Tag& t, bool with_attributes);
  int Insert(const Tag& t, Ns ns = Ns::kHtml);
  void InsertImplied(GumboTag tag, uint32_t pos);
  void InsertRaw(const Tag& t, int parent);
  bool Push(int node, GumboTag tag, Ns ns);
  void Pop();
  void PopTo(size_t i);
  void RemoveAt(size_t i);
  int InScope(GumboTag tag, Scope scope) const;
  int InnermostTablePart() const;
  void ClosePInButtonScope();
  void CloseListItem(bool dd_dt);
  void GenerateImpliedEndTags(GumboTag except);
  void AppendText(int parent, size_t b, size_t e, size_t src_b, size_t src_e,
                  TextKind kind);
  void FlushText();
  void FlushAfterHeadSpace();

  // The list of active formatting elements.
  void PushFormatting(int node, GumboTag tag);
  void PushMarker() { afe_.push_back({-1, GUMBO_TAG_UNKNOWN, false}); }
  void MarkClosed(int node);
  void ClearToMarker();
  int FindFormatting(GumboTag tag) const;
  bool SameAttributes(int a, int b) const;
  void Reconstruct();

  const char* const s_;
  const size_t n_;
  Dom dom_;

  // Tokenizer state.
  Tag tag_;
  std::vector<Attr> attrs_;
  std::string attr_values_;
  TextMode text_mode_ = TextMode::kData;
  GumboTag raw_tag_ = GUMBO_TAG_UNKNOWN;
  int raw_parent_ = -1;
  bool skip_newline_ = false;  // after <pre>, <listing>, <textarea>

  // Tree state.
  Mode mode_ = Mode::kBeforeHtml;
  bool quirks_ = true;  // no doctype yet
  std::vector<Open> stack_;
  std::array<uint16_t, GUMBO_TAG_LAST + 1> count_{};  // open HTML elements per tag
  std::vector<Formatting> afe_;
  int head_ = -1;
  int form_ = -1;           // the form element pointer (Dom index)
  int select_index_ = -1;   // stack index of the open <select>
  const size_t max_depth_;  // bound of stack_, at most kMaxDepth
  size_t overflow_ = 0;     // start tags not pushed because the stack was full
  size_t clone_budget_;     // bytes left for reconstructed formatting elements
  std::vector<std::pair<uint32_t, uint32_t>> after_head_space_;
  PendingText pending_;
  std::string text_;  // decoded text of the pending node
};

// ---------------------------------------------------------------------------
// Tokenizer.

Dom Parser::Run() {
  size_t pos = 0;   // start of the character data not yet handed over
  size_t scan = 0;  // where to look for the next '<'
  while (scan < n_) {
    const void* hit = std::memchr(s_ + scan, '<', n_ - scan);
    if (hit == nullptr) break;
    const size_t lt = static_cast<size_t>(static_cast<const char*>(hit) - s_);
    if (lt + 1 >= n_) break;
    const char c = s_[lt + 1];
    const bool markup = IsAlpha(c) || c == '/' || c == '!' || c == '?';
    if (!markup || (c == '/' && lt + 2 >= n_)) {  // a literal '<' in the text
      scan = lt + 1;
      continue;
    }
    if (lt > pos) Characters(pos, lt);
    skip_newline_ = false;
    size_t next = Markup(lt);
    if (text_mode_ != TextMode::kData) next = RawText(next);
    pos = scan = next;
  }
  if (pos < n_) Characters(pos, n_);
  FlushText();
  while (mode_ != Mode::kInBody) AdvanceMode(static_cast<uint32_t>(n_));
  FlushText();
  dom_.Finish();
  return std::move(dom_);
}

// Handles the markup at s_[lt] == '<', followed by a letter, '/', '!' or
// '?' (and, for '/', at least one more byte).
size_t Parser::Markup(size_t lt) {
  const char c = s_[lt + 1];
  if (IsAlpha(c)) return StartTagAt(lt);
  if (c == '?') {
    FlushText();
    return BogusCommentEnd(lt + 2);
  }
  if (c == '/') {
    const char d = s_[lt + 2];
    if (IsAlpha(d)) return EndTagAt(lt);
    if (d == '>') return lt + 3;  // "</>" is dropped
    FlushText();
    return BogusCommentEnd(lt + 2);
  }
  // "<!"
  const std::string_view s(s_, n_);
  if (s.compare(lt + 2, 2, "--") == 0) {
    FlushText();
    return CommentEnd(lt);
  }
  if (MatchesLower(s, lt + 2, "doctype")) return Doctype(lt);
  if (s.compare(lt + 2, 7, "[CDATA[") == 0 && !stack_.empty() &&
      stack_.back().ns != Ns::kHtml) {
    return Cdata(lt);
  }
  FlushText();
  return BogusCommentEnd(lt + 2);
}

size_t Parser::BogusCommentEnd(size_t i) const {
  if (i >= n_) return n_;
  const void* gt = std::memchr(s_ + i, '>', n_ - i);
  return gt == nullptr ? n_ : static_cast<size_t>(static_cast<const char*>(gt) - s_) + 1;
}

// "<!--" at lt: ends at "-->" or "--!>" ("<!-->" and "<!--->" are empty
// comments); an unclosed comment runs to the end of the input.
size_t Parser::CommentEnd(size_t lt) const {
  size_t i = lt + 4;
  if (i < n_ && s_[i] == '>') return i + 1;
  if (i + 1 < n_ && s_[i] == '-' && s_[i + 1] == '>') return i + 2;
  while (i < n_) {
    const void* dash = std::memchr(s_ + i, '-', n_ - i);
    if (dash == nullptr) break;
    const size_t k = static_cast<size_t>(static_cast<const char*>(dash) - s_);
    if (k + 2 < n_ && s_[k + 1] == '-') {
      if (s_[k + 2] == '>') return k + 3;
      if (s_[k + 2] == '!' && k + 3 < n_ && s_[k + 3] == '>') return k + 4;
    }
    i = k + 1;
  }
  return n_;
}

// The doctype only matters before <html>: it decides quirks mode the way
// gumbo 0.10.1 does (its prefix lists never match, exact ids do).
size_t Parser::Doctype(size_t lt) {
  const size_t end = BogusCommentEnd(lt + 9);
  if (mode_ != Mode::kBeforeHtml) return end;
  const std::string_view body(s_ + lt + 9, (end > lt + 9 ? end - 1 : end) - (lt + 9));
  size_t i = 0;
  while (i < body.size() && IsSpace(body[i])) ++i;
  size_t e = i;
  while (e < body.size() && !IsSpace(body[e]) && body[e] != '>') ++e;
  const bool html_name = e - i == 4 && MatchesLower(body, i, "html");
  // Identifiers: the quoted strings after PUBLIC / SYSTEM.
  std::string_view public_id, system_id;
  bool in_public = false;
  for (size_t k = e; k < body.size(); ++k) {
    if (MatchesLower(body, k, "public")) in_public = true;
    if (MatchesLower(body, k, "system")) in_public = false;
    if (body[k] != '"' && body[k] != '\'') continue;
    const size_t close = body.find(body[k], k + 1);
    const std::string_view id = body.substr(
        k + 1, close == std::string_view::npos ? std::string_view::npos : close - k - 1);
    (in_public && public_id.empty() ? public_id : system_id) = id;
    in_public = false;
    if (close == std::string_view::npos) break;
    k = close;
  }
  const auto equals = [](std::string_view a, std::string_view lower) {
    return a.size() == lower.size() && MatchesLower(a, 0, lower);
  };
  quirks_ =
      !html_name || equals(public_id, "-//w3o//dtd w3 html strict 3.0//en//") ||
      equals(public_id, "-/w3c/dtd html 4.0 transitional/en") ||
      equals(public_id, "html") ||
      equals(system_id, "http://www.ibm.com/data/dtd/v11/ibmxhtml1-transitional.dtd");
  return end;
}

// "<![CDATA[" in SVG/MathML content: text up to "]]>".
size_t Parser::Cdata(size_t lt) {
  const std::string_view s(s_, n_);
  const size_t b = lt + 9;
  const size_t close = s.find("]]>", b);
  const size_t e = close == std::string_view::npos ? n_ : close;
  const size_t end = close == std::string_view::npos ? n_ : close + 3;
  if (e > b) AppendText(Current(), b, e, lt, end, TextKind::kRaw);
  return end;
}

size_t Parser::StartTagAt(size_t lt) {
  size_t i = lt + 1;
  while (i < n_ && !IsSpace(s_[i]) && s_[i] != '/' && s_[i] != '>') ++i;
  if (i >= n_) return n_;  // EOF in a tag: the tag is dropped
  tag_.tag = gumbo_tagn_enum(s_ + lt + 1, static_cast<unsigned>(i - lt - 1));
  attrs_.clear();
  attr_values_.clear();
  bool self_closing = false;
  const size_t end = Attributes(i, true, &self_closing);
  if (end == std::string_view::npos) return n_;
  tag_.begin = static_cast<uint32_t>(lt);
  tag_.end = static_cast<uint32_t>(end);
  tag_.self_closing = self_closing;
  StartTag(tag_);
  return end;
}

size_t Parser::EndTagAt(size_t lt) {
  size_t i = lt + 2;
  while (i < n_ && !IsSpace(s_[i]) && s_[i] != '/' && s_[i] != '>') ++i;
  if (i >= n_) return n_;
  Tag t;
  t.tag = gumbo_tagn_enum(s_ + lt + 2, static_cast<unsigned>(i - lt - 2));
  bool self_closing = false;
  const size_t end = Attributes(i, false, &self_closing);
  if (end == std::string_view::npos) return n_;
  t.begin = static_cast<uint32_t>(lt);
  t.end = static_cast<uint32_t>(end);
  EndTag(t);
  return end;
}

// Reads attributes from s_[i] to the closing '>' and returns the position
// after it, or npos if the input ends first. Keeps them in attrs_ if `keep`.
size_t Parser::Attributes(size_t i, bool keep, bool* self_closing) {
  for (;;) {
    while (i < n_ && (IsSpace(s_[i]) || s_[i] == '/')) {
      if (s_[i] == '/' && i + 1 < n_ && s_[i + 1] == '>') *self_closing = true;
      ++i;
    }
    if (i >= n_) return std::string_view::npos;
    if (s_[i] == '>') return i + 1;
    const size_t name_b = i++;  // the first character may be '='
    while (i < n_ && !IsSpace(s_[i]) && s_[i] != '/' && s_[i] != '>' && s_[i] != '=') ++i;
    const size_t name_e = i;
    while (i < n_ && IsSpace(s_[i])) ++i;
    size_t value_b = i, value_e = i;
    if (i < n_ && s_[i] == '=') {
      ++i;
      while (i < n_ && IsSpace(s_[i])) ++i;
      if (i >= n_) return std::string_view::npos;
      const char q = s_[i];
      if (q == '"' || q == '\'') {
        const void* close = std::memchr(s_ + i + 1, q, n_ - i - 1);
        if (close == nullptr) return std::string_view::npos;
        value_b = i + 1;
        value_e = static_cast<size_t>(static_cast<const char*>(close) - s_);
        i = value_e + 1;
      } else {
        value_b = i;
        while (i < n_ && !IsSpace(s_[i]) && s_[i] != '>') ++i;
        value_e = i;
      }
    }
    if (keep) KeepAttribute(name_b, name_e, value_b, value_e);
  }
}

void Parser::KeepAttribute(size_t name_b, size_t name_e, size_t value_b, size_t value_e) {
  if (attrs_.size() >= kMaxAttributes) return;
  const std::string_view name(s_ + name_b, name_e - name_b);
  for (const Attr& a : attrs_) {  // the first of duplicates wins
    if (a.name_len != name.size()) continue;
    size_t k = 0;
    while (k < name.size() && Lower(s_[a.name_begin + k]) == Lower(name[k])) ++k;
    if (k == name.size()) return;
  }
  Attr a{static_cast<uint32_t>(name_b), static_cast<uint32_t>(name.size()),
         static_cast<uint32_t>(value_b), static_cast<uint32_t>(value_e - value_b), false};
  const std::string_view raw(s_ + value_b, value_e - value_b);
  if (FindSpecial(raw, 0, true) < raw.size()) {
    a.decoded = true;
    a.value_begin = static_cast<uint32_t>(attr_values_.size());
    DecodeCharacterData(raw, TextKind::kAttribute, &attr_values_);
    a.value_len = static_cast<uint32_t>(attr_values_.size() - a.value_begin);
  }
  attrs_.push_back(a);
}

// Whether s_[k..] is "</name" followed by whitespace, '/' or '>'.
bool Parser::IsEndTagAt(size_t k, std::string_view name) const {
  const size_t after = k + 2 + name.size();
  if (after >= n_ || s_[k + 1] != '/') return false;
  const char c = s_[after];
  return (IsSpace(c) || c == '/' || c == '>') &&
         MatchesLower(std::string_view(s_, n_), k + 2, name);
}

// Start of the end tag that closes RCDATA/RAWTEXT content, or n_.
size_t Parser::FindRawEnd(size_t pos, std::string_view name) const {
  for (size_t i = pos; i < n_;) {
    const void* hit = std::memchr(s_ + i, '<', n_ - i);
    if (hit == nullptr) break;
    const size_t k = static_cast<size_t>(static_cast<const char*>(hit) - s_);
    if (IsEndTagAt(k, name)) return k;
    i = k + 1;
  }
  return n_;
}

// Start of the </script> that ends script data, or n_. Follows the escape
// states: after "<!--", a "<script" opens a double-escaped section whose
// "</script>" does not end the element; "-->" leaves either.
size_t Parser::FindScriptEnd(size_t pos) const {
  const std::string_view s(s_, n_);
  enum class State { kData, kEscaped, kDoubleEscaped } state = State::kData;
  size_t dashes = 0;  // position of the next "-->" at or after i (cached)
  bool dashes_valid = false;
  size_t i = pos;
  while (i < n_) {
    const void* hit = std::memchr(s_ + i, '<', n_ - i);
    const size_t lt = hit ? static_cast<size_t>(static_cast<const char*>(hit) - s_) : n_;
    if (state != State::kData) {
      if (!dashes_valid || dashes < i) {
        dashes = s.find("-->", i);
        if (dashes == std::string_view::npos) dashes = n_;
        dashes_valid = true;
      }
      if (dashes < lt) {
        state = State::kData;
        i = dashes + 3;
        continue;
      }
    }
    if (lt >= n_) return n_;
    switch (state) {
      case State::kData:
        if (IsEndTagAt(lt, "script")) return lt;
        if (s.compare(lt + 1, 3, "!--") == 0) {
          state = State::kEscaped;
          i = lt + 2;  // "<!-->" ends the escape at once
          continue;
        }
        break;
      case State::kEscaped:
        if (IsEndTagAt(lt, "script")) return lt;
        if (MatchesLower(s, lt + 1, "script") && lt + 7 < n_ &&
            (IsSpace(s_[lt + 7]) || s_[lt + 7] == '/' || s_[lt + 7] == '>')) {
          state = State::kDoubleEscaped;
          i = lt + 7;
          continue;
        }
        break;
      case State::kDoubleEscaped:
        if (IsEndTagAt(lt, "script")) {
          state = State::kEscaped;
          i = lt + 8;
          continue;
        }
        break;
    }
    i = lt + 1;
  }
  return n_;
}

// Content of the raw-text element raw_parent_ from pos: one text node, then
// its end tag (consumed here; the element was never pushed).
size_t Parser::RawText(size_t pos) {
  const TextMode mode = text_mode_;
  text_mode_ = TextMode::kData;
  const std::string_view name = RawEndName(raw_tag_);
  size_t end = mode == TextMode::kPlaintext ? n_
               : mode == TextMode::kScript  ? FindScriptEnd(pos)
                                            : FindRawEnd(pos, name);
  // "<noscript><iframe src=...></noscript>" with no </iframe>: for a
  // browser (scripting on) the noscript is raw text and ends there; read
  // with scripting off, as here, the iframe's raw text would run to the
  // end of the page and take the article with it. A raw-text element
  // inside a <noscript> also ends at </noscript>, which is then read as
  // the end tag it is.
  bool at_noscript_end = false;
  if (mode == TextMode::kRawText && count_[GUMBO_TAG_NOSCRIPT] > 0) {
    const size_t close = FindRawEnd(pos, "noscript");
    if (close < end) {
      end = close;
      at_noscript_end = true;
    }
  }
  size_t b = pos;
  if (skip_newline_ && b < end) {  // <textarea>
    if (s_[b] == '\r') ++b;
    if (b < end && s_[b] == '\n' && (b == pos || s_[pos] == '\r')) ++b;
  }
  skip_newline_ = false;
  if (end > b) {
    AppendText(raw_parent_, b, end, b, end,
               mode == TextMode::kRcdata ? TextKind::kRcdata : TextKind::kRaw);
    FlushText();
  }
  if (end >= n_) return n_;
  if (at_noscript_end) return end;
  bool self_closing = false;
  const size_t after = Attributes(end + 2 + name.size(), false, &self_closing);
  return after == std::string_view::npos ? n_ : after;
}

// ---------------------------------------------------------------------------
// Tree builder: tokens.

void Parser::Characters(size_t b, size_t e) {
  if (skip_newline_) {  // the newline right after <pre> or <listing>
    skip_newline_ = false;
    if (s_[b] == '\r') {
      ++b;
      if (b < e && s_[b] == '\n') ++b;
    } else if (s_[b] == '\n') {
      ++b;
    }
    if (b >= e) return;
  }
  while (mode_ != Mode::kInBody) {
    if (mode_ == Mode::kInHead && Current() != head_) break;  // <template> in <head>
    size_t w = b;
    while (w < e && IsSpace(s_[w])) ++w;
    if (w > b) {  // leading whitespace stays in the pre-body modes
      if (mode_ == Mode::kInHead || mode_ == Mode::kInHeadNoscript) {
        AppendText(Current(), b, w, b, w, TextKind::kData);
      } else if (mode_ == Mode::kAfterHead) {
        after_head_space_.emplace_back(static_cast<uint32_t>(b),
                                       static_cast<uint32_t>(w));
      }
      b = w;
    }
    if (b >= e) return;
    AdvanceMode(static_cast<uint32_t>(b));
  }
  const Open& top = stack_.back();
  const bool foreign = top.ns != Ns::kHtml && !IsHtmlPoint(top) && !IsMathTextPoint(top);
  const bool in_table =
      top.ns == Ns::kHtml && (top.tag == GUMBO_TAG_TABLE || top.tag == GUMBO_TAG_TBODY ||
                              top.tag == GUMBO_TAG_THEAD || top.tag == GUMBO_TAG_TFOOT ||
                              top.tag == GUMBO_TAG_TR);
  if (!foreign && !in_table && select_index_ < 0) Reconstruct();
  AppendText(Current(), b, e, b, e,
             stack_.back().ns == Ns::kHtml ? TextKind::kData : TextKind::kForeign);
}

void Parser::StartTag(Tag& t) {
  for (;;) {
    switch (mode_) {
      case Mode::kInBody:
        StartTagInBody(t);
        return;
      case Mode::kBeforeHtml:
        if (t.tag == GUMBO_TAG_HTML) {
          Insert(t);
          mode_ = Mode::kBeforeHead;
          return;
        }
        break;
      case Mode::kBeforeHead:
        if (t.tag == GUMBO_TAG_HTML) return MergeAttributes(0);
        if (t.tag == GUMBO_TAG_HEAD) {
          head_ = Insert(t);
          mode_ = Mode::kInHead;
          return;
        }
        break;
      case Mode::kInHead:
        if (Current() != head_) {  // inside a <template>
          StartTagInBody(t);
          return;
        }
        if (t.tag == GUMBO_TAG_HTML) return MergeAttributes(0);
        if (t.tag == GUMBO_TAG_HEAD) return;
        if (t.tag == GUMBO_TAG_NOSCRIPT) {
          Insert(t);
          mode_ = Mode::kInHeadNoscript;
          return;
        }
        if (Flags(t.tag) & kHeadContent) {
          HeadContent(t, head_);
          return;
        }
        break;
      case Mode::kInHeadNoscript:
        if (t.tag == GUMBO_TAG_HTML) return MergeAttributes(0);
        if (t.tag == GUMBO_TAG_HEAD || t.tag == GUMBO_TAG_NOSCRIPT) return;
        if (t.tag == GUMBO_TAG_BASEFONT || t.tag == GUMBO_TAG_BGSOUND ||
            t.tag == GUMBO_TAG_LINK || t.tag == GUMBO_TAG_META ||
            t.tag == GUMBO_TAG_NOFRAMES || t.tag == GUMBO_TAG_STYLE) {
          HeadContent(t, Current());
          return;
        }
        break;
      case Mode::kAfterHead:
        if (t.tag == GUMBO_TAG_HTML) return MergeAttributes(0);
        if (t.tag == GUMBO_TAG_HEAD) return;
        if (t.tag == GUMBO_TAG_BODY) {
          FlushAfterHeadSpace();
          Insert(t);
          mode_ = Mode::kInBody;
          return;
        }
        if ((Flags(t.tag) & kHeadContent) && t.tag != GUMBO_TAG_TEMPLATE) {
          HeadContent(t, head_);  // back into <head>, which is still the last subtree
          return;
        }
        break;
    }
    AdvanceMode(t.begin);
  }
}

void Parser::EndTag(const Tag& t) {
  const bool structural = t.tag == GUMBO_TAG_HEAD || t.tag == GUMBO_TAG_BODY ||
                          t.tag == GUMBO_TAG_HTML || t.tag == GUMBO_TAG_BR;
  for (;;) {
    switch (mode_) {
      case Mode::kInBody:
        EndTagInBody(t);
        return;
      case Mode::kBeforeHtml:
      case Mode::kBeforeHead:
        if (!structural) return;
        break;
      case Mode::kInHead:
        if (Current() != head_) {
          EndTagInBody(t);
          return;
        }
        if (t.tag == GUMBO_TAG_HEAD) {
          PopTo(1);
          mode_ = Mode::kAfterHead;
          return;
        }
        if (!structural) return;
        break;
      case Mode::kInHeadNoscript:
        if (t.tag == GUMBO_TAG_NOSCRIPT) {
          Pop();
          mode_ = Mode::kInHead;
          return;
        }
        if (t.tag != GUMBO_TAG_BR) return;
        break;
      case Mode::kAfterHead:
        if (!structural || t.tag == GUMBO_TAG_HEAD) return;
        break;
    }
    AdvanceMode(t.begin);
  }
}

// One step towards "in body", implying the element the step needs.
void Parser::AdvanceMode(uint32_t pos) {
  switch (mode_) {
    case Mode::kBeforeHtml:
      InsertImplied(GUMBO_TAG_HTML, pos);
      mode_ = Mode::kBeforeHead;
      break;
    case Mode::kBeforeHead:
      InsertImplied(GUMBO_TAG_HEAD, pos);
      head_ = Current();
      mode_ = Mode::kInHead;
      break;
    case Mode::kInHead:
      PopTo(1);
      mode_ = Mode::kAfterHead;
      break;
    case Mode::kInHeadNoscript:
      Pop();
      mode_ = Mode::kInHead;
      break;
    case Mode::kAfterHead:
      FlushAfterHeadSpace();
      InsertImplied(GUMBO_TAG_BODY, pos);
      mode_ = Mode::kInBody;
      break;
    case Mode::kInBody:
      break;
  }
}

// A second <html> or <body> tag: its attributes the element lacks are added.
void Parser::MergeAttributes(int element) {
  for (const Attr& a : attrs_) {
    const DomNode& n = dom_.node(element);
    if (n.attr_end - n.attr_begin >= kMaxAttributes) return;  // keeps merging linear
    dom_.MergeAttribute(element, AttrName(a), AttrValue(a));
  }
}

// base, link, meta, title, style, script, ... as a child of `parent`.
void Parser::HeadContent(const Tag& t, int parent) {
  switch (t.tag) {
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_SCRIPT:
      InsertRaw(t, parent);
      return;
    case GUMBO_TAG_TEMPLATE:
      Insert(t);
      PushMarker();
      return;
    default:
      AddElement(parent, t, true);  // void
      return;
  }
}

// The "in body" start tag rules (also for cells, captions and select).
void Parser::StartTagInBody(Tag& t) {
  if (ForeignStartTag(t)) return;
  if (select_index_ >= 0 && SelectStartTag(t)) return;
  const uint32_t f = Flags(t.tag);
  if (f & kTablePart) return TablePartStart(t);
  if (f & kHeadContent) return HeadContent(t, Current());
  if (f & kClosesP) {
    ClosePInButtonScope();
    Insert(t);
    return;
  }
  if (f & kHeading) {
    ClosePInButtonScope();
    const Open& top = stack_.back();
    if (top.ns == Ns::kHtml && (Flags(top.tag) & kHeading)) Pop();
    Insert(t);
    return;
  }
  if (f & kFormatting) {
    if (t.tag == GUMBO_TAG_A && FindFormatting(GUMBO_TAG_A) >= 0) {
      FormattingEnd(GUMBO_TAG_A, true);
    } else if (t.tag == GUMBO_TAG_NOBR && InScope(GUMBO_TAG_NOBR, Scope::kDefault) >= 0) {
      Reconstruct();
      FormattingEnd(GUMBO_TAG_NOBR, true);
    }
    Reconstruct();
    const size_t depth = stack_.size();
    const int node = Insert(t);
    if (stack_.size() > depth) PushFormatting(node, t.tag);
    return;
  }
  switch (t.tag) {
    case GUMBO_TAG_HTML:
      return MergeAttributes(0);
    case GUMBO_TAG_BODY:
      if (stack_.size() > 1 && stack_[1].tag == GUMBO_TAG_BODY)
        MergeAttributes(stack_[1].node);
      return;
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_FRAME:
      return;
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
      CloseListItem(t.tag != GUMBO_TAG_LI);
      ClosePInButtonScope();
      Insert(t);
      return;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_LISTING:
      ClosePInButtonScope();
      Insert(t);
      skip_newline_ = true;
      return;
    case GUMBO_TAG_FORM: {
      const bool in_template = count_[GUMBO_TAG_TEMPLATE] > 0;
      if (form_ >= 0 && !in_template) return;
      ClosePInButtonScope();
      const int node = Insert(t);
      if (!in_template) form_ = node;
      return;
    }
    case GUMBO_TAG_PLAINTEXT:
      ClosePInButtonScope();
      InsertRaw(t, Current());
      return;
    case GUMBO_TAG_BUTTON:
      if (const int i = InScope(GUMBO_TAG_BUTTON, Scope::kDefault); i >= 0) PopTo(i);
      Reconstruct();
      Insert(t);
      return;
    case GUMBO_TAG_TABLE:
      TableStart(t);
      return;
    case GUMBO_TAG_HR:
      ClosePInButtonScope();
      AddElement(Current(), t, true);
      return;
    case GUMBO_TAG_IMAGE:
      t.tag = GUMBO_TAG_IMG;
      [[fallthrough]];
    case GUMBO_TAG_AREA:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_KEYGEN:
    case GUMBO_TAG_WBR:
    case GUMBO_TAG_INPUT:
      Reconstruct();
      AddElement(Current(), t, true);
      return;
    case GUMBO_TAG_PARAM:
    case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TRACK:
      AddElement(Current(), t, true);
      return;
    case GUMBO_TAG_TEXTAREA:
      InsertRaw(t, Current());
      skip_newline_ = true;
      return;
    case GUMBO_TAG_XMP:
      ClosePInButtonScope();
      Reconstruct();
      InsertRaw(t, Current());
      return;
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_NOEMBED:
      InsertRaw(t, Current());
      return;
    case GUMBO_TAG_SELECT:
      Reconstruct();
      if (Insert(t) == Current()) select_index_ = static_cast<int>(stack_.size()) - 1;
      return;
    case GUMBO_TAG_OPTGROUP:
    case GUMBO_TAG_OPTION:
      if (stack_.back().ns == Ns::kHtml && stack_.back().tag == GUMBO_TAG_OPTION) Pop();
      Reconstruct();
      Insert(t);
      return;
    case GUMBO_TAG_RB:
    case GUMBO_TAG_RTC:
    case GUMBO_TAG_RP:
    case GUMBO_TAG_RT:
      if (InScope(GUMBO_TAG_RUBY, Scope::kDefault) >= 0) {
        GenerateImpliedEndTags(t.tag == GUMBO_TAG_RP || t.tag == GUMBO_TAG_RT
                                   ? GUMBO_TAG_RTC
                                   : GUMBO_TAG_LAST);
      }
      Insert(t);
      return;
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_SVG: {
      Reconstruct();
      const int node = AddElement(Current(), t, true);
      if (!t.self_closing) {
        Push(node, t.tag, t.tag == GUMBO_TAG_SVG ? Ns::kSvg : Ns::kMathMl);
      }
      return;
    }
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_MARQUEE:
    case GUMBO_TAG_OBJECT:
      Reconstruct();
      if (Insert(t) == Current()) PushMarker();
      return;
    default:
      Reconstruct();
      Insert(t);
      return;
  }
}

// Start tags while the current node is SVG/MathML and not an integration
// point for them. Returns false if the HTML rules must handle the tag (a
// break-out tag first closes the foreign elements).
bool Parser::ForeignStartTag(const Tag& t) {
  const Open top = stack_.back();
  if (top.ns == Ns::kHtml || IsHtmlPoint(top)) return false;
  if (IsMathTextPoint(top) && t.tag != GUMBO_TAG_MGLYPH &&
      t.tag != GUMBO_TAG_MALIGNMARK) {
    return false;
  }
  if (top.tag == GUMBO_TAG_ANNOTATION_XML && t.tag == GUMBO_TAG_SVG) return false;
  bool breakout = (Flags(t.tag) & kBreakout) != 0;
  if (t.tag == GUMBO_TAG_FONT) {
    for (const Attr& a : attrs_) {
      const std::string_view n = AttrName(a);
      if (n.size() == 4 && (MatchesLower(n, 0, "face") || MatchesLower(n, 0, "size"))) {
        breakout = true;
      }
      if (n.size() == 5 && MatchesLower(n, 0, "color")) breakout = true;
    }
  }
  if (breakout) {
    while (stack_.size() > 1 && stack_.back().ns != Ns::kHtml &&
           !IsHtmlPoint(stack_.back()) && !IsMathTextPoint(stack_.back())) {
      Pop();
    }
    return false;
  }
  const int node = AddElement(Current(), t, true);
  if (!t.self_closing) Push(node, t.tag, top.ns);
  return true;
}

// "In select": returns false if `t` must still go through the body rules
// (after the <select> was closed).
bool Parser::SelectStartTag(const Tag& t) {
  const Open& top = stack_.back();
  switch (t.tag) {
    case GUMBO_TAG_OPTION:
      if (top.tag == GUMBO_TAG_OPTION) Pop();
      Insert(t);
      return true;
    case GUMBO_TAG_OPTGROUP:
      if (stack_.back().tag == GUMBO_TAG_OPTION) Pop();
      if (stack_.back().tag == GUMBO_TAG_OPTGROUP) Pop();
      Insert(t);
      return true;
    case GUMBO_TAG_SELECT:
      PopTo(static_cast<size_t>(select_index_));
      return true;
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_KEYGEN:
    case GUMBO_TAG_TEXTAREA:
      PopTo(static_cast<size_t>(select_index_));
      return false;
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_TEMPLATE:
      HeadContent(t, Current());
      return true;
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
      if (count_[GUMBO_TAG_TABLE] == 0) return true;  // "in select": ignored
      PopTo(static_cast<size_t>(select_index_));      // "in select in table"
      return false;
    default:
      return true;  // ignored
  }
}

// <table>: closes an open table unless inside one of its cells.
void Parser::TableStart(const Tag& t) {
  while (count_[GUMBO_TAG_TABLE] > 0) {
    const int i = InnermostTablePart();
    if (i < 0 || stack_[i].tag == GUMBO_TAG_TD || stack_[i].tag == GUMBO_TAG_TH) break;
    const int table = InScope(GUMBO_TAG_TABLE, Scope::kTable);
    if (table < 0) break;
    PopTo(static_cast<size_t>(table));
  }
  if (!quirks_) ClosePInButtonScope();
  Insert(t);
}

// caption col colgroup tbody thead tfoot tr td th: the table modes, chosen
// by the innermost open table part; implies tbody/tr/colgroup.
void Parser::TablePartStart(const Tag& t) {
  const GumboTag tag = t.tag;
  for (int step = 0; step < 8; ++step) {
    const int i = InnermostTablePart();
    if (i < 0) return;  // not in a table: ignored
    const size_t at = static_cast<size_t>(i);
    switch (stack_[at].tag) {
      case GUMBO_TAG_TD:
      case GUMBO_TAG_TH:
      case GUMBO_TAG_CAPTION:
        PopTo(at);  // close the cell or caption, then look again
        continue;
      case GUMBO_TAG_TR:
        PopTo(at + 1);
        if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) {
          if (Insert(t) == Current()) PushMarker();
          return;
        }
        PopTo(at);
        continue;
      case GUMBO_TAG_TBODY:
      case GUMBO_TAG_THEAD:
      case GUMBO_TAG_TFOOT:
        PopTo(at + 1);
        if (tag == GUMBO_TAG_TR) {
          Insert(t);
          return;
        }
        if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) {
          InsertImplied(GUMBO_TAG_TR, t.begin);
          continue;
        }
        PopTo(at);
        continue;
      case GUMBO_TAG_COLGROUP:
        PopTo(at + 1);
        if (tag == GUMBO_TAG_COL) {
          AddElement(Current(), t, true);
          return;
        }
        PopTo(at);
        continue;
      default:  // <table>
        PopTo(at + 1);
        switch (tag) {
          case GUMBO_TAG_CAPTION:
            if (Insert(t) == Current()) PushMarker();
            return;
          case GUMBO_TAG_COLGROUP:
          case GUMBO_TAG_TBODY:
          case GUMBO_TAG_THEAD:
          case GUMBO_TAG_TFOOT:
            Insert(t);
            return;
          case GUMBO_TAG_COL:
            InsertImplied(GUMBO_TAG_COLGROUP, t.begin);
            continue;
          default:  // tr td th
            InsertImplied(GUMBO_TAG_TBODY, t.begin);
            continue;
        }
    }
  }
}

void Parser::EndTagInBody(const Tag& t) {
  if (overflow_ > 0 && t.tag != GUMBO_TAG_BODY && t.tag != GUMBO_TAG_HTML) {
    // The end tag of an element that was never pushed. An empty element
    // of its name marks where it ended, so that "</p>after" still starts a
    // new block for the readers of the Dom (and "</span>after" does not).
    --overflow_;
    AddElement(Current(), Tag{t.tag, t.begin, t.begin, false}, false);
    return;
  }
  if (stack_.back().ns != Ns::kHtml) {  // foreign content: match the name
    for (size_t i = stack_.size() - 1; i > 0; --i) {
      if (stack_[i].ns == Ns::kHtml) break;
      if (stack_[i].tag == t.tag) {
        PopTo(i);
        return;
      }
    }
  }
  if (select_index_ >= 0 && SelectEndTag(t)) return;
  EndTagHtml(t);
}

void Parser::EndTagHtml(const Tag& t) {
  const GumboTag tag = t.tag;
  const uint32_t f = Flags(tag);
  if (f & kFormatting) return FormattingEnd(tag, false);
  if ((f & kTablePart) || tag == GUMBO_TAG_TABLE) return TablePartEnd(tag);
  if (f & kHeading) {  // any open heading
    for (size_t i = stack_.size(); i-- > 1;) {
      const Open& o = stack_[i];
      if (o.ns == Ns::kHtml && (Flags(o.tag) & kHeading)) return PopTo(i);
      if (EndsScope(o, Scope::kDefault)) return;
    }
    return;
  }
  switch (tag) {
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_HEAD:
      return;  // nothing closes; later content still goes to the open element
    case GUMBO_TAG_P: {
      const int i = InScope(GUMBO_TAG_P, Scope::kButton);
      if (i < 0) {  // "</p>" without <p>: an empty p
        Reconstruct();
        AddElement(Current(), Tag{GUMBO_TAG_P, t.begin, t.begin, false}, false);
      } else {
        PopTo(static_cast<size_t>(i));
      }
      return;
    }
    case GUMBO_TAG_BR:  // "</br>" is "<br>"
      Reconstruct();
      AddElement(Current(), Tag{GUMBO_TAG_BR, t.begin, t.begin, false}, false);
      return;
    case GUMBO_TAG_LI:
      if (const int i = InScope(tag, Scope::kListItem); i >= 0) PopTo(i);
      return;
    case GUMBO_TAG_FORM:
      return FormEnd();
    case GUMBO_TAG_TEMPLATE:
      for (size_t i = stack_.size(); i-- > 1;) {
        if (stack_[i].ns == Ns::kHtml && stack_[i].tag == tag) return PopTo(i);
      }
      return;
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_MARQUEE:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_PRE:
      if (const int i = InScope(tag, Scope::kDefault); i >= 0) PopTo(i);
      return;
    default:
      if (f & kClosesP) {  // the block elements
        if (const int i = InScope(tag, Scope::kDefault); i >= 0) PopTo(i);
        return;
      }
      AnyOtherEndTag(tag);
  }
}

// "In select" end tags; returns false if the body rules must handle `t`.
bool Parser::SelectEndTag(const Tag& t) {
  switch (t.tag) {
    case GUMBO_TAG_OPTGROUP:
      if (stack_.back().tag == GUMBO_TAG_OPTION && stack_.size() >= 2 &&
          stack_[stack_.size() - 2].tag == GUMBO_TAG_OPTGROUP) {
        Pop();
      }
      if (stack_.back().tag == GUMBO_TAG_OPTGROUP) Pop();
      return true;
    case GUMBO_TAG_OPTION:
      if (stack_.back().tag == GUMBO_TAG_OPTION) Pop();
      return true;
    case GUMBO_TAG_SELECT:
      PopTo(static_cast<size_t>(select_index_));
      return true;
    case GUMBO_TAG_TEMPLATE:
      return false;
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
      if (InScope(t.tag, Scope::kTable) < 0) return true;
      PopTo(static_cast<size_t>(select_index_));
      return false;
    default:
      return true;
  }
}

void Parser::TablePartEnd(GumboTag tag) {
  if (tag == GUMBO_TAG_COL) return;
  if (tag == GUMBO_TAG_COLGROUP) {
    if (stack_.back().ns == Ns::kHtml && stack_.back().tag == tag) Pop();
    return;
  }
  if (const int i = InScope(tag, Scope::kTable); i >= 0) PopTo(static_cast<size_t>(i));
}

// "</form>" outside templates removes the form pointer's element from the
// stack; elements opened inside it stay open, as in HTML5.
void Parser::FormEnd() {
  if (count_[GUMBO_TAG_TEMPLATE] > 0) {
    if (const int i = InScope(GUMBO_TAG_FORM, Scope::kDefault); i >= 0) PopTo(i);
    return;
  }
  const int node = form_;
  form_ = -1;
  if (node < 0) return;
  for (size_t i = stack_.size(); i-- > 1;) {
    if (stack_[i].node == node) {
      GenerateImpliedEndTags(GUMBO_TAG_LAST);
      for (size_t k = stack_.size(); k-- > 1;) {
        if (stack_[k].node == node) return RemoveAt(k);
      }
      return;
    }
    if (EndsScope(stack_[i], Scope::kDefault)) return;
  }
}

// End tag of a formatting element, or a new <a>/<nobr> while one is active:
// the approximated adoption agency (see html_parser.h).
void Parser::FormattingEnd(GumboTag tag, bool for_start_tag) {
  const int f = FindFormatting(tag);
  if (f < 0) {
    if (!for_start_tag) AnyOtherEndTag(tag);
    return;
  }
  const Formatting entry = afe_[static_cast<size_t>(f)];
  bool in_scope = true;
  size_t at = 0;        // stack index of the formatting element
  size_t furthest = 0;  // stack index of the lowest special element above it
  for (size_t i = stack_.size(); entry.open && i-- > 0;) {
    const Open& o = stack_[i];
    if (o.node == entry.node) {
      at = i;
      break;
    }
    if (EndsScope(o, Scope::kDefault)) in_scope = false;
    if (IsSpecial(o)) furthest = i;
  }
  if (at == 0) {  // no longer open
    afe_.erase(afe_.begin() + f);
    return;
  }
  if (!in_scope && !for_start_tag) return;  // ignored
  afe_.erase(afe_.begin() + f);
  if (!in_scope) return RemoveAt(at);
  if (furthest == 0) return PopTo(at);
  // The furthest block leaves the formatting element for the element below
  // it on the stack; the formatting element and those between leave the
  // stack (closed formatting elements are reconstructed when needed).
  FlushText();
  dom_.Reparent(stack_[furthest].node, stack_[at - 1].node);
  for (size_t k = furthest; k-- > at;) RemoveAt(k);
}

void Parser::AnyOtherEndTag(GumboTag tag) {
  for (size_t i = stack_.size(); i-- > 1;) {
    const Open& o = stack_[i];
    if (o.ns == Ns::kHtml && o.tag == tag) return PopTo(i);
    if (IsSpecial(o)) return;
  }
}

// ---------------------------------------------------------------------------
// Tree builder: nodes and the stack of open elements.

int Parser::AddElement(int parent, const Tag& t, bool with_attributes) {
  FlushText();
  const int node = dom_.AddElement(parent, t.tag, t.begin, t.end);
  if (with_attributes) {
    for (const Attr& a : attrs_) dom_.AddAttribute(node, AttrName(a), AttrValue(a));
  }
  return node;
}

// Inserts an element for start tag `t` at the current node and pushes it.
int Parser::Insert(const Tag& t, Ns ns) {
  const int node = AddElement(Current(), t, true);
  Push(node, t.tag, ns);
  return node;
}

void Parser::InsertImplied(GumboTag tag, uint32_t pos) {
  const int node = AddElement(Current(), Tag{tag, pos, pos, false}, false);
  Push(node, tag, Ns::kHtml);
}

// A raw-text element: its content is read next (RawText), it is not pushed.
void Parser::InsertRaw(const Tag& t, int parent) {
  raw_parent_ = AddElement(parent, t, true);
  raw_tag_ = t.tag;
  text_mode_ = TextModeOf(t.tag);
}

bool Parser::Push(int node, GumboTag tag, Ns ns) {
  if (stack_.size() >= max_depth_) {
    ++overflow_;
    return false;
  }
  stack_.push_back({node, tag, ns});
  if (ns == Ns::kHtml) ++count_[tag];
  return true;
}

void Parser::Pop() { RemoveAt(stack_.size() - 1); }

// Pops the element at stack index i and everything above it. The root
// <html> is never popped.
void Parser::PopTo(size_t i) {
  i = std::max<size_t>(i, 1);
  while (stack_.size() > i) Pop();
}

void Parser::RemoveAt(size_t i) {
  const Open o = stack_[i];
  stack_.erase(stack_.begin() + static_cast<std::ptrdiff_t>(i));
  if (select_index_ >= 0 && i <= static_cast<size_t>(select_index_)) {
    select_index_ = i == static_cast<size_t>(select_index_) ? -1 : select_index_ - 1;
  }
  if (o.ns != Ns::kHtml) return;
  --count_[o.tag];
  const uint32_t f = Flags(o.tag);
  if (f & kFormatting) MarkClosed(o.node);
  if (f & kMarker) ClearToMarker();
}

// Stack index of the topmost HTML element `tag` in `scope`, or -1.
int Parser::InScope(GumboTag tag, Scope scope) const {
  if (count_[tag] == 0) return -1;
  for (size_t i = stack_.size(); i-- > 0;) {
    const Open& o = stack_[i];
    if (o.ns == Ns::kHtml && o.tag == tag) return static_cast<int>(i);
    if (EndsScope(o, scope)) return -1;
  }
  return -1;
}

// Stack index of the innermost table, section, row, cell, caption or
// colgroup (inside <template>/<html>), or -1.
int Parser::InnermostTablePart() const {
  if (count_[GUMBO_TAG_TABLE] == 0) return -1;
  for (size_t i = stack_.size(); i-- > 0;) {
    const Open& o = stack_[i];
    if (o.ns != Ns::kHtml) continue;
    if (o.tag == GUMBO_TAG_TABLE || (Flags(o.tag) & kTablePart))
      return static_cast<int>(i);
    if (o.tag == GUMBO_TAG_TEMPLATE || o.tag == GUMBO_TAG_HTML) return -1;
  }
  return -1;
}

void Parser::ClosePInButtonScope() {
  if (const int i = InScope(GUMBO_TAG_P, Scope::kButton); i >= 0)
    PopTo(static_cast<size_t>(i));
}

// Before <li> (or <dd>/<dt>): closes the open item unless a special element
// other than address, div and p lies between.
void Parser::CloseListItem(bool dd_dt) {
  if (dd_dt ? count_[GUMBO_TAG_DD] + count_[GUMBO_TAG_DT] == 0
            : count_[GUMBO_TAG_LI] == 0) {
    return;
  }
  for (size_t i = stack_.size(); i-- > 1;) {
    const Open& o = stack_[i];
    const bool item =
        o.ns == Ns::kHtml &&
        (dd_dt ? o.tag == GUMBO_TAG_DD || o.tag == GUMBO_TAG_DT : o.tag == GUMBO_TAG_LI);
    if (item) return PopTo(i);
    if (IsSpecial(o) &&
        !(o.ns == Ns::kHtml && (o.tag == GUMBO_TAG_ADDRESS || o.tag == GUMBO_TAG_DIV ||
                                o.tag == GUMBO_TAG_P))) {
      return;
    }
  }
}

void Parser::GenerateImpliedEndTags(GumboTag except) {
  while (stack_.size() > 1) {
    const Open& o = stack_.back();
    if (o.ns != Ns::kHtml || !(Flags(o.tag) & kImpliedEnd) || o.tag == except) return;
    Pop();
  }
}

// Adds character data [b, e) (source range [src_b, src_e)) to the pending
// text node, starting a new one if the parent changed.
void Parser::AppendText(int parent, size_t b, size_t e, size_t src_b, size_t src_e,
                        TextKind kind) {
  if (pending_.active && pending_.parent != parent) FlushText();
  const std::string_view raw(s_ + b, e - b);
  const size_t special = FindSpecial(raw, 0, DecodesRefs(kind));
  if (!pending_.active) {
    pending_.active = true;
    pending_.parent = parent;
    pending_.src_begin = static_cast<uint32_t>(src_b);
    pending_.src_end = static_cast<uint32_t>(src_e);
    if (special == raw.size()) {
      pending_.in_scratch = false;
      pending_.view = raw;
      return;
    }
    pending_.in_scratch = true;
    text_.clear();
  } else {
    if (!pending_.in_scratch) {
      text_.assign(pending_.view);
      pending_.in_scratch = true;
    }
    pending_.src_end = static_cast<uint32_t>(src_e);
  }
  text_.append(raw.data(), special);
  DecodeCharacterData(raw.substr(special), kind, &text_);
}

void Parser::FlushText() {
  if (!pending_.active) return;
  pending_.active = false;
  const std::string_view t =
      pending_.in_scratch ? std::string_view(text_) : pending_.view;
  if (!t.empty()) dom_.AddText(pending_.parent, t, pending_.src_begin, pending_.src_end);
}

// Whitespace between </head> and <body> belongs to <html>, after <head>;
// it is held back so that late head elements can still go into <head>.
void Parser::FlushAfterHeadSpace() {
  FlushText();
  for (const auto& [b, e] : after_head_space_) {
    dom_.AddText(Current(), std::string_view(s_ + b, e - b), b, e);
  }
  after_head_space_.clear();
}

// ---------------------------------------------------------------------------
// The list of active formatting elements.

void Parser::PushFormatting(int node, GumboTag tag) {
  // Noah's Ark: at most three identical entries after the last marker.
  int same = 0;
  size_t earliest = 0;
  for (size_t i = afe_.size(); i-- > 0 && afe_[i].node >= 0;) {
    if (afe_[i].tag == tag && SameAttributes(afe_[i].node, node)) {
      ++same;
      earliest = i;
    }
  }
  if (same >= 3) afe_.erase(afe_.begin() + static_cast<std::ptrdiff_t>(earliest));
  afe_.push_back({node, tag, true});
}

void Parser::MarkClosed(int node) {
  for (size_t i = afe_.size(); i-- > 0 && afe_[i].node >= 0;) {
    if (afe_[i].node == node) {
      afe_[i].open = false;
      return;
    }
  }
}

void Parser::ClearToMarker() {
  while (!afe_.empty()) {
    const bool marker = afe_.back().node < 0;
    afe_.pop_back();
    if (marker) return;
  }
}

// Index in afe_ of the last `tag` entry after the last marker, or -1.
int Parser::FindFormatting(GumboTag tag) const {
  for (size_t i = afe_.size(); i-- > 0 && afe_[i].node >= 0;) {
    if (afe_[i].tag == tag) return static_cast<int>(i);
  }
  return -1;
}

bool Parser::SameAttributes(int a, int b) const {
  const DomNode& x = dom_.node(a);
  const DomNode& y = dom_.node(b);
  if (x.attr_end - x.attr_begin != y.attr_end - y.attr_begin) return false;
  for (uint32_t k = x.attr_begin; k < x.attr_end; ++k) {
    bool found = false;
    for (uint32_t m = y.attr_begin; m < y.attr_end && !found; ++m) {
      if (dom_.AttrName(m) != dom_.AttrName(k)) continue;
      if (dom_.AttrValue(m) != dom_.AttrValue(k)) return false;
      found = true;
    }
    if (!found) return false;
  }
  return true;
}

// Reopens, as clones at the current node, the formatting elements that were
// closed implicitly (e.g. <b> by </p>) and are still active.
void Parser::Reconstruct() {
  if (afe_.empty() || afe_.back().node < 0 || afe_.back().open) return;
  size_t k = afe_.size() - 1;
  while (k > 0 && afe_[k - 1].node >= 0 && !afe_[k - 1].open) --k;
  std::vector<std::pair<std::string, std::string>> attributes;
  for (; k < afe_.size(); ++k) {
    const DomNode& original = dom_.node(afe_[k].node);
    size_t cost = 64;
    attributes.clear();
    for (uint32_t a = original.attr_begin; a < original.attr_end; ++a) {
      attributes.emplace_back(dom_.AttrName(a), dom_.AttrValue(a));
      cost += attributes.back().first.size() + attributes.back().second.size();
    }
    if (stack_.size() >= max_depth_ || cost > clone_budget_) return;
    clone_budget_ -= cost;
    const Tag t{afe_[k].tag, original.src_begin, original.src_end, false};
    const int clone = AddElement(Current(), t, false);
    for (const auto& [name, value] : attributes) dom_.AddAttribute(clone, name, value);
    Push(clone, t.tag, Ns::kHtml);
    afe_[k].node = clone;
    afe_[k].open = true;
  }
}

}  // namespace

Dom ParseHtml(std::string_view html, int max_depth) {
  Parser parser(html, std::clamp<size_t>(static_cast<size_t>(std::max(max_depth, 0)),
                                         kMinDepth, kMaxDepth));
  return parser.Run();
}

}  // namespace chronicle::extract_internal
