#include "base/hash.h"

#include <openssl/evp.h>
#include <xxhash.h>

#include <algorithm>
#include <cstdint>

namespace chronicle {
namespace {

std::string ToHex(const unsigned char* digest, unsigned len, int hex_digits) {
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned i = 0; i < len && static_cast<int>(out.size()) < hex_digits; ++i) {
    out.push_back(kHex[digest[i] >> 4]);
    out.push_back(kHex[digest[i] & 15]);
  }
  out.resize(std::min<size_t>(out.size(), static_cast<size_t>(hex_digits)));
  return out;
}

}  // namespace

std::string HashHex(std::string_view data, int hex_digits) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned len = 0;
  EVP_Digest(data.data(), data.size(), digest, &len, EVP_sha256(), nullptr);
  return ToHex(digest, len, hex_digits);
}

std::string ContentId(std::string_view data) {
  const uint64_t h = XXH3_64bits(data.data(), data.size());
  unsigned char bytes[8];
  for (int i = 0; i < 8; ++i) bytes[i] = static_cast<unsigned char>(h >> (56 - 8 * i));
  return ToHex(bytes, 8, 16);
}

Hasher::Hasher() : ctx_(EVP_MD_CTX_new()) {
  EVP_DigestInit_ex(static_cast<EVP_MD_CTX*>(ctx_), EVP_sha256(), nullptr);
}

Hasher::~Hasher() { EVP_MD_CTX_free(static_cast<EVP_MD_CTX*>(ctx_)); }

Hasher& Hasher::Add(std::string_view data) {
  auto* ctx = static_cast<EVP_MD_CTX*>(ctx_);
  const uint64_t n = data.size();
  unsigned char len[8];
  for (int i = 0; i < 8; ++i) len[i] = static_cast<unsigned char>(n >> (8 * i));
  EVP_DigestUpdate(ctx, len, sizeof(len));
  EVP_DigestUpdate(ctx, data.data(), data.size());
  return *this;
}

std::string Hasher::HexDigest(int hex_digits) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned len = 0;
  EVP_DigestFinal_ex(static_cast<EVP_MD_CTX*>(ctx_), digest, &len);
  return ToHex(digest, len, hex_digits);
}

}  // namespace chronicle
