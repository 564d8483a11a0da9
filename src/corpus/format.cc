// Tables out: aligned text for people, JSON, JSON Lines and CSV for programs, PLOVER-style
// records for events.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <utility>

#include "core/json_writer.h"
#include "core/utf8.h"
#include "events/plover.h"
#include "factwire/corpus.h"

namespace factwire {
namespace {

// A number for CSV and tables: plain digits, never exponent form, with the JSON output's
// precision (15 significant digits): 1368000027, 8513349.62, 0.000125, 214748364.55.
std::string number(double d) {
  if (!std::isfinite(d)) return "";
  if (d == std::floor(d) && std::fabs(d) < 9e15) return std::to_string(static_cast<int64_t>(d));
  char buf[400];
  if (std::fabs(d) >= 9e15) {
    std::snprintf(buf, sizeof buf, "%.0f", d);
    return buf;
  }
  int int_digits = std::fabs(d) < 1 ? 0 : static_cast<int>(std::floor(std::log10(std::fabs(d)))) + 1;
  int decimals = std::max(0, 15 - int_digits);
  if (int_digits == 0 && d != 0) {  // 0.000125: count the significant digits from the first one
    decimals = std::min(300, 15 - static_cast<int>(std::floor(std::log10(std::fabs(d)))) - 1);
  }
  std::snprintf(buf, sizeof buf, "%.*f", decimals, d);
  std::string out = buf;
  if (out.find('.') != std::string::npos) {
    while (out.back() == '0') out.pop_back();
    if (out.back() == '.') out.pop_back();
  }
  if (out == "-0") out = "0";
  return out;
}

std::string cell_text(const Cell& c) {
  if (std::holds_alternative<int64_t>(c)) return std::to_string(std::get<int64_t>(c));
  if (std::holds_alternative<double>(c)) return number(std::get<double>(c));
  if (std::holds_alternative<std::string>(c)) {
    // Text as stored: a raw byte from a file name, a feed link or a WARC URI is written as
    // U+FFFD here, as the JSON writer does, so csv and table output are always UTF-8.
    const std::string& v = std::get<std::string>(c);
    if (utf8::is_valid(v) && v.find('\0') == std::string::npos) return v;
    std::string fixed;
    utf8::repair(v, &fixed);
    for (size_t z = 0; (z = fixed.find('\0', z)) != std::string::npos; z += 3) fixed.replace(z, 1, "\xEF\xBF\xBD");
    return fixed;
  }
  return "";
}

void json_cell(JsonWriter& w, const Cell& c) {
  if (std::holds_alternative<int64_t>(c)) {
    w.value(std::get<int64_t>(c));
  } else if (std::holds_alternative<double>(c)) {
    double d = std::get<double>(c);
    if (std::isfinite(d)) w.value(d); else w.null();
  } else if (std::holds_alternative<std::string>(c)) {
    w.value(std::get<std::string>(c));
  } else {
    w.null();
  }
}

void json_row(JsonWriter& w, const Table& t, const std::vector<Cell>& row, const std::string& section) {
  w.begin_object();
  if (!section.empty()) w.field("section", section);
  for (size_t i = 0; i < t.columns.size() && i < row.size(); ++i) {
    w.key(t.columns[i]);
    json_cell(w, row[i]);
  }
  w.end_object();
}

void json_rows(JsonWriter& w, const Table& t) {
  w.begin_array();
  for (const auto& row : t.rows) json_row(w, t, row, "");
  w.end_array();
}

// Display width in code points (close enough for a terminal table).
size_t width(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// At most `max` code points, "…" when cut; newlines and tabs become spaces.
std::string clip(std::string_view s, size_t max) {
  std::string out;
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) != 0x80) {
      if (n == max) {
        // back off to leave room for the ellipsis
        while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();
        if (!out.empty()) out.pop_back();
        out += "…";
        return out;
      }
      ++n;
    }
    out += (c == '\n' || c == '\t' || c == '\r') ? ' ' : static_cast<char>(c);
  }
  return out;
}

void text_table(const Table& t, std::string* out) {
  constexpr size_t kMaxWidth = 60;
  std::vector<std::vector<std::string>> cells;
  std::vector<size_t> w(t.columns.size(), 0);
  for (size_t i = 0; i < t.columns.size(); ++i) w[i] = width(t.columns[i]);
  for (const auto& row : t.rows) {
    std::vector<std::string> r;
    for (size_t i = 0; i < t.columns.size(); ++i) {
      r.push_back(clip(i < row.size() ? cell_text(row[i]) : "", kMaxWidth));
      w[i] = std::max(w[i], width(r.back()));
    }
    cells.push_back(std::move(r));
  }
  auto line = [&](const std::vector<std::string>& r) {
    std::string l;
    for (size_t i = 0; i < r.size(); ++i) {
      l += r[i];
      if (i + 1 < r.size()) l.append(w[i] - width(r[i]) + 2, ' ');
    }
    while (!l.empty() && l.back() == ' ') l.pop_back();
    *out += l;
    *out += '\n';
  };
  line(t.columns);
  std::vector<std::string> rule;
  for (size_t x : w) rule.push_back(std::string(x, '-'));
  line(rule);
  for (const auto& r : cells) line(r);
  if (t.rows.empty()) *out += "(no rows)\n";
}

void csv_field(std::string_view s, std::string* out) {
  bool quote = s.find_first_of(",\"\r\n") != std::string_view::npos;
  if (!quote) {
    *out += s;
    return;
  }
  *out += '"';
  for (char c : s) {
    if (c == '"') *out += '"';
    *out += c;
  }
  *out += '"';
}

void csv_table(const Table& t, std::string* out) {
  for (size_t i = 0; i < t.columns.size(); ++i) {
    if (i) *out += ',';
    csv_field(t.columns[i], out);
  }
  *out += "\r\n";
  for (const auto& row : t.rows) {
    for (size_t i = 0; i < t.columns.size(); ++i) {
      if (i) *out += ',';
      if (i < row.size()) csv_field(cell_text(row[i]), out);
    }
    *out += "\r\n";
  }
}

const Cell* find(const Table& t, const std::vector<Cell>& row, std::string_view col) {
  for (size_t i = 0; i < t.columns.size() && i < row.size(); ++i) {
    if (t.columns[i] == col) return &row[i];
  }
  return nullptr;
}

// Event rows as PLOVER records with the same layout as `analyze --format plover`
// (events/plover.h): each row becomes a one-event document written by to_plover_json, so the
// two cannot drift apart. The details come from EventQuery::details' columns; what the corpus
// does not hold (a schema-5 corpus has no argument words) is the entity's name, null or empty. The ids are the corpus's: id and event_id "factwire:N" (N the
// event_id of the other formats), story_id the story's doc id.
void plover(const Table& t, std::string* out) {
  auto text = [&](const std::vector<Cell>& row, const char* col) {
    const Cell* c = find(t, row, col);
    return c ? cell_text(*c) : std::string();
  };
  for (const auto& row : t.rows) {
    Document doc;
    Event e;
    std::string event_id = "factwire:" + text(row, "event_id");
    doc.id = event_id;
    doc.published = text(row, "day");
    doc.url = text(row, "url");
    e.type = text(row, "type");
    e.mode = text(row, "mode");
    e.actor.name = text(row, "actor");
    e.actor.country = text(row, "actor_country");
    e.target.name = text(row, "target");
    e.target.country = text(row, "target_country");
    e.negated = text(row, "negated") == "1";
    e.modality = text(row, "modality");
    e.place = text(row, "place");
    e.place_country = text(row, "place_country");
    const Cell* lat = find(t, row, "lat");
    const Cell* lon = find(t, row, "lon");
    if (lat && lon && std::holds_alternative<double>(*lat) && std::holds_alternative<double>(*lon)) {
      e.has_coordinates = true;
      e.lat = std::get<double>(*lat);
      e.lon = std::get<double>(*lon);
    }
    e.date = text(row, "date");
    e.text = text(row, "text");
    // The details (EventQuery::details): the argument's own words, sectors, entity, size,
    // trigger, sentences and span, the title. Absent columns or NULL cells stay empty.
    for (auto [arg, name] : {std::pair{&e.actor, "actor"}, std::pair{&e.target, "target"}}) {
      const std::string n(name);
      if (const Cell* c = find(t, row, n + "_text"); c && !std::holds_alternative<std::monostate>(*c)) {
        arg->name = cell_text(*c);
      }
      arg->sector = text(row, (n + "_sector").c_str());
      std::string local_id = text(row, (n + "_local_id").c_str());
      if (!local_id.empty()) {
        Entity ent;
        ent.id = std::move(local_id);
        ent.name = text(row, (n + "_local_name").c_str());
        arg->entity = static_cast<int32_t>(doc.entities.size());
        doc.entities.push_back(std::move(ent));
      }
    }
    if (const Cell* c = find(t, row, "size"); c) {
      if (const double* d = std::get_if<double>(c)) e.size = *d;
      else if (const int64_t* i = std::get_if<int64_t>(c)) e.size = static_cast<double>(*i);
    }
    e.size_category = text(row, "size_category");
    const std::string sent = text(row, "sentences");  // "3,4"
    std::string_view sentences = sent;
    while (!sentences.empty()) {
      size_t comma = sentences.find(',');
      std::string_view one = sentences.substr(0, comma);
      uint32_t v = 0;
      bool digits = !one.empty();
      for (char ch : one) {
        if (ch < '0' || ch > '9' || v > 100000000u) {
          digits = false;
          break;
        }
        v = v * 10 + static_cast<uint32_t>(ch - '0');
      }
      if (digits) e.sentences.push_back(v);
      if (comma == std::string_view::npos) break;
      sentences.remove_prefix(comma + 1);
    }
    for (auto [field, col] : {std::pair{&e.start, "start"}, std::pair{&e.end, "end"}}) {
      const Cell* c = find(t, row, col);
      const int64_t* i = c ? std::get_if<int64_t>(c) : nullptr;
      if (i && *i >= 0 && *i <= static_cast<int64_t>(UINT32_MAX)) *field = static_cast<uint32_t>(*i);
    }
    e.trigger = text(row, "trigger");
    doc.title = text(row, "title");
    // The story's date as analyze gave it (null when the document had none), else the day.
    if (const Cell* c = find(t, row, "published")) doc.published = cell_text(*c);
    doc.events.push_back(std::move(e));
    std::string rec = to_plover_json(doc);
    // to_plover_json numbers a document's events (id "<doc id>-1", story_id "<doc id>"): put
    // the corpus's ids in their place.
    std::string head, want;
    {
      JsonWriter w(&head);
      w.begin_object().field("id", event_id + "-1").field("event_id", event_id + "-1").field("story_id", event_id);
    }
    {
      JsonWriter w(&want);
      w.begin_object().field("id", event_id).field("event_id", event_id).field("story_id", text(row, "story_id"));
    }
    if (rec.compare(0, head.size(), head) == 0) rec.replace(0, head.size(), want);
    *out += rec;
  }
}

}  // namespace

bool parse_table_format(const std::string& name, TableFormat* out) {
  if (name == "table" || name == "text") *out = TableFormat::kTable;
  else if (name == "json") *out = TableFormat::kJson;
  else if (name == "jsonl" || name == "ndjson") *out = TableFormat::kJsonl;
  else if (name == "csv") *out = TableFormat::kCsv;
  else if (name == "plover") *out = TableFormat::kPlover;
  else return false;
  return true;
}

std::string format_table(const Table& t, TableFormat format) {
  std::string out;
  switch (format) {
    case TableFormat::kTable:
      if (t.sections.empty()) {
        text_table(t, &out);
      } else {
        for (size_t i = 0; i < t.sections.size(); ++i) {
          if (i) out += '\n';
          out += "## " + t.sections[i].name + "\n";
          text_table(t.sections[i], &out);
        }
      }
      break;
    case TableFormat::kJson: {
      JsonWriter w(&out, true);
      if (t.sections.empty()) {
        json_rows(w, t);
      } else {
        w.begin_object();
        for (const Table& s : t.sections) {
          w.key(s.name);
          json_rows(w, s);
        }
        w.end_object();
      }
      out += '\n';
      break;
    }
    case TableFormat::kJsonl: {
      auto rows = [&](const Table& s, const std::string& section) {
        for (const auto& row : s.rows) {
          JsonWriter w(&out);
          json_row(w, s, row, section);
          out += '\n';
        }
      };
      if (t.sections.empty()) rows(t, "");
      for (const Table& s : t.sections) rows(s, s.name);
      break;
    }
    case TableFormat::kCsv:
      if (t.sections.empty()) csv_table(t, &out);
      for (size_t i = 0; i < t.sections.size(); ++i) {
        if (i) out += "\r\n";
        out += "# " + t.sections[i].name + "\r\n";
        csv_table(t.sections[i], &out);
      }
      break;
    case TableFormat::kPlover:
      if (t.name == "events") {
        plover(t, &out);
      } else {
        return format_table(t, TableFormat::kJsonl);
      }
      break;
  }
  return out;
}

}  // namespace factwire
