// OffsetMap keeps a sorted vector of pieces, one per run of output bytes with
// a single relation to the source (copied, replaced, inserted). Adjacent
// copies are merged, so an unchanged text is one piece. Lookups are binary
// searches over the pieces' output offsets.
#include "chronicle/offset_map.h"

#include <algorithm>

namespace chronicle {

OffsetMap OffsetMap::Identity(uint32_t size) {
  OffsetMap map;
  map.AddCopy(0, size);
  return map;
}

void OffsetMap::AddCopy(uint32_t src, uint32_t len) {
  if (len == 0) return;
  if (!pieces_.empty()) {
    Piece& last = pieces_.back();
    if (last.copy && last.src + last.src_len == src &&
        last.dst + last.dst_len == dst_size_) {
      last.dst_len += len;
      last.src_len += len;
      dst_size_ += len;
      src_cursor_ = src + len;
      return;
    }
  }
  pieces_.push_back({dst_size_, src, len, len, true});
  dst_size_ += len;
  src_cursor_ = src + len;
}

void OffsetMap::AddReplaced(uint32_t src, uint32_t src_len, uint32_t dst_len) {
  if (dst_len == 0) return;
  pieces_.push_back({dst_size_, src, dst_len, src_len, false});
  dst_size_ += dst_len;
  src_cursor_ = src + src_len;
}

void OffsetMap::AddInserted(uint32_t dst_len) {
  if (dst_len == 0) return;
  pieces_.push_back({dst_size_, src_cursor_, dst_len, 0, false});
  dst_size_ += dst_len;
}

size_t OffsetMap::PieceAt(uint32_t pos) const {
  auto it = std::upper_bound(
      pieces_.begin(), pieces_.end(), pos,
      [](uint32_t p, const Piece& piece) { return p < piece.dst; });
  return static_cast<size_t>(it - pieces_.begin()) - 1;
}

uint32_t OffsetMap::SourceStart(uint32_t pos) const {
  if (pos >= dst_size_) return src_cursor_;
  for (size_t i = PieceAt(pos); i < pieces_.size(); ++i) {
    const Piece& p = pieces_[i];
    if (p.copy) return p.src + (i == PieceAt(pos) ? pos - p.dst : 0);
    if (p.src_len > 0) return p.src;
  }
  return src_cursor_;
}

uint32_t OffsetMap::SourceEnd(uint32_t pos) const {
  if (pos == 0 || pieces_.empty()) return 0;
  const size_t first = PieceAt(std::min(pos, dst_size_) - 1);
  for (size_t i = first + 1; i-- > 0;) {
    const Piece& p = pieces_[i];
    if (p.copy) {
      return i == first ? p.src + (std::min(pos, dst_size_) - p.dst)
                        : p.src + p.src_len;
    }
    if (p.src_len > 0) return p.src + p.src_len;
  }
  return 0;
}

Span OffsetMap::ToSource(Span dst) const {
  const uint32_t begin = SourceStart(dst.begin);
  if (dst.empty()) return {begin, begin};
  const uint32_t end = SourceEnd(dst.end);
  if (end < begin) return {begin, begin};
  return {begin, end};
}

}  // namespace chronicle
