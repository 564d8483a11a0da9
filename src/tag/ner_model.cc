#include "tag/ner_model.h"

#include <algorithm>
#include <cstring>
#include <map>

#include "core/utf8.h"
#include "tag/hash.h"
#include "tag/model_file.h"

namespace factwire::tag {

std::string NerModel::LabelName(int label) const {
  if (label <= 0) return "O";
  static const char* kPrefix[4] = {"B-", "I-", "L-", "U-"};
  std::string out = kPrefix[(label - 1) % 4];
  out += types[(label - 1) / 4];
  return out;
}

bool NerModel::Allowed(int prev, int next, bool last) {
  const int pk = prev <= 0 ? -1 : (prev - 1) % 4;  // 0 B, 1 I, 2 L, 3 U
  const int nk = next <= 0 ? -1 : (next - 1) % 4;
  const bool open = pk == 0 || pk == 1;
  if (open) {
    // inside an entity: continue or close the same type
    if (nk != 1 && nk != 2) return false;
    if ((next - 1) / 4 != (prev - 1) / 4) return false;
    if (last && nk == 1) return false;
    return true;
  }
  if (nk == 1 || nk == 2) return false;
  if (last && nk == 0) return false;
  return true;
}

bool NerModel::IsNameConnector(uint64_t h) {
  // Lowercase words and punctuation found inside names: "Bank of America", "Law of the Sea",
  // "Operation Fast and Furious", "Institute for ...", "Charles de Gaulle", "Ludwig van
  // Beethoven", "Osama bin Laden", "Procter & Gamble", "Jean - Yves", "McDonald 's", "U.S.".
  static const std::vector<uint64_t> kConnectors = [] {
    const char* words[] = {"of", "the", "and", "for", "on", "in", "at", "to", "upon", "a", "an",
                           "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des",
                           "la", "le", "les", "el", "al", "von", "van", "der", "den", "ter",
                           "bin", "ibn", "y", "e", "&", "'s", "'", "-", ".", "/", "st.", "mc"};
    std::vector<uint64_t> v;
    for (const char* w : words) v.push_back(hash_str(w));
    std::sort(v.begin(), v.end());
    return v;
  }();
  return std::binary_search(kConnectors.begin(), kConnectors.end(), h);
}

bool NerModel::CaseAllows(const std::vector<WordFeats>& w, size_t i, int label, int start) const {
  if (!(decode_flags & kDecodeCaseRuns) || label <= 0) return true;
  const int kind = (label - 1) % 4;  // 0 B, 1 I, 2 L, 3 U
  if (kind >= 2 || i + 1 >= w.size()) return true;
  const size_t s = kind == 0 || start < 0 ? i : static_cast<size_t>(start);
  if (!(w[s].flags & (kUpperInitial | kAllUpper))) return true;  // "iphone", "new york"
  static const uint64_t kHyphen = hash_str("-");
  // Skip the connectors to the next word, which must be capitalised, a number, or a word
  // after a hyphen ("Chan - o - cha").
  for (size_t j = i + 1; j < w.size(); ++j) {
    if (w[j].flags & (kUpperInitial | kAllUpper | kHasDigit)) return true;
    if (w[j - 1].lower == kHyphen && !(w[j].flags & kAllPunct)) return true;
    if (!IsNameConnector(w[j].lower)) return false;
  }
  return false;
}

void NerModel::SetWordNet(const std::unordered_map<uint64_t, uint16_t>& table) {
  wordnet.assign(table.begin(), table.end());
  std::sort(wordnet.begin(), wordnet.end());
  IndexWordNet();
}

void NerModel::IndexWordNet() {
  wordnet_index.assign(wordnet.empty() ? 0 : (1u << 16) + 1, 0);
  if (wordnet.empty()) return;
  // wordnet_index[b] = the first entry whose key's top 16 bits are >= b.
  size_t e = 0;
  for (uint32_t b = 0; b <= (1u << 16); ++b) {
    while (e < wordnet.size() && (wordnet[e].first >> 48) < b) ++e;
    wordnet_index[b] = static_cast<uint32_t>(e);
  }
}

uint16_t NerModel::WordNetBits(uint64_t key, bool* found) const {
  *found = false;
  if (wordnet_index.empty()) return 0;
  const uint64_t b = key >> 48;
  for (uint32_t e = wordnet_index[b], end = wordnet_index[b + 1]; e < end; ++e)
    if (wordnet[e].first == key) {
      *found = true;
      return wordnet[e].second;
    }
  return 0;
}

uint64_t NerModel::WordNetClass(uint16_t bits) {
  // PosModel::kWn* bits: 1-8 parts of speech, 16-256 inflections, 512 capitalised, 1024 lowercase.
  const uint64_t cased = (bits & 512 ? 1u : 0u) | (bits & 1024 ? 2u : 0u);
  const uint64_t pos = bits & 15u;
  const uint64_t inflected = bits & (16 | 32 | 64 | 128 | 256) ? 1u : 0u;
  return 1 + (cased | pos << 2 | inflected << 6);
}

void NerModel::Features(const std::vector<WordFeats>& w, const std::vector<uint64_t>& tags,
                        size_t i, int p1, int p2, std::vector<uint64_t>* out, bool wordnet) {
  static const WordFeats kNoWord = [] {
    WordFeats p;
    p.form = p.lower = p.shape = p.norm = kPadBefore;
    p.flags = 0xFF;
    p.ent = p.amb = p.gaz = p.dist = p.ner_wn = kPadBefore;
    return p;
  }();
  const long k = static_cast<long>(i), n = static_cast<long>(w.size());
  auto at = [&](long j) -> const WordFeats& { return j < 0 || j >= n ? kNoWord : w[j]; };
  auto tg = [&](long j) -> uint64_t { return j < 0 || j >= n ? kPadAfter : tags[j]; };
  const WordFeats& c = w[i];
  const WordFeats& l1 = at(k - 1);
  const WordFeats& l2 = at(k - 2);
  const WordFeats& r1 = at(k + 1);
  const WordFeats& r2 = at(k + 2);
  const uint64_t t1 = static_cast<uint64_t>(p1 + 2), t2 = static_cast<uint64_t>(p2 + 2);
  FeatSink f(out);
  uint32_t t = 300;
  f.push_back(feat(t++, 1));
  f.push_back(feat(t++, c.norm));
  f.push_back(feat(t++, c.form));
  f.push_back(feat(t++, c.shape));
  for (int j = 0; j < 3; ++j) f.push_back(feat(t++, c.pre[j]));
  for (int j = 1; j < 4; ++j) f.push_back(feat(t++, c.suf[j]));
  f.push_back(feat(t++, c.flags | (i == 0 ? 0x80 : 0)));
  f.push_back(feat(t++, l1.norm));
  f.push_back(feat(t++, l2.norm));
  f.push_back(feat(t++, r1.norm));
  f.push_back(feat(t++, r2.norm));
  f.push_back(feat(t++, l1.form));
  f.push_back(feat(t++, r1.form));
  f.push_back(feat(t++, l1.shape));
  f.push_back(feat(t++, r1.shape));
  f.push_back(feat(t++, l1.shape, c.shape, r1.shape));
  f.push_back(feat(t++, tg(k)));
  f.push_back(feat(t++, tg(k - 1)));
  f.push_back(feat(t++, tg(k + 1)));
  f.push_back(feat(t++, tg(k), tg(k + 1)));
  f.push_back(feat(t++, tg(k - 1), tg(k)));
  f.push_back(feat(t++, t1));
  f.push_back(feat(t++, t1, t2));
  f.push_back(feat(t++, t1, c.norm));
  f.push_back(feat(t++, t1, c.shape));
  f.push_back(feat(t++, t1, tg(k)));
  f.push_back(feat(t++, l1.norm, c.norm));
  f.push_back(feat(t++, c.norm, r1.norm));
  f.push_back(feat(t++, l1.flags, c.flags, r1.flags));
  f.push_back(feat(t++, c.norm, tg(k)));
  f.push_back(feat(t++, r1.suf[2]));
  f.push_back(feat(t++, l1.suf[2]));
  f.push_back(feat(t++, t1, r1.norm));
  f.push_back(feat(t++, t1, r1.flags));
  f.push_back(feat(t++, c.ent));
  f.push_back(feat(t++, l1.ent));
  f.push_back(feat(t++, r1.ent));
  f.push_back(feat(t++, c.ent, c.flags));
  f.push_back(feat(t++, t1, c.ent));
  f.push_back(feat(t++, l1.ent, c.ent, r1.ent));
  f.push_back(feat(t++, c.pre[2], c.flags));
  f.push_back(feat(t++, l1.norm, tg(k)));
  f.push_back(feat(t++, r1.norm, tg(k)));
  // Gazetteer matches (kind and position) of the word and its neighbours.
  const uint64_t caps = c.flags & (kUpperInitial | kAllUpper);
  f.push_back(feat(t++, c.gaz));
  f.push_back(feat(t++, c.gaz, caps));
  f.push_back(feat(t++, l1.gaz));
  f.push_back(feat(t++, r1.gaz));
  f.push_back(feat(t++, l2.gaz));
  f.push_back(feat(t++, r2.gaz));
  f.push_back(feat(t++, l1.gaz, c.gaz, r1.gaz));
  f.push_back(feat(t++, r1.gaz, caps));
  f.push_back(feat(t++, l1.gaz, caps));
  f.push_back(feat(t++, t1, c.gaz));
  // Distributional classes (capitalisation habits and frequency in unlabeled text).
  f.push_back(feat(t++, c.dist));
  f.push_back(feat(t++, c.dist, c.flags | (i == 0 ? 0x80 : 0)));
  f.push_back(feat(t++, l1.dist));
  f.push_back(feat(t++, r1.dist));
  f.push_back(feat(t++, l1.dist, c.dist, r1.dist));
  f.push_back(feat(t++, t1, c.dist));
  f.push_back(feat(t++, c.dist, tg(k)));
  if (!wordnet) return;
  // WordNet classes (a model with a WordNet lexicon): a capitalised word WordNet knows only
  // capitalised ("Paris", "Einstein") is likely a name; one it knows lowercase ("Rich",
  // "Bank") or as an inflected form is likely not, unless its neighbours say otherwise.
  const uint64_t sflags = c.flags | (i == 0 ? 0x80 : 0);
  f.push_back(feat(t++, c.ner_wn));
  f.push_back(feat(t++, c.ner_wn, sflags));
  f.push_back(feat(t++, l1.ner_wn, l1.flags));
  f.push_back(feat(t++, r1.ner_wn, r1.flags));
  f.push_back(feat(t++, l1.ner_wn, c.ner_wn, r1.ner_wn));
  f.push_back(feat(t++, t1, c.ner_wn));
  f.push_back(feat(t++, c.ner_wn, tg(k)));
  f.push_back(feat(t++, c.ner_wn, c.dist));
  f.push_back(feat(t++, c.ner_wn, c.gaz));
}

void NerModel::FillLexicon(std::vector<WordFeats>* words, bool keep_ent) const {
  auto& w = *words;
  const size_t n = w.size();
  for (auto& x : w) {
    if (!keep_ent) {
      auto it = lexicon.find(x.lower);
      x.ent = it == lexicon.end() ? kUnknownWord : it->second;
    }
    auto d = word_class.find(x.lower);
    x.dist = d == word_class.end() ? 0 : d->second;
    x.gaz = 0;
    if (!wordnet.empty()) {
      bool found;
      const uint16_t bits = WordNetBits(x.lower, &found);
      x.ner_wn = found ? 1 + WordNetClass(bits) : 1;
    }
  }
  if (gazetteer.empty()) return;
  // Longest match first, left to right; a case-sensitive alias ("UN") matches the exact forms.
  for (size_t i = 0; i < n;) {
    size_t best_len = 0;
    uint8_t best_kind = 0;
    uint64_t hl = PhraseStart(false), hc = PhraseStart(true);
    for (size_t len = 1; len <= gaz_max_len && i + len <= n; ++len) {
      hl = PhraseKey(hl, w[i + len - 1].lower);
      hc = PhraseKey(hc, w[i + len - 1].form);
      uint8_t kind = 0;
      auto a = gazetteer.find(hl);
      if (a != gazetteer.end()) kind |= a->second;
      auto b = gazetteer.find(hc);
      if (b != gazetteer.end()) kind |= b->second;
      if (kind) {
        best_len = len;
        best_kind = kind;
      }
    }
    if (best_len == 0) {
      ++i;
      continue;
    }
    for (size_t k = 0; k < best_len; ++k) {
      const uint64_t pos = best_len == 1 ? 3 : k == 0 ? 0 : k + 1 == best_len ? 2 : 1;
      w[i + k].gaz = (static_cast<uint64_t>(best_kind) << 2 | pos) + 1;
    }
    i += best_len;
  }
}

void NerModel::Tag(std::vector<WordFeats>* wp, const std::vector<uint64_t>& tag_hashes,
                   std::vector<int>* labels, std::vector<uint64_t>* scratch) const {
  FillLexicon(wp);
  const std::vector<WordFeats>& words = *wp;
  const size_t n = words.size();
  labels->assign(n, 0);
  const int nc = num_classes();
  float scores[512];
  int p1 = -1, p2 = -1, start = -1;
  for (size_t i = 0; i < n; ++i) {
    Features(words, tag_hashes, i, p1, p2, scratch, !wordnet.empty());
    for (int c = 0; c < nc; ++c) scores[c] = 0;
    weights.Score(scratch->data(), scratch->size(), scores);
    scores[0] += o_bias;
    const bool last = i + 1 == n;
    int best = -1;
    for (int c = 0; c < nc; ++c)
      if ((best < 0 || scores[c] > scores[best]) && Allowed(p1, c, last) &&
          CaseAllows(words, i, c, start))
        best = c;
    if (best < 0) best = 0;
    (*labels)[i] = best;
    const int kind = best <= 0 ? -1 : (best - 1) % 4;
    start = kind == 0 ? static_cast<int>(i) : kind == 1 ? start : -1;
    p2 = p1;
    p1 = best;
  }
}

namespace {
// An uppercase first letter: ASCII A-Z, or a non-ASCII uppercase letter ("Ángel", "Łódź"),
// not any multi-byte lead (IPA "ˈantoɲiːn", "ɲ" are no names).
bool Capitalized(std::string_view w) {
  if (w.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(w[0]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  char32_t cp;
  utf8::next(w, 0, &cp);
  return utf8::is_upper(cp);
}
}  // namespace

void NerModel::PropagateInDocument(const std::vector<std::vector<std::string_view>>& words,
                                   std::vector<std::vector<int>>* labels) const {
  constexpr size_t kMaxLen = 6;
  const int person = static_cast<int>(std::find(types.begin(), types.end(), "PERSON") - types.begin());
  // Entity word sequences -> votes per type.
  std::map<std::vector<std::string_view>, std::map<int, int>> seen;
  for (size_t s = 0; s < words.size(); ++s) {
    const auto& y = (*labels)[s];
    int start = -1;
    for (size_t i = 0; i < y.size(); ++i) {
      if (y[i] <= 0) { start = -1; continue; }
      const int kind = (y[i] - 1) % 4, type = (y[i] - 1) / 4;
      if (kind == 0) start = static_cast<int>(i);
      if (kind == 3) start = static_cast<int>(i);
      if ((kind == 2 || kind == 3) && start >= 0) {
        std::vector<std::string_view> seq(words[s].begin() + start, words[s].begin() + i + 1);
        if (seq.size() <= kMaxLen && Capitalized(seq[0])) seen[seq][type]++;
        if (type == person && seq.size() >= 2 && Capitalized(seq.back()) && seq.back().size() > 2)
          seen[{seq.back()}][type]++;
        start = -1;
      }
    }
  }
  if (seen.empty()) return;
  for (size_t s = 0; s < words.size(); ++s) {
    auto& y = (*labels)[s];
    const auto& w = words[s];
    for (size_t i = 0; i < y.size(); ++i) {
      if (y[i] != 0 || !Capitalized(w[i])) continue;
      for (size_t len = std::min(kMaxLen, y.size() - i); len >= 1; --len) {
        bool free = true;
        for (size_t k = i; k < i + len; ++k) free = free && y[k] == 0;
        if (!free) continue;
        std::vector<std::string_view> seq(w.begin() + i, w.begin() + i + len);
        auto it = seen.find(seq);
        if (it == seen.end()) continue;
        int type = -1, best = 0;
        for (auto& [t, c] : it->second)
          if (c > best) { best = c; type = t; }
        // Do not split a longer capitalized run: "Norton" inside "Norton Bridge".
        if (i + len < y.size() && Capitalized(w[i + len]) && y[i + len] == 0) break;
        if (i > 0 && Capitalized(w[i - 1]) && y[i - 1] == 0 && i - 1 > 0) break;
        if (len == 1) {
          y[i] = 1 + 4 * type + 3;
        } else {
          y[i] = 1 + 4 * type;
          for (size_t k = i + 1; k + 1 < i + len; ++k) y[k] = 1 + 4 * type + 1;
          y[i + len - 1] = 1 + 4 * type + 2;
        }
        i += len - 1;
        break;
      }
    }
  }
}

void NerModel::ToBio(const std::vector<int>& labels, std::vector<std::string>* out) const {
  out->resize(labels.size());
  for (size_t i = 0; i < labels.size(); ++i) {
    const int l = labels[i];
    if (l <= 0) {
      (*out)[i].assign(1, 'O');
      continue;
    }
    const int kind = (l - 1) % 4;
    std::string& o = (*out)[i];
    o.clear();
    o.push_back(kind == 0 || kind == 3 ? 'B' : 'I');
    o.push_back('-');
    o.append(types[(l - 1) / 4]);
  }
}

namespace {
constexpr uint32_t kNerPayloadMagic = 0x3252454Eu;  // "NER2": gazetteer + word classes
constexpr uint32_t kNerPayloadMagic3 = 0x3352454Eu;  // "NER3": NER2 + decode flags, O bias
// Optional sections after the self-tests, each a 4-byte tag (since session 9): "WNT1", the
// WordNet lexicon (u32 n, n x (u64 key, u32 class bits <= 0xFFFF), sorted by key).
constexpr char kNerWordNetMagic[4] = {'W', 'N', 'T', '1'};
template <typename Map>
void PutSorted(const Map& m, ByteWriter* w) {
  std::vector<std::pair<uint64_t, uint64_t>> v(m.begin(), m.end());
  std::sort(v.begin(), v.end());
  w->put_u32(static_cast<uint32_t>(v.size()));
  for (const auto& [k, x] : v) {
    w->put_u64(k);
    w->put_u8(static_cast<uint8_t>(x));
  }
}
bool GetByteMap(ByteReader* r, std::unordered_map<uint64_t, uint8_t>* m) {
  uint32_t n;
  if (!r->get_u32(&n) || n > r->remaining() / 9) return false;
  m->clear();
  m->reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    uint64_t k;
    uint8_t v;
    if (!r->get_u64(&k) || !r->get_u8(&v)) return false;
    m->emplace(k, v);
  }
  return true;
}
}  // namespace

std::string NerModel::Payload() const {
  ByteWriter w;
  // A model without decoding options keeps the NER2 layout (byte-identical to earlier
  // trainers' files).
  w.put_u32(decode_flags || o_bias != 0 ? kNerPayloadMagic3 : kNerPayloadMagic);
  w.put_strs(types);
  weights.Write(&w);
  w.put_u32(static_cast<uint32_t>(lexicon.size()));
  for (const auto& [k, v] : lexicon) {
    w.put_u64(k);
    w.put_u64(v);
  }
  w.put_u32(gaz_max_len);
  PutSorted(gazetteer, &w);
  PutSorted(word_class, &w);
  if (decode_flags || o_bias != 0) {
    w.put_u32(decode_flags);
    w.put_f32(o_bias);
  }
  WriteSelfTests(self_tests, &w);
  if (!wordnet.empty()) {
    w.put_raw(kNerWordNetMagic, 4);
    w.put_u32(static_cast<uint32_t>(wordnet.size()));
    for (const auto& [k, v] : wordnet) {  // sorted by key
      w.put_u64(k);
      w.put_u32(v);
    }
  }
  return w.data();
}

Status NerModel::FromPayload(std::string_view payload) {
  ByteReader r(payload);
  // A payload without the magic is the first layout (no gazetteer, no word classes): the
  // features those feed are then absent (0) and weigh nothing in such a model.
  uint32_t magic = 0;
  const bool got = payload.size() >= 4 && r.get_u32(&magic);
  const bool v3 = got && magic == kNerPayloadMagic3;
  const bool v2 = v3 || (got && magic == kNerPayloadMagic);
  if (!v2) r = ByteReader(payload);
  decode_flags = 0;
  o_bias = 0;
  wordnet.clear();
  wordnet_index.clear();
  gazetteer.clear();
  word_class.clear();
  gaz_max_len = 0;
  if (!r.get_strs(&types, 100) || types.empty()) return Status::Corrupt("ner: bad type list");
  if (!weights.Read(&r) || weights.num_classes() != num_classes())
    return Status::Corrupt("ner: bad weights");
  uint32_t n;
  if (!r.get_u32(&n) || n > r.remaining() / 16) return Status::Corrupt("ner: bad lexicon");
  lexicon.clear();
  lexicon.reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    uint64_t k, v;
    if (!r.get_u64(&k) || !r.get_u64(&v)) return Status::Corrupt("ner: bad lexicon");
    lexicon.emplace(k, v);
  }
  if (v2) {
    if (!r.get_u32(&gaz_max_len) || gaz_max_len > 16 || !GetByteMap(&r, &gazetteer))
      return Status::Corrupt("ner: bad gazetteer");
    if (!GetByteMap(&r, &word_class)) return Status::Corrupt("ner: bad word classes");
  }
  if (v3 && (!r.get_u32(&decode_flags) || (decode_flags & ~uint32_t{kDecodeCaseRuns}) != 0 ||
             !r.get_f32(&o_bias) || !(o_bias > -1e6f && o_bias < 1e6f)))
    return Status::Corrupt("ner: bad decode options");
  if (!ReadSelfTests(&r, &self_tests)) return Status::Corrupt("ner: bad self-test section");
  for (const auto& t : self_tests)
    if (t.tags.size() != t.words.size()) return Status::Corrupt("ner: bad self-test");
  // Optional feature sections; an unknown or repeated one is an error (a feature set this
  // code would silently not compute). Before session 9 a payload ended at the self-tests.
  while (r.remaining() != 0) {
    char magic[4];
    if (!r.get_raw(magic, 4)) return Status::Corrupt("ner: bad feature section");
    if (std::memcmp(magic, kNerWordNetMagic, 4) == 0 && wordnet.empty()) {
      if (!r.get_u32(&n) || n == 0 || n > r.remaining() / 12)
        return Status::Corrupt("ner: bad WordNet lexicon");
      wordnet.reserve(n);
      uint64_t prev = 0;
      for (uint32_t i = 0; i < n; ++i) {
        uint64_t k;
        uint32_t v;
        if (!r.get_u64(&k) || !r.get_u32(&v) || v > 0xFFFF || (i > 0 && k <= prev))
          return Status::Corrupt("ner: bad WordNet lexicon");
        prev = k;
        wordnet.emplace_back(k, static_cast<uint16_t>(v));
      }
    } else {
      return Status::Corrupt("ner: unknown feature section (WordNet expected)");
    }
  }
  IndexWordNet();
  return Status::Ok();
}

Status NerModel::RunSelfTests() const {
  std::vector<WordFeats> wf;
  std::vector<uint64_t> tags, scratch;
  std::vector<int> labels;
  for (const auto& t : self_tests) {
    std::vector<std::string_view> words(t.words.begin(), t.words.end());
    ComputeWordFeats(words, &wf);
    tags.clear();
    for (const auto& x : t.tags) tags.push_back(hash_str(x));
    Tag(&wf, tags, &labels, &scratch);
    for (size_t i = 0; i < words.size(); ++i) {
      std::string got = LabelName(labels[i]);
      if (got != t.expect[i])
        return Status::Corrupt("ner self-test failed at '" + t.words[i] + "': expected '" +
                               t.expect[i] + "', got '" + got + "'");
    }
  }
  return Status::Ok();
}

Status NerModel::Load(const std::string& path, NerModel* out) { return LoadModel(path, "ner", out); }

}  // namespace factwire::tag
