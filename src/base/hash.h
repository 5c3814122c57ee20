// base/hash.h: stable content hashes for ids.
//
//   std::string id = HashHex(bytes, 16);   // "a3aad72eae653e04"
//
// SHA-256 (OpenSSL libcrypto) and XXH3 (libxxhash), whose outputs are fixed
// by their specifications, so ids are stable across machines, versions and
// runs. Thread safety: reentrant.
#pragma once

#include <string>
#include <string_view>

namespace chronicle {

// First `hex_digits` (<= 64) hex digits of SHA-256(data).
std::string HashHex(std::string_view data, int hex_digits = 16);

// The id of a document's bytes: XXH3-64(data) (libxxhash, seed 0) as 16 hex
// digits. It runs on every input page, where SHA-256 cost about a tenth of
// extraction (docs/dependencies.md); 64 bits of either are equally open to
// a deliberate collision, so the cryptographic hash bought nothing here.
std::string ContentId(std::string_view data);

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
