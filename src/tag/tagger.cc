#include "tag/tagger.h"

#include <algorithm>
#include <string>
#include <thread>

#include "tag/dep_model.h"
#include "tag/hash.h"
#include "tag/ner_model.h"
#include "tag/pos_model.h"

namespace factwire {
namespace {

class TrainedTagger : public Tagger {
 public:
  tag::PosModel pos;
  tag::DepModel dep;
  tag::NerModel ner;
  std::vector<uint64_t> pos_hash;  // hash of each joint POS label, the parser's and NER's input

  void annotate(Document* doc) const override {
    std::vector<tag::WordFeats> wf;
    std::vector<int> tags, heads, deps;
    std::vector<uint64_t> th, scratch;
    std::vector<std::string> bio;
    tag::ParseState state;
    // Entities are decided per document: first every sentence, then consistency across them.
    std::vector<std::vector<std::string_view>> doc_words;
    std::vector<std::vector<int>> doc_ents;
    std::vector<uint32_t> doc_begin;
    const uint32_t ntok = static_cast<uint32_t>(doc->tokens.size());
    for (const Sentence& s : doc->sentences) {
      const uint32_t begin = std::min(s.token_begin, ntok);
      const uint32_t end = std::min(std::max(s.token_end, begin), ntok);
      if (begin == end) continue;
      std::vector<std::string_view> words;
      for (uint32_t i = begin; i < end; ++i) {
        const Token& t = doc->tokens[i];
        if (t.start <= t.end && t.end <= doc->text.size())
          words.push_back(doc->token_text(i));
        else
          words.push_back(std::string_view());
      }
      tag::ComputeWordFeats(words, &wf);
      pos.Tag(&wf, &tags, &scratch);
      th.resize(tags.size());
      for (size_t i = 0; i < tags.size(); ++i) th[i] = pos_hash[tags[i]];
      dep.Parse(wf, th, &heads, &deps, &state, &scratch);
      doc_ents.emplace_back();
      ner.Tag(&wf, th, &doc_ents.back(), &scratch);
      for (uint32_t i = begin; i < end; ++i) {
        const size_t k = i - begin;
        Token& t = doc->tokens[i];
        t.pos = pos.upos[tags[k]];
        t.tag = pos.xpos[tags[k]];
        t.lemma = pos.Lemma(words[k], tags[k]);
        t.head = heads[k] == 0 ? -1 : static_cast<int32_t>(begin + heads[k] - 1);
        t.dep = dep.labels[deps[k]];
      }
      doc_words.push_back(std::move(words));
      doc_begin.push_back(begin);
    }
    ner.PropagateInDocument(doc_words, &doc_ents);
    for (size_t s = 0; s < doc_ents.size(); ++s) {
      ner.ToBio(doc_ents[s], &bio);
      for (size_t k = 0; k < bio.size(); ++k) doc->tokens[doc_begin[s] + k].ner = bio[k];
    }
  }
};

}  // namespace

Result<std::unique_ptr<Tagger>> Tagger::Load(const std::string& models_dir) {
  auto t = std::make_unique<TrainedTagger>();
  const std::string dir = models_dir.empty() ? "." : models_dir;
  // The three files are independent: the parser's and the recognizer's load on their own
  // threads while this one loads the tagger (most of a load is mapping the file, building the
  // index and zeroing fresh pages, so two cores halve the wall time). Errors are reported in
  // the order pos, dep, ner.
  Status dep_status, ner_status;
  std::thread dep_thread(
      [&] { dep_status = tag::DepModel::Load(dir + "/dep.fwm", &t->dep); });
  std::thread ner_thread(
      [&] { ner_status = tag::NerModel::Load(dir + "/ner.fwm", &t->ner); });
  Status s = tag::PosModel::Load(dir + "/pos.fwm", &t->pos);
  dep_thread.join();
  ner_thread.join();
  if (!s.ok()) return s;
  if (!dep_status.ok()) return dep_status;
  if (!ner_status.ok()) return ner_status;
  for (const auto& l : t->pos.labels) t->pos_hash.push_back(tag::hash_str(l));
  return std::unique_ptr<Tagger>(std::move(t));
}

}  // namespace factwire
