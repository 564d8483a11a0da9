// Errors as values: the library never prints, exits or aborts on bad input.
//
//   factwire::Result<Document> r = pipeline.analyze(input);
//   if (!r.ok()) std::cerr << r.status().message() << "\n";
//   else use(r.value());
#pragma once

#include <optional>
#include <string>
#include <utility>

namespace factwire {

// Codes are part of the CLI's and the HTTP API's error output: do not renumber.
enum class Code : int {
  kOk = 0,
  kInvalidInput = 1,  // the document itself is bad: empty, binary, undecodable
  kTooLarge = 2,      // over a configured size or depth limit
  kNotFound = 3,      // a file, model or record that is not there
  kIoError = 4,       // the operating system refused a read or write
  kCorrupt = 5,       // a model or database file that fails its checks
  kUnsupported = 6,   // a format or option this build does not handle
  kInternal = 7,      // a bug: please report it
  kBusy = 8,          // held by another writer (a locked corpus database): retry later
};

const char* code_name(Code code);

class Status {
 public:
  Status() = default;
  static Status Ok() { return Status(); }
  static Status InvalidInput(std::string msg) { return Status(Code::kInvalidInput, std::move(msg)); }
  static Status TooLarge(std::string msg) { return Status(Code::kTooLarge, std::move(msg)); }
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status IoError(std::string msg) { return Status(Code::kIoError, std::move(msg)); }
  static Status Corrupt(std::string msg) { return Status(Code::kCorrupt, std::move(msg)); }
  static Status Unsupported(std::string msg) { return Status(Code::kUnsupported, std::move(msg)); }
  static Status Internal(std::string msg) { return Status(Code::kInternal, std::move(msg)); }
  static Status Busy(std::string msg) { return Status(Code::kBusy, std::move(msg)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  // "invalid_input: the file is empty"
  std::string ToString() const;

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}                  // NOLINT: implicit on purpose
  Result(Status status) : status_(std::move(status)) {}          // NOLINT
  bool ok() const { return status_.ok() && value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace factwire
