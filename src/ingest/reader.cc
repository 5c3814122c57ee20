#include "ingest/reader.h"

#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "base/hash.h"
#include "base/utf8.h"
#include "ingest/charset.h"

namespace chronicle {
namespace {

namespace fs = std::filesystem;

bool IsGzip(const std::string& b) {
  return b.size() >= 2 && static_cast<unsigned char>(b[0]) == 0x1f &&
         static_cast<unsigned char>(b[1]) == 0x8b;
}


// Text starts without NULs for this many bytes (git's binary test reads
// 8000), and NULs are at most one byte in this many after that.
constexpr size_t kNulFreeHead = 8000;
constexpr size_t kBytesPerStrayNul = 100;

// Empty string if `b` looks like text; otherwise why it looks binary.
std::string BinaryReason(const std::string& b) {
  struct Magic {
    const char* bytes;
    size_t len;
    const char* name;
  };
  static const Magic kMagic[] = {
      {"%PDF", 4, "PDF"},
      {"\x89PNG", 4, "PNG image"},
      {"\xFF\xD8\xFF", 3, "JPEG image"},
      {"GIF8", 4, "GIF image"},
      {"PK\x03\x04", 4, "ZIP archive"},
      {"\x7F"
       "ELF",
       4, "ELF executable"},
  };
  for (const Magic& m : kMagic) {
    if (b.size() >= m.len && b.compare(0, m.len, m.bytes, m.len) == 0) {
      return std::string("binary file (") + m.name + ")";
    }
  }
  const size_t n = std::min<size_t>(b.size(), 64 * 1024);
  // A NUL near the start, or NULs throughout, mean binary data; a stray
  // NUL deep in a page (a CMS glitch) does not: the HTML parser drops it,
  // as browsers do, and MakeDocument warns.
  if (const void* nul = std::memchr(b.data(), 0, n); nul != nullptr) {
    const size_t at = static_cast<const char*>(nul) - b.data();
    const size_t nuls = static_cast<size_t>(std::count(b.data(), b.data() + n, '\0'));
    if (at < kNulFreeHead || nuls * kBytesPerStrayNul > n) {
      return "binary file (NUL byte at offset " + std::to_string(at) + ")";
    }
  }
  // Branch-free (& not &&) so that the compiler vectorises it: this runs on
  // every page.
  uint32_t control = 0;
  for (size_t i = 0; i < n; ++i) {
    const unsigned char c = static_cast<unsigned char>(b[i]);
    control += static_cast<uint32_t>((c < 0x20) & (c != '\n') & (c != '\r') &
                                     (c != '\t') & (c != '\f'));
  }
  if (n > 0 && control * 10 > n) {
    return "binary file (" + std::to_string(control) + " control bytes in the first " +
           std::to_string(n) + ")";
  }
  return "";
}

InputFormat FormatFromPath(const std::string& path) {
  std::string p = path;
  if (p.size() > 3 && p.compare(p.size() - 3, 3, ".gz") == 0) p.resize(p.size() - 3);
  const std::string ext = fs::path(p).extension().string();
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return InputFormat::kHtml;
  if (ext == ".txt" || ext == ".text") return InputFormat::kText;
  return InputFormat::kAuto;
}

}  // namespace

StatusOr<std::string> Gunzip(std::string_view in, uint64_t limit) {
  z_stream zs{};
  if (inflateInit2(&zs, 15 + 32) != Z_OK) return InternalError("zlib init failed");
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  std::string out;
  // gzip stores the uncompressed size (mod 2^32) in its last 4 bytes: a
  // hint for one allocation, capped by the limit.
  if (in.size() >= 4) {
    const auto* t = reinterpret_cast<const unsigned char*>(in.data() + in.size() - 4);
    const uint64_t hint =
        t[0] | (t[1] << 8) | (t[2] << 16) | (static_cast<uint64_t>(t[3]) << 24);
    out.reserve(static_cast<size_t>(std::min<uint64_t>(hint, limit)));
  }
  char buf[1 << 16];
  int ret = Z_OK;
  while (ret != Z_STREAM_END) {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof(buf);
    ret = inflate(&zs, Z_NO_FLUSH);
    if (ret != Z_OK && ret != Z_STREAM_END) {
      const std::string msg = zs.msg != nullptr ? zs.msg : "truncated stream";
      inflateEnd(&zs);
      return DataLossError("corrupt gzip data at compressed byte " +
                           std::to_string(zs.total_in) + ": " + msg);
    }
    out.append(buf, sizeof(buf) - zs.avail_out);
    if (out.size() > limit) {
      inflateEnd(&zs);
      return ResourceExhaustedError("gunzipped size exceeds the limit of " +
                                    std::to_string(limit) + " bytes");
    }
    if (ret == Z_OK && zs.avail_in == 0 && zs.avail_out != 0) {
      inflateEnd(&zs);
      return DataLossError("truncated gzip data");
    }
  }
  inflateEnd(&zs);
  return out;
}

std::vector<InputRef> ListInputs(const std::vector<std::string>& paths) {
  std::vector<InputRef> out;
  for (const std::string& p : paths) {
    if (p == "-") {
      out.push_back({p, Status()});
      continue;
    }
    std::error_code ec;
    const fs::file_status st = fs::status(p, ec);
    if (ec || !fs::exists(st)) {
      out.push_back({p, NotFoundError(p + ": no such file or directory")});
      continue;
    }
    if (!fs::is_directory(st)) {
      out.push_back({p, Status()});
      continue;
    }
    std::vector<std::string> files;
    fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied,
                                        ec);
    if (ec) {
      out.push_back({p, IoError(p + ": cannot list directory: " + ec.message())});
      continue;
    }
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) break;
      const std::string name = it->path().filename().string();
      if (!name.empty() && name[0] == '.') {
        if (it->is_directory()) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file()) files.push_back(it->path().string());
    }
    std::sort(files.begin(), files.end());
    for (std::string& f : files) out.push_back({std::move(f), Status()});
  }
  return out;
}

StatusOr<RawDocument> MakeDocument(std::string path, std::string bytes,
                                   const IngestOptions& options) {
  if (IsGzip(bytes)) {
    auto unzipped = Gunzip(bytes, options.max_document_bytes);
    if (!unzipped.ok()) return unzipped.status().WithPrefix(path);
    bytes = std::move(unzipped).value();
  }
  if (bytes.size() > options.max_document_bytes) {
    return ResourceExhaustedError(
        path + ": " + std::to_string(bytes.size()) + " bytes, over the limit of " +
        std::to_string(options.max_document_bytes) + " (--max-bytes)");
  }
  if (bytes.find_first_not_of(" \t\r\n\f\v") == std::string::npos) {
    return InvalidArgumentError(path + ": empty file");
  }
  size_t bom_length = 0;
  const bool utf16 = BomCharset(bytes, &bom_length).substr(0, 6) == "UTF-16";
  if (std::string why = utf16 ? "" : BinaryReason(bytes); !why.empty()) {
    return InvalidArgumentError(path + ": " + why + ", not a text or HTML document");
  }
  RawDocument doc;
  const size_t nul = utf16 ? std::string::npos : bytes.find('\0');
  if (nul != std::string::npos) {
    doc.warnings.push_back(std::to_string(std::count(bytes.begin(), bytes.end(), '\0')) +
                           " stray NUL byte(s), the first at byte " + std::to_string(nul) +
                           ": read as spaces");
  }
  doc.id = ContentId(bytes);
  doc.format =
      options.format != InputFormat::kAuto ? options.format : FormatFromPath(path);
  const bool html = doc.format == InputFormat::kHtml ||
                    (doc.format == InputFormat::kAuto && LooksLikeHtml(bytes));
  const CharsetDecision charset = DecideCharset(bytes, html);
  if (!charset.unknown_label.empty()) {
    doc.warnings.push_back("unknown charset \"" + charset.unknown_label + "\" declared");
  }
  if (charset.source == "utf-8") {  // already validated: copy as is
    doc.utf8 = bytes;
    doc.utf8_to_raw = OffsetMap::Identity(static_cast<uint32_t>(bytes.size()));
  } else if (charset.source == "repair") {
    Utf8Repair repair = RepairUtf8(bytes);
    if (repair.invalid_sequences > 0) {
      doc.warnings.push_back("repaired " + std::to_string(repair.invalid_sequences) +
                             " invalid UTF-8 sequence(s), the first at byte " +
                             std::to_string(repair.first_invalid));
    }
    doc.utf8 = std::move(repair.text);
    doc.utf8_to_raw = std::move(repair.to_input);
  } else {
    auto decoded = DecodeToUtf8(bytes, charset.charset, charset.bom_length);
    if (!decoded.ok()) return decoded.status().WithPrefix(path);
    if (charset.source == "detected") {
      doc.warnings.push_back("invalid UTF-8: decoded as " + charset.charset +
                             " (detected, confidence " +
                             std::to_string(charset.confidence) + ")");
    }
    if (decoded->replaced > 0) {
      doc.warnings.push_back(std::to_string(decoded->replaced) +
                             " character(s) invalid in " + charset.charset +
                             " replaced, the first at byte " +
                             std::to_string(decoded->first_replaced));
    }
    doc.utf8 = std::move(decoded->utf8);
    doc.utf8_to_raw = std::move(decoded->to_input);
  }
  if (nul != std::string::npos) {
    // A space for each NUL: same length, so the offset maps still hold.
    std::replace(doc.utf8.begin(), doc.utf8.end(), '\0', ' ');
  }
  doc.path = std::move(path);
  doc.raw = std::move(bytes);
  return doc;
}

StatusOr<RawDocument> ReadInput(const InputRef& input, const IngestOptions& options) {
  if (!input.error.ok()) return input.error;
  std::string bytes;
  if (input.path == "-") {
    bytes.assign(std::istreambuf_iterator<char>(std::cin),
                 std::istreambuf_iterator<char>());
  } else {
    std::error_code ec;
    const uint64_t size = fs::file_size(input.path, ec);
    if (ec) return IoError(input.path + ": " + ec.message());
    // A gzip file may grow 1000x; the real check follows the gunzip.
    if (size > options.max_document_bytes) {
      return ResourceExhaustedError(
          input.path + ": " + std::to_string(size) + " bytes, over the limit of " +
          std::to_string(options.max_document_bytes) + " (--max-bytes)");
    }
    std::ifstream in(input.path, std::ios::binary);
    if (!in) return IoError(input.path + ": cannot open");
    bytes.resize(size);
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    bytes.resize(static_cast<size_t>(in.gcount()));
    if (in.bad()) return IoError(input.path + ": read error");
  }
  return MakeDocument(input.path, std::move(bytes), options);
}

}  // namespace chronicle
