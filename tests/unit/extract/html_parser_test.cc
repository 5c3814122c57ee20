// Tests ParseHtml (extract/internal/html_parser.h): hand-written cases for
// the tokenizer and tree-builder rules, a differential check against the
// gumbo tree (ParseHtmlWithGumbo) on hand-written pages, and, when the AEB
// benchmark pages are present, a comparison of the visible text of every
// page under both parsers.
#include "extract/internal/html_parser.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "base/utf8.h"
#include "extract/internal/html_dom.h"

namespace chronicle::extract_internal {
namespace {

namespace fs = std::filesystem;

std::string TagName(GumboTag tag) {
  return tag == GUMBO_TAG_UNKNOWN ? "?" : gumbo_normalized_tagname(tag);
}

// The subtree at i as `tag(child,child)`, text as "text".
std::string Tree(const Dom& dom, int i) {
  const DomNode& n = dom.node(i);
  if (!dom.IsElement(i)) {
    std::string text = "\"";
    text.append(dom.Text(i));
    return text.append("\"");
  }
  std::string out = TagName(n.tag);
  if (n.first_child < 0) return out;
  out += "(";
  for (int c = n.first_child; c >= 0; c = dom.node(c).next_sibling) {
    if (c != n.first_child) out += ",";
    out += Tree(dom, c);
  }
  return out + ")";
}

// Index of the first element with `tag`, or -1.
int Find(const Dom& dom, GumboTag tag) {
  for (int i = 0; i < dom.size(); ++i) {
    if (dom.IsElement(i) && dom.node(i).tag == tag) return i;
  }
  return -1;
}

std::string Body(std::string_view html) {
  const Dom dom = ParseHtml(html);
  const int body = Find(dom, GUMBO_TAG_BODY);
  return body < 0 ? "<no body>" : Tree(dom, body);
}

std::string Whole(std::string_view html) { return Tree(ParseHtml(html), 0); }

// Decoded text of all text nodes under <body>, concatenated.
std::string BodyText(std::string_view html) {
  const Dom dom = ParseHtml(html);
  const int body = Find(dom, GUMBO_TAG_BODY);
  std::string out;
  for (int i = body + 1; body >= 0 && i < dom.node(body).end; ++i) {
    if (!dom.IsElement(i)) out += dom.Text(i);
  }
  return out;
}

// Checks the Dom invariants: node 0 is <html>, parents precede children,
// `end` delimits the subtree, sibling links are consistent.
void ExpectWellFormed(const Dom& dom) {
  ASSERT_GT(dom.size(), 0);
  EXPECT_EQ(dom.node(0).tag, GUMBO_TAG_HTML);
  EXPECT_EQ(dom.node(0).parent, -1);
  EXPECT_EQ(dom.node(0).end, dom.size());
  for (int i = 1; i < dom.size(); ++i) {
    const int p = dom.node(i).parent;
    ASSERT_GE(p, 0);
    ASSERT_LT(p, i);
    EXPECT_TRUE(dom.IsElement(p));
    EXPECT_LE(dom.node(i).end, dom.node(p).end);
  }
}

// ---------------------------------------------------------------------------
// Document structure.

TEST(HtmlParserTest, EmptyInputGivesHtmlHeadBody) {
  const Dom dom = ParseHtml("");
  ExpectWellFormed(dom);
  EXPECT_EQ(Tree(dom, 0), "html(head,body)");
}

TEST(HtmlParserTest, ImpliedHtmlHeadBody) {
  EXPECT_EQ(Whole("Hello"), "html(head,body(\"Hello\"))");
  EXPECT_EQ(Whole("<p>x"), "html(head,body(p(\"x\")))");
  EXPECT_EQ(Whole("<!DOCTYPE html><html lang=en><head><title>T</title></head>"
                  "<body><p>x</p></body></html>"),
            "html(head(title(\"T\")),body(p(\"x\")))");
  const Dom dom = ParseHtml("<!DOCTYPE html><html lang=en><body>x");
  EXPECT_EQ(dom.Attr(0, "lang"), "en");
  // A late <html> or <body> tag (after a PHP warning, a stray <style>)
  // adds the attributes the element lacks, as in HTML5.
  const Dom late = ParseHtml(
      "<b>Warning</b>: x<html lang=de dir=ltr><head></head><body class=page id=b>"
      "<p>t<html lang=fr data-x=1><body class=other>");
  EXPECT_EQ(late.Attr(0, "lang"), "de");
  EXPECT_EQ(late.Attr(0, "dir"), "ltr");
  EXPECT_EQ(late.Attr(0, "data-x"), "1");
  const int body = Find(late, GUMBO_TAG_BODY);
  EXPECT_EQ(late.Attr(body, "class"), "page");
  EXPECT_EQ(late.Attr(body, "id"), "b");
  EXPECT_EQ(late.Attr(Find(late, GUMBO_TAG_B), "class"), "");
  EXPECT_EQ(Tree(late, body), "body(b(\"Warning\"),\": x\",p(\"t\"))");
}

TEST(HtmlParserTest, HeadElementsGoIntoHead) {
  EXPECT_EQ(Whole("<meta charset=utf-8><title>T</title><link rel=x><style>s</style>"
                  "<script>j</script><base href=/><p>x"),
            "html(head(meta,title(\"T\"),link,style(\"s\"),script(\"j\"),base),"
            "body(p(\"x\")))");
  // After </head>, late head elements still go into <head>; whitespace
  // between head and body stays under <html>.
  EXPECT_EQ(Whole("<head></head>\n<script>j</script>\n<body>x"),
            "html(head(script(\"j\")),\"\n\",\"\n\",body(\"x\"))");
  // Body content closes the head; later head tags stay in the body.
  EXPECT_EQ(Whole("<head><div>a</div><meta name=x></head>"),
            "html(head,body(div(\"a\"),meta))");
  // Whitespace inside head is kept, text closes it.
  EXPECT_EQ(Whole("<head> <title>t</title> x"),
            "html(head(\" \",title(\"t\"),\" \"),body(\"x\"))");
}

TEST(HtmlParserTest, NoscriptInHeadHoldsOnlyHeadContent) {
  EXPECT_EQ(Whole("<head><noscript><link><img src=a></noscript><p>x"),
            "html(head(noscript(link)),body(img,p(\"x\")))");
}

TEST(HtmlParserTest, ElementsAfterBodyAndHtmlEndTagsStayInBody) {
  EXPECT_EQ(Body("<body><div>a</body>b</html>c"), "body(div(\"abc\"))");
}

// ---------------------------------------------------------------------------
// Tokenizer.

TEST(HtmlParserTest, TagNamesAreCaseInsensitive) {
  EXPECT_EQ(Body("<DIV><P>a</p></Div>"), "body(div(p(\"a\")))");
  const Dom dom = ParseHtml("<x-widget>a</x-widget><SPAN>b</SPAN>");
  const int unknown = Find(dom, GUMBO_TAG_UNKNOWN);
  ASSERT_GE(unknown, 0);
  EXPECT_EQ(Tree(dom, unknown), "?(\"a\")");
  EXPECT_GE(Find(dom, GUMBO_TAG_SPAN), 0);
}

TEST(HtmlParserTest, UnknownEndTagClosesNearestUnknownElementLikeGumbo) {
  // gumbo 0.10.1 compares tags by enum: </foo> closes the open <bar>.
  EXPECT_EQ(Body("<foo><bar>x</foo>y"), "body(?(?(\"x\"),\"y\"))");
}

TEST(HtmlParserTest, Attributes) {
  const Dom dom = ParseHtml(
      "<a HREF=\"/x?a=1&amp;b=2\" title='it&#39;s' data-x=un&quot;q hidden "
      "Class=first class=second =eq>t</a>");
  const int a = Find(dom, GUMBO_TAG_A);
  ASSERT_GE(a, 0);
  EXPECT_EQ(dom.Attr(a, "href"), "/x?a=1&b=2");
  EXPECT_EQ(dom.Attr(a, "title"), "it's");
  EXPECT_EQ(dom.Attr(a, "data-x"), "un\"q");
  EXPECT_TRUE(dom.HasAttr(a, "hidden"));
  EXPECT_EQ(dom.Attr(a, "hidden"), "");
  EXPECT_EQ(dom.Attr(a, "class"), "first");  // the first of duplicates wins
  EXPECT_TRUE(dom.HasAttr(a, "=eq"));
  EXPECT_EQ(dom.node(a).attr_end - dom.node(a).attr_begin, 6u);
  // Spacing around '=', '/' between attributes, '>' inside quotes.
  const Dom d2 = ParseHtml("<img src = \"a>b\"/alt=x/>after");
  const int img = Find(d2, GUMBO_TAG_IMG);
  EXPECT_EQ(d2.Attr(img, "src"), "a>b");
  EXPECT_EQ(d2.Attr(img, "alt"), "x/");
  EXPECT_EQ(Tree(d2, Find(d2, GUMBO_TAG_BODY)), "body(img,\"after\")");
}

TEST(HtmlParserTest, AttributeValueLegacyReferenceRule) {
  const Dom dom = ParseHtml("<a href=\"?a=1&copy=2&amp;b&copy;&lt;3&notit;\">x</a>");
  EXPECT_EQ(dom.Attr(Find(dom, GUMBO_TAG_A), "href"), "?a=1&copy=2&b\xC2\xA9<3&notit;");
  // In text the same references decode.
  EXPECT_EQ(BodyText("a=1&copy=2 &notit;"), "a=1\xC2\xA9=2 \xC2\xACit;");
}

TEST(HtmlParserTest, NamedCharacterReferences) {
  EXPECT_EQ(BodyText("&amp;&lt;&gt;&quot;&apos;"), "&<>\"'");
  EXPECT_EQ(BodyText("&nbsp;&hellip;&mdash;&ndash;"),
            "\xC2\xA0\xE2\x80\xA6\xE2\x80\x94\xE2\x80\x93");
  EXPECT_EQ(BodyText("&lsquo;&rsquo;&ldquo;&rdquo;"),
            "\xE2\x80\x98\xE2\x80\x99\xE2\x80\x9C\xE2\x80\x9D");
  EXPECT_EQ(BodyText("&bull;&middot;&trade;&euro;"),
            "\xE2\x80\xA2\xC2\xB7\xE2\x84\xA2\xE2\x82\xAC");
  EXPECT_EQ(BodyText("&copy;&reg;&times;x&NewLine;y&Tab;z"),
            "\xC2\xA9\xC2\xAE\xC3\x97x\ny\tz");
  EXPECT_EQ(
      BodyText("&eacute;&Uuml;&szlig;&alpha;&Omega;&rarr;&infin;&lang;"),
      "\xC3\xA9\xC3\x9C\xC3\x9F\xCE\xB1\xCE\xA9\xE2\x86\x92\xE2\x88\x9E\xE2\x9F\xA8");
  // Legacy names need no ';' in text; others do; unknown names stay.
  EXPECT_EQ(BodyText("&amp &lt &copy &eacute &hellip &foo; & &;"),
            "& < \xC2\xA9 \xC3\xA9 &hellip &foo; & &;");
  EXPECT_EQ(BodyText("&ampx &AMP; &LT &notin;"), "&x & < \xE2\x88\x89");
}

TEST(HtmlParserTest, AllHtml4NamedReferencesDecode) {
  const std::string_view names =
      "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg "
      "macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 "
      "frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave "
      "Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc "
      "Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave "
      "aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave "
      "iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash "
      "ugrave uacute ucirc uuml yacute thorn yuml amp lt gt quot OElig oelig Scaron "
      "scaron Yuml fnof circ tilde ensp emsp thinsp zwnj zwj lrm rlm ndash mdash lsquo "
      "rsquo sbquo ldquo rdquo bdquo dagger Dagger bull hellip permil prime Prime "
      "lsaquo rsaquo oline frasl euro Alpha Beta Gamma Delta Epsilon Zeta Eta Theta "
      "Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho Sigma Tau Upsilon Phi Chi Psi Omega "
      "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi "
      "omicron pi rho sigmaf sigma tau upsilon phi chi psi omega thetasym upsih piv "
      "image weierp real trade alefsym larr uarr rarr darr harr crarr lArr uArr rArr "
      "dArr hArr forall part exist empty nabla isin notin ni prod sum minus lowast "
      "radic prop infin ang and or cap cup int there4 sim cong asymp ne equiv le ge "
      "sub sup nsub sube supe oplus otimes perp sdot lceil rceil lfloor rfloor lang "
      "rang loz spades clubs hearts diams ";
  int count = 0;
  for (size_t i = 0; i < names.size();) {
    const size_t e = names.find(' ', i);
    const std::string name(names.substr(i, e - i));
    i = e + 1;
    ++count;
    const std::string text = BodyText("&" + name + ";");
    EXPECT_FALSE(text.empty()) << name;
    EXPECT_NE(text, "&" + name + ";") << name;
    EXPECT_LE(text.size(), 3u) << name;  // one BMP code point
  }
  EXPECT_EQ(count, 252);
}

TEST(HtmlParserTest, NumericCharacterReferences) {
  EXPECT_EQ(BodyText("&#65;&#x42;&#X43;&#0068;&#69x"), "ABCDEx");
  // windows-1252 for C1, U+FFFD for NUL, surrogates and beyond U+10FFFF.
  EXPECT_EQ(BodyText("&#128;&#x99;&#150;"), "\xE2\x82\xAC\xE2\x84\xA2\xE2\x80\x93");
  EXPECT_EQ(BodyText("&#0;&#xD800;&#x110000;&#99999999999;"),
            "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(BodyText("&#x1F600;"), "\xF0\x9F\x98\x80");
  EXPECT_EQ(BodyText("&#; &#x; &#xg;"), "&#; &#x; &#xg;");
}

TEST(HtmlParserTest, LessThanInText) {
  EXPECT_EQ(Body("a < b, 1<2, <3 <= 4 <"), "body(\"a < b, 1<2, <3 <= 4 <\")");
  EXPECT_EQ(Body("x</"), "body(\"x</\")");
  EXPECT_EQ(Body("a</>b"), "body(\"ab\")");  // "</>" is dropped
}

TEST(HtmlParserTest, CommentsDoctypeAndBogusComments) {
  EXPECT_EQ(Body("a<!-- x <p> -->b<!---->c<!-->d<!--->e<!-- y --!>f"),
            "body(\"a\",\"b\",\"c\",\"d\",\"e\",\"f\")");
  EXPECT_EQ(Body("a<!x>b<?php echo 1 ?>c</ x>d<!DOCTYPE html>e"),
            "body(\"a\",\"b\",\"c\",\"de\")");
  EXPECT_EQ(Body("a<!-- never closed <p>b"), "body(\"a\")");
  EXPECT_EQ(Body("<![CDATA[x<y]]>z"), "body(\"z\")");  // a bogus comment in HTML
  EXPECT_EQ(Body("<svg><![CDATA[x<y]]></svg>"), "body(svg(\"x<y\"))");
}

TEST(HtmlParserTest, RawTextElements) {
  EXPECT_EQ(Body("<body><script>if (a<b && c) { x = '</div>'; }</script>z"),
            "body(script(\"if (a<b && c) { x = '</div>'; }\"),\"z\")");
  EXPECT_EQ(Body("<body><style>p > a { }</STYLE >z"), "body(style(\"p > a { }\"),\"z\")");
  EXPECT_EQ(
      Body("<body><xmp><b>&amp;</xmp><iframe><p></iframe><noembed>&lt;</noembed>"
           "<noframes><i></noframes>"),
      "body(xmp(\"<b>&amp;\"),iframe(\"<p>\"),noembed(\"&lt;\"),noframes(\"<i>\"))");
  // RCDATA decodes references but not tags.
  EXPECT_EQ(Body("<body><title>a<b>&amp;</title><textarea>\nx&lt;</b></textarea>"),
            "body(title(\"a<b>&\"),textarea(\"x<</b>\"))");
  // Script data escapes: "</script>" inside "<!-- <script>" does not end it.
  EXPECT_EQ(
      Body("<body><script><!-- document.write('<script>x</script>'); --></script>z"),
      "body(script(\"<!-- document.write('<script>x</script>'); -->\"),\"z\")");
  EXPECT_EQ(Body("<body><script><!--x</script>z"), "body(script(\"<!--x\"),\"z\")");
  EXPECT_EQ(Body("<body><script></scripty></script>z"),
            "body(script(\"</scripty>\"),\"z\")");
  EXPECT_EQ(Body("<body><script>never closed <p>x"),
            "body(script(\"never closed <p>x\"))");
  EXPECT_EQ(Body("<body><script></script>z"), "body(script,\"z\")");
  EXPECT_EQ(Body("<body><p>a<plaintext></p><b>&amp;"),
            "body(p(\"a\"),plaintext(\"</p><b>&amp;\"))");
  // <noscript> is ordinary markup (scripting off, as in gumbo).
  EXPECT_EQ(Body("<body><noscript><p>x</p></noscript>"), "body(noscript(p(\"x\")))");
}

// A tracking pixel "<noscript><iframe ...></noscript>" with no </iframe>:
// gumbo's iframe raw text runs to the end of the page and takes the
// article with it; ours ends at </noscript> (where a browser with
// scripting on ends the noscript). A deliberate difference from gumbo.
TEST(HtmlParserTest, RawTextInsideNoscriptEndsAtItsEndTag) {
  EXPECT_EQ(Body("<body><noscript><iframe src=x></noscript><p>Article</p>"),
            "body(noscript(iframe),p(\"Article\"))");
  EXPECT_EQ(Body("<body><noscript><iframe>a</iframe>b</noscript><p>c"),
            "body(noscript(iframe(\"a\"),\"b\"),p(\"c\"))");
  // Outside a noscript the raw text still runs to </iframe>.
  EXPECT_EQ(Body("<body><iframe></noscript><p>x</iframe>"),
            "body(iframe(\"</noscript><p>x\"))");
}

TEST(HtmlParserTest, NulAndControlCharacters) {
  const std::string nul("a\0b", 3);
  EXPECT_EQ(BodyText(nul), "ab");  // dropped in text
  EXPECT_EQ(Body("<body><script>" + nul + "</script>"),
            "body(script(\"a\xEF\xBF\xBD"
            "b\"))");
  const Dom dom = ParseHtml("<p title=\"" + nul + "\">x");
  EXPECT_EQ(dom.Attr(Find(dom, GUMBO_TAG_P), "title"),
            "a\xEF\xBF\xBD"
            "b");
  // Control characters become U+FFFD, as in gumbo; CR and CRLF become LF.
  EXPECT_EQ(BodyText("a\x01"
                     "b\xC2\x85"
                     "c\x7F"
                     "d\xC2\xA9"),
            "a\xEF\xBF\xBD"
            "b\xEF\xBF\xBD"
            "c\xEF\xBF\xBD"
            "d\xC2\xA9");
  EXPECT_EQ(BodyText("a\r\nb\rc\n"), "a\nb\nc\n");
  const std::string many(1000, '\0');
  const Dom big = ParseHtml(many + "<p>" + many);
  ExpectWellFormed(big);
  EXPECT_EQ(Tree(big, 0), "html(head,body(p))");
}

TEST(HtmlParserTest, EndOfInputInsideATagDropsIt) {
  EXPECT_EQ(Body("a<div class=\"x"), "body(\"a\")");
  EXPECT_EQ(Body("a<div"), "body(\"a\")");
  EXPECT_EQ(Body("a<div class=x "), "body(\"a\")");
  EXPECT_EQ(Body("a</div"), "body(\"a\")");
}

// ---------------------------------------------------------------------------
// Tree construction.

TEST(HtmlParserTest, ParagraphsCloseImplicitly) {
  EXPECT_EQ(Body("<!DOCTYPE html><p>1<p>2<div>3</div><p>4<ul><li>5</ul><p>6<h2>7</h2><p>8"
                 "<table></table>"),
            "body(p(\"1\"),p(\"2\"),div(\"3\"),p(\"4\"),ul(li(\"5\")),p(\"6\"),h2(\"7\"),"
            "p(\"8\"),table)");
  EXPECT_EQ(Body("<p>a<hr>b<p>c<pre>d</pre>"),
            "body(p(\"a\"),hr,\"b\",p(\"c\"),pre(\"d\"))");
  // Inline elements do not close a paragraph.
  EXPECT_EQ(Body("<p>a<span>b</span><em>c</em>d"),
            "body(p(\"a\",span(\"b\"),em(\"c\"),\"d\"))");
  // "</p>" without an open <p> inserts an empty one.
  EXPECT_EQ(Body("a</p>b"), "body(\"a\",p,\"b\")");
  // In quirks mode (no doctype) <table> stays inside <p>.
  EXPECT_EQ(Body("<p>a<table></table>"), "body(p(\"a\",table))");
  EXPECT_EQ(Body("<!DOCTYPE html><p>a<table></table>"), "body(p(\"a\"),table)");
}

TEST(HtmlParserTest, ListsAndDefinitionLists) {
  EXPECT_EQ(Body("<ul><li>a<li>b<ul><li>c</ul><li>d</ul>"),
            "body(ul(li(\"a\"),li(\"b\",ul(li(\"c\"))),li(\"d\")))");
  EXPECT_EQ(Body("<dl><dt>t<dd>d<dt>t2</dl>"),
            "body(dl(dt(\"t\"),dd(\"d\"),dt(\"t2\")))");
  // An <li> closes an open <li> through <div>, <p> and inline elements, but
  // not through other special elements such as <section>.
  EXPECT_EQ(Body("<ul><li><div><li>x</div></ul>"), "body(ul(li(div),li(\"x\")))");
  EXPECT_EQ(Body("<ul><li><section><li>x</section></ul>"),
            "body(ul(li(section(li(\"x\")))))");
  EXPECT_EQ(Body("<ul><li><p>a<li>b</ul>"), "body(ul(li(p(\"a\")),li(\"b\")))");
}

TEST(HtmlParserTest, Headings) {
  EXPECT_EQ(Body("<h1>a<h2>b</h1>c"), "body(h1(\"a\"),h2(\"b\"),\"c\")");
  EXPECT_EQ(Body("<h3><span>a</h3>b"), "body(h3(span(\"a\")),\"b\")");
}

TEST(HtmlParserTest, EndTagsOutsideScopeAreIgnored) {
  EXPECT_EQ(Body("<div>a</span>b</div>c"), "body(div(\"ab\"),\"c\")");
  // </span> does not close through a <div>, </div> does close a <span>.
  EXPECT_EQ(Body("<span><div>a</span>b</div>c"), "body(span(div(\"ab\"),\"c\"))");
  EXPECT_EQ(Body("<div><span>a</div>b"), "body(div(span(\"a\")),\"b\")");
  EXPECT_EQ(Body("</div></td></tr>x"), "body(\"x\")");
  // </br> acts as <br>.
  EXPECT_EQ(Body("a</br>b"), "body(\"a\",br,\"b\")");
}

TEST(HtmlParserTest, VoidElements) {
  EXPECT_EQ(
      Body("<img src=a>x<br>y<input>z<wbr><embed><source><track><area><param>"
           "<keygen><hr><col>"),
      "body(img,\"x\",br,\"y\",input,\"z\",wbr,embed,source,track,area,param,keygen,hr)");
  EXPECT_EQ(Body("<br/>a<img/>b<div/>c"), "body(br,\"a\",img,\"b\",div(\"c\"))");
  EXPECT_EQ(Body("<image src=x>"), "body(img)");
}

TEST(HtmlParserTest, Tables) {
  EXPECT_EQ(Body("<table><tr><td>a<td>b<tr><th>c</table>x"),
            "body(table(tbody(tr(td(\"a\"),td(\"b\")),tr(th(\"c\")))),\"x\")");
  EXPECT_EQ(Body("<table><caption>c</caption><colgroup><col></colgroup><thead><tr><td>h"
                 "<tbody><tr><td>b<tfoot><tr><td>f</table>"),
            "body(table(caption(\"c\"),colgroup(col),thead(tr(td(\"h\"))),"
            "tbody(tr(td(\"b\"))),tfoot(tr(td(\"f\")))))");
  EXPECT_EQ(Body("<table><col><td>x</table>"),
            "body(table(colgroup(col),tbody(tr(td(\"x\")))))");
  // A nested table lives in a cell; </td> of the outer cell is out of scope
  // inside the inner table.
  EXPECT_EQ(Body("<table><tr><td><table><tr><td>in</td></td></table>out</table>"),
            "body(table(tbody(tr(td(table(tbody(tr(td(\"in\")))),\"out\")))))");
  // A cell closes the open cell and the elements in it.
  EXPECT_EQ(Body("<table><tr><td><div>a<td>b</table>"),
            "body(table(tbody(tr(td(div(\"a\")),td(\"b\")))))");
  // <table> inside a table (not in a cell) closes the first one.
  EXPECT_EQ(Body("<table><tr><td>a</td><table><tr><td>b</table>"),
            "body(table(tbody(tr(td(\"a\")))),table(tbody(tr(td(\"b\")))))");
  // Table parts outside a table are ignored.
  EXPECT_EQ(Body("<tr><td>a</td></tr>"), "body(\"a\")");
  // Deviation: text between rows stays in the table (HTML5 moves it before).
  EXPECT_EQ(Body("<table>t<tr><td>c</table>"), "body(table(\"t\",tbody(tr(td(\"c\")))))");
}

TEST(HtmlParserTest, FormsSelectsAndOptions) {
  EXPECT_EQ(Body("<form><form><input></form>x"), "body(form(input),\"x\")");
  EXPECT_EQ(Body("<select><option>1<option>2<optgroup><option>3</select>x"),
            "body(select(option(\"1\"),option(\"2\"),optgroup(option(\"3\"))),\"x\")");
  // Inside <select> other tags are ignored; their text stays.
  EXPECT_EQ(Body("<select><div><b>a</b></div><option>b</select>c"),
            "body(select(\"a\",option(\"b\")),\"c\")");
  EXPECT_EQ(Body("<button>a<button>b"), "body(button(\"a\"),button(\"b\"))");
}

TEST(HtmlParserTest, FormattingElements) {
  // A new <a> closes the open one.
  EXPECT_EQ(Body("<a href=1>x<a href=2>y</a>z"), "body(a(\"x\"),a(\"y\"),\"z\")");
  // Formatting closed by a block is reopened for the following text.
  EXPECT_EQ(Body("<p><b>x</p>y"), "body(p(b(\"x\")),b(\"y\"))");
  EXPECT_EQ(Body("<b><i>x</b>y</i>z"), "body(b(i(\"x\")),i(\"y\"),\"z\")");
  EXPECT_EQ(Body("<p><a href=1>x<div>y</div></a>"), "body(p(a(\"x\")),div(a(\"y\")))");
  const Dom dom = ParseHtml("<p><a href=1>x</p>y");
  int second = -1;
  for (int i = 0; i < dom.size(); ++i) {
    if (dom.IsElement(i) && dom.node(i).tag == GUMBO_TAG_A) second = i;
  }
  EXPECT_EQ(dom.Attr(second, "href"), "1");  // the clone keeps the attributes
  // Adoption agency with a block above the formatting element: the block
  // moves up to the formatting element's parent, so later text is outside
  // the <a> as in HTML5 (deviation: text already in the block loses the
  // <a>, where HTML5 wraps it in a clone).
  EXPECT_EQ(Body("<b><div>x</b>y"), "body(b,div(\"x\",\"y\"))");
  EXPECT_EQ(Body("<a name=n>t<blockquote><p>x<a href=2>y</a>z</blockquote>w"),
            "body(a(\"t\"),blockquote(p(\"x\",a(\"y\"),\"z\")),\"w\")");
  // Noah's Ark: at most three identical entries are reopened.
  EXPECT_EQ(Body("<p><b><b><b><b>x</p>y"), "body(p(b(b(b(b(\"x\"))))),b(b(b(\"y\"))))");
}

TEST(HtmlParserTest, ForeignContent) {
  EXPECT_EQ(
      Body("<svg viewBox=\"0 0 1 1\"><path d=\"x\"/><g><title>T</title></g></svg>after"),
      "body(svg(?,?(title(\"T\"))),\"after\")");
  // HTML break-out tags leave SVG; integration points take HTML.
  EXPECT_EQ(Body("<svg><circle><p>para"), "body(svg(?),p(\"para\"))");
  EXPECT_EQ(Body("<svg><foreignObject><div>d</div></foreignObject></svg>"),
            "body(svg(foreignobject(div(\"d\"))))");
  EXPECT_EQ(Body("<math><mi>x</mi><b>y</b></math>"), "body(math(mi(\"x\")),b(\"y\"))");
  // <style> in SVG is not raw text.
  EXPECT_EQ(Body("<svg><style><x>a&amp;</x></style></svg>"),
            "body(svg(style(?(\"a&\"))))");
}

TEST(HtmlParserTest, WhitespaceAndPreNewlines) {
  EXPECT_EQ(Body("<div>\n  <p>a</p>\n</div>"), "body(div(\"\n  \",p(\"a\"),\"\n\"))");
  EXPECT_EQ(Body("<pre>\nx\n</pre><pre>\r\ny</pre><listing>\n\nz</listing>"),
            "body(pre(\"x\n\"),pre(\"y\"),listing(\"\nz\"))");
  EXPECT_EQ(Body("<textarea>\r\nx</textarea>"), "body(textarea(\"x\"))");
  // Text separated only by ignored tags is one node; comments split it.
  EXPECT_EQ(Body("<div>a</b>b<!--c-->d</div>"), "body(div(\"ab\",\"d\"))");
}

TEST(HtmlParserTest, SourceRanges) {
  const std::string html = "<p class=x>a &amp; b</p><div>c</div>";
  const Dom dom = ParseHtml(html);
  const int p = Find(dom, GUMBO_TAG_P);
  const DomNode& pn = dom.node(p);
  EXPECT_EQ(html.substr(pn.src_begin, pn.src_end - pn.src_begin), "<p class=x>");
  const DomNode& text = dom.node(pn.first_child);
  EXPECT_EQ(dom.Text(pn.first_child), "a & b");
  EXPECT_EQ(html.substr(text.src_begin, text.src_end - text.src_begin), "a &amp; b");
  // Implied elements have an empty range at the token that implied them.
  const DomNode& body = dom.node(Find(dom, GUMBO_TAG_BODY));
  EXPECT_EQ(body.src_begin, 0u);
  EXPECT_EQ(body.src_end, 0u);
  const Dom t = ParseHtml("<table><tr><td>x</table>");
  const DomNode& tbody = t.node(Find(t, GUMBO_TAG_TBODY));
  EXPECT_EQ(tbody.src_begin, 7u);
  EXPECT_EQ(tbody.src_end, 7u);
  // Script content: the raw bytes between the tags.
  const std::string s = "<script>a&amp;</script>";
  const Dom sd = ParseHtml(s);
  const DomNode& st = sd.node(sd.node(Find(sd, GUMBO_TAG_SCRIPT)).first_child);
  EXPECT_EQ(s.substr(st.src_begin, st.src_end - st.src_begin), "a&amp;");
}

TEST(HtmlParserTest, DeepNestingIsBounded) {
  std::string html;
  constexpr int kDepth = 100000;
  for (int i = 0; i < kDepth; ++i) html += "<div>";
  html += "deep";
  for (int i = 0; i < kDepth; ++i) html += "</div>";
  html += "after";
  const auto start = std::chrono::steady_clock::now();
  const Dom dom = ParseHtml(html);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ExpectWellFormed(dom);
  // html, head, body, the divs, 2 texts, and an empty <div> marking the end
  // of each div that was not pushed.
  EXPECT_EQ(dom.size(), 3 + kDepth + 2 + (kDepth - 510));
  int max_depth = 0;
  std::vector<int> depth(static_cast<size_t>(dom.size()), 0);
  for (int i = 1; i < dom.size(); ++i) {
    depth[i] = depth[dom.node(i).parent] + 1;
    max_depth = std::max(max_depth, depth[i]);
  }
  EXPECT_LE(max_depth, 520);
  // The end tags of the elements that were not pushed are swallowed, so the
  // text after the last </div> is back in <body>.
  EXPECT_EQ(dom.node(dom.size() - 1).parent, Find(dom, GUMBO_TAG_BODY));
  EXPECT_EQ(dom.Text(dom.size() - 1), "after");
  EXPECT_LT(seconds, 5.0);
  // Unclosed inline nesting and formatting elements stay linear too.
  std::string b;
  for (int i = 0; i < 20000; ++i) b += "<b><p>x";
  const Dom bd = ParseHtml(b);
  ExpectWellFormed(bd);
  EXPECT_LT(bd.size(), 20000 * 8);
}

TEST(HtmlParserTest, MaxDepthFlattensWhatIsDeeper) {
  // html > body > div > section > [article > p > span: too deep]
  const char* page =
      "<div>one<section>two<article>three<p>four<span>five</span></p></article>"
      "six</section>seven</div>eight";
  const Dom dom = ParseHtml(page, 4);
  ExpectWellFormed(dom);
  std::vector<int> depth(static_cast<size_t>(dom.size()), 0);
  std::string text;
  for (int i = 1; i < dom.size(); ++i) {
    depth[i] = depth[dom.node(i).parent] + 1;
    if (dom.IsElement(i)) {
      // html (depth 0) to section (depth 3) are the 4 open elements; what
      // was too deep is an empty leaf under section.
      EXPECT_LE(depth[i], 4) << i;
      if (depth[i] == 4) EXPECT_EQ(dom.node(i).first_child, -1) << i;
    } else {
      text += std::string(dom.Text(i)) + " ";
    }
  }
  EXPECT_EQ(text, "one two three four five six seven eight ");
  // The text of the elements that were not opened goes to <section>.
  const int section = Find(dom, GUMBO_TAG_SECTION);
  for (int i = 0; i < dom.size(); ++i) {
    if (!dom.IsElement(i) && dom.Text(i) == "five")
      EXPECT_EQ(dom.node(i).parent, section);
  }
  // Out-of-range bounds are clamped.
  ExpectWellFormed(ParseHtml(page, -7));
  ExpectWellFormed(ParseHtml(page, 1 << 30));
}

// ---------------------------------------------------------------------------
// Differential checks against gumbo.

// Each non-blank text node as its trimmed text and the set of tags of the
// elements that enclose it.
std::vector<std::string> TextsWithTags(const Dom& dom) {
  std::vector<std::string> out;
  for (int i = 0; i < dom.size(); ++i) {
    if (dom.IsElement(i)) continue;
    const std::string_view t = dom.Text(i);
    const size_t b = t.find_first_not_of(" \t\n\r\f");
    if (b == std::string_view::npos) continue;
    std::vector<std::string> tags;
    for (int p = dom.node(i).parent; p >= 0; p = dom.node(p).parent) {
      tags.push_back(TagName(dom.node(p).tag));
    }
    std::sort(tags.begin(), tags.end());
    tags.erase(std::unique(tags.begin(), tags.end()), tags.end());
    std::string entry(t.substr(b, t.find_last_not_of(" \t\n\r\f") + 1 - b));
    entry += "  <";
    for (const std::string& tag : tags) entry += " " + tag;
    out.push_back(entry + " >");
  }
  return out;
}

// Hand-written pages in the shapes news sites use, including sloppy markup
// that HTML5 (and so gumbo) repairs in ways ParseHtml must follow.
const char* const kPages[] = {
    // A typical article page.
    "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    "<title>Talks resume &ndash; Example News</title>\n"
    "<meta property=\"og:title\" content=\"Talks resume\">\n"
    "<link rel=\"canonical\" href=\"https://example.com/a\">\n"
    "<script "
    "type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"x\":\"<b>\"}</script>\n"
    "<style>body{margin:0} p>a{color:red}</style>\n</head>\n"
    "<body class=\"article\">\n<header><nav><ul><li><a href=\"/\">Home</a></li>"
    "<li><a href=\"/world\">World</a></li></ul></nav></header>\n"
    "<main><article><h1>Talks resume in Geneva</h1>\n"
    "<p class=\"byline\">By <span class=\"author\">Jane Doe</span> &middot; "
    "<time datetime=\"2024-05-01\">May 1, 2024</time></p>\n"
    "<p>GENEVA &mdash; Negotiators met on Tuesday, officials said.<p>The talks, "
    "which began in <b>March</b>, were &ldquo;constructive&rdquo;, "
    "<a href=\"/x\">a spokesman</a> said.\n"
    "<figure><img src=\"a.jpg\" alt=\"Delegates\"><figcaption>Delegates arrive."
    "</figcaption></figure>\n"
    "<blockquote><p>We will meet again.</blockquote>\n"
    "<h2>Background</h2><ul><li>First round<li>Second round</ul>\n"
    "<table><tr><th>Year<th>Deaths<tr><td>2023<td>1,204</table>\n"
    "</article></main>\n<aside><h3>Related</h3><ol><li><a href=\"/r1\">Other story</a>"
    "</ol></aside>\n<footer><p>&copy; 2024 Example</footer>\n"
    "<script>window.dataLayer=[];if(a<b){}</script>\n</body>\n</html>\n",

    // Old-style layout tables, <font>, <center>, unclosed cells.
    "<html><head><title>Old site</title></head><body bgcolor=white>"
    "<center><table width=100%><tr><td valign=top><font face=Arial size=2>"
    "<b>Headline here</b><br>Posted 03/04/2005<p>First paragraph of the story."
    "<p>Second paragraph, with <i>italics</i> &amp; more.</p></font></td>"
    "<td><img src=ad.gif></table></center></body></html>",

    // Definition lists, nested lists, forms, selects, buttons.
    "<!DOCTYPE html><body><dl><dt>Term<dd>Definition one<dt>Term two<dd>Second</dl>"
    "<ol><li>One<ol><li>One.a<li>One.b</ol><li>Two</ol>"
    "<form action=/s><label>Search <input name=q></label><select name=s>"
    "<option>All<option selected>News</select><button>Go</button></form>"
    "<p>After the form.</p></body>",

    // Comments, CDATA, processing instructions, entities and scripts.
    "<!DOCTYPE html><html><head><!-- head comment --><script>"
    "<!--\nif (x < 1 && y > 2) document.write('<p>no</p>');\n//--></script>"
    "</head><body><!-- c1 --><p>Text &amp; more &lt;tags&gt; &#8220;quoted&#8221;"
    " &copy 2024 &nbsp;end</p><?xml-stylesheet x?><p>Next<!-- inline -->part</p>"
    "<noscript><p>Enable JavaScript</p></noscript><textarea>Raw &amp; <b>text</b>"
    "</textarea><p>Last</p></body></html>",

    // SVG icons and MathML inside content.
    "<!DOCTYPE html><body><p>Share <a href=#><svg viewBox=\"0 0 24 24\"><title>Twitter"
    "</title><path d=\"M0 0h24\"/></svg></a> or <math><mi>x</mi><mo>=</mo><mn>2</mn>"
    "</math></p><div><svg><g><circle r=1 /></g></svg><p>After icon</p></div></body>",

    // Misnested and unclosed elements that HTML5 repairs simply.
    "<!DOCTYPE html><body><div><p>One<div>Two</div><p>Three<span>Four</div>Five"
    "<h2>Six<h3>Seven</h2>Eight<ul><li>Nine<p>Ten<li>Eleven</ul>"
    "<p>Twelve</span>Thirteen</p></p>Fourteen<br></br>Fifteen</body>",

    // Formatting elements across blocks (reconstruction).
    "<!DOCTYPE html><body><p><b>Bold start</p><p>continues</p></b><p>plain"
    "<p><i>one <a href=1>link</a> two</i><p><a href=2>anchor<div>block in "
    "anchor</div></a>"
    "<p>end</body>",

    // Tables with captions, sections and nested tables.
    "<!DOCTYPE html><body><table><caption>Results</caption><thead><tr><th>Party<th>Seats"
    "<tbody><tr><td>A<td>120<tr><td>B<td><table><tr><td>nested</table></td>"
    "<tfoot><tr><td colspan=2>Total</table><p>Below the table</body>",
};

TEST(HtmlParserDifferentialTest, HandWrittenPagesMatchGumbo) {
  for (const char* page : kPages) {
    const Dom ours = ParseHtml(page);
    const Dom gumbo = ParseHtmlWithGumbo(page);
    ExpectWellFormed(ours);
    const std::vector<std::string> a = TextsWithTags(gumbo);
    const std::vector<std::string> b = TextsWithTags(ours);
    ASSERT_FALSE(a.empty());
    EXPECT_EQ(a, b) << page;
  }
}

// The whitespace-separated words of the text nodes outside <head>, <script>
// and <style>, as views into the Dom (which must outlive them).
std::vector<std::string_view> VisibleWords(const Dom& dom) {
  std::vector<std::string_view> words;
  std::vector<char> hidden(static_cast<size_t>(dom.size()), 0);
  for (int i = 0; i < dom.size(); ++i) {
    const DomNode& n = dom.node(i);
    bool h = n.parent >= 0 && hidden[static_cast<size_t>(n.parent)];
    if (dom.IsElement(i)) {
      h = h || n.tag == GUMBO_TAG_HEAD || n.tag == GUMBO_TAG_SCRIPT ||
          n.tag == GUMBO_TAG_STYLE;
      hidden[static_cast<size_t>(i)] = h;
      continue;
    }
    if (h) continue;
    const std::string_view t = dom.Text(i);
    size_t k = 0;
    while (k < t.size()) {
      k = t.find_first_not_of(" \t\n\r\f", k);
      if (k == std::string_view::npos) break;
      size_t e = t.find_first_of(" \t\n\r\f", k);
      if (e == std::string_view::npos) e = t.size();
      words.push_back(t.substr(k, e - k));
      k = e;
    }
  }
  return words;
}

// Insertions plus deletions between a and b (Myers), or max_d + 1 if more.
size_t EditDistance(const std::vector<std::string_view>& a,
                    const std::vector<std::string_view>& b, size_t max_d) {
  const long n = static_cast<long>(a.size()), m = static_cast<long>(b.size());
  const long cap = static_cast<long>(max_d);
  std::vector<long> v(static_cast<size_t>(2 * cap + 3), 0);
  const auto at = [&](long k) -> long& { return v[static_cast<size_t>(k + cap + 1)]; };
  for (long d = 0; d <= cap; ++d) {
    for (long k = -d; k <= d; k += 2) {
      long x = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? at(k + 1) : at(k - 1) + 1;
      long y = x - k;
      while (x < n && y < m && a[static_cast<size_t>(x)] == b[static_cast<size_t>(y)]) {
        ++x;
        ++y;
      }
      at(k) = x;
      if (x >= n && y >= m) return static_cast<size_t>(d);
    }
  }
  return max_d + 1;
}

std::string Gunzip(const fs::path& path) {
  std::string out;
  gzFile f = gzopen(path.string().c_str(), "rb");
  if (f == nullptr) return out;
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
  gzclose(f);
  return out;
}

// gumbo 0.10.1 writes an overflowing numeric reference as invalid UTF-8
// (found by fuzz_extract_html); the reference Dom repairs it, and both
// parsers give U+FFFD.
TEST(HtmlParserDifferentialTest, OverflowingNumericReferenceIsValidUtf8InBoth) {
  const char* page = "<p>a&#x2F600aaaaaaaaaaaa;b</p><p title=\"&#99999999999999;\">c</p>";
  for (const Dom& dom : {ParseHtmlWithGumbo(page), ParseHtml(page)}) {
    for (int i = 0; i < dom.size(); ++i) {
      if (!dom.IsElement(i)) EXPECT_TRUE(IsValidUtf8(dom.Text(i))) << dom.Text(i);
    }
    int p = -1;
    for (int i = 0; i < dom.size() && p < 0; ++i) {
      if (dom.IsElement(i) && !dom.Attr(i, "title").empty()) p = i;
    }
    ASSERT_GE(p, 0);
    EXPECT_TRUE(IsValidUtf8(dom.Attr(p, "title")));
  }
  EXPECT_EQ(TextsWithTags(ParseHtmlWithGumbo(page)), TextsWithTags(ParseHtml(page)));
}

TEST(HtmlParserDifferentialTest, AebPagesHaveTheSameVisibleTextAsGumbo) {
  const fs::path dir = fs::path(CHRONICLE_SOURCE_DIR "/../shared/data/extract/aeb/html");
  if (!fs::is_directory(dir)) GTEST_SKIP() << "AEB pages not found at " << dir;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir)) {
    const std::string name = e.path().filename().string();
    if (name.size() > 8 && name.substr(name.size() - 8) == ".html.gz")
      files.push_back(e.path());
  }
  ASSERT_FALSE(files.empty());
  std::sort(files.begin(), files.end());
  int exact = 0, similar = 0;
  for (const fs::path& file : files) {
    const std::string html = Gunzip(file);
    const Dom gumbo = ParseHtmlWithGumbo(html);
    const Dom ours = ParseHtml(html);
    const std::vector<std::string_view> a = VisibleWords(gumbo);
    const std::vector<std::string_view> b = VisibleWords(ours);
    if (a == b) {
      ++exact;
      continue;
    }
    // Similarity 1 - distance / (|a| + |b|) >= 0.99.
    const size_t total = a.size() + b.size();
    const size_t d = EditDistance(a, b, total / 100);
    if (d <= total / 100) {
      ++similar;
    } else {
      std::printf("[ AEB      ] visible text differs: %s\n", file.filename().c_str());
    }
  }
  const double share =
      static_cast<double>(exact + similar) / static_cast<double>(files.size());
  std::printf("[ AEB      ] %zu pages: %d identical, %d >= 0.99 similar, share %.3f\n",
              files.size(), exact, similar, share);
  EXPECT_GE(share, 0.97);
}

}  // namespace
}  // namespace chronicle::extract_internal
