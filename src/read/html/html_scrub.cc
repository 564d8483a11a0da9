#include "read/html/html_scrub.h"

#include <algorithm>
#include <cstring>
#include <unordered_map>

#include "core/utf8.h"

namespace factwire::html {
namespace {

inline bool is_ws(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }
inline bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool is_alnum(char c) { return is_alpha(c) || (c >= '0' && c <= '9'); }
inline char lower(char c) { return (c >= 'A' && c <= 'Z') ? char(c + 32) : c; }

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

std::string lowered(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = lower(c);
  return r;
}

bool contains_ci(std::string_view hay, std::string_view needle) {
  if (needle.size() > hay.size()) return false;
  for (size_t i = 0; i + needle.size() <= hay.size(); ++i) {
    size_t k = 0;
    while (k < needle.size() && lower(hay[i + k]) == needle[k]) ++k;
    if (k == needle.size()) return true;
  }
  return false;
}

// ---- class / id words -------------------------------------------------------------------

const std::unordered_map<std::string_view, uint32_t>& word_table() {
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::string_view, uint32_t>;
    for (const char* w : {"ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising",
                          "adsense", "adslot", "adunit", "adblock", "sponsor", "sponsored",
                          "promo", "promos", "promoted", "promotion", "banner", "nav", "navbar",
                          "navigation", "subnav", "menu", "submenu", "breadcrumb", "breadcrumbs",
                          "crumbs", "footer", "foot", "share", "shares", "sharing", "sharebar",
                          "social", "socials", "related", "sidebar", "widget", "widgets",
                          "cookie", "cookies", "consent", "gdpr", "newsletter", "subscribe",
                          "subscription", "signup", "login", "popup", "modal", "overlay",
                          "pagination", "pager", "toolbar", "tools", "recommended",
                          "recommendations", "trending", "popular", "outbrain", "taboola",
                          "tags", "tag", "tagcloud", "categories", "rss", "print", "jump",
                          "skip", "shoutbox", "disclaimer", "copyright", "legal", "rating",
                          "teaser", "teasers", "carousel", "slider", "ticker", "utility",
                          "extra", "meta", "aside", "complementary", "feedback", "follow",
                          "paywall", "donate", "bio", "more", "prevnext", "postnav", "topics",
                          "keywords", "byline-social", "masthead", "topbar", "header",
                          "dropdown", "search", "ribbon", "alert", "notice", "toc", "credit",
                          "credits", "disclosure"})
      (*t)[w] |= kNeg;
    for (const char* w : {"ad", "ads", "adv", "advert", "adverts", "advertisement",
                          "advertising", "adsense", "adslot", "adunit", "sponsor", "sponsored",
                          "promo", "promos", "promoted", "share", "shares", "sharing", "sharebar",
                          "social", "socials", "related", "newsletter", "subscribe",
                          "subscription", "signup", "cookie", "cookies", "consent", "gdpr",
                          "outbrain", "taboola", "popup", "modal", "breadcrumb", "breadcrumbs",
                          "recommended", "recommendations", "trending", "paywall", "donate",
                          "references", "bibliography", "thumbnails", "thumbs"})
      (*t)[w] |= kNeg | kNegStrong;
    for (const char* w : {"comment", "comments", "disqus"}) (*t)[w] |= kNeg | kComment;
    for (const char* w : {"replies", "reply", "respond", "discussion", "responses"})
      (*t)[w] |= kNeg;
    for (const char* w : {"byline", "author", "authors", "byl", "writer", "contributor",
                          "contributors", "autor"})
      (*t)[w] |= kByline;
    for (const char* w : {"date", "timestamp", "published", "pubdate", "posted",
                          "updated", "datetime", "publish", "time"})
      (*t)[w] |= kDate;
    for (const char* w : {"caption", "captions", "figcaption", "wpcaption"}) (*t)[w] |= kCaption;
    for (const char* w : {"pullquote", "pullquotes"}) (*t)[w] |= kPull;
    for (const char* w : {"article", "articles", "content", "entry", "post", "story", "main",
                          "body", "text", "blog", "prose", "hentry", "articlebody",
                          "articletext", "bodytext", "storybody", "storytext", "postbody",
                          "postcontent", "entrycontent", "articlecontent", "richtext",
                          "storycontent", "maincontent", "newsarticle"})
      (*t)[w] |= kPos;
    for (const char* w : {"articlebody", "articletext", "bodytext", "storybody", "storytext",
                          "postbody", "postcontent", "entrycontent", "articlecontent",
                          "storycontent", "richtext"})
      (*t)[w] |= kBody;
    for (const char* w : {"header", "masthead", "topbar"}) (*t)[w] |= kHeader;
    return t;
  }();
  return *table;
}

// Substrings that mark a word even inside a compound ("relatedposts", "socialicons").
struct Sub {
  const char* s;
  uint32_t bits;
};
constexpr Sub kSubs[] = {
    {"comment", kNeg | kComment}, {"disqus", kNeg | kComment}, {"sharing", kNeg | kNegStrong},
    {"share", kNeg | kNegStrong},              {"social", kNeg | kNegStrong},             {"related", kNeg | kNegStrong},
    {"sidebar", kNeg},            {"newsletter", kNeg | kNegStrong},         {"subscri", kNeg | kNegStrong},
    {"cookie", kNeg | kNegStrong},             {"advert", kNeg | kNegStrong},             {"sponsor", kNeg | kNegStrong},
    {"breadcrumb", kNeg | kNegStrong},         {"outbrain", kNeg | kNegStrong},           {"taboola", kNeg | kNegStrong},
    {"widget", kNeg},             {"navbar", kNeg},             {"navigation", kNeg},
    {"promo", kNeg | kNegStrong},              {"popup", kNeg | kNegStrong},              {"recommend", kNeg | kNegStrong},
    {"trending", kNeg | kNegStrong},           {"mostpopular", kNeg},        {"mostread", kNeg},
    {"pagination", kNeg},         {"footer", kNeg},             {"masthead", kNeg | kHeader},
    {"byline", kByline},          {"author", kByline},          {"caption", kCaption},
    {"pullquote", kPull},         {"article", kPos},            {"content", kPos},
    {"story", kPos},
};

constexpr std::string_view kHiddenTokens[] = {
    "hidden",         "hide",           "d-none",          "is-hidden",    "u-hidden",
    "sr-only",        "screen-reader-text", "visually-hidden", "visuallyhidden",
    "element-invisible", "invisible",   "offscreen",       "off-screen",   "u-visually-hidden",
    "a11y-hidden",    "hidden-text",    "display-none",    "screenreader-only", "sr-text",
    "is-visually-hidden", "screen-reader-only", "visuallyHidden"};

const std::string_view kBodyNouns[] = {"body", "content", "text", "copy", "prose"};
const std::string_view kBodyOwners[] = {"article", "entry", "post", "story", "blog", "news"};

}  // namespace

uint32_t classify_words(std::string_view s) {
  const auto& table = word_table();
  uint32_t bits = 0;
  bool owner = false, noun = false, pull = false, quote = false;
  char word[48];
  size_t n = 0;
  bool overflow = false;
  auto finish = [&]() {
    if (n > 0 && !overflow) {
      std::string_view w(word, n);
      auto it = table.find(w);
      if (it != table.end()) bits |= it->second;
      if (n >= 5)
        for (const Sub& sub : kSubs)
          if (w.find(sub.s) != std::string_view::npos) bits |= sub.bits;
      for (std::string_view o : kBodyOwners) owner |= (w == o);
      for (std::string_view b : kBodyNouns) noun |= (w == b);
      pull |= (w == "pull");
      quote |= (w == "quote");
    }
    n = 0;
    overflow = false;
  };
  // Whole class tokens for the "hidden" family.
  {
    size_t i = 0;
    while (i < s.size()) {
      while (i < s.size() && is_ws(s[i])) ++i;
      size_t j = i;
      while (j < s.size() && !is_ws(s[j])) ++j;
      if (j > i) {
        std::string_view tok = s.substr(i, j - i);
        for (std::string_view h : kHiddenTokens)
          if (iequals(tok, h)) bits |= kHidden;
      }
      i = j;
    }
  }
  char prev = 0;
  for (char c : s) {
    if (!is_alnum(c)) {
      finish();
    } else {
      // camelCase boundary: "articleBody" -> article, body
      if (c >= 'A' && c <= 'Z' && prev >= 'a' && prev <= 'z') finish();
      if (n < sizeof(word)) word[n++] = lower(c);
      else overflow = true;
    }
    prev = c;
  }
  finish();
  if (owner && noun) bits |= kBody | kPos;
  if (pull && quote) bits |= kPull;
  return bits;
}

namespace {

// ---- entities ---------------------------------------------------------------------------

struct Named {
  const char* name;
  char32_t cp;
};
constexpr Named kNamed[] = {
    {"amp", '&'},       {"lt", '<'},        {"gt", '>'},        {"quot", '"'},
    {"apos", '\''},     {"nbsp", 0xA0},     {"mdash", 0x2014},  {"ndash", 0x2013},
    {"rsquo", 0x2019},  {"lsquo", 0x2018},  {"rdquo", 0x201D},  {"ldquo", 0x201C},
    {"hellip", 0x2026}, {"copy", 0xA9},     {"reg", 0xAE},      {"trade", 0x2122},
    {"laquo", 0xAB},    {"raquo", 0xBB},    {"middot", 0xB7},   {"bull", 0x2022},
    {"eacute", 0xE9},   {"egrave", 0xE8},   {"aacute", 0xE1},   {"agrave", 0xE0},
    {"iacute", 0xED},   {"oacute", 0xF3},   {"uacute", 0xFA},   {"ntilde", 0xF1},
    {"ccedil", 0xE7},   {"auml", 0xE4},     {"ouml", 0xF6},     {"uuml", 0xFC},
    {"Auml", 0xC4},     {"Ouml", 0xD6},     {"Uuml", 0xDC},     {"szlig", 0xDF},
    {"Eacute", 0xC9},   {"ecirc", 0xEA},    {"acirc", 0xE2},    {"ocirc", 0xF4},
    {"euro", 0x20AC},   {"pound", 0xA3},    {"yen", 0xA5},      {"cent", 0xA2},
    {"sect", 0xA7},     {"deg", 0xB0},      {"times", 0xD7},    {"shy", 0xAD},
    {"zwnj", 0x200C},   {"zwj", 0x200D},    {"thinsp", 0x2009}, {"ensp", 0x2002},
    {"emsp", 0x2003},   {"sbquo", 0x201A},  {"bdquo", 0x201E},  {"prime", 0x2032},
    {"iexcl", 0xA1},    {"iquest", 0xBF},   {"frac12", 0xBD},   {"para", 0xB6},
};

}  // namespace

std::string decode_entities(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    size_t amp = s.find('&', i);
    if (amp == std::string_view::npos) {
      out.append(s.substr(i));
      break;
    }
    out.append(s.substr(i, amp - i));
    i = amp + 1;
    if (i < s.size() && s[i] == '#') {
      size_t k = i + 1;
      bool hex = k < s.size() && (s[k] == 'x' || s[k] == 'X');
      if (hex) ++k;
      uint32_t v = 0;
      size_t digits = 0;
      while (k < s.size() && digits < 8) {
        char c = s[k];
        int d = (c >= '0' && c <= '9')   ? c - '0'
                : (hex && c >= 'a' && c <= 'f') ? c - 'a' + 10
                : (hex && c >= 'A' && c <= 'F') ? c - 'A' + 10
                                                : -1;
        if (d < 0) break;
        v = v * (hex ? 16 : 10) + uint32_t(d);
        ++k;
        ++digits;
      }
      if (digits == 0) {
        out.push_back('&');
        continue;
      }
      if (k < s.size() && s[k] == ';') ++k;
      if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) v = 0xFFFD;
      if (v >= 0x80 && v <= 0x9F) {  // the HTML spec maps these through windows-1252
        static const char32_t kC1[32] = {
            0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
            0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,   0x017D, 0x8F,
            0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
            0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
        v = kC1[v - 0x80];
      }
      utf8::append(&out, char32_t(v));
      i = k;
      continue;
    }
    size_t k = i;
    while (k < s.size() && k - i < 10 && is_alnum(s[k])) ++k;
    std::string_view name = s.substr(i, k - i);
    bool done = false;
    if (!name.empty()) {
      for (const Named& e : kNamed) {
        if (name == e.name) {
          utf8::append(&out, e.cp);
          i = k + ((k < s.size() && s[k] == ';') ? 1 : 0);
          done = true;
          break;
        }
      }
    }
    if (!done) out.push_back('&');
  }
  return out;
}

namespace {

std::string collapse_ws(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (is_ws(c)) {
      space = !out.empty();
    } else {
      if (space) out.push_back(' ');
      space = false;
      out.push_back(c);
    }
  }
  return out;
}

// What the scrub does with an element, by tag name.
enum TagKind : uint8_t {
  kKeep = 0,         // kept as it is
  kRawText = 1,      // raw text up to its end tag (script, style, title, textarea, ...)
  kDropTree = 2,     // dropped with everything inside (svg, math, select, video, ...)
  kDropVoid = 3,     // a void element that carries no text (img, input, meta, link, ...)
  kVoid = 4,         // a void element kept (br, hr)
  kOptionalEnd = 5,  // end tag optional: not counted towards the depth (p, li, td, ...)
  kInline = 6,       // inline formatting: its tags are dropped unless it carries hints
};

uint8_t tag_kind(std::string_view name) {
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::string_view, uint8_t>;
    for (const char* n : {"script", "style", "title", "textarea", "xmp", "iframe", "noembed",
                          "noframes", "noscript", "plaintext"})
      (*t)[n] = kRawText;
    for (const char* n : {"svg", "math", "template", "select", "video", "audio", "canvas",
                          "object", "datalist"})
      (*t)[n] = kDropTree;
    for (const char* n : {"img", "input", "source", "track", "embed", "param", "area", "meta",
                          "link", "base", "wbr", "keygen", "basefont", "bgsound", "image",
                          "picture"})
      (*t)[n] = kDropVoid;
    for (const char* n : {"br", "hr", "col", "frame"}) (*t)[n] = kVoid;
    for (const char* n : {"p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th",
                          "tbody", "thead", "tfoot", "colgroup", "rb", "rt", "rp", "html",
                          "head", "body", "caption"})
      (*t)[n] = kOptionalEnd;
    for (const char* n : {"span", "font", "b", "strong", "em", "i", "u", "small", "big", "s",
                          "strike", "tt", "nobr", "abbr", "acronym", "dfn", "kbd", "samp", "var",
                          "mark", "ins", "sup", "sub", "bdi", "bdo", "q", "data", "cite", "code"})
      (*t)[n] = kInline;
    return t;
  }();
  auto it = table->find(name);
  return it == table->end() ? uint8_t(kKeep) : it->second;
}

// Position of "</name" (case-insensitive, followed by a delimiter) at or after `from`.
size_t find_end_tag(std::string_view in, size_t from, std::string_view name) {
  const char* p = in.data();
  size_t n = in.size();
  size_t i = from;
  while (i < n) {
    const void* lt = memchr(p + i, '<', n - i);
    if (!lt) return std::string_view::npos;
    size_t j = static_cast<const char*>(lt) - p;
    if (j + 2 + name.size() <= n && p[j + 1] == '/') {
      size_t k = 0;
      while (k < name.size() && lower(p[j + 2 + k]) == name[k]) ++k;
      if (k == name.size()) {
        size_t e = j + 2 + k;
        if (e >= n || is_ws(p[e]) || p[e] == '>' || p[e] == '/') return j;
      }
    }
    i = j + 1;
  }
  return std::string_view::npos;
}

struct Attrs {
  std::string_view cls, id, role, itemprop, itemtype, style, href, rel, name, property, content,
      http_equiv, datetime, type, aria_hidden;
  bool hidden = false, pubdate = false;
};

void set_attr(std::string_view name, std::string_view value, Attrs* a) {
  switch (name.size()) {
    case 2:
      if (iequals(name, "id")) a->id = value;
      break;
    case 3:
      if (iequals(name, "rel")) a->rel = value;
      break;
    case 4:
      if (iequals(name, "href")) a->href = value;
      else if (iequals(name, "role")) a->role = value;
      else if (iequals(name, "name")) a->name = value;
      else if (iequals(name, "type")) a->type = value;
      break;
    case 5:
      if (iequals(name, "class")) a->cls = value;
      else if (iequals(name, "style")) a->style = value;
      break;
    case 6:
      if (iequals(name, "hidden")) a->hidden = true;
      break;
    case 7:
      if (iequals(name, "content")) a->content = value;
      else if (iequals(name, "pubdate")) a->pubdate = true;
      break;
    case 8:
      if (iequals(name, "itemprop")) a->itemprop = value;
      else if (iequals(name, "itemtype")) a->itemtype = value;
      else if (iequals(name, "property")) a->property = value;
      else if (iequals(name, "datetime")) a->datetime = value;
      break;
    case 10:
      if (iequals(name, "http-equiv")) a->http_equiv = value;
      break;
    case 11:
      if (iequals(name, "aria-hidden")) a->aria_hidden = value;
      break;
    default:
      break;
  }
}

bool is_html_template(std::string_view type) {
  return iequals(type, "text/template") || iequals(type, "text/html") ||
         iequals(type, "text/x-template");
}

bool style_hides(std::string_view style) {
  std::string s;
  s.reserve(style.size());
  for (char c : style)
    if (!is_ws(c)) s.push_back(lower(c));
  return s.find("display:none") != std::string::npos ||
         s.find("visibility:hidden") != std::string::npos;
}

class Scrubber {
 public:
  Scrubber(std::string_view in, size_t max_depth, Scrubbed* out)
      : in_(in), p_(in.data()), n_(in.size()), max_depth_(max_depth), out_(out) {}

  void run() {
    out_->html.reserve(n_ / 3 + 64);
    size_t i = 0;
    while (i < n_) {
      const void* lt = memchr(p_ + i, '<', n_ - i);
      size_t j = lt ? static_cast<const char*>(lt) - p_ : n_;
      if (j > i) {
        if (drop_depth_ == 0) emit_text(i, j);
        i = j;
      }
      if (j >= n_) break;
      char c = j + 1 < n_ ? p_[j + 1] : 0;
      if (c == '!') {
        i = skip_markup_declaration(j);
      } else if (c == '?') {
        i = skip_to_gt(j + 2);
      } else if (c == '/') {
        if (j + 2 < n_ && is_alpha(p_[j + 2])) i = end_tag(j);
        else i = skip_to_gt(j + 2);
      } else if (is_alpha(c)) {
        i = start_tag(j);
      } else {
        if (drop_depth_ == 0) emit_text(j, j + 1);
        i = j + 1;
      }
    }
  }

 private:
  size_t skip_to_gt(size_t from) {
    if (from >= n_) return n_;
    const void* gt = memchr(p_ + from, '>', n_ - from);
    return gt ? static_cast<const char*>(gt) - p_ + 1 : n_;
  }

  size_t skip_markup_declaration(size_t j) {
    if (j + 4 <= n_ && p_[j + 2] == '-' && p_[j + 3] == '-') {
      size_t k = j + 4;
      if (k < n_ && p_[k] == '>') return k + 1;                          // <!-->
      if (k + 1 < n_ && p_[k] == '-' && p_[k + 1] == '>') return k + 2;  // <!--->
      size_t e = in_.find("-->", k);
      return e == std::string_view::npos ? n_ : e + 3;
    }
    return skip_to_gt(j + 2);
  }

  void anchor(size_t in_pos) {
    uint32_t at = static_cast<uint32_t>(out_->html.size());
    auto& a = out_->anchors;
    if (!a.empty()) {
      // Skip anchors that the previous one already predicts.
      if (int64_t(in_pos) - int64_t(a.back().second) == int64_t(at) - int64_t(a.back().first))
        return;
      if (a.back().first == at) {
        a.back().second = in_pos;
        return;
      }
    }
    a.emplace_back(at, in_pos);
  }

  void emit_text(size_t a, size_t b) {
    anchor(a);
    std::string& o = out_->html;
    if (pre_depth_ > 0) {
      o.append(p_ + a, b - a);
      return;
    }
    bool space = false;
    for (size_t k = a; k < b; ++k) {
      char c = p_[k];
      if (is_ws(c)) {
        if (!space) o.push_back(' ');
        space = true;
      } else {
        o.push_back(c);
        space = false;
      }
    }
  }

  // Reads "<name attrs...>" at j. Returns the position after '>'.
  size_t parse_tag(size_t j, size_t name_at, std::string* name, Attrs* attrs, bool* self_close) {
    size_t k = name_at;
    name->clear();
    while (k < n_ && !is_ws(p_[k]) && p_[k] != '/' && p_[k] != '>') {
      if (name->size() < 64) name->push_back(lower(p_[k]));
      ++k;
    }
    *self_close = false;
    while (k < n_) {
      while (k < n_ && is_ws(p_[k])) ++k;
      if (k >= n_) break;
      if (p_[k] == '>') return k + 1;
      if (p_[k] == '/') {
        *self_close = (k + 1 < n_ && p_[k + 1] == '>');
        ++k;
        continue;
      }
      size_t a0 = k++;
      while (k < n_ && !is_ws(p_[k]) && p_[k] != '/' && p_[k] != '>' && p_[k] != '=') ++k;
      std::string_view aname(p_ + a0, k - a0);
      size_t save = k;
      while (k < n_ && is_ws(p_[k])) ++k;
      std::string_view value;
      if (k < n_ && p_[k] == '=') {
        ++k;
        while (k < n_ && is_ws(p_[k])) ++k;
        if (k < n_ && (p_[k] == '"' || p_[k] == '\'')) {
          char q = p_[k];
          const void* e = memchr(p_ + k + 1, q, n_ - k - 1);
          size_t end = e ? static_cast<const char*>(e) - p_ : n_;
          value = std::string_view(p_ + k + 1, end - k - 1);
          k = e ? end + 1 : n_;
        } else {
          size_t v0 = k;
          while (k < n_ && !is_ws(p_[k]) && p_[k] != '>') ++k;
          value = std::string_view(p_ + v0, k - v0);
        }
      } else {
        k = save;
      }
      if (attrs) set_attr(aname, value, attrs);
    }
    return n_;
  }

  uint32_t hint_bits(const std::string& name, const Attrs& a) {
    uint32_t bits = 0;
    if (!a.cls.empty()) {
      auto it = class_cache_.find(a.cls);
      if (it == class_cache_.end()) it = class_cache_.emplace(a.cls, classify_words(a.cls)).first;
      bits |= it->second;
    }
    if (!a.id.empty()) bits |= classify_words(a.id);
    if (!a.role.empty()) {
      std::string r = lowered(a.role);
      if (r == "navigation" || r == "banner" || r == "contentinfo" || r == "complementary" ||
          r == "dialog" || r == "alertdialog" || r == "menu" || r == "menubar" ||
          r == "search" || r == "toolbar" || r == "tablist" || r == "alert")
        bits |= kRoleNeg;
      else if (r == "main" || r == "article")
        bits |= kRoleMain;
    }
    if (!a.itemprop.empty()) {
      if (contains_ci(a.itemprop, "articlebody")) bits |= kItemBody;
      if (contains_ci(a.itemprop, "author") || contains_ci(a.itemprop, "creator"))
        bits |= kByline;
      if (contains_ci(a.itemprop, "date")) bits |= kDate;
      if (contains_ci(a.itemprop, "comment")) bits |= kComment | kNeg;
    }
    if (!a.itemtype.empty() &&
        (contains_ci(a.itemtype, "article") || contains_ci(a.itemtype, "blogposting")))
      bits |= kArticleType;
    if (a.hidden || (!a.aria_hidden.empty() && iequals(a.aria_hidden, "true")) ||
        (!a.style.empty() && style_hides(a.style)))
      bits |= kHidden;
    if (!a.rel.empty() && contains_ci(a.rel, "author")) bits |= kByline;
    (void)name;
    return bits;
  }

  void collect_meta(const Attrs& a) {
    std::string_view key = !a.property.empty() ? a.property
                           : !a.name.empty()   ? a.name
                           : !a.itemprop.empty() ? a.itemprop
                                                 : a.http_equiv;
    if (key.empty() || a.content.empty() || out_->meta.size() >= 256) return;
    out_->meta.emplace_back(lowered(key), collapse_ws(decode_entities(a.content)));
  }

  void collect_time(const Attrs& a) {
    if (a.datetime.empty()) return;
    if (out_->time_first.empty()) out_->time_first = decode_entities(a.datetime);
    if (out_->time_published.empty()) {
      bool pub = a.pubdate || contains_ci(a.itemprop, "datepublished") ||
                 contains_ci(a.cls, "publish") || contains_ci(a.cls, "pubdate") ||
                 contains_ci(a.cls, "posted") || contains_ci(a.cls, "entry-date");
      if (pub) out_->time_published = decode_entities(a.datetime);
    }
  }

  size_t start_tag(size_t j) {
    Attrs a;
    bool self_close = false;
    size_t after = parse_tag(j, j + 1, &name_, &a, &self_close);
    const std::string& name = name_;
    const uint8_t kind = tag_kind(name);

    // Inside SVG / MathML, "<title/>" or "<style/>" is a foreign element closed on the spot:
    // hunting for its end tag would swallow the rest of the page.
    if (kind == kRawText && self_close && drop_depth_ > 0) return after;
    if (kind == kRawText) {
      size_t e = find_end_tag(in_, after, name);
      std::string_view body = in_.substr(after, (e == std::string_view::npos ? n_ : e) - after);
      // Client-side templates that hold the page's own markup (Blogger's article body):
      // read their content as HTML, unless it is a templating language.
      if (name == "script" && drop_depth_ == 0 && is_html_template(a.type) &&
          body.find('<') != std::string_view::npos && body.find("{{") == std::string_view::npos &&
          body.find("<%") == std::string_view::npos)
        return after;
      if (name == "script" && contains_ci(a.type, "ld+json") && out_->json_ld.size() < 16)
        out_->json_ld.emplace_back(body);
      else if (name == "title" && drop_depth_ == 0 && out_->title.empty())
        out_->title = collapse_ws(decode_entities(body));
      return e == std::string_view::npos ? n_ : skip_to_gt(e + 2);
    }
    if (name == "meta") {
      collect_meta(a);
      return after;
    }
    if (name == "link") {
      if (out_->canonical.empty() && contains_ci(a.rel, "canonical") && !a.href.empty())
        out_->canonical = decode_entities(a.href);
      return after;
    }
    if (name == "time") collect_time(a);
    if (drop_depth_ > 0) {
      if (name == drop_name_ && !self_close) ++drop_depth_;
      return after;
    }
    if (kind == kDropVoid) return after;
    if (kind == kDropTree) {
      if (self_close) return after;
      // An element left open would swallow the rest of the page: drop it only when closed.
      size_t close = name == "svg" || name == "math" ? after : find_end_tag(in_, after, name);
      if (close != std::string_view::npos && close - after < (256u << 10)) {
        drop_name_ = name;
        drop_depth_ = 1;
        return after;
      }
    }
    uint32_t bits = hint_bits(name, a);
    if (kind == kInline && bits == 0) {
      // Formatting tags only slow gumbo down: keep the text, drop the tags.
      ++inline_dropped_[name];
      return after;
    }
    bool counted = kind != kVoid && kind != kOptionalEnd;
    if (counted) {
      if (depth_ >= max_depth_) {
        ++suppressed_;
        ++out_->depth_flattened;
        return after;
      }
      ++depth_;
    }
    anchor(j);
    std::string& o = out_->html;
    last_start_ = o.size();
    last_start_anchors_ = out_->anchors.size();
    o.push_back('<');
    o.append(name);
    if (bits) {
      o.append(" k=");
      o.append(std::to_string(bits));
    }
    if (name == "a" && !a.href.empty() && out_->hrefs.size() < (1u << 20)) {
      o.append(" h=");
      o.append(std::to_string(out_->hrefs.size()));
      out_->hrefs.push_back(a.href.find('&') == std::string_view::npos ? std::string(a.href)
                                                                        : decode_entities(a.href));
    }
    o.push_back('>');
    if (kind == kVoid) last_start_ = std::string::npos;
    if (name == "pre" || name == "listing") ++pre_depth_;
    return after;
  }

  size_t end_tag(size_t j) {
    bool self_close = false;
    size_t after = parse_tag(j, j + 2, &name_, nullptr, &self_close);
    const std::string& name = name_;
    if (drop_depth_ > 0) {
      if (name == drop_name_) --drop_depth_;
      return after;
    }
    const uint8_t kind = tag_kind(name);
    if (kind == kDropVoid || kind == kDropTree) return after;
    if (kind == kInline) {
      auto it = inline_dropped_.find(name);
      if (it != inline_dropped_.end() && it->second > 0) {
        --it->second;
        return after;
      }
    }
    bool counted = kind != kVoid && kind != kOptionalEnd;
    if (counted) {
      if (suppressed_ > 0) {
        --suppressed_;
        return after;
      }
      if (depth_ > 0) --depth_;
    }
    std::string& o = out_->html;
    // An element that holds nothing (icons, spacers, emptied wrappers) is not emitted.
    if (last_start_ != std::string::npos && o.size() > last_start_ + name.size() + 1 &&
        o.compare(last_start_ + 1, name.size(), name) == 0) {
      size_t k = last_start_ + 1 + name.size();
      char c = o[k];
      if (c == ' ' || c == '>') {
        size_t gt = o.find('>', k);
        if (gt != std::string::npos && (gt + 1 == o.size() || (gt + 2 == o.size() && o.back() == ' '))) {
          o.resize(last_start_);
          out_->anchors.resize(last_start_anchors_);
          last_start_ = std::string::npos;
          if ((name == "pre" || name == "listing") && pre_depth_ > 0) --pre_depth_;
          return after;
        }
      }
    }
    last_start_ = std::string::npos;
    anchor(j);
    o.append("</");
    o.append(name);
    o.push_back('>');
    if ((name == "pre" || name == "listing") && pre_depth_ > 0) --pre_depth_;
    return after;
  }

  std::string_view in_;
  const char* p_;
  size_t n_;
  size_t max_depth_;
  Scrubbed* out_;
  std::string name_;
  std::string drop_name_;
  size_t drop_depth_ = 0;
  size_t depth_ = 0, suppressed_ = 0;
  size_t pre_depth_ = 0;
  size_t last_start_ = std::string::npos;  // offset of the last start tag, if nothing followed
  size_t last_start_anchors_ = 0;
  std::unordered_map<std::string_view, uint32_t> class_cache_;
  std::unordered_map<std::string, uint32_t> inline_dropped_;
};

}  // namespace

uint64_t Scrubbed::input_offset(uint32_t at) const {
  if (anchors.empty()) return at;
  auto it = std::upper_bound(anchors.begin(), anchors.end(), at,
                             [](uint32_t v, const std::pair<uint32_t, uint64_t>& a) {
                               return v < a.first;
                             });
  if (it == anchors.begin()) return at;
  --it;
  return it->second + (at - it->first);
}

void scrub(std::string_view in, size_t max_depth, Scrubbed* out) {
  Scrubber s(in, max_depth == 0 ? 1 : max_depth, out);
  s.run();
}

std::string declared_charset(std::string_view bytes) {
  if (bytes.size() >= 3 && uint8_t(bytes[0]) == 0xEF && uint8_t(bytes[1]) == 0xBB &&
      uint8_t(bytes[2]) == 0xBF)
    return "utf-8";
  if (bytes.size() >= 2 && ((uint8_t(bytes[0]) == 0xFF && uint8_t(bytes[1]) == 0xFE) ||
                            (uint8_t(bytes[0]) == 0xFE && uint8_t(bytes[1]) == 0xFF)))
    return "utf-16";
  std::string_view head = bytes.substr(0, 4096);
  size_t i = 0;
  while (i < head.size()) {
    size_t m = head.find("<meta", i);
    if (m == std::string_view::npos) m = head.find("<META", i);
    if (m == std::string_view::npos) break;
    size_t e = head.find('>', m);
    if (e == std::string_view::npos) break;
    std::string tag = lowered(head.substr(m, e - m));
    size_t c = tag.find("charset");
    if (c != std::string::npos) {
      c += 7;
      while (c < tag.size() && (is_ws(tag[c]) || tag[c] == '=' || tag[c] == '"' || tag[c] == '\''))
        ++c;
      size_t d = c;
      while (d < tag.size() && (is_alnum(tag[d]) || tag[d] == '-' || tag[d] == '_' || tag[d] == ':'))
        ++d;
      if (d > c) return tag.substr(c, d - c);
    }
    i = e + 1;
  }
  return {};
}

std::string cp1252_to_utf8(std::string_view bytes) {
  static const char32_t kHigh[32] = {
      0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (char ch : bytes) {
    uint8_t b = uint8_t(ch);
    if (b < 0x80) out.push_back(ch);
    else if (b < 0xA0) utf8::append(&out, kHigh[b - 0x80]);
    else utf8::append(&out, char32_t(b));
  }
  return out;
}

}  // namespace factwire::html
