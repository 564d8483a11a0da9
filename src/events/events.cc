// PLOVER events from the parse: triggers from data/events, actors and targets from the
// grammar of the trigger's own sentence, frames for negation, modality and claims, one
// record per event per document. docs/events.md explains the rules.
#include "events/events.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <mutex>
#include <string>
#include <string_view>
#include <sys/stat.h>
#include <vector>

#include "resolve/resolve.h"

#ifndef FACTWIRE_DATA_DIR
#define FACTWIRE_DATA_DIR "."
#endif

namespace factwire {

namespace {

constexpr int kMaxClimb = 12;  // how far up the tree frames and actors are looked for

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// "NTC", "EDL": an upper-case acronym the tagger took for a common noun.
bool is_acronym(std::string_view w) {
  if (w.size() < 2 || w.size() > 6) return false;
  for (char c : w)
    if (!(c >= 'A' && c <= 'Z')) return false;
  return true;
}

// "obl" matches "obl", "obl:agent", "obl:unmarked", ...
bool dep_is(std::string_view dep, std::string_view base) {
  return dep.size() >= base.size() && dep.substr(0, base.size()) == base &&
         (dep.size() == base.size() || dep[base.size()] == ':');
}

void lower_into(std::string_view s, std::string* out) {
  out->assign(s.begin(), s.end());
  for (char& c : *out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
}

// A lemma for a word the tagger left without one: the word itself or a regular or common
// irregular base form that the lexicon knows ("fired" -> "fire", "struck" -> "strike").
// Irregular past forms that a tagger may take for a base form ("Sirhan shot him": VB).
bool irregular_past(std::string_view w) {
  static const char* kPast[] = {"shot", "struck", "fought", "threw", "held", "met", "sent", "gave", "broke", "spoke",
                                "led", "took", "blew", "withdrew", "brought", "froze", "fled", "stole", "sank", "began",
                                "overran", "hung", "drove", "beaten", "thrown", "driven", "taken", "given", "broken"};
  if (w.size() < 3) return false;
  for (const char* k : kPast)
    if (w == k) return true;
  return false;
}

std::string guess_lemma(const std::string& w, const EventPatterns& pat, bool verb_only = false) {
  auto known = [&](const std::string& x) {
    return !pat.verbs(x).empty() || (!verb_only && !pat.nouns(x).empty()) || pat.frames(x) != nullptr;
  };
  if (w.size() < 3 || known(w)) return w;
  static const char* kIrregular[][2] = {
      {"struck", "strike"}, {"drove", "drive"},   {"driven", "drive"},   {"shot", "shoot"},   {"fought", "fight"},
      {"threw", "throw"},   {"thrown", "throw"},  {"held", "hold"},      {"met", "meet"},     {"sent", "send"},
      {"gave", "give"},     {"given", "give"},    {"broke", "break"},    {"broken", "break"}, {"spoke", "speak"},
      {"sought", "seek"},   {"said", "say"},      {"told", "tell"},      {"led", "lead"},     {"took", "take"},
      {"taken", "take"},    {"beaten", "beat"},   {"blew", "blow"},      {"blown", "blow"},   {"withdrew", "withdraw"},
      {"withdrawn", "withdraw"}, {"forced", "force"}, {"rode", "ride"},  {"brought", "bring"}, {"thought", "think"},
      {"cut", "cut"},       {"hit", "hit"},       {"put", "put"},        {"froze", "freeze"}, {"frozen", "freeze"},
      {"shut", "shut"},     {"fled", "flee"},     {"stole", "steal"},    {"sank", "sink"},    {"sunk", "sink"},
      {"began", "begin"},   {"begun", "begin"},   {"overran", "overrun"}, {"hung", "hang"},   {"hanged", "hang"}};
  for (const auto& ir : kIrregular)
    if (w == ir[0]) return ir[1];
  auto ends = [&](const char* suf) {
    size_t n = std::char_traits<char>::length(suf);
    return w.size() > n + 1 && w.compare(w.size() - n, n, suf) == 0;
  };
  auto cut = [&](size_t n) { return w.substr(0, w.size() - n); };
  std::vector<std::string> tries;
  if (ends("ies")) tries.push_back(cut(3) + "y");
  if (ends("ied")) tries.push_back(cut(3) + "y");
  if (ends("es")) tries.push_back(cut(2));
  if (ends("s")) tries.push_back(cut(1));
  if (ends("ed")) {
    tries.push_back(cut(2));
    tries.push_back(cut(1));
    if (w.size() > 4 && w[w.size() - 3] == w[w.size() - 4]) tries.push_back(cut(3));
  }
  if (ends("ing")) {
    tries.push_back(cut(3));
    tries.push_back(cut(3) + "e");
    if (w.size() > 5 && w[w.size() - 4] == w[w.size() - 5]) tries.push_back(cut(4));
  }
  for (const std::string& t : tries)
    if (known(t)) return t;
  return w;
}

// Internal argument: an actor or target with where it stands in the text.
struct Arg {
  int head = -1;  // token
  int entity = -1;
  std::string name, country, sector;
  uint32_t start = 0, end = 0;
  bool empty() const { return name.empty() && country.empty(); }
};

struct Cand {
  int tok = -1;
  bool noun = false;
  const EventPattern* pat = nullptr;
  std::string type, mode;
  Arg actor, target;
  bool negated = false;     // stated as not having happened ("did not attack")
  bool dropped = false;     // hypothetical, negated by a frame, a reference, content of another
  bool claimed = false;     // a speaker's claim (indirect speech)
  bool absorbed = false;    // the object noun of a verb trigger that already codes it
  int governor = -1;        // candidate (index) whose content this is
  int stated_future = -1;   // "X said it would attack Y": the saying verb (a threat if X acts)
  int claim_verb = -1;      // the verb of claiming above it ("X claimed Y imprisoned her"), round 9
  std::vector<int> content; // candidates that are this one's content
  std::string modality;
  bool untargeted_ok = false;  // kept without a target (round 8: a rejected call, an offer to host talks)
  bool answer_only = false;    // round 11: kept only if it answers an earlier accusation or offer
  bool refused_future = false; // round 13: "would not negotiate with X": a REJECT of X
  bool offered = false;        // round 17: "ready to mediate": an offer (AGREE) of the act
  bool answers_speaker = false; // round 21: a denial that answers whoever last said otherwise
  bool pledged = false;         // round 21: "said it would provide aid": a pledge (AGREE)
};

// The event record before merging, with keys for merging.
struct Draft {
  Event ev;
  uint32_t sentence = 0;
  std::string actor_key, target_key;
  std::string lemma;  // the trigger's lemma ("the offer" later refers back to it)
  bool explicit_date = false;
  bool thing_object = false;  // a verb whose object is a thing, not an act, claim or proposal
  bool untargeted_ok = false;
  bool answer_only = false;  // round 11
  bool noun = false;  // a nominal trigger ("the shooting")
  bool response = false;  // round 17: a threat of a response ("would respond", "retaliate")
  bool answers_speaker = false;  // round 21
  bool pledged = false;          // round 21
  int tok = -1;                  // the trigger
};

// Two parties acting on each other ("X and Y signed", "Indian and Pakistani troops
// clashed"): *c becomes a -> b, and its copy b -> a joins extra.
void both_ways(Cand* c, Arg a, Arg b, std::vector<Cand>* extra) {
  c->actor = a;
  c->target = b;
  Cand back = *c;
  back.actor = std::move(b);
  back.target = std::move(a);
  extra->push_back(std::move(back));
}

class Extractor {
 public:
  Extractor(Document* doc, const Gazetteer& gaz, const EventPatterns& pat)
      : doc_(*doc), gaz_(gaz), pat_(pat) {}

  void run();

 private:
  // ---- indexes ----
  void build_indexes();
  const std::string& lem(int i) const { return lemma_[i]; }
  const std::string& low(int i) const { return lower_[i]; }
  std::string_view dep(int i) const {
    return !repaired_ || dep_over_[i].empty() ? std::string_view(doc_.tokens[i].dep) : dep_over_[i];
  }
  std::string_view pos(int i) const { return doc_.tokens[i].pos; }
  int head(int i) const {
    int h = repaired_ && head_over_[i] != kNoOver ? head_over_[i] : doc_.tokens[i].head;
    return h >= 0 && h < static_cast<int>(doc_.tokens.size()) && h != i ? h : -1;
  }
  // Local repairs of the parse (round 7), never written back to the document.
  static constexpr int32_t kNoOver = -2;
  std::vector<int32_t> head_over_;
  std::vector<std::string_view> dep_over_;
  bool repaired_ = false;  // any override set (most documents: none)
  // The override arrays, made on the first repair of the document.
  void begin_repair(int n) {
    if (repaired_) return;
    head_over_.assign(static_cast<size_t>(n), kNoOver);
    dep_over_.assign(static_cast<size_t>(n), std::string_view());
    repaired_ = true;
  }
  void repair_root_noun_clauses();
  // Whether tokens a <= b lie in one entity mention (before the token index is built).
  bool in_one_name(int a, int b) const {
    for (const Entity& e : doc_.entities)
      for (const Mention& m : e.mentions)
        if (m.start <= doc_.tokens[a].start && doc_.tokens[b].end <= m.end) return true;
    return false;
  }
  // Per entity: 1 an unknown organisation named with a non-state sector word (its own
  // party), 0 not, -1 not computed yet (arg_key is hot: computed once).
  mutable std::vector<int8_t> own_party_org_;
  // Round 11: a country learned for an entity from where the story names it ("a Rwandan
  // minister, James Kabarebe"), for its later mentions ("his role").
  mutable std::vector<std::string> learned_country_;
  // Round 22: per entity, the owner state the text gives a state organ (or the organ a
  // person is affiliated with) where it differs from the entity's country; computed once.
  mutable std::vector<std::string> organ_owner_;
  mutable bool organ_owner_done_ = false;
  const std::string& organ_owner(int e) const;
  void learn_country(int e, const std::string& cc) const {
    if (e < 0 || cc.empty()) return;
    if (learned_country_.size() != doc_.entities.size()) learned_country_.assign(doc_.entities.size(), std::string());
    if (learned_country_[e].empty()) learned_country_[e] = cc;
  }
  // Children of i, in token order.
  const uint32_t* kids_begin(int i) const { return kids_.data() + kid_start_[i]; }
  const uint32_t* kids_end(int i) const { return kids_.data() + kid_start_[i + 1]; }
  int child(int i, std::string_view base) const {
    for (const uint32_t* k = kids_begin(i); k != kids_end(i); ++k)
      if (dep_is(dep(*k), base)) return static_cast<int>(*k);
    return -1;
  }
  int child_exact(int i, std::string_view d) const {
    for (const uint32_t* k = kids_begin(i); k != kids_end(i); ++k)
      if (dep(*k) == d) return static_cast<int>(*k);
    return -1;
  }
  // The preposition (case/mark child) that introduces i, lower case; "" if none.
  std::string_view case_of(int i) const {
    for (const uint32_t* k = kids_begin(i); k != kids_end(i); ++k)
      if (dep(*k) == "case" || dep(*k) == "mark") return low(*k);
    return {};
  }
  bool word_in(std::string_view cls, int i) const {
    return pat_.in_class(cls, lem(i)) || pat_.in_class(cls, low(i));
  }
  bool is_verb(int i) const { return pos(i) == "VERB" || pos(i) == "AUX"; }
  bool verb_tagged_noun(int i) const;
  bool root_plural_verb(int i) const;
  // Round 11: "Gang leader X, known as Barbecue, threatened ..." parsed as a verbless root
  // noun with the verb as a participle after a comma: the verb is the predicate.
  bool verbless_root_predicate(int v) const {
    const int h = head(v);
    if (h < 0 || head(h) >= 0 || !is_nounish(h) || dep(v) != "acl" || v < 1 || low(v - 1) != ",") return false;
    if (child(v, "aux") >= 0 || child(v, "nsubj") >= 0) return false;
    return doc_.tokens[v].tag == "VBN" || doc_.tokens[v].tag == "VBD";
  }
  bool root_noun_subject(int v) const;
  void word_order_fallback(Cand* c) const;
  void round11_arguments(Cand* c, std::vector<Cand>* extra) const;
  void round12_arguments(Cand* c, std::vector<Cand>* extra);
  void round13_arguments(Cand* c) const;
  void round14_arguments(Cand* c, std::vector<Cand>* extra) const;
  void round16_material(Cand* c, std::vector<Cand>* extra) const;
  void round17_arguments(Cand* c, std::vector<Cand>* extra) const;
  Arg accuser_before(const Draft& d) const;  // round 21
  void round20_material(Cand* c, std::vector<Cand>* extra) const;
  bool place_taken(int o) const;
  Arg arg_of_event(const EventArg& e) const;
  void noun_word_order_target(Cand* c) const;
  int misdeed_before(int n, int by) const;
  int passive_agent_below(int v) const;
  bool is_nounish(int i) const { return pos(i) == "NOUN" || pos(i) == "PROPN" || pos(i) == "NUM"; }
  bool parsed(uint32_t s) const { return parsed_[s]; }
  int sentence_of(int i) const { return static_cast<int>(doc_.tokens[i].sentence); }

  // ---- triggers ----
  const EventPattern* match(int i, bool noun) const;
  bool cond_holds(const PatternCond& c, int i, bool noun) const;
  bool cond_holds_flat(const PatternCond& c, int i, bool noun) const;
  int look_through(int i) const;  // "a volley of missiles" -> missiles

  // ---- arguments ----
  Arg make_arg(int h, int depth = 0) const;
  Arg arg_from_entity(int e, int h) const;
  Arg country_arg(int tok, const GazCountry& gc) const;  // the country a token names
  Arg resolve_pronoun(int h, int depth) const;
  Arg resolve_definite(int h, bool gpe) const;
  Arg subject_of_sentence(int s, int depth) const;
  void inherit_group(Arg* a, int h) const;
  void inherit_antecedent(Arg* a, int h, int depth) const;
  bool compatible(const Arg& a, std::string_view pronoun) const;
  void set_phrase(Arg* a, int h) const;
  Arg actor_of_verb(int v, int depth) const;
  Arg actor_of_noun(int n, int depth, bool light = true) const;
  Arg target_of(const Cand& c) const;
  Arg earlier_actor(int n) const;
  // Whether a prepositional phrase can name the other side of an event of this type: not an
  // event ("met for their summit"), not a building or region for a cooperative one ("a
  // summit at Zappeion Hall", "met in Athens"), not a time ("on Thursday").
  bool fit_target(int n, const std::string& type) const {
    if (tok_time_[n] || word_in("talks", n) || word_in("event-noun", n)) return false;
    if (cand_at(n) >= 0 && cands_[cand_at(n)].noun) return false;
    const EventTypeInfo* ti = pat_.type_info(type);
    if (ti && ti->quad <= 3) {
      // A building or region is no party to talks, requests or accusations ("an exemption
      // for the airport").
      const int e = tok_entity_[n];
      if (e >= 0 && (doc_.entities[e].type == EntityType::kFac || doc_.entities[e].type == EntityType::kLoc)) return false;
      if (ti->quad <= 2 && pat_.in_class("target-prep", case_of(n))) return false;
    }
    return true;
  }
  Arg target_from_preps(int i, const std::string& type, std::string_view only) const;
  Arg country_of_thing(int n) const;
  int cand_at(int tok) const { return cand_of_tok_[tok]; }
  // A verb trigger matched in its intransitive use ("protested", "rallied"): never passive.
  // Events with two sides that "between X and Y" names: talks, meetings, calls, deals, clashes.
  static bool two_sided(const std::string& type) {
    return type == "CONSULT" || type == "AGREE" || type == "COOPERATE" || type == "ASSAULT";
  }
  // The first side of "between X and Y" on noun n, or -1.
  int between_side(int n) const {
    for (const uint32_t* k = kids_begin(n); k != kids_end(n); ++k)
      if (dep_is(dep(*k), "nmod") && case_of(*k) == "between") return static_cast<int>(*k);
    return -1;
  }
  // "protesting legislators", "striking workers" parsed as a gerund with its noun as the
  // object: the described people right after the -ing verb are its subject (round 6).
  int participle_crowd(int v) const {
    if (!(doc_.tokens[v].tag == "VBG") || child(v, "nsubj") >= 0) return -1;
    const int o = child_exact(v, "obj");
    if (o != v + 1 || pos(o) != "NOUN" || !(doc_.tokens[o].tag == "NNS") || !word_in("person-noun", o)) return -1;
    return o;
  }
  // Round 12: "12,000 displaced people", "wounded soldiers" parsed as a bare participle with
  // the described people as its object (no subject, no auxiliary, the people right after
  // it, a number or nothing before): an adjective, no event.
  bool adjectival_participle(int v) const {
    if (doc_.tokens[v].tag != "VBN" || child(v, "nsubj") >= 0 || child(v, "aux") >= 0) return false;
    const int o = child_exact(v, "obj");
    if (o != v + 1 || pos(o) != "NOUN" || doc_.tokens[o].tag != "NNS" || !word_in("person-noun", o)) return false;
    return v > 0 && (pos(v - 1) == "NUM" || pos(v - 1) == "DET" || pos(v - 1) == "ADP" || low(v - 1) == "of");
  }
  static bool intransitive(const Cand& c) {
    if (c.noun || !c.pat) return false;
    for (const PatternCond& pc : c.pat->conds)
      if (pc.kind == PatternCond::Kind::kNoObj) return true;
    return false;
  }
  // A word of a name ("National Search and Rescue Agency", "Rally for the Republic") is no
  // trigger; a people's name ("Israeli") is no trigger either way.
  bool inside_name(int t) const {
    const int e = tok_entity_[t];
    return e >= 0 && doc_.entities[e].type != EntityType::kNorp;
  }

  // ---- modality ----
  void frames_of(Cand* c) const;

  // ---- sentences ----
  void sentence_parsed(uint32_t s);
  void sentence_flat(uint32_t s);
  void coordinated_content(uint32_t s);
  void finish(Cand& c, uint32_t s);
  bool general_checks(const Cand& c, uint32_t s) const;
  std::vector<bool> transcript_paragraphs() const;
  bool political_arg(const Arg& a) const;
  bool product_name(const Arg& a) const;

  // ---- records ----
  std::string arg_key(const Arg& a) const;
  EventArg to_event_arg(const Arg& a) const;
  void place_of(const Cand& c, Event* ev) const;
  void merge_and_emit();
  bool historical(const std::string& date) const;
  mutable int story_year_ = -2;  // -2: not computed yet

  Document& doc_;
  const Gazetteer& gaz_;
  const EventPatterns& pat_;
  std::vector<std::string> lemma_, lower_;
  std::vector<uint32_t> kid_start_, kids_;
  std::vector<int32_t> tok_entity_;
  std::vector<bool> tok_time_;       // inside a time expression ("on Thursday"): never an argument
  // Round 8: a wire dateline opening a sentence ("DUBAI (Reuters) -", "KYIV, Ukraine (AP) --"):
  // where the story was filed, never a party.
  std::vector<bool> tok_dateline_;
  // Round 11: the country of the story's wire dateline ("KHARTOUM, Sudan (AP) —" SDN), "" if
  // none: officials and state bodies the story names without a country are that state's.
  std::string dateline_country_;
  bool story_country_ = false;  // round 13: dateline_country_ is the undated story's main state
  std::string main_country_;  // the country the story names most (mentions of its places and people)
  bool dateline_named_ = false;  // the dateline's country is named outside the dateline
  std::string leading_country_;  // round 22: the state the story clearly names most outside the dateline, if any
  // Round 14: the story's two sides, the two states it names clearly most ("urged both
  // sides"); empty unless there is such a pair.
  std::string pair_first_, pair_second_;
  // ... and whether "both sides" (not "both governments") may mean them: no armed group,
  // party, union or gang is named, and each state is named as a place at least three times.
  bool pair_sides_ = false;
  // Round 17: a story of one state against one armed group ("the army and the RSF", "the
  // government and the Huthis"): "both sides" and "the warring sides" are the state (the
  // country the story names most) and the armed group it names most.
  std::string side_state_;
  int side_group_ = -1;
  // Round 17: the country of the armed group the story names most ("Yemen's Huthi rebels"):
  // "the government" a story of rebels names bare is theirs, wherever it is filed from.
  std::string rebel_country_;
  bool names_other_country(uint32_t s, bool besides_subjects = false) const;
  std::string sole_other_country(uint32_t s) const;
  void mark_datelines();
  void home_country(Arg* a, bool actor) const;
  // Round 22: a person the story first names by a title of office, in a sentence naming no
  // country but the dateline's, in a story where the dateline's state is named outside it.
  bool titled_home_official(int e) const;
  // Round 17: an official of a non-state body (the entity stage's affiliation: "the UN
  // special envoy X", "NATO spokeswoman Y", "the Huthis' chief negotiator Z") acts for it.
  void speaks_for(Arg* a) const;
  // Round 17: a person named by one word of an earlier full name ("Getachew" after
  // "Government spokesman Getachew Worku") that the entity stage kept apart is that person.
  void same_person(Arg* a) const;
  // Round 17: one side speaking of another of the same side ("Kremlin spokesman X said
  // Russia would respond"): the same key, the same state, or a body and its official.
  bool same_side(const Arg& a, const Arg& b) const;
  // Round 12: an adjective or compound of h that names something ("Indian police"); a plain
  // adjective ("the federal government") does not.
  bool entity_modifier(int h) const {
    for (const uint32_t* k = kids_begin(h); k != kids_end(h); ++k)
      if ((dep(*k) == "amod" || dep_is(dep(*k), "compound")) && tok_entity_[*k] >= 0) return true;
    return false;
  }
  std::string owner_country(int h) const;
  Arg plural_owner(int pron, int noun, int depth) const;
  bool place_apposition(int subj) const;
  std::vector<uint8_t> quote_kind_;  // 0 none, 1 direct/mixed, 2 indirect
  std::vector<bool> parsed_;
  std::vector<Cand> cands_;  // of the current sentence
  std::vector<int> cand_of_tok_;
  std::vector<Draft> drafts_;
  struct Orphan {
    Arg target;
    std::string mode;
    uint32_t sentence;
  };
  std::vector<Orphan> orphans_;  // attacks told without their author
  std::vector<Orphan> seized_;   // seizures told without their author (round 9)
  mutable std::vector<int8_t> resolving_;
};

// ------------------------------------------------------------------------------------------
// Indexes

// "Police used tear gas against protesters", "Saudi-led airstrikes killed dozens of
// civilians" parsed as a root noun with the verb as a participle on it and the object as a
// conjunct of the noun (no "and" before it): the noun is the verb's subject, the conjunct its
// object and the noun's later modifiers the verb's obliques (round 7; round 5 repaired the
// subject only). A reduced relative ("Protesters arrested in Paris") has no such conjunct.
void Extractor::repair_root_noun_clauses() {
  const int n = static_cast<int>(doc_.tokens.size());
  // Round 15 (WordNet tagger): "Ukrainian drones struck an oil refinery ..., setting off a
  // fire" with "struck" tagged VBN and parsed as a reduced relative on "drones", the noun
  // the subject of the root gerund: a participle with an object of its own is no passive
  // modifier and a gerund after a comma without auxiliary is no main verb, so the past
  // tense is the root with the noun as subject and the gerund its adverbial clause.
  for (int v = 1; v + 1 < n; ++v) {
    const int h = v - 1, r = doc_.tokens[h].head;
    if (doc_.tokens[v].pos != "VERB" || (doc_.tokens[v].tag != "VBN" && doc_.tokens[v].tag != "VBD") ||
        doc_.tokens[v].head != h || doc_.tokens[v].dep != "acl" || doc_.tokens[h].dep != "nsubj" ||
        (doc_.tokens[h].pos != "NOUN" && doc_.tokens[h].pos != "PROPN") || r <= v || r >= n ||
        doc_.tokens[r].head >= 0 || doc_.tokens[r].tag != "VBG" || lower_[r - 1] != "," ||
        doc_.tokens[r].sentence != doc_.tokens[v].sentence)
      continue;
    const Sentence& st = doc_.sentences[doc_.tokens[v].sentence];
    bool obj = false, aux = false;
    for (uint32_t k = st.token_begin; k < st.token_end; ++k) {
      if (doc_.tokens[k].head == v && doc_.tokens[k].dep == "obj") obj = true;
      if (doc_.tokens[k].head == v && (doc_.tokens[k].dep == "nsubj" || doc_.tokens[k].dep == "aux:pass")) aux = true;
      if (doc_.tokens[k].head == r && (doc_.tokens[k].dep == "aux" || doc_.tokens[k].dep == "aux:pass")) aux = true;
    }
    if (!obj || aux) continue;
    begin_repair(n);
    head_over_[v] = -1;
    dep_over_[v] = "root";
    head_over_[h] = v;
    head_over_[r] = v;
    dep_over_[r] = "advcl";
    for (uint32_t k = st.token_begin; k < st.token_end; ++k) {
      if (doc_.tokens[k].head != r || static_cast<int>(k) == h) continue;
      if (static_cast<int>(k) < h || (doc_.tokens[k].dep == "punct" && static_cast<int>(k) > r)) head_over_[k] = v;
    }
  }
  // Round 15 (WordNet tagger): "Mali and Niger, also ruled by juntas, expressed solidarity
  // with X" with "expressed" tagged VBN and parsed as a modifier of its object, the object
  // hung on the root as parataxis (or conjunct): a bare participle right after a comma
  // with no dependents of its own is the clause's verb, the noun its object and the noun's
  // later modifiers its obliques (the shipped tagger's tree).
  for (int v = 1; v + 1 < n; ++v) {
    const int o = v + 1, r = doc_.tokens[o].head;
    if (doc_.tokens[v].pos != "VERB" || (doc_.tokens[v].tag != "VBN" && doc_.tokens[v].tag != "VBD") ||
        doc_.tokens[v].head != o || doc_.tokens[v].dep != "amod" || lower_[v - 1] != "," || doc_.tokens[o].pos != "NOUN" ||
        (doc_.tokens[o].dep != "parataxis" && doc_.tokens[o].dep != "conj") || r < 0 || r >= v ||
        doc_.tokens[r].pos != "VERB" || doc_.tokens[r].sentence != doc_.tokens[v].sentence || word_in("person-noun", o))
      continue;
    const Sentence& st = doc_.sentences[doc_.tokens[v].sentence];
    bool kids = false, det = false;
    for (uint32_t k = st.token_begin; k < st.token_end; ++k) {
      if (doc_.tokens[k].head == v) kids = true;
      if (doc_.tokens[k].head == o && static_cast<int>(k) < o && doc_.tokens[k].dep != "amod" && doc_.tokens[k].dep != "punct")
        det = true;
    }
    if (kids || det) continue;
    begin_repair(n);
    head_over_[v] = r;
    dep_over_[v] = doc_.tokens[o].dep;
    head_over_[o] = v;
    dep_over_[o] = "obj";
    for (uint32_t k = st.token_begin; k < st.token_end; ++k) {
      if (doc_.tokens[k].head != o || k == static_cast<uint32_t>(v)) continue;
      if (static_cast<int>(k) < v) head_over_[k] = v;  // the comma
      if (static_cast<int>(k) > o && starts_with(doc_.tokens[k].dep, "nmod") && doc_.tokens[k].dep != "nmod:poss") {
        head_over_[k] = v;
        dep_over_[k] = "obl";
      }
    }
  }
  // Round 15 (WordNet tagger): "Human Rights Watch accused the police" tagged with "Watch"
  // a relative pronoun (WDT) and parsed as a relative clause on "Rights" at the root: a
  // word of a name is no pronoun, so the name is the subject and the clause the sentence.
  for (int v = 2; v < n; ++v) {
    const int w = v - 1, h = doc_.tokens[v].head;
    if (doc_.tokens[v].pos != "VERB" || doc_.tokens[v].dep != "acl:relcl" || h != w - 1 || doc_.tokens[h].head >= 0 ||
        doc_.tokens[w].pos != "PRON" || doc_.tokens[w].head != v || doc_.tokens[w].dep != "nsubj" ||
        doc_.tokens[h].sentence != doc_.tokens[v].sentence || !in_one_name(h, w))
      continue;
    begin_repair(n);
    head_over_[v] = -1;
    dep_over_[v] = "root";
    head_over_[h] = w;
    dep_over_[h] = "compound";
    const Sentence& st = doc_.sentences[doc_.tokens[v].sentence];
    for (uint32_t k = st.token_begin; k < st.token_end; ++k)
      if (doc_.tokens[k].head == h && static_cast<int>(k) > v) head_over_[k] = v;
  }
  // Round 10: "Lula met his Argentine counterpart Javier Milei on Tuesday" parsed with the
  // object as the subject of the weekday: a noun between a verb without object and the
  // weekday that is the verb's oblique is that verb's object.
  for (int k = 1; k + 1 < n; ++k) {
    const int r = doc_.tokens[k].head;
    if (r <= k || r >= n || doc_.tokens[k].dep != "nsubj" || doc_.tokens[k].pos != "NOUN" ||
        !pat_.in_class("weekday", lower_[r]))
      continue;
    const int v = doc_.tokens[r].head;
    if (v < 0 || v >= k || doc_.tokens[v].pos != "VERB" || !dep_is(doc_.tokens[r].dep, "obl") ||
        doc_.tokens[v].sentence != doc_.tokens[k].sentence)
      continue;
    bool has_obj = false;
    const Sentence& st = doc_.sentences[doc_.tokens[v].sentence];
    for (uint32_t g = st.token_begin; g < st.token_end && !has_obj; ++g)
      has_obj = doc_.tokens[g].head == v && (doc_.tokens[g].dep == "obj" || doc_.tokens[g].dep == "ccomp");
    if (has_obj) continue;
    begin_repair(n);
    head_over_[k] = v;
    dep_over_[k] = "obj";
  }
  // Round 10: "offered to release up to 1,000 prisoners" parsed with "up" as the verb's
  // particle and the counted noun as an oblique with "to": "up to" counts the object.
  for (int u = 1; u + 2 < n; ++u) {
    if (lower_[u] != "up" || doc_.tokens[u].dep != "compound:prt" || lower_[u + 1] != "to") continue;
    const int v = doc_.tokens[u].head;
    const int x = doc_.tokens[u + 1].head;
    if (v < 0 || x <= u + 1 || x >= n || doc_.tokens[x].head != v || !dep_is(doc_.tokens[x].dep, "obl") ||
        doc_.tokens[v].pos != "VERB")
      continue;
    bool counted = false, has_obj = false;
    const Sentence& st = doc_.sentences[doc_.tokens[v].sentence];
    for (uint32_t g = st.token_begin; g < st.token_end; ++g) {
      if (doc_.tokens[g].head == x && doc_.tokens[g].dep == "nummod") counted = true;
      if (doc_.tokens[g].head == v && doc_.tokens[g].dep == "obj") has_obj = true;
    }
    if (!counted || has_obj) continue;
    begin_repair(n);
    head_over_[x] = v;
    dep_over_[x] = "obj";
    dep_over_[u] = "advmod";
    head_over_[u + 1] = x;
    dep_over_[u + 1] = "advmod";
  }
  // Round 13: "Israeli settlers set fire to houses ..., the village council said",
  // "suspected jihadists killed 17 soldiers in an ambush ..., the defence ministry said":
  // the report's clause parsed with its subject as a second subject (or the complement) of
  // the closing "said" and its verb as the subject's modifier. The verb is what was said, the
  // noun its subject and, without an object of its own, the noun's first plain conjunct
  // after it its object.
  for (int v = 1; v + 3 < n; ++v) {
    const Token& tv = doc_.tokens[v];
    const int h = tv.head;
    if (tv.pos != "VERB" || tv.dep != "acl" || h < 0 || h >= v || doc_.tokens[h].pos != "NOUN" ||
        doc_.tokens[h].tag != "NNS")
      continue;
    int r = doc_.tokens[h].head;
    if (doc_.tokens[h].dep == "appos") {
      // Round 14: "JERUSALEM/DUBAI, Oct 26 (Reuters) - Israeli warplanes struck targets in
      // Iran ..., the Israeli military said": the report's subject hung as an apposition on
      // the dateline's place, which is the subject of the closing "said". A dash between the
      // place and the noun marks the dateline's end.
      const int a = r;
      bool dash = false;
      for (int k = a + 1; a >= 0 && k < h && !dash; ++k) {
        std::string_view w = doc_.token_text(k);
        dash = w == "-" || w == "--" || w == "\xe2\x80\x94" || w == "\xe2\x80\x93";
      }
      if (!dash || a < 0 || doc_.tokens[a].dep != "nsubj") continue;
      r = doc_.tokens[a].head;
    } else if (doc_.tokens[h].dep != "nsubj" && doc_.tokens[h].dep != "ccomp") {
      continue;
    }
    if (r <= v || r >= n || doc_.tokens[r].lemma != "say" || doc_.tokens[r].sentence != tv.sentence) continue;
    const Sentence& st = doc_.sentences[tv.sentence];
    const int b = static_cast<int>(st.token_begin), e = static_cast<int>(st.token_end);
    bool speaker = false, comma = false, blocked = false, own_obj = false;
    int obj = -1;
    for (int k = b; k < e; ++k) {
      const int hk = doc_.tokens[k].head;
      std::string_view dk = doc_.tokens[k].dep;
      if (hk == r && dk == "nsubj" && k > v && k != h) speaker = true;
      if (k > v && k < r && doc_.tokens[k].pos == "PUNCT" && doc_.token_text(k) == ",") comma = true;
      if (hk == v && (dk == "nsubj" || dk == "nsubj:pass" || dk == "aux:pass" || dk == "mark")) blocked = true;
      if (hk == v && dk == "obj") own_obj = true;
      if (hk == h && k != v && dk == "acl") blocked = true;  // a second clause on the noun: too tangled
      if (hk == h && dk == "conj" && k > v && obj < 0) {
        bool cc = false;
        for (int g = b; g < e; ++g)
          if (doc_.tokens[g].head == k && doc_.tokens[g].dep == "cc") cc = true;
        obj = cc ? -2 : k;
      }
    }
    if (!speaker || !comma || blocked || (!own_obj && obj < 0)) continue;
    begin_repair(n);
    head_over_[v] = r;
    dep_over_[v] = "ccomp";
    head_over_[h] = v;
    dep_over_[h] = "nsubj";
    if (!own_obj && obj >= 0) {
      head_over_[obj] = v;
      dep_over_[obj] = "obj";
    }
    for (int k = v + 1; k < r; ++k) {
      if (doc_.tokens[k].head != h || k == obj) continue;
      std::string_view dk = doc_.tokens[k].dep;
      if (dk.substr(0, 4) == "nmod" && dk != "nmod:poss") {
        head_over_[k] = v;
        dep_over_[k] = "obl";
      }
    }
  }
  // Round 16: "Security forces fired tear gas and arrested dozens of people as thousands of
  // opposition supporters took to the streets" parsed with "as" a preposition, the crowd an
  // oblique of the verb before and "took" a subjectless conjunct of the first verb: a
  // subordinator's noun right before a verb without a subject is that verb's subject.
  for (int v = 2; v < n; ++v) {
    const Token& tv = doc_.tokens[v];
    if (tv.pos != "VERB" || tv.dep != "conj" || tv.head < 0 || (tv.tag != "VBD" && tv.tag != "VBZ" && tv.tag != "VBP"))
      continue;
    const Sentence& st = doc_.sentences[tv.sentence];
    bool subj = false;
    int k = -1;
    for (uint32_t g = st.token_begin; g < st.token_end; ++g) {
      const int hg = doc_.tokens[g].head;
      std::string_view dg = doc_.tokens[g].dep;
      if (hg == v && (dg == "nsubj" || dg == "nsubj:pass" || dg == "cc")) subj = true;
      if (static_cast<int>(g) < v && doc_.tokens[g].pos == "ADP" && dg == "case" && hg > static_cast<int>(g) && hg < v &&
          (lower_[g] == "as" || lower_[g] == "while" || lower_[g] == "when") && static_cast<int>(g) > static_cast<int>(st.token_begin))
        k = hg;
    }
    if (subj || k < 0 || !dep_is(doc_.tokens[k].dep, "obl") || (doc_.tokens[k].pos != "NOUN" && doc_.tokens[k].pos != "PROPN"))
      continue;
    // The noun's phrase must end right before the verb.
    bool inside = true;
    for (int g = k + 1; g < v && inside; ++g) {
      int up = g;
      for (int d = 0; d < 8 && up >= 0 && up != k; ++d) up = doc_.tokens[up].head;
      inside = up == k;
    }
    if (!inside) continue;
    int cs = -1;
    for (int g = k - 1; g >= static_cast<int>(st.token_begin) && cs < 0; --g)
      if (doc_.tokens[g].head == k && doc_.tokens[g].dep == "case") cs = g;
    begin_repair(n);
    head_over_[k] = v;
    dep_over_[k] = "nsubj";
    if (cs >= 0) {
      head_over_[cs] = v;
      dep_over_[cs] = "mark";
    }
    head_over_[v] = tv.head;
    dep_over_[v] = "advcl";
  }
  // Round 14: "protested to Washington, saying Israeli jets had used Iraqi airspace to attack
  // Iran" parsed with the reported subject as the object of "saying" and its verb as a
  // subjectless complement: a verb of saying takes no object noun before a complement
  // clause with an auxiliary, so the noun is that clause's subject.
  for (int v = 2; v < n; ++v) {
    const Token& tv = doc_.tokens[v];
    const int r = tv.head;
    if (tv.pos != "VERB" || tv.dep != "ccomp" || r < 0 || r >= v || doc_.tokens[r].sentence != tv.sentence) continue;
    const std::string& rl = doc_.tokens[r].lemma;
    if (rl != "say" && rl != "claim" && rl != "allege" && rl != "insist" && rl != "add") continue;
    const Sentence& st = doc_.sentences[tv.sentence];
    int obj = -1, aux = -1;
    bool subj = false;
    for (uint32_t k = st.token_begin; k < st.token_end; ++k) {
      const int hk = doc_.tokens[k].head;
      std::string_view dk = doc_.tokens[k].dep;
      if (hk == r && dk == "obj" && static_cast<int>(k) < v && static_cast<int>(k) > r) obj = static_cast<int>(k);
      if (hk == v && (dk == "nsubj" || dk == "nsubj:pass" || dk == "expl" || dk == "mark")) subj = true;
      if (hk == v && (dk == "aux" || dk == "aux:pass") && static_cast<int>(k) < v) aux = static_cast<int>(k);
    }
    if (obj < 0 || subj || aux < 0 || aux < obj || doc_.tokens[obj].pos != "NOUN") continue;
    begin_repair(n);
    head_over_[obj] = v;
    dep_over_[obj] = "nsubj";
  }
  for (int v = 1; v < n; ++v) {
    // Round 8: "Armed gangs seized control of X" parsed with "gangs" as a compound of
    // "control" across the verb hung on it: a compound cannot span a verb, so it is a
    // clause with the noun as subject and the root noun as object.
    if (v + 1 < n && doc_.tokens[v].pos == "VERB" && doc_.tokens[v].head == v - 1 && doc_.tokens[v].dep == "acl" &&
        doc_.tokens[v - 1].dep == "compound" && doc_.tokens[v - 1].head == v + 1 && doc_.tokens[v + 1].head < 0 &&
        doc_.tokens[v + 1].pos == "NOUN" && doc_.tokens[v - 1].pos == "NOUN" &&
        doc_.tokens[v - 1].sentence == doc_.tokens[v + 1].sentence) {
      bool kids = false;  // the verb has no dependents of its own
      const Sentence& st = doc_.sentences[doc_.tokens[v].sentence];
      for (uint32_t k = st.token_begin; k < st.token_end && !kids; ++k) kids = doc_.tokens[k].head == v;
      if (!kids) {
        begin_repair(n);
        head_over_[v] = -1;
        dep_over_[v] = "root";
        head_over_[v - 1] = v;
        dep_over_[v - 1] = "nsubj";
        head_over_[v + 1] = v;
        dep_over_[v + 1] = "obj";
        for (uint32_t k = static_cast<uint32_t>(v) + 2; k < st.token_end; ++k) {
          if (doc_.tokens[k].head != v + 1) continue;
          std::string_view dk = doc_.tokens[k].dep;
          if (dk == "conj" || dk == "punct") head_over_[k] = v;
        }
        continue;
      }
    }
    // Round 15 (WordNet tagger): "another federal judge sentenced Manafort to a prison term"
    // parsed as a verbless root noun ("term") whose subject is the name after the verb, the
    // verb a participle modifier of that name and the noun before it an unmarked oblique of
    // the verb: a participle cannot take a bare noun before it, so it is a clause with that
    // noun as subject, the name as object and the old root as oblique.
    if (v + 1 < n && doc_.tokens[v].pos == "VERB" && (doc_.tokens[v].tag == "VBN" || doc_.tokens[v].tag == "VBD") &&
        doc_.tokens[v].head == v + 1 && doc_.tokens[v].dep == "amod" && doc_.tokens[v - 1].head == v &&
        (doc_.tokens[v - 1].dep == "obl:unmarked" || doc_.tokens[v - 1].dep == "nsubj") &&
        (doc_.tokens[v - 1].pos == "NOUN" || doc_.tokens[v - 1].pos == "PROPN") &&
        (doc_.tokens[v + 1].pos == "PROPN" || doc_.tokens[v + 1].pos == "NOUN") &&
        doc_.tokens[v + 1].dep == "nsubj") {
      const int o = v + 1, r = doc_.tokens[o].head, s = v - 1;
      const Sentence& st = doc_.sentences[doc_.tokens[v].sentence];
      const int b = static_cast<int>(st.token_begin), e = static_cast<int>(st.token_end);
      bool ok = r > o && r < e && doc_.tokens[r].head < 0 && doc_.tokens[r].pos == "NOUN" &&
                doc_.tokens[s].sentence == doc_.tokens[v].sentence;
      for (int k = b; k < e && ok; ++k) {
        if (doc_.tokens[k].head == v && k != s && doc_.tokens[k].dep != "punct") ok = false;  // the verb's only kid
        if (doc_.tokens[k].head == s && doc_.tokens[k].dep == "case") ok = false;            // a bare noun
        if (k > o && k < r && doc_.tokens[k].pos == "VERB") ok = false;
      }
      if (ok) {
        begin_repair(n);
        head_over_[v] = -1;
        dep_over_[v] = "root";
        dep_over_[s] = "nsubj";
        head_over_[o] = v;
        dep_over_[o] = "obj";
        head_over_[r] = v;
        dep_over_[r] = "obl";
        for (int k = b; k < e; ++k)
          if (doc_.tokens[k].head == r && (k < s || doc_.tokens[k].dep == "punct")) head_over_[k] = v;
        continue;
      }
    }
    int h = v - 1;
    // "Security forces fired tear gas at protesters": the verb may hang on the conjunct as
    // its modifier (amod) rather than on the noun.
    const int vh = doc_.tokens[v].head;
    // Round 8: "Police in Georgia detained opposition leader X": the noun's own modifier
    // ("in Georgia") may stand between it and the verb.
    bool far = false;
    if (vh >= 0 && vh < h && doc_.tokens[v].dep == "acl") {
      far = true;
      for (int k = vh + 1; k < v && far; ++k) {
        const int hk = doc_.tokens[k].head;
        if (hk < vh || hk >= v || doc_.tokens[k].pos == "VERB" || doc_.tokens[k].pos == "AUX" ||
            doc_.tokens[k].pos == "PUNCT")
          far = false;
      }
      if (far) h = vh;
    }
    const bool as_acl = vh == h && doc_.tokens[v].dep == "acl";
    const bool as_amod = vh > v && vh < n && doc_.tokens[v].dep == "amod" && doc_.tokens[vh].head == h &&
                         doc_.tokens[vh].dep == "conj";
    if (!(as_acl || as_amod) || doc_.tokens[v].pos != "VERB") continue;
    // Round 10: "Kenyan police fired tear gas and water cannon at thousands of protesters ...
    // on Thursday" parsed with the noun as subject of a later time word at the root and the
    // past-tense verb as a modifier of the conjunct: the verb is the root, the old root its
    // oblique.
    int old_root = -1;
    if (as_amod && (doc_.tokens[v].tag == "VBD" || doc_.tokens[v].tag == "VBN") && doc_.tokens[h].head > vh && doc_.tokens[h].dep == "nsubj") {
      const int r = doc_.tokens[h].head;
      if (r < n && doc_.tokens[r].head < 0 && (doc_.tokens[r].pos == "PROPN" || doc_.tokens[r].pos == "NOUN") &&
          doc_.tokens[r].sentence == doc_.tokens[v].sentence)
        old_root = r;
    }
    if ((doc_.tokens[h].head >= 0 && old_root < 0) || doc_.tokens[h].pos != "NOUN" ||
        doc_.tokens[h].sentence != doc_.tokens[v].sentence)
      continue;
    const Sentence& st = doc_.sentences[doc_.tokens[v].sentence];
    const int b = static_cast<int>(st.token_begin), e = static_cast<int>(st.token_end);
    bool blocked = false;
    int obj = -1;
    for (int k = b; k < e && !blocked; ++k) {
      const int hk = doc_.tokens[k].head;
      std::string_view dk = doc_.tokens[k].dep;
      if (hk == h && dk == "det") blocked = true;
      if (hk == v && (dk == "nsubj" || dk == "nsubj:pass" || dk == "mark" || dk == "aux:pass" || dk == "obj")) blocked = true;
      if (hk == h && dk == "conj" && k > v && obj < 0 && (as_acl || k == vh)) {
        bool cc = false;
        for (int g = b; g < e; ++g)
          if (doc_.tokens[g].head == k && doc_.tokens[g].dep == "cc") cc = true;
        if (cc) blocked = true;
        else obj = k;
      }
    }
    // Round 8: the object parsed as an agent without "by" ("detained opposition leader X"
    // with "leader" as obl:agent), for a past tense only.
    if (!blocked && obj < 0 && as_acl && (doc_.tokens[v].tag == "VBD" || doc_.tokens[v].tag == "VBN")) {
      for (int k = v + 1; k < e && obj < 0; ++k) {
        if (doc_.tokens[k].head != v || doc_.tokens[k].dep != "obl:agent") continue;
        bool by = false;
        for (int g = v + 1; g < k; ++g)
          if (doc_.tokens[g].head == k && (doc_.tokens[g].dep == "case" || doc_.tokens[g].dep == "mark")) by = true;
        if (!by) obj = k;
      }
    }
    if (far && obj < 0) continue;
    if (blocked || obj < 0) continue;
    begin_repair(n);
    head_over_[v] = -1;
    dep_over_[v] = "root";
    head_over_[h] = v;
    dep_over_[h] = "nsubj";
    head_over_[obj] = v;
    dep_over_[obj] = "obj";
    if (old_root >= 0) {
      head_over_[old_root] = v;
      dep_over_[old_root] = "obl";
      for (int k = b; k < e; ++k)
        if (doc_.tokens[k].head == old_root && doc_.tokens[k].dep == "punct") head_over_[k] = v;
    }
    for (int k = v + 1; k < e; ++k) {
      if (doc_.tokens[k].head != h || k == obj) continue;
      std::string_view dk = doc_.tokens[k].dep;
      head_over_[k] = v;
      if (dk.substr(0, 4) == "nmod" && dk != "nmod:poss") dep_over_[k] = "obl";
    }
  }
}

// "DUBAI (Reuters) - Iran's ...", "KYIV, Ukraine (AP) — ...": capitalised place words (at
// least one written all in capitals), an agency in parentheses and a dash open the sentence
// (round 8). Checked on the first twelve tokens of each sentence only.
void Extractor::mark_datelines() {
  const size_t n = doc_.tokens.size();
  tok_dateline_.assign(n, false);
  for (const Sentence& st : doc_.sentences) {
    const uint32_t b = st.token_begin;
    if (b >= n || st.token_end > n) continue;
    const uint32_t lim = std::min<uint32_t>(st.token_end, b + 12);
    bool caps = false;
    uint32_t open = 0, close = 0;
    for (uint32_t i = b; i < lim; ++i) {
      std::string_view w = doc_.token_text(i);
      if (w == "(") {
        open = i;
        break;
      }
      if (w == "," || (w == "/" && i > b)) continue;  // round 13: "DOHA/JERUSALEM, Jan 20 (Reuters) -"
      // Round 12: a date inside the dateline ("BAMAKO, Mali, March 3 (AFP) -", "BAGHDAD,
      // Oct. 14 (Reuters) -"): the day's number and the abbreviation's period.
      if (i > b && (w == "." || (w.size() <= 2 && w[0] >= '0' && w[0] <= '9' && (w.size() == 1 || (w[1] >= '0' && w[1] <= '9')))))
        continue;
      // Round 11: "PORT-AU-PRINCE": a hyphen inside the place name.
      if (w == "-" && i > b && i + 1 < lim && doc_.tokens[i].start == doc_.tokens[i - 1].end &&
          doc_.tokens[i + 1].start == doc_.tokens[i].end)
        continue;
      if (w.empty() || !(w[0] >= 'A' && w[0] <= 'Z')) break;
      bool upper = w.size() >= 2;
      for (char ch : w) upper = upper && !(ch >= 'a' && ch <= 'z');
      caps = caps || upper;
    }
    // Round 22: a dateline in title case ("Dhaka, Bangladesh \u2013 Bangladeshi police ..."):
    // a place the entity stage found, a comma, a country's name, a dash and a capitalised
    // word, opening one of the story's first three sentences.
    if (!caps && open == 0 && &st - doc_.sentences.data() < 3 && tok_entity_[b] >= 0) {
      const int e0 = tok_entity_[b];
      const EntityType ty = doc_.entities[e0].type;
      uint32_t i = b;
      while (i < lim && tok_entity_[i] == e0) ++i;
      if ((ty == EntityType::kGpe || ty == EntityType::kLoc) && i + 2 < lim && doc_.token_text(i) == ",") {
        const uint32_t c0 = ++i;
        while (i < lim && !doc_.token_text(i).empty() && doc_.token_text(i)[0] >= 'A' && doc_.token_text(i)[0] <= 'Z') ++i;
        if (i > c0 && i < lim && gaz_.country(doc_.slice(doc_.tokens[c0].start, doc_.tokens[i - 1].end))) {
          const std::string_view w = doc_.token_text(i);
          const std::string_view next = i + 1 == st.token_end ? std::string_view("X") : doc_.token_text(i + 1);
          if ((w == "-" || w == "--" || w == "\u2014" || w == "\u2013") && !next.empty() && next[0] >= 'A' && next[0] <= 'Z')
            for (uint32_t k = b; k <= i; ++k) tok_dateline_[k] = true;
        }
      }
      continue;
    }
    // Without the agency: "TBILISI, Georgia — Police ...", "BEIRUT — ...": upper-case words
    // (a region after a comma allowed), a dash, then a capitalised word.
    if (caps && open == 0) {
      std::string_view first = doc_.token_text(b);
      bool first_upper = first.size() >= 3;
      for (char ch : first) first_upper = first_upper && !(ch >= 'a' && ch <= 'z');
      for (uint32_t i = b + 1; first_upper && i < lim; ++i) {
        std::string_view w = doc_.token_text(i);
        if (w == "-" && doc_.tokens[i].start == doc_.tokens[i - 1].end && i + 1 < lim &&
            doc_.tokens[i + 1].start == doc_.tokens[i].end)
          continue;  // a hyphen inside the name (round 11)
        if (w == "-" || w == "--" || w == "\u2014" || w == "\u2013") {
          // Round 22: the sentence splitter may cut the dateline off as a sentence of its own
          // ("TEGUCIGALPA \u2013" | "Eighteen Honduran fishermen ..."): the dash ends it.
          const bool cut = i + 1 == st.token_end;
          std::string_view next = cut ? std::string_view("X") : doc_.token_text(i + 1);
          if (!next.empty() && next[0] >= 'A' && next[0] <= 'Z')
            for (uint32_t k = b; k <= i; ++k) tok_dateline_[k] = true;
          break;
        }
        if (w != "," && (w.empty() || !(w[0] >= 'A' && w[0] <= 'Z'))) break;
      }
      continue;
    }
    if (!caps || open == b || open == 0) continue;
    for (uint32_t i = open + 1; i < lim && i < open + 5; ++i)
      if (doc_.token_text(i) == ")") {
        close = i;
        break;
      }
    if (close == 0 || close + 1 >= st.token_end) continue;
    std::string_view dash = doc_.token_text(close + 1);
    if (!(dash == "-" || dash == "--" || dash == "\u2014" || dash == "\u2013")) continue;
    for (uint32_t i = b; i <= close + 1; ++i) tok_dateline_[i] = true;
  }
  // Round 11: the dateline's country, from the first dateline among the first three
  // sentences ("KHARTOUM, Sudan (AP) —", "ISLAMABAD (Reuters) -").
  dateline_country_.clear();
  // Mentions of the countries' places and people (GPE, NORP), each counted at its first word:
  // outside the dateline (or everywhere), in order of first mention.
  const auto country_mentions = [&](bool outside_dateline) {
    std::vector<std::pair<std::string, size_t>> counts;
    for (size_t i = 0; i < n && tok_entity_.size() == n; ++i) {
      const int e = tok_entity_[i];
      if (e < 0 || (outside_dateline && tok_dateline_[i]) || (i > 0 && tok_entity_[i - 1] == e))
        continue;
      const EntityType t = doc_.entities[e].type;
      if (t != EntityType::kGpe && t != EntityType::kNorp) continue;
      const std::string cc = country_of(doc_, e, gaz_);
      if (cc.empty()) continue;
      auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& p) { return p.first == cc; });
      if (it == counts.end()) counts.emplace_back(cc, 1);
      else ++it->second;
    }
    return counts;
  };
  const auto outside = country_mentions(true);
  const auto mentions_of = [&](const std::string& want) -> size_t {
    for (const auto& [cc, k] : outside)
      if (cc == want) return k;
    return 0;
  };
  for (size_t si = 0; si < doc_.sentences.size() && si < 3 && dateline_country_.empty(); ++si) {
    const Sentence& st = doc_.sentences[si];
    for (uint32_t i = st.token_begin; i < st.token_end && i < n && tok_dateline_[i]; ++i) {
      std::string cc;
      if (tok_entity_.size() == n && tok_entity_[i] >= 0 &&
          (doc_.entities[tok_entity_[i]].type == EntityType::kGpe || doc_.entities[tok_entity_[i]].type == EntityType::kLoc))
        cc = country_of(doc_, tok_entity_[i], gaz_);
      if (cc.empty()) {
        // "ISLAMABAD": the place name in title case
        std::string w(doc_.token_text(i));
        for (size_t k = 1; k < w.size(); ++k)
          if (w[k] >= 'A' && w[k] <= 'Z' && w[k - 1] != ' ' && w[k - 1] != '-') w[k] = static_cast<char>(w[k] - 'A' + 'a');
        if (w.size() >= 3 && w[0] >= 'A' && w[0] <= 'Z') cc = country_of(gaz_, w);
      }
      if (!cc.empty() && gaz_.country_by_iso3(cc) && cc != dateline_country_) {
        // Round 13: a dateline of two cities ("DOHA/JERUSALEM") stands for the one of the
        // state the story names most.
        if (dateline_country_.empty() || mentions_of(cc) > mentions_of(dateline_country_)) dateline_country_ = cc;
        if (i + 1 >= n || doc_.token_text(i + 1) != "/") break;
      }
    }
  }
  // The story's own country: the one whose places and people it mentions most. A dateline
  // abroad ("PARIS (AP) — President Cyril Ramaphosa met ...", "BRUSSELS (AP) — Foreign
  // Minister Sergey Lavrov ...") is a visit, not the home of the officials it names.
  main_country_.clear();
  dateline_named_ = false;
  story_country_ = false;
  // The state a count of mentions clearly leads: at least three, twice any other's.
  const auto leader = [&](const auto& counts, size_t* best_out) -> std::string {
    size_t best = 0, second = 0;
    std::string top;
    for (const auto& [cc, k] : counts) {
      if (k > best) {
        second = best;
        best = k;
        top = cc;
      } else {
        second = std::max(second, k);
      }
    }
    *best_out = best;
    return best >= 3 && best >= 2 * second && gaz_.country_by_iso3(top) ? top : std::string();
  };
  // Session 9: a bureau's dateline ("BANGKOK (Reuters) - A Myanmar military air strike ...",
  // "NAIROBI (AP) - Somalia's ...") on a story about another state, which the story names at
  // least three times and twice any other, the dateline's own state at most a third as often:
  // the story's state stands for the dateline's (the army, the police, the authorities and
  // the dead are that state's, not the bureau's host's).
  leading_country_.clear();
  if (!dateline_country_.empty()) {
    size_t best = 0;
    const std::string top = leader(outside, &best);
    leading_country_ = top;
    if (!top.empty() && top != dateline_country_ && mentions_of(dateline_country_) * 3 <= best) {
      dateline_country_ = top;
      story_country_ = true;
    }
  }
  if (dateline_country_.empty()) {
    // Round 13: a story without a dateline (BBC style: "South Sudan's First Vice-President
    // ... has been placed under house arrest in the capital, Juba") is about the state whose
    // places and people it names most, when that state clearly leads (at least three
    // mentions and twice any other's): it stands for the dateline's.
    size_t best = 0;
    const std::string top = leader(country_mentions(false), &best);
    if (!top.empty()) {
      dateline_country_ = top;
      story_country_ = true;
    }
  }
  if (!dateline_country_.empty()) {
    // Mentions outside the dateline, each counted at its first word.
    size_t best = 0, home = 0;
    for (const auto& [cc, k] : outside) {
      best = std::max(best, k);
      if (cc == dateline_country_) home = k;
    }
    if (home > 0 && home == best) main_country_ = dateline_country_;
    dateline_named_ = home > 0;
  }
  // Round 14: the story's two sides ("urged both sides to show restraint"): the two states
  // whose places and people it names most, each at least three times, a third named fewer
  // times than the second (and at most half as often as the first).
  pair_first_.clear();
  pair_second_.clear();
  pair_sides_ = false;
  {
    std::vector<std::pair<std::string, size_t>> counts;
    for (const auto& c : outside)
      if (gaz_.country_by_iso3(c.first)) counts.push_back(c);
    std::stable_sort(counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    if (counts.size() >= 2 && counts[1].second >= 3 &&
        (counts.size() == 2 || (counts[2].second < counts[1].second && 2 * counts[2].second <= counts[0].second))) {
      pair_first_ = counts[0].first;
      pair_second_ = counts[1].first;
      // ("urged both sides" in a story of an army and the RSF meeting in Saudi Arabia, or
      // of a strike at Canada's ports hitting US trade: the sides are not the states.)
      size_t first_places = 0, second_places = 0;
      bool non_state = false;
      for (size_t e = 0; e < doc_.entities.size(); ++e) {
        const Entity& en = doc_.entities[e];
        if (en.type == EntityType::kOrg &&
            (en.sector == "REB" || en.sector == "PTY" || en.sector == "OPP" || en.sector == "LAB" ||
             en.sector == "CRM"))
          non_state = true;
        if (en.type != EntityType::kGpe) continue;
        const std::string cc = country_of(doc_, static_cast<int>(e), gaz_);
        if (cc == pair_first_) first_places += en.mentions.size();
        if (cc == pair_second_) second_places += en.mentions.size();
      }
      pair_sides_ = !non_state && first_places >= 3 && second_places >= 3;
    }
  }
  rebel_country_.clear();
  {
    size_t most = 0;
    bool tie = false;
    for (size_t e = 0; e < doc_.entities.size(); ++e) {
      const Entity& en = doc_.entities[e];
      if (en.type != EntityType::kOrg) continue;
      const Arg g = arg_from_entity(static_cast<int>(e), -1);
      if (g.sector != "REB") continue;
      if (en.mentions.size() > most) {
        most = en.mentions.size();
        rebel_country_ = g.country;
        tie = false;
      } else if (en.mentions.size() == most) {
        tie = true;
      }
    }
    if (most < 2 || tie || !gaz_.country_by_iso3(rebel_country_)) rebel_country_.clear();
  }
  side_state_.clear();
  side_group_ = -1;
  if (!pair_sides_) {
    size_t best = 0;
    for (const auto& c : outside)
      if (c.second > best && gaz_.country_by_iso3(c.first)) {
        best = c.second;
        side_state_ = c.first;
      }
    size_t most = 0;
    bool tie = false;
    for (size_t e = 0; e < doc_.entities.size(); ++e) {
      const Entity& en = doc_.entities[e];
      if (en.type != EntityType::kOrg || (en.sector != "REB" && en.sector != "UAF")) continue;
      const std::string cc = country_of(doc_, static_cast<int>(e), gaz_);
      if (!cc.empty() && cc != side_state_) continue;
      if (en.mentions.size() > most) {
        most = en.mentions.size();
        side_group_ = static_cast<int>(e);
        tie = false;
      } else if (en.mentions.size() == most) {
        tie = true;
      }
    }
    if (best < 2 || most < 2 || tie) {
      side_state_.clear();
      side_group_ = -1;
    }
  }
}

// The sentence names a place of a country other than the dateline's ("strikes across the
// Gaza Strip killed 42 people" filed from Cairo; "Protesters in Paris clashed with the
// police" filed from London).
// Round 16: the one country other than the dateline's whose places (GPE, LOC) sentence s
// names, "" if none or several.
std::string Extractor::sole_other_country(uint32_t s) const {
  const Sentence& sn = doc_.sentences[s];
  std::string found;
  for (uint32_t i = sn.token_begin; i < sn.token_end; ++i) {
    const int e = tok_entity_[i];
    if (e < 0 || tok_dateline_[i] ||
        (doc_.entities[e].type != EntityType::kGpe && doc_.entities[e].type != EntityType::kLoc))
      continue;
    const std::string pc = country_of(doc_, e, gaz_);
    if (pc.empty() || pc == dateline_country_) continue;
    if (!found.empty() && found != pc) return {};
    found = pc;
  }
  return found;
}

bool Extractor::names_other_country(uint32_t s, bool besides_subjects) const {
  const Sentence& sn = doc_.sentences[s];
  // Round 13: "The US, UK and Norway ... urged the government to free X": states that are
  // the sentence's subjects are who acts, not where it happens; any word of their name may
  // carry the subject's relation ("the United States": "States", not "United"; session 9).
  std::vector<int> subjects;
  if (besides_subjects)
    for (uint32_t i = sn.token_begin; i < sn.token_end; ++i) {
      const int x = static_cast<int>(i);
      if (tok_entity_[i] >= 0 &&
          (dep(x) == "nsubj" || (dep(x) == "conj" && head(x) >= 0 && dep(head(x)) == "nsubj")))
        subjects.push_back(tok_entity_[i]);
    }
  for (uint32_t i = sn.token_begin; i < sn.token_end; ++i) {
    const int e = tok_entity_[i];
    if (e >= 0 && std::find(subjects.begin(), subjects.end(), e) != subjects.end()) continue;
    if (e < 0 || tok_dateline_[i] ||
        (doc_.entities[e].type != EntityType::kGpe && doc_.entities[e].type != EntityType::kLoc))
      continue;
    const std::string pc = country_of(doc_, e, gaz_);
    if (!pc.empty() && pc != dateline_country_) return true;
  }
  return false;
}

// Round 11: the country a noun's owner names: a state's possessive ("Sudan's Foreign
// Ministry") or a people's adjective ("a Rwandan minister"). "" if none.
std::string Extractor::owner_country(int h) const {
  for (const uint32_t* k = kids_begin(h); k != kids_end(h); ++k) {
    const int c = static_cast<int>(*k);
    if (c > h || !(dep(c) == "nmod:poss" || dep(c) == "amod" || dep_is(dep(c), "compound"))) continue;
    if (tok_entity_[c] < 0) continue;
    const EntityType t = doc_.entities[tok_entity_[c]].type;
    if (t != EntityType::kGpe && t != EntityType::kNorp) continue;
    const Arg o = arg_from_entity(tok_entity_[c], c);
    if (!o.country.empty() && gaz_.country_by_iso3(o.country)) return o.country;
  }
  return {};
}

const std::string& Extractor::organ_owner(int e) const {
  static const std::string kNone;
  if (!organ_owner_done_) {
    organ_owner_done_ = true;
    organ_owner_.assign(doc_.entities.size(), std::string());
    const auto organ = [&](const Entity& en) {
      const std::string& sec = en.sector;
      return en.type == EntityType::kOrg &&
             (sec == "GOV" || sec == "LEG" || sec == "JUD" || sec == "MIL" || sec == "COP" || sec == "SPY");
    };
    for (size_t i = 0; i < doc_.tokens.size(); ++i) {
      const int x = tok_entity_[i];
      if (x < 0 || tok_dateline_[i] || !organ(doc_.entities[x]) || organ_owner_[x] == "-") continue;
      if (i + 1 < doc_.tokens.size() && tok_entity_[i + 1] == x) continue;  // the name's last word
      const std::string oc = owner_country(static_cast<int>(i));
      if (oc.empty()) continue;
      // Two states' organs the entity stage merged ("Azerbaijan's Defence Ministry", "Armenia's
      // Defence Ministry"): no one owner.
      if (oc == country_of(doc_, x, gaz_) || (!organ_owner_[x].empty() && organ_owner_[x] != oc)) organ_owner_[x] = "-";
      else organ_owner_[x] = oc;
    }
    for (std::string& o : organ_owner_)
      if (o == "-") o.clear();
    for (size_t x = 0; x < doc_.entities.size(); ++x) {
      const Entity& en = doc_.entities[x];
      if (en.type != EntityType::kPerson || en.affiliation.empty() || !organ_owner_[x].empty()) continue;
      for (size_t y = 0; y < doc_.entities.size(); ++y)
        if (!organ_owner_[y].empty() && doc_.entities[y].name == en.affiliation) organ_owner_[x] = organ_owner_[y];
    }
  }
  return e >= 0 && static_cast<size_t>(e) < organ_owner_.size() ? organ_owner_[e] : kNone;
}

// Round 11: "Brazil and Colombia, whose leftist governments have kept ties": "whose" is the
// name the clause hangs on; "after their governments refused" is the countries named just
// before in the sentence (the first of a coordination; the others act through the
// coordinated-actor rule). Empty if neither.
Arg Extractor::plural_owner(int pron, int noun, int depth) const {
  const std::string& p = low(pron);
  if (p == "whose") {
    const int v = head(noun);
    const int n = v >= 0 ? head(v) : -1;
    if (n >= 0 && n < pron && is_nounish(n) && tok_entity_[n] >= 0) return make_arg(n, depth + 1);
    return {};
  }
  if (p != "their" || doc_.tokens[noun].tag != "NNS") return {};
  const int sb = static_cast<int>(doc_.sentences[sentence_of(pron)].token_begin);
  for (int j = pron - 1; j >= sb; --j) {
    if (tok_entity_[j] < 0 || doc_.entities[tok_entity_[j]].type != EntityType::kGpe || dep(j) != "conj") continue;
    const int first = head(j);
    if (first >= 0 && tok_entity_[first] >= 0 && doc_.entities[tok_entity_[first]].type == EntityType::kGpe)
      return make_arg(first, depth + 1);
  }
  return {};
}

bool Extractor::titled_home_official(int e) const {
  if (e < 0 || static_cast<size_t>(e) >= doc_.entities.size() || dateline_country_.empty() || story_country_ ||
      !dateline_named_)
    return false;
  // Not a visit: another state the story clearly names most ("PARIS - President Ramaphosa
  // ..." in a story about South Africa).
  if (!leading_country_.empty() && leading_country_ != dateline_country_) return false;
  const Entity& en = doc_.entities[e];
  if (en.type != EntityType::kPerson || en.role.empty() || en.mentions.empty()) return false;
  const uint32_t s = en.mentions.front().sentence;
  if (s >= doc_.sentences.size()) return false;
  if (names_other_country(s)) return false;
  // A people's adjective of another state in that sentence ("Nicaraguan fishermen") makes
  // whose office it is unclear.
  const Sentence& sn = doc_.sentences[s];
  for (uint32_t i = sn.token_begin; i < sn.token_end && i < doc_.tokens.size(); ++i) {
    const int x = tok_entity_[i];
    if (x < 0 || tok_dateline_[i] || doc_.entities[x].type != EntityType::kNorp) continue;
    const std::string cc = country_of(doc_, x, gaz_);
    if (!cc.empty() && cc != dateline_country_) return false;
  }
  return true;
}

// Round 11: an official or a state body the story names without a country ("President
// Nicolas Maduro", "Attorney General X", "authorities", "security forces") is of the state
// of the wire dateline, the convention of wire copy (a foreign one is named with its
// country). Not a body placed elsewhere ("police in Indian Kashmir"), not a known
// organisation with a country of its own.
void Extractor::home_country(Arg* a, bool actor) const {
  // Round 12: "a former Serb politician who admitted organising the attack": one who held
  // an office acts for no state, whatever his people.
  int fh = a->head >= 0 && a->head < static_cast<int>(doc_.tokens.size()) ? a->head : -1;
  if (fh >= 0 && pos(fh) == "PRON" && head(fh) >= 0 && dep_is(dep(head(fh)), "acl")) fh = head(head(fh));  // "who"
  if (fh >= 0 && pos(fh) == "NOUN")
    for (const uint32_t* k = kids_begin(fh); k != kids_end(fh); ++k)
      if (static_cast<int>(*k) < fh && dep(*k) == "amod" && (low(*k) == "former" || low(*k) == "ex")) {
        a->country.clear();
        a->sector = "CVL";
        return;
      }
  if (a->empty() || !a->country.empty()) return;
  // Round 12: a state body placed by a place of a known country ("the government in
  // Tripoli", "police in Indian Kashmir", "security forces in Baghdad") is that country's,
  // with or without a dateline. Not a court ("sentenced by a court in Multan": a court of
  // the place is no party of the state against its own citizen).
  int ph = a->entity < 0 && a->head >= 0 && a->head < static_cast<int>(doc_.tokens.size()) ? a->head : -1;
  if (ph >= 0 && pos(ph) == "PRON") {
    // "Police in Indian Kashmir said they had detained ...": the antecedent's phrase.
    ph = -1;
    const std::string_view nm = a->name;
    const std::string_view last = nm.substr(nm.rfind(' ') == std::string_view::npos ? 0 : nm.rfind(' ') + 1);
    const int lim = static_cast<int>(doc_.sentences[sentence_of(a->head) > 0 ? sentence_of(a->head) - 1 : 0].token_begin);
    for (int t = a->head - 1; t >= lim && ph < 0; --t)
      if (pos(t) == "NOUN" && doc_.token_text(t) == last) ph = t;
  }
  if (ph >= 0 && pos(ph) == "NOUN" && (a->sector == "GOV" || a->sector == "MIL" || a->sector == "COP" || a->sector == "SPY") &&
      child_exact(ph, "nmod:poss") < 0)
    for (const uint32_t* k = kids_begin(ph); k != kids_end(ph); ++k) {
      if (!dep_is(dep(*k), "nmod") || case_of(*k) != "in") continue;
      const int e = tok_entity_[*k];
      if (e < 0 || (doc_.entities[e].type != EntityType::kGpe && doc_.entities[e].type != EntityType::kLoc)) continue;
      std::string cc = country_of(doc_, e, gaz_);
      if (cc.empty()) cc = owner_country(static_cast<int>(*k));
      for (const uint32_t* g = kids_begin(*k); g != kids_end(*k) && cc.empty(); ++g)  // "Indian Kashmir"
        if (dep(*g) == "amod" && *g < *k)
          if (const GazCountry* gc = gaz_.country(doc_.token_text(*g))) cc = gc->iso3;
      if (!cc.empty() && gaz_.country_by_iso3(cc)) {
        a->country = cc;
        return;
      }
    }
  // Round 17: "the internationally recognised government", "a government proposal" in a
  // story of Yemen's Huthi rebels filed from Muscat: the government the rebels fight.
  // Not where another state, the dateline's, leads the story (a story from Jerusalem naming
  // Hamas most: "the government" is Israel's).
  if (a->entity < 0 && !rebel_country_.empty() &&
      (dateline_country_.empty() || dateline_country_ == rebel_country_ || main_country_ != dateline_country_) &&
      a->head >= 0 && a->head < static_cast<int>(doc_.tokens.size()) &&
      pos(a->head) == "NOUN" && lem(a->head) == "government" && child_exact(a->head, "nmod:poss") < 0 &&
      !entity_modifier(a->head)) {
    a->country = rebel_country_;
    return;
  }
  if (dateline_country_.empty()) return;
  // "blames the military", "the police": a definite state organ with no owner, as the one
  // accused or attacked, is the dateline state's.
  if (!actor && a->entity < 0 && a->head >= 0 && a->head < static_cast<int>(doc_.tokens.size()) &&
      pos(a->head) == "NOUN" && (a->sector == "MIL" || a->sector == "GOV" || a->sector == "COP") &&
      child_exact(a->head, "nmod:poss") < 0 && !entity_modifier(a->head) &&
      !names_other_country(static_cast<uint32_t>(sentence_of(a->head)), true))
    if (const int det = child_exact(a->head, "det"); det >= 0 && low(det) == "the") {
      a->country = dateline_country_;
      return;
    }
  const std::string& sec = a->sector;
  if (!(sec == "GOV" || sec == "MIL" || sec == "COP" || sec == "JUD" || sec == "LEG" || sec == "SPY")) return;
  // Described bodies only as actors ("authorities arrested"), never troops ("paramilitary
  // forces" are no army); described people suffering are no state.
  // Round 12: bare troops ("Security forces killed two of the attackers", "troops had
  // launched a counter-offensive", "the army said") are the dateline state's; troops
  // described by an adjective ("paramilitary forces") are not.
  bool bare_troops = false;
  if (a->entity < 0 && actor && sec == "MIL" && a->head >= 0 && a->head < static_cast<int>(doc_.tokens.size()) &&
      pos(a->head) == "NOUN") {
    bare_troops = true;
    for (const uint32_t* k = kids_begin(a->head); k != kids_end(a->head); ++k) {
      const std::string_view d = dep(*k);
      if (d == "amod" || d == "nmod:poss" || d == "appos" || (dep_is(d, "compound") && !word_in("troop-modifier", static_cast<int>(*k))))
        bare_troops = false;
    }
  }
  if (a->entity < 0 && !bare_troops && (!actor || sec == "MIL")) return;
  // A body named by capitalised words ("The National Unity Government") is its own party.
  // Round 22: not one word capitalised only as the first after the dateline ("Nairobi,
  // Kenya – Police fired ...").
  if (a->entity < 0 && a->head >= 0 && a->head < static_cast<int>(doc_.tokens.size()) &&
      (pos(a->head) == "PROPN" || doc_.tokens[a->head].tag == "NNP") && !(a->head > 0 && tok_dateline_[a->head - 1]))
    return;
  if (a->entity >= 0) {
    const Entity& en = doc_.entities[a->entity];
    if (en.type != EntityType::kPerson && en.type != EntityType::kOrg) return;
    if (!en.affiliation.empty()) return;  // of a body the story names
    // A named official is the dateline state's only in a story about that state.
    // Round 22: or, in a story between the dateline's state and another, one named by a title
    // of office where the story first names them with no other country in that sentence
    // ("TEGUCIGALPA - ... Foreign Minister X denied ...": wire copy names a foreign official
    // with the official's country).
    if (en.type == EntityType::kPerson && main_country_ != dateline_country_ && !titled_home_official(a->entity))
      return;
    // Round 13: a story without a dateline gives its state to bodies, not to named people
    // (an encyclopaedic story names officials without their country).
    // Round 17: unless the story names them by a title of office ("Home Minister X",
    // "Government spokesman Y" in a BBC-style story about Nepal): independent editors code
    // such officials as their state.
    if (en.type == EntityType::kPerson && story_country_ && en.role.empty()) return;
    // "the Arakan Army", "the Kachin Independence Army": an armed organisation named without
    // a country may be a rebel army.
    if (en.type == EntityType::kOrg && sec == "MIL") return;
    if (en.type == EntityType::kOrg)
      if (const GazOrg* o = gaz_.organisation(en.name); o && !o->country.empty()) return;
  }
  if (a->entity < 0 && a->head >= 0 && a->head < static_cast<int>(doc_.tokens.size()) && pos(a->head) == "PRON") return;
  if (a->head >= 0 && a->head < static_cast<int>(doc_.tokens.size()))
    for (const uint32_t* k = kids_begin(a->head); k != kids_end(a->head); ++k) {
      // "their governments": owned by someone. Round 20: "Traoré's government", "Ortega's
      // police" in a story about the dateline's state: a leader the story names without a
      // country heads that state, and his organs are its.
      if (dep(*k) == "nmod:poss" && a->entity < 0) {
        const int oe = tok_entity_[*k];
        if (oe < 0 || doc_.entities[oe].type != EntityType::kPerson || !country_of(doc_, oe, gaz_).empty() ||
            main_country_ != dateline_country_)
          return;
      }
      if (dep_is(dep(*k), "nmod") && (case_of(*k) == "in" || case_of(*k) == "of" || case_of(*k) == "from")) {
        // "police in Indian Kashmir" are placed elsewhere; "authorities in Yangon" (a city of
        // the dateline's country) are home.
        const int e = tok_entity_[*k];
        if (e < 0 || country_of(doc_, e, gaz_) != dateline_country_) return;
      }
    }
  a->country = dateline_country_;
}

// Round 17: the editors' convention (PLOVER's, ICEWS's): an official speaking or acting for a
// body is coded as the body. For a state the person's country already says so; for a
// non-state body (an intergovernmental or aid organisation, an armed group, a union) the
// argument becomes the body the entity stage names as the person's affiliation ("The United
// Nations special envoy for Yemen, Anders Lindqvist, welcomed ..." -> United Nations). Not a
// party's politician (a party member speaks as themself), not a state's organ.
void Extractor::speaks_for(Arg* a) const {
  if (a->entity < 0) return;
  const Entity& en = doc_.entities[a->entity];
  if (en.type != EntityType::kPerson || en.affiliation.empty()) return;
  if (gaz_.country(en.affiliation)) return;
  int org = -1;
  for (size_t e = 0; e < doc_.entities.size() && org < 0; ++e)
    if (doc_.entities[e].type == EntityType::kOrg && doc_.entities[e].name == en.affiliation) org = static_cast<int>(e);
  Arg b;
  if (org >= 0) {
    b = arg_from_entity(org, -1);
  } else {
    b.name = en.affiliation;
    if (const GazOrg* o = gaz_.organisation(en.affiliation)) {
      b.sector = o->sector;
      b.country = o->country;
    }
  }
  // Only a body the story names, of a non-state kind (review: a company's or a court's
  // person, or an affiliation the entity stage misread, "House" for a president, stays the
  // person).
  const std::string& sec = b.sector;
  if (org < 0 || !(sec == "IGO" || sec == "NGO" || sec == "REB" || sec == "LAB")) return;
  b.head = a->head;
  b.start = a->start;
  b.end = a->end;
  *a = std::move(b);
}

void Extractor::same_person(Arg* a) const {
  // A one-word person entity, or a capitalised word the entity stage left without one.
  std::string_view word;
  uint32_t at = 0;
  if (a->entity >= 0) {
    const Entity& en = doc_.entities[a->entity];
    if (en.type != EntityType::kPerson || !en.role.empty() || !en.affiliation.empty() || en.mentions.empty()) return;
    word = en.name;
    at = en.mentions[0].start;
  } else if (a->head >= 0 && a->head < static_cast<int>(doc_.tokens.size()) && pos(a->head) == "PROPN" &&
             tok_entity_[a->head] < 0) {
    word = doc_.token_text(a->head);
    at = doc_.tokens[a->head].start;
  }
  if (word.size() < 2 || word.find(' ') != std::string_view::npos) return;
  int found = -1;
  for (size_t e = 0; e < doc_.entities.size(); ++e) {
    const Entity& o = doc_.entities[e];
    if (static_cast<int>(e) == a->entity || o.type != EntityType::kPerson || o.mentions.empty() || o.mentions[0].start >= at)
      continue;
    const size_t sp = o.name.find(' '), last = o.name.rfind(' ');
    if (sp == std::string::npos) continue;
    if (std::string_view(o.name).substr(0, sp) != word && std::string_view(o.name).substr(last + 1) != word) continue;
    if (found >= 0) return;  // two people it could be
    found = static_cast<int>(e);
  }
  if (found < 0) return;
  Arg b = arg_from_entity(found, a->head);
  b.start = a->start;
  b.end = a->end;
  *a = std::move(b);
}

bool Extractor::same_side(const Arg& a, const Arg& b) const {
  if (a.empty() || b.empty()) return false;
  if (arg_key(a) == arg_key(b)) return true;
  const auto state_like = [&](const Arg& x) {
    const std::string& s = x.sector;
    if (s == "GOV" || s == "MIL" || s == "COP" || s == "JUD" || s == "LEG" || s == "SPY") return true;
    if (x.entity >= 0) return doc_.entities[x.entity].type == EntityType::kGpe;
    return s.empty();
  };
  if (!a.country.empty() && a.country == b.country && state_like(a) && state_like(b)) return true;
  for (const Arg* p : {&a, &b}) {
    const Arg& o = p == &a ? b : a;
    if (p->entity < 0 || doc_.entities[p->entity].type != EntityType::kPerson) continue;
    const std::string& aff = doc_.entities[p->entity].affiliation;
    if (!aff.empty() && (aff == o.name || (o.entity >= 0 && doc_.entities[o.entity].name == aff))) return true;
  }
  return false;
}

void Extractor::build_indexes() {
  const size_t n = doc_.tokens.size();
  lemma_.resize(n);
  lower_.resize(n);
  for (size_t i = 0; i < n; ++i) {
    lower_into(doc_.token_text(i), &lower_[i]);
    const std::string& l = doc_.tokens[i].lemma;
    if (l.empty()) lemma_[i] = guess_lemma(lower_[i], pat_);
    else lower_into(l, &lemma_[i]);
    // A verb whose parser lemma the lexicon does not know ("shelled" -> "shel") gets the
    // base form the lexicon knows, if its inflection leads to one ("shell").
    if (!l.empty() && doc_.tokens[i].pos == "VERB" && lemma_[i] != lower_[i] && pat_.verbs(lemma_[i]).empty() &&
        pat_.frames(lemma_[i]) == nullptr) {
      std::string g = guess_lemma(lower_[i], pat_);
      if (g != lower_[i] && !pat_.verbs(g).empty()) lemma_[i] = std::move(g);
    }
    // A verb whose parser lemma is the inflected word itself ("Sirhan shot him" with lemma
    // "shot"): the base form, when the lexicon knows it as a verb (round 7).
    // A base form (VB, VBP) is its own lemma unless it is an irregular past the tagger
    // took for one ("shot"): only those are looked up (cheap on the hot path).
    const auto& tg = doc_.tokens[i].tag;
    if (!l.empty() && doc_.tokens[i].pos == "VERB" && lemma_[i] == lower_[i] &&
        (!(tg == "VB" || tg == "VBP") || irregular_past(lower_[i])) && pat_.verbs(lemma_[i]).empty() &&
        pat_.frames(lemma_[i]) == nullptr) {
      std::string g = guess_lemma(lower_[i], pat_, /*verb_only=*/true);
      if (g != lower_[i] && !pat_.verbs(g).empty()) lemma_[i] = std::move(g);
    }
  }
  repaired_ = false;
  own_party_org_.clear();
  repair_root_noun_clauses();
  // Children (CSR).
  kid_start_.assign(n + 1, 0);
  for (size_t i = 0; i < n; ++i)
    if (int h = head(static_cast<int>(i)); h >= 0) ++kid_start_[h + 1];
  for (size_t i = 0; i < n; ++i) kid_start_[i + 1] += kid_start_[i];
  kids_.assign(kid_start_[n], 0);
  std::vector<uint32_t> fill(kid_start_.begin(), kid_start_.end() - 1);
  for (size_t i = 0; i < n; ++i)
    if (int h = head(static_cast<int>(i)); h >= 0) kids_[fill[h]++] = static_cast<uint32_t>(i);
  // Token -> entity.
  tok_entity_.assign(n, -1);
  for (size_t e = 0; e < doc_.entities.size(); ++e) {
    for (const Mention& m : doc_.entities[e].mentions) {
      auto it = std::lower_bound(doc_.tokens.begin(), doc_.tokens.end(), m.start,
                                 [](const Token& t, uint32_t at) { return t.end <= at; });
      for (; it != doc_.tokens.end() && it->start < m.end; ++it) {
        size_t i = static_cast<size_t>(it - doc_.tokens.begin());
        if (tok_entity_[i] < 0) tok_entity_[i] = static_cast<int32_t>(e);
      }
    }
  }
  // Time expressions.
  tok_time_.assign(n, false);
  for (const TimeExpr& tx : doc_.times) {
    auto it = std::lower_bound(doc_.tokens.begin(), doc_.tokens.end(), tx.start,
                               [](const Token& t, uint32_t at) { return t.end <= at; });
    for (; it != doc_.tokens.end() && it->start < tx.end; ++it) tok_time_[static_cast<size_t>(it - doc_.tokens.begin())] = true;
  }
  mark_datelines();
  // Quotes.
  quote_kind_.assign(n, 0);
  for (const Quote& q : doc_.quotes) {
    uint8_t k = q.kind == QuoteKind::kIndirect ? 2 : 1;
    // A mixed quote is the reporter's paraphrase (indirect speech) around quoted words: only
    // the words inside quotation marks are the speaker's own.
    const bool mixed = q.kind == QuoteKind::kMixed;
    bool inside = false;
    std::vector<size_t> run;  // the words of the current quotation-marked stretch
    auto it = std::lower_bound(doc_.tokens.begin(), doc_.tokens.end(), q.start,
                               [](const Token& t, uint32_t at) { return t.end <= at; });
    for (; it != doc_.tokens.end() && it->start < q.end; ++it) {
      size_t i = static_cast<size_t>(it - doc_.tokens.begin());
      uint8_t kk = k;
      if (mixed) {
        std::string_view w = doc_.token_text(i);
        const bool open = w == "\u201c" || (w == "\"" && !inside);
        const bool close = w == "\u201d" || (w == "\"" && inside);
        if (open) {
          inside = true;
          run.clear();
        }
        kk = inside ? 1 : 2;
        if (inside && !open && !close) run.push_back(i);
        if (close && !open) {
          inside = false;
          // Round 20: "The army said it had \"neutralised\" 11 separatists": one or two words
          // in quotation marks inside the reporter's paraphrase are scare quotes, the
          // reporter's account (claimed), not the speaker's opinion.
          // A verb in the base or present form ("would \"respond\"") is the speaker's word.
          bool told = !run.empty() && run.size() <= 2;
          for (size_t j : run) {
            const auto& tg = doc_.tokens[j].tag;
            if (tg == "VB" || tg == "VBP" || tg == "VBZ" || tg == "MD") told = false;
          }
          if (told)
            for (size_t j : run)
              if (quote_kind_[j] == 1) quote_kind_[j] = 2;
        }
      }
      if (quote_kind_[i] == 0 || kk == 1) quote_kind_[i] = kk;
    }
  }
  // Which sentences carry a parse.
  parsed_.assign(doc_.sentences.size(), false);
  for (size_t s = 0; s < doc_.sentences.size(); ++s) {
    const Sentence& st = doc_.sentences[s];
    for (uint32_t i = st.token_begin; i < st.token_end && i < n; ++i)
      if (!doc_.tokens[i].dep.empty()) {
        parsed_[s] = true;
        break;
      }
  }
  cand_of_tok_.assign(n, -1);
  resolving_.assign(n, 0);
}

// ------------------------------------------------------------------------------------------
// Triggers

int Extractor::look_through(int i) const {
  for (int guard = 0; i >= 0 && guard < 3 && word_in("quantity", i); ++guard) {
    int next = -1;
    for (const uint32_t* k = kids_begin(i); k != kids_end(i); ++k) {
      if ((dep_is(dep(*k), "nmod") || dep_is(dep(*k), "obl")) && case_of(*k) == "of") {
        next = static_cast<int>(*k);
        break;
      }
      // Round 13: "Fighters from Islamic Jihad and Hamas": members from a named group.
      if (dep_is(dep(*k), "nmod") && case_of(*k) == "from" && tok_entity_[*k] >= 0 &&
          doc_.entities[tok_entity_[*k]].type == EntityType::kOrg) {
        next = static_cast<int>(*k);
        break;
      }
    }
    if (next < 0) break;
    i = next;
  }
  return i;
}

// A word the tagger took for a noun where the grammar wants a verb: a clause complement
// with a complementizer or auxiliary ("demanded that the president resign").
// "Rioters set fire to a police station" parsed as a root noun with the verb as a participle
// on it: a bare noun right before the verb, at the root, is the verb's subject.
bool Extractor::root_noun_subject(int v) const {
  const int h = head(v);
  // Round 19: "The Syrian government freed 60 detainees", "The Indian government criticised
  // X" parsed with the noun at the root and the verb as its clause: a determiner is allowed
  // when the verb has an object of its own (a reduced passive at the root, "the man killed in
  // the attack", has none).
  return h >= 0 && dep(v) == "acl" && v == h + 1 && head(h) < 0 && pos(h) == "NOUN" &&
         (child_exact(h, "det") < 0 || child_exact(v, "obj") >= 0) && child_exact(v, "mark") < 0 &&
         child(v, "nsubj") < 0 && child_exact(v, "aux:pass") < 0;
}

// Round 11: a present-tense verb tagged as a plural noun at the root ("Rwanda denies
// supporting M23"): a name hung on it from the left and a clause or object after it.
bool Extractor::root_plural_verb(int i) const {
  if (pos(i) != "NOUN" || doc_.tokens[i].tag != "NNS" || head(i) >= 0) return false;
  const std::string& w = low(i);
  if (w.size() < 4 || w.back() != 's' || child_exact(i, "det") >= 0) return false;
  bool name_before = false, after = false;
  for (const uint32_t* k = kids_begin(i); k != kids_end(i); ++k) {
    const int c = static_cast<int>(*k);
    if (c < i && dep_is(dep(c), "compound") && tok_entity_[c] >= 0 &&
        doc_.entities[tok_entity_[c]].type != EntityType::kNorp)
      name_before = true;
    if (c > i && (dep_is(dep(c), "acl") || dep(c) == "obj" || dep(c) == "ccomp" || dep(c) == "xcomp")) after = true;
  }
  return name_before && after;
}

bool Extractor::verb_tagged_noun(int i) const {
  if (pos(i) != "NOUN" || low(i) != lem(i)) return false;
  std::string_view d = dep(i);
  if (!(d == "ccomp" || d == "xcomp" || dep_is(d, "advcl"))) return false;
  for (const uint32_t* k = kids_begin(i); k != kids_end(i); ++k)
    if (dep(*k) == "mark" || dep_is(dep(*k), "aux")) return true;
  return false;
}

bool Extractor::cond_holds(const PatternCond& c, int i, bool noun) const {
  using K = PatternCond::Kind;
  auto any_kid = [&](auto pred) {
    for (const uint32_t* k = kids_begin(i); k != kids_end(i); ++k)
      if (pred(static_cast<int>(*k))) return true;
    return false;
  };
  // Round 20: the word "=igo" in a condition's list matches a word of an intergovernmental
  // organisation the story names ("left ECOWAS", "quit the African Union").
  auto igo = [&](int t) {
    const int e = tok_entity_[t];
    if (e < 0 || doc_.entities[e].type != EntityType::kOrg) return false;
    if (doc_.entities[e].sector == "IGO") return true;
    const GazOrg* o = gaz_.organisation(doc_.entities[e].name);
    return o && o->sector == "IGO";
  };
  auto lemma_ok = [&](int t) { return c.matches(lem(t)) || c.matches(low(t)) || (c.matches("=igo") && igo(t)); };
  switch (c.kind) {
    case K::kObj: {
      auto obj_ok = [&](int o) {
        if (lemma_ok(o)) return true;
        int t = look_through(o);
        if (t != o && lemma_ok(t)) return true;
        // "shelter and aid": a conjoined object counts too.
        for (const uint32_t* k = kids_begin(o); k != kids_end(o); ++k)
          if (dep(*k) == "conj" && lemma_ok(static_cast<int>(*k))) return true;
        // "bombs on the town" with a compound head ("barrel bombs")
        return false;
      };
      if (noun)
        return any_kid([&](int k) { return dep_is(dep(k), "nmod") && case_of(k) == "of" && obj_ok(k); });
      // Round 18: "had sent the police a plan": of two objects, the second right after the
      // first (only its own words between), the first is the recipient. Not "fired two
      // missiles into the sea off its east coast" with "coast" a second object by the parse.
      auto recipient = [&](int k) {
        if (dep(k) != "obj") return false;
        for (const uint32_t* g = kids_begin(i); g != kids_end(i); ++g) {
          const int o2 = static_cast<int>(*g);
          if (o2 <= k || dep(o2) != "obj") continue;
          bool adjacent = true;
          for (int x = k + 1; x < o2 && adjacent; ++x) {
            int up = x;
            for (int n = 0; n < 3 && up >= 0 && up != o2; ++n) up = head(up);
            adjacent = up == o2;
          }
          if (adjacent) return true;
        }
        return false;
      };
      return any_kid([&](int k) { return (dep(k) == "obj" || dep(k) == "nsubj:pass") && !recipient(k) && obj_ok(k); });
    }
    case K::kPrep: {
      auto has_case = [&](int k) { return c.matches(case_of(k)); };
      if (any_kid([&](int k) {
            return (dep_is(dep(k), "obl") || dep_is(dep(k), "nmod") || dep(k) == "advcl") && has_case(k);
          }))
        return true;
      if (!noun) {
        // "launched missiles at Israel": the phrase may hang on the object; "advancing deeper
        // into": on an adverb.
        for (const uint32_t* k = kids_begin(i); k != kids_end(i); ++k) {
          if (dep(*k) != "obj" && dep(*k) != "advmod") continue;
          int o = static_cast<int>(*k);
          for (int t : {o, look_through(o)})
            for (const uint32_t* g = kids_begin(t); g != kids_end(t); ++g)
              if ((dep_is(dep(*g), "nmod") || dep_is(dep(*g), "obl")) && has_case(static_cast<int>(*g))) return true;
          if (dep(*k) == "advmod" && c.matches(low(o))) return true;  // "advancing deeper"
        }
      }
      return false;
    }
    case K::kPrt:
      if (any_kid([&](int k) {
            return (dep(k) == "compound:prt" || dep(k) == "advmod" || (dep_is(dep(k), "obl") && false)) &&
                   lemma_ok(k);
          }) ||
          (i + 1 < static_cast<int>(doc_.tokens.size()) && head(i + 1) == i && c.matches(low(i + 1))))
        return true;
      // Round 19: the particle parsed as the first preposition of an oblique ("handed over four
      // villages", "pulled its troops out of Niger", "walked out of parliament"): right after
      // the verb, or followed by a second preposition ("out of").
      if (!noun)
        return any_kid([&](int k) {
          if (!dep_is(dep(k), "obl")) return false;
          for (const uint32_t* g = kids_begin(k); g != kids_end(k); ++g) {
            const int w = static_cast<int>(*g);
            if (dep(w) != "case") continue;
            const bool next_case = w + 1 < k && dep(w + 1) == "case" && head(w + 1) == k;
            return c.matches(low(w)) && (w == i + 1 || next_case);
          }
          return false;
        });
      return false;
    case K::kObl:
      return any_kid([&](int k) {
        return (dep_is(dep(k), "obl") || dep_is(dep(k), "nmod")) && (lemma_ok(k) || lemma_ok(look_through(k)));
      });
    case K::kMod:
      return any_kid([&](int k) {
        return (dep_is(dep(k), "amod") || dep_is(dep(k), "compound") || dep_is(dep(k), "nmod")) && lemma_ok(k);
      });
    case K::kNoObj:
      return !any_kid([&](int k) { return dep(k) == "obj" && (noun || k != participle_crowd(i)); });
    case K::kSubj:
      // "Turkish troops crossed into Syria" parsed as a root noun with the verb on it: the
      // noun is the subject (as for the actor, round 5; round 7 for conditions).
      if (!noun && root_noun_subject(i) && (lemma_ok(head(i)) || lemma_ok(look_through(head(i))))) return true;
      // Round 10: "protesters burned tires and blocked the highway": a conjunct verb without
      // a subject of its own shares its head verb's.
      if (!noun && dep(i) == "conj" && head(i) >= 0 && is_verb(head(i)) && child(i, "nsubj") < 0 &&
          child_exact(i, "nsubj:pass") < 0)
        if (int hs = child_exact(head(i), "nsubj"); hs >= 0 && (lemma_ok(hs) || lemma_ok(look_through(hs)))) return true;
      return any_kid([&](int k) {
        return dep_is(dep(k), "nsubj") && (lemma_ok(k) || lemma_ok(look_through(k)));
      });
    case K::kHead:
      // "doctors have been on strike": a nominal predicate's copula is its head.
      if (head(i) < 0 || !is_verb(head(i)))
        if (int cp = child_exact(i, "cop"); cp >= 0 && lemma_ok(cp)) return true;
      return head(i) >= 0 && lemma_ok(head(i));
    case K::kXcomp: {
      // "found not guilty" is no "guilty"
      auto negated = [&](int k) {
        for (const uint32_t* g = kids_begin(k); g != kids_end(k); ++g)
          if (word_in("negator", static_cast<int>(*g))) return true;
        return false;
      };
      if (any_kid([&](int k) {
            // Round 13: "ordered the ambassador to leave" parsed with the infinitive as an advcl.
            const bool to_clause = dep_is(dep(k), "advcl") && child_exact(k, "mark") >= 0 && low(child_exact(k, "mark")) == "to";
            if ((dep(k) != "xcomp" && !to_clause) || !lemma_ok(k)) return false;
            return !negated(k);
          }))
        return true;
      if (noun) return false;
      // Round 21: what the object is said to be, as the parse of news text hangs it: an
      // adjective after the object ("called the sentences \"outrageous\"", parsed as the
      // object's modifier; an attributive one stands before its noun), or an "as" phrase,
      // looked through "an act / a form of" ("described the sanctions as an act of colonial
      // arrogance", "branded the vote as illegal").
      return any_kid([&](int k) {
        if (dep(k) == "obj") {
          for (const uint32_t* g = kids_begin(k); g != kids_end(k); ++g) {
            const int a = static_cast<int>(*g);
            if (a > k && dep(a) == "amod" && lemma_ok(a) && !negated(a)) return true;
          }
          return false;
        }
        if (!dep_is(dep(k), "obl") || case_of(k) != "as") return false;
        if (lemma_ok(k)) return true;
        for (const uint32_t* g = kids_begin(k); g != kids_end(k); ++g) {
          const int x = static_cast<int>(*g);
          if ((dep_is(dep(x), "nmod") && case_of(x) == "of") || (dep(x) == "amod" && x < k))
            if (lemma_ok(x)) return true;
        }
        return false;
      });
    }
  }
  return false;
}

// Word-order approximation of the conditions for sentences without a parse.
bool Extractor::cond_holds_flat(const PatternCond& c, int i, bool noun) const {
  using K = PatternCond::Kind;
  const Sentence& st = doc_.sentences[sentence_of(i)];
  const int b = static_cast<int>(st.token_begin), e = static_cast<int>(st.token_end);
  auto ok = [&](int t) { return c.matches(lem(t)) || c.matches(low(t)); };
  switch (c.kind) {
    case K::kObj:
      for (int t = i + 1; t < std::min(e, i + 6); ++t) {
        if (ok(t)) return true;
        if (low(t) == "," || low(t) == ";") break;
      }
      return false;
    case K::kPrep:
    case K::kObl:
      for (int t = i + 1; t < std::min(e, i + 9); ++t) {
        if (ok(t)) return true;
        if (low(t) == ";") break;
      }
      return false;
    case K::kPrt:
      return (i + 1 < e && ok(i + 1)) || (i + 2 < e && ok(i + 2));
    case K::kMod:
      return (i - 1 >= b && ok(i - 1)) || (i - 2 >= b && ok(i - 2));
    case K::kNoObj:
      return i + 1 >= e || !(pos(i + 1) == "DET" || pos(i + 1) == "NOUN" || pos(i + 1) == "PROPN");
    case K::kSubj:
      for (int t = std::max(b, i - 4); t < i; ++t)
        if (ok(t)) return true;
      return false;
    case K::kHead:
      for (int t = std::max(b, i - 4); t < i; ++t)
        if (ok(t)) return true;
      return false;
    case K::kXcomp:
      for (int t = i + 1; t < std::min(e, i + 4); ++t)
        if (ok(t)) return true;
      return false;
  }
  (void)noun;
  return false;
}

const EventPattern* Extractor::match(int i, bool noun) const {
  const bool flat = !parsed(sentence_of(i));
  auto try_list = [&](const std::vector<EventPattern>& list, bool* blocked) -> const EventPattern* {
    for (const EventPattern& p : list) {
      bool ok = true;
      for (const PatternCond& c : p.conds) {
        if (!(flat ? cond_holds_flat(c, i, noun) : cond_holds(c, i, noun))) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      if (p.type == "-") {
        *blocked = true;
        return nullptr;
      }
      return &p;
    }
    return nullptr;
  };
  bool blocked = false;
  if (noun) {
    // Plural nouns often name the event ("talks", "clashes", "sanctions"): surface first.
    if (const EventPattern* p = try_list(pat_.nouns(low(i)), &blocked)) return p;
    if (blocked || low(i) == lem(i)) return nullptr;
    return try_list(pat_.nouns(lem(i)), &blocked);
  }
  return try_list(pat_.verbs(lem(i)), &blocked);
}

// ------------------------------------------------------------------------------------------
// Arguments

void Extractor::set_phrase(Arg* a, int h) const {
  uint32_t start = doc_.tokens[h].start, end = doc_.tokens[h].end;
  for (const uint32_t* k = kids_begin(h); k != kids_end(h); ++k) {
    std::string_view d = dep(*k);
    // Not a modifier cut off by a comma ("Yesterday, authorities" parsed as a compound).
    if (*k < static_cast<uint32_t>(h) &&
        (d == "amod" || dep_is(d, "compound") || d == "nmod:poss" || d == "flat" || d == "nummod") &&
        !(child_exact(static_cast<int>(*k), "punct") >= 0 && low(*k + 1) == ",")) {
      start = std::min(start, doc_.tokens[*k].start);
      // Round 12: "several hundred Serbs": the number's own modifier.
      if (d == "nummod" && *k > 0 && (low(*k - 1) == "several" || low(*k - 1) == "some" || low(*k - 1) == "few" ||
                                      low(*k - 1) == "many") &&
          head(static_cast<int>(*k) - 1) == static_cast<int>(*k))
        start = std::min(start, doc_.tokens[*k - 1].start);
    }
    if (*k > static_cast<uint32_t>(h) && (d == "flat" || d == "compound"))
      end = std::max(end, doc_.tokens[*k].end);
  }
  // "Long Beach police": a compound name starts where its name starts.
  for (const uint32_t* k = kids_begin(h); k != kids_end(h); ++k)
    if (*k < static_cast<uint32_t>(h) && dep_is(dep(*k), "compound") && tok_entity_[*k] >= 0) {
      int f = static_cast<int>(*k);
      const int sb = static_cast<int>(doc_.sentences[sentence_of(h)].token_begin);
      while (f > sb && tok_entity_[f - 1] == tok_entity_[*k]) --f;
      start = std::min(start, doc_.tokens[f].start);
    }
  a->start = start;
  a->end = end;
  if (a->name.empty()) {
    std::string_view t = doc_.slice(start, end);
    if (t.size() > 2 && (t.substr(t.size() - 2) == "'s" || t.substr(t.size() - 2) == "’s")) t.remove_suffix(2);
    if (starts_with(t, "the ") || starts_with(t, "The ")) t.remove_prefix(4);
    a->name = std::string(t);
  }
}

Arg Extractor::arg_from_entity(int e, int h) const {
  const Entity& en = doc_.entities[e];
  Arg a;
  a.head = h;
  a.entity = e;
  a.name = en.name;
  a.country = en.country;
  a.sector = en.sector;
  if (a.country.empty()) a.country = country_of(doc_, e, gaz_);
  if (a.country.empty() && !en.affiliation.empty()) a.country = country_of(gaz_, en.affiliation);
  // Round 22: a state's organ the story gives an owner state ("Paraguay's Senate", "the
  // Kenyan Parliament") is that state's in every mention, and so is a person the entity
  // stage affiliates with it ("Senate President X"), whatever country another state's body
  // of that name gave it.
  if (const std::string& oc = organ_owner(e); !oc.empty()) a.country = oc;
  if (a.country.empty() && static_cast<size_t>(e) < learned_country_.size()) a.country = learned_country_[e];
  if (a.sector.empty()) {
    switch (en.type) {
      case EntityType::kNorp:
        a.sector = "CVL";
        break;
      case EntityType::kPerson:
        if (!en.role.empty())
          if (const GazTitle* t = gaz_.title_entry(en.role)) a.sector = t->sector;
        if (a.sector.empty() && !en.role.empty()) {
          // Round 17: "Government spokesman", "Police spokesman", "foreign ministry
          // spokesperson", "Army spokesman": a role the titles do not list, named by a state
          // organ, has the organ's sector (not "the group's coordinator").
          std::string_view r = en.role;
          while (!r.empty() && a.sector.empty()) {
            const size_t sp = r.find(' ');
            const std::string_view w = r.substr(0, sp);
            const std::string_view sec = gaz_.sector_for(w);
            if (sec == "GOV" || sec == "MIL" || sec == "COP" || sec == "JUD" || sec == "LEG" || sec == "SPY")
              a.sector = std::string(sec);
            if (sp == std::string_view::npos) break;
            r.remove_prefix(sp + 1);
          }
        }
        break;
      case EntityType::kOrg:
        if (const GazOrg* o = gaz_.organisation(en.name)) {
          a.sector = o->sector;
          if (a.country.empty()) a.country = o->country;
        }
        break;
      default:
        break;
    }
  }
  if (h >= 0) {
    a.start = doc_.tokens[h].start;
    a.end = doc_.tokens[h].end;
    for (const Mention& m : en.mentions)
      if (m.start <= doc_.tokens[h].start && m.end >= doc_.tokens[h].end) {
        a.start = m.start;
        a.end = m.end;
        break;
      }
  }
  return a;
}

bool Extractor::compatible(const Arg& a, std::string_view p) const {
  if (a.empty()) return false;
  const bool person = a.entity >= 0 && doc_.entities[a.entity].type == EntityType::kPerson;
  if (p == "he" || p == "him" || p == "his" || p == "she" || p == "her" || p == "himself" || p == "herself")
    return person;
  if (p == "it" || p == "its" || p == "itself") {
    if (person) return false;
    // "it" is rarely a plural common noun ("officials"); a group or state is fine.
    return a.entity >= 0 || !a.country.empty();
  }
  return true;  // they, them, their
}

Arg Extractor::subject_of_sentence(int s, int depth) const {
  if (s < 0 || depth > 3) return {};
  const Sentence& st = doc_.sentences[s];
  for (uint32_t i = st.token_begin; i < st.token_end; ++i) {
    if (head(static_cast<int>(i)) >= 0 || doc_.tokens[i].dep.empty()) continue;  // root
    int subj = child(static_cast<int>(i), "nsubj");
    if (subj < 0) return {};
    return make_arg(subj, depth + 1);
  }
  return {};
}

Arg Extractor::resolve_pronoun(int h, int depth) const {
  const std::string& p = low(h);
  static const char* kPronouns[] = {"it", "its", "itself", "they", "them", "their", "themselves",
                                    "he", "him", "his", "she", "her", "himself", "herself"};
  bool known = false;
  for (const char* k : kPronouns) known = known || p == k;
  if (!known || depth > 4 || resolving_[h]) return {};
  resolving_[h] = 1;
  Arg out;
  const int s = sentence_of(h);
  const int b = static_cast<int>(doc_.sentences[s].token_begin);
  const bool subj = dep_is(dep(h), "nsubj");
  const bool obj_pron = (dep(h) == "obj" || dep(h) == "iobj") && (p == "him" || p == "her" || p == "them" || p == "it");
  if (parsed(s) && dep(h) == "nmod:poss" && p != "it" && p != "its") {
    // "Llerandi also announced his resignation": a possessive in the object of a verb is its
    // subject's, when that names someone who fits (round 5).
    int v = head(h);
    for (int g = 0; v >= 0 && g < 2 && !is_verb(v); ++g) v = head(v);
    if (v >= 0 && is_verb(v))
      if (int sj = child_exact(v, "nsubj"); sj >= 0 && sj < h && pos(sj) != "PRON") {
        Arg a = make_arg(sj, depth + 1);
        if (compatible(a, p) && (p == "their" || a.entity >= 0)) out = a;
      }
  }
  if (parsed(s) && out.empty()) {
    for (int j = h - 1; j >= std::max(b, h - 80) && out.empty(); --j) {  // bounded: linear on huge sentences
      std::string_view d = dep(j);
      bool nominal = subj ? dep_is(d, "nsubj")
                          : (dep_is(d, "nsubj") || d == "obj" || dep_is(d, "obl") || d == "nmod" ||
                             d == "nmod:poss" || d == "appos" || d == "conj");
      if (!nominal || (d == "nmod:poss" && subj)) continue;
      // "Sirhan shot him": an object pronoun is not the subject of its own verb (a
      // reflexive would be) (round 7).
      if (obj_pron && dep_is(d, "nsubj") && head(j) == head(h)) continue;
      if (pos(j) == "PRON" && !compatible(resolve_pronoun(j, depth + 1), p)) continue;
      Arg a = make_arg(j, depth + 1);
      if ((p == "it" || p == "its") && !compatible(a, p) && a.entity >= 0 &&
          doc_.entities[a.entity].type == EntityType::kPerson) {
        // "Houthi military spokesperson Yahya Sarea said it had carried out the attack": the
        // group the speaker speaks for.
        for (int m = j - 1; m >= std::max(b, j - 6) && (dep_is(dep(m), "compound") || dep(m) == "amod" ||
                                                        dep_is(dep(m), "nmod") || dep(m) == "flat" || pos(m) == "PROPN");
             --m)
          if (tok_entity_[m] >= 0 && tok_entity_[m] != a.entity &&
              (doc_.entities[tok_entity_[m]].type == EntityType::kOrg || doc_.entities[tok_entity_[m]].type == EntityType::kNorp)) {
            Arg g = make_arg(m, depth + 1);
            if (doc_.entities[tok_entity_[m]].type == EntityType::kNorp) {
              // a people's adjective naming a group ("Houthi"): the group the gazetteer knows
              if (const GazOrg* o = gaz_.organisation(doc_.entities[tok_entity_[m]].name)) {
                g.name = o->name.empty() ? g.name : o->name;
                g.sector = o->sector;
                if (!o->country.empty()) g.country = o->country;
              } else {
                g = Arg();
              }
            }
            if (!g.empty()) a = g;
            break;
          }
      }
      const bool plural = p == "they" || p == "them" || p == "their" || p == "themselves";
      if (compatible(a, p) && (a.entity >= 0 || !a.country.empty() || (plural && !a.sector.empty()))) out = a;
    }
    for (int back = 1; back <= 2 && out.empty() && s - back >= 0; ++back) {
      if (!parsed(s - back)) break;
      Arg a = subject_of_sentence(s - back, depth + 1);
      if (compatible(a, p)) out = a;
    }
  } else if (!parsed(s)) {
    EntityType want = (p == "he" || p == "his" || p == "she" || p == "her" || p == "him") ? EntityType::kPerson
                                                                                          : EntityType::kOrg;
    int e = entity_before(doc_, doc_.tokens[h].start, want, false);
    if (e < 0 && want == EntityType::kOrg) e = entity_before(doc_, doc_.tokens[h].start, EntityType::kGpe, false);
    if (e >= 0) out = arg_from_entity(e, -1);
  }
  resolving_[h] = 0;
  if (!out.empty()) {
    out.head = h;
    out.start = doc_.tokens[h].start;
    out.end = doc_.tokens[h].end;
  }
  return out;
}

// "the militant group" -> the organisation last named; "the country" -> the country.
Arg Extractor::resolve_definite(int h, bool gpe) const {
  const uint32_t at = doc_.tokens[h].start;
  const int s = sentence_of(h);
  int best = -1;
  uint32_t best_start = 0;
  if (!gpe) {
    // "the commission" after "the National Telecommunications Commission": an organisation
    // whose name holds the noun, within eight sentences.
    const std::string& w = low(h);
    for (size_t e = 0; e < doc_.entities.size(); ++e) {
      const Entity& en = doc_.entities[e];
      if (en.type != EntityType::kOrg || w.size() < 4) continue;
      std::string name;
      lower_into(en.name, &name);
      if (name.find(w) == std::string::npos) continue;
      for (const Mention& m : en.mentions)
        if (m.start < at && static_cast<int>(m.sentence) >= s - 8 && (best < 0 || m.start > best_start)) {
          best = static_cast<int>(e);
          best_start = m.start;
        }
    }
  }
  // Round 13: "the armed groups" is never an intergovernmental or state body ("the
  // UN-backed government ... ordered the armed groups to withdraw").
  bool armed = false;
  for (const uint32_t* k = kids_begin(h); k != kids_end(h); ++k)
    armed = armed || (dep(*k) == "amod" && word_in("armed-modifier", static_cast<int>(*k)));
  for (int pass = 0; pass < (armed ? 1 : 2) && best < 0; ++pass) {
    for (size_t e = 0; e < doc_.entities.size(); ++e) {
      const Entity& en = doc_.entities[e];
      if (gpe) {
        if (en.type != EntityType::kGpe || !gaz_.country(en.name)) continue;
      } else {
        if (en.type != EntityType::kOrg) continue;
        if (pass == 0) {
          std::string sec = en.sector;
          if (sec.empty())
            if (const GazOrg* o = gaz_.organisation(en.name)) sec = o->sector;
          if (sec != "REB" && sec != "PTY" && sec != "OPP") continue;
        }
      }
      for (const Mention& m : en.mentions) {
        if (m.start >= at || static_cast<int>(m.sentence) < s - 3) continue;
        if (best < 0 || m.start > best_start) {
          best = static_cast<int>(e);
          best_start = m.start;
        }
      }
    }
  }
  if (best < 0) return {};
  Arg a = arg_from_entity(best, -1);
  a.head = h;
  a.start = doc_.tokens[h].start;
  a.end = doc_.tokens[h].end;
  return a;
}

// A bare group noun ("several militants") belongs to the group of that sector last named in
// this or the previous sentence.
void Extractor::inherit_group(Arg* a, int h) const {
  // Round 16: described criminals too ("18 suspects", "gunmen" in a story about a cartel):
  // an armed non-state group is REB or CRM, and either names the other's members.
  const auto armed = [](const std::string& sec) { return sec == "REB" || sec == "CRM"; };
  if (!armed(a->sector) || !a->country.empty() || a->entity >= 0) return;
  // "Kurdish militants", "Taliban fighters": a capitalised modifier says whose they are; not bare.
  for (const uint32_t* k = kids_begin(h); k != kids_end(h); ++k)
    if ((dep(*k) == "amod" || dep_is(dep(*k), "compound")) && *k < static_cast<uint32_t>(h) &&
        (tok_entity_[*k] >= 0 || pos(*k) == "PROPN" ||
         (std::isupper(static_cast<unsigned char>(doc_.token_text(*k)[0])) &&
          *k != doc_.sentences[sentence_of(h)].token_begin)))
      return;
  const uint32_t at = doc_.tokens[h].start;
  const int s = sentence_of(h);
  int best = -1;
  uint32_t best_start = 0;
  for (size_t e = 0; e < doc_.entities.size(); ++e) {
    const Entity& en = doc_.entities[e];
    std::string sec = en.sector;
    if (sec.empty())
      if (const GazOrg* o = gaz_.organisation(en.name)) sec = o->sector;
    if (!(sec == a->sector || (a->sector == "REB" && sec == "CRM") || (a->sector == "CRM" && sec == "REB" && en.type == EntityType::kOrg)))
      continue;
    for (const Mention& m : en.mentions)
      if (m.start < at && static_cast<int>(m.sentence) >= s - 1 && (best < 0 || m.start > best_start)) {
        best = static_cast<int>(e);
        best_start = m.start;
      }
  }
  // The only armed group (an ORG of sector REB or CRM, its own or the gazetteer's) of which
  // `fits` holds; -1 if none or several.
  const auto only_armed_group = [&](const auto& fits) {
    int only = -1;
    for (size_t e = 0; e < doc_.entities.size() && only != -2; ++e) {
      const Entity& en = doc_.entities[e];
      std::string sec = en.sector;
      if (sec.empty())
        if (const GazOrg* o = gaz_.organisation(en.name)) sec = o->sector;
      if (!armed(sec) || en.type != EntityType::kOrg || en.mentions.empty() || !fits(en)) continue;
      only = only == -1 ? static_cast<int>(e) : -2;
    }
    return only >= 0 ? only : -1;
  };
  // Round 11: "rebel positions" sentences after the group was last named: the only armed
  // group the story has named so far.
  if (best < 0)
    best = only_armed_group([&](const Entity& en) {
      for (const Mention& m : en.mentions)
        if (m.start < at) return true;
      return false;
    });
  // Round 16: "Gunmen believed to belong to the Jalisco New Generation Cartel ambushed ...",
  // "an army counter-offensive killed 17 fighters" in a lede that names the group in its
  // next sentence: the only armed group the whole story names, first named within the
  // next two sentences. Only in the story's lede (its first sentences after the headline):
  // later, an unnamed author told before its claimant is the claim's to give.
  if (best < 0 && s <= 2)
    best = only_armed_group([&](const Entity& en) {
      uint32_t first = en.mentions[0].sentence;
      for (const Mention& m : en.mentions) first = std::min(first, m.sentence);
      return static_cast<int>(first) <= s + 2;
    });
  if (best < 0) return;
  Arg g = arg_from_entity(best, -1);
  a->entity = g.entity;
  a->country = g.country;
  a->name = g.name;
}

// "the government" after "the Lebanese government": a definite organ with no owner of its
// own is the last one of that head noun named with an owner within a few sentences.
void Extractor::inherit_antecedent(Arg* a, int h, int depth) const {
  if (!a->country.empty() || a->entity >= 0 || depth > 4 || resolving_[h]) return;
  int det = child(h, "det");
  if (det < 0 || low(det) != "the") return;
  // Round 11: "The National Unity Government" is a name (capitalised words on a capitalised
  // head), no anaphor of "Myanmar's military government".
  if (pos(h) == "PROPN" || doc_.tokens[h].tag == "NNP") {
    const std::string_view hw = doc_.token_text(h);
    bool named = !hw.empty() && hw[0] >= 'A' && hw[0] <= 'Z' && h > 0 && sentence_of(h - 1) == sentence_of(h);
    if (named) {
      const std::string_view pw = doc_.token_text(h - 1);
      named = !pw.empty() && pw[0] >= 'A' && pw[0] <= 'Z' && (h - 1) != det;
    }
    if (named) return;
  }
  const int s = sentence_of(h);
  const int first = static_cast<int>(doc_.sentences[std::max(0, s - 8)].token_begin);
  resolving_[h] = 1;
  for (int j = h - 1; j >= first; --j) {
    if (lem(j) != lem(h) || !is_nounish(j) || !parsed(sentence_of(j))) continue;
    // Round 18: "State" of "the North Carolina State Board of Elections" is a word of
    // another body's name, not a state named before "the state".
    if (dep_is(dep(j), "compound") || dep(j) == "flat") continue;
    Arg m = make_arg(j, depth + 1);
    if (m.country.empty() && m.entity < 0) continue;
    a->country = m.country;
    a->entity = m.entity;
    if (a->sector.empty()) a->sector = m.sector;
    a->name = m.name;
    break;
  }
  resolving_[h] = 0;
}

Arg Extractor::country_arg(int tok, const GazCountry& gc) const {
  Arg a;
  a.head = tok;
  a.country = gc.iso3;
  a.name = gc.name;
  a.start = doc_.tokens[tok].start;
  a.end = doc_.tokens[tok].end;
  return a;
}

Arg Extractor::make_arg(int h, int depth) const {
  if (h < 0 || depth > 6 || tok_time_[h] || tok_dateline_[h]) return {};
  // "at Ukraine overnight" parsed with the time word as the head and the name as its
  // compound: the name (round 8).
  if (word_in("time-adverb", h))
    for (const uint32_t* k = kids_begin(h); k != kids_end(h); ++k)
      if (static_cast<int>(*k) < h && dep_is(dep(*k), "compound") && tok_entity_[*k] >= 0)
        return make_arg(static_cast<int>(*k), depth + 1);
  // Cameras, reports, storms and animals are no parties ("CCTV captured", "killed by his lions").
  if (word_in("non-agent", h)) return {};
  // Round 18: flags, placards and hats carried are things, and a name on them no party
  // ("carrying ... European Union flags, marched", "with Trump flags and hats"); nor is a
  // name right before a charter or a law ("the Eighteenth Amendment to the United States
  // Constitution": the Constitution, not the state).
  if (word_in("emblem", h)) return {};
  // "a lawsuit against the state of emergency": a state of something is a condition, no
  // polity ("the state of Texas" names one).
  if (lem(h) == "state" && tok_entity_[h] < 0)
    for (const uint32_t* k = kids_begin(h); k != kids_end(h); ++k)
      if (static_cast<int>(*k) > h && dep_is(dep(*k), "nmod") && case_of(*k) == "of" && tok_entity_[*k] < 0) return {};
  // Round 22: "The opposition PAIGC party, whose candidate ..., denied" parsed with the
  // modifier "opposition" as the head and "PAIGC party" as its bare nmod right after it: the
  // organisation named there.
  if (pos(h) == "NOUN" && tok_entity_[h] < 0 && h + 1 < static_cast<int>(doc_.tokens.size()) && tok_entity_[h + 1] >= 0 &&
      doc_.entities[tok_entity_[h + 1]].type == EntityType::kOrg && sentence_of(h + 1) == sentence_of(h))
    for (const uint32_t* k = kids_begin(h); k != kids_end(h); ++k) {
      const int c = static_cast<int>(*k);
      int last = h + 1;  // the name's last word ("Awami League")
      while (last + 1 < c && tok_entity_[last + 1] == tok_entity_[h + 1]) ++last;
      if (c == last + 1 && dep_is(dep(c), "nmod") && case_of(c).empty() && pos(c) == "NOUN" && head(last) == c &&
          dep_is(dep(last), "compound"))
        return make_arg(last, depth + 1);
    }
  if (tok_entity_[h] >= 0) {
    int e = h;
    const int se = static_cast<int>(doc_.sentences[sentence_of(h)].token_end);
    while (e + 1 < se && tok_entity_[e + 1] == tok_entity_[h]) ++e;
    if (e + 1 < se && is_nounish(e + 1) && tok_entity_[e + 1] < 0 &&
        (word_in("emblem", e + 1) || word_in("charter-noun", e + 1)))
      return {};
  }
  const std::string& l = low(h);
  // Relative pronoun: the noun the clause modifies.
  if ((l == "which" || l == "who" || l == "whom" || l == "that") && head(h) >= 0 &&
      starts_with(dep(head(h)), "acl") && head(head(h)) >= 0)
    return make_arg(head(head(h)), depth + 1);
  // A word of a name tagged a pronoun ("Watch" of "Human Rights Watch", round 15) is the name.
  if (pos(h) == "PRON" && !(tok_entity_[h] >= 0 && inside_name(h))) return resolve_pronoun(h, depth);
  // Round 10: "The head of Ukraine's presidential office, Andriy Yermak, rejected" parsed with
  // the name in apposition to the office: a holder of a post named after "of X" is the person
  // (before the quantity words: "head" is one).
  if (pos(h) == "NOUN" && (word_in("holder-noun", h) || gaz_.title_entry(low(h))))
    for (const uint32_t* k = kids_begin(h); k != kids_end(h); ++k) {
      const int c = static_cast<int>(*k);
      if (c < h || !dep_is(dep(c), "nmod") || case_of(c) != "of") continue;
      for (const uint32_t* g = kids_begin(c); g != kids_end(c); ++g) {
        const int q = static_cast<int>(*g);
        if (q > c && dep(q) == "appos" && tok_entity_[q] >= 0 && low(q - 1) == "," &&
            doc_.entities[tok_entity_[q]].type == EntityType::kPerson)
          return arg_from_entity(tok_entity_[q], q);
      }
      break;
    }
  // "most of Hezbollah's top leaders" -> leaders
  if (word_in("quantity", h)) {
    int t = look_through(h);
    if (t != h) {
      Arg a = make_arg(t, depth + 1);
      // Round 12: "hundreds of people", "dozens of civilians": described people counted are
      // named with their count.
      if (!a.empty() && a.entity < 0 && t > h && pat_.in_class("person-noun", lem(t)) &&
          (lem(h) == "hundred" || lem(h) == "thousand" || lem(h) == "dozen" || lem(h) == "million" || lem(h) == "score")) {
        a.start = doc_.tokens[h].start;
        a.name = std::string(doc_.slice(a.start, a.end));
      }
      if (!a.empty()) return a;
    }
    // "Thousands protested", "tens of thousands demonstrated": a crowd counted, not named,
    // is people (round 5).
    const std::string& tl = lem(t);
    if ((tl == "thousand" || tl == "hundred" || tl == "dozen" || tl == "million" || tl == "ten" || tl == "score") &&
        low(t) != tl && (child(t, "nmod") < 0 || t != h)) {
      Arg a;
      a.head = h;
      a.sector = "CVL";
      a.start = doc_.tokens[h].start;
      a.end = doc_.tokens[t].end;
      a.name = std::string(doc_.slice(a.start, a.end));
      return a;
    }
  }
  // Round 11: "rebel positions", "militant bases": what a bare armed group holds is the group
  // (the one named last, or the only one the story names).
  if (word_in("quantity", h) && tok_entity_[h] < 0 && look_through(h) == h)
    for (const uint32_t* k = kids_begin(h); k != kids_end(h); ++k)
      if (static_cast<int>(*k) < h && (dep_is(dep(*k), "compound") || dep(*k) == "amod") &&
          pat_.class_value("sector-modifier", lem(*k)) == "REB") {
        Arg g;
        g.head = h;
        g.sector = "REB";
        set_phrase(&g, h);
        inherit_group(&g, h);
        if (g.entity >= 0) return g;
        break;
      }
  if (int e = tok_entity_[h]; e >= 0) {
    Arg a = arg_from_entity(e, h);
    // Round 12: "four ethnic Serbs", "several hundred Serbs": people named by a plural of
    // their people's name are those people (the phrase), of that people's country.
    if (doc_.entities[e].type == EntityType::kNorp && is_nounish(h) && pos(h) != "NUM" && low(h).size() > 3 &&
        low(h).back() == 's' && doc_.token_text(h) != doc_.entities[e].name) {
      a.name.clear();
      set_phrase(&a, h);
      return a;
    }
    if (doc_.entities[e].type == EntityType::kNorp) {
      // "Ukrainian President Volodymyr Zelensky" hung on the adjective: the person.
      for (const uint32_t* k = kids_begin(h); k != kids_end(h); ++k)
        if (static_cast<int>(*k) > h && dep(*k) == "flat" && tok_entity_[*k] >= 0 &&
            doc_.entities[tok_entity_[*k]].type == EntityType::kPerson)
          return arg_from_entity(tok_entity_[*k], static_cast<int>(*k));
      // "Belarusian KGB", "Iranian Mahan Air": a people's adjective before a name is the
      // name's country; the name (a body of that state) acts.
      for (const uint32_t* k = kids_begin(h); k != kids_end(h); ++k) {
        int c = static_cast<int>(*k);
        if (c <= h || (dep(c) != "flat" && !dep_is(dep(c), "compound")) || pos(c) != "PROPN") continue;
        if (tok_entity_[c] >= 0 && tok_entity_[c] != e &&
            (doc_.entities[tok_entity_[c]].type == EntityType::kGpe || doc_.entities[tok_entity_[c]].type == EntityType::kNorp))
          continue;
        std::string_view sec = gaz_.sector_for(doc_.token_text(c));
        a.name = std::string(doc_.slice(doc_.tokens[h].start, doc_.tokens[c].end));
        a.entity = -1;
        a.sector = sec.empty() ? std::string("GOV") : std::string(sec);
        if (const GazOrg* o = gaz_.organisation(doc_.token_text(c)); o && !o->sector.empty()) a.sector = o->sector;
        break;
      }
    }
    // Round 12: "Kim Yo Jong, the leader's powerful sister": a person named by a relation to
    // someone ("sister", "son", "wife") is of that someone's country.
    if (a.country.empty() && doc_.entities[e].type == EntityType::kPerson && depth < 4)
      for (const uint32_t* k = kids_begin(h); k != kids_end(h) && a.country.empty(); ++k) {
        if (static_cast<int>(*k) < h || dep(*k) != "appos" || !word_in("relation-noun", static_cast<int>(*k))) continue;
        const int p = child_exact(static_cast<int>(*k), "nmod:poss");
        if (p < 0 || pos(p) == "PRON") continue;
        const Arg o = make_arg(p, depth + 1);
        if (!o.country.empty() && gaz_.country_by_iso3(o.country)) {
          a.country = o.country;
          learn_country(e, o.country);
        }
      }
    // "Iran's Supreme Leader Ali Khamenei", "Russia's Foreign Minister Sergei Lavrov": a
    // person with no country of their own is of the state named as their owner (round 8).
    // Round 11: also a body ("Sudan's Foreign Ministry", "Armenia's Defence Ministry").
    if (a.country.empty() && (doc_.entities[e].type == EntityType::kPerson || doc_.entities[e].type == EntityType::kOrg))
      for (const uint32_t* k = kids_begin(h); k != kids_end(h); ++k)
        if (static_cast<int>(*k) < h && dep(*k) == "nmod:poss" && tok_entity_[*k] >= 0 &&
            doc_.entities[tok_entity_[*k]].type == EntityType::kGpe) {
          const Arg o = arg_from_entity(tok_entity_[*k], static_cast<int>(*k));
          if (!o.country.empty() && gaz_.country_by_iso3(o.country)) {
            a.country = o.country;
            learn_country(e, o.country);  // round 11
          }
          break;
        }
    return a;
  }
  Arg a;
  a.head = h;
  // "US Ambassador to Germany Richard Grenell": a title whose holder the parse hung on it;
  // "sentenced Ohio man James Alex Fields", "the suspect, John Smith": a described person
  // named in apposition is that person (round 6).
  // Round 7: also a noun of a sector ("Muslim cleric Mufti Abdul Qawi"). The person child is
  // looked for first (cheap), the word lists only when there is one.
  {
    int person_kid = -1;
    for (const uint32_t* k = kids_begin(h); k != kids_end(h) && person_kid < 0; ++k) {
      int c = static_cast<int>(*k);
      std::string_view d = dep(c);
      if (c > h && tok_entity_[c] >= 0 && doc_.entities[tok_entity_[c]].type == EntityType::kPerson &&
          (d == "flat" || d == "appos" || d == "nmod" || dep_is(d, "compound")) && case_of(c).empty())
        person_kid = c;
      // Round 11: "The military's leader, Gen. Abdel-Fattah Burhan," with the name hung flat
      // on a title in apposition.
      if (c > h && d == "appos" && tok_entity_[c] < 0)
        for (const uint32_t* g = kids_begin(c); g != kids_end(c) && person_kid < 0; ++g)
          if (dep(*g) == "flat" && tok_entity_[*g] >= 0 && doc_.entities[tok_entity_[*g]].type == EntityType::kPerson)
            person_kid = static_cast<int>(*g);
    }
    // Round 19: "arrested pro-democracy activist Joshua Wong" parsed with the name as a
    // sibling of the described object (an oblique of the verb without a preposition, right
    // after it): the same person.
    if (person_kid < 0 && head(h) >= 0 && h + 1 < static_cast<int>(doc_.tokens.size()) && tok_entity_[h + 1] >= 0 &&
        doc_.entities[tok_entity_[h + 1]].type == EntityType::kPerson) {
      const int pe = tok_entity_[h + 1];
      for (int t = h + 1; t < static_cast<int>(doc_.tokens.size()) && tok_entity_[t] == pe; ++t)
        if (head(t) == head(h) && case_of(t).empty() && (dep_is(dep(t), "obl") || dep(t) == "appos")) {
          person_kid = t;
          break;
        }
    }
    if (person_kid >= 0 &&
        (gaz_.title_entry(low(h)) || gaz_.title_entry(lem(h)) || (pos(h) == "NOUN" && word_in("person-noun", h)) ||
         (pos(h) == "NOUN" && !gaz_.sector_for(lem(h)).empty()))) {
      Arg pa = arg_from_entity(tok_entity_[person_kid], person_kid);
      // Round 11: "a Rwandan minister, James Kabarebe": the title's country.
      if (pa.country.empty()) {
        pa.country = owner_country(h);
        learn_country(pa.entity, pa.country);
      }
      return pa;
    }
  }
  // Round 10: "the northeastern city of Kharkiv", "the village of X": a place noun with the
  // place's name after "of" is that place, named or not by the entity stage.
  if (pos(h) == "NOUN" && word_in("place-noun", h))
    for (const uint32_t* k = kids_begin(h); k != kids_end(h); ++k) {
      const int c = static_cast<int>(*k);
      if (c < h || !dep_is(dep(c), "nmod") || case_of(c) != "of" || pos(c) != "PROPN") continue;
      if (tok_entity_[c] >= 0) {
        const EntityType ty = doc_.entities[tok_entity_[c]].type;
        if (ty != EntityType::kGpe && ty != EntityType::kLoc && ty != EntityType::kFac) break;
        return arg_from_entity(tok_entity_[c], c);
      }
      Arg p;
      p.head = c;
      set_phrase(&p, c);
      // its country: a people's adjective on the place noun ("the Ukrainian town of X") or a
      // place it is in
      for (const uint32_t* g = kids_begin(h); g != kids_end(h) && p.country.empty(); ++g)
        if (dep(*g) == "amod" && tok_entity_[*g] >= 0) p.country = arg_from_entity(tok_entity_[*g], static_cast<int>(*g)).country;
      if (p.country.empty())
        if (const Arg o = country_of_thing(h); !o.country.empty()) p.country = o.country;
      // or of the place the act is told in ("In the Donetsk region, Russian forces captured
      // the village of X")
      if (const int v = head(h); p.country.empty() && v >= 0 && is_verb(v))
        for (const uint32_t* g = kids_begin(v); g != kids_end(v) && p.country.empty(); ++g)
          if (dep_is(dep(*g), "obl") && case_of(*g) == "in" && tok_entity_[*g] >= 0 &&
              (doc_.entities[tok_entity_[*g]].type == EntityType::kGpe ||
               doc_.entities[tok_entity_[*g]].type == EntityType::kLoc))
            p.country = arg_from_entity(tok_entity_[*g], static_cast<int>(*g)).country;
      return p;
    }
  // "a user labelled "Anonymous"", "a group called the Islamic Front", "a man named John
  // Smith", "a militia known as X": the name given (round 7).
  if (pos(h) == "NOUN")
    for (const uint32_t* k = kids_begin(h); k != kids_end(h); ++k) {
      const int c = static_cast<int>(*k);
      if (c < h || dep(c) != "acl") continue;
      const std::string& vl = lem(c);
      if (!(vl == "label" || vl == "call" || vl == "name" || vl == "dub" || vl == "know")) continue;
      for (const uint32_t* g = kids_begin(c); g != kids_end(c); ++g) {
        const int n = static_cast<int>(*g);
        std::string_view d = dep(n);
        if (n < c || !(d == "xcomp" || d == "obj" || (vl == "know" && dep_is(d, "obl") && case_of(n) == "as"))) continue;
        if (pos(n) != "PROPN") continue;
        Arg x = make_arg(n, depth + 1);
        if (!x.empty()) return x;
      }
    }
  // "allies such as Germany", "countries including Iran": the named example.
  for (const uint32_t* k = kids_begin(h); k != kids_end(h); ++k) {
    int c = static_cast<int>(*k);
    if (!dep_is(dep(c), "nmod") || tok_entity_[c] < 0) continue;
    std::string_view cs = case_of(c);
    if (cs == "such" || cs == "including" || cs == "like") return arg_from_entity(tok_entity_[c], c);
  }
  // "accomplices, including Muslim cleric Mufti Abdul Qawi": a described example whose
  // name the parse hung on its title (round 7).
  for (const uint32_t* k = kids_begin(h); k != kids_end(h); ++k) {
    int c = static_cast<int>(*k);
    if (!dep_is(dep(c), "nmod") || tok_entity_[c] >= 0 || c < h) continue;
    std::string_view cs = case_of(c);
    if (!(cs == "such" || cs == "including" || cs == "like")) continue;
    Arg x = make_arg(c, depth + 1);
    if (!x.empty() && x.entity >= 0) return x;
  }
  // "the president", "the prime minister": the person last named with that title.
  if (pos(h) == "NOUN" || pos(h) == "PROPN") {
    int det = child(h, "det");
    if (det >= 0 && low(det) == "the" && child(h, "nmod:poss") < 0 && child(h, "amod") < 0 &&
        child(h, "compound") < 0 && gaz_.title_entry(low(h))) {
      const int s = sentence_of(h);
      int best = -1;
      uint32_t best_start = 0;
      for (size_t e = 0; e < doc_.entities.size(); ++e) {
        const Entity& en = doc_.entities[e];
        if (en.type != EntityType::kPerson || en.role.empty()) continue;
        std::string role;
        lower_into(en.role, &role);
        if (role.find(low(h)) == std::string::npos || role.find("vice") != std::string::npos ||
            role.find("former") != std::string::npos)
          continue;
        for (const Mention& m : en.mentions) {
          if (m.start >= doc_.tokens[h].start || static_cast<int>(m.sentence) < s - 8) continue;
          // The title written right before this mention, not "Vice-President", "former
          // President": "US President Donald Trump".
          const uint32_t from = m.start > 40 ? m.start - 40 : 0;
          std::string before;
          lower_into(doc_.slice(from, m.start), &before);
          size_t at = before.rfind(low(h));
          if (at == std::string::npos || before.size() - at > low(h).size() + 12) continue;
          std::string_view pre = std::string_view(before).substr(0, at);
          if (pre.size() >= 5 && (pre.substr(pre.size() - 5) == "vice-" || pre.substr(pre.size() - 5) == "vice "))
            continue;
          if (pre.find("former") != std::string_view::npos && pre.size() - pre.rfind("former") < 12) continue;
          if (best < 0 || m.start > best_start) {
            best = static_cast<int>(e);
            best_start = m.start;
          }
        }
      }
      if (best >= 0) {
        Arg r = arg_from_entity(best, -1);
        r.head = h;
        r.start = doc_.tokens[h].start;
        r.end = doc_.tokens[h].end;
        return r;
      }
    }
  }
  // "the Saudi-led coalition", "US-led forces": a force led by a state or group is coded as
  // its leader's (country, or group), with the head noun's sector.
  for (const uint32_t* k = kids_begin(h); k != kids_end(h); ++k) {
    int c = static_cast<int>(*k);
    if (c > h || !(dep_is(dep(c), "amod") || dep_is(dep(c), "compound") || dep_is(dep(c), "acl"))) continue;
    const std::string& w = low(c);
    int leader = -1;
    std::string prefix;
    // "the British-flagged tanker", "a Saudi-owned company": a thing of that state.
    for (const char* suf : {"-flagged", "-owned", "-registered"}) {
      const size_t n = std::char_traits<char>::length(suf);
      if (w.size() > n && w.compare(w.size() - n, n, suf) == 0)
        if (const GazCountry* gc = gaz_.country(doc_.token_text(c).substr(0, doc_.token_text(c).size() - n))) {
          Arg r;
          r.head = h;
          r.country = gc->iso3;
          r.start = doc_.tokens[c].start;
          r.end = doc_.tokens[h].end;
          r.name = std::string(doc_.slice(r.start, r.end));
          return r;
        }
    }
    if (w == "flagged" || w == "owned") {
      for (const uint32_t* g = kids_begin(c); g != kids_end(c); ++g)
        if (static_cast<int>(*g) < c && pos(*g) != "PUNCT")
          if (const GazCountry* gc = tok_entity_[*g] >= 0 ? gaz_.country_by_iso3(country_of(doc_, tok_entity_[*g], gaz_))
                                                          : gaz_.country(doc_.token_text(*g))) {
            Arg r;
            r.head = h;
            r.country = gc->iso3;
            r.start = doc_.tokens[*g].start;
            r.end = doc_.tokens[h].end;
            r.name = std::string(doc_.slice(r.start, r.end));
            return r;
          }
      continue;
    }
    if (w == "led") {
      for (const uint32_t* g = kids_begin(c); g != kids_end(c); ++g)
        if (static_cast<int>(*g) < c && pos(*g) != "PUNCT" && pos(*g) != "DET") leader = static_cast<int>(*g);
    } else if (w.size() > 4 && w.compare(w.size() - 4, 4, "-led") == 0) {
      prefix = std::string(doc_.token_text(c).substr(0, doc_.token_text(c).size() - 4));
    } else {
      continue;
    }
    Arg m;
    if (leader >= 0 && tok_entity_[leader] >= 0) {
      m = arg_from_entity(tok_entity_[leader], leader);
    } else if (const GazCountry* gc = gaz_.country(leader >= 0 ? doc_.token_text(leader) : std::string_view(prefix))) {
      m.country = gc->iso3;
      m.name = gc->name;
    }
    if (m.empty()) continue;
    Arg r = m;
    r.head = h;
    std::string_view sec = gaz_.sector_for(lem(h));
    const bool state = r.entity < 0 || doc_.entities[r.entity].type == EntityType::kGpe ||
                       doc_.entities[r.entity].type == EntityType::kNorp;
    if (state) {
      r.entity = -1;
      r.sector = sec.empty() ? std::string("MIL") : std::string(sec);
    }
    r.start = doc_.tokens[leader >= 0 ? leader : c].start;
    r.end = doc_.tokens[h].end;
    if (state) r.name = std::string(doc_.slice(r.start, r.end));
    return r;
  }
  // Modifiers that name who: possessive, compound, adjective (demonym), "of X".
  static const char* kOrder[] = {"nmod:poss", "compound", "amod", "flat", "nmod"};
  for (const char* want : kOrder) {
    for (const uint32_t* k = kids_begin(h); k != kids_end(h) && a.country.empty() && a.entity < 0; ++k) {
      int c = static_cast<int>(*k);
      if (dep(c) != want) continue;
      if (std::string_view(want) == "nmod" && case_of(c) != "of") continue;
      Arg m;
      if (pos(c) == "PRON" && std::string_view(want) == "nmod:poss") m = plural_owner(c, h, depth);
      // Round 11: "the Arakan Army ... said that its fighters had captured": a possessive in
      // what someone says is the speaker's, if it fits.
      if (m.empty() && pos(c) == "PRON" && std::string_view(want) == "nmod:poss" && (low(c) == "its" || low(c) == "their")) {
        int x = h;
        for (int g = 0; g < 4 && x >= 0 && dep(x) != "ccomp"; ++g) x = head(x);
        if (x >= 0 && dep(x) == "ccomp" && head(x) >= 0 && lem(head(x)) == "say")
          if (const int sj = child_exact(head(x), "nsubj"); sj >= 0 && sj < c && tok_entity_[sj] >= 0 &&
                                                           doc_.entities[tok_entity_[sj]].type == EntityType::kOrg) {
            Arg sp = make_arg(sj, depth + 1);
            if (compatible(sp, low(c))) m = sp;
          }
      }
      if (!m.empty()) {
      } else if (pos(c) == "PRON") m = resolve_pronoun(c, depth + 1);
      else if (tok_entity_[c] >= 0) m = arg_from_entity(tok_entity_[c], c);
      else if (const GazCountry* gc = gaz_.country(doc_.token_text(c))) {
        m.country = gc->iso3;
        m.name = gc->name;
      } else if (std::string_view(want) == "nmod" ||
                 (std::string_view(want) == "nmod:poss" && (word_in("anaphor-gpe", c) || word_in("anaphor-org", c)))) {
        m = make_arg(c, depth + 1);  // "of X"; "the country's military"
      }
      if (m.empty()) continue;
      const bool relation = word_in("relation-noun", h);
      if ((m.entity >= 0 && doc_.entities[m.entity].type == EntityType::kPerson &&
           (gaz_.title_entry(low(h)) || !gaz_.sector_for(lem(h)).empty() || word_in("person-noun", h))) ||
          relation) {
        // "Rossello's chief of staff", "Merkel's spokesperson": a person's aide acts for
        // themself, with the owner's country, not as the owner. "His critics", "his
        // sister": someone related to the owner, with their own sector (round 7).
        // Someone related to the owner keeps no country of the owner's: critics abroad,
        // and a relative merged with the owner's state would be no party of their own.
        a.country = relation ? std::string() : m.country;
        if (relation) a.sector = std::string(pat_.class_value("person-noun", lem(h)));
        else if (std::string_view ts = gaz_.sector_for(lem(h)); !ts.empty()) a.sector = std::string(ts);
        else if (const GazTitle* t = gaz_.title_entry(low(h))) a.sector = t->sector;
        else a.sector = m.sector;
        set_phrase(&a, h);
        if (std::string_view(want) == "nmod" && !relation) a.name += " of " + m.name;  // "the government of Hadi"
        // Round 13: "Relatives of the hostages", "relatives of the dead officers": a described
        // party is named with whose relatives they are.
        if (std::string_view(want) == "nmod" && relation && c > h && tok_entity_[c] < 0 && pos(c) == "NOUN") {
          Arg of;
          set_phrase(&of, c);
          uint32_t b = of.start;
          for (const uint32_t* g = kids_begin(c); g != kids_end(c); ++g)
            if (*g < static_cast<uint32_t>(c) && *g > static_cast<uint32_t>(h) && dep(*g) == "det")
              b = std::min(b, doc_.tokens[*g].start);
          a.name += " of " + std::string(doc_.slice(b, of.end));
        }
        if (a.country.empty()) a.country = "-";  // stop the search; cleared below
        continue;
      }
      // Round 10: "Russia's Defence Ministry said its forces had destroyed": the forces of a
      // state's body are that state's military, not the body.
      if (word_in("troops", h) && m.entity >= 0 &&
          doc_.entities[m.entity].type == EntityType::kOrg && (m.sector == "GOV" || m.sector == "MIL")) {
        std::string cc = m.country;
        // the body's own owner where it is named ("Russia's Defence Ministry"), this sentence
        // or an earlier one
        for (int x = h; cc.empty() && x >= 0 && x >= h - 400; --x) {
          if (tok_entity_[x] != m.entity) continue;
          for (const uint32_t* g = kids_begin(x); g != kids_end(x) && cc.empty(); ++g)
            if (dep(*g) == "nmod:poss" && tok_entity_[*g] >= 0 &&
                doc_.entities[tok_entity_[*g]].type == EntityType::kGpe)
              cc = arg_from_entity(tok_entity_[*g], static_cast<int>(*g)).country;
        }
        if (!cc.empty()) {
          a.entity = -1;
          a.country = cc;
          a.sector = "MIL";
          set_phrase(&a, h);
          if (pos(c) == "PRON")  // "its forces": the state's name
            if (const GazCountry* gc = gaz_.country_by_iso3(cc)) a.name = gc->name;
          return a;
        }
      }
      a.entity = m.entity;
      a.country = m.country;
      a.sector = m.sector;
      const bool described = !gaz_.sector_for(lem(h)).empty() || !gaz_.sector_for(low(h)).empty() ||
                             word_in("person-noun", h);
      if (m.entity >= 0 && doc_.entities[m.entity].type != EntityType::kGpe &&
          doc_.entities[m.entity].type != EntityType::kNorp &&
          !(doc_.entities[m.entity].type == EntityType::kLoc && described))
        a.name = m.name;  // "Hezbollah officials" act for Hezbollah; "Long Beach police" are police
    }
  }
  if (a.country == "-") {
    a.country.clear();
    return a;
  }
  std::string_view sec = gaz_.sector_for(low(h));
  if (sec.empty()) sec = gaz_.sector_for(lem(h));
  // Round 11: state organs the gazetteer has no sector for ("the junta", "the regime").
  if (sec.empty() && pos(h) == "NOUN") sec = pat_.class_value("organ-noun", lem(h));
  // Round 11: "government aircraft", "government forces": a weapon or force named by the
  // government's word is the government's.
  if (sec.empty() && pos(h) == "NOUN" && (word_in("weapon", h) || word_in("troops", h) || word_in("vehicle", h)) &&
      a.entity < 0 && a.country.empty())
    for (const uint32_t* k = kids_begin(h); k != kids_end(h); ++k)
      if (static_cast<int>(*k) < h && dep_is(dep(*k), "compound") && pat_.class_value("sector-modifier", lem(*k)) == "GOV")
        sec = "GOV";
  if (a.entity >= 0 || !a.country.empty()) {
    // A state's organ takes the organ's sector: "Israeli troops" ISR MIL.
    const bool place_mod = a.entity >= 0 && (doc_.entities[a.entity].type == EntityType::kGpe ||
                                             doc_.entities[a.entity].type == EntityType::kNorp ||
                                             doc_.entities[a.entity].type == EntityType::kLoc);
    if (!sec.empty() && (a.entity < 0 || place_mod)) a.sector = std::string(sec);
    // "a Long Beach, California man": a described person of a place (round 5).
    if (sec.empty() && place_mod && doc_.entities[a.entity].type != EntityType::kNorp)
      if (std::string_view ps = pat_.class_value("person-noun", lem(h)); !ps.empty()) {
        a.sector = std::string(ps);
        a.entity = -1;
      }
    // "Lebanese villagers" are civilians; an "American drone" or an "Iranian airline" is a
    // thing of that state, no civilian (round 5).
    if (a.entity >= 0 && doc_.entities[a.entity].type == EntityType::kNorp && sec.empty()) {
      std::string_view ps = pat_.class_value("person-noun", lem(h));
      if (!ps.empty()) a.sector = std::string(ps);
      else a.sector = word_in("person-noun", h) ? "CVL" : "";
    }
    // Round 10: "Russian drones and missiles struck the city": a state's weapons acting
    // stand for its military (as subjects only; one shot down stays a thing of that state).
    if (sec.empty() && dep(h) == "nsubj" && word_in("weapon", h) && !a.country.empty() &&
        (a.entity < 0 || doc_.entities[a.entity].type == EntityType::kNorp ||
         doc_.entities[a.entity].type == EntityType::kGpe))
      if (const GazCountry* gc = gaz_.country_by_iso3(a.country)) {
        a.sector = "MIL";
        set_phrase(&a, h);
        a.name = gc->name;
        return a;
      }
    set_phrase(&a, h);
    // The name of a state's organ is its phrase ("Lebanese government"); of a group's
    // members the group ("Hezbollah").
    return a;
  }
  if (word_in("anaphor-org", h) || word_in("anaphor-gpe", h)) {
    int det = child(h, "det");
    if (det >= 0 && (low(det) == "the" || low(det) == "this" || low(det) == "that")) {
      Arg r = resolve_definite(h, word_in("anaphor-gpe", h));
      if (!r.empty()) return r;
    }
  }
  if (!sec.empty()) {
    a.sector = std::string(sec);
    // Round 16: "a union official said two doctors had been detained": an official of a
    // union, the opposition or a rebel group has that body's sector, none of a state's.
    if (sec == "GOV")
      for (const uint32_t* k = kids_begin(h); k != kids_end(h); ++k)
        if (static_cast<int>(*k) < h && (dep_is(dep(*k), "compound") || dep(*k) == "amod"))
          if (std::string_view ms = pat_.class_value("sector-modifier", lem(*k)); ms == "LAB" || ms == "OPP" || ms == "REB")
            a.sector = std::string(ms);
    set_phrase(&a, h);
    // "Police in Georgia", "troops in Syria": a described body of a state placed in a
    // country is that country's (round 8; "in" only, not "from" or "near").
    if (sec == "COP" || sec == "GOV" || sec == "MIL" || sec == "JUD" || sec == "LEG" || sec == "SPY")
      for (const uint32_t* k = kids_begin(h); k != kids_end(h); ++k) {
        const int c = static_cast<int>(*k);
        if (c < h || !dep_is(dep(c), "nmod") || case_of(c) != "in" || tok_entity_[c] < 0 ||
            doc_.entities[tok_entity_[c]].type != EntityType::kGpe)
          continue;
        const Arg o = arg_from_entity(tok_entity_[c], c);
        if (const GazCountry* gc = gaz_.country_by_iso3(o.country); gc && gaz_.country(doc_.entities[tok_entity_[c]].name) == gc)
          a.country = o.country;
        break;
      }
    inherit_group(&a, h);
    inherit_antecedent(&a, h, depth);
    return a;
  }
  if (pos(h) == "PROPN" || (pos(h) == "NOUN" && is_acronym(doc_.token_text(h)))) {
    set_phrase(&a, h);
    if (const GazCountry* gc = gaz_.country(a.name)) a.country = gc->iso3;
    return a;
  }
  if (std::string_view ps = pat_.class_value("person-noun", lem(h)); !ps.empty() || word_in("person-noun", h)) {
    // "the main suspect", "several thousand people": described people act and suffer.
    a.sector = ps.empty() ? std::string("CVL") : std::string(ps);
    // Round 12: "a former Serb politician": one who held an office acts for no state.
    for (const uint32_t* k = kids_begin(h); k != kids_end(h); ++k)
      if (static_cast<int>(*k) < h && dep(*k) == "amod" && (low(*k) == "former" || low(*k) == "ex")) {
        set_phrase(&a, h);
        a.sector = "CVL";
        return a;
      }
    // Round 11: "opposition figures", "a rebel commander": a described person with a word
    // of a sector before it has that sector.
    for (const uint32_t* k = kids_begin(h); k != kids_end(h); ++k)
      if (static_cast<int>(*k) < h && (dep_is(dep(*k), "compound") || dep(*k) == "amod"))
        if (std::string_view ms = pat_.class_value("sector-modifier", lem(*k)); !ms.empty()) a.sector = std::string(ms);
    set_phrase(&a, h);
    // Round 16: "soldiers arrested 18 suspects" in a story about a cartel: described
    // criminals belong to the armed group named near them (or the story's only one).
    if (a.sector == "CRM") inherit_group(&a, h);
    return a;
  }
  // Round 12: "the armed groups", "outlaw groups", "rival militant factions": a described
  // armed group is a party (unnamed armed actors), though no person noun.
  if (pos(h) == "NOUN" && word_in("group-noun", h))
    for (const uint32_t* k = kids_begin(h); k != kids_end(h); ++k)
      if (static_cast<int>(*k) < h && (dep_is(dep(*k), "compound") || dep(*k) == "amod"))
        if (std::string_view ms = pat_.class_value("armed-modifier", lem(*k)); !ms.empty()) {
          a.sector = std::string(ms);
          set_phrase(&a, h);
          return a;
        }
  // Round 11: "two international radio stations": a broadcaster named by its medium.
  if (pos(h) == "NOUN" && (lem(h) == "station" || lem(h) == "channel" || lem(h) == "broadcaster"))
    for (const uint32_t* k = kids_begin(h); k != kids_end(h); ++k)
      if (static_cast<int>(*k) < h && (dep_is(dep(*k), "compound") || dep(*k) == "amod") && word_in("media-modifier", static_cast<int>(*k))) {
        a.sector = "JRN";
        set_phrase(&a, h);
        return a;
      }
  // Round 11: "arrested a prominent comedian and two journalists": a noun that names no party
  // with a conjunct that does is that conjunct's phrase.
  if (is_nounish(h) && depth < 3)
    for (const uint32_t* k = kids_begin(h); k != kids_end(h); ++k)
      if (static_cast<int>(*k) > h && dep(*k) == "conj" && is_nounish(static_cast<int>(*k))) {
        const int cj = static_cast<int>(*k);
        const bool party = word_in("person-noun", cj) || !gaz_.sector_for(lem(cj)).empty() ||
                           (tok_entity_[cj] >= 0 && doc_.entities[tok_entity_[cj]].type != EntityType::kNorp &&
                            doc_.entities[tok_entity_[cj]].type != EntityType::kLoc &&
                            doc_.entities[tok_entity_[cj]].type != EntityType::kFac);
        if (!party) break;
        Arg x = make_arg(cj, depth + 1);
        if (!x.empty() && x.entity < 0 && x.country.empty()) {
          Arg first;  // the whole coordination names them: "prominent comedian and two journalists"
          set_phrase(&first, h);
          if (first.start < x.start) {
            x.start = first.start;
            x.name = std::string(doc_.slice(x.start, x.end));
          }
        }
        if (!x.empty()) return x;
        break;
      }
  return {};
}

Arg Extractor::actor_of_noun(int n, int depth, bool light) const {
  if (depth > kMaxClimb) return {};
  const Cand* self = cand_at(n) >= 0 ? &cands_[cand_at(n)] : nullptr;
  // "the act of the NTC", "the decision of the court": of a word naming an action (no
  // trigger itself) "of X" is who did it.
  const bool of_actor = (self && self->pat && (self->pat->flags & kOfActor)) || (!self && word_in("event-noun", n));
  // "Saudi-led airstrikes": the leader's (round 5).
  for (const uint32_t* k = kids_begin(n); k != kids_end(n); ++k) {
    const std::string& w = low(*k);
    if (*k < static_cast<uint32_t>(n) && (dep_is(dep(*k), "amod") || dep_is(dep(*k), "compound")) &&
        (w == "led" || (w.size() > 4 && w.compare(w.size() - 4, 4, "-led") == 0))) {
      Arg a = make_arg(n, depth + 1);
      if (!a.empty()) return a;
    }
  }
  static const char* kOrder[] = {"nmod:poss", "amod", "compound", "nmod"};
  for (const char* want : kOrder) {
    for (const uint32_t* k = kids_begin(n); k != kids_end(n); ++k) {
      int c = static_cast<int>(*k);
      if (!dep_is(dep(c), want) || (std::string_view(want) == "nmod" && dep(c) != "nmod" && dep(c) != "nmod:poss"))
        continue;
      if (std::string_view(want) == "nmod") {
        std::string_view cs = case_of(c);
        if (!(cs == "by" || (of_actor && cs == "of") || (of_actor && cs.empty()))) continue;
        // "an investigation into alleged misconduct by X": X did the misdeed, not the
        // investigation (round 9; the parse often hangs X on the event noun).
        if (cs == "by" && misdeed_before(n, c) >= 0) continue;
      }
      if (std::string_view(want) == "amod" || std::string_view(want) == "compound") {
        // Round 13: "a UN-brokered ceasefire", "the UN-backed government": a broker or a
        // backer named in the modifier is not who acts.
        {
          const std::string& w = low(c);
          const auto ends = [&](std::string_view suf) {
            return w.size() > suf.size() && w.compare(w.size() - suf.size(), suf.size(), suf) == 0;
          };
          if (ends("-brokered") || ends("-mediated") || ends("-backed") || ends("-sponsored") || ends("-funded") ||
              (low(c) == "brokered" || low(c) == "backed" || low(c) == "mediated"))
            continue;
        }
        // Only a name or a demonym acts ("Israeli bombardment", "U.S. sanctions"); a
        // demonym stands for its state.
        const GazCountry* gc = nullptr;
        if (tok_entity_[c] >= 0 && doc_.entities[tok_entity_[c]].type == EntityType::kNorp) {
          std::string iso = doc_.entities[tok_entity_[c]].country;
          if (iso.empty()) iso = country_of(doc_, tok_entity_[c], gaz_);
          gc = gaz_.country_by_iso3(iso);
          if (!gc && !iso.empty()) {
            Arg a;
            a.head = c;
            a.country = iso;
            a.name = doc_.entities[tok_entity_[c]].name;
            a.start = doc_.tokens[c].start;
            a.end = doc_.tokens[c].end;
            return a;
          }
        } else if (tok_entity_[c] < 0) {
          gc = gaz_.country(doc_.token_text(c));
          if (!gc) continue;
        } else if (std::string_view(want) == "compound") {
          // Round 12: "the Banjska attack", "the Mosul offensive": a town or a site named
          // before the noun is where it happened, not who did it (a country's name acts).
          const Entity& pe = doc_.entities[tok_entity_[c]];
          if ((pe.type == EntityType::kGpe || pe.type == EntityType::kLoc || pe.type == EntityType::kFac) &&
              !gaz_.country(pe.name))
            continue;
        }
        if (gc) return country_arg(c, *gc);
      }
      Arg a = make_arg(c, depth + 1);
      if (!a.empty()) return a;
    }
  }
  // "a meeting between X and Y" (two-sided events): the first named side (round 6).
  if (self && two_sided(self->type))
    if (int b = between_side(n); b >= 0) {
      Arg a = make_arg(b, depth + 1);
      if (!a.empty()) return a;
    }
  // "a phone call made by X", "airstrikes carried out by X": the agent of a participle on
  // the noun (round 6).
  for (const uint32_t* k = kids_begin(n); k != kids_end(n); ++k) {
    // Only a verb of doing ("made", "carried out", "launched"), not of telling or judging
    // ("reported by the BBC", "condemned by the UN").
    if (dep(*k) != "acl" || !is_verb(static_cast<int>(*k)) || !word_in("perform-verb", static_cast<int>(*k))) continue;
    for (const uint32_t* g = kids_begin(*k); g != kids_end(*k); ++g)
      if (dep(*g) == "obl:agent" || (dep_is(dep(*g), "obl") && case_of(*g) == "by")) {
        if (tok_entity_[*g] < 0 && pos(*g) == "PROPN") continue;  // "by ... late last July"
        Arg a = make_arg(static_cast<int>(*g), depth + 1);
        if (!a.empty()) return a;
      }
  }
  // "Doctors have been on strike": the subject of a nominal predicate.
  if (child_exact(n, "cop") >= 0)
    if (int sj = child_exact(n, "nsubj"); sj >= 0) {
      Arg a = make_arg(sj, depth + 1);
      if (!a.empty()) return a;
    }
  // "Hezbollah launched an attack" / "carried out raids": the light verb's subject.
  // Not the subject of a verb that judges the event ("Hezbollah denounced the offer", "the UN
  // condemned the attack"): whoever did it is someone else.
  int h = head(n);
  if (light && h >= 0 && (dep(n) == "obj" || dep(n) == "nsubj:pass") && is_verb(h)) {
    if (int hc = cand_at(h); hc >= 0 && cands_[hc].pat && (cands_[hc].pat->flags & kContent)) return {};
    return actor_of_verb(h, depth + 1);
  }
  // "Israel responded with airstrikes on Gaza", "retaliated with rocket fire": the act one
  // answers with is one's own (round 7). Not a verb that judges it ("charged with murder").
  if (light && h >= 0 && dep_is(dep(n), "obl") && case_of(n) == "with" && is_verb(h) && word_in("respond-verb", h))
    return actor_of_verb(h, depth + 1);
  return {};
}

// The "by X" of a passive verb hung by the parse on one of the verb's own phrases ("was
// sentenced to life in prison by a court in Multan", "being forced out of his home by
// picketers"): a noun introduced by "by" at most three obl/nmod/acl steps below the verb,
// not inside a clause with its own subject or agent and not a time ("by Friday"). -1: none.
int Extractor::passive_agent_below(int v) const {
  int frontier[16], next[16];
  int nf = 0;
  frontier[nf++] = v;
  for (int level = 0; level < 3 && nf > 0; ++level) {
    int nn = 0;
    for (int f = 0; f < nf; ++f)
      for (const uint32_t* k = kids_begin(frontier[f]); k != kids_end(frontier[f]); ++k) {
        const int c = static_cast<int>(*k);
        std::string_view d = dep(c);
        if (!(dep_is(d, "obl") || (dep_is(d, "nmod") && d != "nmod:poss") || d == "acl")) continue;
        if (d == "acl" && (child(c, "nsubj") >= 0 || child(c, "nsubj:pass") >= 0)) continue;
        if (level > 0 && is_nounish(c) && case_of(c) == "by" && !tok_time_[c]) {
          // "arrested for the killing of X by Y": the agent of an event noun is its own.
          const int hd = frontier[f];
          if ((cand_at(hd) >= 0 && cands_[cand_at(hd)].noun) || word_in("event-noun", hd)) continue;
          return c;
        }
        if (nn < 16) next[nn++] = c;
      }
    std::copy(next, next + nn, frontier);
    nf = nn;
  }
  return -1;
}

// "In Toronto, Canada's largest city, a shooting killed ...": a common noun right after "In
// <place>," that names no party (no sector, no described person) restates the place; it is
// never an actor (round 8).
bool Extractor::place_apposition(int subj) const {
  if (subj < 0 || tok_entity_[subj] >= 0 || pos(subj) != "NOUN" || word_in("person-noun", subj) ||
      !gaz_.sector_for(lem(subj)).empty() || !gaz_.sector_for(low(subj)).empty())
    return false;
  int left = subj;
  for (int guard = 0; guard < 8; ++guard) {
    int next = left;
    for (const uint32_t* k = kids_begin(left); k != kids_end(left); ++k)
      if (static_cast<int>(*k) < next && pos(*k) != "PUNCT") next = static_cast<int>(*k);
    if (next == left) break;
    left = next;
  }
  const int b = static_cast<int>(doc_.sentences[sentence_of(subj)].token_begin);
  if (left - 2 < b || low(left - 1) != ",") return false;
  const int p = left - 2;
  const int e = tok_entity_[p];
  if (e < 0 || !(doc_.entities[e].type == EntityType::kGpe || doc_.entities[e].type == EntityType::kLoc)) return false;
  int f = p;
  while (f > b && tok_entity_[f - 1] == e) --f;
  return f > b && pos(f - 1) == "ADP";
}

Arg Extractor::actor_of_verb(int v, int depth) const {
  if (v < 0 || depth > kMaxClimb) return {};
  if (int pc = participle_crowd(v); pc >= 0 && cand_at(v) >= 0 && intransitive(cands_[cand_at(v)])) {
    Arg a = make_arg(pc, depth + 1);
    if (!a.empty()) return a;
  }
  int subj = child_exact(v, "nsubj");
  if (subj < 0) subj = child_exact(v, "nsubj:outer");
  if (subj >= 0 && (tok_entity_[subj] < 0 || doc_.entities[tok_entity_[subj]].type == EntityType::kLoc ||
                    doc_.entities[tok_entity_[subj]].type == EntityType::kFac)) {
    // "US Secretary of State Mike Pompeo posted" parsed with two subjects: the named one.
    auto person_at = [&](int k) { return tok_entity_[k] >= 0 && doc_.entities[tok_entity_[k]].type == EntityType::kPerson; };
    for (const uint32_t* k = kids_begin(v); k != kids_end(v); ++k) {
      if (static_cast<int>(*k) == subj || dep(*k) != "nsubj") continue;
      if (person_at(static_cast<int>(*k))) {
        subj = static_cast<int>(*k);
        break;
      }
      // "Senator from Vermont Bernie Sanders endorsed" with the name hung flat on "Vermont".
      int flat_person = -1;
      for (const uint32_t* g = kids_begin(*k); g != kids_end(*k); ++g)
        if (dep(*g) == "flat" && person_at(static_cast<int>(*g))) flat_person = static_cast<int>(*g);
      if (flat_person >= 0) {
        subj = flat_person;
        break;
      }
    }
  }
  // Round 11: "PORT-AU-PRINCE, Haiti (AP) — Gang members ... attacked" parsed with the
  // dateline as the subject and the real subject in apposition to it: the last noun hung on
  // the dateline after it and before the verb.
  if (subj >= 0 && tok_dateline_[subj]) {
    int best = -1;
    for (const uint32_t* k = kids_begin(subj); k != kids_end(subj); ++k) {
      const int c = static_cast<int>(*k);
      if (c < v && !tok_dateline_[c] && is_nounish(c) && case_of(c).empty()) best = c;
    }
    // Round 22: "Nairobi, Kenya – Police fired ..." parsed with two subjects, the dateline's
    // place and the real one: the other.
    for (const uint32_t* k = kids_begin(v); k != kids_end(v) && best < 0; ++k)
      if (static_cast<int>(*k) != subj && dep(*k) == "nsubj" && !tok_dateline_[*k]) best = static_cast<int>(*k);
    if (best < 0) return {};
    subj = best;
  }
  if (subj < 0 && (dep(v) == "dep" || dep(v) == "parataxis") && head(v) >= 0 && tok_dateline_[head(v)] &&
      child_exact(v, "nsubj:pass") < 0 && child_exact(v, "aux:pass") < 0) {
    // "DUBAI (Reuters) - Iran's Supreme Leader Ali Khamenei vowed" parsed with the dateline
    // as the root: the last name hung on the root between the dateline and the verb (round 8).
    int best = -1;
    for (const uint32_t* k = kids_begin(head(v)); k != kids_end(head(v)); ++k) {
      const int c = static_cast<int>(*k);
      if (c < v && !tok_dateline_[c] && is_nounish(c) && case_of(c).empty()) best = c;
    }
    if (best >= 0) {
      Arg a = make_arg(best, depth + 1);
      if (!a.empty()) return a;
    }
    return {};
  }
  if (subj < 0 && (dep(v) == "dep" || dep(v) == "parataxis") && head(v) >= 0 && head(v) < v &&
      head(head(v)) < 0 && (pos(head(v)) == "PROPN" || pos(head(v)) == "NOUN") && tok_entity_[head(v)] >= 0 &&
      child_exact(v, "nsubj:pass") < 0 && child_exact(v, "aux:pass") < 0) {
    // "Germany on Monday banned ..." parsed as a nominal root with the verb hanging on it:
    // the named root before the verb is its subject.
    Arg a = make_arg(head(v), depth + 1);
    if (!a.empty()) return a;
  }
  if (subj < 0) {
    // "that President Alpha Conde resign" with the verb tagged a noun: the name the parse
    // hung on it from the left is its subject.
    for (const uint32_t* k = kids_begin(v); k != kids_end(v); ++k) {
      const int c = static_cast<int>(*k);
      std::string_view d = dep(c);
      if (c < v && tok_entity_[c] >= 0 && case_of(c).empty() &&
          (dep_is(d, "compound") || dep_is(d, "nmod") || d == "flat" || d == "dep") &&
          doc_.entities[tok_entity_[c]].type != EntityType::kNorp) {
        subj = c;
      }
    }
  }
  if (subj >= 0 && place_apposition(subj)) return {};
  if (subj >= 0) {
    // "The Israeli bombardment killed 880": the event's actor acts.
    if ((cand_at(subj) >= 0 && cands_[cand_at(subj)].noun) || word_in("event-noun", subj)) {
      Arg a = actor_of_noun(subj, depth + 1, false);
      if (!a.empty()) return a;
    }
    Arg a = make_arg(subj, depth + 1);
    // "Thousands of protesters" and other actor-less subjects leave the actor empty.
    return a;
  }
  if (int sp = child_exact(v, "nsubj:pass"); sp >= 0 && child_exact(v, "aux:pass") < 0 && cand_at(v) >= 0 &&
                                             intransitive(cands_[cand_at(v)])) {
    // "Members of the House protested" parsed as a passive without its auxiliary.
    Arg a = make_arg(sp, depth + 1);
    if (!a.empty()) return a;
  }
  if (child_exact(v, "nsubj:pass") >= 0 || child_exact(v, "aux:pass") >= 0) {
    for (const uint32_t* k = kids_begin(v); k != kids_end(v); ++k)
      // Only with its "by": "arrested in clashes outside parliament" parsed with
      // "parliament" as obl:agent names no agent (round 8).
      if (dep_is(dep(*k), "obl") && case_of(*k) == "by") return make_arg(static_cast<int>(*k), depth + 1);
    // "was sentenced to life in prison by a court", "forced out of his home by picketers":
    // the agent the parse hung on a phrase of the verb (round 7).
    if (int ag = passive_agent_below(v); ag >= 0) {
      Arg a = make_arg(ag, depth + 1);
      if (!a.empty()) return a;
    }
    // "the country's military has been placed on high alert": what is mobilised is the
    // actor's own force, so its owner acts.
    if (int sp = child_exact(v, "nsubj:pass"); sp >= 0 && cand_at(v) >= 0 && cands_[cand_at(v)].pat &&
                                               (cands_[cand_at(v)].pat->flags & kNoTarget))
      return make_arg(sp, depth + 1);
    // "Police said a man was arrested", "authorities announced that 337 users were
    // detained": an arrest, seizure or ban told by the police or a state body without its
    // agent was theirs (round 6).
    if (cand_at(v) >= 0 && cands_[cand_at(v)].type == "COERCE" && dep(v) == "ccomp")
      if (int h = head(v); h >= 0 && is_verb(h))
        if (const auto* fr = pat_.frames(lem(h))) {
          bool claim = false;
          for (const Frame& f : *fr) claim = claim || (f.effect == FrameEffect::kClaim && f.prt.empty());
          if (int sj = child_exact(h, "nsubj"); claim && sj >= 0) {
            Arg a = make_arg(sj, depth + 1);
            // A body, not a person speaking for one ("Interior Ministry spokesperson X said 18
            // people had been arrested": who arrested them is not said; round 8).
            const bool person = a.entity >= 0 && doc_.entities[a.entity].type == EntityType::kPerson;
            // Round 10: "Police spokeswoman X said 105 people had been arrested": a person
            // speaking for the police speaks of the police's arrests (a ministry's spokesperson
            // still does not say who arrested).
            if (person)
              for (const uint32_t* k = kids_begin(sj); k != kids_end(sj); ++k) {
                const int d = static_cast<int>(*k);
                if (d > sj || !word_in("spokesperson", d)) continue;
                for (const uint32_t* g = kids_begin(d); g != kids_end(d); ++g) {
                  const int w = static_cast<int>(*g);
                  if (w < d && dep_is(dep(w), "compound") && gaz_.sector_for(lem(w)) == "COP") {
                    Arg p = make_arg(w, depth + 1);
                    if (p.empty()) {
                      p.head = w;
                      p.sector = "COP";
                      set_phrase(&p, w);
                    }
                    return p;
                  }
                }
              }
            if (!person &&
                (a.sector == "COP" || a.sector == "GOV" || a.sector == "JUD" || a.sector == "MIL" || a.sector == "SPY"))
              return a;
          }
        }
    // Round 11: "Attorney General X said Medina was being investigated": an investigation or
    // a charge told by a prosecutor or a judge without its agent is theirs.
    if (cand_at(v) >= 0 && cands_[cand_at(v)].type == "ACCUSE" && dep(v) == "ccomp")
      if (int h = head(v); h >= 0 && is_verb(h) && lem(h) == "say")
        if (int sj = child_exact(h, "nsubj"); sj >= 0) {
          Arg a = make_arg(sj, depth + 1);
          if (a.sector == "JUD") return a;
        }
    return {};
  }
  const int h = head(v);
  if (h < 0) return {};
  std::string_view rel = dep(v);
  // Round 10: "..., a day after Congo's government severed relations with X" parsed with the
  // noun on "day" and the verb as a conjunct of the main clause: a noun right after a
  // temporal subordinator and right before a finite verb is that verb's subject.
  if (rel == "conj" && v > 0 && doc_.tokens[v].tag == "VBD" && is_nounish(v - 1) && head(v - 1) != v) {
    const std::string_view cs = case_of(v - 1);
    if (cs == "after" || cs == "before" || cs == "since" || cs == "until") {
      Arg a = make_arg(v - 1, depth + 1);
      if (!a.empty()) return a;
    }
  }
  // Round 11: "Mali and Niger, also ruled by military juntas, expressed solidarity" parsed
  // with the participle as the root and the verb hung on it: a reduced passive (no "was")
  // describes its passive subject, who acts.
  if ((rel == "parataxis" || rel == "conj") && h >= 0 && h < v && is_verb(h) && doc_.tokens[h].tag == "VBN" &&
      child_exact(h, "aux:pass") < 0 && child_exact(h, "aux") < 0)
    if (const int sp = child_exact(h, "nsubj:pass"); sp >= 0 && sp < h && v > 0 && low(v - 1) == ",") {
      Arg a = make_arg(sp, depth + 1);
      if (!a.empty()) return a;
    }
  // Round 12: "prompting Belgrade to accuse Pristina", "forced the government to resign": a
  // verb of object control gives its object as the actor of the verb it governs.
  if (rel == "xcomp" && h >= 0 && is_verb(h) && word_in("object-control", h))
    if (const int o = child_exact(h, "obj"); o >= 0 && o < v) {
      Arg a = make_arg(o, depth + 1);
      if (!a.empty()) return a;
    }
  if (rel == "conj" || rel == "xcomp" || dep_is(rel, "advcl") || rel == "ccomp" || rel == "parataxis" ||
      rel == "acl" || rel == "dep") {
    if (is_verb(h) || pos(h) == "ADJ") {
      // "... has led to the Israeli bombardment, killing 880": the caused event's actor.
      if (const auto* fr = pat_.frames(lem(h))) {
        bool cause = false;
        for (const Frame& f : *fr) cause = cause || f.effect == FrameEffect::kCause;
        if (cause && (dep_is(rel, "advcl") || rel == "conj" || rel == "xcomp")) {
          for (const uint32_t* k = kids_begin(h); k != kids_end(h); ++k) {
            int o = static_cast<int>(*k);
            if ((dep(o) == "obj" || dep_is(dep(o), "obl")) && cand_at(o) >= 0 && cands_[cand_at(o)].noun) {
              Arg a = actor_of_noun(o, depth + 1);
              if (!a.empty()) return a;
            }
          }
        }
      }
      // "were found guilty of raping a tourist", "convicted X of killing Y": the convicted
      // did what they were convicted of (round 7).
      if (int hc = cand_at(h); hc >= 0 && cands_[hc].type == "SANCTION" && cands_[hc].mode == "convict" &&
                               (dep_is(rel, "advcl") || dep_is(rel, "acl")) &&
                               (case_of(v) == "of" || case_of(v) == "for")) {
        int who = child_exact(h, "nsubj:pass");
        if (who < 0) who = child_exact(h, "obj");
        if (who >= 0) {
          Arg a = make_arg(who, depth + 1);
          if (!a.empty()) return a;
        }
      }
      return actor_of_verb(h, depth + 1);
    }
    if (root_noun_subject(v)) {
      // "Rioters set fire to a police station" parsed as a root noun with the verb on it: a
      // bare plural noun right before the verb is its subject (round 5).
      Arg a = make_arg(h, depth + 1);
      if (!a.empty()) return a;
    }
    if (verbless_root_predicate(v)) {
      Arg a = make_arg(h, depth + 1);
      if (!a.empty()) return a;
    }
    if (is_nounish(h) && rel == "acl" && child(v, "nsubj") < 0 && cand_at(v) >= 0 && intransitive(cands_[cand_at(v)])) {
      // "Members of the House of Commons protested", "people rallied" parsed as a participle
      // on the noun: the noun is the subject.
      Arg a = make_arg(h, depth + 1);
      if (!a.empty()) return a;
    }
    // Round 11: "The Group for ... (JNIM), al-Qaeda's affiliate in the Sahel, claimed" parsed
    // with the description as a verbless root and the name as its subject: the name acts.
    if (is_nounish(h) && head(h) < 0 && (rel == "dep" || rel == "parataxis"))
      if (const int sj = child_exact(h, "nsubj"); sj >= 0 && sj < h) {
        Arg a = make_arg(sj, depth + 1);
        if (!a.empty()) return a;
      }
    if (is_nounish(h)) {
      // "Hezbollah's decision to enter the war by firing rockets": the noun's owner;
      // "the bombardment of Lebanon, killing 880": the event noun's actor.
      Arg owner = actor_of_noun(h, depth + 1);
      if (!owner.empty()) return owner;
      // Round 18: "Over 100 Republican experts signed an open letter urging Republican
      // officials to ...", "issued a statement condemning X": a clause on a document (class
      // `document-noun`) that someone signed, issued or sent is that someone's act.
      if (is_nounish(h) && rel == "acl" && word_in("document-noun", h) && dep(h) == "obj" && head(h) >= 0 &&
          is_verb(head(h)))
        if (const int sj = child_exact(head(h), "nsubj"); sj >= 0) {
          Arg a = make_arg(sj, depth + 1);
          if (!a.empty()) return a;
        }
      return owner;
    }
  }
  return {};
}

Arg Extractor::target_from_preps(int i, const std::string& type, std::string_view only) const {
  auto prep_ok = [&](std::string_view cs) {
    if (!only.empty()) {
      std::string key = std::string(cs) + "|";
      return !cs.empty() && only.find(key) != std::string_view::npos &&
             (only.find(key) == 0 || only[only.find(key) - 1] == '|');
    }
    // "at/on/into X" names a target of hostile acts; of cooperative ones it is a place.
    const EventTypeInfo* ti = pat_.type_info(type);
    // "protesters poured into the streets": where protesters go is no target.
    if (type == "PROTEST" && cs != "against" && cs != "at" && cs != "on") return false;
    // Round 11: "criticized the law on social media": a medium, no target of words.
    if ((type == "ACCUSE" || type == "REJECT") && cs == "on") return false;
    if (pat_.in_class("target-prep", cs) && (!ti || ti->quad >= 3)) return true;
    if (cs == "with")
      return type == "CONSULT" || type == "COOPERATE" || type == "AGREE" || type == "SUPPORT" ||
             (type == "ASSAULT" && word_in("with-target", i));  // "clashed with", not "strikes with jets"
    if (cs == "to" || cs == "for")
      return type == "AID" || type == "REQUEST" || type == "SUPPORT" || type == "AGREE" || type == "CONSULT" ||
             (cs == "to" && type == "CONCEDE") ||  // "apologized to X"
             // round 11: "suspended aid to Kigali", "closed its airspace to Indian airlines"
             (cs == "to" && ((type == "SANCTION" && lem(i) != "sentence") || type == "COERCE"));
    if (cs == "from") return type == "RETREAT";
    if (cs == "between") return type == "CONSULT";  // "brokered a truce between X and Y" (round 7)
    return false;
  };
  auto scan = [&](int t) -> Arg {
    for (const uint32_t* k = kids_begin(t); k != kids_end(t); ++k) {
      int c = static_cast<int>(*k);
      if (!(dep_is(dep(c), "obl") || dep_is(dep(c), "nmod")) || dep(c) == "nmod:poss") continue;
      if (!prep_ok(case_of(c)) || !fit_target(c, type)) continue;
      // "called for the nationalization of the Federal Reserve": what is asked for is no
      // party; only a party named after "for" is asked ("called for Trump to resign").
      if (type == "REQUEST" && case_of(c) == "for" && tok_entity_[c] < 0 && pos(c) != "PRON" &&
          gaz_.sector_for(lem(c)).empty() && gaz_.sector_for(low(c)).empty() && !word_in("person-noun", c))
        continue;
      Arg a = make_arg(c);
      if (a.empty() && pat_.type_info(type) && pat_.type_info(type)->quad >= 3) a = country_of_thing(c);
      if (!a.empty()) return a;
    }
    return {};
  };
  Arg a = scan(i);
  if (!a.empty()) return a;
  for (const uint32_t* k = kids_begin(i); k != kids_end(i); ++k) {
    if (dep(*k) != "obj" && dep(*k) != "advmod") continue;
    int o = static_cast<int>(*k);
    a = scan(o);
    if (a.empty() && look_through(o) != o) a = scan(look_through(o));
    if (a.empty()) {
      // "fired rounds aimed at a loudspeaker in South Korea": the participle's target.
      for (const uint32_t* g = kids_begin(o); g != kids_end(o) && a.empty(); ++g)
        if (dep(*g) == "acl" && word_in("aim-verb", static_cast<int>(*g))) a = scan(static_cast<int>(*g));
    }
    if (!a.empty()) return a;
  }
  return {};
}

// A thing hit or restricted that names no party ("a loudspeaker in South Korea", "flights
// to Cuba"): the country it is in or bound for, for hostile acts.
Arg Extractor::country_of_thing(int n) const {
  for (const uint32_t* k = kids_begin(n); k != kids_end(n); ++k) {
    int c = static_cast<int>(*k);
    // "oil facilities belonging to Saudi Aramco": the owner.
    if (dep(c) == "acl" && word_in("owned-by", c)) {
      for (const uint32_t* g = kids_begin(c); g != kids_end(c); ++g)
        if (dep_is(dep(*g), "obl") && (case_of(*g) == "to" || case_of(*g) == "by")) {
          Arg a = make_arg(static_cast<int>(*g));
          if (!a.empty()) return a;
        }
      continue;
    }
    if (!dep_is(dep(c), "nmod") || dep(c) == "nmod:poss") continue;
    std::string_view cs = case_of(c);
    if (cs != "in" && cs != "to" && cs != "near" && cs != "inside") continue;
    const int e = tok_entity_[c];
    // Round 11: "a refinery in Russia's Saratov region": a place owned by a state.
    if (e < 0 || (doc_.entities[e].type != EntityType::kGpe && doc_.entities[e].type != EntityType::kLoc)) {
      const std::string oc = owner_country(c);
      if (!oc.empty())
        if (const GazCountry* gc = gaz_.country_by_iso3(oc)) return country_arg(c, *gc);
      continue;
    }
    Arg a = arg_from_entity(e, c);
    if (!a.country.empty() && gaz_.country_by_iso3(a.country)) {
      a.name = gaz_.country_by_iso3(a.country)->name;
      a.entity = -1;
      a.sector.clear();
      return a;
    }
  }
  return {};
}

// A definite event noun ("the offer", "this move") that names an event reported earlier in
// the document: that event's actor.
Arg Extractor::earlier_actor(int n) const {
  int det = child(n, "det");
  if (det < 0 || !(low(det) == "the" || low(det) == "this" || low(det) == "that")) return {};
  const int oc = cand_at(n);
  // Round 10: "Peskov told reporters that ... Kyiv must accept X. Yermak rejected the demand":
  // a demand told in the sentence before as what someone must or should do, in a speaker's
  // reported words, is the speaker's.
  if (oc >= 0 && cands_[oc].type == "REQUEST" && sentence_of(n) > 0) {
    const Sentence& ps = doc_.sentences[sentence_of(n) - 1];
    for (uint32_t k = ps.token_begin; k < ps.token_end; ++k) {
      if (!(low(k) == "must" || low(k) == "should") || dep(k) != "aux") continue;
      const int v = head(k);
      if (v < 0) continue;
      const int sj = child_exact(v, "nsubj");
      if (sj < 0 || tok_entity_[sj] < 0) continue;
      int h = v;
      for (int guard = 0; guard < 4 && h >= 0 && (dep(h) == "ccomp" || dep(h) == "conj"); ++guard) {
        h = head(h);
        bool claim = false;
        if (const auto* fr = h >= 0 ? pat_.frames(lem(h)) : nullptr)
          for (const Frame& f : *fr) claim = claim || (f.effect == FrameEffect::kClaim && f.prt.empty());
        if (!claim) continue;
        if (int sp = child_exact(h, "nsubj"); sp >= 0) {
          Arg a = make_arg(sp);
          if (!a.empty()) return a;
        }
        break;
      }
    }
  }
  // Round 11: "condemned the airstrike" after an airstrike and a later capture: the event of
  // the same word or the same kind (type and mode) first, else the latest of the type.
  int pick = -1;
  // Round 13: one does not condemn one's own act ("Taiwan's defence ministry said it had
  // deployed missile systems. It condemned the drills"): the condemner's key.
  std::string own_key;
  if (head(n) >= 0 && dep(n) == "obj")
    if (const int sj = child_exact(head(n), "nsubj"); sj >= 0) {
      const Arg who = make_arg(sj);
      if (!who.empty()) own_key = arg_key(who);
    }
  // Round 13: "condemned the attack on Smara" after attacks of both sides: the one on that
  // place or party; "Greece condemned the attack" after an attack on a Greek-owned tanker and
  // later strikes elsewhere: the one on the accuser's own.
  if (oc >= 0) {
    int on = -1;
    for (const uint32_t* k = kids_begin(n); k != kids_end(n); ++k)
      if (static_cast<int>(*k) > n && dep_is(dep(*k), "nmod") && (case_of(*k) == "on" || case_of(*k) == "against") &&
          (pos(*k) == "PROPN" || tok_entity_[*k] >= 0))
        on = static_cast<int>(*k);
    std::string accuser;
    if (head(n) >= 0 && dep(n) == "obj")
      if (const int sj = child_exact(head(n), "nsubj"); sj >= 0 && tok_entity_[sj] >= 0 &&
                                                       doc_.entities[tok_entity_[sj]].type == EntityType::kGpe)
        accuser = country_of(doc_, tok_entity_[sj], gaz_);
    const std::string word = on >= 0 ? std::string(doc_.token_text(on)) : std::string();
    for (int pass = 0; pass < 2 && pick < 0; ++pass)
      for (size_t j = drafts_.size(); j-- > 0 && pick < 0;) {
        const Draft& d = drafts_[j];
        if (d.ev.type != cands_[oc].type) continue;
        const bool hit = pass == 0 ? on >= 0 && ((tok_entity_[on] >= 0 && d.ev.target.entity == tok_entity_[on]) ||
                                                 (word.size() >= 3 && d.ev.text.find(word) != std::string::npos))
                                   : !accuser.empty() && d.ev.target.country == accuser && d.ev.actor.country != accuser;
        if (hit) pick = static_cast<int>(j);
      }
  }
  if (pick >= 0 && !own_key.empty() && drafts_[pick].actor_key == own_key) pick = -1;
  for (size_t j = drafts_.size(); j-- > 0 && pick < 0;) {
    const Draft& d = drafts_[j];
    if (!own_key.empty() && d.actor_key == own_key) continue;
    if (d.lemma == lem(n) ||
        (oc >= 0 && d.ev.type == cands_[oc].type && !cands_[oc].mode.empty() && d.ev.mode == cands_[oc].mode))
      pick = static_cast<int>(j);
  }
  for (size_t j = drafts_.size(); j-- > 0;) {
    const Draft& d = drafts_[j];
    if (pick >= 0 && static_cast<int>(j) != pick) continue;
    if (!own_key.empty() && d.actor_key == own_key) continue;
    if (d.lemma != lem(n) && !(oc >= 0 && d.ev.type == cands_[oc].type)) continue;
    Arg a;
    a.entity = d.ev.actor.entity;
    a.name = d.ev.actor.name;
    a.country = d.ev.actor.country;
    a.sector = d.ev.actor.sector;
    a.head = n;
    a.start = doc_.tokens[n].start;
    a.end = doc_.tokens[n].end;
    return a;
  }
  return {};
}

Arg Extractor::target_of(const Cand& c) const {
  const int t = c.tok;
  const uint32_t flags = c.pat ? c.pat->flags : 0;
  const std::string only = c.pat ? c.pat->prep_target : std::string();
  if (c.noun) {
    if (!only.empty()) {
      Arg a = target_from_preps(t, c.type, only);
      if (!a.empty()) return a;
    }
    for (const uint32_t* k = kids_begin(t); k != kids_end(t); ++k) {
      int n = static_cast<int>(*k);
      if (!dep_is(dep(n), "nmod") || dep(n) == "nmod:poss") continue;
      std::string_view cs = case_of(n);
      if (cs == "of" && (flags & kOfActor)) continue;
      if (cs == "of" || pat_.in_class("target-prep", cs) ||
          ((cs == "with") && (c.type == "CONSULT" || c.type == "AGREE" || c.type == "COOPERATE" ||
                              (c.type == "ASSAULT" && word_in("with-target", t)))) ||
          ((cs == "to" || cs == "for") && (c.type == "AID" || c.type == "AGREE" || c.type == "CONSULT" || c.type == "REQUEST"))) {
        // "the withholding of aid to Ukraine", "the suspension of flights from Iran": what is
        // withheld is no party, whom it was for is (round 6).
        Arg a;
        if (cs == "of" && pat_.type_info(c.type) && pat_.type_info(c.type)->quad >= 3 && tok_entity_[n] < 0 &&
            (word_in("aid", n) || (cand_at(n) >= 0 && cands_[cand_at(n)].noun)))
          for (const uint32_t* g = kids_begin(n); g != kids_end(n) && a.empty(); ++g)
            if (dep_is(dep(*g), "nmod") && (case_of(*g) == "to" || case_of(*g) == "for" || case_of(*g) == "from"))
              a = make_arg(static_cast<int>(*g));
        if (!a.empty()) return a;
        if (cand_at(n) >= 0 && cands_[cand_at(n)].noun) continue;  // "offer of talks": content
        if (cs != "of" && !fit_target(n, c.type)) continue;
        a = make_arg(n);
        if (a.empty() && pat_.type_info(c.type) && pat_.type_info(c.type)->quad >= 3) a = country_of_thing(n);
        if (!a.empty()) return a;
      }
    }
    // "YouTube is complying with the Church's requests", "Israel rejected the demand": a
    // request, demand or offer answered by someone was addressed to them (round 7).
    if (c.type == "REQUEST" || c.type == "AGREE")
      if (int h = head(t); h >= 0 && is_verb(h) && word_in("response-verb", h) &&
                           (dep(t) == "obj" || (dep_is(dep(t), "obl") && case_of(t) == "with")))
        if (int sj = child_exact(h, "nsubj"); sj >= 0) {
          Arg a = make_arg(sj);
          if (!a.empty()) return a;
        }
    // "a meeting between X and Y": the other side (round 6).
    if (two_sided(c.type))
      if (int b = between_side(t); b >= 0) {
        int other = child_exact(b, "conj");
        if (other < 0) {
          // "between Giuliani, claiming ..., and Andriy Yermak" with the second side hung
          // elsewhere: the next name after "and" in the sentence.
          const Sentence& sn = doc_.sentences[sentence_of(t)];
          for (int k = b + 1; k < static_cast<int>(sn.token_end) && k < b + 16; ++k) {
            if (low(k) == "and" && k + 1 < static_cast<int>(sn.token_end)) {
              for (int j = k + 1; j < static_cast<int>(sn.token_end) && j < k + 4; ++j)
                if (tok_entity_[j] >= 0) {
                  other = j;
                  break;
                }
              break;
            }
          }
        }
        if (other >= 0) {
          Arg a = make_arg(other);
          if (!a.empty()) return a;
        }
      }
    // "a phone call made by X to Y": the participle's "to" (round 6).
    for (const uint32_t* k = kids_begin(t); k != kids_end(t); ++k) {
      if (dep(*k) != "acl" || !is_verb(static_cast<int>(*k)) || !word_in("perform-verb", static_cast<int>(*k))) continue;
      for (const uint32_t* g = kids_begin(*k); g != kids_end(*k); ++g) {
        std::string_view cs = case_of(*g);
        if (!dep_is(dep(*g), "obl") || dep(*g) == "obl:agent") continue;
        if (((cs == "to" || cs == "with") && (c.type == "CONSULT" || c.type == "AID" || c.type == "REQUEST")) ||
            ((cs == "on" || cs == "against" || cs == "at") && pat_.type_info(c.type) && pat_.type_info(c.type)->quad >= 3)) {
          if (!fit_target(static_cast<int>(*g), c.type)) continue;
          Arg a = make_arg(static_cast<int>(*g));
          if (!a.empty()) return a;
        }
      }
    }
    // "Abqaiq was the target of an Al-Qaeda attack": the subject of "the target of".
    if (int h = head(t); h >= 0 && dep_is(dep(t), "nmod") && case_of(t) == "of" && word_in("victim-noun", h))
      if (int sj = child(h, "nsubj"); sj >= 0) {
        Arg a = make_arg(sj);
        if (a.empty()) a = country_of_thing(sj);
        if (!a.empty()) return a;
      }
    return {};
  }
  // Passive: the subject is the target ("a journalist was killed by soldiers").
  // Round 7: support, accusation and rejection of an act ("defended the actions of the
  // protesters", "the call was seconded by X", "opposed Macron's statement") are addressed
  // to whoever did it.
  const bool judges_act = c.type == "SUPPORT" || c.type == "ACCUSE" || c.type == "REJECT";
  auto act_owner = [&](int n) {
    Arg a;
    if (!((cand_at(n) >= 0 && cands_[cand_at(n)].noun) || word_in("event-noun", n) || word_in("misdeed", n)))
      return a;
    a = actor_of_noun(n, 1, false);
    if (a.empty()) a = earlier_actor(n);
    return a;
  };
  if (int sp = child_exact(t, "nsubj:pass"); sp >= 0) {
    Arg a = make_arg(sp);
    if (a.empty() && judges_act) a = act_owner(sp);
    if (a.empty() && pat_.type_info(c.type) && pat_.type_info(c.type)->quad >= 3) a = country_of_thing(sp);
    return a;
  }
  // "Ferguson moved after being forced out of his home", "X was arrested and charged": a
  // passive without its own subject in an adverbial clause or a conjunct was done to the
  // subject of the clause it hangs on (round 7).
  if (child_exact(t, "aux:pass") >= 0 && (dep_is(dep(t), "advcl") || dep(t) == "conj") && head(t) >= 0 &&
      is_verb(head(t))) {
    const int h = head(t);
    // A conjunct only shares a passive subject ("was arrested and was charged"); an active
    // one's subject is no patient ("his mother wept ... had been convicted", a misparse).
    const int sj = dep(t) == "conj" ? child_exact(h, "nsubj:pass") : child_exact(h, "nsubj");
    if (sj >= 0) {
      Arg a = make_arg(sj);
      if (!a.empty()) return a;
    }
  }
  if (!only.empty()) {
    Arg a = target_from_preps(t, c.type, only);
    if (!a.empty()) return a;
  }
  // "Russia and Ukraine exchanged prisoners": what is exchanged goes both ways, so the
  // co-subject is the other side (round 5).
  if (lem(t) == "exchange" || lem(t) == "swap")
    if (int sj = child_exact(t, "nsubj"); sj >= 0)
      if (int co = child_exact(sj, "conj"); co >= 0) {
        Arg x = make_arg(co);
        if (!x.empty()) return x;
      }
  if (!(flags & kNoTarget)) {
    int obj = child_exact(t, "obj");
    if (obj >= 0 && obj == participle_crowd(t) && intransitive(c)) obj = -1;  // "protesting legislators"
    if (obj < 0) obj = child_exact(t, "iobj");
    if (obj >= 0 && tok_entity_[obj] < 0) {
      // "banned Iranian airline Mahan Air" parsed with two objects: the named one.
      for (const uint32_t* k = kids_begin(t); k != kids_end(t); ++k)
        if (static_cast<int>(*k) > obj && dep(*k) == "obj" && tok_entity_[*k] >= 0 &&
            doc_.entities[tok_entity_[*k]].type != EntityType::kNorp) {
          obj = static_cast<int>(*k);
          break;
        }
    }
    // "Rebels seized control of the town of Goma", "took control of X": what is controlled.
    if (obj >= 0 && lem(obj) == "control")
      for (const uint32_t* k = kids_begin(obj); k != kids_end(obj); ++k)
        if (dep_is(dep(*k), "nmod") && case_of(*k) == "of") {
          obj = static_cast<int>(*k);
          break;
        }
    if (obj >= 0) {
      int inner = look_through(obj);
      // Soldiers killed, attacked or arrested are victims, not the instrument ("gunmen killed
      // twelve soldiers"; round 5).
      // A drone or a warship shot down or sunk is what is hit (flag target-is-obj).
      // Round 11: troops accused, expelled or sanctioned are a party; sent, deployed or
      // withdrawn they are the instrument.
      const bool troops_party = word_in("troops", obj) && !(c.type == "MOBILIZE" || c.type == "RETREAT" || c.type == "AID" ||
                                                            c.type == "COOPERATE" || c.type == "SUPPORT" ||
                                                            c.type == "AGREE" || c.type == "CONSULT");
      // Round 11: "condemned the airstrike": the act judged is no instrument.
      const bool judged_act = (flags & (kContent | kWrap)) && cand_at(obj) >= 0 && cands_[cand_at(obj)].noun;
      const bool instrument = !(flags & kTargetIsObj) && !troops_party && !judged_act &&
                              (word_in("weapon", obj) || word_in("weapon", inner) || word_in("aid", obj) ||
                               word_in("troops", obj));
      const bool event_noun = (cand_at(obj) >= 0 && cands_[cand_at(obj)].noun) || word_in("event-noun", obj) ||
                              word_in("misdeed", obj);
      // "issued a subpoena for documents from X", "issued warrants for X": an object the
      // pattern names (obj=) is the act itself; whom it is for is the target (round 6).
      auto for_whom = [&]() {
        Arg a;
        bool obj_named = false;
        if (c.pat)
          for (const PatternCond& pc : c.pat->conds) obj_named = obj_named || pc.kind == PatternCond::Kind::kObj;
        if (!obj_named || c.type == "ASSAULT") return a;
        // "a subpoena for documents from Secretary of State Mike Pompeo" with the name hung
        // on the object in apposition: the named person first.
        for (const uint32_t* k = kids_begin(obj); k != kids_end(obj) && a.empty(); ++k)
          if (dep(*k) == "appos" && tok_entity_[*k] >= 0 && doc_.entities[tok_entity_[*k]].type == EntityType::kPerson)
            a = make_arg(static_cast<int>(*k));
        if (a.empty()) {
          std::vector<int> frontier = {obj};
          for (int level = 0; level < 2 && a.empty(); ++level) {
            std::vector<int> next;
            for (int x : frontier)
              for (const uint32_t* k = kids_begin(x); k != kids_end(x) && a.empty(); ++k) {
                std::string_view d = dep(*k), cs = case_of(*k);
                if (d == "appos" && tok_entity_[*k] >= 0) a = make_arg(static_cast<int>(*k));
                if (!dep_is(d, "nmod") || d == "nmod:poss") continue;
                if (!(cs == "to" || cs == "for" || cs == "from" || cs == "against" || cs == "on")) continue;
                if (fit_target(static_cast<int>(*k), c.type)) a = make_arg(static_cast<int>(*k));
                next.push_back(static_cast<int>(*k));
              }
            frontier.swap(next);
          }
        }
        return a;
      };
      const int oc = cand_at(obj);
      if (oc >= 0 && cands_[oc].absorbed) {
        // "held talks with Lebanon", "launched an offensive against X": the noun's target.
        if (!cands_[oc].target.empty()) return cands_[oc].target;
        if (Arg a = for_whom(); !a.empty()) return a;
      } else if (!instrument) {
        if (event_noun && (flags & (kContent | kWrap)) && !(flags & kTargetIsObj)) {
          // "condemned the attack by X" / "denounced Israel's offer": who did it.
          Arg a = actor_of_noun(obj, 1, false);
          if (!a.empty()) return a;
          // "denounced the offer": the one who made the offer told of earlier.
          a = earlier_actor(obj);
          if (!a.empty()) return a;
        } else if (pos(obj) == "PRON" && (low(obj) == "them" || low(obj) == "it") && dep(t) == "conj" &&
                   head(t) >= 0 && child_exact(head(t), "obj") >= 0 && make_arg(child_exact(head(t), "obj")).empty()) {
          // "obtained the messages ... and released them": the pronoun is the thing just
          // named as the first verb's object, not a party (round 5).
        } else {
          Arg a = make_arg(obj);
          if (a.empty() && judges_act && event_noun && !(flags & kTargetIsObj)) a = act_owner(obj);
          // Round 19: "welcomed the agreement between Armenia and Azerbaijan": an accord or
          // talks judged are addressed to their parties (the first named; its conjunct is
          // the other side of the accord, not a second target).
          if (a.empty() && judges_act && (word_in("accord", obj) || word_in("talks", obj)))
            for (const uint32_t* k = kids_begin(obj); k != kids_end(obj) && a.empty(); ++k)
              if (dep_is(dep(*k), "nmod") && case_of(static_cast<int>(*k)) == "between")
                a = make_arg(static_cast<int>(*k));
          if (a.empty()) a = for_whom();
          if (a.empty() && pat_.type_info(c.type) && pat_.type_info(c.type)->quad >= 3) a = country_of_thing(obj);
          if (!a.empty()) return a;
        }
      }
    }
    if (int io = child_exact(t, "iobj"); io >= 0) {
      Arg a = make_arg(io);
      if (!a.empty()) return a;
    }
  }
  Arg a = target_from_preps(t, c.type, std::string_view());
  if (!a.empty()) return a;
  // "Grenell alleged Mahan had contributed to human suffering": with no object, the one
  // accused is the subject of what is alleged.
  if ((flags & kContent) && child_exact(t, "obj") < 0)
    if (int cc = child_exact(t, "ccomp") >= 0 ? child_exact(t, "ccomp") : child_exact(t, "parataxis"); cc >= 0)
      if (int cs = child(cc, "nsubj"); cs >= 0) {
        Arg x = make_arg(cs);
        if (!x.empty()) return x;
      }
  // "Israel and Lebanon held talks", "police clashed ... and protesters": a co-subject of a
  // two-sided event is its counterpart.
  // Not for one-sided acts done together ("China, Iran and Russia pledged funds").
  // Also fighting ("rebels and government forces clashed") and agreements made together
  // ("Israel and the UAE signed an agreement", "reached a ceasefire deal").
  const int accord_obj = child_exact(t, "obj");
  const bool two_sided = c.type == "CONSULT" || c.type == "COOPERATE" ||
                         (c.type == "AGREE" && !(flags & (kWrap | kIntent)) && child_exact(t, "obj") < 0) ||
                         (c.type == "AGREE" && !c.noun && lem(t) == "agree") ||  // "X and Y agreed to a ceasefire"
                         (c.type == "ASSAULT" && !c.noun && word_in("with-target", t)) ||
                         ((c.type == "AGREE" || c.type == "SUPPORT") && !c.noun && accord_obj >= 0 &&
                          word_in("accord", accord_obj)) ||
                         // Round 19: "Saudi Arabia and Iran restored diplomatic relations":
                         // relations are mutual, the co-subject is the other side.
                         (c.type == "SUPPORT" && !c.noun && accord_obj >= 0 &&
                          (lem(accord_obj) == "relation" || lem(accord_obj) == "relations" ||
                           lem(accord_obj) == "tie" || lem(accord_obj) == "ties"));
  if (two_sided) {
    int subj = child_exact(t, "nsubj");
    // "Rebels and government forces clashed" parsed as a participle on the first noun.
    if (subj < 0 && dep(t) == "acl" && head(t) >= 0 && is_nounish(head(t))) subj = head(t);
    if (subj >= 0)
      if (int co = child_exact(subj, "conj"); co >= 0) {
        Arg x = make_arg(co);
        if (!x.empty()) return x;
      }
    // "North and South Korea exchanged fire": "North" is "North Korea" (a direction word
    // coordinated inside a country's name).
    if (subj >= 0)
      for (const uint32_t* k = kids_begin(subj); k != kids_end(subj); ++k) {
        const int cp = static_cast<int>(*k);
        if (cp > subj || !dep_is(dep(cp), "compound") || child_exact(cp, "conj") < 0) continue;
        const std::string name = std::string(doc_.token_text(cp)) + " " + std::string(doc_.token_text(subj));
        if (const GazCountry* gc = gaz_.country(name)) return country_arg(cp, *gc);
      }
    // "The United States and China signed a deal" parsed with two subjects: the second.
    if (subj >= 0)
      for (const uint32_t* k = kids_begin(t); k != kids_end(t); ++k)
        if (static_cast<int>(*k) > subj && dep(*k) == "nsubj") {
          int cc = -1;
          for (int b = subj + 1; b < static_cast<int>(*k); ++b)
            if (pos(b) == "CCONJ") cc = b;
          if (cc < 0) break;
          Arg x = make_arg(static_cast<int>(*k));
          if (!x.empty()) return x;
        }
  }
  // "militants it accused": the noun an object relative clause modifies.
  if (dep(t) == "acl:relcl" && child_exact(t, "obj") < 0 && head(t) >= 0) {
    int subj = child(t, "nsubj");
    if (subj >= 0 && !(low(subj) == "which" || low(subj) == "who" || low(subj) == "that")) return make_arg(head(t));
  }
  return {};
}

// ------------------------------------------------------------------------------------------
// Frames: negation, modality, claims, references, content of another event

void Extractor::frames_of(Cand* c) const {
  const int t = c->tok;
  const int s = sentence_of(t);
  // Own negation and modals ("did not confront", "could rekindle", "no talks").
  auto own = [&](int i, bool* neg, bool* hyp, bool* fut) {
    for (const uint32_t* k = kids_begin(i); k != kids_end(i); ++k) {
      int ch = static_cast<int>(*k);
      std::string_view d = dep(ch);
      if ((d == "advmod" || d == "det" || d == "cc:preconj") && word_in("negator", ch) && low(ch) != "without") *neg = true;
      if (d == "aux" && fut && (low(ch) == "will" || low(ch) == "would" || low(ch) == "'ll" || low(ch) == "wo"))
        *fut = true;
      else if (d == "aux" && word_in("modal", ch)) *hyp = true;
      if (d == "advmod" && pat_.frames(lem(ch))) {  // "probably", "reportedly"
        for (const Frame& f : *pat_.frames(lem(ch))) {
          if (f.effect == FrameEffect::kHypothetical) *hyp = true;
          if (f.effect == FrameEffect::kClaim) c->claimed = true;
        }
      }
      if (d == "mark" && pat_.frames(low(ch)) && low(ch) != "that") {
        for (const Frame& f : *pat_.frames(low(ch)))
          if (f.effect == FrameEffect::kHypothetical) *hyp = true;
      }
      if (d == "amod" && pat_.frames(lem(ch)))  // "an expected invasion"
        for (const Frame& f : *pat_.frames(lem(ch)))
          if (f.effect == FrameEffect::kHypothetical) *hyp = true;
      // "going to attack"
      if (d == "aux" && low(ch) == "going") *hyp = true;
      // "during past flare-ups", "often": no date to give it.
      if (d == "advmod" && word_in("habitual", ch)) c->dropped = true;
      if (dep_is(d, "obl")) {
        for (const uint32_t* g = kids_begin(ch); g != kids_end(ch); ++g)
          if (dep(*g) == "amod" && word_in("habitual", static_cast<int>(*g)) && case_of(ch) == "during")
            c->dropped = true;
      }
    }
  };
  bool neg = false, hyp = false, fut = false;
  own(t, &neg, &hyp, &fut);
  // Round 18: "they can`t share", "don´t": a contraction written with a backtick or an
  // acute accent is split by the tokenizer into the verb, the mark and "t"; right before the
  // trigger it negates it as "n't" does.
  if (t >= 2 && sentence_of(t - 2) == s && low(t - 1) == "t") {
    const std::string& q = low(t - 2);
    if (q == "`" || q == "\xc2\xb4" || q == "'" || q == "\xe2\x80\x99") neg = true;
  }
  // Round 18: "During Saddam Hussein's rule, ... the Kurdish population massacred as they
  // fought against Saddam's regime": an act set in an era (class `era-noun`: rule, reign,
  // era) is background, told without a date; not coded.
  // Not an act told in the present perfect ("During Goita's rule, soldiers have arrested
  // dozens of journalists"): the era goes on (review, session 9).
  bool perfect = false;
  for (const uint32_t* k = kids_begin(t); k != kids_end(t); ++k)
    if (dep_is(dep(*k), "aux") && (low(*k) == "has" || low(*k) == "have")) perfect = true;
  for (int x = t, g = 0; x >= 0 && g < 8 && !c->dropped && !perfect; x = head(x), ++g) {
    if (x != t && case_of(x) == "during" && word_in("era-noun", x)) c->dropped = true;  // the era parsed as the root
    for (const uint32_t* k = kids_begin(x); k != kids_end(x); ++k)
      if (dep_is(dep(*k), "obl") && case_of(*k) == "during" && word_in("era-noun", static_cast<int>(*k))) {
        c->dropped = true;
        break;
      }
  }
  // Round 11: "Neither country's parliament has ratified it", "no one attacked": a subject
  // (or its owner) with "no" or "neither" denies the act.
  if (!c->noun)
    if (const int sj = child_exact(t, "nsubj"); sj >= 0)
      for (int who : {sj, child_exact(sj, "nmod:poss")}) {
        if (who < 0) continue;
        const int dt = child_exact(who, "det");
        if (dt >= 0 && (low(dt) == "no" || low(dt) == "neither")) neg = true;
      }
  if (neg) c->negated = true;
  if (hyp) c->dropped = true;
  int claim_verb = -1;
  // A noun inside a time phrase is a reference ("since the 1982 invasion").
  if (c->noun) {
    std::string_view cs = case_of(t);
    // "following the resignation of X", "after the arrest of X by police": an act told as
    // what something followed happened, when it names its parties (round 7); "since the 1982
    // invasion", "during past flare-ups", "before the talks" stay references.
    const bool happened = (cs == "following" || cs == "after") &&
                          (child(t, "nmod:poss") >= 0 || child_exact(t, "nmod") >= 0 || child(t, "amod") >= 0);
    if (!cs.empty() && pat_.in_class("temporal", cs) && !happened) c->dropped = true;
    if (dep(t) == "compound" || dep(t) == "amod") c->dropped = true;  // "ceasefire agreement"
  }
  // "paying bounties to kill soldiers": a purpose is not a deed.
  if (!c->noun && dep_is(dep(t), "advcl")) {
    int mk = child_exact(t, "mark");
    // Not what an instrument was used for ("police used water cannon to disperse them").
    // Round 15: nor what a weapon was fired for ("security forces fired tear gas to disperse
    // students", the WordNet tagger's tree with "fired" the root and its object).
    const bool used = head(t) >= 0 && (lem(head(t)) == "use" || lem(head(t)) == "employ" ||
                                       (lem(head(t)) == "fire" && child(head(t), "obj") >= 0));
    // "confessed to killing his sister": "to" before a gerund is a preposition (round 7).
    if (mk >= 0 && low(mk) == "to" && !used && doc_.tokens[t].tag != "VBG") c->dropped = true;
  }
  // "an Israeli town hit by an Iranian missile": a reduced relative is a description.
  // Not an intransitive one ("Members of the House protested by shouting"): a past tense
  // the parser took for a participle.
  // Round 10: not a clause with its own subject ("a statement that the group's forces had
  // targeted X"), which no reduced relative has.
  if (!c->noun && dep(t) == "acl" && doc_.tokens[t].tag == "VBN" && !intransitive(*c) && !root_noun_subject(t) &&
      child_exact(t, "nsubj") < 0 && !verbless_root_predicate(t))
    c->dropped = true;
  // Climb: frames above the trigger.
  int cur = t;
  bool clause_done = false;
  bool in_relative = false;  // "proposed a bill that would fund X": not the proposal's content
  for (int guard = 0; guard < kMaxClimb; ++guard) {
    int h = head(cur);
    if (h < 0 || sentence_of(h) != s) break;
    std::string_view rel = dep(cur);
    // "..., and he accused the network": a conjoined clause with its own past-tense subject
    // stands alone, whatever its first conjunct is governed by.
    if (rel == "conj" && is_verb(cur) && child(cur, "nsubj") >= 0 && child(cur, "aux") < 0 &&
        (doc_.tokens[cur].tag == "VBD" || doc_.tokens[cur].tag == "VBZ"))
      break;
    // "a crowd of people who were counter-protesting", "wants to punish those who attacked
    // it": a trigger heading a relative clause in the past describes someone; what governs
    // the noun (a possibility, a wish, a negation) does not make the act hypothetical
    // (round 6). Not a present state ("Lam, who is supported by Beijing").
    if (rel == "acl:relcl" && cur == t && !c->noun) {
      bool past = doc_.tokens[t].tag == "VBD";
      for (const uint32_t* k = kids_begin(t); k != kids_end(t); ++k)
        if (dep_is(dep(*k), "aux") && (low(*k) == "was" || low(*k) == "were" || low(*k) == "had")) past = true;
      if (past) break;
    }
    if (rel == "acl:relcl") in_relative = true;
    // The nearest clause boundary: negation and modals above it still count for the
    // clausal complements it sits in (xcomp, conj), not for subjects or modifiers.
    const bool complement = rel == "xcomp" || rel == "ccomp" || dep_is(rel, "advcl") || rel == "obj" ||
                            dep_is(rel, "obl") || dep_is(rel, "nmod") || dep_is(rel, "acl") || rel == "conj" ||
                            rel == "csubj" || rel == "nsubj:pass" || rel == "parataxis";
    // "a direct Iranian attack on Israel was unlikely", "an invasion would be a disaster": an
    // event noun that is the subject of a hypothetical predicate or of a modal one is no fact
    // (round 8).
    if (!complement && c->noun && cur == t && (rel == "nsubj" || rel == "csubj")) {
      if (const auto* fr = pat_.frames(lem(h)))
        for (const Frame& f : *fr)
          if (f.effect == FrameEffect::kHypothetical && f.prt.empty()) c->dropped = true;
      // Only a modal on the predicate ("would be a disaster"), not a mark above it
      // ("questioned whether the visit was the result of X": the visit happened).
      for (const uint32_t* k = kids_begin(h); k != kids_end(h); ++k)
        if (dep(*k) == "aux" && word_in("modal", static_cast<int>(*k))) c->dropped = true;
    }
    if (!complement) break;
    // "they have to patrol": an obligation, not a deed (round 7). Only "have" with a "to"
    // complement: "had talks" is held talks.
    if (rel == "xcomp" && lem(h) == "have" && child_exact(cur, "mark") >= 0 && low(child_exact(cur, "mark")) == "to")
      c->dropped = true;
    if (rel != "conj" && rel != "parataxis") {
      if (const auto* fr = pat_.frames(lem(h))) {
        for (const Frame& f : *fr) {
          if (!f.prt.empty()) {
            bool has = false;
            for (const uint32_t* k = kids_begin(h); k != kids_end(h); ++k)
              has = has || (dep(*k) == "compound:prt" && low(*k) == f.prt);
            if (!has) continue;
          }
          // Round 17: "said it was ready to mediate between X and Y", "stands ready to host
          // the two delegations": a cooperative act one says one is ready to do is an offer
          // (PLOVER AGREE), not a mere possibility.
          if (f.effect == FrameEffect::kHypothetical && rel == "xcomp" && cur == t && !c->noun &&
              word_in("offer-adjective", h)) {
            if (c->type == "CONSULT") {
              c->offered = true;
              continue;
            }
          }
          if (f.effect == FrameEffect::kHypothetical || f.effect == FrameEffect::kNegate) c->dropped = true;
          if (f.effect == FrameEffect::kClaim && rel != "obj" && !dep_is(rel, "obl") && !dep_is(rel, "nmod")) {
            c->claimed = true;
            if (claim_verb < 0 && is_verb(h)) claim_verb = h;
          }
        }
      }
      // Reaching a wrap/content trigger: this event is its content.
      if (int gc = cand_at(h); gc >= 0 && cands_[gc].pat && c->governor < 0 && !in_relative) {
        const uint32_t fl = cands_[gc].pat->flags;
        const bool clausal = rel == "xcomp" || rel == "ccomp" || dep_is(rel, "advcl") || dep_is(rel, "acl") ||
                             (dep_is(rel, "obl") && (case_of(cur) == "of" || case_of(cur) == "for"));
        const bool nominal = rel == "obj" || dep_is(rel, "nmod") || dep_is(rel, "obl") || rel == "nsubj:pass";
        // Round 19: "warned Israel of a severe response if it attacked Iranian territory": a
        // condition (an adverbial clause under if / unless) is no content of the warning.
        bool condition = false;
        if (dep_is(rel, "advcl"))
          for (const uint32_t* k = kids_begin(cur); k != kids_end(cur); ++k)
            if (dep(*k) == "mark" && (low(*k) == "if" || low(*k) == "unless")) condition = true;
        if (!condition && (((fl & kWrap) && (clausal || nominal)) || ((fl & kContent) && clausal))) c->governor = gc;
      }
    }
    // Round 11: "did not want a war but would respond": a conjunct set against the first by
    // "but" with its own auxiliary keeps its own polarity.
    bool contrast = false;
    if (rel == "conj" && child(cur, "aux") >= 0)
      for (const uint32_t* k = kids_begin(cur); k != kids_end(cur); ++k)
        if (dep(*k) == "cc" && (low(*k) == "but" || low(*k) == "yet")) contrast = true;
    if (!clause_done && !contrast) {
      bool n2 = false, h2 = false;
      own(h, &n2, &h2, nullptr);
      if (h2) c->dropped = true;
      if (n2) {
        // "shown no interest in mediating": negation above a complement cancels it.
        if (rel == "conj") c->negated = true;
        else c->dropped = true;
      }
      if (rel != "conj" && rel != "xcomp" && rel != "obj" && !dep_is(rel, "nmod") && !dep_is(rel, "obl"))
        clause_done = true;
    }
    cur = h;
  }
  // "North Korea stated it would attack": a stated future hostile act of the speaker's own
  // is a threat (decided once the arguments are known); any other future act is no fact.
  // Round 13: "his forces would not negotiate with a government that bombs its own
  // people", "will not hold talks": talks or cooperation refused for the future is a
  // rejection (PLOVER REJECT), with the same parties.
  if (fut && c->negated && !c->noun && !c->dropped && c->governor < 0 && (c->type == "CONSULT" || c->type == "COOPERATE")) {
    c->refused_future = true;  // recoded in finish(), once its parties are known
    fut = false;
  }
  if (fut) {
    const EventTypeInfo* ti = pat_.type_info(c->type);
    // Round 21: a stated future act of help or cooperation ("Australia said it would provide
    // 5 million dollars in humanitarian assistance") is a pledge when the speaker acts.
    const bool help = c->type == "AID" || c->type == "COOPERATE";
    if (claim_verb >= 0 && !c->negated && !c->dropped && ti && (ti->quad == 4 || help) && c->governor < 0)
      c->stated_future = claim_verb;
    else c->dropped = true;
  }
  if (!fut) c->claim_verb = claim_verb;
  // Direct quotes are opinion, not facts; indirect speech is the speaker's claim.
  if (quote_kind_[t] == 1) c->dropped = true;
  if (quote_kind_[t] == 2) c->claimed = true;
}

// ------------------------------------------------------------------------------------------
// Sentences

const char* threat_mode(const std::string& type, const std::string& mode) {
  if (type == "ASSAULT") return "violence";
  if (type == "COERCE") {
    if (mode == "arrest") return "arrest";
    if (mode == "ban") return "ban";
    if (mode == "seize" || mode == "confiscate") return "territory";
    return "restrict";
  }
  if (type == "SANCTION") return mode == "expel" ? "expel" : "relations";
  if (type == "MOBILIZE") return "violence";
  return "";
}

void Extractor::sentence_parsed(uint32_t s) {
  const Sentence& st = doc_.sentences[s];
  cands_.clear();
  for (uint32_t i = st.token_begin; i < st.token_end; ++i) {
    const int t = static_cast<int>(i);
    std::string_view p = pos(t);
    bool noun = p == "NOUN" || p == "PROPN";
    if (!noun && p != "VERB") continue;
    if (inside_name(t)) continue;
    const EventPattern* pat = match(t, noun);
    if (!pat && noun && verb_tagged_noun(t)) {
      // "demanded that President Conde resign" with "resign" tagged a noun: a verb.
      pat = match(t, false);
      if (pat) noun = false;
    }
    if (noun && root_plural_verb(t)) {
      // Round 11: "Rwanda denies supporting M23" tagged as a plural noun at the root with the
      // name as its compound: a verb in the present, the name its subject.
      const std::string& w = low(t);
      std::string base = w.size() > 4 && w.compare(w.size() - 3, 3, "ies") == 0 ? w.substr(0, w.size() - 3) + "y"
                                                                                : w.substr(0, w.size() - 1);
      std::string base2 = w.size() > 4 && w.compare(w.size() - 2, 2, "es") == 0 ? w.substr(0, w.size() - 2) : base;
      for (const std::string& b : {base, base2})
        if (!pat_.verbs(b).empty()) {
          const std::string keep = lemma_[t];
          lemma_[t] = b;
          if (const EventPattern* vp = match(t, false)) {
            pat = vp;
            noun = false;
            break;
          }
          lemma_[t] = keep;
        }
    }
    if (!pat) continue;
    if (!noun && adjectival_participle(t)) continue;
    Cand c;
    c.tok = t;
    c.noun = noun;
    c.pat = pat;
    c.type = pat->type;
    c.mode = pat->mode;
    cand_of_tok_[t] = static_cast<int>(cands_.size());
    cands_.push_back(std::move(c));
  }
  if (cands_.empty()) return;
  for (Cand& c : cands_) frames_of(&c);
  coordinated_content(s);
  // Object nouns of a verb trigger that codes them ("launched an offensive").
  for (Cand& c : cands_) {
    if (!c.noun) continue;
    int h = head(c.tok);
    if (h >= 0 && cand_at(h) >= 0 && !cands_[cand_at(h)].noun && (dep(c.tok) == "obj") &&
        c.governor < 0 && cands_[cand_at(h)].type == c.type)
      c.absorbed = true;
    // Round 11: "suspended some bilateral aid to Kigali": aid cut or withheld is no aid.
    if (h >= 0 && cand_at(h) >= 0 && !cands_[cand_at(h)].noun && dep(c.tok) == "obj" && c.type == "AID" &&
        (cands_[cand_at(h)].type == "SANCTION" || cands_[cand_at(h)].type == "COERCE"))
      c.absorbed = true;
  }
  for (size_t k = 0; k < cands_.size(); ++k)
    if (cands_[k].governor >= 0) cands_[cands_[k].governor].content.push_back(static_cast<int>(k));
  // Arguments: content first (wrappers inherit from it).
  std::vector<size_t> order(cands_.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = k;
  auto depth_of = [&](size_t k) {
    int d = 0;
    for (int g = cands_[k].governor; g >= 0 && d < 8; g = cands_[g].governor) ++d;
    return d;
  };
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (depth_of(a) != depth_of(b)) return depth_of(a) > depth_of(b);
    return cands_[a].noun && !cands_[b].noun;
  });
  std::vector<Cand> extra_targets;  // round 11: one record per coordinated country expelled from
  for (size_t k : order) {
    Cand& c = cands_[k];
    c.actor = c.noun ? actor_of_noun(c.tok, 0) : actor_of_verb(c.tok, 0);
    c.target = target_of(c);
    // "called for G7 action", "urged UN intervention": whose action is called for is the
    // one asked (round 7); an action with no one named is no party ("called for the
    // nationalization of the Federal Reserve").
    if (c.type == "REQUEST" && !c.noun && c.target.empty()) {
      for (const uint32_t* k = kids_begin(c.tok); k != kids_end(c.tok) && c.target.empty(); ++k) {
        const int n = static_cast<int>(*k);
        const bool called_for = dep(n) == "obj" || (dep_is(dep(n), "obl") && case_of(n) == "for");
        if (!called_for || cand_at(n) >= 0 || !word_in("event-noun", n)) continue;
        for (const uint32_t* g = kids_begin(n); g != kids_end(n); ++g) {
          const int m = static_cast<int>(*g);
          if (m > n || !(dep_is(dep(m), "compound") || dep(m) == "nmod:poss" || dep(m) == "amod")) continue;
          if (tok_entity_[m] < 0 && !gaz_.country(doc_.token_text(m))) continue;
          Arg a = make_arg(m);
          if (a.empty() && tok_entity_[m] >= 0) a = arg_from_entity(tok_entity_[m], m);
          if (!a.empty() && arg_key(a) != arg_key(c.actor)) {
            c.target = a;
            break;
          }
        }
      }
    }
    if (!c.noun) word_order_fallback(&c);
    if (c.noun) noun_word_order_target(&c);
    // "China warned the United States against interfering" with the one warned parsed as
    // the subject of what they are warned against (round 5).
    if (!c.noun && c.target.empty() && c.pat && (c.pat->flags & kTargetIsObj) && child_exact(c.tok, "obj") < 0)
      for (const uint32_t* k = kids_begin(c.tok); k != kids_end(c.tok) && c.target.empty(); ++k) {
        std::string_view d = dep(*k);
        if (!(dep_is(d, "advcl") || d == "xcomp")) continue;  // not "warned that X could ..."
        if (int sj = child_exact(static_cast<int>(*k), "nsubj"); sj >= 0 && pos(sj) != "PRON") {
          Arg a = make_arg(sj);
          if (!a.empty() && arg_key(a) != arg_key(c.actor)) c.target = a;
        }
      }
    // "demanded the resignation of the prime minister", "demanded that the president
    // resign": a demand with nobody asked is addressed to the one who is to act.
    if (c.type == "REQUEST" && c.target.empty() && !c.noun) {
      // "called for Rossello's resignation": the content named by "for" too (round 5).
      int for_noun = -1;
      for (const uint32_t* k = kids_begin(c.tok); k != kids_end(c.tok); ++k)
        if (dep_is(dep(*k), "obl") && case_of(*k) == "for") for_noun = static_cast<int>(*k);
      for (int x : {child_exact(c.tok, "obj"), child_exact(c.tok, "ccomp"), for_noun}) {
        if (x < 0 || cand_at(x) < 0) continue;
        const Cand& in = cands_[cand_at(x)];
        Arg a = in.noun ? actor_of_noun(in.tok, 0) : actor_of_verb(in.tok, 0);
        if (!a.empty() && arg_key(a) != arg_key(c.actor)) {
          c.target = a;
          break;
        }
      }
      // Round 10: "Merz demanded that Scholz call a confidence vote": whatever is demanded,
      // a "that" clause's named subject is the one asked.
      if (int x = child_exact(c.tok, "ccomp"); c.target.empty() && x >= 0 && x > c.tok)
        if (int mk = child_exact(x, "mark"); mk >= 0 && low(mk) == "that")
          if (int sj = child_exact(x, "nsubj"); sj >= 0 && tok_entity_[sj] >= 0) {
            Arg a = make_arg(sj);
            if (!a.empty() && arg_key(a) != arg_key(c.actor)) c.target = a;
          }
    }
    // "refused to answer whether they would support X": an act inside an indirect question
    // is no content of the refusal, offer or threat (round 7).
    if (!c.content.empty() && c.pat && (c.pat->flags & (kWrap | kIntent | kCoopOnly))) {
      std::vector<int> kept;
      for (int ci : c.content) {
        bool question = false;
        for (int x = cands_[ci].tok, g = 0; x >= 0 && x != c.tok && g < 8 && !question; x = head(x), ++g)
          for (const uint32_t* k = kids_begin(x); k != kids_end(x); ++k)
            if (dep(*k) == "mark" && (low(*k) == "whether" || low(*k) == "if")) question = true;
        if (!question) kept.push_back(ci);
      }
      if (kept.empty()) {
        c.dropped = true;
        continue;
      }
      c.content.swap(kept);
    }
    if (!c.content.empty() && c.pat && (c.pat->flags & (kWrap | kIntent | kCoopOnly))) {
      bool coop = false;
      for (int ci : c.content) {
        const Cand& in = cands_[ci];
        const EventTypeInfo* ti = pat_.type_info(in.type);
        if (ti && ti->quad <= 2) coop = true;
        if (c.target.empty() && (c.pat->flags & kWrap) && !(c.pat->flags & kTargetIsObj)) {
          Arg tg = in.target;
          // "offered to hold talks with Israel": the counterpart of the offered event.
          if (!tg.empty()) c.target = tg;
        }
        if (c.mode.empty() && (c.pat->flags & kWrap) && c.type == "THREATEN") c.mode = threat_mode(in.type, in.mode);
      }
      if (c.pat->flags & kIntent) {
        c.type = coop ? "AGREE" : "THREATEN";
        if (!coop && c.mode.empty()) c.mode = threat_mode(cands_[c.content.front()].type, cands_[c.content.front()].mode);
      }
      if ((c.pat->flags & kCoopOnly) && !coop) c.dropped = true;
    } else if (c.pat && (c.pat->flags & (kIntent | kCoopOnly))) {
      c.dropped = true;
    } else if (c.pat && (c.pat->flags & kWrap) && c.type == "AGREE" && !c.noun) {
      // "proposed legislation", "offered it to the diocese": an offer of a thing, not of an
      // act toward someone, unless the thing is talks, aid or an action.
      int o = child_exact(c.tok, "obj");
      // Round 9: "Turkey and Libya agreed on a line as their shared border": two sides
      // agreeing together (the counterpart a co-subject) settle something, no offer of a thing.
      bool together = false;
      // Not "X and Y agreed that NATO would not expand" (an opinion they share).
      if (o < 0 && lem(c.tok) == "agree" && !c.target.empty() && c.target.head >= 0 && child_exact(c.tok, "ccomp") < 0)
        if (int sj = child_exact(c.tok, "nsubj"); sj >= 0)
          for (const uint32_t* k = kids_begin(sj); k != kids_end(sj) && !together; ++k)
            together = dep(*k) == "conj" && static_cast<int>(*k) == c.target.head;
      if (!together &&
          (o < 0 || !(word_in("talks", o) || word_in("aid", o) || word_in("event-noun", o) || word_in("proposal", o) ||
                      word_in("offered-help", o))))
        c.dropped = true;
    } else if (c.pat && (c.pat->flags & kNeedsEvent)) {
      bool has_obj_cond = false;
      for (const PatternCond& pc : c.pat->conds) has_obj_cond = has_obj_cond || pc.kind == PatternCond::Kind::kObj;
      if (!has_obj_cond) c.dropped = true;
    }
    // "Saudi Arabia started supporting the government against the Houthi rebellion",
    // "Russia backed the Syrian government against the rebels": support in a fight is aid.
    if (c.type == "SUPPORT" && !c.noun && (lem(c.tok) == "support" || lem(c.tok) == "back")) {
      const Sentence& sn = doc_.sentences[s];
      for (uint32_t k = c.tok + 1; k < sn.token_end && c.type == "SUPPORT"; ++k) {
        if (low(k) != "against" || !dep_is(dep(k), "case")) continue;
        int up = head(k);
        for (int g = 0; up >= 0 && g < 5 && up != c.tok; ++g) up = head(up);
        if (up == c.tok) {
          c.type = "AID";
          c.mode = "military";
        }
      }
    }
    // Weapon mode from the object ("fired rockets" -> heavy-weapons).
    if (c.mode == "@weapon") {
      c.mode.clear();
      int o = child_exact(c.tok, "obj");
      if (o < 0) o = child_exact(c.tok, "nsubj");
      if (o >= 0) {
        int in = look_through(o);
        std::string_view m = pat_.class_value("weapon", lem(in));
        if (m.empty()) m = pat_.class_value("weapon", low(in));
        if (m.empty()) m = pat_.class_value("weapon", lem(o));
        c.mode = std::string(m);
      }
    }
    // Round 8. "rejected calls for a ceasefire", "rejected the request": a rejection of a
    // request or offer whose author is not named is still a rejection (kept without a
    // target unless an earlier request names the one asked). "offered to host peace talks":
    // an offer to host or hold talks with no side named is an offer of mediation.
    if (!c.noun && (c.target.empty() || (!c.actor.empty() && arg_key(c.target) == arg_key(c.actor)))) {
      if (c.type == "REJECT") {
        const int o = child_exact(c.tok, "obj");
        if (o >= 0 && cand_at(o) >= 0 && cands_[cand_at(o)].noun &&
            (cands_[cand_at(o)].type == "REQUEST" || cands_[cand_at(o)].type == "AGREE"))
          c.untargeted_ok = true;
      }
      if (c.type == "AGREE" && c.pat && (c.pat->flags & kWrap))
        for (int ci : c.content)
          if (cands_[ci].type == "CONSULT" && !cands_[ci].noun && cands_[ci].target.empty() &&
              dep(cands_[ci].tok) == "xcomp" && head(cands_[ci].tok) == c.tok)
            c.untargeted_ok = true;
    }
    round11_arguments(&c, &extra_targets);
    round12_arguments(&c, &extra_targets);
    round13_arguments(&c);
    round14_arguments(&c, &extra_targets);
    round16_material(&c, &extra_targets);
    round17_arguments(&c, &extra_targets);
    round20_material(&c, &extra_targets);
  }
  for (Cand& e : extra_targets) cands_.push_back(std::move(e));
  // Round 8: "launched a barrage of missiles at Ukraine, killing at least 12 people": the
  // killing is the attack's outcome, one record (its dead are the attack's size).
  for (Cand& c : cands_) {
    if (c.dropped || c.noun || c.type != "ASSAULT" || doc_.tokens[c.tok].tag != "VBG" || !dep_is(dep(c.tok), "advcl"))
      continue;
    const int h = head(c.tok);
    if (h < 0 || cand_at(h) < 0) continue;
    const Cand& hc = cands_[cand_at(h)];
    if (hc.noun || hc.dropped || hc.type != "ASSAULT" || hc.target.empty()) continue;
    if (c.actor.empty() || hc.actor.empty() || arg_key(c.actor) == arg_key(hc.actor)) c.dropped = true;
  }
  for (Cand& c : cands_) {
    if (c.stated_future < 0 || c.dropped) continue;
    Arg speaker = actor_of_verb(c.stated_future, 0);
    if (!speaker.empty() && !c.actor.empty() && (arg_key(speaker) == arg_key(c.actor) || same_side(speaker, c.actor))) {
      bool for_people = c.target.entity < 0 && !c.target.empty() && (c.target.sector == "CVL" || c.target.sector.empty());
      for (const uint32_t* k = kids_begin(c.tok); k != kids_end(c.tok); ++k)
        if (dep_is(dep(*k), "obl") && (case_of(*k) == "to" || case_of(*k) == "for") && pos(*k) == "NOUN") for_people = true;
      if ((c.type == "AID" || c.type == "COOPERATE") && for_people) {
        // ("said it would send humanitarian aid to Serb families in the north": help for
        // people, no offer to a party.)
        c.dropped = true;
      } else if (c.type == "AID" || c.type == "COOPERATE") {
        // Round 21: a pledge of one's own help is an offer (AGREE), made to whom the help is
        // for, else as offers naming no one are (merge_and_emit).
        c.type = "AGREE";
        c.mode.clear();
        c.pledged = true;
      } else {
        c.mode = threat_mode(c.type, c.mode);
        c.type = "THREATEN";
      }
      c.claimed = false;
    } else {
      c.dropped = true;
    }
  }
  // Round 9: "Valeska Paris has claimed that the Church of Scientology imprisoned her": a
  // claim (class `accusing-claim`: claim, charge, contend) that someone else did a hostile act
  // (material conflict) is also an accusation of the doer by the claimant; the act stays, as
  // claimed. Not a claim of one's own deed ("Iran claimed it shot down a drone").
  {
    std::vector<Cand> extra;
    for (const Cand& c : cands_) {
      if (c.dropped || c.negated || c.claim_verb < 0 || c.governor >= 0 || c.actor.empty() || c.noun) continue;
      const EventTypeInfo* ti = pat_.type_info(c.type);
      if (!ti || ti->quad != 4 || !word_in("accusing-claim", c.claim_verb)) continue;
      if (cand_at(c.claim_verb) >= 0) continue;  // the claim verb codes something itself
      Arg claimant = actor_of_verb(c.claim_verb, 0);
      if (claimant.empty() || arg_key(claimant) == arg_key(c.actor)) continue;
      Cand acc;
      acc.tok = c.claim_verb;
      acc.type = "ACCUSE";
      acc.actor = claimant;
      acc.target = c.actor;
      acc.negated = false;
      acc.claimed = false;
      extra.push_back(std::move(acc));
    }
    for (Cand& e : extra) cands_.push_back(std::move(e));
  }
  // Round 20: "A military air strike on a monastery sheltering displaced families killed at
  // least 31 people": the attack named as the subject of its outcome ("killed", "wounded") is
  // one event, whose victims the outcome names; the noun's own record, aimed at a building,
  // is dropped (not where the noun names a party as its target: "an attack on Israel").
  for (Cand& c : cands_) {
    if (c.noun || c.dropped || c.type != "ASSAULT" || c.target.empty() || c.target.sector.empty()) continue;
    const int sj = child_exact(c.tok, "nsubj");
    if (sj < 0 || cand_at(sj) < 0) continue;
    Cand& g = cands_[cand_at(sj)];
    if (!g.noun || g.dropped || g.type != "ASSAULT") continue;
    // A building or a place of no state ("a Buddhist monastery", "a mosque", even where the
    // entity stage named it), not a party (described people are).
    const bool building = g.target.entity < 0 || doc_.entities[g.target.entity].type == EntityType::kFac ||
                          doc_.entities[g.target.entity].type == EntityType::kLoc ||
                          (g.target.head >= 0 && pos(g.target.head) == "NOUN");
    if (!g.target.empty() && (!building || !g.target.country.empty() ||
                              (g.target.head >= 0 && (word_in("person-noun", g.target.head) || word_in("crowd-noun", g.target.head)))))
      continue;
    if (!c.actor.empty() && !g.actor.empty() && arg_key(c.actor) != arg_key(g.actor)) continue;
    if (c.mode.empty()) c.mode = g.mode;
    g.dropped = true;
  }
  // Participles under an event ("the bombardment ..., killing 880 and driving a million
  // from their homes") share its target when they have none.
  for (Cand& c : cands_) {
    if (c.noun || !c.target.empty()) continue;
    if (int subj = child_exact(c.tok, "nsubj"); subj >= 0 && cand_at(subj) >= 0) {
      const Cand& g = cands_[cand_at(subj)];
      if (g.noun && g.type == "ASSAULT" && !g.target.empty() && (c.type == "SANCTION" || c.type == "ASSAULT")) {
        c.target = g.target;
        continue;
      }
    }
    int h = head(c.tok);
    for (int guard = 0; h >= 0 && guard < 4; ++guard) {
      if (cand_at(h) >= 0 && h != c.tok) {
        const Cand& g = cands_[cand_at(h)];
        if (g.type == "ASSAULT" && !g.target.empty() && (c.type == "SANCTION" || c.type == "ASSAULT")) c.target = g.target;
        break;
      }
      if (!(dep(c.tok) == "conj" || dep_is(dep(c.tok), "advcl") || dep(c.tok) == "acl")) break;
      // through a causal verb to its object noun
      bool cause = false;
      if (const auto* fr = pat_.frames(lem(h)))
        for (const Frame& f : *fr) cause = cause || f.effect == FrameEffect::kCause;
      if (cause) {
        for (const uint32_t* k = kids_begin(h); k != kids_end(h); ++k)
          if (cand_at(*k) >= 0 && cands_[cand_at(*k)].noun && cands_[cand_at(*k)].type == "ASSAULT" &&
              !cands_[cand_at(*k)].target.empty() && (c.type == "SANCTION" || c.type == "ASSAULT")) {
            c.target = cands_[cand_at(*k)].target;
            break;
          }
        break;
      }
      h = head(h);
    }
  }
  // A copy of candidate c with its actor or target (side) the party at token x, once per party.
  auto copy_with = [&](const Cand& c, int x, Arg Cand::*side, std::vector<std::string>* seen,
                       std::vector<Cand>* extra) {
    Arg xa = make_arg(x);
    if (xa.empty()) return;
    const std::string key = arg_key(xa);
    if (std::find(seen->begin(), seen->end(), key) != seen->end()) return;
    seen->push_back(key);
    Cand copy = c;
    copy.*side = std::move(xa);
    extra->push_back(std::move(copy));
  };
  // "The American Civil Liberties Union and the Native American Rights Fund filed a
  // lawsuit", "seconded by Merkel and Johnson": each of coordinated actors acts, one record
  // each, unless the other is the counterpart of a two-sided event (round 7).
  {
    std::vector<Cand> extra;
    for (const Cand& c : cands_) {
      if (c.dropped || c.noun || c.governor >= 0 || c.absorbed || c.actor.empty() || c.actor.head < 0) continue;
      if (c.type == "CONSULT" || c.type == "COOPERATE" || (c.type == "AGREE" && lem(c.tok) == "agree")) continue;
      int ah = c.actor.head;
      // "German Chancellor Angela Merkel and ... Boris Johnson": the conjuncts hang on the
      // phrase's head, the title, not on the name inside it.
      for (int g = 0; g < 3 && head(ah) >= 0 && (dep(ah) == "flat" || dep_is(dep(ah), "compound") || dep(ah) == "appos");
           ++g)
        ah = head(ah);
      if (!is_nounish(ah) || pos(ah) == "PRON") continue;
      std::vector<std::string> seen = {arg_key(c.actor), arg_key(c.target)};
      for (const uint32_t* k = kids_begin(ah); k != kids_end(ah); ++k) {
        const int x = static_cast<int>(*k);
        if (dep(x) != "conj" || !is_nounish(x) || x < ah) continue;
        // "British Prime Minister Boris Johnson" split by the parse into two conjuncts:
        // the named one.
        bool later_named = false;
        for (const uint32_t* g = k + 1; g != kids_end(ah); ++g)
          later_named = later_named || (dep(*g) == "conj" && tok_entity_[*g] >= 0);
        if (tok_entity_[x] < 0 && later_named) continue;
        copy_with(c, x, &Cand::actor, &seen, &extra);
      }
    }
    for (Cand& e : extra) cands_.push_back(std::move(e));
  }
  // Round 12: "accused Israel and the United States of inciting it", "called on Belgrade and
  // Pristina to return to talks": each named party coordinated with the target is a target,
  // one record each (named ones only: "a school and a monastery" are things). Not for the
  // two-sided types, whose coordinated side is the counterpart.
  {
    std::vector<Cand> extra;
    for (const Cand& c : cands_) {
      if (c.dropped || c.governor >= 0 || c.absorbed || c.target.empty() || c.target.head < 0 || two_sided(c.type)) continue;
      int th = c.target.head;
      for (int g = 0; g < 3 && head(th) >= 0 && (dep(th) == "flat" || dep_is(dep(th), "compound")); ++g) th = head(th);
      if (!is_nounish(th) || pos(th) == "PRON") continue;
      std::vector<std::string> seen = {arg_key(c.actor), arg_key(c.target)};
      for (const uint32_t* k = kids_begin(th); k != kids_end(th); ++k) {
        const int x = static_cast<int>(*k);
        if (dep(x) != "conj" || !is_nounish(x) || x < th || tok_entity_[x] < 0) continue;
        const EntityType et = doc_.entities[tok_entity_[x]].type;
        if (et != EntityType::kGpe && et != EntityType::kOrg && et != EntityType::kPerson) continue;
        copy_with(c, x, &Cand::target, &seen, &extra);
      }
    }
    for (Cand& e : extra) cands_.push_back(std::move(e));
  }
  for (Cand& c : cands_) {
    if (c.governor >= 0 || c.absorbed) c.dropped = true;
    finish(c, s);
  }
  for (const Cand& c : cands_) cand_of_tok_[c.tok] = -1;
}

// "threatening a wider invasion, the seizure of territory and the destruction of X": the
// nouns coordinated with a wrapped object are content too, even where the parse hung them
// elsewhere (word order: a run of noun phrases joined by commas and and/or, no verb between).
void Extractor::coordinated_content(uint32_t s) {
  const int e = static_cast<int>(doc_.sentences[s].token_end);
  for (size_t g = 0; g < cands_.size(); ++g) {
    const Cand& w = cands_[g];
    if (w.noun || !w.pat || !(w.pat->flags & kWrap)) continue;
    int o = child_exact(w.tok, "obj");
    if (o < 0 || cand_at(o) < 0 || cands_[cand_at(o)].governor != static_cast<int>(g)) continue;
    for (int t = o + 1; t < e && t < o + 40; ++t) {
      std::string_view p = pos(t);
      if (p == "VERB" || p == "AUX" || p == "PRON" || p == "SCONJ" || (p == "PUNCT" && low(t) != ",")) break;
      int tc = cand_at(t);
      if (tc < 0 || !cands_[tc].noun || cands_[tc].governor >= 0 || dep_is(dep(t), "nsubj")) continue;
      int b = t - 1;
      while (b > o && (pos(b) == "DET" || pos(b) == "ADJ" || pos(b) == "NUM" || dep_is(dep(b), "compound"))) --b;
      if (low(b) == "," || pos(b) == "CCONJ") cands_[tc].governor = static_cast<int>(g);
    }
  }
}

// An argument rebuilt from an event already recorded (its actor named as a later target).
Arg Extractor::arg_of_event(const EventArg& e) const {
  Arg a;
  a.name = e.name;
  a.entity = e.entity;
  a.country = e.country;
  a.sector = e.sector;
  return a;
}

// Round 11 (wire copy; docs/events.md): arguments the parse gives but the general rules read
// wrongly.
// Round 12. "closed its border with Syria", "suspended peace talks with the ELN", "closed
// its airspace to Indian airlines": a measure taken on a thing shared with someone (a border,
// talks, an airspace) is against that someone, named by the object's "with" or "to"; the
// talks suspended are the measure's object, no meeting of their own.
void Extractor::round12_arguments(Cand* c, std::vector<Cand>* extra) {
  // "Thai and Cambodian troops exchanged fire", "Indian and Pakistani soldiers clashed":
  // troops of two peoples fighting each other: each side attacks the other, one record each.
  if (c->type == "ASSAULT" && !c->noun && (lem(c->tok) == "exchange" || lem(c->tok) == "clash" || lem(c->tok) == "fight") &&
      c->actor.head >= 0 && c->actor.head < static_cast<int>(doc_.tokens.size()))
    for (const uint32_t* k = kids_begin(c->actor.head); k != kids_end(c->actor.head); ++k) {
      const int x = static_cast<int>(*k);
      if (dep(x) != "amod" || tok_entity_[x] < 0 || doc_.entities[tok_entity_[x]].type != EntityType::kNorp) continue;
      const int y = child_exact(x, "conj");
      if (y < 0 || tok_entity_[y] < 0 || doc_.entities[tok_entity_[y]].type != EntityType::kNorp) continue;
      Arg ax = arg_from_entity(tok_entity_[x], x), ay = arg_from_entity(tok_entity_[y], y);
      if (ax.country.empty() || ay.country.empty() || ax.country == ay.country) continue;
      ax.sector = ay.sector = c->actor.sector;
      both_ways(c, std::move(ax), std::move(ay), extra);
      return;
    }
  // "Islamic State militants attacked an army post ... Security forces killed two of the
  // attackers": the attackers named by their role are the author of the attack told before.
  if ((c->type == "ASSAULT" || c->type == "COERCE") && c->target.entity < 0 && c->target.head >= 0 &&
      word_in("attacker-noun", c->target.head) && child_exact(c->target.head, "det") >= 0 &&
      low(child_exact(c->target.head, "det")) == "the")
    for (size_t j = drafts_.size(); j-- > 0;) {
      const Draft& d = drafts_[j];
      if (d.sentence + 3 < static_cast<uint32_t>(sentence_of(c->tok))) break;
      if (d.ev.type != "ASSAULT" || d.ev.actor.name.empty() || d.actor_key == arg_key(c->actor)) continue;
      c->target = arg_of_event(d.ev.actor);
      break;
    }
  if (c->noun || (c->type != "SANCTION" && c->type != "COERCE")) return;
  if (!c->target.empty() && arg_key(c->target) != arg_key(c->actor)) return;  // "its border": the owner is no target
  // "Bangkok would suspend the peace agreement if Cambodian attacks continued": a measure on a
  // thing, conditioned on what another party does, is aimed at that party.
  for (const uint32_t* k = kids_begin(c->tok); k != kids_end(c->tok); ++k) {
    if (!dep_is(dep(*k), "advcl") || !is_verb(static_cast<int>(*k))) continue;
    const int m = child_exact(static_cast<int>(*k), "mark");
    if (m < 0 || (low(m) != "if" && low(m) != "unless")) continue;
    const int sj = child_exact(static_cast<int>(*k), "nsubj");
    if (sj < 0) continue;
    Arg a = (cand_at(sj) >= 0 && cands_[cand_at(sj)].noun) || word_in("event-noun", sj) ? actor_of_noun(sj, 1, false) : make_arg(sj);
    if (!a.empty() && arg_key(a) != arg_key(c->actor)) {
      c->target = a;
      return;
    }
  }
  const int o = child_exact(c->tok, "obj");
  if (o < 0 || tok_entity_[o] >= 0) return;
  for (const uint32_t* k = kids_begin(o); k != kids_end(o); ++k) {
    if (!dep_is(dep(*k), "nmod") || (case_of(*k) != "with" && case_of(*k) != "to") || tok_entity_[*k] < 0) continue;
    Arg a = make_arg(static_cast<int>(*k));
    if (a.empty() || arg_key(a) == arg_key(c->actor)) continue;
    c->target = a;
    if (cand_at(o) >= 0 && cands_[cand_at(o)].noun && cands_[cand_at(o)].type == "CONSULT") cands_[cand_at(o)].dropped = true;
    return;
  }
}

void Extractor::round13_arguments(Cand* c) const {
  // "thousands of people rallied outside a French military base", "protested outside
  // Netanyahu's office": a protest at a place someone owns is aimed at the owner.
  if (c->type == "PROTEST" && !c->noun && c->target.empty())
    for (const uint32_t* k = kids_begin(c->tok); k != kids_end(c->tok); ++k) {
      const int o = static_cast<int>(*k);
      if (!dep_is(dep(o), "obl") || pos(o) != "NOUN") continue;
      const std::string_view cs = case_of(o);
      if (cs != "outside" && cs != "at" && cs != "near" && cs != "before") continue;
      for (const uint32_t* g = kids_begin(o); g != kids_end(o); ++g) {
        const int w = static_cast<int>(*g);
        if (w > o || tok_entity_[w] < 0 || !(dep(w) == "nmod:poss" || dep(w) == "amod" || dep_is(dep(w), "compound")))
          continue;
        Arg a = make_arg(w);
        if (a.empty() || arg_key(a) == arg_key(c->actor)) continue;
        c->target = a;
        return;
      }
    }
}

// Round 14: "China urged both sides to exercise restraint", "Rubio praised both governments",
// a described pair of states (class `pair-noun` with "both" or "the two") is the story's two sides, one record each, when the story has a clear pair
// of states and the actor is neither.
void Extractor::round14_arguments(Cand* c, std::vector<Cand>* extra) const {
  if (c->noun) return;
  // "stood with Somalia" is support; standing somewhere beside someone is not: the phrase
  // must follow the verb ("For California, with the AIP, West stands in ...": no), and a
  // photo caption ("Roosevelt (center) stands with ... Image: unknown") poses.
  if (c->type == "SUPPORT" && lem(c->tok) == "stand") {
    bool after = false, caption = false;
    for (const uint32_t* k = kids_begin(c->tok); k != kids_end(c->tok); ++k)
      if ((dep_is(dep(*k), "obl") || dep_is(dep(*k), "nmod")) &&
          (case_of(*k) == "with" || case_of(*k) == "behind") && static_cast<int>(*k) > c->tok)
        after = true;
    const Sentence& sn = doc_.sentences[doc_.tokens[c->tok].sentence];
    for (uint32_t i = sn.token_begin; i + 1 < sn.token_end; ++i) {
      const std::string& w = low(static_cast<int>(i));
      if ((w == "image" || w == "photo") && doc_.token_text(i + 1) == ":") caption = true;
      if (doc_.token_text(i) == "(" && (low(static_cast<int>(i + 1)) == "center" ||
                                        low(static_cast<int>(i + 1)) == "centre" ||
                                        low(static_cast<int>(i + 1)) == "left" ||
                                        low(static_cast<int>(i + 1)) == "right"))
        caption = true;
    }
    if (!after || caption) {
      c->dropped = true;
      return;
    }
  }
  // "M23 fighters attacked positions held by the pro-government militias", "attacked a wing
  // controlled by Los Choneros": a place or thing attacked, described by who holds it, is
  // an attack on the holder.
  if ((c->type == "ASSAULT" || c->type == "COERCE") && !c->actor.empty() && (c->target.empty() || c->target.entity < 0)) {
    const int ob = child_exact(c->tok, "obj");
    // (Not captives: "killed three hostages held by Hamas" is an attack on the hostages.)
    static constexpr std::string_view kCaptives[] = {"hostage", "hostages", "prisoner", "prisoners",
                                                     "detainee", "detainees", "captive", "captives"};
    const bool captive = ob >= 0 && std::find(std::begin(kCaptives), std::end(kCaptives), low(ob)) !=
                                        std::end(kCaptives);
    if (ob >= 0 && tok_entity_[ob] < 0 && !captive)
      for (const uint32_t* k = kids_begin(ob); k != kids_end(ob); ++k) {
        const int v = static_cast<int>(*k);
        if (dep(v) != "acl" || doc_.tokens[v].tag != "VBN" || !word_in("holder-verb", v)) continue;
        int by = -1;
        for (const uint32_t* g = kids_begin(v); g != kids_end(v) && by < 0; ++g)
          if (dep_is(dep(*g), "obl") && case_of(*g) == "by") by = static_cast<int>(*g);
        if (by < 0) break;
        Arg h = make_arg(by);
        if (!h.empty() && arg_key(h) != arg_key(c->actor)) c->target = h;
        break;
      }
  }
  // "Iraq's government protested to Washington", "China protested against the listing":
  // a state protesting is a diplomatic complaint (ACCUSE), not a demonstration; aimed at the
  // party it protests to or against, else dropped for want of a target.
  if (c->type == "PROTEST" && !c->actor.empty() && (c->mode.empty() || c->mode == "demo") &&
      ((c->actor.entity >= 0 && doc_.entities[c->actor.entity].type == EntityType::kGpe &&
        c->actor.head >= 0 && tok_entity_[c->actor.head] == c->actor.entity) ||
       (c->actor.sector == "GOV" &&
        !(c->actor.entity >= 0 && doc_.entities[c->actor.entity].type == EntityType::kPerson)))) {
    c->type = "ACCUSE";
    c->mode.clear();
    Arg t = target_from_preps(c->tok, "ACCUSE", "to|against|");
    c->target = (!t.empty() && arg_key(t) != arg_key(c->actor)) ? t : Arg{};
  }
  // "X and her counterpart Y signed the deal at the State Department in the presence of Z":
  // an agreement two co-subjects sign is made with each other, whatever else the object's
  // phrase names (the witness parsed as an apposition of "deal").
  // (Not when the verb names its own party: "Russia and China signed an energy deal with
  // Iran" is a deal of each with Iran.)
  bool own_party = false;
  for (int at : {c->tok, child_exact(c->tok, "obj")}) {
    if (at < 0) continue;
    for (const uint32_t* k = kids_begin(at); k != kids_end(at); ++k)
      if ((dep_is(dep(*k), "obl") || dep_is(dep(*k), "nmod")) && case_of(*k) == "with") own_party = true;
  }
  if ((c->type == "AGREE" || c->type == "SUPPORT") && !own_party && child_exact(c->tok, "obj") >= 0 &&
      word_in("accord", child_exact(c->tok, "obj"))) {
    const int subj = child_exact(c->tok, "nsubj");
    const int co = subj >= 0 ? child_exact(subj, "conj") : -1;
    if (co >= 0) {
      Arg x = make_arg(co);
      if (!x.empty() && arg_key(x) != arg_key(c->actor)) c->target = x;
    }
    // "The foreign ministers of Congo and Rwanda signed a peace agreement": officials of two
    // states signing together, one record each way.
    if (subj >= 0 && co < 0 && doc_.tokens[subj].tag == "NNS" && tok_entity_[subj] < 0)
      for (const uint32_t* k = kids_begin(subj); k != kids_end(subj); ++k) {
        const int x = static_cast<int>(*k);
        if (!dep_is(dep(x), "nmod") || case_of(x) != "of") continue;
        const int y = child_exact(x, "conj");
        if (y < 0) break;
        Arg ax = make_arg(x), ay = make_arg(y);
        if (ax.country.empty() || ay.country.empty() || ax.country == ay.country) break;
        both_ways(c, std::move(ax), std::move(ay), extra);
        break;
      }
  }
  if ((pair_first_.empty() && side_group_ < 0) || c->actor.empty()) return;
  const auto side_noun = [&](int x) { return word_in("pair-noun", x) || (side_group_ >= 0 && low(x) == "parties"); };
  int o = c->target.head;
  if (o < 0 || !side_noun(o) || tok_entity_[o] >= 0) {
    o = child_exact(c->tok, "obj");
    if (o < 0) {
      for (const uint32_t* k = kids_begin(c->tok); k != kids_end(c->tok) && o < 0; ++k)
        if (dep_is(dep(*k), "obl") && (case_of(*k) == "on" || case_of(*k) == "upon")) o = static_cast<int>(*k);
    }
  }
  if (o < 0 || !side_noun(o) || tok_entity_[o] >= 0 || doc_.tokens[o].tag != "NNS") return;
  bool pair = false;
  for (const uint32_t* k = kids_begin(o); k != kids_end(o); ++k) {
    const std::string_view w = low(*k);
    if ((dep(*k) == "det" || dep(*k) == "cc:preconj" || dep(*k) == "amod") && w == "both") pair = true;
    if (dep(*k) == "nummod" && w == "two") pair = true;
  }
  const bool warring = child_exact(o, "amod") >= 0 && low(child_exact(o, "amod")) == "warring";
  if (!pair && !warring) return;
  // "both parties" are the warring ones only as such or as parties to something ("both
  // parties to the conflict"); "the leaders of both parties in parliament" are political.
  if (low(o) == "parties" && !warring) {
    bool to = false;
    for (const uint32_t* k = kids_begin(o); k != kids_end(o); ++k)
      if (dep_is(dep(*k), "nmod") && case_of(*k) == "to") to = true;
    if (!to) return;
  }
  if (!pair_sides_ && (low(o) == "sides" || low(o) == "side" || low(o) == "parties") && side_group_ >= 0) {
    // Round 17: a state and the armed group fighting it.
    const GazCountry* st = gaz_.country_by_iso3(side_state_);
    if (!st || c->actor.country == side_state_ || c->actor.entity == side_group_) return;
    c->target = country_arg(o, *st);
    Cand other = *c;
    other.target = arg_from_entity(side_group_, o);
    extra->push_back(std::move(other));
    return;
  }
  if (!pair || pair_first_.empty()) return;
  if (!pair_sides_ && (low(o) == "sides" || low(o) == "side")) return;
  if (c->actor.country == pair_first_ || c->actor.country == pair_second_) return;
  const GazCountry* a = gaz_.country_by_iso3(pair_first_);
  const GazCountry* b = gaz_.country_by_iso3(pair_second_);
  if (!a || !b) return;
  c->target = country_arg(o, *a);
  Cand other = *c;
  other.target = country_arg(o, *b);
  extra->push_back(std::move(other));
}

// Round 17: "rejected a government proposal", "rejected a Sh4.2 billion offer from the
// government", "rejected calls by some opposition lawmakers to invite X": a rejected (or
// welcomed) proposal, call or claim is answered to its author, named as its compound, by
// "from"/"by" on it, or by a "by" the parse hung on the verb after it; what the proposal
// proposes ("to invite U.S. forces") names no party of the rejection.
void Extractor::round17_arguments(Cand* c, std::vector<Cand>* extra) const {
  // "called the raids a clear violation", "considered the attack an aggression": the act
  // named a misdeed accuses its doer (told in the object, or the act the story told before).
  // Round 21: any verb that says what an act is ("described X as", "branded", class
  // `calling-verb`).
  if (!c->noun && c->type == "ACCUSE" && c->target.empty() && word_in("calling-verb", c->tok)) {
    const int o = child_exact(c->tok, "obj");
    if (o >= 0 && (cand_at(o) >= 0 || word_in("event-noun", o))) {
      Arg doer = actor_of_noun(o, 0);
      if (doer.empty()) doer = earlier_actor(o);
      if (!doer.empty() && arg_key(doer) != arg_key(c->actor)) c->target = doer;
    } else if (o >= 0) {
      // Round 21: "A court sentenced three journalists ... called the sentences
      // \"outrageous\"": an act named by the noun of a verb told before (same lemma).
      Arg doer = earlier_actor(o);
      if (!doer.empty() && arg_key(doer) != arg_key(c->actor)) c->target = doer;
    }
    return;
  }
  if (c->noun || (c->type != "REJECT" && c->type != "SUPPORT")) return;
  const int o = child_exact(c->tok, "obj");
  if (o < 0 || !(word_in("proposal", o) || word_in("claim", o)) || child(o, "nmod:poss") >= 0) return;
  Arg author;
  for (const uint32_t* k = kids_begin(o); k != kids_end(o) && author.empty(); ++k) {
    const int x = static_cast<int>(*k);
    if ((dep_is(dep(x), "compound") && x < o) ||
        ((dep_is(dep(x), "nmod") || dep_is(dep(x), "obl")) && (case_of(x) == "from" || case_of(x) == "by")))
      if (!tok_time_[x]) author = make_arg(x);
  }
  // Round 21: "rejected repeated appeals by Sadeghi's lawyers and by the European Union": each
  // author of the call is answered, one record each.
  // The second "by X" may hang on the first or, as a conjunct, on the verb.
  std::vector<Arg> more;
  if (author.empty()) {
    std::vector<int> bys;
    for (const uint32_t* k = kids_begin(c->tok); k != kids_end(c->tok); ++k) {
      const int x = static_cast<int>(*k);
      if (x <= o || case_of(x) != "by" || tok_time_[x] || !(dep_is(dep(x), "obl") || dep(x) == "conj")) continue;
      bys.push_back(x);
      for (const uint32_t* g = kids_begin(x); g != kids_end(x); ++g)
        if (dep(*g) == "conj" && !tok_time_[*g]) bys.push_back(static_cast<int>(*g));
    }
    for (int x : bys) {
      Arg a = make_arg(x);
      if (a.empty()) continue;
      if (author.empty()) author = std::move(a);
      else more.push_back(std::move(a));
    }
  }
  if (author.empty() || arg_key(author) == arg_key(c->actor)) return;
  c->target = author;
  for (Arg& other : more) {
    if (arg_key(other) == arg_key(c->actor) || arg_key(other) == arg_key(author)) continue;
    Cand also = *c;
    also.target = std::move(other);
    extra->push_back(std::move(also));
  }
}

// Round 16 (material types, on articles by editors who never saw factwire; docs/events.md,
// "Round 16").
void Extractor::round16_material(Cand* c, std::vector<Cand>* extra) const {
  if (c->noun || c->dropped) return;
  // "Yemen's war has killed hundreds of thousands of people", "The insurgency ... has killed
  // more than 6,000 people and displaced about a million", "a civil war that killed 400,000":
  // a war or an insurgency (class `conflict-noun`) is nobody's act; its toll is background.
  if (c->type == "ASSAULT" || c->type == "SANCTION") {
    int v = c->tok;
    for (int g = 0; g < 3 && child_exact(v, "nsubj") < 0 && dep(v) == "conj" && head(v) >= 0; ++g) v = head(v);
    int sj = child_exact(v, "nsubj");
    bool war = sj >= 0 && word_in("conflict-noun", sj);
    // "Violence by security forces has killed 50 protesters": the war has its agent.
    if (war)
      for (const uint32_t* k = kids_begin(sj); k != kids_end(sj); ++k)
        if (dep_is(dep(*k), "nmod") && case_of(*k) == "by") war = false;
    // A relative pronoun is the noun it follows ("a civil war in 2013 that killed", the
    // clause hung by the parse on an earlier noun): the nearest noun before it that is no
    // time word.
    if (sj >= 0 && (low(sj) == "that" || low(sj) == "which"))
      for (int k = sj - 1, n = 0; k >= 0 && n < 5 && sentence_of(k) == sentence_of(sj) && !war; --k, ++n)
        if (is_nounish(k) && !tok_time_[k] && pos(k) != "NUM") {
          war = word_in("conflict-noun", k);
          break;
        }
    // "The war, which broke out ... between X and Y, has killed tens of thousands" parsed
    // with the war a verbless root and the verb deep in its relative clause.
    int r = v;
    for (int g = 0; g < 12 && head(r) >= 0; ++g) r = head(r);
    if (r != v && head(r) < 0 && pos(r) == "NOUN" && word_in("conflict-noun", r) && r < v) {
      war = true;
      for (const uint32_t* k = kids_begin(r); k != kids_end(r); ++k)
        if (dep_is(dep(*k), "nmod") && case_of(*k) == "by") war = false;
    }
    if (war) {
      c->dropped = true;
      return;
    }
  }
  // "it collided with an Iranian fishing boat on Tuesday night, injuring two fishermen": the
  // dead or injured of a collision, crash or capsizing (class `accident-verb`) are no attack.
  if (c->type == "ASSAULT" && doc_.tokens[c->tok].tag == "VBG" && head(c->tok) >= 0 &&
      word_in("accident-verb", head(c->tok))) {
    c->dropped = true;
    return;
  }
  // "Russia launched 112 drones and two ballistic missiles at Ukraine": the target hung by
  // the parse on the weapon (or on its conjunct) is the verb's.
  if (c->type == "ASSAULT" && c->target.empty())
    if (const int o = child_exact(c->tok, "obj"); o >= 0 && word_in("weapon", look_through(o))) {
      std::vector<int> things{o};
      for (const uint32_t* k = kids_begin(o); k != kids_end(o); ++k)
        if (dep(*k) == "conj") things.push_back(static_cast<int>(*k));
      for (int w : things)
        for (const uint32_t* k = kids_begin(w); k != kids_end(w) && c->target.empty(); ++k) {
          const std::string_view cs = case_of(*k);
          if (!dep_is(dep(*k), "nmod") || (cs != "at" && cs != "on" && cs != "against" && cs != "into")) continue;
          Arg a = make_arg(static_cast<int>(*k));
          if (!a.empty() && arg_key(a) != arg_key(c->actor)) c->target = a;
        }
    }
  // "Russia and Ukraine have exchanged 157 prisoners of war each": what is exchanged goes
  // both ways, one record each way between the two parties the subject names (round 5 coded
  // only the first subject's).
  if (lem(c->tok) == "exchange" || lem(c->tok) == "swap")
    if (const int sj = child_exact(c->tok, "nsubj"); sj >= 0) {
      std::vector<Arg> sides;
      auto add = [&](int x) {
        Arg a = make_arg(x);
        if (a.empty()) return;
        for (const Arg& b : sides)
          if (arg_key(b) == arg_key(a)) return;
        sides.push_back(std::move(a));
      };
      add(sj);
      for (const uint32_t* k = kids_begin(sj); k != kids_end(sj); ++k)
        if (dep(*k) == "conj") add(static_cast<int>(*k));
      if (sides.size() == 2) both_ways(c, sides[0], sides[1], extra);
    }
  // "approved a $485 million disbursement to Kenya", "a loan of about $280 million for
  // Guinea": aid named as the object is given to whom it is to or for.
  // "announced 20 million pounds in emergency food and health aid for northern Ethiopia":
  // the recipient hung on a conjunct of the aid oblique.
  if (c->type == "AID" && c->target.empty())
    for (const uint32_t* k = kids_begin(c->tok); k != kids_end(c->tok) && c->target.empty(); ++k) {
      if (!dep_is(dep(*k), "obl") || !word_in("aid", static_cast<int>(*k))) continue;
      for (const uint32_t* j = kids_begin(*k); j != kids_end(*k) && c->target.empty(); ++j) {
        if (dep(*j) != "conj" || !word_in("aid", static_cast<int>(*j))) continue;
        for (const uint32_t* g = kids_begin(*j); g != kids_end(*j) && c->target.empty(); ++g)
          if (dep_is(dep(*g), "nmod") && (case_of(*g) == "for" || case_of(*g) == "to")) {
            Arg a = make_arg(static_cast<int>(*g));
            if (!a.empty() && arg_key(a) != arg_key(c->actor)) c->target = a;
          }
      }
    }
  // Also on the amount ("a loan of about $280 million for Guinea").
  if (c->type == "AID" && c->target.empty())
    if (const int o = child_exact(c->tok, "obj"); o >= 0 && word_in("aid", o)) {
      std::vector<int> on{o};
      for (const uint32_t* k = kids_begin(o); k != kids_end(o); ++k)
        if (dep_is(dep(*k), "nmod") && case_of(*k) == "of") on.push_back(static_cast<int>(*k));
      for (int w : on)
        for (const uint32_t* k = kids_begin(w); k != kids_end(w) && c->target.empty(); ++k)
          if (dep_is(dep(*k), "nmod") && (case_of(*k) == "for" || case_of(*k) == "to")) {
            Arg a = make_arg(static_cast<int>(*k));
            if (!a.empty() && arg_key(a) != arg_key(c->actor)) c->target = a;
          }
    }
}

// Round 20: a place or a military site taken by force ("seized the cities of Goma and
// Bukavu", "captured an army outpost", "took control of the town", "seized Sanaa").
bool Extractor::place_taken(int o) const {
  if (o < 0) return false;
  int x = look_through(o);
  if (lem(x) == "control") {  // "took control of X"
    int of = -1;
    for (const uint32_t* k = kids_begin(x); k != kids_end(x) && of < 0; ++k)
      if (dep_is(dep(*k), "nmod") && case_of(*k) == "of") of = static_cast<int>(*k);
    if (of < 0) return false;
    x = look_through(of);
  }
  if (word_in("held-place", x) || word_in("place-noun", x)) return true;
  const int e = tok_entity_[x];
  if (e < 0) return false;
  const EntityType t = doc_.entities[e].type;
  return t == EntityType::kGpe || t == EntityType::kLoc || t == EntityType::kFac;
}

// Round 20, the material types on copy nobody here had read (docs/events.md, "Round 20").
void Extractor::round20_material(Cand* c, std::vector<Cand>* extra) const {
  if (c->noun || c->dropped) return;
  // "The M23 seized the cities of Goma and Bukavu", "its fighters had captured an army
  // outpost": a place or a military site seized or captured is an attack on its holder
  // (PLOVER's occupation, ASSAULT), not a seizure of property or an arrest ("seized
  // weapons", "captured a militant" stay COERCE).
  if (c->type == "COERCE" && (c->mode == "seize" || (c->mode == "arrest" && lem(c->tok) == "capture")) &&
      place_taken(child_exact(c->tok, "obj"))) {
    c->type = "ASSAULT";
    c->mode.clear();
    // "seized the cities of Goma and Bukavu": a town of a state taken by another party is an
    // attack on that state (a country taken is the country already).
    if (c->target.entity >= 0 && !c->target.country.empty() && arg_key(c->actor) != "c:" + c->target.country &&
        (doc_.entities[c->target.entity].type == EntityType::kGpe || doc_.entities[c->target.entity].type == EntityType::kLoc) &&
        !gaz_.country(doc_.entities[c->target.entity].name))
      if (const GazCountry* gc = gaz_.country_by_iso3(c->target.country)) c->target = country_arg(c->target.head, *gc);
  }
  // "Iran released a Swedish-Iranian researcher ... in exchange for a former Iranian
  // official", "In return, Sweden released X": in a story of a swap between its two states
  // (round 14's pair), each side's release is made to the other side, as coders code a swap
  // (RETREAT/release by each side), whoever the person freed is.
  if (c->type == "RETREAT" && c->mode == "release" && pair_sides_ && !c->actor.country.empty() &&
      (c->actor.sector.empty() || c->actor.sector == "GOV" || c->actor.sector == "JUD") &&
      (c->actor.country == pair_first_ || c->actor.country == pair_second_) &&
      (c->target.empty() || c->target.sector.empty() || c->target.sector == "CVL" ||
       (c->target.entity >= 0 && doc_.entities[c->target.entity].type == EntityType::kPerson))) {
    const std::string& other = c->actor.country == pair_first_ ? pair_second_ : pair_first_;
    bool swap = false;
    for (size_t t = 0; t < doc_.tokens.size() && !swap; ++t)
      swap = (lem(static_cast<int>(t)) == "swap" || lem(static_cast<int>(t)) == "exchange") && pos(static_cast<int>(t)) == "NOUN";
    // Not a third state's national ("released a French researcher" stays so).
    if (swap && c->target.country != other && (c->target.country.empty() || c->target.country == c->actor.country))
      if (const GazCountry* gc = gaz_.country_by_iso3(other))
        c->target = country_arg(c->target.head >= 0 ? c->target.head : c->tok, *gc);
  }
  // "10,000 Burundian soldiers are deployed to support Congolese forces", "Rwanda deployed
  // 1,000 troops to help Mozambican forces": troops sent to support another state's forces
  // are military aid to that state (the deployment stays a MOBILIZE).
  if (c->type == "MOBILIZE" && c->mode == "troops")
    for (const uint32_t* k = kids_begin(c->tok); k != kids_end(c->tok); ++k) {
      const int v = static_cast<int>(*k);
      if (!(dep_is(dep(v), "advcl") || dep(v) == "xcomp") || !word_in("support-verb", v)) continue;
      const int o = child_exact(v, "obj");
      if (o < 0) continue;
      Arg a = make_arg(o);
      const bool organ = a.sector.empty() || a.sector == "MIL" || a.sector == "GOV" || a.sector == "COP";
      if (a.country.empty() || !organ || a.country == c->actor.country || c->actor.empty()) continue;
      const GazCountry* gc = gaz_.country_by_iso3(a.country);
      if (!gc) continue;
      Cand aid = *c;
      aid.type = "AID";
      aid.mode = "military";
      aid.target = country_arg(o, *gc);
      extra->push_back(std::move(aid));
      break;
    }
  // "has armed tens of thousands of civilian volunteers": a state arming its own people
  // (described civilians or volunteers of no other state) mobilises them (MOBILIZE/weapons,
  // no target), not aid between parties; "Russia armed the separatists" stays AID.
  const int armed = c->type == "AID" && lem(c->tok) == "arm" ? child_exact(c->tok, "obj") : -1;
  bool foreign = false;  // "armed Ukrainian volunteers": another state's people
  if (armed >= 0)
    for (const uint32_t* k = kids_begin(look_through(armed)); k != kids_end(look_through(armed)); ++k)
      if ((dep(*k) == "amod" || dep_is(dep(*k), "compound")) && tok_entity_[*k] >= 0 &&
          country_of(doc_, tok_entity_[*k], gaz_) != c->actor.country)
        foreign = true;
  if (armed >= 0 && !foreign && word_in("volunteer-noun", look_through(armed)) &&
      child_exact(look_through(armed), "nmod:poss") < 0 &&
      (c->target.empty() || (c->target.entity < 0 && (c->target.country.empty() || c->target.country == c->actor.country)))) {
    c->type = "MOBILIZE";
    c->mode = "weapons";
    c->target = Arg{};
  }
  // "a deal mediated by Oman" in a story of a swap between Iran and Sweden: a mediator
  // (CONSULT/third-party) outside the story's two states who talks with one of them talks
  // with the other too, one record each.
  if (c->type == "CONSULT" && c->mode == "third-party" && pair_sides_ && !c->actor.country.empty() &&
      c->actor.country != pair_first_ && c->actor.country != pair_second_ &&
      (c->target.country == pair_first_ || c->target.country == pair_second_) &&
      (c->target.sector.empty() || c->target.sector == "GOV")) {
    const std::string& other = c->target.country == pair_first_ ? pair_second_ : pair_first_;
    if (const GazCountry* gc = gaz_.country_by_iso3(other)) {
      Cand back = *c;
      back.target = country_arg(c->target.head >= 0 ? c->target.head : c->tok, *gc);
      extra->push_back(std::move(back));
    }
  }
  // "left ECOWAS", "quit the African Union" (verbs.tsv, round 20) is a state's sanction of
  // the bloc; an official or a person leaving a body changes jobs.
  if (c->type == "SANCTION" && c->mode == "withdraw" &&
      (lem(c->tok) == "leave" || lem(c->tok) == "quit" || lem(c->tok) == "exit" || lem(c->tok) == "withdraw") &&
      (lem(c->tok) != "withdraw" || child_exact(c->tok, "obj") < 0)) {
    const bool state = (!c->actor.country.empty() && c->actor.sector.empty() && c->actor.entity < 0) ||
                       (c->actor.entity >= 0 && doc_.entities[c->actor.entity].type == EntityType::kGpe);
    if (!state) c->dropped = true;
  }
  // "soldiers had torched dozens of houses in the Mankon neighbourhood": homes burned,
  // shelled or destroyed with no owner named are an attack on the civilians who live in them
  // (of the place's country where the sentence names it; none where that is the attacker's
  // own, so that the record is not cleared as a state acting on itself).
  if (c->type == "ASSAULT" &&
      (c->target.empty() || (c->target.entity < 0 && c->target.sector.empty() && c->target.country.empty()))) {
    const int o = child_exact(c->tok, "obj");
    const int x = o >= 0 ? look_through(o) : -1;
    if (x >= 0 && word_in("dwelling", x) && child_exact(x, "nmod:poss") < 0) {
      Arg a;
      a.head = x;
      a.name = "civilians";
      a.sector = "CVL";
      a.start = doc_.tokens[x].start;
      a.end = doc_.tokens[x].end;
      a.country = country_of_thing(x).country;
      if (a.country == c->actor.country) a.country.clear();
      c->target = a;
    }
  }
}

void Extractor::round11_arguments(Cand* c, std::vector<Cand>* extra) const {
  // Dropped ones too: a dropped content still gives its target to what wraps it.
  if (c->noun) return;
  // The object; not a complementizer the parse took for one ("said that its fighters had
  // captured a base" with "that" as an object of "captured").
  int o = -1;
  for (const uint32_t* k = kids_begin(c->tok); k != kids_end(c->tok) && o < 0; ++k)
    if (dep(*k) == "obj" && !(pos(*k) == "PRON" && (low(*k) == "that" || low(*k) == "which")))
      o = static_cast<int>(*k);
  // "accusing neighbouring Ivory Coast of ..." with the adjective taken for a verb whose
  // object is the name: the name is the object.
  if (c->target.empty() && o < 0)
    for (const uint32_t* k = kids_begin(c->tok); k != kids_end(c->tok) && c->target.empty(); ++k)
      if (dep(*k) == "xcomp" && word_in("adjective-verb", static_cast<int>(*k)))
        if (const int n = child_exact(static_cast<int>(*k), "obj"); n >= 0) {
          Arg a = make_arg(n);
          if (!a.empty() && arg_key(a) != arg_key(c->actor)) c->target = a;
        }
  // "expelled diplomats from Argentina, Chile and Peru": envoys expelled from a country are
  // that country's, one record for each country.
  if (c->type == "SANCTION" && c->mode == "expel" && o >= 0 && word_in("envoy-noun", o) &&
      (c->target.empty() || c->target.country.empty())) {
    int from = -1;
    for (int at : {c->tok, o})
      for (const uint32_t* k = kids_begin(at); k != kids_end(at) && from < 0; ++k)
        if ((dep_is(dep(*k), "obl") || dep_is(dep(*k), "nmod")) && case_of(*k) == "from" && tok_entity_[*k] >= 0)
          from = static_cast<int>(*k);
    if (from >= 0) {
      Arg a = make_arg(from);
      if (!a.empty() && !a.country.empty()) {
        c->target = a;
        for (const uint32_t* k = kids_begin(from); k != kids_end(from); ++k) {
          if (dep(*k) != "conj" || tok_entity_[*k] < 0) continue;
          Arg x = make_arg(static_cast<int>(*k));
          if (x.empty() || x.country.empty()) continue;
          Cand copy = *c;
          copy.target = x;
          extra->push_back(std::move(copy));
        }
      }
    }
  }
  // "demanded Medina's immediate release", "called for the release of X": the captor is
  // asked, the actor of the latest arrest or seizure told before.
  if (c->type == "REQUEST") {
    int rel = -1;
    if (o >= 0 && word_in("release-noun", o)) rel = o;
    for (const uint32_t* k = kids_begin(c->tok); k != kids_end(c->tok) && rel < 0; ++k)
      if (dep_is(dep(*k), "obl") && case_of(*k) == "for" && word_in("release-noun", static_cast<int>(*k)))
        rel = static_cast<int>(*k);
    if (rel >= 0 && (c->target.empty() || c->target.head == rel || tok_entity_[rel] >= 0 ||
                     (c->target.head >= 0 && head(c->target.head) == rel)))
      for (size_t j = drafts_.size(); j-- > 0;) {
        const Draft& d = drafts_[j];
        if (d.ev.type != "COERCE" || (d.ev.mode != "arrest" && d.ev.mode != "seize" && d.ev.mode != "abduct") ||
            d.ev.actor.name.empty())
          continue;
        Arg a = arg_of_event(d.ev.actor);
        if (arg_key(a) != arg_key(c->actor)) c->target = a;
        break;
      }
  }
  // "Rwanda denies supporting M23", "the Kremlin has denied targeting civilians": denying
  // one's own act answers those who accused one, not the act's target (the merge names them).
  if (c->type == "REJECT" && lem(c->tok) == "deny" && c->pat && (c->pat->flags & kWrap) && !c->content.empty()) {
    bool own = true;
    for (int ci : c->content) {
      const Arg& ia = cands_[ci].actor;
      // Round 21: "He denied that civilians had been targeted": an act told without its doer
      // is the one the denier is said to have done.
      if (ia.empty() && !cands_[ci].noun && child_exact(cands_[ci].tok, "aux:pass") >= 0) continue;
      // "... had been targeted and accused the resistance of ...": an active conjunct the
      // parse hung on a passive content verb is the denier's next act, not what is denied.
      if (!cands_[ci].noun && dep(cands_[ci].tok) == "conj" && child_exact(cands_[ci].tok, "aux:pass") < 0 &&
          head(cands_[ci].tok) >= 0 && child_exact(head(cands_[ci].tok), "aux:pass") >= 0 &&
          child(cands_[ci].tok, "nsubj") < 0)
        continue;
      if (ia.empty() || arg_key(ia) != arg_key(c->actor)) own = false;
    }
    if (own) {
      c->target = Arg();
      c->untargeted_ok = true;
      c->answer_only = true;
      c->answers_speaker = true;
    }
  }
  // Round 21: "The defence ministry denied the accusation", "dismissed the allegations": a
  // claim denied whose author the sentence does not name answers the one who made it (an
  // earlier accusation of the denier, else whoever last said so, in merge_and_emit).
  // So is a denial of a clause that tells no event ("denied that civilians had been hit",
  // "denied that the case was politically motivated").
  if (c->type == "REJECT" && c->target.empty() && c->content.empty() && lem(c->tok) == "deny" &&
      child_exact(c->tok, "ccomp") >= 0 && child_exact(c->tok, "obj") < 0) {
    c->untargeted_ok = true;
    c->answer_only = true;
    c->answers_speaker = true;
  }
  if (c->type == "REJECT" && c->target.empty() && c->content.empty())
    if (const int ob = child_exact(c->tok, "obj"); ob >= 0 && word_in("claim", ob) && child(ob, "nmod:poss") < 0 &&
                                                  child(ob, "compound") < 0) {
      bool authored = false;
      for (const uint32_t* k = kids_begin(ob); k != kids_end(ob); ++k)
        if (dep_is(dep(*k), "nmod") && (case_of(*k) == "by" || case_of(*k) == "from")) authored = true;
      if (!authored) {
        c->untargeted_ok = true;
        c->answer_only = true;
        c->answers_speaker = true;
      }
    }
  // "Ukrainian drones struck an oil refinery in Russia's Saratov region": a thing hit in a
  // place owned by a state targets the state.
  if ((c->type == "ASSAULT" || c->type == "COERCE") && c->target.empty() && o >= 0)
    for (const uint32_t* k = kids_begin(c->tok); k != kids_end(c->tok) && c->target.empty(); ++k)
      if (dep_is(dep(*k), "obl") && (case_of(*k) == "in" || case_of(*k) == "near" || case_of(*k) == "inside")) {
        const std::string oc = owner_country(static_cast<int>(*k));
        if (const GazCountry* gc = oc.empty() ? nullptr : gaz_.country_by_iso3(oc); gc && oc != c->actor.country)
          c->target = country_arg(static_cast<int>(*k), *gc);
      }
  // "to attack the homes of council members": a thing of described people attacked or seized
  // targets them.
  if ((c->type == "ASSAULT" || c->type == "COERCE") && c->target.empty() && o >= 0 && !word_in("person-noun", o) &&
      !word_in("quantity", o) && !word_in("weapon", o))
    for (const uint32_t* k = kids_begin(o); k != kids_end(o) && c->target.empty(); ++k)
      if (static_cast<int>(*k) > o && dep_is(dep(*k), "nmod") && case_of(*k) == "of" && !word_in("weapon", static_cast<int>(*k))) {
        Arg m = make_arg(static_cast<int>(*k));
        if (!m.empty() && (m.entity >= 0 || !m.sector.empty() || !m.country.empty()) && arg_key(m) != arg_key(c->actor))
          c->target = m;
      }
  // "its fighters had captured a military base", "attacked an army outpost": a military thing
  // with no owner named, in a story filed from a country, is that state's.
  if ((c->type == "ASSAULT" || c->type == "COERCE") && c->target.empty() && o >= 0 && !dateline_country_.empty() &&
      arg_key(c->actor) != "c:" + dateline_country_)
    for (const uint32_t* k = kids_begin(o); k != kids_end(o) && c->target.empty(); ++k)
      if (static_cast<int>(*k) < o && (dep(*k) == "amod" || dep_is(dep(*k), "compound"))) {
        const std::string_view ms = pat_.class_value("sector-modifier", lem(*k));
        if (ms == "MIL" || ms == "COP" || ms == "GOV")
          if (const GazCountry* gc = gaz_.country_by_iso3(dateline_country_)) c->target = country_arg(o, *gc);
      }
  // "closed its airspace to Indian airlines": a thing of the actor's own closed or cut to
  // someone targets them.
  if ((c->type == "COERCE" || c->type == "SANCTION") && !c->target.empty() && !c->actor.empty() &&
      arg_key(c->target) == arg_key(c->actor) && o >= 0 && child_exact(o, "nmod:poss") >= 0) {
    Arg a = target_from_preps(c->tok, c->type, "to|against|for|");
    if (!a.empty() && arg_key(a) != arg_key(c->actor)) c->target = a;
  }
  // "announced $60 million in additional aid for the security mission": aid named in an
  // oblique is given to whom it is for.
  if (c->type == "AID" && c->target.empty())
    for (const uint32_t* k = kids_begin(c->tok); k != kids_end(c->tok) && c->target.empty(); ++k)
      if (dep_is(dep(*k), "obl") && word_in("aid", static_cast<int>(*k)))
        for (const uint32_t* g = kids_begin(*k); g != kids_end(*k) && c->target.empty(); ++g)
          if (dep_is(dep(*g), "nmod") && (case_of(*g) == "for" || case_of(*g) == "to")) {
            Arg a = make_arg(static_cast<int>(*g));
            if (!a.empty() && arg_key(a) != arg_key(c->actor)) c->target = a;
          }
  // "warned that it would respond": a warning with nobody warned threatens whom its content
  // targets.
  if (c->type == "THREATEN" && c->target.empty() && o < 0)
    for (int ci : c->content)
      if (!cands_[ci].target.empty() && arg_key(cands_[ci].target) != arg_key(c->actor)) {
        c->target = cands_[ci].target;
        break;
      }
  // "warned that it would respond", "would respond with full force to any Indian strike":
  // a response is to an attack, by the one who attacked.
  if (c->type == "ASSAULT" && c->target.empty() && (lem(c->tok) == "respond" || lem(c->tok) == "retaliate")) {
    const std::string self = arg_key(c->actor);
    for (const uint32_t* k = kids_begin(c->tok); k != kids_end(c->tok) && c->target.empty(); ++k) {
      const int n = static_cast<int>(*k);
      if (!dep_is(dep(n), "obl") || !(case_of(n) == "to" || case_of(n) == "against" || case_of(n) == "for")) continue;
      if (cand_at(n) < 0 && !word_in("event-noun", n)) continue;
      Arg a = actor_of_noun(n, 0);
      if (!a.empty() && arg_key(a) != self) c->target = a;
    }
    for (size_t j = cands_.size(); c->target.empty() && j-- > 0;) {
      const Cand& o2 = cands_[j];
      if (&o2 == c || o2.tok > c->tok || o2.type != "ASSAULT") continue;
      // its actor may not be known yet (arguments go content first)
      Arg a2 = !o2.actor.empty() ? o2.actor : (o2.noun ? actor_of_noun(o2.tok, 0) : actor_of_verb(o2.tok, 0));
      home_country(&a2, true);
      if (a2.empty() || arg_key(a2) == self) continue;
      c->target = a2;
    }
    for (size_t j = drafts_.size(); c->target.empty() && j-- > 0;) {
      const Draft& d = drafts_[j];
      if (d.ev.type == "ASSAULT" && d.target_key == self && d.actor_key != self) c->target = arg_of_event(d.ev.actor);
    }
  }
}

// A verb trigger that the parse left without an actor (or, with no object at all, without a
// target) although names stand around it ("United States Senator from Vermont Bernie Sanders
// endorsed former Vice President Joe Biden" parsed with "Vermont" and "Joe" as subjects):
// the nearest name on the left within the clause acts, the nearest on the right is the
// target, as for sentences without a parse (round 5). Not for passives, infinitives or
// verbs that climb to a governor.
void Extractor::word_order_fallback(Cand* c) const {
  const int t = c->tok;
  if (child_exact(t, "nsubj:pass") >= 0 || child_exact(t, "aux:pass") >= 0) return;
  if (int mk = child_exact(t, "mark"); mk >= 0 && low(mk) == "to") return;
  if (dep(t) == "xcomp" || dep(t) == "conj" || dep_is(dep(t), "acl")) return;
  const Sentence& st = doc_.sentences[sentence_of(t)];
  const int b = static_cast<int>(st.token_begin), e = static_cast<int>(st.token_end);
  auto stop = [&](int i) {
    const std::string& w = low(i);
    return w == ";" || w == ":" || w == "which" || w == "who" || w == "that" || w == "when" || w == "but" ||
           w == "because" || w == "while" || w == "after" || w == "before" || w == "since" || w == "\"" ||
           w == "“" || w == "”" || (i != t && (pos(i) == "VERB" || pos(i) == "AUX"));
  };
  if (int sj = child_exact(t, "nsubj"); sj >= 0 && place_apposition(sj)) return;
  auto party = [&](int k) {
    if (tok_entity_[k] < 0 || tok_dateline_[k]) return false;
    EntityType ty = doc_.entities[tok_entity_[k]].type;
    return ty == EntityType::kPerson || ty == EntityType::kOrg || ty == EntityType::kGpe;
  };
  // The entity's last token: a name is taken once, from its head word.
  auto name_end = [&](int k) { return k + 1 >= e || tok_entity_[k + 1] != tok_entity_[k]; };
  if (c->actor.empty()) {
    for (int k = t - 1; k >= b && k >= t - 12 && !stop(k); --k) {
      if (!party(k) || !name_end(k)) continue;
      // not a place after a preposition ("in Kabul"), nor a time
      int f = k;
      while (f > b && tok_entity_[f - 1] == tok_entity_[k]) --f;
      if (f > b && pos(f - 1) == "ADP") break;
      c->actor = arg_from_entity(tok_entity_[k], k);
      break;
    }
  }
  const EventTypeInfo* ti = pat_.type_info(c->type);
  if (c->target.empty() && !c->actor.empty() && ti && ti->needs_target && child_exact(t, "obj") < 0 &&
      !(c->pat && (c->pat->flags & (kWrap | kContent | kNoTarget)))) {
    // A meeting only with the name right after the verb ("Trump met Kim Jong-un"), not with
    // people described first ("met officers Quirin and Redouane at a pub").
    const int reach = c->type == "CONSULT" ? t + 1 : t + 8;
    for (int k = t + 1; k < e && k <= reach && !stop(k); ++k) {
      if (!party(k)) continue;
      if (k > t + 1 && pos(k - 1) == "ADP" && !pat_.in_class("target-prep", low(k - 1))) break;
      Arg a = arg_from_entity(tok_entity_[k], k);
      const bool two_people = a.entity != c->actor.entity && c->actor.entity >= 0 &&
                              doc_.entities[c->actor.entity].type == EntityType::kPerson &&
                              doc_.entities[a.entity].type == EntityType::kPerson;
      if (two_people || arg_key(a) != arg_key(c->actor)) c->target = a;
      break;
    }
  }
}

// A misdeed noun ("misconduct", "abuses") between event noun n and a later "by X" phrase
// headed by x, in word order with only its modifiers between: the misdeed's token, else -1.
int Extractor::misdeed_before(int n, int x) const {
  if (x <= n) return -1;
  int by = -1;
  for (int k = x - 1; k > n && k >= x - 6; --k)
    if (low(k) == "by") {
      by = k;
      break;
    }
  if (by < 0) return -1;
  const int m = by - 1;
  if (m <= n || !word_in("misdeed", m)) return -1;
  return m;
}

// Round 9: an event noun the parse left without a target, although a party is named right
// after it with a target preposition ("the NCA's investigation of Matthew Falder" parsed
// with "of" as a compound; "an investigation into alleged misconduct by X", whose X did the
// misdeed): the named party is the target, by word order, as verbs have (round 5).
void Extractor::noun_word_order_target(Cand* c) const {
  if (!c->target.empty() || !c->noun) return;
  const EventTypeInfo* ti = pat_.type_info(c->type);
  if (!ti || !ti->needs_target) return;
  const int t = c->tok;
  const Sentence& st = doc_.sentences[sentence_of(t)];
  const int e = static_cast<int>(st.token_end);
  if (t + 1 >= e) return;
  const std::string& p = low(t + 1);
  if (!(p == "of" || p == "into" || p == "against" || p == "on")) return;
  // "the request of Prime Minister X": the phrase after the noun names its actor.
  if (c->actor.head > t && c->actor.head <= t + 12) return;
  auto party = [&](int k) {
    if (tok_entity_[k] < 0 || tok_dateline_[k] || tok_time_[k]) return false;
    EntityType ty = doc_.entities[tok_entity_[k]].type;
    return ty == EntityType::kPerson || ty == EntityType::kOrg || ty == EntityType::kGpe;
  };
  for (int k = t + 2; k < e && k <= t + 9; ++k) {
    if (party(k)) {
      // directly after the preposition (its determiner or title words between), or as the
      // doer of a misdeed named after it ("into alleged misconduct by X")
      bool direct = true;
      for (int j = t + 2; j < k; ++j)
        if (!(pos(j) == "DET" || pos(j) == "PROPN" || dep_is(dep(j), "compound") || dep(j) == "nmod:desc"))
          direct = false;
      if (!direct && misdeed_before(t, k) < 0) return;
      Arg a = arg_from_entity(tok_entity_[k], k);
      if (!a.empty() && (c->actor.empty() || arg_key(a) != arg_key(c->actor))) c->target = a;
      return;
    }
    const std::string_view q = pos(k);
    // a participle modifying what follows ("alleged misconduct", "by sitting President X")
    const bool modifier =
        q == "VERB" &&
        (dep(k) == "amod" || (k + 1 < e && pos(k + 1) == "PROPN" &&
                              (doc_.tokens[k].tag == "VBG" || doc_.tokens[k].tag == "VBN" || low(k - 1) == "by")));
    if ((q == "VERB" && !modifier) || q == "AUX" || q == "PUNCT" || (q == "SCONJ" && low(k) != "by") || q == "PRON")
      return;
  }
}

// Sentences without a parse: triggers by lemma, actor = nearest name on the left within the
// clause, target = nearest name on the right.
void Extractor::sentence_flat(uint32_t s) {
  const Sentence& st = doc_.sentences[s];
  const int b = static_cast<int>(st.token_begin), e = static_cast<int>(st.token_end);
  cands_.clear();
  auto boundary = [&](int i) {
    const std::string& w = low(i);
    return w == ";" || w == ":" || w == "which" || w == "who" || w == "when" || w == "but" || w == "because" ||
           w == "while" || w == "after" || w == "before" || w == "since" || w == "\"" || w == "“" || w == "”";
  };
  bool under_content = false;  // after accuse/deny/offer/threaten: what follows is its content
  for (int t = b; t < e; ++t) {
    std::string_view p = pos(t);
    const std::string& prev = t > b ? low(t - 1) : low(t);
    const bool after_det = t > b && (prev == "the" || prev == "a" || prev == "an" || prev == "its" ||
                                     prev == "their" || prev == "his" || prev == "her" || prev == "'s" ||
                                     prev == "any" || prev == "this" || prev == "that" || tok_entity_[t - 1] >= 0);
    bool noun = p == "NOUN" || (p.empty() && after_det);
    const EventPattern* pat = nullptr;
    if (noun) {
      // A noun codes only with a name right before it ("Israeli bombardment of ...").
      if (t > b && tok_entity_[t - 1] >= 0) pat = match(t, true);
    } else if (p == "VERB" || (p.empty() && lem(t) != low(t))) {
      pat = match(t, false);
    }
    if (!pat || (pat->flags & (kIntent | kCoopOnly | kNeedsEvent)) || inside_name(t)) continue;
    Cand c;
    c.tok = t;
    c.noun = noun;
    c.pat = pat;
    c.type = pat->type;
    c.mode = pat->mode == "@weapon" ? std::string() : pat->mode;
    if (under_content) c.dropped = true;
    if (pat->flags & (kWrap | kContent)) under_content = true;
    // Modality by word order.
    for (int k = std::max(b, t - 4); k < t; ++k) {
      if (word_in("negator", k)) c.negated = true;
      if (word_in("modal", k) || low(k) == "to") c.dropped = true;
      if (noun && word_in("temporal", k)) c.dropped = true;
    }
    for (int k = b; k < t; ++k)
      if (const auto* fr = pat_.frames(lem(k)))
        for (const Frame& f : *fr) {
          if (f.effect == FrameEffect::kHypothetical || f.effect == FrameEffect::kNegate) c.dropped = true;
          if (f.effect == FrameEffect::kClaim) c.claimed = true;
        }
    if (quote_kind_[t] == 1) c.dropped = true;
    if (quote_kind_[t] == 2) c.claimed = true;
    if (noun) {
      c.actor = arg_from_entity(tok_entity_[t - 1], t - 1);
      const EntityType ty = doc_.entities[c.actor.entity].type;
      if (ty == EntityType::kNorp || ty == EntityType::kGpe) c.actor.sector.clear();
    } else {
      // Actor: nearest name to the left within the clause.
      for (int k = t - 1; k >= b && !boundary(k); --k)
        if (tok_entity_[k] >= 0) {
          c.actor = arg_from_entity(tok_entity_[k], k);
          break;
        } else if (low(k) == "it" || low(k) == "they" || low(k) == "he" || low(k) == "she") {
          c.actor = resolve_pronoun(k, 0);
          break;
        }
    }
    // Target: nearest name to the right within the clause (nouns: after of/on/against).
    bool prep_seen = !noun;
    for (int k = t + 1; k < e && k < t + 9 && !boundary(k); ++k) {
      if (low(k) == "of" || low(k) == "on" || low(k) == "against" || low(k) == "at" || low(k) == "into") prep_seen = true;
      if (tok_entity_[k] >= 0 && prep_seen) {
        c.target = arg_from_entity(tok_entity_[k], k);
        break;
      }
    }
    cands_.push_back(std::move(c));
  }
  for (Cand& c : cands_) finish(c, s);
}

// "AU" for "African Union", "UN" for "United Nations".
bool is_acronym_of(std::string_view shorter, std::string_view longer) {
  if (shorter.size() < 2 || shorter.size() > 8 || longer.size() <= shorter.size()) return false;
  std::string initials;
  bool start = true;
  for (char ch : longer) {
    if (ch == ' ' || ch == '-') {
      start = true;
      continue;
    }
    if (start && ch >= 'A' && ch <= 'Z') initials += ch;
    start = false;
  }
  std::string s;
  for (char ch : shorter)
    if (ch != '.') s += ch;
  return s.size() >= 2 && s == initials;
}

std::string Extractor::arg_key(const Arg& a) const {
  if (a.empty()) return "";
  // Actors of a state merge by country ("Israel", "Israeli troops", "Israeli Defense
  // Minister", "880 Lebanese"); non-state groups keep their own identity.
  static const char* kNonState[] = {"REB", "PTY", "OPP", "NGO", "IGO", "CRM", "BUS", "REL", "UAF", "PRM", "IMG", "MNC", "ISM"};
  bool state = true;
  for (const char* k : kNonState) state = state && a.sector != k;
  if (a.entity >= 0) {
    EntityType t = doc_.entities[a.entity].type;
    if (t == EntityType::kOrg && !doc_.entities[a.entity].sector.empty() && doc_.entities[a.entity].sector != "GOV" &&
        doc_.entities[a.entity].sector != "MIL")
      state = false;
    if (t == EntityType::kOrg && doc_.entities[a.entity].sector.empty()) {
      if (const GazOrg* o = gaz_.organisation(doc_.entities[a.entity].name); o && !o->government) state = false;
      // An organisation the gazetteer does not know, whose name has a word of a non-state
      // sector and none of a state one ("American Civil Liberties Union of Montana", a
      // union or a fund, not a department): its own party, not its country (round 7).
      if (state) {
        if (own_party_org_.size() != doc_.entities.size()) own_party_org_.assign(doc_.entities.size(), -1);
        int8_t& own = own_party_org_[a.entity];
        if (own < 0) {
          own = 0;
          if (!gaz_.organisation(doc_.entities[a.entity].name)) {
            bool state_word = false, other_word = false;
            std::string_view nm = doc_.entities[a.entity].name;
            for (size_t at = 0; at < nm.size();) {
              size_t sp = nm.find(' ', at);
              if (sp == std::string_view::npos) sp = nm.size();
              std::string_view sec = gaz_.sector_for(nm.substr(at, sp - at));
              if (sec == "GOV" || sec == "MIL" || sec == "COP" || sec == "JUD" || sec == "LEG" || sec == "SPY") state_word = true;
              else if (!sec.empty()) other_word = true;
              at = sp + 1;
            }
            own = other_word && !state_word ? 1 : 0;
          }
        }
        if (own == 1) state = false;
      }
    }
  }
  if (!a.country.empty() && state) return "c:" + a.country;
  if (a.entity >= 0) return "e:" + std::to_string(a.entity);
  std::string k;
  lower_into(a.name, &k);
  return "n:" + a.country + ":" + a.sector + ":" + k;
}

EventArg Extractor::to_event_arg(const Arg& a) const {
  EventArg out;
  out.name = a.name;
  out.entity = a.entity;
  out.country = a.country;
  out.sector = a.sector;
  return out;
}

void Extractor::place_of(const Cand& c, Event* ev) const {
  const int t = c.tok;
  auto place_arg = [&](int n) -> bool {
    int e = tok_entity_[n];
    std::string name;
    std::string country;
    if (e >= 0) {
      const Entity& en = doc_.entities[e];
      if (en.type != EntityType::kGpe && en.type != EntityType::kLoc && en.type != EntityType::kFac) return false;
      name = en.name;
      country = en.country;
    } else if (pos(n) == "PROPN" && gaz_.place(doc_.token_text(n))) {
      name = std::string(doc_.token_text(n));
    } else {
      return false;
    }
    const GazPlace* gp = gaz_.place(name);
    // "southern Lebanon": keep the part of the country the text names (once: an entity named
    // "southern Lebanon" or "Northern District" already has it).
    std::string full = name;
    for (const uint32_t* k = kids_begin(n); k != kids_end(n); ++k) {
      const std::string& w = low(*k);
      if (name.size() > w.size() && name[w.size()] == ' ' &&
          std::equal(w.begin(), w.end(), name.begin(),
                     [](char a, char b) { return a == std::tolower(static_cast<unsigned char>(b)); }))
        continue;
      static const char* kParts[] = {"northern", "southern", "eastern", "western", "central", "north", "south",
                                     "east", "west", "northeastern", "northwestern", "southeastern", "southwestern"};
      for (const char* p : kParts)
        if (dep(*k) == "amod" && low(*k) == p && full == name) full = std::string(doc_.token_text(*k)) + " " + name;
    }
    if (const GazPlace* exact = gaz_.place(full)) gp = exact;
    ev->place = full;
    if (gp) {
      ev->place_country = gp->country;
      ev->lat = gp->lat;
      ev->lon = gp->lon;
      ev->has_coordinates = true;
    } else if (!country.empty() || e >= 0) {
      if (country.empty()) country = country_of(doc_, e, gaz_);
      ev->place_country = country;
      if (const GazPlace* cp = gaz_.country_place(country)) {
        ev->lat = cp->lat;
        ev->lon = cp->lon;
        ev->has_coordinates = true;
      }
    }
    if (ev->place_country.empty()) ev->place_country = country_of(gaz_, name);
    return true;
  };
  if (parsed(sentence_of(t))) {
    auto scan = [&](int i) -> bool {
      for (const uint32_t* k = kids_begin(i); k != kids_end(i); ++k) {
        int n = static_cast<int>(*k);
        if (!(dep_is(dep(n), "obl") || dep_is(dep(n), "nmod")) || dep(n) == "nmod:poss") continue;
        if (!pat_.in_class("place-prep", case_of(n))) continue;
        if (place_arg(n)) return true;
      }
      return false;
    };
    if (scan(t)) return;
    for (const uint32_t* k = kids_begin(t); k != kids_end(t); ++k)
      if (dep(*k) == "obj" && scan(static_cast<int>(*k))) return;
  } else {
    const Sentence& st = doc_.sentences[sentence_of(t)];
    for (uint32_t k = t + 1; k < st.token_end && k < static_cast<uint32_t>(t) + 8; ++k)
      if ((low(k - 1) == "in" || low(k - 1) == "into") && place_arg(static_cast<int>(k))) return;
  }
  if (c.target.entity >= 0) {
    EntityType ty = doc_.entities[c.target.entity].type;
    if ((ty == EntityType::kGpe || ty == EntityType::kLoc) && c.target.head >= 0 && c.type == "ASSAULT")
      place_arg(c.target.head);
  }
}

// General checks that keep an event from being reported, found by reading what the stage
// reported on Wikinews articles outside the hand-coded set (round 4). False when the
// candidate reports nothing.
// The sectors of states, their organs and political groups (round 5).
bool political_sector_code(std::string_view sec) {
  static const char* kSectors[] = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "IGO", "NGO", "PTY", "OPP", "REB", "UAF", "PRM"};
  for (const char* k : kSectors)
    if (sec == k) return true;
  return false;
}

// A state, an organ of one, an armed, political or international group (round 5).
bool Extractor::political_arg(const Arg& a) const {
  if (a.empty()) return false;
  if (political_sector_code(a.sector)) return true;
  if (!a.sector.empty()) return false;
  if (a.entity >= 0) {
    EntityType t = doc_.entities[a.entity].type;
    if (t == EntityType::kPerson) return false;
    if (t == EntityType::kOrg) {
      const GazOrg* o = gaz_.organisation(doc_.entities[a.entity].name);
      return o && (o->government || political_sector_code(o->sector));
    }
  }
  return !a.country.empty();  // a state ("Iran", "Israeli")
}

// Round 18: "struck by a Volvo XC90", "a Boeing 737 crashed": a maker's name after "a" / "an"
// names one of its products, a thing, no party.
bool Extractor::product_name(const Arg& a) const {
  if (a.entity < 0 || a.head < 0 || doc_.entities[a.entity].type != EntityType::kOrg) return false;
  int h = a.head;
  for (int g = 0; g < 3 && dep_is(dep(h), "compound") && head(h) > h; ++g) h = head(h);
  // The maker's name itself ("a Volvo") or a model number after it ("a Volvo XC90", "a
  // Boeing 737"); not "an Al-Qaeda suicide attack", "A Black Lives Matter group".
  if (tok_entity_[h] != a.entity) {
    const std::string_view w = doc_.token_text(h);
    if (w.find_first_of("0123456789") == std::string_view::npos) return false;
  }
  const int det = child(h, "det");
  return det >= 0 && (low(det) == "a" || low(det) == "an");
}

bool Extractor::general_checks(const Cand& c, uint32_t s) const {
  const Sentence& st = doc_.sentences[s];
  // A question reports nothing: "Did Red Hat speak with the developers?".
  {
    std::string_view txt = doc_.slice(st.start, st.end);
    while (!txt.empty() && (txt.back() == ' ' || txt.back() == '\n' || txt.back() == '"' || txt.back() == '\'' ||
                            txt.back() == ')'))
      txt.remove_suffix(1);
    if (!txt.empty() && txt.back() == '?') return false;
  }
  // A rule stated in the present ("Under the Constitution, the House impeaches the
  // official", "under the law, police detain suspects"): how things work, no event
  // (round 6). A present-tense verb with no auxiliary and an "under" phrase of class
  // `rulebook` on it or on the sentence's root.
  if (!c.noun) {
    const auto& tag = doc_.tokens[c.tok].tag;
    if ((tag == "VBZ" || tag == "VBP") && child(c.tok, "aux") < 0) {
      for (int at : {c.tok, head(c.tok)}) {
        if (at < 0) continue;
        for (const uint32_t* k = kids_begin(at); k != kids_end(at); ++k)
          if (dep_is(dep(*k), "obl") && case_of(*k) == "under" && word_in("rulebook", static_cast<int>(*k))) return false;
      }
    }
  }
  // Round 5: cooperation, talks, offers, support and aid between parties of whom none is political
  // (a state, an organ of one, an armed, political or international group, a titled
  // official) are business, science or private life, not political events: musicians
  // collaborating, a developer discussing with a newspaper, a foundation's donation, a
  // university's offer to students.
  if (c.type == "AGREE" || c.type == "CONSULT" || c.type == "COOPERATE" || c.type == "AID" || c.type == "SUPPORT") {
    auto political_sector = [](std::string_view sec) { return political_sector_code(sec); };
    auto political = [&](const Arg& a) { return political_arg(a); };
    // Round 9: two people named in full, neither of a non-political sector, who meet, talk
    // or endorse one another ("Erdogan met with Putin", "a meeting between Giuliani and
    // Yermak", "Warren endorsed Biden") are taken as political: news names people without
    // a title once they are known, and the entity stage then gives them no sector.
    auto named_person = [&](const Arg& a) {
      return a.entity >= 0 && doc_.entities[a.entity].type == EntityType::kPerson &&
             doc_.entities[a.entity].name.find(' ') != std::string::npos &&  // not "Kenosha" taken for a person
             (a.sector.empty() || political_sector(a.sector));
    };
    const bool people = (c.type == "CONSULT" || c.type == "SUPPORT") && named_person(c.actor) &&
                        named_person(c.target) && c.actor.entity != c.target.entity;
    if (!political(c.actor) && !political(c.target) && !people) return false;
  }
  // Round 18 (audit, non-political senses): a company testing its rocket is no
  // mobilisation, a musician visiting a country no consultation, a bishop asking people to
  // pray no political demand. Deploying forces and testing weapons is done by a state, an
  // organ of one or an armed group; a visit is paid by one of them or a person holding an
  // office; a request between parties of whom none is political is no political demand
  // when it is addressed to described civilians ("asked people to pray", "encouraged
  // supporters to remain hopeful"); one to someone named or to a body stays (a church asking
  // a named company to act, "encouraging the House to pass the extension").
  if (c.type == "MOBILIZE" && !political_arg(c.actor)) return false;
  if (c.type == "CONSULT" && c.mode == "visit" && !political_arg(c.actor)) return false;
  if (c.type == "REQUEST" && !political_arg(c.actor) && !political_arg(c.target) && c.target.entity < 0 &&
      c.target.sector == "CVL")
    return false;
  // "struck by a Volvo XC90": a product is no party.
  if (product_name(c.actor)) return false;
  // "One of the stated goals of AfCFTA is to encourage more trade": what a goal, an aim or a
  // mission is (class `aim-noun`) is a purpose, no act.
  if (!c.noun)
    if (const int cp = child_exact(c.tok, "cop"); cp >= 0 && cp < c.tok)
      for (const uint32_t* k = kids_begin(c.tok); k != kids_end(c.tok); ++k) {
        if (!dep_is(dep(*k), "nsubj")) continue;
        int sj = static_cast<int>(*k);
        for (const uint32_t* g = kids_begin(sj); g != kids_end(sj); ++g)  // "one of the goals"
          if (dep_is(dep(*g), "nmod") && case_of(*g) == "of" && word_in("aim-noun", static_cast<int>(*g)))
            sj = static_cast<int>(*g);
        if (word_in("aim-noun", sj)) return false;
      }
  // A storm, a quake or an animal named like a person ("Hurricane Zeta slammed into ...")
  // is no party: its name's first word is a non-agent noun.
  for (const Arg* a : {&c.actor, &c.target}) {
    if (a->empty()) continue;
    std::string first = a->name.substr(0, a->name.find(' '));
    std::string lowf;
    lower_into(first, &lowf);
    if (first != a->name && pat_.in_class("non-agent", lowf)) return false;
  }
  // Round 11: "SARS-CoV-2 has killed", "an F-35 struck": an unknown name with a digit and a
  // hyphen is a virus, a product or a model, no party.
  for (const Arg* a : {&c.actor, &c.target}) {
    if (a->empty() || a->entity >= 0 || !a->country.empty() || a->head < 0 || pos(a->head) != "PROPN") continue;
    const bool digit = a->name.find_first_of("0123456789") != std::string::npos;
    if (digit && a->name.find('-') != std::string::npos) return false;
  }
  // A noun trigger written with a capital inside a run of capitalised words is part of a
  // name no entity covers ("Capitol Hill Occupied Protests", "Rally for Democracy").
  if (c.noun && c.tok > static_cast<int>(st.token_begin) + 1) {
    const auto cap = [&](int i) {
      std::string_view w = doc_.token_text(static_cast<size_t>(i));
      return !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
    };
    if (cap(c.tok) && cap(c.tok - 1) && !(pos(c.tok - 1) == "PUNCT")) return false;
  }
  const EntityType tty = c.target.entity >= 0 ? doc_.entities[c.target.entity].type : EntityType::kPerson;
  // A visit is a consultation with the people or the state visited: a building ("a visit to
  // Walter Reed Hospital") is none, nor a town or region of one's own country or of no
  // known country ("Trump visited Kenosha", "visited California").
  // Round 18: "visited the state" resolved to no state: a described organ visited is no
  // party named.
  if (c.type == "CONSULT" && c.mode == "visit" && c.target.entity < 0 && c.target.country.empty()) return false;
  if (c.type == "CONSULT" && c.mode == "visit" && c.target.entity >= 0) {
    if (tty == EntityType::kFac) return false;
    if ((tty == EntityType::kGpe || tty == EntityType::kLoc) && !gaz_.country(doc_.entities[c.target.entity].name) &&
        (c.target.country.empty() || c.target.country == c.actor.country))
      return false;
  }
  // Verbal acts are addressed to parties: an event, a law or a place named as the one
  // endorsed, asked or accused is a thing ("endorsed the Green New Deal").
  if ((c.type == "SUPPORT" || c.type == "REQUEST" || c.type == "ACCUSE" || c.type == "REJECT") &&
      c.target.entity >= 0 && (tty == EntityType::kEvent || tty == EntityType::kFac))
    return false;
  // "issued a flash flood warning", "tornado warnings": a warning of a natural hazard is no
  // threat (round 7).
  if (c.type == "THREATEN") {
    const int w = c.noun ? c.tok : child_exact(c.tok, "obj");
    if (w >= 0)
      for (const uint32_t* k = kids_begin(w); k != kids_end(w); ++k) {
        const int m = static_cast<int>(*k);
        if (!(dep_is(dep(m), "compound") || dep(m) == "amod")) continue;
        if (word_in("non-agent", m) || word_in("hazard", m)) return false;
      }
  }
  if (!c.noun && c.tok >= 0) {
    const int o = child_exact(c.tok, "obj");
    // A release is of people held: releasing nobody named ("began releasing logs") is none.
    if (c.type == "RETREAT" && c.mode == "release" && c.target.empty()) return false;
    // A withdrawal is of forces or from positions: withdrawing a thing ("withdrew its storm
    // warnings") or a person withdrawing ("Klobuchar withdrew her name", "Bayes withdrew"
    // from a race) is none.
    if (c.type == "RETREAT" && c.mode == "withdraw" && lem(c.tok) == "withdraw") {
      if (o >= 0 && !word_in("troops", o) && !word_in("quantity", o)) return false;
      if (o < 0 && c.actor.entity >= 0 && doc_.entities[c.actor.entity].type == EntityType::kPerson) return false;
    }
    // Round 11: "the questions politicians asked to tech leaders": asking with nobody asked to
    // act and nothing asked for is a question.
    if (c.type == "REQUEST" && lem(c.tok) == "ask" && o < 0 && c.content.empty() && child(c.tok, "xcomp") < 0 &&
        child(c.tok, "ccomp") < 0 && child(c.tok, "advcl") < 0) {
      bool for_what = false;
      for (const uint32_t* k = kids_begin(c.tok); k != kids_end(c.tok); ++k)
        for_what = for_what || (dep_is(dep(*k), "obl") && case_of(*k) == "for");
      if (!for_what) return false;
    }
    // "asked X if / whether ...": a question, not a request.
    if (c.type == "REQUEST") {
      for (const uint32_t* k = kids_begin(c.tok); k != kids_end(c.tok); ++k) {
        if (!dep_is(dep(*k), "ccomp") && !dep_is(dep(*k), "advcl")) continue;
        for (const uint32_t* m = kids_begin(*k); m != kids_end(*k); ++m) {
          if (dep_is(dep(*m), "mark") && (low(*m) == "if" || low(*m) == "whether")) return false;
          // "asked why Biden did not ...", "asked how": a question too (round 5)
          const std::string& w = low(*m);
          if (*m < *k && (w == "why" || w == "how" || w == "what" || w == "when" || w == "where" || w == "who"))
            return false;
        }
      }
    }
    // "warned the administration that Giuliani could be a conduit": a warning of a danger
    // that names no act of the one warning is no threat.
    if (c.type == "THREATEN" && lem(c.tok) == "warn" && c.content.empty() && child(c.tok, "ccomp") >= 0) return false;
    // "Trump warned that Biden could destroy the growth": a warning about what someone else
    // might do is no threat of the one warning (round 5).
    if (c.type == "THREATEN" && lem(c.tok) == "warn" && !c.content.empty()) {
      bool others = true;
      for (int ci : c.content) {
        const Arg& ia = cands_[ci].actor;
        if (ia.empty() || arg_key(ia) == arg_key(c.actor) || same_side(ia, c.actor)) others = false;
      }
      if (others) return false;
    }
  }
  return true;
}

void Extractor::finish(Cand& c, uint32_t s) {
  if (c.dropped) return;
  if (c.refused_future) {
    c.type = "REJECT";
    c.mode.clear();
    c.negated = false;
  }
  if (c.offered && !c.negated) {
    c.type = "AGREE";
    c.mode.clear();
    // "Bangkok was ready to host talks": an offer to host or mediate with nobody named stays
    // so (round 8); "ready to meet" is made to the other side (merge_and_emit).
    if (c.target.empty() && (lem(c.tok) == "host" || lem(c.tok) == "mediate")) c.untargeted_ok = true;
  }
  // Round 11: "killing two officers", "At least nine people were killed": people killed by
  // an outside party in the story's country (not told as someone's) are of that country.
  if (c.type == "ASSAULT" && !dateline_country_.empty() && !c.target.empty() && c.target.entity < 0 &&
      c.target.country.empty() && c.target.head >= 0 && child_exact(c.target.head, "nmod:poss") < 0 &&
      (c.target.sector == "CVL" || c.target.sector == "COP" || c.target.sector == "MIL" || c.target.sector == "GOV") &&
      arg_key(c.actor) != "c:" + dateline_country_ &&
      !(c.actor.country.empty() && (c.actor.sector == "GOV" || c.actor.sector == "MIL" || c.actor.sector == "COP" ||
                                    c.actor.sector == "SPY" || c.actor.sector == "JUD"))) {
    // Not where the sentence names a place of another country ("strikes across the Gaza
    // Strip killed 42 people" filed from Cairo).
    if (!names_other_country(s)) c.target.country = dateline_country_;
  }
  // Round 16: "Pakistani warplanes struck hideouts inside Afghanistan's Paktika province,
  // killing at least 19 people" filed from Islamabad: people killed in a story's sentence
  // that names the places of one other country are of that country, when the attacker is not.
  if (c.type == "ASSAULT" && !c.actor.empty() && !c.target.empty() && c.target.entity < 0 &&
      c.target.country.empty() && c.target.head >= 0 && child_exact(c.target.head, "nmod:poss") < 0 &&
      (c.target.sector == "CVL" || c.target.sector == "COP" || c.target.sector == "MIL" || c.target.sector == "GOV")) {
    const std::string pc = sole_other_country(s);
    if (!pc.empty() && pc != c.actor.country) c.target.country = pc;
  }
  // "Two officers were found guilty", "X was sentenced to life": a conviction told without
  // its agent was a court's (round 7); which court is not said, so no country (one of the
  // convicted's own would merge the court with them as one state party).
  if (c.actor.empty() && c.type == "SANCTION" && c.mode == "convict" && !c.noun && !c.target.empty()) {
    // Not when the story has told that conviction with its court ("sentenced by Judge X").
    const std::string tk = arg_key(c.target);
    for (const Draft& d : drafts_)
      if (d.ev.type == "SANCTION" && d.ev.mode == "convict" &&
          (d.target_key == tk || d.ev.target.name == c.target.name ||
           (c.target.entity >= 0 && d.target_key == "e:" + std::to_string(c.target.entity))))
        return;
    c.actor.name = "court";
    c.actor.sector = "JUD";
    c.actor.head = -1;
  }
  // Round 20: "protests against the official results spread from the capital", "protests
  // erupted in several cities": a protest told as breaking out, spreading or going on (class
  // `outbreak-verb`) with nobody named is the protesters' (aimed, below, at the state where
  // it happens).
  // The verb is found by word order too, the parse often hanging it on the protest's last
  // noun ("as protests against the official results of last week's election spread"): the
  // first word after the protest's phrase.
  const auto outbreak = [&](int n) {
    if (head(n) >= 0 && dep_is(dep(n), "nsubj") && word_in("outbreak-verb", head(n))) return true;
    const int end = static_cast<int>(doc_.sentences[s].token_end);
    for (int k = n + 1; k < end; ++k) {
      if (pos(k) == "VERB" && word_in("outbreak-verb", k)) return true;
      int a = k;
      for (int g = 0; g < 12 && a >= 0 && a != n; ++g) a = head(a);
      if (a != n) return false;  // past the protest's phrase
    }
    return false;
  };
  // Not strikes "on" a place ("US strikes on Yemen continued": attacks).
  bool aimed_on = false;
  for (const uint32_t* k = kids_begin(c.tok); k != kids_end(c.tok); ++k)
    if (dep_is(dep(*k), "nmod") && case_of(*k) == "on") aimed_on = true;
  if (c.actor.empty() && c.type == "PROTEST" && c.noun && !c.negated && !aimed_on && child_exact(c.tok, "nmod:poss") < 0 &&
      outbreak(c.tok)) {
    c.actor.name = "protesters";
    c.actor.sector = "OPP";
    c.actor.head = -1;
  }
  if (c.actor.empty()) {
    // PLOVER codes no event without a source actor; an attack told without its author is
    // kept aside for a later "X claimed responsibility for the attack".
    if (c.type == "ASSAULT" && !c.target.empty()) orphans_.push_back({c.target, c.mode, s});
    // Round 9: a seizure told without its author, kept for the act told just before it.
    if (c.type == "COERCE" && c.mode == "seize" && !c.target.empty() && !c.noun) seized_.push_back({c.target, c.mode, s});
    return;
  }
  if (c.type == "ASSAULT" && c.target.empty() &&
      (word_in("claim-verb", c.tok) || (c.noun && child(c.tok, "det") >= 0 && word_in("definite", child(c.tok, "det"))))) {
    // "The Houthis claimed responsibility for the attacks", "carried out the attack": the
    // attack told just before (within six sentences), without or with its author.
    const Orphan* best = nullptr;
    for (const Orphan& o : orphans_)
      if (o.sentence + 6 >= s && o.sentence <= s) best = &o;
    // "claimed responsibility for the attack, which killed 12 soldiers": the attack told in
    // the same sentence without its author (round 5).
    const Cand* same = nullptr;
    for (const Cand& o : cands_)
      if (&o != &c && o.type == "ASSAULT" && o.actor.empty() && !o.target.empty() && !o.dropped) same = &o;
    if (same) {
      c.target = same->target;
      if (c.mode.empty()) c.mode = same->mode;
    } else if (best) {
      c.target = best->target;
      if (c.mode.empty()) c.mode = best->mode;
    } else {
      for (size_t j = drafts_.size(); j-- > 0;) {
        const Draft& d = drafts_[j];
        if (d.ev.type != "ASSAULT" || d.ev.target.empty() || d.sentence + 6 < s) continue;
        c.target.name = d.ev.target.name;
        c.target.entity = d.ev.target.entity;
        c.target.country = d.ev.target.country;
        c.target.sector = d.ev.target.sector;
        if (c.mode.empty()) c.mode = d.ev.mode;
        break;
      }
    }
  }
  // Round 20: "Neighbouring Malaysia and Singapore offered search-and-rescue teams",
  // "Australia said it would provide 5 million dollars in humanitarian assistance", in a
  // story about an earthquake in Indonesia: help offered or promised to nobody named goes
  // to the story's state (its dateline's, or the one it names most), when the helper is
  // another state.
  if ((c.type == "AGREE" || c.type == "AID") && c.target.empty() && !c.noun && !dateline_country_.empty() &&
      (dateline_named_ || story_country_) && !c.actor.country.empty() && c.actor.country != dateline_country_) {
    // What is given must be named as aid ("relief supplies", "rescue teams", "in
    // humanitarian assistance"), not a verb of giving alone ("accused X of sheltering militants").
    bool help = c.pledged;  // a pledge of aid (round 21) names what it gives
    for (const uint32_t* k = kids_begin(c.tok); k != kids_end(c.tok) && !help; ++k) {
      const std::string_view d = dep(*k);
      if (d != "obj" && !dep_is(d, "obl")) continue;
      const int x = look_through(static_cast<int>(*k));
      help = word_in("aid", x) || word_in("help-team", x);
    }
    if (help)
      if (const GazCountry* gc = gaz_.country_by_iso3(dateline_country_)) c.target = country_arg(c.tok, *gc);
  }
  // Round 17: "offered to halt all operations ... if the rebels agreed to a ceasefire",
  // "would take countermeasures if the Philippines continued to ...", "threatened to join
  // the strike if the government does not ...": a threat or offer that names nobody is
  // addressed to the subject of its condition.
  if ((c.type == "THREATEN" || c.type == "AGREE") && c.target.empty() && !c.noun) {
    std::vector<int> at{c.tok};
    for (int ci : c.content) at.push_back(cands_[ci].tok);
    for (size_t k = 0; k < at.size() && c.target.empty(); ++k)
      for (const uint32_t* x = kids_begin(at[k]); x != kids_end(at[k]) && c.target.empty(); ++x) {
        if (!dep_is(dep(*x), "advcl")) continue;
        const int mk = child_exact(static_cast<int>(*x), "mark");
        if (mk < 0 || !(low(mk) == "if" || low(mk) == "unless")) continue;
        const int sj = child_exact(static_cast<int>(*x), "nsubj");
        if (sj < 0) continue;
        Arg a = make_arg(sj);
        if (!a.empty() && arg_key(a) != arg_key(c.actor) && !same_side(c.actor, a)) c.target = a;
      }
  }
  same_person(&c.actor);
  same_person(&c.target);
  speaks_for(&c.actor);
  // The one addressed in talks and words is the body's too ("met the rebels' negotiator X");
  // the one a force acts on stays the person ("arrested Amnesty researcher X").
  if (c.type != "ASSAULT" && c.type != "COERCE" && c.type != "SANCTION" && c.type != "AID") speaks_for(&c.target);
  {
    // A country taken from the dateline never makes the two sides one party (a visitor and
    // his hosts: "PARIS (AP) — President X met French business leaders"): then neither keeps it.
    const std::string actor_was = c.actor.country, target_was = c.target.country;
    home_country(&c.actor, true);
    home_country(&c.target, false);
    if (!c.target.empty() && (c.actor.country != actor_was || c.target.country != target_was) &&
        arg_key(c.actor) == arg_key(c.target)) {
      c.actor.country = actor_was;
      c.target.country = target_was;
    }
  }
  // Same actor and target: the event is not between two parties ("African Union ... AU").
  // Two different people of one state ("Biden criticized Trump") stay two parties.
  const bool two_people = c.actor.entity >= 0 && c.target.entity >= 0 && c.actor.entity != c.target.entity &&
                          doc_.entities[c.actor.entity].type == EntityType::kPerson &&
                          doc_.entities[c.target.entity].type == EntityType::kPerson;
  if (!c.target.empty() && ((arg_key(c.actor) == arg_key(c.target) && !two_people) ||
                            (c.actor.entity >= 0 && c.actor.entity == c.target.entity) ||  // round 11
                            (c.actor.head >= 0 && c.actor.head == c.target.head) ||
                            is_acronym_of(c.target.name, c.actor.name) ||
                            is_acronym_of(c.actor.name, c.target.name)))
    c.target = Arg();
  const auto is_person = [&](const Arg& a) {
    return a.entity >= 0 && doc_.entities[a.entity].type == EntityType::kPerson;
  };
  const auto politician = [&](const Arg& a) {
    return is_person(a) && (a.sector == "GOV" || a.sector == "PTY" || a.sector == "LEG");
  };
  const auto party = [&](const Arg& a) {
    return a.entity >= 0 && doc_.entities[a.entity].type == EntityType::kOrg && a.sector == "PTY";
  };
  // "Biden attacked Trump", "Democrats continued to attack Trump": politicians and parties
  // attacking each other do it in words, an accusation.
  // Round 18: "Republican Representatives attacked Nancy Pelosi": a party's members or
  // legislators named by a word of class `political-word` attack in words too.
  const auto political_words = [&](const Arg& a) {
    if (a.empty() || a.head < 0) return false;
    if (word_in("political-word", a.head)) return true;
    for (const uint32_t* k = kids_begin(a.head); k != kids_end(a.head); ++k)
      if (static_cast<int>(*k) < a.head && (dep_is(dep(*k), "compound") || dep(*k) == "amod") &&
          word_in("political-word", static_cast<int>(*k)))
        return true;
    return false;
  };
  if (c.type == "ASSAULT" && word_in("verbal-attack", c.tok) &&
      (politician(c.actor) || party(c.actor) || political_words(c.actor)) &&
      (is_person(c.target) || party(c.target)) && (c.mode.empty() || lem(c.tok) == "clash"))
    c.type = "ACCUSE";
  // "West Indies beat Ireland", "the Blackhawks beat the Blues": beating a team or a
  // country is a game; a beating is done to people.
  if (c.type == "ASSAULT" && c.mode == "beat" && lem(c.tok) == "beat" && c.target.entity >= 0 &&
      doc_.entities[c.target.entity].type != EntityType::kPerson)
    return;
  // "Trump's Tulsa rally": a politician's rally is campaigning, not a protest.
  if (c.type == "PROTEST" && c.noun && word_in("campaign-event", c.tok) && politician(c.actor)) return;
  // "Trump's Tulsa rally", "attended Smith's rally": one person's rally is a campaign or
  // a concert, not a protest (protesters rally in numbers).
  if (c.type == "PROTEST" && c.noun && word_in("campaign-event", c.tok) && is_person(c.actor) &&
      child(c.tok, "nmod:poss") >= 0)
    return;
  // Talking to the press is an interview, not a consultation.
  if (c.type == "CONSULT" && (c.actor.sector == "JRN" || c.target.sector == "JRN")) return;
  // Round 4, precision on unseen articles (docs/events.md, "measured").
  if (!general_checks(c, s)) return;
  Draft d;
  d.untargeted_ok = c.untargeted_ok;
  d.answer_only = c.answer_only;
  d.answers_speaker = c.answers_speaker;
  d.pledged = c.pledged;
  d.tok = c.tok;
  d.noun = c.noun;
  if (c.type == "THREATEN") {
    const auto response = [&](int x) {
      const int o = child_exact(x, "obj");
      return word_in("response-threat", x) || (o >= 0 && word_in("response-threat", o));
    };
    d.response = response(c.tok);
    for (int ci : c.content) d.response = d.response || response(cands_[ci].tok);
  }
  Event& ev = d.ev;
  ev.type = c.type;
  ev.mode = c.mode;
  ev.actor = to_event_arg(c.actor);
  ev.target = to_event_arg(c.target);
  // Round 16: a crowd named by its number or as people ("thousands of opposition
  // supporters took to the streets", "dozens of people were arrested" as they protested) is
  // "protesters", as coders name them: in a protest, and as the target of force or arrests
  // in a sentence that tells a protest.
  {
    const auto crowd = [&](const Arg& a) {
      if (a.entity >= 0 || a.head < 0 || !a.country.empty() || (a.sector != "CVL" && a.sector != "OPP")) return false;
      return word_in("crowd-noun", a.head) || word_in("crowd-noun", look_through(a.head));
    };
    bool protest = c.type == "PROTEST";
    // "arrested dozens of people for looting shops": held for something else (review).
    bool for_else = false;
    for (int x : {c.tok, c.target.head})
      if (x >= 0)
        for (const uint32_t* k = kids_begin(x); k != kids_end(x); ++k)
          if ((dep_is(dep(*k), "obl") || dep_is(dep(*k), "advcl") || dep_is(dep(*k), "acl") || dep_is(dep(*k), "nmod")) &&
              (case_of(*k) == "for" || (child_exact(static_cast<int>(*k), "mark") >= 0 &&
                                        low(child_exact(static_cast<int>(*k), "mark")) == "for")))
            for_else = true;
    if (!protest && !for_else && (c.type == "COERCE" || c.type == "ASSAULT") && crowd(c.target))
      for (const Cand& o : cands_)
        if (&o != &c && o.type == "PROTEST" && !o.dropped && !o.negated && sentence_of(o.tok) == static_cast<int>(s)) protest = true;
    // Round 20: "Police removed a blockade on the road to the airport, detaining 23 people":
    // people held where the sentence names a protesters' obstruction (class
    // `obstruction-noun`: blockade, roadblock, barricade, sit-in) are protesters too.
    // (Not one the forces set up: "a roadblock set up by the army", "a police roadblock";
    // review, session 10.)
    const auto forces = [&](int x) {
      const std::string_view sec = gaz_.sector_for(lem(x));
      return sec == "MIL" || sec == "COP" || sec == "GOV";
    };
    const auto forces_obstruction = [&](int o) {
      for (const uint32_t* k = kids_begin(o); k != kids_end(o); ++k) {
        const int x = static_cast<int>(*k);
        if ((dep_is(dep(x), "compound") || dep(x) == "amod") && forces(x)) return true;
        if (dep_is(dep(x), "nmod") && case_of(x) == "by" && forces(x)) return true;
        if (dep_is(dep(x), "acl"))
          for (const uint32_t* g = kids_begin(x); g != kids_end(x); ++g)
            if ((dep(static_cast<int>(*g)) == "obl:agent" || case_of(static_cast<int>(*g)) == "by") &&
                forces(static_cast<int>(*g)))
              return true;
      }
      return false;
    };
    if (!protest && !for_else && c.type == "COERCE" && crowd(c.target))
      for (uint32_t t = doc_.sentences[s].token_begin; t < doc_.sentences[s].token_end && !protest; ++t)
        protest = word_in("obstruction-noun", static_cast<int>(t)) && !forces_obstruction(static_cast<int>(t));
    // Not "several thousand people" as the actor: the hand-coded Wikinews set keeps the
    // people as written (the target of arrests is renamed still).
    const auto generic = [&](const Arg& a) {
      const int x = look_through(a.head);
      return lem(x) == "people" || lem(x) == "person" || low(x) == "people" || low(x) == "persons";
    };
    if (protest && c.type == "PROTEST" && crowd(c.actor) && !generic(c.actor)) ev.actor.name = "protesters";
    if (protest && c.type != "PROTEST" && crowd(c.target)) ev.target.name = "protesters";
    // "some 7,200 doctors have downed their tools": described protesters counted are named
    // by who they are, without their count ("doctors").
    if (c.type == "PROTEST" && ev.actor.name != "protesters" && c.actor.entity < 0 && c.actor.head >= 0 &&
        child_exact(c.actor.head, "nummod") >= 0 && word_in("person-noun", c.actor.head))
      ev.actor.name = std::string(doc_.token_text(static_cast<size_t>(c.actor.head)));
  }
  // Round 20: "Bolivia's main transport unions launched an indefinite strike": protesters
  // described by a common noun are named by who they are, without their state's possessive
  // (the country says whose they are): "main transport unions".
  if (c.type == "PROTEST" && !c.actor.country.empty() && c.actor.head >= 0 && pos(c.actor.head) == "NOUN")
    for (const std::string_view mark : {std::string_view("'s "), std::string_view("\xE2\x80\x99s ")})
      if (const size_t at = ev.actor.name.find(mark); at != std::string::npos && at + mark.size() < ev.actor.name.size()) {
        ev.actor.name = ev.actor.name.substr(at + mark.size());
        break;
      }
  // Review, session 10: "killed 30 people, all of them soldiers", "20 people, including 15
  // policemen", "12 villagers, members of a local militia": victims the sentence goes on to
  // name as armed or police are no civilians (they keep the text's name).
  const auto victims_armed = [&](int victim) {
    const int sn = sentence_of(victim);
    if (sn < 0) return false;
    for (int i = victim + 1; i < static_cast<int>(doc_.sentences[sn].token_end); ++i) {
      if (pos(i) != "NOUN") continue;
      // In the victims' own phrase (an apposition, "including ..."), not the rest of the
      // sentence ("killed 31 people, including 12 children, a resistance group said").
      bool inside = false;
      for (int h = head(i), steps = 0; h >= 0 && steps < 4 && !inside; h = head(h), ++steps) inside = h == victim;
      if (!inside) continue;
      const std::string_view sec = gaz_.sector_for(lem(i));
      if (sec == "MIL" || sec == "COP" || sec == "REB") return true;
    }
    return false;
  };
  // Round 20: "an air strike on a monastery ... killed at least 31 people", "had abducted at
  // least 45 people", "some 2,000 residents ... had fled": people killed, wounded, abducted
  // or driven out, named only as people (class `civilian-noun`), are "civilians", as coders
  // name the victims of violence (country and sector stay).
  if ((c.type == "ASSAULT" || (c.type == "SANCTION" && c.mode == "expel")) && ev.target.name != "protesters" &&
      c.target.entity < 0 && c.target.head >= 0 && c.target.sector == "CVL" && pos(c.target.head) != "PRON" &&
      (word_in("civilian-noun", c.target.head) || word_in("civilian-noun", look_through(c.target.head))) &&
      child_exact(c.target.head, "nmod:poss") < 0 && !victims_armed(c.target.head))
    ev.target.name = "civilians";
  ev.negated = c.negated;
  ev.modality = c.negated ? "negated" : (c.claimed ? "claimed" : "");
  ev.trigger = std::string(doc_.token_text(c.tok));
  ev.sentences.push_back(s);
  d.sentence = s;
  d.lemma = lem(c.tok);
  if (!c.noun)
    if (int o = child_exact(c.tok, "obj"); o >= 0 && cand_at(o) < 0 && pos(o) != "PRON" && c.content.empty() &&
                                           !word_in("event-noun", o) && !word_in("proposal", o) && !word_in("talks", o) &&
                                           !word_in("claim", o) && !word_in("misdeed", o) && !word_in("aid", o)) {
      // A bill or law (or "the Senate's version of the bill") is a proposal too.
      auto law = [&](int x) {
        const std::string& l = lem(x);
        return l == "bill" || l == "legislation" || l == "measure" || l == "law" || l == "amendment" ||
               l == "motion" || l == "treaty" || l == "budget";
      };
      bool proposal = law(o);
      for (const uint32_t* k = kids_begin(o); k != kids_end(o) && !proposal; ++k)
        if (dep_is(dep(*k), "nmod") && case_of(*k) == "of" && law(static_cast<int>(*k))) proposal = true;
      d.thing_object = !proposal;
    }
  // Text: from the first to the last of actor, trigger and target within the sentence.
  const Sentence& st = doc_.sentences[s];
  uint32_t b = doc_.tokens[c.tok].start, e = doc_.tokens[c.tok].end;
  for (const Arg* a : {&c.actor, &c.target}) {
    if (a->empty() || a->end <= a->start) continue;
    if (a->start >= st.start && a->end <= st.end) {
      b = std::min(b, a->start);
      e = std::max(e, a->end);
    }
  }
  ev.start = b;
  ev.end = e;
  ev.text = std::string(doc_.slice(b, e));
  // Date: the nearest time expression in the sentence, else the publication date.
  int best = -1;
  uint32_t best_dist = ~0u;
  for (size_t i = 0; i < doc_.times.size(); ++i) {
    const TimeExpr& tx = doc_.times[i];
    if (tx.sentence != s || tx.value.empty()) continue;
    uint32_t at = doc_.tokens[c.tok].start;
    uint32_t dist = tx.start > at ? tx.start - at : at - tx.end;
    if (dist < best_dist) {
      best_dist = dist;
      best = static_cast<int>(i);
    }
  }
  if (best >= 0) {
    ev.date = doc_.times[best].value;
    d.explicit_date = true;
  } else {
    ev.date = doc_.published;
  }
  place_of(c, &ev);
  // An assault with no victim named but a place: the place's country is the target.
  const bool place_rule = c.type == "COERCE" && (c.mode == "curfew" || c.mode == "martial-law");
  // Round 16: an armed group attacking a place of the country it is based in attacks that
  // state ("Gunmen of the cartel ambushed a convoy in Mexico").
  if (c.target.empty() && !place_rule && (c.type == "ASSAULT" || c.type == "COERCE") && !ev.place_country.empty() &&
      (ev.place_country != c.actor.country || c.actor.sector == "REB" || c.actor.sector == "CRM")) {
    if (const GazCountry* gc = gaz_.country_by_iso3(ev.place_country)) {
      ev.target.name = gc->name;
      ev.target.country = gc->iso3;
    }
  }
  // "imposed a curfew in Kenosha", "declared a state of emergency in Addis Ababa": a curfew
  // or emergency rule with nobody named restricts the people of the place, own state or not.
  if (ev.target.empty() && place_rule && !ev.place.empty()) {
    ev.target.name = ev.place;
    ev.target.country = ev.place_country;
  }
  // Round 16: "thousands took to the streets of the capital to protest against official
  // results", "7,200 doctors have downed their tools": a protest with nobody named as its
  // addressee is aimed at the state where it happens (the convention of the hand-coded
  // news: "protesters -> Togo"): the place's country, else the story's. Not a state's own
  // protest (a diplomatic one).
  if (ev.target.empty() && c.type == "PROTEST" && !c.actor.empty() &&
      !(c.actor.sector.empty() && !c.actor.country.empty() &&
        (c.actor.entity < 0 || doc_.entities[c.actor.entity].type == EntityType::kGpe)) &&
      c.actor.sector != "GOV" &&
      c.actor.sector != "MIL" && c.actor.sector != "COP") {
    std::string cc = ev.place_country;
    if (cc.empty() && !names_other_country(s)) cc = dateline_country_;
    if (const GazCountry* gc = cc.empty() ? nullptr : gaz_.country_by_iso3(cc)) {
      ev.target.name = gc->name;
      ev.target.country = gc->iso3;
    }
  }
  // Size from the figures stage.
  for (const Figure& f : doc_.figures) {
    if (f.sentence != s) continue;
    bool fits = (c.type == "ASSAULT" && (f.category == "killed" || f.category == "injured")) ||
                (c.type == "COERCE" && f.category == "arrested") ||
                ((c.type == "SANCTION" || c.type == "ASSAULT") && f.category == "displaced" && c.mode == "expel") ||
                (c.type == "MOBILIZE" && f.category == "deployed");
    if (fits && (ev.size_category.empty() || (ev.size_category == "injured" && f.category == "killed"))) {
      ev.size = f.value;
      ev.size_category = f.category;
    }
  }
  d.actor_key = arg_key(c.actor);
  Arg tg = c.target;
  if (tg.empty() && !ev.target.empty()) {
    tg.name = ev.target.name;
    tg.country = ev.target.country;
  }
  d.target_key = arg_key(tg);
  if (two_people && d.actor_key == d.target_key) {
    // domestic politics: keyed by person, not by their common country
    d.actor_key = "e:" + std::to_string(c.actor.entity);
    d.target_key = "e:" + std::to_string(c.target.entity);
  }
  drafts_.push_back(std::move(d));
}

// A date whose year is before the story's year (PLOVER context "historical"): the
// publication year, else (no publication date) the latest year the story states.
bool Extractor::historical(const std::string& date) const {
  auto year = [](const std::string& v) {
    if (v.size() < 4) return -1;
    int y = 0;
    for (int i = 0; i < 4; ++i) {
      if (!std::isdigit(static_cast<unsigned char>(v[i]))) return -1;
      y = y * 10 + (v[i] - '0');
    }
    return y;
  };
  if (story_year_ == -2) {
    story_year_ = year(doc_.published);
    if (story_year_ < 0)
      for (const TimeExpr& t : doc_.times) story_year_ = std::max(story_year_, year(t.value));
  }
  const int y = year(date);
  return y >= 0 && story_year_ >= 0 && y < story_year_;
}

// Round 21: the one a denial answers when no accusation of the denier was coded before it
// ("Residents said soldiers had torched dozens of houses. The defence ministry denied the
// accusation."): the speaker of the latest report before the denial, six sentences back at
// most, who is not of the denier's side, not anonymous and no place; a person speaking for a
// body the story names ("Khu Plu Reh, a spokesman for the KNDF") is that body, as coders
// name the accuser.
Arg Extractor::accuser_before(const Draft& d) const {
  if (d.tok < 0 || d.tok >= static_cast<int>(doc_.tokens.size())) return {};
  const Arg denier = arg_of_event(d.ev.actor);
  const uint32_t at = doc_.tokens[d.tok].start;
  Arg best;
  uint32_t best_at = 0;
  bool seen = false;
  for (const Quote& q : doc_.quotes) {
    if (q.sentence > d.sentence || q.sentence + 6 < d.sentence) continue;
    const uint32_t said_at = std::min(q.start, q.cue_start);
    if (said_at >= at || (seen && said_at <= best_at)) continue;
    // The latest report decides: one that names no usable accuser (an unnamed source, a
    // commentator, words quoted as spoken) leaves the denial answering no one rather than
    // an older speaker ("a union official said two doctors had been detained. The police
    // commander ... denied that anyone had been arrested").
    const auto block = [&]() {
      best = Arg();
      best_at = said_at;
      seen = true;
    };
    // Only a report of a misdeed can be what is denied (review, session 10: "The United
    // Nations said aid deliveries had resumed. Separately, Russia denied that its jets had
    // bombed a hospital" is no answer to the UN).
    // (A word that can name a hostile act, the verbs' and nouns' patterns of quad 3-4: the
    // act may have no record of its own, "villagers were killed".)
    bool tells_misdeed = false;
    for (int i = 0; i < static_cast<int>(doc_.tokens.size()) && !tells_misdeed; ++i) {
      const Token& t = doc_.tokens[i];
      if (t.start < q.start) continue;
      if (t.start >= q.end) break;
      const bool verb = is_verb(i), noun = pos(i) == "NOUN";
      if (!verb && !noun) continue;
      for (const EventPattern& p : verb ? pat_.verbs(lem(i)) : pat_.nouns(lem(i))) {
        const EventTypeInfo* ti = p.type == "-" ? nullptr : pat_.type_info(p.type);
        if (ti && ti->quad >= 3) tells_misdeed = true;
      }
    }
    // ... or a report that names the denier's side ("the military had collaborated with a
    // rival faction ... The military denied the claim").
    for (int i = 0; i < static_cast<int>(doc_.tokens.size()) && !tells_misdeed; ++i) {
      const Token& t = doc_.tokens[i];
      if (t.start < q.start) continue;
      if (t.start >= q.end) break;
      if (!denier.sector.empty() && pos(i) == "NOUN" && gaz_.sector_for(lem(i)) == denier.sector) tells_misdeed = true;
    }
    for (size_t e = 0; e < doc_.entities.size() && !tells_misdeed; ++e) {
      const Entity& en = doc_.entities[e];
      if (static_cast<int>(e) != denier.entity && (denier.country.empty() || en.country != denier.country)) continue;
      for (const Mention& m : en.mentions)
        if (m.start >= q.start && m.end <= q.end) tells_misdeed = true;
    }
    if (!tells_misdeed) {  // the latest report decides: this one answers nothing
      block();
      continue;
    }
    Arg a;
    // The subject of the saying verb that the quote stage names the speaker by ("Residents
    // of Bamenda, the main city of the Northwest, said", parsed with two subjects); a
    // described speaker keeps the quote stage's name for it.
    int cue = -1;
    if (q.cue_end > q.cue_start) {
      auto it = std::lower_bound(doc_.tokens.begin(), doc_.tokens.end(), q.cue_start,
                                 [](const Token& t, uint32_t x) { return t.end <= x; });
      if (it != doc_.tokens.end() && it->start < q.cue_end && is_verb(static_cast<int>(it - doc_.tokens.begin())))
        cue = static_cast<int>(it - doc_.tokens.begin());
    }
    bool group = false;  // a described group speaking openly ("Residents", "Activists")
    if (cue >= 0) {
      std::string first = q.speaker.name.substr(0, q.speaker.name.find(' '));
      for (char& ch : first) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      for (const uint32_t* k = kids_begin(cue); k != kids_end(cue) && a.empty(); ++k)
        if (dep_is(dep(*k), "nsubj") && low(*k) == first) {
          const int sj = static_cast<int>(*k);
          a = make_arg(sj);
          if (!a.empty() && pos(sj) == "NOUN" && !q.speaker.name.empty()) {
            a.entity = -1;
            a.name = q.speaker.name;
            group = doc_.tokens[sj].tag == "NNS";
          }
        }
    }
    // An unnamed single source ("a security source", "a Western diplomat") is no accuser, nor
    // one quoted in their own words (comment, mostly; what is denied is a reported claim).
    if ((q.speaker.anonymous && !group) || q.kind == QuoteKind::kDirect) {
      block();
      continue;
    }
    if (a.empty() && q.speaker.entity >= 0 && q.speaker.entity < static_cast<int32_t>(doc_.entities.size())) {
      const Entity& en = doc_.entities[q.speaker.entity];
      if (en.type == EntityType::kLoc || en.type == EntityType::kFac ||
          (en.type == EntityType::kGpe && !gaz_.country(en.name)))
        continue;
      a = arg_from_entity(q.speaker.entity, -1);
    }
    if (a.empty() && cue >= 0) a = actor_of_verb(cue, 0);
    // A person speaking for a body the story names is the body.
    if (a.entity >= 0 && doc_.entities[a.entity].type == EntityType::kPerson) {
      const std::string& aff = doc_.entities[a.entity].affiliation;
      if (!aff.empty() && !gaz_.country(aff))
        for (size_t e = 0; e < doc_.entities.size(); ++e)
          if (doc_.entities[e].type == EntityType::kOrg && doc_.entities[e].name == aff) {
            a = arg_from_entity(static_cast<int>(e), -1);
            break;
          }
    }
    if (a.empty() || arg_key(a) == arg_key(denier) || same_side(a, denier) ||
        (a.entity >= 0 && a.entity == denier.entity) || a.name == denier.name)
      continue;
    // Commentators and judges are no accusers ("a senior analyst at the International Crisis
    // Group", "Justice Mary Achieng said the court would not force ...").
    if (a.sector == "EDU" || a.sector == "JRN" || a.sector == "BUS") {
      block();
      continue;
    }
    if (q.speaker.entity >= 0 && q.speaker.entity < static_cast<int32_t>(doc_.entities.size())) {
      std::string role = doc_.entities[q.speaker.entity].role;
      for (char& ch : role) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      bool commentator = false;
      for (const char* w : {"analyst", "expert", "fellow", "professor", "researcher", "scholar", "judge", "justice"})
        commentator = commentator || role.find(w) != std::string::npos;
      if (commentator) {
        block();
        continue;
      }
    }
    // A state body the story names without its state ("the National Prosecutor's Office",
    // "the State Committee for National Security") is of a state not known here: no party.
    if (a.entity >= 0 && a.country.empty() && doc_.entities[a.entity].type == EntityType::kOrg) {
      bool organ_word = false;
      std::string_view nm = doc_.entities[a.entity].name;
      while (!nm.empty() && !organ_word) {
        const size_t sp = nm.find(' ');
        std::string w(nm.substr(0, sp));
        if (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) w.resize(w.size() - 2);
        for (char& ch : w) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        const std::string_view sec = gaz_.sector_for(w);
        organ_word = sec == "GOV" || sec == "JUD" || sec == "COP" || sec == "LEG" || sec == "SPY";
        if (sp == std::string_view::npos) break;
        nm.remove_prefix(sp + 1);
      }
      if (organ_word) {
        block();
        continue;
      }
    }
    // A state's organ named bare ("the army said") is of the denying state's side.
    const auto organ = [](const std::string& sec) {
      return sec == "GOV" || sec == "MIL" || sec == "COP" || sec == "JUD" || sec == "LEG" || sec == "SPY";
    };
    if (a.entity < 0 && a.country.empty() && organ(a.sector) && !denier.country.empty()) continue;
    best = std::move(a);
    best_at = said_at;
    seen = true;
  }
  return best;
}

void Extractor::merge_and_emit() {
  // A REJECT of something offered or demanded answers the party that offered it.
  std::vector<Draft> answers;
  for (size_t i = 0; i < drafts_.size(); ++i) {
    Draft& d = drafts_[i];
    if (d.ev.type != "REJECT" || !d.ev.target.empty()) continue;
    // "Trump denied the effect of climate change": a denial of a thing it names answers no
    // offer or demand (round 7).
    if (d.thing_object) continue;
    for (size_t j = i; j-- > 0;) {
      const Draft& p = drafts_[j];
      if (p.ev.type != "AGREE" && p.ev.type != "REQUEST" && p.ev.type != "THREATEN" && p.ev.type != "ACCUSE") continue;
      if (!p.target_key.empty() && p.target_key == d.actor_key) {
        d.ev.target = p.ev.actor;
        d.target_key = p.actor_key;
        // Round 21: "The European Union and the United States ... called on the authorities
        // to release those detained. ... rejected foreign criticism": each of those who made
        // it together (the same act, sentence and party addressed) is answered.
        for (size_t k = 0; k < drafts_.size(); ++k) {
          const Draft& q = drafts_[k];
          if (k == j || q.sentence != p.sentence || q.ev.type != p.ev.type || q.target_key != p.target_key ||
              q.actor_key.empty() || q.actor_key == p.actor_key || q.actor_key == d.actor_key)
            continue;
          Draft also = d;
          also.ev.target = q.ev.actor;
          also.target_key = q.actor_key;
          answers.push_back(std::move(also));
        }
        break;
      }
    }
    // Round 21: a denial of one's own act, or of a claim by no one named ("denied that
    // civilians had been targeted", "denied the accusation"), that answers no accusation
    // coded before answers whoever last said otherwise: the speaker of the latest report
    // before it (six sentences back at most), not of the denier's side, not anonymous, as
    // the body they speak for.
    if (d.answers_speaker && d.ev.target.empty()) {
      // An accusation of the denier's side told in the six sentences before ("the foreign
      // ministry summoned Algeria's ambassador to protest against what it called Algerian
      // support for armed groups. Algeria rejected the charge").
      const Arg denier = arg_of_event(d.ev.actor);
      for (size_t j = i; j-- > 0;) {
        const Draft& p = drafts_[j];
        if (p.sentence + 6 < d.sentence) break;
        if (p.ev.type != "ACCUSE" || p.ev.negated || p.ev.target.empty()) continue;
        const Arg accused = arg_of_event(p.ev.target), accuser = arg_of_event(p.ev.actor);
        if (!same_side(accused, denier) || same_side(accuser, denier)) continue;
        d.ev.target = p.ev.actor;
        d.target_key = p.actor_key;
        break;
      }
    }
    if (d.answers_speaker && d.ev.target.empty()) {
      Arg who = accuser_before(d);
      if (!who.empty()) {
        d.ev.target = to_event_arg(who);
        d.target_key = arg_key(who);
      }
    }
    if (d.answer_only && d.ev.target.empty()) d.untargeted_ok = false;  // answers nobody (round 11)
  }
  for (Draft& a : answers) drafts_.push_back(std::move(a));
  // Round 17: "warned that Iran would respond firmly to any attempt to free the vessel",
  // "said Russia would respond to the expulsions in a reciprocal manner": a threat that names
  // no one is aimed at the party the story last told acting against the one threatening
  // (within eight sentences before), else at the one it last acted against itself.
  for (size_t i = 0; i < drafts_.size(); ++i) {
    Draft& d = drafts_[i];
    if (d.ev.type != "THREATEN" || !d.ev.target.empty() || d.ev.negated || d.actor_key.empty()) continue;
    if (!d.response) continue;
    for (size_t j = i; j-- > 0;) {
      const Draft& p = drafts_[j];
      if (p.sentence + 8 < d.sentence) break;
      const EventTypeInfo* ti = pat_.type_info(p.ev.type);
      if (!ti || ti->quad < 3 || p.ev.negated || p.ev.type == "REQUEST" || p.target_key.empty()) continue;
      if (p.target_key == d.actor_key && p.actor_key != d.actor_key) {
        d.ev.target = p.ev.actor;
        d.target_key = p.actor_key;
        break;
      }
      if (p.actor_key == d.actor_key && p.target_key != d.actor_key) {
        d.ev.target = p.ev.target;
        d.target_key = p.target_key;
        break;
      }
    }
  }
  // Round 17: "India and China have both offered help", "Kyiv has offered an immediate
  // 30-day truce": an offer that names no one is made to the other of the story's two states,
  // else to the story's own state by an outsider.
  for (Draft& d : drafts_) {
    if (d.ev.type != "AGREE" || !d.ev.target.empty() || d.ev.negated || d.noun || d.untargeted_ok ||
        d.ev.actor.country.empty())
      continue;
    // Only what is offered (review, session 9: "agreed to power-sharing", "proposed an
    // amendment" are made to nobody in particular).
    std::string trig = d.ev.trigger;
    for (char& ch : trig) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (!d.pledged && trig.rfind("offer", 0) != 0 && trig.rfind("pledg", 0) != 0 && trig.rfind("promis", 0) != 0 &&
        trig != "ready" && trig != "willing" && trig != "prepared")
      continue;
    std::string to;
    if (!pair_first_.empty() && d.ev.actor.country == pair_first_) to = pair_second_;
    else if (!pair_first_.empty() && d.ev.actor.country == pair_second_) to = pair_first_;
    // The dateline's state only where the story names it (a Nairobi dateline on a story of
    // Sudan's truce offer names no Kenyan party).
    else if (!dateline_country_.empty() && d.ev.actor.country != dateline_country_ &&
             dateline_named_)
      to = dateline_country_;
    const GazCountry* gc = to.empty() ? nullptr : gaz_.country_by_iso3(to);
    if (!gc) continue;
    Arg a;
    a.country = gc->iso3;
    a.name = gc->name;
    d.ev.target = to_event_arg(a);
    d.target_key = arg_key(a);
  }
  // Round 9: "Somali pirates have seized a cargo vessel. The Greek-owned MV Filitsa was
  // hijacked on Wednesday": a hostile act told by its verb without its target, then in the
  // next two sentences in the passive without its author, is one act: the passive names the
  // target. Not an event noun ("Blake survived the shooting"), whose actor is often a guess.
  for (Draft& d : drafts_) {
    if (!d.ev.target.empty() || d.ev.negated || d.noun || (d.ev.type != "ASSAULT" && d.ev.type != "COERCE")) continue;
    const Orphan* pick = nullptr;
    for (const std::vector<Orphan>* list : {&orphans_, &seized_})
      for (const Orphan& o : *list)
        if (o.sentence > d.sentence && o.sentence <= d.sentence + 2 && (!pick || o.sentence < pick->sentence)) pick = &o;
    if (!pick || arg_key(pick->target) == d.actor_key) continue;
    d.ev.target = to_event_arg(pick->target);
    d.target_key = arg_key(pick->target);
    if (d.ev.mode.empty()) d.ev.mode = pick->mode;
  }
  // An event without a target joins one of the same type and actor in the same sentence.
  std::vector<bool> gone(drafts_.size(), false);
  for (size_t i = 0; i < drafts_.size(); ++i) {
    if (!drafts_[i].ev.target.empty()) continue;
    for (size_t j = 0; j < drafts_.size(); ++j)
      if (j != i && !gone[j] && drafts_[j].sentence == drafts_[i].sentence && drafts_[j].ev.type == drafts_[i].ev.type &&
          drafts_[j].actor_key == drafts_[i].actor_key && !drafts_[j].ev.target.empty() &&
          drafts_[j].ev.negated == drafts_[i].ev.negated) {
        gone[i] = true;
        break;
      }
  }
  // Records that need a target and have none are dropped.
  for (size_t i = 0; i < drafts_.size(); ++i) {
    const EventTypeInfo* ti = pat_.type_info(drafts_[i].ev.type);
    if (drafts_[i].ev.target.empty() && (!ti || ti->needs_target) && !drafts_[i].untargeted_ok) gone[i] = true;
  }
  // One record per event: same type, actor, target, polarity and (explicit) date.
  std::vector<Event> out;
  std::vector<const Draft*> firsts;
  for (size_t i = 0; i < drafts_.size(); ++i) {
    if (gone[i]) continue;
    const Draft& d = drafts_[i];
    Event* into = nullptr;
    for (size_t k = 0; k < out.size(); ++k) {
      const Draft& f = *firsts[k];
      if (f.ev.type != d.ev.type || f.actor_key != d.actor_key || f.target_key != d.target_key ||
          f.ev.negated != d.ev.negated)
        continue;
      if (f.explicit_date && d.explicit_date && out[k].date != d.ev.date) continue;
      // Round 9: a past event told with its own year ("in 2024, Israel killed most of X's
      // leaders") is another event than one told without a date (dated by publication:
      // "Israeli troops are advancing against X"), though type and parties agree.
      if (f.explicit_date != d.explicit_date && historical(f.explicit_date ? out[k].date : d.ev.date)) continue;
      into = &out[k];
      break;
    }
    if (!into) {
      out.push_back(d.ev);
      firsts.push_back(&d);
      continue;
    }
    if (std::find(into->sentences.begin(), into->sentences.end(), d.sentence) == into->sentences.end())
      into->sentences.push_back(d.sentence);
    if (into->mode.empty()) into->mode = d.ev.mode;
    if (into->place.empty() && !d.ev.place.empty()) {
      into->place = d.ev.place;
      into->place_country = d.ev.place_country;
      into->lat = d.ev.lat;
      into->lon = d.ev.lon;
      into->has_coordinates = d.ev.has_coordinates;
    }
    if (into->size_category.empty() && !d.ev.size_category.empty()) {
      into->size = d.ev.size;
      into->size_category = d.ev.size_category;
    }
    if (!into->modality.empty() && into->modality == "claimed" && d.ev.modality.empty()) into->modality.clear();
  }
  doc_.events = std::move(out);
}

// Round 18: interview transcripts. Paragraphs that open with a speaker's label ("((Richard
// Stallman)) Well, DRM ...", "((WN)) What do you think ...?") are turns of a conversation,
// speech as a direct quote is, when the story has at least three of them: an answer and the
// unlabelled paragraphs that continue it up to the next label are not coded (a labelled
// question does not carry on into the paragraphs after it: round-ups list questions and go
// on with their report). Without labels, a paragraph that asks "you" a question, when the
// story has at least three of them, is followed by its answer, the paragraph after it.
std::vector<bool> Extractor::transcript_paragraphs() const {
  const size_t n = doc_.paragraphs.size();
  std::vector<bool> spoken(n, false);
  std::vector<int8_t> label(n, 0);  // 1 answer turn, 2 question turn
  std::vector<bool> you_question(n, false);
  int labels = 0, questions = 0;
  for (size_t p = 0; p < n; ++p) {
    const Paragraph& pg = doc_.paragraphs[p];
    if (pg.kind != ParagraphKind::kBody || pg.end <= pg.start || pg.end > doc_.text.size()) continue;
    std::string_view t = std::string_view(doc_.text).substr(pg.start, pg.end - pg.start);
    while (!t.empty() && (t.back() == ' ' || t.back() == '\n' || t.back() == '"' || t.back() == ')' || t.back() == ']'))
      t.remove_suffix(1);
    const bool question = !t.empty() && t.back() == '?';
    if (t.size() > 4 && t.substr(0, 2) == "((") {
      const size_t close = t.find("))");
      if (close != std::string_view::npos && close > 2 && close < 60) {
        label[p] = question ? 2 : 1;
        ++labels;
        continue;
      }
    }
    // A question inside quotation marks is someone's speech in a report ("Odinga asked: \"Do
    // you want ...?\""), not an interviewer's (review, session 9).
    const bool quoted = t.find('"') != std::string_view::npos || t.find("\xE2\x80\x9C") != std::string_view::npos ||
                        t.find("\xE2\x80\x9D") != std::string_view::npos;
    if (question && !quoted) {
      std::string low_t;
      lower_into(t, &low_t);
      for (size_t at = low_t.find("you"); at != std::string::npos; at = low_t.find("you", at + 1)) {
        const bool left = at == 0 || !std::isalpha(static_cast<unsigned char>(low_t[at - 1]));
        const size_t e = at + 3;
        const bool right = e >= low_t.size() || !std::isalpha(static_cast<unsigned char>(low_t[e])) ||
                           low_t.compare(e, 1, "r") == 0;
        if (left && right) {
          you_question[p] = true;
          break;
        }
      }
      if (you_question[p]) ++questions;
    }
  }
  if (labels >= 3) {
    bool answer = false;
    for (size_t p = 0; p < n; ++p) {
      if (label[p] != 0) answer = label[p] == 1;
      if (label[p] != 0 || answer) spoken[p] = true;
    }
  }
  if (questions >= 3)
    for (size_t p = 0; p + 1 < n; ++p)
      if (you_question[p] && !you_question[p + 1] && label[p + 1] == 0) spoken[p + 1] = true;
  return spoken;
}

void Extractor::run() {
  doc_.events.clear();
  if (doc_.tokens.empty() || doc_.sentences.empty() || pat_.empty()) return;
  build_indexes();
  const std::vector<bool> spoken = transcript_paragraphs();
  for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
    if (!doc_.is_fact_sentence(s)) continue;
    const Sentence& st = doc_.sentences[s];
    if (st.paragraph < spoken.size() && spoken[st.paragraph]) continue;
    // Round 18: "██ Territory captured by Azerbaijan": a line opening with a block or a
    // geometric shape is a map's or a chart's key, no report.
    if (st.end > st.start + 3) {
      const unsigned char b0 = static_cast<unsigned char>(doc_.text[st.start]);
      const unsigned char b1 = static_cast<unsigned char>(doc_.text[st.start + 1]);
      if (b0 == 0xE2 && (b1 == 0x96 || b1 == 0x97)) continue;  // U+2580..U+25FF
    }
    if (st.token_end > doc_.tokens.size() || st.token_begin >= st.token_end) continue;
    if (parsed(s)) sentence_parsed(s);
    else sentence_flat(s);
  }
  merge_and_emit();
}

bool is_dir(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

}  // namespace

void extract_events(Document* doc, const Gazetteer& gazetteer, const EventPatterns& patterns) {
  if (!doc) return;
  Extractor(doc, gazetteer, patterns).run();
}

const EventPatterns& default_event_patterns() {
  static const std::shared_ptr<const EventPatterns> loaded = [] {
    std::string dir;
    if (const char* env = std::getenv("FACTWIRE_DATA"); env && *env) dir = env;
    else if (is_dir(std::string(FACTWIRE_DATA_DIR) + "/data/events")) dir = FACTWIRE_DATA_DIR;
    else dir = ".";
    auto r = EventPatterns::Load(dir);
    return r.ok() ? r.value() : EventPatterns::Empty();
  }();
  return *loaded;
}

void extract_events(Document* doc, const Gazetteer& gazetteer) {
  extract_events(doc, gazetteer, default_event_patterns());
}

}  // namespace factwire
