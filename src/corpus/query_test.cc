// Each query over a small corpus built by hand.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cstdio>
#include <mutex>
#include <string>
#include <vector>

#include "factwire/corpus.h"

namespace factwire {
namespace {

std::string temp_db() {
  char tmpl[] = "/tmp/fw_query_test_XXXXXX";
  char* d = mkdtemp(tmpl);
  return std::string(d ? d : "/tmp") + "/q.db";
}

// A document builder: text is appended sentence by sentence; names are tracked as entities.
struct Builder {
  Document d;
  Builder(std::string id, std::string published, std::string url) {
    d.id = std::move(id);
    d.published = std::move(published);
    d.url = std::move(url);
    d.title = "Report " + d.id;
  }
  int entity(const std::string& name, EntityType type, const std::string& role = "") {
    for (size_t i = 0; i < d.entities.size(); ++i) {
      if (d.entities[i].name == name) return static_cast<int>(i);
    }
    Entity e;
    e.id = "e" + std::to_string(d.entities.size() + 1);
    e.name = name;
    e.type = type;
    e.role = role;
    d.entities.push_back(e);
    return static_cast<int>(d.entities.size() - 1);
  }
  uint32_t sentence(const std::string& s) {
    if (!d.text.empty()) d.text += " ";
    uint32_t start = static_cast<uint32_t>(d.text.size());
    d.text += s;
    d.sentences.push_back({start, static_cast<uint32_t>(d.text.size()), 0, 0, 0});
    return static_cast<uint32_t>(d.sentences.size() - 1);
  }
  void mention(int e, uint32_t sent, const std::string& word) {
    const Sentence& s = d.sentences[sent];
    size_t at = d.text.find(word, s.start);
    d.entities[e].mentions.push_back({static_cast<uint32_t>(at), static_cast<uint32_t>(at + word.size()), sent});
  }
  void quote(int speaker, uint32_t sent, const std::string& words) {
    Quote q;
    size_t at = d.text.find(words, d.sentences[sent].start);
    q.start = static_cast<uint32_t>(at);
    q.end = static_cast<uint32_t>(at + words.size());
    q.text = words;
    q.cue = "said";
    q.sentence = sent;
    q.speaker.entity = speaker;
    q.speaker.name = d.entities[speaker].name;
    d.quotes.push_back(q);
  }
  void figure(uint32_t sent, double v, const std::string& cat, const std::string& place, bool vague = false) {
    Figure f;
    f.text = std::to_string(static_cast<int>(v)) + " " + cat;
    f.value = f.low = f.high = v;
    f.qualifier = "exact";
    f.category = cat;
    f.place = place;
    f.vague = vague;
    f.sentence = sent;
    d.figures.push_back(f);
  }
  void event(const std::string& type, int actor, int target, uint32_t sent, bool negated = false) {
    Event e;
    e.type = type;
    e.actor = {d.entities[actor].name, actor, "", ""};
    e.target = {d.entities[target].name, target, "", ""};
    e.negated = negated;
    e.sentences = {sent};
    e.text = d.text.substr(d.sentences[sent].start, d.sentences[sent].end - d.sentences[sent].start);
    d.events.push_back(e);
  }
  void finish() { d.paragraphs.push_back({ParagraphKind::kBody, 0, static_cast<uint32_t>(d.text.size())}); }
};

// Story 1 (three copies on three sites): a strike on Tyre, 12 then 15 killed.
// Story 2: talks in Geneva, different month.
// Story 3: a flood with a vague figure.
Document strike(const std::string& id, const std::string& site, int killed, const std::string& day,
               const std::string& tail = "") {
  Builder b(id, day, "https://" + site + "/news/" + id);
  uint32_t s0 = b.sentence("Israeli aircraft struck the port city of Tyre in southern Lebanon early on Monday, "
                           "hitting a residential building near the old market and a warehouse by the harbour.");
  int israel = b.entity("Israel", EntityType::kGpe);
  int lebanon = b.entity("Lebanon", EntityType::kGpe);
  int tyre = b.entity("Tyre", EntityType::kGpe);
  b.mention(israel, s0, "Israeli");
  b.mention(tyre, s0, "Tyre");
  b.mention(lebanon, s0, "Lebanon");
  uint32_t s1 = b.sentence("The health ministry said " + std::to_string(killed) +
                           " people were killed and dozens wounded in the strikes on the city.");
  b.figure(s1, killed, "killed", "Tyre");
  b.figure(s1, 36, "injured", "Tyre", /*vague=*/true);
  uint32_t s2 = b.sentence("Joseph Aoun said \"the attacks on Lebanon must stop now\" during a visit to the hospital.");
  int aoun = b.entity("Joseph Aoun", EntityType::kPerson, "President");
  b.mention(aoun, s2, "Joseph Aoun");
  b.mention(lebanon, s2, "Lebanon");
  b.quote(aoun, s2, "the attacks on Lebanon must stop now");
  b.event("ASSAULT", israel, lebanon, s0);
  b.sentence("Rescue workers searched the rubble through the afternoon while residents of nearby streets "
             "gathered outside the hospital waiting for news of relatives, and the army closed the coastal "
             "road to traffic as smoke rose over the harbour district for several hours." + tail);
  b.finish();
  return b.d;
}

Document talks() {
  Builder b("talks", "2024-07-10", "https://news.example.org/talks");
  uint32_t s0 = b.sentence("Diplomats from Lebanon and Israel met in Geneva for a second round of indirect talks "
                           "on the border, officials with knowledge of the meeting said on Wednesday evening.");
  int lebanon = b.entity("Lebanon", EntityType::kGpe);
  int israel = b.entity("Israel", EntityType::kGpe);
  b.mention(lebanon, s0, "Lebanon");
  b.mention(israel, s0, "Israel");
  uint32_t s1 = b.sentence("Nabih Berri said \"no agreement is possible while Israel keeps striking\" and left early.");
  int berri = b.entity("Nabih Berri", EntityType::kPerson, "Speaker of Parliament");
  b.mention(berri, s1, "Nabih Berri");
  b.mention(israel, s1, "Israel");
  b.quote(berri, s1, "no agreement is possible while Israel keeps striking");
  b.event("CONSULT", lebanon, israel, s0);
  b.event("ASSAULT", lebanon, israel, s1, /*negated=*/true);
  b.finish();
  return b.d;
}

class QueryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto c = Corpus::open(temp_db(), {});
    ASSERT_TRUE(c.ok()) << c.status().ToString();
    corpus = std::move(c.value());
    ASSERT_TRUE(corpus->begin().ok());
    // Copies of one wire story on three sites (small edits), reporting a rising toll.
    ASSERT_TRUE(corpus->store(strike("wire-a", "wire.example.com", 12, "2024-06-03"), {}).ok());
    ASSERT_TRUE(corpus->store(strike("wire-b", "www.daily.example.net", 15, "2024-06-03"), {}).ok());
    ASSERT_TRUE(corpus->store(strike("wire-c", "paper.example.co.uk", 15, "2024-06-04", " Copyright the wire."), {}).ok());
    ASSERT_TRUE(corpus->store(talks(), {}).ok());
    ASSERT_TRUE(corpus->commit().ok());
  }
  static int64_t i64(const Cell& c) { return std::get<int64_t>(c); }
  static std::string str(const Cell& c) {
    return std::holds_alternative<std::string>(c) ? std::get<std::string>(c) : "";
  }
  static int col(const Table& t, const std::string& name) {
    for (size_t i = 0; i < t.columns.size(); ++i) {
      if (t.columns[i] == name) return static_cast<int>(i);
    }
    ADD_FAILURE() << "no column " << name;
    return 0;
  }
  std::unique_ptr<Corpus> corpus;
};

TEST_F(QueryTest, CopiesOfOneWireStoryAreGrouped) {
  auto s = corpus->stats();
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(i64(s.value().rows[0][1]), 4);  // documents
  EXPECT_EQ(i64(s.value().rows[1][1]), 2);  // stories
}

TEST_F(QueryTest, SearchFindsWordsWithHighlightedSnippets) {
  SearchQuery q;
  q.text = "harbour";
  auto r = corpus->search(q);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r.value().rows.size(), 3u);
  EXPECT_NE(str(r.value().rows[0][col(r.value(), "snippet")]).find("[harbour]"), std::string::npos);
  q.html = true;
  r = corpus->search(q);
  EXPECT_NE(str(r.value().rows[0][col(r.value(), "snippet")]).find("<mark>harbour</mark>"), std::string::npos);
}

TEST_F(QueryTest, SearchFiltersByDateSourceAndEntity) {
  SearchQuery q;
  q.text = "Lebanon";
  EXPECT_EQ(corpus->search(q).value().rows.size(), 4u);
  q.from = "2024-06-04";
  q.to = "2024-06";
  EXPECT_EQ(corpus->search(q).value().rows.size(), 1u);
  q.from = q.to = "";
  q.source = "daily.example.net";
  auto r = corpus->search(q);
  ASSERT_EQ(r.value().rows.size(), 1u);
  EXPECT_EQ(str(r.value().rows[0][col(r.value(), "source")]), "daily.example.net");
  q.source = "";
  q.entity = "Berri";  // a word of "Nabih Berri"
  EXPECT_EQ(corpus->search(q).value().rows.size(), 1u);
}

TEST_F(QueryTest, SearchSurvivesFts5SyntaxInUserInput) {
  SearchQuery q;
  q.text = "Lebanon's \"border (talks";
  auto r = corpus->search(q);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  q.text = "";
  EXPECT_EQ(corpus->search(q).status().code(), Code::kInvalidInput);
}

TEST_F(QueryTest, QuotesBySpeakerAboutEntityAndKeyword) {
  QuoteQuery q;
  q.speaker = "Joseph Aoun";
  EXPECT_EQ(corpus->quotes(q).value().rows.size(), 3u);
  q.speaker = "aoun";  // case and partial name
  EXPECT_EQ(corpus->quotes(q).value().rows.size(), 3u);
  q = {};
  q.about = "Israel";  // Berri's quote names Israel; Aoun's does not
  auto r = corpus->quotes(q);
  ASSERT_EQ(r.value().rows.size(), 1u);
  EXPECT_EQ(str(r.value().rows[0][col(r.value(), "speaker")]), "Nabih Berri");
  q = {};
  q.keyword = "must stop";
  EXPECT_EQ(corpus->quotes(q).value().rows.size(), 3u);
  q.from = "2024-07-01";
  EXPECT_EQ(corpus->quotes(q).value().rows.size(), 0u);
}

TEST_F(QueryTest, WhoWasQuotedMostCountsStoriesNotCopies) {
  QuoteQuery q;
  q.about = "Lebanon";
  q.by_speaker = true;
  auto r = corpus->quotes(q);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r.value().rows.size(), 1u);  // Berri's quote mentions Israel, not Lebanon
  EXPECT_EQ(str(r.value().rows[0][0]), "Joseph Aoun");
  EXPECT_EQ(i64(r.value().rows[0][col(r.value(), "quotes")]), 3);
  EXPECT_EQ(i64(r.value().rows[0][col(r.value(), "stories")]), 1);
}

TEST_F(QueryTest, FiguresByCategoryPlaceAndDate) {
  FigureQuery q;
  q.category = "killed";
  EXPECT_EQ(corpus->figures(q).value().rows.size(), 3u);
  q.place = "tyre";
  EXPECT_EQ(corpus->figures(q).value().rows.size(), 3u);
  q.place = "Geneva";
  EXPECT_EQ(corpus->figures(q).value().rows.size(), 0u);
  q = {};
  q.category = "injured";
  q.credible_only = true;
  EXPECT_EQ(corpus->figures(q).value().rows.size(), 0u);  // "dozens" is vague
}

TEST_F(QueryTest, TimelineCountsEachStoryOnceWithItsHighestFigure) {
  FigureQuery q;
  q.category = "killed";
  q.timeline = "month";
  auto r = corpus->figures(q);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r.value().rows.size(), 1u);
  const auto& row = r.value().rows[0];
  EXPECT_EQ(str(row[col(r.value(), "period")]), "2024-06");
  EXPECT_EQ(i64(row[col(r.value(), "stories")]), 1);
  EXPECT_EQ(i64(row[col(r.value(), "documents")]), 3);
  EXPECT_DOUBLE_EQ(std::get<double>(row[col(r.value(), "max")]), 15.0);  // not 12+15+15
  EXPECT_DOUBLE_EQ(std::get<double>(row[col(r.value(), "sum_of_story_max")]), 15.0);
  q.timeline = "week";
  r = corpus->figures(q);
  ASSERT_EQ(r.value().rows.size(), 1u);
  EXPECT_EQ(str(r.value().rows[0][0]), "2024-06-03");  // the Monday
  q.timeline = "year";
  EXPECT_EQ(corpus->figures(q).status().code(), Code::kInvalidInput);
}

TEST_F(QueryTest, EventsByActorTargetTypeAndDyads) {
  EventQuery q;
  q.actor = "Israel";
  EXPECT_EQ(corpus->events(q).value().rows.size(), 3u);
  q.type = "consult";
  EXPECT_EQ(corpus->events(q).value().rows.size(), 0u);
  q = {};
  q.target = "Israel";
  EXPECT_EQ(corpus->events(q).value().rows.size(), 1u);  // the negated assault is left out
  q.include_negated = true;
  EXPECT_EQ(corpus->events(q).value().rows.size(), 2u);
  q = {};
  q.dyads = true;
  auto r = corpus->events(q);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r.value().rows.size(), 2u);
  EXPECT_EQ(str(r.value().rows[0][0]), "Israel");
  EXPECT_EQ(str(r.value().rows[0][1]), "Lebanon");
  EXPECT_EQ(i64(r.value().rows[0][col(r.value(), "events")]), 3);
  EXPECT_EQ(i64(r.value().rows[0][col(r.value(), "stories")]), 1);
}

TEST_F(QueryTest, EventsExportAsPlover) {
  EventQuery q;
  q.actor = "Israel";
  q.page.limit = 1;
  auto r = corpus->events(q);
  std::string out = format_table(r.value(), TableFormat::kPlover);
  EXPECT_NE(out.find("\"event_type\":\"ASSAULT\""), std::string::npos) << out;
  EXPECT_NE(out.find("\"recipient_name\":\"Lebanon\""), std::string::npos) << out;
}

TEST_F(QueryTest, EntityProfileHasEverySection) {
  EntityQuery q;
  q.name = "Aoun";
  auto r = corpus->entity(q);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const Table& t = r.value();
  ASSERT_EQ(t.sections.size(), 6u);
  EXPECT_EQ(t.sections[0].name, "entity");
  EXPECT_EQ(str(t.sections[0].rows[0][1]), "Joseph Aoun");
  EXPECT_EQ(str(t.sections[1].rows[0][0]), "President");                       // roles
  EXPECT_EQ(str(t.sections[2].rows[0][0]), "2024-06");                         // timeline
  EXPECT_EQ(t.sections[3].name, "cooccurring");
  EXPECT_GE(t.sections[3].rows.size(), 3u);                                    // Israel, Lebanon, Tyre
  EXPECT_EQ(t.sections[4].rows.size(), 3u);                                    // quotes
  q.name = "Israel";
  r = corpus->entity(q);
  EXPECT_EQ(r.value().sections[5].rows.size(), 4u);  // events as actor or target, negated left out
  q.name = "Nobody Atall";
  EXPECT_EQ(corpus->entity(q).status().code(), Code::kNotFound);
}

TEST_F(QueryTest, FormatsForPeopleAndPrograms) {
  SearchQuery q;
  q.text = "Geneva";
  auto r = corpus->search(q);
  ASSERT_TRUE(r.ok());
  std::string csv = format_table(r.value(), TableFormat::kCsv);
  EXPECT_EQ(csv.rfind("doc_id,story_id,day,source,title,url,snippet,rank\r\n", 0), 0u) << csv;
  std::string jsonl = format_table(r.value(), TableFormat::kJsonl);
  EXPECT_EQ(jsonl.front(), '{');
  EXPECT_EQ(std::count(jsonl.begin(), jsonl.end(), '\n'), 1);
  std::string json = format_table(r.value(), TableFormat::kJson);
  EXPECT_EQ(json.front(), '[');
  std::string text = format_table(r.value(), TableFormat::kTable);
  EXPECT_NE(text.find("doc_id"), std::string::npos);
  TableFormat f;
  EXPECT_TRUE(parse_table_format("csv", &f));
  EXPECT_FALSE(parse_table_format("xml", &f));
}


// ---------------------------------------------------------------------------------------------
// Aggregates the writer keeps (schema v3) against the rows they stand for.

std::vector<std::vector<std::string>> rows_of(const std::string& path, const std::string& sql) {
  std::vector<std::vector<std::string>> out;
  sqlite3* db = nullptr;
  sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) {
    ADD_FAILURE() << sql << ": " << sqlite3_errmsg(db);
    sqlite3_close(db);
    return out;
  }
  while (sqlite3_step(st) == SQLITE_ROW) {
    std::vector<std::string> row;
    for (int i = 0; i < sqlite3_column_count(st); ++i) {
      const unsigned char* t = sqlite3_column_text(st, i);
      row.push_back(t ? reinterpret_cast<const char*>(t) : "NULL");
    }
    out.push_back(std::move(row));
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  return out;
}

TEST_F(QueryTest, StatsCountsAreTheRowCounts) {
  auto s = corpus->stats();
  ASSERT_TRUE(s.ok());
  for (const auto& row : s.value().rows) {
    std::string key = str(row[0]);
    for (const char* table : {"documents", "stories", "sources", "entities", "mentions", "quotes", "figures", "events"}) {
      if (key != table) continue;
      auto n = rows_of(corpus->path(), std::string("SELECT count(*) FROM ") + table);
      EXPECT_EQ(std::to_string(i64(row[1])), n[0][0]) << table;
      EXPECT_GT(i64(row[1]), 0) << table;
    }
  }
  // Storing an already-stored document changes no count.
  ASSERT_TRUE(corpus->store(talks(), {}).ok());
  EXPECT_EQ(i64(corpus->stats().value().rows[0][1]), 4);
}

TEST_F(QueryTest, AllTimeSpeakerTotalsMatchCountingTheQuotes) {
  QuoteQuery q;
  q.by_speaker = true;
  auto fast = corpus->quotes(q);  // from the speakers table
  ASSERT_TRUE(fast.ok()) << fast.status().ToString();
  q.from = "2000-01-01";  // the same question answered from the quotes
  auto slow = corpus->quotes(q);
  ASSERT_TRUE(slow.ok());
  ASSERT_EQ(fast.value().rows.size(), 2u);
  EXPECT_EQ(fast.value().columns, slow.value().columns);
  EXPECT_EQ(fast.value().rows, slow.value().rows);
  EXPECT_EQ(str(fast.value().rows[0][0]), "Joseph Aoun");
  EXPECT_EQ(i64(fast.value().rows[0][col(fast.value(), "quotes")]), 3);
  EXPECT_EQ(i64(fast.value().rows[0][col(fast.value(), "stories")]), 1);
  EXPECT_EQ(i64(fast.value().rows[0][col(fast.value(), "documents")]), 3);
}

TEST_F(QueryTest, CooccurrenceCountsDocumentsAndStoriesOnce) {
  EntityQuery q;
  q.name = "Joseph Aoun";
  auto r = corpus->entity(q);
  ASSERT_TRUE(r.ok());
  const Table& co = r.value().sections[3];
  ASSERT_EQ(co.rows.size(), 3u);  // Israel, Lebanon, Tyre: in all three copies of one story
  for (const auto& row : co.rows) {
    EXPECT_EQ(i64(row[col(co, "documents")]), 3) << str(row[0]);
    EXPECT_EQ(i64(row[col(co, "stories")]), 1) << str(row[0]);
  }
  q.from = "2024-07";  // months without Aoun
  EXPECT_EQ(corpus->entity(q).value().sections[3].rows.size(), 0u);
  q.name = "Israel";
  q.from = "";
  r = corpus->entity(q);
  const Table& is = r.value().sections[3];
  ASSERT_FALSE(is.rows.empty());
  EXPECT_EQ(str(is.rows[0][0]), "Lebanon");  // 4 documents, 2 stories
  EXPECT_EQ(i64(is.rows[0][col(is, "stories")]), 2);
  EXPECT_EQ(i64(is.rows[0][col(is, "documents")]), 4);
}

TEST_F(QueryTest, SearchRankWindowKeepsTheNewestMatches) {
  SearchQuery q;
  q.text = "Lebanon";
  q.rank_window = 2;
  auto r = corpus->search(q);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r.value().rows.size(), 2u);
  for (const auto& row : r.value().rows) EXPECT_GE(i64(row[0]), 3);  // documents 3 and 4
  q.rank_window = 0;
  EXPECT_EQ(corpus->search(q).value().rows.size(), 4u);
  q.by_date = true;
  r = corpus->search(q);
  ASSERT_EQ(r.value().rows.size(), 4u);
  EXPECT_EQ(str(r.value().rows[0][col(r.value(), "day")]), "2024-07-10");
}

// The aggregates a migration fills from stored rows are the ones the writer keeps: a copy of
// the corpus taken back to version 2 and reopened migrates to the same tables.
TEST_F(QueryTest, MigrationToVersionThreeFillsTheSameAggregatesAsTheWriter) {
  std::string copy = corpus->path() + ".v2";
  {
    sqlite3* src = nullptr;
    sqlite3* dst = nullptr;
    ASSERT_EQ(sqlite3_open(corpus->path().c_str(), &src), SQLITE_OK);
    ASSERT_EQ(sqlite3_open(copy.c_str(), &dst), SQLITE_OK);
    sqlite3_backup* b = sqlite3_backup_init(dst, "main", src, "main");
    ASSERT_NE(b, nullptr);
    sqlite3_backup_step(b, -1);
    sqlite3_backup_finish(b);
    ASSERT_EQ(sqlite3_exec(dst,
                           "DROP TABLE counts; DROP TABLE quote_about; DROP TABLE quotes_fts; DROP TABLE speakers; "
                           "DROP TABLE speaker_stories; DROP TABLE cooccurrence; DROP INDEX doc_entities_entity; "
                           "CREATE INDEX doc_entities_entity ON doc_entities(entity_id, day); "
                           "DROP INDEX doc_entities_roles; DROP INDEX figures_timeline; DROP INDEX events_dyads; "
                           "PRAGMA user_version = 2;",
                           nullptr, nullptr, nullptr),
              SQLITE_OK)
        << sqlite3_errmsg(dst);
    sqlite3_close(dst);
    sqlite3_close(src);
  }
  auto migrated = Corpus::open(copy, {});
  ASSERT_TRUE(migrated.ok()) << migrated.status().ToString();
  EXPECT_EQ(migrated.value()->schema_version(), 3);
  for (const char* sql : {"SELECT * FROM counts ORDER BY key", "SELECT * FROM quote_about ORDER BY 1, 2, 3",
                          "SELECT * FROM speakers ORDER BY name", "SELECT * FROM speaker_stories ORDER BY 1, 2",
                          "SELECT * FROM cooccurrence ORDER BY 1, 2, 3",
                          "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'stop' ORDER BY rowid"}) {
    auto want = rows_of(corpus->path(), sql);
    EXPECT_FALSE(want.empty()) << sql;
    EXPECT_EQ(rows_of(copy, sql), want) << sql;
  }
  QuoteQuery q;
  q.about = "Israel";
  EXPECT_EQ(migrated.value()->quotes(q).value().rows.size(), 1u);
}

// ---------------------------------------------------------------------------------------------
// Query plans: every statement the queries run is recorded (a trace installed on each new
// connection) and explained on a second connection; the indexed filters must not scan a big
// table from end to end.

std::mutex g_sql_mu;
std::vector<std::string>* g_sql = nullptr;

int on_trace(unsigned, void*, void* stmt, void*) {
  std::lock_guard<std::mutex> l(g_sql_mu);
  if (!g_sql) return 0;
  char* sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(stmt));
  if (sql) g_sql->push_back(sql);
  sqlite3_free(sql);
  return 0;
}

int install_trace(sqlite3* db, const char**, const struct sqlite3_api_routines*) {
  sqlite3_trace_v2(db, SQLITE_TRACE_STMT, on_trace, nullptr);
  return SQLITE_OK;
}

// The plan's full scans of big tables ("SCAN q", "SCAN documents"), one string per scan.
std::vector<std::string> full_scans(const std::string& path, const std::string& sql) {
  std::vector<std::string> scans;
  for (const auto& row : rows_of(path, "EXPLAIN QUERY PLAN " + sql)) {
    const std::string& detail = row.back();
    if (detail.rfind("SCAN ", 0) != 0) continue;
    if (detail.find("VIRTUAL TABLE") != std::string::npos) continue;      // FTS5 MATCH
    if (detail.find("COVERING INDEX") != std::string::npos) continue;     // an index walk in order
    if (detail.find("USING INDEX") != std::string::npos) continue;
    if (detail.find("CONSTANT ROW") != std::string::npos) continue;
    if (detail.find("SCAN hits") == 0 || detail.find("SCAN cand") == 0 || detail.find("SCAN g") == 0 ||
        detail.find("SCAN per_story") == 0) {
      continue;  // a CTE of a page of rows
    }
    scans.push_back(detail);
  }
  return scans;
}

TEST_F(QueryTest, IndexedFiltersNeverScanABigTable) {
  std::vector<std::string> seen;
  {
    std::lock_guard<std::mutex> l(g_sql_mu);
    g_sql = &seen;
  }
  sqlite3_auto_extension(reinterpret_cast<void (*)()>(install_trace));
  auto c = Corpus::open(corpus->path(), {.read_only = true});
  sqlite3_cancel_auto_extension(reinterpret_cast<void (*)()>(install_trace));
  ASSERT_TRUE(c.ok());
  Corpus& k = *c.value();

  auto check = [&](const std::string& what, auto&& run) {
    {
      std::lock_guard<std::mutex> l(g_sql_mu);
      seen.clear();
    }
    auto r = run();
    ASSERT_TRUE(r.ok()) << what << ": " << r.status().ToString();
    std::vector<std::string> sqls;
    {
      std::lock_guard<std::mutex> l(g_sql_mu);
      sqls = seen;
    }
    ASSERT_FALSE(sqls.empty()) << what;
    for (const auto& sql : sqls) {
      // Our statements only: not PRAGMAs, nor FTS5's own reads of its shadow tables.
      if (sql.rfind("SELECT", 0) != 0 && sql.rfind("WITH", 0) != 0) continue;
      if (sql.find("'main'.") != std::string::npos) continue;
      auto scans = full_scans(k.path(), sql);
      EXPECT_TRUE(scans.empty()) << what << ": " << scans.front() << "\n  in " << sql;
    }
  };
  check("search", [&] { SearchQuery q; q.text = "Lebanon"; return k.search(q); });
  check("search newest", [&] { SearchQuery q; q.text = "Lebanon"; q.by_date = true; return k.search(q); });
  check("search date+entity", [&] {
    SearchQuery q; q.text = "Lebanon"; q.from = "2024-06"; q.entity = "Tyre"; return k.search(q); });
  check("quotes speaker", [&] { QuoteQuery q; q.speaker = "Joseph Aoun"; return k.quotes(q); });
  check("quotes about", [&] { QuoteQuery q; q.about = "Israel"; return k.quotes(q); });
  check("quotes keyword", [&] { QuoteQuery q; q.keyword = "must stop"; return k.quotes(q); });
  check("quotes about by speaker", [&] {
    QuoteQuery q; q.about = "Lebanon"; q.by_speaker = true; return k.quotes(q); });
  check("quotes by speaker all time", [&] { QuoteQuery q; q.by_speaker = true; return k.quotes(q); });
  check("quotes by speaker month", [&] {
    QuoteQuery q; q.by_speaker = true; q.from = q.to = "2024-06"; return k.quotes(q); });
  check("figures category", [&] { FigureQuery q; q.category = "killed"; return k.figures(q); });
  check("figures place", [&] { FigureQuery q; q.place = "Tyre"; return k.figures(q); });
  check("timeline", [&] { FigureQuery q; q.timeline = "week"; return k.figures(q); });
  check("events actor", [&] { EventQuery q; q.actor = "Israel"; return k.events(q); });
  check("events type", [&] { EventQuery q; q.type = "ASSAULT"; return k.events(q); });
  check("dyads", [&] { EventQuery q; q.dyads = true; return k.events(q); });
  check("entity", [&] { EntityQuery q; q.name = "Israel"; return k.entity(q); });
  check("stats", [&] { return k.stats(); });
  {
    std::lock_guard<std::mutex> l(g_sql_mu);
    g_sql = nullptr;
  }
}

}  // namespace
}  // namespace factwire
