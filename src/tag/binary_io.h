// Little-endian byte writer/reader for the model files (docs/models.md). The reader is
// bounds-checked: every get_* returns false once the input is exhausted, never reads past it.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace factwire::tag {

class ByteWriter {
 public:
  void put_u8(uint8_t v) { buf_.push_back(static_cast<char>(v)); }
  void put_u16(uint16_t v) { put_raw(&v, 2); }
  void put_i16(int16_t v) { put_raw(&v, 2); }
  void put_u32(uint32_t v) { put_raw(&v, 4); }
  void put_u64(uint64_t v) { put_raw(&v, 8); }
  void put_f32(float v) { put_raw(&v, 4); }
  void put_str(std::string_view s) {
    put_u32(static_cast<uint32_t>(s.size()));
    buf_.append(s.data(), s.size());
  }
  void put_strs(const std::vector<std::string>& v) {
    put_u32(static_cast<uint32_t>(v.size()));
    for (const auto& s : v) put_str(s);
  }
  void put_raw(const void* p, size_t n) { buf_.append(static_cast<const char*>(p), n); }
  const std::string& data() const { return buf_; }
  std::string& mutable_data() { return buf_; }

 private:
  std::string buf_;  // the host is little-endian (x86-64, aarch64); see docs/models.md
};

class ByteReader {
 public:
  explicit ByteReader(std::string_view data) : data_(data) {}
  bool get_u8(uint8_t* v) { return get_raw(v, 1); }
  bool get_u16(uint16_t* v) { return get_raw(v, 2); }
  bool get_i16(int16_t* v) { return get_raw(v, 2); }
  bool get_u32(uint32_t* v) { return get_raw(v, 4); }
  bool get_u64(uint64_t* v) { return get_raw(v, 8); }
  bool get_f32(float* v) { return get_raw(v, 4); }
  bool get_str(std::string* s) {
    uint32_t n;
    if (!get_u32(&n) || n > remaining()) return fail();
    s->assign(data_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  bool get_strs(std::vector<std::string>* v, uint32_t max_count = 1u << 24) {
    uint32_t n;
    if (!get_u32(&n) || n > max_count || n > remaining() / 4) return fail();
    v->resize(n);
    for (auto& s : *v)
      if (!get_str(&s)) return false;
    return true;
  }
  bool get_raw(void* p, size_t n) {
    if (failed_ || n > remaining()) return fail();
    std::memcpy(p, data_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  // The next n bytes in place (no copy), or nullptr (and failed) when fewer remain.
  const char* take(size_t n) {
    if (failed_ || n > remaining()) {
      fail();
      return nullptr;
    }
    const char* p = data_.data() + pos_;
    pos_ += n;
    return p;
  }
  size_t remaining() const { return data_.size() - pos_; }
  bool failed() const { return failed_; }

 private:
  bool fail() {
    failed_ = true;
    return false;
  }
  std::string_view data_;
  size_t pos_ = 0;
  bool failed_ = false;
};

}  // namespace factwire::tag
