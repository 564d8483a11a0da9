// Development tool: runs the times and figures stages over a plain-text file (paragraphs at
// blank lines, naive sentences) and prints them as the contract's JSON. Not installed.
//   figures_dev FILE [PUBLISHED]
#include <fstream>
#include <iostream>
#include <sstream>

#include "figures/figures.h"
#include "figures/test_doc.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: figures_dev FILE [YYYY-MM-DD]\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string text = ss.str();
  for (size_t p; (p = text.find("**")) != std::string::npos;) text.erase(p, 2);  // markdown bold
  factwire::Document doc = factwire::figures::make_doc(text, argc > 2 ? argv[2] : "");
  factwire::extract_times(&doc);
  factwire::extract_figures(&doc);
  auto q = [](const std::string& s) {
    std::string o = "\"";
    for (char c : s) {
      if (c == '"' || c == '\\') o += '\\';
      if (c == '\n') { o += "\\n"; continue; }
      o += c;
    }
    return o + "\"";
  };
  std::cout << "{\"figures\": [\n";
  for (size_t i = 0; i < doc.figures.size(); ++i) {
    const auto& f = doc.figures[i];
    std::cout << (i ? ",\n" : "") << "  {\"text\": " << q(f.text) << ", \"value\": " << f.value
              << ", \"low\": " << f.low << ", \"high\": " << f.high << ", \"qualifier\": " << q(f.qualifier)
              << ", \"vague\": " << (f.vague ? "true" : "false") << ", \"unit\": " << q(f.unit)
              << ", \"category\": " << q(f.category) << ", \"subject\": " << q(f.subject)
              << ", \"place\": " << q(f.place) << ", \"time\": " << q(f.time) << ", \"source\": " << q(f.source)
              << ", \"sentence\": " << q(std::string(doc.slice(doc.sentences[f.sentence].start, doc.sentences[f.sentence].end))) << "}";
  }
  std::cout << "\n], \"figure_conflicts\": [\n";
  for (size_t i = 0; i < doc.figure_conflicts.size(); ++i) {
    const auto& c = doc.figure_conflicts[i];
    std::cout << (i ? ",\n" : "") << "  {\"category\": " << q(c.category) << ", \"figures\": [";
    for (size_t k = 0; k < c.figures.size(); ++k) std::cout << (k ? ", " : "") << c.figures[k];
    std::cout << "], \"why\": " << q(c.why) << "}";
  }
  std::cout << "\n], \"times\": [\n";
  for (size_t i = 0; i < doc.times.size(); ++i) {
    const auto& t = doc.times[i];
    std::cout << (i ? ",\n" : "") << "  {\"text\": " << q(t.text) << ", \"value\": " << q(t.value)
              << ", \"relative\": " << (t.relative ? "true" : "false") << ", \"mod\": " << q(t.mod)
              << ", \"sentence\": " << q(std::string(doc.slice(doc.sentences[t.sentence].start, doc.sentences[t.sentence].end))) << "}";
  }
  std::cout << "\n]}\n";
}
