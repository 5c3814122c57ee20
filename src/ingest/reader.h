// ingest/reader.h: turns files, directories and stdin into RawDocuments.
//
//   IngestOptions options;
//   for (const InputRef& in : ListInputs({"news/", "one.html.gz"})) {
//     StatusOr<RawDocument> doc = ReadInput(in, options);
//     if (!doc.ok()) { report(in.path, doc.status()); continue; }  // batch goes on
//   }
//
// Every document gets a stable id (16 hex digits of XXH3-64 of its bytes after
// gunzip). Invalid UTF-8 is repaired (U+FFFD) with a counted warning; binary
// files, empty files and files over the size budget are rejected with a
// message that names the path and the reason.
//
// Thread safety: reentrant.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "chronicle/document.h"
#include "chronicle/status.h"

namespace chronicle {

struct IngestOptions {
  // Documents larger than this (after gunzip) are rejected.
  uint64_t max_document_bytes = 32ull << 20;
  // Forced format; kAuto lets the extractor decide.
  InputFormat format = InputFormat::kAuto;
};

// One input to read: a file path, or "-" for stdin. `error` is set when the
// path could not be listed (missing, unreadable directory).
struct InputRef {
  std::string path;
  Status error;
};

// Expands `paths`: directories recursively (regular files only, sorted by
// path, hidden files skipped), "-" kept as stdin. Never fails as a whole.
std::vector<InputRef> ListInputs(const std::vector<std::string>& paths);

// Reads one input. Errors: NotFound/IoError (cannot read), ResourceExhausted
// (over budget), InvalidArgument (empty, binary), DataLoss (corrupt gzip).
// Each message starts with the path.
StatusOr<RawDocument> ReadInput(const InputRef& input, const IngestOptions& options);

// Inflates one gzip (or zlib) stream. DataLoss if corrupt or truncated,
// ResourceExhausted past `limit` output bytes.
StatusOr<std::string> Gunzip(std::string_view gz, uint64_t limit);

// Builds a document from bytes already in memory (gunzips if needed).
StatusOr<RawDocument> MakeDocument(std::string path, std::string bytes,
                                   const IngestOptions& options);

}  // namespace chronicle
