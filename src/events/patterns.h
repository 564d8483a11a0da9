// The event lexicon: verb and noun patterns that map words to PLOVER types and modes, the
// frames that change what a governed event means (want to, fail to, deny that, ...), and
// the word classes both refer to. All of it is data under data/events/ (docs/events.md
// describes the format), loaded once and immutable afterwards (safe to share by threads).
//
//   auto p = factwire::EventPatterns::Load("/path/to/repo");   // reads data/events/*.tsv
//   if (!p.ok()) return p.status();
//   const EventPatterns& patterns = *p.value();
//   for (const EventPattern& e : patterns.verbs("fire")) ...   // in file order
//   patterns.in_class("weapon", "rocket")    == true
//   patterns.class_value("weapon", "drone")  == "drone"           (the mode it implies)
//   patterns.frame("want")->effect           == FrameEffect::kHypothetical
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "factwire/status.h"

namespace factwire {

// One condition of a pattern, all of which must hold. Word lists are lower-case lemmas;
// an entry "@name" in the data file is expanded to the class `name` at load time.
struct PatternCond {
  enum class Kind : uint8_t {
    kObj,      // obj=...    the direct object's lemma (looking through "a volley of")
    kPrep,     // prep=...   an obl/nmod child introduced by one of these prepositions
    kPrt,      // prt=...    a verb particle (compound:prt): "call on", "head off"
    kObl,      // obl=...    an obl/nmod child whose lemma is listed ("from their homes")
    kMod,      // mod=...    an amod/compound modifier lemma ("evacuation warnings")
    kNoObj,    // noobj      no direct object
    kSubj,     // subj=...   the subject's lemma ("protesters marched")
    kHead,     // head=...   the governing word's lemma ("went on strike", "staged a strike")
    kXcomp,    // xcomp=...  a predicative complement's lemma ("was found guilty"; round 7)
  };
  Kind kind = Kind::kObj;
  std::vector<std::string> words;
  bool matches(std::string_view lemma) const;
};

// How an event trigger relates to a governed (complement) event.
enum PatternFlag : uint32_t {
  kWrap = 1u << 0,        // the complement event is the content: suppressed; its target and
                          // mode are inherited ("offered to hold talks with Israel" -> AGREE)
  kContent = 1u << 1,     // the complement is the content (suppressed), nothing inherited
                          // ("accused Israel of violating the ceasefire")
  kNeedsEvent = 1u << 2,  // fires only over a complement event or an object in the classes
                          // of an obj= condition ("denied the report")
  kIntent = 1u << 3,      // type from the complement: cooperative -> AGREE, hostile -> THREATEN
  kCoopOnly = 1u << 4,    // fires only over a cooperative complement ("refused to negotiate")
  kNoTarget = 1u << 5,    // the object is not the target ("deployed troops")
  kTargetIsObj = 1u << 6, // the object is the target even when it is an event noun
  kOfActor = 1u << 7,     // nouns: "of X" names the actor ("the withdrawal of Israeli troops")
};

struct EventPattern {
  std::string lemma;
  std::vector<PatternCond> conds;
  std::string type;  // PLOVER type; "-" blocks the lemma under these conditions
  std::string mode;  // "" none; "@weapon" = the mode the weapon word implies
  uint32_t flags = 0;
  std::string prep_target;  // prepositions whose object is the target (from prep=)
  uint32_t line = 0;        // line in the data file (for messages and reviews)
};

enum class FrameEffect : uint8_t {
  kNone,
  kHypothetical,  // want, plan, could, unlikely: the governed event has not happened
  kNegate,        // fail, avoid, prevent: the governed event did not happen
  kClaim,         // say, tell, claim: the governed event is the speaker's claim
  kCause,         // lead to, cause: participles under it take the caused event's actor
};

struct Frame {
  std::string lemma;
  FrameEffect effect = FrameEffect::kNone;
  std::string prt;  // required particle ("head off"), "" for none
};

struct EventTypeInfo {
  std::string type;
  int quad = 0;               // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  bool needs_target = false;  // records without a target are dropped
  double score = 0;           // PLOVER conflict-cooperation ("Schrodt") score
};

class EventPatterns {
 public:
  // Reads <data_dir>/data/events/*.tsv.
  static Result<std::shared_ptr<const EventPatterns>> Load(const std::string& data_dir);
  // Reads the .tsv files from `folder` itself.
  static Result<std::shared_ptr<const EventPatterns>> LoadFolder(const std::string& folder);
  // Builds from file contents (tests). Any argument may be empty.
  static Result<std::shared_ptr<const EventPatterns>> FromText(std::string_view verbs,
                                                               std::string_view nouns,
                                                               std::string_view frames,
                                                               std::string_view classes,
                                                               std::string_view types);
  static std::shared_ptr<const EventPatterns> Empty();

  bool empty() const { return verbs_.empty() && nouns_.empty(); }
  size_t size() const { return verb_count_ + noun_count_; }

  // Patterns for a lower-case lemma, in file order; empty if none.
  const std::vector<EventPattern>& verbs(std::string_view lemma) const;
  const std::vector<EventPattern>& nouns(std::string_view lemma) const;
  // Frame for a lower-case lemma; nullptr if none.
  const std::vector<Frame>* frames(std::string_view lemma) const;
  bool in_class(std::string_view cls, std::string_view word) const;
  // The value given to a class member ("weapon", "drone") -> "drone"; "" if none.
  std::string_view class_value(std::string_view cls, std::string_view word) const;
  const EventTypeInfo* type_info(std::string_view type) const;

  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  template <typename V>
  using Map = std::unordered_map<std::string, V, Hash, std::equal_to<>>;

 private:
  Status parse_classes(std::string_view text);
  Status parse_patterns(std::string_view text, std::string_view file, Map<std::vector<EventPattern>>* out,
                        size_t* count);
  Status parse_frames(std::string_view text);
  Status parse_types(std::string_view text);

  Map<std::vector<EventPattern>> verbs_, nouns_;
  Map<std::vector<Frame>> frames_;
  Map<Map<std::string>> classes_;  // class -> word -> value
  Map<EventTypeInfo> types_;
  size_t verb_count_ = 0, noun_count_ = 0;
};

}  // namespace factwire
