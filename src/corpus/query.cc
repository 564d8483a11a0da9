// The corpus queries: full-text search, quotes, figures and their timeline, events and
// dyads, entity profiles. Each builds one SQL statement with bound parameters (names and
// keywords are never pasted into SQL) and answers a Table.
#include <algorithm>
#include <cctype>
#include <map>
#include <mutex>
#include <shared_mutex>
#include <tuple>
#include <cmath>
#include <unordered_map>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "corpus/corpus_impl.h"
#include "corpus/search_index.h"
#include "events/plover.h"
#include "factwire/corpus.h"

namespace factwire {

using corpus::Stmt;

namespace {

// "assault" -> "ASSAULT" (event types are stored in upper case).
std::string upper_ascii(const std::string& s) {
  std::string t;
  for (char c : s) t += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
  return t;
}


constexpr int kMaxLimit = 10000;

// SQL text with its arguments, appended to in step.
struct Sql {
  std::string text;
  std::vector<Cell> args;

  Sql& operator<<(std::string_view s) {
    text += s;
    return *this;
  }
  Sql& arg(Cell c) {
    args.push_back(std::move(c));
    text += '?';
    return *this;
  }
  Sql& in_list(const std::vector<int64_t>& ids) {
    text += '(';
    for (size_t i = 0; i < ids.size(); ++i) {
      if (i) text += ',';
      arg(ids[i]);
    }
    if (ids.empty()) text += "NULL";
    text += ')';
    return *this;
  }
  Sql& page(const Page& p) {
    *this << " LIMIT ";
    arg(static_cast<int64_t>(std::clamp(p.limit, 0, kMaxLimit)));
    *this << " OFFSET ";
    return arg(static_cast<int64_t>(std::max(p.offset, 0)));
  }
  Sql& day_range(const std::string& col, const std::string& from, const std::string& to) {
    if (!from.empty()) {
      *this << " AND " << col << " >= ";
      arg(corpus::day_from(from));
    }
    if (!to.empty()) {
      *this << " AND " << col << " <= ";
      arg(corpus::day_to(to));
    }
    return *this;
  }
};

Result<Table> run(Corpus::Impl* impl, const Sql& sql, std::string name) {
  Stmt st(impl->db, sql.text);
  if (!st.ok()) return impl->query_status(st.status());
  for (size_t i = 0; i < sql.args.size(); ++i) st.bind_cell(static_cast<int>(i + 1), sql.args[i]);
  auto t = corpus::query_table(st, std::move(name));
  if (!t.ok()) return impl->query_status(t.status());
  return t;
}

std::string like_escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

// A user's words as a safe FTS5 query: each whitespace-separated word becomes a quoted
// string (prefix * kept), so punctuation cannot make a syntax error.
std::string fts_literal(std::string_view q) {
  std::string out;
  size_t i = 0;
  while (i < q.size()) {
    while (i < q.size() && (q[i] == ' ' || q[i] == '\t' || q[i] == '\n')) ++i;
    size_t j = i;
    while (j < q.size() && q[j] != ' ' && q[j] != '\t' && q[j] != '\n') ++j;
    if (j > i) {
      std::string w(q.substr(i, j - i));
      bool prefix = w.size() > 1 && w.back() == '*';
      if (prefix) w.pop_back();
      std::string clean;
      for (char c : w) {
        if (c != '"') clean += c;
      }
      if (!clean.empty()) {
        if (!out.empty()) out += ' ';
        out += '"' + clean + '"';
        if (prefix) out += '*';
      }
    }
    i = j;
  }
  return out;
}

// True when a search failed because FTS5 could not read its query ("fts5: syntax error near
// ...", an unterminated string, a lone '*', a column that is not there).
bool fts_syntax_error(const Status& st) {
  const std::string& m = st.message();
  for (const char* s : {"fts5", "unterminated string", "unknown special query", "no such column", "expected integer"}) {
    if (m.find(s) != std::string::npos) return true;
  }
  return false;
}

// A search FTS5 could not read: searched as plain words when it was typed as words (an
// apostrophe, a stray parenthesis, a dangling "storm OR"), but refused when it uses NOT or NEAR
// (in capitals): "NOT Pelosi" read as words would find exactly the documents it excludes, and
// "NEAR(a b, x)" would lose its distance.
Status fts_fallback(const std::string& text, const Status& failed, std::string* literal) {
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !(text[i] >= 'A' && text[i] <= 'Z')) ++i;
    size_t j = i;
    while (j < text.size() && text[j] >= 'A' && text[j] <= 'Z') ++j;
    std::string_view w(text.data() + i, j - i);
    bool alone = (i == 0 || !std::isalnum(static_cast<unsigned char>(text[i - 1]))) &&
                 (j == text.size() || !std::isalnum(static_cast<unsigned char>(text[j])));
    if (alone && (w == "NOT" || w == "NEAR")) {
      std::string m = failed.message();
      if (size_t c = m.rfind(": "); c != std::string::npos) m = m.substr(c + 2);
      return Status::InvalidInput("the search uses FTS5 operators but cannot be read (" + m +
                                  "): write 'A NOT B', 'A OR B', 'NEAR(a b, 5)'; lower-case words are plain words");
    }
    i = j;
  }
  *literal = fts_literal(text);
  if (literal->empty()) return Status::InvalidInput("the search has no words");
  return Status::Ok();
}

// A phrase query for a keyword (all its words in order).
std::string fts_phrase(std::string_view q) {
  std::string clean;
  for (char c : q) {
    if (c != '"') clean += c;
  }
  return '"' + clean + '"';
}

void mark_up(std::string* s, const SearchQuery& q) {
  std::string out;
  out.reserve(s->size() + 32);
  for (char c : *s) {
    if (c == '\x01') {
      out += q.html ? "<mark>" : q.mark_open;
    } else if (c == '\x02') {
      out += q.html ? "</mark>" : q.mark_close;
    } else if (q.html && c == '<') {
      out += "&lt;";
    } else if (q.html && c == '>') {
      out += "&gt;";
    } else if (q.html && c == '&') {
      out += "&amp;";
    } else if (q.html && c == '"') {
      out += "&quot;";
    } else if (q.html && c == '\'') {
      out += "&#39;";
    } else if (c == '\n') {
      out += ' ';
    } else {
      out += c;
    }
  }
  *s = std::move(out);
}

int days_in_month(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 31;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

std::string next_month(const std::string& month) {  // "2024-12" -> "2025-01"
  int y = std::atoi(month.substr(0, 4).c_str()), m = std::atoi(month.substr(5, 2).c_str());
  if (++m > 12) m = 1, ++y;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  return buf;
}

std::string prev_month(const std::string& month) {
  int y = std::atoi(month.substr(0, 4).c_str()), m = std::atoi(month.substr(5, 2).c_str());
  if (--m < 1) m = 12, --y;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  return buf;
}

// "YYYY-MM-DD" -> the Monday of its week (weeks run Monday to Sunday); other text unchanged.
std::string monday_of(const std::string& day) {
  if (day.size() < 10 || day[4] != '-' || day[7] != '-') return day;
  int y = std::atoi(day.substr(0, 4).c_str()), m = std::atoi(day.substr(5, 2).c_str()),
      d = std::atoi(day.substr(8, 2).c_str());
  if (m < 1 || m > 12 || d < 1 || d > 31) return day;
  // Days since 1970-01-01 (a proleptic Gregorian calendar), and back.
  auto days_from_civil = [](int64_t yy, int64_t mm, int64_t dd) {
    yy -= mm <= 2;
    int64_t era = (yy >= 0 ? yy : yy - 399) / 400;
    int64_t yoe = yy - era * 400;
    int64_t doy = (153 * (mm + (mm > 2 ? -3 : 9)) + 2) / 5 + dd - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
  };
  int64_t z = days_from_civil(y, m, d);
  int64_t weekday = ((z % 7) + 7 + 3) % 7;  // 0 = Monday (1970-01-01 was a Thursday)
  z -= weekday;
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t yy = yoe + era * 400;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int64_t dd = doy - (153 * mp + 2) / 5 + 1;
  int64_t mm = mp + (mp < 10 ? 3 : -9);
  yy += mm <= 2;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", static_cast<int>(yy), static_cast<int>(mm), static_cast<int>(dd));
  return buf;
}

// A day range as the whole months inside it (answered from monthly totals) and the days of
// the months it covers only in part (answered from the rows). Empty bounds are open.
struct MonthSplit {
  std::string month_from, month_to;  // inclusive "YYYY-MM"; empty = open
  bool empty_months = false;         // no whole month inside the range
  std::vector<std::pair<std::string, std::string>> day_ranges;
};

MonthSplit split_months(const std::string& from_in, const std::string& to_in) {
  MonthSplit out;
  std::string from = from_in.empty() ? "" : corpus::day_from(from_in);
  std::string to = to_in.empty() ? "" : corpus::day_to(to_in);
  auto well_formed = [](const std::string& d) {
    return d.size() == 10 && d[4] == '-' && d[7] == '-';
  };
  if ((!from.empty() && !well_formed(from)) || (!to.empty() && !well_formed(to))) {
    // Not a day we can split: every row in the range from the rows.
    out.empty_months = true;
    out.day_ranges.emplace_back(from, to.empty() ? "9999-12-31" : to);
    return out;
  }
  std::string head_to, tail_from;
  if (!from.empty()) {
    std::string m = from.substr(0, 7);
    if (from.substr(8) == "01") {
      out.month_from = m;
    } else {
      out.month_from = next_month(m);
      head_to = m + "-31";
    }
  }
  if (!to.empty()) {
    std::string m = to.substr(0, 7);
    int y = std::atoi(to.substr(0, 4).c_str()), mm = std::atoi(to.substr(5, 2).c_str());
    if (std::atoi(to.substr(8).c_str()) >= days_in_month(y, mm)) {
      out.month_to = m;
    } else {
      out.month_to = prev_month(m);
      tail_from = m + "-01";
    }
  }
  if (!out.month_from.empty() && !out.month_to.empty() && out.month_from > out.month_to) {
    // No whole month: the range lies within one month or across the end of one.
    out.empty_months = true;
    out.day_ranges.emplace_back(from, to);  // nothing when from > to
    return out;
  }
  if (!head_to.empty()) out.day_ranges.emplace_back(from, head_to);
  if (!tail_from.empty()) out.day_ranges.emplace_back(tail_from, to);
  return out;
}

}  // namespace

Result<std::vector<int64_t>> Corpus::Impl::resolve_entities(const std::string& name, int max) {
  std::vector<int64_t> ids;
  {
    Stmt st(db, "SELECT id FROM entities WHERE name = ?1 LIMIT ?2");
    st.bind(1, name).bind(2, max);
    while (st.step()) ids.push_back(st.i64(0));
    if (!st.status().ok()) return st.status();
  }
  if (!ids.empty()) return ids;
  // Whole-word containment: "Aoun" finds "Joseph Aoun", "Michel Aoun".
  Stmt st(db,
          "SELECT id FROM entities WHERE name LIKE '% ' || ?1 ESCAPE '\\' OR name LIKE ?1 || ' %' ESCAPE '\\' "
          "OR name LIKE '% ' || ?1 || ' %' ESCAPE '\\' LIMIT ?2");
  st.bind(1, like_escape(name)).bind(2, max);
  while (st.step()) ids.push_back(st.i64(0));
  if (!st.status().ok()) return st.status();
  return ids;
}

Status Corpus::Impl::filter_ids(const std::string& name, std::vector<int64_t>* ids) {
  ids->clear();
  if (name.empty()) return Status::Ok();
  auto r = resolve_entities(name);
  if (!r.ok()) return query_status(r.status());
  *ids = std::move(r.value());
  return Status::Ok();
}

namespace {

// Adds the ids a statement answers (first column) to `out`.
// The statement is the connection's cached one for its text (filters of one shape share a
// text: their values are bound), unless the cache already holds many statements (entity
// filters list their ids in the text): then prepared for this call alone.
Status fill(Corpus::Impl* impl, const Sql& sql, corpus::DocSet* out) {
  constexpr size_t kMaxCached = 256;
  std::optional<Stmt> own;
  Stmt* st = nullptr;
  if (impl->stmts.size() < kMaxCached || impl->stmts.count(sql.text)) {
    st = &impl->stmt(sql.text.c_str());
  } else {
    own.emplace(impl->db, sql.text);
    st = &*own;
  }
  if (!st->ok()) return st->status();
  for (size_t i = 0; i < sql.args.size(); ++i) st->bind_cell(static_cast<int>(i + 1), sql.args[i]);
  while (st->step()) out->add(st->i64(0));
  Status status = st->status();
  st->reset();
  return status;
}

// Sets the filters of a search other than its words (date, source, entity, event type) into
// `out`, each read from a covering index; false when the search has none.
Result<bool> filter_set(Corpus::Impl* impl, const SearchQuery& q, const std::vector<int64_t>& entity_ids,
                        corpus::DocSet* out) {
  std::vector<Sql> parts;
  if (!q.from.empty() || !q.to.empty() || !q.source.empty()) {
    Sql s;
    s << "SELECT id FROM documents WHERE 1";
    s.day_range("day", q.from, q.to);
    if (!q.source.empty()) {
      s << " AND source_id IN (SELECT id FROM sources WHERE name = ";
      s.arg(q.source);
      s << " OR name LIKE '%.' || ";
      s.arg(like_escape(q.source));
      s << " ESCAPE '\\')";
    }
    parts.push_back(std::move(s));
  }
  if (!q.entity.empty()) {
    Sql s;
    s << "SELECT doc_id FROM doc_entities WHERE entity_id IN ";
    s.in_list(entity_ids);
    s.day_range("day", q.from, q.to);
    parts.push_back(std::move(s));
  }
  if (!q.event_type.empty()) {
    const std::string t = upper_ascii(q.event_type);
    Sql s;
    s << "SELECT doc_id FROM events INDEXED BY events_type_doc WHERE type = ";
    s.arg(t);
    s.day_range("day", q.from, q.to);
    s << " AND negated = 0";
    parts.push_back(std::move(s));
  }
  if (parts.empty()) return false;
  for (size_t i = 0; i < parts.size(); ++i) {
    corpus::DocSet one;
    Status st = fill(impl, parts[i], i == 0 ? out : &one);
    if (!st.ok()) return st;
    if (i > 0) out->intersect(one);
  }
  return true;
}

// Points fw_docset() at a set for the life of a statement.
class UseDocSet {
 public:
  UseDocSet(Corpus::Impl* impl, const corpus::DocSet* set) : impl_(impl) { impl_->docset = set; }
  ~UseDocSet() { impl_->docset = nullptr; }
  UseDocSet(const UseDocSet&) = delete;
  UseDocSet& operator=(const UseDocSet&) = delete;

 private:
  Corpus::Impl* impl_;
};

// What identifies a search's hits: its words, filters and order, and the database's version.
std::string hits_key(Corpus::Impl* impl, const SearchQuery& q, const std::string& match) {
  int64_t version = -1;
  {
    Stmt& st = impl->stmt("PRAGMA data_version");
    if (st.step()) version = st.i64(0);
    st.reset();
  }
  std::string k = match;
  for (const std::string* f : {&q.from, &q.to, &q.source, &q.entity, &q.event_type}) {
    k += '\x1f';
    k += *f;
  }
  k += '\x1f' + std::to_string(q.by_date) + ',' + std::to_string(q.rank_window) + ',' + std::to_string(version);
  return k;
}

}  // namespace

// One page of matches, best first or newest first, chosen without reading any document's
// row. Filters become one id set (filter_set). Newest first: the matches become a set too,
// and the (day, source) index is walked from the newest day, keeping the ids in both sets.
// Best match: FTS5 reads the matches in rowid order (newest ingested first), keeps those in
// the filter set, stops after `rank_window` and ranks those (BM25).
Result<Corpus::Impl::Hits> Corpus::Impl::search_ids(const SearchQuery& q, const std::string& match,
                                                    const std::vector<int64_t>& entity_ids, const Page& page) {
  corpus::DocSet filters;
  auto filtered = filter_set(this, q, entity_ids, &filters);
  if (!filtered.ok()) return filtered.status();
  if (q.index) {
    // The in-memory index, brought up to date first (documents are only ever added), answers
    // the queries it understands; FTS5 the others.
    SearchIndex::Data& data = q.index->data();
    corpus::Stmt& newest = stmt("SELECT max(id) FROM documents");
    int64_t max_id = newest.step() ? newest.i64(0) : 0;
    if (!newest.status().ok()) return newest.status();
    newest.reset();
    if (max_id > data.max_id.load()) {
      if (Status st = corpus::index_update(data, db); !st.ok()) return st;
    }
    corpus::FtsTokenizer tok;
    corpus::IndexQuery iq;
    if (tok.open(stmt("SELECT fts5(?1)")).ok() && corpus::index_parse(tok, match, &iq)) {
      std::shared_lock<std::shared_mutex> lock(data.mu);
      return corpus::index_search(data, iq, filtered.value() ? &filters : nullptr, q.by_date, q.rank_window, page);
    }
  }
  Hits hits;
  Sql s;
  corpus::DocSet set;
  if (q.by_date) {
    Sql m;
    m << "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ";
    m.arg(match);
    Status st = fill(this, m, &set);
    if (!st.ok()) return st;
    if (filtered.value()) set.intersect(filters);
    if (set.count() == 0) return hits;
    s << "SELECT id FROM documents INDEXED BY documents_recent WHERE fw_docset(id)";
    s.day_range("day", q.from, q.to);
    s << " ORDER BY day DESC, id DESC";
  } else {
    if (filtered.value()) {
      if (filters.count() == 0) return hits;
      set = std::move(filters);
    }
    s << "SELECT id, rank FROM (SELECT rowid AS id, bm25(documents_fts, 4.0, 1.0) AS rank FROM documents_fts "
         "WHERE documents_fts MATCH ";
    s.arg(match);
    if (filtered.value()) s << " AND fw_docset(rowid)";
    if (q.rank_window > 0) {
      s << " ORDER BY rowid DESC LIMIT ";
      s.arg(static_cast<int64_t>(q.rank_window));
    }
    s << ") ORDER BY rank, id DESC";
  }
  s.page(page);
  UseDocSet use(this, &set);
  Stmt st(db, s.text);
  if (!st.ok()) return st.status();
  for (size_t i = 0; i < s.args.size(); ++i) st.bind_cell(static_cast<int>(i + 1), s.args[i]);
  while (st.step()) {
    hits.ids.push_back(st.i64(0));
    if (!q.by_date) hits.ranks.push_back(st.f64(1));
  }
  if (!st.status().ok()) return st.status();
  return hits;
}

namespace {
Status fts_rows(Corpus::Impl* impl, const SearchQuery& q, const std::string& match, const std::vector<int64_t>& ids,
                std::unordered_map<int64_t, std::vector<Cell>>* out);

// Filters over a closed set of values: an unknown one is a mistake to report (400, exit 2),
// not a query that quietly matches nothing.
Status check_event_type(const std::string& t) {
  if (t.empty() || is_plover_type(upper_ascii(t))) return Status::Ok();
  return Status::InvalidInput("unknown event type '" + t + "': one of " + plover_type_list());
}

Status check_figure_category(const std::string& c) {
  // The categories of the output contract (include/factwire/document.h, Figure::category).
  static const char* kCategories[] = {"killed",    "injured",   "displaced", "arrested", "missing",
                                      "destroyed", "deployed",  "money",     "other"};
  if (c.empty()) return Status::Ok();
  for (const char* k : kCategories)
    if (c == k) return Status::Ok();
  return Status::InvalidInput("unknown figure category '" + c +
                              "': one of killed, injured, displaced, arrested, missing, destroyed, deployed, money, other");
}
}  // namespace

Status Corpus::update_search_index(SearchIndex* index) {
  if (!index) return Status::InvalidInput("no search index");
  return corpus::index_update(index->data(), impl_->db);
}

namespace {

// One read transaction around the statements of a search (when the connection is not in one):
// each statement on its own would take and drop the WAL read lock (two fcntl calls) again.
class ReadTransaction {
 public:
  explicit ReadTransaction(Corpus::Impl* impl) : impl_(impl) {
    if (sqlite3_get_autocommit(impl_->db)) {
      corpus::Stmt& st = impl_->stmt("BEGIN");
      open_ = st.run().ok();
    }
  }
  ~ReadTransaction() {
    if (!open_ || sqlite3_get_autocommit(impl_->db)) return;
    if (!impl_->stmt("COMMIT").run().ok()) (void)impl_->stmt("ROLLBACK").run();
  }
  ReadTransaction(const ReadTransaction&) = delete;
  ReadTransaction& operator=(const ReadTransaction&) = delete;

 private:
  Corpus::Impl* impl_;
  bool open_ = false;
};

}  // namespace

Result<Table> Corpus::search(const SearchQuery& q) {
  if (q.text.empty()) return Status::InvalidInput("an empty search: give some words");
  if (Status st = check_event_type(q.event_type); !st.ok()) return st;
  QueryClock clock(impl_.get());
  ReadTransaction txn(impl_.get());
  std::vector<int64_t> entity_ids;
  if (Status st = impl_->filter_ids(q.entity, &entity_ids); !st.ok()) return st;
  // The page of hits is chosen first (ids only); the rows and snippets are made for those hits
  // alone (making one for every match of a common word costs seconds).
  // At least kHitsKept hits are chosen and kept, so that the facets of this search (asked
  // next, by the dashboard and the API) count them without ranking again.
  impl_->hits_key.clear();
  std::string match = q.text;
  int64_t offset = std::max(q.page.offset, 0);
  int64_t want = offset + std::clamp(q.page.limit, 0, kMaxLimit);
  Page wide{static_cast<int>(std::max<int64_t>(want, Corpus::Impl::kHitsKept)), 0};
  auto all = impl_->search_ids(q, match, entity_ids, wide);
  if (!all.ok() && fts_syntax_error(all.status())) {
    // Not valid FTS5 syntax (an apostrophe, a stray parenthesis): search the words as written.
    if (Status st = fts_fallback(q.text, all.status(), &match); !st.ok()) return st;
    all = impl_->search_ids(q, match, entity_ids, wide);
  }
  if (!all.ok()) return impl_->query_status(all.status());
  Corpus::Impl::Hits hits;
  {
    const auto& a = all.value();
    size_t from = std::min<size_t>(static_cast<size_t>(offset), a.ids.size());
    size_t to = std::min<size_t>(static_cast<size_t>(want), a.ids.size());
    hits.ids.assign(a.ids.begin() + static_cast<ptrdiff_t>(from), a.ids.begin() + static_cast<ptrdiff_t>(to));
    if (!a.ranks.empty()) {
      hits.ranks.assign(a.ranks.begin() + static_cast<ptrdiff_t>(from), a.ranks.begin() + static_cast<ptrdiff_t>(to));
    }
    impl_->hits_complete = a.ids.size() < static_cast<size_t>(wide.limit);
    impl_->hits_kept = std::move(all.value());
    impl_->hits_key = hits_key(impl_.get(), q, q.text);
  }
  const std::vector<int64_t>& ids = hits.ids;
  Table t;
  t.name = "search";
  t.columns = {"doc_id", "story_id", "day", "source", "title", "url", "snippet", "rank"};
  if (ids.empty()) return t;
  std::unordered_map<int64_t, std::vector<Cell>> rows;
  corpus::FtsTokenizer tok;
  corpus::IndexQuery iq;
  if (q.index && tok.open(impl_->stmt("SELECT fts5(?1)")).ok() && corpus::index_parse(tok, match, &iq)) {
    // Hits of the in-memory index (search_ids took the same branch): the rows by id, snippets
    // made here from the phrases (FTS5's snippet() would tokenize each text in full, twice).
    const size_t full = static_cast<size_t>(want - offset);
    for (size_t k = 0; k < ids.size(); ++k) {
      const int64_t id = ids[k];
      if (q.last_row_probe && k + 1 == full && ids.size() == full) {
        // Asked for only to know whether a next page exists (SearchQuery::last_row_probe).
        std::vector<Cell> row(7);
        row[0] = id;
        rows.emplace(id, std::move(row));
        continue;
      }
      Stmt& st = impl_->stmt(
          "SELECT d.id, d.story_id, d.day, src.name, d.title, d.url, d.text FROM documents d "
          "LEFT JOIN sources src ON src.id = d.source_id WHERE d.id = ?1");
      st.bind(1, id);
      sqlite3_stmt* raw = st.get();
      auto view = [&](int col) {
        const char* p = reinterpret_cast<const char*>(sqlite3_column_text(raw, col));
        return p ? std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(raw, col))) : std::string_view();
      };
      if (st.step()) {
        std::vector<Cell> row;
        row.reserve(8);
        for (int i = 0; i < 6; ++i) row.push_back(st.cell(i));
        std::string sn = corpus::index_snippet(tok, iq, view(4), view(6));
        mark_up(&sn, q);
        row.push_back(std::move(sn));
        rows.emplace(id, std::move(row));
      }
      Status status = st.status();
      st.reset();
      if (!status.ok()) return impl_->query_status(status);
    }
  } else {
    Status st = fts_rows(impl_.get(), q, match, ids, &rows);
    if (!st.ok()) return st;
  }
  for (size_t i = 0; i < ids.size(); ++i) {
    auto it = rows.find(ids[i]);
    if (it == rows.end()) continue;
    std::vector<Cell> row = std::move(it->second);
    if (i < hits.ranks.size()) {
      row.push_back(std::round(hits.ranks[i] * 1000.0) / 1000.0);
    } else {
      row.push_back(std::monostate{});
    }
    t.rows.push_back(std::move(row));
  }
  return t;
}

namespace {

// The rows of a page of FTS5 hits with FTS5's snippets, in one pass over the matches between
// the smallest and largest id (a snippet needs the match's positions: FTS5 gives them to the
// row it is on).
Status fts_rows(Corpus::Impl* impl, const SearchQuery& q, const std::string& match, const std::vector<int64_t>& ids,
                std::unordered_map<int64_t, std::vector<Cell>>* out) {
  corpus::DocSet page;
  for (int64_t id : ids) page.add(id);
  auto [lo, hi] = std::minmax_element(ids.begin(), ids.end());
  Stmt st(impl->db,
          "SELECT d.id, d.story_id, d.day, src.name, d.title, d.url, "
          "snippet(documents_fts, -1, char(1), char(2), '…', 16) "
          "FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid "
          "LEFT JOIN sources src ON src.id = d.source_id "
          "WHERE documents_fts MATCH ?1 AND documents_fts.rowid >= ?2 AND documents_fts.rowid <= ?3 "
          "AND fw_docset(documents_fts.rowid)");
  if (!st.ok()) return impl->query_status(st.status());
  st.bind(1, match).bind(2, *lo).bind(3, *hi);
  {
    UseDocSet use(impl, &page);
    while (st.step()) {
      std::vector<Cell> row;
      row.reserve(8);
      for (int i = 0; i < 7; ++i) row.push_back(st.cell(i));
      if (auto* sn = std::get_if<std::string>(&row[6])) mark_up(sn, q);
      out->emplace(st.i64(0), std::move(row));
    }
  }
  if (!st.status().ok()) return impl->query_status(st.status());
  return Status::Ok();
}

// The facets' "entity" section from (entity id, count) pairs ranked by count: names and types
// read in one statement, most counted first, then by name.
Status entity_facet(Corpus::Impl* impl, const std::vector<std::pair<int64_t, int64_t>>& ranked, Table* ent) {
  ent->name = "entity";
  ent->columns = {"value", "count", "type"};
  if (ranked.empty()) return Status::Ok();
  Sql names;
  names << "SELECT id, name, type FROM entities WHERE id IN ";
  std::vector<int64_t> top_ids;
  for (const auto& r : ranked) top_ids.push_back(r.first);
  names.in_list(top_ids);
  Stmt ns(impl->db, names.text);
  if (!ns.ok()) return impl->query_status(ns.status());
  for (size_t i = 0; i < names.args.size(); ++i) ns.bind_cell(static_cast<int>(i + 1), names.args[i]);
  std::unordered_map<int64_t, std::pair<std::string, std::string>> named;
  while (ns.step()) named[ns.i64(0)] = {ns.text(1), ns.text(2)};
  if (!ns.status().ok()) return impl->query_status(ns.status());
  std::vector<std::tuple<int64_t, std::string, std::string>> out;
  for (const auto& r : ranked) {
    auto it = named.find(r.first);
    if (it != named.end()) out.emplace_back(r.second, it->second.first, it->second.second);
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return std::get<0>(a) != std::get<0>(b) ? std::get<0>(a) > std::get<0>(b) : std::get<1>(a) < std::get<1>(b);
  });
  for (auto& [count, name, type] : out) ent->rows.push_back({std::move(name), count, std::move(type)});
  return Status::Ok();
}

}  // namespace

Result<Table> Corpus::search_facets(const FacetQuery& fq) {
  const SearchQuery& q = fq.search;
  if (q.text.empty()) return Status::InvalidInput("an empty search: give some words");
  if (Status st = check_event_type(q.event_type); !st.ok()) return st;
  QueryClock clock(impl_.get());
  ReadTransaction txn(impl_.get());
  std::vector<int64_t> entity_ids;
  if (Status st = impl_->filter_ids(q.entity, &entity_ids); !st.ok()) return st;
  Page basis{std::clamp(fq.basis, 1, kMaxLimit), 0};
  std::vector<int64_t> kept;
  const std::vector<int64_t>* ids = nullptr;
  Result<Corpus::Impl::Hits> hits = Corpus::Impl::Hits{};
  if (!impl_->hits_key.empty() && impl_->hits_key == hits_key(impl_.get(), q, q.text) &&
      (impl_->hits_complete || impl_->hits_kept.ids.size() >= static_cast<size_t>(basis.limit))) {
    // The same search just ran on this connection: count its hits.
    const auto& k = impl_->hits_kept.ids;
    kept.assign(k.begin(), k.begin() + static_cast<ptrdiff_t>(std::min(k.size(), static_cast<size_t>(basis.limit))));
    ids = &kept;
  } else {
    hits = impl_->search_ids(q, q.text, entity_ids, basis);
    if (!hits.ok() && fts_syntax_error(hits.status())) {
      std::string lit;
      if (Status st = fts_fallback(q.text, hits.status(), &lit); !st.ok()) return st;
      hits = impl_->search_ids(q, lit, entity_ids, basis);
    }
    if (!hits.ok()) return impl_->query_status(hits.status());
    ids = &hits.value().ids;
  }
  Table t;
  t.name = "facets";
  t.columns = {"basis"};
  t.rows.push_back({static_cast<int64_t>(ids->size())});
  int64_t top = std::clamp(fq.top, 1, kMaxLimit);
  corpus::IndexFacets mem;
  bool in_memory = false;
  if (q.index) {
    // Counted from the index's copy of each document's day, source, entities and event types.
    std::shared_lock<std::shared_mutex> lock(q.index->data().mu);
    in_memory = corpus::index_facets(q.index->data(), *ids, static_cast<int>(top), &mem);
  }
  if (in_memory) {
    auto counted = [&](const char* name, const std::vector<std::pair<std::string, int64_t>>& v) {
      Table s;
      s.name = name;
      s.columns = {"value", "count"};
      for (const auto& [value, count] : v) s.rows.push_back({value, count});
      t.sections.push_back(std::move(s));
    };
    counted("month", mem.month);
    counted("source", mem.source);
    Table ent;
    if (Status es = entity_facet(impl_.get(), mem.entity, &ent); !es.ok()) return es;
    t.sections.push_back(std::move(ent));
    counted("event_type", mem.event_type);
    return t;
  }
  auto section = [&](const char* name, const char* head, const char* tail, bool limited) -> Status {
    Sql s;
    s << head;
    s.in_list(*ids);
    s << tail;
    if (limited) {
      s << " LIMIT ";
      s.arg(top);
    }
    auto r = run(impl_.get(), s, name);
    if (!r.ok()) return r.status();
    t.sections.push_back(std::move(r.value()));
    return Status::Ok();
  };
  Status st;
  if (!(st = section("month", "SELECT substr(day, 1, 7) AS value, count(*) AS count FROM documents WHERE id IN ",
                     " GROUP BY 1 ORDER BY 1", false)).ok()) {
    return st;
  }
  if (!(st = section("source",
                     "SELECT coalesce(src.name, '(unknown)') AS value, count(*) AS count FROM documents d "
                     "LEFT JOIN sources src ON src.id = d.source_id WHERE d.id IN ",
                     " GROUP BY 1 ORDER BY count DESC, value", true)).ok()) {
    return st;
  }
  {
    // Entities: counted here rather than by GROUP BY (thousands of groups in a temporary
    // b-tree cost ten times more); each document counts an entity once.
    Sql s;
    s << "SELECT doc_id, entity_id FROM doc_entities WHERE doc_id IN ";
    s.in_list(*ids);
    Stmt rows(impl_->db, s.text);
    if (!rows.ok()) return impl_->query_status(rows.status());
    for (size_t i = 0; i < s.args.size(); ++i) rows.bind_cell(static_cast<int>(i + 1), s.args[i]);
    std::unordered_map<int64_t, int64_t> counts;
    std::vector<std::pair<int64_t, int64_t>> pairs;  // (doc, entity)
    while (rows.step()) pairs.emplace_back(rows.i64(0), rows.i64(1));
    if (!rows.status().ok()) return impl_->query_status(rows.status());
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    for (const auto& p : pairs) ++counts[p.second];
    std::vector<std::pair<int64_t, int64_t>> ranked(counts.begin(), counts.end());  // (entity, count)
    auto by_count = [](const auto& a, const auto& b) { return a.second != b.second ? a.second > b.second : a.first < b.first; };
    size_t n = std::min(ranked.size(), static_cast<size_t>(top));
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<ptrdiff_t>(n), ranked.end(), by_count);
    ranked.resize(n);
    Table ent;
    if (Status es = entity_facet(impl_.get(), ranked, &ent); !es.ok()) return es;
    t.sections.push_back(std::move(ent));
  }
  if (!(st = section("event_type",
                     "SELECT type AS value, count(DISTINCT doc_id) AS count FROM events WHERE negated = 0 AND doc_id IN ",
                     " GROUP BY type ORDER BY count DESC, value", true)).ok()) {
    return st;
  }
  return t;
}

Result<Table> Corpus::quotes(const QuoteQuery& q) {
  QueryClock clock(impl_.get());
  std::vector<int64_t> speaker_ids, about_ids;
  if (Status st = impl_->filter_ids(q.speaker, &speaker_ids); !st.ok()) return st;
  if (Status st = impl_->filter_ids(q.about, &about_ids); !st.ok()) return st;
  if (!q.about.empty()) {
    if (about_ids.empty()) {
      Table t;
      t.name = "quotes";
      return t;  // nothing is about an unknown entity
    }
  }
  Sql s;
  if (q.by_speaker && q.speaker.empty() && q.about.empty() && q.keyword.empty() && q.from.empty() &&
      q.to.empty()) {
    // All time, no filter: the writer's per-speaker totals.
    s << "SELECT name AS speaker, quotes, stories, documents, first, last FROM speakers "
         "ORDER BY stories DESC, quotes DESC, name";
    s.page(q.page);
    return run(impl_.get(), s, "speakers");
  }
  if (q.by_speaker) {
    s << "SELECT coalesce(e.name, q.speaker) AS speaker, count(*) AS quotes, "
         "count(DISTINCT q.story_id) AS stories, count(DISTINCT q.doc_id) AS documents, "
         "min(q.day) AS first, max(q.day) AS last FROM quotes q "
         "LEFT JOIN entities e ON e.id = q.speaker_entity "
         "WHERE q.anonymous = 0 AND coalesce(e.name, q.speaker) IS NOT NULL";
  } else if (!q.about.empty() && about_ids.size() == 1 && q.speaker.empty() && q.keyword.empty()) {
    // About one entity, nothing else but dates: quote_about is in (entity, day, quote) order, so
    // the newest page is read from its end rather than sorting every quote about the entity
    // (tens of thousands for a country).
    s << "WITH qa AS (SELECT quote_id FROM quote_about WHERE entity_id = ";
    s.arg(about_ids[0]);
    s.day_range("day", q.from, q.to);
    s << " ORDER BY day DESC, quote_id DESC";
    s.page(q.page);
    s << ") SELECT q.id AS quote_id, q.doc_id, q.story_id, q.day, src.name AS source, q.speaker, "
         "q.anonymous, q.kind, q.text, q.cue FROM qa JOIN quotes q ON q.id = qa.quote_id "
         "JOIN documents d ON d.id = q.doc_id LEFT JOIN sources src ON src.id = d.source_id "
         "ORDER BY q.day DESC, q.id DESC";
    return run(impl_.get(), s, "quotes");
  } else {
    s << "SELECT q.id AS quote_id, q.doc_id, q.story_id, q.day, src.name AS source, q.speaker, "
         "q.anonymous, q.kind, q.text, q.cue FROM quotes q JOIN documents d ON d.id = q.doc_id "
         "LEFT JOIN sources src ON src.id = d.source_id WHERE 1";
  }
  if (!q.speaker.empty()) {
    s << " AND (q.speaker = ";
    s.arg(q.speaker);
    if (!speaker_ids.empty()) {
      s << " OR q.speaker_entity IN ";
      s.in_list(speaker_ids);
    }
    s << ")";
  }
  if (!q.about.empty()) {
    // quote_about: the entities mentioned in each quote, or (not as its speaker) in its sentence.
    s << " AND q.id IN (SELECT quote_id FROM quote_about WHERE entity_id IN ";
    s.in_list(about_ids);
    s.day_range("day", q.from, q.to);
    s << ")";
  }
  if (!q.keyword.empty()) {
    s << " AND q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ";
    s.arg(fts_phrase(q.keyword));
    s << ") AND q.text LIKE ";
    s.arg("%" + like_escape(q.keyword) + "%");
    s << " ESCAPE '\\'";
  }
  s.day_range("q.day", q.from, q.to);
  if (q.by_speaker) {
    s << " GROUP BY 1 ORDER BY stories DESC, quotes DESC, speaker";
  } else {
    s << " ORDER BY q.day DESC, q.id DESC";
  }
  s.page(q.page);
  return run(impl_.get(), s, q.by_speaker ? "speakers" : "quotes");
}

Result<Table> Corpus::figures(const FigureQuery& asked) {
  FigureQuery q = asked;
  for (char& c : q.category) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));  // "KILLED"
  if (Status st = check_figure_category(q.category); !st.ok()) return st;
  QueryClock clock(impl_.get());
  Sql s;
  auto filters = [&](Sql& s, const char* f, bool days = true) {
    std::string p = f;
    if (!q.category.empty()) {
      s << " AND " << p << "category = ";
      s.arg(q.category);
    }
    if (!q.place.empty()) {
      s << " AND " << p << "place = ";
      s.arg(q.place);
    }
    if (days) s.day_range(p + "day", q.from, q.to);
  };
  if (!q.timeline.empty()) {
    if (q.timeline != "day" && q.timeline != "week" && q.timeline != "month") {
      return Status::InvalidInput("timeline must be day, week or month, not '" + q.timeline + "'");
    }
    // Each story once: its highest credible figure of the category, dated by its first copy.
    // The credible figures are read in (category, story) order from their covering index and
    // counted here: grouping them in SQL (a temporary b-tree for the distinct documents, a
    // date() call per story for weeks) cost six times more on 100,000 articles.
    s << "SELECT category, story_id, day, value, doc_id FROM figures INDEXED BY figures_story_best WHERE credible = 1";
    // --from/--to pick stories by the day of their first copy (below), not figures by their
    // own day: a story whose copies straddle a month end is counted in one month only.
    filters(s, "", /*days=*/false);
    s << " ORDER BY category, story_id";
    Stmt st(impl_->db, s.text);
    if (!st.ok()) return impl_->query_status(st.status());
    for (size_t i = 0; i < s.args.size(); ++i) st.bind_cell(static_cast<int>(i + 1), s.args[i]);
    struct Period {
      int64_t stories = 0, documents = 0;
      double max = 0, sum = 0;
    };
    // (period, has a category, category) in SQL's order: NULL categories first.
    std::map<std::tuple<std::string, int, std::string>, Period> periods;
    // day -> its period, computed once per distinct day; the strings stay put (node-based map),
    // so the current category's totals are keyed by their address.
    std::unordered_map<std::string, std::string> period_cache;
    auto period_of = [&](const std::string& day) -> const std::string* {
      auto it = period_cache.find(day);
      if (it == period_cache.end()) {
        std::string p = q.timeline == "day" ? day : q.timeline == "month" ? day.substr(0, 7) : monday_of(day);
        it = period_cache.emplace(day, std::move(p)).first;
      }
      return &it->second;
    };
    std::unordered_map<const std::string*, Period> current;  // the current category's periods
    auto flush_category = [&](const Cell& c) {
      const std::string* name = std::get_if<std::string>(&c);
      // Several days share a period: their totals add up.
      for (const auto& [period, p] : current) {
        Period& to = periods[{*period, name ? 1 : 0, name ? *name : std::string()}];
        to.max = to.stories == 0 ? p.max : std::max(to.max, p.max);
        to.stories += p.stories;
        to.documents += p.documents;
        to.sum += p.sum;
      }
      current.clear();
    };
    bool open = false;
    Cell cat;
    int64_t story = 0;
    std::string first;
    double best = 0;
    std::vector<int64_t> docs;
    auto in_range = [&](const std::string& day) {  // --from/--to are YYYY, YYYY-MM or days
      return (q.from.empty() || day.compare(0, q.from.size(), q.from) >= 0) &&
             (q.to.empty() || day.compare(0, q.to.size(), q.to) <= 0);
    };
    auto flush = [&] {
      if (!open || !in_range(first)) return;
      std::sort(docs.begin(), docs.end());
      int64_t n = std::unique(docs.begin(), docs.end()) - docs.begin();
      Period& p = current[period_of(first)];
      ++p.stories;
      p.documents += n;
      p.max = p.stories == 1 ? best : std::max(p.max, best);
      p.sum += best;
    };
    sqlite3_stmt* raw = st.get();
    while (st.step()) {
      // Read in place: a new category or day string only when it changes.
      const char* ctext = reinterpret_cast<const char*>(sqlite3_column_text(raw, 0));
      size_t clen = static_cast<size_t>(sqlite3_column_bytes(raw, 0));
      int64_t sid = sqlite3_column_int64(raw, 1);
      const char* dtext = reinterpret_cast<const char*>(sqlite3_column_text(raw, 2));
      std::string_view day(dtext ? dtext : "", static_cast<size_t>(sqlite3_column_bytes(raw, 2)));
      double v = sqlite3_column_double(raw, 3);
      const std::string* cur = std::get_if<std::string>(&cat);
      bool same_cat = ctext ? (cur && std::string_view(*cur) == std::string_view(ctext, clen))
                            : std::holds_alternative<std::monostate>(cat);
      if (!open || !same_cat || sid != story) {
        flush();
        if (open && !same_cat) flush_category(cat);
        open = true;
        if (!same_cat || !cur) cat = ctext ? Cell(std::string(ctext, clen)) : Cell();
        story = sid;
        first.assign(day);
        best = v;
        docs.clear();
      } else {
        if (day < first) first.assign(day);
        best = std::max(best, v);
      }
      docs.push_back(sqlite3_column_int64(raw, 4));
    }
    if (!st.status().ok()) return impl_->query_status(st.status());
    flush();
    flush_category(cat);
    Table t;
    t.name = "timeline";
    t.columns = {"period", "category", "stories", "documents", "max", "sum_of_story_max"};
    for (const auto& [key, p] : periods) {
      Cell category = std::get<1>(key) ? Cell(std::get<2>(key)) : Cell();
      t.rows.push_back({std::get<0>(key), category, p.stories, p.documents, p.max, p.sum});
    }
    // The page, as for every other listing (periods in order).
    size_t offset = std::min(t.rows.size(), static_cast<size_t>(std::max(q.page.offset, 0)));
    t.rows.erase(t.rows.begin(), t.rows.begin() + static_cast<std::ptrdiff_t>(offset));
    size_t limit = static_cast<size_t>(std::clamp(q.page.limit, 0, kMaxLimit));
    if (t.rows.size() > limit) t.rows.resize(limit);
    return t;
  }
  s << "SELECT f.id AS figure_id, f.doc_id, f.story_id, f.day, src.name AS source, f.category, "
       "f.value, f.low, f.high, f.qualifier, f.unit, f.subject, f.place, f.text, f.credible "
       "FROM figures f JOIN documents d ON d.id = f.doc_id LEFT JOIN sources src ON src.id = d.source_id "
       "WHERE 1";
  filters(s, "f.");
  if (q.credible_only) s << " AND f.credible = 1";
  s << " ORDER BY f.day DESC, f.id DESC";
  s.page(q.page);
  return run(impl_.get(), s, "figures");
}

Result<Table> Corpus::events(const EventQuery& q) {
  if (Status st = check_event_type(q.type); !st.ok()) return st;
  QueryClock clock(impl_.get());
  std::vector<int64_t> actor_ids, target_ids;
  if (Status st = impl_->filter_ids(q.actor, &actor_ids); !st.ok()) return st;
  if (Status st = impl_->filter_ids(q.target, &target_ids); !st.ok()) return st;
  Sql s;
  if (q.dyads) {
    s << "SELECT ev.actor, ev.target, count(*) AS events, count(DISTINCT ev.story_id) AS stories, "
         "group_concat(DISTINCT ev.type) AS types FROM events ev "
         "WHERE ev.actor IS NOT NULL AND ev.target IS NOT NULL";
  } else {
    s << "SELECT ev.id AS event_id, ev.doc_id, ev.story_id, ev.day, ev.type, ev.mode, ev.actor, "
         "ev.actor_country, ev.target, ev.target_country, ev.negated, ev.modality, ev.place, "
         "ev.place_country, ev.lat, ev.lon, ev.date, ev.text, d.url";
    if (q.details) {
      // The argument's own words are stored from schema 6 on (a read-only connection may read 5).
      const bool v6 = impl_->version >= 6;
      for (const char* arg : {"actor", "target"}) {
        const std::string a(arg);
        s << ", " << (v6 ? "ev." + a + "_text" : std::string("NULL")) << " AS " << a << "_text, ev." << a
          << "_sector, (SELECT de.local_id FROM doc_entities de WHERE de.doc_id = ev.doc_id AND de.entity_id = ev."
          << a << "_entity LIMIT 1) AS " << a << "_local_id, (SELECT en.name FROM entities en WHERE en.id = ev."
          << a << "_entity) AS " << a << "_local_name";
      }
      s << ", ev.size, ev.size_category, ev.sentences, ev.start, ev.end, ev.trigger, d.title, d.published";
    }
    s << " FROM events ev JOIN documents d ON d.id = ev.doc_id WHERE 1";
  }
  auto arg_filter = [&](const char* col, const std::string& name, const std::vector<int64_t>& ids) {
    if (name.empty()) return;
    s << " AND (ev." << col << " = ";
    s.arg(name);
    if (!ids.empty()) {
      s << " OR ev." << col << "_entity IN ";
      s.in_list(ids);
    }
    s << ")";
  };
  arg_filter("actor", q.actor, actor_ids);
  arg_filter("target", q.target, target_ids);
  if (!q.type.empty()) {
    const std::string t = upper_ascii(q.type);
    s << " AND ev.type = ";
    s.arg(t);
  }
  if (!q.include_negated) s << " AND ev.negated = 0";
  s.day_range("ev.day", q.from, q.to);
  if (q.dyads) {
    s << " GROUP BY ev.actor, ev.target ORDER BY stories DESC, events DESC, ev.actor, ev.target";
  } else {
    s << " ORDER BY ev.day DESC, ev.id DESC";
  }
  s.page(q.page);
  return run(impl_.get(), s, q.dyads ? "dyads" : "events");
}

Result<Table> Corpus::entity(const EntityQuery& q) {
  QueryClock clock(impl_.get());
  if (q.name.empty()) return Status::InvalidInput("which entity? give a name");
  auto r = impl_->resolve_entities(q.name);
  if (!r.ok()) return r.status();
  const std::vector<int64_t>& ids = r.value();
  Table profile;
  profile.name = "entity";
  if (ids.empty()) return Status::NotFound("no entity named '" + q.name + "' in the corpus");
  int64_t n = std::clamp(q.limit, 0, kMaxLimit);

  auto section = [&](Sql s, const char* name) -> Status {
    auto t = run(impl_.get(), s, name);
    if (!t.ok()) return t.status();
    profile.sections.push_back(std::move(t.value()));
    return Status::Ok();
  };
  Status st;
  // Totals and timeline come from the writer's monthly totals (entity_months, schema v4) for
  // the whole months of the range, and from the documents' rows for the days of a month the
  // range covers only in part. A story counts once, by its first copy.
  MonthSplit split = split_months(q.from, q.to);
  auto parts = [&](Sql& s) {
    s << "parts(entity_id, month, documents, stories, mentions, first, last) AS (";
    bool first_branch = true;
    if (!split.empty_months) {
      first_branch = false;
      s << "SELECT entity_id, month, documents, stories, mentions, first, last FROM entity_months "
           "WHERE entity_id IN ";
      s.in_list(ids);
      if (!split.month_from.empty()) {
        s << " AND month >= ";
        s.arg(split.month_from);
      }
      if (!split.month_to.empty()) {
        s << " AND month <= ";
        s.arg(split.month_to);
      }
    }
    for (const auto& [from, to] : split.day_ranges) {
      if (!first_branch) s << " UNION ALL ";
      first_branch = false;
      s << "SELECT entity_id, substr(day, 1, 7), 1, story_id = doc_id, mentions, day, day "
           "FROM doc_entities WHERE entity_id IN ";
      s.in_list(ids);
      s << " AND day >= ";
      s.arg(from);
      s << " AND day <= ";
      s.arg(to);
    }
    s << ")";
  };
  {
    Sql s;
    s << "WITH ";
    parts(s);
    s << " SELECT e.id AS entity_id, e.name, e.type, sum(p.documents) AS documents, "
         "sum(p.stories) AS stories, sum(p.mentions) AS mentions, min(p.first) AS first, "
         "max(p.last) AS last FROM parts p JOIN entities e ON e.id = p.entity_id "
         "GROUP BY e.id ORDER BY documents DESC, e.id";
    if (!(st = section(std::move(s), "entity")).ok()) return st;
  }
  {
    Sql s;
    s << "SELECT role, affiliation, count(*) AS documents, count(DISTINCT story_id) AS stories "
         "FROM doc_entities WHERE entity_id IN ";
    s.in_list(ids);
    s << " AND (role IS NOT NULL OR affiliation IS NOT NULL)";
    s.day_range("day", q.from, q.to);
    s << " GROUP BY role, affiliation ORDER BY stories DESC, documents DESC LIMIT ";
    s.arg(n);
    if (!(st = section(std::move(s), "roles")).ok()) return st;
  }
  {
    Sql s;
    s << "WITH ";
    parts(s);
    s << " SELECT month, sum(stories) AS stories, sum(documents) AS documents, sum(mentions) AS mentions "
         "FROM parts GROUP BY month ORDER BY month";
    if (!(st = section(std::move(s), "timeline")).ok()) return st;
  }
  {
    Sql s;
    // The writer's per-month counts over each document's most-mentioned entities (schema v3);
    // dates are matched by month.
    s << "WITH g AS (SELECT other_id, sum(stories) AS stories, sum(documents) AS documents "
         "FROM cooccurrence WHERE entity_id IN ";
    s.in_list(ids);
    s << " AND other_id NOT IN ";
    s.in_list(ids);
    if (!q.from.empty()) {
      s << " AND month >= ";
      s.arg(corpus::day_from(q.from).substr(0, 7));
    }
    if (!q.to.empty()) {
      s << " AND month <= ";
      s.arg(corpus::day_to(q.to).substr(0, 7));
    }
    s << " GROUP BY other_id) SELECT e.name, e.type, g.stories, g.documents FROM g "
         "JOIN entities e ON e.id = g.other_id ORDER BY g.stories DESC, g.documents DESC, e.name LIMIT ";
    s.arg(n);
    if (!(st = section(std::move(s), "cooccurring")).ok()) return st;
  }
  {
    Sql s;
    s << "SELECT id AS quote_id, doc_id, story_id, day, kind, text, cue FROM quotes WHERE speaker_entity IN ";
    s.in_list(ids);
    s.day_range("day", q.from, q.to);
    s << " ORDER BY day DESC, id DESC LIMIT ";
    s.arg(n);
    if (!(st = section(std::move(s), "quotes")).ok()) return st;
  }
  {
    Sql s;
    s << "SELECT id AS event_id, doc_id, story_id, day, type, actor, target, text FROM events "
         "WHERE negated = 0 AND (actor_entity IN ";
    s.in_list(ids);
    s << " OR target_entity IN ";
    s.in_list(ids);
    s << ")";
    s.day_range("day", q.from, q.to);
    s << " ORDER BY day DESC, id DESC LIMIT ";
    s.arg(n);
    if (!(st = section(std::move(s), "events")).ok()) return st;
  }
  return profile;
}

}  // namespace factwire
