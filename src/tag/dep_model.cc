#include "tag/dep_model.h"

#include <algorithm>

#include "tag/hash.h"
#include "tag/model_file.h"

namespace factwire::tag {

void ParseState::Init(int num_words) {
  n = num_words;
  stack.clear();
  stack.push_back(0);
  b = 1;
  const size_t m = static_cast<size_t>(n) + 1;
  head.assign(m, -1);
  label.assign(m, -1);
  lmost.assign(m, -1);
  lmost2.assign(m, -1);
  rmost.assign(m, -1);
  rmost2.assign(m, -1);
  nleft.assign(m, 0);
  nright.assign(m, 0);
  lset.assign(m, 0);
  rset.assign(m, 0);
}

bool ParseState::Valid(int t) const {
  const int s = S0();
  if (t == kShift) return b <= n;
  if (t == kReduce) return s > 0 && head[s] != -1;
  if (IsLeft(t)) return b <= n && s > 0 && head[s] == -1;
  return b <= n && s >= 0;  // right arc
}

void ParseState::AddArc(int h, int d, int l) {
  head[d] = h;
  label[d] = l;
  if (d < h) {
    if (lmost[h] == -1 || d < lmost[h]) {
      lmost2[h] = lmost[h];
      lmost[h] = d;
    } else if (lmost2[h] == -1 || d < lmost2[h]) {
      lmost2[h] = d;
    }
    if (nleft[h] < 255) ++nleft[h];
    lset[h] |= 1ull << (l & 63);
  } else {
    if (rmost[h] == -1 || d > rmost[h]) {
      rmost2[h] = rmost[h];
      rmost[h] = d;
    } else if (rmost2[h] == -1 || d > rmost2[h]) {
      rmost2[h] = d;
    }
    if (nright[h] < 255) ++nright[h];
    rset[h] |= 1ull << (l & 63);
  }
}

void ParseState::Apply(int t) {
  if (t == kShift) {
    stack.push_back(b++);
  } else if (t == kReduce) {
    stack.pop_back();
  } else if (IsLeft(t)) {
    AddArc(b, S0(), ArcLabel(t));
    stack.pop_back();
  } else {
    AddArc(S0(), b, ArcLabel(t));
    stack.push_back(b++);
  }
}

namespace {
constexpr uint64_t kNone = 0x4E4F4E45ull;  // "no such word"
constexpr uint64_t kRootVal = 0x524F4F54ull;
}  // namespace

void DepModel::Features(const ParseState& s, const std::vector<WordFeats>& words,
                        const std::vector<uint64_t>& tags, std::vector<uint64_t>* out) {
  auto W = [&](int i) -> uint64_t { return i < 0 ? kNone : i == 0 ? kRootVal : words[i - 1].norm; };
  auto P = [&](int i) -> uint64_t { return i < 0 ? kNone : i == 0 ? kRootVal : tags[i - 1]; };
  auto L = [&](int i) -> uint64_t { return i <= 0 ? kNone : static_cast<uint64_t>(s.label[i] + 3); };
  const int s0 = s.S0();
  const int s1 = s.stack.size() >= 2 ? s.stack[s.stack.size() - 2] : -1;
  const int n0 = s.b <= s.n ? s.b : -1;
  const int n1 = s.b + 1 <= s.n ? s.b + 1 : -1;
  const int n2 = s.b + 2 <= s.n ? s.b + 2 : -1;
  const int s0h = s0 > 0 ? s.head[s0] : -1;
  const int s0h2 = s0h > 0 ? s.head[s0h] : -1;
  const int s0l = s0 >= 0 ? s.lmost[s0] : -1, s0r = s0 >= 0 ? s.rmost[s0] : -1;
  const int s0l2 = s0 >= 0 ? s.lmost2[s0] : -1, s0r2 = s0 >= 0 ? s.rmost2[s0] : -1;
  const int n0l = n0 >= 0 ? s.lmost[n0] : -1, n0l2 = n0 >= 0 ? s.lmost2[n0] : -1;
  const uint64_t s0w = W(s0), s0p = P(s0), n0w = W(n0), n0p = P(n0);
  const uint64_t n1w = W(n1), n1p = P(n1), n2w = W(n2), n2p = P(n2);
  const uint64_t s1w = W(s1), s1p = P(s1);
  uint64_t dist = 0;
  if (s0 >= 0 && n0 >= 0) {
    int d = n0 - s0;
    dist = static_cast<uint64_t>(d >= 10 ? 10 : d >= 6 ? 6 : d);
  }
  const uint64_t s0vl = s0 >= 0 ? s.nleft[s0] : 99, s0vr = s0 >= 0 ? s.nright[s0] : 99;
  const uint64_t n0vl = n0 >= 0 ? s.nleft[n0] : 99;
  const uint64_t s0sl = s0 >= 0 ? s.lset[s0] : 1, s0sr = s0 >= 0 ? s.rset[s0] : 1;
  const uint64_t n0sl = n0 >= 0 ? s.lset[n0] : 1;
  const uint64_t s0wp = s0w * 31 + s0p, n0wp = n0w * 31 + n0p;
  FeatSink f(out);
  uint32_t t = 100;
  f.push_back(feat(t++, 1));
  // single words
  f.push_back(feat(t++, s0w));
  f.push_back(feat(t++, s0p));
  f.push_back(feat(t++, s0wp));
  f.push_back(feat(t++, n0w));
  f.push_back(feat(t++, n0p));
  f.push_back(feat(t++, n0wp));
  f.push_back(feat(t++, n1w));
  f.push_back(feat(t++, n1p));
  f.push_back(feat(t++, n1w, n1p));
  f.push_back(feat(t++, n2w));
  f.push_back(feat(t++, n2p));
  f.push_back(feat(t++, n2w, n2p));
  f.push_back(feat(t++, s1w));
  f.push_back(feat(t++, s1p));
  // pairs
  f.push_back(feat(t++, s0wp, n0wp));
  f.push_back(feat(t++, s0wp, n0w));
  f.push_back(feat(t++, s0w, n0wp));
  f.push_back(feat(t++, s0wp, n0p));
  f.push_back(feat(t++, s0p, n0wp));
  f.push_back(feat(t++, s0w, n0w));
  f.push_back(feat(t++, s0p, n0p));
  f.push_back(feat(t++, n0p, n1p));
  // triples of tags
  f.push_back(feat(t++, n0p, n1p, n2p));
  f.push_back(feat(t++, s0p, n0p, n1p));
  f.push_back(feat(t++, P(s0h), s0p, n0p));
  f.push_back(feat(t++, s0p, P(s0l), n0p));
  f.push_back(feat(t++, s0p, P(s0r), n0p));
  f.push_back(feat(t++, s0p, n0p, P(n0l)));
  f.push_back(feat(t++, s1p, s0p, n0p));
  f.push_back(feat(t++, s1w, s0w, n0p));
  // distance
  f.push_back(feat(t++, s0w, dist));
  f.push_back(feat(t++, s0p, dist));
  f.push_back(feat(t++, n0w, dist));
  f.push_back(feat(t++, n0p, dist));
  f.push_back(feat(t++, s0w * 31 + n0w, dist));
  f.push_back(feat(t++, s0p * 31 + n0p, dist));
  // valency
  f.push_back(feat(t++, s0w, s0vr));
  f.push_back(feat(t++, s0p, s0vr));
  f.push_back(feat(t++, s0w, s0vl));
  f.push_back(feat(t++, s0p, s0vl));
  f.push_back(feat(t++, n0w, n0vl));
  f.push_back(feat(t++, n0p, n0vl));
  // second order
  f.push_back(feat(t++, W(s0h)));
  f.push_back(feat(t++, P(s0h)));
  f.push_back(feat(t++, L(s0)));
  f.push_back(feat(t++, W(s0l)));
  f.push_back(feat(t++, P(s0l)));
  f.push_back(feat(t++, L(s0l)));
  f.push_back(feat(t++, W(s0r)));
  f.push_back(feat(t++, P(s0r)));
  f.push_back(feat(t++, L(s0r)));
  f.push_back(feat(t++, W(n0l)));
  f.push_back(feat(t++, P(n0l)));
  f.push_back(feat(t++, L(n0l)));
  // third order
  f.push_back(feat(t++, W(s0h2)));
  f.push_back(feat(t++, P(s0h2)));
  f.push_back(feat(t++, L(s0h)));
  f.push_back(feat(t++, W(s0l2)));
  f.push_back(feat(t++, P(s0l2)));
  f.push_back(feat(t++, L(s0l2)));
  f.push_back(feat(t++, W(s0r2)));
  f.push_back(feat(t++, P(s0r2)));
  f.push_back(feat(t++, L(s0r2)));
  f.push_back(feat(t++, W(n0l2)));
  f.push_back(feat(t++, P(n0l2)));
  f.push_back(feat(t++, L(n0l2)));
  f.push_back(feat(t++, s0p, P(s0l), P(s0l2)));
  f.push_back(feat(t++, s0p, P(s0r), P(s0r2)));
  f.push_back(feat(t++, s0p, P(s0h), P(s0h2)));
  f.push_back(feat(t++, n0p, P(n0l), P(n0l2)));
  // label sets
  f.push_back(feat(t++, s0w, s0sr));
  f.push_back(feat(t++, s0p, s0sr));
  f.push_back(feat(t++, s0w, s0sl));
  f.push_back(feat(t++, s0p, s0sl));
  f.push_back(feat(t++, n0w, n0sl));
  f.push_back(feat(t++, n0p, n0sl));
  // word shape of the buffer front and stack top, for unknown words
  f.push_back(feat(t++, n0 > 0 ? words[n0 - 1].suf[2] : kNone, n0p));
  f.push_back(feat(t++, s0 > 0 ? words[s0 - 1].suf[2] : kNone, s0p));
  f.push_back(feat(t++, s0 > 0 ? words[s0 - 1].flags : 999, n0 > 0 ? words[n0 - 1].flags : 999));
  f.push_back(feat(t++, W(s0 > 0 ? s0 - 1 : -1) , s0p, n0p));
  f.push_back(feat(t++, s0 > 0 && s0 - 1 > 0 ? P(s0 - 1) : kNone, s0p, n0p));
  f.push_back(feat(t++, s0 >= 0 && s0 + 1 <= s.n ? P(s0 + 1) : kNone, s0p, n0p));
  f.push_back(feat(t++, n0 > 1 ? P(n0 - 1) : kNone, s0p, n0p));
}

void DepModel::SetRootLabel() {
  root_label = 0;
  for (size_t i = 0; i < labels.size(); ++i)
    if (labels[i] == "root") root_label = static_cast<int>(i);
}

void DepModel::Parse(const std::vector<WordFeats>& words, const std::vector<uint64_t>& tag_hashes,
                     std::vector<int>* heads, std::vector<int>* deps, ParseState* state,
                     std::vector<uint64_t>* scratch) const {
  const int n = static_cast<int>(words.size());
  ParseState& s = *state;
  s.Init(n);
  const int nc = num_classes();
  float scores[512];
  while (!s.Terminal()) {
    Features(s, words, tag_hashes, scratch);
    for (int c = 0; c < nc; ++c) scores[c] = 0;
    weights.Score(scratch->data(), scratch->size(), scores);
    int best = -1;
    for (int c = 0; c < nc; ++c) {
      if ((best < 0 || scores[c] > scores[best]) && s.Valid(c)) best = c;
    }
    if (best < 0) break;  // cannot happen: shift is valid while the buffer is not empty
    s.Apply(best);
  }
  // Words left without a head: the first root word (or the first orphan) becomes the root,
  // every other orphan and extra root attaches to it.
  int root = -1;
  for (int i = 1; i <= n; ++i)
    if (s.head[i] == 0) { root = i; break; }
  if (root < 0)
    for (int i = 1; i <= n; ++i)
      if (s.head[i] == -1) { root = i; break; }
  heads->assign(n, 0);
  deps->assign(n, root_label);
  for (int i = 1; i <= n; ++i) {
    int h = s.head[i], l = s.label[i];
    if (i == root) {
      h = 0;
      l = root_label;
    } else if (h <= 0) {
      h = root;
      l = -1;
    }
    if (l < 0 || (l == root_label && h != 0)) {
      // pick a generic relation for repaired attachments
      l = root_label;
      for (size_t k = 0; k < labels.size(); ++k)
        if (labels[k] == "parataxis" || labels[k] == "dep") { l = static_cast<int>(k); break; }
    }
    (*heads)[i - 1] = h;
    (*deps)[i - 1] = l;
  }
}

std::string DepModel::Payload() const {
  ByteWriter w;
  w.put_strs(labels);
  weights.Write(&w);
  WriteSelfTests(self_tests, &w);
  return w.data();
}

Status DepModel::FromPayload(std::string_view payload) {
  ByteReader r(payload);
  if (!r.get_strs(&labels, 250) || labels.empty()) return Status::Corrupt("parser: bad label list");
  SetRootLabel();
  if (!weights.Read(&r) || weights.num_classes() != num_classes())
    return Status::Corrupt("parser: bad weights");
  if (!ReadSelfTests(&r, &self_tests) || r.remaining() != 0)
    return Status::Corrupt("parser: bad self-test section");
  for (const auto& t : self_tests)
    if (t.tags.size() != t.words.size()) return Status::Corrupt("parser: bad self-test");
  return Status::Ok();
}

Status DepModel::RunSelfTests() const {
  std::vector<WordFeats> wf;
  std::vector<uint64_t> tags, scratch;
  std::vector<int> heads, deps;
  ParseState state;
  for (const auto& t : self_tests) {
    std::vector<std::string_view> words(t.words.begin(), t.words.end());
    ComputeWordFeats(words, &wf);
    tags.clear();
    for (const auto& x : t.tags) tags.push_back(hash_str(x));
    Parse(wf, tags, &heads, &deps, &state, &scratch);
    for (size_t i = 0; i < words.size(); ++i) {
      std::string got = std::to_string(heads[i]) + ":" + labels[deps[i]];
      if (got != t.expect[i])
        return Status::Corrupt("parser self-test failed at '" + t.words[i] + "': expected '" +
                               t.expect[i] + "', got '" + got + "'");
    }
  }
  return Status::Ok();
}

Status DepModel::Load(const std::string& path, DepModel* out) { return LoadModel(path, "dep", out); }

}  // namespace factwire::tag
