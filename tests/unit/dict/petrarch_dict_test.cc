#include "dict/formats/petrarch_dict.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace chronicle {
namespace {

namespace fs = std::filesystem;

// ../shared beside the checkout (CHRONICLE_SOURCE_DIR is set by CMake).
std::string SharedPetrarch() {
  return std::string(CHRONICLE_SOURCE_DIR) + "/../shared/data/events/petrarch2";
}

using Tok = PetrarchTokenKind;

std::vector<Tok> Kinds(const PetrarchPattern& p) {
  std::vector<Tok> out;
  for (const PetrarchToken& t : p.tokens) out.push_back(t.kind);
  return out;
}

// Line numbers of "path:line: reason" problems.
std::vector<int> ProblemLines(const std::vector<std::string>& problems,
                              const std::string& path) {
  std::vector<int> out;
  for (const std::string& p : problems)
    out.push_back(std::stoi(p.substr(path.size() + 1)));
  return out;
}

// ---- verb dictionary --------------------------------------------------

TEST(PetrarchVerbsTest, Constructs) {
  const PetrarchVerbFile f = ParsePetrarchVerbs(
      "# CAMEO VERB PATTERN DICTIONARY\n"
      "<!-- a comment\n"
      "     over two lines -->\n"
      "&AUXVERB1_\n"
      "+WAS\n"
      "+IS_TO\n"
      "\n"
      "&WEAPON\n"
      "+CASH_\n"
      "+PIRATE GOLD_\n"
      "####### VERB PATTERNS #######\n"
      "---  DESPATCH   [---]  ---\n"
      "+BRING_OUT {+BRINGS_OUT +BRINGING_OUT +BROUGHT_OUT }\n"
      "RE_+ARREST\n"
      "DESPATCH  # ab 18 Nov 2005\n"
      "DISMISS [110] \n"
      "SCRAP {SCRAPPING SCRAPS SCRAPPED };shan   8/30/93\n"
      "- * {PASSENGER CARS} (TO +)          [061]         # EXPORT\n"
      "- * (WITH {&CAR &WEAPON})            [1832]        # TARGET\n"
      "- SPY_*_DEAL  [---]  # PLAN\n"
      "- $ * (IN <!-- inline --> BREACH)  [110]\n"
      "---  OFFEND   [:110]  ---\n"
      "---  DELAY   [120]---  ---\n"
      "DELAY\n"
      "~ a (a b ATTACK) SAY = a b 015\n",
      "cameo.txt");
  // Glued "[120]---" is reported, the block is still read.
  ASSERT_EQ(f.problems.size(), 2u);
  EXPECT_EQ(f.problems[0], "cameo.txt:23: text \"---\" glued to the block code");
  EXPECT_EQ(f.problems[1], "cameo.txt:19: undefined synset &CAR");
  ASSERT_EQ(f.synsets.size(), 2u);
  EXPECT_EQ(f.synsets[0].name, "&AUXVERB1_");
  EXPECT_TRUE(f.synsets[0].no_plurals);
  EXPECT_EQ(f.synsets[0].line, 4);
  EXPECT_EQ(f.synsets[0].members[1].joins, "_");
  EXPECT_FALSE(f.synsets[1].no_plurals);
  EXPECT_TRUE(f.synsets[1].members[0].whole_word_end);
  ASSERT_EQ(f.blocks.size(), 3u);
  const PetrarchVerbBlock& b = f.blocks[0];
  EXPECT_EQ(b.name, "DESPATCH");
  EXPECT_EQ(b.code.text, "---");
  ASSERT_EQ(b.verbs.size(), 5u);
  EXPECT_EQ(b.verbs[0].words, (std::vector<std::string>{"BRING", "OUT"}));
  EXPECT_EQ(b.verbs[0].head, 0);
  EXPECT_TRUE(b.verbs[0].has_forms);
  EXPECT_EQ(b.verbs[0].forms.size(), 3u);
  EXPECT_EQ(b.verbs[1].words, (std::vector<std::string>{"RE", "ARREST"}));
  EXPECT_EQ(b.verbs[1].head, 1);
  EXPECT_EQ(b.verbs[2].text, "DESPATCH");
  EXPECT_FALSE(b.verbs[2].has_forms);
  EXPECT_EQ(b.verbs[2].code.text, "");
  EXPECT_EQ(b.verbs[3].code.text, "110");
  EXPECT_EQ(b.verbs[4].forms,
            (std::vector<std::string>{"SCRAPPING", "SCRAPS", "SCRAPPED"}));
  ASSERT_EQ(b.patterns.size(), 4u);
  EXPECT_EQ(Kinds(b.patterns[0]),
            (std::vector<Tok>{Tok::kVerb, Tok::kNounOpen, Tok::kWord, Tok::kWord,
                              Tok::kNounClose, Tok::kPrepOpen, Tok::kWord, Tok::kTarget,
                              Tok::kPrepClose}));
  EXPECT_EQ(b.patterns[0].code.text, "061");
  EXPECT_EQ(b.patterns[0].comment, "EXPORT");
  EXPECT_EQ(b.patterns[0].line, 18);
  EXPECT_EQ(
      Kinds(b.patterns[1]),
      (std::vector<Tok>{Tok::kVerb, Tok::kPrepOpen, Tok::kWord, Tok::kNounOpen,
                        Tok::kSynset, Tok::kSynset, Tok::kNounClose, Tok::kPrepClose}));
  EXPECT_EQ(b.patterns[2].tokens[0].text, "SPY");
  EXPECT_EQ(b.patterns[2].tokens[1].kind, Tok::kVerb);
  EXPECT_EQ(b.patterns[2].tokens[2].text, "DEAL");
  EXPECT_EQ(b.patterns[3].tokens[0].kind, Tok::kSource);
  EXPECT_EQ(b.patterns[3].tokens.size(), 6u);  // inline comment removed
  EXPECT_EQ(f.blocks[1].code.primary, "");
  EXPECT_EQ(f.blocks[1].code.secondary, "110");
  EXPECT_EQ(f.blocks[2].code.text, "120");
  EXPECT_EQ(f.blocks[2].verbs.size(), 1u);
  ASSERT_EQ(f.transformations.size(), 1u);
  EXPECT_EQ(f.transformations[0].lhs, "a (a b ATTACK) SAY");
  EXPECT_EQ(f.transformations[0].rhs, "a b 015");
  EXPECT_EQ(f.verb_count(), 6u);
  EXPECT_EQ(f.pattern_count(), 4u);
}

TEST(PetrarchVerbsTest, MalformedLines) {
  const PetrarchVerbFile f = ParsePetrarchVerbs(
      "- * ORPHAN [010]\n"  // 1 pattern outside a block
      "VOW [170]\n"         // 2 verb outside a block
      "&SYN\n"
      "GARBAGE\n"          // 4 not a member
      "---  [010]  ---\n"  // 5 header without a name
      "---  ASK   [---]  ---\n"
      "+ASK_FOR_MORE {+ASKED_FOR} [020]\n"
      "ASK_FOR\n"                                      // 8 no '+' in multi-word
      "LASH OUT\n"                                     // 9 space in verb
      "GIVE {GAVE GIVEN\n"                             // 10 forms not closed
      "- * VENTURE (WITH VISIT)   VISIT) [042:043]\n"  // 11 stray ')'
      "- * ATTACK (ON (THE) BASE) [111]\n"             // 12 nested '('
      "- * COMMIT * AID  [033]\n"                      // 13 two '*'
      "- * AID\n"                                      // 14 no code
      "- * () [033]\n"                                 // 15 empty (...)
      "~ a (b) SAY a b 015\n"                          // 16 no '='
      "- * &NOSUCH  [010]\n",                          // 17 undefined synset
      "bad.txt");
  EXPECT_EQ(ProblemLines(f.problems, "bad.txt"),
            (std::vector<int>{1, 2, 4, 5, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17}));
  EXPECT_EQ(f.problems[0], "bad.txt:1: pattern outside a verb block");
  EXPECT_EQ(f.problems[1], "bad.txt:2: verb \"VOW [170]\" outside a \"---\" block");
  EXPECT_EQ(f.problems[2], "bad.txt:4: expected \"+member\" in synset &SYN");
  EXPECT_EQ(f.problems[3],
            "bad.txt:5: bad block header, expected \"--- NAME [CODE] ---\"");
  EXPECT_EQ(f.problems[4],
            "bad.txt:8: multi-word verb \"ASK_FOR\" needs '+' before the verb word");
  EXPECT_EQ(f.problems[5],
            "bad.txt:9: verb \"LASH OUT\" holds a space; join multi-word verbs with '_'");
  EXPECT_EQ(f.problems[6], "bad.txt:10: '{' without '}' in verb forms");
  EXPECT_EQ(f.problems[7],
            "bad.txt:11: ')' without '(': \"* VENTURE (WITH VISIT)   VISIT)\"");
  EXPECT_EQ(f.problems[8],
            "bad.txt:12: '(' inside a phrase: \"* ATTACK (ON (THE) BASE)\"");
  EXPECT_EQ(f.problems[9],
            "bad.txt:13: pattern needs exactly one '*', has 2: \"* COMMIT * AID\"");
  EXPECT_EQ(f.problems[10], "bad.txt:14: pattern without a [code]");
  EXPECT_EQ(f.problems[11], "bad.txt:15: empty (...): \"* ()\"");
  EXPECT_EQ(f.problems[12], "bad.txt:16: transformation without '='");
  EXPECT_EQ(f.problems[13], "bad.txt:17: undefined synset &NOSUCH");
  ASSERT_EQ(f.blocks.size(), 1u);
  EXPECT_EQ(f.blocks[0].verbs.size(), 1u);
  EXPECT_EQ(f.blocks[0].patterns.size(), 1u);
}

TEST(PetrarchVerbsTest, UnclosedXmlCommentIsReported) {
  const PetrarchVerbFile f =
      ParsePetrarchVerbs("&A\n+B\n<!-- never closed\n&C\n", "c.txt");
  ASSERT_EQ(f.problems.size(), 1u);
  EXPECT_EQ(f.problems[0], "c.txt:3: \"<!--\" comment not closed");
  EXPECT_EQ(f.synsets.size(), 1u);
}

// ---- actors, agents, discards, issues ---------------------------------

TEST(PetrarchActorsTest, ConstructsAndMalformedLines) {
  const PetrarchActorFile f = ParsePetrarchActors(
      "# .actor file\n"
      "AFGHANISTAN_  [AFG]\n"
      "+AFGHAN_ \n"
      "+HELMAND # Other provinces\n"
      "BARACK_OBAMA_  [USAGOV >20090120]\n"
      "U.N._\n"
      "MOHAMMAD_ZAHIR_SHAH_  # CountryInfo.txt\n"
      "\t[AFGELI 320101-331108]\n"
      "\t[AFGGOV 331108-730717]\n"
      "  \t[AFGELI]\n"
      "\tJOHN_MCCLOY_\t[IGOUNODEVWBK 470301-490630]# IGOrulers.txt\n"
      "KOFI_ANNAN_\n"
      "\t[KORGOVBUS 2004017-20061201]\n"
      "\t[MNEGOV 20121204]\n"
      "A.H._BELO_  [MNCMED]\tNewspapers\t$137,000,000\n"
      "+FAEROYENE]_\n",
      "p.actors.txt");
  ASSERT_EQ(f.actors.size(), 6u);
  EXPECT_EQ(f.actors[0].synonyms.size(), 2u);
  EXPECT_EQ(f.actors[1].codes[0].when.kind, DateRestriction::Kind::kAfter);
  EXPECT_EQ(f.actors[1].codes[0].when.from, 20090120);
  EXPECT_TRUE(f.actors[2].codes.empty());  // "U.N._": no code at all
  EXPECT_EQ(f.actors[3].codes.size(), 3u);
  EXPECT_EQ(f.actors[3].codes[2].when.kind, DateRestriction::Kind::kAlways);
  EXPECT_EQ(f.actors[4].name.text, "JOHN_MCCLOY_");  // indentation means nothing
  EXPECT_EQ(f.synonym_count(), 2u);
  EXPECT_EQ(f.code_count(), 6u);
  EXPECT_EQ(
      f.problems,
      (std::vector<std::string>{
          "p.actors.txt:13: bad date \"2004017\" in \"[KORGOVBUS 2004017-20061201]\"",
          "p.actors.txt:14: date \"20121204\" needs '<', '>' or a range in "
          "\"[MNEGOV 20121204]\"",
          "p.actors.txt:15: text after the code: \"Newspapers\t$137,000,000\"",
          "p.actors.txt:16: ']' without '[' in \"+FAEROYENE]_\""}));
}

TEST(PetrarchAgentsTest, ConstructsAndMalformedLines) {
  const PetrarchAgentFile f = ParsePetrarchAgents(
      "<!-- PETRARCH VALIDATION SUITE AGENTS DICTIONARY -->\n"
      "!PERSON! = MAN, MEN, WOMAN , WOMEN, PERSON\n"
      "PARLIAMENTARY_OPPOSITION {} [~OPP] #jap 11 Oct 2002\n"
      "HUSBAND!PERSON![~AGR]\n"
      "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]\n"
      "HUMAN_RIGHTS_BODY  [NGO~]\n"
      "DEPARMENT_OF_ENVIRONMENT [~ENV}\n"
      "ISLAMIC_EXTREMIST\n"
      "!MINST!_OF_SILLY_WALKS [~GOV]\n"
      "!BAD = X\n",
      "p.agents.txt");
  ASSERT_EQ(f.substitutions.size(), 1u);
  EXPECT_EQ(f.substitutions[0].marker, "!PERSON!");
  EXPECT_EQ(f.substitutions[0].values,
            (std::vector<std::string>{"MAN", "MEN", "WOMAN", "WOMEN", "PERSON"}));
  ASSERT_EQ(f.agents.size(), 5u);
  EXPECT_TRUE(f.agents[0].has_plural_block);
  EXPECT_EQ(f.agents[1].phrase.text, "HUSBAND!PERSON!");
  EXPECT_EQ(f.agents[1].code, "AGR");
  EXPECT_EQ(f.agents[3].code, "NGO");
  EXPECT_TRUE(f.agents[3].before_actor);
  EXPECT_EQ(f.problems,
            (std::vector<std::string>{"p.agents.txt:7: '[' without ']'",
                                      "p.agents.txt:8: agent without a [code]",
                                      "p.agents.txt:10: bad substitution marker \"!BAD\"",
                                      "p.agents.txt:9: undefined substitution !MINST!"}));
}

TEST(PetrarchDiscardsTest, Constructs) {
  const PetrarchDiscardFile f = ParsePetrarchDiscards(
      "# Story-level discards are indicated with a '+'.\n"
      "1914\n"
      "+World Golf Championships   # pas 26-Feb-2014\n"
      "AFRICAN NATIONS CUP   # ab 13 Jun 2005 ;AB 13 JUN 2005\n"
      "BATSMEN_\n"
      "+\n",
      "d.txt");
  ASSERT_EQ(f.discards.size(), 4u);
  EXPECT_EQ(f.discards[0].text, "1914");
  EXPECT_TRUE(f.discards[1].story);
  EXPECT_EQ(f.discards[1].text, "World Golf Championships");
  EXPECT_EQ(f.discards[2].text, "AFRICAN NATIONS CUP");
  EXPECT_TRUE(f.discards[3].whole_word_end);
  EXPECT_EQ(f.discards[3].text, "BATSMEN");
  EXPECT_EQ(f.problems, (std::vector<std::string>{"d.txt:6: empty discard phrase"}));
}

TEST(PetrarchIssuesTest, ConstructsAndMalformedLines) {
  const PetrarchIssueFile f = ParsePetrarchIssues(
      "<ISSUE CATEGORY=\"ID_ATROCITY\" TYPE=\"ALL\">\n"
      "n:atrocity [ID_ATROCITY]\n"
      "al+zarqawi network [NAMED_TERROR_GROUP]\n"
      "~Saturday Night massacre\n"
      "~~Armenian genocide  # not coding historical cases\n"
      "european central bank\n"
      "aqim [A] [A]\n"
      "</ISSUE>\n"
      "</ISSUE>\n"
      "outside [OUT]\n"
      "<ISSUE TYPE=\"ALL\">\n"
      "<ISSUE CATEGORY=\"X\">\n",
      "i.txt");
  ASSERT_EQ(f.issues.size(), 5u);
  EXPECT_EQ(f.issues[0].phrase, "n:atrocity");
  EXPECT_EQ(f.issues[0].code, "ID_ATROCITY");
  EXPECT_EQ(f.issues[0].category, "ID_ATROCITY");
  EXPECT_EQ(f.issues[2].kind, PetrarchIssue::Kind::kIgnoreSentence);
  EXPECT_EQ(f.issues[3].kind, PetrarchIssue::Kind::kIgnoreStory);
  EXPECT_EQ(f.issues[3].phrase, "Armenian genocide");
  EXPECT_EQ(f.issues[4].category, "");
  EXPECT_EQ(f.categories, (std::vector<std::string>{"ID_ATROCITY", "X"}));
  EXPECT_EQ(f.problems,
            (std::vector<std::string>{"i.txt:6: issue phrase without a [CODE]",
                                      "i.txt:7: expected \"phrase [CODE]\"",
                                      "i.txt:9: </ISSUE> without <ISSUE>",
                                      "i.txt:11: expected <ISSUE CATEGORY=\"...\">",
                                      "i.txt:12: <ISSUE> not closed"}));
}

TEST(PetrarchReadTest, UnreadableFileIsIoErrorNamingThePath) {
  StatusOr<PetrarchVerbFile> f = ReadPetrarchVerbs("/nonexistent/CAMEO.2.0.txt");
  ASSERT_FALSE(f.ok());
  EXPECT_EQ(f.status().code(), StatusCode::kIoError);
  EXPECT_NE(f.status().message().find("/nonexistent/CAMEO.2.0.txt"), std::string::npos);
}

// ---- the real files ---------------------------------------------------
// Counts were checked independently with grep/awk over the files (see
// docs/dictionary-formats.md, "Checks against the field's files"); the
// listed problems are real defects of the files.

class PetrarchRealFilesTest : public testing::Test {
 protected:
  void SetUp() override {
    if (!fs::is_directory(SharedPetrarch()))
      GTEST_SKIP() << SharedPetrarch() << " absent: skipped";
  }
  static std::string Path(const char* name) {
    return SharedPetrarch() + "/" + name;
  }
};

TEST_F(PetrarchRealFilesTest, CameoVerbs) {
  const std::string path = Path("CAMEO.2.0.txt");
  StatusOr<PetrarchVerbFile> f = ReadPetrarchVerbs(path);
  ASSERT_TRUE(f.ok()) << f.status().ToString();
  EXPECT_EQ(f->synsets.size(), 40u);
  EXPECT_EQ(f->blocks.size(), 397u);
  EXPECT_EQ(f->verb_count(), 1817u);
  EXPECT_EQ(f->pattern_count(), 4666u);  // 4668 "- " lines, 2 defective
  EXPECT_EQ(f->transformations.size(), 8u);
  size_t members = 0;
  for (const PetrarchSynset& s : f->synsets) members += s.members.size();
  EXPECT_EQ(members, 558u);
  // 2374, 7606: a stray "VISIT)" / "^)" before the code; 7430, 7611, 7670,
  // 8498: "--- NAME [120]--- ---" (PETRARCH-2 reads the code as "120]--");
  // 2406, 3887, 8443,
  // 8444: &FIGHT_CRIM, &FIGHT_GAMES, &WEATHER, &DEMONSTRATION are never
  // defined.
  EXPECT_EQ(
      ProblemLines(f->problems, path),
      (std::vector<int>{2374, 7430, 7606, 7611, 7670, 8498, 2406, 3887, 8443, 8444}));
}

TEST_F(PetrarchRealFilesTest, Actors) {
  struct Expect {
    const char* file;
    size_t actors, synonyms, codes;
    std::vector<int> problem_lines;
  };
  const Expect expects[] = {
      // 745, 12159: a 0x1A byte in a name; 2039, 18010, 22508, 22519, 43613:
      // malformed dates; 14190: range ends before it starts; 15346:
      // "+FAEROYENE]_"; 31715, 51384: a bare date.
      {"Phoenix.Countries.actors.txt",
       18388,
       7526,
       28381,
       {745, 12159, 2039, 14190, 15346, 18010, 22508, 22519, 31715, 43613, 51384}},
      // 40: "2004017"; 3696, 3726, 6605: spreadsheet columns after the code.
      {"Phoenix.International.actors.txt", 7838, 66, 7892, {40, 3696, 3726, 6605}},
      {"Phoenix.MilNonState.actors.txt", 1021, 772, 1021, {}},
  };
  for (const Expect& e : expects) {
    const std::string path = Path(e.file);
    StatusOr<PetrarchActorFile> f = ReadPetrarchActors(path);
    ASSERT_TRUE(f.ok()) << f.status().ToString();
    EXPECT_EQ(f->actors.size(), e.actors) << e.file;
    EXPECT_EQ(f->synonym_count(), e.synonyms) << e.file;
    EXPECT_EQ(f->code_count(), e.codes) << e.file;
    EXPECT_EQ(ProblemLines(f->problems, path), e.problem_lines) << e.file;
  }
}

TEST_F(PetrarchRealFilesTest, AgentsDiscardsIssues) {
  const std::string agents_path = Path("Phoenix.agents.txt");
  StatusOr<PetrarchAgentFile> agents = ReadPetrarchAgents(agents_path);
  ASSERT_TRUE(agents.ok()) << agents.status().ToString();
  EXPECT_EQ(agents->substitutions.size(), 2u);
  EXPECT_EQ(agents->agents.size(), 2243u);
  // 544: "[~ENV}"; 1927: "ISLAMIC_EXTREMIST" without a code.
  EXPECT_EQ(ProblemLines(agents->problems, agents_path), (std::vector<int>{544, 1927}));

  StatusOr<PetrarchDiscardFile> discards =
      ReadPetrarchDiscards(Path("Phoenix.discards.txt"));
  ASSERT_TRUE(discards.ok()) << discards.status().ToString();
  EXPECT_EQ(discards->discards.size(), 506u);
  size_t story = 0;
  for (const PetrarchDiscard& d : discards->discards) story += d.story ? 1 : 0;
  EXPECT_EQ(story, 64u);
  EXPECT_TRUE(discards->problems.empty());

  const std::string issues_path = Path("Phoenix.IssueCoding.txt");
  StatusOr<PetrarchIssueFile> issues = ReadPetrarchIssues(issues_path);
  ASSERT_TRUE(issues.ok()) << issues.status().ToString();
  EXPECT_EQ(issues->categories.size(), 52u);
  EXPECT_EQ(issues->issues.size(), 3153u);
  size_t ignores = 0;
  for (const PetrarchIssue& i : issues->issues) {
    ignores += i.kind != PetrarchIssue::Kind::kCode ? 1 : 0;
  }
  EXPECT_EQ(ignores, 181u);
  // Phrases left without a code (PETRARCH skips them silently), a doubled
  // </ISSUE>, and lines with two "[CODE]"s or a second entry glued on.
  EXPECT_EQ(ProblemLines(issues->problems, issues_path),
            (std::vector<int>{141, 142, 143, 144, 145, 146, 147, 481, 1040, 1183, 1198,
                              1219, 1220, 1221, 2250, 2521, 2889, 3053}));
}

}  // namespace
}  // namespace chronicle
