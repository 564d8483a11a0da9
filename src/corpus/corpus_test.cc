#include "factwire/corpus.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <thread>

#include "corpus/schema.h"

namespace factwire {
namespace {

std::string temp_dir() {
  char tmpl[] = "/tmp/fw_corpus_test_XXXXXX";
  char* d = mkdtemp(tmpl);
  return d ? d : "/tmp";
}

std::string hex(const std::string& b) {
  static const char* k = "0123456789abcdef";
  std::string o;
  for (unsigned char c : b) {
    o += k[c >> 4];
    o += k[c & 15];
  }
  return o;
}

Document article(const std::string& id, const std::string& text, const std::string& published = "2024-05-01") {
  Document d;
  d.id = id;
  d.title = "Title of " + id;
  d.url = "https://www.example.com/" + id;
  d.published = published;
  d.text = text;
  d.paragraphs.push_back({ParagraphKind::kBody, 0, static_cast<uint32_t>(text.size())});
  d.sentences.push_back({0, static_cast<uint32_t>(text.size()), 0, 0, 0});
  return d;
}

const char* kWire =
    "Heavy rain flooded the river valley on Tuesday, forcing thousands of residents to leave their "
    "homes as emergency crews worked through the night to reinforce levees along the northern bank. "
    "Officials said the water level rose faster than forecast and that schools would stay closed "
    "for the rest of the week while engineers inspect the bridges. The regional governor declared a "
    "state of emergency in four districts and asked the national government for helicopters, pumps "
    "and temporary shelters, saying local services could not cope with the scale of the damage. "
    "Farmers in the lower valley said entire harvests had been lost and that livestock had drowned "
    "when a dam upstream released water without warning late on Monday evening. Meteorologists "
    "expect more rain over the weekend, and the transport ministry has closed two motorways and the "
    "main railway line between the coast and the capital until the floodwater recedes.";

TEST(Sha256, MatchesKnownVectors) {
  EXPECT_EQ(hex(sha256("")), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(hex(sha256("abc")), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(hex(sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(hex(sha256(std::string(1000000, 'a'))),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(SimHash, NearCopiesAreCloseAndOtherTextsFar) {
  std::string copy = std::string(kWire) + " Reporting by a staff writer.";
  std::string edited = kWire;
  edited.replace(edited.find("Tuesday"), 7, "Wednesday");
  std::string other =
      "The central bank left interest rates unchanged on Thursday, saying inflation had eased but "
      "remained above its target, and signalled that cuts could come later in the year if wages cool.";
  uint64_t a = simhash64(kWire), b = simhash64(copy), c = simhash64(edited), d = simhash64(other);
  EXPECT_LE(__builtin_popcountll(a ^ b), 7);
  EXPECT_LE(__builtin_popcountll(a ^ c), 7);
  EXPECT_GT(__builtin_popcountll(a ^ d), 10);
  EXPECT_EQ(simhash64("too short"), 0u);
}

TEST(Corpus, CreatesSchemaAtLatestVersionInWalMode) {
  std::string dir = temp_dir();
  auto c = Corpus::open(dir + "/c.db", {});
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(c.value()->schema_version(), Corpus::kSchemaVersion);
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open((dir + "/c.db").c_str(), &db), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &st, nullptr);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)), "wal");
  sqlite3_finalize(st);
  for (const char* table : {"documents", "documents_fts", "paragraphs", "entities", "doc_entities", "mentions",
                            "quotes", "figures", "figure_conflicts", "times", "events", "links", "stories"}) {
    std::string sql = std::string("SELECT count(*) FROM sqlite_master WHERE name = '") + table + "'";
    sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr);
    ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
    EXPECT_EQ(sqlite3_column_int(st, 0), 1) << table;
    sqlite3_finalize(st);
  }
  sqlite3_close(db);
}

TEST(Corpus, ASecondWriterWaitsForTheLockOrReportsBusy) {
  std::string dir = temp_dir();
  ASSERT_TRUE(Corpus::open(dir + "/c.db", {}).ok());
  sqlite3* other = nullptr;  // another process's writer, mid-batch
  ASSERT_EQ(sqlite3_open((dir + "/c.db").c_str(), &other), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);

  auto impatient = Corpus::open(dir + "/c.db", {.busy_timeout_ms = 50});
  ASSERT_TRUE(impatient.ok()) << impatient.status().ToString();
  Status st = impatient.value()->begin();
  EXPECT_EQ(st.code(), Code::kBusy) << st.ToString();  // not an I/O error: retry later

  auto patient = Corpus::open(dir + "/c.db", {.busy_timeout_ms = -1});
  ASSERT_TRUE(patient.ok()) << patient.status().ToString();
  std::thread release([other] {
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr);
  });
  st = patient.value()->begin();  // waits for the commit
  release.join();
  ASSERT_TRUE(st.ok()) << st.ToString();
  auto r = patient.value()->store(article("after-wait", kWire), {});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_TRUE(patient.value()->commit().ok());
  sqlite3_close(other);
}

TEST(Corpus, MigratesAVersionOneDatabaseKeepingItsDocuments) {
  std::string dir = temp_dir();
  std::string path = dir + "/old.db";
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    ASSERT_TRUE(corpus::migrate(db, 1).ok());
    ASSERT_EQ(sqlite3_exec(db,
                           "INSERT INTO stories(id, first_doc) VALUES (1, 1);"
                           "INSERT INTO documents(id, hash, day, ingested_at, story_id, simhash, text) "
                           "VALUES (1, x'00', '2020-01-01', '2020-01-01T00:00:00Z', 1, 0, 'old text');",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(db);
  }
  auto c = Corpus::open(path, {});
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(c.value()->schema_version(), Corpus::kSchemaVersion);
  auto s = c.value()->stats();
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(std::get<int64_t>(s.value().rows[0][1]), 1);  // documents
  // Version 2 tables exist and take rows.
  Document d = article("new", kWire);
  d.times.push_back({"Tuesday", 38, 45, "2024-04-30", true, 0, ""});
  auto r = c.value()->store(d, {});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_TRUE(r.value().inserted);
}

TEST(Corpus, RejectsANewerSchema) {
  std::string path = temp_dir() + "/new.db";
  {
    auto c = Corpus::open(path, {});
    ASSERT_TRUE(c.ok());
  }
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  auto c = Corpus::open(path, {});
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.status().code(), Code::kUnsupported);
}

TEST(Corpus, NotASqliteFileIsAClearError) {
  std::string path = temp_dir() + "/junk.db";
  {
    std::ofstream f(path);
    f << "this is not a database, just some text that someone passed as --db by mistake\n";
    for (int i = 0; i < 200; ++i) f << "more junk to fill a page ";
  }
  auto c = Corpus::open(path, {});
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.status().code(), Code::kCorrupt);
  EXPECT_NE(c.status().message().find(path), std::string::npos) << c.status().message();
  EXPECT_NE(c.status().message().find("not a factwire corpus"), std::string::npos);
  auto ro = Corpus::open(path, {.read_only = true});
  ASSERT_FALSE(ro.ok());
  EXPECT_EQ(ro.status().code(), Code::kCorrupt);
}

TEST(Corpus, OtherSqliteDatabaseIsRefused) {
  std::string path = temp_dir() + "/other.db";
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  sqlite3_exec(db, "CREATE TABLE people(name TEXT)", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  auto c = Corpus::open(path, {});
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.status().code(), Code::kCorrupt);
}

TEST(Corpus, MissingDatabaseForQueriesIsNotFound) {
  auto c = Corpus::open(temp_dir() + "/absent.db", {.read_only = true});
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.status().code(), Code::kNotFound);
}

TEST(Corpus, StoringTheSameContentTwiceAddsNothing) {
  auto c = Corpus::open(temp_dir() + "/c.db", {});
  ASSERT_TRUE(c.ok());
  Document d = article("a", kWire);
  auto r1 = c.value()->store(d, {});
  auto r2 = c.value()->store(d, {});
  ASSERT_TRUE(r1.ok() && r2.ok());
  EXPECT_TRUE(r1.value().inserted);
  EXPECT_FALSE(r2.value().inserted);
  EXPECT_EQ(r1.value().doc_id, r2.value().doc_id);
  auto has = c.value()->contains(sha256(d.text));
  ASSERT_TRUE(has.ok());
  EXPECT_TRUE(has.value());
  auto s = c.value()->stats();
  EXPECT_EQ(std::get<int64_t>(s.value().rows[0][1]), 1);
}

TEST(Corpus, SyndicatedCopiesShareAStory) {
  auto c = Corpus::open(temp_dir() + "/c.db", {});
  ASSERT_TRUE(c.ok());
  std::string copy = std::string(kWire) + " This story was first published by a wire service.";
  std::string other =
      "The central bank left interest rates unchanged on Thursday, saying inflation had eased but "
      "remained above its target, and signalled that cuts could come later in the year if wages cool.";
  auto a = c.value()->store(article("a", kWire), {});
  auto b = c.value()->store(article("b", copy), {});
  auto o = c.value()->store(article("o", other), {});
  ASSERT_TRUE(a.ok() && b.ok() && o.ok());
  EXPECT_TRUE(b.value().inserted);
  EXPECT_EQ(a.value().story_id, b.value().story_id);
  EXPECT_NE(a.value().story_id, o.value().story_id);
  auto s = c.value()->stats();
  EXPECT_EQ(std::get<int64_t>(s.value().rows[0][1]), 3);  // documents
  EXPECT_EQ(std::get<int64_t>(s.value().rows[1][1]), 2);  // stories
}

TEST(Corpus, StoreUsesTheFingerprintTheCallerMade) {
  // Ingest makes the SimHash on its worker threads and passes it in DocumentMeta; store()
  // must group by that value (and make one itself only when none is given).
  auto c = Corpus::open(temp_dir() + "/c.db", {});
  ASSERT_TRUE(c.ok());
  std::string copy = std::string(kWire) + " This story was first published by a wire service.";
  std::string copy2 = std::string(kWire) + " Distributed by a news agency.";
  DocumentMeta given;
  given.simhash = simhash64(kWire);
  auto a = c.value()->store(article("a", kWire), given);
  DocumentMeta same;
  same.simhash = simhash64(copy);
  auto b = c.value()->store(article("b", copy), same);
  DocumentMeta far;  // a fingerprint far from the story's: the copy then starts its own story
  far.simhash = ~simhash64(copy2);
  auto d = c.value()->store(article("d", copy2), far);
  ASSERT_TRUE(a.ok() && b.ok() && d.ok());
  EXPECT_EQ(a.value().story_id, b.value().story_id);
  EXPECT_NE(a.value().story_id, d.value().story_id);
  EXPECT_EQ(d.value().story_id, d.value().doc_id);
}

TEST(Corpus, StoryGroupingSurvivesReopening) {
  std::string path = temp_dir() + "/c.db";
  int64_t story;
  {
    auto c = Corpus::open(path, {});
    story = c.value()->store(article("a", kWire), {}).value().story_id;
  }
  auto c = Corpus::open(path, {});
  auto b = c.value()->store(article("b", std::string(kWire) + " Copyright the wire."), {});
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b.value().story_id, story);
}

TEST(Corpus, BatchRollbackLeavesNothing) {
  auto c = Corpus::open(temp_dir() + "/c.db", {});
  ASSERT_TRUE(c.value()->begin().ok());
  ASSERT_TRUE(c.value()->store(article("a", kWire), {}).ok());
  ASSERT_TRUE(c.value()->rollback().ok());
  auto s = c.value()->stats();
  EXPECT_EQ(std::get<int64_t>(s.value().rows[0][1]), 0);
  // and the writer is usable again
  ASSERT_TRUE(c.value()->store(article("a", kWire), {}).value().inserted);
}

TEST(Corpus, DocumentJsonRoundTripsAnnotations) {
  auto c = Corpus::open(temp_dir() + "/c.db", {});
  Document d = article("a", "Joseph Aoun said \"we will rebuild\" in Beirut.");
  Entity e;
  e.id = "e1";
  e.name = "Joseph Aoun";
  e.type = EntityType::kPerson;
  e.role = "President";
  e.mentions.push_back({0, 11, 0});
  d.entities.push_back(e);
  Quote q;
  q.text = "we will rebuild";
  q.start = 18;
  q.end = 33;
  q.cue = "said";
  q.speaker.name = "Joseph Aoun";
  q.speaker.entity = 0;
  d.quotes.push_back(q);
  auto r = c.value()->store(d, {});
  ASSERT_TRUE(r.ok());
  auto json = c.value()->document_json(r.value().doc_id);
  ASSERT_TRUE(json.ok()) << json.status().ToString();
  EXPECT_NE(json.value().find("\"we will rebuild\""), std::string::npos);
  EXPECT_NE(json.value().find("\"President\""), std::string::npos);
  EXPECT_NE(json.value().find("\"entity\":\"e1\""), std::string::npos) << json.value();
  EXPECT_EQ(c.value()->document_json(9999).status().code(), Code::kNotFound);
}

TEST(Corpus, DocumentJsonKeepsWhatAnalyzePrinted) {
  auto c = Corpus::open(temp_dir() + "/c.db", {});
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  std::string text = "Israeli troops shelled Tyre in early 2025, an official said, as they were not authorized to speak.";
  Document d = article("src", text);
  d.paragraphs[0].source_start = 4;
  d.paragraphs[0].source_end = 4 + text.size();
  Entity e;
  e.id = "e1";
  e.name = "Israel";
  e.type = EntityType::kGpe;
  e.mentions.push_back({0, 7, 0});
  d.entities.push_back(e);
  Quote q;
  q.text = "Israeli troops shelled Tyre";
  q.kind = QuoteKind::kIndirect;
  q.start = 0;
  q.end = 27;
  q.cue = "said";
  q.speaker.anonymous = true;
  q.speaker.description = "an official";
  q.speaker.reason = "as they were not authorized to speak";
  d.quotes.push_back(q);
  TimeExpr t;
  t.text = "early 2025";
  t.start = 31;
  t.end = 41;
  t.value = "2025";
  t.mod = "early";
  d.times.push_back(t);
  Event ev;
  ev.type = "ASSAULT";
  ev.actor.name = "Israeli troops";
  ev.actor.entity = 0;
  ev.target.name = "Tyre";
  ev.text = "Israeli troops shelled Tyre";
  ev.end = 27;
  ev.sentences = {0};
  d.events.push_back(ev);
  auto r = c.value()->store(d, {});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  auto json = c.value()->document_json(r.value().doc_id);
  ASSERT_TRUE(json.ok()) << json.status().ToString();
  const std::string& j = json.value();
  EXPECT_NE(j.find("\"source\":[4," + std::to_string(4 + text.size()) + "]"), std::string::npos) << j;
  EXPECT_NE(j.find("\"reason\":\"as they were not authorized to speak\""), std::string::npos) << j;
  EXPECT_NE(j.find("\"mod\":\"early\""), std::string::npos) << j;
  EXPECT_NE(j.find("\"name\":\"Israeli troops\""), std::string::npos) << j;
  // The events table still names the entity, for the dyads and the actor filter.
  EventQuery eq;
  eq.actor = "Israel";
  auto rows = c.value()->events(eq);
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  ASSERT_EQ(rows.value().rows.size(), 1u);
}

// An article with three entities: a person, then an organisation under the local id "e1",
// then the same organisation again without an id (so the stored ids are e1 and e3).
Document with_entities(const std::string& id, const std::string& text, const char* person,
                       const char* org) {
  Document d = article(id, text);
  Entity a;
  a.name = person;
  a.type = EntityType::kPerson;
  a.mentions.push_back({0, 4, 0});
  Entity b;
  b.id = "e1";  // the person's default local id too: the first row with it wins
  b.name = org;
  b.type = EntityType::kOrg;
  b.mentions.push_back({5, 9, 0});
  Entity c;
  c.name = org;
  c.type = EntityType::kOrg;
  c.mentions.push_back({10, 14, 0});
  d.entities = {a, b, c};
  return d;
}

std::string doc_entity_rows(const std::string& path) {
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db,
                     "SELECT de.doc_id || ':' || de.local_id || ':' || e.name FROM doc_entities de "
                     "JOIN entities e ON e.id = de.entity_id ORDER BY 1",
                     -1, &st, nullptr);
  std::string out;
  while (sqlite3_step(st) == SQLITE_ROW) {
    out += reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
    out += ' ';
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  return out;
}

TEST(Corpus, DeferredDocEntityRowsSurviveRollbackRepeatsAndOwnBatches) {
  // doc_entities rows wait for the commit (sorted there): a rolled-back batch leaves none, a
  // document stored twice in a batch adds its rows once, a repeated local id keeps the first
  // row, and a store outside a batch writes its own.
  std::string path = temp_dir() + "/c.db";
  auto c = Corpus::open(path, {});
  ASSERT_TRUE(c.ok());
  ASSERT_TRUE(c.value()->begin().ok());
  ASSERT_TRUE(c.value()->store(with_entities("a", std::string(kWire) + " A.", "Anna", "Acme"), {}).ok());
  ASSERT_TRUE(c.value()->rollback().ok());
  ASSERT_TRUE(c.value()->begin().ok());
  auto b = c.value()->store(with_entities("b", std::string(kWire) + " B.", "Bert", "Bolt"), {});
  auto b2 = c.value()->store(with_entities("b", std::string(kWire) + " B.", "Bert", "Bolt"), {});
  auto x = c.value()->store(with_entities("x", std::string(kWire) + " X.", "Xena", "Acme"), {});
  ASSERT_TRUE(b.ok() && b2.ok() && x.ok());
  EXPECT_FALSE(b2.value().inserted);
  ASSERT_TRUE(c.value()->commit().ok());
  auto own = c.value()->store(with_entities("y", std::string(kWire) + " Y.", "Yuri", "Bolt"), {});
  ASSERT_TRUE(own.ok());
  EXPECT_EQ(doc_entity_rows(path), "1:e1:Bert 1:e3:Bolt 2:e1:Xena 2:e3:Acme 3:e1:Yuri 3:e3:Bolt ");
}

TEST(Corpus, HostileTextIsStoredVerbatim) {
  auto c = Corpus::open(temp_dir() + "/c.db", {});
  std::string text = "<script>alert(1)</script> ' ; DROP TABLE documents; -- \"quoted\" \xE2\x80\x94 done.";
  auto r = c.value()->store(article("x'); DROP TABLE documents;--", text), {});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  auto s = c.value()->stats();
  EXPECT_EQ(std::get<int64_t>(s.value().rows[0][1]), 1);
}

}  // namespace
}  // namespace factwire
