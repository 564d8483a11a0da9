// Readers for the training and evaluation data: CoNLL-U (UD treebanks, GUM's Entity=
// annotations in MISC), IOB2 (Universal NER) and WNUT's two-column CoNLL.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "factwire/status.h"

namespace factwire::train {

struct EntitySpan {
  int start = 0, end = 0;  // word indexes, half-open
  std::string type;        // PERSON, ORG, LOC, EVENT
  bool operator==(const EntitySpan& o) const {
    return start == o.start && end == o.end && type == o.type;
  }
};

struct TreeSentence {
  std::vector<std::string> words, lemmas, upos, xpos, deprels;
  std::vector<int> heads;  // 0 = root, else 1-based word index
  std::vector<std::string> misc;
  std::vector<EntitySpan> entities;  // named entities (GUM), filled by ExtractGumEntities
  int doc = 0;                       // counts "# newdoc" comments: sentences of one document share it
  std::string JointTag(size_t i) const { return upos[i] + "\t" + xpos[i]; }
};

// Parses CoNLL-U text: comments, multiword-token lines ("3-4") and empty nodes ("5.1") are
// skipped, so words are the syntactic words that carry the tree.
Status ParseConllu(std::string_view text, std::vector<TreeSentence>* out);
Status ReadConllu(const std::string& path, std::vector<TreeSentence>* out);

// GUM's MISC "Entity=(3-person-...)" brackets -> the names inside the mentions of type person,
// place, organization, event (GumNameSpan), outermost first.
void ExtractGumEntities(TreeSentence* s);

// The name inside the GUM mention [ms, me) of `type` (PERSON, LOC, ORG, EVENT), as word
// indexes [*start, *end); false when the mention holds no name. A mention headed by a proper
// noun: the run of name words around its head. Otherwise `identity`, the mention's Wikipedia
// identifier (the Entity= field's last part, "" when absent), locates the name: the run
// holding most of its words ("Eduard Hanslick" in "the prominent critic Eduard Hanslick").
// Name words are proper nouns and capitalised adjectives and nouns, bridging "of", "&",
// "and", "de", "for", "-"; a person's name holds no word of `foreign` (the words of mentions
// of other types nested in this one: "Washington" in "Governor of Washington Chris Gregoire",
// may be empty). A person's leading titles are cut ("Dr.", "Attorney General"); a
// title alone and plural proper nouns ("Americans", NNPS) are no person; a name starts with
// an uppercase letter or a digit (Unicode: "Ángel" does, IPA "ˈantoɲiːn" does not).
bool GumNameSpan(const TreeSentence& s, int ms, int me, const std::string& type,
                 std::string_view identity, const std::vector<bool>& foreign, int* start,
                 int* end);

struct NerSentence {
  std::vector<std::string> words;
  std::vector<EntitySpan> entities;
  int doc = 0;  // document number ("# newdoc" comments), for document-level consistency
};

// IOB2 (UNER: "idx word tag ...", tab-separated, '#' comments) or WNUT ("word<TAB>tag").
// Types are mapped: PER/person -> PERSON, LOC/location -> LOC, ORG/corporation/group -> ORG;
// everything else (OTH, B-O, product, creative-work) -> O.
Status ParseIob(std::string_view text, std::vector<NerSentence>* out);
// Any NER file by extension: .conllu (GUM entities), .iob2 / .conll / other (IOB columns).
Status ReadNerFile(const std::string& path, std::vector<NerSentence>* out);

std::string MapEntityType(std::string_view raw);  // "" = not an entity we learn

}  // namespace factwire::train
