#include "tag/pos_model.h"

#include <algorithm>
#include <cstring>
#include <utility>

#include "core/utf8.h"
#include "tag/hash.h"
#include "tag/model_file.h"

namespace factwire::tag {

std::string LowerAscii(std::string_view s) { return utf8::lower(s); }

namespace {
constexpr char kRevMagic[4] = {'R', 'E', 'V', '1'};  // the optional right-to-left model
constexpr char kStackMagic[4] = {'S', 'T', 'K', '1'};  // stacked left-to-right features
constexpr char kAffixMagic[4] = {'A', 'F', 'X', '1'};  // long prefix and suffix features
constexpr char kWordNetMagic[4] = {'W', 'N', 'T', '1'};  // WordNet lexicon and its features

WordFeats MakePad(uint64_t v) {
  WordFeats p;
  p.form = p.lower = p.shape = p.norm = v;
  for (auto& x : p.pre) x = v;
  for (auto& x : p.suf) x = v;
  p.flags = 0xFF;
  p.amb = v;
  p.wn = v;
  return p;
}
const WordFeats kBefore = MakePad(kPadBefore);
const WordFeats kAfter = MakePad(kPadAfter);
}  // namespace

void PosModel::Features(const std::vector<WordFeats>& w, size_t i, int p1, int p2,
                        std::vector<uint64_t>* out, const int* right, bool long_affixes,
                        bool wordnet) {
  auto at = [&](long j) -> const WordFeats& {
    if (j < 0) return kBefore;
    if (j >= static_cast<long>(w.size())) return kAfter;
    return w[j];
  };
  const long k = static_cast<long>(i);
  const WordFeats& c = w[i];
  const WordFeats& l1 = at(k - 1);
  const WordFeats& l2 = at(k - 2);
  const WordFeats& r1 = at(k + 1);
  const WordFeats& r2 = at(k + 2);
  const uint64_t t1 = static_cast<uint64_t>(p1 + 2), t2 = static_cast<uint64_t>(p2 + 2);
  FeatSink f(out);
  f.push_back(feat(0, 1));
  f.push_back(feat(1, c.norm));
  f.push_back(feat(2, c.shape));
  for (int j = 0; j < 3; ++j) f.push_back(feat(3 + j, c.pre[j]));
  for (int j = 0; j < 4; ++j) f.push_back(feat(6 + j, c.suf[j]));
  f.push_back(feat(10, c.flags | (i == 0 ? 0x80 : 0)));
  f.push_back(feat(11, l1.norm));
  f.push_back(feat(12, r1.norm));
  f.push_back(feat(13, l2.norm));
  f.push_back(feat(14, r2.norm));
  f.push_back(feat(15, l1.suf[2]));
  f.push_back(feat(16, r1.suf[2]));
  f.push_back(feat(17, l1.shape));
  f.push_back(feat(18, r1.shape));
  f.push_back(feat(19, t1));
  f.push_back(feat(20, t1, t2));
  f.push_back(feat(21, t1, c.norm));
  f.push_back(feat(22, c.norm, r1.norm));
  f.push_back(feat(23, l1.norm, c.norm));
  f.push_back(feat(24, t1, c.suf[2]));
  f.push_back(feat(25, c.form));
  f.push_back(feat(26, t2));
  f.push_back(feat(27, r1.suf[1]));
  f.push_back(feat(28, t1, r1.norm));
  f.push_back(feat(29, r1.norm, r2.norm));
  f.push_back(feat(30, l1.norm, l2.norm));
  f.push_back(feat(31, c.shape, r1.shape));
  f.push_back(feat(32, t1, c.shape));
  f.push_back(feat(33, l1.norm, r1.norm));
  f.push_back(feat(34, c.amb));
  f.push_back(feat(35, r1.amb));
  f.push_back(feat(36, r2.amb));
  f.push_back(feat(37, c.amb, r1.amb));
  f.push_back(feat(38, t1, c.amb));
  f.push_back(feat(39, c.amb, c.suf[2]));
  f.push_back(feat(40, l1.amb, r1.amb));
  f.push_back(feat(41, c.amb, r1.norm));
  if (long_affixes) {
    f.push_back(feat(49, c.pre4));
    f.push_back(feat(50, c.suf5));
  }
  if (wordnet) {
    f.push_back(feat(51, c.wn));
    f.push_back(feat(52, c.wn, c.amb));
    f.push_back(feat(53, r1.wn));
    f.push_back(feat(54, l1.wn));
    f.push_back(feat(55, t1, c.wn));
    f.push_back(feat(56, c.wn, c.suf[1]));
    f.push_back(feat(57, c.wn, c.flags | (i == 0 ? 0x80 : 0)));
  }
  if (right) {
    const size_t n = w.size();
    auto rt = [&](size_t j) -> uint64_t { return j < n ? static_cast<uint64_t>(right[j] + 2) : 1; };
    const uint64_t q0 = rt(i), q1 = rt(i + 1), q2 = rt(i + 2);
    f.push_back(feat(42, q0));
    f.push_back(feat(43, q1));
    f.push_back(feat(44, q1, q2));
    f.push_back(feat(45, t1, q1));
    f.push_back(feat(46, q0, q1));
    f.push_back(feat(47, c.norm, q1));
    f.push_back(feat(48, t1, q0, q1));
  }
}

void PosModel::SetLabels(std::vector<std::string> joint) {
  labels = std::move(joint);
  upos.clear();
  xpos.clear();
  for (const auto& l : labels) {
    size_t tab = l.find('\t');
    upos.push_back(l.substr(0, tab));
    xpos.push_back(tab == std::string::npos ? l : l.substr(tab + 1));
  }
}

void PosModel::FillLexicon(std::vector<WordFeats>* words) const {
  for (auto& w : *words) {
    auto it = lexicon.find(w.lower);
    w.amb = it == lexicon.end() ? kUnknownWord : it->second;
  }
  FillWordNet(words);
}

void PosModel::FillWordNet(std::vector<WordFeats>* words) const {
  if (wordnet.empty()) return;
  for (auto& w : *words) {
    auto it = wordnet.find(w.lower);
    w.wn = it == wordnet.end() ? 1 : 2 + static_cast<uint64_t>(it->second);
  }
}

void PosModel::TagForward(const std::vector<WordFeats>& words, const float* extra,
                          std::vector<int>* tags, std::vector<uint64_t>* scratch,
                          const int* right) const {
  tags->assign(words.size(), 0);
  const int nc = weights.num_classes();
  float scores[512];
  int p1 = -1, p2 = -1;
  for (size_t i = 0; i < words.size(); ++i) {
    Features(words, i, p1, p2, scratch, right, long_affixes, !wordnet.empty());
    if (extra) {
      for (int c = 0; c < nc; ++c) scores[c] = extra[i * nc + c];
    } else {
      for (int c = 0; c < nc; ++c) scores[c] = 0;
    }
    weights.Score(scratch->data(), scratch->size(), scores);
    int best = 0;
    for (int c = 1; c < nc; ++c)
      if (scores[c] > scores[best]) best = c;
    (*tags)[i] = best;
    p2 = p1;
    p1 = best;
  }
}

void PosModel::ScoreReversed(const std::vector<WordFeats>& words, std::vector<float>* out,
                             std::vector<uint64_t>* scratch, std::vector<int>* rev_tags) const {
  const size_t n = words.size();
  const int nc = weights_rev.num_classes();
  out->assign(n * nc, 0.0f);
  if (rev_tags) rev_tags->assign(n, 0);
  thread_local std::vector<WordFeats> rev;
  rev.assign(words.rbegin(), words.rend());
  int p1 = -1, p2 = -1;
  for (size_t j = 0; j < n; ++j) {
    Features(rev, j, p1, p2, scratch, nullptr, long_affixes, !wordnet.empty());
    float* sc = out->data() + (n - 1 - j) * nc;
    weights_rev.Score(scratch->data(), scratch->size(), sc);
    int best = 0;
    for (int c = 1; c < nc; ++c)
      if (sc[c] > sc[best]) best = c;
    if (rev_tags) (*rev_tags)[n - 1 - j] = best;
    p2 = p1;
    p1 = best;
  }
}

void PosModel::Tag(std::vector<WordFeats>* wp, std::vector<int>* tags,
                   std::vector<uint64_t>* scratch) const {
  FillLexicon(wp);
  if (!bidirectional()) {
    TagForward(*wp, nullptr, tags, scratch);
    return;
  }
  thread_local std::vector<float> rev_scores;
  thread_local std::vector<int> rev_tags;
  ScoreReversed(*wp, &rev_scores, scratch, stacked ? &rev_tags : nullptr);
  TagForward(*wp, rev_scores.data(), tags, scratch, stacked ? rev_tags.data() : nullptr);
}

std::string PosModel::Lemma(std::string_view word, int tag) const {
  const std::string& x = xpos[tag];
  std::string lower = LowerAscii(word);
  std::string key = lower;
  key.push_back('\t');
  key += x;
  auto it = lemma_table.find(key);
  if (it != lemma_table.end()) return it->second;
  const bool proper = upos[tag] == "PROPN";
  if (proper) return std::string(word);
  for (size_t k = std::min<size_t>(lower.size(), 5); k >= 1; --k) {
    std::string rk = x;
    rk.push_back('\t');
    rk.append(lower, lower.size() - k, k);
    auto r = lemma_rules.find(rk);
    if (r != lemma_rules.end()) {
      if (r->second.strip > lower.size()) break;
      std::string out = lower.substr(0, lower.size() - r->second.strip);
      out += r->second.append;
      return out;
    }
  }
  return lower;
}

std::string PosModel::Payload() const {
  ByteWriter w;
  w.put_strs(labels);
  weights.Write(&w);
  w.put_u32(static_cast<uint32_t>(lemma_table.size()));
  for (const auto& [k, v] : lemma_table) {
    w.put_str(k);
    w.put_str(v);
  }
  w.put_u32(static_cast<uint32_t>(lemma_rules.size()));
  for (const auto& [k, v] : lemma_rules) {
    w.put_str(k);
    w.put_u8(v.strip);
    w.put_str(v.append);
  }
  w.put_u32(static_cast<uint32_t>(lexicon.size()));
  for (const auto& [k, v] : lexicon) {
    w.put_u64(k);
    w.put_u64(v);
  }
  WriteSelfTests(self_tests, &w);
  if (bidirectional()) {
    w.put_raw(kRevMagic, 4);
    weights_rev.Write(&w);
    if (stacked) w.put_raw(kStackMagic, 4);
    if (long_affixes) w.put_raw(kAffixMagic, 4);
    if (!wordnet.empty()) {
      w.put_raw(kWordNetMagic, 4);
      // Sorted, so that the same lexicon always writes the same bytes.
      std::vector<std::pair<uint64_t, uint16_t>> entries(wordnet.begin(), wordnet.end());
      std::sort(entries.begin(), entries.end());
      w.put_u32(static_cast<uint32_t>(entries.size()));
      for (const auto& [k, v] : entries) {
        w.put_u64(k);
        w.put_u32(v);
      }
    }
  }
  return w.data();
}

Status PosModel::FromPayload(std::string_view payload) {
  ByteReader r(payload);
  std::vector<std::string> l;
  if (!r.get_strs(&l, 512) || l.empty()) return Status::Corrupt("tagger: bad label list");
  SetLabels(std::move(l));
  if (!weights.Read(&r) || weights.num_classes() != static_cast<int>(labels.size()))
    return Status::Corrupt("tagger: bad weights");
  uint32_t n;
  if (!r.get_u32(&n) || n > r.remaining() / 8) return Status::Corrupt("tagger: bad lemma table");
  lemma_table.clear();
  lemma_table.reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    std::string k, v;
    if (!r.get_str(&k) || !r.get_str(&v)) return Status::Corrupt("tagger: bad lemma table");
    lemma_table.emplace(std::move(k), std::move(v));
  }
  if (!r.get_u32(&n) || n > r.remaining() / 9) return Status::Corrupt("tagger: bad lemma rules");
  lemma_rules.clear();
  for (uint32_t i = 0; i < n; ++i) {
    std::string k;
    LemmaRule rule;
    if (!r.get_str(&k) || !r.get_u8(&rule.strip) || !r.get_str(&rule.append))
      return Status::Corrupt("tagger: bad lemma rules");
    lemma_rules.emplace(std::move(k), std::move(rule));
  }
  if (!r.get_u32(&n) || n > r.remaining() / 16) return Status::Corrupt("tagger: bad lexicon");
  lexicon.clear();
  lexicon.reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    uint64_t k, v;
    if (!r.get_u64(&k) || !r.get_u64(&v)) return Status::Corrupt("tagger: bad lexicon");
    lexicon.emplace(k, v);
  }
  if (!ReadSelfTests(&r, &self_tests)) return Status::Corrupt("tagger: bad self-test section");
  weights_rev = LinearModel();
  stacked = false;
  long_affixes = false;
  wordnet.clear();
  if (r.remaining() != 0) {
    char magic[4];
    if (!r.get_raw(magic, 4) || std::memcmp(magic, kRevMagic, 4) != 0 || !weights_rev.Read(&r) ||
        weights_rev.num_classes() != static_cast<int>(labels.size()))
      return Status::Corrupt("tagger: bad right-to-left section");
    // Optional feature sections, each a 4-byte tag; an unknown one is an error (a newer
    // feature set this code would silently not compute).
    while (r.remaining() != 0) {
      if (!r.get_raw(magic, 4)) return Status::Corrupt("tagger: bad feature section");
      if (std::memcmp(magic, kStackMagic, 4) == 0 && !stacked) {
        stacked = true;
      } else if (std::memcmp(magic, kAffixMagic, 4) == 0 && !long_affixes) {
        long_affixes = true;
      } else if (std::memcmp(magic, kWordNetMagic, 4) == 0 && wordnet.empty()) {
        if (!r.get_u32(&n) || n == 0 || n > r.remaining() / 12)
          return Status::Corrupt("tagger: bad WordNet lexicon");
        wordnet.reserve(n);
        for (uint32_t i = 0; i < n; ++i) {
          uint64_t k;
          uint32_t v;
          if (!r.get_u64(&k) || !r.get_u32(&v) || v > 0xFFFF)
            return Status::Corrupt("tagger: bad WordNet lexicon");
          wordnet.emplace(k, static_cast<uint16_t>(v));
        }
      } else {
        return Status::Corrupt(
            "tagger: unknown feature section (stacked, long affixes, WordNet expected)");
      }
    }
  }
  return Status::Ok();
}

Status PosModel::RunSelfTests() const {
  std::vector<WordFeats> wf;
  std::vector<int> tags;
  std::vector<uint64_t> scratch;
  for (const auto& t : self_tests) {
    std::vector<std::string_view> words(t.words.begin(), t.words.end());
    ComputeWordFeats(words, &wf);
    Tag(&wf, &tags, &scratch);
    for (size_t i = 0; i < words.size(); ++i) {
      std::string got = labels[tags[i]] + "\t" + Lemma(words[i], tags[i]);
      if (got != t.expect[i])
        return Status::Corrupt("tagger self-test failed at '" + t.words[i] + "': expected '" +
                               t.expect[i] + "', got '" + got + "'");
    }
  }
  return Status::Ok();
}

Status PosModel::Load(const std::string& path, PosModel* out) { return LoadModel(path, "pos", out); }

}  // namespace factwire::tag
