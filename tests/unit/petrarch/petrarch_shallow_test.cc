// The PETRARCH-1 coder's raw-text front end (src/petrarch/shallow.cc): the
// tagger and chunker on hand-written sentences with a small dictionary,
// and what the unchanged back end codes from its trees.
#include <gtest/gtest.h>

#include <memory>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "chronicle/petrarch.h"
#include "chronicle/records.h"

namespace chronicle {
namespace {

constexpr const char kVerbs[] = R"(--- CRITICIZE [111] ---
CRITICIZE

--- PROTEST [130] ---
PROTEST

--- VISIT [042:043] ---
VISIT

--- CANCEL [091] ---
CANCEL
+CALL_OFF {+CALLED_OFF +CALLS_OFF}

--- MEET [040] ---
MEET {MET MEETS MEETING}
- % * [030:030]
)";

constexpr const char kActors[] = R"(NORLAND [NRL]
SUDRIA [SUD]
ESTRAVIA [EST]
WESTMARCH_HILLS [WMH]
ZZZ_LAST [ZZZ]
)";

constexpr const char kAgents[] = R"(MINISTER [~GOV]
POLICE {} [~COP]
)";

constexpr const char kDiscards[] = "BASKETBALL\n";

using Triple = std::tuple<std::string, std::string, std::string>;

class PetrarchShallowTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto dict = PetrarchDictionary::FromText(kVerbs, {kActors}, kAgents, kDiscards);
    ASSERT_TRUE(dict.ok()) << dict.status().ToString();
    dict_ = *dict;
    coder_ = std::make_unique<PetrarchCoder>(*dict_);
  }

  std::set<Triple> Code(const std::string& text) {
    std::vector<PetrarchEvent> events;
    coder_->CodeText(text, 19950101, &events);
    std::set<Triple> out;
    for (const PetrarchEvent& e : events) out.emplace(e.source, e.target, e.code);
    return out;
  }
  std::string Tree(const std::string& text) const { return coder_->ShallowParse(text); }

  std::shared_ptr<const PetrarchDictionary> dict_;
  std::unique_ptr<PetrarchCoder> coder_;
};

bool Has(const std::string& tree, const std::string& part) {
  return tree.find(part) != std::string::npos;
}

TEST_F(PetrarchShallowTest, TokensSplitLikeTheTreebank) {
  const std::string t = Tree("Norland's minister didn't criticize Sudria, officials said.");
  EXPECT_TRUE(Has(t, "(NNP Norland) (POS 's)")) << t;
  EXPECT_TRUE(Has(t, "(VBD did) (ADVP (RB n't))")) << t;
  EXPECT_TRUE(Has(t, "(, ,)")) << t;
  EXPECT_TRUE(Has(t, "(. .)))")) << t;
  // Abbreviations keep their periods; parentheses become -LRB- / -RRB-.
  const std::string k = Tree("The K.U. team (KUT) criticized Sudria.");
  EXPECT_TRUE(Has(k, "K.U.")) << k;
  EXPECT_TRUE(Has(k, "(-LRB- -LRB-)")) << k;
  EXPECT_EQ(std::count(k.begin(), k.end(), '('), std::count(k.begin(), k.end(), ')'));
}

TEST_F(PetrarchShallowTest, VerbFormsAreVerbsOnlyInAVerbPosition) {
  // "criticized" from the dictionary's generated forms; after a determiner
  // a verb form is a noun.
  const std::string t = Tree("Norland criticized the protest of Sudria.");
  EXPECT_TRUE(Has(t, "(VP (VBD criticized)")) << t;
  EXPECT_TRUE(Has(t, "(DT the) (NN protest)")) << t;
  // Auxiliaries and modals nest one VP each; the base form after a modal.
  const std::string m = Tree("Norland will not visit Sudria.");
  EXPECT_TRUE(Has(m, "(VP (MD will) (RB not) (VP (VB visit)")) << m;
  const std::string p = Tree("Sudria was criticized by Norland.");
  EXPECT_TRUE(Has(p, "(VP (VBD was) (VP (VBN criticized)")) << p;
}

TEST_F(PetrarchShallowTest, ChunksNounPhrasesAndClauses) {
  // A list with its conjunction is one coordinated NP (a compound).
  const std::string c = Tree("Norland, Sudria and Estravia met.");
  EXPECT_TRUE(Has(c, "(NP (NNP Norland) (, ,) (NNP Sudria) (CC and) (NNP Estravia))")) << c;
  // "of" PPs stay in their noun phrase; other PPs after the verb are the VP's.
  const std::string o = Tree("The minister of Norland criticized Sudria in Estravia.");
  EXPECT_TRUE(Has(o, "(NP (NP (DT The) (NN minister)) (PP (IN of) (NP (NNP Norland))))")) << o;
  EXPECT_TRUE(Has(o, "(VP (VBD criticized) (NP (NNP Sudria)) (PP (IN in) (NP (NNP Estravia))))")) << o;
  // A subordinate clause and a bare clause complement.
  const std::string s = Tree("Norland said that Sudria criticized Estravia.");
  EXPECT_TRUE(Has(s, "(SBAR (IN that) (S (NP (NNP Sudria)) (VP (VBD criticized)")) << s;
  // Adjectives joined by a comma stay in their noun phrase; a list of
  // names without its conjunction is not a compound.
  const std::string adj = Tree("Norland will visit complete, full diplomatic sessions.");
  EXPECT_TRUE(Has(adj, "complete) (, ,) (NN full) (JJ diplomatic) (NNS sessions))")) << adj;
  EXPECT_FALSE(Has(Tree("Norland criticized Sudria, Estravia, officials said."), "(CC"));
  // "to" + verb.
  const std::string to = Tree("Norland is about to visit Sudria.");
  EXPECT_TRUE(Has(to, "(S (VP (TO to) (VP (VB visit)")) << to;
}

TEST_F(PetrarchShallowTest, CodesThroughTheUnchangedBackEnd) {
  EXPECT_EQ(Code("Norland criticized Sudria."), (std::set<Triple>{{"NRL", "SUD", "111"}}));
  EXPECT_EQ(Code("Norland's minister criticized Sudria police."),
            (std::set<Triple>{{"NRLGOV", "SUDCOP", "111"}}));
  EXPECT_EQ(Code("Sudria was criticized by Norland."),
            (std::set<Triple>{{"NRL", "SUD", "111"}}));
  EXPECT_EQ(Code("Norland and Sudria criticized Estravia."),
            (std::set<Triple>{{"NRL", "EST", "111"}, {"SUD", "EST", "111"}}));
  // VP coordination: each verb codes with the shared subject.
  EXPECT_EQ(Code("Norland criticized Sudria and protested Estravia policies."),
            (std::set<Triple>{{"NRL", "SUD", "111"}, {"NRL", "EST", "130"}}));
  // The reporting clause after the comma does not swallow the event.
  EXPECT_EQ(Code("Norland criticized Sudria, officials said."),
            (std::set<Triple>{{"NRL", "SUD", "111"}}));
  // A multi-word verb with its particle.
  EXPECT_EQ(Code("Norland called off talks with Sudria."),
            (std::set<Triple>{{"NRL", "SUD", "091"}}));
  // Discards still read the text.
  EXPECT_TRUE(Code("Norland criticized Sudria over basketball games.").empty());
}

TEST_F(PetrarchShallowTest, UnsureSentencesGiveNothing) {
  EXPECT_EQ(Tree("The minister of Norland."), "");
  EXPECT_EQ(Tree(""), "");
  EXPECT_EQ(Tree(", , ."), "");
  EXPECT_TRUE(Code("Sudria and Norland.").empty());
  // Odd input never fails and always balances.
  for (const char* s : {"(((", ")) Norland criticized", "'s 's n't", "and and and visited",
                        "Norland ~ criticized ~ Sudria", "to to to visit", "which which"}) {
    const std::string t = Tree(s);
    EXPECT_EQ(std::count(t.begin(), t.end(), '('), std::count(t.begin(), t.end(), ')')) << s;
    Code(s);
  }
}

TEST_F(PetrarchShallowTest, RecordsWithoutAParseAreCodedFromTheirText) {
  CodingRecord r;
  r.id = "T-1";
  r.date = 19950101;
  r.text = "Norland criticized Sudria.";
  std::vector<PetrarchEvent> events;
  coder_->Code(r, &events);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].code, "111");
  // A record with a parse of another kind is not coded from its text.
  r.parse = "1\tNorland\t_\n";
  r.parse_format = ParseFormat::kConllu;
  coder_->Code(r, &events);
  EXPECT_TRUE(events.empty());
}

}  // namespace
}  // namespace chronicle
