// Developer tool for the segmenter (not a test; not built by default).
//
//   segment_eval ewt en_ewt-ud-dev.conllu    token agreement with UD English-EWT (P/R/F1)
//   segment_eval speed wikinews_en.jsonl [N]  segment_document throughput, best of N passes
//   segment_eval show < file.txt               sentences and tokens of a text (blank lines = paragraphs)
//   segment_eval golden golden_rules_en.jsonl  golden sentence-boundary rules, failures listed
#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <simdjson.h>

#include "factwire/document.h"
#include "segment/segment.h"
#include "segment/tokenizer.h"

using factwire::Document;

namespace {

// Paragraphs are separated by blank lines; each is trimmed of surrounding whitespace.
Document make_document(std::string text) {
  Document doc;
  doc.text = std::move(text);
  const std::string& t = doc.text;
  size_t i = 0;
  while (i < t.size()) {
    while (i < t.size() && (t[i] == ' ' || t[i] == '\n' || t[i] == '\t' || t[i] == '\r')) ++i;
    if (i >= t.size()) break;
    size_t j = t.find("\n\n", i);
    if (j == std::string::npos) j = t.size();
    size_t e = j;
    while (e > i && (t[e - 1] == ' ' || t[e - 1] == '\n' || t[e - 1] == '\t' || t[e - 1] == '\r')) --e;
    factwire::Paragraph p;
    p.start = static_cast<uint32_t>(i);
    p.end = static_cast<uint32_t>(e);
    doc.paragraphs.push_back(p);
    i = j;
  }
  return doc;
}

Document one_paragraph(std::string text) {
  Document doc;
  doc.text = std::move(text);
  factwire::Paragraph p;
  p.start = 0;
  p.end = static_cast<uint32_t>(doc.text.size());
  doc.paragraphs.push_back(p);
  return doc;
}

std::vector<std::string> split_tab(const std::string& line) {
  std::vector<std::string> out;
  size_t i = 0;
  while (true) {
    size_t j = line.find('\t', i);
    out.push_back(line.substr(i, j == std::string::npos ? std::string::npos : j - i));
    if (j == std::string::npos) break;
    i = j + 1;
  }
  return out;
}

struct GoldSentence {
  std::string text;
  std::vector<std::string> forms;  // word rows
  // Multiword tokens: [first word, last word] and the surface form.
  std::vector<std::pair<std::pair<int, int>, std::string>> mwt;
};

int run_ewt(const char* path) {
  std::ifstream in(path);
  if (!in) {
    std::cerr << "cannot read " << path << "\n";
    return 1;
  }
  std::vector<GoldSentence> sents;
  GoldSentence cur;
  std::string line;
  bool have = false;
  while (std::getline(in, line)) {
    if (line.rfind("# text = ", 0) == 0) {
      cur.text = line.substr(9);
      have = true;
    } else if (line.empty()) {
      if (have) sents.push_back(cur);
      cur = GoldSentence();
      have = false;
    } else if (line[0] != '#') {
      auto cols = split_tab(line);
      if (cols.size() < 2) continue;
      const std::string& id = cols[0];
      if (id.find('.') != std::string::npos) continue;  // empty nodes
      size_t dash = id.find('-');
      if (dash != std::string::npos) {
        cur.mwt.push_back({{std::stoi(id.substr(0, dash)), std::stoi(id.substr(dash + 1))}, cols[1]});
        continue;
      }
      cur.forms.push_back(cols[1]);
    }
  }
  if (have) sents.push_back(cur);

  long long gold_n = 0, pred_n = 0, match = 0, unaligned = 0;
  std::vector<std::pair<std::string, std::string>> samples;
  for (const auto& g : sents) {
    // Gold spans: word forms located in the text; a multiword token whose words do not spell
    // its surface form counts as one span.
    std::set<std::pair<uint32_t, uint32_t>> gold;
    size_t pos = 0;
    bool ok = true;
    size_t w = 0;
    while (w < g.forms.size()) {
      int id = static_cast<int>(w) + 1;
      const std::pair<std::pair<int, int>, std::string>* m = nullptr;
      for (const auto& x : g.mwt) {
        if (x.first.first == id) m = &x;
      }
      while (pos < g.text.size() && (g.text[pos] == ' ' || g.text[pos] == '\t')) ++pos;
      if (m) {
        std::string joined;
        for (int k = m->first.first; k <= m->first.second; ++k) joined += g.forms[k - 1];
        if (joined == m->second && g.text.compare(pos, joined.size(), joined) == 0) {
          for (int k = m->first.first; k <= m->first.second; ++k) {
            const std::string& f = g.forms[k - 1];
            gold.insert({static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + f.size())});
            pos += f.size();
          }
        } else if (g.text.compare(pos, m->second.size(), m->second) == 0) {
          gold.insert({static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + m->second.size())});
          pos += m->second.size();
        } else {
          ok = false;
          break;
        }
        w = static_cast<size_t>(m->first.second);
        continue;
      }
      const std::string& f = g.forms[w];
      if (g.text.compare(pos, f.size(), f) != 0) {
        ok = false;
        break;
      }
      gold.insert({static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + f.size())});
      pos += f.size();
      ++w;
    }
    if (!ok) {
      ++unaligned;
      continue;
    }
    Document doc = one_paragraph(g.text);
    factwire::segment_document(&doc);
    std::set<std::pair<uint32_t, uint32_t>> pred;
    for (const auto& t : doc.tokens) pred.insert({t.start, t.end});
    gold_n += static_cast<long long>(gold.size());
    pred_n += static_cast<long long>(pred.size());
    size_t before = static_cast<size_t>(match);
    for (const auto& s : pred) match += gold.count(s);
    if (static_cast<size_t>(match) - before != gold.size() || pred.size() != gold.size()) {
      std::string gs, ps;
      for (const auto& s : gold) gs += "[" + g.text.substr(s.first, s.second - s.first) + "]";
      for (const auto& s : pred) ps += "[" + g.text.substr(s.first, s.second - s.first) + "]";
      samples.push_back({gs, ps});
    }
  }
  double p = pred_n ? static_cast<double>(match) / static_cast<double>(pred_n) : 0;
  double r = gold_n ? static_cast<double>(match) / static_cast<double>(gold_n) : 0;
  double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
  const char* show = std::getenv("SHOW");
  if (show != nullptr) {
    size_t limit = static_cast<size_t>(std::atoi(show));
    for (size_t k = 0; k < samples.size() && k < limit; ++k)
      std::cout << "gold " << samples[k].first << "\npred " << samples[k].second << "\n\n";
  }
  std::printf("sentences %zu (unaligned %lld, with differences %zu)\n", sents.size(), unaligned, samples.size());
  std::printf("tokens gold %lld pred %lld match %lld  P %.4f R %.4f F1 %.4f\n", gold_n, pred_n, match, p, r, f);
  return 0;
}

std::vector<std::string> read_jsonl_texts(const char* path, const char* field) {
  std::vector<std::string> out;
  simdjson::padded_string json;
  if (simdjson::padded_string::load(path).get(json)) return out;
  simdjson::ondemand::parser parser;
  simdjson::ondemand::document_stream stream;
  if (parser.iterate_many(json).get(stream)) return out;
  for (auto doc : stream) {
    std::string_view v;
    if (doc[field].get_string().get(v) == simdjson::SUCCESS) out.emplace_back(v);
  }
  return out;
}

// CPU time of this thread: steadier than wall time on a shared machine.
double cpu_seconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

int run_speed(const char* path, int reps) {
  auto texts = read_jsonl_texts(path, "text");
  std::vector<Document> docs;
  size_t bytes = 0;
  for (auto& t : texts) {
    bytes += t.size();
    docs.push_back(make_document(t));
  }
  double best = 1e30;
  size_t tokens = 0, sentences = 0;
  for (int r = 0; r < reps; ++r) {
    // One document at a time, each fresh (no tokens yet), as the pipeline runs them.
    double total = 0;
    tokens = sentences = 0;
    for (const auto& d : docs) {
      Document fresh = d;
      double t0 = cpu_seconds();
      factwire::segment_document(&fresh);
      total += cpu_seconds() - t0;
      tokens += fresh.tokens.size();
      sentences += fresh.sentences.size();
    }
    best = std::min(best, total);
  }
  // The tokenizer alone, for comparison.
  double best_tok = 1e30;
  std::vector<factwire::segment::RawToken> raw;
  for (int r = 0; r < reps; ++r) {
    double t0 = cpu_seconds();
    for (const auto& d : docs) {
      raw.clear();
      for (const auto& p : d.paragraphs) factwire::segment::tokenize(d.text, p.start, p.end, &raw);
    }
    best_tok = std::min(best_tok, cpu_seconds() - t0);
  }
  std::printf("tokenizer alone: %.2f ms  %.1f MB/s\n", best_tok * 1e3, static_cast<double>(bytes) / best_tok / 1e6);
  std::printf("%zu docs, %zu bytes, %zu sentences, %zu tokens\n", docs.size(), bytes, sentences, tokens);
  std::printf("best of %d (thread CPU time): %.2f ms  %.1f MB/s  %.2f M tokens/s\n", reps, best * 1e3,
              static_cast<double>(bytes) / best / 1e6, static_cast<double>(tokens) / best / 1e6);
  return 0;
}

int run_show() {
  std::stringstream ss;
  ss << std::cin.rdbuf();
  Document doc = make_document(ss.str());
  factwire::segment_document(&doc);
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    const auto& sent = doc.sentences[s];
    std::cout << "S" << s << " p" << sent.paragraph << ": " << doc.slice(sent.start, sent.end) << "\n   ";
    for (uint32_t t = sent.token_begin; t < sent.token_end; ++t) std::cout << "[" << doc.token_text(t) << "]";
    std::cout << "\n";
  }
  return 0;
}

std::string norm(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

int run_golden(const char* path) {
  simdjson::padded_string json;
  if (simdjson::padded_string::load(path).get(json)) return 1;
  simdjson::ondemand::parser parser;
  simdjson::ondemand::document_stream stream;
  if (parser.iterate_many(json).get(stream)) return 1;
  int passed = 0, total = 0;
  for (auto rule : stream) {
    int64_t id = 0;
    std::string_view input;
    if (rule["id"].get_int64().get(id) || rule["input"].get_string().get(input)) continue;
    std::string in(input);
    std::vector<std::string> expected;
    simdjson::ondemand::array arr;
    if (rule["expected"].get_array().get(arr)) continue;
    for (auto e : arr) {
      std::string_view v;
      if (e.get_string().get(v) == simdjson::SUCCESS) expected.push_back(norm(v));
    }
    Document doc = one_paragraph(in);
    factwire::segment_document(&doc);
    std::vector<std::string> got;
    for (const auto& s : doc.sentences) got.push_back(norm(doc.slice(s.start, s.end)));
    ++total;
    if (got == expected) {
      ++passed;
    } else {
      std::cout << "rule " << id << ": got";
      for (auto& g : got) std::cout << " <" << g << ">";
      std::cout << "\n";
    }
  }
  std::cout << passed << "/" << total << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string mode = argc > 1 ? argv[1] : "";
  if (mode == "ewt" && argc > 2) return run_ewt(argv[2]);
  if (mode == "speed" && argc > 2) return run_speed(argv[2], argc > 3 ? std::atoi(argv[3]) : 5);
  if (mode == "show") return run_show();
  if (mode == "golden" && argc > 2) return run_golden(argv[2]);
  std::cerr << "usage: segment_eval ewt FILE | speed FILE [N] | show < TEXT | golden FILE\n";
  return 2;
}
