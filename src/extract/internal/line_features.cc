// Line features for scraped-text boilerplate removal.
//
// Lines are scanned once, code point by code point, into tokens. Quotation
// state (ASCII '"' toggles, curly and guillemet quotes nest) is tracked so
// that "we"/"you" inside a quoted statement do not count as the outlet
// addressing its readers. Cue phrases are matched on an ASCII-lowercased copy
// at word boundaries. The lexicons below are general English web boilerplate
// vocabulary, not strings of any particular site.
#include "extract/internal/line_features.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "base/utf8.h"

namespace chronicle::extract_internal {
namespace {

enum class Where { kLine, kStart, kAnywhere, kEnd };

struct Cue {
  std::string_view phrase;  // lowercase
  Where where;
  int max_words;  // the cue counts only on lines this short (0: any length)
};

// ---------------------------------------------------------------------------
// HARD CUES: a line holding one of these is page furniture, not article text.
// Single common words are restricted to short lines (max_words) so that an
// article sentence using them ("did not subscribe to the plan") survives.
// ---------------------------------------------------------------------------
constexpr Cue kHardCues[] = {
    // Site chrome and navigation.
    {"accessibility links", Where::kAnywhere, 6},
    {"skip to", Where::kStart, 8},
    {"breaking news", Where::kLine, 0},
    {"top stories", Where::kLine, 0},
    {"most read", Where::kStart, 4},
    {"most popular", Where::kStart, 4},
    {"back to top", Where::kAnywhere, 6},
    {"get the latest", Where::kStart, 0},
    {"all rights reserved", Where::kAnywhere, 0},
    {"terms of use", Where::kAnywhere, 20},
    {"terms of service", Where::kAnywhere, 20},
    {"privacy policy", Where::kAnywhere, 0},
    {"cookie", Where::kAnywhere, 25},
    {"cookies", Where::kAnywhere, 25},
    {"advertisement", Where::kLine, 0},
    {"advert", Where::kLine, 0},
    {"iklan", Where::kLine, 0},  // Indonesian/Malay "advertisement"
    {"caption", Where::kLine, 0},
    {"close", Where::kLine, 0},
    {"topics", Where::kLine, 0},
    {"back to gallery", Where::kLine, 0},
    {"this slideshow requires javascript", Where::kStart, 0},
    {"don't miss", Where::kLine, 0},
    {"don\xe2\x80\x99t miss", Where::kLine, 0},
    {"trending news", Where::kLine, 0},
    {"popular on", Where::kStart, 5},
    {"in this story", Where::kEnd, 5},  // "People in this Story" entity boxes
    {"in the story", Where::kEnd, 5},
    {"tell us what you think", Where::kStart, 8},
    // Paywall prompts.
    {"to read the full story", Where::kStart, 0},
    {"to read the full article", Where::kStart, 0},
    {"unlock this article", Where::kAnywhere, 10},
    {"pour lire la suite", Where::kStart, 0},
    // Reading-time labels ("5 min read", "Tempo de leitura: 2 minutos").
    {"min read", Where::kEnd, 4},
    {"minute read", Where::kEnd, 4},
    {"reading time", Where::kStart, 6},
    {"lesezeit", Where::kStart, 6},
    {"temps de lecture", Where::kStart, 6},
    {"tiempo de lectura", Where::kStart, 6},
    {"tempo de leitura", Where::kStart, 6},
    {"sponsored", Where::kStart, 4},
    // Calls to action: newsletters, accounts, sharing, donations.
    {"newsletter", Where::kAnywhere, 0},
    {"sign up", Where::kAnywhere, 15},
    {"sign in", Where::kAnywhere, 10},
    {"log in", Where::kAnywhere, 10},
    {"login", Where::kAnywhere, 6},
    {"register", Where::kLine, 0},
    {"subscribe", Where::kStart, 15},
    {"stay up to date", Where::kAnywhere, 12},
    {"subscription", Where::kAnywhere, 15},
    {"image credit", Where::kAnywhere, 0},
    {"photo credit", Where::kAnywhere, 0},
    {"credit:", Where::kAnywhere, 60},
    {"credits:", Where::kAnywhere, 60},
    {"image", Where::kStart, 4},
    {"subject to copyright", Where::kAnywhere, 0},
    {"share it with", Where::kAnywhere, 12},
    {"like this story", Where::kStart, 12},
    {"table of contents", Where::kLine, 0},
    {"contents", Where::kLine, 0},
    {"inhaltsverzeichnis", Where::kLine, 0},
    {"inhalt", Where::kLine, 0},
    {"sommaire", Where::kLine, 0},
    {"spis treści", Where::kLine, 0},
    {"índice", Where::kLine, 0},
    {"содержание", Where::kLine, 0},
    {"gefällt ihnen", Where::kStart, 10},
    {"gefällt dir", Where::kStart, 10},
    {"hat ihnen", Where::kStart, 10},
    {"teilen sie", Where::kStart, 6},
    {"empfiehl", Where::kStart, 8},
    {"kostenlos anmelden", Where::kAnywhere, 8},
    {"jetzt anmelden", Where::kAnywhere, 8},
    {"schon gelesen", Where::kLine, 0},
    {"drucken etc", Where::kLine, 0},
    {"empfohlener redaktioneller inhalt", Where::kAnywhere, 0},
    {"informate más", Where::kLine, 0},
    {"read later", Where::kLine, 0},
    {"save for later", Where::kLine, 0},
    {"bookmark", Where::kLine, 0},
    {"copied", Where::kLine, 0},
    {"copy link", Where::kLine, 0},
    {"print", Where::kLine, 0},
    {"email", Where::kLine, 0},
    {"e-mail", Where::kLine, 0},
    {"merken", Where::kLine, 0},
    {"drucken", Where::kLine, 0},
    {"teilen", Where::kLine, 0},
    {"imprimer", Where::kLine, 0},
    {"stay informed", Where::kAnywhere, 12},
    {"stay tuned", Where::kAnywhere, 12},
    {"share your thoughts", Where::kAnywhere, 12},
    {"captcha", Where::kAnywhere, 20},
    {"hier klicken", Where::kAnywhere, 10},
    {"subscribers", Where::kStart, 8},
    {"unsubscribe", Where::kAnywhere, 0},
    {"click here", Where::kAnywhere, 0},
    // "Click the image above and see ...": invitations to follow a picture
    // or a link, in Portuguese, French, Spanish, Italian and German too.
    // Instructions ("Click Start, then ...") are article text and stay.
    {"click on the image", Where::kStart, 40},
    {"click the image", Where::kStart, 40},
    {"click on the photo", Where::kStart, 40},
    {"click the photo", Where::kStart, 40},
    {"clique na imagem", Where::kStart, 40},
    {"clique na foto", Where::kStart, 40},
    {"clique e", Where::kStart, 40},
    {"clique aqui", Where::kAnywhere, 30},
    {"cliquez ici", Where::kAnywhere, 30},
    {"cliquez sur l'image", Where::kStart, 40},
    {"cliquez sur la photo", Where::kStart, 40},
    {"haga clic aquí", Where::kAnywhere, 30},
    {"haz clic aquí", Where::kAnywhere, 30},
    {"pincha aquí", Where::kAnywhere, 30},
    {"haga clic en la imagen", Where::kStart, 40},
    {"clicca qui", Where::kAnywhere, 30},
    {"clicca sull'immagine", Where::kStart, 40},
    {"klicke hier", Where::kAnywhere, 30},
    {"zum vergrößern", Where::kAnywhere, 30},
    {"click to enlarge", Where::kAnywhere, 30},
    {"to find out more", Where::kStart, 10},
    {"read more", Where::kStart, 8},
    {"read also", Where::kStart, 0},
    {"see also", Where::kStart, 0},
    {"related:", Where::kStart, 0},
    {"share this", Where::kStart, 0},
    {"share on", Where::kStart, 8},
    {"follow us", Where::kStart, 0},
    {"donate", Where::kAnywhere, 12},
    {"support us", Where::kAnywhere, 25},
    {"not ready to", Where::kStart, 10},
    {"remind me", Where::kAnywhere, 6},
    {"dear reader", Where::kStart, 4},
    {"dear readers", Where::kStart, 4},
    {"a message from", Where::kStart, 10},
    {"payment methods", Where::kLine, 0},
    // A shop's affiliate notice: "Für Links auf dieser Seite erhält ... ggf.
    // eine Provision vom Händler".
    {"provision vom", Where::kAnywhere, 40},
    // Feedback widgets: "Was this article helpful?", "War der Artikel
    // nützlich?".
    {"was this article helpful", Where::kStart, 10},
    {"was this helpful", Where::kStart, 8},
    {"did you find this article", Where::kStart, 12},
    {"war der artikel", Where::kStart, 8},
    {"war dieser artikel", Where::kStart, 8},
    {"fanden sie diesen artikel", Where::kStart, 10},
    {"hat dir der artikel", Where::kStart, 10},
    {"dir hat der artikel", Where::kStart, 10},
    {"artikel gefallen", Where::kStart, 10},
    {"wie gefällt ihnen", Where::kStart, 10},
    {"wie gefällt dir", Where::kStart, 10},
    {"möchten sie den artikel", Where::kStart, 10},
    {"cet article vous a", Where::kStart, 12},
    {"¿te ha gustado", Where::kStart, 12},
    {"te ha gustado", Where::kStart, 12},
    {"¿te gustó", Where::kStart, 12},
    {"give us feedback", Where::kAnywhere, 15},
    // The outlet inviting its readers along.
    {"join our", Where::kStart, 40},
    {"subscribe to our", Where::kAnywhere, 40},
    {"follow us on", Where::kAnywhere, 40},
    {"we'd like to hear", Where::kAnywhere, 40},
    {"we would like to hear", Where::kAnywhere, 40},
    // Paywalls and sponsored-post notices.
    {"lesen sie weiter", Where::kAnywhere, 12},
    {"enthält werbung", Where::kAnywhere, 20},
    {"titelbild", Where::kStart, 12},
    {"beitragsbild", Where::kStart, 12},
    {"únete", Where::kAnywhere, 30},
    // Comment forms and their rules.
    {"comments are moderated", Where::kAnywhere, 40},
    {"email addresses will not be published", Where::kAnywhere, 40},
    {"your email address will not be published", Where::kAnywhere, 40},
    {"sich einloggen", Where::kAnywhere, 20},
    {"um kommentieren zu können", Where::kAnywhere, 25},
    {"para comentar", Where::kStart, 20},
    {"pour commenter", Where::kStart, 20},
    {"to comment", Where::kStart, 20},
    {"kommentieren sie", Where::kStart, 8},
    {"wird nicht veröffentlicht", Where::kAnywhere, 25},
    {"ne sera pas publiée", Where::kAnywhere, 25},
    {"no será publicada", Where::kAnywhere, 25},
    // Media players.
    {"watch:", Where::kStart, 0},
    {"video:", Where::kStart, 0},
    {"listen:", Where::kStart, 0},
    {"please wait", Where::kLine, 0},
    {"loading", Where::kLine, 0},
    {"no media source", Where::kAnywhere, 0},
    {"play video", Where::kAnywhere, 8},
    // Comment widgets.
    {"to participate in the discussion", Where::kStart, 0},
    {"leave a comment", Where::kAnywhere, 10},
    {"comments", Where::kLine, 0},
    // Photo credits, captions, wire credits.
    {"photo by", Where::kStart, 10},
    {"photo:", Where::kStart, 0},
    {"photos:", Where::kStart, 0},
    {"photograph:", Where::kStart, 0},
    {"image:", Where::kStart, 0},
    {"file photo", Where::kAnywhere, 0},
    // Picture agencies and archives named alone on a credit line.
    {"getty images", Where::kAnywhere, 10},
    {"istock", Where::kAnywhere, 8},
    {"shutterstock", Where::kAnywhere, 8},
    {"ap photo", Where::kAnywhere, 12},
    {"afp photo", Where::kAnywhere, 12},
    {"личный архив", Where::kAnywhere, 8},  // Russian: "personal archive"
    {"фото:", Where::kStart, 0},
    {"\xc2\xa9", Where::kAnywhere, 40},  // the copyright sign
    {"(c)", Where::kStart, 12},
    {"copyright", Where::kStart, 0},
    {"image", Where::kEnd, 4},
    {"is pictured", Where::kAnywhere, 60},
    {"are pictured", Where::kAnywhere, 60},
    {"based on reporting by", Where::kStart, 0},
    {"with reporting by", Where::kStart, 0},
    {"reporting by", Where::kStart, 20},
    {"additional reporting", Where::kStart, 0},
    {"editing by", Where::kStart, 20},
    {"compiled by", Where::kStart, 20},
    {"and agencies", Where::kEnd, 6},
    {"with agencies", Where::kEnd, 6},
    {"contributed to this report", Where::kEnd, 0},
    // The same furniture in German, French, Spanish, Polish, Russian,
    // Italian, Dutch and Portuguese.
    {"alle rechte vorbehalten", Where::kAnywhere, 0},
    {"tous droits réservés", Where::kAnywhere, 0},
    {"todos los derechos reservados", Where::kAnywhere, 0},
    {"wszelkie prawa zastrzeżone", Where::kAnywhere, 0},
    {"все права защищены", Where::kAnywhere, 0},
    {"tutti i diritti riservati", Where::kAnywhere, 0},
    {"alle rechten voorbehouden", Where::kAnywhere, 0},
    {"todos os direitos reservados", Where::kAnywhere, 0},
    {"impressum", Where::kLine, 0},
    {"datenschutz", Where::kLine, 0},
    {"datenschutzerklärung", Where::kAnywhere, 20},
    {"nutzungsbedingungen", Where::kAnywhere, 20},
    {"mentions légales", Where::kAnywhere, 10},
    {"politique de confidentialité", Where::kAnywhere, 20},
    {"aviso legal", Where::kAnywhere, 10},
    {"política de privacidad", Where::kAnywhere, 20},
    {"polityka prywatności", Where::kAnywhere, 20},
    {"политика конфиденциальности", Where::kAnywhere, 20},
    {"anmelden", Where::kLine, 0},
    {"abmelden", Where::kLine, 0},
    {"einloggen", Where::kLine, 0},
    {"registrieren", Where::kLine, 0},
    {"jetzt abonnieren", Where::kAnywhere, 12},
    {"abonnieren", Where::kStart, 8},
    {"pflichtfeld", Where::kAnywhere, 25},
    {"pflichtfelder", Where::kAnywhere, 25},
    {"passwort", Where::kAnywhere, 10},
    {"e-mail-adresse", Where::kAnywhere, 25},
    {"mehr erfahren", Where::kLine, 0},
    {"weiterlesen", Where::kAnywhere, 6},
    {"mehr lesen", Where::kLine, 0},
    {"nach oben", Where::kLine, 0},
    {"zurück", Where::kLine, 0},
    {"anzeige", Where::kLine, 0},
    {"werbung", Where::kLine, 0},
    {"foto:", Where::kStart, 0},
    {"fotos:", Where::kStart, 0},
    {"bild:", Where::kStart, 0},
    {"quelle:", Where::kStart, 15},
    {"se connecter", Where::kAnywhere, 8},
    {"s'inscrire", Where::kAnywhere, 8},
    {"inscrivez-vous", Where::kAnywhere, 15},
    {"abonnez-vous", Where::kAnywhere, 15},
    {"lire la suite", Where::kAnywhere, 8},
    {"en savoir plus", Where::kAnywhere, 8},
    {"publicité", Where::kLine, 0},
    {"crédit photo", Where::kStart, 0},
    {"iniciar sesión", Where::kAnywhere, 8},
    {"suscríbete", Where::kAnywhere, 15},
    {"regístrate", Where::kAnywhere, 10},
    {"leer más", Where::kAnywhere, 8},
    {"seguir leyendo", Where::kAnywhere, 8},
    {"publicidad", Where::kLine, 0},
    {"zaloguj", Where::kAnywhere, 8},
    {"zarejestruj", Where::kAnywhere, 8},
    {"czytaj więcej", Where::kAnywhere, 8},
    {"reklama", Where::kLine, 0},
    {"подписаться", Where::kAnywhere, 10},
    {"читать далее", Where::kAnywhere, 8},
    {"реклама", Where::kLine, 0},
    {"войти", Where::kLine, 0},
    {"регистрация", Where::kLine, 0},
    {"leggi tutto", Where::kAnywhere, 8},
    {"iscriviti", Where::kAnywhere, 12},
    {"lees meer", Where::kAnywhere, 8},
    {"leia mais", Where::kAnywhere, 8},
};

// ---------------------------------------------------------------------------
// SOFT CUES: vocabulary of donation appeals, outlet self-description and
// promotion. Matched as word stems; one hit means nothing, a dense cluster
// together with reader address marks an appeal paragraph.
// ---------------------------------------------------------------------------
constexpr std::string_view kSoftStems[] = {
    "support",
    "contribut",
    "donat",
    "journalis",
    "reader",
    "subscri",
    "newsletter",
    "independent",
    "uncensored",
    "mailbox",
    "inbox",
    "sponsor",
    "advertis",
    "preview",
    "premium",
    "membership",
    "paywall",
    "thank",
    // German, French, Spanish, Polish.
    "unterstütz",
    "spende",
    "abonn",
    "leser",
    "bezahl",
    "werbung",
    "soutien",
    "souten",
    "lecteur",
    "lectrice",
    "apoy",
    "suscri",
    "lector",
    "periodis",
    "donaci",
    "wspar",
    "wspier",
    "subskryp",
    "zapraszam",
    "prenumer",
    "czytelni",
    "dziennikar",
};

// CONSENT CUES: the vocabulary of cookie and data-processing dialogs, which
// are long and sentence-like. Dense use marks the dialog, not an article.
constexpr std::string_view kConsentStems[] = {
    "cookie",       "consent",         "gdpr",        "tracking",       "datenschutz",
    "einwilligung", "personenbezogen", "endgerät",    "dsgvo",          "speicherdauer",
    "widerruf",     "consentement",    "traceurs",    "consentimiento", "privacidad",
    "prywatnoś",    "privacy",         "third-party", "drittanbieter",
};
// ComputeLineFeatures searches only words of four bytes or more.
static_assert(std::ranges::all_of(kConsentStems,
                                  [](std::string_view s) { return s.size() >= 4; }));

// First/second person: the outlet talking to its readers. The outlet says
// "we"; a blogger's "me" and "my" tell nothing about appeals.
constexpr std::string_view kReaderAddress[] = {
    "we",       "our",   "ours",  "ourselves", "you",    "your",   "yours",
    "yourself", "we're", "we've", "we'll",     "you're", "you've", "you'll",
};
constexpr std::string_view kSecondPerson[] = {
    "you", "your", "yours", "yourself", "you're", "you've", "you'll", "du",    "dich",
    "dir", "dein", "deine", "euch",     "euer",   "eure",   "vous",   "votre", "vos",
    "tu",  "tus",  "usted", "ustedes",  "wy",     "wasz",   "twój",   "tú",
};

constexpr std::string_view kFormalAddress[] = {"Sie", "Ihnen", "Ihr", "Ihre", "Ihren"};

// An author box: "Jane Roe is a senior writer at ...", "Max Muster ist
// Redakteur ...". Role nouns, matched as stems.
constexpr std::string_view kCopulas[] = {"is", "ist", "est", "es", "jest", "è"};
constexpr std::string_view kDeterminers[] = {
    "this", "that", "his", "her",  "their", "its", "der", "die", "das",
    "le",   "la",   "les", "el",   "los",   "las", "il",  "lo",  "het",
    "de",   "een",  "ein", "eine", "un",    "une", "una",
};
constexpr std::string_view kRoleStems[] = {
    "writer",        "reporter",    "editor",       "journalist", "correspondent",
    "columnist",     "contributor", "redakteur",    "autor",      "author",
    "korrespondent", "rédact",      "periodista",   "redactor",   "dziennikar",
    "redaktor",      "blogger",     "photographer",
};

// Imperative verbs that open a call to action.
constexpr std::string_view kCtaVerbs[] = {
    "support",    "subscribe", "donate", "follow",  "join",   "sign",  "share",
    "download",   "get",       "read",   "watch",   "listen", "click", "register",
    "contribute", "remind",    "help",   "install", "try",
};
// Words that follow a call-to-action verb ("Support THE ...", "Sign UP").
constexpr std::string_view kCtaObjects[] = {
    "the", "our", "us",   "me",   "my",    "your", "this", "up",
    "in",  "now", "more", "here", "today", "to",   "free", "independent",
};

// Function words ignored by the title-case ratio.
constexpr std::string_view kFunctionWords[] = {
    "a",   "an",   "the",  "of", "in", "on", "at",  "to",   "for",  "and", "or",
    "but", "with", "from", "by", "as", "vs", "via", "into", "over", "is",  "are",
};

template <size_t N>
bool Contains(const std::string_view (&list)[N], std::string_view w) {
  for (std::string_view x : list) {
    if (x == w) return true;
  }
  return false;
}

bool IsSpaceCp(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
         c == 0xA0 || c == 0xFEFF || (c >= 0x2000 && c <= 0x200B) || c == 0x3000;
}

bool IsWordCp(char32_t c) {
  if (c < 0x80) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
  return c >= 0xC0 && c != 0xD7 && c != 0xF7 && !(c >= 0x2000 && c <= 0x2BFF) &&
         !(c >= 0x3000 && c <= 0x303F) && c != 0xFEFF && c != 0xFFFD;
}

// Han, kana: scripts written without spaces between words.
bool IsUnspacedCp(char32_t c) {
  return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF);
}

bool IsLetterCp(char32_t c) { return IsWordCp(c) && !(c >= '0' && c <= '9'); }

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

// Whether `cue` occurs in `lower` (a lowercased line) where the cue wants.
bool CueMatches(std::string_view lower, const Cue& cue) {
  const std::string_view p = cue.phrase;
  auto boundary_ok = [&](size_t at) {
    const bool word_start = IsAsciiAlnum(p.front());
    const bool word_end = IsAsciiAlnum(p.back());
    if (word_start && at > 0 && IsAsciiAlnum(lower[at - 1])) return false;
    const size_t e = at + p.size();
    if (word_end && e < lower.size() && IsAsciiAlnum(lower[e])) return false;
    return true;
  };
  switch (cue.where) {
    case Where::kLine: {
      std::string_view l = lower;
      for (;;) {  // trailing ASCII punctuation, » › …
        if (!l.empty() && !IsAsciiAlnum(l.back()) &&
            static_cast<unsigned char>(l.back()) < 0x80) {
          l.remove_suffix(1);
        } else if (l.ends_with("\xc2\xbb")) {
          l.remove_suffix(2);
        } else if (l.ends_with("\xe2\x80\xba") || l.ends_with("\xe2\x80\xa6")) {
          l.remove_suffix(3);
        } else {
          break;
        }
      }
      return l == p;
    }
    case Where::kStart:
      return lower.substr(0, p.size()) == p && boundary_ok(0);
    case Where::kEnd: {
      std::string_view l = lower;
      while (!l.empty() && (l.back() == '.' || l.back() == ' ')) l.remove_suffix(1);
      return l.size() >= p.size() && l.substr(l.size() - p.size()) == p &&
             boundary_ok(l.size() - p.size());
    }
    case Where::kAnywhere:
      for (size_t at = lower.find(p); at != std::string_view::npos;
           at = lower.find(p, at + 1)) {
        if (boundary_ok(at)) return true;
      }
      return false;
  }
  return false;
}

// Strips leading bullets and dashes so "• Read more" starts with "read".
std::string_view StripBullets(std::string_view s) {
  for (;;) {
    if (!s.empty() &&
        (s[0] == '-' || s[0] == '*' || s[0] == '|' || s[0] == '>' || s[0] == ' ')) {
      s.remove_prefix(1);
    } else if (s.substr(0, 3) == "\xe2\x80\xa2" || s.substr(0, 3) == "\xe2\x80\x94" ||
               s.substr(0, 3) == "\xe2\x80\x93") {
      s.remove_prefix(3);  // bullet, em dash, en dash
    } else if (s.substr(0, 2) == "\xc2\xb7") {
      s.remove_prefix(2);  // middle dot
    } else {
      return s;
    }
  }
}

// ---------------------------------------------------------------------------
// END MARKERS: headings of what follows an article on a page. The whole
// line (lowercased, counts and trailing punctuation stripped) must equal a
// phrase, or start with a kStart phrase on a short line.
// ---------------------------------------------------------------------------
// Strong: nothing of the article follows (comments, post navigation, tags,
// author box).
constexpr std::string_view kEndLines[] = {
    // Comments.
    "comments",
    "comment",
    "leave a reply",
    "leave a comment",
    "post a comment",
    "add a comment",
    "add comment",
    "write a comment",
    "join the discussion",
    "discussion",
    "reader comments",
    "show comments",
    "view comments",
    "comments are closed",
    "kommentare",
    "kommentar",
    "kommentar schreiben",
    "schreibe einen kommentar",
    "hinterlasse einen kommentar",
    "einen kommentar schreiben",
    "leserkommentare",
    "commentaires",
    "commentaire",
    "laisser un commentaire",
    "ajouter un commentaire",
    "laisser une réponse",
    "komentarze",
    "komentarz",
    "dodaj komentarz",
    "skomentuj",
    "comentarios",
    "comentario",
    "deja un comentario",
    "deja una respuesta",
    "dejar un comentario",
    "комментарии",
    "комментарий",
    "добавить комментарий",
    "оставить комментарий",
    "commenti",
    "lascia un commento",
    "lascia un commento",
    "reacties",
    "reactie",
    "kommentarer",
    "comentários",
    "deixe um comentário",
    "コメント",
    "评论",
    "評論",
    "留言",
    // Post navigation, tags, author box.
    "previous post",
    "next post",
    "older post",
    "newer post",
    "previous article",
    "next article",
    "post navigation",
    "vorheriger beitrag",
    "nächster beitrag",
    "article précédent",
    "article suivant",
    "poprzedni wpis",
    "następny wpis",
    "entrada anterior",
    "siguiente entrada",
    "предыдущая запись",
    "следующая запись",
    "about the author",
    "über den autor",
    "à propos de l'auteur",
    "o autorze",
    "sobre el autor",
    "об авторе",
    "tags",
    "tagged",
    "schlagwörter",
    "étiquettes",
    "tagi",
    "etiquetas",
    "теги",
    "метки",
};
// Weak: inline widgets that also interrupt an article (related links,
// share bars).
constexpr std::string_view kWidgetLines[] = {
    // Related content.
    "related",
    "related posts",
    "related articles",
    "related stories",
    "related content",
    "related news",
    "related topics",
    "related links",
    "you may also like",
    "you might also like",
    "you may be interested in",
    "recommended",
    "recommended for you",
    "recommended stories",
    "also read",
    "read next",
    "read more",
    "more stories",
    "more news",
    "popular posts",
    "most popular",
    "most read",
    "trending",
    "latest news",
    "recent posts",
    "similar posts",
    "ähnliche beiträge",
    "ähnliche artikel",
    "verwandte artikel",
    "verwandte beiträge",
    "das könnte sie auch interessieren",
    "das könnte dich auch interessieren",
    "mehr zum thema",
    "weitere artikel",
    "lesen sie auch",
    "auch interessant",
    "neueste beiträge",
    "articles similaires",
    "articles liés",
    "à lire aussi",
    "a lire aussi",
    "lire aussi",
    "sur le même sujet",
    "vous aimerez aussi",
    "articles récents",
    "podobne wpisy",
    "podobne artykuły",
    "zobacz też",
    "zobacz także",
    "czytaj także",
    "czytaj też",
    "polecane",
    "artículos relacionados",
    "noticias relacionadas",
    "entradas relacionadas",
    "te puede interesar",
    "también te puede interesar",
    "похожие статьи",
    "похожие записи",
    "похожие новости",
    "читайте также",
    "смотрите также",
    "articoli correlati",
    "leggi anche",
    "gerelateerde artikelen",
    "lees ook",
    "artigos relacionados",
    "leia também",
    "você pode gostar",
    "você também pode gostar",
    "veja também",
    "leia mais",
    "ti potrebbe interessare",
    "potrebbe interessarti",
    "le puede interesar",
    "te podría interesar",
    "related coverage",
    "more on this story",
    "lies auch",
    "redaktionstipp",
    "unsere lesetipps",
    "lesetipps",
    "weitere beiträge",
    "weitere meldungen",
    "weitere nachrichten",
    "ähnliche nachrichten",
    "beliebte beiträge",
    "à voir aussi",
    "lire également",
    "à lire également",
    "関連記事",
    "相关文章",
    "相关阅读",
    "推荐阅读",
    // Share bars.
    "share",
    "share this",
    "share this:",
    "share this article",
    "share this post",
    "share this story",
    "like this",
    "teilen",
    "diesen beitrag teilen",
    "artikel teilen",
    "jetzt teilen",
    "partager",
    "partager cet article",
    "compartir",
    "compartir esto",
    "udostępnij",
    "podziel się",
    "поделиться",
    "condividi",
    "delen",
};
constexpr std::string_view kEndStarts[] = {
    "leave a reply",
    "leave a comment",
    "comments are closed",
    "responses to",
    "thoughts on",
    "replies to",
    "comments on",
    "comments to",
    "kommentare zu",
    "gedanken zu",
    "réponses à",
    "commentaires sur",
    "comentarios en",
    "odpowiedzi na",
    "filed under",
    "posted in",
    "tags:",
    "tagged:",
    "tagged with",
    "categories:",
    "kategorien:",
    "catégories :",
    "schlagwörter:",
    "über den autor",
    "über die autorin",
    "about the author",
    "sobre o autor",
    "schlagworte",
    "beitrags-navigation",
};
constexpr std::string_view kWidgetStarts[] = {
    "share this",
    "share on",
    "related:",
    "see also",
    "more from",
    "more in",
    "you may also",
    "you might also",
    "read more:",
    "read also",
    "lesen sie auch",
    "lire aussi",
    "à lire aussi",
    "a lire aussi",
    "lea también",
    "lee también",
    "czytaj też",
    "czytaj także",
    "zobacz też",
    "zobacz także",
    "leia também",
    "leggi anche",
    "читайте также",
    "mehr zum thema",
    "siehe auch",
    "voir aussi",
    "ver también",
    "lea:",
    "lee:",
    "read:",
    "lesen sie:",
    "lire :",
    "lire:",
    "teile diesen beitrag",
    "dowiedz się więcej",
    "przeczytaj też",
    "przeczytaj także",
    "zobacz również",
    "puedes ver",
    "lea más",
    "lee más",
    "mira también",
    "te recomendamos",
    "vea también",
    "veja também",
    "lies auch",
    "weitere beiträge",
    "weitere meldungen",
    "weitere artikel",
    "lesen sie diesen artikel",
    "lesen sie hier",

    "mehr dazu",
    "plus d'infos",
    "подробнее",
    "diesen beitrag teilen",
    "artikel teilen",
    "jetzt teilen",
    "partagez",
};
// Anywhere in a short line: "Das Thema könnte dich auch interessieren:".
constexpr std::string_view kWidgetInfixes[] = {
    "auch interessieren",
    "also be interested",
    "might also like",
    "may also like",
    "pourrait vous intéresser",
    "pourraient vous intéresser",
    "te puede interesar",
    "może cię zainteresować",
    "może zainteresować",
    "auch gefallen",
    "pode gostar",
    "potrebbe interessar",
    "podría interesar",
};

// Start phrases count on lines this short: "Posted in Politics, World";
// "Lesen Sie auch: <a headline>" runs as long as the headline.
constexpr int kMaxEndLeadWords = 12;
constexpr int kMaxWidgetLeadWords = 25;

constexpr std::string_view kShareButtons[] = {
    "facebook",  "twitter",   "linkedin", "pinterest",   "whatsapp",      "telegram",
    "reddit",    "email",     "e-mail",   "mail",        "print",         "drucken",
    "imprimer",  "tweet",     "share",    "teilen",      "partager",      "compartir",
    "xing",      "tumblr",    "vk",       "vkontakte",   "odnoklassniki", "pocket",
    "flipboard", "messenger", "skype",    "sms",         "copy link",     "link kopieren",
    "instagram", "youtube",   "google+",  "stumbleupon", "digg",          "weibo",
    "wechat",    "line",
};

// Month names that open a date after a byline's names ("by Ines October
// 3"): English, German, French, Spanish, Italian, Portuguese.
constexpr std::string_view kMonthNames[] = {
    "january",   "february",  "march",     "april",      "may",      "june",
    "july",      "august",    "september", "october",    "november", "december",
    "jan",       "feb",       "mar",       "apr",        "jun",      "jul",
    "aug",       "sep",       "sept",      "oct",        "nov",      "dec",
    "januar",    "februar",   "märz",      "juni",       "juli",     "oktober",
    "dezember",  "janvier",   "février",   "mars",       "avril",    "mai",
    "juin",      "juillet",   "août",      "septembre",  "octobre",  "novembre",
    "décembre",  "enero",     "febrero",   "marzo",      "abril",    "mayo",
    "junio",     "julio",     "agosto",    "septiembre", "octubre",  "noviembre",
    "diciembre", "gennaio",   "febbraio",  "aprile",     "maggio",   "giugno",
    "luglio",    "settembre", "ottobre",   "dicembre",   "janeiro",  "fevereiro",
    "março",     "maio",      "junho",     "julho",      "setembro", "outubro",
    "novembro",  "dezembro",
};

// Subjects that make "He said:" a quotation's introduction.
constexpr std::string_view kPronouns[] = {"he",   "she", "they", "it",   "we",  "i",
                                          "er",   "sie", "il",   "elle", "ils", "on",
                                          "ella", "él",  "on",   "ona"};

// Lowercases ASCII, Latin-1 and Cyrillic capitals, the letters the end
// marker phrases use.
std::string SimpleLower(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    int len = 1;
    char32_t c = DecodeUtf8(s, i, &len);
    if (c >= 'A' && c <= 'Z') {
      c += 32;
    } else if ((c >= 0xC0 && c <= 0xDE && c != 0xD7) || (c >= 0x410 && c <= 0x42F)) {
      c += 32;
    } else if (c >= 0x400 && c <= 0x40F) {
      c += 80;
    } else if (c >= 0x139 && c <= 0x148) {
      if (c % 2 == 1) c += 1;  // Latin Extended-A pairs Ĺ..Ň start odd
    } else if (c >= 0x100 && c <= 0x177 && c % 2 == 0 && c != 0x130 && c != 0x138) {
      c += 1;  // the other Latin Extended-A pairs start even
    }
    AppendUtf8(c, &out);
    i += len;
  }
  return out;
}

// The line reduced to its words: lowercased, bullets, counts, brackets and
// trailing punctuation removed ("12 Comments »" -> "comments").
std::string MarkerKey(std::string_view line) {
  std::string s = SimpleLower(TrimLine(StripBullets(line)));
  size_t b = 0;
  while (b < s.size() &&
         (s[b] == ' ' || s[b] == '(' || s[b] == '[' || (s[b] >= '0' && s[b] <= '9'))) {
    ++b;
  }
  size_t e = s.size();
  for (;;) {
    if (e > b &&
        (s[e - 1] == ' ' || s[e - 1] == ':' || s[e - 1] == '.' || s[e - 1] == ')' ||
         s[e - 1] == '(' || s[e - 1] == ']' || s[e - 1] == '[' || s[e - 1] == '!' ||
         s[e - 1] == '>' || (s[e - 1] >= '0' && s[e - 1] <= '9'))) {
      --e;
    } else if (e >= b + 2 && (std::string_view(s).substr(e - 2, 2) == "\xc2\xbb" ||
                              std::string_view(s).substr(e - 2, 2) == "\xc2\xa0")) {
      e -= 2;  // » and NBSP
    } else if (e >= b + 3 && (std::string_view(s).substr(e - 3, 3) == "\xe2\x80\xa6" ||
                              std::string_view(s).substr(e - 3, 3) == "\xe2\x80\xba" ||
                              std::string_view(s).substr(e - 3, 3) == "\xef\xbc\x9a")) {
      e -= 3;  // › and fullwidth colon
    } else {
      break;
    }
  }
  return s.substr(b, e - b);
}

struct Token {
  std::string text;  // word characters and inner punctuation, ’ folded to '
  bool quoted = false;
};

}  // namespace

std::string_view TrimLine(std::string_view s) {
  auto space_at = [&](size_t i) -> int {  // byte length of a space at i, or 0
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v')
      return 1;
    if (s.substr(i, 2) == "\xc2\xa0") return 2;
    if (s.substr(i, 3) == "\xef\xbb\xbf") return 3;
    return 0;
  };
  while (!s.empty() && space_at(0) > 0) s.remove_prefix(space_at(0));
  for (;;) {
    if (!s.empty() && space_at(s.size() - 1) == 1) {
      s.remove_suffix(1);
    } else if (s.size() >= 2 && s.substr(s.size() - 2) == "\xc2\xa0") {
      s.remove_suffix(2);
    } else if (s.size() >= 3 && s.substr(s.size() - 3) == "\xef\xbb\xbf") {
      s.remove_suffix(3);
    } else {
      return s;
    }
  }
}

LineFeatures ComputeLineFeatures(std::string_view line) {
  LineFeatures f;
  std::vector<Token> tokens;
  Token cur;
  bool dq = false;  // inside ASCII double quotes
  int curly = 0;    // nesting of “ ” and « »
  int latin = 0, cyrillic = 0, other = 0;
  int unspaced = 0;  // Han and kana code points
  auto flush = [&] {
    // Trim non-word characters from the token's edges.
    std::string& t = cur.text;
    size_t b = 0, e = t.size();
    while (b < e && !IsAsciiAlnum(t[b]) && static_cast<unsigned char>(t[b]) < 0x80) ++b;
    while (e > b && !IsAsciiAlnum(t[e - 1]) &&
           static_cast<unsigned char>(t[e - 1]) < 0x80)
      --e;
    t = t.substr(b, e - b);
    if (!t.empty()) tokens.push_back(cur);
    cur = Token();
  };
  for (size_t i = 0; i < line.size();) {
    int len = 1;
    const char32_t c = DecodeUtf8(line, i, &len);
    const bool quote_open = c == 0x201C || c == 0xAB;
    const bool quote_close = c == 0x201D || c == 0xBB;
    if (c == '"' || quote_open || quote_close || IsSpaceCp(c)) {
      flush();
      if (c == '"') dq = !dq;
      if (quote_open) ++curly;
      if (quote_close && curly > 0) --curly;
    } else {
      if (cur.text.empty()) cur.quoted = dq || curly > 0;
      if (c == 0x2019 || c == 0x2018) {
        cur.text.push_back('\'');
      } else {
        cur.text.append(line.substr(i, len));
      }
      if (IsLetterCp(c)) {
        ++f.letters;
        if (IsUnspacedCp(c)) ++unspaced;
        (c < 0x250 ? latin : (c >= 0x400 && c < 0x530) ? cyrillic : other)++;
      }
    }
    i += len;
  }
  flush();

  int content = 0, capitalised = 0;
  for (const Token& t : tokens) {
    ++f.words;
    const std::string lower = AsciiLower(t.text);
    if (!t.quoted && (Contains(kReaderAddress, lower) || t.text == "us")) {
      ++f.reader_address;
      if (lower[0] != 'y') ++f.first_person;
    }
    // German formal address is capitalised mid-sentence: "Erhalten Sie".
    if (!t.quoted && (Contains(kSecondPerson, lower) ||
                      (&t != &tokens[0] && Contains(kFormalAddress, t.text)))) {
      ++f.second_person;
    }
    for (std::string_view stem : kSoftStems) {
      if (lower[0] == stem[0] && lower.compare(0, stem.size(), stem) == 0) {
        ++f.soft_cues;
        break;
      }
    }
    // (No stem is shorter than four bytes: most words need no search.)
    for (std::string_view stem : kConsentStems) {
      if (lower.size() < 4) break;
      if (lower.find(stem) != std::string::npos) {
        ++f.consent_cues;
        break;
      }
    }
    const char c0 = t.text[0];
    if (Contains(kFunctionWords, lower) || !((c0 | 0x20) >= 'a' && (c0 | 0x20) <= 'z'))
      continue;
    ++content;
    if (c0 >= 'A' && c0 <= 'Z') ++capitalised;
  }
  // Chinese and Japanese run words together: about two characters a word
  // keeps length thresholds comparable with spaced scripts.
  f.words += unspaced / 2 - (unspaced > 0 ? 1 : 0);
  if (f.words < 1 && !tokens.empty()) f.words = 1;
  f.title_case = content > 0 ? static_cast<double>(capitalised) / content : 0;
  if (latin + cyrillic + other > 0) {
    f.script = latin >= cyrillic && latin >= other ? Script::kLatin
               : cyrillic >= other                 ? Script::kCyrillic
                                                   : Script::kOther;
  }

  // "Name Surname is a writer ...": capitalised words, a copula, a role.
  bool author_bio = false;
  for (size_t i = 1; i < tokens.size() && i <= 4 && !author_bio; ++i) {
    if (!Contains(kCopulas, tokens[i].text)) {
      if (!(tokens[i].text[0] >= 'A' && tokens[i].text[0] <= 'Z')) break;
      continue;
    }
    // At least a first name and a surname, not "The President is ...".
    const std::string first = AsciiLower(tokens[0].text);
    if (i < 2 || Contains(kFunctionWords, first) || Contains(kDeterminers, first) ||
        !(tokens[0].text[0] >= 'A' && tokens[0].text[0] <= 'Z')) {
      break;
    }
    for (size_t j = i + 1; j < tokens.size() && j <= i + 8 && !author_bio; ++j) {
      const std::string w = AsciiLower(tokens[j].text);
      for (std::string_view stem : kRoleStems) {
        if (w.compare(0, stem.size(), stem) == 0) {
          author_bio = true;
          break;
        }
      }
    }
    break;
  }

  // Final punctuation, looking through closing quotes and brackets.
  std::string_view end = line;
  for (;;) {
    if (!end.empty() && (end.back() == '"' || end.back() == '\'' || end.back() == ')' ||
                         end.back() == ']')) {
      end.remove_suffix(1);
    } else if (end.size() >= 3 && (end.substr(end.size() - 3) == "\xe2\x80\x9d" ||
                                   end.substr(end.size() - 3) == "\xe2\x80\x99")) {
      end.remove_suffix(3);  // ” ’
    } else if (end.size() >= 2 && end.substr(end.size() - 2) == "\xc2\xbb") {
      end.remove_suffix(2);  // »
    } else {
      break;
    }
  }
  const std::string_view end3 = end.size() >= 3 ? end.substr(end.size() - 3) : "";
  const bool ellipsis = end3 == "\xe2\x80\xa6";
  const bool cjk_stop = end3 == "\xe3\x80\x82";  // ideographic full stop
  const bool cjk_mark = end3 == "\xef\xbc\x81" || end3 == "\xef\xbc\x9f";  // ！？
  const char last = end.empty() ? '\0' : end.back();
  f.ends_period = last == '.' || ellipsis || cjk_stop;
  f.ends_sentence = f.ends_period || cjk_mark || last == '!' || last == '?';
  f.ends_colon = last == ':' || end3 == "\xef\xbc\x9a";  // fullwidth colon

  const std::string lower = SimpleLower(StripBullets(line));
  f.hard_cue = author_bio && f.words <= 80;
  for (const Cue& cue : kHardCues) {
    if (f.hard_cue) break;
    if (cue.max_words > 0 && f.words > cue.max_words) continue;
    // Line and start cues begin where the line does: a cheap first test.
    if ((cue.where == Where::kLine || cue.where == Where::kStart) &&
        (lower.empty() || lower[0] != cue.phrase[0])) {
      continue;
    }
    if (CueMatches(lower, cue)) {
      f.hard_cue = true;
      break;
    }
  }
  if (!tokens.empty() && f.words <= 8 &&
      Contains(kCtaVerbs, AsciiLower(tokens[0].text))) {
    const bool object =
        tokens.size() > 1 && Contains(kCtaObjects, AsciiLower(tokens[1].text));
    f.call_to_action = object || last == '!';
  }
  return f;
}

std::string_view SiteNameMarker(std::string_view line) {
  if (line.empty() ||
      (line[0] != '-' && line[0] != '|' && line.substr(0, 3) != "\xe2\x80\x94" &&
       line.substr(0, 3) != "\xe2\x80\x93")) {
    return {};
  }
  std::string_view name = TrimLine(StripBullets(line));
  const LineFeatures f = ComputeLineFeatures(name);
  if (f.words < 1 || f.words > 5 || f.title_case < 0.99 || f.ends_sentence) return {};
  return name;
}

std::string_view TrailingCredit(std::string_view line) {
  for (std::string_view sep :
       {std::string_view(" - "), std::string_view(" \xe2\x80\x94 "),
        std::string_view(" \xe2\x80\x93 "), std::string_view(" | ")}) {
    const size_t at = line.rfind(sep);
    if (at == std::string_view::npos || at == 0) continue;
    std::string_view name = TrimLine(line.substr(at + sep.size()));
    const LineFeatures f = ComputeLineFeatures(name);
    if (f.words >= 1 && f.words <= 4 && f.title_case >= 0.99 && !f.ends_sentence) {
      return name;
    }
  }
  return {};
}

EndMarker GetEndMarker(std::string_view line) {
  if (line.size() > 200) return EndMarker::kNone;
  const std::string key = MarkerKey(line);
  if (key.empty()) return EndMarker::kNone;
  for (std::string_view p : kEndLines) {
    if (key == p) return EndMarker::kEnd;
  }
  // The copyright line opens the page footer ("© 2019 CBS"; a caption's
  // trailing "© Agency" credits a photo).
  auto has_year = [&] {
    for (size_t i = 0; i + 4 <= key.size(); ++i) {
      if ((key.compare(i, 2, "19") == 0 || key.compare(i, 2, "20") == 0) &&
          IsAsciiDigit(key[i + 2]) && IsAsciiDigit(key[i + 3]) &&
          (i == 0 || !IsAsciiDigit(key[i - 1])) &&
          (i + 4 == key.size() || !IsAsciiDigit(key[i + 4]))) {
        return true;
      }
    }
    return false;
  };
  if (((key.starts_with("\xc2\xa9") || key.starts_with("(c)") ||
        key.starts_with("copyright")) &&
       has_year()) ||
      key.find("all rights reserved") != std::string::npos ||
      key.find("alle rechte vorbehalten") != std::string::npos ||
      key.find("tous droits réservés") != std::string::npos ||
      key.find("todos los derechos reservados") != std::string::npos ||
      key.find("wszelkie prawa zastrzeżone") != std::string::npos) {
    return EndMarker::kEnd;
  }
  for (std::string_view p : kWidgetLines) {
    if (key == p) return EndMarker::kWidget;
  }
  const LineFeatures f = ComputeLineFeatures(line);
  auto starts = [&](std::string_view p) {
    return key.compare(0, p.size(), p) == 0 &&
           (key.size() == p.size() || !IsAsciiAlnum(key[p.size()]));
  };
  if (f.words <= kMaxEndLeadWords) {
    for (std::string_view p : kEndStarts) {
      if (starts(p)) return EndMarker::kEnd;
    }
    // A comment's header: "Anna on May 2, 2019 at 4:47 pm said:", "Anna
    // says:". It carries a timestamp or is just a name: a reporter's "the
    // minister said:" introducing a quotation is neither.
    const bool timestamped = line.find_first_of("0123456789") != std::string_view::npos;
    const std::string_view t = TrimLine(line);
    for (std::string_view said :
         {std::string_view(" says"), std::string_view(" said"), std::string_view(" sagt"),
          std::string_view(" schreibt"), std::string_view(" dit"),
          std::string_view(" napisał"), std::string_view(" escribió"),
          std::string_view(" пишет")}) {
      if (t.size() <= said.size() + 1 || t.back() != ':' ||
          !SimpleLower(t.substr(0, t.size() - 1)).ends_with(said)) {
        continue;
      }
      if (timestamped) return EndMarker::kEnd;
      const std::string_view name = t.substr(0, t.size() - 1 - said.size());
      const LineFeatures n = ComputeLineFeatures(name);
      const std::string first = AsciiLower(name.substr(0, name.find(' ')));
      if (n.words <= 3 && n.title_case >= 0.99 && !Contains(kFunctionWords, first) &&
          !Contains(kPronouns, first)) {
        return EndMarker::kEnd;
      }
    }
    for (std::string_view p : kWidgetInfixes) {
      if (key.find(p) != std::string::npos) return EndMarker::kWidget;
    }
  }
  // "More Washington Examiner", "Mehr aus Berlin", "Discover more": a list
  // of other stories.
  if (f.words <= 5 && !f.ends_sentence &&
      (starts("more") || starts("mehr") || starts("plus de") || starts("más") ||
       starts("discover more") || starts("entdecke weitere") ||
       starts("entdecken sie weitere"))) {
    return EndMarker::kWidget;
  }
  // "Want more stories like this?" heads a newsletter box and the story
  // list under it; "Want more information? Visit ..." is article text.
  if (f.words <= 6 && line.ends_with('?') &&
      (starts("want more") || starts("sie wollen mehr") || starts("du willst mehr") ||
       starts("möchten sie mehr") || starts("vous en voulez plus") ||
       starts("quieres más") || starts("¿quieres más"))) {
    return EndMarker::kWidget;
  }
  if (f.words <= kMaxWidgetLeadWords) {
    for (std::string_view p : kWidgetStarts) {
      if (starts(p)) return EndMarker::kWidget;
    }
  }
  return EndMarker::kNone;
}

bool IsBoxHeading(std::string_view line) {
  static constexpr std::string_view kBoxHeadings[] = {
      // Further information, sources, contact.
      "weitere informationen",
      "weiterführende informationen",
      "weiterführende links",
      "weiterführender link",
      "zusatzinformationen",
      "quellenangaben",
      "quellen ausblenden",
      "kontakt",
      "pressekontakt",
      "media contact",
      "media contacts",
      "press contact",
      "contact presse",
      "contacto de prensa",
      "explore further",
      // Topics and article lists.
      "themen",
      "weitere themen",
      "verwandte themen",
      "verwandte themenbereiche",
      "empfohlene beiträge",
      "empfohlene artikel",
      "neueste artikel",
      "heute empfehlen wir",
      "audios et vidéos sur le sujet",
      "temas",
      "temas relacionados",
      "argomenti",
      "tematy",
      // Controls.
      "diesen artikel teilen",
      "like it? share it",
      "kommentieren",
      "permalink",
      "permalien",
      "rezept drucken",
      "print recipe",
      "drukuj",
      "bild anzeigen",
      "externer inhalt",
      "pressemitteilung als pdf",
  };
  if (line.size() > 60) return false;
  const std::string key = MarkerKey(line);
  for (std::string_view p : kBoxHeadings) {
    if (key == p) return true;
  }
  return false;
}

bool IsFollowPromo(std::string_view line) {
  static constexpr std::string_view kFollowVerbs[] = {
      "follow ",    "folgen sie ", "folge ",  "folgt ",  "síguenos ", "siguenos ",
      "sígueme ",   "suivez-",     "suivez ", "seguici ", "seguite ",  "segui ",
      "siga-nos ",  "sigam ",      "obserwuj ",
  };
  static constexpr std::string_view kNetworks[] = {
      "twitter", "facebook", "instagram", "telegram", "youtube",
      "linkedin", "tiktok",  "pinterest", "whatsapp", "github",
  };
  if (line.size() > 300) return false;
  const std::string lower = SimpleLower(line);
  const std::string_view s(lower);
  bool follow = false;
  for (size_t i = 0; i < s.size() && !follow; ++i) {
    // A sentence start: the line's, or after . ! ? | ¿ ¡ and a space.
    const bool start =
        i == 0 || (i >= 2 && s[i - 1] == ' ' &&
                   (s[i - 2] == '.' || s[i - 2] == '!' || s[i - 2] == '?' || s[i - 2] == '|'));
    if (!start) continue;
    for (std::string_view v : kFollowVerbs) {
      if (s.substr(i, v.size()) == v) {
        follow = true;
        break;
      }
    }
  }
  if (!follow) return false;
  for (std::string_view n : kNetworks) {
    const size_t at = s.find(n);
    if (at != std::string_view::npos && (at == 0 || !IsAsciiAlnum(s[at - 1]))) return true;
  }
  return false;
}

bool IsShareButton(std::string_view line) {
  if (line.size() > 40) return false;
  const std::string key = MarkerKey(line);
  for (std::string_view p : kShareButtons) {
    if (key == p) return true;
  }
  return false;
}

std::string_view BylineAuthor(std::string_view line) {
  line = TrimLine(line);
  if (line.size() > 120) return {};
  static constexpr std::string_view kLabels[] = {
      "written by ",
      "posted by ",
      "reported by ",
      "story by ",
      "words by ",
      "text by ",
      "by ",
      "von ",
      "par ",
      "por ",
      "autor: ",
      "author: ",
      "autorin: ",
      "text: ",
      "auteur : ",
      "auteur: ",
      "veröffentlicht von ",
      "geschrieben von ",
      "publié par ",
      "publicado por ",
      "escrito por ",
      "napisał ",
      "autor ",
  };
  // "March 3, 2023 | by Hanna": the byline after a date and a bar.
  for (std::string_view bar : {std::string_view(" | "), std::string_view(" \xc2\xb7 ")}) {
    const size_t at = line.find(bar);
    if (at == std::string_view::npos) continue;
    const std::string_view after = TrimLine(line.substr(at + bar.size()));
    const std::string head = AsciiLower(after.substr(0, 4));
    if (head.starts_with("by ") || head.starts_with("von ") || head.starts_with("par ") ||
        head.starts_with("por ")) {
      line = after;
      break;
    }
  }
  const std::string lower = AsciiLower(line.substr(0, 24));
  size_t skip = 0;
  for (std::string_view label : kLabels) {
    if (lower.compare(0, label.size(), label) == 0) {
      skip = label.size();
      break;
    }
  }
  if (skip == 0) return {};
  std::string_view rest = TrimLine(line.substr(skip));
  // The names end where a date, a place or the outlet begins.
  for (std::string_view sep :
       {std::string_view(" | "), std::string_view(" - "),
        std::string_view(" \xe2\x80\x94 "), std::string_view(" \xe2\x80\x93 "),
        std::string_view(" / "), std::string_view(" \xc2\xb7 "), std::string_view(", "),
        std::string_view(" on "), std::string_view(" am "), std::string_view(" le ")}) {
    const size_t at = rest.find(sep);
    if (at != std::string_view::npos && sep == ", ") {
      // "Jane Roe, Reuters" ends; "Jane Roe, John Doe and Ann Lee" goes on
      // only while capitalised names follow.
      const std::string_view after = rest.substr(at + 2);
      if (!after.empty() && after[0] >= 'A' && after[0] <= 'Z' &&
          ComputeLineFeatures(after).words <= 2) {
        continue;
      }
    }
    if (at != std::string_view::npos) rest = rest.substr(0, at);
  }
  // "by Ines October 3, 2021": the names end where a date begins.
  for (size_t at = rest.find(' '); at != std::string_view::npos;
       at = rest.find(' ', at + 1)) {
    if (at + 1 < rest.size() && IsAsciiDigit(rest[at + 1])) {
      std::string_view names = TrimLine(rest.substr(0, at));
      const size_t sp = names.rfind(' ');
      if (sp != std::string_view::npos) {
        const std::string month = SimpleLower(names.substr(sp + 1));
        if (Contains(kMonthNames, month)) names = TrimLine(names.substr(0, sp));
      }
      rest = names;
      break;
    }
  }
  rest = TrimLine(rest);
  while (!rest.empty() &&
         (rest.back() == ',' || rest.back() == '.' || rest.back() == ':')) {
    rest.remove_suffix(1);
  }
  const LineFeatures f = ComputeLineFeatures(rest);
  if (f.words < 1 || f.words > 8 || f.title_case < 0.99 || f.ends_sentence) return {};
  return rest;
}

}  // namespace chronicle::extract_internal
