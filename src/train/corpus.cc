#include "train/corpus.h"

#include <algorithm>

#include "tag/model_file.h"

namespace factwire::train {

namespace {
std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t at = 0;
  while (true) {
    size_t k = s.find(sep, at);
    if (k == std::string_view::npos) {
      out.push_back(s.substr(at));
      return out;
    }
    out.push_back(s.substr(at, k - at));
    at = k + 1;
  }
}

template <typename F>
void ForEachLine(std::string_view text, F f) {
  size_t at = 0;
  while (at < text.size()) {
    size_t k = text.find('\n', at);
    if (k == std::string_view::npos) k = text.size();
    std::string_view line = text.substr(at, k - at);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    f(line);
    at = k + 1;
  }
  f(std::string_view());  // flush
}

bool IsAllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}
bool IsTitle(std::string_view w) {
  static const char* kTitles[] = {
      "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Prof", "Prof.", "Professor",
      "President", "Emperor", "Empress", "King", "Queen", "Prince", "Princess", "Lord", "Lady",
      "Sir", "Dame", "General", "Gen.", "Senator", "Sen.", "Governor", "Gov.", "Mayor",
      "Minister", "Judge", "Justice", "Pope", "Captain", "Capt.", "Colonel", "Col.", "Sergeant",
      "Sgt.", "Rev.", "Reverend", "Father", "Bishop", "Archbishop", "Chancellor", "Secretary",
      "Ambassador", "Chairman", "Representative", "Rep.", "Speaker", "Commander", "Admiral",
      "Lieutenant", "Lt.", "Major", "Maj.", "Coach", "Detective", "Agent", "Uncle", "Aunt",
      "Saint", "St.", "Sheikh", "Shaikh", "Ayatollah", "Imam", "Rabbi", "Cardinal", "Officer"};
  for (const char* t : kTitles)
    if (w == t) return true;
  return false;
}

}  // namespace

std::string MapEntityType(std::string_view raw) {
  if (raw == "PER" || raw == "person" || raw == "PERSON") return "PERSON";
  if (raw == "LOC" || raw == "location" || raw == "place" || raw == "GPE") return "LOC";
  if (raw == "ORG" || raw == "organization" || raw == "corporation" || raw == "group")
    return "ORG";
  if (raw == "EVENT" || raw == "event") return "EVENT";
  return "";
}

Status ParseConllu(std::string_view text, std::vector<TreeSentence>* out) {
  TreeSentence cur;
  Status status;
  size_t lineno = 0;
  int doc = 0;
  ForEachLine(text, [&](std::string_view line) {
    ++lineno;
    if (!status.ok()) return;
    if (line.empty()) {
      if (!cur.words.empty()) out->push_back(std::move(cur));
      cur = TreeSentence();
      return;
    }
    if (line[0] == '#') {
      if (line.substr(0, 8) == "# newdoc") ++doc;
      return;
    }
    auto cols = Split(line, '\t');
    cur.doc = doc;
    if (cols.size() != 10) {
      status = Status::InvalidInput("CoNLL-U line " + std::to_string(lineno) + ": expected 10 columns");
      return;
    }
    if (!IsAllDigits(cols[0])) return;  // multiword token range or empty node
    cur.words.emplace_back(cols[1]);
    cur.lemmas.emplace_back(cols[2]);
    cur.upos.emplace_back(cols[3]);
    cur.xpos.emplace_back(cols[4] == "_" ? cols[3] : cols[4]);
    cur.heads.push_back(IsAllDigits(cols[6]) ? std::stoi(std::string(cols[6])) : 0);
    cur.deprels.emplace_back(cols[7]);
    cur.misc.emplace_back(cols[9]);
  });
  if (!status.ok()) return status;
  for (auto& s : *out)
    for (int& h : s.heads)
      if (h < 0 || h > static_cast<int>(s.words.size())) h = 0;
  return Status::Ok();
}

Status ReadConllu(const std::string& path, std::vector<TreeSentence>* out) {
  std::string bytes;
  Status s = tag::ReadFileBytes(path, &bytes);
  if (!s.ok()) return s;
  return ParseConllu(bytes, out);
}

void ExtractGumEntities(TreeSentence* s) {
  struct Open {
    std::string id, type;
    int start;
  };
  std::vector<Open> open;
  std::vector<EntitySpan> found;
  const int n = static_cast<int>(s->words.size());
  for (int i = 0; i < n; ++i) {
    std::string_view misc = s->misc[i];
    std::string_view ent;
    for (auto part : Split(misc, '|'))
      if (part.substr(0, 7) == "Entity=") ent = part.substr(7);
    size_t p = 0;
    while (p < ent.size()) {
      if (ent[p] == '(') {
        size_t j = p + 1;
        while (j < ent.size() && ent[j] != '(' && ent[j] != ')') ++j;
        auto fields = Split(ent.substr(p + 1, j - p - 1), '-');
        Open o{std::string(fields[0]), fields.size() > 1 ? std::string(fields[1]) : "", i};
        if (j < ent.size() && ent[j] == ')') {
          found.push_back({i, i + 1, o.type});
          ++j;
        } else {
          open.push_back(o);
        }
        p = j;
      } else if (ent[p] >= '0' && ent[p] <= '9') {
        size_t j = p;
        while (j < ent.size() && ent[j] != ')' && ent[j] != '(') ++j;
        std::string id(ent.substr(p, j - p));
        for (size_t k = open.size(); k-- > 0;) {
          if (open[k].id == id) {
            found.push_back({open[k].start, i + 1, open[k].type});
            open.erase(open.begin() + static_cast<long>(k));
            break;
          }
        }
        p = j < ent.size() && ent[j] == ')' ? j + 1 : j;
      } else {
        ++p;
      }
    }
  }
  // Keep named mentions of the types we learn.
  std::vector<EntitySpan> named;
  for (auto& e : found) {
    std::string type = MapEntityType(e.type);
    if (type.empty()) continue;
    int head = -1;
    for (int k = e.start; k < e.end; ++k) {
      int h = s->heads[k] - 1;
      if (h < e.start || h >= e.end) {
        head = k;
        break;
      }
    }
    if (head < 0 || s->upos[head] != "PROPN") continue;
    // The name is the run of proper nouns around the head ("Mary Chaworth" in "Mary
    // Chaworth, whom he met at school"), bridging one connector between proper nouns
    // ("Bank of America", "Procter & Gamble") and keeping a number after one ("Apollo 11").
    // Capitalized adjectives and participles count as name words ("United States").
    auto propn = [&](int k) {
      if (k < e.start || k >= e.end) return false;
      const std::string& u = s->upos[k];
      if (u == "PROPN") return true;
      const std::string& w = s->words[k];
      return !w.empty() && w[0] >= 'A' && w[0] <= 'Z' &&
             (u == "ADJ" || u == "VERB" || u == "NOUN" || u == "X");
    };
    int start = head;
    while (propn(start - 1)) --start;
    int end = head + 1;
    while (true) {
      if (propn(end)) {
        ++end;
      } else if (end < e.end && propn(end + 1) &&
                 (s->words[end] == "of" || s->words[end] == "&" || s->words[end] == "and" ||
                  s->words[end] == "de" || s->words[end] == "for" || s->words[end] == "-")) {
        end += 2;
      } else if (end < e.end && s->upos[end] == "NUM" && s->upos[end - 1] == "PROPN") {
        ++end;
      } else {
        break;
      }
    }
    // Titles before a person's name are not part of it (UNER and OntoNotes convention).
    while (type == "PERSON" && end - start > 1 && IsTitle(s->words[start])) ++start;
    named.push_back({start, end, type});
  }
  // Outermost first: longer spans win; drop anything overlapping a kept span.
  std::sort(named.begin(), named.end(), [](const EntitySpan& a, const EntitySpan& b) {
    if (a.end - a.start != b.end - b.start) return a.end - a.start > b.end - b.start;
    return a.start < b.start;
  });
  s->entities.clear();
  for (auto& e : named) {
    bool overlap = false;
    for (auto& k : s->entities)
      if (e.start < k.end && k.start < e.end) overlap = true;
    if (!overlap) s->entities.push_back(e);
  }
  std::sort(s->entities.begin(), s->entities.end(),
            [](const EntitySpan& a, const EntitySpan& b) { return a.start < b.start; });
}

Status ParseIob(std::string_view text, std::vector<NerSentence>* out) {
  NerSentence cur;
  std::vector<std::string> tags;
  int doc = 0;
  auto flush = [&]() {
    if (cur.words.empty()) return;
    int start = -1;
    std::string type;
    auto close = [&](int end) {
      if (start >= 0 && !type.empty()) cur.entities.push_back({start, end, type});
      start = -1;
      type.clear();
    };
    for (int i = 0; i < static_cast<int>(tags.size()); ++i) {
      const std::string& t = tags[i];
      if (t.size() > 2 && (t[0] == 'B' || t[0] == 'I') && t[1] == '-') {
        std::string mapped = MapEntityType(std::string_view(t).substr(2));
        if (t[0] == 'I' && start >= 0 && mapped == type) continue;
        close(i);
        if (!mapped.empty()) {
          start = i;
          type = mapped;
        }
      } else {
        close(i);
      }
    }
    close(static_cast<int>(tags.size()));
    out->push_back(std::move(cur));
    cur = NerSentence();
    tags.clear();
  };
  ForEachLine(text, [&](std::string_view line) {
    if (line.find_first_not_of(" \t") == std::string_view::npos) {  // WNUT's blank lines are "\t"
      flush();
      return;
    }
    auto cols = Split(line, '\t');
    if (line[0] == '#' && cols[0] != "#") {  // a comment (WNUT's "#" token is kept)
      if (line.substr(0, 8) == "# newdoc") ++doc;
      return;
    }
    cur.doc = doc;
    if (cols.size() < 2) {
      cols = Split(line, ' ');
      if (cols.size() < 2) return;
    }
    if (cols.size() >= 3 && IsAllDigits(cols[0])) {  // UNER: idx word tag ...
      cur.words.emplace_back(cols[1]);
      tags.emplace_back(cols[2]);
    } else {
      cur.words.emplace_back(cols[0]);
      tags.emplace_back(cols[1]);
    }
  });
  flush();
  return Status::Ok();
}

Status ReadNerFile(const std::string& path, std::vector<NerSentence>* out) {
  std::string bytes;
  Status s = tag::ReadFileBytes(path, &bytes);
  if (!s.ok()) return s;
  if (path.size() >= 7 && path.substr(path.size() - 7) == ".conllu") {
    std::vector<TreeSentence> trees;
    s = ParseConllu(bytes, &trees);
    if (!s.ok()) return s;
    for (auto& t : trees) {
      ExtractGumEntities(&t);
      out->push_back({t.words, t.entities, t.doc});
    }
    return Status::Ok();
  }
  return ParseIob(bytes, out);
}

}  // namespace factwire::train
