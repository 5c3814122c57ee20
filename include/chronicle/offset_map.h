// chronicle/offset_map.h: where the bytes of a derived text came from.
//
// Each stage that rewrites text (UTF-8 repair, HTML extraction, boilerplate
// removal, Unicode normalisation) records, piece by piece, how its output
// bytes relate to its input bytes. A span found in the output can then be
// cited in the input, and by chaining maps, in the original file:
//
//   OffsetMap map;
//   map.AddCopy(/*src=*/10, /*len=*/5);   // out[0,5)  == in[10,15)
//   map.AddInserted(2);                   // out[5,7)  is new ("\n\n")
//   map.AddReplaced(/*src=*/20, 5, 1);    // out[7,8)  stands for in[20,25)
//   Span s = map.ToSource({0, 8});        // {10, 25}
//
// Pieces must be added in output order, source offsets nondecreasing.
// Thread safety: const methods may be called concurrently.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace chronicle {

// A half-open byte range [begin, end).
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  friend bool operator==(const Span&, const Span&) = default;
};

class OffsetMap {
 public:
  // A map for a text that equals its source byte for byte.
  static OffsetMap Identity(uint32_t size);

  // The next `len` output bytes equal source bytes [src, src + len).
  void AddCopy(uint32_t src, uint32_t len);
  // The next `dst_len` output bytes replace source bytes [src, src+src_len).
  void AddReplaced(uint32_t src, uint32_t src_len, uint32_t dst_len);
  // The next `dst_len` output bytes have no source (separators).
  void AddInserted(uint32_t dst_len);

  // Output size covered so far.
  uint32_t size() const { return dst_size_; }

  // The source span the output span `dst` was made from. Inserted bytes at
  // the edges are trimmed away; a span made only of inserted bytes maps to
  // an empty span at the following source position.
  Span ToSource(Span dst) const;

 private:
  struct Piece {
    uint32_t dst;      // output offset of the piece
    uint32_t src;      // source offset
    uint32_t dst_len;
    uint32_t src_len;  // 0 for inserted pieces
    bool copy;         // byte-for-byte copy (dst_len == src_len)
  };
  // Index of the piece holding output byte `pos` (pos < size()).
  size_t PieceAt(uint32_t pos) const;
  uint32_t SourceStart(uint32_t pos) const;  // for a span beginning at pos
  uint32_t SourceEnd(uint32_t pos) const;    // for a span ending at pos

  std::vector<Piece> pieces_;
  uint32_t dst_size_ = 0;
  uint32_t src_cursor_ = 0;  // source offset after the last real piece
};

}  // namespace chronicle
