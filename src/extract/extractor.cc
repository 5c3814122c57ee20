// Format sniffing and dispatch. The decision uses only the path suffix and
// the first kilobyte, so it is cheap and stable for a given document.
#include "extract/extractor.h"

#include <string>
#include <string_view>

#include "extract/html_extractor.h"
#include "extract/text_extractor.h"

namespace chronicle {
namespace {

constexpr size_t kSniffBytes = 1024;

bool EndsWithIgnoreCase(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  s = s.substr(s.size() - suffix.size());
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != suffix[i]) return false;
  }
  return true;
}

bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && EndsWithIgnoreCase(s.substr(0, prefix.size()), prefix);
}

bool IsBlank(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') continue;
    if (s.substr(i, 3) == "\xef\xbb\xbf") {  // BOM
      i += 2;
      continue;
    }
    if (s.substr(i, 2) == "\xc2\xa0") {  // NBSP
      ++i;
      continue;
    }
    return false;
  }
  return true;
}

}  // namespace

InputFormat SniffFormat(const RawDocument& doc) {
  std::string_view path = doc.path;
  if (EndsWithIgnoreCase(path, ".gz")) path.remove_suffix(3);
  for (std::string_view ext : {".html", ".htm", ".xhtml", ".shtml"}) {
    if (EndsWithIgnoreCase(path, ext)) return InputFormat::kHtml;
  }
  std::string_view head = std::string_view(doc.utf8).substr(0, kSniffBytes);
  if (head.substr(0, 3) == "\xef\xbb\xbf") head.remove_prefix(3);
  while (!head.empty() && (head[0] == ' ' || head[0] == '\t' || head[0] == '\n' ||
                           head[0] == '\r' || head[0] == '\f')) {
    head.remove_prefix(1);
  }
  if (StartsWithIgnoreCase(head, "<?xml")) {
    const size_t gt = head.find('>');
    head = gt == std::string_view::npos ? std::string_view() : head.substr(gt + 1);
    while (!head.empty() && (head[0] == ' ' || head[0] == '\n' || head[0] == '\r')) {
      head.remove_prefix(1);
    }
  }
  for (std::string_view tag : {"<!doctype html", "<html", "<head", "<body", "<p>", "<div",
                               "<!--", "<meta", "<title"}) {
    if (StartsWithIgnoreCase(head, tag)) return InputFormat::kHtml;
  }
  if (EndsWithIgnoreCase(path, ".txt") || head.find('<') == std::string_view::npos) {
    return InputFormat::kText;
  }
  return InputFormat::kAuto;  // unsure: markup-like bytes further in
}

namespace extract_internal {
StatusOr<Article> NoText(Article article, const ExtractOptions& options, std::string reason) {
  if (!options.allow_no_text) return InvalidArgumentError(reason);
  article.text.clear();
  article.text_to_input = OffsetMap();
  article.no_text = std::move(reason);
  return article;
}
}  // namespace extract_internal

StatusOr<Article> ExtractArticle(const RawDocument& doc, const ExtractOptions& options) {
  if (IsBlank(doc.utf8)) return InvalidArgumentError("empty document");
  InputFormat format = doc.format;
  if (format == InputFormat::kAuto) format = SniffFormat(doc);
  if (format == InputFormat::kAuto) format = options.default_format;
  if (format == InputFormat::kHtml) return extract_internal::ExtractHtml(doc, options);
  return extract_internal::ExtractText(doc, options);
}

}  // namespace chronicle
