// libFuzzer target for the model readers: the container (DecodeModelFile: magic, version,
// feature spec, kind, meta, payload length, CRC) and each model's payload parser (tagger,
// parser, recognizer FromPayload, whose optional sections include the tagger's WordNet
// lexicon), then the self-tests of whatever parsed. Any bytes must give a Status, never a
// crash, a hang or an allocation the input does not justify.
// The first byte picks the target: 0-2 a raw payload for pos, dep, ner; else a whole file.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "tag/dep_model.h"
#include "tag/model_file.h"
#include "tag/ner_model.h"
#include "tag/pos_model.h"

namespace {

template <typename M>
void Parse(std::string_view payload) {
  M m;
  if (m.FromPayload(payload).ok()) (void)m.RunSelfTests();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0 || size > (1u << 20)) return 0;
  std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (data[0] % 4) {
    case 0:
      Parse<factwire::tag::PosModel>(bytes);
      break;
    case 1:
      Parse<factwire::tag::DepModel>(bytes);
      break;
    case 2:
      Parse<factwire::tag::NerModel>(bytes);
      break;
    default: {
      factwire::tag::ModelFileContents c;
      for (std::string_view kind : {"pos", "dep", "ner"})
        if (factwire::tag::DecodeModelFile(bytes, kind, &c).ok()) {
          if (kind == "pos") Parse<factwire::tag::PosModel>(c.payload);
          if (kind == "dep") Parse<factwire::tag::DepModel>(c.payload);
          if (kind == "ner") Parse<factwire::tag::NerModel>(c.payload);
        }
      break;
    }
  }
  return 0;
}
