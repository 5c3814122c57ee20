// Plain-text article extraction: classify lines, anchor on the headline,
// split the page at the headings of what follows an article, then keep the
// best-scoring contiguous region (as in BTE, "body text extraction", Finn et
// al. 2001) with jusText-like context rules for short lines.
//
// 1. Lines. The text is split at '\n'; each line is trimmed and classified
//    from its own features (see internal/line_features.h) plus a little
//    document context: the majority script, site names learnt from marker
//    lines ("- Sputnik International") or repeated caption credits, adjacent
//    verbatim duplicates (an image's alt text followed by its caption), and
//    hard-wrapped paragraphs (a line continuing in lowercase after no final
//    punctuation). Classes: article sentence, short sentence, headline
//    (title case, no final period), teaser (sentence-case line of 10-19
//    words without final punctuation: mostly other stories' headlines),
//    fragment (short UI string), hard boilerplate (cue lexicon, call to
//    action, no letters, foreign script, author box, consent dialog), appeal
//    (reader address and appeal vocabulary), caption, dateline, site name.
//    Han and kana count about two characters a word; "。！？" end sentences.
// 2. Title. Scrapers put the page's <title> ("Headline - Site") first and
//    pages repeat the headline above the body: that echo, when article text
//    follows it and no much larger text precedes it, is the title and the
//    article starts below it ("much larger" measured against the article
//    the echo would select, not the comments under it). Otherwise the
//    first heading-like line among the first lines, before any article
//    sentence. The first paragraph under an echo is the lead, even when it
//    speaks to the readers ("Our goal with this thread ...").
// 3. Sections. End markers (comment headers, "Leave a Reply", post
//    navigation, tags, author box, footer copyright: kEnd) and inline
//    widgets (related links, "Read more", share bars: kWidget), in ten
//    languages, split the page into sections. The article is the first
//    section whose best run (step 4) scores at least 40% of the best
//    section's, or 250 outright: teasers above the body are small; comments
//    and related stories below it come later even when longer, so sections
//    past a kEnd marker, and story lists (never two paragraphs in a row, or
//    a dateline per entry) under a widget, weigh half in that best. Under
//    a headline echo the first section of 50 or more near it wins. The
//    region then grows across widgets when dense prose (two adjacent
//    paragraphs, not dated entries) resumes right below one, or a lead
//    paragraph sits right above one.
// 4. Region. Each line gets a score: article lines +words, boilerplate a
//    capped negative, captions and datelines a small one, appeals -words.
//    The maximum-sum contiguous run of lines (Kadane) is the section's run.
//    A run ending in a list announcement ("Tour dates:") takes the list,
//    or the table flattened to one cell per line that follows it. An author
//    box ("Jane Roe" / "Jane Roe is a reporter ...") at the run's end is
//    cut off.
// 5. Output. Inside the region, article and short-sentence lines are kept;
//    runs of other non-boilerplate lines between two article paragraphs are
//    kept when they are one line (a subheading) or read as a list; every
//    other line is dropped; verbatim repeats are kept once; a table's cells
//    form one paragraph. Captions
//    repeated on adjacent lines are dropped entirely (both copies). The
//    byline and, failing a dateline, a date are read near the headline.
#include "extract/text_extractor.h"

#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/utf8.h"
#include "extract/internal/dates.h"
#include "extract/internal/line_features.h"
#include "extract/internal/text_builder.h"

namespace chronicle::extract_internal {
namespace {

enum class Kind {
  kBlank,
  kArticle,
  kShortSentence,
  kHeadline,
  kFragment,
  kTeaser,  // a sentence-like line without final punctuation
  kBoilerplate,
  kAppeal,
  kCaption,
  kDateline,
  kSiteName,
};

struct Line {
  std::string_view text;  // trimmed, points into doc.utf8
  uint32_t begin = 0;     // offset of text in doc.utf8
  LineFeatures f;
  Kind kind = Kind::kBlank;
  EndMarker end_marker = EndMarker::kNone;  // heads comments, related links...
  std::string date;                         // for kDateline
};

// Title search (FindTitle).
constexpr int kMaxTitleSearchLines = 12;
constexpr int kMaxTitleWords = 25;
// Classification: unpunctuated lines this long are prose; shorter ones in
// sentence case are teasers. Lines ending in ':' with this many words lead
// into a list. Hard-wrapped runs of this many words are prose.
constexpr int kMinUnpunctuatedProseWords = 20;
constexpr int kMinColonLeadWords = 4;
constexpr int kMinWrappedWords = 12;
// Share of a line's words from the consent vocabulary that marks a cookie
// or data-processing dialog.
constexpr double kConsentDensity = 0.06;
// Share of a line's words addressing the reader ("we", "you") that makes it
// an appeal without appeal vocabulary.
constexpr double kMinBareAddressShare = 0.07;
// A short line speaking to "you" about support or subscriptions is an appeal.
constexpr int kMaxShortAppealWords = 25;
// Labels: short non-prose lines recurring this often in one page.
constexpr int kMinLabelRepeats = 4;
constexpr int kMaxLabelWords = 3;
// End markers are looked for on lines this short.
constexpr int kMaxMarkerWords = 25;
// A headline echo counts when this many article words follow it within
// kAnchorWindow lines, unless the prose above it is kEchoOverruled times
// the prose below.
constexpr size_t kAnchorWindow = 20;
constexpr int kMinAnchorWords = 15;
constexpr long kEchoOverruled = 5;
// The lead paragraph is looked for among this many lines below the echo.
constexpr size_t kLeadLines = 6;
// Region choice among the sections between end markers (ChooseRegion).
constexpr double kSectionShare = 0.4;
constexpr long kSectionEnough = 250;
// Below a headline echo, the first section scoring this much is the article.
constexpr long kAnchoredEnough = 50;
// Prose resuming within kMaxResumeGap lines after an inline widget and
// scoring kResumeScore (paragraphs of kMinResumeWordsPerParagraph words on
// average) continues the article; a lead scoring kLeadScore above one
// starts it.
constexpr int kMaxResumeGap = 9;
constexpr long kResumeScore = 25;
constexpr int kMinResumeWordsPerParagraph = 15;
constexpr long kLeadScore = 15;
// Output: runs of non-prose lines kept between paragraphs; a lone Title
// Case line this long is a link to another story, not a subheading.
constexpr int kMaxInterludeLines = 40;
constexpr int kMinLinkedHeadlineWords = 6;
// Tables flattened to a cell per line: at least this many cells of at most
// this many words.
constexpr int kMinTableCells = 12;
constexpr int kMaxTableCellWords = 4;
// Lists under their own heading after the article: a heading of at most
// this many words over at least this many items of at most this many.
constexpr int kMaxListHeadingWords = 8;
constexpr int kMinHeadedListItems = 3;
constexpr int kMaxListItemWords = 15;
// Ingredient lists: lines of at most this many words, this many lines at
// most, found this far above the region at most.
constexpr int kMaxIngredientWords = 15;
constexpr size_t kMaxIngredientLines = 80;
// Where bylines and dates are looked for (FindBylineAndDate).
constexpr int kMetaLinesAboveTitle = 3;
constexpr size_t kMetaLinesIntoBody = 8;
constexpr int kMaxMetaLineWords = 15;
constexpr int kMaxDateLineWords = 8;
// An author box ends the article when fewer article words than this
// follow it ...
constexpr int kMaxWordsAfterAuthorBox = 40;
// ... or fewer than a tenth of the article words before it.
constexpr int kAuthorBoxTailShare = 10;

std::vector<Line> SplitLines(std::string_view utf8) {
  std::vector<Line> lines;
  size_t pos = 0;
  while (pos <= utf8.size()) {
    size_t nl = utf8.find('\n', pos);
    if (nl == std::string_view::npos) nl = utf8.size();
    Line line;
    line.text = TrimLine(utf8.substr(pos, nl - pos));
    line.begin = static_cast<uint32_t>(line.text.data() - utf8.data());
    if (!line.text.empty()) line.f = ComputeLineFeatures(line.text);
    lines.push_back(line);
    pos = nl + 1;
  }
  return lines;
}

Script MajorityScript(const std::vector<Line>& lines) {
  int counts[4] = {0, 0, 0, 0};
  for (const Line& l : lines) counts[static_cast<int>(l.f.script)] += l.f.letters;
  int best = static_cast<int>(Script::kLatin);
  for (int s = 1; s < 4; ++s) {
    if (counts[s] > counts[best]) best = s;
  }
  return static_cast<Script>(best);
}

// Site names: bare marker lines, and caption credits seen at least twice.
std::set<std::string, std::less<>> SiteNames(const std::vector<Line>& lines) {
  std::set<std::string, std::less<>> names, once;
  for (const Line& l : lines) {
    if (l.text.empty()) continue;
    if (std::string_view m = SiteNameMarker(l.text); !m.empty()) names.emplace(m);
    if (std::string_view c = TrailingCredit(l.text); !c.empty()) {
      if (!once.emplace(c).second) names.emplace(c);
    }
  }
  return names;
}

bool IsAppeal(const LineFeatures& f) {
  // "We" alone is a first-person blog or an op-ed; an appeal also uses the
  // vocabulary of support and subscription, or speaks to "you" about "us".
  const int cues = f.reader_address + f.soft_cues;
  const bool outlet_to_reader =
      f.first_person >= 1 && f.reader_address - f.first_person >= 1;
  // Without appeal vocabulary, "we" and "you" must be denser: a travel
  // blog says "we" and "your" now and then.
  const bool dense_address =
      f.soft_cues > 0 || (cues >= 4 && cues >= kMinBareAddressShare * f.words);
  return ((f.soft_cues >= 2 || (outlet_to_reader && dense_address)) && cues >= 3 &&
          cues >= 0.06 * f.words) ||
         (f.reader_address >= 1 && f.soft_cues >= 1 && f.words <= 6) ||
         (f.second_person >= 1 && f.soft_cues >= 1 && f.words <= kMaxShortAppealWords);
}

Kind Classify(Line& l, Script doc_script,
              const std::set<std::string, std::less<>>& site_names) {
  const LineFeatures& f = l.f;
  if (l.text.empty()) return Kind::kBlank;
  if (f.words == 0 || f.letters == 0) return Kind::kBoilerplate;
  if (f.script != doc_script) return Kind::kBoilerplate;
  l.date = DatelineDate(l.text);
  if (!l.date.empty()) return Kind::kDateline;
  if (!SiteNameMarker(l.text).empty()) return Kind::kSiteName;
  if (std::string_view c = TrailingCredit(l.text); !c.empty() && site_names.count(c)) {
    return Kind::kCaption;
  }
  if (f.hard_cue || f.call_to_action) return Kind::kBoilerplate;
  if (f.consent_cues >= 2 && f.consent_cues >= kConsentDensity * f.words) {
    return Kind::kBoilerplate;
  }
  if (IsAppeal(f)) return Kind::kAppeal;
  if (f.ends_sentence) return f.words <= 3 ? Kind::kShortSentence : Kind::kArticle;
  // "The rules are as follows:" leads into a list or a quotation.
  if (f.ends_colon && f.words >= kMinColonLeadWords) return Kind::kArticle;
  // Unpunctuated lines of middling length are mostly headlines of other
  // stories written in sentence case; long ones are prose.
  if (f.words >= kMinUnpunctuatedProseWords) return Kind::kArticle;
  if (f.words >= 10 && f.title_case < 0.6) return Kind::kTeaser;
  if (f.words >= 3 && f.title_case >= 0.6) return Kind::kHeadline;
  return Kind::kFragment;
}

// Whether `t` starts with a lowercase letter (a wrapped line's tail).
bool StartsLower(std::string_view t) {
  if (t.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(t[0]);
  if (c >= 'a' && c <= 'z') return true;
  if (c < 0x80) return false;
  int len = 1;
  const char32_t cp = DecodeUtf8(t, 0, &len);
  return (cp >= 0xDF && cp <= 0xFF && cp != 0xF7) || (cp >= 0x430 && cp <= 0x45F);
}

// Hard-wrapped paragraphs (text kept at a fixed width) break sentences
// across lines: "...looking absolutely stunning in new" / "photos. She...".
// A run of lines where each continues in lowercase after no final
// punctuation is read as one paragraph: if together they are prose, every
// line of the run is article text.
void JoinWrappedLines(std::vector<Line>& lines) {
  for (size_t i = 0; i + 1 < lines.size();) {
    size_t end = i;
    int words = 0;
    while (end + 1 < lines.size() && !lines[end].text.empty() &&
           !lines[end].f.ends_sentence && !lines[end].f.ends_colon &&
           StartsLower(lines[end + 1].text)) {
      words += lines[end].f.words;
      ++end;
    }
    if (end == i) {
      ++i;
      continue;
    }
    words += lines[end].f.words;
    bool clean = true;
    for (size_t k = i; k <= end; ++k) {
      const Kind kind = lines[k].kind;
      clean &=
          kind != Kind::kBoilerplate && kind != Kind::kAppeal && kind != Kind::kBlank;
    }
    if (clean && words >= kMinWrappedWords && lines[end].f.ends_sentence) {
      for (size_t k = i; k <= end; ++k) lines[k].kind = Kind::kArticle;
    }
    i = end + 1;
  }
}

// Short non-prose lines (at most kMaxLabelWords) that recur
// kMinLabelRepeats times or more in one page are section labels and widget
// captions ("Company Town", "Image").
void MarkRepeatedLabels(std::vector<Line>& lines) {
  auto is_label = [](const Line& l) {
    return !l.text.empty() && l.kind != Kind::kArticle && l.f.words <= kMaxLabelWords;
  };
  std::unordered_map<std::string_view, int> counts;
  for (const Line& l : lines) {
    if (is_label(l)) ++counts[l.text];
  }
  for (Line& l : lines) {
    if (is_label(l) && counts[l.text] >= kMinLabelRepeats) l.kind = Kind::kBoilerplate;
  }
}

// Author boxes: a name alone on a line, then a paragraph about that person
// ("Jane Roe" / "Jane Roe is a senior editor ..." or "is a senior editor
// ..."). The name goes on in lowercase (a verb), unlike an interview's
// "Jane Roe: ..." answer. Returns the name lines; lines[i + 1..] holds the
// paragraph after blank lines.
std::vector<size_t> FindAuthorBoxes(const std::vector<Line>& lines) {
  std::vector<size_t> boxes;
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    const Line& name = lines[i];
    if (name.text.empty() || name.f.words < 2 || name.f.words > 4 ||
        name.f.title_case < 0.99 || name.f.ends_sentence || name.f.ends_colon ||
        name.kind == Kind::kArticle ||
        name.text.find_first_of("0123456789,\"|:()/") != std::string_view::npos) {
      continue;
    }
    size_t j = i + 1;
    while (j < lines.size() && lines[j].text.empty()) ++j;
    if (j >= lines.size() || lines[j].f.words < 5) continue;
    std::string_view bio = lines[j].text;
    if (bio.starts_with(name.text)) {
      if (bio.size() <= name.text.size() + 1 || bio[name.text.size()] != ' ') continue;
      bio.remove_prefix(name.text.size() + 1);
      if (!StartsLower(bio)) continue;
    } else {
      // "is a senior editor ...": a copula first.
      const std::string_view word = bio.substr(0, bio.find(' '));
      static constexpr std::string_view kCopulas[] = {"is",   "ist", "est", "es",
                                                      "jest", "è",   "was", "war"};
      if (std::find(std::begin(kCopulas), std::end(kCopulas), word) ==
          std::end(kCopulas)) {
        continue;
      }
    }
    boxes.push_back(i);
  }
  return boxes;
}

// Cuts an author box off the end of the region [first, last]: the box is
// the region's tail when little article text follows it, or anywhere when
// the name is the byline's.
void TrimAuthorBox(std::vector<Line>& lines, const std::vector<size_t>& boxes,
                   const std::string& author, size_t first, size_t* last) {
  for (size_t i : boxes) {
    if (i <= first || i > *last) continue;
    int before = 0, after = 0;
    size_t j = i + 1;
    while (j < lines.size() && lines[j].text.empty()) ++j;
    for (size_t k = first; k < i; ++k) {
      if (lines[k].kind == Kind::kArticle) before += lines[k].f.words;
    }
    for (size_t k = j + 1; k <= *last; ++k) {
      if (lines[k].kind == Kind::kArticle) after += lines[k].f.words;
    }
    // The box's own lines ("Contact me at ...") may follow it.
    const bool tail =
        after < kMaxWordsAfterAuthorBox || after * kAuthorBoxTailShare < before;
    if (tail || lines[i].text == author) {
      lines[i].kind = Kind::kBoilerplate;
      lines[j].kind = Kind::kBoilerplate;
      if (tail) *last = i - 1;
    }
  }
}

// Marks short lines repeated on the very next line (alt text + caption).
void MarkAdjacentDuplicates(std::vector<Line>& lines) {
  for (size_t i = 1; i < lines.size(); ++i) {
    Line& a = lines[i - 1];
    Line& b = lines[i];
    if (!b.text.empty() && a.text == b.text && b.f.words < 40) {
      a.kind = Kind::kCaption;
      b.kind = Kind::kCaption;
    }
  }
}

// Marks the lines that head what follows an article (see GetEndMarker) and
// share bars: two or more social buttons in a row.
void MarkEndMarkers(std::vector<Line>& lines) {
  for (Line& l : lines) {
    if (l.text.empty() || l.f.words > kMaxMarkerWords) continue;
    l.end_marker = GetEndMarker(l.text);
    // A marker is a heading, never article text ("Lesen Sie auch: ...").
    if (l.end_marker != EndMarker::kNone) l.kind = Kind::kBoilerplate;
  }
  // A share bar interrupts the article like a widget. The mark goes on the
  // bar's last button so that prose resuming right below it counts as close.
  for (size_t i = 0; i < lines.size();) {
    if (lines[i].text.empty() || !IsShareButton(lines[i].text)) {
      ++i;
      continue;
    }
    size_t j = i, last = i;
    int buttons = 0;
    bool marked = false;
    while (j < lines.size() && (lines[j].text.empty() || IsShareButton(lines[j].text))) {
      if (!lines[j].text.empty()) {
        ++buttons;
        last = j;
        marked |= lines[j].end_marker != EndMarker::kNone;
      }
      ++j;
    }
    if (buttons >= 2 && !marked) lines[last].end_marker = EndMarker::kWidget;
    i = j;
  }
}

// Article words in lines (from, from + kAnchorWindow].
int ArticleWordsAfter(const std::vector<Line>& lines, size_t from) {
  int words = 0;
  for (size_t i = from + 1; i < lines.size() && i <= from + kAnchorWindow; ++i) {
    if (lines[i].kind == Kind::kArticle) words += lines[i].f.words;
  }
  return words;
}

// Scrapers put the page's <title> ("Headline - Site") on the first line;
// pages repeat the headline alone right above the body. Returns the index
// of that echo, or -1. Among several echoes (breadcrumbs, related lists)
// the one followed by the most article text wins, the later on ties.
int FindHeadlineEcho(const std::vector<Line>& lines) {
  size_t top = 0;
  while (top < lines.size() && lines[top].text.empty()) ++top;
  if (top >= lines.size()) return -1;
  const std::string_view page_title = lines[top].text;
  if (lines[top].f.ends_period || page_title.size() > 400) return -1;
  int best = -1, best_words = 0;
  for (size_t i = top + 1; i < lines.size(); ++i) {
    const Line& l = lines[i];
    if (l.text.empty() || l.f.words < 2 || l.f.letters < 8) continue;
    if (l.kind == Kind::kBoilerplate || l.kind == Kind::kAppeal) continue;
    const size_t at = page_title.find(l.text);
    if (at == std::string_view::npos || 5 * l.text.size() < 2 * page_title.size())
      continue;
    // The first echo with text below it wins; a later echo still inside its
    // window (the headline after a breadcrumb) replaces it.
    if (best >= 0 && i > static_cast<size_t>(best) + kAnchorWindow) break;
    const int words = ArticleWordsAfter(lines, i);
    if (words >= kMinAnchorWords && words >= best_words) {
      best = static_cast<int>(i);
      best_words = words;
    }
  }
  return best;
}

// Index of the title line, or -1.
int FindTitle(const std::vector<Line>& lines) {
  int seen = 0;
  for (size_t i = 0; i < lines.size() && seen < kMaxTitleSearchLines; ++i) {
    const Line& l = lines[i];
    if (l.kind == Kind::kBlank) continue;
    ++seen;
    const bool heading_like =
        !l.f.ends_period && l.f.words >= 3 && l.f.words <= kMaxTitleWords;
    switch (l.kind) {
      case Kind::kHeadline:
      case Kind::kFragment:
      case Kind::kTeaser:
        if (heading_like) return static_cast<int>(i);
        break;
      case Kind::kArticle:
      case Kind::kShortSentence:
        if (heading_like && !l.f.ends_sentence) return static_cast<int>(i);
        if (heading_like && l.f.words <= 15) return static_cast<int>(i);  // "...?" "...!"
        return -1;
      default:
        break;  // chrome above the headline
    }
  }
  return -1;
}

// Whether a line reads as a list item: a bullet or number first, or a
// label and value ("June 9 -- Tampa", "Path A: Iceland", "Q: ...").
bool LooksListed(std::string_view t) {
  if (t.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(t[0]);
  if ((c >= '0' && c <= '9') || c == '-' || c == '*' || t.starts_with("\xe2\x80\xa2")) {
    return true;
  }
  return t.find(": ") != std::string_view::npos ||
         t.find(" -- ") != std::string_view::npos ||
         t.find(" \xe2\x80\x93 ") != std::string_view::npos;  // en dash
}

// Whether `t` is a bare web address ("http://amzn.to/2iJFhRj").
bool IsBareLink(std::string_view t) {
  return (t.starts_with("http://") || t.starts_with("https://")) &&
         t.find(' ') == std::string_view::npos;
}

int RegionScore(const Line& l) {
  const int w = l.f.words;
  // List items (tables of contents, numbered lists) cost little to cross.
  const bool interlude =
      l.kind == Kind::kHeadline || l.kind == Kind::kFragment || l.kind == Kind::kTeaser;
  if (interlude && LooksListed(l.text)) return -1;
  switch (l.kind) {
    case Kind::kBlank:
      return 0;
    case Kind::kArticle:
      return w;
    case Kind::kShortSentence:
      return 1;
    case Kind::kHeadline:
      return -(2 + std::min(w, 10) / 2);
    case Kind::kFragment:
      return -2;
    case Kind::kTeaser:
      return 0;
    case Kind::kAppeal:
      return -std::max(w, 5);
    case Kind::kCaption:
    case Kind::kDateline:
    case Kind::kSiteName:
      return -3;  // recognised one by one; they do not end an article
    default:
      return -(2 + std::min(w, 10));
  }
}

// Lines that are neither prose nor furniture: subheadings, list items,
// unpunctuated sentences.
bool IsInterlude(Kind k) {
  return k == Kind::kHeadline || k == Kind::kFragment || k == Kind::kTeaser ||
         k == Kind::kShortSentence;
}

// When the region's last paragraph announces a list ("Tour dates:"), the
// list items below it belong to the article.
void ExtendIntoList(const std::vector<Line>& lines, size_t* last) {
  if (*last >= lines.size() || !lines[*last].f.ends_colon) return;
  size_t i = *last + 1, end = *last;
  int items = 0;
  while (i < lines.size() && items < kMaxInterludeLines) {
    if (lines[i].kind != Kind::kBlank) {
      if (!IsInterlude(lines[i].kind) && lines[i].kind != Kind::kArticle) break;
      // An item's link on a line of its own ("1) Product" / "http://...").
      const bool link = items > 0 && IsBareLink(lines[i].text);
      if (!link && !LooksListed(lines[i].text)) break;
      items += !link;
      end = i;
    }
    ++i;
  }
  if (items >= 2) *last = end;
}

// A list under its own heading right after the region's last paragraph
// ("Tour Dates" / "June 9 – Tampa, FL @ Arena" / ...): every item reads as
// one. Returns the heading and items [*begin, *end] and moves *last there.
bool ExtendIntoHeadedList(const std::vector<Line>& lines, size_t* last, size_t* begin,
                          size_t* end_out) {
  size_t h = *last + 1;
  while (h < lines.size() && lines[h].text.empty()) ++h;
  if (h >= lines.size() || lines[h].end_marker != EndMarker::kNone ||
      (lines[h].kind != Kind::kHeadline && lines[h].kind != Kind::kFragment) ||
      lines[h].f.words > kMaxListHeadingWords || LooksListed(lines[h].text)) {
    return false;
  }
  size_t end = h;
  int items = 0;
  for (size_t i = h + 1; i < lines.size() && items < kMaxInterludeLines; ++i) {
    const Line& l = lines[i];
    if (l.text.empty()) continue;
    if (!IsInterlude(l.kind) || l.end_marker != EndMarker::kNone ||
        l.f.words > kMaxListItemWords || !LooksListed(l.text)) {
      break;
    }
    ++items;
    end = i;
  }
  if (items < kMinHeadedListItems) return false;
  *begin = h;
  *end_out = end;
  *last = end;
  return true;
}

// A table flattened to one cell per line ("Pos.", "Driver", "Points", "1",
// "Kyle Busch", "5040", ...) after the region's last paragraph announces it
// ("Final standings after 36 races:"): short cells, many of them bare
// numbers. Returns the table's lines [*begin, *end] and moves *last to its
// end, or returns false.
bool ExtendIntoTable(const std::vector<Line>& lines, size_t* last, size_t* begin,
                     size_t* end_out) {
  if (*last >= lines.size()) return false;
  // The region may already hold the table's header cells ("Pos.").
  size_t lead = *last;
  while (lead > 0 && *last - lead < 3 && !lines[lead].f.ends_colon &&
         lines[lead].f.words <= kMaxTableCellWords) {
    --lead;
  }
  if (!lines[lead].f.ends_colon || lines[lead].f.words < kMinColonLeadWords) return false;
  size_t end = *last;
  int cells = 0, numbers = 0;
  for (size_t i = lead + 1; i < lines.size(); ++i) {
    const Line& l = lines[i];
    if (l.text.empty()) continue;
    if (l.f.words > kMaxTableCellWords || l.end_marker != EndMarker::kNone ||
        l.kind == Kind::kAppeal) {
      break;
    }
    ++cells;
    numbers += l.f.letters == 0;
    end = i;
  }
  if (cells < kMinTableCells || 3 * numbers < cells) return false;
  *begin = lead + 1;
  *end_out = end;
  *last = std::max(*last, end);
  return true;
}

// The table's cells as one paragraph, separated by spaces: a row's cells
// repeat values ("0", "1") that must not be dropped as repeats.
Paragraph TableParagraph(const std::vector<Line>& lines, size_t begin, size_t end) {
  Paragraph p;
  uint32_t prev_end = 0;
  for (size_t i = begin; i <= end; ++i) {
    const Line& l = lines[i];
    if (l.text.empty()) continue;
    if (!p.empty()) p.AppendReplaced(" ", prev_end, l.begin - prev_end);
    p.AppendCopy(l.text, l.begin);
    prev_end = l.begin + static_cast<uint32_t>(l.text.size());
  }
  return p;
}

// Whether `t` heads a recipe's ingredient list ("Ingredients", "Zutaten:").
bool IsIngredientsHeading(std::string_view t) {
  static constexpr std::string_view kHeadings[] = {
      "ingredients", "ingredient", "zutaten",      "ingrédients", "ingredientes",
      "ingredienti", "składniki",  "ingrediënten", "ингредиенты",
  };
  while (!t.empty() && (t.back() == ':' || t.back() == ' ')) t.remove_suffix(1);
  if (t.size() > 20) return false;
  std::string lower(t);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  for (std::string_view h : kHeadings) {
    if (lower == h) return true;
  }
  // "ИНГРЕДИЕНТЫ", "Ingrédients" in capitals: compare the tail too.
  return lower.size() > 1 && lower.substr(1) == "ngredients";
}

// A recipe's ingredient list ("125 g", "Mehl", "1 tsp ground ginger") is a
// run of short lines under an "Ingredients" heading, up to the method the
// region found. Marks the run in `keep` and moves *first up to it when the
// run reaches the region or lies inside it.
void TakeIngredients(const std::vector<Line>& lines, size_t* first, size_t last,
                     std::vector<char>* keep) {
  const size_t from = *first > kMaxIngredientLines ? *first - kMaxIngredientLines : 0;
  for (size_t h = from; h < last; ++h) {
    if (lines[h].text.empty() || lines[h].f.words > 2 ||
        !IsIngredientsHeading(lines[h].text)) {
      continue;
    }
    size_t end = h;  // last line of the run
    for (size_t i = h + 1; i < lines.size() && i <= h + kMaxIngredientLines; ++i) {
      const Line& l = lines[i];
      if (l.text.empty()) continue;
      if (i >= *first && (l.kind == Kind::kArticle || i > last)) break;
      if (l.f.words > kMaxIngredientWords || l.end_marker != EndMarker::kNone ||
          l.kind == Kind::kAppeal) {
        break;
      }
      end = i;
    }
    // Above the region the run must reach it; inside it, anything goes.
    if (h < *first && end + 1 < *first) {
      size_t k = end + 1;
      while (k < *first && lines[k].text.empty()) ++k;
      if (k < *first) continue;
    }
    for (size_t i = h + 1; i <= end; ++i) {
      const Line& l = lines[i];
      (*keep)[i] = !l.text.empty() && !l.f.hard_cue && !l.f.call_to_action;
    }
    if (h < *first) *first = h + 1;
    return;
  }
}

// Marks in `keep` the interludes of lines[first, last] that sit between two
// article paragraphs: subheadings, tour dates, list items inside the
// article. Runs longer than kMaxInterludeLines are left out.
void MarkInterludes(const std::vector<Line>& lines, size_t first, size_t last,
                    std::vector<char>* keep) {
  for (size_t i = first; i <= last;) {
    if (!IsInterlude(lines[i].kind)) {
      ++i;
      continue;
    }
    size_t end = i;  // one past the run (blank lines may sit inside it)
    int count = 0, listed = 0;
    while (end <= last &&
           (IsInterlude(lines[end].kind) || lines[end].kind == Kind::kBlank)) {
      // An item's link on a line of its own counts with its item.
      if (lines[end].kind != Kind::kBlank && !IsBareLink(lines[end].text)) {
        ++count;
        listed += LooksListed(lines[end].text);
      }
      ++end;
    }
    size_t before = i;
    while (before > first && lines[before - 1].kind == Kind::kBlank) --before;
    const bool prose_before = before > first && lines[before - 1].kind == Kind::kArticle;
    const bool prose_after = end <= last && lines[end].kind == Kind::kArticle;
    // A lone line is a subheading, unless it is a full Title Case headline:
    // a link to another story. Several in a row are a list when the prose
    // announces it ("as follows:") or the lines read as items; else they are
    // more likely an unrecognised widget (labels, links).
    const Line& lone = lines[i];
    const bool story_link = lone.kind == Kind::kHeadline &&
                            lone.f.words >= kMinLinkedHeadlineWords &&
                            lone.f.title_case >= 0.99;
    const bool list = (count == 1 && !story_link) ||
                      (prose_before && lines[before - 1].f.ends_colon) ||
                      2 * listed >= count;
    const bool announced =
        prose_before && lines[before - 1].f.ends_colon && 2 * listed >= count;
    if (prose_before && (prose_after || announced) && list &&
        count <= kMaxInterludeLines) {
      for (size_t k = i; k < end; ++k) (*keep)[k] = 1;
    }
    i = end;
  }
}

// The maximum-sum run [*first, *last] of lines[from, to) (Kadane).
bool BestRegion(const std::vector<Line>& lines, size_t from, size_t to, size_t* first,
                size_t* last, long* score) {
  long best = 0, run = 0;
  size_t run_start = from;
  bool found = false;
  for (size_t i = from; i < to; ++i) {
    if (run <= 0) {
      run = 0;
      run_start = i;
    }
    run += RegionScore(lines[i]);
    if (run >= best && run > 0) {  // ties extend the region
      best = run;
      *first = run_start;
      *last = i;
      found = true;
    }
  }
  *score = best;
  return found;
}

// Whether lines[first, last] read as article paragraphs resuming: teaser
// descriptions and author bios are single lines, an article resumes with
// several long paragraphs. `loose` drops the length requirement: two
// paragraphs in a row are enough.
bool IsDense(const std::vector<Line>& lines, size_t first, size_t last,
             bool loose = false) {
  int paragraphs = 0, words = 0, datelines = 0;
  bool adjacent = false;  // two paragraphs in a row, as teaser lists never have
  bool after_paragraph = false;
  for (size_t k = first; k <= last && k < lines.size(); ++k) {
    if (lines[k].kind == Kind::kBlank) continue;
    datelines += lines[k].kind == Kind::kDateline;
    if (lines[k].kind != Kind::kArticle) {
      after_paragraph = false;
      continue;
    }
    adjacent |= after_paragraph;
    after_paragraph = true;
    ++paragraphs;
    words += lines[k].f.words;
  }
  // A story list dates each entry, an article (or a chronicle of events)
  // its paragraphs only here and there.
  if (datelines >= 3 && 2 * datelines >= paragraphs) return false;
  return adjacent && (loose || words >= kMinResumeWordsPerParagraph * paragraphs);
}

// Chooses the article region in lines[from..]. End markers split the page
// into sections; the article is the first section whose best run scores at
// least kSectionShare of the best section's, or kSectionEnough outright: a
// teaser list above the body is small, comments and related stories below
// it come later even when they are longer. An inline widget (kWidget) does
// not end the article when prose resumes right below it.
bool ChooseRegion(const std::vector<Line>& lines, size_t from, size_t* first,
                  size_t* last, bool anchored = false) {
  struct Section {
    size_t marker;  // the end marker heading the section, or `from`
    size_t first, last;
    long score;
  };
  std::vector<Section> sections;
  long best = 0;
  // Past a strong end marker that follows some prose, sections are mostly
  // comments: they weigh half when setting the bar the article must reach.
  bool closed = false, prose_seen = false;
  for (size_t begin = from; begin < lines.size();) {
    size_t end = begin + 1;
    while (end < lines.size() && lines[end].end_marker == EndMarker::kNone) ++end;
    Section s{begin, 0, 0, 0};
    closed |= prose_seen && lines[begin].end_marker == EndMarker::kEnd;
    if (BestRegion(lines, begin, end, &s.first, &s.last, &s.score)) {
      sections.push_back(s);
      // So do the story lists under a related-links heading: prose cut up
      // by other lines, never two paragraphs in a row.
      const bool listed = prose_seen && lines[begin].end_marker == EndMarker::kWidget &&
                          !IsDense(lines, s.first, s.last, /*loose=*/true);
      best = std::max(best, closed || listed ? s.score / 2 : s.score);
      prose_seen |= s.score >= kLeadScore;
    } else {
      sections.push_back(Section{begin, begin, begin, 0});
    }
    begin = end;
  }
  for (size_t i = 0; i < sections.size(); ++i) {
    const Section& s = sections[i];
    // Below a headline echo the article starts right away: the first
    // section of real prose near it wins over longer comments further down.
    const bool near_anchor =
        anchored && s.first <= from + kAnchorWindow && s.score >= kAnchoredEnough;
    if (!near_anchor &&
        (s.score <= 0 || (s.score < kSectionShare * best && s.score < kSectionEnough)))
      continue;
    *first = s.first;
    *last = s.last;
    // Resumption works both ways: the lead above a widget belongs too.
    for (size_t j = i; j > 0; --j) {
      const Section& here = sections[j];
      const Section& prev = sections[j - 1];
      if (lines[here.marker].end_marker != EndMarker::kWidget) break;
      if (*first > here.marker + 1 + kMaxResumeGap || prev.score < kLeadScore) break;
      int gap = 0;  // non-blank lines between the lead and the marker
      for (size_t k = prev.last + 1; k < here.marker; ++k) gap += !lines[k].text.empty();
      if (gap > kMaxResumeGap) break;
      *first = prev.first;
    }
    for (size_t j = i + 1; j < sections.size(); ++j) {
      const Section& next = sections[j];
      if (lines[next.marker].end_marker != EndMarker::kWidget) break;
      // Widgets come in stacks ("Related" twice): look past empty ones.
      if (next.score <= 0 && j + 1 < sections.size()) continue;
      if (next.score < kResumeScore) break;
      int gap = 0;  // non-blank lines between the marker and the prose
      for (size_t k = next.marker + 1; k < next.first; ++k) gap += !lines[k].text.empty();
      if (gap > kMaxResumeGap) break;
      if (!IsDense(lines, next.marker + 1, next.last)) break;
      *last = next.last;
    }
    return true;
  }
  return false;
}

// The byline, and the date when no dateline gave one, sit between the
// headline and the body, or just above the headline.
void FindBylineAndDate(const std::vector<Line>& lines, int title, size_t first,
                       Article* article) {
  const size_t from =
      title >= 0 ? static_cast<size_t>(std::max(0, title - kMetaLinesAboveTitle)) : 0;
  const size_t to = std::min(lines.size(), first + kMetaLinesIntoBody);
  for (size_t i = from; i < to; ++i) {
    const Line& l = lines[i];
    if (l.text.empty() || l.f.words > kMaxMetaLineWords) continue;
    if (article->author.empty()) {
      if (std::string_view a = BylineAuthor(l.text); !a.empty())
        article->author = std::string(a);
    }
    // Captions and credits date the photo, not the story.
    if (article->date.empty() && l.kind != Kind::kCaption &&
        l.kind != Kind::kBoilerplate && l.kind != Kind::kArticle &&
        l.f.words <= kMaxDateLineWords && TrailingCredit(l.text).empty()) {
      article->date = NormalizeDate(l.text);
    }
  }
}

}  // namespace

StatusOr<Article> ExtractText(const RawDocument& doc, const ExtractOptions& options) {
  std::vector<Line> lines = SplitLines(doc.utf8);
  const Script script = MajorityScript(lines);
  const auto site_names = SiteNames(lines);
  for (Line& l : lines) l.kind = Classify(l, script, site_names);
  JoinWrappedLines(lines);
  MarkRepeatedLabels(lines);
  MarkAdjacentDuplicates(lines);

  Article article;
  article.format = InputFormat::kText;
  for (const Line& l : lines) {
    if (l.kind == Kind::kDateline && article.date.empty()) article.date = l.date;
    if (l.kind == Kind::kSiteName && article.sitename.empty()) {
      article.sitename = std::string(SiteNameMarker(l.text));
    }
  }
  if (article.sitename.empty() && !site_names.empty())
    article.sitename = *site_names.begin();

  MarkEndMarkers(lines);
  const std::vector<size_t> author_boxes = FindAuthorBoxes(lines);
  int echo = FindHeadlineEcho(lines);
  if (echo >= 0) {
    // An echo below the page's main text (several times the prose below
    // it) is a related-story link to the same story, not the headline.
    // "Below" is the article the echo would select, not everything under
    // it: comments further down would otherwise vouch for a recipe card's
    // or related story's headline.
    size_t f = 0, l = 0;
    long above = 0, below = 0;
    BestRegion(lines, 0, echo, &f, &l, &above);
    if (ChooseRegion(lines, echo + 1, &f, &l)) {
      for (size_t i = f; i <= l; ++i) below += RegionScore(lines[i]);
    }
    if (above > kEchoOverruled * below) echo = -1;
  }
  const int title = echo >= 0 ? echo : FindTitle(lines);
  if (title >= 0) article.title = std::string(lines[title].text);
  const size_t from = title >= 0 ? static_cast<size_t>(title) + 1 : 0;
  // The first paragraph under a headline echo is the lead: speaking to the
  // readers there ("Our goal with this thread is to give readers ...") is
  // the article's voice, not an appeal, unless the appeal vocabulary is
  // dense.
  for (size_t i = from, seen = 0; echo >= 0 && i < lines.size() && seen < kLeadLines;
       ++i) {
    if (lines[i].text.empty()) continue;
    ++seen;
    if (lines[i].f.words < kMinAnchorWords) continue;
    if (lines[i].kind == Kind::kAppeal && lines[i].f.soft_cues < 2) {
      lines[i].kind = Kind::kArticle;
    }
    break;
  }
  // An unpunctuated sentence right below the headline is its standfirst.
  for (size_t i = from; title >= 0 && i < lines.size(); ++i) {
    if (lines[i].kind == Kind::kBlank) continue;
    if (lines[i].kind == Kind::kTeaser) lines[i].kind = Kind::kArticle;
    break;
  }
  size_t first = 0, last = 0;
  if (!ChooseRegion(lines, from, &first, &last, /*anchored=*/echo >= 0)) {
    return NoText(std::move(article), options, "no article text found: no line looks like prose");
  }
  ExtendIntoList(lines, &last);
  FindBylineAndDate(lines, title, first, &article);
  TrimAuthorBox(lines, author_boxes, article.author, first, &last);
  std::vector<char> interlude(lines.size(), 0);
  MarkInterludes(lines, first, last, &interlude);
  TakeIngredients(lines, &first, last, &interlude);
  size_t list_begin = 0, list_end = 0;
  if (ExtendIntoHeadedList(lines, &last, &list_begin, &list_end)) {
    for (size_t i = list_begin; i <= list_end; ++i) interlude[i] = 1;
  }
  size_t table_begin = 0, table_end = 0;
  const bool table = ExtendIntoTable(lines, &last, &table_begin, &table_end);
  ArticleTextBuilder builder(&article);
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    if (table && i == table_begin) {
      builder.Add(TableParagraph(lines, table_begin, table_end));
      i = table_end;
      continue;
    }
    if (l.kind == Kind::kBlank || static_cast<int>(i) == title) continue;
    const bool keep =
        i >= first && i <= last &&
        (l.kind == Kind::kArticle || l.kind == Kind::kShortSentence || interlude[i]);
    if (!keep) {
      ++article.dropped_lines;
      continue;
    }
    Paragraph p;
    p.AppendCopy(l.text, l.begin);
    if (!builder.Add(p)) ++article.repeated_paragraphs;
  }
  if (article.text.empty()) {
    return NoText(std::move(article), options,
                  "no article text found: every line is boilerplate");
  }
  return article;
}

}  // namespace chronicle::extract_internal
