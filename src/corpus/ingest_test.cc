// Ingest end to end: real files, the real InputStream, and the rough stand-in analyser
// (testing.h) so that no models are needed.
#include "corpus/ingest.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <thread>

#include "corpus/testing.h"

namespace factwire {
namespace {

namespace fs = std::filesystem;

std::string temp_dir() {
  char tmpl[] = "/tmp/fw_ingest_test_XXXXXX";
  char* d = mkdtemp(tmpl);
  return d ? d : "/tmp";
}

std::string json_escape(const std::string& s) {
  std::string o;
  for (char c : s) {
    if (c == '"' || c == '\\') {
      o += '\\';
      o += c;
    } else if (c == '\n') {
      o += "\\n";
    } else {
      o += c;
    }
  }
  return o;
}

// A distinct article: the words vary with n so that no two are near-duplicates.
std::string article_text(int n) {
  static const char* kWords[] = {"river", "council", "budget", "harvest", "railway", "museum", "election",
                                 "hospital", "drought", "festival", "bridge", "school", "factory", "harbour",
                                 "court", "market", "airport", "forest", "stadium", "library"};
  std::string t = "Officials in District " + std::to_string(n) + " said on Monday that ";
  for (int s = 0; s < 6; ++s) {
    for (int w = 0; w < 12; ++w) {
      t += kWords[(n * 7 + s * 13 + w * (n % 5 + 1)) % 20];
      t += w % 4 == 3 ? ", " : " ";
    }
    t += "were discussed at length by " + std::to_string(n * 31 + s) + " residents.\n\n";
  }
  t += "Mayor Anna Kovacs said \"we will publish the plan for district " + std::to_string(n) + " next week\".";
  return t;
}

void write_jsonl(const std::string& path, int from, int to, bool with_bad = false) {
  std::ofstream f(path);
  for (int i = from; i < to; ++i) {
    f << "{\"id\": \"doc-" << i << "\", \"title\": \"Report " << i << "\", \"url\": \"https://site" << (i % 3)
      << ".example/" << i << "\", \"published\": \"2024-06-" << (i % 28 + 1 < 10 ? "0" : "") << (i % 28 + 1)
      << "\", \"text\": \"" << json_escape(article_text(i)) << "\"}\n";
    if (with_bad && i == from + 2) f << "{this is not json\n";
    if (with_bad && i == from + 4) f << "{\"id\": \"poison\", \"text\": \"POISON makes the analyser fail here.\"}\n";
  }
}

struct Errors {
  std::mutex mu;
  std::vector<std::string> names;
};

IngestOptions options(Errors* errors) {
  IngestOptions o;
  o.jobs = 2;
  o.batch_size = 16;
  o.analyze = [](const Input& in) -> Result<Document> {
    if (in.bytes.find("POISON") != std::string::npos) return Status::InvalidInput("poisoned document");
    return corpus::testing::rough_document(in);
  };
  o.open_stream = [](const std::string& path, const ReadOptions& ro) { return InputStream::open(path, ro); };
  o.on_error = [errors](const std::string& name, const Status& s) {
    std::lock_guard<std::mutex> l(errors->mu);
    errors->names.push_back(name + ": " + s.ToString());
  };
  return o;
}

int64_t count(const std::string& db_path, const char* sql) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(db);
    return -1;
  }
  sqlite3_busy_timeout(db, 2000);
  sqlite3_stmt* st = nullptr;
  int64_t n = -1;
  if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
    n = sqlite3_column_int64(st, 0);
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  return n;
}

TEST(Ingest, StoresInInputOrderWhateverTheThreads) {
  // The first documents take longest to analyse: with four workers they finish last, but
  // are stored first, so document ids (and the story each copy dates) follow the input.
  std::string dir = temp_dir();
  write_jsonl(dir + "/in.jsonl", 0, 24);
  Errors errors;
  IngestOptions o = options(&errors);
  o.jobs = 4;
  o.analyze = [](const Input& in) -> Result<Document> {
    if (in.id == "doc-0" || in.id == "doc-1" || in.id == "doc-5")
      std::this_thread::sleep_for(std::chrono::milliseconds(150));
    return corpus::testing::rough_document(in);
  };
  auto r = corpus::run_ingest({dir + "/in.jsonl"}, dir + "/c.db", o);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r.value().progress.stored, 24);
  for (int i : {0, 1, 5, 23}) {
    std::string sql = "SELECT id FROM documents WHERE ext_id = 'doc-" + std::to_string(i) + "'";
    EXPECT_EQ(count(dir + "/c.db", sql.c_str()), i + 1) << "doc-" << i;
  }
}

TEST(Ingest, StoresEveryDocumentAndReportsBadOnes) {
  std::string dir = temp_dir();
  fs::create_directories(dir + "/in/sub");
  write_jsonl(dir + "/in/a.jsonl", 0, 20, /*with_bad=*/true);
  std::ofstream(dir + "/in/sub/note.txt") << article_text(500);
  std::ofstream(dir + "/in/sub/feed.xml")
      << "<?xml version=\"1.0\"?><rss><channel><item><title>Feed item</title><link>https://feed.example/1</link>"
         "<description>" << article_text(600) << "</description></item></channel></rss>";
  Errors errors;
  auto r = corpus::run_ingest({dir + "/in"}, dir + "/c.db", options(&errors));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const IngestProgress& p = r.value().progress;
  EXPECT_EQ(p.stored, 22);  // 20 JSON records, the text file, the feed item
  EXPECT_EQ(p.errors, 2);   // the broken line and the poisoned document
  EXPECT_TRUE(p.done);
  ASSERT_EQ(errors.names.size(), 2u);
  bool poison_named = false;
  for (const auto& n : errors.names) poison_named |= n.find("poison") != std::string::npos;
  EXPECT_TRUE(poison_named) << errors.names[0] << " / " << errors.names[1];
  EXPECT_EQ(count(dir + "/c.db", "SELECT count(*) FROM documents"), 22);
  EXPECT_GT(count(dir + "/c.db", "SELECT count(*) FROM quotes"), 0);
  EXPECT_EQ(count(dir + "/c.db", "SELECT count(*) FROM documents WHERE url = 'https://feed.example/1'"), 1);
  fs::remove_all(dir);
}

TEST(Ingest, RerunningAddsNothing) {
  std::string dir = temp_dir();
  write_jsonl(dir + "/a.jsonl", 0, 30);
  Errors errors;
  auto first = corpus::run_ingest({dir + "/a.jsonl"}, dir + "/c.db", options(&errors));
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first.value().progress.stored, 30);
  EXPECT_EQ(first.value().progress.total, 30);
  int64_t quotes = count(dir + "/c.db", "SELECT count(*) FROM quotes");
  auto second = corpus::run_ingest({dir + "/a.jsonl", dir + "/a.jsonl"}, dir + "/c.db", options(&errors));
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second.value().progress.stored, 0);
  EXPECT_EQ(second.value().progress.skipped, 60);
  EXPECT_EQ(count(dir + "/c.db", "SELECT count(*) FROM documents"), 30);
  EXPECT_EQ(count(dir + "/c.db", "SELECT count(*) FROM quotes"), quotes);
  fs::remove_all(dir);
}

TEST(Ingest, ProgressCountsDocumentsInTheOpenTransaction) {
  // Batches are long (15 s by default): the documents written into the open transaction show
  // as pending, so a progress bar moves before the first commit, and never count twice.
  std::string dir = temp_dir();
  write_jsonl(dir + "/a.jsonl", 0, 30);
  Errors errors;
  IngestOptions o = options(&errors);
  o.jobs = 1;
  o.batch_size = 1000;
  o.batch_ms = 600000;
  o.progress_ms = 10;
  o.analyze = [](const Input& in) -> Result<Document> {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    return corpus::testing::rough_document(in);
  };
  int64_t most_pending = 0;
  bool over = false, committed_early = false;
  o.on_progress = [&](const IngestProgress& p) {
    most_pending = std::max(most_pending, p.pending);
    over |= p.stored + p.pending + p.skipped + p.errors > 30;
    committed_early |= !p.done && p.stored > 0;
  };
  auto r = corpus::run_ingest({dir + "/a.jsonl"}, dir + "/c.db", o);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_GT(most_pending, 0);
  EXPECT_FALSE(over);
  EXPECT_FALSE(committed_early);  // one batch: nothing is committed before the end
  EXPECT_EQ(r.value().progress.pending, 0);
  EXPECT_EQ(r.value().progress.stored, 30);
  fs::remove_all(dir);
}

TEST(Ingest, NotACorpusDatabaseFailsBeforeAnyWork) {
  std::string dir = temp_dir();
  write_jsonl(dir + "/a.jsonl", 0, 3);
  std::ofstream(dir + "/junk.db") << std::string(8192, 'j');
  Errors errors;
  auto r = corpus::run_ingest({dir + "/a.jsonl"}, dir + "/junk.db", options(&errors));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Code::kCorrupt);
  fs::remove_all(dir);
}

TEST(Ingest, KillNineLosesNothingCommittedAndRerunResumes) {
  std::string dir = temp_dir();
  const int kDocs = 1500;
  write_jsonl(dir + "/big.jsonl", 0, kDocs);
  std::string db = dir + "/c.db";
  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    // The child ingests slowly (a millisecond per document) until it is killed.
    Errors errors;
    IngestOptions o = options(&errors);
    o.batch_size = 25;
    auto analyze = o.analyze;
    o.analyze = [analyze](const Input& in) {
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
      return analyze(in);
    };
    auto r = corpus::run_ingest({dir + "/big.jsonl"}, db, o);
    _exit(r.ok() ? 0 : 1);
  }
  // Wait until a few batches are committed, then kill it mid-ingest.
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  int64_t seen = 0;
  while (std::chrono::steady_clock::now() < deadline) {
    seen = count(db, "SELECT count(*) FROM documents");
    if (seen >= 100) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "the child finished before it was killed; make the corpus bigger";
  ASSERT_GE(seen, 100);

  // The database opens, passes its integrity check and answers.
  EXPECT_EQ(count(db, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'"), 1);
  int64_t after_kill = count(db, "SELECT count(*) FROM documents");
  EXPECT_GE(after_kill, seen);
  EXPECT_LT(after_kill, kDocs);
  auto c = Corpus::open(db, {});
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  SearchQuery q;
  q.text = "residents";
  EXPECT_TRUE(c.value()->search(q).ok());
  c.value().reset();

  // Every committed document has all its rows (quotes were written with it).
  EXPECT_EQ(count(db, "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM quotes q WHERE q.doc_id = d.id)"), 0);

  // The same command resumes: only what was missing is added.
  Errors errors;
  auto r = corpus::run_ingest({dir + "/big.jsonl"}, db, options(&errors));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r.value().progress.stored, kDocs - after_kill);
  EXPECT_EQ(r.value().progress.skipped, after_kill);
  EXPECT_EQ(count(db, "SELECT count(*) FROM documents"), kDocs);
  EXPECT_EQ(count(db, "SELECT count(DISTINCT hash) FROM documents"), kDocs);
  EXPECT_EQ(count(db, "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'residents'"), kDocs);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace factwire
