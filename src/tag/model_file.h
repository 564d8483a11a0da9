// The model file container (docs/models.md):
//
//   "FWMODEL\0" | u32 format version | u32 feature spec | str kind | str meta (JSON)
//   | u64 payload length | payload | u32 CRC-32 of all bytes before it
//
// `kind` names the model ("pos", "dep", "ner"); `meta` is a short JSON description (labels,
// training data, licence) also written to the manifest beside the file; the payload is the
// model's own serialization. Reading checks all of it and returns a clear Status.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "factwire/status.h"

namespace factwire::tag {

inline constexpr char kModelMagic[8] = {'F', 'W', 'M', 'O', 'D', 'E', 'L', '\0'};
inline constexpr uint32_t kModelFormatVersion = 1;
// Version of the feature extraction in features.h / hash.h; a model trained with another
// spec would load but score garbage, so it is refused.
inline constexpr uint32_t kFeatureSpec = 1;

struct ModelFileContents {
  std::string kind;
  std::string meta;
  std::string_view payload;  // into `mapping` or `storage` (ReadModelFile) or the decoded bytes
  std::string storage;
  std::shared_ptr<const char> mapping;  // the file mapped read-only (regular files)
};

std::string EncodeModelFile(std::string_view kind, std::string_view meta, std::string_view payload);
Status DecodeModelFile(std::string_view bytes, std::string_view expected_kind,
                       ModelFileContents* out);

Status WriteFileBytes(const std::string& path, std::string_view bytes);
Status ReadFileBytes(const std::string& path, std::string* bytes);

Status WriteModelFile(const std::string& path, std::string_view kind, std::string_view meta,
                      std::string_view payload);
Status ReadModelFile(const std::string& path, std::string_view expected_kind,
                     ModelFileContents* out);

// Reads a model file of `kind`, parses its payload into *out and runs its self-tests:
// the one loading sequence shared by the tagger, parser and recognizer. M provides
// `meta`, `Status FromPayload(std::string_view)` and `Status RunSelfTests() const`.
template <typename M>
Status LoadModel(const std::string& path, std::string_view kind, M* out) {
  ModelFileContents c;
  Status s = ReadModelFile(path, kind, &c);
  if (!s.ok()) return s;
  out->meta = c.meta;
  s = out->FromPayload(c.payload);
  if (!s.ok()) return Status::Corrupt(path + ": " + s.message());
  s = out->RunSelfTests();
  if (!s.ok()) return Status::Corrupt(path + ": " + s.message());
  return Status::Ok();
}

}  // namespace factwire::tag
