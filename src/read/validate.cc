// Input validation and format sniffing, shared by every reader.
#include <simdjson.h>

#include <cstdint>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "core/utf8.h"
#include "factwire/reader.h"
#include "read/text_reader.h"

namespace factwire {

const char* input_format_name(InputFormat f) {
  switch (f) {
    case InputFormat::kAuto: return "auto";
    case InputFormat::kText: return "text";
    case InputFormat::kHtml: return "html";
    case InputFormat::kJsonl: return "jsonl";
  }
  return "auto";
}

bool parse_input_format(std::string_view name, InputFormat* out) {
  if (name == "auto") *out = InputFormat::kAuto;
  else if (name == "text" || name == "txt") *out = InputFormat::kText;
  else if (name == "html" || name == "htm") *out = InputFormat::kHtml;
  else if (name == "jsonl" || name == "json") *out = InputFormat::kJsonl;
  else return false;
  return true;
}

namespace {

size_t skip_bom_and_space(std::string_view b) {
  size_t i = 0;
  if (b.size() >= 3 && std::memcmp(b.data(), "\xEF\xBB\xBF", 3) == 0) i = 3;
  while (i < b.size() && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r')) ++i;
  return i;
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char a = s[i];
    if (a >= 'A' && a <= 'Z') a += 32;
    if (a != prefix[i]) return false;
  }
  return true;
}

constexpr uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Full, kHigh = 0x8080808080808080ull;

// Per byte of w, the high bit set where the byte is zero.
inline uint64_t zero_bytes(uint64_t x) { return ~(((x & kLow7) + kLow7) | x) & kHigh; }

}  // namespace

InputFormat detect_format(std::string_view bytes) {
  size_t i = skip_bom_and_space(bytes);
  std::string_view rest = bytes.substr(i);
  if (rest.empty()) return InputFormat::kText;
  if (rest[0] == '<') {
    // Markup: a tag, comment, doctype or processing instruction.
    if (rest.size() > 1 && (rest[1] == '!' || rest[1] == '?' || rest[1] == '/' ||
                            ((rest[1] | 0x20) >= 'a' && (rest[1] | 0x20) <= 'z')))
      return InputFormat::kHtml;
  }
  if (rest[0] == '{') return InputFormat::kJsonl;
  // Text that opens with words but is really a page (a scrape that lost its doctype).
  std::string_view head = rest.substr(0, 4096);
  for (size_t k = 0; k + 5 < head.size(); ++k) {
    if (head[k] == '<' && (starts_with_ci(head.substr(k), "<html") || starts_with_ci(head.substr(k), "<body") ||
                           starts_with_ci(head.substr(k), "<!doctype html")))
      return InputFormat::kHtml;
  }
  return InputFormat::kText;
}

Status check_document(std::string_view bytes, const ReadOptions& opts) {
  if (bytes.size() > opts.max_document_bytes) {
    return Status::TooLarge("document is " + std::to_string(bytes.size()) + " bytes, over the limit of " +
                            std::to_string(opts.max_document_bytes) + " (raise it with --max-bytes)");
  }
  if (bytes.size() >= 2 && ((static_cast<uint8_t>(bytes[0]) == 0xFF && static_cast<uint8_t>(bytes[1]) == 0xFE) ||
                            (static_cast<uint8_t>(bytes[0]) == 0xFE && static_cast<uint8_t>(bytes[1]) == 0xFF))) {
    // Files with a UTF-16 byte order mark are transcoded by InputStream; bytes that reach
    // here another way (a request body, a JSON string) are not decoded.
    return Status::InvalidInput("UTF-16 text (it opens with a UTF-16 byte order mark): convert it to UTF-8");
  }
  size_t start = skip_bom_and_space(bytes);
  if (start == bytes.size()) {
    return Status::InvalidInput(bytes.empty() ? "the document is empty" : "the document holds only white space");
  }
  // Well-known binary signatures.
  std::string_view rest = bytes.substr(start);
  static const std::pair<const char*, const char*> kMagic[] = {
      {"%PDF-", "a PDF file"}, {"\x89PNG", "a PNG image"}, {"GIF8", "a GIF image"},
      {"\xFF\xD8\xFF", "a JPEG image"}, {"PK\x03\x04", "a ZIP archive"}, {"\x7F" "ELF", "an executable"},
      {"SQLite format 3", "an SQLite database"}, {"\x1F\x8B", "gzip data that could not be unpacked"}};
  for (const auto& [magic, what] : kMagic) {
    if (rest.substr(0, std::strlen(magic)) == magic)
      return Status::InvalidInput(std::string("binary data (") + what + "), not a text document");
  }
  // Branch-free counts (the loop vectorises): NUL bytes, and control bytes other than
  // tab, line feed, form feed and carriage return.
  size_t nul = 0, control = 0;
  size_t i = 0;
#ifdef __SSE2__
  // Sixteen bytes at a time where SSE2 is there: a byte below 0x20 is one whose top bit,
  // flipped, makes it a signed byte below 0x20 - 0x80.
  {
    const __m128i flip = _mm_set1_epi8(static_cast<char>(0x80)), limit = _mm_set1_epi8(static_cast<char>(0x20 - 0x80));
    for (; i + 16 <= bytes.size(); i += 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes.data() + i));
      const __m128i below = _mm_cmplt_epi8(_mm_xor_si128(v, flip), limit);
      if (_mm_movemask_epi8(below) == 0) continue;
      const __m128i allowed =
          _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\r'))),
                       _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\t')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\f'))));
      const auto bad = static_cast<unsigned>(_mm_movemask_epi8(_mm_andnot_si128(allowed, below)));
      if (bad == 0) continue;
      control += static_cast<size_t>(__builtin_popcount(bad));
      nul += static_cast<size_t>(
          __builtin_popcount(static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_setzero_si128())))));
    }
  }
#endif
  // Eight bytes at a time; only words that hold a byte below 0x20 are looked at closely.
  for (; i + 8 <= bytes.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, bytes.data() + i, 8);
    uint64_t below20 = ~((w & kLow7) + 0x6060606060606060ull) & ~w & kHigh;
    if (below20 == 0) continue;
    uint64_t allowed = zero_bytes(w ^ 0x0A0A0A0A0A0A0A0Aull) | zero_bytes(w ^ 0x0D0D0D0D0D0D0D0Dull) |
                       zero_bytes(w ^ 0x0909090909090909ull) | zero_bytes(w ^ 0x0C0C0C0C0C0C0C0Cull);
    nul += static_cast<size_t>(__builtin_popcountll(zero_bytes(w)));
    control += static_cast<size_t>(__builtin_popcountll(below20 & ~allowed));
  }
  for (; i < bytes.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    nul += c == 0;
    control += (c < 0x20) & (c != '\n') & (c != '\r') & (c != '\t') & (c != '\f');
  }
  control -= nul;
  if (nul > 0 || control * 50 > bytes.size() + 50) {
    return Status::InvalidInput("binary data (" + std::to_string(nul) + " NUL and " + std::to_string(control) +
                                " control bytes), not a text document");
  }
  return Status::Ok();
}

bool is_valid_utf8(std::string_view bytes) {
  // simdjson's validator is the strict UTF-8 of utf8::decode (no overlongs, surrogates or
  // values above U+10FFFF), many bytes at a time.
  return simdjson::validate_utf8(bytes.data(), bytes.size());
}

Status validate_text_view(std::string_view bytes, const ReadOptions& opts, std::string* storage,
                          std::string_view* out, std::vector<std::string>* warnings) {
  Status st = check_document(bytes, opts);
  if (!st.ok()) return st;
  if (is_valid_utf8(bytes)) {
    *out = bytes;
    return Status::Ok();
  }
  st = repair_text(bytes, opts, storage, warnings);
  if (st.ok()) *out = *storage;
  return st;
}

Status validate_text(std::string_view bytes, const ReadOptions& opts, std::string* out,
                     std::vector<std::string>* warnings) {
  Status st = check_document(bytes, opts);
  if (!st.ok()) return st;
  if (is_valid_utf8(bytes)) {
    out->assign(bytes.data(), bytes.size());
    return Status::Ok();
  }
  return repair_text(bytes, opts, out, warnings);
}

Status repair_text(std::string_view bytes, const ReadOptions& opts, std::string* out,
                   std::vector<std::string>* warnings) {
  if (!opts.repair_utf8) {
    return Status::InvalidInput("invalid UTF-8 (convert the file to UTF-8, or allow repair)");
  }
  size_t bad = utf8::repair(bytes, out);
  // Mostly-invalid text is some other encoding or binary: repairing it would only make noise.
  if (bad * 10 > bytes.size() && bad > 16) {
    return Status::InvalidInput("not UTF-8 text: " + std::to_string(bad) + " invalid byte sequences in " +
                                std::to_string(bytes.size()) + " bytes");
  }
  warnings->push_back("repaired " + std::to_string(bad) + " invalid UTF-8 sequence" + (bad == 1 ? "" : "s") +
                      " (replaced by U+FFFD)");
  return Status::Ok();
}

Result<Draft> read_any(std::string_view bytes, const ReadOptions& opts) {
  InputFormat f = opts.format == InputFormat::kAuto ? detect_format(bytes) : opts.format;
  if (f == InputFormat::kHtml) return read_html(bytes, opts);
  if (f == InputFormat::kJsonl)
    return Status::Unsupported("JSON Lines hold many documents: read them with InputStream");
  return read_text(bytes, opts);
}

}  // namespace factwire
