#include "corpus/schema.h"

#include <string>

#include "corpus/sqlite.h"

namespace factwire::corpus {
namespace {

// Version 1: documents, stories, full text, paragraphs, entities and mentions, quotes,
// figures, events. Day and story are copied onto fact rows so that the queries filter and
// group by them without a join.
constexpr const char* kMigration1 = R"sql(
CREATE TABLE sources(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE);

CREATE TABLE stories(
  id INTEGER PRIMARY KEY,
  first_doc INTEGER NOT NULL,
  documents INTEGER NOT NULL DEFAULT 1);

CREATE TABLE documents(
  id INTEGER PRIMARY KEY,
  hash BLOB NOT NULL UNIQUE,
  ext_id TEXT,
  url TEXT,
  source_id INTEGER REFERENCES sources(id),
  title TEXT,
  byline TEXT,
  published TEXT,
  day TEXT NOT NULL,
  ingested_at TEXT NOT NULL,
  story_id INTEGER NOT NULL,
  simhash INTEGER NOT NULL,
  format TEXT,
  text TEXT NOT NULL,
  sentences BLOB);
CREATE INDEX documents_day ON documents(day);
CREATE INDEX documents_source ON documents(source_id, day);
CREATE INDEX documents_story ON documents(story_id);

CREATE VIRTUAL TABLE documents_fts USING fts5(
  title, text, content='documents', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2');

CREATE TABLE paragraphs(
  doc_id INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  kind TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  attribution TEXT,
  PRIMARY KEY(doc_id, idx)) WITHOUT ROWID;

CREATE TABLE entities(
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL COLLATE NOCASE,
  type TEXT NOT NULL);
CREATE INDEX entities_name ON entities(name);

CREATE TABLE doc_entities(
  doc_id INTEGER NOT NULL,
  local_id TEXT NOT NULL,
  entity_id INTEGER NOT NULL,
  role TEXT,
  affiliation TEXT,
  country TEXT,
  sector TEXT,
  mentions INTEGER NOT NULL,
  day TEXT NOT NULL,
  story_id INTEGER NOT NULL,
  PRIMARY KEY(doc_id, local_id)) WITHOUT ROWID;
CREATE INDEX doc_entities_entity ON doc_entities(entity_id, day);

CREATE TABLE mentions(
  doc_id INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  entity_id INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  PRIMARY KEY(doc_id, start, entity_id)) WITHOUT ROWID;

CREATE TABLE quotes(
  id INTEGER PRIMARY KEY,
  doc_id INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  cue TEXT,
  speaker TEXT COLLATE NOCASE,
  speaker_entity INTEGER,
  anonymous INTEGER NOT NULL DEFAULT 0,
  description TEXT,
  addressee TEXT,
  sentence INTEGER NOT NULL,
  day TEXT NOT NULL,
  story_id INTEGER NOT NULL);
CREATE INDEX quotes_doc ON quotes(doc_id);
CREATE INDEX quotes_speaker ON quotes(speaker, day);
CREATE INDEX quotes_speaker_entity ON quotes(speaker_entity, day);
CREATE INDEX quotes_day ON quotes(day);

CREATE TABLE figures(
  id INTEGER PRIMARY KEY,
  doc_id INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  text TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  value REAL, low REAL, high REAL,
  qualifier TEXT,
  vague INTEGER NOT NULL DEFAULT 0,
  unit TEXT,
  category TEXT,
  subject TEXT,
  place TEXT COLLATE NOCASE,
  time TEXT,
  source TEXT,
  sentence INTEGER NOT NULL,
  credible INTEGER NOT NULL,
  day TEXT NOT NULL,
  story_id INTEGER NOT NULL);
CREATE INDEX figures_doc ON figures(doc_id);
CREATE INDEX figures_category ON figures(category, day);
CREATE INDEX figures_place ON figures(place, day);
CREATE INDEX figures_day ON figures(day);

CREATE TABLE events(
  id INTEGER PRIMARY KEY,
  doc_id INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  type TEXT NOT NULL,
  mode TEXT,
  actor TEXT COLLATE NOCASE,
  actor_entity INTEGER,
  actor_country TEXT,
  actor_sector TEXT,
  target TEXT COLLATE NOCASE,
  target_entity INTEGER,
  target_country TEXT,
  target_sector TEXT,
  negated INTEGER NOT NULL DEFAULT 0,
  modality TEXT,
  place TEXT,
  place_country TEXT,
  lat REAL, lon REAL,
  date TEXT,
  size REAL,
  size_category TEXT,
  sentences TEXT,
  text TEXT,
  start INTEGER, end INTEGER,
  trigger TEXT,
  day TEXT NOT NULL,
  story_id INTEGER NOT NULL);
CREATE INDEX events_doc ON events(doc_id);
CREATE INDEX events_type ON events(type, day);
CREATE INDEX events_actor ON events(actor, day);
CREATE INDEX events_target ON events(target, day);
CREATE INDEX events_actor_entity ON events(actor_entity);
CREATE INDEX events_target_entity ON events(target_entity);
CREATE INDEX events_day ON events(day);
)sql";

// Version 2: what the later stages write: figure conflicts, time expressions, links,
// non-answers ("declined to comment").
constexpr const char* kMigration2 = R"sql(
CREATE TABLE figure_conflicts(
  doc_id INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  category TEXT,
  figures TEXT NOT NULL,
  why TEXT,
  PRIMARY KEY(doc_id, idx)) WITHOUT ROWID;

CREATE TABLE times(
  doc_id INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  text TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  value TEXT,
  relative INTEGER NOT NULL DEFAULT 0,
  sentence INTEGER NOT NULL,
  PRIMARY KEY(doc_id, idx)) WITHOUT ROWID;

CREATE TABLE links(
  doc_id INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  anchor TEXT,
  target TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  PRIMARY KEY(doc_id, idx)) WITHOUT ROWID;

CREATE TABLE non_answers(
  doc_id INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  who TEXT,
  entity_id INTEGER,
  text TEXT,
  cue TEXT,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  PRIMARY KEY(doc_id, idx)) WITHOUT ROWID;
)sql";

// Version 3: aggregates the writer keeps at commit so that the queries stay under 100 ms on
// 100,000 articles (docs/corpus.md, "Aggregates"), filled here from the rows already stored.
//   counts         rows per table (stats without counting millions of rows)
//   quote_about    which entities each quote is about (quotes --about without a mentions scan)
//   quotes_fts     the quotes' own words (quotes --q)
//   speakers       per speaker name: quotes, stories, documents, first and last day (who was
//                  quoted most, all time); speaker_stories says which stories were counted
//   cooccurrence   per entity, month and other entity: documents and stories (first copies)
//                  naming both among each document's kCooccurrenceTop most-mentioned entities
// and covering indexes for entity profiles, the figure timeline and the dyad matrix.
constexpr const char* kMigration3 = R"sql(
CREATE TABLE counts(
  key TEXT PRIMARY KEY,
  value INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO counts(key, value)
  SELECT 'documents', count(*) FROM documents UNION ALL
  SELECT 'stories', count(*) FROM stories UNION ALL
  SELECT 'sources', count(*) FROM sources UNION ALL
  SELECT 'entities', count(*) FROM entities UNION ALL
  SELECT 'mentions', count(*) FROM mentions UNION ALL
  SELECT 'quotes', count(*) FROM quotes UNION ALL
  SELECT 'figures', count(*) FROM figures UNION ALL
  SELECT 'events', count(*) FROM events;

DROP INDEX doc_entities_entity;
CREATE INDEX doc_entities_entity ON doc_entities(entity_id, day, story_id, mentions);

CREATE TABLE quote_about(
  entity_id INTEGER NOT NULL,
  day TEXT NOT NULL,
  quote_id INTEGER NOT NULL,
  PRIMARY KEY(entity_id, day, quote_id)) WITHOUT ROWID;
INSERT OR IGNORE INTO quote_about(entity_id, day, quote_id)
  SELECT m.entity_id, q.day, q.id FROM quotes q JOIN mentions m ON m.doc_id = q.doc_id
  WHERE (m.start >= q.start AND m.end <= q.end)
     OR (m.sentence = q.sentence AND m.entity_id IS NOT q.speaker_entity);

CREATE VIRTUAL TABLE quotes_fts USING fts5(
  text, content='quotes', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2');
INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');

CREATE TABLE speakers(
  name TEXT PRIMARY KEY,
  quotes INTEGER NOT NULL,
  stories INTEGER NOT NULL,
  documents INTEGER NOT NULL,
  first TEXT NOT NULL,
  last TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX speakers_rank ON speakers(stories DESC, quotes DESC, name);
CREATE TABLE speaker_stories(
  name TEXT NOT NULL,
  story_id INTEGER NOT NULL,
  PRIMARY KEY(name, story_id)) WITHOUT ROWID;
INSERT OR IGNORE INTO speaker_stories(name, story_id)
  SELECT coalesce(e.name, q.speaker), q.story_id FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_entity
  WHERE q.anonymous = 0 AND coalesce(e.name, q.speaker) IS NOT NULL;
INSERT INTO speakers(name, quotes, stories, documents, first, last)
  SELECT coalesce(e.name, q.speaker), count(*), count(DISTINCT q.story_id), count(DISTINCT q.doc_id),
         min(q.day), max(q.day)
  FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_entity
  WHERE q.anonymous = 0 AND coalesce(e.name, q.speaker) IS NOT NULL GROUP BY 1;

CREATE TABLE cooccurrence(
  entity_id INTEGER NOT NULL,
  month TEXT NOT NULL,
  other_id INTEGER NOT NULL,
  documents INTEGER NOT NULL,
  stories INTEGER NOT NULL,
  PRIMARY KEY(entity_id, month, other_id)) WITHOUT ROWID;
CREATE TEMP TABLE cooccurrence_top AS
  WITH per_doc AS (
    SELECT doc_id, entity_id, min(day) AS day, min(story_id) AS story_id, sum(mentions) AS mentions
    FROM doc_entities GROUP BY doc_id, entity_id),
  ranked AS (
    SELECT doc_id, entity_id, day, story_id,
           row_number() OVER (PARTITION BY doc_id ORDER BY mentions DESC, entity_id) AS r
    FROM per_doc)
  SELECT doc_id, entity_id, substr(day, 1, 7) AS month, story_id = doc_id AS first
  FROM ranked WHERE r <= 8;  -- kCooccurrenceTop
CREATE INDEX temp.cooccurrence_top_doc ON cooccurrence_top(doc_id, entity_id);
INSERT INTO cooccurrence(entity_id, month, other_id, documents, stories)
  SELECT a.entity_id, a.month, b.entity_id, count(*), sum(a.first)
  FROM cooccurrence_top a JOIN cooccurrence_top b ON b.doc_id = a.doc_id AND b.entity_id != a.entity_id
  GROUP BY 1, 2, 3;
DROP TABLE temp.cooccurrence_top;

CREATE INDEX doc_entities_roles ON doc_entities(entity_id, day, role, affiliation, story_id)
  WHERE role IS NOT NULL OR affiliation IS NOT NULL;
CREATE INDEX figures_timeline ON figures(category, story_id, day, value, place, doc_id) WHERE credible = 1;
CREATE INDEX events_dyads ON events(actor, target, negated, day, story_id, type)
  WHERE actor IS NOT NULL AND target IS NOT NULL;
)sql";

// Version 4: per-entity monthly totals kept by the writer, so an entity's profile (totals and
// timeline) sums at most a few dozen rows instead of counting every document that mentions
// it (62,000 rows for the most frequent entity of a 100,000-article corpus: 160 ms). A story
// counts once, by its first copy (its id is its first document's id), as in cooccurrence.
// Covering indexes for newest-first search (day with the source) and for the event-type
// filter of search (the documents with an event of a type).
constexpr const char* kMigration4 = R"sql(
CREATE TABLE entity_months(
  entity_id INTEGER NOT NULL,
  month TEXT NOT NULL,
  documents INTEGER NOT NULL,
  stories INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  first TEXT NOT NULL,
  last TEXT NOT NULL,
  PRIMARY KEY(entity_id, month)) WITHOUT ROWID;
INSERT INTO entity_months(entity_id, month, documents, stories, mentions, first, last)
  SELECT entity_id, substr(day, 1, 7), count(*), sum(story_id = doc_id), sum(mentions), min(day), max(day)
  FROM doc_entities GROUP BY entity_id, substr(day, 1, 7);

CREATE INDEX documents_recent ON documents(day, source_id);
CREATE INDEX events_type_doc ON events(type, day, doc_id, negated);
)sql";

// Version 5: the figure timeline's index covers its query. SQLite (3.40) does not count the
// WHERE of a partial index as covering the column it tests, so figures_timeline made the
// timeline read every credible figure's row (212,000 on 100,000 articles: 100 ms of CPU).
constexpr const char* kMigration5 = R"sql(
CREATE INDEX figures_story_best ON figures(category, story_id, day, value, doc_id, place, credible)
  WHERE credible = 1;
DROP INDEX figures_timeline;
)sql";

// Version 6: what `factwire document` needs to print the analysis as `analyze` printed it:
// paragraphs' spans in the input bytes, an anonymous speaker's reason, a time's modifier
// ("early"), and an event argument's own words ("Israeli troops") beside its entity's name.
// Rows stored before have NULL there (docs/corpus.md).
constexpr const char* kMigration6 = R"sql(
ALTER TABLE paragraphs ADD COLUMN source_start INTEGER;
ALTER TABLE paragraphs ADD COLUMN source_end INTEGER;
ALTER TABLE quotes ADD COLUMN reason TEXT;
ALTER TABLE times ADD COLUMN mod TEXT;
ALTER TABLE events ADD COLUMN actor_text TEXT;
ALTER TABLE events ADD COLUMN target_text TEXT;
)sql";

constexpr const char* kMigrations[] = {nullptr,     kMigration1, kMigration2, kMigration3,
                                       kMigration4, kMigration5, kMigration6};
static_assert(sizeof(kMigrations) / sizeof(kMigrations[0]) == kLatestVersion + 1);

Result<int64_t> pragma_int(sqlite3* db, const char* name) {
  Stmt st(db, std::string("PRAGMA ") + name);
  if (!st.ok()) return st.status();
  if (!st.step()) return st.status().ok() ? Status::Corrupt(std::string("no ") + name) : st.status();
  return st.i64(0);
}

}  // namespace

Result<int> schema_version(sqlite3* db) {
  auto v = pragma_int(db, "user_version");
  if (!v.ok()) return v.status();
  return static_cast<int>(v.value());
}

Status migrate(sqlite3* db, int target) {
  // Reading the schema is the first access to the file: a file that is not SQLite fails here.
  auto tables = pragma_int(db, "schema_version");
  if (!tables.ok()) return tables.status();
  auto app = pragma_int(db, "application_id");
  if (!app.ok()) return app.status();
  auto version = schema_version(db);
  if (!version.ok()) return version.status();

  int64_t objects = 0;
  {
    // Finished before migrating: an open read of sqlite_master would lock out DROP statements.
    Stmt count(db, "SELECT count(*) FROM sqlite_master");
    if (!count.step()) return count.status().ok() ? Status::Internal("counting schema objects") : count.status();
    objects = count.i64(0);
  }
  if (objects > 0 && app.value() != kApplicationId) {
    return Status::Corrupt("a SQLite database but not a factwire corpus (application_id is not FWCP)");
  }
  if (version.value() > kLatestVersion) {
    return Status::Unsupported("the corpus has schema version " + std::to_string(version.value()) +
                               ", newer than this build (" + std::to_string(kLatestVersion) +
                               "): upgrade factwire");
  }
  for (int v = version.value() + 1; v <= target; ++v) {
    Status s = exec(db, "BEGIN IMMEDIATE");
    if (!s.ok()) return s;
    // Another process may have migrated while we waited for the write lock.
    auto now = schema_version(db);
    if (!now.ok()) {
      exec(db, "ROLLBACK");
      return now.status();
    }
    if (now.value() >= v) {
      exec(db, "COMMIT");
      continue;
    }
    s = exec(db, kMigrations[v]);
    if (s.ok()) s = exec(db, "PRAGMA application_id = " + std::to_string(kApplicationId));
    if (s.ok()) s = exec(db, "PRAGMA user_version = " + std::to_string(v));
    if (s.ok()) s = exec(db, "COMMIT");
    if (!s.ok()) {
      exec(db, "ROLLBACK");
      std::string msg = "migrating the corpus to schema version " + std::to_string(v) + ": " + s.message();
      // A file or folder that cannot be written stays an I/O error: the callers then open the
      // corpus read-only, which reads the older version (docs/corpus.md, "Migrations").
      if (s.code() == Code::kBusy) return Status::Busy(std::move(msg));
      return s.code() == Code::kIoError ? Status::IoError(std::move(msg)) : Status::Internal(std::move(msg));
    }
  }
  return Status::Ok();
}

}  // namespace factwire::corpus
