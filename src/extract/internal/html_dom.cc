#include "extract/internal/html_dom.h"

#include <algorithm>
#include <memory>
#include <string>
#include <utility>

#include "base/utf8.h"

namespace chronicle::extract_internal {

std::string_view Dom::Text(int i) const {
  const DomNode& n = node(i);
  return std::string_view(pool_).substr(n.text_begin, n.text_end - n.text_begin);
}

std::string_view Dom::AttrName(uint32_t k) const {
  const Attribute& a = attributes_[k];
  return std::string_view(pool_).substr(a.name_begin, a.name_end - a.name_begin);
}

std::string_view Dom::AttrValue(uint32_t k) const {
  const Attribute& a = attributes_[k];
  return std::string_view(pool_).substr(a.value_begin, a.value_end - a.value_begin);
}

std::string_view Dom::Attr(int i, std::string_view name) const {
  const DomNode& n = node(i);
  for (uint32_t k = n.attr_begin; k < n.attr_end; ++k) {
    if (AttrName(k) == name) return AttrValue(k);
  }
  return {};
}

bool Dom::HasAttr(int i, std::string_view name) const {
  const DomNode& n = node(i);
  for (uint32_t k = n.attr_begin; k < n.attr_end; ++k) {
    if (AttrName(k) == name) return true;
  }
  return false;
}

void Dom::Reserve(size_t nodes, size_t attributes, size_t pool_bytes) {
  nodes_.reserve(nodes);
  last_child_.reserve(nodes);
  attributes_.reserve(attributes);
  pool_.reserve(pool_bytes);
}

int Dom::Append(int parent, DomNode n) {
  const int index = static_cast<int>(nodes_.size());
  n.parent = parent;
  nodes_.push_back(n);
  last_child_.push_back(-1);
  if (parent >= 0) {
    int32_t& last = last_child_[static_cast<size_t>(parent)];
    if (last < 0) {
      nodes_[static_cast<size_t>(parent)].first_child = index;
    } else {
      nodes_[static_cast<size_t>(last)].next_sibling = index;
    }
    last = index;
  }
  return index;
}

int Dom::AddElement(int parent, GumboTag tag, uint32_t src_begin, uint32_t src_end) {
  DomNode n;
  n.kind = DomKind::kElement;
  n.tag = tag;
  n.src_begin = src_begin;
  n.src_end = src_end;
  n.attr_begin = n.attr_end = static_cast<uint32_t>(attributes_.size());
  return Append(parent, n);
}

void Dom::AddAttribute(int element, std::string_view name, std::string_view value) {
  Attribute a;
  a.name_begin = static_cast<uint32_t>(pool_.size());
  for (char c : name)
    pool_.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
  a.name_end = static_cast<uint32_t>(pool_.size());
  a.value_begin = a.name_end;
  pool_.append(value);
  a.value_end = static_cast<uint32_t>(pool_.size());
  attributes_.push_back(a);
  nodes_[static_cast<size_t>(element)].attr_end =
      static_cast<uint32_t>(attributes_.size());
}

void Dom::MergeAttribute(int element, std::string_view name, std::string_view value) {
  std::string lower(name);
  for (char& c : lower) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  if (HasAttr(element, lower)) return;
  DomNode& n = nodes_[static_cast<size_t>(element)];
  if (n.attr_end != attributes_.size()) {  // not the last list: move it to the end
    const uint32_t begin = static_cast<uint32_t>(attributes_.size());
    for (uint32_t k = n.attr_begin; k < n.attr_end; ++k)
      attributes_.push_back(attributes_[k]);
    n.attr_begin = begin;
    n.attr_end = static_cast<uint32_t>(attributes_.size());
  }
  AddAttribute(element, lower, value);
}

int Dom::AddText(int parent, std::string_view decoded, uint32_t src_begin,
                 uint32_t src_end) {
  DomNode n;
  n.kind = DomKind::kText;
  n.text_begin = static_cast<uint32_t>(pool_.size());
  pool_.append(decoded);
  n.text_end = static_cast<uint32_t>(pool_.size());
  n.src_begin = src_begin;
  n.src_end = src_end;
  return Append(parent, n);
}

bool Dom::Reparent(int node, int new_parent) {
  if (last_child_.size() != nodes_.size() || node <= 0 || node >= size() ||
      new_parent < 0) {
    return false;
  }
  const int parent = nodes_[static_cast<size_t>(node)].parent;
  if (parent < 0 || parent == new_parent ||
      last_child_[static_cast<size_t>(parent)] != node) {
    return false;
  }
  int up = parent;
  while (up >= 0 && up != new_parent) up = nodes_[static_cast<size_t>(up)].parent;
  if (up != new_parent) return false;
  // Unlink from the old parent (node is its last child).
  DomNode& old_parent = nodes_[static_cast<size_t>(parent)];
  int prev = -1;
  for (int c = old_parent.first_child; c != node;
       c = nodes_[static_cast<size_t>(c)].next_sibling) {
    prev = c;
  }
  if (prev < 0) {
    old_parent.first_child = -1;
  } else {
    nodes_[static_cast<size_t>(prev)].next_sibling = -1;
  }
  last_child_[static_cast<size_t>(parent)] = prev;
  // Link as the new parent's last child.
  int32_t& last = last_child_[static_cast<size_t>(new_parent)];
  if (last < 0) {
    nodes_[static_cast<size_t>(new_parent)].first_child = node;
  } else {
    nodes_[static_cast<size_t>(last)].next_sibling = node;
  }
  last = node;
  nodes_[static_cast<size_t>(node)].parent = new_parent;
  nodes_[static_cast<size_t>(node)].next_sibling = -1;
  return true;
}

void Dom::Finish() {
  // Pre-order: a node's subtree ends where the next node whose parent is
  // not inside the subtree begins. Walk backwards, so children are done.
  const int n = size();
  for (int i = n - 1; i >= 0; --i) {
    DomNode& d = nodes_[static_cast<size_t>(i)];
    d.end = i + 1;
    for (int c = d.first_child; c >= 0; c = node(c).next_sibling) {
      d.end = std::max(d.end, node(c).end);
    }
  }
  std::vector<int32_t>().swap(last_child_);
}

namespace {

// gumbo 0.10.1 writes an overflowing numeric reference such as
// "&#x2F600aaaaaaaaaaaa;" as invalid UTF-8 (found by fuzz_extract_html);
// such strings are repaired, the rest pass through untouched.
std::string ValidUtf8(const char* s) {
  const std::string_view v(s);
  return IsValidUtf8(v) ? std::string(v) : RepairUtf8(v).text;
}

}  // namespace

Dom ParseHtmlWithGumbo(std::string_view html) {
  Dom dom;
  std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> out(
      gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()),
      [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
  // Explicit stack of (gumbo node, parent index): depth costs no C++ stack.
  std::vector<std::pair<const GumboNode*, int>> stack = {{out->root, -1}};
  while (!stack.empty()) {
    auto [g, parent] = stack.back();
    stack.pop_back();
    if (g->type == GUMBO_NODE_ELEMENT || g->type == GUMBO_NODE_TEMPLATE) {
      const GumboElement& e = g->v.element;
      const uint32_t begin = static_cast<uint32_t>(e.start_pos.offset);
      const uint32_t end = begin + static_cast<uint32_t>(e.original_tag.length);
      const int index = dom.AddElement(parent, e.tag, begin, end);
      for (unsigned k = 0; k < e.attributes.length; ++k) {
        const auto* a = static_cast<const GumboAttribute*>(e.attributes.data[k]);
        dom.AddAttribute(index, a->name, ValidUtf8(a->value));
      }
      for (unsigned k = e.children.length; k-- > 0;) {
        stack.emplace_back(static_cast<const GumboNode*>(e.children.data[k]), index);
      }
    } else if (g->type == GUMBO_NODE_TEXT || g->type == GUMBO_NODE_WHITESPACE ||
               g->type == GUMBO_NODE_CDATA) {
      const GumboText& t = g->v.text;
      const uint32_t begin = static_cast<uint32_t>(t.start_pos.offset);
      dom.AddText(parent, ValidUtf8(t.text), begin,
                  begin + static_cast<uint32_t>(t.original_text.length));
    }
  }
  if (dom.size() == 0) dom.AddElement(-1, GUMBO_TAG_HTML, 0, 0);
  dom.Finish();
  return dom;
}

}  // namespace chronicle::extract_internal
