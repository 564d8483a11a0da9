// Word lists for the quotes stage: speech and attitude cues in every inflection, titles,
// source nouns, organisation words, non-answer phrases. Built once (thread-safe static) into
// hash tables; every lookup is on a lower-cased word.
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace factwire::quotes {

// What a cue verb can do.
enum CueFlag : uint16_t {
  kSpeech = 1,        // may introduce indirect speech ("said (that) ...")
  kDirectOnly = 2,    // attributes a direct quote only ("dismissed X as a “...”", "called it “...”")
  kAddressee = 4,     // takes the hearer as object: "told reporters", "informed", "assured"
  kObjOf = 8,         // "accused Y of ...": the reported content is "Y of ..."
  kObjTo = 16,        // "urged Y to ...": the reported content is "Y to ..."
  kParticiple = 32,   // an -ing form: ", saying ..."
  kAmbiguous = 64,    // also a common noun ("claims", "notes", "reports"): needs "that" after it
  kAttitude = 128,    // believe, fear: only with a clause
  kDocSubject = 256,  // show, find: only "that" after it and a record as the subject ("the
                      // report found that ...", "records seen by Reuters show that ...")
};

struct Cue {
  std::string_view lemma;
  uint16_t flags = 0;
};

// Word classes, one bit each, so that a token is looked up once.
enum WordClass : uint32_t {
  kTitle = 1u << 0, kSourceNoun = 1u << 1, kOrgWord = 1u << 2, kAux = 1u << 3,
  kAdverb = 1u << 4, kDeterminer = 1u << 5, kPreposition = 1u << 6, kSubordinator = 1u << 7,
  kPronoun = 1u << 8, kNaming = 1u << 9, kWorkNoun = 1u << 10, kTimeWord = 1u << 11,
  kAbbreviation = 1u << 12, kCommonVerb = 1u << 13, kMediaWord = 1u << 14,
};

struct WordInfo {
  uint32_t classes = 0;
  const Cue* cue = nullptr;
};

class Lexicon {
 public:
  static const Lexicon& Get();

  // The cue for a lower-cased word form, or nullptr.
  const Cue* cue(std::string_view low) const {
    auto it = cues_.find(low);
    return it == cues_.end() ? nullptr : &it->second;
  }
  // Every class of a lower-cased word and its cue, in one lookup; nullptr if none.
  const WordInfo* info(std::string_view low) const {
    auto it = info_.find(low);
    return it == info_.end() ? nullptr : &it->second;
  }
  bool title(std::string_view low) const { return titles_.count(low) > 0; }
  bool source_noun(std::string_view low) const { return source_nouns_.count(low) > 0; }
  bool org_word(std::string_view low) const { return org_words_.count(low) > 0; }
  bool aux(std::string_view low) const { return aux_.count(low) > 0; }
  bool adverb(std::string_view low) const { return adverbs_.count(low) > 0; }
  bool determiner(std::string_view low) const { return determiners_.count(low) > 0; }
  bool preposition(std::string_view low) const { return prepositions_.count(low) > 0; }
  bool subordinator(std::string_view low) const { return subordinators_.count(low) > 0; }
  bool pronoun(std::string_view low) const { return pronouns_.count(low) > 0; }
  bool naming(std::string_view low) const { return naming_.count(low) > 0; }
  bool work_noun(std::string_view low) const { return work_nouns_.count(low) > 0; }
  bool time_word(std::string_view low) const { return time_words_.count(low) > 0; }
  bool abbreviation(std::string_view low) const { return abbreviations_.count(low) > 0; }
  bool common_verb(std::string_view low) const { return common_verbs_.count(low) > 0; }
  bool media_word(std::string_view low) const { return media_words_.count(low) > 0; }
  // A plural or collective noun that names unnamed sources as a body: "rights groups",
  // "local media", "transport leaders", "relatives", "their lawyers" (session 10). Not a
  // source noun of the word classes (those drive person and pronoun rules); read only when a
  // speaker phrase is made.
  bool collective_source(std::string_view low) const {
    return low == "groups" || low == "media" || low == "television" || low == "radio" ||
           low == "leaders" || low == "relatives" || low == "lawyers";
  }

 private:
  Lexicon();
  std::unordered_map<std::string_view, Cue> cues_;
  std::unordered_map<std::string_view, WordInfo> info_;
  std::unordered_set<std::string_view> titles_, source_nouns_, org_words_, aux_, adverbs_,
      determiners_, prepositions_, subordinators_, pronouns_, naming_, work_nouns_, time_words_,
      abbreviations_, common_verbs_, media_words_;
};

// Non-answer phrases ("declined to comment"), lower case, matched on word boundaries.
struct NonAnswerCue {
  std::string_view phrase;
};
const NonAnswerCue* non_answer_cues(size_t* count);

}  // namespace factwire::quotes
