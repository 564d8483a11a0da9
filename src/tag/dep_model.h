// Labelled dependency parser: greedy arc-eager transitions scored by an averaged perceptron,
// trained with a dynamic oracle (src/train/train_parser.cc). Words are 1..n, 0 is the root.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "factwire/status.h"
#include "tag/features.h"
#include "tag/linear_model.h"
#include "tag/selftest.h"

namespace factwire::tag {

// Transition classes: 0 shift, 1 reduce, 2 + 2*label left-arc, 3 + 2*label right-arc.
enum : int { kShift = 0, kReduce = 1 };
inline int LeftArc(int label) { return 2 + 2 * label; }
inline int RightArc(int label) { return 3 + 2 * label; }
inline bool IsLeft(int t) { return t >= 2 && (t & 1) == 0; }
inline bool IsRight(int t) { return t >= 3 && (t & 1) == 1; }
inline int ArcLabel(int t) { return (t - 2) / 2; }

struct ParseState {
  int n = 0;                 // number of words
  std::vector<int> stack;    // word indexes, 0 = root at the bottom
  int b = 1;                 // front of the buffer; b > n: empty
  std::vector<int> head;     // per word 0..n, -1 = none yet
  std::vector<int> label;
  std::vector<int> lmost, lmost2, rmost, rmost2;  // leftmost/rightmost children (-1 none)
  std::vector<uint8_t> nleft, nright;
  std::vector<uint64_t> lset, rset;  // bitsets of child labels (label mod 64)

  void Init(int num_words);
  bool Terminal() const { return b > n; }
  int S0() const { return stack.empty() ? -1 : stack.back(); }
  bool Valid(int t) const;
  void Apply(int t);
  void AddArc(int h, int d, int l);
};

class DepModel {
 public:
  std::vector<std::string> labels;  // dependency relations
  LinearModel weights;
  std::vector<SelfTest> self_tests;
  std::string meta;
  int root_label = 0;

  static Status Load(const std::string& path, DepModel* out);
  Status FromPayload(std::string_view payload);
  std::string Payload() const;
  Status RunSelfTests() const;

  // words/tag_hashes: n entries; heads[i] in 0..n (0 = root; word i+1 is at index i),
  // deps[i] indexes labels.
  void Parse(const std::vector<WordFeats>& words, const std::vector<uint64_t>& tag_hashes,
             std::vector<int>* heads, std::vector<int>* deps, ParseState* state,
             std::vector<uint64_t>* scratch) const;

  int num_classes() const { return 2 + 2 * static_cast<int>(labels.size()); }

  // Feature extraction shared with the trainer. words/tags indexed by word-1.
  static void Features(const ParseState& s, const std::vector<WordFeats>& words,
                       const std::vector<uint64_t>& tags, std::vector<uint64_t>* out);
  void SetRootLabel();
};

}  // namespace factwire::tag
