// The analysis contract (docs/output-contract.md) as JSON.
//
//   std::string out = factwire::to_json(doc, {.pretty = true});
#pragma once

#include <string>

#include "factwire/document.h"
#include "factwire/status.h"

namespace factwire {

struct JsonOptions {
  bool pretty = false;   // indented for people; false = one line (JSON Lines)
  bool tokens = false;   // include the token array
};

inline constexpr const char* kSchema = "factwire/1";

std::string to_json(const Document& doc, const JsonOptions& opts);
// The object printed for a document that could not be analysed.
std::string error_json(const std::string& id, const Status& status, const JsonOptions& opts);

}  // namespace factwire
