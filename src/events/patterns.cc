#include "events/patterns.h"

#include <fstream>
#include <sstream>

namespace factwire {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t b = 0;
  while (true) {
    size_t e = s.find(sep, b);
    out.push_back(s.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b));
    if (e == std::string_view::npos) break;
    b = e + 1;
  }
  return out;
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Calls fn(line_number, fields) for each non-comment, non-blank line.
template <typename Fn>
Status each_line(std::string_view text, Fn fn) {
  uint32_t n = 0;
  size_t b = 0;
  while (b <= text.size()) {
    size_t e = text.find('\n', b);
    std::string_view line = text.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b);
    ++n;
    std::string_view t = trim(line);
    if (!t.empty() && t.front() != '#') {
      std::vector<std::string_view> f = split(line, '\t');
      for (auto& x : f) x = trim(x);
      Status s = fn(n, f);
      if (!s.ok()) return s;
    }
    if (e == std::string_view::npos) break;
    b = e + 1;
  }
  return Status::Ok();
}

Result<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot read " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const std::vector<EventPattern> kNoPatterns;

}  // namespace

bool PatternCond::matches(std::string_view lemma) const {
  for (const auto& w : words)
    if (w == lemma) return true;
  return false;
}

Status EventPatterns::parse_classes(std::string_view text) {
  return each_line(text, [&](uint32_t n, const std::vector<std::string_view>& f) -> Status {
    if (f.size() < 2 || f[0].empty() || f[1].empty())
      return Status::Corrupt("classes.tsv line " + std::to_string(n) + ": expected class<TAB>word[<TAB>value]");
    std::string value = f.size() > 2 && f[2] != "-" ? std::string(f[2]) : std::string();
    classes_[std::string(f[0])][lower_ascii(f[1])] = value;
    return Status::Ok();
  });
}

Status EventPatterns::parse_patterns(std::string_view text, std::string_view file,
                                     Map<std::vector<EventPattern>>* out, size_t* count) {
  auto where = [&](uint32_t n) { return std::string(file) + " line " + std::to_string(n) + ": "; };
  return each_line(text, [&](uint32_t n, const std::vector<std::string_view>& f) -> Status {
    if (f.size() < 3) return Status::Corrupt(where(n) + "expected lemma<TAB>when<TAB>type[<TAB>mode<TAB>flags<TAB>example]");
    EventPattern p;
    p.lemma = lower_ascii(f[0]);
    p.line = n;
    p.type = std::string(f[2]);
    if (p.type != "-" && !types_.empty() && !types_.count(p.type))
      return Status::Corrupt(where(n) + "unknown PLOVER type '" + p.type + "'");
    if (f.size() > 3 && f[3] != "-") p.mode = std::string(f[3]);
    if (f[1] != "-" && !f[1].empty()) {
      for (std::string_view c : split(f[1], ';')) {
        c = trim(c);
        if (c.empty()) continue;
        PatternCond cond;
        std::string_view key = c, val;
        if (size_t eq = c.find('='); eq != std::string_view::npos) {
          key = c.substr(0, eq);
          val = c.substr(eq + 1);
        }
        if (key == "obj") cond.kind = PatternCond::Kind::kObj;
        else if (key == "prep") cond.kind = PatternCond::Kind::kPrep;
        else if (key == "prt") cond.kind = PatternCond::Kind::kPrt;
        else if (key == "obl") cond.kind = PatternCond::Kind::kObl;
        else if (key == "mod") cond.kind = PatternCond::Kind::kMod;
        else if (key == "subj") cond.kind = PatternCond::Kind::kSubj;
        else if (key == "noobj") cond.kind = PatternCond::Kind::kNoObj;
        else if (key == "head") cond.kind = PatternCond::Kind::kHead;
        else if (key == "xcomp") cond.kind = PatternCond::Kind::kXcomp;
        else return Status::Corrupt(where(n) + "unknown condition '" + std::string(c) + "'");
        for (std::string_view w : split(val, '|')) {
          w = trim(w);
          if (w.empty()) continue;
          if (w.front() == '@') {
            auto it = classes_.find(w.substr(1));
            if (it == classes_.end()) return Status::Corrupt(where(n) + "unknown class '" + std::string(w) + "'");
            for (const auto& kv : it->second) cond.words.push_back(kv.first);
          } else {
            cond.words.push_back(lower_ascii(w));
          }
        }
        if (cond.kind != PatternCond::Kind::kNoObj && cond.words.empty())
          return Status::Corrupt(where(n) + "condition '" + std::string(c) + "' lists no words");
        if (cond.kind == PatternCond::Kind::kPrep) {
          for (const auto& w : cond.words) p.prep_target += w + "|";
        }
        p.conds.push_back(std::move(cond));
      }
    }
    if (f.size() > 4 && f[4] != "-") {
      for (std::string_view fl : split(f[4], ',')) {
        fl = trim(fl);
        if (fl == "wrap") p.flags |= kWrap;
        else if (fl == "content") p.flags |= kContent;
        else if (fl == "needs-event") p.flags |= kNeedsEvent;
        else if (fl == "intent") p.flags |= kIntent | kNeedsEvent | kWrap;
        else if (fl == "coop-only") p.flags |= kCoopOnly | kNeedsEvent;
        else if (fl == "no-target") p.flags |= kNoTarget;
        else if (fl == "target-is-obj") p.flags |= kTargetIsObj;
        else if (fl == "of-actor") p.flags |= kOfActor;
        else if (!fl.empty()) return Status::Corrupt(where(n) + "unknown flag '" + std::string(fl) + "'");
      }
    }
    (*out)[p.lemma].push_back(std::move(p));
    ++*count;
    return Status::Ok();
  });
}

Status EventPatterns::parse_frames(std::string_view text) {
  return each_line(text, [&](uint32_t n, const std::vector<std::string_view>& f) -> Status {
    if (f.size() < 2) return Status::Corrupt("frames.tsv line " + std::to_string(n) + ": expected lemma<TAB>effect");
    Frame fr;
    std::string_view lemma = f[0];
    if (size_t sp = lemma.find(' '); sp != std::string_view::npos) {
      fr.prt = lower_ascii(trim(lemma.substr(sp + 1)));
      lemma = lemma.substr(0, sp);
    }
    fr.lemma = lower_ascii(lemma);
    if (f[1] == "hypothetical") fr.effect = FrameEffect::kHypothetical;
    else if (f[1] == "negate") fr.effect = FrameEffect::kNegate;
    else if (f[1] == "claim") fr.effect = FrameEffect::kClaim;
    else if (f[1] == "cause") fr.effect = FrameEffect::kCause;
    else return Status::Corrupt("frames.tsv line " + std::to_string(n) + ": unknown effect '" + std::string(f[1]) + "'");
    frames_[fr.lemma].push_back(std::move(fr));
    return Status::Ok();
  });
}

Status EventPatterns::parse_types(std::string_view text) {
  return each_line(text, [&](uint32_t n, const std::vector<std::string_view>& f) -> Status {
    if (f.size() < 4) return Status::Corrupt("types.tsv line " + std::to_string(n) + ": expected type<TAB>quad<TAB>target<TAB>score");
    EventTypeInfo t;
    t.type = std::string(f[0]);
    t.quad = std::atoi(std::string(f[1]).c_str());
    t.needs_target = f[2] == "yes";
    t.score = std::atof(std::string(f[3]).c_str());
    if (t.quad < 1 || t.quad > 4) return Status::Corrupt("types.tsv line " + std::to_string(n) + ": quad must be 1-4");
    types_[t.type] = t;
    return Status::Ok();
  });
}

Result<std::shared_ptr<const EventPatterns>> EventPatterns::FromText(std::string_view verbs,
                                                                     std::string_view nouns,
                                                                     std::string_view frames,
                                                                     std::string_view classes,
                                                                     std::string_view types) {
  auto p = std::make_shared<EventPatterns>();
  Status s = p->parse_types(types);
  if (s.ok()) s = p->parse_classes(classes);
  if (s.ok()) s = p->parse_frames(frames);
  if (s.ok()) s = p->parse_patterns(verbs, "verbs.tsv", &p->verbs_, &p->verb_count_);
  if (s.ok()) s = p->parse_patterns(nouns, "nouns.tsv", &p->nouns_, &p->noun_count_);
  if (!s.ok()) return s;
  return std::shared_ptr<const EventPatterns>(std::move(p));
}

Result<std::shared_ptr<const EventPatterns>> EventPatterns::LoadFolder(const std::string& folder) {
  const char* names[] = {"verbs.tsv", "nouns.tsv", "frames.tsv", "classes.tsv", "types.tsv"};
  std::string text[5];
  for (int i = 0; i < 5; ++i) {
    auto r = read_file(folder + "/" + names[i]);
    if (!r.ok()) return Status::NotFound("event patterns: " + r.status().message() +
                                         " (set the data folder to the repository root)");
    text[i] = std::move(r.value());
  }
  return FromText(text[0], text[1], text[2], text[3], text[4]);
}

Result<std::shared_ptr<const EventPatterns>> EventPatterns::Load(const std::string& data_dir) {
  return LoadFolder((data_dir.empty() ? std::string(".") : data_dir) + "/data/events");
}

std::shared_ptr<const EventPatterns> EventPatterns::Empty() {
  static const std::shared_ptr<const EventPatterns> empty = std::make_shared<EventPatterns>();
  return empty;
}

const std::vector<EventPattern>& EventPatterns::verbs(std::string_view lemma) const {
  auto it = verbs_.find(lemma);
  return it == verbs_.end() ? kNoPatterns : it->second;
}

const std::vector<EventPattern>& EventPatterns::nouns(std::string_view lemma) const {
  auto it = nouns_.find(lemma);
  return it == nouns_.end() ? kNoPatterns : it->second;
}

const std::vector<Frame>* EventPatterns::frames(std::string_view lemma) const {
  auto it = frames_.find(lemma);
  return it == frames_.end() ? nullptr : &it->second;
}

bool EventPatterns::in_class(std::string_view cls, std::string_view word) const {
  auto it = classes_.find(cls);
  return it != classes_.end() && it->second.find(word) != it->second.end();
}

std::string_view EventPatterns::class_value(std::string_view cls, std::string_view word) const {
  auto it = classes_.find(cls);
  if (it == classes_.end()) return {};
  auto w = it->second.find(word);
  return w == it->second.end() ? std::string_view() : std::string_view(w->second);
}

const EventTypeInfo* EventPatterns::type_info(std::string_view type) const {
  auto it = types_.find(type);
  return it == types_.end() ? nullptr : &it->second;
}

}  // namespace factwire
