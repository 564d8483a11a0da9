// The trained linguistic models: part of speech, lemma, dependency parse, named entities.
//
//   auto tagger = factwire::Tagger::Load("models");
//   if (tagger.ok()) tagger.value()->annotate(&doc);   // fills tokens[].pos/lemma/head/dep/ner
#pragma once

#include <memory>
#include <string>

#include "factwire/document.h"
#include "factwire/status.h"

namespace factwire {

class Tagger {
 public:
  virtual ~Tagger() = default;
  // Loads the models shipped under `models_dir`; a missing or corrupt file is a Status.
  static Result<std::unique_ptr<Tagger>> Load(const std::string& models_dir);
  virtual void annotate(Document* doc) const = 0;
};

}  // namespace factwire
