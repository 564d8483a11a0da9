#include "factwire/document.h"

#include <algorithm>
#include <mutex>
#include <ostream>
#include <unordered_set>

namespace factwire {

const std::string* Label::intern(std::string_view s) {
  // Labels longer than kInline are rare (none of the shipped models has one); keep each
  // distinct one forever so that a Label stays trivially copyable.
  static std::mutex mu;
  static auto* table = new std::unordered_set<std::string>();  // never freed: Labels may outlive statics
  std::lock_guard<std::mutex> lock(mu);
  return &*table->emplace(s).first;
}

std::ostream& operator<<(std::ostream& os, const Label& l) { return os << l.view(); }

const char* paragraph_kind_name(ParagraphKind kind) {
  switch (kind) {
    case ParagraphKind::kBody: return "body";
    case ParagraphKind::kHeading: return "heading";
    case ParagraphKind::kPullQuote: return "pull_quote";
    case ParagraphKind::kCaption: return "caption";
    case ParagraphKind::kByline: return "byline";
    case ParagraphKind::kTitle: return "title";
  }
  return "body";
}

const char* entity_type_name(EntityType type) {
  switch (type) {
    case EntityType::kPerson: return "PERSON";
    case EntityType::kOrg: return "ORG";
    case EntityType::kGpe: return "GPE";
    case EntityType::kLoc: return "LOC";
    case EntityType::kNorp: return "NORP";
    case EntityType::kFac: return "FAC";
    case EntityType::kEvent: return "EVENT";
  }
  return "ORG";
}

const char* quote_kind_name(QuoteKind kind) {
  switch (kind) {
    case QuoteKind::kDirect: return "direct";
    case QuoteKind::kIndirect: return "indirect";
    case QuoteKind::kMixed: return "mixed";
  }
  return "direct";
}

namespace {
template <typename V>
int span_at(const V& spans, uint32_t at) {
  auto it = std::upper_bound(spans.begin(), spans.end(), at,
                             [](uint32_t a, const auto& s) { return a < s.start; });
  if (it == spans.begin()) return -1;
  --it;
  if (at >= it->start && at < it->end) return static_cast<int>(it - spans.begin());
  return -1;
}
}  // namespace

int Document::paragraph_at(uint32_t at) const { return span_at(paragraphs, at); }
int Document::sentence_at(uint32_t at) const { return span_at(sentences, at); }

bool Document::is_fact_sentence(size_t sentence) const {
  if (sentence >= sentences.size()) return false;
  uint32_t p = sentences[sentence].paragraph;
  if (p >= paragraphs.size()) return false;
  ParagraphKind k = paragraphs[p].kind;
  return k == ParagraphKind::kBody || k == ParagraphKind::kHeading;
}

}  // namespace factwire
