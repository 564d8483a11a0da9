// Each query over a small corpus built by hand.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <mutex>
#include <string>
#include <vector>

#include "corpus/schema.h"
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
  // Dates pick stories by their first copy (2024-06-03), not figures by their own day: from
  // the 4th the story is out, though one copy is dated the 4th.
  q.timeline = "day";
  q.from = "2024-06-04";
  r = corpus->figures(q);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_TRUE(r.value().rows.empty()) << str(r.value().rows[0][0]);
  q.from = "2024-06";
  r = corpus->figures(q);
  ASSERT_EQ(r.value().rows.size(), 1u);
  EXPECT_EQ(str(r.value().rows[0][0]), "2024-06-03");
  EXPECT_EQ(i64(r.value().rows[0][col(r.value(), "documents")]), 3);
  q.from.clear();
  q.timeline = "year";
  EXPECT_EQ(corpus->figures(q).status().code(), Code::kInvalidInput);
  // A category outside the contract's closed set is a mistake, not an empty answer.
  q.timeline.clear();
  q.category = "kiled";
  auto typo = corpus->figures(q);
  EXPECT_EQ(typo.status().code(), Code::kInvalidInput);
  EXPECT_NE(typo.status().message().find("killed, injured"), std::string::npos) << typo.status().message();
  EventQuery eq;
  eq.type = "ASSULT";
  EXPECT_EQ(corpus->events(eq).status().code(), Code::kInvalidInput);
  eq.type = "assault";  // any case
  EXPECT_TRUE(corpus->events(eq).ok());
}

std::vector<std::vector<std::string>> rows_of(const std::string& path, const std::string& sql);

TEST_F(QueryTest, TimelineHonoursThePage) {
  ASSERT_TRUE(corpus->begin().ok());
  for (const char* day : {"2023-01-10", "2023-02-10", "2023-03-10"}) {
    Builder b(std::string("page-") + day, day, std::string("https://pages.example.com/") + day);
    uint32_t s = b.sentence(std::string("Frost killed 3 on ") + day + ".");
    b.figure(s, 3, "missing", "");
    b.finish();
    ASSERT_TRUE(corpus->store(b.d, {}).ok());
  }
  ASSERT_TRUE(corpus->commit().ok());
  FigureQuery q;
  q.category = "missing";
  q.timeline = "month";
  q.page = {100, 0};
  auto all = corpus->figures(q);
  ASSERT_TRUE(all.ok()) << all.status().ToString();
  ASSERT_EQ(all.value().rows.size(), 3u);
  q.page = {1, 1};
  auto one = corpus->figures(q);
  ASSERT_TRUE(one.ok());
  ASSERT_EQ(one.value().rows.size(), 1u);
  EXPECT_EQ(one.value().rows[0], all.value().rows[1]);
  q.page = {2, 2};
  EXPECT_EQ(corpus->figures(q).value().rows.size(), 1u);
}

// Weeks run Monday to Sunday and are named by their Monday, as SQLite's
// date(day, 'weekday 0', '-6 days') names them, across months, years and leap days.
TEST_F(QueryTest, TimelineWeeksAreNamedByTheirMonday) {
  const std::vector<std::string> days = {"2024-12-29", "2024-12-30", "2025-01-01", "2025-01-05", "2024-02-29",
                                         "2023-01-01", "2000-03-01", "2024-03-04"};
  ASSERT_TRUE(corpus->begin().ok());
  for (const auto& day : days) {
    Builder b("week-" + day, day, "https://weeks.example.com/" + day);
    uint32_t s = b.sentence("Hail killed 7 on " + day + ".");  // too short to be anyone's copy
    b.figure(s, 7, "destroyed", "");
    b.finish();
    ASSERT_TRUE(corpus->store(b.d, {}).ok());
  }
  ASSERT_TRUE(corpus->commit().ok());
  FigureQuery q;
  q.category = "destroyed";
  q.timeline = "week";
  auto r = corpus->figures(q);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  std::vector<std::string> got, want;
  for (const auto& row : r.value().rows) {
    for (int64_t i = 0; i < i64(row[col(r.value(), "stories")]); ++i) got.push_back(str(row[0]));
  }
  for (const auto& day : days) {
    want.push_back(rows_of(corpus->path(), "SELECT date('" + day + "', 'weekday 0', '-6 days')")[0][0]);
  }
  std::sort(want.begin(), want.end());
  EXPECT_EQ(got, want);
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
  EXPECT_NE(out.find("\"target\":\"Lebanon\""), std::string::npos) << out;
  // The layout of `analyze --format plover` (events/plover.h), with the corpus's ids.
  EXPECT_EQ(out.rfind("{\"id\":\"factwire:", 0), 0u) << out;
  EXPECT_NE(out.find("\"recipient\":[{"), std::string::npos) << out;
  EXPECT_NE(out.find("\"cite_info\":{"), std::string::npos) << out;
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
  // The queries' own SQL function (a bitmap test), so that their plans can be explained here.
  sqlite3_create_function(db, "fw_docset", 1, SQLITE_UTF8, nullptr,
                          [](sqlite3_context* c, int, sqlite3_value**) { sqlite3_result_int(c, 1); }, nullptr,
                          nullptr);
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

TEST_F(QueryTest, SearchFiltersByEventType) {
  SearchQuery q;
  q.text = "Lebanon";
  q.event_type = "ASSAULT";  // the strike's three copies; the talks' assault is negated
  auto r = corpus->search(q);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r.value().rows.size(), 3u);
  for (const auto& row : r.value().rows) EXPECT_LE(i64(row[0]), 3);
  q.event_type = "consult";  // case does not matter
  r = corpus->search(q);
  ASSERT_EQ(r.value().rows.size(), 1u);
  EXPECT_EQ(str(r.value().rows[0][col(r.value(), "day")]), "2024-07-10");
  q.by_date = true;
  EXPECT_EQ(corpus->search(q).value().rows.size(), 1u);
  q.event_type = "ASSAULT";
  q.from = "2024-06-04";
  EXPECT_EQ(corpus->search(q).value().rows.size(), 1u);  // wire-c only
  q.event_type = "PROTEST";
  EXPECT_EQ(corpus->search(q).value().rows.size(), 0u);
}

TEST_F(QueryTest, SearchFacetsCountMonthsSourcesEntitiesAndEventTypes) {
  FacetQuery f;
  f.search.text = "Lebanon";
  auto r = corpus->search_facets(f);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const Table& t = r.value();
  EXPECT_EQ(i64(t.rows[0][0]), 4);  // basis
  ASSERT_EQ(t.sections.size(), 4u);
  auto section = [&](const std::string& name) -> const Table& {
    for (const auto& s : t.sections) {
      if (s.name == name) return s;
    }
    ADD_FAILURE() << "no section " << name;
    return t;
  };
  const Table& month = section("month");
  ASSERT_EQ(month.rows.size(), 2u);
  EXPECT_EQ(str(month.rows[0][0]), "2024-06");
  EXPECT_EQ(i64(month.rows[0][1]), 3);
  EXPECT_EQ(i64(month.rows[1][1]), 1);
  EXPECT_EQ(section("source").rows.size(), 4u);
  const Table& ent = section("entity");
  ASSERT_FALSE(ent.rows.empty());
  EXPECT_TRUE(str(ent.rows[0][0]) == "Lebanon" || str(ent.rows[0][0]) == "Israel") << str(ent.rows[0][0]);
  EXPECT_EQ(i64(ent.rows[0][1]), 4);
  const Table& ev = section("event_type");
  ASSERT_EQ(ev.rows.size(), 2u);  // the negated assault of the talks is not counted
  EXPECT_EQ(str(ev.rows[0][0]), "ASSAULT");
  EXPECT_EQ(i64(ev.rows[0][1]), 3);
  EXPECT_EQ(str(ev.rows[1][0]), "CONSULT");
  // The facets follow the search's filters and basis.
  f.search.event_type = "CONSULT";
  r = corpus->search_facets(f);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(i64(r.value().rows[0][0]), 1);
  f.search.event_type.clear();
  f.basis = 2;
  f.search.by_date = true;
  r = corpus->search_facets(f);
  EXPECT_EQ(i64(r.value().rows[0][0]), 2);
  f.search.text.clear();
  EXPECT_EQ(corpus->search_facets(f).status().code(), Code::kInvalidInput);
}

// Entity totals and timeline come from monthly totals for whole months and from the rows for
// part months; either way they count what the rows say (a story by its first copy).
TEST_F(QueryTest, EntityTotalsOverAnyDayRangeMatchTheRows) {
  struct Want {
    const char* from;
    const char* to;
    int64_t documents, stories, mentions, months;
  };
  // Lebanon: mentioned twice in each copy of the strike (June 3, 3, 4; one story), once in
  // the talks (July 10).
  for (const Want& w : {Want{"", "", 4, 2, 7, 2}, Want{"2024-06", "2024-06", 3, 1, 6, 1},
                        Want{"2024-06-04", "2024-07-10", 2, 1, 3, 2}, Want{"2024-06-04", "2024-06-04", 1, 0, 2, 1},
                        Want{"2024-06-03", "", 4, 2, 7, 2}, Want{"2024", "2024-06-30", 3, 1, 6, 1},
                        Want{"2024-06-05", "2024-07-09", 0, 0, 0, 0}, Want{"2024-05-20", "2024-07", 4, 2, 7, 2}}) {
    EntityQuery q;
    q.name = "Lebanon";
    q.from = w.from;
    q.to = w.to;
    auto r = corpus->entity(q);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    const Table& e = r.value().sections[0];
    const Table& tl = r.value().sections[2];
    std::string range = std::string(w.from) + ".." + w.to;
    if (w.documents == 0) {
      EXPECT_TRUE(e.rows.empty()) << range;
      EXPECT_TRUE(tl.rows.empty()) << range;
      continue;
    }
    ASSERT_EQ(e.rows.size(), 1u) << range;
    EXPECT_EQ(i64(e.rows[0][col(e, "documents")]), w.documents) << range;
    EXPECT_EQ(i64(e.rows[0][col(e, "stories")]), w.stories) << range;
    EXPECT_EQ(i64(e.rows[0][col(e, "mentions")]), w.mentions) << range;
    EXPECT_EQ(static_cast<int64_t>(tl.rows.size()), w.months) << range;
  }
}

TEST_F(QueryTest, EntityMonthsKeptByTheWriterMatchMigrationFour) {
  std::string copy = corpus->path() + ".v3";
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
                           "DROP TABLE entity_months; DROP INDEX documents_recent; DROP INDEX events_type_doc; "
                           "DROP INDEX figures_story_best; CREATE INDEX figures_timeline ON "
                           "figures(category, story_id, day, value, place, doc_id) WHERE credible = 1; "
                           "ALTER TABLE paragraphs DROP COLUMN source_start; ALTER TABLE paragraphs DROP COLUMN source_end; "
                           "ALTER TABLE quotes DROP COLUMN reason; ALTER TABLE times DROP COLUMN mod; "
                           "ALTER TABLE events DROP COLUMN actor_text; ALTER TABLE events DROP COLUMN target_text; "
                           "PRAGMA user_version = 3;",
                           nullptr, nullptr, nullptr),
              SQLITE_OK)
        << sqlite3_errmsg(dst);
    sqlite3_close(dst);
    sqlite3_close(src);
  }
  auto migrated = Corpus::open(copy, {});
  ASSERT_TRUE(migrated.ok()) << migrated.status().ToString();
  EXPECT_EQ(migrated.value()->schema_version(), Corpus::kSchemaVersion);
  auto want = rows_of(corpus->path(), "SELECT * FROM entity_months ORDER BY 1, 2");
  EXPECT_GE(want.size(), 6u);
  EXPECT_EQ(rows_of(copy, "SELECT * FROM entity_months ORDER BY 1, 2"), want);
  EXPECT_EQ(rows_of(copy, "SELECT name FROM sqlite_master WHERE name IN ('documents_recent', 'events_type_doc', "
                          "'figures_story_best', 'figures_timeline') ORDER BY 1").size(),
            3u);  // migration 5 replaced figures_timeline
  EntityQuery q;
  q.name = "Lebanon";
  auto a = corpus->entity(q);
  auto b = migrated.value()->entity(q);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a.value().sections[0].rows, b.value().sections[0].rows);
  EXPECT_EQ(a.value().sections[2].rows, b.value().sections[2].rows);
}

// A version-5 corpus that cannot be written: the migration fails as an I/O error (so that the
// query commands and the server fall back to a read-only connection), and a read-only
// connection reads version 5.
TEST_F(QueryTest, UnwritableVersionFiveCorpusFailsToMigrateAsIoErrorAndReadsReadOnly) {
  std::string copy = corpus->path() + ".v5";
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
                           "ALTER TABLE paragraphs DROP COLUMN source_start; ALTER TABLE paragraphs DROP COLUMN source_end; "
                           "ALTER TABLE quotes DROP COLUMN reason; ALTER TABLE times DROP COLUMN mod; "
                           "ALTER TABLE events DROP COLUMN actor_text; ALTER TABLE events DROP COLUMN target_text; "
                           "PRAGMA user_version = 5;",
                           nullptr, nullptr, nullptr),
              SQLITE_OK)
        << sqlite3_errmsg(dst);
    sqlite3_close(dst);
    sqlite3_close(src);
  }
  {
    sqlite3* ro = nullptr;
    ASSERT_EQ(sqlite3_open_v2(copy.c_str(), &ro, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    Status s = corpus::migrate(ro, Corpus::kSchemaVersion);
    EXPECT_EQ(s.code(), Code::kIoError) << s.ToString();
    sqlite3_close(ro);
  }
  auto c = Corpus::open(copy, {.read_only = true});
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(c.value()->schema_version(), 5);
  EntityQuery q;
  q.name = "Lebanon";
  auto a = corpus->entity(q);
  auto b = c.value()->entity(q);
  ASSERT_TRUE(a.ok() && b.ok()) << b.status().ToString();
  EXPECT_EQ(a.value().sections[0].rows, b.value().sections[0].rows);
}

// A query past its deadline is stopped and says so; without a deadline it answers.
TEST_F(QueryTest, QueryDeadlineStopsALongQuery) {
  // Enough documents that snippets for all of them take far more than a millisecond.
  ASSERT_TRUE(corpus->begin().ok());
  for (int i = 0; i < 1500; ++i) {
    Builder b("bulk-" + std::to_string(i), "2024-08-01", "https://bulk.example.com/" + std::to_string(i));
    std::string text;
    for (int k = 0; k < 40; ++k) text += "harvest report number " + std::to_string(i * 40 + k) + " from the valley; ";
    b.sentence(text);
    b.finish();
    ASSERT_TRUE(corpus->store(b.d, {}).ok());
  }
  ASSERT_TRUE(corpus->commit().ok());
  SearchQuery q;
  q.text = "harvest OR valley OR report*";
  q.rank_window = 0;
  q.page.limit = 10000;
  corpus->set_query_timeout(1);
  auto r = corpus->search(q);
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(corpus->query_timed_out());
  EXPECT_EQ(r.status().code(), Code::kTooLarge);
  EXPECT_NE(r.status().message().find("deadline"), std::string::npos) << r.status().message();
  // The next quick query on the same connection answers, and the flag is cleared.
  SearchQuery small;
  small.text = "Geneva";
  corpus->set_query_timeout(60000);
  EXPECT_TRUE(corpus->search(small).ok());
  EXPECT_FALSE(corpus->query_timed_out());
  corpus->set_query_timeout(0);
  r = corpus->search(q);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r.value().rows.size(), 1504u);  // and the four reports of the fixture (titles)
}

// The aggregates a migration fills from stored rows are the ones the writer keeps: a copy of
// the corpus taken back to version 2 and reopened migrates to the same tables.
TEST_F(QueryTest, MigrationsFromVersionTwoFillTheSameAggregatesAsTheWriter) {
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
                           "DROP INDEX doc_entities_roles; DROP INDEX events_dyads; "
                           "DROP TABLE entity_months; DROP INDEX documents_recent; DROP INDEX events_type_doc; "
                           "DROP INDEX figures_story_best; "
                           "ALTER TABLE paragraphs DROP COLUMN source_start; ALTER TABLE paragraphs DROP COLUMN source_end; "
                           "ALTER TABLE quotes DROP COLUMN reason; ALTER TABLE times DROP COLUMN mod; "
                           "ALTER TABLE events DROP COLUMN actor_text; ALTER TABLE events DROP COLUMN target_text; "
                           "PRAGMA user_version = 2;",
                           nullptr, nullptr, nullptr),
              SQLITE_OK)
        << sqlite3_errmsg(dst);
    sqlite3_close(dst);
    sqlite3_close(src);
  }
  auto migrated = Corpus::open(copy, {});
  ASSERT_TRUE(migrated.ok()) << migrated.status().ToString();
  EXPECT_EQ(migrated.value()->schema_version(), Corpus::kSchemaVersion);
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
    if (detail == "SCAN sources") continue;  // one row per site: a source name matches its subdomains
    if (detail.find("SCAN hits") == 0 || detail.find("SCAN cand") == 0 || detail.find("SCAN g") == 0 ||
        detail.find("SCAN per_story") == 0 || detail.find("SCAN (subquery") == 0 || detail == "SCAN p" ||
        detail == "SCAN parts" || detail == "SCAN qa") {
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
  check("search source+type", [&] {
    SearchQuery q; q.text = "Lebanon"; q.source = "daily.example.net"; q.event_type = "ASSAULT"; return k.search(q); });
  check("search newest date+type", [&] {
    SearchQuery q; q.text = "Lebanon"; q.by_date = true; q.from = "2024-06"; q.event_type = "ASSAULT";
    return k.search(q); });
  check("facets", [&] { FacetQuery q; q.search.text = "Lebanon"; return k.search_facets(q); });
  check("entity part months", [&] {
    EntityQuery q; q.name = "Lebanon"; q.from = "2024-06-04"; q.to = "2024-07-20"; return k.entity(q); });
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


// The writer sums each batch's aggregate deltas and writes them at commit; over batches of
// every size, and a rolled-back one, the aggregates must say what the documents' rows say
// (the same rules as migrations 3 and 4).
TEST(Aggregates, BatchedDeltasKeepCooccurrenceAndMonthlyTotalsExact) {
  std::string path = temp_db();
  auto c = Corpus::open(path, {});
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  // 8 entities per document (56 ordered pairs) from a pool of 3,000 names, so that pairs and
  // entity months repeat across documents and batches.
  for (int i = 0; i < 420; ++i) {
    Document d;
    d.id = "d" + std::to_string(i);
    d.published = "2024-0" + std::to_string(1 + i % 3) + "-1" + std::to_string(i % 10);
    d.text = "Document " + std::to_string(i) + " names eight people in one short sentence of text.";
    d.sentences.push_back({0, static_cast<uint32_t>(d.text.size()), 0, 0, 0});
    for (int k = 0; k < 8; ++k) {
      Entity e;
      e.id = "e" + std::to_string(k + 1);
      e.name = "Person " + std::to_string((i * 8 + k) % 3000);  // repeats after 375 documents
      for (int m = 0; m <= (k + i) % 4; ++m) e.mentions.push_back({static_cast<uint32_t>(2 * m), 9, 0});
      d.entities.push_back(std::move(e));
    }
    // Batches of 1 to 9 documents, and one rolled back.
    if (i % 9 == 0) {
      ASSERT_TRUE(c.value()->begin().ok());
    }
    if (i == 99) {
      ASSERT_TRUE(c.value()->store(d, {}).ok());
      ASSERT_TRUE(c.value()->rollback().ok());
      ASSERT_TRUE(c.value()->begin().ok());
    }
    ASSERT_TRUE(c.value()->store(d, {}).ok());
    if (i % 9 == 8 || i == 419) {
      ASSERT_TRUE(c.value()->commit().ok());
    }
  }
  auto co = rows_of(path, "SELECT * FROM cooccurrence ORDER BY 1, 2, 3");
  auto co_want = rows_of(path,
      "WITH per_doc AS (SELECT doc_id, entity_id, min(day) AS day, min(story_id) AS story_id, "
      "sum(mentions) AS mentions FROM doc_entities GROUP BY doc_id, entity_id), "
      "ranked AS (SELECT doc_id, entity_id, day, story_id, row_number() OVER (PARTITION BY doc_id "
      "ORDER BY mentions DESC, entity_id) AS r FROM per_doc), "
      "top AS (SELECT doc_id, entity_id, substr(day, 1, 7) AS month, story_id = doc_id AS first FROM ranked "
      "WHERE r <= 8) "
      "SELECT a.entity_id, a.month, b.entity_id, count(*), sum(a.first) FROM top a JOIN top b "
      "ON b.doc_id = a.doc_id AND b.entity_id != a.entity_id GROUP BY 1, 2, 3 ORDER BY 1, 2, 3");
  EXPECT_GT(co_want.size(), 20000u);
  EXPECT_EQ(co, co_want);
  auto months = rows_of(path, "SELECT * FROM entity_months ORDER BY 1, 2");
  auto months_want = rows_of(path,
                             "SELECT entity_id, substr(day, 1, 7), count(*), sum(story_id = doc_id), sum(mentions), "
                             "min(day), max(day) FROM doc_entities GROUP BY 1, 2 ORDER BY 1, 2");
  EXPECT_FALSE(months_want.empty());
  EXPECT_EQ(months, months_want);
  auto docs = rows_of(path, "SELECT count(*) FROM documents");
  EXPECT_EQ(docs[0][0], "420");  // the rolled-back document stored again
}

// Full-text entries are written at commit (not inside each document's savepoint): a batch's
// documents and quotes are searchable once it commits, and a rolled-back batch leaves none.
TEST(Aggregates, FullTextEntriesCommitWithTheirBatch) {
  std::string path = temp_db();
  auto c = Corpus::open(path, {});
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  auto doc = [](const std::string& id, const std::string& word) {
    Document d;
    d.id = id;
    d.published = "2024-05-01";
    d.title = "Title " + id;
    d.text = "The minister said \"" + word + " is coming\" on Monday.";
    d.sentences.push_back({0, static_cast<uint32_t>(d.text.size()), 0, 0, 0});
    Quote q;
    q.text = word + " is coming";
    q.start = 19;
    q.end = static_cast<uint32_t>(19 + q.text.size());
    q.speaker.name = "The minister";
    d.quotes.push_back(q);
    return d;
  };
  ASSERT_TRUE(c.value()->begin().ok());
  ASSERT_TRUE(c.value()->store(doc("a", "zebra"), {}).ok());
  ASSERT_TRUE(c.value()->rollback().ok());
  ASSERT_TRUE(c.value()->begin().ok());
  ASSERT_TRUE(c.value()->store(doc("b", "yak"), {}).ok());
  ASSERT_TRUE(c.value()->store(doc("c", "walrus"), {}).ok());
  ASSERT_TRUE(c.value()->commit().ok());
  auto fts = [&](const char* sql) { return rows_of(path, sql).size(); };
  EXPECT_EQ(fts("SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'zebra'"), 0u);
  EXPECT_EQ(fts("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'zebra'"), 0u);
  EXPECT_EQ(fts("SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'yak'"), 1u);
  EXPECT_EQ(fts("SELECT rowid FROM documents_fts WHERE documents_fts MATCH '\"walrus is coming\"'"), 1u);
  EXPECT_EQ(fts("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'walrus'"), 1u);
  SearchQuery q;
  q.text = "\"yak is coming\"";
  auto r = c.value()->search(q);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r.value().rows.size(), 1u);
  EXPECT_NE(std::get<std::string>(r.value().rows[0][6]).find("[yak"), std::string::npos);
  QuoteQuery qq;
  qq.keyword = "walrus";
  EXPECT_EQ(c.value()->quotes(qq).value().rows.size(), 1u);
  // FTS5's own consistency check over the external-content tables.
  EXPECT_EQ(rows_of(path, "SELECT 1 FROM sqlite_master WHERE name = 'documents_fts'").size(), 1u);
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  EXPECT_EQ(sqlite3_exec(db, "INSERT INTO documents_fts(documents_fts) VALUES('integrity-check'); "
                             "INSERT INTO quotes_fts(quotes_fts) VALUES('integrity-check')",
                         nullptr, nullptr, nullptr),
            SQLITE_OK)
      << sqlite3_errmsg(db);
  sqlite3_close(db);
}

}  // namespace
}  // namespace factwire
