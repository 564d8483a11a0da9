// The in-memory search index answers exactly as FTS5 does: the same documents, in the same
// order, with the same BM25 ranks and snippets, for words, phrases, OR, AND, prefixes, filters,
// both orders, rank windows and pages; documents stored later become searchable; queries it
// does not understand are left to FTS5, and bad queries fail as they did.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <random>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

#include "corpus/search_index.h"
#include "corpus/testing.h"
#include "factwire/corpus.h"

namespace factwire {
namespace {

std::string temp_db() {
  char tmpl[] = "/tmp/fw_search_index_test_XXXXXX";
  char* d = mkdtemp(tmpl);
  return std::string(d ? d : "/tmp") + "/s.db";
}

const char* kWords[] = {"government", "police",  "election", "president", "killed",  "minister", "protest",
                        "court",      "storm",   "football", "health",    "oil",     "the",      "a",
                        "of",         "in",      "and",      "café",      "Zürich",  "naïve",    "flood",
                        "floods",     "flooded", "floor",    "rain",      "rainbow", "Smith",    "smithy",
                        "talks",      "peace",   "border",   "army",      "rebels",  "hospital",
                        "attacked",   "met",     "Geneva"};
const char* kSources[] = {"https://news01.example.com/", "https://www.news02.example.com/",
                          "https://news03.example.org/", "https://wire.example.net/"};

// Documents of random words (some capitalised, so that the stand-in analysis finds entities).
Document random_document(std::mt19937& rng, int i) {
  auto word = [&] { return std::string(kWords[rng() % (sizeof kWords / sizeof *kWords)]); };
  Input in;
  in.id = "doc-" + std::to_string(i);
  int nt = 1 + static_cast<int>(rng() % 6);
  for (int k = 0; k < nt; ++k) in.title += (k ? " " : "") + word();
  int sentences = 1 + static_cast<int>(rng() % 12);
  for (int s = 0; s < sentences; ++s) {
    int n = 3 + static_cast<int>(rng() % 15);
    std::string sent = "Officials in Geneva";
    for (int k = 0; k < n; ++k) sent += " " + word();
    in.bytes += sent + ". ";
  }
  in.url = std::string(kSources[rng() % 4]) + in.id;
  char day[16];
  std::snprintf(day, sizeof day, "2024-%02d-%02d", 1 + static_cast<int>(rng() % 12), 1 + static_cast<int>(rng() % 28));
  in.published = day;
  return corpus::testing::rough_document(in);
}

class SearchIndexTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path = temp_db();
    auto c = Corpus::open(path, {});
    ASSERT_TRUE(c.ok()) << c.status().ToString();
    corpus = std::move(c.value());
    add(0, 400);
  }
  void add(int from, int to) {
    std::mt19937 rng(static_cast<unsigned>(from + 7));
    ASSERT_TRUE(corpus->begin().ok());
    for (int i = from; i < to; ++i) ASSERT_TRUE(corpus->store(random_document(rng, i), {}).ok());
    ASSERT_TRUE(corpus->commit().ok());
  }
  // The same search with and without the index: identical tables (or identical errors).
  void same(SearchQuery q, const std::string& what) {
    SCOPED_TRACE(what + " [" + q.text + "]");
    q.index = nullptr;
    auto want = corpus->search(q);
    q.index = &index;
    auto got = corpus->search(q);
    ASSERT_EQ(want.ok(), got.ok()) << (want.ok() ? got.status().ToString() : want.status().ToString());
    if (!want.ok()) {
      EXPECT_EQ(want.status().message(), got.status().message());
      return;
    }
    const Table& a = want.value();
    const Table& b = got.value();
    ASSERT_EQ(a.rows.size(), b.rows.size());
    const size_t snippet = 6;
    for (size_t i = 0; i < a.rows.size(); ++i) {
      ASSERT_EQ(a.rows[i].size(), b.rows[i].size());
      for (size_t c = 0; c < a.rows[i].size(); ++c) {
        if (c != snippet) {
          EXPECT_EQ(a.rows[i][c], b.rows[i][c]) << "row " << i << " column " << c;
        }
      }
      // Snippets are made differently (the index's own, FTS5's snippet()), both marking matches.
      const auto* sa = std::get_if<std::string>(&a.rows[i][snippet]);
      const auto* sb = std::get_if<std::string>(&b.rows[i][snippet]);
      ASSERT_TRUE(sa && sb);
      if (sa->find('[') != std::string::npos) {
        EXPECT_NE(sb->find('['), std::string::npos) << *sa << " | " << *sb;
      }
      EXPECT_EQ(std::count(sb->begin(), sb->end(), '['), std::count(sb->begin(), sb->end(), ']')) << *sb;
      if (getenv("SHOW_SNIPPETS") && i < 2) std::printf("%s\n  fts5:  %s\n  index: %s\n", q.text.c_str(), sa->c_str(), sb->c_str());
    }
    ++compared;
    if (!a.rows.empty()) ++nonempty;
    // And the facets of the same search (which reuse its hits on this connection).
    FacetQuery fq;
    fq.search = q;
    fq.basis = 50;
    fq.search.index = nullptr;
    auto fa = corpus->search_facets(fq);
    fq.search.index = &index;
    auto fb = corpus->search_facets(fq);
    ASSERT_EQ(fa.ok(), fb.ok());
    if (fa.ok()) {
      ASSERT_EQ(fa.value().sections.size(), fb.value().sections.size());
      EXPECT_EQ(fa.value().rows, fb.value().rows);
      for (size_t s = 0; s < fa.value().sections.size(); ++s) {
        EXPECT_EQ(fa.value().sections[s].rows, fb.value().sections[s].rows) << fa.value().sections[s].name;
        if (!fb.value().sections[s].rows.empty()) ++facet_rows[fb.value().sections[s].name];
      }
    }
  }
  std::string path;
  std::unique_ptr<Corpus> corpus;
  SearchIndex index;
  int compared = 0, nonempty = 0;
  std::map<std::string, int> facet_rows;  // searches whose facet section had rows
};

const std::vector<std::string> kQueries = {
    "government", "Government", "the", "oil", "killed police", "police AND killed", "\"the government\"",
    "\"of the\"", "storm OR flood", "storm OR flood OR rain", "police killed OR peace talks",
    "flood*", "rain*", "flo*", "smith*", "cafe", "café", "zurich", "NAIVE", "\"naïve café\"",
    "\"police\" oil", "\"peace talks\"*", "the the", "a OR the", "nothing-here", "unknownword",
    "oil OR unknownword", "Geneva", "officials geneva", "\"officials in geneva\"",
    // Not the index's: left to FTS5.
    "police NOT killed", "NEAR(police killed)", "(storm OR flood) police", "title:storm", "^officials",
    "\"police killed\"*", "police + killed",
    // Bad FTS5 syntax: searched as plain words, as before.
    "don't", "\"unbalanced", "storm OR", "OR storm", "police AND AND killed", "(", "covid-19", "\"\"", "*",
    // Bad syntax with NOT or NEAR: refused (as plain words they would mean something else).
    "NOT police", "NEAR(police killed, x)",
};

TEST_F(SearchIndexTest, BadSyntaxWithNotOrNearIsRefusedNotReadAsWords) {
  for (const char* text : {"NOT police", "NEAR(police killed, x)"}) {
    SearchQuery q;
    q.text = text;
    auto r = corpus->search(q);
    EXPECT_EQ(r.status().code(), Code::kInvalidInput) << text << ": " << r.status().ToString();
  }
  SearchQuery ok;
  ok.text = "storm OR";  // a dangling OR is still searched as the words
  EXPECT_TRUE(corpus->search(ok).ok());
}

TEST_F(SearchIndexTest, AnswersExactlyAsFts5) {
  ASSERT_TRUE(corpus->update_search_index(&index).ok());
  for (const std::string& text : kQueries) {
    SearchQuery q;
    q.text = text;
    q.page.limit = 25;
    same(q, "rank");
    q.rank_window = 0;
    same(q, "rank, every match");
    q.rank_window = 7;
    same(q, "rank window 7");
    q.page.offset = 3;
    same(q, "rank window 7, offset 3");
    q = SearchQuery{};
    q.text = text;
    q.by_date = true;
    q.page.limit = 30;
    same(q, "newest");
    q.page.offset = 10;
    same(q, "newest, offset 10");
    q = SearchQuery{};
    q.text = text;
    q.from = "2024-03";
    q.to = "2024-05-15";
    same(q, "dates");
    q.by_date = true;
    same(q, "dates, newest");
    q = SearchQuery{};
    q.text = text;
    q.source = "example.com";
    q.rank_window = 20;
    same(q, "source");
    q.source = "";
    q.entity = "Geneva";
    same(q, "entity");
  }
  EXPECT_GT(nonempty, 150);
  for (const char* section : {"month", "source", "entity", "event_type"}) EXPECT_GT(facet_rows[section], 50) << section;
  SearchIndex::Stats s = index.stats();
  EXPECT_EQ(s.documents, 400);
  EXPECT_GT(s.terms, 20);
  EXPECT_GT(s.tokens, 400 * 5);
  EXPECT_GT(s.bytes, s.tokens);
}

TEST_F(SearchIndexTest, DocumentsStoredLaterBecomeSearchable) {
  SearchQuery q;
  q.text = "Zanzibar";
  q.index = &index;
  auto r = corpus->search(q);  // builds the index
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_TRUE(r.value().rows.empty());
  EXPECT_EQ(index.stats().documents, 400);
  Input in;
  in.id = "late";
  in.title = "Zanzibar";
  in.bytes = "A ferry reached Zanzibar on Tuesday.";
  in.published = "2025-01-02";
  ASSERT_TRUE(corpus->begin().ok());
  ASSERT_TRUE(corpus->store(corpus::testing::rough_document(in), {}).ok());
  ASSERT_TRUE(corpus->commit().ok());
  // Another connection (as the server's readers are) sees it too.
  auto other = Corpus::open(path, {.read_only = true});
  ASSERT_TRUE(other.ok());
  r = other.value()->search(q);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r.value().rows.size(), 1u);
  EXPECT_EQ(index.stats().documents, 401);
  add(1000, 1100);
  same(q, "after more stores");
  q.text = "\"ferry reached\"";
  same(q, "phrase in a late document");
  for (const char* text : {"government", "flood*", "storm OR flood"}) {
    q.text = text;
    same(q, "after more stores");
  }
  EXPECT_EQ(index.stats().documents, 501);
}

TEST_F(SearchIndexTest, BadQueriesFailCleanly) {
  for (const char* text : {"\"", "\"\"", "*", "-", "()", "\"   \""}) {
    SearchQuery q;
    q.text = text;
    q.index = &index;
    auto r = corpus->search(q);
    if (!r.ok()) {
      EXPECT_EQ(r.status().code(), Code::kInvalidInput) << text << ": " << r.status().ToString();
    }
    same(q, "bad");
  }
}

TEST_F(SearchIndexTest, ReadersSearchWhileTheIndexGrows) {
  std::atomic<bool> stop{false};
  std::atomic<int> searches{0}, failures{0};
  std::vector<std::thread> readers;
  for (int t = 0; t < 3; ++t) {
    readers.emplace_back([&] {
      auto c = Corpus::open(path, {.read_only = true});
      if (!c.ok()) {
        ++failures;
        return;
      }
      SearchQuery q;
      q.text = "government OR police";
      q.index = &index;
      while (!stop.load()) {
        auto r = c.value()->search(q);
        if (!r.ok() || r.value().rows.empty()) ++failures;
        ++searches;
      }
    });
  }
  for (int k = 0; k < 5; ++k) add(2000 + k * 50, 2050 + k * 50);
  while (searches.load() < 30) std::this_thread::yield();
  stop = true;
  for (auto& t : readers) t.join();
  EXPECT_EQ(failures.load(), 0);
  SearchQuery q;
  q.text = "government";
  q.rank_window = 0;
  same(q, "after concurrent growth");
  EXPECT_EQ(index.stats().documents, 650);
}

TEST(SearchIndexSnippet, MarksTheBestClusterAndCutsWithEllipses) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(":memory:", &db), SQLITE_OK);
  corpus::FtsTokenizer tok;
  ASSERT_TRUE(tok.open(db).ok());
  auto snippet = [&](const std::string& query, const std::string& title, const std::string& text) {
    corpus::IndexQuery q;
    EXPECT_TRUE(corpus::index_parse(tok, query, &q)) << query;
    return corpus::index_snippet(tok, q, title, text, 8);
  };
  std::string filler;
  for (int i = 0; i < 120; ++i) filler += "Nothing happened on day " + std::to_string(i) + ". ";
  // A late match: the text before it is skipped, and cut marks stand on both sides.
  std::string s = snippet("harbour", "", filler + "Smoke rose over the Harbour district for hours. " + filler);
  EXPECT_NE(s.find("\x01Harbour\x02"), std::string::npos) << s;
  EXPECT_EQ(s.rfind("\xE2\x80\xA6", 0), 0u) << s;
  EXPECT_EQ(s.size() - s.rfind("\xE2\x80\xA6"), 3u) << s;
  EXPECT_LT(s.size(), 120u);
  // A fragment with both phrases wins over an earlier one with one of them (among those near
  // the first match).
  s = snippet("storm \"sea wall\"", "", "A storm came and went away quickly again today. Then the storm broke the sea wall at dawn.");
  EXPECT_NE(s.find("\x01storm\x02 broke the \x01sea wall\x02"), std::string::npos) << s;
  // A match spelled with diacritics (found by tokenizing, not by the ASCII hint).
  s = snippet("zurich", "", filler + "Talks in Zürich ended.");
  EXPECT_NE(s.find("\x01Zürich\x02"), std::string::npos) << s;
  // Only in the title: the title's snippet, whole.
  s = snippet("ferry", "The ferry news", "Nothing else here.");
  EXPECT_EQ(s, "The \x01" "ferry\x02 news");
  // A short text: whole, trailing punctuation kept.
  s = snippet("rain", "", "\"Rain, rain,\" she said.");
  EXPECT_EQ(s, "\"\x01Rain\x02, \x01rain\x02,\" she said.");
  sqlite3_close(db);
}

TEST(SearchIndexTokenizer, AsciiFastPathGivesFts5sTokens) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(":memory:", &db), SQLITE_OK);
  corpus::FtsTokenizer tok;
  ASSERT_TRUE(tok.open(db).ok());
  using Tok = std::tuple<std::string, int, int>;
  auto ours = [&](std::string_view text, size_t stop) {
    std::vector<Tok> v;
    EXPECT_TRUE(tok.tokenize_while(text, FTS5_TOKENIZE_DOCUMENT, [&](std::string_view t, int s, int e) {
                     v.emplace_back(std::string(t), s, e);
                     return v.size() < stop;
                   }).ok());
    return v;
  };
  auto fts5 = [&](std::string_view text, size_t stop) {
    std::vector<Tok> v;
    EXPECT_TRUE(tok.fts5_tokenize(text, FTS5_TOKENIZE_DOCUMENT, [&](std::string_view t, int s, int e) {
                     v.emplace_back(std::string(t), s, e);
                     return v.size() < stop;
                   }).ok());
    return v;
  };
  std::vector<std::string> texts = {
      "", "   ", "Hello, World! 42 times-over", "Talks in Zürich ended. ÉCOLE café’s “quoted” naïve",
      "end with ü", "ü", "x\xC3", "bad \xFF\xFE bytes and \x80 stray, \xE2\x80 cut", std::string("a\0b c", 5),
      std::string(100, 'A') + " long token", "tab\tnew\nline\r— dash—joined 1,000.5 U.S. it's e-mail",
      "日本語のテキスト mixed with English and Ελληνικά", "Straße ǅemal ﬁ ligature ①②"};
  std::mt19937 rng(7);
  const char* pieces[] = {"a", "Z", "9", " ", ".", "-", "é", "ß", "—", "\xC3", "\x80", "日", "\t", "'"};
  for (int i = 0; i < 300; ++i) {
    std::string t;
    for (int k = 0; k < 20; ++k) t += pieces[rng() % (sizeof pieces / sizeof *pieces)];
    texts.push_back(t);
  }
  for (const auto& t : texts) {
    EXPECT_EQ(ours(t, 1000), fts5(t, 1000)) << t;
    EXPECT_EQ(ours(t, 3), fts5(t, 3)) << t;
  }
  sqlite3_close(db);
}

}  // namespace
}  // namespace factwire
