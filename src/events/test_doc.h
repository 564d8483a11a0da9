// Test support: documents built by hand from parsed sentences, no model needed.
//
//   TestDoc d;
//   d.sentence("Hezbollah/PROPN/2/nsubj fired/fire/VERB/0/root rockets/rocket/NOUN/2/obj "
//              "at/ADP/5/case Israel/PROPN/2/obl ./PUNCT/2/punct");
//   d.entity("Hezbollah", EntityType::kOrg, "LBN", "REB");
//   Document& doc = d.doc;
//
// A token is word/POS/head/dep or word/lemma/POS/head/dep; head is 1-based within the
// sentence (0 = root), or "_" for no parse (then dep is ignored); the lemma defaults to the
// lower-cased word. Sentences are joined by spaces into one body paragraph.
#pragma once

#include <cctype>
#include <sstream>
#include <string>
#include <vector>

#include "factwire/document.h"

namespace factwire::testing {

class TestDoc {
 public:
  TestDoc() {
    doc.id = "test";
    doc.published = "2026-03-20";
    doc.paragraphs.push_back(Paragraph{});
  }

  TestDoc& sentence(const std::string& spec) {
    std::istringstream in(spec);
    std::string item;
    Sentence s;
    s.token_begin = static_cast<uint32_t>(doc.tokens.size());
    if (!doc.text.empty()) doc.text += ' ';
    s.start = static_cast<uint32_t>(doc.text.size());
    const uint32_t base = s.token_begin;
    while (in >> item) {
      std::vector<std::string> f;
      size_t b = 0;
      // Split on '/' but keep a leading "/" token word intact.
      for (size_t i = 1; i <= item.size(); ++i)
        if (i == item.size() || item[i] == '/') {
          f.push_back(item.substr(b, i - b));
          b = i + 1;
        }
      Token t;
      std::string word = f[0];
      size_t k = 1;
      if (f.size() == 5) t.lemma = f[k++];
      else {
        t.lemma = word;
        for (char& c : t.lemma) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      }
      t.pos = f.size() > k ? f[k++] : "";
      std::string head = f.size() > k ? f[k++] : "_";
      t.dep = f.size() > k ? f[k++] : "";
      if (head.empty() || !std::isdigit(static_cast<unsigned char>(head[0]))) head = "_";
      if (head == "_") {
        t.head = -1;
        t.dep.clear();
      } else {
        int h = std::stoi(head);
        t.head = h == 0 ? -1 : static_cast<int32_t>(base + h - 1);
        if (h == 0) t.dep = "root";
      }
      if (doc.tokens.size() > base) doc.text += ' ';
      t.start = static_cast<uint32_t>(doc.text.size());
      doc.text += word;
      t.end = static_cast<uint32_t>(doc.text.size());
      t.space_after = true;
      t.sentence = static_cast<uint32_t>(doc.sentences.size());
      doc.tokens.push_back(t);
    }
    s.end = static_cast<uint32_t>(doc.text.size());
    s.token_end = static_cast<uint32_t>(doc.tokens.size());
    doc.sentences.push_back(s);
    doc.paragraphs[0].end = static_cast<uint32_t>(doc.text.size());
    return *this;
  }

  // An entity with a mention at every place its name (or an alias) occurs, token-aligned.
  TestDoc& entity(const std::string& name, EntityType type, const std::string& country = "",
                  const std::string& sector = "", std::vector<std::string> aliases = {}) {
    Entity e;
    e.id = "e" + std::to_string(doc.entities.size() + 1);
    e.name = name;
    e.type = type;
    e.country = country;
    e.sector = sector;
    aliases.push_back(name);
    for (const std::string& a : aliases) {
      size_t at = 0;
      while ((at = doc.text.find(a, at)) != std::string::npos) {
        size_t end = at + a.size();
        bool left = at == 0 || doc.text[at - 1] == ' ';
        bool right = end == doc.text.size() || doc.text[end] == ' ';
        if (left && right) {
          Mention m;
          m.start = static_cast<uint32_t>(at);
          m.end = static_cast<uint32_t>(end);
          m.sentence = static_cast<uint32_t>(doc.sentence_at(m.start));
          e.mentions.push_back(m);
        }
        at = end;
      }
    }
    doc.entities.push_back(e);
    return *this;
  }

  TestDoc& time(const std::string& text, const std::string& value) {
    size_t at = doc.text.find(text);
    TimeExpr t;
    t.text = text;
    t.start = static_cast<uint32_t>(at);
    t.end = static_cast<uint32_t>(at + text.size());
    t.value = value;
    t.sentence = static_cast<uint32_t>(doc.sentence_at(t.start));
    doc.times.push_back(t);
    return *this;
  }

  TestDoc& figure(const std::string& text, double value, const std::string& category) {
    size_t at = doc.text.find(text);
    Figure f;
    f.text = text;
    f.start = static_cast<uint32_t>(at);
    f.end = static_cast<uint32_t>(at + text.size());
    f.value = f.low = f.high = value;
    f.category = category;
    f.sentence = static_cast<uint32_t>(doc.sentence_at(f.start));
    doc.figures.push_back(f);
    return *this;
  }

  TestDoc& quote(const std::string& text, QuoteKind kind) {
    size_t at = doc.text.find(text);
    Quote q;
    q.text = text;
    q.kind = kind;
    q.start = static_cast<uint32_t>(at);
    q.end = static_cast<uint32_t>(at + text.size());
    q.sentence = static_cast<uint32_t>(doc.sentence_at(q.start));
    doc.quotes.push_back(q);
    return *this;
  }

  Document doc;
};

}  // namespace factwire::testing
