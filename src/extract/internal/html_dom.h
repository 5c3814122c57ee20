// extract/internal/html_dom.h: a compact, read-only HTML document tree.
//
// The extractor reads pages through this tree, not through a parser's own
// structures, so the parser behind it can be swapped (gumbo, the reference
// HTML5 tree builder, or our own tokenizer; see html_parser.h) and the two
// can be compared node for node.
//
// Nodes live in one vector in document (pre-)order: node 0 is the root
// element (<html>), a node's descendants are exactly the nodes in
// [i + 1, end), so subtree membership is an interval test. Strings (decoded
// text, attribute names and values) live in one pool.
//
//   Dom dom = ParseHtmlWithGumbo(html);
//   for (int c = dom.node(0).first_child; c >= 0; c = dom.node(c).next_sibling)
//     if (dom.node(c).tag == GUMBO_TAG_BODY) ...;
//   std::string_view cls = dom.Attr(i, "class");
//
// Building: AddElement/AddAttribute/AddText in document order (attributes
// right after their element; MergeAttribute and Reparent are the narrow
// exceptions a tree builder needs), then Finish(). Thread safety: a finished Dom
// is immutable and may be read from any thread.
#pragma once

#include <gumbo.h>  // GumboTag: the tag vocabulary (gumbo_tag_lookup)

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace chronicle::extract_internal {

enum class DomKind : uint8_t { kElement, kText };

struct DomNode {
  DomKind kind = DomKind::kElement;
  GumboTag tag = GUMBO_TAG_UNKNOWN;  // elements only
  int32_t parent = -1;
  int32_t first_child = -1;
  int32_t next_sibling = -1;
  int32_t end = 0;  // one past the last descendant
  // Elements: attributes [attr_begin, attr_end) of Dom::attribute().
  uint32_t attr_begin = 0, attr_end = 0;
  // Text: decoded UTF-8 at [text_begin, text_end) of the pool.
  uint32_t text_begin = 0, text_end = 0;
  // Source bytes: an element's start tag (empty if implied), a text node's
  // raw text, entities and all.
  uint32_t src_begin = 0, src_end = 0;
};

class Dom {
 public:
  int size() const { return static_cast<int>(nodes_.size()); }
  const DomNode& node(int i) const { return nodes_[static_cast<size_t>(i)]; }
  bool IsElement(int i) const { return node(i).kind == DomKind::kElement; }

  // Decoded text of a text node.
  std::string_view Text(int i) const;
  // The value of attribute `name` (lower case) of element i; empty if absent.
  std::string_view Attr(int i, std::string_view name) const;
  bool HasAttr(int i, std::string_view name) const;
  // Attribute k of the pool: name (lower case) and decoded value.
  std::string_view AttrName(uint32_t k) const;
  std::string_view AttrValue(uint32_t k) const;

  // Building. Optional: reserves room for `nodes` nodes, `attributes`
  // attributes and `pool_bytes` bytes of strings (parsers size it from the
  // input length to avoid regrowing).
  void Reserve(size_t nodes, size_t attributes, size_t pool_bytes);
  // Returns the new node's index. The first element added is the
  // root and has parent -1; every other node needs a parent already added.
  int AddElement(int parent, GumboTag tag, uint32_t src_begin, uint32_t src_end);
  void AddAttribute(int element, std::string_view name, std::string_view value);
  // Adds the attribute to any element added earlier, unless it already has
  // one of that name (HTML5 merges a late <html>/<body> tag's attributes).
  // The element's attribute list moves to the end of the pool if needed.
  void MergeAttribute(int element, std::string_view name, std::string_view value);
  int AddText(int parent, std::string_view decoded, uint32_t src_begin, uint32_t src_end);
  // Makes `node` the last child of `new_parent` (HTML5's adoption agency
  // moves a block out of a formatting element this way). Document order
  // is kept because `node` must be the last child of its parent and its
  // subtree the last nodes added; `new_parent` must be a proper ancestor
  // of its parent. Returns false, changing nothing, if that does not hold.
  bool Reparent(int node, int new_parent);
  // Computes `end` of every node. Call once, after the last Add.
  void Finish();

 private:
  struct Attribute {
    uint32_t name_begin, name_end, value_begin, value_end;
  };
  int Append(int parent, DomNode n);

  std::vector<DomNode> nodes_;
  std::vector<int32_t> last_child_;  // building only
  std::vector<Attribute> attributes_;
  std::string pool_;
};

// Parses `html` with gumbo and copies the tree. Comments and the doctype
// are dropped; <template> contents are kept as children. Offsets are byte
// offsets into `html`. Never fails: any input gives a tree with a root.
Dom ParseHtmlWithGumbo(std::string_view html);

}  // namespace chronicle::extract_internal
