// tests/unit/store/store_test_util.h: documents and temp files for the
// store tests.
#pragma once

#include <sqlite3.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <string>

#include "chronicle/store.h"

namespace chronicle::store_test {

// An event in sentence `sentence` of document `doc_id`, with every field set
// to something distinctive.
inline Event MakeEvent(const std::string& doc_id, const std::string& id, int sentence,
                       const std::string& source, const std::string& cameo,
                       const std::string& target, const std::string& date) {
  Event e;
  e.id = id;
  e.doc_id = doc_id;
  e.sentence_index = sentence;
  e.sentence = "Sentence " + std::to_string(sentence) + " of " + doc_id + ".";
  e.sentence_span = {static_cast<uint32_t>(100 * sentence),
                     static_cast<uint32_t>(100 * sentence + 40)};
  e.date = date;
  e.source = {source, "src \"" + source + "\"", {1, 5}};
  e.target = {target, target.empty() ? "" : "tgt " + target, {7, 11}};
  e.cameo = cameo;
  e.root = cameo.substr(0, 2);
  e.quad_class = 2;
  e.goldstein = -3.25;
  e.plover = "CONSULT";
  e.verb = {"", "met with", {20, 28}};
  e.pattern = "data/verbs/04.txt:12: - * met with +";
  e.version = "0.1.0";
  e.dict_hash = "0123456789abcdef";
  return e;
}

// A document with `sentences` sentences and no events.
inline DocumentResult MakeDoc(const std::string& id, int sentences = 3,
                              const std::string& date = "2024-03-01") {
  DocumentResult r;
  r.raw.id = id;
  r.raw.path = "/corpus/" + id + ".html";
  r.raw.format = InputFormat::kAuto;
  r.raw.raw = "<html>raw bytes of " + id + "</html>";
  r.raw.warnings = {"repaired 1 invalid UTF-8 sequence", "quote \" and\nnewline"};
  r.article.title = "Title of " + id;
  r.article.date = date;
  r.article.author = "A. Writer";
  r.article.sitename = "Example News";
  r.article.language = "en";
  r.article.url = "https://example.com/" + id;
  r.article.format = InputFormat::kHtml;
  for (int i = 0; i < sentences; ++i) {
    SentenceRecord s;
    s.index = i;
    s.text = "Sentence " + std::to_string(i) + " of " + id + ".";
    s.span = {static_cast<uint32_t>(100 * i), static_cast<uint32_t>(100 * i + 40)};
    r.clean_text += s.text + " ";
    r.sentences.push_back(s);
  }
  return r;
}

// A unique path in the temp directory; the file and its -wal/-shm
// companions are removed on destruction.
class TempPath {
 public:
  explicit TempPath(const std::string& tag) {
    static std::atomic<int> counter{0};
    path_ = (std::filesystem::temp_directory_path() /
             ("chronicle_store_" + tag + "_" + std::to_string(getpid()) + "_" +
              std::to_string(counter++) + ".db"))
                .string();
    Remove();
  }
  ~TempPath() { Remove(); }
  TempPath(const TempPath&) = delete;
  TempPath& operator=(const TempPath&) = delete;
  const std::string& path() const { return path_; }

 private:
  void Remove() {
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
      std::filesystem::remove(path_ + suffix, ec);
    }
  }
  std::string path_;
};

// Runs `sql` on the file with a plain SQLite connection; returns the first
// column of the first row as text ("" if none), or "ERROR: ..." on failure.
inline std::string RawSql(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  std::string out;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                      nullptr) != SQLITE_OK) {
    out = std::string("ERROR: ") + sqlite3_errmsg(db);
    sqlite3_close(db);
    return out;
  }
  char* err = nullptr;
  auto first = [](void* arg, int n, char** values, char**) {
    auto* s = static_cast<std::string*>(arg);
    if (s->empty() && n > 0 && values[0] != nullptr) *s = values[0];
    return 0;
  };
  if (sqlite3_exec(db, sql.c_str(), first, &out, &err) != SQLITE_OK) {
    out = std::string("ERROR: ") + (err != nullptr ? err : "?");
    sqlite3_free(err);
  }
  sqlite3_close(db);
  return out;
}

}  // namespace chronicle::store_test
