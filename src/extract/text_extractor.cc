// Plain-text article extraction: classify lines, find the title, then keep
// the best-scoring contiguous article region (as in BTE, "body text
// extraction", Finn et al. 2001).
//
// 1. Lines. The text is split at '\n'; each line is trimmed and classified
//    from its own features (see internal/line_features.h) plus a little
//    document context: the majority script, site names learnt from marker
//    lines ("- Sputnik International") or repeated caption credits, and
//    adjacent verbatim duplicates (an image's alt text followed by its
//    caption). Classes: article sentence, short sentence, headline (title
//    case, no final period), fragment (short UI string), hard boilerplate
//    (cue lexicon, call to action, no letters, foreign script), appeal
//    (dense reader address and appeal vocabulary), caption, dateline, site
//    name.
// 2. Title. The first heading-like line (3-25 words, no final period, not
//    boilerplate) among the first lines, before any article sentence. Lines
//    above it are page chrome and are dropped.
// 3. Region. Each line after the title gets a score: article lines +words,
//    boilerplate a capped negative (soft: the region may cross an embedded
//    widget), captions and datelines a small one, appeals -words (hard:
//    long self-promotion ends the article).
//    The maximum-sum contiguous run of lines is the article region.
// 4. Output. Inside the region, article and short-sentence lines are kept,
//    every other line dropped; verbatim repeats are kept once. Captions
//    repeated on adjacent lines are dropped entirely (both copies): they
//    describe a photo, not the story.
#include "extract/text_extractor.h"

#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <vector>

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
  std::string date;       // for kDateline
};

constexpr int kMaxTitleSearchLines = 12;
constexpr int kMaxTitleWords = 25;

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
  const int cues = f.reader_address + f.soft_cues;
  return (cues >= 3 && cues >= 0.06 * f.words) || (f.reader_address >= 1 && f.words <= 6);
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
  if (IsAppeal(f)) return Kind::kAppeal;
  if (f.ends_sentence) return f.words <= 3 ? Kind::kShortSentence : Kind::kArticle;
  if (f.words >= 10 && f.title_case < 0.6) return Kind::kArticle;
  if (f.words >= 3 && f.title_case >= 0.6) return Kind::kHeadline;
  return Kind::kFragment;
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

// Index of the title line, or -1.
int FindTitle(const std::vector<Line>& lines) {
  int seen = 0;
  for (size_t i = 0; i < lines.size() && seen < kMaxTitleSearchLines; ++i) {
    const Line& l = lines[i];
    if (l.kind == Kind::kBlank) continue;
    ++seen;
    const bool heading_like = !l.f.ends_period && l.f.words >= 3 &&
                              l.f.words <= kMaxTitleWords;
    switch (l.kind) {
      case Kind::kHeadline:
      case Kind::kFragment:
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

int RegionScore(const Line& l) {
  const int w = l.f.words;
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

// The maximum-sum run [*first, *last] of lines[from..] (Kadane).
bool BestRegion(const std::vector<Line>& lines, size_t from, size_t* first, size_t* last) {
  long best = 0, run = 0;
  size_t run_start = from;
  bool found = false;
  for (size_t i = from; i < lines.size(); ++i) {
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
  return found;
}

}  // namespace

StatusOr<Article> ExtractText(const RawDocument& doc, const ExtractOptions& options) {
  std::vector<Line> lines = SplitLines(doc.utf8);
  const Script script = MajorityScript(lines);
  const auto site_names = SiteNames(lines);
  for (Line& l : lines) l.kind = Classify(l, script, site_names);
  MarkAdjacentDuplicates(lines);

  Article article;
  article.format = InputFormat::kText;
  for (const Line& l : lines) {
    if (l.kind == Kind::kDateline && article.date.empty()) article.date = l.date;
    if (l.kind == Kind::kSiteName && article.sitename.empty()) {
      article.sitename = std::string(SiteNameMarker(l.text));
    }
  }
  if (article.sitename.empty() && !site_names.empty()) article.sitename = *site_names.begin();

  const int title = FindTitle(lines);
  if (title >= 0) article.title = std::string(lines[title].text);
  const size_t from = title >= 0 ? static_cast<size_t>(title) + 1 : 0;
  size_t first = 0, last = 0;
  if (!BestRegion(lines, from, &first, &last)) {
    return InvalidArgumentError("no article text found: no line looks like prose");
  }
  ArticleTextBuilder builder(&article);
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    if (l.kind == Kind::kBlank || static_cast<int>(i) == title) continue;
    const bool keep = i >= first && i <= last &&
                      (l.kind == Kind::kArticle || l.kind == Kind::kShortSentence);
    if (!keep) {
      ++article.dropped_lines;
      continue;
    }
    Paragraph p;
    p.AppendCopy(l.text, l.begin);
    if (!builder.Add(p)) ++article.repeated_paragraphs;
  }
  if (article.text.empty()) {
    return InvalidArgumentError("no article text found: every line is boilerplate");
  }
  return article;
}

}  // namespace chronicle::extract_internal
