// chronicle/status.h: the error model of the library.
//
// Library code never throws, prints or exits. A fallible call returns a
// Status, or a StatusOr<T> that holds either a value or an error:
//
//   chronicle::StatusOr<Article> article = extractor.Extract(doc);
//   if (!article.ok()) return article.status();
//   Use(*article);
//
// Codes are the canonical ones (as in Abseil and LevelDB) so that the server
// can map them one-to-one to HTTP statuses.
//
// Thread safety: Status and StatusOr are values; distinct objects may be used
// from distinct threads, a shared const object from any number of threads.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace chronicle {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,
  kNotFound,
  kAlreadyExists,
  kFailedPrecondition,
  kResourceExhausted,
  kDataLoss,
  kUnimplemented,
  kInternal,
  kIoError,
};

// Returns a short stable name such as "InvalidArgument".
std::string_view StatusCodeName(StatusCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;  // OK
  Status(StatusCode code, std::string message)
      : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

  // "InvalidArgument: <message>", or "OK".
  std::string ToString() const;

  // Returns a copy whose message is "<prefix>: <message>" (for adding the
  // file name or record id as an error travels up).
  Status WithPrefix(std::string_view prefix) const;

  // Marks a status as deliberately ignored.
  void IgnoreError() const {}

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

inline Status InvalidArgumentError(std::string m) {
  return Status(StatusCode::kInvalidArgument, std::move(m));
}
inline Status NotFoundError(std::string m) {
  return Status(StatusCode::kNotFound, std::move(m));
}
inline Status FailedPreconditionError(std::string m) {
  return Status(StatusCode::kFailedPrecondition, std::move(m));
}
inline Status ResourceExhaustedError(std::string m) {
  return Status(StatusCode::kResourceExhausted, std::move(m));
}
inline Status DataLossError(std::string m) {
  return Status(StatusCode::kDataLoss, std::move(m));
}
inline Status InternalError(std::string m) {
  return Status(StatusCode::kInternal, std::move(m));
}
inline Status IoError(std::string m) {
  return Status(StatusCode::kIoError, std::move(m));
}

// Either a T or a non-OK Status.
template <typename T>
class [[nodiscard]] StatusOr {
 public:
  StatusOr(const Status& status) : status_(status) {  // NOLINT: implicit
    if (status_.ok()) status_ = InternalError("StatusOr built from OK status");
  }
  StatusOr(Status&& status) : status_(std::move(status)) {  // NOLINT
    if (status_.ok()) status_ = InternalError("StatusOr built from OK status");
  }
  StatusOr(const T& value) : value_(value) {}        // NOLINT: implicit
  StatusOr(T&& value) : value_(std::move(value)) {}  // NOLINT: implicit

  bool ok() const { return status_.ok(); }
  const Status& status() const& { return status_; }
  Status status() && { return std::move(status_); }

  // REQUIRES: ok().
  const T& value() const& { return *value_; }
  T& value() & { return *value_; }
  T&& value() && { return std::move(*value_); }
  const T& operator*() const& { return *value_; }
  T& operator*() & { return *value_; }
  T&& operator*() && { return std::move(*value_); }
  const T* operator->() const { return &*value_; }
  T* operator->() { return &*value_; }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace chronicle

#define CHRONICLE_CONCAT_INNER_(a, b) a##b
#define CHRONICLE_CONCAT_(a, b) CHRONICLE_CONCAT_INNER_(a, b)

// Returns from the enclosing function if `expr` yields a non-OK Status.
#define CHRONICLE_RETURN_IF_ERROR(expr)               \
  do {                                                \
    ::chronicle::Status chronicle_status_ = (expr);   \
    if (!chronicle_status_.ok()) return chronicle_status_; \
  } while (0)

// `lhs` = value of the StatusOr `expr`, or returns its error.
#define CHRONICLE_ASSIGN_OR_RETURN(lhs, expr)                               \
  CHRONICLE_ASSIGN_OR_RETURN_IMPL_(CHRONICLE_CONCAT_(chronicle_sor_, __LINE__), \
                                   lhs, expr)
#define CHRONICLE_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, expr) \
  auto tmp = (expr);                                     \
  if (!tmp.ok()) return std::move(tmp).status();         \
  lhs = std::move(tmp).value()
