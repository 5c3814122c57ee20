#include "dict/formats/tabari_dict.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace chronicle {
namespace {

namespace fs = std::filesystem;

// ../shared beside the checkout (CHRONICLE_SOURCE_DIR is set by CMake).
std::string SharedTabari() {
  return std::string(CHRONICLE_SOURCE_DIR) + "/../shared/data/events/tabari";
}

using Kind = DateRestriction::Kind;

// ---- shared pieces ----------------------------------------------------

TEST(FormatLinesTest, PhraseJoinsAndWholeWordEnd) {
  DictPhrase p;
  ASSERT_TRUE(ParseDictPhrase("ITHILEN_GOVERNMENT RADIO_", &p));
  EXPECT_EQ(p.words, (std::vector<std::string>{"ITHILEN", "GOVERNMENT", "RADIO"}));
  EXPECT_EQ(p.joins, "_ ");
  EXPECT_TRUE(p.whole_word_end);
  ASSERT_TRUE(ParseDictPhrase("ARGENTIN", &p));
  EXPECT_FALSE(p.whole_word_end);
  EXPECT_EQ(p.joins, "");
  EXPECT_FALSE(ParseDictPhrase(" __ ", &p));
}

TEST(FormatLinesTest, DatesWidenTwoDigitYearsAndCheckTheCalendar) {
  int d = 0;
  ASSERT_TRUE(ParseFieldDate("991201", &d));
  EXPECT_EQ(d, 19991201);
  ASSERT_TRUE(ParseFieldDate("010114", &d));
  EXPECT_EQ(d, 20010114);
  ASSERT_TRUE(ParseFieldDate("20090120", &d));
  EXPECT_EQ(d, 20090120);
  ASSERT_TRUE(ParseFieldDate("20120229", &d));
  EXPECT_FALSE(ParseFieldDate("20110229", &d));
  EXPECT_FALSE(ParseFieldDate("2004017", &d));   // seven digits
  EXPECT_FALSE(ParseFieldDate("19901301", &d));  // month 13
}

TEST(FormatLinesTest, DatedCodeForms) {
  DatedCode c;
  std::string why;
  ASSERT_TRUE(ParseDatedCode("USAGOV 991201-010114", &c, &why));
  EXPECT_EQ(c.code, "USAGOV");
  EXPECT_EQ(c.when.kind, Kind::kBetween);
  EXPECT_EQ(c.when.from, 19991201);
  EXPECT_EQ(c.when.to, 20010114);
  ASSERT_TRUE(ParseDatedCode("HOB < 950601", &c, &why));
  EXPECT_EQ(c.when.kind, Kind::kBefore);
  EXPECT_EQ(c.when.to, 19950601);
  ASSERT_TRUE(ParseDatedCode(" HOBGOV 950601 - 990815 ", &c, &why));
  EXPECT_EQ(c.when.kind, Kind::kBetween);
  ASSERT_TRUE(ParseDatedCode("USAGOV >20090120", &c, &why));
  EXPECT_EQ(c.when.kind, Kind::kAfter);
  EXPECT_EQ(c.when.from, 20090120);
  ASSERT_TRUE(ParseDatedCode("---", &c, &why));
  EXPECT_EQ(c.when.kind, Kind::kAlways);
  EXPECT_FALSE(ParseDatedCode("991201-010114", &c, &why));
  EXPECT_NE(why.find("without a code"), std::string::npos);
  EXPECT_FALSE(ParseDatedCode("MNEGOV 20121204", &c, &why));
  EXPECT_FALSE(ParseDatedCode("EGYGOV 20121207-20120802", &c, &why));
  EXPECT_FALSE(ParseDatedCode("  ", &c, &why));
}

TEST(FormatLinesTest, InvalidUtf8AndBinaryLinesAreProblems) {
  std::vector<std::string> problems;
  const std::string text = std::string(
      "A\r\nB \xC2 C\nD\x1A"
      "E\nF");
  const std::vector<SourceLine> lines = SplitSourceLines(text, "x.verbs", &problems);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].text, "A");
  EXPECT_EQ(lines[1].text, "F");
  EXPECT_EQ(lines[1].line, 4);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0],
            "x.verbs:2: invalid UTF-8 (byte 0xC2 at column 3); line skipped");
  EXPECT_EQ(problems[1], "x.verbs:3: binary data (byte 0x1A at column 2); line skipped");
}

// ---- .actors ----------------------------------------------------------

TEST(TabariActorsTest, Constructs) {
  const TabariActorFile f = ParseTabariActors(
      "<NOUN>\n"
      "FORCES_  ;JW   10/18/91\n"
      "</NOUN>\n"
      "<ADJECTIVE>\n"
      "BAD   ;PAS\n"
      "</ADJECTIVE>\n"
      "AL_GORE  [AGR] ;  pas 26 apr 03\n"
      "#ALBRIGHZ  [991201-010114] [---] ; commented out\n"
      "ALBRIGHT  [USAGOV 991201-010114] [---] ;ems\n"
      "\n"
      "GOLLUM  ; pas 27 Apr 03\n"
      "+SMEAGOL\n"
      "+SLINKER\n"
      "\t[HOB < 950601]\n"
      "\t[HOBGOV 950601 - 990815]\n"
      "\t\n"
      "THE_SHIRE  [FRO/BIL/SAM]\n"
      "~~FINISH 16:47 CDT\n"
      "NOT_READ [XXX]\n",
      "demo.actors");
  EXPECT_TRUE(f.problems.empty()) << f.problems[0];
  ASSERT_EQ(f.nouns.size(), 1u);
  EXPECT_EQ(f.nouns[0].phrase.text, "FORCES_");
  ASSERT_EQ(f.adjectives.size(), 1u);
  ASSERT_EQ(f.actors.size(), 4u);
  EXPECT_EQ(f.actors[0].name.words, (std::vector<std::string>{"AL", "GORE"}));
  EXPECT_EQ(f.actors[0].codes[0].code, "AGR");
  EXPECT_EQ(f.actors[0].line, 7);
  EXPECT_EQ(f.actors[0].file, "demo.actors");
  ASSERT_EQ(f.actors[1].codes.size(), 2u);
  EXPECT_EQ(f.actors[1].codes[0].when.kind, Kind::kBetween);
  EXPECT_EQ(f.actors[1].codes[1].code, "---");
  const TabariActor& gollum = f.actors[2];
  EXPECT_EQ(gollum.synonyms.size(), 2u);
  EXPECT_EQ(gollum.synonyms[1].text, "SLINKER");
  ASSERT_EQ(gollum.codes.size(), 2u);
  EXPECT_EQ(gollum.codes[0].when.kind, Kind::kBefore);
  EXPECT_EQ(gollum.codes[1].line, 15);
  EXPECT_EQ(f.actors[3].codes[0].code, "FRO/BIL/SAM");
}

TEST(TabariActorsTest, MalformedLines) {
  const TabariActorFile f = ParseTabariActors(
      "+ORPHAN\n"                           // 1 synonym before any actor
      "\t[ORF]\n"                           // 2 code before any actor
      "ALBRIGHZ  [991201-010114]\n"         // 3 dates but no code
      "ALBRIGHY  [USAGOV 991301-010114]\n"  // 4 month 13
      "BROKEN  [USA\n"                      // 5 no ']'
      "EXTRA  [USA] junk\n"                 // 6 text after code
      "+AFTER_BAD\n"                        // 7 its record was not read
      "  INDENTED_NAME\n"                   // 8 indented, not a code
      "FINE [FIN]\n"
      "+SYN [CODE]\n"  // 10 code on a synonym line
      "<VERBS>\n",     // 11 unknown section
      "bad.actors");
  EXPECT_EQ(f.problems,
            (std::vector<std::string>{
                "bad.actors:1: synonym \"+ORPHAN\" outside an actor record",
                "bad.actors:2: code line \"[ORF]\" outside an actor record",
                "bad.actors:3: date restriction without a code in \"[991201-010114]\"",
                "bad.actors:4: bad date \"991301\" in \"[USAGOV 991301-010114]\"",
                "bad.actors:5: '[' without ']' in \"BROKEN  [USA\"",
                "bad.actors:6: text after the code: \"junk\"",
                "bad.actors:7: synonym \"+AFTER_BAD\" outside an actor record",
                "bad.actors:8: indented line is not a code block: \"INDENTED_NAME\"",
                "bad.actors:10: code on a synonym line; put it on its own line",
                "bad.actors:11: unknown section <VERBS>"}));
  // Lines 3 and 4 keep their actor (without the bad code); 5-8 are skipped.
  ASSERT_EQ(f.actors.size(), 3u);
  EXPECT_EQ(f.actors[2].name.text, "FINE");
  EXPECT_TRUE(f.actors[0].codes.empty());
  EXPECT_TRUE(f.actors[1].synonyms.empty());
}

// ---- .verbs -----------------------------------------------------------

TEST(TabariVerbsTest, Constructs) {
  const TabariVerbFile f = ParseTabariVerbs(
      "<SYNSETS>\n"
      "&TIETYPES\n"
      "+MILITARY\n"
      "+ECONOMIC_AID\n"
      "</SYNSETS>\n"
      "<TIME>\n"
      "LAST_WEEK [-7]\n"
      "TOMORROW [+1]\n"
      "- * AND TOMORROW [+3]\n"
      "</TIME>\n"
      "ABANDON  [345] ;pas 15 Jul 2003\n"
      "- * &TIETYPES_TIES [902]; -PAS 12.01.12\n"
      "- SUGGESTED_+ * DEMAND_{ GENEVA_ | INTERNATIONAL }_CONVENTIONS  [111]\n"
      "BREAK_ [1717]\n"
      "{ BROKE_ BROKEN_ }\n"
      "- % HAVE *  [032]\n"
      "- $ * + ^ RECENT~_CLOSELY @  [031:032]\n"
      "~~FINISH\n",
      "demo.verbs");
  EXPECT_TRUE(f.problems.empty()) << f.problems[0];
  ASSERT_EQ(f.synsets.size(), 1u);
  EXPECT_EQ(f.synsets[0].name, "&TIETYPES");
  EXPECT_EQ(f.synsets[0].members[1].words, (std::vector<std::string>{"ECONOMIC", "AID"}));
  ASSERT_EQ(f.time_phrases.size(), 2u);
  EXPECT_EQ(f.time_phrases[0].code.text, "-7");
  EXPECT_EQ(f.time_phrases[1].patterns.size(), 1u);
  ASSERT_EQ(f.verbs.size(), 2u);
  EXPECT_EQ(f.pattern_count(), 4u);
  const TabariVerb& abandon = f.verbs[0];
  EXPECT_EQ(abandon.code.text, "345");
  EXPECT_EQ(abandon.line, 11);
  const TabariPattern& p = abandon.patterns[1];
  EXPECT_EQ(p.text, "SUGGESTED_+ * DEMAND_{ GENEVA_ | INTERNATIONAL }_CONVENTIONS");
  ASSERT_EQ(p.tokens.size(), 10u);
  EXPECT_EQ(p.tokens[0].text, "SUGGESTED");
  EXPECT_TRUE(p.tokens[0].underscore_after);
  EXPECT_TRUE(p.tokens[0].joined_to_next);
  EXPECT_EQ(p.tokens[1].kind, TabariTokenKind::kTarget);
  EXPECT_FALSE(p.tokens[1].joined_to_next);
  EXPECT_EQ(p.tokens[2].kind, TabariTokenKind::kVerb);
  EXPECT_EQ(p.tokens[4].kind, TabariTokenKind::kAltOpen);
  EXPECT_EQ(p.tokens[6].kind, TabariTokenKind::kAltOr);
  EXPECT_EQ(p.tokens[8].kind, TabariTokenKind::kAltClose);
  EXPECT_TRUE(p.tokens[8].joined_to_next);
  EXPECT_EQ(p.tokens[9].text, "CONVENTIONS");
  EXPECT_EQ(abandon.patterns[0].tokens[1].kind, TabariTokenKind::kSynset);
  EXPECT_EQ(abandon.patterns[0].tokens[1].text, "&TIETYPES");
  const TabariVerb& brk = f.verbs[1];
  EXPECT_TRUE(brk.root.whole_word_end);
  EXPECT_EQ(brk.forms, (std::vector<std::string>{"BROKE_", "BROKEN_"}));
  EXPECT_EQ(brk.patterns[0].tokens[0].kind, TabariTokenKind::kCompound);
  const TabariPattern& q = brk.patterns[1];
  EXPECT_EQ(q.code.primary, "031");
  EXPECT_EQ(q.code.secondary, "032");
  EXPECT_EQ(q.tokens[0].kind, TabariTokenKind::kSource);
  EXPECT_EQ(q.tokens[3].kind, TabariTokenKind::kSkip);
  EXPECT_EQ(q.tokens[4].text, "RECENT");
  EXPECT_TRUE(q.tokens[4].tilde_after);
  EXPECT_EQ(q.tokens[6].kind, TabariTokenKind::kAttrib);
}

TEST(TabariVerbsTest, MalformedLines) {
  const TabariVerbFile f = ParseTabariVerbs(
      "- * ORPHAN [010]\n"                   // 1 pattern before any verb
      "ACCEPT\n"                             // 2 verb without code (kept)
      "- * COMMIT * AID  [033]\n"            // 3 two '*'
      "- + { WAS | WERE ] * BY_ $  [195]\n"  // 4 ']' without '['
      "- * FIRE IN_ PROTEST }  [145]\n"      // 5 '}' without '{'
      "- * { A | | B }  [145]\n"             // 6 empty alternative
      "- * HELP\n"                           // 7 no code
      "- * &NOSUCH  [010]\n"                 // 8 undefined synset
      "- * X  [0 1]\n"                       // 9 space in code
      "{ ACCEPTED_\n"                        // 10 forms not closed
      "<SYNSETS>\n"
      "GARBAGE\n",  // 12 not &NAME/+member
      "bad.verbs");
  ASSERT_EQ(f.problems.size(), 12u);
  EXPECT_EQ(f.problems[0], "bad.verbs:1: pattern outside a verb");
  EXPECT_EQ(f.problems[1], "bad.verbs:2: verb \"ACCEPT\" without a [code]");
  EXPECT_EQ(f.problems[2],
            "bad.verbs:3: pattern needs exactly one '*', has 2: \"* COMMIT * AID\"");
  EXPECT_EQ(
      f.problems[3],
      "bad.verbs:4: ']' without '[' in pattern \"+ { WAS | WERE ] * BY_ $  [195]\"");
  EXPECT_EQ(f.problems[4], "bad.verbs:5: '}' without '{': \"* FIRE IN_ PROTEST }\"");
  EXPECT_EQ(f.problems[5],
            "bad.verbs:6: empty alternative in { ... }: \"* { A | | B }\"");
  EXPECT_EQ(f.problems[6], "bad.verbs:7: pattern without a [code]");
  EXPECT_EQ(f.problems[7], "bad.verbs:9: space inside code \"[0 1]\"");
  EXPECT_EQ(f.problems[8], "bad.verbs:10: '{' without '}' in verb forms");
  EXPECT_EQ(f.problems[9],
            "bad.verbs:12: expected \"&NAME\" or \"+phrase\" in <SYNSETS>");
  EXPECT_EQ(f.problems[10], "bad.verbs:11: section <SYNSETS> not closed");
  EXPECT_EQ(f.problems[11], "bad.verbs:8: undefined synset &NOSUCH");
  ASSERT_EQ(f.verbs.size(), 1u);
  EXPECT_EQ(f.verbs[0].code.text, "");
  EXPECT_EQ(f.verbs[0].patterns.size(), 1u);  // line 8 only
}

// ---- .agents, .options, .project -------------------------------------

TEST(TabariAgentsTest, ConstructsAndMalformedLines) {
  const TabariAgentFile f = ParseTabariAgents(
      "FOREIGN_MINISTER_  [ ~GOVFRM] ;jap 4/14/01\n"
      "HUMAN_RIGHTS_BODY_   [  NGO~] ;BNL\n"
      "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]\n"
      "POLICE {} [~COP]\n"
      "NO_CODE_\n"
      "BAD_TILDE [GOV]\n"
      "TWO_TILDES [~GOV~]\n"
      "UNCLOSED {X [~GOV]\n",
      "v.agents");
  ASSERT_EQ(f.agents.size(), 4u);
  EXPECT_EQ(f.agents[0].code, "GOVFRM");
  EXPECT_FALSE(f.agents[0].before_actor);
  EXPECT_EQ(f.agents[1].code, "NGO");
  EXPECT_TRUE(f.agents[1].before_actor);
  EXPECT_EQ(f.agents[2].plurals, (std::vector<std::string>{"ATTORNEYS_GENERAL"}));
  EXPECT_TRUE(f.agents[3].has_plural_block);
  EXPECT_TRUE(f.agents[3].plurals.empty());
  EXPECT_EQ(f.agents[3].line, 4);
  ASSERT_EQ(f.problems.size(), 4u);
  EXPECT_EQ(f.problems[0], "v.agents:5: agent without a [code]");
  EXPECT_EQ(f.problems[1],
            "v.agents:6: agent code \"GOV\" needs one '~' before (\"~GOV\") or after "
            "(\"NGO~\") it");
  EXPECT_EQ(f.problems[2].substr(0, 30), "v.agents:7: agent code \"~GOV~\"");
  EXPECT_EQ(f.problems[3], "v.agents:8: '{' without '}'");
}

TEST(TabariOptionsTest, ConstructsAndMalformedLines) {
  const TabariOptionsFile f = ParseTabariOptions(
      "// OPTIONS FILE\n"
      "COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR\n"
      "SET: SKIP RECORDS = FALSE\n"
      "//SET: CODE BY CLAUSE\n"
      "LABEL: 010=YIELD\n"
      "LABEL: 011\n"
      "just words\n"
      "~~~~~\n"
      "SET: AFTER = END\n",
      "v.options");
  ASSERT_EQ(f.options.size(), 3u);
  EXPECT_EQ(f.options[0].keyword, "COMPLEX");
  EXPECT_EQ(f.options[0].value, "VERBS[5] CONJ[4] NOACTPRIOR");
  EXPECT_EQ(f.options[1].name, "SKIP RECORDS");
  EXPECT_EQ(f.options[1].setting, "FALSE");
  EXPECT_EQ(f.options[2].name, "010");
  EXPECT_EQ(f.options[2].setting, "YIELD");
  ASSERT_EQ(f.problems.size(), 2u);
  EXPECT_EQ(f.problems[0], "v.options:6: LABEL needs \"CODE=TEXT\"");
  EXPECT_EQ(f.problems[1],
            "v.options:7: expected \"KEYWORD: value\", got \"just words\"");
}

TEST(TabariProjectTest, ConstructsAndMalformedLines) {
  const TabariProject p = ParseTabariProject(
      "Validation file for TABARI\n"
      "<actorsfile> \tTABARI.Demo.actors\n"
      "<verbsfile> /abs/x.verbs\n"
      "<coder> VALDT\n"
      "<session 1> <coder ***> <date Fri 31 Mar 2000> <records 8>\n"
      "<agentsfile>\n"
      "no tag here\n"
      "<session 2> <coder x> trailing\n",
      "proj/dir/v.project");
  EXPECT_EQ(p.title, "Validation file for TABARI");
  ASSERT_EQ(p.files.size(), 2u);
  EXPECT_EQ(p.files[0].tag, "actorsfile");
  EXPECT_EQ(p.files[0].value, "TABARI.Demo.actors");
  EXPECT_EQ(p.files[0].path, "proj/dir/TABARI.Demo.actors");
  EXPECT_EQ(p.files[1].path, "/abs/x.verbs");
  EXPECT_EQ(p.FilesTagged("verbsfile"), (std::vector<std::string>{"/abs/x.verbs"}));
  ASSERT_EQ(p.settings.size(), 1u);
  EXPECT_EQ(p.settings[0].second, "VALDT");
  ASSERT_EQ(p.records.size(), 1u);
  EXPECT_EQ(p.records[0].kind, "session");
  EXPECT_EQ(p.records[0].fields[2].second, "Fri 31 Mar 2000");
  ASSERT_EQ(p.problems.size(), 3u);
  EXPECT_EQ(p.problems[0], "proj/dir/v.project:6: <agentsfile> without a file name");
  EXPECT_EQ(p.problems[1], "proj/dir/v.project:7: expected \"<tag> value\"");
  EXPECT_EQ(p.problems[2], "proj/dir/v.project:8: text after <...> groups");
}

TEST(TabariProjectTest, LoadReportsMissingFilesAndUnreadableProject) {
  const fs::path dir = fs::path(testing::TempDir()) / "tabari_load_test";
  fs::create_directories(dir);
  {
    std::ofstream(dir / "t.project")
        << "T\n<actorsfile> t.actors\n<verbsfile> missing.verbs\n";
    std::ofstream(dir / "t.actors") << "USA [USA]\n+AMERICA\n";
  }
  StatusOr<TabariDictionaries> d = LoadTabariProject((dir / "t.project").string());
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  ASSERT_EQ(d->actors.size(), 1u);
  EXPECT_EQ(d->actors[0].actors.size(), 1u);
  EXPECT_TRUE(d->verbs.empty());
  ASSERT_EQ(d->problems.size(), 1u);
  EXPECT_NE(d->problems[0].find("t.project:3: cannot read <verbsfile> \"missing.verbs\""),
            std::string::npos);
  StatusOr<TabariDictionaries> none = LoadTabariProject((dir / "nope.project").string());
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.status().code(), StatusCode::kIoError);
  EXPECT_NE(none.status().message().find("nope.project"), std::string::npos);
  fs::remove_all(dir);
}

// ---- the real files ---------------------------------------------------
// Counts were checked independently with grep/awk over the files (see
// docs/dictionary-formats.md, "Checks against the field's files").

TEST(TabariRealFilesTest, ValidateProject) {
  if (!fs::is_directory(SharedTabari()))
    GTEST_SKIP() << SharedTabari() << " absent: skipped";
  const std::string dir = SharedTabari();
  StatusOr<TabariDictionaries> d = LoadTabariProject(dir + "/Validate.project");
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  EXPECT_EQ(d->project.files.size(), 8u);
  EXPECT_EQ(d->project.records.size(), 109u);  // <session ...> lines
  ASSERT_EQ(d->actors.size(), 1u);
  EXPECT_EQ(d->actors[0].actors.size(), 120u);
  EXPECT_EQ(d->actors[0].nouns.size(), 8u);
  EXPECT_EQ(d->actors[0].adjectives.size(), 5u);
  size_t codes = 0, synonyms = 0;
  for (const TabariActor& a : d->actors[0].actors) {
    codes += a.codes.size();
    synonyms += a.synonyms.size();
  }
  EXPECT_EQ(codes, 131u);
  EXPECT_EQ(synonyms, 5u);
  ASSERT_EQ(d->verbs.size(), 1u);
  EXPECT_EQ(d->verbs[0].verbs.size(), 283u);
  EXPECT_EQ(d->verbs[0].pattern_count(), 407u);
  EXPECT_EQ(d->verbs[0].synsets.size(), 5u);
  EXPECT_EQ(d->verbs[0].time_phrases.size(), 10u);
  ASSERT_EQ(d->agents.size(), 1u);
  EXPECT_EQ(d->agents[0].agents.size(), 86u);
  ASSERT_EQ(d->options.size(), 1u);
  EXPECT_EQ(d->options[0].options.size(), 96u);
  // The one defect: a <TIME> entry "FOREVER_AND_A_DAY [- - -]".
  EXPECT_EQ(d->problems,
            (std::vector<std::string>{
                dir + "/TABARI.Demo.verbs:32: space inside code \"[- - -]\""}));
}

TEST(TabariRealFilesTest, CameoMasterVerbs) {
  if (!fs::is_directory(SharedTabari()))
    GTEST_SKIP() << SharedTabari() << " absent: skipped";
  const std::string path = SharedTabari() + "/CAMEO.091003.master.verbs";
  StatusOr<TabariVerbFile> f = ReadTabariVerbs(path);
  ASSERT_TRUE(f.ok()) << f.status().ToString();
  EXPECT_EQ(f->verbs.size(), 1216u);
  // 15582 "-" lines, less the 16 defective ones below.
  EXPECT_EQ(f->pattern_count(), 15566u);
  std::vector<int> lines;
  for (const std::string& p : f->problems) {
    lines.push_back(std::stoi(p.substr(path.size() + 1)));
  }
  // 7995: stray byte 0xC2; 7990, 14146, 14916-14922, 14924: "{ A | B ]";
  // 13706: "}" alone; 10190, 16330: two '*'; 13209 "*OVIDE", 13753
  // "*TO_BEAT": no '*' token.
  EXPECT_EQ(lines,
            (std::vector<int>{7995, 7990, 10190, 13209, 13706, 13753, 14146, 14916, 14917,
                              14918, 14919, 14920, 14921, 14922, 14924, 16330}));
}

}  // namespace
}  // namespace chronicle
