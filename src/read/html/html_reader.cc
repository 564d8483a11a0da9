// read_html: an HTML page in, its article as a Draft out.
//
// Design
//   1. Bytes. Over max_document_bytes -> TooLarge. A UTF-16 page (by its BOM) is decoded. A
//      declared charset that charset.h knows (windows-1252 / latin-1, iso-8859-15, -2,
//      windows-1250, -1251, koi8-r) is transcoded to UTF-8 (unless the bytes already are
//      valid UTF-8); other charsets are read as UTF-8 with a warning; invalid UTF-8 is
//      repaired (U+FFFD) with a warning. NUL-ridden binary is refused.
//   2. Scrub (html_scrub.h): one memchr-driven pass drops scripts, styles, SVG, comments,
//      media and form controls, collapses white space, caps the nesting depth at
//      opts.max_html_depth, reduces each start tag to <tag k=HINTS h=HREF>, and collects the
//      metadata. gumbo then parses a page about a third of the size, which is what makes
//      ~300+ pages/s possible (gumbo itself reads ~15 MB/s).
//   3. gumbo parses into an arena (freed in one go; no recursive destroy), and the tree is
//      flattened in pre-order into an array (explicit stack, no recursion anywhere), so that a
//      subtree is an index range and aggregates are one reverse sweep.
//   4. Body. Each block element (p, div, li, td, pre, ...) with its own inline text scores
//      1 + commas + min(3, length/100) and passes the score to its parent (full), grandparent
//      (1/2) and further ancestors (1/6, 1/9, 1/12). A candidate starts from its tag (div +5,
//      lists -3, headings -5) and class/id hints (content words +25, boilerplate -25,
//      comments -50, articleBody +50) and is scaled by 1 - its link density. Text inside
//      hard boilerplate (nav, aside, footer, comment/share/related/sidebar/... containers,
//      hidden elements) scores nothing. itemprop=articleBody, when it holds real text, wins
//      outright. Siblings of the winner join when they score at least a fifth of it, or are
//      long low-link paragraphs.
//   5. Emit. The chosen subtrees are walked in document order: boilerplate is pruned (the hard
//      rules above, plus link-dense lists/containers, bylines, dates, headers' bylines),
//      block elements break paragraphs, inline elements keep their text, <br><br> breaks a
//      paragraph and a single <br> is a space, table rows become one paragraph, links record
//      their anchors. h1-h6 become headings (not the title again), figcaption / caption
//      classes captions, pull-quote asides / blockquotes pull quotes.
//   6. Metadata: title from og:title / JSON-LD headline / twitter:title / <title> (site name
//      suffix stripped) / the first h1; byline from JSON-LD author / meta author / byline
//      elements; published (YYYY-MM-DD) from JSON-LD datePublished / article:published_time /
//      date metas / <time datetime>; url from the canonical link / og:url.
#include <gumbo.h>
#include <simdjson.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/utf8.h"
#include "factwire/reader.h"
#include "read/html/charset.h"
#include "read/html/html_scrub.h"

namespace factwire {
namespace {

using html::Scrubbed;

// ---- gumbo memory: one arena per page ----------------------------------------------------

// Blocks are kept between pages (per thread): fresh pages from the kernel cost more than
// gumbo's own work on a small page.
class Arena {
 public:
  ~Arena() { release(); }
  void* alloc(size_t n) {
    n = (n + 15) & ~size_t(15);
    while (n > left_) {
      if (next_ < blocks_.size() && blocks_[next_].second >= n) {
        cur_ = blocks_[next_].first;
        left_ = blocks_[next_].second;
        ++next_;
        break;
      }
      size_t size = std::max<size_t>(n, 1u << 20);
      char* b = static_cast<char*>(std::malloc(size));
      if (!b) return nullptr;
      blocks_.insert(blocks_.begin() + long(next_), {b, size});
      ++next_;
      held_ += size;
      cur_ = b;
      left_ = size;
      break;
    }
    void* p = cur_;
    cur_ += n;
    left_ -= n;
    return p;
  }
  // Forgets every allocation; keeps up to 64 MiB of blocks for the next page.
  void reset() {
    if (held_ > (64u << 20)) release();
    next_ = 0;
    cur_ = nullptr;
    left_ = 0;
  }

 private:
  void release() {
    for (auto& b : blocks_) std::free(b.first);
    blocks_.clear();
    held_ = 0;
  }
  std::vector<std::pair<char*, size_t>> blocks_;
  size_t next_ = 0, held_ = 0;
  char* cur_ = nullptr;
  size_t left_ = 0;
};

void* arena_alloc(void* userdata, size_t size) { return static_cast<Arena*>(userdata)->alloc(size); }
void arena_free(void*, void*) {}

// ---- tags ---------------------------------------------------------------------------------

enum TagClass : uint8_t { kInline = 0, kBlock = 1 };

bool is_block_tag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BODY: case GUMBO_TAG_CENTER: case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIR: case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_H1:
    case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR:
    case GUMBO_TAG_HTML: case GUMBO_TAG_LI: case GUMBO_TAG_MAIN: case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR: case GUMBO_TAG_TD:
    case GUMBO_TAG_TH: case GUMBO_TAG_UL: case GUMBO_TAG_CAPTION: case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_OPTION: case GUMBO_TAG_LISTING: case GUMBO_TAG_XMP: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_FRAMESET:
      return true;
    default:
      return false;
  }
}

bool is_heading(GumboTag t) { return t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6; }

// Elements that are boilerplate by their tag, wherever they are.
bool is_junk_tag(GumboTag t) {
  return t == GUMBO_TAG_NAV || t == GUMBO_TAG_FOOTER || t == GUMBO_TAG_BUTTON ||
         t == GUMBO_TAG_HEAD || t == GUMBO_TAG_TEXTAREA ||
         t == GUMBO_TAG_OPTION || t == GUMBO_TAG_LEGEND || t == GUMBO_TAG_LABEL ||
         t == GUMBO_TAG_MENU || t == GUMBO_TAG_FRAMESET;
}

// ---- the flattened tree -----------------------------------------------------------------

struct Node {
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  bool is_text = false;
  bool block = false;
  bool in_link = false;
  bool junk = false;         // self or an ancestor is hard boilerplate
  bool has_block_desc = false;
  bool content_desc = false;  // a descendant is an article/content container with text
  bool body_desc = false;     // ... an article element or an article-body container
  bool self_junk = false;     // boilerplate by its own tag or hints
  uint32_t bits = 0;
  int32_t parent = -1;
  uint32_t end = 0;          // one past the last descendant
  int32_t href = -1;
  int32_t blk = -1;          // nearest block ancestor-or-self
  std::string_view text;     // text nodes (decoded by gumbo)
  uint32_t pos = 0, pos_end = 0;  // offsets in the scrubbed HTML
  uint32_t tl = 0, ll = 0;   // non-space text bytes in the subtree, of which inside links
  uint32_t own_tl = 0, own_ll = 0, own_commas = 0;  // inline text owned by this block
  uint32_t raw_gt = 0;  // the same, boilerplate not yet known
  bool in_body = false;  // inside an articleBody / "article-body" container
  uint32_t gt = 0;  // "good" text below: unlinked text of prose-like, non-boilerplate blocks
  double score = 0;
  bool scored = false;
};

inline bool is_space_byte(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
}

bool hard_junk_bits(uint32_t bits) {
  using namespace html;
  if (bits & (kItemBody | kBody)) return false;
  if (bits & (kHidden | kComment | kRoleNeg | kNegStrong)) return true;
  return (bits & kNeg) && !(bits & (kPos | kRoleMain));
}

class Extractor {
 public:
  Extractor(const Scrubbed& s, GumboNode* root) : s_(s) { flatten(root); }

  const std::vector<Node>& nodes() const { return nodes_; }

  void analyse();
  int choose_root(std::vector<int>* roots);
  void add_lead(std::vector<int>* roots, const std::string& title) const;
  bool repeats_title(int i, const std::string& title_key) const;
  void emit(const std::vector<int>& roots, const std::string& title, Draft* d);
  std::string first_text_of(uint32_t want_bits, size_t max_len) const;
  std::string first_h1() const;

 private:
  void flatten(GumboNode* root);
  std::string subtree_text(int i, size_t max_len) const;
  bool prune(int i, int root) const;
  double init_score(int i) const;

  const Scrubbed& s_;
  std::vector<Node> nodes_;
};

void Extractor::flatten(GumboNode* root) {
  struct Item {
    GumboNode* node;
    int32_t parent;
  };
  std::vector<Item> stack;
  stack.push_back({root, -1});
  nodes_.reserve(4096);
  while (!stack.empty()) {
    Item it = stack.back();
    stack.pop_back();
    GumboNode* g = it.node;
    Node n;
    n.parent = it.parent;
    if (g->type == GUMBO_NODE_ELEMENT || g->type == GUMBO_NODE_TEMPLATE) {
      const GumboElement& e = g->v.element;
      n.tag = e.tag;
      n.block = is_block_tag(e.tag);
      n.pos = e.start_pos.offset;
      n.pos_end = e.end_pos.offset;
      for (unsigned a = 0; a < e.attributes.length; ++a) {
        auto* attr = static_cast<GumboAttribute*>(e.attributes.data[a]);
        if (attr->name[0] == 'k' && attr->name[1] == 0) n.bits = uint32_t(std::strtoul(attr->value, nullptr, 10));
        else if (attr->name[0] == 'h' && attr->name[1] == 0) {
          unsigned long v = std::strtoul(attr->value, nullptr, 10);
          if (v < s_.hrefs.size()) n.href = int32_t(v);
        }
      }
      int32_t id = int32_t(nodes_.size());
      nodes_.push_back(n);
      for (unsigned c = e.children.length; c-- > 0;)
        stack.push_back({static_cast<GumboNode*>(e.children.data[c]), id});
    } else if (g->type == GUMBO_NODE_TEXT || g->type == GUMBO_NODE_WHITESPACE ||
               g->type == GUMBO_NODE_CDATA) {
      n.is_text = true;
      n.text = g->v.text.text ? std::string_view(g->v.text.text) : std::string_view();
      n.pos = g->v.text.start_pos.offset;
      n.pos_end = n.pos + uint32_t(g->v.text.original_text.length);
      nodes_.push_back(n);
    } else if (g->type == GUMBO_NODE_DOCUMENT) {
      const GumboDocument& d = g->v.document;
      for (unsigned c = d.children.length; c-- > 0;)
        stack.push_back({static_cast<GumboNode*>(d.children.data[c]), it.parent});
    }
  }
}

void Extractor::analyse() {
  using namespace html;
  const size_t n = nodes_.size();
  // Forward: inherited link context, nearest block, own text of blocks.
  for (size_t i = 0; i < n; ++i) {
    Node& x = nodes_[i];
    const Node* p = x.parent >= 0 ? &nodes_[x.parent] : nullptr;
    x.end = uint32_t(i + 1);
    if (!x.is_text) {
      x.in_link = (x.tag == GUMBO_TAG_A) || (p && p->in_link);
      x.blk = x.block ? int32_t(i) : (p ? p->blk : -1);
      continue;
    }
    x.in_link = p && p->in_link;
    x.blk = p ? p->blk : -1;
    uint32_t len = 0, commas = 0;
    for (char c : x.text) {
      if (!is_space_byte(c)) ++len;
      if (c == ',') ++commas;
    }
    x.tl = len;
    if (x.in_link) x.ll = len;
    if (x.blk >= 0) {
      Node& b = nodes_[x.blk];
      b.own_tl += len;
      if (x.in_link) b.own_ll += len;
      b.own_commas += commas;
    }
  }
  // Reverse: subtree ranges, totals, and whether a content container lies below.
  for (size_t i = n; i-- > 0;) {
    Node& x = nodes_[i];
    if (x.parent < 0) continue;
    Node& p = nodes_[x.parent];
    p.end = std::max(p.end, x.end);
    p.tl += x.tl;
    p.ll += x.ll;
    if (x.block || x.has_block_desc) p.has_block_desc = true;
    bool content_self =
        !x.is_text && !(x.bits & (kComment | kHidden)) &&
        (x.tag == GUMBO_TAG_ARTICLE || x.tag == GUMBO_TAG_MAIN ||
         (x.bits & (kBody | kItemBody | kArticleType | kRoleMain)) ||
         ((x.bits & kPos) && !(x.bits & kNeg)));
    if ((content_self && x.tl >= 200) || x.content_desc) p.content_desc = true;
    bool body_self = !x.is_text && !(x.bits & (kComment | kHidden)) &&
                     (x.tag == GUMBO_TAG_ARTICLE || x.tag == GUMBO_TAG_MAIN ||
                      (x.bits & (kBody | kItemBody | kArticleType | kRoleMain)));
    if ((body_self && x.tl >= 200) || x.body_desc) p.body_desc = true;
    if (!x.is_text && x.block && x.own_tl >= 25 && x.own_ll * 2 < x.own_tl)
      x.raw_gt += x.own_tl - x.own_ll;
    p.raw_gt += x.raw_gt;
  }
  // Forward: inside a known article body?
  for (size_t i = 0; i < n; ++i) {
    Node& x = nodes_[i];
    const Node* p = x.parent >= 0 ? &nodes_[x.parent] : nullptr;
    x.in_body = (p && p->in_body) || (!x.is_text && (x.bits & (kBody | kItemBody)) && x.tl >= 200);
  }
  // Forward: boilerplate. A boilerplate class on an element that holds the article's own
  // container ("has-sidebar" layouts) is a layout name, not boilerplate.
  for (size_t i = 0; i < n; ++i) {
    Node& x = nodes_[i];
    const Node* p = x.parent >= 0 ? &nodes_[x.parent] : nullptr;
    if (x.is_text) {
      x.junk = p && p->junk;
      continue;
    }
    const bool in_body = x.in_body;
    bool self = is_junk_tag(x.tag) || (x.tag == GUMBO_TAG_ASIDE && !(x.bits & kPull));
    // Strong boilerplate words (related, share, references...) are excused only by an
    // article or article-body container below, not by a generic "content" class.
    bool holds_article = (x.bits & kNegStrong) ? x.body_desc : x.content_desc;
    if (hard_junk_bits(x.bits) && !(holds_article && !(x.bits & (kComment | kHidden)))) {
      // Inside a known article body, a boilerplate word ("widget", "extra") on a block of
      // prose is a framework name, not boilerplate.
      bool prose = in_body && !(x.bits & (kComment | kHidden | kRoleNeg)) && x.tl >= 200 &&
                   x.raw_gt * 10 >= x.tl * 6;
      if (!prose) self = true;
    }
    if (x.tag == GUMBO_TAG_BODY || x.tag == GUMBO_TAG_HTML || x.tag == GUMBO_TAG_MAIN ||
        (x.bits & kItemBody))
      self = false;
    x.self_junk = self;
    x.junk = self || (p && p->junk);
  }
  // Reverse: good text mass.
  for (size_t i = n; i-- > 0;) {
    Node& x = nodes_[i];
    if (!x.is_text && x.block && !x.junk && x.own_tl >= 25 && x.own_ll * 2 < x.own_tl)
      x.gt += x.own_tl - x.own_ll;
    if (x.parent >= 0) nodes_[x.parent].gt += x.gt;
  }
}

double Extractor::init_score(int i) const {
  using namespace html;
  const Node& x = nodes_[i];
  double s = 0;
  switch (x.tag) {
    case GUMBO_TAG_DIV: s = 5; break;
    case GUMBO_TAG_ARTICLE: s = 10; break;
    case GUMBO_TAG_MAIN: s = 5; break;
    case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE: s = 3; break;
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL:
    case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM: s = -3; break;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_TH: s = -5; break;
    default: break;
  }
  if (x.bits & kItemBody) s += 50;
  else if (x.bits & kBody) s += 35;
  else if (x.bits & kPos) s += 25;
  if (x.bits & kRoleMain) s += 10;
  if (x.bits & kArticleType) s += 10;
  if ((x.bits & kNeg) && !(x.bits & kPos)) s -= 25;
  if (x.bits & kComment) s -= 50;
  return s;
}

int Extractor::choose_root(std::vector<int>* roots) {
  using namespace html;
  roots->clear();
  const int n = int(nodes_.size());
  // itemprop=articleBody with real text wins outright.
  int best_item = -1;
  for (int i = 0; i < n; ++i) {
    const Node& x = nodes_[i];
    if (!x.is_text && (x.bits & kItemBody) && x.tl >= 200 &&
        (best_item < 0 || x.tl > nodes_[best_item].tl))
      best_item = i;
  }
  if (best_item >= 0) {
    // Every outermost articleBody element with text (some pages split the body in sections).
    for (int i = 0; i < n; ++i) {
      const Node& x = nodes_[i];
      if (x.is_text || !(x.bits & kItemBody) || x.tl < 25 || x.junk) continue;
      roots->push_back(i);
      i = int(x.end) - 1;
    }
    return best_item;
  }
  // Score ancestors of text blocks.
  for (int i = 0; i < n; ++i) {
    Node& b = nodes_[i];
    if (b.is_text || !b.block || b.junk || b.own_tl < 25) continue;
    if (b.tag == GUMBO_TAG_BODY || b.tag == GUMBO_TAG_HTML) continue;
    // Commas count prose; a comma-separated list of names should not outscore it.
    double commas = std::min<double>(b.own_commas, b.own_tl / 50.0);
    double c = 1.0 + commas + std::min(3.0, b.own_tl / 100.0);
    if (b.own_tl > 0 && double(b.own_ll) / b.own_tl > 0.5) c *= 0.2;
    int a = b.parent;
    for (int level = 0; a >= 0 && level < 5; ++level, a = nodes_[a].parent) {
      Node& anc = nodes_[a];
      if (anc.tag == GUMBO_TAG_HTML) break;
      if (!anc.scored) {
        anc.score = init_score(a);
        anc.scored = true;
      }
      double div = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
      anc.score += c / div;
    }
  }
  int top = -1;
  double top_score = -1e9;
  for (int i = 0; i < n; ++i) {
    Node& x = nodes_[i];
    if (!x.scored) continue;
    double ld = x.tl ? double(x.ll) / x.tl : 0;
    x.score *= (1.0 - ld);
    if (x.junk) x.score *= 0.1;
    if (x.score > top_score) {
      top_score = x.score;
      top = i;
    }
  }
  if (top < 0) {
    for (int i = 0; i < n; ++i)
      if (!nodes_[i].is_text && nodes_[i].tag == GUMBO_TAG_BODY) top = i;
    if (top < 0) top = 0;
    roots->push_back(top);
    return top;
  }
  // An ancestor that scores nearly as well holds the winner and more of the same article.
  {
    int best = top;
    int a = nodes_[top].parent;
    for (int level = 0; a >= 0 && level < 6; ++level, a = nodes_[a].parent) {
      const Node& x = nodes_[a];
      if (x.tag == GUMBO_TAG_BODY || x.tag == GUMBO_TAG_HTML) break;
      if (x.scored && !x.junk && x.score >= 0.75 * top_score) best = a;
    }
    top = best;
  }
  // A winner that holds under half of an ancestor's good text is one piece of an article
  // cut into many small blocks (live blogs, page builders): climb to the nearest ancestor
  // that holds most of it, when that ancestor is itself mostly prose.
  {
    int a = nodes_[top].parent;
    for (int level = 0; a >= 0 && level < 8; ++level, a = nodes_[a].parent) {
      const Node& x = nodes_[a];
      if (x.tag == GUMBO_TAG_BODY || x.tag == GUMBO_TAG_HTML || x.junk) break;
      if (nodes_[top].gt * 2 < x.gt) {
        if (x.gt * 2 >= x.tl) top = a;
        break;
      }
    }
  }
  if (!nodes_[top].scored) {
    nodes_[top].scored = true;
    nodes_[top].score = top_score;
  }
  top_score = std::max(top_score, nodes_[top].score);
  // Siblings that belong to the article too.
  int parent = nodes_[top].parent;
  if (parent < 0 || nodes_[top].tag == GUMBO_TAG_BODY) {
    roots->push_back(top);
    return top;
  }
  double threshold = std::max(10.0, top_score * 0.2);
  const Node& pn = nodes_[parent];
  for (int c = parent + 1; c < int(pn.end); c = int(nodes_[c].end)) {
    const Node& s = nodes_[c];
    if (c == top) {
      roots->push_back(c);
      continue;
    }
    if (s.is_text || s.junk || s.tl == 0) continue;
    double ld = s.tl ? double(s.ll) / s.tl : 0;
    bool take = false;
    if (s.scored && s.score >= threshold) take = true;
    else if (s.block && s.own_tl == s.tl) {
      if (s.tl > 80 && ld < 0.25) take = true;
    }
    if (take) roots->push_back(c);
  }
  return top;
}

std::string fold(std::string_view s);

// The block's text, or its unlinked part (the last crumb of a breadcrumb trail), repeats
// the headline.
bool Extractor::repeats_title(int i, const std::string& title_key) const {
  std::string all, unlinked;
  for (int c = i + 1; c < int(nodes_[i].end) && all.size() < 800; ++c) {
    const Node& x = nodes_[c];
    if (!x.is_text) continue;
    all.append(x.text);
    if (!x.in_link) unlinked.append(x.text);
  }
  std::string fa = fold(all), fu = fold(unlinked);
  return fa.find(title_key) != std::string::npos ||
         (fu.size() >= 20 && title_key.find(fu) != std::string::npos);
}

// The standfirst: sites often set the lead paragraph apart from the body (in the article
// header, under the headline, in an "intro" or "teaser" block). The nearest prose block
// before the first root joins the article when only a headline, byline, date or other short
// furniture stands between them, inside the same container below <body>.
void Extractor::add_lead(std::vector<int>* roots, const std::string& title) const {
  using namespace html;
  if (roots->empty()) return;
  const int first = (*roots)[0];
  const Node& f = nodes_[first];
  if (f.tag == GUMBO_TAG_BODY || f.tag == GUMBO_TAG_HTML) return;
  const std::string title_key = title.size() >= 20 ? fold(title) : std::string();
  uint32_t between = 0;  // text passed over on the way back
  int lead = -1;
  for (int i = first - 1; i >= 0 && between < 400; --i) {
    const Node& x = nodes_[i];
    if (!x.is_text || x.junk || x.tl == 0) continue;
    if (x.blk < 0) break;
    const Node& b = nodes_[x.blk];
    if (int(b.end) > first) break;  // text held directly by a container of the article
    int bi = x.blk;
    bool furniture = is_heading(b.tag) || b.tag == GUMBO_TAG_LI || b.tag == GUMBO_TAG_DT ||
                     b.tag == GUMBO_TAG_TD || b.tag == GUMBO_TAG_TH ||
                     b.tag == GUMBO_TAG_FIGCAPTION || b.in_link ||
                     (b.bits & (kByline | kDate | kCaption | kHeader)) ||
                     b.own_ll * 2 >= b.own_tl || b.own_tl < 60;
    // Furniture higher up (a byline wrapper around this block) counts too.
    for (int a = bi; !furniture && a >= 0 && int(nodes_[a].end) <= first; a = nodes_[a].parent)
      if (nodes_[a].bits & (kByline | kDate | kCaption) ||
          nodes_[a].tag == GUMBO_TAG_FIGURE || nodes_[a].tag == GUMBO_TAG_LI)
        furniture = true;
    if (furniture) {
      between += x.tl;
      continue;
    }
    if (b.own_tl > 1200) break;
    // Breadcrumbs and headline blocks end with the headline.
    if (!title_key.empty() && repeats_title(bi, title_key)) {
      between += x.tl;
      continue;
    }
    lead = bi;
    break;
  }
  if (lead < 0) return;
  // Same container, below <body>.
  int a = nodes_[lead].parent;
  while (a >= 0 && int(nodes_[a].end) <= first) a = nodes_[a].parent;
  if (a < 0 || nodes_[a].tag == GUMBO_TAG_BODY || nodes_[a].tag == GUMBO_TAG_HTML) return;
  // ... and one that holds little besides the article.
  uint32_t article_tl = 0;
  for (int r : *roots) article_tl += nodes_[r].tl;
  if (nodes_[a].tl * 2 > article_tl * 5 + 400) return;
  // A lead that closes an article-body block of its own (a body split in two containers):
  // the whole block.
  for (int b = nodes_[lead].parent; b >= 0 && b != a; b = nodes_[b].parent) {
    const Node& x = nodes_[b];
    if (x.junk || !(x.bits & (kBody | kItemBody))) continue;
    if (x.gt * 10 >= x.tl * 8) lead = b;
  }
  roots->insert(roots->begin(), lead);
}

// Inside an emitted root: elements whose text is boilerplate.
bool Extractor::prune(int i, int root) const {
  using namespace html;
  const Node& x = nodes_[i];
  if (i == root) return false;
  if (x.self_junk) return true;
  if (x.bits & (kItemBody)) return false;
  if ((x.bits & kByline) && x.tl < 700 && !(x.bits & (kBody | kItemBody))) return true;
  if ((x.bits & kDate) && x.tl < 80) return true;
  if (x.tag == GUMBO_TAG_FORM && x.tl * 2 < nodes_[root].tl) return true;
  if (x.tl > 0 && x.tag != GUMBO_TAG_A && !x.in_link) {
    double ld = double(x.ll) / x.tl;
    switch (x.tag) {
      case GUMBO_TAG_P:
        return ld > 0.8 && x.tl < 200;
      case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
      case GUMBO_TAG_H5: case GUMBO_TAG_H6:
        return ld > 0.9;
      case GUMBO_TAG_LI:
        return ld > 0.6;
      case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_TABLE:
      case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_SPAN:
      case GUMBO_TAG_HEADER: case GUMBO_TAG_FIGURE:
        return ld > 0.5 && x.gt < 60;
      default:
        return false;
    }
  }
  return false;
}

std::string collapse(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (is_space_byte(c)) {
      space = !out.empty();
    } else {
      if (space) out.push_back(' ');
      space = false;
      out.push_back(c);
    }
  }
  return out;
}

// Letters and digits only, lowercased: for comparing headlines. Typographic quotes and
// dashes (U+2013, U+2014, U+2018, U+2019, U+201C, U+201D) go like their ASCII forms.
std::string fold(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char u = static_cast<unsigned char>(s[i]);
    if (u == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
      unsigned char t = static_cast<unsigned char>(s[i + 2]);
      if (t == 0x93 || t == 0x94 || t == 0x98 || t == 0x99 || t == 0x9C || t == 0x9D) {
        i += 2;
        continue;
      }
    }
    if (std::isalnum(u) || u >= 0x80) out.push_back(char(std::tolower(u)));
  }
  return out;
}

// Builds one paragraph: whitespace collapsed, link anchors tracked.
class ParagraphBuilder {
 public:
  void append(std::string_view s) {
    for (char c : s) {
      if (is_space_byte(c)) {
        pending_space_ = true;
        continue;
      }
      if (pending_space_ && !text_.empty()) text_.push_back(' ');
      pending_space_ = false;
      if (link_open_ && link_start_ < 0) link_start_ = int(text_.size());
      text_.push_back(c);
    }
  }
  void space() { pending_space_ = true; }
  void open_link(int href) {
    link_open_ = true;
    link_start_ = -1;
    link_href_ = href;
  }
  void close_link(const Scrubbed& s) {
    if (link_open_ && link_start_ >= 0 && link_href_ >= 0) {
      Link l;
      l.start = uint32_t(link_start_);
      l.end = uint32_t(text_.size());
      l.anchor = text_.substr(l.start, l.end - l.start);
      l.target = s.hrefs[size_t(link_href_)];
      link_bytes_ += l.end - l.start;
      links_.push_back(std::move(l));
    }
    link_open_ = false;
    link_start_ = -1;
  }
  bool empty() const { return text_.empty(); }
  std::string& text() { return text_; }
  std::vector<Link>& links() { return links_; }
  size_t link_bytes() const { return link_bytes_; }
  void reset() {
    text_.clear();
    links_.clear();
    pending_space_ = false;
    link_bytes_ = 0;
    if (link_open_) link_start_ = -1;
  }

 private:
  std::string text_;
  std::vector<Link> links_;
  bool pending_space_ = false;
  bool link_open_ = false;
  int link_start_ = -1;
  int link_href_ = -1;
  size_t link_bytes_ = 0;
};

// Calls to action and house notices that sites set inside the article as ordinary
// paragraphs: subscription and newsletter prompts, app and social-media plugs, letters
// invitations, reprint notices, "Advertisement" labels. Only short paragraphs are tested.
constexpr size_t kPromptMaxBytes = 320;
constexpr std::string_view kPromptPhrases[] = {
    "subscribe now", "please subscribe", "subscribe to our", "subscribe today",
    "already a subscriber", "subscribers also receive", "for the full story",
    "to view the full story", "to read the full story", "sign up for our", "sign up to our",
    "signing up to our", "sign up here", "our newsletter", "follow us on", "follow us @",
    "like us on facebook", "on twitter and instagram", "copyrighted property",
    "written permission", "all rights reserved", "not responsible for the opinions",
    "submit your letter", "letters to the editor", "we want to hear what you think",
    "want to be informed", "send us a message on", "straight to your phone",
    "straight to your inbox", "delivered to your inbox", "click here",
    "support our journalism", "support independent journalism", "newsletter abonnieren",
    "jetzt abonnieren", "folgen sie uns", "suscr\xc3\xad" "bete", "s\xc3\xad" "guenos", "abonnez-vous",
    "suivez-nous", "iscriviti", "seguici", "affiliate links", "may earn a commission",
    "may receive compensation", "references to products from"};
constexpr std::string_view kPromptOpeners[] = {
    "read more:", "also read:", "read also:", "related:", "see also:", "more:",
    // picture credits and filing labels
    "bild:", "foto:", "fotos:", "photo:", "photos:", "image:", "images:", "picture:",
    "credit:", "(credit:", "photograph:", "imagen:", "category:", "category :", "categories:",
    "filed under:", "tags:", "tagged:", "tagged with:", "schlagw\xc3\xb6rter:"};
// Picture agencies: a caption's last chunk that names one is a credit line.
constexpr std::string_view kPictureAgencies[] = {"shutterstock", "getty images", "istock",
                                                 "alamy", "imago", "dpa", "afp", "reuters",
                                                 "ap photo", "picture alliance", "\xc2\xa9"};
constexpr std::string_view kAdLabels[] = {"advertisement", "anzeige", "werbung", "publicidad",
                                          "sponsored", "advertising"};

bool is_ascii_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// `phrase` occurs in `l` at the start of a word.
bool has_word_phrase(std::string_view l, std::string_view phrase) {
  for (size_t at = l.find(phrase); at != std::string_view::npos; at = l.find(phrase, at + 1))
    if (at == 0 || !is_ascii_alnum(l[at - 1])) return true;
  return false;
}

// Where the picture credit at the end of a caption begins: 0 when the whole caption is a
// credit ("Photo: AFP", "TebNad/Shutterstock.com"), npos when there is none. "Firefighters
// battle the blaze. Photo: AFP" -> the offset of "Photo:"; "... on Monday (Jim Bourg/Reuters)"
// -> the offset of "(". Only the credit is dropped; the caption's text is kept.
constexpr std::string_view kCreditLabels[] = {
    "photo:", "photos:", "photo by ", "photograph:", "photograph by ", "picture:", "image:",
    "images:", "credit:", "photo credit:", "foto:", "fotos:", "bild:", "imagen:", "\xc2\xa9"};

bool is_word_start(std::string_view l, size_t at) { return at == 0 || !is_ascii_alnum(l[at - 1]); }

// Only spaces lie between l[at] and the start, or a sentence end, bar, slash, dash or
// parenthesis: "... on Monday. Photo: AFP", not "Satellite image: the port".
bool after_break(std::string_view l, size_t at) {
  while (at > 0 && l[at - 1] == ' ') --at;
  if (at == 0) return true;
  char c = l[at - 1];
  if (c == '.' || c == '?' || c == '!' || c == '(' || c == '|' || c == '/' || c == '-' || c == ',' || c == ';')
    return true;
  return at >= 3 && (l.compare(at - 3, 3, "\xe2\x80\x94") == 0 || l.compare(at - 3, 3, "\xe2\x80\x93") == 0);
}

size_t caption_credit_start(std::string_view text) {
  constexpr size_t kMaxCredit = 80;  // a credit is short; a longer tail is caption text
  std::string l(text);
  for (char& c : l) c = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
  size_t from = l.size() > kMaxCredit ? l.size() - kMaxCredit : 0;
  size_t start = std::string::npos;
  // A credit label: the credit runs from it to the end.
  for (std::string_view lab : kCreditLabels) {
    for (size_t at = l.find(lab, from); at != std::string::npos; at = l.find(lab, at + 1)) {
      if (is_word_start(l, at) && (start == std::string::npos || at < start) &&
          (lab == "\xc2\xa9" || after_break(l, at)))
        start = at;
    }
  }
  if (start == std::string::npos) {
    // An agency named as a credit: at the start of the last chunk ("AFP", "(AFP)", "Reuters
    // via Getty Images") or after a photographer's name and a slash ("Jim Bourg/Reuters").
    size_t agency = std::string::npos;
    for (std::string_view a : kPictureAgencies) {
      for (size_t at = l.find(a, from); at != std::string::npos; at = l.find(a, at + 1)) {
        if (is_word_start(l, at) && (agency == std::string::npos || at > agency)) agency = at;
      }
    }
    if (agency == std::string::npos) return std::string::npos;
    // The chunk holding it: after the last sentence end, bar, dash or opening parenthesis.
    size_t chunk = 0;
    for (size_t i = agency; i > 0; --i) {
      char c = l[i - 1];
      bool end = c == '(' || c == '|' ||
                 ((c == '.' || c == '?' || c == '!' || c == '-') && i < l.size() && l[i] == ' ') ||
                 (i >= 3 && l.compare(i - 3, 3, "\xe2\x80\x94") == 0) ||
                 (i >= 3 && l.compare(i - 3, 3, "\xe2\x80\x93") == 0);
      if (end) {
        chunk = i;
        break;
      }
    }
    while (chunk < agency && l[chunk] == ' ') ++chunk;
    std::string_view before = std::string_view(l).substr(chunk, agency - chunk);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    bool credit_form = before.empty() || before.back() == '/' ||
                       (before.size() >= 3 && before.substr(before.size() - 3) == "via");
    size_t words = 1;
    for (size_t i = chunk; i < l.size(); ++i) words += l[i] == ' ';
    if (!credit_form || words > 8 || l.size() - chunk > kMaxCredit) return std::string::npos;
    start = chunk;
  }
  // Back over the separators before the credit: "blaze on Monday. (Photo: ...)" keeps the ".".
  while (start > 0 && (l[start - 1] == ' ' || l[start - 1] == '(' || l[start - 1] == '|' || l[start - 1] == '/' ||
                       l[start - 1] == '-'))
    --start;
  while (start >= 3 && (l.compare(start - 3, 3, "\xe2\x80\x94") == 0 || l.compare(start - 3, 3, "\xe2\x80\x93") == 0)) {
    start -= 3;
    while (start > 0 && l[start - 1] == ' ') --start;
  }
  // Nothing but punctuation before it: the whole caption is a credit.
  for (size_t i = 0; i < start; ++i)
    if (is_ascii_alnum(l[i]) || static_cast<unsigned char>(l[i]) >= 0x80) return start;
  return 0;
}

// A short line that only dates or sources the piece: "Posted: Thursday, April 21", "Release
// Date:", "Last updated 13 July 2020", "EXAMPLENEWS.COM".
constexpr std::string_view kDateLabels[] = {
    "posted:", "posted on", "posted by", "published:", "published on", "updated:",
    "updated on", "last updated", "release date", "news date", "date:", "ver\xc3\xb6" "ffentlicht",
    "aktualisiert", "publicado", "publi\xc3\xa9"};

bool is_date_or_source_line(std::string_view l) {
  if (l.size() >= 100) return false;
  for (std::string_view d : kDateLabels)
    if (l.substr(0, d.size()) == d) return true;
  // A bare domain name.
  if (l.size() < 60 && l.find(' ') == std::string_view::npos &&
      (l.find("www.") != std::string_view::npos || l.find(".com") != std::string_view::npos ||
       l.find(".net") != std::string_view::npos || l.find(".org") != std::string_view::npos))
    return true;
  return false;
}

bool is_prompt_paragraph(std::string_view text) {
  if (text.size() >= kPromptMaxBytes) return false;
  char buf[kPromptMaxBytes];
  size_t n = 0;
  for (char c : text) buf[n++] = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
  std::string_view l(buf, n);
  // A bare label: "Advertisement", "- ANZEIGE -".
  if (n <= 24) {
    char letters[24];
    size_t k = 0;
    for (char c : l)
      if (c >= 'a' && c <= 'z') letters[k++] = c;
    for (std::string_view a : kAdLabels)
      if (std::string_view(letters, k) == a) return true;
  }
  for (std::string_view o : kPromptOpeners)
    if (l.substr(0, o.size()) == o) return true;
  if (is_date_or_source_line(l)) return true;
  for (std::string_view p : kPromptPhrases)
    if (has_word_phrase(l, p)) return true;
  if (has_word_phrase(l, "download") && (has_word_phrase(l, "app ") || has_word_phrase(l, "apps")))
    return true;
  if (has_word_phrase(l, "never miss") &&
      (l.find("sign") != std::string_view::npos || l.find("newsletter") != std::string_view::npos ||
       l.find("subscri") != std::string_view::npos))
    return true;
  return false;
}

bool is_site_link(std::string_view href) {
  return href.empty() || href[0] == '#' || href.substr(0, 11) == "javascript:";
}

void Extractor::emit(const std::vector<int>& roots, const std::string& title, Draft* d) {
  using namespace html;
  const std::string title_key = fold(title);
  ParagraphBuilder pb;
  ParagraphKind kind = ParagraphKind::kBody;
  uint32_t start_pos = 0, end_pos = 0;
  bool have_start = false;
  int last_br = -1;  // a <br> with only white space after it so far

  auto flush = [&]() {
    if (!pb.empty()) {
      std::string& t = pb.text();
      bool drop = false;
      if (kind == ParagraphKind::kHeading && !title_key.empty()) {
        std::string k = fold(t);
        if (k == title_key || (k.size() > 20 && title_key.find(k) != std::string::npos)) drop = true;
      }
      if (!drop && kind != ParagraphKind::kHeading && pb.link_bytes() * 10 >= t.size() * 9 &&
          t.size() < 200)
        drop = true;
      if (!drop && is_prompt_paragraph(t)) drop = true;
      if (!drop && kind == ParagraphKind::kCaption) {
        size_t credit = caption_credit_start(t);
        if (credit == 0) {
          drop = true;
        } else if (credit != std::string::npos) {
          t.resize(credit);  // keep the caption, drop its picture credit
          auto& links = pb.links();
          links.erase(std::remove_if(links.begin(), links.end(),
                                     [&](const Link& k) { return k.end > credit; }),
                      links.end());
        }
      }
      if (!drop) {
        DraftParagraph p;
        p.kind = kind;
        p.text = std::move(t);
        p.links = std::move(pb.links());
        p.source_start = s_.input_offset(start_pos);
        p.source_end = std::max(p.source_start, s_.input_offset(end_pos));
        d->paragraphs.push_back(std::move(p));
      }
    }
    pb.reset();
    have_start = false;
  };

  struct Frame {
    int node;
    bool exit;
  };
  std::vector<Frame> stack;
  std::vector<int> ctx_kind;  // stack of caption / pull-quote / heading contexts
  for (int root : roots) {
    stack.clear();
    stack.push_back({root, false});
    while (!stack.empty()) {
      Frame f = stack.back();
      stack.pop_back();
      const Node& x = nodes_[f.node];
      if (x.is_text) {
        bool blank = true;
        for (char c : x.text)
          if (!is_space_byte(c)) {
            blank = false;
            break;
          }
        if (blank) {
          pb.space();
          continue;
        }
        last_br = -1;
        if (!have_start) {
          start_pos = x.pos;
          have_start = true;
        }
        pb.append(x.text);
        end_pos = x.pos_end;
        continue;
      }
      bool cell = (x.tag == GUMBO_TAG_TD || x.tag == GUMBO_TAG_TH) && !x.has_block_desc;
      bool breaks = x.block && !cell;
      if (f.exit) {
        if (x.tag == GUMBO_TAG_A) pb.close_link(s_);
        if (breaks) flush();
        if (cell) pb.space();
        if (is_heading(x.tag) || x.tag == GUMBO_TAG_FIGCAPTION || (x.bits & (kCaption | kPull))) {
          if (!ctx_kind.empty()) ctx_kind.pop_back();
          kind = ctx_kind.empty() ? ParagraphKind::kBody : ParagraphKind(ctx_kind.back());
        }
        continue;
      }
      if (prune(f.node, root)) continue;
      if (x.tag == GUMBO_TAG_BR) {
        if (last_br >= 0) {
          flush();
          last_br = -1;
        } else {
          pb.space();
          last_br = f.node;
        }
        continue;
      }
      if (x.tag == GUMBO_TAG_HR) {
        flush();
        continue;
      }
      if (breaks) {
        flush();
        last_br = -1;
        start_pos = x.pos;
        have_start = true;
      }
      if (cell) pb.space();
      if (is_heading(x.tag) || x.tag == GUMBO_TAG_FIGCAPTION || (x.bits & (kCaption | kPull))) {
        ParagraphKind k = is_heading(x.tag) ? ParagraphKind::kHeading
                          : (x.bits & kPull) && x.tag != GUMBO_TAG_FIGCAPTION
                              ? ParagraphKind::kPullQuote
                              : ParagraphKind::kCaption;
        ctx_kind.push_back(int(k));
        kind = k;
      }
      if (x.tag == GUMBO_TAG_A && x.href >= 0 && !is_site_link(s_.hrefs[size_t(x.href)]))
        pb.open_link(x.href);
      stack.push_back({f.node, true});
      // Direct children, pushed so that the first is popped first.
      size_t mark = stack.size();
      for (int c = f.node + 1; c < int(x.end); c = int(nodes_[c].end)) stack.push_back({c, false});
      std::reverse(stack.begin() + long(mark), stack.end());
    }
    flush();
    ctx_kind.clear();
    kind = ParagraphKind::kBody;
  }
}

std::string Extractor::subtree_text(int i, size_t max_len) const {
  std::string out;
  for (int c = i + 1; c < int(nodes_[i].end) && out.size() < max_len; ++c) {
    const Node& x = nodes_[c];
    if (x.is_text) out.append(x.text);
    else if (x.block || x.tag == GUMBO_TAG_BR) out.push_back(' ');
  }
  return collapse(out);
}

std::string Extractor::first_text_of(uint32_t want_bits, size_t max_len) const {
  for (int i = 0; i < int(nodes_.size()); ++i) {
    const Node& x = nodes_[i];
    if (x.is_text || !(x.bits & want_bits) || x.tl == 0 || x.tl > max_len) continue;
    if (x.bits & (html::kHidden)) continue;
    return subtree_text(i, max_len * 2);
  }
  return {};
}

std::string Extractor::first_h1() const {
  for (int i = 0; i < int(nodes_.size()); ++i) {
    const Node& x = nodes_[i];
    if (!x.is_text && x.tag == GUMBO_TAG_H1 && x.tl > 0 && !x.junk) return subtree_text(i, 400);
  }
  return {};
}

// ---- metadata -----------------------------------------------------------------------------

// A tolerant JSON reader for JSON-LD: only what metadata needs.
struct JValue {
  enum Type : uint8_t { kNull, kString, kOther, kObject, kArray } type = kNull;
  std::string str;
  std::vector<std::string> keys;  // object members: keys[i] -> items[i]
  std::vector<JValue> items;      // array items, or object member values
  const JValue* get(std::string_view key) const {
    if (type != kObject) return nullptr;
    for (size_t i = 0; i < keys.size() && i < items.size(); ++i)
      if (keys[i] == key) return &items[i];
    return nullptr;
  }
};

class JsonLd {
 public:
  explicit JsonLd(std::string_view s) : s_(s) {}
  bool parse(JValue* v) { return value(v, 0); }

 private:
  void ws() {
    while (i_ < s_.size() && (is_space_byte(s_[i_]))) ++i_;
  }
  bool string(std::string* out) {
    if (i_ >= s_.size() || s_[i_] != '"') return false;
    ++i_;
    while (i_ < s_.size()) {
      char c = s_[i_++];
      if (c == '"') return true;
      if (c != '\\') {
        out->push_back(c);
        continue;
      }
      if (i_ >= s_.size()) return false;
      char e = s_[i_++];
      switch (e) {
        case 'n': out->push_back('\n'); break;
        case 't': out->push_back('\t'); break;
        case 'r': case 'b': case 'f': out->push_back(' '); break;
        case 'u': {
          if (i_ + 4 > s_.size()) return false;
          char32_t cp = char32_t(std::strtoul(std::string(s_.substr(i_, 4)).c_str(), nullptr, 16));
          i_ += 4;
          if (cp >= 0xD800 && cp <= 0xDBFF && i_ + 6 <= s_.size() && s_[i_] == '\\' &&
              s_[i_ + 1] == 'u') {
            char32_t lo = char32_t(std::strtoul(std::string(s_.substr(i_ + 2, 4)).c_str(), nullptr, 16));
            if (lo >= 0xDC00 && lo <= 0xDFFF) {
              cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
              i_ += 6;
            }
          }
          if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
          utf8::append(out, cp == 0 ? char32_t(0xFFFD) : cp);
          break;
        }
        default: out->push_back(e); break;
      }
    }
    return false;
  }
  bool value(JValue* v, int depth) {
    if (depth > 24) return false;
    ws();
    if (i_ >= s_.size()) return false;
    char c = s_[i_];
    if (c == '"') {
      v->type = JValue::kString;
      return string(&v->str);
    }
    if (c == '{') {
      v->type = JValue::kObject;
      ++i_;
      for (;;) {
        ws();
        if (i_ < s_.size() && s_[i_] == '}') {
          ++i_;
          return true;
        }
        std::string key;
        if (!string(&key)) return false;
        ws();
        if (i_ >= s_.size() || s_[i_] != ':') return false;
        ++i_;
        JValue member;
        if (!value(&member, depth + 1)) return false;
        v->keys.push_back(std::move(key));
        v->items.push_back(std::move(member));
        ws();
        if (i_ < s_.size() && s_[i_] == ',') ++i_;
        else if (i_ < s_.size() && s_[i_] == '}') continue;
        else return false;
      }
    }
    if (c == '[') {
      v->type = JValue::kArray;
      ++i_;
      for (;;) {
        ws();
        if (i_ < s_.size() && s_[i_] == ']') {
          ++i_;
          return true;
        }
        JValue item;
        if (!value(&item, depth + 1)) return false;
        v->items.push_back(std::move(item));
        ws();
        if (i_ < s_.size() && s_[i_] == ',') ++i_;
        else if (i_ < s_.size() && s_[i_] == ']') continue;
        else return false;
      }
    }
    v->type = JValue::kOther;
    while (i_ < s_.size() && s_[i_] != ',' && s_[i_] != '}' && s_[i_] != ']') ++i_;
    return true;
  }
  std::string_view s_;
  size_t i_ = 0;
};

std::string names_of(const JValue* v) {
  if (!v) return {};
  if (v->type == JValue::kString) return collapse(v->str);
  if (v->type == JValue::kObject) {
    const JValue* n = v->get("name");
    return n && n->type == JValue::kString ? collapse(n->str) : std::string();
  }
  if (v->type == JValue::kArray) {
    std::string out;
    for (const JValue& it : v->items) {
      std::string n = names_of(&it);
      if (n.empty() || n.find("://") != std::string::npos) continue;
      if (!out.empty()) out += ", ";
      out += n;
      if (out.size() > 200) break;
    }
    return out;
  }
  return {};
}

struct LdFields {
  std::string headline, published, author, body;
};

// Depth-first over the JSON-LD graph: the first object with a headline or datePublished.
void scan_ld(const JValue& root, LdFields* f) {
  std::vector<const JValue*> stack{&root};
  while (!stack.empty()) {
    const JValue* v = stack.back();
    stack.pop_back();
    if (v->type == JValue::kArray) {
      for (size_t i = v->items.size(); i-- > 0;) stack.push_back(&v->items[i]);
      continue;
    }
    if (v->type != JValue::kObject) continue;
    const JValue* h = v->get("headline");
    const JValue* dp = v->get("datePublished");
    if ((h && h->type == JValue::kString) || (dp && dp->type == JValue::kString)) {
      if (f->headline.empty() && h && h->type == JValue::kString) f->headline = collapse(h->str);
      if (f->published.empty() && dp && dp->type == JValue::kString) f->published = dp->str;
      const JValue* b = v->get("articleBody");
      if (f->body.empty() && b && b->type == JValue::kString) f->body = b->str;
      if (f->author.empty()) {
        std::string a = names_of(v->get("author"));
        if (a.find("://") == std::string::npos) f->author = a;
      }
    }
    for (size_t i = v->items.size(); i-- > 0;)
      if (v->items[i].type == JValue::kObject || v->items[i].type == JValue::kArray)
        stack.push_back(&v->items[i]);
  }
}

int month_of(std::string_view w) {
  static const char* kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                  "jul", "aug", "sep", "oct", "nov", "dec"};
  if (w.size() < 3) return 0;
  std::string l;
  for (size_t i = 0; i < 3; ++i) l.push_back(char(std::tolower(static_cast<unsigned char>(w[i]))));
  for (int m = 0; m < 12; ++m)
    if (l == kMonths[m]) return m + 1;
  return 0;
}

std::string ymd(int y, int m, int d) {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return {};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

// "2019-06-12T10:00", "2019/06/12", "20190612", "June 12, 2019", "12 June 2019" -> YYYY-MM-DD.
std::string normalize_date(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && is_space_byte(s[i])) ++i;
  s = s.substr(i);
  auto num = [&](size_t at, size_t len) -> int {
    if (at + len > s.size()) return -1;
    int v = 0;
    for (size_t k = 0; k < len; ++k) {
      char c = s[at + k];
      if (c < '0' || c > '9') return -1;
      v = v * 10 + (c - '0');
    }
    return v;
  };
  int y = num(0, 4);
  if (y > 0 && s.size() >= 10 && (s[4] == '-' || s[4] == '/' || s[4] == '.') && s[7] == s[4])
    return ymd(y, num(5, 2), num(8, 2));
  if (y > 0 && s.size() >= 8 && num(4, 4) >= 0 && (s.size() == 8 || !std::isdigit(static_cast<unsigned char>(s[8]))))
    return ymd(y, num(4, 2), num(6, 2));
  // Words: month name, day, year in either order.
  int m = 0, d = 0;
  y = 0;
  size_t k = 0;
  while (k < s.size() && k < 64) {
    while (k < s.size() && !std::isalnum(static_cast<unsigned char>(s[k]))) ++k;
    size_t e = k;
    while (e < s.size() && std::isalnum(static_cast<unsigned char>(s[e]))) ++e;
    std::string_view w = s.substr(k, e - k);
    if (w.empty()) break;
    if (std::isdigit(static_cast<unsigned char>(w[0]))) {
      int v = std::atoi(std::string(w).c_str());
      if (w.size() == 4 && !y) y = v;
      else if (w.size() <= 4 && !d && v >= 1 && v <= 31) d = v;
    } else if (!m) {
      m = month_of(w);
    }
    k = e;
  }
  if (y && m && d) return ymd(y, m, d);
  return {};
}

// "Headline | Site" -> "Headline". Without the site's name, `generic` strips a short last
// segment after a separator (for <title>, which nearly always carries one).
std::string strip_site_suffix(std::string title, std::string_view site, bool generic) {
  static const char* kSeps[] = {" | ", " - ", " — ", " – ", " :: ", " · ", " « ", " » "};
  if (!site.empty()) {
    std::string fs = fold(site);
    for (const char* sep : kSeps) {
      size_t at = title.rfind(sep);
      if (at != std::string::npos && at > 0 && fold(title.substr(at + std::strlen(sep))) == fs)
        return title.substr(0, at);
      if (at != std::string::npos && fold(title.substr(0, title.find(sep))) == fs)
        return title.substr(title.find(sep) + std::strlen(sep));
    }
  }
  if (!generic) return title;
  for (const char* sep : {" | ", " - ", " — ", " – ", " :: ", " · "}) {
    size_t at = title.rfind(sep);
    if (at == std::string::npos || at == 0) continue;
    std::string_view tail = std::string_view(title).substr(at + std::strlen(sep));
    size_t words = 1;
    for (char c : tail) words += (c == ' ');
    if (words <= 5 && tail.size() < at) return title.substr(0, at);
  }
  return title;
}

const std::string* meta_get(const Scrubbed& s, std::initializer_list<std::string_view> keys) {
  for (std::string_view k : keys)
    for (const auto& m : s.meta)
      if (m.first == k && !m.second.empty()) return &m.second;
  return nullptr;
}

bool looks_like_url(std::string_view s) {
  return s.find("://") != std::string_view::npos || (!s.empty() && s[0] == '/');
}

std::string strip_by(std::string s) {
  std::string_view v = s;
  while (!v.empty() && is_space_byte(v.front())) v.remove_prefix(1);
  if (v.size() > 3 && (v.substr(0, 3) == "By " || v.substr(0, 3) == "by " || v.substr(0, 3) == "BY "))
    v.remove_prefix(3);
  return std::string(v);
}

void fill_metadata(const Scrubbed& s, const Extractor& ex, Draft* d, std::string* ld_body) {
  LdFields ld;
  for (const std::string& block : s.json_ld) {
    JValue v;
    JsonLd parser(block);
    if (parser.parse(&v)) scan_ld(v, &ld);
  }
  *ld_body = std::move(ld.body);
  const std::string* site = meta_get(s, {"og:site_name", "application-name"});
  std::string site_name = site ? *site : std::string();
  if (const std::string* t = meta_get(s, {"og:title"})) d->title = strip_site_suffix(*t, site_name, false);
  else if (!ld.headline.empty()) d->title = ld.headline;
  else if (const std::string* t2 = meta_get(s, {"twitter:title", "title", "dc.title", "headline"}))
    d->title = strip_site_suffix(*t2, site_name, false);
  else if (!s.title.empty()) d->title = strip_site_suffix(s.title, site_name, true);
  else d->title = ex.first_h1();

  if (!ld.author.empty()) d->byline = ld.author;
  if (d->byline.empty())
    if (const std::string* a = meta_get(s, {"author", "byl", "article:author", "parsely-author",
                                            "sailthru.author", "dc.creator", "citation_author"}))
      if (!looks_like_url(*a)) d->byline = strip_by(*a);
  if (d->byline.empty()) {
    std::string b = ex.first_text_of(html::kByline, 120);
    if (!b.empty()) d->byline = strip_by(b);
  }

  std::string pub = normalize_date(ld.published);
  if (pub.empty())
    if (const std::string* p = meta_get(
            s, {"article:published_time", "og:published_time", "datepublished", "date",
                "pubdate", "publishdate", "publish-date", "publish_date", "dc.date.issued",
                "dc.date", "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date",
                "article.published", "publication_date", "citation_publication_date",
                "citation_date", "og:updated_time", "article:modified_time"}))
      pub = normalize_date(*p);
  if (pub.empty()) pub = normalize_date(s.time_published);
  if (pub.empty()) pub = normalize_date(s.time_first);
  d->published = pub;

  if (!s.canonical.empty() && s.canonical.find("://") != std::string::npos) d->url = s.canonical;
  else if (const std::string* u = meta_get(s, {"og:url"})) d->url = *u;
  else d->url = s.canonical;
}

// Resolves relative link targets against the page URL.
void resolve_links(const std::string& base, Draft* d) {
  size_t scheme = base.find("://");
  if (scheme == std::string::npos) return;
  size_t path_at = base.find('/', scheme + 3);
  std::string origin = base.substr(0, path_at);
  std::string dir = path_at == std::string::npos ? origin + "/" : base.substr(0, base.rfind('/') + 1);
  std::string scheme_str = base.substr(0, scheme);
  for (DraftParagraph& p : d->paragraphs) {
    for (Link& l : p.links) {
      std::string& t = l.target;
      if (t.find("://") != std::string::npos || t.rfind("mailto:", 0) == 0 ||
          t.rfind("tel:", 0) == 0)
        continue;
      if (t.rfind("//", 0) == 0) t = scheme_str + ":" + t;
      else if (!t.empty() && t[0] == '/') t = origin + t;
      else t = dir + t;
    }
  }
}

// "Jane Roe is a freelance writer based in Kingston." closing an article: the author's bio.
bool is_author_bio(std::string_view t) {
  if (t.size() >= 500) return false;
  size_t i = 0, names = 0;
  while (names < 4 && i < t.size() && t[i] >= 'A' && t[i] <= 'Z') {
    while (i < t.size() && t[i] != ' ') ++i;
    ++names;
    if (i < t.size()) ++i;
  }
  if (names == 0) return false;
  std::string_view rest = t.substr(i);
  bool verb = false;
  for (std::string_view v : {"is a ", "is an ", "is the ", "writes ", "covers "})
    verb |= rest.substr(0, v.size()) == v;
  if (!verb) return false;
  std::string l(rest.substr(0, 200));
  for (char& c : l) c = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
  for (std::string_view r : {"writer", "journalist", "reporter", "correspondent", "editor",
                             "columnist", "author", "founder", "contributor", "freelance",
                             "blogger", "consultant"})
    if (l.find(r) != std::string::npos) return true;
  return false;
}

// Plain text (JSON-LD articleBody) to paragraphs: blank lines or newlines break them; any
// markup inside is dropped.
std::vector<DraftParagraph> paragraphs_from_plain(std::string_view body) {
  std::string text;
  text.reserve(body.size());
  bool in_tag = false;
  for (char c : body) {
    if (c == '<') in_tag = true;
    else if (c == '>' && in_tag) in_tag = false;
    else if (!in_tag) text.push_back(c);
  }
  if (text.find('&') != std::string::npos) text = html::decode_entities(text);
  std::vector<DraftParagraph> out;
  size_t i = 0;
  while (i <= text.size()) {
    size_t e = text.find('\n', i);
    if (e == std::string::npos) e = text.size();
    std::string p = collapse(std::string_view(text).substr(i, e - i));
    if (!p.empty()) {
      DraftParagraph d;
      d.text = std::move(p);
      out.push_back(std::move(d));
    }
    i = e + 1;
  }
  return out;
}

// The page as valid UTF-8: `bytes` itself when it already is, else a converted copy in *own.
bool decode_input(std::string_view bytes, const ReadOptions& opts, std::string* own,
                  std::string_view* out, std::vector<std::string>* warnings, Status* error) {
  // UTF-16 (by its byte order mark) first: its NUL bytes are not binary.
  std::string_view bom16 = html::utf16_bom(bytes);
  if (!bom16.empty()) {
    size_t bad = html::utf16_to_utf8(bytes, bom16 == "utf-16be", own);
    *out = *own;
    warnings->push_back(std::string("transcoded from ") + (bom16 == "utf-16be" ? "UTF-16BE" : "UTF-16LE") +
                        " to UTF-8" +
                        (bad ? " (" + std::to_string(bad) + " invalid unit(s) replaced by U+FFFD)" : ""));
    return true;
  }
  // Binary: NUL bytes or many control characters in the first kilobytes.
  size_t probe = std::min<size_t>(bytes.size(), 8192), ctrl = 0;
  for (size_t i = 0; i < probe; ++i) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c == 0) ++ctrl, ++ctrl;
    else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++ctrl;
  }
  if (ctrl * 20 > probe) {
    *error = Status::InvalidInput("the HTML page looks binary (NUL or control bytes)");
    return false;
  }
  std::string cs = html::declared_charset(bytes);
  std::string canon = cs.empty() ? std::string() : html::canonical_charset(cs);
  // simdjson's validator: the strict UTF-8 of utf8::is_valid, many bytes at a time.
  bool valid = simdjson::validate_utf8(bytes.data(), bytes.size());
  // A declared single-byte set is believed only when the bytes are not UTF-8 already (pages
  // often keep an old charset declaration after moving to UTF-8). A UTF-16 label without a
  // BOM is such a stale declaration too (the page reached us as bytes of another set).
  if (!canon.empty() && canon != "utf-8" && canon.rfind("utf-16", 0) != 0 && !valid &&
      html::to_utf8(canon, bytes, own)) {
    *out = *own;
    warnings->push_back("transcoded from " + cs + " to UTF-8");
    return true;
  }
  if (!cs.empty() && canon.empty())
    warnings->push_back("declared charset " + cs + " is not supported; read as UTF-8");
  if (valid) {
    *out = bytes;
    return true;
  }
  if (!opts.repair_utf8) {
    *error = Status::InvalidInput("the HTML page is not valid UTF-8");
    return false;
  }
  size_t fixed = utf8::repair(bytes, own);
  *out = *own;
  warnings->push_back("replaced " + std::to_string(fixed) + " invalid UTF-8 sequence(s) by U+FFFD");
  return true;
}

}  // namespace

Result<Draft> read_html(std::string_view bytes, const ReadOptions& opts) {
  if (bytes.empty()) return Status::InvalidInput("the HTML page is empty");
  if (bytes.size() > opts.max_document_bytes)
    return Status::TooLarge("the HTML page is " + std::to_string(bytes.size()) +
                            " bytes, over the limit of " + std::to_string(opts.max_document_bytes));
  if (bytes.size() > (size_t(1) << 31))
    return Status::TooLarge("the HTML page is over 2 GiB");
  Draft draft;
  draft.source_format = "html";
  std::string own;
  std::string_view text;
  Status error;
  if (!decode_input(bytes, opts, &own, &text, &draft.warnings, &error)) return error;

  Scrubbed s;
  html::scrub(text, opts.max_html_depth, &s);
  if (s.depth_flattened > 0)
    draft.warnings.push_back("elements nested deeper than " + std::to_string(opts.max_html_depth) +
                             " were flattened into their parent");

  static thread_local Arena arena;
  arena.reset();
  GumboOptions go = kGumboDefaultOptions;
  go.allocator = arena_alloc;
  go.deallocator = arena_free;
  go.userdata = &arena;
  go.max_errors = 0;
  GumboOutput* out = gumbo_parse_with_options(&go, s.html.data(), s.html.size());
  if (!out || !out->root) return Status::Internal("the HTML parser returned no tree");

  Extractor ex(s, out->root);
  ex.analyse();
  std::string ld_body;
  fill_metadata(s, ex, &draft, &ld_body);

  std::vector<int> roots;
  ex.choose_root(&roots);
  ex.add_lead(&roots, draft.title);
  ex.emit(roots, draft.title, &draft);
  size_t body_bytes = 0;
  for (const auto& p : draft.paragraphs) body_bytes += p.text.size();
  if (body_bytes < 80) {
    // The chosen block was too thin: fall back to the whole body, boilerplate pruned.
    int body = -1;
    for (int i = 0; i < int(ex.nodes().size()); ++i)
      if (!ex.nodes()[i].is_text && ex.nodes()[i].tag == GUMBO_TAG_BODY) body = i;
    if (body >= 0 && (roots.size() != 1 || roots[0] != body)) {
      Draft alt;
      ex.emit({body}, draft.title, &alt);
      size_t alt_bytes = 0;
      for (const auto& p : alt.paragraphs) alt_bytes += p.text.size();
      if (alt_bytes > body_bytes) draft.paragraphs = std::move(alt.paragraphs);
    }
  }
  // Pages rendered by script carry the article only in JSON-LD articleBody.
  body_bytes = 0;
  for (const auto& p : draft.paragraphs) body_bytes += p.text.size();
  if (ld_body.size() > 500 && ld_body.size() > 2 * body_bytes) {
    draft.paragraphs = paragraphs_from_plain(ld_body);
    draft.warnings.push_back("article text taken from the page's JSON-LD articleBody");
  }
  if (draft.paragraphs.size() > 2 && draft.paragraphs.back().kind == ParagraphKind::kBody &&
      is_author_bio(draft.paragraphs.back().text))
    draft.paragraphs.pop_back();
  if (draft.paragraphs.empty()) return Status::InvalidInput("no article text found in the HTML page");
  if (!draft.url.empty()) resolve_links(draft.url, &draft);
  // The title opens the text, as the text reader lays it out (document.h). The byline stays
  // metadata only: on web pages the author line is page furniture, not article text.
  if (!draft.title.empty()) {
    DraftParagraph t;
    t.kind = ParagraphKind::kTitle;
    t.text = draft.title;
    draft.paragraphs.insert(draft.paragraphs.begin(), std::move(t));
  }
  return draft;
}

}  // namespace factwire
