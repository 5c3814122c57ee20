// base/hash.h: stable content hashes for ids.
//
//   std::string id = HashHex(bytes, 16);   // "a3aad72eae653e04"
//
// SHA-256 (OpenSSL libcrypto), so ids are stable across machines, versions
// and runs. Thread safety: reentrant.
#pragma once

#include <string>
#include <string_view>

namespace chronicle {

// First `hex_digits` (<= 64) hex digits of SHA-256(data).
std::string HashHex(std::string_view data, int hex_digits = 16);

// Incremental form, for hashing several parts without concatenating them.
class Hasher {
 public:
  Hasher();
  ~Hasher();
  Hasher(const Hasher&) = delete;
  Hasher& operator=(const Hasher&) = delete;

  // Adds `data`, preceded by its length so ("ab","c") != ("a","bc").
  Hasher& Add(std::string_view data);
  std::string HexDigest(int hex_digits = 16);

 private:
  void* ctx_;  // EVP_MD_CTX
};

}  // namespace chronicle
