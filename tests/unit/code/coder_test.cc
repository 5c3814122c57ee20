// Rule tests for the coder on a small dictionary written for them, so each
// rule is checked independently of the bundled data.
#include "code/coder.h"

#include <gtest/gtest.h>

#include "code_sentence.h"

namespace chronicle {
namespace {

const char kCountries[] =
    "country: RUS\n  name: Russia\n  adjective: Russian\n  capital: Moscow\n  seat: Kremlin\n"
    "country: USA\n  name: United States; US; U.S.\n  adjective: American; U.S.; US\n"
    "  capital: Washington\n"
    "country: SYR\n  name: Syria\n  adjective: Syrian; Syrians\n  capital: Damascus\n"
    "country: YEM\n  name: Yemen\n"
    "places: YEM\n  place: Marib\n"
    "country: LBY\n  name: Libya\n  capital: Tripoli\n"
    "country: LBN\n  name: Lebanon\n  adjective: Lebanese\n"
    "places: LBN\n  place: Tripoli (also)\n"
    "country: SDN\n  name: Sudan\n  adjective: Sudanese\n"
    "country: SSD\n  capital: Juba (2011-07-09..)\n"
    "places: SDN\n  place: Juba (..2011-07-09)\n"
    "country: ALB\n  name: Albania\n  adjective: Albanian; Albanians\n"
    "country: SRB\n  name: Serbia\n";
const char kPeople[] =
    "actor: Sergei Lavrov\n  alias: Lavrov\n  role: RUSGOV 2004-03-09..\n"
    "actor: John Kerry\n  alias: Kerry\n  role: USALEG 1985-01-03..2013-02-01\n"
    "  role: USAGOV 2013-02-01..2017-01-20\n  default: USAGOV\n"
    "actor: Vladimir Putin\n  alias: Putin\n  code: RUSGOV\n"
    "actor: UN refugee agency\n  alias: UNHCR\n  code: IGOUNOHCR\n"
    "actor: NATO\n  code: IGONAT\n";
const char kAgents[] =
    "agent: GOV\n  phrase: foreign minister; foreign ministry; secretary of state; president; "
    "state\n"
    "agent: MIL\n  phrase: forces; jets; general; military\n"
    "agent: GOV\n  phrase: official\n"
    "agent: REB\n  phrase: rebels\n"
    "agent: RAD\n  phrase: terrorist; terrorists\n"
    "mission: MIL\n  phrase: peacekeepers; peacekeeping force\n"
    "agent: LEG\n  phrase: deputies\n"
    "agent: MED\n  phrase: press\n"
    "community: kur\n  phrase: Kurds; Kurdish\n"
    "community: alb\n  phrase: ethnic Albanians\n";
const char kVerbs[] =
    "verb: 040\n  pattern: [discuss] * with +\n  mutual: [discuss]\n"
    "  mutual: [hold] * talks\n  pattern: [hold] * talks with +\n  mutual: [meet]\n"
    "  mutual: contacts between $ and +\n  pattern: talks with +\n"
    "verb: 042\n  pattern: [visit] +; [arrive] in +\n"
    "verb: 1044\n  pattern: [require]\n"
    "verb: 111\n  pattern: [criticize] +\n  pattern: [be] [criticize] by $\n"
    "  pattern: [criticize] * syrian\n"
    "verb: 195\n  pattern: [bomb] +; air strikes; [bomb] * town\n"
    "verb: 010\n  pattern: [say]; [announce]\n"
    "verb: 072\n  pattern: [send] * weapons to +\n"
    "verb: 030\n  pattern: [agree] to\n"
    "verb: 020\n  pattern: [urge] +\n"
    "verb: 130\n  pattern: [threaten] to\n"
    "verb: 120\n  pattern: [reject] * proposal\n"
    "verb: 190\n  pattern: [kill] +\n  pattern: [attack] +\n"
    "verb: 192\n  pattern: [occupy]\n"
    "verb: 141\n  pattern: [demonstrate]\n"
    "verb: 081\n  pattern: [lift] * curfew\n  pattern: [lift] * state of emergency\n"
    "verb: 1723\n  pattern: night curfew\n"
    "verb: 161\n  pattern: [cancel] * visit to +\n"
    "verb: 173\n  pattern: [arrest] +; [arrest]\n"
    "verb: 083\n  pattern: [accept] * demands\n"
    "verb: 104\n  pattern: [demand] * political reform\n"
    "verb: 036\n  pattern: [plan] * visit to +\n"
    "verb: 143\n  pattern: general strike; [boycott]\n"
    "verb: 154\n  pattern: [mobilize] * forces\n"
    "verb: 1833\n  pattern: roadside bombing\n"
    "verb: 080\n  pattern: [concede]\n"
    "verb: 0871\n  mutual: [agree] * truce\n"
    "verb: 203\n  pattern: [engage] in * ethnic cleansing\n"
    "verb: 145\n  pattern: [riot]\n"
    "verb: 174\n  pattern: [force] + out of * country\n"
    "verb: 193\n  pattern: [open] fire\n"
    "verb: 0874\n  pattern: [surrender]\n"
    "verb: 082\n  mutual: [postpone] * demonstration\n"
    "verb: 0833\n  pattern: [allow] * to return\n"
    "verb: 128\n  pattern: in defiance of +\n"
    "verb: 0842\n  pattern: [pay] * compensation to + * for * assets\n"
    "verb: 1125\n  pattern: allegations * of * treason\n"
    "verb: 1831\n  pattern: [blow] themselves up\n"
    "verb: 0873\n  pattern: [declare] * ceasefire\n"
    "verb: 144\n  pattern: [block] * bridge\n"
    "verb: 1723\n  pattern: [impose] * curfew\n"
    "verb: 0243\n  pattern: [call] for * independence\n"
    "verb: 100\n  pattern: [insist] on; [demand] that; [order] + to; [press] * demands\n";
const char kCodes[] =
    "code\tquad\tgoldstein\tname\n"
    "040\t1\t1.0\tConsult\n042\t1\t1.9\tMake a visit\n"
    "111\t3\t-2.0\tCriticize or denounce\n010\t1\t0.0\tMake statement\n"
    "072\t2\t8.3\tProvide military aid\n195\t4\t-10.0\tAerial weapons\n"
    "020\t1\t3.0\tAppeal\n0232\t1\t3.4\tAppeal for military aid\n"
    "030\t1\t4.0\tExpress intent to cooperate\n036\t1\t4.0\tExpress intent to meet\n"
    "0332\t1\t5.2\tExpress intent to provide military aid\n"
    "130\t3\t-4.4\tThreaten\n1384\t3\t-7.0\tThreaten conventional attack\n"
    "120\t3\t-4.0\tReject\n100\t3\t-5.0\tDemand\n"
    "190\t4\t-10.0\tConventional force\n192\t4\t-9.5\tOccupy\n"
    "141\t4\t-6.5\tDemonstrate\n081\t2\t5.0\tEase sanctions\n"
    "1723\t4\t-5.0\tImpose curfew\n161\t3\t-4.0\tReduce or break diplomatic relations\n"
    "173\t4\t-5.0\tArrest, detain\n083\t2\t5.0\tAccede to demands for reform\n"
    "104\t3\t-5.0\tDemand political reform\n123\t3\t-4.0\tReject demand for reform\n143\t3\t-6.5\tConduct strike or boycott\n"
    "154\t3\t-7.2\tMobilize or increase armed forces\n"
    "1833\t4\t-10.0\tCarry out roadside bombing\n080\t2\t5.0\tYield\n"
    "0871\t2\t9.0\tDeclare truce, ceasefire\n0874\t2\t7.6\tRetreat or surrender militarily\n"
    "082\t2\t5.0\tEase political dissent\n0833\t2\t5.0\tAccede to demands for rights\n"
    "166\t4\t-7.0\tExpel or withdraw\n128\t3\t-4.0\tDefy norms, law\n203\t4\t-10.0\tEngage in ethnic cleansing\n"
    "145\t4\t-7.5\tProtest violently, riot\n174\t4\t-5.0\tExpel or deport individuals\n"
    "193\t4\t-10.0\tFight with small arms and light weapons\n"
    "0842\t2\t7.0\tReturn, release property\n"
    "112\t3\t-4.4\tAccuse\n1125\t3\t-4.4\tAccuse of espionage, treason\n"
    "1831\t4\t-10.0\tCarry out suicide bombing\n0873\t2\t9.0\tDemobilize armed forces\n"
    "144\t3\t-7.5\tObstruct passage, block\n0243\t1\t3.0\tAppeal for rights\n"
    "074\t2\t8.5\tProvide military protection or peacekeeping\n"
    "1044\t3\t-5.0\tDemand change in institutions, regime\n";
// Frames (cameo/modality.tsv): act, intent, appeal, demand, reject, threaten.
const char kModality[] =
    "act\tintent\tappeal\tdemand\treject\tthreaten\n"
    "04\t036\t-\t-\t-\t-\n"
    "072\t0332\t0232\t-\t-\t-\n"
    "083\t-\t-\t-\t123\t-\n"
    "19\t-\t-\t-\t-\t1384\n";

class CoderTest : public testing::Test {
 protected:
  void SetUp() override {
    std::vector<std::string> problems;
    auto d = Dictionaries::FromFiles({{"actors/c.txt", kCountries},
                                      {"actors/p.txt", kPeople},
                                      {"agents/a.txt", kAgents},
                                      {"verbs/v.txt", kVerbs},
                                      {"verbs/irregular.txt", "hold held held\nmeet met met\n"
                                                              "be was been is are were\n"
                                                              "say said said\nsend sent sent\n"
                                                              "open opened opened\npay paid paid\n"
                                                              "blow blew blown\n"},
                                      {"cameo/codes.tsv", kCodes},
                                      {"cameo/modality.tsv", kModality}},
                                     &problems);
    ASSERT_TRUE(d.ok());
    ASSERT_TRUE(problems.empty()) << problems[0];
    coder_ = std::make_unique<Coder>(*d);
  }

  // "SRC CODE TGT" per event; the text of each mention follows in brackets.
  std::vector<std::string> Code(const std::string& sentence, int date = 0) {
    std::vector<std::string> out;
    for (const CodedEvent& e : CodeOneSentence(coder_.get(), sentence, date)) {
      std::string s = EventTriple(e);
      s += " [" + sentence.substr(e.source.span.begin, e.source.span.size()) + "|" +
           sentence.substr(e.verb.begin, e.verb.size()) + "|" +
           (e.target.code.empty() ? "" : sentence.substr(e.target.span.begin, e.target.span.size())) +
           "]";
      out.push_back(s);
    }
    return out;
  }

  std::unique_ptr<Coder> coder_;
};

TEST_F(CoderTest, TitlesAndNationalityJoinThePerson) {
  EXPECT_EQ(Code("Russian Foreign Minister Sergei Lavrov has discussed the situation in Syria "
                 "and Yemen with U.S. Secretary of State John Kerry."),
            (std::vector<std::string>{
                "RUSGOV 040 USAGOV [Russian Foreign Minister Sergei Lavrov|discussed|"
                "U.S. Secretary of State John Kerry]",
                // Talks are both sides' act.
                "USAGOV 040 RUSGOV [U.S. Secretary of State John Kerry|discussed|"
                "Russian Foreign Minister Sergei Lavrov]"}));
}

TEST_F(CoderTest, CountryPlusAgentAndCapitalMetonyms) {
  EXPECT_EQ(Code("Russian jets bombed Syria."),
            (std::vector<std::string>{"RUSMIL 195 SYR [Russian jets|bombed|Syria]"}));
  EXPECT_EQ(Code("The Kremlin criticized Washington."),
            (std::vector<std::string>{"RUSGOV 111 USAGOV [Kremlin|criticized|Washington]"}));
}

TEST_F(CoderTest, CoordinatedSubjectOfMutualActGivesBothDirections) {
  EXPECT_EQ(Code("Kerry and Lavrov held talks on Syria."),
            (std::vector<std::string>{"USAGOV 040 RUSGOV [Kerry|held talks|Lavrov]",
                                      "RUSGOV 040 USAGOV [Lavrov|held talks|Kerry]"}));
}

TEST_F(CoderTest, ExplicitSlotsBetween) {
  EXPECT_EQ(Code("There were contacts between Moscow and Washington."),
            (std::vector<std::string>{"RUSGOV 040 USAGOV [Moscow|contacts between|Washington]",
                                      "USAGOV 040 RUSGOV [Washington|contacts between|Moscow]"}));
}

TEST_F(CoderTest, ObjectsOfOtherVerbsAndPrepositionsAreNotSubjects) {
  // "Moscow" is the object of "visited": Kerry is the subject of "met".
  EXPECT_EQ(Code("Kerry visited Moscow on May 12 and met Putin."),
            (std::vector<std::string>{"USAGOV 042 RUS [Kerry|visited|Moscow]",
                                      "USAGOV 040 RUSGOV [Kerry|met|Putin]",
                                      "RUSGOV 040 USAGOV [Putin|met|Kerry]"}));
}

TEST_F(CoderTest, FrameAndItsActCodeAsOne) {
  // An intent: the act's target is the target.
  EXPECT_EQ(Code("Russia agreed to send weapons to Syria."),
            (std::vector<std::string>{"RUS 0332 SYR [Russia|agreed to|Syria]"}));
  // A threat of force is not an attack.
  EXPECT_EQ(Code("Russia threatened to bomb Syria."),
            (std::vector<std::string>{"RUS 1384 SYR [Russia|threatened to|Syria]"}));
  // An appeal is addressed to whoever is urged to act.
  EXPECT_EQ(Code("Kerry urged Russia to send weapons to Syria.", 20160509),
            (std::vector<std::string>{"USAGOV 0232 RUS [Kerry|urged|Russia]"}));
  // A frame takes no act across a comma: both are coded apart.
  EXPECT_EQ(Code("Russia threatened to act, and bombed Syria."),
            (std::vector<std::string>{"RUS 130 - [Russia|threatened to|]",
                                      "RUS 195 SYR [Russia|bombed|Syria]"}));
}

TEST_F(CoderTest, FutureOfACooperativeActIsAnIntent) {
  EXPECT_EQ(Code("Kerry will visit Moscow.", 20160509),
            (std::vector<std::string>{"USAGOV 036 RUS [Kerry|visit|Moscow]"}));
  EXPECT_EQ(Code("Kerry will not visit Moscow.", 20160509), (std::vector<std::string>{}));
}

TEST_F(CoderTest, CoordinatedSubjectsOfAJointActWithNoTarget) {
  EXPECT_EQ(Code("Russia and Syria agreed to hold talks."),
            (std::vector<std::string>{"RUS 036 SYR [Russia|agreed to|Syria]",
                                      "SYR 036 RUS [Syria|agreed to|Russia]"}));
}

TEST_F(CoderTest, SlotTargetsCoordinate) {
  EXPECT_EQ(Code("Lavrov criticized Syria and Yemen."),
            (std::vector<std::string>{"RUSGOV 111 SYR [Lavrov|criticized|Syria]",
                                      "RUSGOV 111 YEM [Lavrov|criticized|Yemen]"}));
}

TEST_F(CoderTest, UnknownNameAfterATitleJoinsTheMention) {
  EXPECT_EQ(Code("Russian President Boris Yeltsin and Syrian President Hafez Assad held talks."),
            (std::vector<std::string>{
                "RUSGOV 040 SYRGOV [Russian President Boris Yeltsin|held talks|"
                "Syrian President Hafez Assad]",
                "SYRGOV 040 RUSGOV [Syrian President Hafez Assad|held talks|"
                "Russian President Boris Yeltsin]"}));
}

TEST_F(CoderTest, PassiveVerbsMakeTheSubjectTheTarget) {
  EXPECT_EQ(Code("Syrian forces were bombed by Russian jets."),
            (std::vector<std::string>{"RUSMIL 195 SYRMIL [Russian jets|bombed|Syrian forces]"}));
  // No "by" phrase: an event with no source.
  EXPECT_EQ(Code("Syrian forces were bombed on Monday."),
            (std::vector<std::string>{" 195 SYRMIL [|bombed|Syrian forces]"}));
  // Violence by no one named, where the story is set: unidentified armed
  // forces of that country.
  EXPECT_EQ(Code("Syrian forces were bombed in Yemen."),
            (std::vector<std::string>{"YEMUAF 195 SYRMIL [|bombed|Syrian forces]"}));
}

TEST_F(CoderTest, ActorInsideThePatternGapIsTheTarget) {
  EXPECT_EQ(Code("Syria rejected Kerry's proposal.", 20160509),
            (std::vector<std::string>{"SYR 120 USAGOV [Syria|rejected|Kerry]"}));
}

TEST_F(CoderTest, NumbersAndPossessivesBeforeAnObject) {
  EXPECT_EQ(Code("Russia bombed three Syrian forces."),
            (std::vector<std::string>{"RUS 195 SYRMIL [Russia|bombed|Syrian forces]"}));
}

TEST_F(CoderTest, BareNationalityIsAnObjectNotASubject) {
  EXPECT_EQ(Code("Syria rejected an American proposal."),
            (std::vector<std::string>{"SYR 120 USA [Syria|rejected|American]"}));
  // "Russian" alone is a subject only when no other mention can be: the
  // bombing is Moscow's.
  EXPECT_EQ(Code("Russian officials said Moscow bombed Yemen."),
            (std::vector<std::string>{"RUS 010 - [Russian|said|]",
                                      "RUSGOV 195 YEM [Moscow|bombed|Yemen]"}));
}

TEST_F(CoderTest, CoordinatedNationalitiesShareTheAgent) {
  EXPECT_EQ(Code("Russian and Syrian jets bombed Yemen."),
            (std::vector<std::string>{"RUSMIL 195 YEM [Russian|bombed|Yemen]",
                                      "SYRMIL 195 YEM [Syrian jets|bombed|Yemen]"}));
}

TEST_F(CoderTest, ReportedMustIsADemandToItsSubject) {
  EXPECT_EQ(Code("Lavrov said the United States must stop."),
            (std::vector<std::string>{"RUSGOV 100 USA [Lavrov|said|United States]"}));
  // A long subject, with a place inside it; coordinated, both are asked.
  EXPECT_EQ(Code("Lavrov said on Monday that the Syrian president and the rebels in Marib "
                 "must stop.", 20160509),
            (std::vector<std::string>{"RUSGOV 100 SYRGOV [Lavrov|said|Syrian president]",
                                      "RUSGOV 100 YEMREB [Lavrov|said|rebels]"}));
}

TEST_F(CoderTest, PurposeClausesAndTrailingParticiplesAreDetails) {
  EXPECT_EQ(Code("Kerry visited Moscow to criticize Syria.", 20160509),
            (std::vector<std::string>{"USAGOV 042 RUS [Kerry|visited|Moscow]"}));
  EXPECT_EQ(Code("Kerry visited Moscow, criticizing Syria.", 20160509),
            (std::vector<std::string>{"USAGOV 042 RUS [Kerry|visited|Moscow]"}));
  // An aspect verb governs an act that is an event.
  EXPECT_EQ(Code("Russia continued to send weapons to Syria."),
            (std::vector<std::string>{"RUS 072 SYR [Russia|send weapons to|Syria]"}));
}

TEST_F(CoderTest, ByOrFromAfterThePatternNamesTheTarget) {
  EXPECT_EQ(Code("Syria rejected a proposal from Yemen."),
            (std::vector<std::string>{"SYR 120 YEM [Syria|rejected|Yemen]"}));
  // A place is no target.
  EXPECT_EQ(Code("Syria rejected the proposal in Yemen."),
            (std::vector<std::string>{"SYR 120 - [Syria|rejected|]"}));
}

TEST_F(CoderTest, TheMeansNamesAViolentAct) {
  EXPECT_EQ(Code("Syrian forces killed Yemen in air strikes."),
            (std::vector<std::string>{"SYRMIL 195 YEM [Syrian forces|killed|Yemen]"}));
}

TEST_F(CoderTest, ParticiplesAfterADeterminerDescribe) {
  EXPECT_EQ(Code("Kerry met Lavrov in the occupied areas.", 20160509),
            (std::vector<std::string>{"USAGOV 040 RUSGOV [Kerry|met|Lavrov]",
                                      "RUSGOV 040 USAGOV [Lavrov|met|Kerry]"}));
}

TEST_F(CoderTest, QuantitiesBeforeAnObject) {
  EXPECT_EQ(Code("Russia killed more than 100 Syrian forces."),
            (std::vector<std::string>{"RUS 190 SYRMIL [Russia|killed|Syrian forces]"}));
}

TEST_F(CoderTest, ANationalityIsTheSubjectWhenNothingElseCanBe) {
  EXPECT_EQ(Code("Syrian crowds bombed Yemen."),
            (std::vector<std::string>{"SYR 195 YEM [Syrian|bombed|Yemen]"}));
}

TEST_F(CoderTest, ANounActBelongsToTheActorBeforeIt) {
  EXPECT_EQ(Code("Russian air strikes on Yemen continued."),
            (std::vector<std::string>{"RUS 195 YEM [Russian|air strikes|Yemen]"}));
}

TEST_F(CoderTest, RebelsBelongToWhereTheStoryIsSet) {
  // Russia is named as often as Syria, but the story is set in Syria.
  EXPECT_EQ(Code("Moscow said Russia bombed rebels in Syria."),
            (std::vector<std::string>{"RUSGOV 010 - [Moscow|said|]",
                                      "RUS 195 SYRREB [Russia|bombed|rebels]"}));
  EXPECT_EQ(Code("Moscow said Russia bombed rebels in northern Syria."),
            (std::vector<std::string>{"RUSGOV 010 - [Moscow|said|]",
                                      "RUS 195 SYRREB [Russia|bombed|rebels]"}));
}

TEST_F(CoderTest, AProtestWithNoTargetIsAgainstItsGovernment) {
  EXPECT_EQ(Code("Syrian rebels demonstrated."),
            (std::vector<std::string>{"SYRREB 141 SYRGOV [Syrian rebels|demonstrated|]"}));
  EXPECT_EQ(Code("Syrian rebels demonstrated against Russia."),
            (std::vector<std::string>{"SYRREB 141 RUS [Syrian rebels|demonstrated|Russia]"}));
}

TEST_F(CoderTest, OfAfterTheObjectNamesItsOwner) {
  EXPECT_EQ(Code("Syrian rebels demonstrated outside offices of Russia."),
            (std::vector<std::string>{"SYRREB 141 RUS [Syrian rebels|demonstrated|Russia]"}));
}

TEST_F(CoderTest, WhatIsRejectedOrDemandedIsNotDone) {
  EXPECT_EQ(Code("Syria rejected a proposal to bomb Yemen."),
            (std::vector<std::string>{"SYR 120 - [Syria|rejected|]"}));
  // A new clause is an event again.
  EXPECT_EQ(Code("Syria rejected the proposal, and bombed Yemen."),
            (std::vector<std::string>{"SYR 120 - [Syria|rejected|]",
                                      "SYR 195 YEM [Syria|bombed|Yemen]"}));
}

TEST_F(CoderTest, RelativeClausesAreBackground) {
  EXPECT_EQ(Code("Lavrov criticized Syria, where Russia bombed Yemen.", 20160509),
            (std::vector<std::string>{"RUSGOV 111 SYR [Lavrov|criticized|Syria]"}));
  EXPECT_EQ(Code("Lavrov criticized the rebels that have bombed Yemen.", 20160509),
            (std::vector<std::string>{"RUSGOV 111 RUSREB [Lavrov|criticized|rebels]"}));
  // A verb right after "and" is in the clause of the one before it.
  EXPECT_EQ(Code("Lavrov criticized the rebels that have bombed Yemen and attacked Syria.",
                 20160509),
            (std::vector<std::string>{"RUSGOV 111 RUSREB [Lavrov|criticized|rebels]"}));
}

TEST_F(CoderTest, ThePossessedObjectIsTheSubjectsOwn) {
  EXPECT_EQ(Code("Syria demonstrated with its rebels in Yemen."),
            (std::vector<std::string>{"SYR 141 SYRGOV [Syria|demonstrated|]"}));
}

TEST_F(CoderTest, AsSpecificPatternsTheVerbsGoverns) {
  EXPECT_EQ(Code("Russia lifted a night curfew."),
            (std::vector<std::string>{"RUS 081 - [Russia|lifted|]"}));
}

TEST_F(CoderTest, RankWordsJoinATitle) {
  EXPECT_EQ(Code("The Syrian deputy foreign minister criticized Moscow in Russia."),
            (std::vector<std::string>{
                "SYRGOV 111 RUSGOV [Syrian deputy foreign minister|criticized|Moscow]"}));
}

TEST_F(CoderTest, FromNamesATarget) {
  // Withdrawing from a country, aid from a country: "from" points at the
  // other side of the act.
  EXPECT_EQ(Code("Syrian rebels demonstrated from Yemen."),
            (std::vector<std::string>{"SYRREB 141 YEM [Syrian rebels|demonstrated|Yemen]"}));
}

TEST_F(CoderTest, ANounActInAPrepositionalPhraseSetsTheScene) {
  EXPECT_EQ(Code("Lavrov criticized Syria after talks with Kerry.", 20160509),
            (std::vector<std::string>{"RUSGOV 111 SYR [Lavrov|criticized|Syria]"}));
}

TEST_F(CoderTest, AViolentNounThatHarmsIsTheActOfNoOneNamed) {
  EXPECT_EQ(Code("Air strikes killed Syrian forces in Yemen."),
            (std::vector<std::string>{"YEMUAF 195 SYRMIL [|killed|Syrian forces]"}));
}

TEST_F(CoderTest, LedByACountryIsItsOwn) {
  EXPECT_EQ(Code("Russian-led forces bombed Yemen."),
            (std::vector<std::string>{"RUSMIL 195 YEM [Russian-led forces|bombed|Yemen]"}));
}

TEST_F(CoderTest, FollowingIsACircumstance) {
  EXPECT_EQ(Code("Syrian rebels demonstrated following Russia."),
            (std::vector<std::string>{"SYRREB 141 SYRGOV [Syrian rebels|demonstrated|]"}));
}

TEST_F(CoderTest, AnActorStartingInTheGapMayRunPastIt) {
  EXPECT_EQ(Code("Lavrov criticized the Syrian forces.", 20160509),
            (std::vector<std::string>{"RUSGOV 111 SYRMIL [Lavrov|criticized|Syrian forces]"}));
}

TEST_F(CoderTest, PassiveSwapsSourceAndTarget) {
  EXPECT_EQ(Code("Syria was criticized by Russia."),
            (std::vector<std::string>{"RUS 111 SYR [Russia|was criticized by|Syria]"}));
}

TEST_F(CoderTest, NegationSuppresses) {
  EXPECT_TRUE(Code("Kerry did not meet Putin.").empty());
  EXPECT_TRUE(Code("Kerry didn't criticize Russia.").empty());
  EXPECT_TRUE(Code("Russia did not accept the demands of Syria.").empty());
}

TEST_F(CoderTest, ACooperativeActRefusedForTheFutureIsItsRejection) {
  EXPECT_EQ(Code("Russia will not accept the demands of Syria."),
            (std::vector<std::string>{"RUS 123 SYR [Russia|accept|Syria]"}));
  // Not a conflict act: "will not bomb" is no event.
  EXPECT_TRUE(Code("Russia will not bomb Syria.").empty());
}

TEST_F(CoderTest, CapitalsOnlyAbbreviations) {
  EXPECT_EQ(Code("Lavrov criticized the US."),
            (std::vector<std::string>{"RUSGOV 111 USA [Lavrov|criticized|US]"}));
  // The pronoun "us" is not the United States; "+" needs a target.
  EXPECT_TRUE(Code("Lavrov criticized us.").empty());
}

TEST_F(CoderTest, RoleInForceOnTheEventDate) {
  EXPECT_EQ(Code("Kerry criticized Russia.", 20100101)[0].substr(0, 10), "USALEG 111");
  EXPECT_EQ(Code("Kerry criticized Russia.", 20150101)[0].substr(0, 10), "USAGOV 111");
  EXPECT_EQ(Code("Kerry criticized Russia.", 0)[0].substr(0, 10), "USAGOV 111");
}

TEST_F(CoderTest, SameCodeOnBothSidesIsDropped) {
  EXPECT_TRUE(Code("Putin criticized Lavrov.").empty());
}

TEST_F(CoderTest, GapsDoNotCrossClauseBarriers) {
  // "[hold] * talks with +" must not reach over the semicolon.
  EXPECT_EQ(Code("Kerry held firm; talks with Lavrov resume."),
            (std::vector<std::string>{}));
}

TEST_F(CoderTest, StatementVerbsTakeNoFreeObject) {
  // Russia is the subject of the reported clause, not the target of "said".
  EXPECT_EQ(Code("Lavrov said Russia had criticized Washington."),
            (std::vector<std::string>{"RUSGOV 010 - [Lavrov|said|]",
                                      "RUS 111 USAGOV [Russia|criticized|Washington]"}));
}

TEST_F(CoderTest, GerundComplementTakesThePreviousObjectAsSubject) {
  EXPECT_EQ(Code("Lavrov criticized the United States for sending weapons to Syria."),
            (std::vector<std::string>{
                "RUSGOV 111 USA [Lavrov|criticized|United States]",
                "USA 072 SYR [United States|sending weapons to|Syria]"}));
}

TEST_F(CoderTest, FreeTargetsStopAtAComma) {
  // Lavrov after the comma reports the meeting; he is not who Kerry met.
  EXPECT_EQ(Code("Russian deputies met in Vienna, Lavrov said."),
            (std::vector<std::string>{"RUSLEG 040 - [Russian deputies|met|]",
                                      "RUSGOV 010 - [Lavrov|said|]"}));
  EXPECT_EQ(Code("Kerry visited Moscow on Monday, Lavrov said."),
            (std::vector<std::string>{"USAGOV 042 RUS [Kerry|visited|Moscow]",
                                      "RUSGOV 010 - [Lavrov|said|]"}));
}

// Word sets (a verb's forms) are marked per sentence in a 64-bit mask;
// later tokens are checked against the set itself.
TEST_F(CoderTest, WordSetsPastTheSixtyFourthToken) {
  std::string filler;
  for (int i = 0; i < 70; ++i) filler += "word ";
  EXPECT_EQ(Code(filler + "Syria was criticized by Russia."),
            (std::vector<std::string>{"RUS 111 SYR [Russia|was criticized by|Syria]"}));
  EXPECT_EQ(Code("Syria was criticized by Russia and " + filler +
                 "Syria was criticized by Russia."),
            (std::vector<std::string>{"RUS 111 SYR [Russia|was criticized by|Syria]",
                                      "RUS 111 SYR [Russia|was criticized by|Syria]"}));
}

TEST_F(CoderTest, GapsDoNotCrossACommaEither) {
  // Not "[send] * weapons to +" across the clause break.
  EXPECT_EQ(Code("Russia sent aid on Monday, weapons to Syria followed."),
            std::vector<std::string>{});
}

TEST_F(CoderTest, APatternsOwnWordsAreNoActor) {
  // "state" (an agent phrase) is a word of "[lift] * state of emergency".
  EXPECT_EQ(Code("Syria lifted a state of emergency in Yemen."),
            (std::vector<std::string>{"SYR 081 YEM [Syria|lifted|Yemen]"}));
}

TEST_F(CoderTest, AConditionHasNotHappened) {
  EXPECT_EQ(Code("Russia agreed to send weapons to Syria if Kerry criticizes Yemen.", 20160509),
            (std::vector<std::string>{"RUS 0332 SYR [Russia|agreed to|Syria]"}));
}

TEST_F(CoderTest, AVerbsNounInAPhraseOfTimeSetsTheScene) {
  EXPECT_EQ(Code("Syria criticized Russia after deadly attacks."),
            (std::vector<std::string>{"SYR 111 RUS [Syria|criticized|Russia]"}));
  // A gerund right after the preposition is still a verb.
  EXPECT_EQ(Code("Syria criticized Russia after attacking Yemen."),
            (std::vector<std::string>{"SYR 111 RUS [Syria|criticized|Russia]",
                                      "SYR 190 YEM [Syria|attacking|Yemen]"}));
}

TEST_F(CoderTest, AGerundAfterAPrepositionIsTheMeans) {
  EXPECT_EQ(Code("Russia criticized Syria by attacking Yemen."),
            (std::vector<std::string>{"RUS 111 SYR [Russia|criticized|Syria]"}));
}

TEST_F(CoderTest, AParticipleAfterTheObjectIsADetail) {
  EXPECT_EQ(Code("Russia criticized Syria in Damascus attacking Yemen."),
            (std::vector<std::string>{"RUS 111 SYR [Russia|criticized|Syria]"}));
}

TEST_F(CoderTest, AnAgentTakesThePlaceNamedAfterIt) {
  // Russia is named most, but the forces are those in Yemen.
  EXPECT_EQ(Code("Forces in Yemen criticized Russia and Russia's president."),
            (std::vector<std::string>{"YEMMIL 111 RUS [Forces|criticized|Russia]",
                                      "YEMMIL 111 RUSGOV [Forces|criticized|Russia's president]"}));
}

TEST_F(CoderTest, AnActOnNoOneNamedIsOnThePlace) {
  // A capital stands for its country here, not its government.
  EXPECT_EQ(Code("Russia lifted the curfew in Damascus."),
            (std::vector<std::string>{"RUS 081 SYR [Russia|lifted|Damascus]"}));
}

TEST_F(CoderTest, PatternsReadThroughDaysAndTimeWords) {
  EXPECT_EQ(Code("Russia agreed on Monday to send weapons to Syria."),
            (std::vector<std::string>{"RUS 0332 SYR [Russia|agreed|Syria]"}));
  EXPECT_EQ(Code("Russia agreed today to send weapons to Syria."),
            (std::vector<std::string>{"RUS 0332 SYR [Russia|agreed|Syria]"}));
}

TEST_F(CoderTest, AMemberOfAGroupActsForIt) {
  EXPECT_EQ(Code("A member of the Russian forces criticized Syria."),
            (std::vector<std::string>{"RUSMIL 111 SYR [Russian forces|criticized|Syria]"}));
}

TEST_F(CoderTest, StateAfterAPlaceNamesARegion) {
  // "Marib State" is a place in Yemen, not Yemen's government.
  EXPECT_EQ(Code("Russian jets bombed Marib State."),
            (std::vector<std::string>{"RUSMIL 195 YEMCVL [Russian jets|bombed|Marib State]"}));
}

TEST_F(CoderTest, CountedPeopleOfANationAreCivilians) {
  EXPECT_EQ(Code("Russian forces killed 12 Syrians."),
            (std::vector<std::string>{"RUSMIL 190 SYRCVL [Russian forces|killed|Syrians]"}));
  EXPECT_EQ(Code("Russian forces killed Syrians."),
            (std::vector<std::string>{"RUSMIL 190 SYR [Russian forces|killed|Syrians]"}));
}

TEST_F(CoderTest, HarmToATownFallsOnItsPeople) {
  EXPECT_EQ(Code("Russian jets bombed Marib."),
            (std::vector<std::string>{"RUSMIL 195 YEMCVL [Russian jets|bombed|Marib]"}));
  // A capital bombed is the city; criticised, its government.
  EXPECT_EQ(Code("Russian jets bombed Damascus."),
            (std::vector<std::string>{"RUSMIL 195 SYRCVL [Russian jets|bombed|Damascus]"}));
  EXPECT_EQ(Code("Russia criticized Damascus."),
            (std::vector<std::string>{"RUS 111 SYRGOV [Russia|criticized|Damascus]"}));
  EXPECT_EQ(Code("Russia ordered a night curfew in Marib."),
            (std::vector<std::string>{"RUS 1723 YEMCVL [Russia|night curfew|Marib]"}));
}

TEST_F(CoderTest, AVerbsWordAfterAnArticleIsANoun) {
  EXPECT_EQ(Code("Syria criticized Russia over a visit Kerry made.", 20160509),
            (std::vector<std::string>{"SYR 111 RUS [Syria|criticized|Russia]"}));
}

TEST_F(CoderTest, ARelativeClauseRunsThroughSaidAndCoordinatedVerbs) {
  EXPECT_EQ(Code("Russian jets bombed Marib, where Syria said Syrian forces were killed or bombed."),
            (std::vector<std::string>{"RUSMIL 195 YEMCVL [Russian jets|bombed|Marib]"}));
}

TEST_F(CoderTest, TheGapsActorBeforeTheSourceItself) {
  EXPECT_EQ(Code("Russia rejected the Syrian proposal to help Russia."),
            (std::vector<std::string>{"RUS 120 SYR [Russia|rejected|Syrian]"}));
}

TEST_F(CoderTest, AnAppositionDescribesTheSubjectBeforeIt) {
  EXPECT_EQ(Code("Russia, a key U.S. ally, criticized Yemen."),
            (std::vector<std::string>{"RUS 111 YEM [Russia|criticized|Yemen]"}));
}

TEST_F(CoderTest, AFormerOfficialIsAnElite) {
  EXPECT_EQ(Code("Former President Putin criticized Syria."),
            (std::vector<std::string>{"RUSELI 111 SYR [President Putin|criticized|Syria]"}));
}

TEST_F(CoderTest, ACommaListClosedByAndIsOneCoordination) {
  EXPECT_EQ(Code("Russia criticized Syria, Yemen and the U.S."),
            (std::vector<std::string>{"RUS 111 SYR [Russia|criticized|Syria]",
                                      "RUS 111 YEM [Russia|criticized|Yemen]",
                                      "RUS 111 USA [Russia|criticized|U.S.]"}));
  // With no "and", what follows a comma is no member.
  EXPECT_EQ(Code("Russia criticized Syria, Yemen said."),
            (std::vector<std::string>{"RUS 111 SYR [Russia|criticized|Syria]",
                                      "YEM 010 - [Yemen|said|]"}));  // Three names in a comma run are a list before any "and".
  EXPECT_EQ(Code("Russia criticized Syria, Yemen, the U.S., and others."),
            (std::vector<std::string>{"RUS 111 SYR [Russia|criticized|Syria]",
                                      "RUS 111 YEM [Russia|criticized|Yemen]",
                                      "RUS 111 USA [Russia|criticized|U.S.]"}));
}

TEST_F(CoderTest, ANounWordMatchesItsPlural) {
  EXPECT_EQ(Code("Russia lifted curfews in Damascus."),
            (std::vector<std::string>{"RUS 081 SYR [Russia|lifted curfews|Damascus]"}));
}

TEST_F(CoderTest, AnAdjectivalParticipleOverlapsNoPattern) {
  // "planned" describes the visit: "[plan] * visit to +" is no act and does
  // not take the words of "[cancel] * visit to +".
  EXPECT_EQ(Code("Russia canceled a planned visit to Syria."),
            (std::vector<std::string>{"RUS 161 SYR [Russia|canceled|Syria]"}));
}

TEST_F(CoderTest, ADeploymentOfTroopsActsForThem) {
  EXPECT_EQ(Code("The first deployment of Russian forces bombed Yemen."),
            (std::vector<std::string>{"RUSMIL 195 YEM [Russian forces|bombed|Yemen]"}));
}

TEST_F(CoderTest, ViolenceByNoActorIsTheUnidentifiedForcesOfThePlace) {
  EXPECT_EQ(Code("A blast near Marib killed Syrian forces."),
            (std::vector<std::string>{"YEMUAF 190 SYRMIL [|killed|Syrian forces]"}));
  // A pronoun is someone: no unidentified forces.
  EXPECT_EQ(Code("Near Marib, they killed Syrian forces."), std::vector<std::string>{});
}

TEST_F(CoderTest, CoercionInThePassiveIsTheAuthoritiesOfThePlace) {
  EXPECT_EQ(Code("Syrian rebels were arrested in Marib."),
            (std::vector<std::string>{"YEMGOV 173 SYRREB [|arrested|Syrian rebels]"}));
}

TEST_F(CoderTest, TheSecondOfTwoCoordinatedVerbsSharesTheSubject) {
  EXPECT_EQ(Code("Russian forces killed 12 Syrian rebels and attacked Yemen."),
            (std::vector<std::string>{"RUSMIL 190 SYRREB [Russian forces|killed|Syrian rebels]",
                                      "RUSMIL 190 YEM [Russian forces|attacked|Yemen]"}));
  EXPECT_EQ(Code("Up to 1,000 Syrian rebels attacked Yemen."),
            (std::vector<std::string>{"SYRREB 190 YEM [Syrian rebels|attacked|Yemen]"}));
}

TEST_F(CoderTest, AnEarlierVerbsObjectIsNoVerb) {
  // "demands" is the object of "accepted", not the verb of "[demand] *
  // political reform".
  EXPECT_EQ(Code("Syria accepted demands from Yemen that it make political reform."),
            (std::vector<std::string>{"SYR 083 YEM [Syria|accepted demands|Yemen]"}));
}

TEST_F(CoderTest, TheOwnerInTheGapIsTheTarget) {
  EXPECT_EQ(Code("Russia rejected Syria's new proposal to help Syrian rebels."),
            (std::vector<std::string>{"RUS 120 SYR [Russia|rejected|Syria]"}));
  // So is a nationality right before the pattern's noun.
  EXPECT_EQ(Code("Russia rejected the Syrian proposal on Yemen."),
            (std::vector<std::string>{"RUS 120 SYR [Russia|rejected|Syrian]"}));
}

TEST_F(CoderTest, AClauseOfTimeOrCauseIsBackground) {
  EXPECT_EQ(Code("Russia criticized Syria after Yemen bombed Syrian rebels."),
            (std::vector<std::string>{"RUS 111 SYR [Russia|criticized|Syria]"}));
  EXPECT_EQ(Code("Russia criticized Syria because Yemen bombed Syrian rebels."),
            (std::vector<std::string>{"RUS 111 SYR [Russia|criticized|Syria]"}));
  // Reported speech is no setting.
  EXPECT_EQ(Code("Putin was quoted as saying Russia criticized Syria.", 20160509),
            (std::vector<std::string>{"RUSGOV 010 - [Putin|saying|]",
                                      "RUS 111 SYR [Russia|criticized|Syria]"}));
}

TEST_F(CoderTest, ThatAfterANounOpensARelativeClause) {
  EXPECT_EQ(Code("Russia criticized the Syrian rebels that attacked Yemen."),
            (std::vector<std::string>{"RUS 111 SYRREB [Russia|criticized|Syrian rebels]"}));
  // After a verb it opens the verb's complement.
  EXPECT_EQ(Code("Putin said that Russia criticized Syria.", 20160509),
            (std::vector<std::string>{"RUSGOV 010 - [Putin|said|]",
                                      "RUS 111 SYR [Russia|criticized|Syria]"}));
}

TEST_F(CoderTest, AClauseOfTimeOrCauseReachesPastALongSubject) {
  EXPECT_EQ(Code("Russia criticized Syria as the leaders of the two rebel factions bombed Yemen."),
            (std::vector<std::string>{"RUS 111 SYR [Russia|criticized|Syria]"}));
  // "and will", "but": a new predicate of the main clause.
  EXPECT_EQ(Code("Russia criticized Syria after the end of the war in Yemen and will visit Syria."),
            (std::vector<std::string>{"RUS 111 SYR [Russia|criticized|Syria]",
                                      "RUS 036 SYR [Russia|visit|Syria]"}));
  EXPECT_EQ(Code("Russia criticized Syria after the end of the war in Yemen but visited Syria."),
            (std::vector<std::string>{"RUS 111 SYR [Russia|criticized|Syria]",
                                      "RUS 042 SYR [Russia|visited|Syria]"}));
}

TEST_F(CoderTest, ThatAfterAPatternsNounOpensARelativeClause) {
  EXPECT_EQ(Code("Russia lifted the curfew that Yemen criticized Syria over."),
            (std::vector<std::string>{"RUS 081 YEM [Russia|lifted|Yemen]"}));
}

TEST_F(CoderTest, AnAgentWordOpeningANounActIsNoActor) {
  // "general" is an agent, but "a general strike" is an act.
  EXPECT_EQ(Code("Syrian rebels staged a general strike."),
            (std::vector<std::string>{"SYRREB 143 SYRGOV [Syrian rebels|general strike|]"}));
}

TEST_F(CoderTest, AVerbsWordAfterAPossessiveIsANoun) {
  EXPECT_EQ(Code("Russia criticized last week's arrest of Syrian rebels."),
            (std::vector<std::string>{"RUS 111 SYRREB [Russia|criticized|Syrian rebels]"}));
}

TEST_F(CoderTest, TheTargetIsNotInAClauseOfTime) {
  EXPECT_EQ(Code("Russia lifted the curfew after a coup toppled the Syrian president."),
            (std::vector<std::string>{"RUS 081 - [Russia|lifted|]"}));
  // Nor the subject of such a clause.
  EXPECT_EQ(Code("Russia lifted the curfew after angry Syrian rebels cleared the town."),
            (std::vector<std::string>{"RUS 081 - [Russia|lifted|]"}));
  // A phrase of time with no verb of its own may hold the target.
  EXPECT_EQ(Code("Russia lifted the curfew after deliberations with Syria."),
            (std::vector<std::string>{"RUS 081 SYR [Russia|lifted|Syria]"}));
}

TEST_F(CoderTest, WhatMustBeDoneIsNotDone) {
  EXPECT_TRUE(Code("Syria must visit Yemen.").empty());
  EXPECT_TRUE(Code("Syria should bomb Yemen.").empty());
}

TEST_F(CoderTest, AnAgentCoordinatedWithANationalOneIsOfThatNation) {
  EXPECT_EQ(Code("In Syria, Russian jets and forces bombed Yemen."),
            (std::vector<std::string>{"RUSMIL 195 YEM [Russian jets|bombed|Yemen]"}));
}

TEST_F(CoderTest, AProtestIsAgainstTheForeignActorItNames) {
  EXPECT_EQ(Code("Syrian rebels demonstrated to show their anger at the United States."),
            (std::vector<std::string>{"SYRREB 141 USA [Syrian rebels|demonstrated|United States]"}));
  // "during" names the same occasion; "following" another.
  EXPECT_EQ(Code("Syrian rebels demonstrated during marches against the United States."),
            (std::vector<std::string>{"SYRREB 141 USA [Syrian rebels|demonstrated|United States]"}));
  // One naming none is against its own government.
  EXPECT_EQ(Code("Syrian rebels demonstrated in Damascus."),
            (std::vector<std::string>{"SYRREB 141 SYRGOV [Syrian rebels|demonstrated|]"}));
}

TEST_F(CoderTest, AShowOfForceIsNotDoneToOnesOwnTroops) {
  EXPECT_EQ(Code("Russia mobilized Russian forces for a war against Syria."),
            (std::vector<std::string>{"RUS 154 SYR [Russia|mobilized|Syria]"}));
  EXPECT_EQ(Code("Russia mobilized Russian forces."),
            (std::vector<std::string>{"RUS 154 - [Russia|mobilized|]"}));
}

TEST_F(CoderTest, ItsAndTheirAreTheNearestActorsBefore) {
  // Not the country of the place after the agent ("forces in Syria").
  EXPECT_EQ(Code("Russia criticized its forces in Syria."),
            (std::vector<std::string>{"RUS 111 RUSMIL [Russia|criticized|forces]"}));
}

TEST_F(CoderTest, AtLeastCountsTheSubject) {
  EXPECT_EQ(Code("At least three Syrian rebels were killed by Russia."),
            (std::vector<std::string>{"RUS 190 SYRREB [Russia|killed|Syrian rebels]"}));
}

TEST_F(CoderTest, AVerbsWordInsideACapitalisedNameIsNoVerb) {
  EXPECT_TRUE(Code("Russia signed the Free Bomb Yemen Agreement on a visit to the region.").empty());
  // A title-case headline keeps its verbs.
  EXPECT_FALSE(Code("Russia Signs Free Bomb Yemen Agreement.").empty());
}

TEST_F(CoderTest, AGapDoesNotCrossAPlacePhrase) {
  // Not "[bomb] * town": the bombing near the town killed the rebels.
  EXPECT_EQ(Code("A roadside bombing near the town of Marib killed two Syrian rebels."),
            (std::vector<std::string>{"YEMUAF 1833 SYRREB [|killed|Syrian rebels]"}));
}

TEST_F(CoderTest, ACountrysAbbreviationSharesTheAgentAfterIt) {
  EXPECT_EQ(Code("US and Russian forces bombed Yemen."),
            (std::vector<std::string>{"USAMIL 195 YEM [US|bombed|Yemen]",
                                      "RUSMIL 195 YEM [Russian forces|bombed|Yemen]"}));
}

TEST_F(CoderTest, AnAgentCoordinatedWithAPersonIsOfThePersonsNation) {
  EXPECT_EQ(Code("In Syria, Kerry and a group of deputies visited Yemen."),
            (std::vector<std::string>{"USAGOV 042 YEM [Kerry|visited|Yemen]",
                                      "USALEG 042 YEM [deputies|visited|Yemen]"}));
}

TEST_F(CoderTest, AnAgentsWordAfterToIsAVerb) {
  // "press" is no actor: "to press their demands" is the purpose of the
  // protest.
  EXPECT_EQ(Code("Syrian rebels demonstrated in Damascus to press their demands."),
            (std::vector<std::string>{"SYRREB 141 SYRGOV [Syrian rebels|demonstrated|]"}));
}

TEST_F(CoderTest, AnUntargetedRepeatOfAnActIsDropped) {
  EXPECT_EQ(Code("Russia arrested Syrian rebels and arrested again."),
            (std::vector<std::string>{"RUS 173 SYRREB [Russia|arrested|Syrian rebels]"}));
  // Another act of the same kind stays.
  EXPECT_EQ(Code("Russian jets bombed Syria and arrested."),
            (std::vector<std::string>{"RUSMIL 195 SYR [Russian jets|bombed|Syria]",
                                      "RUSMIL 173 - [Russian jets|arrested|]"}));
}

TEST_F(CoderTest, AFrameInAClauseOfTimeIsBackground) {
  EXPECT_EQ(Code("Syrian rebels bombed Yemen until Russia agreed to visit Syria."),
            (std::vector<std::string>{"SYRREB 195 YEM [Syrian rebels|bombed|Yemen]"}));
}

TEST_F(CoderTest, WhatIsNotDoneNamesNoTarget) {
  EXPECT_EQ(Code("Lavrov conceded without consulting Kerry."),
            (std::vector<std::string>{"RUSGOV 080 - [Lavrov|conceded|]"}));
}

TEST_F(CoderTest, AnOrderToCoerceIsTheCoercion) {
  EXPECT_EQ(Code("In Syria, Russia ordered its forces to arrest the rebels."),
            (std::vector<std::string>{"RUS 173 SYRREB [Russia|ordered|rebels]"}));
}

TEST_F(CoderTest, ADemandForADemandIsOne) {
  EXPECT_EQ(Code("Syrian rebels insisted on their demands that Russia lift the curfew."),
            (std::vector<std::string>{"SYRREB 100 RUS [Syrian rebels|insisted on|Russia]"}));
}

TEST_F(CoderTest, PatternsReadThroughAtLast) {
  EXPECT_EQ(Code("Russia agreed at last to visit Syria."),
            (std::vector<std::string>{"RUS 036 SYR [Russia|agreed|Syria]"}));
}

TEST_F(CoderTest, TheSpeakerIsNotTheDoerOfWhatHeReports) {
  EXPECT_EQ(Code("Lavrov said air strikes continued."),
            (std::vector<std::string>{"RUSGOV 010 - [Lavrov|said|]"}));
  // An act that is the statement's object is the speaker's.
  EXPECT_EQ(Code("Lavrov announced air strikes on Syria."),
            (std::vector<std::string>{"RUSGOV 010 - [Lavrov|announced|]",
                                      "RUSGOV 195 SYR [Lavrov|air strikes|Syria]"}));
  // A pronoun after the statement verb is the speaker again.
  EXPECT_EQ(Code("Lavrov said he bombed Syria."),
            (std::vector<std::string>{"RUSGOV 010 - [Lavrov|said|]",
                                      "RUSGOV 195 SYR [Lavrov|bombed|Syria]"}));
}

TEST_F(CoderTest, ANationalityCoordinatedAfterAnActorIsASubject) {
  EXPECT_EQ(Code("Russia and the Syrians held talks."),
            (std::vector<std::string>{"RUS 040 SYR [Russia|held talks|Syrians]",
                                      "SYR 040 RUS [Syrians|held talks|Russia]"}));
}

TEST_F(CoderTest, AMutualPatternWithOneSourceIsDoneToThePlace) {
  EXPECT_EQ(Code("Syrian rebels postponed the demonstration in Marib."),
            (std::vector<std::string>{"SYRREB 082 YEM [Syrian rebels|postponed|Marib]"}));
}

TEST_F(CoderTest, BeingEngagedInAnActIsDoingIt) {
  EXPECT_EQ(Code("Syrian forces were engaged in ethnic cleansing against Yemen."),
            (std::vector<std::string>{"SYRMIL 203 YEM [Syrian forces|engaged in ethnic cleansing|Yemen]"}));
}

TEST_F(CoderTest, AGerundAfterWithIsContent) {
  EXPECT_EQ(Code("Russia criticized Syria, charging it with bombing Yemen."),
            (std::vector<std::string>{"RUS 111 SYR [Russia|criticized|Syria]"}));
}

TEST_F(CoderTest, AGerundAfterANounsOfIsItsContent) {
  EXPECT_EQ(Code("Syrian rebels demonstrated in Damascus against Russia's decision of bombing "
                 "Yemen."),
            (std::vector<std::string>{"SYRREB 141 RUS [Syrian rebels|demonstrated|Russia]"}));
}

TEST_F(CoderTest, AParticipleAfterANounDescribesIt) {
  EXPECT_TRUE(Code("Lavrov criticized the team trying to visit Syria.").empty());
  EXPECT_EQ(Code("Lavrov was trying to visit Syria."),
            (std::vector<std::string>{"RUSGOV 042 SYR [Lavrov|visit|Syria]"}));
}

TEST_F(CoderTest, NoTargetInsideAPurposeClause) {
  EXPECT_EQ(Code("Lavrov conceded to send aid to Syria."),
            (std::vector<std::string>{"RUSGOV 080 - [Lavrov|conceded|]"}));
}

TEST_F(CoderTest, AnActInAPhraseOfABackgroundClauseIsBackground) {
  EXPECT_EQ(Code("Russia lifted the curfew in Marib, where rebels were killed in riots."),
            (std::vector<std::string>{"RUS 081 YEM [Russia|lifted|Marib]"}));
}

TEST_F(CoderTest, APatternGoesOnPastAnAppositiveName) {
  EXPECT_EQ(Code("Russia forced the Syrian president, Kerry, out of the country."),
            (std::vector<std::string>{"RUS 174 SYRGOV [Russia|forced|Syrian president]"}));
}

TEST_F(CoderTest, ForceForAPurposeIsUsedOnItsObject) {
  EXPECT_EQ(Code("Syrian forces opened fire to kill the rebels."),
            (std::vector<std::string>{"SYRMIL 193 SYRREB [Syrian forces|opened fire|rebels]"}));
}

TEST_F(CoderTest, AGerundAfterAndIsAsTheGerundBefore) {
  EXPECT_EQ(Code("Russian jets bombed Syria, killing Syrian rebels and arresting 12."),
            (std::vector<std::string>{"RUSMIL 195 SYR [Russian jets|bombed|Syria]"}));
}

TEST_F(CoderTest, ACommunityAddsItsBlockToTheActor) {
  // The later agent word gives the sector, the community its block; the
  // country comes from the nationality or the story, as for any agent.
  EXPECT_EQ(Code("Russian jets bombed Kurdish rebels in Syria."),
            (std::vector<std::string>{"RUSMIL 195 SYRREBkur [Russian jets|bombed|Kurdish rebels]"}));
  EXPECT_EQ(Code("Syrian Kurds criticized Russia."),
            (std::vector<std::string>{"SYRCVLkur 111 RUS [Syrian Kurds|criticized|Russia]"}));
}

TEST_F(CoderTest, APlaceAfterADirectionIsNoSubject) {
  EXPECT_EQ(Code("Rebels in southern Syria criticized Russia."),
            (std::vector<std::string>{"SYRREB 111 RUS [Rebels|criticized|Russia]"}));
  EXPECT_EQ(Code("Rebels throughout Syria criticized Russia."),
            (std::vector<std::string>{"SYRREB 111 RUS [Rebels|criticized|Russia]"}));
}

TEST_F(CoderTest, ASurrenderIsNotDoneToThePlace) {
  EXPECT_EQ(Code("Syrian rebels surrendered in Marib."),
            (std::vector<std::string>{"SYRREB 0874 - [Syrian rebels|surrendered|]"}));
}

TEST_F(CoderTest, AGapReadsAnActorAsOneWordAndPastItsRelativeClause) {
  EXPECT_EQ(Code("Russia will allow up to 13,000 Syrian rebels who have lived in Yemen for "
                 "more than a decade to return home."),
            (std::vector<std::string>{"RUS 0833 SYRREB [Russia|allow|Syrian rebels]"}));
}

TEST_F(CoderTest, ExpellingAnOrganisationIsNoDeportation) {
  EXPECT_EQ(Code("Russia forced UNHCR out of the country."),
            (std::vector<std::string>{"RUS 166 IGOUNOHCR [Russia|forced|UNHCR]"}));
}

TEST_F(CoderTest, APatternOpeningWithAPrepositionHasNoOwner) {
  EXPECT_EQ(Code("Russian jets flew over Marib in defiance of the United States."),
            (std::vector<std::string>{"RUSMIL 128 USA [Russian jets|in defiance of|United States]"}));
}

TEST_F(CoderTest, APatternOpeningWithAPrepositionAfterAnActIsHowItWasDone) {
  EXPECT_EQ(Code("Russian jets bombed Marib in defiance of the United States."),
            (std::vector<std::string>{"RUSMIL 195 YEMCVL [Russian jets|bombed|Marib]"}));
}

TEST_F(CoderTest, AnAgentFromANumberOfAPlaceIsOfIt) {
  EXPECT_EQ(Code("Rebels from two Syrian towns criticized Russia."),
            (std::vector<std::string>{"SYRREB 111 RUS [Rebels|criticized|Russia]"}));
}

TEST_F(CoderTest, LedByAnAbbreviation) {
  EXPECT_EQ(Code("US-led forces bombed Marib."),
            (std::vector<std::string>{"USAMIL 195 YEMCVL [US-led forces|bombed|Marib]"}));
}

TEST_F(CoderTest, ADatedPlaceNamesItsCountryOnItsDates) {
  EXPECT_EQ(Code("Sudanese rebels bombed Juba.", 19950101),
            (std::vector<std::string>{"SDNREB 195 SDNCVL [Sudanese rebels|bombed|Juba]"}));
  EXPECT_EQ(Code("Sudanese rebels bombed Juba.", 20150101),
            (std::vector<std::string>{"SDNREB 195 SSDCVL [Sudanese rebels|bombed|Juba]"}));
  // With no date, the reading that has not ended.
  EXPECT_EQ(Code("Sudanese rebels bombed Juba."),
            (std::vector<std::string>{"SDNREB 195 SSDCVL [Sudanese rebels|bombed|Juba]"}));
}

TEST_F(CoderTest, ASecondReadingIsTakenWhenTheSentenceNamesItsCountry) {
  EXPECT_EQ(Code("Syrian forces bombed Tripoli."),
            (std::vector<std::string>{"SYRMIL 195 LBYCVL [Syrian forces|bombed|Tripoli]"}));
  EXPECT_EQ(Code("Syrian forces bombed Tripoli, the Lebanese port."),
            (std::vector<std::string>{"SYRMIL 195 LBNCVL [Syrian forces|bombed|Tripoli]"}));
  // Both named: the first reading stays.
  EXPECT_EQ(Code("Syrian forces bombed Tripoli, Libya, and Lebanese towns."),
            (std::vector<std::string>{"SYRMIL 195 LBYCVL [Syrian forces|bombed|Tripoli]",
                                      "SYRMIL 195 LBY [Syrian forces|bombed|Libya]",
                                      "SYRMIL 195 LBNCVL [Syrian forces|bombed|Lebanese]"}));
}

TEST_F(CoderTest, APatternReadsPastAnAppositiveQuantity) {
  EXPECT_EQ(Code("Russia paid compensation to Syrian rebels, most of them farmers, for lost assets."),
            (std::vector<std::string>{"RUS 0842 SYRREB [Russia|paid compensation to|Syrian rebels]"}));
}

TEST_F(CoderTest, OfficialAndMilitaryBeforeANounAreAdjectives) {
  EXPECT_EQ(Code("Syria boycotted all official contact with the United States."),
            (std::vector<std::string>{"SYR 143 USA [Syria|boycotted|United States]"}));
  EXPECT_EQ(Code("Russia criticized the United States' military policies."),
            (std::vector<std::string>{"RUS 111 USA [Russia|criticized|United States]"}));
  // Before a verb, or an adjective after the noun, they are agents.
  EXPECT_EQ(Code("A Syrian official said Russia criticized Yemen."),
            (std::vector<std::string>{"SYRGOV 010 - [Syrian official|said|]",
                                      "RUS 111 YEM [Russia|criticized|Yemen]"}));
  EXPECT_EQ(Code("Russia criticized Yemen, an official close to the talks said."),
            (std::vector<std::string>{"RUS 111 YEM [Russia|criticized|Yemen]",
                                      "RUSGOV 010 - [official|said|]"}));
}

TEST_F(CoderTest, NationalsOfAnotherCountryAreItsCommunity) {
  EXPECT_EQ(Code("The Albanians of southern Serbia criticized Russia."),
            (std::vector<std::string>{"SRBCVLalb 111 RUS [Albanians|criticized|Russia]"}));
  EXPECT_EQ(Code("The Albanians of Serbia criticized Russia."),
            (std::vector<std::string>{"SRBCVLalb 111 RUS [Albanians|criticized|Russia]"}));
  // Of their own country, or with no community of theirs, they stay.
  EXPECT_EQ(Code("Russia criticized the Albanians of Albania."),
            (std::vector<std::string>{"RUS 111 ALB [Russia|criticized|Albanians of Albania]"}));
  EXPECT_EQ(Code("Russia criticized the Syrians in Yemen."),
            (std::vector<std::string>{"RUS 111 SYR [Russia|criticized|Syrians]"}));
}

TEST_F(CoderTest, ASlotTakesAQuantityOfAnActor) {
  EXPECT_EQ(Code("Russian jets killed thousands of Syrian rebels."),
            (std::vector<std::string>{"RUSMIL 190 SYRREB [Russian jets|killed|Syrian rebels]"}));
}

TEST_F(CoderTest, AnAgentBeforeThePatternsNounOwnsIt) {
  EXPECT_EQ(Code("Russian jets bombed a Syrian rebels town on the Yemen border."),
            (std::vector<std::string>{"RUSMIL 195 SYRREB [Russian jets|bombed|Syrian rebels]"}));
}

TEST_F(CoderTest, AFramedMutualActWithBothSlotsIsDoneToBoth) {
  EXPECT_EQ(Code("Russia agreed to host contacts between Syria and Yemen."),
            (std::vector<std::string>{"RUS 036 SYR [Russia|agreed to|Syria]",
                                      "RUS 036 YEM [Russia|agreed to|Yemen]"}));
}

TEST_F(CoderTest, NoActorsNoEvents) {
  EXPECT_TRUE(Code("").empty());
  EXPECT_TRUE(Code("They met and discussed everything.").empty());
}

// An arrest made on a stated charge also accuses whom it holds; the charge
// is no event of its own.
TEST_F(CoderTest, AnArrestOnAChargeAccuses) {
  EXPECT_EQ(Code("Syrian forces arrested Kurdish rebels on allegations of treason."),
            (std::vector<std::string>{"SYRMIL 173 SYRREBkur [Syrian forces|arrested|Kurdish rebels]",
                                      "SYRMIL 1125 SYRREBkur [Syrian forces|on allegations of treason|Kurdish rebels]"}));
  EXPECT_EQ(Code("Syrian forces arrested Kurdish rebels for attacking Russian forces."),
            (std::vector<std::string>{"SYRMIL 173 SYRREBkur [Syrian forces|arrested|Kurdish rebels]",
                                      "SYRMIL 112 SYRREBkur [Syrian forces|for attacking Russian forces|Kurdish rebels]"}));
  // A term served is no charge.
  EXPECT_EQ(Code("Syrian forces arrested Kurdish rebels for two years."),
            (std::vector<std::string>{"SYRMIL 173 SYRREBkur [Syrian forces|arrested|Kurdish rebels]"}));
}

// A meeting of one party, with no one else named, is no consultation.
TEST_F(CoderTest, AMeetingOfOnePartyIsNoConsultation) {
  EXPECT_TRUE(Code("The Syrian state met on Sunday.").empty());
  EXPECT_EQ(Code("Russian deputies met on Sunday."),
            (std::vector<std::string>{"RUSLEG 040 - [Russian deputies|met|]"}));
}

// "when they blew themselves up" tells how the unspecified force was used.
TEST_F(CoderTest, AWhenClauseSpecifiesTheForce) {
  EXPECT_EQ(Code("Syrian rebels killed Russian forces when they blew themselves up."),
            (std::vector<std::string>{"SYRREB 1831 RUSMIL [Syrian rebels|killed|Russian forces]"}));
}

// A place "in" which an act not done to places is done is not its target.
TEST_F(CoderTest, APlaceOfACeasefireIsNoTarget) {
  EXPECT_EQ(Code("Syrian rebels declared a ceasefire on Wednesday in south Lebanon."),
            (std::vector<std::string>{"SYRREB 0873 - [Syrian rebels|declared|]"}));
  EXPECT_EQ(Code("Syrian rebels rioted on Wednesday in south Lebanon."),
            (std::vector<std::string>{"SYRREB 145 LBN [Syrian rebels|rioted|Lebanon]"}));
}

// A blockade of what joins two countries is against both.
TEST_F(CoderTest, ABlockadeFromOneCountryToAnotherIsAgainstBoth) {
  EXPECT_EQ(Code("Syrian rebels blocked the bridge from Syria to Lebanon."),
            (std::vector<std::string>{"SYRREB 144 SYR [Syrian rebels|blocked|Syria]",
                                      "SYRREB 144 LBN [Syrian rebels|blocked|Lebanon]"}));
}

// Coercion of a country's towns or homes falls on its people.
TEST_F(CoderTest, TownsAndHomesStandForTheirPeople) {
  EXPECT_EQ(Code("Syrian forces bombed Lebanese homes."),
            (std::vector<std::string>{"SYRMIL 195 LBNCVL [Syrian forces|bombed|Lebanese]"}));
  EXPECT_EQ(Code("Syrian forces imposed a curfew in the town of Marib in Yemen."),
            (std::vector<std::string>{"SYRMIL 1723 YEMCVL [Syrian forces|imposed|Yemen]"}));
  EXPECT_EQ(Code("Syrian forces imposed a curfew in the city of Hama in northern Lebanon."),
            (std::vector<std::string>{"SYRMIL 1723 LBNCVL [Syrian forces|imposed|Lebanon]"}));
}

// A country's possessive followed by its own actor means the actor.
TEST_F(CoderTest, APossessiveCountryBeforeItsActorIsTheActor) {
  EXPECT_EQ(Code("Syrian rebels criticized Russia's visiting Lavrov."),
            (std::vector<std::string>{"SYRREB 111 RUSGOV [Syrian rebels|criticized|Lavrov]"}));
}

// A protest with no target is against whom its demand names.
TEST_F(CoderTest, AProtestIsAgainstWhomItsDemandNames) {
  EXPECT_EQ(Code("Kurds demonstrated in Marib on Sunday calling for independence from Yemen."),
            (std::vector<std::string>{"YEMCVLkur 141 YEM [Kurds|demonstrated|Yemen]",
                                      "YEMCVLkur 0243 YEM [Kurds|calling for independence|Yemen]"}));
}

// "terrorist activities": an agent's word before a noun is an adjective.
TEST_F(CoderTest, TerroristBeforeANounIsAnAdjective) {
  EXPECT_EQ(Code("Syrian rebels threatened to resume terrorist activities in Lebanon."),
            (std::vector<std::string>{"SYRREB 130 LBN [Syrian rebels|threatened to|Lebanon]"}));
}

// Peacekeepers with no nationality of their own are known by the country
// they serve in; an organisation's are its military; they arrive to keep
// the peace.
TEST_F(CoderTest, PeacekeepersServeAbroad) {
  EXPECT_EQ(Code("Syria criticized the peacekeeping force in Lebanon."),
            (std::vector<std::string>{"SYR 111 LBN [Syria|criticized|peacekeeping force]"}));
  EXPECT_EQ(Code("Russian peacekeepers criticized Syria."),
            (std::vector<std::string>{"RUSMIL 111 SYR [Russian peacekeepers|criticized|Syria]"}));
  EXPECT_EQ(Code("NATO peacekeepers arrived in Yemen."),
            (std::vector<std::string>{"IGONATMIL 074 YEM [NATO peacekeepers|arrived in|Yemen]"}));
}

// A visit to a capital is to the country, not its government.
TEST_F(CoderTest, AVisitToACapitalIsToTheCountry) {
  EXPECT_EQ(Code("Putin arrived in Damascus on Monday."),
            (std::vector<std::string>{"RUSGOV 042 SYR [Putin|arrived in|Damascus]"}));
  EXPECT_EQ(Code("Putin criticized Damascus."),
            (std::vector<std::string>{"RUSGOV 111 SYRGOV [Putin|criticized|Damascus]"}));
}

// An office the text names is the office held when it was written.
TEST_F(CoderTest, AnOfficeTitleInTheTextOutranksTheDatedRole) {
  EXPECT_EQ(Code("President Kerry criticized Syria.", 20000101),
            (std::vector<std::string>{"USAGOV 111 SYR [President Kerry|criticized|Syria]"}));
  EXPECT_EQ(Code("Kerry criticized Syria.", 20000101),
            (std::vector<std::string>{"USALEG 111 SYR [Kerry|criticized|Syria]"}));
}

// "an immediate admission by Moscow": "by" three words on names whose the
// object is.
TEST_F(CoderTest, ByAfterAShortNounPhraseNamesTheOwner) {
  EXPECT_EQ(Code("Syria required an immediate admission by Moscow that Russian forces fired."),
            (std::vector<std::string>{"SYR 1044 RUSGOV [Syria|required|Moscow]"}));
}

}  // namespace
}  // namespace chronicle
