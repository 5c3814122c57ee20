// Counting what the dictionaries missed; see chronicle/harvest.h.
#include "chronicle/harvest.h"

#include <algorithm>
#include <string_view>

namespace chronicle {
namespace {

bool IsOneOf(std::string_view w, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

// Words that may stand between a subject and its verb.
bool IsVerbLead(std::string_view w) {
  return IsOneOf(w, {"has", "have", "had", "will", "would", "did", "does", "do", "not", "n't",
                     "also", "was", "were", "is", "are", "been", "be", "could", "should", "may",
                     "might", "must", "can", "reportedly", "then", "later", "again", "already",
                     "to", "just", "never", "recently", "repeatedly", "formally",
                     "publicly", "strongly", "sharply"});
}

// Days and months: capitalised, never a name to code or a verb.
bool IsCalendarWord(std::string_view w) {
  return IsOneOf(w, {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                     "january", "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december", "today", "yesterday",
                     "tomorrow"});
}

// Function words that are never the verb (nor a name on their own).
bool IsFunctionWord(std::string_view w) {
  return IsOneOf(w, {"the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "for", "with",
                     "by", "from", "to", "as", "that", "which", "who", "whose", "this", "these",
                     "those", "it", "its", "he", "she", "they", "his", "her", "their", "said",
                     "says", "say", "told", "according", "after", "before", "during", "while",
                     "when", "where", "if", "than", "into", "over", "about", "against", "also",
                     "not", "no", "all", "some", "other", "more", "most", "new", "first", "last",
                     "there", "here", "what", "because", "since", "under", "between", "without",
                     "mr", "mrs", "ms", "dr", "'s", "-", "--", "—", "–"}) ||
         IsCalendarWord(w);
}

bool IsParticle(std::string_view w) {
  return IsOneOf(w, {"with", "to", "on", "against", "for", "in", "about", "into", "over", "from",
                     "up", "down", "out", "off", "back", "at"});
}

// Inflected or otherwise verb-shaped: "signed", "accuses", "meeting"; after
// an auxiliary any word may be a verb ("will visit").
bool LooksLikeVerb(std::string_view w, bool after_auxiliary) {
  if (w.size() < 3 || IsFunctionWord(w)) return false;
  for (char c : w) {
    if (!((c >= 'a' && c <= 'z') || c == '-')) return false;
  }
  if (after_auxiliary) return true;
  const auto ends = [&](std::string_view s) {
    return w.size() > s.size() + 1 && w.substr(w.size() - s.size()) == s;
  };
  return ends("ed") || (ends("s") && !ends("ss") && !ends("us") && !ends("is"));
}

bool Capitalized(const std::string& word) {
  return !word.empty() && word[0] >= 'A' && word[0] <= 'Z';
}

}  // namespace

const char* HarvestKindName(HarvestKind kind) {
  switch (kind) {
    case HarvestKind::kVerb: return "verb";
    case HarvestKind::kSubject: return "subject";
    case HarvestKind::kName: return "name";
  }
  return "?";
}

void Harvest::Count(HarvestKind kind, const std::string& phrase, bool with_target,
                    const std::string& example) {
  HarvestItem& item = items_[{kind, phrase}];
  if (item.count == 0) {
    item.kind = kind;
    item.phrase = phrase;
    item.example = example;
  }
  ++item.count;
  if (with_target) ++item.with_target;
}

void Harvest::Add(const SentenceExplanation& x) {
  ++sentences_;
  const int n = static_cast<int>(x.tokens.size());
  // Tokens inside a mention (-2) or a matched pattern (-1 for the pattern's
  // span); mention_end[t]: a mention ends just before token t.
  std::vector<char> in_mention(n, 0), in_pattern(n, 0), mention_ends(n + 1, 0);
  for (const auto& a : x.actors) {
    for (int t = a.begin; t < a.end && t < n; ++t) in_mention[t] = 1;
    if (a.end <= n) mention_ends[a.end] = 1;
  }
  for (const auto& p : x.patterns) {
    for (int t = p.first; t < p.end && t < n; ++t) in_pattern[t] = 1;
  }
  const auto actor_after = [&](int from) {
    for (int t = from; t < n; ++t) {
      if (x.tokens[t] == "." || x.tokens[t] == ";") return false;
      if (in_mention[t]) return true;
    }
    return false;
  };
  std::vector<std::pair<HarvestKind, std::string>> seen;  // count once per sentence
  const auto count = [&](HarvestKind kind, std::string phrase, bool with_target) {
    const auto key = std::make_pair(kind, phrase);
    if (std::find(seen.begin(), seen.end(), key) != seen.end()) return;
    seen.push_back(key);
    Count(kind, phrase, with_target, x.sentence);
  };

  // Verbs after a subject mention that no pattern covers.
  for (int end = 1; end <= n; ++end) {
    if (!mention_ends[end]) continue;
    int t = end;
    bool auxiliary = false;
    while (t < n && t < end + 3 && IsVerbLead(x.tokens[t]) && !in_mention[t]) {
      auxiliary = auxiliary || !IsOneOf(x.tokens[t], {"also", "then", "later", "again"});
      ++t;
    }
    if (t >= n || in_mention[t] || in_pattern[t]) continue;
    if (!LooksLikeVerb(x.tokens[t], auxiliary)) continue;
    std::string phrase = x.tokens[t];
    int next = t + 1;
    if (next < n && IsParticle(x.tokens[next]) && !in_pattern[next]) {
      phrase += " " + x.tokens[next];
      ++next;
    }
    count(HarvestKind::kVerb, phrase, actor_after(next));
  }

  // Coded verbs whose source was not found: the words before them.
  for (const auto& p : x.patterns) {
    if (p.outcome != "coded" || !p.source_rule.empty() || p.first == 0) continue;
    int begin = p.first;
    while (begin > 0 && p.first - begin < 4 && !in_mention[begin - 1] &&
           !IsFunctionWord(x.tokens[begin - 1]) && !IsVerbLead(x.tokens[begin - 1]) &&
           x.tokens[begin - 1] != ",") {
      --begin;
    }
    if (begin == p.first) continue;
    std::string phrase;
    for (int t = begin; t < p.first; ++t) phrase += (phrase.empty() ? "" : " ") + x.tokens[t];
    count(HarvestKind::kSubject, phrase, false);
  }

  // Capitalised runs outside mentions; "of"/"for"/"de" may join two.
  for (int t = 0; t < n;) {
    const auto name_word = [&](int k) {
      return k < n && !in_mention[k] && k < static_cast<int>(x.words.size()) &&
             Capitalized(x.words[k]) && !IsFunctionWord(x.tokens[k]);
    };
    if (!name_word(t)) {
      ++t;
      continue;
    }
    int end = t + 1;
    for (;;) {
      if (name_word(end)) {
        ++end;
      } else if (end + 1 < n && IsOneOf(x.tokens[end], {"of", "for", "de", "al"}) &&
                 name_word(end + 1)) {
        end += 2;
      } else {
        break;
      }
    }
    // A lone capitalised word opening the sentence is mostly just that.
    if (!(t == 0 && end == 1)) {
      std::string phrase;
      for (int k = t; k < end; ++k) phrase += (phrase.empty() ? "" : " ") + x.tokens[k];
      count(HarvestKind::kName, phrase, false);
    }
    t = end;
  }
}

void Harvest::Merge(const Harvest& other) {
  sentences_ += other.sentences_;
  for (const auto& [key, item] : other.items_) {
    HarvestItem& mine = items_[key];
    if (mine.count == 0) {
      mine = item;
    } else {
      mine.count += item.count;
      mine.with_target += item.with_target;
    }
  }
}

std::vector<HarvestItem> Harvest::Items(HarvestKind kind, int min_count) const {
  std::vector<HarvestItem> out;
  for (const auto& [key, item] : items_) {
    if (key.first == kind && item.count >= min_count) out.push_back(item);
  }
  std::stable_sort(out.begin(), out.end(), [](const HarvestItem& a, const HarvestItem& b) {
    return a.count > b.count;
  });
  return out;
}

}  // namespace chronicle
