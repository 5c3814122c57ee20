// extract/internal/line_features.h: what a line of scraped text looks like.
//
// The text extractor decides line by line whether scraped plain text is
// article or boilerplate. This file holds the cheap, context-free evidence
// for that decision (word counts, final punctuation, capitalisation, script,
// reader address outside quotations) and the cue-phrase lexicons (English,
// German, French, Spanish, Polish, Russian, Italian, Dutch, Portuguese):
// hard cues, appeal and consent vocabulary, end markers, share buttons and
// bylines:
//
//   LineFeatures f = ComputeLineFeatures("Sign up for our free newsletter");
//   f.hard_cue   // true: a call to action
//
// Thread safety: reentrant.
#pragma once

#include <string_view>

namespace chronicle::extract_internal {

enum class Script { kNone, kLatin, kCyrillic, kOther };

struct LineFeatures {
  int words = 0;                  // tokens holding a letter or digit
  int letters = 0;                // letter code points
  bool ends_sentence = false;     // . ! ? or … before closing quotes/brackets
  bool ends_period = false;       // '.' or '…' specifically (not ! or ?)
  bool ends_colon = false;        // ':' (introduces a list or a quotation)
  double title_case = 0;          // capitalised share of the content words
  int reader_address = 0;         // we/our/you/your... outside quotations
  int first_person = 0;           // the we/our/us share of reader_address
  int second_person = 0;          // you/du/vous/tu/Sie... in any of the languages
  int soft_cues = 0;              // appeal and promotion vocabulary hits
  int consent_cues = 0;           // cookie / personal data / consent vocabulary hits
  bool hard_cue = false;          // a boilerplate cue phrase matched
  bool call_to_action = false;    // short imperative ("Support The Times!")
  Script script = Script::kNone;  // majority script of the letters
};

// REQUIRES: `line` is valid UTF-8, trimmed.
LineFeatures ComputeLineFeatures(std::string_view line);

// If `line` is a bare site name marker ("- Sputnik International",
// "| Reuters"), the name; otherwise "".
std::string_view SiteNameMarker(std::string_view line);

// If `line` ends in " - Name" with Name of 1 to 4 capitalised words (an
// agency or site credit after a caption), Name; otherwise "".
std::string_view TrailingCredit(std::string_view line);

enum class EndMarker {
  kNone,
  kEnd,     // comments, post navigation, tags, author box: the article is over
  kWidget,  // related links, "Read more", share bar: may sit inside an article
};

// Whether `line` heads what follows an article: a comment section ("Leave a
// Reply", "12 Comments", "Anna says:"), post navigation ("Next post"), tags
// or an author box (kEnd), or an inline widget: related links ("Related
// posts", "Lesen Sie auch"), a share label (kWidget). English, German,
// French, Spanish, Polish, Russian, Italian, Dutch, Portuguese, Chinese and
// Japanese phrasings.
EndMarker GetEndMarker(std::string_view line);

// Whether `line` is the heading of a box beside an article rather than of
// a section of it ("Weitere Informationen", "Kontakt", "Explore further",
// "Temas relacionados", "Rezept drucken"): further-information, contact,
// source and topic boxes, lists of recommended or latest articles, and
// print/image controls. The HTML extractor drops such a line; scraped text
// does not use it (there a heading may also head the article's own list).
bool IsBoxHeading(std::string_view line);

// Whether `line` asks the reader to follow the site or the author on a
// social network ("Follow us on Twitter @Site", "Have a tip? ... Follow her
// on Twitter", "Síguenos en Telegram", "Folgen Sie uns auf Instagram"): a
// sentence opening with a follow verb that names a network. Lines up to
// 300 bytes.
bool IsFollowPromo(std::string_view line);

// Whether `line` names only a social network or a sharing action
// ("Facebook", "Tweet", "WhatsApp", "E-Mail"): share bars are runs of these.
bool IsShareButton(std::string_view line);

// If `line` is a byline ("By Jane Roe", "Von Max Muster | 3. Mai 2020",
// "Written by Ann Lee and Bo Chen"), the names; otherwise "".
std::string_view BylineAuthor(std::string_view line);

// Trims ASCII whitespace, NBSP and a byte-order mark from both ends.
std::string_view TrimLine(std::string_view line);

}  // namespace chronicle::extract_internal
