#include "extract/internal/text_builder.h"

namespace chronicle::extract_internal {

void Paragraph::AppendCopy(std::string_view bytes, uint32_t src) {
  if (bytes.empty()) return;
  text.append(bytes);
  const auto n = static_cast<uint32_t>(bytes.size());
  if (!pieces.empty()) {
    MapPiece& last = pieces.back();
    if (last.copy && last.src + last.src_len == src) {
      last.src_len += n;
      last.dst_len += n;
      return;
    }
  }
  pieces.push_back({src, n, n, true});
}

void Paragraph::AppendReplaced(std::string_view bytes, uint32_t src, uint32_t src_len) {
  if (bytes.empty()) return;
  text.append(bytes);
  pieces.push_back({src, src_len, static_cast<uint32_t>(bytes.size()), false});
}

uint32_t Paragraph::SourceBegin() const {
  return pieces.empty() ? UINT32_MAX : pieces.front().src;
}

bool ArticleTextBuilder::Add(const Paragraph& p) {
  if (p.empty() || !seen_.insert(p.text).second) return false;
  Append(p);
  return true;
}

bool ArticleTextBuilder::AddRepeat(const Paragraph& p) {
  if (p.empty()) return false;
  seen_.insert(p.text);
  Append(p);
  return true;
}

void ArticleTextBuilder::Append(const Paragraph& p) {
  if (!article_->text.empty()) {
    article_->text.append("\n\n");
    article_->text_to_input.AddInserted(2);
  }
  article_->text.append(p.text);
  for (const MapPiece& piece : p.pieces) {
    if (piece.copy) {
      article_->text_to_input.AddCopy(piece.src, piece.dst_len);
    } else {
      article_->text_to_input.AddReplaced(piece.src, piece.src_len, piece.dst_len);
    }
  }
}

}  // namespace chronicle::extract_internal
