#include "resolve/gazetteer.h"

#include <algorithm>

#include <fstream>
#include <sstream>

namespace factwire {

void ascii_lower(std::string_view s, std::string* out) {
  out->assign(s.data(), s.size());
  for (char& c : *out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
}

namespace {

bool has_upper(std::string_view s) {
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') return true;
    if (static_cast<unsigned char>(c) >= 0x80) return true;  // non-ASCII: allow (accents)
  }
  return false;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t p = s.find(sep, start);
    if (p == std::string_view::npos) {
      out.push_back(s.substr(start));
      break;
    }
    out.push_back(s.substr(start, p - start));
    start = p + 1;
  }
  return out;
}

double to_double(std::string_view s) {
  try {
    return std::stod(std::string(s));
  } catch (...) {
    return 0;
  }
}

// Reads the data rows of a TSV file (skipping '#' comments); false if it cannot be opened.
bool read_rows(const std::string& path, std::vector<std::vector<std::string>>* rows) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    for (std::string_view c : split(line, '\t')) cols.emplace_back(c);
    rows->push_back(std::move(cols));
  }
  return true;
}

const std::string& col(const std::vector<std::string>& row, size_t i) {
  static const std::string kEmpty;
  return i < row.size() ? row[i] : kEmpty;
}

size_t word_count(std::string_view s) {
  size_t n = 1;
  for (char c : s) n += (c == ' ');
  return n;
}

bool ends_with_possessive(std::string_view s, size_t* cut) {
  if (s.size() > 2 && s.substr(s.size() - 2) == "'s") {
    *cut = 2;
    return true;
  }
  if (s.size() > 4 && s.substr(s.size() - 4) == "\xE2\x80\x99s") {  // ’s
    *cut = 4;
    return true;
  }
  return false;
}

}  // namespace

void Gazetteer::add_name(std::string_view raw, Ref ref) {
  if (raw.empty()) return;
  bool exact = raw[0] == '=';
  std::string_view name = exact ? raw.substr(1) : raw;
  if (name.empty()) return;
  std::string key;
  if (exact) {
    key.assign(name);
    auto& v = exact_[key];
    for (const Ref& r : v)
      if (r.kind == ref.kind && r.index == ref.index) return;
    v.push_back(ref);
  } else {
    ascii_lower(name, &key);
    auto& v = folded_[key];
    for (const Ref& r : v)
      if (r.kind == ref.kind && r.index == ref.index) return;
    v.push_back(ref);
  }
  max_words_ = std::max(max_words_, word_count(name));
  // First-word filter: the first word and the forms a tokenizer may cut it to.
  std::string first;
  ascii_lower(name.substr(0, name.find(' ')), &first);
  first_words_.insert(first);
  for (char cut : {'-', '\'', '.'}) {
    size_t p = first.find(cut);
    if (p != std::string::npos && p > 0) first_words_.insert(first.substr(0, p));
  }
}

const std::vector<Gazetteer::Ref>* Gazetteer::find(std::string_view name) const {
  if (name.empty()) return nullptr;
  auto it = exact_.find(name);
  if (it != exact_.end()) return &it->second;
  bool lower_entry_ok = !has_upper(name);
  std::string key;
  ascii_lower(name, &key);
  auto f = folded_.find(key);
  if (f == folded_.end()) return nullptr;
  if (lower_entry_ok) {
    // An all-lower-case query only matches entries whose own spelling starts in lower case
    // ("al-Qaeda"): "turkey" is not Turkey.
    for (const Ref& r : f->second) {
      std::string_view canon;
      switch (r.kind) {
        case Kind::kOrg: canon = orgs_[r.index].name; break;
        default: canon = "X"; break;
      }
      if (!canon.empty() && canon[0] >= 'a' && canon[0] <= 'z') return &f->second;
    }
    return nullptr;
  }
  return &f->second;
}

const std::vector<Gazetteer::Ref>* Gazetteer::lookup(std::string_view phrase) const {
  return find(phrase);
}

const GazCountry* Gazetteer::country(std::string_view name) const {
  const auto* refs = find(name);
  if (!refs) {
    size_t cut;
    if (ends_with_possessive(name, &cut)) refs = find(name.substr(0, name.size() - cut));
    if (!refs) return nullptr;
  }
  for (const Ref& r : *refs) {
    if (r.kind == Kind::kCountry || r.kind == Kind::kDemonym) return &countries_[r.index];
  }
  return nullptr;
}

const GazCountry* Gazetteer::country_by_iso3(std::string_view iso3) const {
  for (const auto& c : countries_)
    if (c.iso3 == iso3) return &c;
  return nullptr;
}

bool Gazetteer::is_demonym(std::string_view word) const {
  const auto* refs = find(word);
  if (!refs) return false;
  for (const Ref& r : *refs)
    if (r.kind == Kind::kDemonym) return true;
  return false;
}

const GazPlace* Gazetteer::place(std::string_view name) const {
  const auto* refs = find(name);
  if (!refs) return nullptr;
  for (const Ref& r : *refs) {
    if (r.kind == Kind::kPlace) return &places_[r.index];
    if (r.kind == Kind::kCountry && country_place_[r.index] >= 0)
      return &places_[country_place_[r.index]];
  }
  return nullptr;
}

const GazPlace* Gazetteer::country_place(std::string_view iso3) const {
  for (size_t i = 0; i < countries_.size(); ++i)
    if (countries_[i].iso3 == iso3 && country_place_[i] >= 0) return &places_[country_place_[i]];
  return nullptr;
}

const GazOrg* Gazetteer::organisation(std::string_view name) const {
  const auto* refs = find(name);
  if (!refs) return nullptr;
  for (const Ref& r : *refs)
    if (r.kind == Kind::kOrg) return &orgs_[r.index];
  return nullptr;
}

const GazTitle* Gazetteer::title_entry(std::string_view phrase) const {
  std::string key;
  ascii_lower(phrase, &key);
  auto it = titles_.find(key);
  return it == titles_.end() ? nullptr : &it->second;
}

std::string_view Gazetteer::title(std::string_view phrase) const {
  const GazTitle* t = title_entry(phrase);
  return t ? std::string_view(t->role) : std::string_view();
}

std::string_view Gazetteer::sector_for(std::string_view word) const {
  std::string key;
  ascii_lower(word, &key);
  auto it = sectors_.find(key);
  if (it != sectors_.end()) return it->second;
  return {};
}

bool Gazetteer::is_org_head(std::string_view word) const {
  return org_heads_.count(word) > 0;
}
bool Gazetteer::is_org_opener(std::string_view word) const {
  return org_openers_.count(word) > 0;
}
bool Gazetteer::is_given_name(std::string_view word) const {
  return given_names_.count(word) > 0;
}

Gazetteer::Match Gazetteer::match(const Document& doc, size_t begin, size_t end) const {
  Match best;
  if (begin >= end || end > doc.tokens.size() || (exact_.empty() && folded_.empty())) return best;
  std::string first;
  ascii_lower(doc.token_text(begin), &first);
  if (!first_words_.count(first)) {
    size_t cut;
    if (!ends_with_possessive(first, &cut) ||
        !first_words_.count(std::string_view(first).substr(0, first.size() - cut)))
      return best;
  }
  // Build the phrase text token by token (whitespace collapsed to one space).
  std::string key;
  size_t limit = std::min(end, begin + max_words_ + 3);  // punctuation tokens: "Washington , D.C."
  std::vector<size_t> key_len;  // key length after each token
  std::vector<size_t> tok_len;  // each token's length in the key
  for (size_t j = begin; j < limit; ++j) {
    if (j > begin) {
      if (doc.tokens[j].start > doc.tokens[j - 1].end) key.push_back(' ');
    }
    std::string_view t = doc.token_text(j);
    if (t.find('\n') != std::string_view::npos) break;
    // A typographic apostrophe is the gazetteer's straight one: "Cox\u2019s Bazar".
    for (size_t q = 0; q < t.size();) {
      size_t r = t.find("\xE2\x80\x99", q);
      if (r == std::string_view::npos) {
        key.append(t.substr(q));
        break;
      }
      key.append(t.substr(q, r - q));
      key.push_back('\'');
      q = r + 3;
    }
    tok_len.push_back(key.size() - (key_len.empty() ? 0 : key_len.back()) -
                      (j > begin && doc.tokens[j].start > doc.tokens[j - 1].end ? 1 : 0));
    key_len.push_back(key.size());
  }
  for (size_t n = key_len.size(); n >= 1; --n) {
    std::string_view k(key.data(), key_len[n - 1]);
    const auto* refs = find(k);
    bool poss = false;
    size_t cut;
    if (!refs && ends_with_possessive(k, &cut) && tok_len[n - 1] > cut) {
      refs = find(k.substr(0, k.size() - cut));
      poss = refs != nullptr;
    }
    if (refs && !refs->empty()) {
      // Prefer places and orgs over demonyms only by order in the data; take the first.
      best.kind = (*refs)[0].kind;
      best.index = (*refs)[0].index;
      best.tokens = static_cast<uint32_t>(n);
      best.possessive = poss;
      return best;
    }
  }
  return best;
}

std::shared_ptr<const Gazetteer> Gazetteer::Empty() { return std::make_shared<const Gazetteer>(); }

Result<std::shared_ptr<const Gazetteer>> Gazetteer::Load(const std::string& data_dir) {
  std::string dir = data_dir.empty() ? std::string(".") : data_dir;
  return LoadFolder(dir + "/data/gazetteer");
}

Result<std::shared_ptr<const Gazetteer>> Gazetteer::LoadFolder(const std::string& folder) {
  auto g = std::make_shared<Gazetteer>();
  Status s = g->load_tsv(folder);
  if (!s.ok()) return s;
  return std::shared_ptr<const Gazetteer>(std::move(g));
}

Status Gazetteer::load_tsv(const std::string& folder) {
  std::vector<std::vector<std::string>> rows;
  if (!read_rows(folder + "/countries.tsv", &rows))
    return Status::NotFound("gazetteer: cannot read " + folder +
                            "/countries.tsv (run scripts/build_gazetteer.py)");
  // Countries first: each is also a place (its centroid).
  for (const auto& r : rows) {
    if (r.size() < 6) continue;
    GazCountry c;
    c.iso2 = col(r, 0);
    c.iso3 = col(r, 1);
    c.name = col(r, 2);
    c.official = col(r, 3);
    c.lat = to_double(col(r, 4));
    c.lon = to_double(col(r, 5));
    c.capital = col(r, 6);
    auto dems = split(col(r, 8), '|');
    if (!dems.empty() && !dems[0].empty()) c.demonym = std::string(dems[0]);
    uint32_t ci = static_cast<uint32_t>(countries_.size());
    countries_.push_back(c);
    GazPlace p;
    p.name = c.name;
    p.type = EntityType::kGpe;
    p.country = c.iso3;
    p.lat = c.lat;
    p.lon = c.lon;
    p.is_country = true;
    country_place_.push_back(static_cast<int32_t>(places_.size()));
    places_.push_back(p);
    add_name(c.name, {Kind::kCountry, ci});
    if (!c.official.empty()) add_name(c.official, {Kind::kCountry, ci});
    for (std::string_view a : split(col(r, 7), '|')) add_name(a, {Kind::kCountry, ci});
    for (std::string_view d : dems) add_name(d, {Kind::kDemonym, ci});
  }
  auto iso2_to_iso3 = [&](std::string_view iso2) -> std::string {
    for (const auto& c : countries_)
      if (c.iso2 == iso2) return c.iso3;
    return std::string();
  };
  rows.clear();
  if (read_rows(folder + "/cities.tsv", &rows)) {
    for (const auto& r : rows) {
      if (r.size() < 6) continue;
      GazPlace p;
      p.name = col(r, 0);
      p.type = EntityType::kGpe;
      p.country = iso2_to_iso3(col(r, 1));
      p.lat = to_double(col(r, 2));
      p.lon = to_double(col(r, 3));
      p.capital = col(r, 4) == "capital";
      p.metonym = col(r, 5) == "1";
      uint32_t pi = static_cast<uint32_t>(places_.size());
      places_.push_back(p);
      // A city never shadows a country of the same name (Singapore, Kuwait, Djibouti).
      if (!find(p.name)) add_name(p.name, {Kind::kPlace, pi});
      for (std::string_view a : split(col(r, 6), '|'))
        if (!a.empty() && !find(a[0] == '=' ? a.substr(1) : a)) add_name(a, {Kind::kPlace, pi});
    }
  }
  rows.clear();
  if (read_rows(folder + "/regions.tsv", &rows)) {
    for (const auto& r : rows) {
      if (r.size() < 4) continue;
      GazPlace p;
      p.name = col(r, 0);
      p.type = EntityType::kLoc;
      p.country = iso2_to_iso3(col(r, 1));
      p.lat = to_double(col(r, 2));
      p.lon = to_double(col(r, 3));
      uint32_t pi = static_cast<uint32_t>(places_.size());
      places_.push_back(p);
      // Regions win over a city alias of the same name ("Gaza" is the Strip).
      std::string key;
      ascii_lower(p.name, &key);
      folded_.erase(key);
      add_name(p.name, {Kind::kPlace, pi});
      for (std::string_view a : split(col(r, 4), '|')) {
        if (a.empty()) continue;
        ascii_lower(a, &key);
        folded_.erase(key);
        add_name(a, {Kind::kPlace, pi});
      }
    }
  }
  rows.clear();
  if (read_rows(folder + "/organisations.tsv", &rows)) {
    for (const auto& r : rows) {
      if (r.size() < 3) continue;
      GazOrg o;
      o.name = col(r, 0);
      o.sector = col(r, 2);
      o.country = col(r, 3);
      o.government = col(r, 4) == "gov";
      uint32_t oi = static_cast<uint32_t>(orgs_.size());
      orgs_.push_back(o);
      add_name(o.name, {Kind::kOrg, oi});
      for (std::string_view a : split(col(r, 1), '|')) add_name(a, {Kind::kOrg, oi});
    }
  }
  rows.clear();
  if (read_rows(folder + "/titles.tsv", &rows)) {
    for (const auto& r : rows) {
      if (r.empty() || r[0].empty()) continue;
      std::string key;
      ascii_lower(r[0], &key);
      titles_.emplace(key, GazTitle{col(r, 1).empty() ? r[0] : col(r, 1), col(r, 2)});
      // In tokens: a hyphen is a token of its own ("secretary-general" is three).
      max_title_words_ = std::max(
          max_title_words_, word_count(key) + 2 * static_cast<size_t>(std::count(
                                                       key.begin(), key.end(), '-')));
    }
  }
  rows.clear();
  if (read_rows(folder + "/sectors.tsv", &rows)) {
    for (const auto& r : rows) {
      if (r.size() < 2) continue;
      std::string key;
      ascii_lower(r[0], &key);
      sectors_.emplace(key, r[1]);
    }
  }
  rows.clear();
  if (read_rows(folder + "/org_heads.tsv", &rows)) {
    for (const auto& r : rows) {
      if (r.size() < 2) continue;
      if (r[1] == "head") org_heads_.insert(r[0]);
      if (r[1] == "opener") org_openers_.insert(r[0]);
    }
  }
  rows.clear();
  // Optional: an older data folder without it has no given names.
  if (read_rows(folder + "/given_names.tsv", &rows)) {
    for (const auto& r : rows)
      if (!r.empty() && !r[0].empty()) given_names_.insert(r[0]);
  }
  return Status::Ok();
}

}  // namespace factwire
