#include "tag/model_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <cstdio>
#include <cstring>
#include <memory>

#include "tag/binary_io.h"

namespace factwire::tag {

namespace {
uint32_t Crc(std::string_view bytes) {
  uLong crc = crc32(0L, Z_NULL, 0);
  size_t at = 0;
  while (at < bytes.size()) {
    size_t n = std::min<size_t>(bytes.size() - at, 1u << 30);
    crc = crc32(crc, reinterpret_cast<const Bytef*>(bytes.data() + at), static_cast<uInt>(n));
    at += n;
  }
  return static_cast<uint32_t>(crc);
}
}  // namespace

std::string EncodeModelFile(std::string_view kind, std::string_view meta, std::string_view payload) {
  ByteWriter w;
  w.put_raw(kModelMagic, sizeof(kModelMagic));
  w.put_u32(kModelFormatVersion);
  w.put_u32(kFeatureSpec);
  w.put_str(kind);
  w.put_str(meta);
  w.put_u64(payload.size());
  w.put_raw(payload.data(), payload.size());
  w.put_u32(Crc(w.data()));
  return w.data();
}

Status DecodeModelFile(std::string_view bytes, std::string_view expected_kind,
                       ModelFileContents* out) {
  if (bytes.size() < sizeof(kModelMagic) + 4 ||
      std::memcmp(bytes.data(), kModelMagic, sizeof(kModelMagic)) != 0) {
    return Status::Corrupt("not a factwire model file (bad magic)");
  }
  uint32_t stored_crc;
  std::memcpy(&stored_crc, bytes.data() + bytes.size() - 4, 4);
  ByteReader r(bytes.substr(sizeof(kModelMagic), bytes.size() - sizeof(kModelMagic) - 4));
  uint32_t version = 0, spec = 0;
  if (!r.get_u32(&version) || !r.get_u32(&spec))
    return Status::Corrupt("model file truncated in its header");
  if (version != kModelFormatVersion)
    return Status::Unsupported("model format version " + std::to_string(version) +
                               " is not supported (this build reads version " +
                               std::to_string(kModelFormatVersion) + "); retrain the model");
  if (spec != kFeatureSpec)
    return Status::Unsupported("model feature spec " + std::to_string(spec) +
                               " differs from this build's " + std::to_string(kFeatureSpec) +
                               "; retrain the model");
  uint64_t payload_len = 0;
  if (!r.get_str(&out->kind) || !r.get_str(&out->meta) || !r.get_u64(&payload_len) ||
      payload_len != r.remaining()) {
    return Status::Corrupt("model file truncated or has trailing bytes");
  }
  if (Crc(bytes.substr(0, bytes.size() - 4)) != stored_crc)
    return Status::Corrupt("model file checksum mismatch (corrupt or truncated)");
  if (out->kind != expected_kind)
    return Status::Corrupt("model file holds a '" + out->kind + "' model, expected '" +
                           std::string(expected_kind) + "'");
  out->payload = bytes.substr(bytes.size() - 4 - payload_len, payload_len);
  return Status::Ok();
}

Status WriteFileBytes(const std::string& path, std::string_view bytes) {
  std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(path.c_str(), "wb"), &std::fclose);
  if (!f) return Status::IoError("cannot write " + path);
  if (std::fwrite(bytes.data(), 1, bytes.size(), f.get()) != bytes.size())
    return Status::IoError("short write to " + path);
  return Status::Ok();
}

Status ReadFileBytes(const std::string& path, std::string* bytes) {
  std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) return Status::NotFound("cannot open " + path);
  bytes->clear();
  // Read straight into the string when the size is known (regular files), else in chunks.
  if (std::fseek(f.get(), 0, SEEK_END) == 0) {
    long size = std::ftell(f.get());
    std::fseek(f.get(), 0, SEEK_SET);
    if (size > 0) {
      bytes->resize(static_cast<size_t>(size));
      size_t got = std::fread(bytes->data(), 1, bytes->size(), f.get());
      bytes->resize(got);
    }
  }
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof(buf), f.get())) > 0) bytes->append(buf, n);
  if (std::ferror(f.get())) return Status::IoError("read error on " + path);
  return Status::Ok();
}

Status WriteModelFile(const std::string& path, std::string_view kind, std::string_view meta,
                      std::string_view payload) {
  return WriteFileBytes(path, EncodeModelFile(kind, meta, payload));
}

namespace {
// Maps a regular file read-only, its pages faulted in at once (no copy, no zero-fill):
// false when it cannot (then the caller reads it into memory).
bool MapFile(const std::string& path, ModelFileContents* out, std::string_view* bytes) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat st;
  void* p = MAP_FAILED;
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
    p = ::mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
  ::close(fd);
  if (p == MAP_FAILED) return false;
  const size_t len = static_cast<size_t>(st.st_size);
  out->mapping = std::shared_ptr<const char>(static_cast<const char*>(p),
                                             [len](const char* q) { ::munmap(const_cast<char*>(q), len); });
  *bytes = std::string_view(out->mapping.get(), len);
  return true;
}
}  // namespace

Status ReadModelFile(const std::string& path, std::string_view expected_kind,
                     ModelFileContents* out) {
  std::string_view bytes;
  if (!MapFile(path, out, &bytes)) {
    Status s = ReadFileBytes(path, &out->storage);
    if (!s.ok()) return s;
    bytes = out->storage;
  }
  Status s = DecodeModelFile(bytes, expected_kind, out);
  if (!s.ok()) return Status(s.code() == Code::kCorrupt ? Status::Corrupt(path + ": " + s.message())
                                                        : Status::Unsupported(path + ": " + s.message()));
  return s;
}

}  // namespace factwire::tag
