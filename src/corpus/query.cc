// The corpus queries: full-text search, quotes, figures and their timeline, events and
// dyads, entity profiles. Each builds one SQL statement with bound parameters (names and
// keywords are never pasted into SQL) and answers a Table.
#include <algorithm>
#include <string>
#include <vector>

#include "corpus/corpus_impl.h"
#include "factwire/corpus.h"

namespace factwire {

using corpus::Stmt;

namespace {

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

Result<Table> run(sqlite3* db, const Sql& sql, std::string name) {
  Stmt st(db, sql.text);
  if (!st.ok()) return st.status();
  for (size_t i = 0; i < sql.args.size(); ++i) st.bind_cell(static_cast<int>(i + 1), sql.args[i]);
  return corpus::query_table(st, std::move(name));
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

Result<Table> Corpus::search(const SearchQuery& q) {
  if (q.text.empty()) return Status::InvalidInput("an empty search: give some words");
  std::vector<int64_t> ids;
  if (!q.entity.empty()) {
    auto r = impl_->resolve_entities(q.entity);
    if (!r.ok()) return r.status();
    ids = std::move(r.value());
  }
  // The page of hits is chosen first; snippets and ranks are made for those rows only (making
  // one for every match of a common word costs seconds on a large corpus).
  //   newest first: documents in day order (documents_day) that are in the set of matches;
  //   best match: bm25 over the newest `rank_window` matches that pass the filters (ranking
  //   all 50,000 matches of "said" costs 0.7 s; the window keeps it near 10 ms).
  auto filters = [&](Sql& s) {
    s.day_range("d.day", q.from, q.to);
    if (!q.source.empty()) {
      s << " AND d.source_id IN (SELECT id FROM sources WHERE name = ";
      s.arg(q.source);
      s << " OR name LIKE '%.' || ";
      s.arg(like_escape(q.source));
      s << " ESCAPE '\\')";
    }
    if (!q.entity.empty()) {
      s << " AND d.id IN (SELECT doc_id FROM doc_entities WHERE entity_id IN ";
      s.in_list(ids);
      s.day_range("day", q.from, q.to);
      s << ")";
    }
  };
  auto build = [&](const std::string& match) {
    Sql s;
    if (q.by_date) {
      s << "WITH hits AS (SELECT d.id AS id FROM documents d WHERE d.id IN "
           "(SELECT rowid FROM documents_fts WHERE documents_fts MATCH ";
      s.arg(match);
      s << ")";
      filters(s);
      s << " ORDER BY d.day DESC, d.id DESC";
      s.page(q.page);
      s << ")";
    } else {
      s << "WITH cand AS (SELECT documents_fts.rowid AS id, bm25(documents_fts, 4.0, 1.0) AS rank "
           "FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid WHERE documents_fts MATCH ";
      s.arg(match);
      filters(s);
      s << " ORDER BY documents_fts.rowid DESC";
      if (q.rank_window > 0) {
        s << " LIMIT ";
        s.arg(static_cast<int64_t>(q.rank_window));
      }
      s << "), hits AS (SELECT id, rank FROM cand ORDER BY rank, id DESC";
      s.page(q.page);
      s << ")";
    }
    s << " SELECT d.id AS doc_id, d.story_id, d.day, src.name AS source, d.title, d.url, "
         "snippet(documents_fts, -1, char(1), char(2), '…', 16) AS snippet, "
         "round(bm25(documents_fts, 4.0, 1.0), 3) AS rank "
         "FROM hits JOIN documents_fts ON documents_fts.rowid = hits.id JOIN documents d ON d.id = hits.id "
         "LEFT JOIN sources src ON src.id = d.source_id WHERE documents_fts MATCH ";
    s.arg(match);
    s << (q.by_date ? " ORDER BY d.day DESC, d.id DESC" : " ORDER BY rank, d.id DESC");
    return s;
  };
  auto r = run(impl_->db, build(q.text), "search");
  if (!r.ok() && r.status().message().find("fts5") != std::string::npos) {
    // Not valid FTS5 syntax (an apostrophe, a stray parenthesis): search the words as written.
    std::string lit = fts_literal(q.text);
    if (lit.empty()) return Status::InvalidInput("the search has no words");
    r = run(impl_->db, build(lit), "search");
  }
  if (!r.ok()) return r.status();
  for (auto& row : r.value().rows) {
    if (auto* s = std::get_if<std::string>(&row[6])) mark_up(s, q);
  }
  return r;
}

Result<Table> Corpus::quotes(const QuoteQuery& q) {
  std::vector<int64_t> speaker_ids, about_ids;
  if (!q.speaker.empty()) {
    auto r = impl_->resolve_entities(q.speaker);
    if (!r.ok()) return r.status();
    speaker_ids = std::move(r.value());
  }
  if (!q.about.empty()) {
    auto r = impl_->resolve_entities(q.about);
    if (!r.ok()) return r.status();
    about_ids = std::move(r.value());
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
    return run(impl_->db, s, "speakers");
  }
  if (q.by_speaker) {
    s << "SELECT coalesce(e.name, q.speaker) AS speaker, count(*) AS quotes, "
         "count(DISTINCT q.story_id) AS stories, count(DISTINCT q.doc_id) AS documents, "
         "min(q.day) AS first, max(q.day) AS last FROM quotes q "
         "LEFT JOIN entities e ON e.id = q.speaker_entity "
         "WHERE q.anonymous = 0 AND coalesce(e.name, q.speaker) IS NOT NULL";
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
  return run(impl_->db, s, q.by_speaker ? "speakers" : "quotes");
}

Result<Table> Corpus::figures(const FigureQuery& q) {
  Sql s;
  auto filters = [&](Sql& s, const char* f) {
    std::string p = f;
    if (!q.category.empty()) {
      s << " AND " << p << "category = ";
      s.arg(q.category);
    }
    if (!q.place.empty()) {
      s << " AND " << p << "place = ";
      s.arg(q.place);
    }
    s.day_range(p + "day", q.from, q.to);
  };
  if (!q.timeline.empty()) {
    std::string bucket;
    if (q.timeline == "day") {
      bucket = "day";
    } else if (q.timeline == "week") {
      bucket = "date(day, 'weekday 0', '-6 days')";  // the Monday of its week
    } else if (q.timeline == "month") {
      bucket = "substr(day, 1, 7)";
    } else {
      return Status::InvalidInput("timeline must be day, week or month, not '" + q.timeline + "'");
    }
    // Each story once: its highest credible figure of the category, dated by its first copy.
    s << "WITH per_story AS (SELECT story_id, category, min(day) AS day, max(value) AS best, "
         "count(DISTINCT doc_id) AS docs FROM figures WHERE credible = 1";
    filters(s, "");
    s << " GROUP BY category, story_id) SELECT " << bucket
      << " AS period, category, count(*) AS stories, sum(docs) AS documents, max(best) AS max, "
         "sum(best) AS sum_of_story_max FROM per_story GROUP BY period, category "
         "ORDER BY period, category";
    return run(impl_->db, s, "timeline");
  }
  s << "SELECT f.id AS figure_id, f.doc_id, f.story_id, f.day, src.name AS source, f.category, "
       "f.value, f.low, f.high, f.qualifier, f.unit, f.subject, f.place, f.text, f.credible "
       "FROM figures f JOIN documents d ON d.id = f.doc_id LEFT JOIN sources src ON src.id = d.source_id "
       "WHERE 1";
  filters(s, "f.");
  if (q.credible_only) s << " AND f.credible = 1";
  s << " ORDER BY f.day DESC, f.id DESC";
  s.page(q.page);
  return run(impl_->db, s, "figures");
}

Result<Table> Corpus::events(const EventQuery& q) {
  std::vector<int64_t> actor_ids, target_ids;
  if (!q.actor.empty()) {
    auto r = impl_->resolve_entities(q.actor);
    if (!r.ok()) return r.status();
    actor_ids = std::move(r.value());
  }
  if (!q.target.empty()) {
    auto r = impl_->resolve_entities(q.target);
    if (!r.ok()) return r.status();
    target_ids = std::move(r.value());
  }
  Sql s;
  if (q.dyads) {
    s << "SELECT ev.actor, ev.target, count(*) AS events, count(DISTINCT ev.story_id) AS stories, "
         "group_concat(DISTINCT ev.type) AS types FROM events ev "
         "WHERE ev.actor IS NOT NULL AND ev.target IS NOT NULL";
  } else {
    s << "SELECT ev.id AS event_id, ev.doc_id, ev.story_id, ev.day, ev.type, ev.mode, ev.actor, "
         "ev.actor_country, ev.target, ev.target_country, ev.negated, ev.modality, ev.place, "
         "ev.place_country, ev.lat, ev.lon, ev.date, ev.text, d.url "
         "FROM events ev JOIN documents d ON d.id = ev.doc_id WHERE 1";
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
    std::string t;
    for (char c : q.type) t += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
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
  return run(impl_->db, s, q.dyads ? "dyads" : "events");
}

Result<Table> Corpus::entity(const EntityQuery& q) {
  if (q.name.empty()) return Status::InvalidInput("which entity? give a name");
  auto r = impl_->resolve_entities(q.name);
  if (!r.ok()) return r.status();
  const std::vector<int64_t>& ids = r.value();
  Table profile;
  profile.name = "entity";
  if (ids.empty()) return Status::NotFound("no entity named '" + q.name + "' in the corpus");
  int64_t n = std::clamp(q.limit, 0, kMaxLimit);

  auto section = [&](Sql s, const char* name) -> Status {
    auto t = run(impl_->db, s, name);
    if (!t.ok()) return t.status();
    profile.sections.push_back(std::move(t.value()));
    return Status::Ok();
  };
  Status st;
  {
    Sql s;
    s << "SELECT e.id AS entity_id, e.name, e.type, count(*) AS documents, "
         "count(DISTINCT de.story_id) AS stories, sum(de.mentions) AS mentions, min(de.day) AS first, "
         "max(de.day) AS last FROM entities e JOIN doc_entities de ON de.entity_id = e.id WHERE e.id IN ";
    s.in_list(ids);
    s.day_range("de.day", q.from, q.to);
    s << " GROUP BY e.id ORDER BY documents DESC";
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
    s << "SELECT substr(day, 1, 7) AS month, count(DISTINCT story_id) AS stories, count(*) AS documents, "
         "sum(mentions) AS mentions FROM doc_entities WHERE entity_id IN ";
    s.in_list(ids);
    s.day_range("day", q.from, q.to);
    s << " GROUP BY month ORDER BY month";
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
