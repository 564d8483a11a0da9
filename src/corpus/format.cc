// Tables out: aligned text for people, JSON, JSON Lines and CSV for programs, PLOVER-style
// records for events.
#include <cmath>
#include <cstdio>
#include <string>

#include "core/json_writer.h"
#include "factwire/corpus.h"

namespace factwire {
namespace {

std::string number(double d) {
  if (!std::isfinite(d)) return "";
  if (d == std::floor(d) && std::fabs(d) < 1e15) return std::to_string(static_cast<int64_t>(d));
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.6g", d);
  return buf;
}

std::string cell_text(const Cell& c) {
  if (std::holds_alternative<int64_t>(c)) return std::to_string(std::get<int64_t>(c));
  if (std::holds_alternative<double>(c)) return number(std::get<double>(c));
  if (std::holds_alternative<std::string>(c)) return std::get<std::string>(c);
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

void plover(const Table& t, std::string* out) {
  for (const auto& row : t.rows) {
    std::string line;
    JsonWriter w(&line);
    auto put = [&](const char* key, const char* col) {
      w.key(key);
      const Cell* c = find(t, row, col);
      if (c && !(std::holds_alternative<std::string>(*c) && std::get<std::string>(*c).empty())) {
        json_cell(w, *c);
      } else {
        w.null();
      }
    };
    w.begin_object();
    const Cell* id = find(t, row, "event_id");
    w.field("event_id", "factwire:" + (id ? cell_text(*id) : std::string()));
    const Cell* date = find(t, row, "date");
    w.key("event_date");
    json_cell(w, date && !cell_text(*date).empty() ? *date : (find(t, row, "day") ? *find(t, row, "day") : Cell{}));
    put("event_type", "type");
    put("event_mode", "mode");
    put("actor_name", "actor");
    put("actor_country", "actor_country");
    put("recipient_name", "target");
    put("recipient_country", "target_country");
    w.key("location").begin_object();
    put("placename", "place");
    put("country", "place_country");
    put("latitude", "lat");
    put("longitude", "lon");
    w.end_object();
    const Cell* neg = find(t, row, "negated");
    w.field("negated", neg && cell_text(*neg) == "1");
    put("modality", "modality");
    put("text", "text");
    w.key("source").begin_object();
    put("doc_id", "doc_id");
    put("story_id", "story_id");
    put("url", "url");
    put("story_date", "day");
    w.end_object();
    w.end_object();
    *out += line;
    *out += '\n';
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
