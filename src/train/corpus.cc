#include "train/corpus.h"

#include <algorithm>

#include "core/utf8.h"
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
      "Saint", "St.", "Sheikh", "Shaikh", "Ayatollah", "Imam", "Rabbi", "Cardinal", "Officer",
      "Attorney", "Rector", "MP", "Vice", "Deputy", "Premier", "Prime", "Chief", "Doctor",
      "Sheriff", "Councillor", "Councilman", "Congressman", "Congresswoman", "Inspector",
      "Superintendent", "Pastor", "Dean", "Director", "Provost", "Pres.", "Supt.", "Earl",
      "Duke", "Duchess", "Count", "Countess", "Baron", "Baroness", "Marquis", "Viscount",
      "Protector", "Administrator", "Commissioner", "Emir", "Sultan", "Tsar", "Czar", "Kaiser",
      "Shah", "Pharaoh", "Regent"};
  for (const char* t : kTitles)
    if (w == t) return true;
  return false;
}

// GUM's Entity= field: GRP-etype-infstat-salience-centering-minspan-link-identity (the
// `# global.Entity` header). The identity, when present, is the Wikipedia title of a named
// mention ("Eduard_Hanslick", hyphens and commas escaped as %2D, %2C).
std::string PercentDecode(std::string_view s) {
  std::string out;
  auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
  };
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
      out.push_back(static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2])));
      i += 2;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

// The identity's words, lowercased: "Paris_%28France%29" -> {"paris", "france"}.
std::vector<std::string> IdentityWords(std::string_view identity) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : PercentDecode(identity)) {
    if (c == '_' || c == ',' || c == '(' || c == ')' || c == ' ') {
      if (!cur.empty()) out.push_back(utf8::lower(cur));
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) out.push_back(utf8::lower(cur));
  return out;
}

bool StartsUppercase(std::string_view w) {
  if (w.empty()) return false;
  char32_t cp;
  utf8::next(w, 0, &cp);
  return utf8::is_upper(cp);
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

bool GumNameSpan(const TreeSentence& s, int ms, int me, const std::string& type,
                 std::string_view identity, const std::vector<bool>& foreign, int* out_start,
                 int* out_end) {
  // The syntactic head: the first word whose head lies outside the mention.
  int head = -1;
  for (int k = ms; k < me; ++k) {
    int h = s.heads[k] - 1;
    if (h < ms || h >= me) {
      head = k;
      break;
    }
  }
  // Name words: proper nouns, and capitalised adjectives, participles and nouns ("United
  // States").
  const bool person = type == "PERSON";
  // A person's name holds no word of a mention of another type nested in it ("Washington" in
  // "Governor of Washington Chris Gregoire").
  auto propn = [&](int k) {
    if (k < ms || k >= me) return false;
    if (person && static_cast<size_t>(k) < foreign.size() && foreign[k]) return false;
    const std::string& u = s.upos[k];
    if (u == "PROPN") return true;
    return StartsUppercase(s.words[k]) && (u == "ADJ" || u == "VERB" || u == "NOUN" || u == "X");
  };
  // The run of name words around `at` ("Mary Chaworth" in "Mary Chaworth, whom he met at
  // school"), bridging one connector between name words ("Bank of America", "Procter &
  // Gamble") and keeping a number after a proper noun ("Apollo 11").
  // A person's name bridges no coordination ("Mario J. Lucero and Isabel Ruiz" are two).
  auto connector = [&](int k) {
    const std::string& w = s.words[k];
    return w == "of" || w == "de" || w == "-" ||
           (!person && (w == "&" || w == "and" || w == "for"));
  };
  auto run = [&](int at, int* rs, int* re) {
    int start = at;
    while (true) {
      if (propn(start - 1)) {
        --start;
      } else if (start - 1 > ms && propn(start - 2) && connector(start - 1)) {
        start -= 2;
      } else {
        break;
      }
    }
    int end = at + 1;
    while (true) {
      if (propn(end)) {
        ++end;
      } else if (end < me && propn(end + 1) && connector(end)) {
        end += 2;
      } else if (end < me && s.upos[end] == "NUM" && s.upos[end - 1] == "PROPN") {
        ++end;
      } else {
        break;
      }
    }
    *rs = start;
    *re = end;
  };
  int start = -1, end = -1;
  // A mention headed by a proper noun: the name is the run around the head. A person mention
  // headed by a title ("an Ottawa New Democrat MP", "the Earl of Clare") is a description.
  if (head >= 0 && s.upos[head] == "PROPN" && !(person && IsTitle(s.words[head])))
    run(head, &start, &end);
  // Otherwise, a mention with an identity: the name is the run of name words holding most of
  // the identity's words ("Eduard Hanslick" in "the prominent critic Eduard Hanslick", "Bay of
  // Bengal" in "the Bay of Bengal area"). A run without a proper noun is no name ("Moravian"
  // in "Moravian traditional music", identity Moravian_traditional_music). Without either
  // ("the US" for United_States has no word of its identity) the mention holds no name.
  const std::vector<std::string> ids =
      start < 0 ? IdentityWords(identity) : std::vector<std::string>();
  int best_count = 0;
  for (int k = ms; k < me && !ids.empty(); ++k) {
    if (!StartsUppercase(s.words[k]) || !propn(k)) continue;
    if (std::find(ids.begin(), ids.end(), utf8::lower(s.words[k])) == ids.end()) continue;
    int rs, re;
    run(k, &rs, &re);
    int count = 0;
    bool has_propn = false;
    for (int j = rs; j < re; ++j) {
      if (s.upos[j] == "PROPN") has_propn = true;
      if (std::find(ids.begin(), ids.end(), utf8::lower(s.words[j])) != ids.end()) ++count;
    }
    if (has_propn && count > best_count) {
      start = rs;
      end = re;
      best_count = count;
    }
    k = std::max(k, re - 1);
  }
  if (start < 0) return false;
  if (person) {
    // Titles before a person's name are not part of it (UNER and OntoNotes convention); a
    // title alone ("Attorney General", "the Rector") is no name.
    while (start < end && (IsTitle(s.words[start]) || s.words[start] == "-")) ++start;
    if (start == end) return false;
    // Plural proper nouns are groups ("Americans", "Republicans": NORP in OntoNotes), not
    // persons.
    bool all_plural = true;
    for (int k = start; k < end; ++k) all_plural = all_plural && s.xpos[k] == "NNPS";
    if (all_plural) return false;
  }
  // A name starts with an uppercase letter or a digit ("2Pac", "9/11"); UTF-8: "Ángel"
  // does, the IPA "ˈantoɲiːn" and "d(ə)ˈvɔːrʒɑːk" do not.
  const std::string& first = s.words[start];
  if (!StartsUppercase(first) && !(first[0] >= '0' && first[0] <= '9')) return false;
  *out_start = start;
  *out_end = end;
  return true;
}

void ExtractGumEntities(TreeSentence* s) {
  struct Open {
    std::string id, type, identity;
    int start;
  };
  struct Mention {
    int start, end;
    std::string type, identity;
  };
  std::vector<Open> open;
  std::vector<Mention> found;
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
        // GRP-etype-infstat-salience-centering-minspan-link-identity
        auto fields = Split(ent.substr(p + 1, j - p - 1), '-');
        Open o{std::string(fields[0]), fields.size() > 1 ? std::string(fields[1]) : "",
               fields.size() > 7 ? std::string(fields[7]) : "", i};
        if (j < ent.size() && ent[j] == ')') {
          found.push_back({i, i + 1, o.type, o.identity});
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
            found.push_back({open[k].start, i + 1, open[k].type, open[k].identity});
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
  // Keep the names inside mentions of the types we learn (see GumNameSpan).
  std::vector<EntitySpan> named;
  std::vector<bool> foreign;
  for (auto& e : found) {
    std::string type = MapEntityType(e.type);
    if (type.empty()) continue;
    // Words of the mentions of other types nested in this one.
    foreign.assign(s->words.size(), false);
    for (auto& o : found)
      if (o.type != e.type && o.start >= e.start && o.end <= e.end &&
          o.end - o.start < e.end - e.start)
        for (int k = o.start; k < o.end; ++k) foreign[k] = true;
    int start = 0, end = 0;
    if (GumNameSpan(*s, e.start, e.end, type, e.identity, foreign, &start, &end))
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
