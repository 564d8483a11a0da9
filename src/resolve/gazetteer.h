// Gazetteers: countries (ISO 3166), demonyms, capitals and cities, titles and offices,
// organisation suffixes. Data files under data/gazetteer/, loaded once per Pipeline.
#pragma once

#include <memory>
#include <string>

#include "factwire/status.h"

namespace factwire {

class Gazetteer {
 public:
  static Result<std::shared_ptr<const Gazetteer>> Load(const std::string& data_dir);
  // An empty gazetteer (for unit tests that build documents by hand).
  static std::shared_ptr<const Gazetteer> Empty();
};

}  // namespace factwire
