#include "train/wordnet.h"

#include <array>
#include <cctype>
#include <cstdlib>
#include <vector>
#include <map>
#include <sstream>

#include "tag/features.h"
#include "tag/model_file.h"
#include "tag/pos_model.h"

namespace factwire::train {

using tag::PosModel;

uint64_t WordNetKey(std::string_view word) {
  tag::WordFeats f;
  std::string scratch;
  tag::ComputeWordFeats(word, &f, &scratch);
  return f.lower;
}

namespace {

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

bool Ends(const std::string& w, std::string_view s) {
  return w.size() >= s.size() && w.compare(w.size() - s.size(), s.size(), s) == 0;
}

// "s"-forms: plural nouns and third-person verbs.
void SForms(const std::string& w, std::vector<std::string>* out) {
  if (Ends(w, "s") || Ends(w, "x") || Ends(w, "z") || Ends(w, "ch") || Ends(w, "sh"))
    out->push_back(w + "es");
  else if (w.size() > 1 && w.back() == 'y' && !IsVowel(w[w.size() - 2]))
    out->push_back(w.substr(0, w.size() - 1) + "ies");
  else
    out->push_back(w + "s");
}

// Suffixed forms ("ed", "ing", "er", "est"): e-dropping, y to i, and (over-generated) a
// doubled final consonant after a single vowel.
void Suffixed(const std::string& w, const std::string& suf, std::vector<std::string>* out) {
  const bool vowel_suffix = !suf.empty() && IsVowel(suf[0]);
  if (w.back() == 'e' && vowel_suffix) {
    if (suf == "ing" && (Ends(w, "ee") || Ends(w, "ye") || Ends(w, "oe")))
      out->push_back(w + suf);
    else
      out->push_back(w.substr(0, w.size() - 1) + suf);
    return;
  }
  if (w.size() > 1 && w.back() == 'y' && !IsVowel(w[w.size() - 2]) && suf != "ing") {
    out->push_back(w.substr(0, w.size() - 1) + "i" + suf);
    return;
  }
  out->push_back(w + suf);
  const size_t n = w.size();
  if (n >= 3 && !IsVowel(w[n - 1]) && IsVowel(w[n - 2]) && !IsVowel(w[n - 3]) &&
      w[n - 1] != 'w' && w[n - 1] != 'x' && w[n - 1] != 'y')
    out->push_back(w + w.back() + suf);
}

bool Plain(const std::string& w) {
  if (w.empty() || w.size() > 40) return false;
  for (char c : w)
    if (!(std::isalpha(static_cast<unsigned char>(c)) || c == '-' || c == '\'' || c == '.'))
      return false;
  return true;
}

std::string Lower(const std::string& w) {
  std::string s = w;
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

void BuildWordNet(const WordNetText& text, std::unordered_map<uint64_t, uint16_t>* out) {
  static const uint16_t kPos[4] = {PosModel::kWnNoun, PosModel::kWnVerb, PosModel::kWnAdj,
                                   PosModel::kWnAdv};
  // lowercase lemma -> bits, and synset counts per part of speech.
  std::map<std::string, uint16_t> bits;
  std::map<std::string, std::array<int, 4>> synsets;
  for (int p = 0; p < 4; ++p) {
    std::istringstream in(text.data[p]);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == ' ') continue;  // the licence header
      std::istringstream f(line);
      std::string offset, lexfile, type, count_hex;
      if (!(f >> offset >> lexfile >> type >> count_hex)) continue;
      const unsigned long words = std::strtoul(count_hex.c_str(), nullptr, 16);
      for (unsigned long k = 0; k < words && k < 1000; ++k) {
        std::string word, lex_id;
        if (!(f >> word >> lex_id)) break;
        const size_t paren = word.find('(');  // adjective markers: "(a)", "(p)", "(ip)"
        if (paren != std::string::npos) word.resize(paren);
        if (!Plain(word)) continue;  // multiword lemmas ("_") and odd ones
        const std::string low = Lower(word);
        uint16_t& b = bits[low];
        b |= kPos[p];
        b |= std::isupper(static_cast<unsigned char>(word[0])) ? PosModel::kWnCapital
                                                                : PosModel::kWnLower;
        synsets[low][p]++;
      }
    }
  }
  std::map<std::string, uint16_t> forms = bits;
  for (auto& [w, b] : forms) {
    const auto& c = synsets[w];
    int dom = 0;
    for (int p = 1; p < 4; ++p)
      if (c[p] > c[dom]) dom = p;
    b |= static_cast<uint16_t>(dom << PosModel::kWnDomShift);
  }
  std::vector<std::string> made;
  for (const auto& [w, b] : bits) {
    if (!(b & PosModel::kWnLower) || w.size() < 2) continue;
    auto add = [&](uint16_t bit) {
      for (const auto& m : made) forms[m] |= bit;
      made.clear();
    };
    if (b & PosModel::kWnNoun) {
      SForms(w, &made);
      add(PosModel::kWnPlural);
    }
    if (b & PosModel::kWnVerb) {
      SForms(w, &made);
      add(PosModel::kWnVerbS);
      Suffixed(w, "ed", &made);
      add(PosModel::kWnVerbEd);
      Suffixed(w, "ing", &made);
      add(PosModel::kWnVerbIng);
    }
    if (b & PosModel::kWnAdj) {
      Suffixed(w, "er", &made);
      Suffixed(w, "est", &made);
      add(PosModel::kWnAdjEr);
    }
  }
  // Listed (irregular) inflections: "form base ...".
  static const uint16_t kExc[3] = {PosModel::kWnPlural, PosModel::kWnVerbEd, PosModel::kWnAdjEr};
  for (int p = 0; p < 3; ++p) {
    std::istringstream in(text.exc[p]);
    std::string line;
    while (std::getline(in, line)) {
      std::istringstream f(line);
      std::string form;
      if (!(f >> form) || !Plain(form)) continue;
      forms[Lower(form)] |= kExc[p];
    }
  }
  out->clear();
  out->reserve(forms.size());
  for (const auto& [w, b] : forms) {
    uint16_t& slot = (*out)[WordNetKey(w)];
    slot |= b;
  }
}

Status ReadWordNet(const std::string& dir, std::unordered_map<uint64_t, uint16_t>* out) {
  static const char* kData[4] = {"data.noun", "data.verb", "data.adj", "data.adv"};
  static const char* kExc[3] = {"noun.exc", "verb.exc", "adj.exc"};
  WordNetText text;
  for (int p = 0; p < 4; ++p) {
    Status s = tag::ReadFileBytes(dir + "/" + kData[p], &text.data[p]);
    if (!s.ok())
      return Status::NotFound("WordNet: cannot read " + dir + "/" + kData[p] +
                                     " (install the Debian package wordnet-base)");
  }
  for (int p = 0; p < 3; ++p) {
    Status s = tag::ReadFileBytes(dir + "/" + kExc[p], &text.exc[p]);
    if (!s.ok()) return Status::NotFound("WordNet: cannot read " + dir + "/" + kExc[p]);
  }
  BuildWordNet(text, out);
  if (out->empty()) return Status::NotFound("WordNet: no words in " + dir);
  return Status::Ok();
}

}  // namespace factwire::train
