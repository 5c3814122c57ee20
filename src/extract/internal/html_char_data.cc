// extract/internal/html_char_data.cc: character references, CR/LF, NUL and
// control characters in HTML text and attribute values.
#include "extract/internal/html_char_data.h"

#include <algorithm>
#include <iterator>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "base/utf8.h"

namespace chronicle::extract_internal {
namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD

bool IsDigit(char c) { return static_cast<unsigned char>(c - '0') < 10; }
bool IsAlnum(char c) {
  return static_cast<unsigned char>((c | 0x20) - 'a') < 26 || IsDigit(c);
}

// Character references. The table is ours: every HTML 4 name, the HTML5
// names news pages use, and the legacy names HTML5 also accepts without ';'.

struct NamedRef {
  std::string_view name;
  uint32_t code_point;
};

// Also recognized without the trailing ';' (HTML5 "legacy" references).
// clang-format off
constexpr NamedRef kLegacyRefs[] = {
    {"nbsp", 0xA0}, {"iexcl", 0xA1}, {"cent", 0xA2}, {"pound", 0xA3}, {"curren", 0xA4},
    {"yen", 0xA5}, {"brvbar", 0xA6}, {"sect", 0xA7}, {"uml", 0xA8}, {"copy", 0xA9},
    {"ordf", 0xAA}, {"laquo", 0xAB}, {"not", 0xAC}, {"shy", 0xAD}, {"reg", 0xAE},
    {"macr", 0xAF}, {"deg", 0xB0}, {"plusmn", 0xB1}, {"sup2", 0xB2}, {"sup3", 0xB3},
    {"acute", 0xB4}, {"micro", 0xB5}, {"para", 0xB6}, {"middot", 0xB7}, {"cedil", 0xB8},
    {"sup1", 0xB9}, {"ordm", 0xBA}, {"raquo", 0xBB}, {"frac14", 0xBC}, {"frac12", 0xBD},
    {"frac34", 0xBE}, {"iquest", 0xBF}, {"Agrave", 0xC0}, {"Aacute", 0xC1},
    {"Acirc", 0xC2}, {"Atilde", 0xC3}, {"Auml", 0xC4}, {"Aring", 0xC5}, {"AElig", 0xC6},
    {"Ccedil", 0xC7}, {"Egrave", 0xC8}, {"Eacute", 0xC9}, {"Ecirc", 0xCA}, {"Euml", 0xCB},
    {"Igrave", 0xCC}, {"Iacute", 0xCD}, {"Icirc", 0xCE}, {"Iuml", 0xCF}, {"ETH", 0xD0},
    {"Ntilde", 0xD1}, {"Ograve", 0xD2}, {"Oacute", 0xD3}, {"Ocirc", 0xD4},
    {"Otilde", 0xD5}, {"Ouml", 0xD6}, {"times", 0xD7}, {"Oslash", 0xD8}, {"Ugrave", 0xD9},
    {"Uacute", 0xDA}, {"Ucirc", 0xDB}, {"Uuml", 0xDC}, {"Yacute", 0xDD}, {"THORN", 0xDE},
    {"szlig", 0xDF}, {"agrave", 0xE0}, {"aacute", 0xE1}, {"acirc", 0xE2},
    {"atilde", 0xE3}, {"auml", 0xE4}, {"aring", 0xE5}, {"aelig", 0xE6}, {"ccedil", 0xE7},
    {"egrave", 0xE8}, {"eacute", 0xE9}, {"ecirc", 0xEA}, {"euml", 0xEB}, {"igrave", 0xEC},
    {"iacute", 0xED}, {"icirc", 0xEE}, {"iuml", 0xEF}, {"eth", 0xF0}, {"ntilde", 0xF1},
    {"ograve", 0xF2}, {"oacute", 0xF3}, {"ocirc", 0xF4}, {"otilde", 0xF5}, {"ouml", 0xF6},
    {"divide", 0xF7}, {"oslash", 0xF8}, {"ugrave", 0xF9}, {"uacute", 0xFA},
    {"ucirc", 0xFB}, {"uuml", 0xFC}, {"yacute", 0xFD}, {"thorn", 0xFE}, {"yuml", 0xFF},
    {"amp", 0x26}, {"lt", 0x3C}, {"gt", 0x3E}, {"quot", 0x22}, {"AMP", 0x26},
    {"LT", 0x3C}, {"GT", 0x3E}, {"QUOT", 0x22}, {"COPY", 0xA9}, {"REG", 0xAE},
};
// clang-format on

// Recognized only with the trailing ';'.
// clang-format off
constexpr NamedRef kRefs[] = {
    {"OElig", 0x152}, {"oelig", 0x153}, {"Scaron", 0x160}, {"scaron", 0x161},
    {"Yuml", 0x178}, {"fnof", 0x192}, {"circ", 0x2C6}, {"tilde", 0x2DC}, {"ensp", 0x2002},
    {"emsp", 0x2003}, {"thinsp", 0x2009}, {"zwnj", 0x200C}, {"zwj", 0x200D},
    {"lrm", 0x200E}, {"rlm", 0x200F}, {"ndash", 0x2013}, {"mdash", 0x2014},
    {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"sbquo", 0x201A}, {"ldquo", 0x201C},
    {"rdquo", 0x201D}, {"bdquo", 0x201E}, {"dagger", 0x2020}, {"Dagger", 0x2021},
    {"bull", 0x2022}, {"hellip", 0x2026}, {"permil", 0x2030}, {"prime", 0x2032},
    {"Prime", 0x2033}, {"lsaquo", 0x2039}, {"rsaquo", 0x203A}, {"oline", 0x203E},
    {"frasl", 0x2044}, {"euro", 0x20AC}, {"Alpha", 0x391}, {"Beta", 0x392},
    {"Gamma", 0x393}, {"Delta", 0x394}, {"Epsilon", 0x395}, {"Zeta", 0x396},
    {"Eta", 0x397}, {"Theta", 0x398}, {"Iota", 0x399}, {"Kappa", 0x39A},
    {"Lambda", 0x39B}, {"Mu", 0x39C}, {"Nu", 0x39D}, {"Xi", 0x39E}, {"Omicron", 0x39F},
    {"Pi", 0x3A0}, {"Rho", 0x3A1}, {"Sigma", 0x3A3}, {"Tau", 0x3A4}, {"Upsilon", 0x3A5},
    {"Phi", 0x3A6}, {"Chi", 0x3A7}, {"Psi", 0x3A8}, {"Omega", 0x3A9}, {"alpha", 0x3B1},
    {"beta", 0x3B2}, {"gamma", 0x3B3}, {"delta", 0x3B4}, {"epsilon", 0x3B5},
    {"zeta", 0x3B6}, {"eta", 0x3B7}, {"theta", 0x3B8}, {"iota", 0x3B9}, {"kappa", 0x3BA},
    {"lambda", 0x3BB}, {"mu", 0x3BC}, {"nu", 0x3BD}, {"xi", 0x3BE}, {"omicron", 0x3BF},
    {"pi", 0x3C0}, {"rho", 0x3C1}, {"sigmaf", 0x3C2}, {"sigma", 0x3C3}, {"tau", 0x3C4},
    {"upsilon", 0x3C5}, {"phi", 0x3C6}, {"chi", 0x3C7}, {"psi", 0x3C8}, {"omega", 0x3C9},
    {"thetasym", 0x3D1}, {"upsih", 0x3D2}, {"piv", 0x3D6}, {"image", 0x2111},
    {"weierp", 0x2118}, {"real", 0x211C}, {"trade", 0x2122}, {"alefsym", 0x2135},
    {"larr", 0x2190}, {"uarr", 0x2191}, {"rarr", 0x2192}, {"darr", 0x2193},
    {"harr", 0x2194}, {"crarr", 0x21B5}, {"lArr", 0x21D0}, {"uArr", 0x21D1},
    {"rArr", 0x21D2}, {"dArr", 0x21D3}, {"hArr", 0x21D4}, {"forall", 0x2200},
    {"part", 0x2202}, {"exist", 0x2203}, {"empty", 0x2205}, {"nabla", 0x2207},
    {"isin", 0x2208}, {"notin", 0x2209}, {"ni", 0x220B}, {"prod", 0x220F},
    {"sum", 0x2211}, {"minus", 0x2212}, {"lowast", 0x2217}, {"radic", 0x221A},
    {"prop", 0x221D}, {"infin", 0x221E}, {"ang", 0x2220}, {"and", 0x2227}, {"or", 0x2228},
    {"cap", 0x2229}, {"cup", 0x222A}, {"int", 0x222B}, {"there4", 0x2234},
    {"sim", 0x223C}, {"cong", 0x2245}, {"asymp", 0x2248}, {"ne", 0x2260},
    {"equiv", 0x2261}, {"le", 0x2264}, {"ge", 0x2265}, {"sub", 0x2282}, {"sup", 0x2283},
    {"nsub", 0x2284}, {"sube", 0x2286}, {"supe", 0x2287}, {"oplus", 0x2295},
    {"otimes", 0x2297}, {"perp", 0x22A5}, {"sdot", 0x22C5}, {"lceil", 0x2308},
    {"rceil", 0x2309}, {"lfloor", 0x230A}, {"rfloor", 0x230B}, {"lang", 0x27E8},
    {"rang", 0x27E9}, {"loz", 0x25CA}, {"spades", 0x2660}, {"clubs", 0x2663},
    {"hearts", 0x2665}, {"diams", 0x2666}, {"apos", 0x27}, {"Tab", 0x9}, {"NewLine", 0xA},
    {"excl", 0x21}, {"num", 0x23}, {"dollar", 0x24}, {"percnt", 0x25}, {"lpar", 0x28},
    {"rpar", 0x29}, {"ast", 0x2A}, {"midast", 0x2A}, {"plus", 0x2B}, {"comma", 0x2C},
    {"period", 0x2E}, {"sol", 0x2F}, {"colon", 0x3A}, {"semi", 0x3B}, {"equals", 0x3D},
    {"quest", 0x3F}, {"commat", 0x40}, {"lsqb", 0x5B}, {"lbrack", 0x5B}, {"bsol", 0x5C},
    {"rsqb", 0x5D}, {"rbrack", 0x5D}, {"Hat", 0x5E}, {"lowbar", 0x5F}, {"UnderBar", 0x5F},
    {"grave", 0x60}, {"DiacriticalGrave", 0x60}, {"lcub", 0x7B}, {"lbrace", 0x7B},
    {"verbar", 0x7C}, {"vert", 0x7C}, {"VerticalLine", 0x7C}, {"rcub", 0x7D},
    {"rbrace", 0x7D}, {"NonBreakingSpace", 0xA0}, {"die", 0xA8}, {"Dot", 0xA8},
    {"DoubleDot", 0xA8}, {"circledR", 0xAE}, {"pm", 0xB1}, {"PlusMinus", 0xB1},
    {"centerdot", 0xB7}, {"CenterDot", 0xB7}, {"half", 0xBD}, {"angst", 0xC5},
    {"div", 0xF7}, {"Amacr", 0x100}, {"amacr", 0x101}, {"Abreve", 0x102},
    {"abreve", 0x103}, {"Aogon", 0x104}, {"aogon", 0x105}, {"Cacute", 0x106},
    {"cacute", 0x107}, {"Ccaron", 0x10C}, {"ccaron", 0x10D}, {"Dcaron", 0x10E},
    {"dcaron", 0x10F}, {"Dstrok", 0x110}, {"dstrok", 0x111}, {"Emacr", 0x112},
    {"emacr", 0x113}, {"Eogon", 0x118}, {"eogon", 0x119}, {"Ecaron", 0x11A},
    {"ecaron", 0x11B}, {"Gbreve", 0x11E}, {"gbreve", 0x11F}, {"Imacr", 0x12A},
    {"imacr", 0x12B}, {"Idot", 0x130}, {"imath", 0x131}, {"inodot", 0x131},
    {"Lstrok", 0x141}, {"lstrok", 0x142}, {"Nacute", 0x143}, {"nacute", 0x144},
    {"Ncaron", 0x147}, {"ncaron", 0x148}, {"ENG", 0x14A}, {"eng", 0x14B},
    {"Omacr", 0x14C}, {"omacr", 0x14D}, {"Odblac", 0x150}, {"odblac", 0x151},
    {"Rcaron", 0x158}, {"rcaron", 0x159}, {"Sacute", 0x15A}, {"sacute", 0x15B},
    {"Scedil", 0x15E}, {"scedil", 0x15F}, {"Tcedil", 0x162}, {"tcedil", 0x163},
    {"Tcaron", 0x164}, {"tcaron", 0x165}, {"Umacr", 0x16A}, {"umacr", 0x16B},
    {"Uring", 0x16E}, {"uring", 0x16F}, {"Udblac", 0x170}, {"udblac", 0x171},
    {"Zacute", 0x179}, {"zacute", 0x17A}, {"Zdot", 0x17B}, {"zdot", 0x17C},
    {"Zcaron", 0x17D}, {"zcaron", 0x17E}, {"ohm", 0x3A9}, {"emsp13", 0x2004},
    {"emsp14", 0x2005}, {"numsp", 0x2007}, {"puncsp", 0x2008}, {"ThinSpace", 0x2009},
    {"hairsp", 0x200A}, {"VeryThinSpace", 0x200A}, {"ZeroWidthSpace", 0x200B},
    {"hyphen", 0x2010}, {"dash", 0x2010}, {"horbar", 0x2015}, {"Vert", 0x2016},
    {"lsquor", 0x201A}, {"rsquor", 0x2019}, {"ldquor", 0x201E}, {"rdquor", 0x201D},
    {"OpenCurlyQuote", 0x2018}, {"CloseCurlyQuote", 0x2019},
    {"OpenCurlyDoubleQuote", 0x201C}, {"CloseCurlyDoubleQuote", 0x201D},
    {"bullet", 0x2022}, {"nldr", 0x2025}, {"mldr", 0x2026}, {"MediumSpace", 0x205F},
    {"NoBreak", 0x2060}, {"incare", 0x2105}, {"hbar", 0x210F}, {"planck", 0x210F},
    {"ell", 0x2113}, {"copysr", 0x2117}, {"Im", 0x2111}, {"Re", 0x211C},
    {"TRADE", 0x2122}, {"aleph", 0x2135}, {"frac13", 0x2153}, {"frac23", 0x2154},
    {"frac15", 0x2155}, {"frac25", 0x2156}, {"frac35", 0x2157}, {"frac45", 0x2158},
    {"frac16", 0x2159}, {"frac56", 0x215A}, {"frac18", 0x215B}, {"frac38", 0x215C},
    {"frac58", 0x215D}, {"frac78", 0x215E}, {"leftarrow", 0x2190}, {"LeftArrow", 0x2190},
    {"uparrow", 0x2191}, {"UpArrow", 0x2191}, {"rightarrow", 0x2192},
    {"RightArrow", 0x2192}, {"downarrow", 0x2193}, {"DownArrow", 0x2193},
    {"leftrightarrow", 0x2194}, {"Leftarrow", 0x21D0}, {"Rightarrow", 0x21D2},
    {"Leftrightarrow", 0x21D4}, {"setminus", 0x2216}, {"Sqrt", 0x221A}, {"Sum", 0x2211},
    {"Product", 0x220F}, {"NotEqual", 0x2260}, {"leq", 0x2264}, {"geq", 0x2265},
    {"approx", 0x2248}, {"check", 0x2713}, {"checkmark", 0x2713}, {"cross", 0x2717},
    {"star", 0x2606}, {"starf", 0x2605}, {"bigstar", 0x2605}, {"phone", 0x260E},
    {"female", 0x2640}, {"male", 0x2642}, {"spadesuit", 0x2660}, {"clubsuit", 0x2663},
    {"heartsuit", 0x2665}, {"diamondsuit", 0x2666}, {"flat", 0x266D}, {"natural", 0x266E},
    {"sharp", 0x266F}, {"rtrif", 0x25B8}, {"ltrif", 0x25C2}, {"utrif", 0x25B4},
    {"dtrif", 0x25BE}, {"rtri", 0x25B9}, {"ltri", 0x25C3}, {"utri", 0x25B5},
    {"dtri", 0x25BF}, {"xutri", 0x25B3}, {"xdtri", 0x25BD}, {"squ", 0x25A1},
    {"square", 0x25A1}, {"squf", 0x25AA}, {"blacksquare", 0x25AA}, {"cir", 0x25CB},
    {"bigcirc", 0x25EF}, {"bigodot", 0x2A00}, {"lozenge", 0x25CA}, {"lozf", 0x29EB},
    {"blacklozenge", 0x29EB}, {"sext", 0x2736}, {"malt", 0x2720},
    {"hookrightarrow", 0x21AA}, {"hookleftarrow", 0x21A9}, {"nearr", 0x2197},
    {"searr", 0x2198}, {"nwarr", 0x2196}, {"swarr", 0x2199}, {"olarr", 0x21BA},
    {"orarr", 0x21BB}, {"rarrw", 0x219D}, {"map", 0x21A6}, {"mapsto", 0x21A6},
    {"longrightarrow", 0x27F6}, {"longleftarrow", 0x27F5}, {"xrarr", 0x27F6},
    {"xlarr", 0x27F5}, {"boxh", 0x2500}, {"boxv", 0x2502}, {"block", 0x2588},
    {"blank", 0x2423}, {"telrec", 0x2315}, {"target", 0x2316}, {"ulcorn", 0x231C},
    {"urcorn", 0x231D},
};
// clang-format on

constexpr size_t kMaxLegacyName = 6;
constexpr size_t kMaxRefName = 32;

// Both tables sorted by name, for binary search. Built once, never freed.
class RefIndex {
 public:
  RefIndex() {
    legacy_.assign(std::begin(kLegacyRefs), std::end(kLegacyRefs));
    all_ = legacy_;
    all_.insert(all_.end(), std::begin(kRefs), std::end(kRefs));
    const auto by_name = [](const NamedRef& a, const NamedRef& b) {
      return a.name < b.name;
    };
    std::sort(legacy_.begin(), legacy_.end(), by_name);
    std::sort(all_.begin(), all_.end(), by_name);
  }
  // Code point of `name` followed by ';', or 0.
  uint32_t Find(std::string_view name) const { return Lookup(all_, name); }
  // Code point of the legacy `name` (no ';'), or 0.
  uint32_t FindLegacy(std::string_view name) const { return Lookup(legacy_, name); }

 private:
  static uint32_t Lookup(const std::vector<NamedRef>& v, std::string_view name) {
    const auto it = std::lower_bound(
        v.begin(), v.end(), name,
        [](const NamedRef& r, std::string_view n) { return r.name < n; });
    return it != v.end() && it->name == name ? it->code_point : 0;
  }
  std::vector<NamedRef> legacy_, all_;
};

const RefIndex& Refs() {
  static const RefIndex* index = new RefIndex();
  return *index;
}

// HTML5 numeric reference fix-ups: C1 controls read as windows-1252, and
// NUL, surrogates and values beyond Unicode become U+FFFD.
uint32_t FixNumericRef(uint32_t cp) {
  static constexpr uint16_t kC1[32] = {
      0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,   0x017D, 0x8F,
      0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0xFFFD;
  if (cp >= 0x80 && cp <= 0x9F) return kC1[cp - 0x80];
  return cp;
}

// Decodes the reference at s[i] == '&': appends its text to *out and
// returns the bytes consumed, or returns 0 if it is not a reference.
size_t DecodeRef(std::string_view s, size_t i, bool in_attribute, std::string* out) {
  size_t j = i + 1;
  if (j < s.size() && s[j] == '#') {
    ++j;
    const bool hex = j < s.size() && (s[j] | 0x20) == 'x';
    if (hex) ++j;
    const size_t digits = j;
    uint32_t cp = 0;
    for (; j < s.size(); ++j) {
      const char c = s[j];
      uint32_t d;
      if (IsDigit(c)) {
        d = static_cast<uint32_t>(c - '0');
      } else if (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f') {
        d = static_cast<uint32_t>((c | 0x20) - 'a' + 10);
      } else {
        break;
      }
      cp = std::min<uint32_t>(cp * (hex ? 16 : 10) + d, 0x110000);
    }
    if (j == digits) return 0;
    if (j < s.size() && s[j] == ';') ++j;
    AppendUtf8(FixNumericRef(cp), out);
    return j - i;
  }
  size_t e = j;
  while (e < s.size() && e - j < kMaxRefName && IsAlnum(s[e])) ++e;
  if (e == j) return 0;
  if (e < s.size() && s[e] == ';') {
    if (const uint32_t cp = Refs().Find(s.substr(j, e - j))) {
      AppendUtf8(cp, out);
      return e + 1 - i;
    }
  }
  // The longest legacy name that prefixes the run ("&notit;" is "¬it;").
  for (size_t len = std::min(e - j, kMaxLegacyName); len >= 2; --len) {
    const uint32_t cp = Refs().FindLegacy(s.substr(j, len));
    if (cp == 0) continue;
    const size_t end = j + len;
    if (in_attribute && end < s.size() && (s[end] == '=' || IsAlnum(s[end]))) return 0;
    AppendUtf8(cp, out);
    return end - i;
  }
  return 0;
}

// Control characters the input stream turns into U+FFFD (as gumbo does):
// C0 controls other than tab, LF, FF, CR and NUL (which have rules of their
// own), DEL and the C1 controls U+0080-U+009F ("\xC2\x80"-"\xC2\x9F").
bool IsReplacedControl(unsigned char c) {
  return (c >= 0x01 && c <= 0x08) || c == 0x0B || (c >= 0x0E && c <= 0x1F) || c == 0x7F;
}
bool IsC1At(std::string_view s, size_t i) {
  return static_cast<unsigned char>(s[i]) == 0xC2 && i + 1 < s.size() &&
         static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
         static_cast<unsigned char>(s[i + 1]) <= 0x9F;
}

// Position of the first byte at or after i that may need decoding ('&' when
// references are decoded, CR, NUL, a replaced control, a 0xC2 lead byte),
// or s.size(). The SSE2 loop tests 16 bytes at a time.
size_t FindCandidate(std::string_view s, size_t i, bool refs) {
  const char* p = s.data() + i;
  const char* const end = s.data() + s.size();
#if defined(__SSE2__)
  const __m128i amp = _mm_set1_epi8(refs ? '&' : '\r');
  const __m128i x1f = _mm_set1_epi8(0x1F);
  const __m128i tab = _mm_set1_epi8('\t'), lf = _mm_set1_epi8('\n'),
                ff = _mm_set1_epi8('\f');
  const __m128i del = _mm_set1_epi8(0x7F);
  const __m128i c2 = _mm_set1_epi8(static_cast<char>(0xC2));
  while (end - p >= 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i low = _mm_cmpeq_epi8(_mm_max_epu8(v, x1f), x1f);  // v <= 0x1F
    const __m128i space =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, tab), _mm_cmpeq_epi8(v, lf)),
                     _mm_cmpeq_epi8(v, ff));
    const __m128i other =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, amp), _mm_cmpeq_epi8(v, del)),
                     _mm_cmpeq_epi8(v, c2));
    const int mask = _mm_movemask_epi8(_mm_or_si128(_mm_andnot_si128(space, low), other));
    if (mask != 0) return static_cast<size_t>(p - s.data()) + __builtin_ctz(mask);
    p += 16;
  }
#endif
  for (; p < end; ++p) {
    const unsigned char c = static_cast<unsigned char>(*p);
    if (c == '\r' || c == 0 || c == 0xC2 || IsReplacedControl(c) || (refs && c == '&'))
      break;
  }
  return static_cast<size_t>(p - s.data());
}

}  // namespace

size_t FindSpecial(std::string_view s, size_t i, bool refs) {
  for (;;) {
    const size_t j = FindCandidate(s, i, refs);
    if (j == s.size() || static_cast<unsigned char>(s[j]) != 0xC2 || IsC1At(s, j))
      return j;
    i = j + 1;
  }
}

void DecodeCharacterData(std::string_view s, TextKind kind, std::string* out) {
  const bool refs = DecodesRefs(kind);
  size_t i = 0;
  while (i < s.size()) {
    const size_t j = FindSpecial(s, i, refs);
    out->append(s.data() + i, j - i);
    if (j == s.size()) break;
    if (s[j] == '&') {
      const size_t n = DecodeRef(s, j, kind == TextKind::kAttribute, out);
      if (n == 0) out->push_back('&');
      i = j + std::max<size_t>(n, 1);
    } else if (s[j] == '\r') {
      out->push_back('\n');
      i = j + 1 + (j + 1 < s.size() && s[j + 1] == '\n' ? 1 : 0);
    } else if (s[j] == '\0') {
      if (kind != TextKind::kData) out->append(kReplacement);
      i = j + 1;
    } else {  // a replaced control character
      out->append(kReplacement);
      i = j + (IsC1At(s, j) ? 2 : 1);
    }
  }
}

}  // namespace chronicle::extract_internal
