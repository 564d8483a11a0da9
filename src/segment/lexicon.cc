#include "segment/lexicon.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <vector>

namespace factwire::segment {
namespace {

constexpr size_t kMaxKey = 16;

// Lowercases ASCII `word` into buf; false when it is too long or not ASCII letters/periods.
bool ascii_lower(std::string_view word, char* buf, size_t* len) {
  if (word.empty() || word.size() > kMaxKey) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    else if (!((c >= 'a' && c <= 'z') || c == '.')) return false;
    buf[i] = c;
  }
  *len = word.size();
  return true;
}

// A sorted copy of a word list, searched with binary search.
class WordSet {
 public:
  explicit WordSet(std::initializer_list<std::string_view> words) : words_(words) {
    std::sort(words_.begin(), words_.end());
  }
  bool contains(std::string_view w) const { return std::binary_search(words_.begin(), words_.end(), w); }

 private:
  std::vector<std::string_view> words_;
};

// Up to eight ASCII characters, lowercased, packed into an integer: table keys compare in one step.
bool pack_key(std::string_view w, uint64_t* key) {
  if (w.empty() || w.size() > 8) return false;
  uint64_t k = 0;
  for (size_t i = 0; i < w.size(); ++i) {
    auto c = static_cast<unsigned char>(w[i]);
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c + 32);
    else if (!((c >= 'a' && c <= 'z') || c == '.' || c == '\'')) return false;
    k |= static_cast<uint64_t>(c) << (8 * i);
  }
  *key = k;
  return true;
}

struct AbbrevEntry {
  uint64_t key;  // pack_key of the lowercase word, without the period
  AbbrevClass cls;
  bool cap_only;  // only when written capitalised ("Sun." but not "sun.")
};

class AbbrevTable {
 public:
  AbbrevTable() {
    using C = AbbrevClass;
    // Titles written before a name.
    for (std::string_view k :
         {"mr", "mrs", "ms", "messrs", "mmes", "mme", "mlle", "dr", "drs", "prof", "profs", "gen", "gens",
          "sen", "sens", "rep", "reps", "gov", "govs", "lt", "col", "capt", "cpt", "sgt", "cpl", "pvt",
          "pfc", "adm", "cmdr", "cmdt", "maj", "brig", "rev", "revd", "hon", "pres", "supt", "insp",
          "det", "atty", "amb", "mt", "ft", "msgr", "sra", "sgts", "lts", "cols", "mssrs",
          "rt", "ret", "cdr", "comdr", "ens", "spc", "spec", "fr"}) {
      add(k, C::kTitle, false);
    }
    // Never at the end of a sentence.
    for (std::string_view k : {"vs", "cf", "viz", "ca", "approx", "resp", "incl", "excl"}) add(k, C::kInner, false);
    // Abbreviations of words that head a number.
    for (std::string_view k : {"no", "nos", "nr", "vol", "vols", "art", "arts", "fig", "figs", "pp", "ch",
                               "chap", "sec", "secs", "pt", "pts", "op", "ref", "para", "tel", "ext", "ex",
                               "exh", "est"}) {
      add(k, C::kNumPrefix, false);
    }
    // May end a sentence.
    for (std::string_view k :
         {"inc", "co", "corp", "ltd", "bros", "jr", "sr", "esq", "al", "dept", "univ", "assn", "assoc",
          "ave", "blvd", "rd", "st", "sts", "hwy", "ps", "pl", "sq", "ct", "mtn", "ln", "pkwy", "jan", "feb",
          "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "tue", "tues", "thu", "thur",
          "thurs", "fri", "ala", "ariz", "ark", "calif", "colo", "conn", "fla", "ga", "kan", "kans", "ky",
          "md", "mich", "minn", "neb", "nebr", "nev", "okla", "tenn", "tex", "va", "vt", "wis", "wyo",
          "gov't", "govt", "intl", "natl", "mfg", "mgr", "div", "dist", "min", "max", "misc", "yr", "yrs",
          "mo", "mos", "wk", "wks", "hrs", "mins", "sec'y", "depts", "etal", "cie", "plc", "bhd", "pty",
          "gmbh", "attn"}) {
      add(k, C::kCouldEnd, false);
    }
    // Also ordinary words: abbreviations only when capitalised.
    for (std::string_view k : {"mar", "sat", "sun", "wed", "mon", "ill", "miss", "wash", "ind", "pa", "la",
                               "ore", "del", "me", "mont", "penn", "mass", "alta", "ont", "que", "sask",
                               "nfld"}) {
      add(k, C::kCouldEnd, true);
    }
    add("etc", C::kEtc, false);
    // An open-addressing table over the packed keys (a packed key is never 0, the empty
    // slot): most words looked up are no abbreviation, and a probe or two answers that where
    // a binary search would take eight hard-to-predict branches.
    while (slots_.size() < entries_.size() * 4) slots_.resize(slots_.empty() ? 64 : slots_.size() * 2);
    mask_ = slots_.size() - 1;
    for (const AbbrevEntry& e : entries_) {
      size_t i = slot_of(e.key);
      while (slots_[i].key != 0) i = (i + 1) & mask_;
      slots_[i] = e;
    }
  }

  const AbbrevEntry* find(uint64_t key) const {
    for (size_t i = slot_of(key);; i = (i + 1) & mask_) {
      const AbbrevEntry& e = slots_[i];
      if (e.key == key) return &e;
      if (e.key == 0) return nullptr;
    }
  }

 private:
  void add(std::string_view k, AbbrevClass cls, bool cap_only) {
    uint64_t key = 0;
    if (!pack_key(k, &key)) return;
    for (auto& e : entries_) {
      if (e.key == key) return;  // first listing wins
    }
    entries_.push_back({key, cls, cap_only});
  }
  size_t slot_of(uint64_t key) const { return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> 40) & mask_; }

  std::vector<AbbrevEntry> entries_;
  std::vector<AbbrevEntry> slots_;
  size_t mask_ = 0;
};

const AbbrevTable& abbrev_table() {
  static const AbbrevTable table;
  return table;
}

}  // namespace

AbbrevClass abbreviation_class(std::string_view word) {
  uint64_t key = 0;
  if (!pack_key(word, &key)) {
    // "Nº" / "N°": the number sign written as a letter and a degree or ordinal sign.
    if (word == "N\xC2\xBA" || word == "N\xC2\xB0" || word == "n\xC2\xBA" || word == "n\xC2\xB0")
      return AbbrevClass::kNumPrefix;
    return AbbrevClass::kNone;
  }
  const AbbrevEntry* e = abbrev_table().find(key);
  if (e == nullptr) return AbbrevClass::kNone;
  if (e->cap_only) {
    // Capitalised: first letter upper, the rest lower ("Sun", not "sun" or "SUN").
    if (!(word[0] >= 'A' && word[0] <= 'Z')) return AbbrevClass::kNone;
    for (size_t i = 1; i < word.size(); ++i) {
      if (word[i] >= 'A' && word[i] <= 'Z') return AbbrevClass::kNone;
    }
  }
  return e->cls;
}

bool is_sentence_starter(std::string_view word) {
  static const WordSet words{
      "The", "A", "An", "This", "That", "These", "Those", "There", "Here", "It", "Its", "He", "She",
      "They", "We", "I", "You", "His", "Her", "Their", "Our", "My", "Your", "In", "On", "At", "By",
      "For", "From", "With", "Without", "Into", "After", "Before", "During", "Since", "Until", "Under",
      "Over", "About", "Among", "Between", "Through", "Despite", "Although", "Though", "Because",
      "While", "When", "Where", "Why", "How", "What", "Who", "Whom", "Whose", "Which", "If", "Unless",
      "Whether", "As", "But", "And", "Or", "Nor", "So", "Yet", "Still", "Then", "Thus", "Hence", "Also",
      "However", "Meanwhile", "Moreover", "Furthermore", "Nevertheless", "Instead", "Indeed", "Now",
      "Today", "Yesterday", "Tomorrow", "Earlier", "Later", "Some", "Many", "Most", "Several", "Few",
      "All", "Both", "Each", "Every", "Any", "No", "None", "Not", "Neither", "Either", "Such", "Other",
      "Another", "Only", "Even", "Just", "Is", "Are", "Was", "Were", "Has", "Have", "Had", "Do",
      "Does", "Did", "Can", "Could", "Will", "Would", "Shall", "Should", "Might", "Must", "According",
      "Please", "Let", "Once", "Yes", "Well", "Asked", "Last", "Next", "Following", "Officials",
      "Police", "Authorities", "More", "Fewer", "Nearly", "Almost", "Roughly", "Around"};
  return words.contains(word);
}

bool is_personal_title(std::string_view word) {
  return word == "Mr" || word == "Mrs" || word == "Ms" || word == "Dr" || word == "Prof";
}

bool is_hyphen_prefix(std::string_view word) {
  static const WordSet words{"e",     "non",   "pre",   "anti",   "mid",     "re",    "post",  "co",
                             "over",  "pro",   "multi", "ex",     "sub",     "semi",  "cross", "neo",
                             "counter", "intra", "micro", "un",   "socio",   "psycho", "bi",
                             "tri",   "uni",   "de",    "mis",    "hyper", "ultra", "mega",
                             "macro", "mini",  "pseudo", "quasi", "trans",   "extra", "infra", "para",
                             "neuro", "bio",   "geo",   "eco",    "cyber"};
  char buf[kMaxKey];
  size_t len = 0;
  if (!ascii_lower(word, buf, &len)) return false;
  return words.contains(std::string_view(buf, len));
}

bool is_tld(std::string_view word) {
  static const WordSet words{"com", "org", "net", "gov", "edu", "mil", "int", "io",   "co",  "uk",
                             "de",  "fr",  "ru",  "cn",  "jp",  "au",  "ca",  "info", "biz", "tv",
                             "eu",  "ly",  "ch",  "nl",  "es",  "br",  "il",  "lb",   "sy",  "iq",
                             "ir",  "ng",  "za",  "ke",  "pk",  "gl",  "news", "ac",  "se",  "fi",
                             "pl",  "mx",  "ar",  "kr",  "tr",  "ua",  "gr",  "ie",   "nz",  "sg",
                             "hk",  "tw",  "ae",  "sa",  "eg",  "ps",  "jo",  "qa",   "dk",  "cz",
                             // file name extensions
                             "pdf", "doc", "docx", "htm", "html", "xls", "xlsx", "ppt", "pptx", "txt",
                             "jpg", "jpeg", "png", "gif", "zip", "csv", "xml", "json", "mp3", "mp4",
                             "pt",  "hu",  "ro",  "app", "dev", "xyz",  "online"};
  return words.contains(word);
}

}  // namespace factwire::segment
