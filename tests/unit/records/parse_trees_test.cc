#include <gtest/gtest.h>

#include <string>

#include "records/conllu.h"
#include "records/treebank.h"

namespace chronicle {
namespace {

TEST(TreebankTest, NodesInPreOrderWithSubtreeEnds) {
  ParseTree t;
  ParseProblem problem;
  ASSERT_TRUE(ParseTreebank("(ROOT (S (NP (NNP Arnor))\n  (VP (VBD left) (. .))))", &t, &problem))
      << problem.reason;
  ASSERT_EQ(t.nodes.size(), 7u);
  EXPECT_EQ(t.nodes[0].label, "ROOT");
  EXPECT_EQ(t.nodes[0].end, 7);
  EXPECT_EQ(t.nodes[2].label, "NP");
  EXPECT_EQ(t.nodes[2].end, 4);
  EXPECT_EQ(t.nodes[3].word, "Arnor");
  EXPECT_EQ(t.nodes[3].parent, 2);
  ASSERT_EQ(t.words.size(), 3u);
  EXPECT_EQ(t.nodes[t.words[1]].word, "left");
  EXPECT_EQ(t.nodes[t.words[2]].label, ".");
}

TEST(TreebankTest, BareOuterBracketAndPunctuationLabels) {
  ParseTree t;
  ParseProblem problem;
  ASSERT_TRUE(ParseTreebank("( (S (`` ``) (NP (-LRB- -LRB-) (NN x)) (, ,)))", &t, &problem))
      << problem.reason;
  EXPECT_EQ(t.nodes[0].label, "");
  EXPECT_EQ(t.words.size(), 4u);
}

TEST(TreebankTest, ReportsTheLineOfEachKindOfError) {
  ParseTree t;
  ParseProblem problem;
  EXPECT_FALSE(ParseTreebank("(S (NP (NN a))\n(VP (VB b))))", &t, &problem));
  EXPECT_EQ(problem.line, 2);
  EXPECT_EQ(problem.reason, "')' without '('");
  EXPECT_FALSE(ParseTreebank("(S (NP (NN a)", &t, &problem));
  EXPECT_EQ(problem.reason, "2 unclosed '('");
  EXPECT_FALSE(ParseTreebank("(S (NN a b))", &t, &problem));
  EXPECT_NE(problem.reason.find("two words"), std::string::npos);
  EXPECT_FALSE(ParseTreebank("(S (NP))", &t, &problem));
  EXPECT_EQ(problem.reason, "empty node '(NP)'");
  EXPECT_FALSE(ParseTreebank("(S (NN a) b)", &t, &problem));
  EXPECT_NE(problem.reason.find("beside subtrees"), std::string::npos);
  EXPECT_FALSE(ParseTreebank("(S (NN a)) (S (NN b))", &t, &problem));
  EXPECT_EQ(problem.reason, "text after the end of the tree");
  EXPECT_FALSE(ParseTreebank("S (NN a)", &t, &problem));
  EXPECT_FALSE(ParseTreebank("", &t, &problem));
}

TEST(TreebankTest, DeepNestingIsRejectedNotRecursed) {
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "(X ";
  deep += "(NN a)";
  for (int i = 0; i < 100000; ++i) deep += ")";
  ParseTree t;
  ParseProblem problem;
  EXPECT_FALSE(ParseTreebank(deep, &t, &problem));
  EXPECT_NE(problem.reason.find("nested deeper"), std::string::npos);
}

constexpr char kSentence[] =
    "# text = ignored here\n"
    "1\tArnor\tArnor\tPROPN\tNNP\tNumber=Sing\t2\tnsubj\t_\t_\n"
    "2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
    "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n";

TEST(ConlluTest, ReadsWordsAndSpellsTheText) {
  DependencyParse p;
  ParseProblem problem;
  ASSERT_TRUE(ParseConllu(kSentence, &p, &problem)) << problem.reason;
  ASSERT_EQ(p.words.size(), 3u);
  EXPECT_EQ(p.words[1].lemma, "leave");
  EXPECT_EQ(p.words[0].head, 2);
  EXPECT_EQ(p.words[1].deprel, "root");
  EXPECT_EQ(ConlluText(p), "Arnor left.");
}

TEST(ConlluTest, MultiwordTokensSpellTheirSurfaceForm) {
  DependencyParse p;
  ParseProblem problem;
  ASSERT_TRUE(ParseConllu("1-2\tdu\t_\t_\t_\t_\t_\t_\t_\t_\n"
                          "1\tde\tde\tADP\t_\t_\t3\tcase\t_\t_\n"
                          "2\tle\tle\tDET\t_\t_\t3\tdet\t_\t_\n"
                          "3\tpain\tpain\tNOUN\t_\t_\t0\troot\t_\t_\n"
                          "3.1\tx\tx\t_\t_\t_\t_\t_\t_\t_\n",
                          &p, &problem))
      << problem.reason;
  EXPECT_EQ(p.words.size(), 3u);
  EXPECT_EQ(p.empty_nodes, 1);
  EXPECT_EQ(ConlluText(p), "du pain");
}

TEST(ConlluTest, ReportsLineAndReason) {
  DependencyParse p;
  ParseProblem problem;
  EXPECT_FALSE(ParseConllu("1\ta\ta\tX\tX\t_\t0\troot\t_\n", &p, &problem));
  EXPECT_EQ(problem.line, 1);
  EXPECT_EQ(problem.reason, "9 tab-separated fields, CoNLL-U has 10");
  EXPECT_FALSE(ParseConllu("1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n"
                           "3\tb\tb\tX\tX\t_\t1\tdep\t_\t_\n",
                           &p, &problem));
  EXPECT_EQ(problem.line, 2);
  EXPECT_EQ(problem.reason, "word id '3', expected 2");
  EXPECT_FALSE(ParseConllu("1\ta\ta\tX\tX\t_\t5\troot\t_\t_\n", &p, &problem));
  EXPECT_NE(problem.reason.find("past the last word"), std::string::npos);
  EXPECT_FALSE(ParseConllu("1\ta\ta\tX\tX\t_\t2\tdep\t_\t_\n"
                           "2\tb\tb\tX\tX\t_\t1\tdep\t_\t_\n",
                           &p, &problem));
  EXPECT_EQ(problem.reason, "0 roots (HEAD 0), expected 1");
  EXPECT_FALSE(ParseConllu("1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n"
                           "2\tb\tb\tX\tX\t_\t3\tdep\t_\t_\n"
                           "3\tc\tc\tX\tX\t_\t2\tdep\t_\t_\n",
                           &p, &problem));
  EXPECT_NE(problem.reason.find("cycle"), std::string::npos);
  EXPECT_FALSE(ParseConllu("# only a comment\n", &p, &problem));
}

}  // namespace
}  // namespace chronicle
