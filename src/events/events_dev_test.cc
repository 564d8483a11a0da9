// The events development set: hand-coded PLOVER events of 55 English Wikinews conflict,
// politics, protest and crime articles (tests/data/events_dev/, annotations only; the article
// texts are read from ../shared/data/corpus/wikinews_en.jsonl and the test skips without
// them). Each article is in the "dev" half (rules were tuned on it) or the "test" half
// (measured only, never tuned on): see tests/data/events_dev/README.md.
//
// Scoring, per document (one record per event): a predicted event is right when its type is
// the gold type (or one of `also`), its actor is the gold actor and its target the gold
// target (a gold null target is not scored). An argument matches by name (the gold name or
// an alias, or a shorter/longer form with the same last word: "Pompeo" for "Mike Pompeo"),
// or, for a gold argument that is not a person, by code: same country and same sector (a
// state, gold sector null, matches any state sector of that country: "Israeli troops" for
// "Israel"). Gold events marked optional are neither rewarded nor punished; a second
// report of an event already found is no error; negated predictions are not counted.
// "Type only" pairs events by type alone. Each gold event takes its closest free prediction
// (a name match before a code match); a leftover prediction that matches a gold event is a
// repeat, not an error.
//
// EVENTS_DEV_VERBOSE=1 prints every miss and false positive; EVENTS_DEV_SPLIT=test, fresh5,
// fresh6, fresh7, fresh8 (any split name in the files) or all scores that split too (the floors below
// hold for dev only). Never combine VERBOSE with test or all: the held-out errors stay unread.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "factwire/pipeline.h"

namespace factwire {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// Dev-half floors: measured P 0.931, R 0.794 in round 6 (models on, 2026-11-29, docs/events.md
// "Measured"), less a margin for parser and resolver changes upstream (a tagger update
// alone moved recall by 0.09 in round 5). Raise them when the stage improves.
constexpr double kMinDevPrecision = 0.88;
constexpr double kMinDevRecall = 0.74;

// Lower-case words of letters, digits and non-ASCII bytes; a leading "the" is dropped.
std::vector<std::string> words(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80) {
      cur.push_back(static_cast<char>(std::tolower(u)));
    } else if (!cur.empty()) {
      out.push_back(cur);
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(cur);
  if (!out.empty() && out.front() == "the") out.erase(out.begin());
  return out;
}

bool subset(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  for (const auto& w : a)
    if (std::find(b.begin(), b.end(), w) == b.end()) return false;
  return true;
}

bool same_name(const std::string& gold, const std::string& pred) {
  std::vector<std::string> g = words(gold), p = words(pred);
  if (g.empty() || p.empty()) return false;
  if (g == p) return true;
  return g.back() == p.back() && (subset(p, g) || subset(g, p));
}

bool state_sector(const std::string& s) {
  return s.empty() || s == "GOV" || s == "MIL" || s == "COP" || s == "JUD" || s == "LEG" ||
         s == "SPY";
}

std::string str(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// 2: the name matches, 1: only the code (country and sector) matches, 0: no match.
int same_arg(const json& gold, const EventArg& pred) {
  if (gold.is_null()) return 2;  // not scored
  if (pred.name.empty()) return 0;
  if (same_name(str(gold, "name"), pred.name)) return 2;
  if (gold.contains("aliases"))
    for (const auto& a : gold["aliases"])
      if (same_name(a.get<std::string>(), pred.name)) return 2;
  if (gold.value("person", false)) return 0;
  std::string cc = str(gold, "country"), sec = str(gold, "sector");
  if (cc.empty() || pred.country != cc) return 0;
  return (sec.empty() ? state_sector(pred.sector) : pred.sector == sec) ? 1 : 0;
}

bool type_ok(const json& g, const Event& p) {
  if (p.type == str(g, "type")) return true;
  if (g.contains("also"))
    for (const auto& t : g["also"])
      if (t.get<std::string>() == p.type) return true;
  return false;
}

// 0: no match; else how closely (a name match outranks a code match).
int same_event(const json& g, const Event& p, bool type_only) {
  if (!type_ok(g, p)) return 0;
  if (type_only) return 4;
  int m = same_arg(g["actor"], p.actor) * same_arg(g["target"], p.target);
  if (g.value("symmetric", false))
    m = std::max(m, same_arg(g["target"], p.actor) * same_arg(g["actor"], p.target));
  return m;
}

struct Tally {
  int tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp ? static_cast<double>(tp) / (tp + fp) : 0; }
  double recall() const { return tp + fn ? static_cast<double>(tp) / (tp + fn) : 0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
  void add(const Tally& o) {
    tp += o.tp;
    fp += o.fp;
    fn += o.fn;
  }
};

std::string describe(const Event& e) {
  return e.type + (e.mode.empty() ? "" : "/" + e.mode) + " " + e.actor.name + " [" +
         e.actor.country + " " + e.actor.sector + "] -> " + e.target.name + " [" +
         e.target.country + " " + e.target.sector + "]";
}

std::string describe(const json& g) {
  std::string s = str(g, "type") + " " + str(g["actor"], "name") + " -> " +
                  (g["target"].is_null() ? std::string("*") : str(g["target"], "name"));
  return s;
}

// One-to-one pairing in gold order, each gold taking its closest free prediction (a name
// match before a code match); a prediction left over that matches some gold event is a
// second report of it (no error), any other is a false positive.
Tally score(const json& golds, const std::vector<const Event*>& preds, bool type_only, bool verbose) {
  std::vector<bool> used(preds.size(), false);
  Tally t;
  for (const auto& g : golds) {
    bool optional = g.value("optional", false);
    int hit = -1, best = 0;
    for (size_t i = 0; i < preds.size(); ++i) {
      if (used[i]) continue;
      int m = same_event(g, *preds[i], type_only);
      if (m > best) {
        best = m;
        hit = static_cast<int>(i);
      }
    }
    if (hit >= 0) {
      used[hit] = true;
      if (!optional) ++t.tp;
    } else if (!optional) {
      ++t.fn;
      if (verbose) std::printf("  MISS %s  | %.110s\n", describe(g).c_str(), str(g, "sentence").c_str());
    }
  }
  for (size_t i = 0; i < preds.size(); ++i) {
    if (used[i]) continue;
    bool repeat = false;
    for (const auto& g : golds) repeat = repeat || same_event(g, *preds[i], type_only) > 0;
    if (repeat) continue;
    ++t.fp;
    if (verbose) std::printf("  FP   %s  | %.110s\n", describe(*preds[i]).c_str(), preds[i]->text.c_str());
  }
  return t;
}

// EVENTS_DEV_PARSE=words prints the parse of every sentence holding those words (debugging).
void print_parse(const Document& doc, const std::string& needle) {
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& st = doc.sentences[s];
    if (doc.slice(st.start, st.end).find(needle) == std::string_view::npos) continue;
    std::printf("  sentence %zu:\n", s);
    for (uint32_t i = st.token_begin; i < st.token_end; ++i) {
      const Token& t = doc.tokens[i];
      std::printf("    %u %s/%s/%s/%s head=%d %s\n", i, std::string(doc.token_text(i)).c_str(),
                  t.lemma.c_str(), t.pos.str().c_str(), t.tag.str().c_str(), t.head, t.dep.str().c_str());
    }
  }
  for (const Entity& e : doc.entities)
    std::printf("  entity %s type=%d country=%s sector=%s role=%s\n", e.name.c_str(),
                static_cast<int>(e.type), e.country.c_str(), e.sector.c_str(), e.role.c_str());
}

TEST(EventsDev, HandCodedWikinewsEventsStayRight) {
  fs::path dir = fs::path(FACTWIRE_SOURCE_DIR) / "tests/data/events_dev";
  fs::path corpus = fs::path(FACTWIRE_SHARED_DIR) / "data/corpus/wikinews_en.jsonl";
  if (const char* env = std::getenv("FACTWIRE_SHARED"))
    corpus = fs::path(env) / "data/corpus/wikinews_en.jsonl";
  if (!fs::exists(dir)) GTEST_SKIP() << "no development set at " << dir;
  if (!fs::exists(corpus)) GTEST_SKIP() << "no Wikinews corpus at " << corpus;

  std::map<std::string, json> gold;  // id -> annotation
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() != ".json") continue;
    std::ifstream in(e.path());
    json j = json::parse(in, nullptr, false);
    ASSERT_FALSE(j.is_discarded()) << e.path();
    gold[j.value("id", e.path().stem().string())] = j;
  }
  ASSERT_GE(gold.size(), 20u);

  std::map<std::string, json> articles;
  {
    std::ifstream in(corpus);
    std::string line;
    while (std::getline(in, line)) {
      json j = json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.contains("id")) continue;
      std::string id = j["id"].get<std::string>();
      if (gold.count(id)) articles[id] = std::move(j);
    }
  }

  PipelineOptions opts;
  auto pipeline = Pipeline::Create(opts);
  bool models = pipeline.ok();
  if (!models) {
    opts.tag = false;  // the trained models are not built: the rules alone
    pipeline = Pipeline::Create(opts);
  }
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();

  bool verbose = std::getenv("EVENTS_DEV_VERBOSE") != nullptr;
  std::string want = std::getenv("EVENTS_DEV_SPLIT") ? std::getenv("EVENTS_DEV_SPLIT") : "dev";
  std::map<std::string, Tally> full, typed;
  std::map<std::string, int> docs;
  for (const auto& [id, g] : gold) {
    std::string split = str(g, "split");
    if (want != "all" && split != want && split != "dev") continue;
    if (const char* only = std::getenv("EVENTS_DEV_ONLY"); only && id != only) continue;
    auto art = articles.find(id);
    ASSERT_NE(art, articles.end()) << id << " is not in " << corpus;
    Input input;
    input.id = id;
    input.title = str(art->second, "title");
    input.published = str(art->second, "date");
    input.bytes = str(art->second, "text");
    input.format = InputFormat::kText;
    auto doc = pipeline->analyze(input);
    ASSERT_TRUE(doc.ok()) << id << ": " << doc.status().ToString();
    if (const char* show = std::getenv("EVENTS_DEV_PARSE")) print_parse(doc.value(), show);
    std::vector<const Event*> preds;
    for (const Event& e : doc.value().events)
      if (!e.negated) preds.push_back(&e);
    bool show = verbose && (split == want || want == "all");
    if (show) std::printf("%s (%s)\n", id.c_str(), split.c_str());
    if (show && std::string(std::getenv("EVENTS_DEV_VERBOSE")) == "2")
      for (const Event* e : preds) std::printf("  PRED %s | %.100s\n", describe(*e).c_str(), e->text.c_str());
    full[split].add(score(g["events"], preds, false, show));
    typed[split].add(score(g["events"], preds, true, false));
    ++docs[split];
  }
  for (const auto& [split, t] : full) {
    const Tally& ty = typed[split];
    std::printf("events %s (%d articles, models %s): type+actor+target P=%.3f R=%.3f F1=%.3f "
                "(tp %d fp %d fn %d); type only P=%.3f R=%.3f F1=%.3f\n",
                split.c_str(), docs[split], models ? "on" : "off", t.precision(), t.recall(),
                t.f1(), t.tp, t.fp, t.fn, ty.precision(), ty.recall(), ty.f1());
  }
  ASSERT_TRUE(full.count("dev"));
  EXPECT_GE(full["dev"].precision(), kMinDevPrecision);
  EXPECT_GE(full["dev"].recall(), kMinDevRecall);
}

}  // namespace
}  // namespace factwire
