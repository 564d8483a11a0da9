// The in-memory search index: building it from the documents table, parsing the queries it
// answers, and choosing hits (BM25 as FTS5's bm25() computes it, or newest first).
#include "corpus/search_index.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <mutex>

#include "corpus/sqlite.h"

namespace factwire {

SearchIndex::SearchIndex() : data_(std::make_unique<Data>()) {}
SearchIndex::~SearchIndex() = default;

SearchIndex::Stats SearchIndex::stats() const {
  std::shared_lock<std::shared_mutex> l(data_->mu);
  Stats s;
  s.documents = data_->rows;
  s.terms = static_cast<int64_t>(data_->postings.size());
  s.tokens = data_->tokens;
  int64_t bytes = 0;
  for (const auto& p : data_->postings) bytes += static_cast<int64_t>(p.capacity() + sizeof p);
  for (const auto& [term, id] : data_->term_ids) {
    // An unordered_map node and a map node (about 32 + 48 bytes), the string's heap block.
    bytes += 96 + (term.size() > 15 ? static_cast<int64_t>(term.capacity()) : 0);
  }
  bytes += static_cast<int64_t>(data_->term_ids.bucket_count() * sizeof(void*));
  bytes += static_cast<int64_t>((data_->last_doc.capacity() + data_->doc_count.capacity()) * sizeof(uint32_t));
  bytes += static_cast<int64_t>(data_->length.capacity() * sizeof(uint32_t) + data_->day.capacity() * sizeof(int32_t));
  bytes += static_cast<int64_t>(data_->source.capacity() * sizeof(uint32_t));
  bytes += static_cast<int64_t>((data_->ent_begin.capacity() + data_->ents.capacity() + data_->ev_begin.capacity()) *
                                sizeof(uint32_t) + data_->evs.capacity() * sizeof(uint16_t));
  s.bytes = bytes;
  return s;
}

namespace corpus {

namespace {

void put_varint(std::vector<uint8_t>* out, uint32_t v) {
  while (v >= 0x80) {
    out->push_back(static_cast<uint8_t>(v | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<uint8_t>(v));
}

inline uint32_t get_varint(const uint8_t*& p) {
  uint32_t v = 0;
  int shift = 0;
  for (;;) {
    uint8_t b = *p++;
    v |= static_cast<uint32_t>(b & 0x7f) << shift;
    if (!(b & 0x80)) return v;
    shift += 7;
  }
}

inline void skip_varints(const uint8_t*& p, uint32_t n) {
  while (n) {
    if (!(*p++ & 0x80)) --n;
  }
}

constexpr uint32_t kTextColumn = 0x80000000u;  // a position in the text (else in the title)
constexpr double kTitleWeight = 4.0;           // bm25(documents_fts, 4.0, 1.0)
constexpr double kTextWeight = 1.0;

int32_t parse_day(const unsigned char* s, int n) {
  if (!s) return -1;
  if (n < 10 || s[4] != '-' || s[7] != '-') return 0;
  int32_t v = 0;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return 0;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

// One term's postings, document by document.
struct Cursor {
  const uint8_t* p = nullptr;
  const uint8_t* end = nullptr;
  const uint8_t* pos = nullptr;  // the current document's positions
  uint32_t doc = 0, ttf = 0, xtf = 0;
  bool ok = false;

  explicit Cursor(const std::vector<uint8_t>& v) : p(v.data()), end(v.data() + v.size()) { next(); }
  void next() {
    if (pos) {
      p = pos;
      skip_varints(p, ttf + xtf);
    }
    if (p >= end) {
      ok = false;
      return;
    }
    doc += get_varint(p);
    ttf = get_varint(p);
    xtf = get_varint(p);
    pos = p;
    ok = true;
  }
  void seek(uint32_t d) {
    while (ok && doc < d) next();
  }
  // Title positions, then text positions with kTextColumn set: ascending.
  void positions(std::vector<uint32_t>* out) const {
    out->clear();
    const uint8_t* q = pos;
    uint32_t x = 0;
    for (uint32_t i = 0; i < ttf; ++i) out->push_back(x += get_varint(q));
    x = 0;
    for (uint32_t i = 0; i < xtf; ++i) {
      x += get_varint(q);
      out->push_back(x | kTextColumn);
    }
  }
  double weighted() const { return kTitleWeight * ttf + kTextWeight * xtf; }
};

// The documents holding a phrase, ascending, with its weighted frequency in each.
struct PhraseDocs {
  std::vector<uint32_t> docs;
  std::vector<double> freq;
  double at(uint32_t d) const {
    auto it = std::lower_bound(docs.begin(), docs.end(), d);
    return it != docs.end() && *it == d ? freq[static_cast<size_t>(it - docs.begin())] : 0.0;
  }
};

const std::vector<uint8_t>* find_term(const SearchIndex::Data& data, const std::string& t, size_t* docs = nullptr) {
  auto it = data.term_ids.find(t);
  if (it == data.term_ids.end()) return nullptr;
  if (docs) *docs = data.doc_count[it->second];
  return &data.postings[it->second];
}

PhraseDocs phrase_docs(const SearchIndex::Data& data, const IndexPhrase& ph) {
  PhraseDocs out;
  if (ph.prefix) {
    // Every token starting with the prefix: summed per document.
    const std::string& pre = ph.tokens[0];
    std::vector<double> acc(data.length.size(), 0.0);
    std::vector<uint8_t> seen(data.length.size(), 0);
    for (auto it = data.sorted.lower_bound(pre); it != data.sorted.end() && it->first.substr(0, pre.size()) == pre; ++it) {
      for (Cursor c(data.postings[it->second]); c.ok; c.next()) {
        if (c.doc >= acc.size()) break;
        acc[c.doc] += c.weighted();
        seen[c.doc] = 1;
      }
    }
    for (size_t d = 0; d < seen.size(); ++d) {
      if (seen[d]) {
        out.docs.push_back(static_cast<uint32_t>(d));
        out.freq.push_back(acc[d]);
      }
    }
    return out;
  }
  if (ph.tokens.size() == 1) {
    size_t docs = 0;
    const auto* p = find_term(data, ph.tokens[0], &docs);
    if (!p) return out;
    out.docs.reserve(docs);
    out.freq.reserve(docs);
    for (Cursor c(*p); c.ok; c.next()) {
      out.docs.push_back(c.doc);
      out.freq.push_back(c.weighted());
    }
    return out;
  }
  // A phrase: documents holding every token, then its instances (token k at position p + k).
  std::vector<Cursor> cur;
  for (const std::string& t : ph.tokens) {
    const auto* p = find_term(data, t);
    if (!p) return out;
    cur.emplace_back(*p);
  }
  std::vector<std::vector<uint32_t>> pos(cur.size());
  while (cur[0].ok) {
    uint32_t d = cur[0].doc;
    bool all = true;
    for (size_t k = 1; k < cur.size(); ++k) {
      cur[k].seek(d);
      if (!cur[k].ok) return out;
      if (cur[k].doc != d) {
        all = false;
        d = cur[k].doc;  // no document before this one can hold every token
        break;
      }
    }
    if (!all) {
      cur[0].seek(d);
      continue;
    }
    for (size_t k = 0; k < cur.size(); ++k) cur[k].positions(&pos[k]);
    double f = 0;
    for (uint32_t p : pos[0]) {
      bool match = true;
      for (size_t k = 1; k < cur.size() && match; ++k) {
        match = std::binary_search(pos[k].begin(), pos[k].end(), p + static_cast<uint32_t>(k));
      }
      if (match) f += (p & kTextColumn) ? kTextWeight : kTitleWeight;
    }
    if (f > 0) {
      out.docs.push_back(d);
      out.freq.push_back(f);
    }
    cur[0].next();
  }
  return out;
}

// Documents in every list (each ascending).
std::vector<uint32_t> intersect(const std::vector<const PhraseDocs*>& lists) {
  std::vector<uint32_t> out;
  if (lists.empty()) return out;
  size_t small = 0;
  for (size_t i = 1; i < lists.size(); ++i) {
    if (lists[i]->docs.size() < lists[small]->docs.size()) small = i;
  }
  std::vector<size_t> at(lists.size(), 0);
  for (uint32_t d : lists[small]->docs) {
    bool all = true;
    for (size_t i = 0; i < lists.size() && all; ++i) {
      if (i == small) continue;
      const auto& v = lists[i]->docs;
      auto it = std::lower_bound(v.begin() + static_cast<ptrdiff_t>(at[i]), v.end(), d);
      at[i] = static_cast<size_t>(it - v.begin());
      all = it != v.end() && *it == d;
    }
    if (all) out.push_back(d);
  }
  return out;
}

bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_bare(unsigned char c) {
  return c >= 0x80 || c == 0x1a || c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
         (c >= 'A' && c <= 'Z');
}

}  // namespace

FtsTokenizer::~FtsTokenizer() {
  if (tok_) api_.xDelete(tok_);
}

Status FtsTokenizer::open(sqlite3* db) {
  Stmt st(db, "SELECT fts5(?1)");
  if (!st.ok()) return Status::Unsupported("this SQLite has no FTS5");
  return open(st);
}

Status FtsTokenizer::open(Stmt& st) {
  if (tok_) return Status::Ok();
  fts5_api* api = nullptr;
  if (!st.ok()) return Status::Unsupported("this SQLite has no FTS5");
  sqlite3_bind_pointer(st.get(), 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
  st.step();
  st.reset();
  if (!api) return Status::Unsupported("this SQLite has no FTS5");
  void* ctx = nullptr;
  if (api->xFindTokenizer(api, "unicode61", &ctx, &api_) != SQLITE_OK) {
    return Status::Unsupported("FTS5 has no unicode61 tokenizer");
  }
  // As documents_fts was made (schema.cc): tokenize='unicode61 remove_diacritics 2'.
  const char* args[] = {"remove_diacritics", "2"};
  if (api_.xCreate(ctx, args, 2, &tok_) != SQLITE_OK) {
    tok_ = nullptr;
    return Status::Internal("could not create the FTS5 tokenizer");
  }
  return Status::Ok();
}

Status index_update(SearchIndex::Data& data, sqlite3* db) {
  FtsTokenizer tok;
  if (Status s = tok.open(db); !s.ok()) return s;
  std::unique_lock<std::shared_mutex> lock(data.mu);
  const int64_t old_max = data.max_id.load();
  Stmt st(db, "SELECT id, title, text, day, source_id FROM documents WHERE id > ?1 ORDER BY id");
  if (!st.ok()) return st.status();
  st.bind(1, old_max);
  std::vector<std::pair<uint32_t, uint32_t>> occ;  // (term, position | column)
  std::string key;
  auto term_of = [&](std::string_view t) -> uint32_t {
    key.assign(t);
    auto it = data.term_ids.find(key);
    if (it != data.term_ids.end()) return it->second;
    uint32_t id = static_cast<uint32_t>(data.postings.size());
    it = data.term_ids.emplace(key, id).first;
    data.sorted.emplace(std::string_view(it->first), id);
    data.postings.emplace_back();
    data.last_doc.push_back(0);
    data.doc_count.push_back(0);
    return id;
  };
  int64_t max_id = data.max_id.load();
  sqlite3_stmt* raw = st.get();
  while (st.step()) {
    int64_t id64 = sqlite3_column_int64(raw, 0);
    if (id64 <= 0 || id64 >= (int64_t{1} << 31)) continue;  // ids are small positive integers
    uint32_t id = static_cast<uint32_t>(id64);
    occ.clear();
    for (int col = 0; col < 2; ++col) {
      const char* text = reinterpret_cast<const char*>(sqlite3_column_text(raw, 1 + col));
      if (!text) continue;
      std::string_view sv(text, static_cast<size_t>(sqlite3_column_bytes(raw, 1 + col)));
      uint32_t n = 0, flag = col ? kTextColumn : 0;
      Status s = tok.tokenize(sv, FTS5_TOKENIZE_DOCUMENT, [&](std::string_view t, int, int) {
        occ.emplace_back(term_of(t), n++ | flag);
      });
      if (!s.ok()) return s;
    }
    std::sort(occ.begin(), occ.end());
    for (size_t i = 0; i < occ.size();) {
      uint32_t term = occ[i].first;
      size_t j = i, title_end = i;
      while (j < occ.size() && occ[j].first == term) ++j;
      while (title_end < j && !(occ[title_end].second & kTextColumn)) ++title_end;
      auto& out = data.postings[term];
      put_varint(&out, id - data.last_doc[term]);
      data.last_doc[term] = id;
      ++data.doc_count[term];
      put_varint(&out, static_cast<uint32_t>(title_end - i));
      put_varint(&out, static_cast<uint32_t>(j - title_end));
      uint32_t prev = 0;
      for (size_t k = i; k < title_end; ++k) {
        put_varint(&out, occ[k].second - prev);
        prev = occ[k].second;
      }
      prev = 0;
      for (size_t k = title_end; k < j; ++k) {
        uint32_t p = occ[k].second & ~kTextColumn;
        put_varint(&out, p - prev);
        prev = p;
      }
      i = j;
    }
    if (data.length.size() <= id) {
      data.length.resize(id + 1, 0);
      data.day.resize(id + 1, -1);
      data.source.resize(id + 1, 0);
    }
    data.length[id] = static_cast<uint32_t>(occ.size());
    data.day[id] = parse_day(sqlite3_column_text(raw, 3), sqlite3_column_bytes(raw, 3));
    if (data.day[id] <= 0) ++data.odd_days;
    data.source[id] = static_cast<uint32_t>(std::max<int64_t>(0, sqlite3_column_int64(raw, 4)));
    ++data.rows;
    data.tokens += static_cast<int64_t>(occ.size());
    max_id = std::max<int64_t>(max_id, id);
  }
  if (!st.status().ok()) return st.status();
  if (old_max == 0) {
    // The first build: postings grew by doubling; give the slack back.
    for (auto& p : data.postings) p.shrink_to_fit();
  }
  // Facet data of the same documents: entities, event types (rows in document order), sources.
  {
    Stmt e(db, "SELECT doc_id, entity_id FROM doc_entities WHERE doc_id > ?1 AND doc_id <= ?2 ORDER BY doc_id");
    if (!e.ok()) return e.status();
    e.bind(1, old_max).bind(2, max_id);
    while (e.step()) {
      int64_t d = e.i64(0);
      if (d <= 0 || d > max_id) continue;
      while (data.ent_begin.size() <= static_cast<size_t>(d)) data.ent_begin.push_back(static_cast<uint32_t>(data.ents.size()));
      data.ents.push_back(static_cast<uint32_t>(e.i64(1)));
    }
    if (!e.status().ok()) return e.status();
    while (data.ent_begin.size() <= static_cast<size_t>(max_id)) data.ent_begin.push_back(static_cast<uint32_t>(data.ents.size()));
  }
  {
    Stmt e(db, "SELECT doc_id, type FROM events WHERE doc_id > ?1 AND doc_id <= ?2 AND negated = 0 ORDER BY doc_id");
    if (!e.ok()) return e.status();
    e.bind(1, old_max).bind(2, max_id);
    while (e.step()) {
      int64_t d = e.i64(0);
      if (d <= 0 || d > max_id) continue;
      while (data.ev_begin.size() <= static_cast<size_t>(d)) data.ev_begin.push_back(static_cast<uint32_t>(data.evs.size()));
      std::string type = e.text(1);
      auto it = data.event_type_ids.find(type);
      if (it == data.event_type_ids.end()) {
        it = data.event_type_ids.emplace(type, static_cast<uint16_t>(data.event_types.size())).first;
        data.event_types.push_back(type);
      }
      data.evs.push_back(it->second);
    }
    if (!e.status().ok()) return e.status();
    while (data.ev_begin.size() <= static_cast<size_t>(max_id)) data.ev_begin.push_back(static_cast<uint32_t>(data.evs.size()));
  }
  if (max_id > old_max) {
    Stmt e(db, "SELECT id, name FROM sources");
    if (!e.ok()) return e.status();
    while (e.step()) data.source_names[e.i64(0)] = e.text(1);
    if (!e.status().ok()) return e.status();
  }
  data.max_id.store(max_id);
  return Status::Ok();
}

bool index_facets(const SearchIndex::Data& data, const std::vector<int64_t>& ids, int top, IndexFacets* out) {
  if (data.odd_days > 0) return false;
  size_t n = static_cast<size_t>(std::max(top, 1));
  auto slice = [](const std::vector<uint32_t>& begin, size_t total, int64_t d) {
    size_t b = static_cast<size_t>(d) < begin.size() ? begin[static_cast<size_t>(d)] : total;
    size_t e = static_cast<size_t>(d) + 1 < begin.size() ? begin[static_cast<size_t>(d) + 1] : total;
    return std::make_pair(b, std::max(b, e));
  };
  std::map<int32_t, int64_t> months;
  std::unordered_map<std::string, int64_t> sources;
  std::unordered_map<uint32_t, std::pair<int64_t, int64_t>> ents;  // entity -> (documents, last doc)
  std::vector<int64_t> types(data.event_types.size(), 0), type_doc(data.event_types.size(), -1);
  for (int64_t d : ids) {
    if (d <= 0 || static_cast<size_t>(d) >= data.day.size()) continue;
    ++months[data.day[static_cast<size_t>(d)] / 100];
    auto src = data.source_names.find(data.source[static_cast<size_t>(d)]);
    ++sources[src == data.source_names.end() ? std::string("(unknown)") : src->second];
    auto [eb, ee] = slice(data.ent_begin, data.ents.size(), d);
    for (size_t i = eb; i < ee; ++i) {
      auto& c = ents[data.ents[i]];
      if (c.second != d) ++c.first, c.second = d;
    }
    auto [vb, ve] = slice(data.ev_begin, data.evs.size(), d);
    for (size_t i = vb; i < ve; ++i) {
      if (type_doc[data.evs[i]] != d) ++types[data.evs[i]], type_doc[data.evs[i]] = d;
    }
  }
  char buf[16];
  out->month.clear();
  for (const auto& [ym, c] : months) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", ym / 100, ym % 100);
    out->month.emplace_back(buf, c);
  }
  auto ranked = [n](std::vector<std::pair<std::string, int64_t>> v) {
    std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
    if (v.size() > n) v.resize(n);
    return v;
  };
  out->source = ranked({sources.begin(), sources.end()});
  std::vector<std::pair<std::string, int64_t>> ev;
  for (size_t i = 0; i < types.size(); ++i) {
    if (types[i] > 0) ev.emplace_back(data.event_types[i], types[i]);
  }
  out->event_type = ranked(std::move(ev));
  out->entity.clear();
  for (const auto& [e, c] : ents) out->entity.emplace_back(e, c.first);
  auto by_count = [](const auto& a, const auto& b) { return a.second != b.second ? a.second > b.second : a.first < b.first; };
  size_t k = std::min(out->entity.size(), n);
  std::partial_sort(out->entity.begin(), out->entity.begin() + static_cast<ptrdiff_t>(k), out->entity.end(), by_count);
  out->entity.resize(k);
  return true;
}

bool index_parse(FtsTokenizer& tok, std::string_view q, IndexQuery* out) {
  out->phrases.clear();
  out->any_of.assign(1, {});
  bool after_operator = false;
  size_t i = 0;
  while (i < q.size()) {
    unsigned char c = static_cast<unsigned char>(q[i]);
    if (is_space(c)) {
      ++i;
      continue;
    }
    std::string_view text;
    bool quoted = false;
    if (c == '"') {
      size_t j = q.find('"', i + 1);
      if (j == std::string_view::npos) return false;
      if (j + 1 < q.size() && q[j + 1] == '"') return false;  // an escaped quote
      text = q.substr(i + 1, j - i - 1);
      quoted = true;
      i = j + 1;
    } else if (is_bare(c)) {
      size_t j = i;
      while (j < q.size() && is_bare(static_cast<unsigned char>(q[j]))) ++j;
      text = q.substr(i, j - i);
      i = j;
    } else {
      return false;
    }
    bool prefix = i < q.size() && q[i] == '*';
    if (prefix) ++i;
    if (i < q.size() && !is_space(static_cast<unsigned char>(q[i]))) return false;
    if (!quoted && !prefix) {
      if (text == "NOT" || text == "NEAR") return false;
      if (text == "OR" || text == "AND") {
        if (after_operator || out->any_of.back().empty()) return false;
        if (text == "OR") out->any_of.emplace_back();
        after_operator = true;
        continue;
      }
    }
    IndexPhrase ph;
    ph.prefix = prefix;
    int flags = FTS5_TOKENIZE_QUERY | (prefix ? FTS5_TOKENIZE_PREFIX : 0);
    if (!tok.tokenize(text, flags, [&](std::string_view t, int, int) { ph.tokens.emplace_back(t); }).ok()) {
      return false;
    }
    if (ph.tokens.empty() || (prefix && ph.tokens.size() > 1) || out->phrases.size() >= 64) return false;
    out->any_of.back().push_back(static_cast<int>(out->phrases.size()));
    out->phrases.push_back(std::move(ph));
    after_operator = false;
  }
  return !after_operator && !out->any_of.back().empty();
}

Corpus::Impl::Hits index_search(const SearchIndex::Data& data, const IndexQuery& q, const DocSet* filter,
                                bool by_date, int rank_window, const Page& page) {
  Corpus::Impl::Hits hits;
  std::vector<PhraseDocs> ph;
  ph.reserve(q.phrases.size());
  for (const IndexPhrase& p : q.phrases) ph.push_back(phrase_docs(data, p));
  // The matches: documents where every phrase of one of the ANDs occurs.
  std::vector<uint32_t> matches;
  for (const auto& group : q.any_of) {
    std::vector<const PhraseDocs*> lists;
    for (int i : group) lists.push_back(&ph[static_cast<size_t>(i)]);
    std::vector<uint32_t> m = intersect(lists);
    if (matches.empty()) {
      matches = std::move(m);
    } else {
      std::vector<uint32_t> u;
      u.reserve(matches.size() + m.size());
      std::set_union(matches.begin(), matches.end(), m.begin(), m.end(), std::back_inserter(u));
      matches = std::move(u);
    }
  }
  size_t offset = static_cast<size_t>(std::max(page.offset, 0));
  size_t limit = static_cast<size_t>(std::clamp(page.limit, 0, 10000));
  auto passes = [&](uint32_t d) { return !filter || filter->has(d); };
  if (by_date) {
    std::vector<std::pair<int32_t, uint32_t>> found;  // (day, id)
    for (uint32_t d : matches) {
      if (passes(d)) found.emplace_back(d < data.day.size() ? data.day[d] : -1, d);
    }
    size_t n = std::min(found.size(), offset + limit);
    std::partial_sort(found.begin(), found.begin() + static_cast<ptrdiff_t>(n), found.end(),
                      [](const auto& a, const auto& b) { return a > b; });
    for (size_t i = offset; i < n; ++i) hits.ids.push_back(found[i].second);
    return hits;
  }
  // Best match: BM25 (k1 = 1.2, b = 0.75) over the newest `rank_window` matches, as FTS5's bm25()
  // computes it: each phrase's IDF from the documents holding it, its frequency weighted by
  // column, the document's length over the average.
  std::vector<uint32_t> window;
  for (auto it = matches.rbegin(); it != matches.rend(); ++it) {
    if (!passes(*it)) continue;
    window.push_back(*it);
    if (rank_window > 0 && window.size() >= static_cast<size_t>(rank_window)) break;
  }
  const double rows = static_cast<double>(data.rows);
  const double avgdl = data.rows > 0 ? static_cast<double>(data.tokens) / rows : 1.0;
  std::vector<double> idf(ph.size());
  for (size_t i = 0; i < ph.size(); ++i) {
    double hit = static_cast<double>(ph[i].docs.size());
    idf[i] = std::log((rows - hit + 0.5) / (hit + 0.5));
    if (idf[i] <= 0.0) idf[i] = 1e-6;
  }
  constexpr double k1 = 1.2, b = 0.75;
  std::vector<std::pair<double, uint32_t>> ranked;
  ranked.reserve(window.size());
  std::vector<double> f(ph.size());
  std::vector<char> counted(ph.size(), 1);
  // Each phrase's list walked backwards with the window (newest first).
  std::vector<size_t> at(ph.size());
  for (size_t i = 0; i < ph.size(); ++i) at[i] = ph[i].docs.size();
  for (uint32_t d : window) {
    for (size_t i = 0; i < ph.size(); ++i) {
      const auto& docs = ph[i].docs;
      size_t& k = at[i];
      while (k > 0 && docs[k - 1] > d) --k;
      f[i] = k > 0 && docs[k - 1] == d ? ph[i].freq[k - 1] : 0.0;
    }
    // A phrase counts where an AND it belongs to matched (FTS5 reports no instances of the
    // phrases of an AND that did not match); with one AND, every phrase matched.
    if (q.any_of.size() > 1) {
      std::fill(counted.begin(), counted.end(), 0);
      for (const auto& group : q.any_of) {
        bool all = true;
        for (int i : group) all = all && f[static_cast<size_t>(i)] > 0;
        if (all) {
          for (int i : group) counted[static_cast<size_t>(i)] = 1;
        }
      }
    }
    double D = d < data.length.size() ? static_cast<double>(data.length[d]) : 0.0;
    double score = 0.0;
    for (size_t i = 0; i < ph.size(); ++i) {
      double fi = counted[i] ? f[i] : 0.0;
      score += idf[i] * ((fi * (k1 + 1.0)) / (fi + k1 * (1 - b + b * D / avgdl)));
    }
    ranked.emplace_back(-1.0 * score, d);
  }
  size_t n = std::min(ranked.size(), offset + limit);
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<ptrdiff_t>(n), ranked.end(),
                    [](const auto& a, const auto& b) { return a.first != b.first ? a.first < b.first : a.second > b.second; });
  for (size_t i = offset; i < n; ++i) {
    hits.ids.push_back(ranked[i].second);
    hits.ranks.push_back(ranked[i].first);
  }
  return hits;
}

namespace {

struct SnipToken {
  int start, end;
  int sentence;  // the position of the first token of its sentence
};
struct SnipInstance {
  int first, last, phrase;
};

bool token_matches(std::string_view t, const IndexPhrase& ph, size_t k) {
  const std::string& want = ph.tokens[k];
  if (ph.prefix && k + 1 == ph.tokens.size()) return t.substr(0, want.size()) == want;
  return t == want;
}

// Where to start tokenizing a column for its snippet: at a space a little before the first
// place where a phrase's first token occurs (in lower case or capitalised), so that a long
// text is not tokenized up to a late match. 0 when a token is not ASCII or nothing is found (a match
// spelled with diacritics is only found by tokenizing).
size_t snippet_base(std::string_view col, const IndexQuery& q) {
  size_t best = std::string_view::npos;
  for (const auto& ph : q.phrases) {
    const std::string& t = ph.tokens[0];
    for (unsigned char c : t) {
      if (c >= 0x80) return 0;
    }
    if (t.empty() || col.size() < t.size()) continue;
    // As written in lower case, or capitalised (other spellings are found by tokenizing from
    // the start when nothing matches after the hint, or are left for later matches).
    best = std::min(best, col.find(t));
    if (t[0] >= 'a' && t[0] <= 'z') {
      std::string cap = t;
      cap[0] = static_cast<char>(cap[0] - 32);
      best = std::min(best, col.find(cap));
    }
  }
  if (best == std::string_view::npos || best < 400) return 0;
  size_t b = best - 300;
  while (b > 0 && col[b] != ' ' && col[b] != '\n' && col[b] != '\t' && col[b] != '\r') --b;
  return b;
}

// The snippet of one column, tokenized from byte `base` (a token boundary); false when no
// phrase occurs in it (or it has no token) and `always` is not set.
bool column_snippet(FtsTokenizer& tok, const IndexQuery& q, std::string_view col, size_t base, int n, bool always,
                    std::string* out) {
  size_t ring_size = 1;
  for (const auto& ph : q.phrases) ring_size = std::max(ring_size, ph.tokens.size());
  std::vector<SnipToken> toks;
  toks.reserve(128);
  std::vector<SnipInstance> inst;
  std::vector<std::string> ring(ring_size);
  int first = -1;
  bool ended = true;
  int sentence = base == 0 ? 0 : -1;  // -1: not known (the text before `base` is not read)
  const int shift = static_cast<int>(base);
  Status st = tok.tokenize_while(col.substr(base), FTS5_TOKENIZE_DOCUMENT, [&](std::string_view t, int s, int e) {
    s += shift;
    e += shift;
    int pos = static_cast<int>(toks.size());
    // Enough read past the first match to find a better cluster nearby.
    if ((first >= 0 && pos > first + 2 * n) || (always && first < 0 && pos >= n)) {
      ended = false;
      return false;
    }
    if (pos > 0 || base > 0) {
      // A sentence starts after '.', ':', '!' or '?' and white space.
      int i = s - 1;
      char c = 0;
      while (i >= 0) {
        c = col[static_cast<size_t>(i)];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
        --i;
      }
      if (i != s - 1 && i >= 0 && (c == '.' || c == ':' || c == '!' || c == '?')) sentence = pos;
    }
    toks.push_back({s, e, sentence});
    if (ring_size > 1) ring[static_cast<size_t>(pos) % ring_size].assign(t);
    for (size_t i = 0; i < q.phrases.size(); ++i) {
      const IndexPhrase& ph = q.phrases[i];
      int len = static_cast<int>(ph.tokens.size());
      if (pos + 1 < len || !token_matches(t, ph, static_cast<size_t>(len - 1))) continue;
      bool ok = true;
      for (int k = 0; k + 1 < len && ok; ++k) {
        ok = token_matches(ring[static_cast<size_t>(pos - (len - 1) + k) % ring_size], ph, static_cast<size_t>(k));
      }
      if (ok) {
        inst.push_back({pos - len + 1, pos, static_cast<int>(i)});
        if (first < 0 || pos - len + 1 < first) first = pos - len + 1;
      }
    }
    return true;
  });
  if (!st.ok() || toks.empty() || (inst.empty() && !always)) return false;
  std::sort(inst.begin(), inst.end(), [](const SnipInstance& a, const SnipInstance& b) {
    return a.first != b.first ? a.first < b.first : a.phrase < b.phrase;
  });
  const int ntok = static_cast<int>(toks.size());
  // Candidate fragments: around each instance's cluster, and from its sentence's start.
  std::vector<char> seen(q.phrases.size());
  auto score = [&](int w) {
    std::fill(seen.begin(), seen.end(), 0);
    int sc = 0;
    for (const auto& in : inst) {
      if (in.first < w || in.first >= w + n) continue;
      sc += seen[static_cast<size_t>(in.phrase)] ? 1 : 1000;
      seen[static_cast<size_t>(in.phrase)] = 1;
    }
    return sc;
  };
  int best = 0, best_score = -1;
  for (const auto& in : inst) {
    int last = in.last;
    for (const auto& o : inst) {
      if (o.first >= in.first && o.first < in.first + n) last = std::max(last, o.last);
    }
    int w = in.first - (n - std::min(n, last - in.first + 1)) / 2;
    if (ended && w + n > ntok) w = ntok - n;
    w = std::max(w, 0);
    int sc = score(w);
    if (sc > best_score) best_score = sc, best = w;
    int s = toks[static_cast<size_t>(in.first)].sentence;
    if (s >= 0 && s != w && in.first < s + n && ntok > n) {
      sc = score(s) + (s == 0 ? 120 : 100);
      if (sc > best_score) best_score = sc, best = s;
    }
  }
  const int start = best;
  const int end_tok = std::min(start + n - 1, ntok - 1);
  std::string& o = *out;
  o.clear();
  const bool column_start = start == 0 && base == 0;
  if (!column_start) o += "\xE2\x80\xA6";  // …
  size_t from = column_start ? 0 : static_cast<size_t>(toks[static_cast<size_t>(start)].start);
  int open_first = -1, open_last = -1;
  auto flush = [&] {
    if (open_first < 0) return;
    int last = std::min(open_last, end_tok);
    size_t a = static_cast<size_t>(toks[static_cast<size_t>(open_first)].start);
    size_t b = static_cast<size_t>(toks[static_cast<size_t>(last)].end);
    if (a >= from) o.append(col.substr(from, a - from));
    o += '\x01';
    o.append(col.substr(std::max(a, from), b - std::max(a, from)));
    o += '\x02';
    from = b;
  };
  for (const auto& in : inst) {
    if (in.first < start || in.first > end_tok) continue;
    if (open_first >= 0 && in.first <= open_last) {
      open_last = std::max(open_last, in.last);
    } else {
      flush();
      open_first = in.first;
      open_last = in.last;
    }
  }
  flush();
  size_t stop = static_cast<size_t>(toks[static_cast<size_t>(end_tok)].end);
  if (stop > from) o.append(col.substr(from, stop - from));
  if (ended && end_tok == ntok - 1) {
    if (col.size() > stop) o.append(col.substr(stop));
  } else {
    o += "\xE2\x80\xA6";
  }
  return true;
}

}  // namespace

std::string index_snippet(FtsTokenizer& tok, const IndexQuery& q, std::string_view title, std::string_view text,
                          int tokens) {
  std::string out;
  int n = std::max(tokens, 1);
  size_t base = snippet_base(text, q);
  if (column_snippet(tok, q, text, base, n, false, &out)) return out;
  if (base > 0 && column_snippet(tok, q, text, 0, n, false, &out)) return out;
  if (column_snippet(tok, q, title, 0, n, false, &out)) return out;
  if (column_snippet(tok, q, text, 0, n, true, &out)) return out;
  return std::string();
}

}  // namespace corpus
}  // namespace factwire
