// code/coder.h: dictionary-driven event coding of one sentence.
//
//   Coder coder(dictionaries);
//   std::vector<CodedEvent> events;
//   coder.CodeSentence(clean_text, tokens, /*date=*/20160509, &events);
//
// Steps (docs/architecture.md, "The coder's rules", has the long form;
// docs/dictionaries.md, "What the engine does", the rules as a dictionary
// author sees them):
//  1. map tokens to dictionary ids;
//  2. find actor phrases (longest match in the token trie) and group
//     adjacent ones into mentions: "U.S. Secretary of State John Kerry" is
//     one mention coded by its head (the person, USAGOV); "Russian foreign
//     ministry" is country + agent (RUSGOV); "Moscow" is RUSGOV; a bare
//     nationality or a place is an object-only mention; agents with no
//     country take the document's (BeginDocument, ResolveContext);
//  3. find verb patterns anchored at each token, keep the most specific
//     non-overlapping matches, drop participles used as adjectives;
//  4. pair frames with their acts (FindFrames: "agreed to" + act, "will" +
//     act, "X must" after a statement, the means of violence, the content
//     of requests), codes from cameo/modality.tsv;
//  5. per kept match, skip negated, circumstantial and subordinate ones,
//     then fill source and target: slots, passive voice, noun owners, the
//     subject before and the first free actor after, expanding
//     coordinations ("Kerry and Lavrov");
//  6. emit one event per source x target (joint and symmetric acts both
//     ways), dropping events whose source and target codes are equal.
// Coding cannot fail: bad input only yields fewer events.
//
// Speed: per-token ids and word classes, per-sentence stamps of the token
// ids and word sets present, so most candidate patterns are rejected
// without matching, and no allocation per attempt (docs/architecture.md,
// "Coding speed").
//
// Thread safety: a Coder keeps scratch buffers; use one per thread. The
// Dictionaries it points to may be shared.
#pragma once

#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "chronicle/offset_map.h"
#include "dict/dictionaries.h"
#include "text/tokenizer.h"

namespace chronicle {

struct CodedActor {
  std::string code;
  Span span;           // in the text the tokens index
  std::string plover;  // Dictionaries::PloverActor(code)
};

struct CodedEvent {
  CodedActor source;
  CodedActor target;  // code empty: no target
  Span verb;          // the pattern's leading words
  const VerbPattern* pattern = nullptr;
  const CameoInfo* cameo = nullptr;
};

// An actor mention, exposed for `chronicle explain`.
struct Mention {
  int begin = 0;  // first token
  int end = 0;    // one past the last token
  std::string code;
  // The entries that made the code (indices into the Dictionaries'
  // actors(), countries(), agents()), -1 where none took part.
  int actor = -1;
  int country = -1;
  int agent = -1;
  int community = -1;  // the agent entry of a community: record ("Kurdish")
  // An agent with no country of its own ("police"), given the sentence's.
  bool contextual = false;
  // A nationality adjective with no agent ("an Indian proposal"): may be
  // an object, never a subject.
  bool adjective = false;
  bool place = false;    // a city or region (places: records); also `adjective`
  bool mission = false;  // peacekeepers (an agent of a mission: record)
  // Not in the text (begin == end, no span), or not as an actor (a place
  // standing for its people, begin < end): the government a protest with
  // no named target is against, the unidentified forces of a place ...
  bool implied = false;
  const char* why = "";  // for an implied mention: the rule that made it
};

// A verb pattern that matched in the last sentence, kept when tracing
// (Coder::set_trace) for `chronicle explain`.
struct PatternTrace {
  uint32_t pattern = 0;    // index into Dictionaries::patterns()
  int first = 0, end = 0;  // tokens it spans
  bool selected = false;   // false: a more specific pattern took its words
  bool negated = false;    // selected, but a negation before it drops it
  // How source and target were found (static strings; "" = none found).
  const char* source_rule = "";
  const char* target_rule = "";
  // Frames (cameo/modality.tsv): the combined code of a frame and its act,
  // and on the act, that a frame before it took it.
  const char* frame_code = nullptr;
  bool framed = false;
  bool circumstance = false;  // a noun in a prepositional phrase: not coded
  bool adjectival = false;    // a participle or a verb's noun after an article: no act
  bool charge = false;        // the charge of an arrest before it: coded there
};

class Coder {
 public:
  // REQUIRES: dicts is not null (the constructor sizes per-id scratch).
  explicit Coder(std::shared_ptr<const Dictionaries> dicts);
  ~Coder();
  Coder(const Coder&) = delete;
  Coder& operator=(const Coder&) = delete;

  // Starts a new document: agents with no country of their own take the
  // country the document's mentions name most (ResolveContext).
  void BeginDocument();

  // Codes the sentence whose tokens are `tokens` (spans index `text`).
  // `date` is yyyymmdd, 0 if unknown. Appends to `out`.
  void CodeSentence(std::string_view text, const std::vector<Token>& tokens,
                    int date, std::vector<CodedEvent>* out);

  // The mentions found by the last CodeSentence call.
  const std::vector<Mention>& mentions() const { return mentions_; }

  // With tracing on, CodeSentence also records every pattern that matched
  // and how its source and target were chosen (costs an allocation or two
  // per sentence, so it is off by default).
  void set_trace(bool on) { trace_on_ = on; }
  const std::vector<PatternTrace>& trace() const { return trace_; }

  const Dictionaries& dictionaries() const { return *dicts_; }

 private:
  struct Atom;
  struct Match;

  void MapIds(const std::vector<Token>& tokens);
  void FindAtoms(int date);
  // Gives an atom with a second country reading ("Tripoli (also)") that
  // reading when the sentence or story points to it.
  void ChooseReadings();
  void GroupMentions(const std::vector<Token>& tokens, int date);
  // Gives agents with no country the sentence's (or drops them).
  void ResolveContext();
  // Gives a bare nationality the agent of the mention it is coordinated
  // with ("Russian and Syrian jets": RUSMIL, SYRMIL).
  void ShareAgents();
  // Gives "the Albanians of southern Serbia" the place's country and the
  // community ethnic Albanians are: SRBCVLalb.
  void NationalsOfAPlace();
  // True for agent codes that take the country a story is set in (REB,
  // CVL, OPP ...) rather than the one it names most.
  static bool IsLocalAgent(const std::string& agent);
  void FindMatches();
  // True if token id `id` occurs after token `pos` (MarkPresent's stamp).
  // REQUIRES: id < vocabulary size.
  bool Later(uint32_t id, int pos) const {
    const SeenAt& s = seen_at_[id];
    return s.generation == generation_ && s.last > pos;
  }
  void MarkPresent();
  // Collects into candidates_ the patterns to try at token `i` for anchor `a`.
  void Candidates(const Dictionaries::AnchorIndex& a, int i);
  // True if the elements [el, end) match from token `pos` on.
  bool MatchFrom(const Dictionaries::CompiledElement* el,
                 const Dictionaries::CompiledElement* end, int pos, Match* m);
  bool InElement(const Dictionaries::CompiledElement& el, int pos) const;
  void SelectMatches();
  int SubjectBefore(int token) const;
  int SubjectBefore(int token, bool adjectives) const;
  // Index of the country whose ISO code starts `code`, -1 if none.
  int CountryOfCode(const std::string& code) const;
  int TargetAfter(int token, int limit) const;
  // The charge an arrest ending at `from` is made on ("on allegations of
  // treason", "for collaborating"), in its clause: its first token and one
  // past its cue word, or false.
  bool ChargeAfter(int from, int* first, int* end) const;
  bool PluralMention(int mention) const;
  // A country named for where a town lies ("Iraqi towns", "the town of
  // Cizre in southeastern Turkey").
  bool InSettlement(int mention) const;
  // Whom the demand right after protest match k names (not `source`), or -1.
  int DemandedOf(size_t k, int source) const;
  // The actor a country's possessive is followed by ("Jordan's visiting
  // King Abdullah II"), else `mention` itself.
  int OwnedBy(int mention) const;
  // Whether atom `atom` (an agent) names a government office ("President",
  // "Prime Minister").
  bool IsOfficeTitle(int atom) const;
  // The mention after "to" in "from <mention> to ...", or -1.
  int OtherEnd(int mention) const;
  // A country, capital or place with no actor or agent ("Lebanon").
  bool IsCountryOrPlace(int mention) const;
  // The more specific violent act of a "when they ..." clause right after
  // the unspecified one of match k (code `cameo`), or null.
  const CameoInfo* MannerOf(size_t k, const CameoInfo* cameo) const;
  // The coordination of `mention` ("Kerry and Lavrov"), in token order.
  void Coordinated(int mention, bool backward, std::vector<int>* out) const;
  int CoordinationHead(int mention) const;  // its first member
  // The member before `mention` in its coordination, -1 if none; `members`
  // counts those found so far (itself included).
  int PreviousMember(int mention, size_t members) const;
  bool Negated(int first_token) const;
  // True if "must" or "should" stands right before the act: not done.
  bool Obligated(int first_token) const;
  bool IsBarrier(int token) const;
  // "who" or "which" right after an actor mention: a relative clause on it.
  bool IsRelativeAfterMention(int token) const;
  bool IsMatchWord(int token) const;
  // Statement verbs (CAMEO 01x) take no free object: "X said Y would..."
  // makes Y the subject of the reported clause.
  bool IsStatement(const VerbPattern& p) const;
  // True if the match starting at `first` is a gerund after "of"/"for",
  // whose subject is the previous verb's object.
  bool IsComplementGerund(int first) const;
  // True if `token` is a word of a selected non-statement match, so a
  // mention right after it is that verb's object.
  bool GovernsObject(int token) const;
  // Whether "that" at `at` opens a relative clause (it follows a noun).
  bool RelativeThat(int at) const;
  bool IsDeterminerOrNumber(int token) const;
  int MentionStartingAt(int token) const;  // skips a leading "the"
  // Pairs each frame verb match ("agreed to") with the act match after it
  // (framed_).
  void FindFrames();
  // For statement match `k` followed by "X must/should <act>": makes it a
  // demand or appeal to X (framed_); false if the sentence has none.
  bool ReportedObligation(size_t k);
  // For a violent act match `k` followed by "in/by/with <violent means>":
  // codes it by the means (framed_); false if none.
  bool ViolentMeans(size_t k);
  // For a request, demand or rejection match `k`: the acts of the rest of
  // its clause are what is asked for or rejected (framed_ absorbed).
  void AbsorbContent(size_t k);
  // Codes whose coordinated subjects act on each other when no target is
  // named (03x-06x).
  static bool IsJointAct(const CameoInfo* cameo);
  // Codes coded in both directions when a target is named (talks, calls).
  static bool IsSymmetric(const CameoInfo* cameo);
  static bool IsConflict(const CameoInfo* cameo);  // 14x-20x
  static bool IsProtest(const CameoInfo* cameo);   // 14x
  static bool IsHarm(const CameoInfo* cameo);         // 13x 16x-20x
  static bool IsViolent(const CameoInfo* cameo);      // 17x-20x
  static bool IsTerritorial(const CameoInfo* cameo);  // 03 08 13 15-20: done to a place
  static bool IsPossessive(const std::string& word);  // its their his her our
  static bool IsDirection(const std::string& word);   // northern south ... (and "the")
  // Appends an implied mention for the government of `mention`'s country
  // and returns its index; -1 if it has no country or is the government.
  int GovernmentOf(int mention);
  // For a violent match with no agent: an implied mention of the
  // unidentified armed forces (UAF) of the place the story is set in, or -1.
  int UnknownAuthority(const Match& m);
  // An implied mention of the story's place plus `agent` for a pattern of
  // one of `roots`, or -1.
  int DoerOfThePlace(const Match& m, std::initializer_list<std::string_view> roots,
                     const char* agent, const char* why);
  static bool RootIn(const CameoInfo* cameo, std::initializer_list<std::string_view> roots);
  bool NoActorSubject(int token) const;
  int UnknownAttacker(const Match& m);
  // The country the story's "in X" places name most, -1 if none yet.
  int StoryPlace() const;
  // Appends a mention not in the text (begin == end == `token`) coded
  // country + agent, and returns its index.
  int AddImplied(int token, int country, const char* agent, const char* why);
  // True if a future auxiliary ("will", "would") stands just before `first`.
  bool Future(int first) const;
  // True if the match starting at `first` is a passive participle.
  bool Passive(int first) const;
  // The mention a noun pattern belongs to ("Russian air strikes"), or -1.
  int OwnerOfNoun(const Match& m, const VerbPattern& p) const;
  // True if `m` (of pattern `p`) is a noun in a prepositional phrase that
  // sets the scene of another event ("after fierce fighting").
  bool Circumstance(const Match& m, const VerbPattern& p) const;
  // True if `m` is the act of a purpose clause or a participle after a
  // comma.
  bool Subordinate(const Match& m) const;
  // True if `m` is a participle used as an adjective ("the occupied West
  // Bank").
  bool Adjectival(const Match& m, const VerbPattern& p) const;
  // True if `token` continues a capitalised name ("West Bank").
  // "official" or "military" used as an adjective before a noun ("all
  // official contact", "military policies"): no agent.
  bool Attributive(int token) const;
  bool InProperName(int token) const;
  // The country index of a "Saudi-led" token, -1 if it is none.
  // The country of a place named right after `token` ("in Croatia"), or -1.
  int PlaceAfter(int token) const;
  // The place mention after "in" between `token` and `limit` ("a curfew in
  // Algiers"), or -1.
  int PlaceOfAct(int token, int limit) const;
  // Whether "in" (past determiners and directions, not before `from`)
  // comes right before `token`: "in the south of", "in northern".
  bool AfterIn(int token, int from) const;
  // The first actor of another country than `source`'s from `token` to
  // the end of the clause, or -1: whom a protest or a show of force names no
  // target for is aimed at ("blocked a road to show their disapproval for
  // the United States' policies", "mobilized reservists for a war against
  // Iraq").
  int ForeignActorAfter(int token, int source) const;
  // Dictionaries::PloverActor of mention `mention`'s code.
  std::string PloverActor(int mention) const;
  // Whether a number or quantity comes right before `token`.
  bool Counted(int token) const;
  // An implied mention of the country of place mention `mention` plus
  // `agent`, citing the place's words.
  int PlaceMention(int mention, const char* agent);
  // Whether mention `mi` is inside an appositive (", a key U.S. ally,")
  // between an earlier mention and `token`.
  bool InApposition(int mi, int token) const;
  // Whether "former", "ousted" ... stands just before or inside [begin, end).
  bool FormerBefore(int begin, int end) const;
  int LedBy(int token) const;
  // True if a noun pattern opens with the word at `token` and the word
  // after it ("general strike", "prisoner swap"): the agent word there is
  // the act's modifier, no actor. An armed agent (IsArmed) is the doer of
  // the act its word opens ("rebel attack"), unless it is a protest.
  bool OpensNounAct(int token, bool armed) const;
  // True if `token` is an infinitive: "to" before the base form of a verb
  // some pattern is anchored on ("to press their demands").
  bool Infinitive(int token) const;
  // The token after "a group of", "members of" ... starting at `token`;
  // `token` itself when none starts there.
  int CollectiveBefore(int token) const;
  // The object of a purpose clause right after matches_[k] ("opened fire
  // to disperse demonstrators"), -1 if none.
  int PurposeObject(size_t k) const;
  // The code of deporting (174) mention `target` when it is an
  // organisation: its expulsion (166; 1661 peacekeepers, 1663 aid
  // agencies). Else `cameo`.
  const CameoInfo* Expulsion(const CameoInfo* cameo, int target) const;
  // True if a statement verb stands between mention `subject` and act `m`
  // with no actor or pronoun after it, and `m` is its clause's subject (a
  // verb follows): the speaker is not the doer ("X said clashes continued").
  bool SpeakerIsNotTheDoer(int subject, const Match& m) const;
  // Drops the events of out[first..] with no target whose source and CAMEO
  // code repeat an event of the sentence that has one.
  static void DropUntargetedRepeats(size_t first, std::vector<CodedEvent>* out);
  static bool IsArmed(const std::string& agent);
  // True if the agent code's sector (first three letters) is one of these.
  static bool SectorIn(const std::string& agent, std::initializer_list<std::string_view> sectors);
  // is/was/be ..., will/would ..., have/has/had at token t.
  bool IsAuxiliary(int t) const;
  // The mention of a "by" phrase after `token`, before `limit`, or -1.
  int AgentAfter(int token, int limit) const;
  // The first mention between the words of `m` ("[reject] * proposal").
  bool IsWordOf(const Match& m, int token) const;
  int MentionInGap(const Match& m) const;
  // True if mention `g` in the gap of `m` owns the pattern's noun: "North
  // Korea's demand", "French mediation".
  bool OwnsThePatternsNoun(const Match& m, int g) const;

  std::shared_ptr<const Dictionaries> dicts_;
  // Scratch, reused across sentences.
  std::vector<uint32_t> ids_, upper_ids_;
  std::vector<uint32_t> class_;  // token -> WordClass bits of its norm
  // WordClass bits by token id, so MapIds needs no string lookup for a
  // word in the vocabulary; a class word outside it is looked up by string.
  std::vector<uint32_t> class_of_id_;
  bool class_words_outside_ = false;
  const std::vector<Token>* tokens_ = nullptr;
  std::vector<Atom> atoms_;
  std::vector<Mention> mentions_;
  std::vector<int> mention_at_;  // token -> mention starting there, or -1
  std::vector<Match> matches_, kept_;
  std::vector<int> stack_;       // token positions of the words being matched
  std::vector<char> object_word_;  // a later word of some verb pattern (SelectMatches)
  std::vector<int> match_words_;  // words of every match, Match::words_at indexes it
  std::vector<uint32_t> candidates_, hits_;  // patterns to try at one anchor
  // Per token id: the generation_ of the sentence it last occurred in and
  // its last position there (for Later()), side by side: one cache line.
  struct SeenAt {
    uint32_t generation = 0;
    int last = -1;
  };
  std::vector<SeenAt> seen_at_;
  // Per word set (Dictionaries::CompiledElement::set): the generation_ it
  // last occurred in, the tokens holding it (bit t, t < 64) and the last.
  std::vector<uint32_t> set_stamp_;
  std::vector<uint64_t> set_mask_;
  std::vector<int> set_last_;
  uint32_t generation_ = 0;
  int last_mention_begin_ = -1;
  // Per-match scratch of CodeSentence.
  std::vector<int> sources_, targets_, prev_targets_, coord_;
  std::vector<std::pair<int, int>> pairs_;
  std::vector<std::pair<const std::string*, const std::string*>> seen_;
  std::vector<char> in_mention_;      // token -> inside an actor mention
  std::vector<char> match_word_;  // 1: word of a selected match, 2: of a statement
  // Per selected match: the frame it opens and the code with its act, or
  // that it is the act of the frame before it.
  struct FramedMatch {
    int frame = -1;
    const CameoInfo* code = nullptr;
    bool absorbed = false;
    bool future = false;  // code from a future auxiliary, no act match
    int target = -1;      // a reported obligation's addressee (mention)
    bool unknown_source = false;  // "a car bomb killed ...": no actor did it
    bool refused = false;  // a negated cooperative act, coded as its rejection
    bool order = false;    // an order to coerce, coded as the coercion
    bool charge = false;   // the stated charge of an arrest, coded with it
  };
  std::vector<FramedMatch> framed_;
  // Per country index: weighted mentions in the document so far, and the
  // countries with a non-zero count in first-seen order.
  std::unordered_map<std::string, int> country_of_code_;
  std::vector<int> doc_country_count_;
  std::vector<int> doc_place_count_;  // "in X" mentions only
  std::vector<int> doc_countries_;
  bool trace_on_ = false;
  bool title_case_ = false;  // most words of the sentence are capitalised (a headline)
  std::vector<PatternTrace> trace_;
};

}  // namespace chronicle
