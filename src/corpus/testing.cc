#include "corpus/testing.h"

#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>

namespace factwire::corpus::testing {
namespace {

bool upper(char c) { return c >= 'A' && c <= 'Z'; }
bool alpha(char c) { return (c >= 'a' && c <= 'z') || upper(c); }
bool digit(char c) { return c >= '0' && c <= '9'; }

const char* const kStop[] = {"The", "A", "An", "In", "On", "At", "He", "She", "It", "They", "We", "I",
                             "This", "That", "But", "And", "Mr", "Ms", "Mrs", "Dr", "After", "As",
                             "For", "His", "Her", "Its", "Their", "When", "While", "There", "If"};

bool stopword(std::string_view w) {
  for (const char* s : kStop) {
    if (w == s) return true;
  }
  return false;
}

struct Verb {
  const char* word;
  const char* type;
};
const Verb kVerbs[] = {{"attacked", "ASSAULT"}, {"struck", "ASSAULT"},    {"met", "CONSULT"},
                       {"criticized", "ACCUSE"}, {"accused", "ACCUSE"},   {"condemned", "ACCUSE"},
                       {"praised", "COOPERATE"}, {"signed", "AGREE"},     {"sanctioned", "COERCE"},
                       {"threatened", "THREATEN"}, {"arrested", "COERCE"}, {"supported", "SUPPORT"}};

const char* const kCategories[][2] = {{"killed", "killed"},       {"dead", "killed"},   {"died", "killed"},
                                      {"injured", "injured"},     {"wounded", "injured"},
                                      {"displaced", "displaced"}, {"arrested", "arrested"},
                                      {"missing", "missing"},     {"people", "other"}};

}  // namespace

Document rough_document(const Input& in) {
  Document doc;
  doc.id = in.id;
  doc.title = in.title;
  doc.url = in.url;
  doc.published = in.published;
  doc.source_format = "text";
  // Paragraphs: blank-line separated, joined by "\n\n".
  std::string_view s = in.bytes;
  size_t i = 0;
  while (i < s.size()) {
    size_t e = s.find("\n\n", i);
    if (e == std::string_view::npos) e = s.size();
    std::string_view p = s.substr(i, e - i);
    while (!p.empty() && (p.front() == '\n' || p.front() == ' ' || p.front() == '\r')) p.remove_prefix(1);
    while (!p.empty() && (p.back() == '\n' || p.back() == ' ' || p.back() == '\r')) p.remove_suffix(1);
    if (!p.empty()) {
      if (!doc.text.empty()) doc.text += "\n\n";
      Paragraph par;
      par.start = static_cast<uint32_t>(doc.text.size());
      doc.text.append(p);
      par.end = static_cast<uint32_t>(doc.text.size());
      doc.paragraphs.push_back(par);
    }
    i = e + 2;
  }
  const std::string& t = doc.text;
  // Sentences: end at ". " / "? " / "! " or a paragraph end.
  for (uint32_t pi = 0; pi < doc.paragraphs.size(); ++pi) {
    uint32_t a = doc.paragraphs[pi].start, b = doc.paragraphs[pi].end;
    uint32_t st = a;
    for (uint32_t k = a; k < b; ++k) {
      char c = t[k];
      if ((c == '.' || c == '?' || c == '!') && (k + 1 == b || t[k + 1] == ' ') && k + 1 - st > 2) {
        doc.sentences.push_back({st, k + 1, pi, 0, 0});
        st = k + 2;
      }
    }
    if (st < b) doc.sentences.push_back({st, b, pi, 0, 0});
  }
  // Entities: runs of capitalised words (two or more, or one that does not start a sentence).
  std::unordered_map<std::string, int> by_name;
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    uint32_t a = doc.sentences[si].start, b = doc.sentences[si].end;
    uint32_t k = a;
    while (k < b) {
      if (!upper(t[k]) || (k > a && alpha(t[k - 1]))) {
        ++k;
        continue;
      }
      uint32_t start = k, end = k, words = 0;
      uint32_t j = k;
      while (j < b && upper(t[j])) {
        uint32_t w = j;
        while (j < b && (alpha(t[j]) || t[j] == '-')) ++j;
        if (j - w < 2 || stopword(std::string_view(t).substr(w, j - w))) break;
        end = j;
        ++words;
        if (j + 1 < b && t[j] == ' ' && upper(t[j + 1])) {
          ++j;
        } else {
          break;
        }
      }
      if (words >= 2 || (words == 1 && start > a)) {
        std::string name = t.substr(start, end - start);
        auto it = by_name.find(name);
        int idx;
        if (it == by_name.end()) {
          idx = static_cast<int>(doc.entities.size());
          by_name.emplace(name, idx);
          Entity e;
          e.id = "e" + std::to_string(idx + 1);
          e.name = name;
          e.type = words >= 2 ? EntityType::kPerson : EntityType::kGpe;
          doc.entities.push_back(std::move(e));
        } else {
          idx = it->second;
        }
        doc.entities[idx].mentions.push_back({start, end, si});
      }
      k = end > k ? end : k + 1;
    }
  }
  auto entity_in = [&](uint32_t a, uint32_t b, int skip) {
    for (size_t e = 0; e < doc.entities.size(); ++e) {
      if (static_cast<int>(e) == skip) continue;
      for (const Mention& m : doc.entities[e].mentions) {
        if (m.start >= a && m.end <= b) return static_cast<int>(e);
      }
    }
    return -1;
  };
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    uint32_t a = doc.sentences[si].start, b = doc.sentences[si].end;
    std::string_view sent = std::string_view(t).substr(a, b - a);
    // Quotes: "..." with a person named outside the quotation marks in the sentence.
    size_t q1 = sent.find('"');
    if (q1 != std::string_view::npos) {
      size_t q2 = sent.find('"', q1 + 1);
      if (q2 != std::string_view::npos && q2 > q1 + 10) {
        int sp = entity_in(a + static_cast<uint32_t>(q2), b, -1);
        if (sp < 0) sp = entity_in(a, a + static_cast<uint32_t>(q1), -1);
        Quote q;
        q.start = a + static_cast<uint32_t>(q1 + 1);
        q.end = a + static_cast<uint32_t>(q2);
        q.text = t.substr(q.start, q.end - q.start);
        q.cue = "said";
        q.sentence = si;
        if (sp >= 0) {
          q.speaker.entity = sp;
          q.speaker.name = doc.entities[sp].name;
        } else {
          q.speaker.anonymous = true;
          q.speaker.name = "an unnamed source";
        }
        doc.quotes.push_back(std::move(q));
      }
    }
    // Figures: a number followed within two words by a category word.
    for (size_t k = 0; k < sent.size(); ++k) {
      if (!digit(sent[k]) || (k > 0 && (alpha(sent[k - 1]) || digit(sent[k - 1]) || sent[k - 1] == ','))) continue;
      size_t e = k;
      double v = 0;
      while (e < sent.size() && (digit(sent[e]) || (sent[e] == ',' && e + 1 < sent.size() && digit(sent[e + 1])))) {
        if (digit(sent[e])) v = v * 10 + (sent[e] - '0');
        ++e;
      }
      std::string_view rest = sent.substr(e, 40);
      for (const auto& c : kCategories) {
        size_t at = rest.find(c[0]);
        if (at != std::string_view::npos && at < 25) {
          Figure f;
          f.start = a + static_cast<uint32_t>(k);
          f.end = a + static_cast<uint32_t>(e + at + std::strlen(c[0]));
          f.text = t.substr(f.start, f.end - f.start);
          f.value = f.low = f.high = v;
          f.qualifier = "exact";
          f.unit = "people";
          f.category = c[1];
          f.sentence = si;
          int place = entity_in(a, b, -1);
          if (place >= 0 && doc.entities[place].type == EntityType::kGpe) f.place = doc.entities[place].name;
          doc.figures.push_back(std::move(f));
          break;
        }
      }
      k = e;
    }
    // Events: ENTITY verb ENTITY.
    for (const Verb& v : kVerbs) {
      size_t at = sent.find(v.word);
      if (at == std::string_view::npos) continue;
      int actor = entity_in(a, a + static_cast<uint32_t>(at), -1);
      int target = entity_in(a + static_cast<uint32_t>(at), b, actor);
      if (actor < 0 || target < 0) continue;
      Event ev;
      ev.type = v.type;
      ev.actor = {doc.entities[actor].name, actor, "", ""};
      ev.target = {doc.entities[target].name, target, "", ""};
      ev.sentences = {si};
      ev.text = std::string(sent);
      ev.start = a;
      ev.end = b;
      ev.trigger = v.word;
      doc.events.push_back(std::move(ev));
      break;
    }
  }
  return doc;
}

}  // namespace factwire::corpus::testing
